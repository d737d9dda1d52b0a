// MLIR strings are byte strings: `"\FF"` is valid even though it is not UTF-8.
// We keep string attributes as Swift Strings and map each byte of an invalid
// UTF-8 sequence to a private-use scalar (U+10FF00 + byte), which the printer
// turns back into that byte. Valid UTF-8 is stored as is.

private let escapedByteBase: UInt32 = 0x10FF00

/// Decodes bytes into a String without losing invalid UTF-8 sequences.
public func decodeBytesLosslessly(_ bytes: [UInt8]) -> String {
  if let s = String(validating: bytes, as: UTF8.self) { return s }
  var scalars = String.UnicodeScalarView()
  var i = 0
  while i < bytes.count {
    let (len, scalar) = decodeOne(bytes, i)
    if let s = scalar {
      scalars.append(s)
      i += len
    } else {
      // U+10FF00...U+10FFFF are valid scalars, so this never falls back.
      scalars.append(Unicode.Scalar(escapedByteBase + UInt32(bytes[i])) ?? "\u{FFFD}")
      i += 1
    }
  }
  return String(scalars)
}

/// The bytes a String denotes (the inverse of `decodeBytesLosslessly`).
public func losslessBytes(_ s: String) -> [UInt8] {
  var out: [UInt8] = []
  out.reserveCapacity(s.utf8.count)
  for u in s.unicodeScalars {
    if u.value >= escapedByteBase && u.value <= escapedByteBase + 0xFF {
      out.append(UInt8(u.value - escapedByteBase))
    } else {
      out.append(contentsOf: Array(String(u).utf8))
    }
  }
  return out
}

private func decodeOne(_ b: [UInt8], _ i: Int) -> (Int, Unicode.Scalar?) {
  let c0 = b[i]
  if c0 < 0x80 { return (1, Unicode.Scalar(c0)) }
  var need = 0
  var value: UInt32 = 0
  var minValue: UInt32 = 0
  if c0 & 0xE0 == 0xC0 {
    need = 1; value = UInt32(c0 & 0x1F); minValue = 0x80
  } else if c0 & 0xF0 == 0xE0 {
    need = 2; value = UInt32(c0 & 0x0F); minValue = 0x800
  } else if c0 & 0xF8 == 0xF0 {
    need = 3; value = UInt32(c0 & 0x07); minValue = 0x10000
  } else {
    return (1, nil)
  }
  guard i + need < b.count else { return (1, nil) }
  for k in 1...need {
    let c = b[i + k]
    if c & 0xC0 != 0x80 { return (1, nil) }
    value = value << 6 | UInt32(c & 0x3F)
  }
  guard value >= minValue, let s = Unicode.Scalar(value) else { return (1, nil) }
  return (need + 1, s)
}

// The bodies of `dense<...>` and `array<T: ...>` (printDenseElementsAttr,
// printDenseStringElementsAttr, printDenseArrayAttr). Elements are decoded
// straight from the raw little-endian storage:
//
// - a splat prints its one element; a non-splat with more elements than the
//   hex limit (100 by default) prints its raw storage as `"0x..."` (upper-case
//   hex, the bytes in storage order, i1 one byte per element);
// - otherwise elements are nested in brackets by the shape, integers in
//   decimal (signed unless the type is unsigned, `true`/`false` for any
//   1-bit type), floats as MLIR's printFloatValue, complex values as
//   `(re,im)` without a space;
// - zero elements print nothing (`dense<>`).

import TorchIRCore

extension AsmPrinter {
  func printDenseElements(_ d: DenseElements, allowHex: Bool) {
    let layout = DenseLayout(d.elementType)
    let count = d.elementCount
    let splat = isEffectivelySplat(d)
    if !splat && allowHex && options.shouldPrintElementsWithHex(count: count) {
      out.write("\"0x")
      d.rawData.withUnsafeBytes { out.writeHex($0) }
      out.write(UInt8(ascii: "\""))
      return
    }
    let raw = d.rawData
    let shape = d.type.shape ?? [Int64(count)]
    writeNested(isSplat: splat, shape: shape, count: count) { index in
      let offset = index * layout.elementBytes
      switch layout.scalar {
      case .integer(let width, let unsigned):
        let v = loadBits(raw, offset, layout.scalarBytes, width)
        if layout.isComplex {
          let im = loadBits(raw, offset + layout.scalarBytes, layout.scalarBytes, width)
          out.write(UInt8(ascii: "("))
          writeDenseInteger(v, width: width, unsigned: unsigned)
          out.write(UInt8(ascii: ","))
          writeDenseInteger(im, width: width, unsigned: unsigned)
          out.write(UInt8(ascii: ")"))
        } else {
          writeDenseInteger(v, width: width, unsigned: unsigned)
        }
      case .float(let kind):
        let v = loadBits(raw, offset, layout.scalarBytes, kind.bitWidth)
        if layout.isComplex {
          let im = loadBits(raw, offset + layout.scalarBytes, layout.scalarBytes, kind.bitWidth)
          out.write(UInt8(ascii: "("))
          writeFloat(v, kind)
          out.write(UInt8(ascii: ","))
          writeFloat(im, kind)
          out.write(UInt8(ascii: ")"))
        } else {
          writeFloat(v, kind)
        }
      case .unsupported:
        out.write(UInt8(ascii: "0"))
      }
    }
  }

  /// Whether the elements print as a splat: marked so, or stored as a single
  /// element, or all equal (MLIR always stores such data as a splat, so IR
  /// built without detecting it still prints as mlir-opt would).
  func isEffectivelySplat(_ d: DenseElements) -> Bool {
    if d.isSplat { return true }
    let stride = DenseLayout(d.elementType).elementBytes
    let raw = d.rawData
    if raw.count == stride { return true }
    guard stride > 0, raw.count >= stride * 2, raw.count % stride == 0 else {
      return stride == 0
    }
    return raw.withUnsafeBytes { buf -> Bool in
      var offset = stride
      while offset < buf.count {
        if memcmpBytes(buf, 0, offset, stride) == false { return false }
        offset += stride
      }
      return true
    }
  }

  /// Strings print as a splat when marked so, stored once, or all equal (as
  /// MLIR stores them).
  func isSplatStrings(_ values: [[UInt8]], _ isSplat: Bool) -> Bool {
    if isSplat || values.count == 1 { return true }
    guard let first = values.first else { return false }
    return values.allSatisfy { $0 == first }
  }

  func printDenseStrings(type: Type, values: [[UInt8]], isSplat: Bool) {
    let count = type.staticElementCount ?? values.count
    let shape = type.shape ?? [Int64(count)]
    writeNested(isSplat: isSplatStrings(values, isSplat), shape: shape, count: count) { index in
      out.writeQuoted(bytes: index < values.count ? values[index] : [])
    }
  }

  /// The elements of `array<T: ...>`: i1 is stored one byte per element,
  /// other types in their width rounded down to whole bytes.
  func printDenseArrayElements(_ elementType: Type, _ bytes: [UInt8]) {
    let bitWidth: Int
    var kind: FloatKind? = nil
    var unsigned = false
    switch elementType.kind {
    case .integer(let w, let s):
      bitWidth = w == 1 ? 8 : w
      unsigned = s == .unsigned
    case .index:
      bitWidth = 64
    case .float(let k):
      bitWidth = k.bitWidth
      kind = k
    default:
      return
    }
    let byteSize = bitWidth / 8
    guard byteSize > 0 else { return }
    let isBool = elementType.isInteger(width: 1)
    for i in 0..<(bytes.count / byteSize) {
      if i > 0 { out.write(", ") }
      let v = loadBits(bytes, i * byteSize, byteSize, bitWidth)
      if let k = kind {
        writeFloat(loadBits(bytes, i * byteSize, byteSize, k.bitWidth), k)
      } else if isBool {
        out.write(v.isZero ? "false" : "true")
      } else {
        writeInteger(v, signed: !unsigned)
      }
    }
  }

  private func writeDenseInteger(_ v: APInt, width: Int, unsigned: Bool) {
    if width == 1 {
      out.write(v.isZero ? "false" : "true")
    } else {
      writeInteger(v, signed: !unsigned)
    }
  }

  /// Elements in nested brackets following `shape` (printDenseElementsAttrImpl):
  /// a mixed-radix counter closes a bracket for each dimension that rolls
  /// over, and the next element reopens them.
  private func writeNested(isSplat: Bool, shape: [Int64], count: Int, _ element: (Int) -> Void) {
    if isSplat {
      element(0)
      return
    }
    guard count > 0 else { return }
    let rank = shape.count
    guard rank > 0 else {
      element(0)
      return
    }
    var counter = [Int64](repeating: 0, count: rank)
    var open = 0
    for index in 0..<count {
      if index != 0 { out.write(", ") }
      while open < rank {
        out.write(UInt8(ascii: "["))
        open += 1
      }
      element(index)
      counter[rank - 1] += 1
      var i = rank - 1
      while i > 0 {
        if counter[i] >= shape[i] {
          counter[i] = 0
          counter[i - 1] += 1
          open -= 1
          out.write(UInt8(ascii: "]"))
        }
        i -= 1
      }
    }
    while open > 0 {
      out.write(UInt8(ascii: "]"))
      open -= 1
    }
  }
}

/// How the elements of a dense attribute are stored.
struct DenseLayout {
  enum Scalar {
    case integer(width: Int, unsigned: Bool)
    case float(FloatKind)
    case unsupported
  }
  let scalar: Scalar
  let isComplex: Bool
  /// Bytes of one real scalar: 1 for i1, else the width rounded up to bytes.
  let scalarBytes: Int
  var elementBytes: Int { isComplex ? 2 * scalarBytes : scalarBytes }

  init(_ elementType: Type) {
    var t = elementType
    var complex = false
    if case .complex(let inner) = t.kind {
      t = inner
      complex = true
    }
    isComplex = complex
    switch t.kind {
    case .integer(let w, let s):
      scalar = .integer(width: w, unsigned: s == .unsigned)
      scalarBytes = w == 1 ? 1 : (w + 7) / 8
    case .index:
      scalar = .integer(width: 64, unsigned: false)
      scalarBytes = 8
    case .float(let k):
      scalar = .float(k)
      scalarBytes = (k.bitWidth + 7) / 8
    default:
      scalar = .unsupported
      scalarBytes = 0
    }
  }
}

/// `byteCount` little-endian bytes at `offset` as a `width`-bit value (zero
/// beyond the end of the data, so malformed storage cannot trap).
func loadBits(_ raw: [UInt8], _ offset: Int, _ byteCount: Int, _ width: Int) -> APInt {
  if width <= 64 {
    var v: UInt64 = 0
    let n = min(byteCount, 8)
    var i = 0
    while i < n {
      let at = offset + i
      if at >= 0 && at < raw.count { v |= UInt64(raw[at]) << UInt64(8 * i) }
      i += 1
    }
    return APInt(width: width, value: v)
  }
  var words = [UInt64](repeating: 0, count: (byteCount + 7) / 8)
  for i in 0..<byteCount {
    let at = offset + i
    if at >= 0 && at < raw.count { words[i / 8] |= UInt64(raw[at]) << UInt64(8 * (i % 8)) }
  }
  return APInt(width: width, words: words)
}

private func memcmpBytes(_ buf: UnsafeRawBufferPointer, _ a: Int, _ b: Int, _ n: Int) -> Bool {
  var i = 0
  while i < n {
    if buf[a + i] != buf[b + i] { return false }
    i += 1
  }
  return true
}

// MLIR's rules for writing strings, keywords, symbol names and dialect
// symbol bodies (llvm::printEscapedString, isBareIdentifier,
// printKeywordOrString, printSymbolReference, printDialectSymbol).
//
// Our strings are Swift Strings in which a private-use scalar U+10FF00+b
// stands for the raw byte b (see Core's ByteString.swift); escaping decodes
// those back to the byte so that `"\FF"` prints as it was written.

import TorchIRCore

extension OutputSink {
  /// The bytes of `text` escaped as llvm::printEscapedString does: printable
  /// ASCII as is except `\` (doubled) and `"`; every other byte as `\XX` in
  /// upper-case hex.
  func writeEscaped(_ text: String) {
    var text = text
    let fast: Bool? = text.utf8.withContiguousStorageIfAvailable { needsNoEscaping($0) }
    if fast == true {
      write(text)
      return
    }
    text.makeContiguousUTF8()
    forEachDenotedByte(of: text) { writeEscapedByte($0) }
  }

  /// `"` + escaped text + `"`.
  func writeQuoted(_ text: String) {
    write(UInt8(ascii: "\""))
    writeEscaped(text)
    write(UInt8(ascii: "\""))
  }

  /// Raw bytes (e.g. a dense string element) quoted and escaped.
  func writeQuoted(bytes: [UInt8]) {
    write(UInt8(ascii: "\""))
    for b in bytes { writeEscapedByte(b) }
    write(UInt8(ascii: "\""))
  }

  @inline(__always) func writeEscapedByte(_ b: UInt8) {
    if b == UInt8(ascii: "\\") {
      write(b)
      write(b)
    } else if b >= 0x20 && b <= 0x7E && b != UInt8(ascii: "\"") {
      write(b)
    } else {
      write(UInt8(ascii: "\\"))
      write(hexDigit(b >> 4))
      write(hexDigit(b & 15))
    }
  }

  /// A bare identifier as is, anything else quoted and escaped.
  func writeKeywordOrString(_ text: String) {
    if isBareIdentifier(text) {
      write(text)
    } else {
      writeQuoted(text)
    }
  }

  /// `@name`, `@"quoted name"`, or MLIR's marker for an empty name.
  func writeSymbolReference(_ name: String) {
    if name.isEmpty {
      write("@<<INVALID EMPTY SYMBOL>>")
      return
    }
    write(UInt8(ascii: "@"))
    writeKeywordOrString(name)
  }

  /// `writeDialectSymbol` for a body printed by a dialect, as bytes.
  func writeDialectSymbol(prefix: UInt8, dialect: String, body: [UInt8]) {
    write(prefix)
    write(dialect)
    if isSimpleDialectSymbolBody(body) {
      write(UInt8(ascii: "."))
      write(body)
    } else {
      write(UInt8(ascii: "<"))
      write(body)
      write(UInt8(ascii: ">"))
    }
  }

  /// `!dialect.body` when the body is simple enough for the pretty form,
  /// otherwise `!dialect<body>` (the body is written verbatim either way).
  func writeDialectSymbol(prefix: UInt8, dialect: String, body: String) {
    write(prefix)
    write(dialect)
    if isSimpleDialectSymbolBody(body.utf8) {
      write(UInt8(ascii: "."))
      writeVerbatim(body)
    } else {
      write(UInt8(ascii: "<"))
      writeVerbatim(body)
      write(UInt8(ascii: ">"))
    }
  }

  /// The bytes a string denotes, unescaped (raw bytes kept in private-use
  /// scalars come out as those bytes).
  func writeVerbatim(_ text: String) {
    var text = text
    let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { !$0.contains(0xF4) }
    if plain == true {
      write(text)
      return
    }
    text.makeContiguousUTF8()
    forEachDenotedByte(of: text) { write($0) }
  }
}

@inline(__always) func hexDigit(_ v: UInt8) -> UInt8 {
  v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "A") + v - 10
}

private func needsNoEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  for b in bytes where b < 0x20 || b > 0x7E || b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") {
    return false
  }
  return true
}

/// Calls `body` with each byte the string denotes: its UTF-8 bytes, except
/// that U+10FF00+b (UTF-8 F4 8F BC..BF xx) stands for the single byte b.
func forEachDenotedByte(of text: String, _ body: (UInt8) -> Void) {
  let utf8 = Array(text.utf8)
  var i = 0
  while i < utf8.count {
    let b = utf8[i]
    if b == 0xF4, i + 3 < utf8.count, utf8[i + 1] == 0x8F, utf8[i + 2] >= 0xBC, utf8[i + 2] <= 0xBF {
      body(((utf8[i + 2] & 3) << 6) | (utf8[i + 3] & 0x3F))
      i += 4
    } else {
      body(b)
      i += 1
    }
  }
}

@inline(__always) func isASCIIAlpha(_ c: UInt8) -> Bool {
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}
@inline(__always) func isASCIIDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
@inline(__always) func isASCIIAlnum(_ c: UInt8) -> Bool { isASCIIAlpha(c) || isASCIIDigit(c) }

/// `[a-zA-Z_][a-zA-Z0-9_$.]*` (MLIR's isBareIdentifier).
func isBareIdentifier(_ text: String) -> Bool {
  var first = true
  for c in text.utf8 {
    if first {
      guard isASCIIAlpha(c) || c == UInt8(ascii: "_") else { return false }
      first = false
    } else {
      guard isASCIIAlnum(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$")
        || c == UInt8(ascii: ".")
      else { return false }
    }
  }
  return !first
}

/// An identifier followed by nothing or by a `<...>` body
/// (isDialectSymbolSimpleEnoughForPrettyForm).
func isSimpleDialectSymbolBody<C: BidirectionalCollection>(_ bytes: C) -> Bool
where C.Element == UInt8 {
  guard let first = bytes.first, isASCIIAlpha(first) else { return false }
  let rest = bytes.drop { isASCIIAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }
  if rest.isEmpty { return true }
  return rest.first == UInt8(ascii: "<") && rest.last == UInt8(ascii: ">")
}

/// MLIR's sanitizeIdentifier: a name usable after `%`, `#` or `^`. Characters
/// outside `[a-zA-Z0-9]` and `allowedPunctuation` become `_` (space) or their
/// hex value; a leading digit gets a `_` prefix, and a trailing digit a `_`
/// suffix when `allowTrailingDigit` is false (so `map1` cannot clash with the
/// numbered alias of `map`).
func sanitizeIdentifier(
  _ name: String, allowedPunctuation: String = "$._-", allowTrailingDigit: Bool = true
) -> String {
  let bytes = Array(name.utf8)
  guard let first = bytes.first, let last = bytes.last else { return name }
  let allowed = Array(allowedPunctuation.utf8)
  func isAllowed(_ c: UInt8) -> Bool { isASCIIAlnum(c) || allowed.contains(c) }
  func copy() -> [UInt8] {
    var out: [UInt8] = []
    for c in bytes {
      if isAllowed(c) {
        out.append(c)
      } else if c == UInt8(ascii: " ") {
        out.append(UInt8(ascii: "_"))
      } else {
        // llvm::utohexstr: upper case, no leading zero.
        if c >= 16 { out.append(hexDigit(c >> 4)) }
        out.append(hexDigit(c & 15))
      }
    }
    return out
  }
  if isASCIIDigit(first) {
    return String(decoding: [UInt8(ascii: "_")] + copy(), as: UTF8.self)
  }
  if !allowTrailingDigit && isASCIIDigit(last) {
    return String(decoding: copy() + [UInt8(ascii: "_")], as: UTF8.self)
  }
  if bytes.allSatisfy(isAllowed) { return name }
  return String(decoding: copy(), as: UTF8.self)
}

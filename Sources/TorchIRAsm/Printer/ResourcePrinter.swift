// The file metadata section after the top-level op (printFileMetadataDictionary):
//
//   {-#
//     dialect_resources: {
//       builtin: {
//         name: "0x04000000<data>"
//       }
//     }
//   #-}
//
// Only resources that the printed IR referenced are listed, in the order of
// first reference, and only those that have a blob. A blob prints as its
// alignment (4 bytes, little-endian) followed by its data, in upper-case hex.
// The hex digits are written straight to the sink, so a 400 MB blob never
// becomes a String.

import TorchIRCore

extension AsmPrinter {
  func printFileMetadata() {
    var started = false
    var hadEntry = false
    let limit = options.elideResourceStringsIfLarger

    for key in referencedResources {
      guard let blob = context.resources[key] else { continue }
      // MLIR opens the section before it checks the elision limit, so an
      // elided entry still leaves an empty `{-#` `#-}` pair behind.
      if !started {
        out.write("\n{-#\n")
        started = true
      }
      // The value is `"0x` + 8 hex digits of alignment + 2 per data byte + `"`.
      if let limit, 12 + 2 * blob.bytes.count > limit { continue }
      if !hadEntry {
        out.write("  dialect_resources: {\n    builtin: {\n")
        hadEntry = true
      } else {
        out.write(",\n")
      }
      out.write("      ")
      out.writeKeywordOrString(key)
      out.write(": \"0x")
      var alignment = UInt32(truncatingIfNeeded: blob.alignment).littleEndian
      withUnsafeBytes(of: &alignment) { out.writeHex($0) }
      blob.bytes.withUnsafeBytes { out.writeHex($0) }
      out.write(UInt8(ascii: "\""))
    }
    if hadEntry { out.write("\n    }\n  }") }
    printExternalResources(started: &started, hadSection: hadEntry)
    if started { out.write("\n#-}\n") }
  }

  /// `external_resources` that no tool claimed are printed back verbatim, in
  /// the order they were read (MLIR's fallback resource map).
  private func printExternalResources(started: inout Bool, hadSection: Bool) {
    let groups = context.externalResources
    guard !groups.isEmpty else { return }
    if !started {
      out.write("\n{-#\n")
      started = true
    }
    if hadSection { out.write(",\n") }
    out.write("  external_resources: {\n")
    for (gi, group) in groups.enumerated() {
      if gi > 0 { out.write(",\n") }
      out.write("    ")
      out.writeKeywordOrString(group.owner)
      out.write(": {\n")
      for (ei, entry) in group.entries.enumerated() {
        if ei > 0 { out.write(",\n") }
        out.write("      ")
        out.writeKeywordOrString(entry.key)
        out.write(": ")
        switch entry.value {
        case .bool(let b): out.write(b ? "true" : "false")
        case .string(let str): out.writeQuoted(str)
        case .blob(let alignment, let bytes):
          out.write("\"0x")
          var a = UInt32(truncatingIfNeeded: alignment).littleEndian
          withUnsafeBytes(of: &a) { out.writeHex($0) }
          bytes.withUnsafeBytes { out.writeHex($0) }
          out.write(UInt8(ascii: "\""))
        }
      }
      out.write("\n    }")
    }
    out.write("\n  }")
  }
}

// Builtin attributes in MLIR's spelling (AsmPrinter::Impl::printAttribute /
// printAttributeImpl), attribute dictionaries, and dialect attributes
// through their dialect. Dense elements and arrays are in
// DenseElementsPrinter.swift, affine maps in AffinePrinter.swift.

import TorchIRCore

/// Whether ` : type` may be left out after an attribute.
enum AttrTypeElision {
  /// Always printed (top-level and dictionary values).
  case never
  /// Left out where it is the parser's default: i64 for integers, f64 for
  /// floats (array elements, memref layouts and memory spaces).
  case may
  /// Never printed (printAttributeWithoutType).
  case must
}

extension AsmPrinter {
  /// The attribute's alias if it has one, else the attribute itself.
  func printAttributeOrAlias(_ attr: Attribute, elision: AttrTypeElision) {
    if !aliases.isEmpty, let alias = aliases.alias(for: attr) {
      alias.write(to: out)
      return
    }
    printAttributeImpl(attr, elision: elision)
  }

  func printAttributeImpl(_ attr: Attribute, elision: AttrTypeElision = .never) {
    switch attr.kind {
    case .unit:
      out.write("unit")
      return
    case .bool(let b):
      out.write(b ? "true" : "false")
      return
    case .integer(let value, let type):
      // i1 prints as a keyword and never with its type.
      if case .integer(1, .signless) = type.kind {
        out.write(value.isZero ? "false" : "true")
        return
      }
      var unsigned = false
      if case .integer(_, .unsigned) = type.kind { unsigned = true }
      writeInteger(value, signed: !unsigned)
      if elision == .may, case .integer(64, .signless) = type.kind { return }
      writeTypeSuffix(type, elision)
    case .float(let bits, let type):
      writeFloat(bits, type.floatKind)
      if elision == .may, type.floatKind == .f64 { return }
      writeTypeSuffix(type, elision)
    case .string(let s, let type):
      out.writeQuoted(s)
      if let t = type { writeTypeSuffix(t, elision) }
    case .array(let elements):
      out.write(UInt8(ascii: "["))
      for (i, e) in elements.enumerated() {
        if i > 0 { out.write(", ") }
        printAttributeOrAlias(e, elision: .may)
      }
      out.write(UInt8(ascii: "]"))
    case .dictionary(let entries):
      out.write(UInt8(ascii: "{"))
      for (i, e) in entries.enumerated() {
        if i > 0 { out.write(", ") }
        printNamedAttribute(e)
      }
      out.write(UInt8(ascii: "}"))
    case .type(let t):
      printType(t)
    case .symbolRef(let root, let nested):
      out.writeSymbolReference(root)
      for n in nested {
        out.write("::")
        out.writeSymbolReference(n)
      }
    case .affineMap(let map):
      out.write("affine_map<")
      printAffineMap(map)
      out.write(UInt8(ascii: ">"))
      return
    case .integerSet(let set):
      out.write("affine_set<")
      printIntegerSet(set)
      out.write(UInt8(ascii: ">"))
      return
    case .denseElements(let d):
      if options.shouldElideElements(count: d.elementCount, isSplat: isEffectivelySplat(d)) {
        out.write("dense_resource<__elided__>")
      } else {
        out.write("dense<")
        printDenseElements(d, allowHex: true)
        out.write(UInt8(ascii: ">"))
      }
      writeTypeSuffix(d.type, elision)
    case .denseStrings(let type, let values, let isSplat):
      let count = type.staticElementCount ?? values.count
      if options.shouldElideElements(count: count, isSplat: isSplatStrings(values, isSplat)) {
        out.write("dense_resource<__elided__>")
      } else {
        out.write("dense<")
        printDenseStrings(type: type, values: values, isSplat: isSplat)
        out.write(UInt8(ascii: ">"))
      }
      writeTypeSuffix(type, elision)
    case .sparseElements(let type, let indices, let values):
      if shouldElide(indices) || shouldElide(values) {
        out.write("dense_resource<__elided__>")
      } else {
        // The indices never use the hex form; the values may.
        out.write("sparse<")
        if case .denseElements(let d) = indices.kind, d.elementCount != 0 {
          printDenseElements(d, allowHex: false)
          out.write(", ")
          switch values.kind {
          case .denseElements(let v): printDenseElements(v, allowHex: true)
          case .denseStrings(let t, let vs, let splat): printDenseStrings(type: t, values: vs, isSplat: splat)
          default: printAttribute(values)
          }
        }
        out.write(UInt8(ascii: ">"))
      }
      writeTypeSuffix(type, elision)
    case .denseArray(let elementType, let bytes):
      out.write("array<")
      printType(elementType)
      if !bytes.isEmpty {
        out.write(": ")
        printDenseArrayElements(elementType, bytes)
      }
      out.write(UInt8(ascii: ">"))
      return
    case .denseResource(let handle, let type):
      out.write("dense_resource<")
      out.writeKeywordOrString(handle)
      if referencedResourceSet.insert(handle).inserted { referencedResources.append(handle) }
      out.write(UInt8(ascii: ">"))
      writeTypeSuffix(type, elision)
    case .stridedLayout(let offset, let strides):
      out.write("strided<[")
      for (i, s) in strides.enumerated() {
        if i > 0 { out.write(", ") }
        writeIntOrQuestion(s)
      }
      out.write(UInt8(ascii: "]"))
      if offset != 0 {
        out.write(", offset: ")
        writeIntOrQuestion(offset)
      }
      out.write(UInt8(ascii: ">"))
    case .opaque(let dialect, let body, let type):
      out.writeDialectSymbol(prefix: UInt8(ascii: "#"), dialect: dialect, body: body)
      if let t = type { writeTypeSuffix(t, elision) }
    case .location(let loc):
      printLocation(loc, allowAlias: false)
    case .distinct(_, let referenced):
      out.write("distinct[")
      out.write(decimal: distinctID(attr))
      out.write("]<")
      if !referenced.isUnit { printAttribute(referenced) }
      out.write(UInt8(ascii: ">"))
    case .dialect(let d):
      printDialectAttribute(attr, d)
      // A typed dialect attribute prints its type after the symbol.
      if let t = attr.printedType { writeTypeSuffix(t, elision) }
    }
  }

  /// Whether the dense part of a sparse attribute is large enough to elide.
  private func shouldElide(_ elements: Attribute) -> Bool {
    switch elements.kind {
    case .denseElements(let d):
      return options.shouldElideElements(count: d.elementCount, isSplat: isEffectivelySplat(d))
    case .denseStrings(let t, let values, let splat):
      return options.shouldElideElements(
        count: t.staticElementCount ?? values.count, isSplat: isSplatStrings(values, splat))
    default:
      return false
    }
  }

  /// ` : type` unless elided or `none`.
  private func writeTypeSuffix(_ type: Type, _ elision: AttrTypeElision) {
    guard elision != .must, !type.isNone else { return }
    out.write(" : ")
    printType(type)
  }

  private func writeIntOrQuestion(_ v: Int64) {
    if v == kDynamic { out.write(UInt8(ascii: "?")) } else { out.write(decimal: v) }
  }

  /// Decimal digits of an integer read as signed or unsigned at its width.
  func writeInteger(_ value: APInt, signed: Bool) {
    if value.bitWidth <= 64 {
      if signed {
        out.write(decimal: value.asInt64)
      } else {
        out.write(decimalMagnitude: UInt(value.asUInt64))
      }
    } else {
      out.write(value.toString(radix: 10, signed: signed))
    }
  }

  /// A float value as MLIR's printFloatValue writes it; bits that do not fit
  /// the type (invalid IR) print as their hex pattern rather than trapping.
  func writeFloat(_ bits: APInt, _ kind: FloatKind?) {
    if let k = kind, k.bitWidth == bits.bitWidth {
      out.write(formatFloatForMLIR(bits: bits, kind: k))
    } else {
      out.write("0x")
      out.write(bits.toString(radix: 16, signed: false))
    }
  }

  private func distinctID(_ attr: Attribute) -> Int {
    if let id = distinctIDs[attr] { return id }
    let id = distinctIDs.count
    distinctIDs[attr] = id
    return id
  }

  // MARK: Dictionaries

  /// `name = value`, or just `name` for a unit value; the name is quoted
  /// unless it is a bare identifier.
  func printNamedAttribute(_ attr: NamedAttribute) {
    out.writeKeywordOrString(attr.name)
    if attr.value.isUnit { return }
    out.write(" = ")
    printAttribute(attr.value)
  }

  /// ` {a = 1, b}` (or ` attributes {...}`) for the entries not in `elided`;
  /// nothing when none remain.
  func printOptionalAttrDict(_ attrs: [NamedAttribute], elided: [String], withKeyword: Bool) {
    if attrs.isEmpty { return }
    var first = true
    for a in attrs where elided.isEmpty || !elided.contains(a.name) {
      if first {
        out.write(withKeyword ? " attributes {" : " {")
        first = false
      } else {
        out.write(", ")
      }
      printNamedAttribute(a)
    }
    if !first { out.write(UInt8(ascii: "}")) }
  }

  // MARK: Dialect attributes

  private func printDialectAttribute(_ attr: Attribute, _ d: DialectAttribute) {
    if let cached = dialectAttributeCache[attr] {
      out.write(cached)
      return
    }
    let body = capture {
      if context.dialect(d.dialect)?.printAttribute(attr, self) != true {
        printFallbackDialectSymbolBody(mnemonic: d.mnemonic, parameters: d.parameters)
      }
    }
    let printed = capture {
      out.writeDialectSymbol(prefix: UInt8(ascii: "#"), dialect: d.dialect, body: body)
    }
    dialectAttributeCache[attr] = printed
    out.write(printed)
  }
}

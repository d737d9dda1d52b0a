// Builtin types in MLIR's spelling, and dialect types through their dialect
// (AsmPrinter::Impl::printType / printTypeImpl / printDialectType).

import TorchIRCore

extension AsmPrinter {
  /// The type's alias if it has one, else the type itself.
  func printTypeOrAlias(_ type: Type) {
    // Types repeat on almost every op: print each once, then copy the bytes.
    let id = type.identity
    if let bytes = printedTypes.bytes(for: id) {
      out.write(bytes)
      return
    }
    out.beginCapture()
    if !aliases.isEmpty, let alias = aliases.alias(for: type) {
      alias.write(to: out)
    } else {
      printTypeImpl(type)
    }
    let bytes = out.endCapture()
    printedTypes.store(bytes, for: id)
    out.write(bytes)
  }

  func printTypeImpl(_ type: Type) {
    switch type.kind {
    case .integer(let width, let signedness):
      switch signedness {
      case .signed: out.write(UInt8(ascii: "s"))
      case .unsigned: out.write(UInt8(ascii: "u"))
      case .signless: break
      }
      out.write(UInt8(ascii: "i"))
      out.write(decimal: width)
    case .index:
      out.write("index")
    case .float(let kind):
      out.write(kind.rawValue)
    case .none:
      out.write("none")
    case .complex(let element):
      out.write("complex<")
      printType(element)
      out.write(UInt8(ascii: ">"))
    case .tuple(let elements):
      out.write("tuple<")
      printTypeList(elements)
      out.write(UInt8(ascii: ">"))
    case .function(let inputs, let results):
      out.write(UInt8(ascii: "("))
      printTypeList(inputs)
      out.write(") -> ")
      // A single result is bare unless it is itself a function type.
      if results.count == 1 && !isFunctionType(results[0]) {
        printType(results[0])
      } else {
        out.write(UInt8(ascii: "("))
        printTypeList(results)
        out.write(UInt8(ascii: ")"))
      }
    case .rankedTensor(let shape, let element, let encoding):
      out.write("tensor<")
      writeDimensions(shape)
      printType(element)
      if let enc = encoding {
        out.write(", ")
        printAttribute(enc)
      }
      out.write(UInt8(ascii: ">"))
    case .unrankedTensor(let element):
      out.write("tensor<*x")
      printType(element)
      out.write(UInt8(ascii: ">"))
    case .memref(let shape, let element, let layout, let memorySpace):
      out.write("memref<")
      writeDimensions(shape)
      printType(element)
      // The identity layout and the default memory space are not printed.
      if let l = layout, !isIdentityLayout(l) {
        out.write(", ")
        printAttributeOrAlias(l, elision: .may)
      }
      if let space = memorySpace {
        out.write(", ")
        printAttributeOrAlias(space, elision: .may)
      }
      out.write(UInt8(ascii: ">"))
    case .unrankedMemref(let element, let memorySpace):
      out.write("memref<*x")
      printType(element)
      if let space = memorySpace {
        out.write(", ")
        printAttributeOrAlias(space, elision: .may)
      }
      out.write(UInt8(ascii: ">"))
    case .vector(let shape, let scalable, let element):
      out.write("vector<")
      for (i, d) in shape.enumerated() {
        let isScalable = i < scalable.count && scalable[i]
        if isScalable { out.write(UInt8(ascii: "[")) }
        out.write(decimal: d)
        if isScalable { out.write(UInt8(ascii: "]")) }
        out.write(UInt8(ascii: "x"))
      }
      printType(element)
      out.write(UInt8(ascii: ">"))
    case .opaque(let dialect, let body):
      out.writeDialectSymbol(prefix: UInt8(ascii: "!"), dialect: dialect, body: body)
    case .dialect(let d):
      printDialectType(type, d)
    }
  }

  /// `4x?x` (each dimension followed by `x`; `?` for dynamic).
  private func writeDimensions(_ shape: [Int64]) {
    for d in shape {
      if d == kDynamic { out.write(UInt8(ascii: "?")) } else { out.write(decimal: d) }
      out.write(UInt8(ascii: "x"))
    }
  }

  /// `!dialect.body` / `!dialect<body>` with the body written by the dialect.
  private func printDialectType(_ type: Type, _ d: DialectType) {
    if let cached = dialectTypeCache[type] {
      out.write(cached)
      return
    }
    let body = capture {
      if context.dialect(d.dialect)?.printType(type, self) != true {
        printFallbackDialectSymbolBody(mnemonic: d.mnemonic, parameters: d.parameters)
      }
    }
    let printed = capture {
      out.writeDialectSymbol(prefix: UInt8(ascii: "!"), dialect: d.dialect, body: body)
    }
    dialectTypeCache[type] = printed
    out.write(printed)
  }

  /// A body for a dialect type or attribute whose dialect is not loaded or
  /// does not print it: `mnemonic<param, ...>`.
  func printFallbackDialectSymbolBody(mnemonic: String, parameters: [DialectTypeParameter]) {
    out.write(mnemonic)
    guard !parameters.isEmpty else { return }
    out.write(UInt8(ascii: "<"))
    for (i, p) in parameters.enumerated() {
      if i > 0 { out.write(", ") }
      switch p {
      case .type(let t): printType(t)
      case .attribute(let a): printAttribute(a)
      case .int(let v): out.write(decimal: v)
      case .ints(let vs):
        out.write(UInt8(ascii: "["))
        for (j, v) in vs.enumerated() {
          if j > 0 { out.write(", ") }
          out.write(decimal: v)
        }
        out.write(UInt8(ascii: "]"))
      case .string(let s): out.writeQuoted(s)
      case .types(let ts): printTypeList(ts)
      case .optionalType(let t): if let t { printType(t) }
      }
    }
    out.write(UInt8(ascii: ">"))
  }
}

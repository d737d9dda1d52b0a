// Registers a dialect's spec'd ops with a context: each op's OpInfo gets the
// engine's verifier, parser and printer; the dialect's hand-written code then
// adds folders, extra verifiers and custom forms by op name.

import TorchIRCore

/// What a dialect writes by hand next to its generated spec.
public struct DialectHooks {
  public var verifiers: [String: (Operation) throws -> Void] = [:]
  public var folders: [String: (Operation, [Attribute?]) -> [OpFoldResult]?] = [:]
  /// Canonicalization patterns by op name (an op's getCanonicalizationPatterns).
  public var canonicalizationPatterns: [String: [any RewritePattern]] = [:]
  /// Full custom forms for ops declared `format custom`.
  public var parsers: [String: (any OpAsmParser, inout OperationState) throws -> Void] = [:]
  public var printers: [String: (Operation, any OpAsmPrinter) -> Void] = [:]
  public var resultNames: [String: (Operation, (Value, String) -> Void) -> Void] = [:]
  public var customDirectiveParsers: [String: CustomDirectiveParser] = [:]
  public var customDirectivePrinters: [String: CustomDirectivePrinter] = [:]
  /// Resolves the `@name` terms of the spec's type constraints.
  public var typePredicates: (String) -> TypePredicate? = { _ in nil }
  public init() {}
}

/// A spec decoded once and shared by every context that loads its dialect,
/// for a dialect with many ops (the 764 generated Torch ops), whose decoding
/// would otherwise dominate the creation of each context. Only specs without
/// enum defaults (which are context attributes) decode without a context.
/// The models are read-only once decoded, so contexts on any thread share them.
public final class DecodedDialectSpec: @unchecked Sendable {
  let name: String
  let enums: [String: EnumModel]
  let ops: [OpModel]

  /// `typePredicates` resolves the spec's `@name` constraint terms.
  public init(_ spec: DialectSpec, typePredicates: (String) -> TypePredicate?) {
    let decoded: (enums: [String: EnumModel], ops: [OpModel])
    do {
      decoded = try spec.decode(in: nil, predicates: typePredicates)
    } catch {
      preconditionFailure("generated spec of \(spec.name) does not decode: \(error)")
    }
    name = spec.name
    enums = decoded.enums
    ops = decoded.ops
    // Fill the models' lazily computed caches now, before they are shared.
    for m in ops {
      _ = m.formatAttributeNames
      _ = m.inferenceGroups
    }
  }
}

/// The decoded spec of a loaded dialect, kept for its attribute hooks.
public final class SpecRuntime {
  public let enums: [String: EnumModel]
  public let ops: [String: OpModel]
  /// Bit enums by attribute mnemonic (`overflow` -> IntegerOverflowFlags).
  let bitEnums: [String: EnumModel]

  /// Decodes `spec` and registers its ops. The generated spec is checked by
  /// the generator and by tests, so failing to decode it is a bug here.
  public convenience init(_ spec: DialectSpec, context: MLIRContext, hooks: DialectHooks) {
    let decoded: (enums: [String: EnumModel], ops: [OpModel])
    do {
      decoded = try spec.decode(in: context, predicates: hooks.typePredicates)
    } catch {
      preconditionFailure("generated spec of \(spec.name) does not decode: \(error)")
    }
    self.init(dialect: spec.name, enums: decoded.enums, models: decoded.ops, context: context, hooks: hooks)
  }

  /// Registers the ops of a spec decoded once per process.
  public convenience init(_ decoded: DecodedDialectSpec, context: MLIRContext, hooks: DialectHooks) {
    self.init(dialect: decoded.name, enums: decoded.enums, models: decoded.ops, context: context, hooks: hooks)
  }

  private init(
    dialect: String, enums: [String: EnumModel], models: [OpModel], context: MLIRContext, hooks: DialectHooks
  ) {
    self.enums = enums
    var bits: [String: EnumModel] = [:]
    for e in enums.values where e.isBitEnum && e.dialect == dialect { bits[e.mnemonic] = e }
    bitEnums = bits
    var byName: [String: OpModel] = [:]
    for m in models {
      byName[m.name] = m
      SpecRuntime.register(m, context: context, hooks: hooks)
    }
    ops = byName
  }

  private static func register(_ m: OpModel, context: MLIRContext, hooks: DialectHooks) {
    let info = OpInfo(traits: m.traits, inherentAttributes: m.attributes.map(\.name))
    info.defaultProperties = m.attributes.compactMap { a in a.defaultValue.map { NamedAttribute(a.name, $0) } }
    let extra = hooks.verifiers[m.name]
    info.verify = { op in
      try m.verifyDeclared(op)
      try extra?(op)
    }
    if m.customFormat {
      info.parse = hooks.parsers[m.name]
      info.print = hooks.printers[m.name]
    } else if m.format != nil {
      let dp = hooks.customDirectiveParsers
      let dq = hooks.customDirectivePrinters
      let scratch = FormatParseScratch()
      info.parse = { p, state in try m.parseCustomForm(p, &state, customDirectives: dp, scratch: scratch) }
      info.print = { op, p in m.printCustomForm(op, p, customDirectives: dq) }
    }
    info.fold = hooks.folders[m.name]
    info.canonicalizationPatterns = hooks.canonicalizationPatterns[m.name] ?? []
    if let names = hooks.resultNames[m.name] {
      info.asmResultNames = names
    } else if m.results.count > 1 {
      // Multi-result ops name their results after the spec (`%sum, %overflow`).
      info.asmResultNames = { op, setName in
        for k in m.results.indices { for v in m.resultValues(op, k) { setName(v, m.results[k].name) } }
      }
    }
    context.registerOperation(m.name, info)
  }

  /// `mnemonic<...>` of a bit enum attribute (the body after `#dialect.`).
  public func parseAttribute(_ p: any DialectAsmParser) throws -> Attribute? {
    let loc = p.currentLocation
    guard let mnemonic = p.parseOptionalKeyword(), let e = bitEnums[mnemonic] else {
      throw p.error(at: loc, "unknown attribute mnemonic")
    }
    return try e.parseFlags(p)
  }

  public func printAttribute(_ attr: Attribute, _ p: any DialectAsmPrinter) -> Bool {
    guard case .dialect(let d) = attr.kind, let e = bitEnums[d.mnemonic], let v = e.value(of: attr) else {
      return false
    }
    p.write(d.mnemonic + "<" + e.flagsText(v) + ">")
    return true
  }
}

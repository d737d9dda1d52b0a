// The data torchir-specgen emits for a dialect (string fields, decoded once
// per context) and its decoded form, `OpModel`, which the format engine and
// the verifier interpret. Keeping generated code to literals keeps the build
// fast however many ops a dialect has.

import Synchronization
import TorchIRCore

public struct ConstraintSpec: Sendable {
  public let name: String
  public let summary: String
  public let terms: String
  public init(_ name: String, _ summary: String, _ terms: String) {
    self.name = name
    self.summary = summary
    self.terms = terms
  }
}

public struct EnumSpec: Sendable {
  public let name: String
  public let isBitEnum: Bool
  /// `i32`/`i64` for a plain enum, the attribute mnemonic for a bit enum.
  public let storage: String
  public let separator: String
  public let summary: String
  public let cases: String
  public init(_ name: String, bitEnum: Bool, storage: String, separator: String, summary: String, cases: String) {
    self.name = name
    self.isBitEnum = bitEnum
    self.storage = storage
    self.separator = separator
    self.summary = summary
    self.cases = cases
  }
}

public struct OpSpec: Sendable {
  public let name, summary, traits, operands, attributes, results, regions, successors: String
  public let typeRules, hooks, format: String
  public init(
    _ name: String, summary: String, traits: String, operands: String, attributes: String,
    results: String, regions: String, successors: String, typeRules: String, hooks: String,
    format: String
  ) {
    self.name = name
    self.summary = summary
    self.traits = traits
    self.operands = operands
    self.attributes = attributes
    self.results = results
    self.regions = regions
    self.successors = successors
    self.typeRules = typeRules
    self.hooks = hooks
    self.format = format
  }
}

public struct DialectSpec: Sendable {
  public let name: String
  public let constraints: [ConstraintSpec]
  public let enums: [EnumSpec]
  public let ops: [OpSpec]
  public init(name: String, constraints: [ConstraintSpec], enums: [EnumSpec], ops: [OpSpec]) {
    self.name = name
    self.constraints = constraints
    self.enums = enums
    self.ops = ops
  }
}

// MARK: Decoded models

public enum Arity: Sendable { case single, optional, variadic }

public struct ValueModel {
  public let name: String
  public let constraint: TypeConstraint
  public let arity: Arity
}

public enum AttrKind {
  case typed, unit, i64, i32, string, any, type, array
  case enumeration(EnumModel)
}

public struct AttrModel {
  public let name: String
  public let kind: AttrKind
  public let defaultValue: Attribute?
  public let isOptional: Bool
}

/// One element of a compiled assembly format (see FormatCompiler.swift in
/// TorchIRSpecGen for the encoding).
public enum FormatDirective {
  case literal(String)
  case operand(Int), attribute(Int), region(Int), successor(Int)
  case operandType(Int), resultType(Int), operandTypes, resultTypes
  case operands, functionalType
  case attrDict(withKeyword: Bool)
  /// An optional group anchored on the directive; `end` is the index of the
  /// matching `groupEnd`.
  indirect case group(anchor: FormatDirective, end: Int)
  case groupEnd
  case custom(String, [FormatDirective])
}

public enum TypeRule {
  case match([ValueRef])
  /// Target is i1, or a shaped type of i1 with the source's shape.
  case boolLike(target: ValueRef, source: ValueRef)
}

public enum ValueRef: Equatable {
  case operand(Int), result(Int), attribute(Int)
}

public final class OpModel {
  public let name: String
  public let dialect: String
  @exclusivity(unchecked) public var traits: OpTraits = []
  @exclusivity(unchecked) public var sameOperandsAndResultType = false
  @exclusivity(unchecked) public var sameOperandsAndResultShape = false
  @exclusivity(unchecked) public var sameTypeOperands = false
  @exclusivity(unchecked) public var operands: [ValueModel] = []
  @exclusivity(unchecked) public var attributes: [AttrModel] = []
  @exclusivity(unchecked) public var results: [ValueModel] = []
  @exclusivity(unchecked) public var regionCount = 0
  @exclusivity(unchecked) public var successorCount = 0
  @exclusivity(unchecked) public var rules: [TypeRule] = []
  @exclusivity(unchecked) public var hooks: Set<String> = []
  /// nil: generic form only; empty with `customFormat`: hand-written.
  @exclusivity(unchecked) public var format: [FormatDirective]?
  @exclusivity(unchecked) public var customFormat = false

  init(name: String, dialect: String) {
    self.name = name
    self.dialect = dialect
  }

  /// The groups of operands/results/attributes whose types are equal
  /// (SameOperandsAndResultType, SameTypeOperands, `match`), computed once.
  @exclusivity(unchecked) private var cachedInferenceGroups: [[ValueRef]]?
  var inferenceGroups: [[ValueRef]] {
    if let c = cachedInferenceGroups { return c }
    var groups: [[ValueRef]] = []
    if sameOperandsAndResultType {
      groups.append(operands.indices.map { .operand($0) } + results.indices.map { .result($0) })
    }
    if sameTypeOperands { groups.append(operands.indices.map { .operand($0) }) }
    for rule in rules { if case .match(let g) = rule { groups.append(g) } }
    cachedInferenceGroups = groups
    return groups
  }

  /// Names of the attributes the format prints itself (computed once).
  @exclusivity(unchecked) private var cachedFormatAttributeNames: [String]?
  var formatAttributeNames: [String] {
    if let c = cachedFormatAttributeNames { return c }
    var names: [String] = []
    for d in format ?? [] {
      if case .attribute(let a) = d { names.append(attributes[a].name) }
      if case .group(.attribute(let a), _) = d { names.append(attributes[a].name) }
    }
    cachedFormatAttributeNames = names
    return names
  }

  func ref(_ name: String) -> ValueRef? {
    if let i = operands.firstIndex(where: { $0.name == name }) { return .operand(i) }
    if let i = results.firstIndex(where: { $0.name == name }) { return .result(i) }
    if let i = attributes.firstIndex(where: { $0.name == name }) { return .attribute(i) }
    return nil
  }
  func refName(_ r: ValueRef) -> String {
    switch r {
    case .operand(let i): return operands[i].name
    case .result(let i): return results[i].name
    case .attribute(let i): return attributes[i].name
    }
  }
}

/// Decoding errors mean the generated file and this engine disagree: a bug
/// in the generator, caught by the tests, never a user input problem.
struct SpecDecodeError: Error, CustomStringConvertible {
  let description: String
}

extension DialectSpec {
  /// `predicates` resolves the `@name` terms of type constraints (types the
  /// engine does not know, such as Torch's). Without a context, enum
  /// defaults cannot be built (DecodedDialectSpec decodes without one).
  func decode(
    in context: MLIRContext?, predicates: (String) -> TypePredicate? = { _ in nil }
  ) throws -> (enums: [String: EnumModel], ops: [OpModel]) {
    var constraints: [String: TypeConstraint] = [:]
    for c in self.constraints {
      var named: [TypePredicate] = []
      for term in c.terms.split(separator: " ") where term.hasPrefix("@") {
        guard let p = predicates(String(term.dropFirst())) else {
          throw SpecDecodeError(description: "constraint \(c.name): unknown type predicate \(term)")
        }
        named.append(p)
      }
      constraints[c.name] = TypeConstraint(summary: c.summary, terms: c.terms, predicates: named)
    }
    var enums: [String: EnumModel] = [:]
    for e in self.enums { enums[e.name] = EnumModel(e, dialect: name) }
    var models: [OpModel] = []
    for spec in ops {
      let m = OpModel(name: spec.name, dialect: name)
      for t in spec.traits.split(separator: " ") {
        switch t {
        case "Pure": m.traits.insert(.pure)
        case "Commutative": m.traits.insert(.commutative)
        case "SameOperandsAndResultType":
          m.traits.insert(.sameOperandsAndResultType)
          m.sameOperandsAndResultType = true
        case "SameOperandsAndResultShape": m.sameOperandsAndResultShape = true
        case "SameTypeOperands": m.sameTypeOperands = true
        case "ConstantLike": m.traits.insert(.constantLike)
        case "Terminator": m.traits.insert(.isTerminator)
        case "IsolatedFromAbove": m.traits.insert(.isolatedFromAbove)
        case "NoTerminator": m.traits.insert(.noTerminator)
        case "SymbolTable": m.traits.insert(.symbolTable)
        case "Symbol": m.traits.insert(.symbol)
        case "SingleBlock": m.traits.insert(.singleBlock)
        case "AffineScope": m.traits.insert(.affineScope)
        case "ReturnLike": m.traits.insert(.returnLike)
        case "ZeroRegions": m.traits.insert(.zeroRegions)
        case "GraphRegions": m.traits.insert(.graphRegions)
        case "HasParent": m.traits.insert(.hasParent)
        case "AllowsTypeRefinement": m.traits.insert(.allowsTypeRefinement)
        case "HasValueSemantics": m.traits.insert(.hasValueSemantics)
        case "ReadOnly": m.traits.insert(.readOnly)
        case "IsTrailingUnderscoreInplaceVariant": m.traits.insert(.isTrailingUnderscoreInplaceVariant)
        case "RecursiveMemoryEffects": m.traits.insert(.recursiveMemoryEffects)
        case "LoopLike": m.traits.insert(.loopLike)
        default: throw SpecDecodeError(description: "\(spec.name): unknown trait \(t)")
        }
      }
      func values(_ s: String) throws -> [ValueModel] {
        try s.split(separator: " ").map { item in
          let parts = item.split(separator: ":")
          guard parts.count == 2 else { throw SpecDecodeError(description: "\(spec.name): bad value \(item)") }
          var cname = String(parts[1])
          var arity = Arity.single
          if cname.hasSuffix("?") { arity = .optional }
          if cname.hasSuffix("*") { arity = .variadic }
          if arity != .single { cname.removeLast() }
          guard let c = constraints[cname] else {
            throw SpecDecodeError(description: "\(spec.name): unknown constraint \(cname)")
          }
          return ValueModel(name: String(parts[0]), constraint: c, arity: arity)
        }
      }
      m.operands = try values(spec.operands)
      m.results = try values(spec.results)
      for item in spec.attributes.split(separator: " ") {
        var text = Substring(item)
        let optional = text.hasSuffix("?")
        if optional { text = text.dropLast() }
        let nameAndRest = text.split(separator: ":", maxSplits: 1)
        guard nameAndRest.count == 2 else { throw SpecDecodeError(description: "\(spec.name): bad attribute \(item)") }
        let kindAndDefault = nameAndRest[1].split(separator: "=", maxSplits: 1)
        let kindName = String(kindAndDefault[0])
        let kind: AttrKind
        switch kindName {
        case "TypedAttr": kind = .typed
        case "Unit": kind = .unit
        case "I64": kind = .i64
        case "I32": kind = .i32
        case "String": kind = .string
        case "Type": kind = .type
        case "Array": kind = .array
        case "Any": kind = .any
        default:
          guard let e = enums[kindName] else {
            throw SpecDecodeError(description: "\(spec.name): unknown attribute kind \(kindName)")
          }
          kind = .enumeration(e)
        }
        var defaultValue: Attribute?
        if kindAndDefault.count == 2, case .enumeration(let e) = kind {
          guard let context else {
            throw SpecDecodeError(description: "\(spec.name): an enum default needs a context to decode")
          }
          defaultValue = e.attribute(forCase: String(kindAndDefault[1]), in: context)
        }
        m.attributes.append(AttrModel(
          name: String(nameAndRest[0]), kind: kind, defaultValue: defaultValue,
          isOptional: optional || kindName == "Unit"))
      }
      m.regionCount = spec.regions.split(separator: " ").count
      m.successorCount = spec.successors.split(separator: " ").count
      for rule in spec.typeRules.split(separator: " ") {
        let parts = rule.split(separator: ":")
        guard parts.count == 2 else { continue }
        let refs = try parts[1].split(separator: ",").map { n -> ValueRef in
          guard let r = m.ref(String(n)) else { throw SpecDecodeError(description: "\(spec.name): bad rule \(rule)") }
          return r
        }
        if parts[0] == "match" { m.rules.append(.match(refs)) }
        if parts[0] == "boollike", refs.count == 2 { m.rules.append(.boolLike(target: refs[0], source: refs[1])) }
      }
      m.hooks = Set(spec.hooks.split(separator: " ").map(String.init))
      if spec.format == "custom" {
        m.customFormat = true
      } else if !spec.format.isEmpty {
        m.format = try decodeFormat(spec.format, op: spec.name)
      }
      models.append(m)
    }
    return (enums, models)
  }
}

func decodeFormat(_ text: String, op: String) throws -> [FormatDirective] {
  func element(_ t: Substring) throws -> FormatDirective {
    func num(_ s: Substring) throws -> Int {
      guard let n = Int(s) else { throw SpecDecodeError(description: "\(op): bad directive \(t)") }
      return n
    }
    if t.hasPrefix("'") {
      let lit = t.dropFirst()
      return .literal(lit == "_" ? " " : String(lit))
    }
    if t == "D" { return .attrDict(withKeyword: false) }
    if t == "DK" { return .attrDict(withKeyword: true) }
    if t == "O" { return .operands }
    if t == "F" { return .functionalType }
    if t == "tO" { return .operandTypes }
    if t == "tR" { return .resultTypes }
    if t.hasPrefix("to") { return .operandType(try num(t.dropFirst(2))) }
    if t.hasPrefix("tr") { return .resultType(try num(t.dropFirst(2))) }
    switch t.first {
    case "o": return .operand(try num(t.dropFirst()))
    case "a": return .attribute(try num(t.dropFirst()))
    case "R": return .region(try num(t.dropFirst()))
    case "S": return .successor(try num(t.dropFirst()))
    default: throw SpecDecodeError(description: "\(op): bad directive \(t)")
    }
  }
  var out: [FormatDirective] = []
  var open: [Int] = []
  for t in text.split(separator: " ") {
    if t.hasPrefix("?") {
      open.append(out.count)
      out.append(.group(anchor: try element(t.dropFirst()), end: -1))
    } else if t == ")" {
      guard let start = open.popLast(), case .group(let anchor, _) = out[start] else {
        throw SpecDecodeError(description: "\(op): unbalanced group")
      }
      out[start] = .group(anchor: anchor, end: out.count)
      out.append(.groupEnd)
    } else if t.hasPrefix("c:") {
      let parts = t.split(separator: ":", omittingEmptySubsequences: false)
      let args = parts.count > 2 ? try parts[2].split(separator: ",").map(element) : []
      out.append(.custom(String(parts[1]), args))
    } else {
      out.append(try element(t))
    }
  }
  return out
}

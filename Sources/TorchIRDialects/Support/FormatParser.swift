// Parses an op's custom form by interpreting its compiled assembly format
// (MLIR's OpFormatGen generates this code per op; we interpret one directive
// array instead). Types not written in the text are inferred from the op's
// type rules (SameOperandsAndResultType, SameTypeOperands, `match`,
// `boollike`) before operands are resolved.

import TorchIRCore

/// Parser hooks for `custom<Name>(...)` directives, keyed by name.
public typealias CustomDirectiveParser =
  (any OpAsmParser, inout OperationState, [FormatDirective]) throws -> Void

/// What the format directives have parsed so far, one slot per operand
/// group, result group and attribute. The arrays are reused from op to op
/// (see `OpModel.parseCustomForm`): a custom op then parses without
/// allocating scratch storage.
struct FormatParseState {
  var operands: [[UnresolvedOperand]]
  var operandLocations: [Location]
  var operandTypes: [[Type]]
  var operandTypesKnown: [Bool]
  var resultTypes: [[Type]]
  var resultTypesKnown: [Bool]
  var attributes: [Attribute?]

  init(operands: Int, results: Int, attributes: Int, location: Location) {
    self.operands = Array(repeating: [], count: operands)
    operandLocations = Array(repeating: location, count: operands)
    operandTypes = Array(repeating: [], count: operands)
    operandTypesKnown = Array(repeating: false, count: operands)
    resultTypes = Array(repeating: [], count: results)
    resultTypesKnown = Array(repeating: false, count: results)
    self.attributes = Array(repeating: nil, count: attributes)
  }

  /// Empties every slot, keeping the storage.
  mutating func reset() {
    for k in operands.indices {
      clearKeepingCapacity(&operands[k])
      clearKeepingCapacity(&operandTypes[k])
      operandTypesKnown[k] = false
    }
    for k in resultTypes.indices {
      clearKeepingCapacity(&resultTypes[k])
      resultTypesKnown[k] = false
    }
    for a in attributes.indices where attributes[a] != nil { attributes[a] = nil }
  }

  mutating func setOperand(_ k: Int, _ o: consuming UnresolvedOperand) {
    clearKeepingCapacity(&operands[k])
    operands[k].append(o)
  }

  mutating func setOperandType(_ k: Int, _ t: Type) {
    clearKeepingCapacity(&operandTypes[k])
    operandTypes[k].append(t)
    operandTypesKnown[k] = true
  }

  mutating func setResultType(_ k: Int, _ t: Type) {
    clearKeepingCapacity(&resultTypes[k])
    resultTypes[k].append(t)
    resultTypesKnown[k] = true
  }

  mutating func setOperandTypes(_ k: Int, _ types: some Collection<Type>) {
    operandTypes[k].removeAll(keepingCapacity: true)
    operandTypes[k].append(contentsOf: types)
    operandTypesKnown[k] = true
  }

  mutating func setResultTypes(_ k: Int, _ types: some Collection<Type>) {
    resultTypes[k].removeAll(keepingCapacity: true)
    resultTypes[k].append(contentsOf: types)
    resultTypesKnown[k] = true
  }
}

/// A scratch `FormatParseState` in a box, so that it moves in and out of a
/// pool without copying its arrays and is mutated in place.
struct SinglePropertyKey: Hashable {
  var slot: Int
  var value: ObjectIdentifier
}

final class FormatParseBox {
  @exclusivity(unchecked) var s: FormatParseState
  /// The resolved operands, handed to the OperationState (whose buffer is
  /// unique again by the time the next op reuses this storage).
  @exclusivity(unchecked) var values: [Value] = []
  /// Properties made of one format attribute, by that attribute's slot and
  /// identity (`arith.constant 0 : i32` repeats).
  @exclusivity(unchecked) var singlePropertyCache: [SinglePropertyKey: Attribute] = [:]
  init(_ s: FormatParseState) { self.s = s }
}

/// The scratch states of one op's custom-form parser in one context (ops
/// nest, e.g. through regions, so this is a stack). A context, and so its
/// registered parse hooks, is used by one thread at a time: no lock.
final class FormatParseScratch {
  @exclusivity(unchecked) var free: [FormatParseBox] = []
}

/// Empties `a`, keeping its storage: as cheap as the array is short (a
/// format slot holds one or two elements), unlike `removeAll(keepingCapacity:)`.
@inline(__always) func clearKeepingCapacity<T>(_ a: inout [T]) {
  while a.popLast() != nil {}
}

extension OpModel {
  func parseCustomForm(
    _ p: any OpAsmParser, _ state: inout OperationState, customDirectives: [String: CustomDirectiveParser],
    scratch: FormatParseScratch
  ) throws {
    guard let format else { return }
    let box: FormatParseBox
    if let reused = scratch.free.popLast() {
      box = reused
      box.s.reset()
    } else {
      box = FormatParseBox(FormatParseState(operands: operands.count, results: results.count,
        attributes: attributes.count, location: p.currentLocation))
    }
    defer { if scratch.free.count < 16 { scratch.free.append(box) } }
    try parseCustomForm(format, p, &box.s, &box.values, &box.singlePropertyCache, &state,
      customDirectives: customDirectives)
  }

  private func parseCustomForm(
    _ format: [FormatDirective], _ p: any OpAsmParser, _ s: inout FormatParseState,
    _ values: inout [Value], _ singleProperties: inout [SinglePropertyKey: Attribute],
    _ state: inout OperationState, customDirectives: [String: CustomDirectiveParser]
  ) throws {
    var i = 0
    while i < format.count {
      let d = format[i]
      if case .group(let anchor, let end) = d {
        // A group is present when its first element is.
        let first = i + 1 < end ? format[i + 1] : anchor
        if try parseOptionalLeading(first, p, &s, &state) {
          if case .attribute(let a) = anchor, case .unit = attributes[a].kind {
            s.attributes[a] = p.context.unitAttr
          }
          i += 2
        } else {
          i = end + 1
        }
        continue
      }
      if case .groupEnd = d {
        i += 1
        continue
      }
      if case .custom(let name, let args) = d {
        guard let hook = customDirectives[name] else { throw p.error("unknown custom directive '\(name)'") }
        try hook(p, &state, args)
        i += 1
        continue
      }
      try parseElement(d, p, &s, &state)
      i += 1
    }
    try finish(p, &s, &values, &singleProperties, &state)
  }

  /// Parses the first element of an optional group if it is there.
  private func parseOptionalLeading(
    _ d: FormatDirective, _ p: any OpAsmParser, _ s: inout FormatParseState, _ state: inout OperationState
  ) throws -> Bool {
    switch d {
    case .literal(let lit):
      guard let b = lit.utf8.first, lit != " " else { return true }
      if isKeywordStart(b) { return p.parseOptionalKeyword(lit) }
      return p.parseOptionalPunctuation(lit)
    case .operand(let k):
      s.operandLocations[k] = p.currentLocation
      if operands[k].arity == .variadic {
        s.operands[k] = try p.parseOperandList(.none)
        return !s.operands[k].isEmpty
      }
      guard let o = try p.parseOptionalOperand() else { return false }
      s.setOperand(k, o)
      return true
    case .attribute(let a):
      switch attributes[a].kind {
      case .enumeration(let e) where !e.isBitEnum:
        guard let word = p.parseOptionalKeyword(oneOf: e.cases.map(\.name)),
          let attr = e.attribute(forCase: word, in: p.context)
        else { return false }
        s.attributes[a] = attr
        return true
      case .enumeration(let e):
        guard p.parseOptionalPunctuation("<") else { return false }
        s.attributes[a] = try e.parseFlagsAfterLess(p)
        return true
      case .unit:
        return true
      default:
        guard let attr = try p.parseOptionalAttribute(type: nil) else { return false }
        s.attributes[a] = attr
        return true
      }
    case .region(let r):
      while state.regions.count <= r { state.addRegion() }
      return try p.parseOptionalRegion(state.regions[r], arguments: [])
    default:
      try parseElement(d, p, &s, &state)
      return true
    }
  }

  private func parseElement(
    _ d: FormatDirective, _ p: any OpAsmParser, _ s: inout FormatParseState, _ state: inout OperationState
  ) throws {
    switch d {
    case .literal(let lit):
      guard let b = lit.utf8.first, lit != " " else { return }
      if isKeywordStart(b) { try p.parseKeyword(lit) } else { try p.parsePunctuation(lit) }
    case .operand(let k):
      if operands[k].arity == .single {
        // The operand's own location is where it starts: `finish` reports
        // there (`.unknown` marks this).
        s.operandLocations[k] = .unknown
        s.setOperand(k, try p.parseOperand())
        return
      }
      s.operandLocations[k] = p.currentLocation
      switch operands[k].arity {
      case .single: s.setOperand(k, try p.parseOperand())
      case .optional:
        s.operands[k].removeAll(keepingCapacity: true)
        if let o = try p.parseOptionalOperand() { s.operands[k].append(o) }
      case .variadic: s.operands[k] = try p.parseOperandList(.none)
      }
    case .operands:
      let loc = p.currentLocation
      let all = try p.parseOperandList(.none)
      // Only ops with one variadic (or all single) operand list use `operands`.
      var at = 0
      for k in operands.indices {
        s.operandLocations[k] = loc
        let n = operands[k].arity == .variadic ? max(0, all.count - (operands.count - 1)) : 1
        s.operands[k] = Array(all[min(at, all.count)..<min(at + n, all.count)])
        at += n
      }
    case .attribute(let a):
      let loc = p.currentLocation
      if try !parseOptionalLeading(d, p, &s, &state) {
        if case .enumeration(let e) = attributes[a].kind, !e.isBitEnum {
          throw p.error(at: loc, "expected string or keyword containing one of the following enum values for attribute '\(attributes[a].name)' ["
            + e.cases.map(\.name).joined(separator: ", ") + "]")
        }
        throw p.error(at: loc, "expected attribute value")
      }
    case .attrDict(let withKeyword):
      if withKeyword {
        try p.parseOptionalAttrDictWithKeyword(into: &state.attributes)
      } else {
        try p.parseOptionalAttrDict(into: &state.attributes)
      }
    case .operandType(let k):
      if operands[k].arity == .single {
        s.setOperandType(k, try p.parseType())
      } else {
        s.setOperandTypes(k, try parseTypes(p, arity: operands[k].arity))
      }
    case .resultType(let k):
      if results[k].arity == .single {
        s.setResultType(k, try p.parseType())
      } else {
        s.setResultTypes(k, try parseTypes(p, arity: results[k].arity))
      }
    case .operandTypes:
      let types = try parseTypeList(p)
      distribute(types, arities: operands.map(\.arity)) { s.setOperandTypes($0, $1) }
    case .resultTypes:
      let types = try parseTypeList(p)
      distribute(types, arities: results.map(\.arity)) { s.setResultTypes($0, $1) }
    case .functionalType:
      let t = try p.parseType()
      guard case .function(let inputs, let outputs) = t.kind else { throw p.error("expected function type") }
      distribute(inputs, arities: operands.map(\.arity)) { s.setOperandTypes($0, $1) }
      distribute(outputs, arities: results.map(\.arity)) { s.setResultTypes($0, $1) }
    case .region(let r):
      while state.regions.count <= r { state.addRegion() }
      try p.parseRegion(state.regions[r], arguments: [], enableNameShadowing: false)
    case .successor:
      state.successors.append(try p.parseSuccessor())
    case .group, .groupEnd, .custom:
      break
    }
  }

  private func parseTypes(_ p: any OpAsmParser, arity: Arity) throws -> [Type] {
    switch arity {
    case .single: return [try p.parseType()]
    case .optional: return (try p.parseOptionalType()).map { [$0] } ?? []
    case .variadic: return try parseTypeList(p)
    }
  }

  private func parseTypeList(_ p: any OpAsmParser) throws -> [Type] {
    guard let first = try p.parseOptionalType() else { return [] }
    var types = [first]
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
    return types
  }

  /// Splits `types` over groups of the given arities (at most one variadic).
  private func distribute(_ types: [Type], arities: [Arity], _ set: (Int, ArraySlice<Type>) -> Void) {
    var at = 0
    for k in arities.indices {
      let n = arities[k] == .variadic ? max(0, types.count - (arities.count - 1)) : 1
      set(k, types[min(at, types.count)..<min(at + n, types.count)])
      at += n
    }
  }

  /// Infers the types the text left out, resolves operands and fills `state`.
  private func finish(
    _ p: any OpAsmParser, _ s: inout FormatParseState, _ values: inout [Value],
    _ singleProperties: inout [SinglePropertyKey: Attribute], _ state: inout OperationState
  ) throws {
    func known(_ r: ValueRef) -> Type? {
      switch r {
      case .operand(let k): return s.operandTypesKnown[k] ? s.operandTypes[k].first : nil
      case .result(let k): return s.resultTypesKnown[k] ? s.resultTypes[k].first : nil
      case .attribute(let a): return s.attributes[a]?.type
      }
    }
    func set(_ r: ValueRef, _ t: Type) {
      switch r {
      case .operand(let k):
        if !s.operandTypesKnown[k] {
          if s.operands[k].count == 1 {
            s.setOperandType(k, t)
          } else {
            s.setOperandTypes(k, repeatElement(t, count: s.operands[k].count))
          }
        }
      case .result(let k):
        if !s.resultTypesKnown[k] { s.setResultType(k, t) }
      case .attribute: break
      }
    }
    let groups = inferenceGroups
    if !groups.isEmpty || !rules.isEmpty {
      // A few rounds suffice: each round fixes at least one more slot.
      for _ in 0..<3 {
        var complete = true
        for g in groups {
          var found: Type?
          for r in g where found == nil { found = known(r) }
          guard let t = found else {
            complete = false
            continue
          }
          for r in g { set(r, t) }
        }
        if complete && !rules.contains(where: { if case .boolLike = $0 { true } else { false } }) {
          break
        }
        for rule in rules {
          if case .boolLike(let target, let source) = rule, known(target) == nil, let t = known(source) {
            set(target, boolLike(shapeOf: t, in: p.context))
          }
        }
      }
    }
    // The resolved operands go to the scratch array, which the state then
    // shares (no allocation once the scratch has grown).
    let appendToState = !state.operands.isEmpty
    if !appendToState { clearKeepingCapacity(&values) }
    for k in operands.indices {
      let n = s.operands[k].count
      if n == 0 { continue }
      if s.operandTypes[k].count != n {
        var loc = s.operandLocations[k]
        if case .unknown = loc { loc = s.operands[k][0].location }
        throw p.error(at: loc, "\(n) operands present, but expected \(s.operandTypes[k].count)")
      }
      for j in 0..<n {
        let v = try p.resolveOperand(s.operands[k][j], s.operandTypes[k][j])
        if appendToState { state.operands.append(v) } else { values.append(v) }
      }
    }
    if !appendToState && !values.isEmpty { state.operands = values }
    if results.count == 1 && state.resultTypes.isEmpty {
      state.resultTypes = s.resultTypes[0]
    } else {
      for k in results.indices { state.resultTypes += s.resultTypes[k] }
    }
    // Format attributes are inherent: when no attribute of the attribute
    // dictionary is, they make up the properties by themselves (which is
    // what Operation.init would move them to).
    if state.properties == nil, !s.attributes.isEmpty,
      !state.attributes.contains(where: { a in attributes.contains { $0.name == a.name } })
    {
      var present = 0
      var only = 0
      for a in s.attributes.indices where s.attributes[a] != nil {
        present += 1
        only = a
      }
      if present == 1, let attr = s.attributes[only] {
        let key = SinglePropertyKey(slot: only, value: attr.identity)
        if let d = singleProperties[key] {
          state.properties = d
        } else {
          let d = p.context.dictionaryAttr([NamedAttribute(attributes[only].name, attr)])
          if singleProperties.count >= 1024 { singleProperties.removeAll() }
          singleProperties[key] = d
          state.properties = d
        }
        return
      }
      var entries: [NamedAttribute] = []
      for (a, attr) in s.attributes.enumerated() {
        if let attr { entries.append(NamedAttribute(attributes[a].name, attr)) }
      }
      if !entries.isEmpty { state.properties = p.context.dictionaryAttr(entries) }
      return
    }
    for (a, attr) in s.attributes.enumerated() {
      if let attr { state.addAttribute(attributes[a].name, attr) }
    }
  }
}

/// Whether a format literal starting with byte `b` is a keyword (letters
/// and `_`; format literals are ASCII) rather than punctuation.
@inline(__always) func isKeywordStart(_ b: UInt8) -> Bool {
  (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b == 0x5f
}

/// i1, or a vector/tensor of i1 with the shape of `t` (MLIR's getI1SameShape).
func boolLike(shapeOf t: Type, in context: MLIRContext) -> Type {
  let i1 = context.i1Type
  switch t.kind {
  case .vector(let shape, let scalable, _): return context.type(.vector(shape: shape, scalable: scalable, element: i1))
  case .rankedTensor(let shape, _, _): return context.tensorType(shape, i1)
  case .unrankedTensor: return context.type(.unrankedTensor(element: i1))
  default: return i1
  }
}

// What the hand-written Torch and torch_c ops share: type constraints with
// the descriptions Torch-MLIR's TorchTypes.td gives them (they appear in
// verifier messages), a small op definition that checks operand, result and
// attribute constraints the way ODS-generated verifiers do, and the printing
// and parsing pieces their assembly formats are built from.

import TorchIRCore

// MARK: Type constraints

/// A type constraint and its ODS description ("operand #0 must be <summary>,
/// but got '...'"). ODS describes a list constraint (ListOf) as
/// "<description> of <element summary> values".
struct TorchTypeConstraint: Sendable {
  let summary: String
  let accepts: @Sendable (Type) -> Bool
}

private func simple(_ t: Type, _ k: TorchSimpleType) -> Bool { TorchSimpleType(t) == k }

private func isOptionalOf(_ t: Type, _ inner: (Type) -> Bool) -> Bool {
  if inner(t) { return true }
  if let o = TorchContainerType(t), o.kind == .optional { return true }
  return simple(t, .none)
}

private func isListOf(_ t: Type, _ element: (Type) -> Bool) -> Bool {
  guard let l = TorchContainerType(t), l.kind == .list else { return false }
  return element(l.containedType)
}

enum TorchConstraints {
  static let int = TorchTypeConstraint(summary: "Torch IntType") { simple($0, .int) }
  static let float = TorchTypeConstraint(summary: "Torch FloatType") { simple($0, .float) }
  static let bool = TorchTypeConstraint(summary: "Torch BoolType") { simple($0, .bool) }
  static let str = TorchTypeConstraint(summary: "Torch StringType") { simple($0, .str) }
  static let none = TorchTypeConstraint(summary: "Torch NoneType") { simple($0, .none) }
  static let device = TorchTypeConstraint(summary: "Torch device") { simple($0, .device) }
  static let number = TorchTypeConstraint(summary: "Torch number type") { simple($0, .number) }
  static let generator = TorchTypeConstraint(summary: "Torch Generator for producing valsem-random numbers") {
    simple($0, .generator)
  }
  static let linearParams = TorchTypeConstraint(summary: "Torch packed linear params type") {
    simple($0, .linearParams)
  }
  static let tuple = TorchTypeConstraint(summary: "!torch.tuple<T1, T2, T3>") {
    TorchTupleLikeType($0)?.kind == .tuple
  }
  static let dict = TorchTypeConstraint(summary: "!torch.dict[KT, VT] ") { TorchDictType($0) != nil }
  static let nnModule = TorchTypeConstraint(summary: "torch.nn.Module") { TorchNnModuleType($0) != nil }
  static let anyTensor = TorchTypeConstraint(summary: "Any Torch tensor type") { $0.isTorchTensor }
  static let valueTensor = TorchTypeConstraint(summary: "Multi-dimensional array modeling Torch's Tensor type") {
    $0.isTorchValueTensor
  }
  static let nonValueTensor = TorchTypeConstraint(summary: "Multi-dimensional array modeling Torch's Tensor type") {
    TorchTensorType($0)?.hasValueSemantics == false
  }
  static let optionalTensor = TorchTypeConstraint(summary: "Optional torch tensor type") {
    isOptionalOf($0) { $0.isTorchTensor }
  }
  static let optionalStr = TorchTypeConstraint(summary: "Optional torch Str type") {
    isOptionalOf($0) { simple($0, .str) }
  }
  static let scalar = TorchTypeConstraint(
    summary: "Any Python numeric type compatible with being the scalar type of a tensor"
  ) { t in isValidTorchSubtype(t, TorchSimpleType.number.type(in: t.context)) }
  static let anyList = TorchTypeConstraint(summary: "Any Torch list Type of any non-token type values") { isListOf($0) { _ in true } }
  static let listOfInt = TorchTypeConstraint(summary: "Int list type (int[]) of Torch IntType values") {
    isListOf($0) { simple($0, .int) }
  }
  static let listOfOptionalInt = TorchTypeConstraint(
    summary: "List of optional ints type (int?[]) of Optional torch int type values") {
    isListOf($0) { isOptionalOf($0) { simple($0, .int) } }
  }
  static let dictKey = TorchTypeConstraint(summary: "Allowed dict key types") { t in
    switch TorchSimpleType(t) {
    case .any, .int, .bool, .float, .str: return true
    default: return t.isTorchTensor
    }
  }
  static let anyTorch = TorchTypeConstraint(summary: "Any type that is legal to pass to a Torch kernel") {
    isAnyTorchType($0)
  }
  // Builtin types of the torch_c ops.
  static let builtinTensor = TorchTypeConstraint(summary: "tensor of any type values") { t in
    switch t.kind {
    case .rankedTensor, .unrankedTensor: return true
    default: return false
    }
  }
  static let i1 = TorchTypeConstraint(summary: "1-bit signless integer") {
    $0.isSignlessInteger && $0.isInteger(width: 1)
  }
  static let i64 = TorchTypeConstraint(summary: "64-bit signless integer") {
    $0.isSignlessInteger && $0.isInteger(width: 64)
  }
  static let f64 = TorchTypeConstraint(summary: "64-bit float") {
    if case .float(.f64) = $0.kind { return true } else { return false }
  }
}

/// AnyTorchType: every Torch type an op operand may have.
private func isAnyTorchType(_ t: Type) -> Bool {
  if t.isTorchTensor { return true }
  if TorchSimpleType(t) != nil {
    // The quantized dtypes are element types, not values.
    switch TorchSimpleType(t) {
    case .qint8, .qint16, .quint8, .qint32: return false
    default: return true
    }
  }
  return TorchContainerType(t) != nil || TorchTupleLikeType(t) != nil || TorchDictType(t) != nil
    || TorchNnModuleType(t) != nil
}

// MARK: Op definitions

enum TorchArity { case single, optional, variadic }

struct TorchValueDef {
  let name: String
  let constraint: TorchTypeConstraint
  let arity: TorchArity
  init(_ name: String, _ constraint: TorchTypeConstraint, _ arity: TorchArity = .single) {
    self.name = name
    self.constraint = constraint
    self.arity = arity
  }
}

/// ODS attribute kinds the hand-written ops use, with their constraint text.
enum TorchAttrKind {
  case string, i64, f64, i1, type, flatSymbolRef, symbolName, unit, elements, affineMap, symbolRefArray
  case f64OrI64, boolAttr

  var summary: String {
    switch self {
    case .string, .symbolName: return "string attribute"
    case .i64: return "64-bit signless integer attribute"
    case .f64: return "64-bit float attribute"
    case .i1: return "1-bit signless integer attribute"
    case .type: return "any type attribute"
    case .flatSymbolRef: return "flat symbol reference attribute"
    case .unit: return "unit attribute"
    case .elements: return "constant vector/tensor attribute"
    case .affineMap: return "AffineMap attribute"
    case .symbolRefArray: return "symbol ref array attribute"
    case .f64OrI64: return "64-bit float attribute or 64-bit signless integer attribute"
    case .boolAttr: return "bool attribute"
    }
  }

  func accepts(_ a: Attribute) -> Bool {
    switch (self, a.kind) {
    case (.string, .string(_, nil)), (.symbolName, .string(_, nil)): return true
    case (.i64, .integer(_, let t)): return t.isSignlessInteger && t.isInteger(width: 64)
    case (.f64, .float(_, let t)): return t.kind == .float(.f64)
    case (.i1, .bool), (.boolAttr, .bool): return true
    case (.type, .type): return true
    case (.flatSymbolRef, .symbolRef(_, let nested)): return nested.isEmpty
    case (.unit, .unit): return true
    case (.elements, .denseElements), (.elements, .denseResource), (.elements, .sparseElements),
      (.elements, .denseStrings):
      return true
    case (.affineMap, .affineMap): return true
    case (.symbolRefArray, .array(let items)):
      return items.allSatisfy { if case .symbolRef = $0.kind { return true } else { return false } }
    case (.f64OrI64, _): return TorchAttrKind.f64.accepts(a) || TorchAttrKind.i64.accepts(a)
    default: return false
    }
  }
}

struct TorchAttrDef {
  let name: String
  let kind: TorchAttrKind
  let optional: Bool
  init(_ name: String, _ kind: TorchAttrKind, optional: Bool = false) {
    self.name = name
    self.kind = kind
    self.optional = optional || kind == .unit
  }
}

/// One hand-written op: its declared signature (checked like ODS does) and
/// the behaviour that goes with it.
struct TorchOpDef {
  let name: String
  var traits: OpTraits = []
  var attributes: [TorchAttrDef] = []
  var operands: [TorchValueDef] = []
  var results: [TorchValueDef] = []
  /// The number of regions; nil for a variadic region list.
  var regionCount: Int? = 0
  var parse: ((any OpAsmParser, inout OperationState) throws -> Void)?
  var print: ((Operation, any OpAsmPrinter) -> Void)?
  var verify: ((Operation) throws -> Void)?
  var verifyRegions: ((Operation) throws -> Void)?
  var fold: ((Operation, [Attribute?]) -> [OpFoldResult]?)?
  var resultNames: ((Operation, (Value, String) -> Void) -> Void)?
  var patterns: [any RewritePattern] = []

  init(_ name: String, traits: OpTraits = []) {
    self.name = name
    self.traits = traits
  }

  func register(in context: MLIRContext) {
    let info = OpInfo(traits: traits, inherentAttributes: attributes.map(\.name))
    let def = self
    info.verify = { op in
      try def.verifyDeclared(op)
      try def.verify?(op)
    }
    info.verifyRegions = verifyRegions
    info.parse = parse
    info.print = print
    info.fold = fold
    info.asmResultNames = resultNames
    info.canonicalizationPatterns = patterns
    context.registerOperation(name, info)
  }

  /// The checks ODS generates, in its order: the region, result and
  /// operand count traits, then attributes, operand types and result types.
  func verifyDeclared(_ op: Operation) throws {
    if let n = regionCount, op.regions.count != n {
      switch n {
      case 0: throw OpVerifyError("requires zero regions")
      case 1: throw OpVerifyError("requires one region")
      default: throw OpVerifyError("expected \(n) regions")
      }
    }
    try verifyCount(op.numResults, results, singular: "result", plural: "results")
    try verifyCount(op.numOperands, operands, singular: "operand", plural: "operands")
    for a in attributes {
      guard let value = op.attr(a.name) else {
        if a.optional { continue }
        throw OpVerifyError("requires attribute '\(a.name)'")
      }
      if !a.kind.accepts(value) {
        throw OpVerifyError("attribute '\(a.name)' failed to satisfy constraint: \(a.kind.summary)")
      }
    }
    try verifyValues(op.operandValues, operands, what: "operand")
    try verifyValues(Array(op.results), results, what: "result")
  }

  /// ZeroOperands / OneOperand / NOperands / AtLeastNOperands (and the
  /// same for results).
  private func verifyCount(_ count: Int, _ defs: [TorchValueDef], singular: String, plural: String) throws {
    let fixed = defs.filter { $0.arity == .single }.count
    if defs.contains(where: { $0.arity != .single }) {
      if fixed > 0 && count < fixed {
        throw OpVerifyError("expected \(fixed) or more \(plural), but found \(count)")
      }
      return
    }
    guard count != fixed else { return }
    switch fixed {
    case 0: throw OpVerifyError("requires zero \(plural)")
    case 1: throw OpVerifyError(singular == "operand" ? "requires a single operand" : "requires one result")
    default: throw OpVerifyError("expected \(fixed) \(plural), but found \(count)")
    }
  }

  private func verifyValues(_ values: [Value], _ defs: [TorchValueDef], what: String) throws {
    let fixed = defs.filter { $0.arity == .single }.count
    let extra = values.count - fixed
    var index = 0
    for def in defs {
      let n = def.arity == .single ? 1 : max(0, extra)
      if def.arity == .optional && n > 1 {
        throw OpVerifyError("\(what) group starting at #\(index) requires 0 or 1 element, but found \(n)")
      }
      for v in values[index..<min(values.count, index + n)] {
        if !def.constraint.accepts(v.type) {
          throw OpVerifyError("\(what) #\(index) must be \(def.constraint.summary), but got '\(v.type)'")
        }
        index += 1
      }
    }
  }
}

// MARK: Printing helpers

/// The op's inherent and discardable attributes, sorted by name as the
/// attribute dictionary of the op is.
func torchOpAttributes(_ op: Operation) -> [NamedAttribute] {
  var all = op.properties?.dictionaryEntries ?? []
  all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
  all.sort { utf8Less($0.name, $1.name) }
  return all
}

extension OpAsmPrinter {
  /// `attr-dict` without the attributes the format prints itself.
  func printAttrDict(_ op: Operation, elided: [String] = []) {
    printOptionalAttrDict(torchOpAttributes(op), elided: elided)
  }

  /// `%a, %b` with a leading space, or nothing.
  func printSpacedOperands(_ values: [Value]) {
    guard !values.isEmpty else { return }
    write(" ")
    printOperands(values)
  }

  /// `(t1, t2) -> r` or `(t1) -> (r1, r2)`: functional-type(operands, results).
  func printFunctionalTypes(_ inputs: [Type], _ results: [Type]) {
    printType(context.functionType(inputs, results))
  }

  /// A region as ODS prints one of an op with an implicit terminator: the
  /// terminator is left out when it has no operands, results or attributes.
  func printRegionEludingTrivialTerminator(_ region: Region) {
    var printTerminator = true
    if let term = region.entryBlock?.last {
      printTerminator = !(term.attributes.dictionaryEntries ?? []).isEmpty
        || !(term.properties?.dictionaryEntries ?? []).isEmpty || term.numOperands != 0
        || term.numResults != 0
    }
    printRegion(region, printEntryBlockArgs: true, printBlockTerminators: printTerminator, printEmptyBlock: false)
  }
}

// MARK: Parsing helpers

extension AsmParserBase {
  /// A comma-separated type list that may be empty.
  func parseOptionalTypeList() throws -> [Type] {
    guard let first = try parseOptionalType() else { return [] }
    var types = [first]
    while parseOptionalPunctuation(",") { types.append(try parseType()) }
    return types
  }

  /// A comma-separated list of at least one type.
  func parseTypeList() throws -> [Type] {
    var types = [try parseType()]
    while parseOptionalPunctuation(",") { types.append(try parseType()) }
    return types
  }

  /// A type that must be a function type (`functional-type(...)`).
  func parseFunctionalTypes() throws -> (inputs: [Type], results: [Type]) {
    let loc = currentLocation
    let t = try parseType()
    guard case .function(let inputs, let results) = t.kind else {
      throw error(at: loc, "invalid kind of type specified: expected builtin.function, but found '\(t)'")
    }
    return (inputs, results)
  }
}

/// Adds the implicit terminator of a SingleBlockImplicitTerminator op to a
/// parsed region that lacks it (an empty region gets an empty block first).
func ensureTerminator(_ region: Region, _ terminator: String, _ context: MLIRContext, _ loc: Location) {
  if region.isEmpty { region.append(Block()) }
  guard let block = region.entryBlock else { return }
  if let last = block.last, last.name.name == terminator { return }
  block.append(Operation(OperationState(context: context, name: terminator, location: loc)))
}

// MARK: Matching constants

/// The value of a `torch.constant.int`.
func torchConstantInt(_ v: Value) -> Int64? {
  guard let def = v.definingOp, def.name.name == "torch.constant.int",
    case .integer(let i, _)? = def.attr("value")?.kind
  else { return nil }
  return i.asInt64
}

/// The value of a `torch.constant.bool`.
func torchConstantBool(_ v: Value) -> Bool? {
  guard let def = v.definingOp, def.name.name == "torch.constant.bool" else { return nil }
  switch def.attr("value")?.kind {
  case .bool(let b)?: return b
  case .integer(let i, _)?: return !i.isZero
  default: return nil
  }
}

/// MLIR's Operation::hasOneBlock + the block itself.
func singleBlock(_ region: Region) -> Block? {
  guard let b = region.entryBlock, region.blocks.count == 1 else { return nil }
  return b
}

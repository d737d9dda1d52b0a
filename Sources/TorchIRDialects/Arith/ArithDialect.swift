// The arith dialect: ops, enums and formats come from Specs/Arith.spec (see
// Generated/ArithOps.swift); this file adds what is not data — the constant's
// result names and verifier, select's hand-written form, cast verifiers and
// constant materialization. Folders are in ArithFolders.swift.

import TorchIRCore

public final class ArithDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "arith")
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    hooks.verifiers["arith.constant"] = verifyConstantOp
    hooks.resultNames["arith.constant"] = constantResultNames
    hooks.parsers["arith.select"] = parseSelectOp
    hooks.printers["arith.select"] = printSelectOp
    hooks.verifiers["arith.select"] = verifySelectOp
    for (name, rule) in castRules { hooks.verifiers[name] = { op in try verifyCast(op, rule) } }
    installArithFolders(&hooks)
    runtime = SpecRuntime(arithDialectSpec, context: context, hooks: hooks)
  }

  public override func parseAttribute(_ parser: any DialectAsmParser, type: Type?) throws -> Attribute? {
    try runtime?.parseAttribute(parser)
  }

  public override func printAttribute(_ attr: Attribute, _ printer: any DialectAsmPrinter) -> Bool {
    runtime?.printAttribute(attr, printer) ?? false
  }

  /// arith.constant for integer, index, float and elements values whose
  /// type is the requested one (ConstantOp::isBuildableWith).
  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    guard isBuildableConstant(value, type) else { return nil }
    return builder.create(
      "arith.constant", location: location, resultTypes: [type],
      attributes: [NamedAttribute("value", value)])
  }
}

func isBuildableConstant(_ value: Attribute, _ type: Type) -> Bool {
  guard value.type == type else { return false }
  switch value.kind {
  case .integer(_, let t): return t.isSignlessInteger || t.isIndex
  case .bool, .float, .denseElements, .denseResource, .sparseElements: return true
  default: return false
  }
}

// MARK: arith.constant

private func verifyConstantOp(_ op: Operation) throws {
  guard op.numResults == 1 else { return }
  let type = op.result(0).type
  if case .integer(_, let s) = type.kind, s != .signless {
    throw OpVerifyError("integer return type must be signless")
  }
  guard let value = op.attr("value") else { return }
  switch value.kind {
  case .integer, .bool, .float, .denseElements, .denseStrings, .denseResource, .sparseElements: break
  default: throw OpVerifyError("value must be an integer, float, or elements attribute")
  }
  if case .vector(_, let scalable, _) = type.kind, scalable.contains(true) {
    var splat = false
    if case .denseElements(let d) = value.kind { splat = d.isSplat }
    if !splat {
      throw OpVerifyError(
        "intializing scalable vectors with elements attribute is not supported unless it's a vector splat")
    }
  }
}

/// `%c42_i32`, `%c0` (index), `%true`/`%false`, else `%cst`.
private func constantResultNames(_ op: Operation, _ setName: (Value, String) -> Void) {
  guard op.numResults == 1, let value = op.attr("value") else { return }
  let result = op.result(0)
  switch value.kind {
  case .bool(let b):
    setName(result, b ? "true" : "false")
  case .integer(let v, let t) where t.isInteger(width: 1):
    setName(result, v.isZero ? "false" : "true")
  case .integer(let v, let t):
    var name = "c" + v.toString(radix: 10, signed: true)
    if !t.isIndex { name += "_\(t)" }
    setName(result, name)
  default:
    setName(result, "cst")
  }
}

// MARK: arith.select

/// `%c, %t, %f attr-dict : [condition-type ,] result-type` (SelectOp::parse).
private func parseSelectOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  guard operands.count == 3 else { throw p.error(at: loc, "expected 3 operands") }
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  var conditionType = p.context.i1Type
  var resultType = try p.parseType()
  if p.parseOptionalPunctuation(",") {
    conditionType = resultType
    resultType = try p.parseType()
  }
  state.resultTypes = [resultType]
  state.operands = try p.resolveOperands(operands, [conditionType, resultType, resultType], at: loc)
}

private func printSelectOp(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  p.printOperands(op.operandValues)
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  p.write(" : ")
  if op.numOperands == 3, op.operand(0).type.isShaped {
    p.printType(op.operand(0).type)
    p.write(", ")
  }
  if op.numResults == 1 { p.printType(op.result(0).type) }
}

/// BooleanConditionOrMatchingShape: an i1 condition, or an i1 vector/tensor
/// of the result's shape.
private func verifySelectOp(_ op: Operation) throws {
  guard op.numOperands == 3, op.numResults == 1 else { return }
  let condition = op.operand(0).type
  if condition.isSignlessInteger && condition.isInteger(width: 1) { return }
  let result = op.result(0).type
  if condition.isShaped && result.isShaped && condition.shape == result.shape { return }
  throw OpVerifyError("failed to verify that condition is signless i1 or has matching shape")
}

extension Type {
  var isVectorType: Bool { if case .vector = kind { return true } else { return false } }
  /// The element type of a shaped type, or the type itself.
  var scalarType: Type { elementType ?? self }
}

// MARK: Casts (CastOpInterface::areCastCompatible)

enum CastRule { case widerInt, narrowerInt, widerFloat, narrowerFloat, indexCast, sameWidth }

let castRules: [String: CastRule] = [
  "arith.extui": .widerInt, "arith.extsi": .widerInt, "arith.trunci": .narrowerInt,
  "arith.extf": .widerFloat, "arith.truncf": .narrowerFloat,
  "arith.index_cast": .indexCast, "arith.index_castui": .indexCast, "arith.bitcast": .sameWidth,
]

private func verifyCast(_ op: Operation, _ rule: CastRule) throws {
  guard op.numOperands == 1, op.numResults == 1 else { return }
  let from = op.operand(0).type
  let to = op.result(0).type
  let a = from.scalarType
  let b = to.scalarType
  let wa = a.intOrFloatBitWidth ?? 0
  let wb = b.intOrFloatBitWidth ?? 0
  let ok: Bool
  switch rule {
  case .widerInt, .widerFloat: ok = wb > wa
  case .narrowerInt, .narrowerFloat: ok = wb < wa
  case .indexCast: ok = (a.isIndex && b.isInteger) || (a.isInteger && b.isIndex)
  case .sameWidth: ok = wa == wb && !a.isIndex && !b.isIndex
  }
  if !ok {
    throw OpVerifyError("operand type '\(from)' and result type '\(to)' are cast incompatible")
  }
}

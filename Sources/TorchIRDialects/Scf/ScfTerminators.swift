// scf.yield and scf.condition: yield's form comes from the spec's assembly
// format; condition's form is its declarative format written out
// (`scf.condition(%c) attr-dict %args : types`). Both check their parents
// (ParentOneOf / HasParent).

import TorchIRCore

func installScfTerminatorHooks(_ hooks: inout DialectHooks) {
  hooks.verifiers["scf.yield"] = { op in
    try verifyParent(op, oneOf: ["scf.execute_region", "scf.for", "scf.if", "scf.index_switch", "scf.while"])
  }
  hooks.parsers["scf.condition"] = parseConditionOp
  hooks.printers["scf.condition"] = printConditionOp
  hooks.verifiers["scf.condition"] = { op in try verifyParent(op, oneOf: ["scf.while"]) }
}

private func parseConditionOp(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  try p.parsePunctuation("(")
  let condition = try p.parseOperand()
  try p.parsePunctuation(")")
  try p.parseOptionalAttrDict(into: &state.attributes)
  let loc = p.currentLocation
  let args = try p.parseOperandList(.none)
  var types: [Type] = []
  if !args.isEmpty {
    try p.parsePunctuation(":")
    types = [try p.parseType()]
    while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  }
  state.operands = [try p.resolveOperand(condition, p.context.i1Type)]
  state.operands += try p.resolveOperands(args, types, at: loc)
}

private func printConditionOp(_ op: Operation, _ p: any OpAsmPrinter) {
  guard op.numOperands > 0 else { return }
  p.write("(")
  p.printOperand(op.operand(0))
  p.write(")")
  p.printOptionalAttrDict(allAttributes(op), elided: [])
  let args = Array(op.operandValues.dropFirst())
  p.printOperandsWithTypes(args)
}

// Assembly forms shared by the hand-written Torch ops: Torch-MLIR's
// default form of the schema ops (parseDefaultTorchOp / printDefaultTorchOp)
// and the declarative formats several ops have in common.

import TorchIRCore

/// Torch-MLIR's parseDefaultTorchOp / printDefaultTorchOp, the form of the
/// ops generated from PyTorch's schemas: `%a, %b {attrs} : ta, tb -> tr`.
func defaultFormatOp(
  _ name: String, _ operands: [(String, TorchTypeConstraint)], _ results: [TorchTypeConstraint],
  traits: OpTraits = []
) -> TorchOpDef {
  var def = TorchOpDef(name, traits: traits)
  def.operands = operands.map { TorchValueDef($0.0, $0.1) }
  def.results = results.enumerated().map { TorchValueDef("result\($0.offset)", $0.element) }
  let numOperands = operands.count
  let numResults = results.count
  def.parse = { p, state in
    let loc = p.currentLocation
    let ops = try p.parseOperandList(.none)
    if ops.count != numOperands {
      throw p.error(at: loc, "expected \(numOperands) operands")
    }
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation(":")
    if numOperands > 0 {
      let types = try p.parseTypeList()
      state.operands = try p.resolveOperands(ops, types, at: loc)
    }
    if numOperands > 0 && numResults > 0 { try p.parsePunctuation("->") }
    if numResults > 0 { state.resultTypes = try p.parseTypeList() }
  }
  def.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    if numOperands > 0 { p.printTypeList(op.operandTypes) }
    if numOperands > 0 && numResults > 0 { p.write(" -> ") }
    if numResults > 0 { p.printTypeList(op.resultTypes) }
  }
  return def
}

/// `$operand attr-dict : type($operand) -> type($results)`.
func parseOperandColonTypeArrowTypes(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let operand = try p.parseOperand()
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let type = try p.parseType()
  try p.parsePunctuation("->")
  state.resultTypes = try p.parseTypeList()
  state.operands = [try p.resolveOperand(operand, type)]
}

func printOperandColonTypeArrowTypes(_ op: Operation, _ p: any OpAsmPrinter) {
  p.printSpacedOperands(op.operandValues)
  p.printAttrDict(op)
  p.write(" : ")
  p.printTypeList(op.operandTypes)
  p.write(" -> ")
  p.printTypeList(op.resultTypes)
}

/// `$operands attr-dict : functional-type(operands, results)`.
func parseOperandsColonFunctionalType(_ p: any OpAsmParser, _ state: inout OperationState) throws {
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let (inputs, results) = try p.parseFunctionalTypes()
  state.operands = try p.resolveOperands(operands, inputs, at: loc)
  state.resultTypes = results
}

func printOperandsColonFunctionalType(_ op: Operation, _ p: any OpAsmPrinter) {
  // ODS prints the space before an empty operand list too.
  p.write(" ")
  p.printOperands(op.operandValues)
  p.printAttrDict(op)
  p.write(" : ")
  p.printFunctionalTypes(op.operandTypes, op.resultTypes)
}

func parseStringAttr(_ p: any OpAsmParser) throws -> Attribute {
  // A StrAttr in a format is parsed as an attribute without a `: type`
  // suffix, then checked to be a string.
  if let s = try p.parseOptionalString() { return p.context.stringAttr(s) }
  let loc = p.currentLocation
  _ = try p.parseAttribute(type: p.context.noneType)
  throw p.error(at: loc, "invalid kind of attribute specified")
}

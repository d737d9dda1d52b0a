// linalg.softmax and the Winograd transforms (LinalgOps.td): destination-style
// ops without a body, written `linalg.OP {attrs} KEY(VALUE) ins(%in : T)
// outs(%out : T) -> T`, where KEY(VALUE) is `dimension(1)` for softmax and
// `fmr(F_4_3)` (the F(m, r) variant) for the Winograd transforms.

import TorchIRCore

/// The Winograd variants F(m, r) in MLIR's enum order.
let winogradFmrCases: [(name: String, m: Int64, r: Int64)] = [("F_2_3", 2, 3), ("F_4_3", 4, 3), ("F_2_5", 2, 5)]

func registerSoftmaxWinogradOps(_ context: MLIRContext) {
  let softmax = OpInfo(inherentAttributes: ["dimension"])
  softmax.parse = { p, state in try parseKeyedDpsOp(p, &state, key: "dimension", resultRequired: false) }
  softmax.print = { op, p in printKeyedDpsOp(op, p, key: "dimension") }
  softmax.verify = verifySoftmaxOp
  context.registerOperation("linalg.softmax", softmax)
  for name in ["filter", "input", "output"] {
    let info = OpInfo(inherentAttributes: ["fmr"])
    info.parse = { p, state in try parseKeyedDpsOp(p, &state, key: "fmr", resultRequired: true) }
    info.print = { op, p in printKeyedDpsOp(op, p, key: "fmr") }
    info.verify = { op in try verifyWinogradOp(op, name) }
    context.registerOperation("linalg.winograd_\(name)_transform", info)
  }
}

private func parseKeyedDpsOp(
  _ p: any OpAsmParser, _ state: inout OperationState, key: String, resultRequired: Bool
) throws {
  let ctx = p.context
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parseKeyword(key)
  try p.parsePunctuation("(")
  if key == "fmr" {
    // The declarative format's enum keyword: one of the cases, or a string.
    let loc = p.currentLocation
    let names = winogradFmrCases.map(\.name)
    var word = p.parseOptionalKeyword(oneOf: names)
    if word == nil, let string = try p.parseOptionalString() {
      guard names.contains(string) else {
        throw p.error(at: loc, "invalid fmr attribute specification: \"\(string)\"")
      }
      word = string
    }
    guard let word, let i = names.firstIndex(of: word) else {
      throw p.error(
        at: loc,
        "expected string or keyword containing one of the following enum values for attribute 'fmr' [\(names.joined(separator: ", "))]")
    }
    state.addAttribute("fmr", ctx.integerAttr(Int64(i), ctx.integerType(32)))
  } else {
    // An I64Attr in the declarative format: any attribute, typed i64.
    let loc = p.currentLocation
    let attr = try p.parseAttribute(type: ctx.i64Type)
    guard case .integer(_, let t) = attr.kind, t.isInteger(width: 64) else {
      throw p.error(at: loc, "invalid kind of attribute specified")
    }
    state.addAttribute(key, attr)
  }
  try p.parsePunctuation(")")
  var operands: [Value] = []
  for keyword in ["ins", "outs"] {
    try p.parseKeyword(keyword)
    try p.parsePunctuation("(")
    let v = try p.parseOperand()
    try p.parsePunctuation(":")
    let t = try p.parseType()
    try p.parsePunctuation(")")
    operands.append(try p.resolveOperand(v, t))
  }
  state.operands = operands
  if resultRequired || p.parseOptionalPunctuation("->") {
    if resultRequired { try p.parsePunctuation("->") }
    state.resultTypes = [try p.parseType()]
  }
}

private func printKeyedDpsOp(_ op: Operation, _ p: any OpAsmPrinter, key: String) {
  p.printOptionalAttrDict(linalgAllAttributes(op), elided: [key])
  p.write(" \(key)(")
  if let attr = op.attr(key), case .integer(let v, _) = attr.kind {
    let n = v.signedInt64
    p.write(key == "fmr" ? (n >= 0 && n < Int64(winogradFmrCases.count) ? winogradFmrCases[Int(n)].name : "") : String(n))
  }
  p.write(")")
  guard op.numOperands == 2 else { return }
  p.write(" ins(")
  p.printOperand(op.operand(0))
  p.write(" : ")
  p.printType(op.operand(0).type)
  p.write(") outs(")
  p.printOperand(op.operand(1))
  p.write(" : ")
  p.printType(op.operand(1).type)
  p.write(")")
  printStructuredOpResults(p, op.resultTypes)
}

/// Shapes are compatible when equal or one of each pair is dynamic.
private func compatible(_ a: [Int64], _ b: [Int64]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || $0 == dynamicSize || $1 == dynamicSize }
}

/// Two ranked operands, and a result of the output's type for a tensor output.
private func verifyTwoOperands(_ op: Operation) throws -> (input: [Int64], output: [Int64]) {
  try linalgVerifyRegionCount(op, 0)
  guard op.numOperands == 2, let input = op.operand(0).type.shape, let output = op.operand(1).type.shape else {
    throw OpVerifyError("expected 2 operands of ranked shaped types")
  }
  if elementTypeOrSelf(op.operand(0).type) != elementTypeOrSelf(op.operand(1).type) {
    throw OpVerifyError(
      op.name.name == "linalg.softmax"
        ? "failed to verify that input and output have same element type"
        : "expected input/output element types to be identical")
  }
  try verifyDestinationStyleResults(op, firstOutput: 1)
  return (input, output)
}

private func verifySoftmaxOp(_ op: Operation) throws {
  guard let attr = op.attr("dimension"), case .integer(let v, _) = attr.kind else {
    throw OpVerifyError("requires attribute 'dimension'")
  }
  let (input, output) = try verifyTwoOperands(op)
  if !compatible(input, output) { throw OpVerifyError("incompatible output shape") }
  let dimension = v.signedInt64
  if dimension < 0 || dimension >= Int64(input.count) { throw OpVerifyError("incorrect dimension specified") }
}

private func verifyWinogradOp(_ op: Operation, _ kind: String) throws {
  guard let attr = op.attr("fmr"), case .integer(let v, _) = attr.kind,
    v.signedInt64 >= 0, v.signedInt64 < Int64(winogradFmrCases.count)
  else {
    throw OpVerifyError("attribute 'fmr' failed to satisfy constraint: allowed 32-bit signless integer cases: 0, 1, 2")
  }
  let (m, r) = (winogradFmrCases[Int(v.signedInt64)].m, winogradFmrCases[Int(v.signedInt64)].r)
  let (input, output) = try verifyTwoOperands(op)
  let alpha = m + r - 1
  switch kind {
  case "filter":
    // filter (F, KH, KW, C) -> (alphaH, alphaW, C, F)
    guard input.count == 4, output.count == 4 else { throw OpVerifyError("expected operands of rank 4") }
    let (h, w) = (input[1], input[2])
    if h != r && h != 1 { throw OpVerifyError("expect filter height either equals to r or 1") }
    if w != r && w != 1 { throw OpVerifyError("expect filter width either equals to r or 1") }
    if h == 1 && w == 1 { throw OpVerifyError("expect either filter height or width equals to r") }
    let expected = [h == r ? alpha : 1, w == r ? alpha : 1, input[3], input[0]]
    if !compatible(expected, output) { throw OpVerifyError("the output shape is not expected") }
  case "input":
    // input (N, H, W, C) -> (alphaH, alphaW, tileH, tileW, N, C)
    guard input.count == 4, output.count == 6 else { throw OpVerifyError("expected operands of rank 4 and 6") }
    var expected = Array(repeating: Int64(0), count: 6)
    for (k, size) in [(0, input[1]), (1, input[2])] {
      let transform = output[k] != 1
      if size == dynamicSize {
        expected[k] = alpha
        expected[k + 2] = dynamicSize
      } else {
        expected[k] = transform ? alpha : 1
        expected[k + 2] = transform ? (size &- (r - 1)) / m : size
      }
    }
    expected[4] = input[0]
    expected[5] = input[3]
    if !compatible(expected, output) { throw OpVerifyError("the output shape is not expected") }
  default:
    // value (alphaH, alphaW, tileH, tileW, N, F) -> output (N, H, W, F)
    guard input.count == 6, output.count == 4 else { throw OpVerifyError("expected operands of rank 6 and 4") }
    var expected = Array(repeating: Int64(0), count: 4)
    for (k, what) in [(0, "height"), (1, "width")] {
      let size = input[k]
      let tiles = input[k + 2]
      let transform = size != 1
      if size == dynamicSize || tiles == dynamicSize {
        expected[k + 1] = dynamicSize
      } else {
        if size != (transform ? alpha : 1) { throw OpVerifyError("expect input \(what) equals to input tile size") }
        expected[k + 1] = (transform ? m : 1) &* tiles
      }
    }
    expected[0] = input[4]
    expected[3] = input[5]
    if !compatible(expected, output) { throw OpVerifyError("the output shape is not expected") }
  }
}

// linalg.pack and linalg.unpack (LinalgRelayoutOps.td): tile an unpacked
// tensor or memref into a packed one of higher rank and back.
//
//   linalg.pack %src [padding_value(%p : T)] [outer_dims_perm = [...]]
//     inner_dims_pos = [...] inner_tiles = [8, %t] into %dest [{attrs}]
//     : SRC -> DEST
//
// Operands are source, dest, padding value (pack only) and the dynamic tile
// sizes. The reference's parser gives unpack a four-entry
// `operandSegmentSizes` as well, which, unpack having no such property,
// stays a discardable attribute; that is kept here so generic forms match.

import TorchIRCore

/// ShapedType::kDynamic in static size lists.
let dynamicSize = Int64.min

func registerRelayoutOps(_ context: MLIRContext) {
  for (name, isPack) in [("linalg.pack", true), ("linalg.unpack", false)] {
    let info = OpInfo(
      inherentAttributes: isPack
        ? ["inner_dims_pos", "operandSegmentSizes", "outer_dims_perm", "static_inner_tiles"]
        : ["inner_dims_pos", "outer_dims_perm", "static_inner_tiles"])
    info.parse = { p, state in try parseRelayoutOp(p, &state, isPack: isPack) }
    info.print = { op, p in printRelayoutOp(op, p, isPack: isPack) }
    info.verify = { op in try verifyRelayoutOp(op, isPack: isPack) }
    info.asmResultNames = { op, setName in
      if op.numResults > 0 { setName(op.result(0), isPack ? "pack" : "unpack") }
    }
    context.registerOperation(name, info)
  }
}

/// The operands of a pack or unpack: source, dest, padding value, tiles.
struct RelayoutOperands {
  let source: Value
  let dest: Value
  let paddingValue: Value?
  let dynamicTiles: [Value]
}

func relayoutOperands(_ op: Operation, isPack: Bool) -> RelayoutOperands? {
  let values = op.operandValues
  guard values.count >= 2 else { return nil }
  var padding: Value?
  var rest = Array(values[2...])
  if isPack {
    guard let sizes = linalgDenseArrayValues(op.attr("operandSegmentSizes"), width: 32), sizes.count == 4,
      sizes[0] == 1, sizes[1] == 1, sizes[2] == 0 || sizes[2] == 1, Int(sizes.reduce(0, +)) == values.count
    else { return nil }
    if sizes[2] == 1, let first = rest.first {
      padding = first
      rest.removeFirst()
    }
  }
  return RelayoutOperands(source: values[0], dest: values[1], paddingValue: padding, dynamicTiles: rest)
}

// MARK: Syntax

/// `[8, %t, 4]`: static sizes, with kDynamic where a value is given.
private func parseDynamicIndexList(_ p: any OpAsmParser) throws -> (values: [UnresolvedOperand], sizes: [Int64]) {
  var values: [UnresolvedOperand] = []
  var sizes: [Int64] = []
  // MLIR reports the brackets without the custom-op prefix, where the
  // parser reports a wrong token.
  func bracket(_ b: String) throws {
    do {
      try p.parsePunctuation(b)
    } catch var d as Diagnostic {
      d.message = "expected '\(b)' in dynamic index list"
      throw d
    }
  }
  try bracket("[")
  if p.parseOptionalPunctuation("]") { return (values, sizes) }
  repeat {
    if let v = try p.parseOptionalOperand() {
      values.append(v)
      sizes.append(dynamicSize)
    } else {
      let negative = p.parseOptionalPunctuation("-")
      let n = try p.parseInteger()
      sizes.append(negative ? -n : n)
    }
  } while p.parseOptionalPunctuation(",")
  try bracket("]")
  return (values, sizes)
}

private func parseI64List(_ p: any OpAsmParser) throws -> [Int64] {
  var values: [Int64] = []
  try p.parseCommaSeparatedList(.square) {
    let negative = p.parseOptionalPunctuation("-")
    let n = try p.parseInteger()
    values.append(negative ? -n : n)
  }
  return values
}

private func parseRelayoutOp(_ p: any OpAsmParser, _ state: inout OperationState, isPack: Bool) throws {
  let ctx = p.context
  let source = try p.parseOperand()
  var padding: (UnresolvedOperand, Type)?
  if isPack, p.parseOptionalKeyword("padding_value") {
    try p.parsePunctuation("(")
    let v = try p.parseOperand()
    try p.parsePunctuation(":")
    let t = try p.parseType()
    try p.parsePunctuation(")")
    padding = (v, t)
  }
  if p.parseOptionalKeyword("outer_dims_perm") {
    try p.parsePunctuation("=")
    state.addAttribute("outer_dims_perm", linalgDenseI64Array(ctx, try parseI64List(p)))
  }
  try p.parseKeyword("inner_dims_pos")
  try p.parsePunctuation("=")
  state.addAttribute("inner_dims_pos", linalgDenseI64Array(ctx, try parseI64List(p)))
  try p.parseKeyword("inner_tiles")
  try p.parsePunctuation("=")
  let tilesLoc = p.currentLocation
  let tiles = try parseDynamicIndexList(p)
  state.addAttribute("static_inner_tiles", linalgDenseI64Array(ctx, tiles.sizes))
  try p.parseKeyword("into")
  let dest = try p.parseOperand()
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  let sourceType = try p.parseType()
  guard p.parseOptionalPunctuation("->") else { throw p.error("pack/unpack requires '->' and destination type") }
  let destType = try p.parseType()
  state.operands = [try p.resolveOperand(source, sourceType), try p.resolveOperand(dest, destType)]
  if let (v, t) = padding { state.operands.append(try p.resolveOperand(v, t)) }
  state.operands += try p.resolveOperands(
    tiles.values, Array(repeating: ctx.indexType, count: tiles.values.count), at: tilesLoc)
  state.addAttribute(
    "operandSegmentSizes", linalgDenseI32Array(ctx, [1, 1, padding == nil ? 0 : 1, tiles.values.count]))
  if isRankedTensor(destType) { state.resultTypes = [destType] }
}

private func printI64List(_ p: any OpAsmPrinter, _ values: [Int64]) {
  p.write("[" + values.map(String.init).joined(separator: ", ") + "]")
}

private func printRelayoutOp(_ op: Operation, _ p: any OpAsmPrinter, isPack: Bool) {
  guard let o = relayoutOperands(op, isPack: isPack) else { return }
  p.write(" ")
  p.printOperand(o.source)
  if let pad = o.paddingValue {
    p.write(" padding_value(")
    p.printOperand(pad)
    p.write(" : ")
    p.printType(pad.type)
    p.write(")")
  }
  if let perm = linalgDenseArrayValues(op.attr("outer_dims_perm"), width: 64) {
    p.write(" outer_dims_perm = ")
    printI64List(p, perm)
  }
  p.write(" inner_dims_pos = ")
  printI64List(p, linalgDenseArrayValues(op.attr("inner_dims_pos"), width: 64) ?? [])
  p.write(" inner_tiles = [")
  var dynamicIndex = 0
  for (i, size) in (linalgDenseArrayValues(op.attr("static_inner_tiles"), width: 64) ?? []).enumerated() {
    if i > 0 { p.write(", ") }
    if size == dynamicSize, dynamicIndex < o.dynamicTiles.count {
      p.printOperand(o.dynamicTiles[dynamicIndex])
      dynamicIndex += 1
    } else {
      p.write(String(size))
    }
  }
  p.write("] into ")
  p.printOperand(o.dest)
  p.printOptionalAttrDict(
    linalgAllAttributes(op), elided: ["inner_dims_pos", "operandSegmentSizes", "outer_dims_perm", "static_inner_tiles"])
  p.write(" : ")
  p.printType(o.source.type)
  p.write(" -> ")
  p.printType(o.dest.type)
}

// MARK: Verification

private func verifyRelayoutOp(_ op: Operation, isPack: Bool) throws {
  try linalgVerifyRegionCount(op, 0)
  guard let innerDimsPos = linalgDenseArrayValues(op.attr("inner_dims_pos"), width: 64) else {
    throw OpVerifyError("requires attribute 'inner_dims_pos'")
  }
  guard let staticTiles = linalgDenseArrayValues(op.attr("static_inner_tiles"), width: 64) else {
    throw OpVerifyError("requires attribute 'static_inner_tiles'")
  }
  let outerDimsPerm = linalgDenseArrayValues(op.attr("outer_dims_perm"), width: 64) ?? []
  if isPack {
    guard let sizes = linalgDenseArrayValues(op.attr("operandSegmentSizes"), width: 32), sizes.count == 4 else {
      throw OpVerifyError("'operandSegmentSizes' attribute for specifying operand segments must have 4 elements")
    }
    if sizes.reduce(0, +) != Int64(op.numOperands) {
      throw OpVerifyError(
        "operand count (\(op.numOperands)) does not match with the total size (\(sizes.reduce(0, +))) specified in attribute 'operandSegmentSizes'")
    }
  }
  guard let o = relayoutOperands(op, isPack: isPack) else {
    throw OpVerifyError("expected source, dest and tile size operands")
  }
  let unpacked = isPack ? o.source.type : o.dest.type
  let packed = isPack ? o.dest.type : o.source.type
  guard let unpackedShape = unpacked.shape, let packedShape = packed.shape else {
    throw OpVerifyError("expected ranked tensor or memref operands")
  }
  if o.dynamicTiles.count != staticTiles.filter({ $0 == dynamicSize }).count {
    throw OpVerifyError("expected as many dynamic tile sizes as kDynamic entries in static_inner_tiles")
  }
  try verifyDestinationStyleResults(op, firstOutput: 1, outputCount: 1)
  // commonVerifierPackAndUnPackOp
  if staticTiles.contains(0) { throw opEmitError(op, "invalid zero tile factor") }
  let rank = unpackedShape.count
  func isInvalid(_ dims: [Int64]) -> Bool {
    Set(dims).count != dims.count || dims.contains { $0 < 0 || $0 >= Int64(rank) }
  }
  if isInvalid(innerDimsPos) { throw opEmitError(op, "invalid inner_dims_pos vector") }
  if isInvalid(outerDimsPerm) { throw opEmitError(op, "invalid outer_dims_perm vector") }
  if !outerDimsPerm.isEmpty && outerDimsPerm.count != rank {
    throw opEmitError(op, "outer_dims_perm must be a permutation or empty")
  }
  if staticTiles.count > rank {
    throw opEmitError(
      op, "tiling factors must be less than or equal to the input rank for pack or output rank for unpack")
  }
  if staticTiles.count != innerDimsPos.count {
    throw opEmitError(op, "tiling factors must equal the number of dimensions to tile")
  }
  let expectedRank = rank + staticTiles.count
  if packedShape.count != expectedRank {
    throw opEmitError(op, "packed rank != (unpacked rank + num tiling factors), got \(packedShape.count) != \(expectedRank)")
  }
  let expected = packedShapeOf(unpackedShape, tiles: staticTiles, innerDimsPos: innerDimsPos, outerDimsPerm: outerDimsPerm)
  guard let element = unpacked.elementType else { return }
  func typeText(_ shape: [Int64]) -> String {
    let t: Type
    if case .memref = packed.kind {
      t = op.context.type(.memref(shape: shape, element: element, layout: nil, memorySpace: nil))
    } else {
      t = op.context.tensorType(shape, element)
    }
    return "'\(t)'"
  }
  for (i, (size, tile)) in zip(packedShape.suffix(staticTiles.count), staticTiles).enumerated() {
    if tile == dynamicSize {
      if size != dynamicSize {
        throw opEmitError(
          op, "mismatch in inner tile sizes specified at index \(i): got static shape \(size) but dynamic tile size")
      }
    } else if size != dynamicSize && size != tile {
      throw opEmitError(
        op,
        "mismatch in inner tile sizes specified and shaped of tiled dimension in the packed type at index \(i): got \(size) != \(tile)")
    }
  }
  for (e, a) in zip(expected, packedShape) where e != dynamicSize && a != dynamicSize && e != a {
    throw opEmitError(op, "expected \(typeText(expected)) for the packed domain value, got \(typeText(packedShape))")
  }
  guard isPack else { return }
  if let pad = o.paddingValue, pad.type != element {
    throw OpVerifyError("expected padding_value has '\(element)' but got: '\(pad.type)'")
  }
  if o.paddingValue == nil {
    // Without a padding value every tile must be full.
    for (i, d) in innerDimsPos.enumerated() {
      let size = unpackedShape[Int(d)]
      let tile = staticTiles[i]
      if size != dynamicSize, tile > 0, size % tile != 0 {
        throw OpVerifyError(
          "invalid tile factor or output size provided. Only full tiles are supported when padding_value is not set")
      }
    }
  }
}

/// The packed shape of `shape` (PackOp::inferPackedType): tiled dims divided
/// (rounding up), outer dims permuted, tile sizes appended.
func packedShapeOf(_ shape: [Int64], tiles: [Int64], innerDimsPos: [Int64], outerDimsPerm: [Int64]) -> [Int64] {
  var result = shape
  for (i, d) in innerDimsPos.enumerated() where d >= 0 && Int(d) < result.count && i < tiles.count {
    if result[Int(d)] == dynamicSize { continue }
    if tiles[i] == dynamicSize {
      result[Int(d)] = dynamicSize
      continue
    }
    let tile = tiles[i]
    guard tile > 0 else {
      result[Int(d)] = dynamicSize
      continue
    }
    result[Int(d)] = (result[Int(d)] &+ tile &- 1) / tile
  }
  if outerDimsPerm.count == result.count {
    guard outerDimsPerm.allSatisfy({ $0 >= 0 && Int($0) < result.count }) else { return result + tiles }
    result = outerDimsPerm.map { result[Int($0)] }
  }
  return result + tiles
}

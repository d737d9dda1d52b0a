// The Torch ops generated from PyTorch's operator registry (aten, prims,
// quantized, torchvision): declared in Specs/TorchGenerated.spec, decoded
// from Generated/TorchGeneratedOps.swift. Ops declared `format custom` there
// have Torch-MLIR's default syntax (parseDefaultTorchOp /
// printDefaultTorchOp in its UtilsForODSGenerated.cpp), implemented here:
//
//   %r = torch.aten.add.Tensor %a, %b, %int1 {attrs} : !torch.vtensor, !torch.vtensor, !torch.int -> !torch.vtensor
//
// operands, the optional attribute dictionary, `:`, the operand types, `->`
// only when there are both operands and results, the result types.

import TorchIRCore

/// Registers the generated Torch ops with `context` (the torch dialect must
/// be loaded), with the folders and canonicalizations of TorchAten*.swift.
public func registerGeneratedTorchOps(_ context: MLIRContext) {
  // Once per context, however often the Torch dialects are registered.
  if context.registeredOperation("torch.aten.mm") != nil { return }
  var hooks = DialectHooks()
  hooks.typePredicates = torchTypePredicate
  installGeneratedOpVerifiers(&hooks)
  for (name, numOperands, numResults) in defaultFormatOps.ops {
    hooks.parsers[name] = { p, state in
      try parseDefaultTorchOp(p, &state, numOperands: numOperands, numResults: numResults)
    }
    hooks.printers[name] = { o, p in
      printDefaultTorchOp(o, p, numOperands: numOperands, numResults: numResults)
    }
  }
  installAtenHooks(&hooks)
  _ = SpecRuntime(decodedTorchGeneratedSpec, context: context, hooks: hooks)
}

/// The generated ops, decoded once per process: decoding 764 ops took most
/// of the time of creating a context.
private let decodedTorchGeneratedSpec = DecodedDialectSpec(
  torchGeneratedDialectSpec, typePredicates: torchTypePredicate)

/// The ops with the default syntax and their operand and result counts.
private let defaultFormatOps = DefaultFormatOps()

private struct DefaultFormatOps: Sendable {
  let ops: [(name: String, numOperands: Int, numResults: Int)]
  init() {
    ops = torchGeneratedDialectSpec.ops.filter { $0.format == "custom" }.map {
      ($0.name, $0.operands.split(separator: " ").count, $0.results.split(separator: " ").count)
    }
  }
}

/// Torch-MLIR's parseDefaultTorchOp: exactly `numOperands` operands, then
/// their types only when there are operands, the results' only when there
/// are results.
func parseDefaultTorchOp(
  _ p: any OpAsmParser, _ state: inout OperationState, numOperands: Int, numResults: Int
) throws {
  let loc = p.currentLocation
  let operands = try p.parseOperandList(.none)
  if operands.count != numOperands {
    throw p.error(at: loc, "expected \(numOperands) operands")
  }
  try p.parseOptionalAttrDict(into: &state.attributes)
  try p.parsePunctuation(":")
  if numOperands > 0 {
    let types = try parseTorchTypeList(p)
    if types.count != operands.count {
      throw p.error(at: loc,
        "number of operands and types do not match: got \(operands.count) operands and \(types.count) types")
    }
    state.operands = try p.resolveOperands(operands, types, at: loc)
  }
  if numOperands > 0 && numResults > 0 { try p.parsePunctuation("->") }
  if numResults > 0 { state.resultTypes = try parseTorchTypeList(p) }
}

/// `type (, type)*`: at least one type (MLIR's parseTypeList).
private func parseTorchTypeList(_ p: any OpAsmParser) throws -> [Type] {
  var types = [try p.parseType()]
  while p.parseOptionalPunctuation(",") { types.append(try p.parseType()) }
  return types
}

/// Torch-MLIR's printDefaultTorchOp.
func printDefaultTorchOp(_ op: Operation, _ p: any OpAsmPrinter, numOperands: Int, numResults: Int) {
  if numOperands > 0 {
    p.write(" ")
    p.printOperands(op.operandValues)
  }
  p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [])
  p.write(" : ")
  if numOperands > 0 { p.printTypeList(op.operandValues.map(\.type)) }
  if numOperands > 0 && numResults > 0 { p.write(" -> ") }
  if numResults > 0 { p.printTypeList(op.resultTypes) }
}

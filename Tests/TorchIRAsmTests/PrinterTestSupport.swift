// Helpers for the printer tests: building IR through Core's API (so the
// printer is tested without the parser) and a few registered ops that mimic
// Torch-MLIR's, so that custom forms and result names can be checked against
// torch-mlir-opt's output. Every expected string in the Printer*Tests files
// was produced by /work/venv/bin/torch-mlir-opt (LLVM 24git) from the input
// quoted next to it.

import TorchIRCore
import XCTest

@testable import TorchIRAsm

/// A context that accepts unregistered ops, with the printer's hooks.
func makePrinterTestContext() -> MLIRContext {
  let ctx = MLIRContext()
  ctx.allowUnregisteredDialects = true
  installPrintHooks(ctx)
  return ctx
}

/// A fresh `builtin.module` and its body block.
func makeModule(_ ctx: MLIRContext, location: Location = .unknown) -> (TorchIRCore.Operation, Block) {
  let m = createModuleOp(ctx, location: location)
  return (m, m.region(0).blocks[0])
}

/// Appends an op to `block` (or leaves it detached) and returns it.
@discardableResult
func addOp(
  _ ctx: MLIRContext, _ block: Block?, _ name: String, operands: [Value] = [],
  results: [Type] = [], attributes: [NamedAttribute] = [], properties: Attribute? = nil,
  successors: [Block] = [], regions: Int = 0, location: Location = .unknown
) -> TorchIRCore.Operation {
  var s = OperationState(context: ctx, name: name, location: location)
  s.operands = operands
  s.resultTypes = results
  s.attributes = attributes
  s.properties = properties
  s.successors = successors
  for _ in 0..<regions { s.addRegion() }
  let op = TorchIRCore.Operation(s)
  block?.append(op)
  return op
}

/// Appends a block with arguments to `region`.
@discardableResult
func addBlock(_ region: Region, _ args: [Type] = [], locations: [Location] = []) -> Block {
  let b = Block()
  for (i, t) in args.enumerated() { b.addArgument(t, i < locations.count ? locations[i] : .unknown) }
  region.append(b)
  return b
}

func named(_ name: String, _ value: Attribute) -> NamedAttribute { NamedAttribute(name, value) }

func opaqueType(_ ctx: MLIRContext, _ dialect: String, _ body: String) -> Type {
  ctx.type(.opaque(dialect: dialect, body: body))
}

func floatAttr(_ ctx: MLIRContext, bits: UInt64, _ kind: FloatKind) -> Attribute {
  ctx.attribute(.float(APInt(width: kind.bitWidth, value: bits), ctx.floatType(kind)))
}

func affineMapAttr(_ ctx: MLIRContext, dims: Int, symbols: Int = 0, _ results: [AffineExpr]) -> Attribute {
  ctx.attribute(.affineMap(AffineMap(numDims: dims, numSymbols: symbols, results: results)))
}

/// Little-endian bytes of 32-bit values (dense storage of i32 / f32).
func le32(_ values: [UInt32]) -> [UInt8] {
  values.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}

/// Registers `torch.constant.int`, `torch.constant.none` and
/// `torch.constant.bool` with Torch-MLIR's custom forms and result names
/// (`%int0`, `%none`, `%true`), enough to exercise named values.
func registerTorchConstants(_ ctx: MLIRContext) {
  func register(_ name: String, _ resultName: @escaping (TorchIRCore.Operation) -> String) {
    let info = OpInfo(traits: [.pure, .constantLike], inherentAttributes: ["value"])
    info.print = { op, p in
      if let v = op.attr("value") {
        p.write(" ")
        p.printAttributeWithoutType(v)
      }
      p.printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: ["value"])
    }
    info.asmResultNames = { op, setName in setName(op.result(0), resultName(op)) }
    ctx.registerOperation(name, info)
  }
  register("torch.constant.int") { op in
    "int" + (op.attr("value")?.integerValue?.toString(radix: 10, signed: true) ?? "")
  }
  register("torch.constant.none") { _ in "none" }
  register("torch.constant.bool") { op in
    if case .bool(let b)? = op.attr("value")?.kind { return b ? "true" : "false" }
    return "false"
  }
}

/// `torch.constant.int <v>` producing `!torch.int`.
@discardableResult
func torchInt(_ ctx: MLIRContext, _ block: Block, _ v: Int64) -> TorchIRCore.Operation {
  addOp(ctx, block, "torch.constant.int", results: [opaqueType(ctx, "torch", "int")],
    properties: ctx.dictionaryAttr([named("value", ctx.integerAttr(v, ctx.i64Type))]))
}

/// Prints like mlir-opt: the op, then the newline mlir-opt adds.
func mlirOptOutput(_ op: TorchIRCore.Operation, _ options: AsmPrinterOptions = AsmPrinterOptions()) -> String {
  var o = options
  o.assumeVerified = true
  return operationString(op, options: o) + "\n"
}

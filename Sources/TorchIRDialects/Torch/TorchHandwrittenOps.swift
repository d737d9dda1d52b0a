// Registration of the hand-written Torch ops (TorchOps.td's own ops and the
// prim:: ops of GeneratedTorchOps.td, which PyTorch's schema-generated
// aten/prims ops do not include) and of the torch_c dialect's ops. Each
// dialect registers its ops when it is loaded.

import TorchIRCore

/// Registers the hand-written ops of the `torch` dialect.
public func registerTorchHandwrittenOps(_ context: MLIRContext) {
  for def in torchConstantOpDefs() { def.register(in: context) }
  for def in torchPrimOpDefs() { def.register(in: context) }
  for def in torchTensorOpDefs() { def.register(in: context) }
  for def in torchCalculateOpDefs() { def.register(in: context) }
  for def in torchModuleOpDefs() { def.register(in: context) }
  for def in torchExtraOpDefs() { def.register(in: context) }
  if let torch = context.dialect(torchDialectNamespace) as? TorchDialect {
    torch.readOnlyOps.formUnion(torchReadOnlyOps)
    torch.typeRefinementOps.formUnion(torchTypeRefinementOps)
  }
}

/// Registers the ops of the `torch_c` dialect.
public func registerTorchConversionOps(_ context: MLIRContext) {
  for def in torchConversionOpDefs() { def.register(in: context) }
}

// The folders and canonicalization patterns of the generated aten/prims
// ops, after Torch-MLIR's TorchOps.cpp: one install function per family,
// attached by op name to the generated ops' OpInfo. Order matters where a
// later family wraps an earlier folder of the same op (the identity folds
// first, then the constant folds that Torch-MLIR tries after them).
// Tests/Fixtures/torch_ops/README.md lists which of Torch-MLIR's hooks
// exist and where TorchIR departs from them.

func installAtenHooks(_ hooks: inout DialectHooks) {
  installAtenScalarFolders(&hooks)
  installAtenTensorFolders(&hooks)
  installAtenRewrites(&hooks)
  installAtenConstantFolders(&hooks)
  installAtenElementwiseFolders(&hooks)
  installAtenNoopConversionFolders(&hooks)
  installAtenMoreRewrites(&hooks)
  installAtenElementPickFolders(&hooks)
  installAtenSliceFolder(&hooks)
  installAtenIndexSelectFolder(&hooks)
  installAtenPoolRewrites(&hooks)
  installAtenConvolutionRewrite(&hooks)
  installAtenCatConstantFolder(&hooks)
  installAtenTriangleIndicesFolders(&hooks)
  installAtenStftAndSort(&hooks)
  installAtenUnflattenRewrite(&hooks)
}

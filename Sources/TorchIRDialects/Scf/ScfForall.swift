// scf.forall and scf.forall.in_parallel.

import TorchIRCore

func installScfForallHooks(_ hooks: inout DialectHooks) {
}

func installScfForallRegionVerifiers(_ context: MLIRContext) {
}

import TorchIRCore
import TorchIRDialects

func linalgFastKernel(_ op: Operation, _ plan: StructuredPlan, _ ctx: PrepareContext) throws -> Kernel? { nil }

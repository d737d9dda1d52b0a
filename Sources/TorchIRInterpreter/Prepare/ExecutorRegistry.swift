// The table from op names to executors, consulted only while a function is
// prepared: each op is turned into a `Kernel` closure once, with its operand
// and result slots, types and attributes resolved, so running it does no
// string or dictionary look-up.
//
// Adding a dialect's semantics. Write `Executors/<Dialect>Executors.swift`
// with one function that registers a preparer per op:
//
//     func registerTensorExecutors(_ r: ExecutorRegistry) {
//       r.register("tensor.dim") { op, ctx in
//         let src = ctx.slot(op.operand(0)), idx = ctx.slot(op.operand(1))
//         let res = ctx.slot(op.result(0))
//         let loc = op.location
//         return { frame in
//           guard case .buffer(let b) = frame.slots[src] else { throw ... }
//           ...
//           frame.slots[res] = .int(UInt64(b.shape[d]))
//           return .next
//         }
//       }
//     }
//
// and call it from `ExecutorRegistry.standard()` below. A preparer throws a
// `Diagnostic` at the op's location for anything it cannot run (an element
// type, an attribute); the kernel throws one for run-time faults. Ops with
// regions prepare them with `ctx.prepareRegion(_:)` and run them with
// `PreparedRegion.run(_:_:)`, or, per element of a loop, by writing the
// entry block's argument slots and calling `PreparedRegion.execute(_:)`;
// their region's terminator (scf.yield, linalg.yield) calls
// `frame.setResults(slots)` and returns `.exit`, as func.return does.
// Embedders may also register executors of their own on a registry before
// handing it to an `Interpreter`.

import TorchIRCore

/// What running one op does next.
public enum Step {
  /// Go on with the next op of the block.
  case next
  /// Continue at block `index` of the current region (the terminator has
  /// already written the block's argument slots).
  case jump(Int)
  /// Leave the region; `frame.results` holds the values it yields.
  case exit
}

/// One prepared op.
public typealias Kernel = (Frame) throws -> Step

/// Turns one op into its kernel; throws a located diagnostic for an op it
/// cannot run.
public typealias OpPreparer = (Operation, PrepareContext) throws -> Kernel

public final class ExecutorRegistry {
  private var preparers: [String: OpPreparer] = [:]

  public init() {}

  /// Registers (or replaces) the preparer of `opName`.
  public func register(_ opName: String, _ preparer: @escaping OpPreparer) {
    preparers[opName] = preparer
  }

  public func preparer(for opName: String) -> OpPreparer? { preparers[opName] }

  /// Names of the ops with an executor, sorted.
  public var supportedOps: [String] { preparers.keys.sorted() }

  /// A registry with every executor TorchIR defines.
  public static func standard() -> ExecutorRegistry {
    let r = ExecutorRegistry()
    registerFuncExecutors(r)
    registerArithExecutors(r)
    registerMathExecutors(r)
    registerControlFlowExecutors(r)
    registerTMTensorExecutors(r)
    registerTensorExecutors(r)
    registerTensorGatherScatterExecutors(r)
    registerScfExecutors(r)
    registerMemRefExecutors(r)
    registerMemRefAtomicExecutors(r)
    registerBufferizationExecutors(r)
    registerMLProgramExecutors(r)
    registerLinalgExecutors(r)
    return r
  }
}

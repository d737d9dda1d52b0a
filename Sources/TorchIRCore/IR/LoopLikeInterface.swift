// MLIR's LoopLikeOpInterface, reduced to what loop transforms need: an op is
// a loop when its OpInfo has a `loopLike` entry, which names the regions that
// form the loop body. The other hooks have MLIR's defaults: a value is defined
// outside the loop when the loop op is not an ancestor of the region that
// defines it, and an invariant op moves to just before the loop op.
//
// A dialect makes an op a loop in its `initialize`, e.g. for scf.for:
//
//     info.loopLike = LoopLikeInterface(loopRegions: { [$0.region(0)] })
//
// (scf.while: `{ Array($0.regions) }`, both `before` and `after`). The
// ops inside are hoisted only if they are registered with the `pure` trait
// and everything nested in them is too; an op with regions that MLIR marks
// RecursiveMemoryEffects + RecursivelySpeculatable (scf.if) should carry
// `pure` for the same effect.

public struct LoopLikeInterface {
  /// The regions executed on every iteration (scf.for: its body; scf.while:
  /// `before` and `after`).
  public var loopRegions: (Operation) -> [Region]
  /// Whether `value` is defined outside `loop`; nil uses MLIR's default.
  public var isDefinedOutsideOfLoop: ((_ loop: Operation, _ value: Value) -> Bool)?
  /// Moves `op` out of `loop`; nil moves it just before the loop op.
  public var moveOutOfLoop: ((_ loop: Operation, _ op: Operation) -> Void)?

  public init(
    loopRegions: @escaping (Operation) -> [Region],
    isDefinedOutsideOfLoop: ((Operation, Value) -> Bool)? = nil,
    moveOutOfLoop: ((Operation, Operation) -> Void)? = nil
  ) {
    self.loopRegions = loopRegions
    self.isDefinedOutsideOfLoop = isDefinedOutsideOfLoop
    self.moveOutOfLoop = moveOutOfLoop
  }

  /// The default: `loop` is not an ancestor of the op owning the value's region.
  public static func isDefinedOutside(_ loop: Operation, _ value: Value) -> Bool {
    guard let owner = value.parentRegion?.parentOp else { return true }
    return !loop.isAncestor(of: owner)
  }
}

extension Operation {
  /// The op's loop interface, when it is a loop.
  public var loopLike: LoopLikeInterface? { name.info?.loopLike }
}

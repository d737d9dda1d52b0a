// `loop-invariant-code-motion` (MLIR's LoopInvariantCodeMotionPass). Loops
// are visited innermost first (post-order), so an op hoisted out of an inner
// loop can leave the outer one too. In each loop region, top-level ops are
// taken from a FIFO worklist: an op moves out when it is not a terminator,
// has no memory effects and is speculatable (here: registered, pure, and
// only pure ops nested in it), and every value it or its nested ops use is
// defined outside the loop or inside the op itself. When an op moves, its
// users at the top level of the region are looked at again.

import TorchIRCore

public final class LoopInvariantCodeMotionPass: Pass {
  public override var argument: String { "loop-invariant-code-motion" }
  public override var name: String { "LoopInvariantCodeMotionPass" }
  public override var summary: String { "Hoist loop invariant instructions outside of the loop" }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    var loops: [Operation] = []
    op.walkPostOrder { if $0.loopLike != nil { loops.append($0) } }
    for loop in loops { moveLoopInvariantCode(loop) }
  }
}

/// Hoists the invariant ops of the loop op `loop`; returns how many moved.
@discardableResult
public func moveLoopInvariantCode(_ loop: Operation) -> Int {
  guard let iface = loop.loopLike else { return 0 }
  let isOutside: (Value) -> Bool = { v in
    iface.isDefinedOutsideOfLoop?(loop, v) ?? LoopLikeInterface.isDefinedOutside(loop, v)
  }
  var moved = 0
  for region in iface.loopRegions(loop) {
    var worklist: [Operation] = []
    for b in region.blocks { worklist.append(contentsOf: b.operations) }
    var head = 0
    while head < worklist.count {
      let op = worklist[head]
      head += 1
      if op.parentRegion !== region { continue }
      if !isMemoryEffectFree(op) || !canBeHoisted(op, isOutside) { continue }
      if let move = iface.moveOutOfLoop { move(loop, op) } else { op.moveBefore(loop) }
      moved += 1
      for r in op.results {
        for user in r.users where user.parentRegion === region { worklist.append(user) }
      }
    }
  }
  return moved
}

/// Whether every value `op` and its nested ops use comes from outside the
/// loop or from inside `op`; terminators never move.
private func canBeHoisted(_ op: Operation, _ isOutside: (Value) -> Bool) -> Bool {
  if op.hasTrait(.isTerminator) { return false }
  var ok = true
  op.walk { child in
    guard ok else { return }
    for v in child.operandValues {
      if let owner = v.parentRegion?.parentOp, op.isAncestor(of: owner) { continue }
      if !isOutside(v) {
        ok = false
        return
      }
    }
  }
  return ok
}

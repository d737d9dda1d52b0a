// Canonicalizations of cf.switch (MLIR's SwitchOp patterns, same order): a
// switch with only a default becomes a br; cases that branch like the
// default go; a constant flag picks its successor; pass-through successors
// are skipped; a switch whose only predecessor switched on the same flag
// knows the flag's value (or which values it cannot have).

import TorchIRCore

/// A switch's parts, read from its operand segments.
private struct SwitchParts {
  var flag: Value
  var defaultDest: Block
  var defaultOperands: [Value]
  var values: [APInt]
  var dests: [Block]
  var operands: [[Value]]

  init?(_ op: Operation) {
    guard op.name.name == "cf.switch", let g = switchGroups(op),
      op.successors.count == g.cases.count + 1
    else { return nil }
    let values = caseValues(op) ?? []
    guard values.count == g.cases.count else { return nil }
    flag = g.flag
    defaultDest = op.successor(0)
    defaultOperands = g.defaults
    self.values = values
    dests = (0..<g.cases.count).map { op.successor($0 + 1) }
    operands = g.cases
  }

  /// A new cf.switch at `op`'s location with these parts.
  func state(_ op: Operation) -> OperationState {
    let ctx = op.context
    var state = OperationState(context: ctx, name: "cf.switch", location: op.location)
    state.operands = [flag] + defaultOperands + operands.flatMap { $0 }
    state.successors = [defaultDest] + dests
    if !values.isEmpty {
      let elt = flag.type
      let type = ctx.type(.vector(shape: [Int64(values.count)], scalable: [false], element: elt))
      let bw = denseElementByteWidth(elt)
      var bytes: [UInt8] = []
      for v in values {
        let u = v.asUInt64
        for k in 0..<bw { bytes.append(k < 8 ? UInt8(truncatingIfNeeded: u >> (8 * UInt64(k))) : 0) }
      }
      state.addAttribute("case_values", ctx.denseElementsAttr(type, rawData: bytes))
    }
    state.addAttribute("case_operand_segments", denseI32Array(ctx, operands.map(\.count)))
    state.addAttribute("operandSegmentSizes",
      denseI32Array(ctx, [1, defaultOperands.count, operands.reduce(0) { $0 + $1.count }]))
    return state
  }

  /// The br taken when the flag is `value`.
  func branch(_ op: Operation, for value: APInt) -> OperationState {
    if let i = values.firstIndex(of: value) { return branchState(op, dests[i], operands[i]) }
    return branchState(op, defaultDest, defaultOperands)
  }

  /// Keeps the cases for which `keep` holds.
  func filtered(_ keep: (Int) -> Bool) -> SwitchParts {
    var p = self
    let kept = values.indices.filter(keep)
    p.values = kept.map { values[$0] }
    p.dests = kept.map { dests[$0] }
    p.operands = kept.map { operands[$0] }
    return p
  }
}

private func sameValues(_ a: [Value], _ b: [Value]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0 === $1 }
}

func switchPatterns() -> [any RewritePattern] {
  [
    ClosurePattern("cf.switch", name: "UniformBlockArguments", replaceUniformBlockArguments),
    ClosurePattern("cf.switch", name: "SimplifySwitchWithOnlyDefault") { op, rewriter in
      guard let p = SwitchParts(op), p.dests.isEmpty else { return false }
      rewriter.replaceOp(op, withNew: branchState(op, p.defaultDest, p.defaultOperands))
      return true
    },
    ClosurePattern("cf.switch", name: "DropSwitchCasesThatMatchDefault") { op, rewriter in
      guard let p = SwitchParts(op) else { return false }
      let q = p.filtered { !(p.dests[$0] === p.defaultDest && sameValues(p.operands[$0], p.defaultOperands)) }
      if q.values.count == p.values.count { return false }
      rewriter.replaceOp(op, withNew: q.state(op))
      return true
    },
    ClosurePattern("cf.switch", name: "SimplifyConstSwitchValue") { op, rewriter in
      guard let p = SwitchParts(op), let c = p.flag.definingOp, c.hasTrait(.constantLike),
        let value = c.attr("value")?.integerValue
      else { return false }
      rewriter.replaceOp(op, withNew: p.branch(op, for: value))
      return true
    },
    ClosurePattern("cf.switch", name: "SimplifyPassThroughSwitch") { op, rewriter in
      guard var p = SwitchParts(op) else { return false }
      var changed = false
      for i in p.dests.indices {
        if let (d, o) = collapseBranch(p.dests[i], p.operands[i]) {
          p.dests[i] = d
          p.operands[i] = o
          changed = true
        }
      }
      if let (d, o) = collapseBranch(p.defaultDest, p.defaultOperands) {
        p.defaultDest = d
        p.defaultOperands = o
        changed = true
      }
      if !changed { return false }
      rewriter.replaceOp(op, withNew: p.state(op))
      return true
    },
    ClosurePattern("cf.switch", name: "SimplifySwitchFromSwitchOnSameCondition") { op, rewriter in
      guard let block = op.block, let p = SwitchParts(op), let pred = singlePredecessor(block),
        let predOp = pred.last, let q = SwitchParts(predOp), q.flag === p.flag, q.defaultDest !== block
      else { return false }
      if let i = q.dests.firstIndex(where: { $0 === block }) {
        rewriter.replaceOp(op, withNew: p.branch(op, for: q.values[i]))
      } else {
        rewriter.replaceOp(op, withNew: branchState(op, p.defaultDest, p.defaultOperands))
      }
      return true
    },
    ClosurePattern("cf.switch", name: "SimplifySwitchFromDefaultSwitchOnSameCondition") { op, rewriter in
      guard let block = op.block, let p = SwitchParts(op), let pred = singlePredecessor(block),
        let predOp = pred.last, let q = SwitchParts(predOp), q.flag === p.flag, q.defaultDest === block
      else { return false }
      let impossible = Set(q.values.indices.filter { q.dests[$0] !== block }.map { q.values[$0] })
      let r = p.filtered { !impossible.contains(p.values[$0]) }
      if r.values.count == p.values.count { return false }
      rewriter.replaceOp(op, withNew: r.state(op))
      return true
    },
  ]
}

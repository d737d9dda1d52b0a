// BranchOpInterface for cf.br, cf.cond_br and cf.switch: which operands each
// successor receives, read from and kept in step with `operandSegmentSizes`
// (and `case_operand_segments` for switch), so CFG simplification can drop
// or add forwarded operands.

import TorchIRCore

func installControlFlowInterfaces(_ context: MLIRContext) {
  context.registeredOperation("cf.br")?.info?.branch = BranchOpInterface(
    successorOperands: { op, i in i == 0 ? 0..<op.numOperands : nil },
    eraseSuccessorOperand: { op, _, pos in
      if pos >= 0 && pos < op.numOperands { op.eraseOperand(pos) }
    },
    appendSuccessorOperand: { op, _, v in op.insertOperand(v, at: op.numOperands) })
  context.registeredOperation("cf.cond_br")?.info?.branch = segmentedBranch(caseSegments: false)
  context.registeredOperation("cf.switch")?.info?.branch = segmentedBranch(caseSegments: true)
}

/// Successor 0 takes segment 1; the other successors take segment 2 (cond_br)
/// or their slice of it given by `case_operand_segments` (switch).
private func segmentedBranch(caseSegments: Bool) -> BranchOpInterface {
  struct Layout {
    var sizes: [Int]
    var cases: [Int]
  }
  func layout(_ op: Operation) -> Layout? {
    guard let sizes = denseI32ArrayValues(op.attr("operandSegmentSizes")), sizes.count == 3,
      sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == op.numOperands
    else { return nil }
    if !caseSegments { return Layout(sizes: sizes, cases: [sizes[2]]) }
    guard let cases = denseI32ArrayValues(op.attr("case_operand_segments")),
      cases.allSatisfy({ $0 >= 0 }), cases.reduce(0, +) == sizes[2]
    else { return nil }
    return Layout(sizes: sizes, cases: cases)
  }
  func range(_ l: Layout, _ i: Int) -> Range<Int>? {
    if i == 0 { return 1..<(1 + l.sizes[1]) }
    guard i - 1 < l.cases.count else { return nil }
    let start = 1 + l.sizes[1] + l.cases[..<(i - 1)].reduce(0, +)
    return start..<(start + l.cases[i - 1])
  }
  func store(_ op: Operation, _ l: Layout) {
    op.setAttr("operandSegmentSizes", denseI32Array(op.context, l.sizes))
    if caseSegments { op.setAttr("case_operand_segments", denseI32Array(op.context, l.cases)) }
  }
  func resize(_ l: inout Layout, _ i: Int, by delta: Int) {
    if i == 0 {
      l.sizes[1] += delta
    } else {
      l.sizes[2] += delta
      l.cases[i - 1] += delta
    }
  }
  return BranchOpInterface(
    successorOperands: { op, i in layout(op).flatMap { range($0, i) } },
    eraseSuccessorOperand: { op, i, pos in
      guard var l = layout(op), let r = range(l, i), pos >= 0, pos < r.count else { return }
      op.eraseOperand(r.lowerBound + pos)
      resize(&l, i, by: -1)
      store(op, l)
    },
    appendSuccessorOperand: { op, i, v in
      guard var l = layout(op), let r = range(l, i) else { return }
      op.insertOperand(v, at: r.upperBound)
      resize(&l, i, by: 1)
      store(op, l)
    })
}

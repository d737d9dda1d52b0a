// MLIR's BranchOpInterface, reduced to what CFG transforms need: which
// operands of a terminator are forwarded to the arguments of each successor,
// and how to drop one of them (keeping operand segment attributes in step).
// A terminator without it is treated conservatively: every argument of its
// successors is live and no forwarded operand can be changed.

public struct BranchOpInterface {
  /// The operand indices forwarded to successor `index`, in argument order.
  public var successorOperands: (_ op: Operation, _ index: Int) -> Range<Int>?
  /// Erases the `position`-th operand forwarded to successor `index`.
  public var eraseSuccessorOperand: (_ op: Operation, _ index: Int, _ position: Int) -> Void
  /// Appends `value` to the operands forwarded to successor `index`.
  public var appendSuccessorOperand: (_ op: Operation, _ index: Int, _ value: Value) -> Void

  public init(
    successorOperands: @escaping (Operation, Int) -> Range<Int>?,
    eraseSuccessorOperand: @escaping (Operation, Int, Int) -> Void,
    appendSuccessorOperand: @escaping (Operation, Int, Value) -> Void
  ) {
    self.successorOperands = successorOperands
    self.eraseSuccessorOperand = eraseSuccessorOperand
    self.appendSuccessorOperand = appendSuccessorOperand
  }
}

extension Operation {
  /// The op's branch interface, when it has one.
  public var branchInterface: BranchOpInterface? { name.info?.branch }

  /// The values forwarded to successor `index`, nil without the interface.
  public func forwardedOperands(_ index: Int) -> [Value]? {
    guard let b = branchInterface, let r = b.successorOperands(self, index),
      r.lowerBound >= 0, r.upperBound <= numOperands
    else { return nil }
    return r.map { operand($0) }
  }

  /// Inserts `value` as operand `index` (shifting later ones).
  public func insertOperand(_ value: Value, at index: Int) {
    var vs = operandValues
    vs.insert(value, at: min(max(index, 0), vs.count))
    setOperands(vs)
  }
}

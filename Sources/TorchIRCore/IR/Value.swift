// SSA values and their use lists.
//
// Ownership: an Operation owns its OpOperands and OpResults (arrays); a Block
// owns its BlockArguments. Each OpOperand holds its value strongly and is linked
// into that value's use list through unowned(unsafe) pointers. An operand
// unlinks itself when it is dropped or deallocated, so every operand on a use
// list is alive, and a value's uses can be walked and replaced in O(#uses).

public class Value: Hashable, CustomStringConvertible {
  @exclusivity(unchecked) public internal(set) var type: Type
  @exclusivity(unchecked) unowned(unsafe) var firstUse: OpOperand?
  /// Scratch slot owned by the printer (TorchIRAsm's SSA naming): the number
  /// or name it gave this value, tagged with the naming pass it belongs to, so
  /// that naming a million values needs no dictionary. Nothing else uses it.
  @exclusivity(unchecked) public final var printerSlot: UInt64 = 0

  init(type: Type) { self.type = type }

  public static func == (a: Value, b: Value) -> Bool { a === b }
  public func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }

  /// Changes the type in place (MLIR's `Value::setType`).
  public func setType(_ t: Type) { type = t }

  /// The op defining this value, nil for a block argument.
  public var definingOp: Operation? { nil }
  /// The block in which the value is defined.
  public var parentBlock: Block? { nil }
  public var parentRegion: Region? { parentBlock?.parent }
  public var location: Location { .unknown }

  public var uses: UseSequence { UseSequence(first: firstUse) }
  public var users: [Operation] { uses.map { $0.owner } }
  public var useEmpty: Bool { firstUse == nil }
  public var hasOneUse: Bool {
    guard let f = firstUse else { return false }
    return f.nextUse == nil
  }

  /// Points every use of this value at `other`.
  public func replaceAllUsesWith(_ other: Value) {
    if other === self { return }
    while let use = firstUse { use.set(other) }
  }

  /// Replaces the uses for which `predicate` holds.
  public func replaceUsesWithIf(_ other: Value, _ predicate: (OpOperand) -> Bool) {
    if other === self { return }
    var use = firstUse
    while let u = use {
      use = u.nextUse
      if predicate(u) { u.set(other) }
    }
  }

  public var description: String { "Value(\(type))" }
}

public final class OpResult: Value {
  public unowned(unsafe) let owner: Operation
  public let index: Int
  init(owner: Operation, index: Int, type: Type) {
    self.owner = owner
    self.index = index
    super.init(type: type)
  }
  public override var definingOp: Operation? { owner }
  public override var parentBlock: Block? { owner.block }
  public override var location: Location { owner.location }
}

public final class BlockArgument: Value {
  @exclusivity(unchecked) public internal(set) unowned(unsafe) var owner: Block
  @exclusivity(unchecked) public internal(set) var index: Int
  @exclusivity(unchecked) public var loc: Location
  init(owner: Block, index: Int, type: Type, location: Location) {
    self.owner = owner
    self.index = index
    self.loc = location
    super.init(type: type)
  }
  public override var parentBlock: Block? { owner }
  public override var location: Location { loc }
}

/// One operand slot of an operation.
public final class OpOperand {
  public unowned(unsafe) let owner: Operation
  @exclusivity(unchecked) public internal(set) var index: Int
  @exclusivity(unchecked) public private(set) var value: Value
  @exclusivity(unchecked) unowned(unsafe) var nextUse: OpOperand?
  @exclusivity(unchecked) unowned(unsafe) var prevUse: OpOperand?

  init(owner: Operation, index: Int, value: Value) {
    self.owner = owner
    self.index = index
    self.value = value
    link()
  }

  deinit { unlink() }

  /// Points this operand at another value, moving it between use lists.
  public func set(_ v: Value) {
    if v === value { return }
    unlink()
    value = v
    link()
  }

  private func link() {
    nextUse = value.firstUse
    prevUse = nil
    if let n = nextUse { n.prevUse = self }
    value.firstUse = self
  }

  func unlink() {
    if let p = prevUse {
      p.nextUse = nextUse
    } else if value.firstUse === self {
      value.firstUse = nextUse
    }
    if let n = nextUse { n.prevUse = prevUse }
    nextUse = nil
    prevUse = nil
  }
}

public struct UseSequence: Sequence {
  unowned(unsafe) let first: OpOperand?
  public struct Iterator: IteratorProtocol {
    unowned(unsafe) var current: OpOperand?
    public mutating func next() -> OpOperand? {
      guard let c = current else { return nil }
      current = c.nextUse
      return c
    }
  }
  public func makeIterator() -> Iterator { Iterator(current: first) }
}

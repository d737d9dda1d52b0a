// SSA values and their use lists.
//
// Ownership: an Operation owns its OpOperands and OpResults (arrays); a Block
// owns its BlockArguments. Each OpOperand holds its value strongly and is linked
// into that value's use list through unowned(unsafe) pointers. An operand
// unlinks itself when it is dropped or deallocated, so every operand on a use
// list is alive, and a value's uses can be walked and replaced in O(#uses).

public class Value: Hashable, CustomStringConvertible {
  @usableFromInline @exclusivity(unchecked) var _type: Type
  public internal(set) var type: Type {
    @inlinable get { _type }
    set { _type = newValue }
  }
  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var firstUse: OpOperand?
  /// Scratch slot owned by the printer (TorchIRAsm's SSA naming): the number
  /// or name it gave this value, tagged with the naming pass it belongs to, so
  /// that naming a million values needs no dictionary. Nothing else uses it.
  @usableFromInline @exclusivity(unchecked) var _printerSlot: UInt64 = 0
  /// Scratch slot for a pass's per-value marks (region DCE's liveness),
  /// tagged with a token from `newScratchToken()`.
  @usableFromInline @exclusivity(unchecked) var _scratchTag: UInt64 = 0
  public final var scratchTag: UInt64 {
    @inlinable get { _scratchTag }
    @inlinable set { _scratchTag = newValue }
  }
  public final var printerSlot: UInt64 {
    @inlinable get { _printerSlot }
    @inlinable set { _printerSlot = newValue }
  }

  init(type: Type) { self._type = type }

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

  @inlinable public var uses: UseSequence { UseSequence(first: firstUse) }
  public var users: [Operation] { uses.map { $0.owner } }
  @inlinable public var useEmpty: Bool { firstUse == nil }
  @inlinable public var hasOneUse: Bool {
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
  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var _owner: Block
  public internal(set) var owner: Block {
    @inlinable get { _owner }
    set { _owner = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _index: Int
  public internal(set) var index: Int {
    @inlinable get { _index }
    set { _index = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _loc: Location
  public var loc: Location {
    @inlinable get { _loc }
    @inlinable set { _loc = newValue }
  }
  init(owner: Block, index: Int, type: Type, location: Location) {
    self._owner = owner
    self._index = index
    self._loc = location
    super.init(type: type)
  }
  public override var parentBlock: Block? { owner }
  public override var location: Location { loc }
}

/// One operand slot of an operation.
public final class OpOperand {
  public unowned(unsafe) let owner: Operation
  @usableFromInline @exclusivity(unchecked) var _index: Int
  public internal(set) var index: Int {
    @inlinable get { _index }
    set { _index = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _value: Value
  public private(set) var value: Value {
    @inlinable get { _value }
    set { _value = newValue }
  }
  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var nextUse: OpOperand?
  @exclusivity(unchecked) unowned(unsafe) var prevUse: OpOperand?

  init(owner: Operation, index: Int, value: Value) {
    self.owner = owner
    self._index = index
    self._value = value
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
  @usableFromInline unowned(unsafe) let first: OpOperand?
  @inlinable init(first: OpOperand?) { self.first = first }
  public struct Iterator: IteratorProtocol {
    @usableFromInline unowned(unsafe) var current: OpOperand?
    @inlinable init(current: OpOperand?) { self.current = current }
    @inlinable public mutating func next() -> OpOperand? {
      guard let c = current else { return nil }
      current = c.nextUse
      return c
    }
  }
  @inlinable public func makeIterator() -> Iterator { Iterator(current: first) }
}

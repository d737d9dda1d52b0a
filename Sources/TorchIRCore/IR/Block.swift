// Blocks and regions.
//
// Ownership: a Region owns its blocks (array); a Block owns its operations
// (linked list, see Operation.swift) and its arguments. Parent pointers are
// unowned(unsafe). Tearing down a block releases its ops one at a time, so a
// block of a million ops does not recurse a million deep.

public final class Block: Sequence {
  @usableFromInline @exclusivity(unchecked) var _arguments: ContiguousArray<BlockArgument> = []
  public private(set) var arguments: ContiguousArray<BlockArgument> {
    @inlinable get { _arguments }
    set { _arguments = newValue }
  }
  @exclusivity(unchecked) var firstOp: Operation?
  @exclusivity(unchecked) unowned(unsafe) var lastOp: Operation?
  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var _parent: Region?
  public internal(set) var parent: Region? {
    @inlinable get { _parent }
    set { _parent = newValue }
  }
  /// Predecessor list: the successor operands that name this block.
  @exclusivity(unchecked) unowned(unsafe) var firstUse: BlockOperand?
  @exclusivity(unchecked) var orderValid = false
  @exclusivity(unchecked) public private(set) var count = 0
  /// Scratch slot owned by the printer (its block numbering, tagged with the
  /// naming pass it belongs to). Nothing else uses it.
  @usableFromInline @exclusivity(unchecked) var _printerSlot: UInt64 = 0
  public var printerSlot: UInt64 {
    @inlinable get { _printerSlot }
    @inlinable set { _printerSlot = newValue }
  }

  public init() {}

  deinit {
    var op = firstOp
    firstOp = nil
    while let o = op {
      op = o.next
      o.next = nil
      o.block = nil
    }
  }

  // MARK: Arguments

  @discardableResult
  public func addArgument(_ type: Type, _ location: Location) -> BlockArgument {
    let a = BlockArgument(owner: self, index: arguments.count, type: type, location: location)
    arguments.append(a)
    return a
  }
  public func insertArgument(_ type: Type, _ location: Location, at index: Int) -> BlockArgument {
    let a = BlockArgument(owner: self, index: index, type: type, location: location)
    arguments.insert(a, at: index)
    for i in index..<arguments.count { arguments[i].index = i }
    return a
  }
  /// Erases an argument that has no uses.
  public func eraseArgument(_ index: Int) {
    arguments.remove(at: index)
    for i in index..<arguments.count { arguments[i].index = i }
  }
  public var argumentTypes: [Type] { arguments.map { $0.type } }

  // MARK: Operations

  public var first: Operation? { firstOp }
  public var last: Operation? { lastOp }
  public var isEmpty: Bool { firstOp == nil }
  /// The last op when it is a terminator (registered ops only; an unregistered
  /// op may be a terminator, as in MLIR, so callers that need it use `last`).
  public var terminator: Operation? {
    guard let l = lastOp, l.hasTrait(.isTerminator) else { return nil }
    return l
  }
  @inlinable public var parentOp: Operation? { parent?.parentOp }

  public func append(_ op: Operation) {
    precondition(op.block == nil, "op is already in a block")
    op.block = self
    op.prev = lastOp
    op.next = nil
    if let l = lastOp { l.next = op } else { firstOp = op }
    lastOp = op
    if orderValid { op.orderIndex = (op.prev?.orderIndex ?? 0) + 1 }
    count += 1
  }

  public func prepend(_ op: Operation) {
    if let f = firstOp { insert(op, before: f) } else { append(op) }
  }

  public func insert(_ op: Operation, before other: Operation) {
    precondition(op.block == nil && other.block === self)
    op.block = self
    op.next = other
    op.prev = other.prev
    if let p = other.prev { p.next = op } else { firstOp = op }
    other.prev = op
    orderValid = false
    count += 1
  }

  public func insert(_ op: Operation, after other: Operation) {
    if let n = other.next { insert(op, before: n) } else { append(op) }
  }

  func unlink(_ op: Operation) {
    guard op.block === self else { return }
    if let p = op.prev { p.next = op.next } else { firstOp = op.next }
    if let n = op.next { n.prev = op.prev } else { lastOp = op.prev }
    op.prev = nil
    op.next = nil
    op.block = nil
    count -= 1
  }

  func updateOrderIfNeeded() {
    if orderValid { return }
    var i = 0
    var op = firstOp
    while let o = op {
      o.orderIndex = i
      i += 1
      op = o.next
    }
    orderValid = true
  }

  public struct Iterator: IteratorProtocol {
    var current: Operation?
    public mutating func next() -> Operation? {
      guard let c = current else { return nil }
      current = c.next
      return c
    }
  }
  /// Iterates the ops in order. Erasing the op just returned is safe.
  public func makeIterator() -> Iterator { Iterator(current: firstOp) }
  public var operations: [Operation] { Array(self) }

  // MARK: Predecessors and structure

  public var predecessors: [Operation] {
    var out: [Operation] = []
    var u = firstUse
    while let x = u {
      out.append(x.owner)
      u = x.nextUse
    }
    return out
  }
  public var hasNoPredecessors: Bool { firstUse == nil }
  public var isEntryBlock: Bool { parent?.blocks.first === self }
  public var successors: [Block] { lastOp?.successors.map { $0.block } ?? [] }

  /// Moves every op from `start` (inclusive) to the end into a new block that
  /// is inserted after this one; returns it.
  public func split(before start: Operation) -> Block {
    let nb = Block()
    if let r = parent { r.insert(nb, after: self) }
    var op: Operation? = start
    while let o = op {
      op = o.next
      unlink(o)
      nb.append(o)
    }
    return nb
  }

  func dropAllReferences() {
    for op in self { op.dropAllReferences() }
  }
}

public final class Region {
  @usableFromInline @exclusivity(unchecked) var _blocks: [Block] = []
  public private(set) var blocks: [Block] {
    @inlinable get { _blocks }
    set { _blocks = newValue }
  }
  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var _parentOp: Operation?
  public internal(set) var parentOp: Operation? {
    @inlinable get { _parentOp }
    set { _parentOp = newValue }
  }

  public init(parent: Operation? = nil) { parentOp = parent }

  public var isEmpty: Bool { blocks.isEmpty }
  @inlinable public var entryBlock: Block? { blocks.first }
  public var context: MLIRContext? { parentOp?.context }

  public func append(_ b: Block) {
    b.parent = self
    blocks.append(b)
  }
  public func insert(_ b: Block, after other: Block) {
    b.parent = self
    if let i = blocks.firstIndex(where: { $0 === other }) {
      blocks.insert(b, at: i + 1)
    } else {
      blocks.append(b)
    }
  }
  public func insert(_ b: Block, at index: Int) {
    b.parent = self
    blocks.insert(b, at: index)
  }
  public func remove(_ b: Block) {
    blocks.removeAll { $0 === b }
    b.parent = nil
  }
  /// Moves all blocks of `other` to the end of this region.
  public func takeBody(_ other: Region) {
    for b in other.blocks { append(b) }
    other.blocks.removeAll()
  }
  public func index(of b: Block) -> Int? { blocks.firstIndex { $0 === b } }

  /// Whether `self` contains `op` at any depth.
  public func isAncestor(of op: Operation) -> Bool {
    var r: Region? = op.parentRegion
    while let x = r {
      if x === self { return true }
      r = x.parentOp?.parentRegion
    }
    return false
  }

  public func dropAllReferences() {
    for b in blocks { b.dropAllReferences() }
  }
}

// Operations.
//
// Ownership: a Block owns its operations through a doubly linked list (strong
// `next`, unowned `prev`), so inserting or erasing an op is O(1). An operation
// owns its regions, operands and results; back pointers (to the parent block,
// from values to their owner) are unowned(unsafe) and valid while the op is in
// the IR. `erase()` is the way to delete an op that is in a block.

import Synchronization

public final class Operation: CustomStringConvertible {
  public let name: OperationName
  @usableFromInline @exclusivity(unchecked) var _location: Location
  public var location: Location {
    @inlinable get { _location }
    @inlinable set { _location = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _operands: ContiguousArray<OpOperand> = []
  public private(set) var operands: ContiguousArray<OpOperand> {
    @inlinable get { _operands }
    set { _operands = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _results: ContiguousArray<OpResult> = []
  public private(set) var results: ContiguousArray<OpResult> {
    @inlinable get { _results }
    set { _results = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _regions: ContiguousArray<Region> = []
  public private(set) var regions: ContiguousArray<Region> {
    @inlinable get { _regions }
    set { _regions = newValue }
  }
  @usableFromInline @exclusivity(unchecked) var _successors: ContiguousArray<BlockOperand> = []
  public private(set) var successors: ContiguousArray<BlockOperand> {
    @inlinable get { _successors }
    set { _successors = newValue }
  }
  /// The inherent attributes (MLIR's properties, `<{...}>`): a dictionary
  /// attribute for registered ops, any attribute for unregistered ones.
  @usableFromInline @exclusivity(unchecked) var _properties: Attribute?
  public var properties: Attribute? {
    @inlinable get { _properties }
    @inlinable set { _properties = newValue }
  }
  /// Discardable attributes (`{...}`), a dictionary attribute.
  @usableFromInline @exclusivity(unchecked) var _attributes: Attribute
  public var attributes: Attribute {
    @inlinable get { _attributes }
    @inlinable set { _attributes = newValue }
  }

  @usableFromInline @exclusivity(unchecked) unowned(unsafe) var _block: Block?
  public internal(set) var block: Block? {
    @inlinable get { _block }
    set { _block = newValue }
  }
  @exclusivity(unchecked) var next: Operation?
  @exclusivity(unchecked) unowned(unsafe) var prev: Operation?
  /// Scratch slot for a pass's per-op bookkeeping (the greedy driver keeps
  /// the op's worklist position here), tagged with a token from
  /// `newScratchToken()` so that a value left by another run reads as absent.
  @usableFromInline @exclusivity(unchecked) var _scratchTag: UInt64 = 0
  @usableFromInline @exclusivity(unchecked) var _scratchIndex: Int = 0
  public var scratchTag: UInt64 {
    @inlinable get { _scratchTag }
    @inlinable set { _scratchTag = newValue }
  }
  public var scratchIndex: Int {
    @inlinable get { _scratchIndex }
    @inlinable set { _scratchIndex = newValue }
  }
  /// Position in the parent block, valid while `block.orderValid`.
  @exclusivity(unchecked) var orderIndex = 0

  public init(
    name: OperationName, location: Location, operands: [Value], resultTypes: [Type],
    properties: Attribute?, attributes: Attribute, successors: [Block], regionCount: Int
  ) {
    self.name = name
    self._location = location
    self._properties = properties
    self._attributes = attributes
    if !operands.isEmpty {
      self._operands = ContiguousArray(unsafeUninitializedCapacity: operands.count) { buf, count in
        guard let base = buf.baseAddress else { return }
        for v in operands {
          (base + count).initialize(to: OpOperand(owner: self, index: count, value: v))
          count += 1
        }
      }
    }
    if !resultTypes.isEmpty {
      self._results = ContiguousArray(unsafeUninitializedCapacity: resultTypes.count) { buf, count in
        guard let base = buf.baseAddress else { return }
        for t in resultTypes {
          (base + count).initialize(to: OpResult(owner: self, index: count, type: t))
          count += 1
        }
      }
    }
    if !successors.isEmpty {
      var succ = ContiguousArray<BlockOperand>()
      for (i, b) in successors.enumerated() { succ.append(BlockOperand(owner: self, index: i, block: b)) }
      self._successors = succ
    }
    if regionCount > 0 {
      var regs = ContiguousArray<Region>()
      for _ in 0..<regionCount { regs.append(Region(parent: self)) }
      self._regions = regs
    }
  }

  /// Creates an op from a filled-in state; inherent attributes given as
  /// discardable ones are moved into the properties, as MLIR does.
  public convenience init(_ state: __owned OperationState) {
    let ctx = state.context
    var props = state.properties
    var attrDict: Attribute? = nil
    if let info = state.name.info {
      if props == nil && !state.attributes.isEmpty && !info.inherentAttributes.isEmpty {
        let inherentNames = info.inherentAttributes
        var inherent: [NamedAttribute] = []
        var rest: [NamedAttribute] = []
        for a in state.attributes {
          if inherentNames.contains(a.name) { inherent.append(a) } else { rest.append(a) }
        }
        if !inherent.isEmpty {
          props = ctx.dictionaryAttr(inherent)
          attrDict = ctx.dictionaryAttr(rest)
        }
      }
      if !info.defaultProperties.isEmpty {
        if props == nil {
          if let d = info.defaultPropertiesDictionary, d.context === ctx {
            props = d
          } else {
            let d = ctx.dictionaryAttr(info.defaultProperties)
            props = d
            info.defaultPropertiesDictionary = d
          }
        } else if var entries = props?.dictionaryEntries {
          for d in info.defaultProperties where !entries.contains(where: { $0.name == d.name }) {
            entries.append(d)
          }
          props = ctx.dictionaryAttr(entries)
        }
      }
    }
    self.init(
      name: state.name, location: state.location, operands: state.operands,
      resultTypes: state.resultTypes, properties: props,
      attributes: attrDict ?? ctx.dictionaryAttr(state.attributes), successors: state.successors,
      regionCount: 0)
    if !state.regions.isEmpty {
      regions.reserveCapacity(state.regions.count)
      for r in state.regions {
        r.parentOp = self
        regions.append(r)
      }
    }
  }

  deinit {
    // Keep back pointers of detached values from dangling if a value outlives us.
    for r in regions { r.parentOp = nil }
  }

  public var context: MLIRContext { attributes.context }

  // MARK: Operands

  public var operandValues: [Value] { operands.map { $0.value } }
  @inlinable public var numOperands: Int { operands.count }
  @inlinable public func operand(_ i: Int) -> Value { operands[i].value }
  public func setOperand(_ i: Int, _ v: Value) { operands[i].set(v) }
  /// Replaces the whole operand list.
  public func setOperands(_ values: [Value]) {
    for o in operands { o.unlink() }
    operands = ContiguousArray(values.enumerated().map { OpOperand(owner: self, index: $0, value: $1) })
  }
  public func eraseOperand(_ i: Int) {
    operands[i].unlink()
    operands.remove(at: i)
    for j in i..<operands.count { operands[j].index = j }
  }
  /// Operand and result types.
  public var operandTypes: [Type] { operands.map { $0.value.type } }
  public var resultTypes: [Type] { results.map { $0.type } }
  @inlinable public var numResults: Int { results.count }
  @inlinable public func result(_ i: Int) -> OpResult { results[i] }

  // MARK: Regions and successors

  public func region(_ i: Int) -> Region { regions[i] }
  public func addRegion() -> Region {
    let r = Region(parent: self)
    regions.append(r)
    return r
  }
  public func successor(_ i: Int) -> Block { successors[i].block }
  public func setSuccessor(_ i: Int, _ b: Block) { successors[i].set(b) }

  // MARK: Attributes

  /// An inherent (property) or discardable attribute by name.
  public func attr(_ name: String) -> Attribute? {
    if let p = properties, let v = p.lookup(name) { return v }
    return attributes.lookup(name)
  }
  public func discardableAttr(_ name: String) -> Attribute? { attributes.lookup(name) }

  /// Sets an attribute: inherent names of a registered op go to the properties.
  public func setAttr(_ name: String, _ value: Attribute) {
    let ctx = attributes.context
    if let info = self.name.info, info.inherentAttributes.contains(name) {
      var entries = properties?.dictionaryEntries ?? []
      entries.removeAll { $0.name == name }
      entries.append(NamedAttribute(name, value))
      properties = ctx.dictionaryAttr(entries)
    } else {
      var entries = attributes.dictionaryEntries ?? []
      entries.removeAll { $0.name == name }
      entries.append(NamedAttribute(name, value))
      attributes = ctx.dictionaryAttr(entries)
    }
  }
  public func removeAttr(_ name: String) {
    let ctx = attributes.context
    if var entries = attributes.dictionaryEntries, entries.contains(where: { $0.name == name }) {
      entries.removeAll { $0.name == name }
      attributes = ctx.dictionaryAttr(entries)
    } else if var entries = properties?.dictionaryEntries,
      entries.contains(where: { $0.name == name })
    {
      entries.removeAll { $0.name == name }
      properties = ctx.dictionaryAttr(entries)
    }
  }

  // MARK: Structure

  @inlinable public var parentRegion: Region? { block?.parent }
  @inlinable public var parentOp: Operation? { block?.parent?.parentOp }
  public var nextInBlock: Operation? { next }
  public var prevInBlock: Operation? { prev }
  @inlinable public func hasTrait(_ t: OpTraits) -> Bool { name.hasTrait(t) }
  @inlinable public var isRegistered: Bool { name.isRegistered }

  /// Whether `self` is an ancestor of `other` or `other` itself.
  public func isAncestor(of other: Operation) -> Bool {
    var cur: Operation? = other
    while let c = cur {
      if c === self { return true }
      cur = c.parentOp
    }
    return false
  }

  /// The first enclosing op for which `pred` holds.
  public func parent(where pred: (Operation) -> Bool) -> Operation? {
    var cur = parentOp
    while let c = cur {
      if pred(c) { return c }
      cur = c.parentOp
    }
    return nil
  }

  /// Whether this op comes before `other` in the same block (O(1) amortized).
  public func isBeforeInBlock(_ other: Operation) -> Bool {
    guard let b = block, other.block === b else { return false }
    b.updateOrderIfNeeded()
    return orderIndex < other.orderIndex
  }

  /// Unlinks the op from its block without destroying it.
  public func remove() {
    block?.unlink(self)
  }

  /// Removes the op from its block and drops every reference it holds (its
  /// operands and those of nested ops). Its results must have no uses left.
  public func erase() {
    dropAllReferences()
    remove()
  }

  /// Moves the op just before `other`.
  public func moveBefore(_ other: Operation) {
    remove()
    other.block?.insert(self, before: other)
  }
  public func moveAfter(_ other: Operation) {
    remove()
    other.block?.insert(self, after: other)
  }

  /// Unlinks all operands and successors of this op and of every nested op.
  public func dropAllReferences() {
    for o in operands { o.unlink() }
    for s in successors { s.unlink() }
    for r in regions { r.dropAllReferences() }
  }

  /// Replaces all uses of the results with `values`.
  public func replaceAllUsesWith(_ values: [Value]) {
    precondition(values.count == results.count, "replacement count must match result count")
    for (r, v) in zip(results, values) { r.replaceAllUsesWith(v) }
  }

  /// Visits this op and every nested op, in pre-order (parents before children),
  /// without recursion so that deep nesting cannot overflow the stack.
  public func walk(_ visit: (Operation) -> Void) {
    var stack: [Operation] = [self]
    while let op = stack.popLast() {
      visit(op)
      for r in op.regions.reversed() {
        for b in r.blocks.reversed() {
          var children: [Operation] = []
          for c in b { children.append(c) }
          stack.append(contentsOf: children.reversed())
        }
      }
    }
  }

  /// Visits nested ops in post-order (children before parents).
  public func walkPostOrder(_ visit: (Operation) -> Void) {
    var stack: [(Operation, Bool)] = [(self, false)]
    while let (op, expanded) = stack.popLast() {
      if expanded {
        visit(op)
        continue
      }
      stack.append((op, true))
      for r in op.regions.reversed() {
        for b in r.blocks.reversed() {
          var children: [Operation] = []
          for c in b { children.append(c) }
          for c in children.reversed() { stack.append((c, false)) }
        }
      }
    }
  }

  public var description: String { attributes.context.printHooks.operation(self) }

  func appendRegion(_ r: Region) {
    r.parentOp = self
    regions.append(r)
  }
}

/// Everything needed to create an operation; filled in by parsers and builders.
public struct OperationState {
  public let context: MLIRContext
  public var name: OperationName
  public var location: Location
  public var operands: [Value] = []
  public var resultTypes: [Type] = []
  public var properties: Attribute?
  public var attributes: [NamedAttribute] = []
  public var successors: [Block] = []
  public var regions: [Region] = []

  public init(context: MLIRContext, name: OperationName, location: Location) {
    self.context = context
    self.name = name
    self.location = location
  }
  public init(context: MLIRContext, name: String, location: Location) {
    self.init(context: context, name: context.operationName(name), location: location)
  }

  public mutating func addAttribute(_ name: String, _ value: Attribute) {
    attributes.append(NamedAttribute(name, value))
  }
  /// Adds a new empty region (owned by the op once created).
  @discardableResult
  public mutating func addRegion() -> Region {
    let r = Region(parent: nil)
    regions.append(r)
    return r
  }
  public func attribute(_ name: String) -> Attribute? {
    if let p = properties, let v = p.lookup(name) { return v }
    return attributes.last { $0.name == name }?.value
  }
}

/// One successor slot of a terminator; linked into the block's predecessor list.
public final class BlockOperand {
  public unowned(unsafe) let owner: Operation
  public let index: Int
  public private(set) var block: Block
  unowned(unsafe) var nextUse: BlockOperand?
  unowned(unsafe) var prevUse: BlockOperand?

  init(owner: Operation, index: Int, block: Block) {
    self.owner = owner
    self.index = index
    self.block = block
    link()
  }
  deinit { unlink() }

  public func set(_ b: Block) {
    if b === block { return }
    unlink()
    block = b
    link()
  }
  private func link() {
    nextUse = block.firstUse
    prevUse = nil
    if let n = nextUse { n.prevUse = self }
    block.firstUse = self
  }
  func unlink() {
    if let p = prevUse {
      p.nextUse = nextUse
    } else if block.firstUse === self {
      block.firstUse = nextUse
    }
    if let n = nextUse { n.prevUse = prevUse }
    nextUse = nil
    prevUse = nil
  }
}

private let scratchTokens = Atomic<UInt64>(0)

/// A fresh token for `Operation.scratchTag` (never 0, unique per process).
public func newScratchToken() -> UInt64 {
  scratchTokens.add(1, ordering: .relaxed).newValue
}

// Unretained parent links, for hot identity walks (a greedy driver's
// worklist climbs from an op to the simplified region on every change):
// plain references would be retained and released at each step.
extension Operation {
  @inlinable public var unretainedParentRegion: Unmanaged<Region>? {
    guard let b = _block, let r = b._parent else { return nil }
    return Unmanaged.passUnretained(r)
  }
}
extension Region {
  @inlinable public var unretainedParentOp: Unmanaged<Operation>? {
    guard let o = _parentOp else { return nil }
    return Unmanaged.passUnretained(o)
  }
}

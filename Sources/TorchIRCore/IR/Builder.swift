// Builder: creates ops at an insertion point.

public struct InsertionPoint {
  public let block: Block
  /// The op before which new ops go; nil means the end of the block.
  public let before: Operation?
  public static func atEnd(_ b: Block) -> InsertionPoint { InsertionPoint(block: b, before: nil) }
  public static func atStart(_ b: Block) -> InsertionPoint { InsertionPoint(block: b, before: b.first) }
  public static func before(_ op: Operation) -> InsertionPoint? {
    guard let b = op.block else { return nil }
    return InsertionPoint(block: b, before: op)
  }
  public static func after(_ op: Operation) -> InsertionPoint? {
    guard let b = op.block else { return nil }
    return InsertionPoint(block: b, before: op.nextInBlock)
  }
}

public struct OpBuilder {
  public let context: MLIRContext
  public var insertionPoint: InsertionPoint?

  public init(_ context: MLIRContext, at ip: InsertionPoint? = nil) {
    self.context = context
    self.insertionPoint = ip
  }

  public mutating func setInsertionPointToEnd(_ b: Block) { insertionPoint = .atEnd(b) }
  public mutating func setInsertionPointToStart(_ b: Block) { insertionPoint = .atStart(b) }
  public mutating func setInsertionPoint(before op: Operation) { insertionPoint = .before(op) }
  public mutating func setInsertionPoint(after op: Operation) { insertionPoint = .after(op) }

  /// Inserts `op` at the insertion point (if any) and returns it.
  @discardableResult
  public func insert(_ op: Operation) -> Operation {
    if let ip = insertionPoint {
      if let b = ip.before { ip.block.insert(op, before: b) } else { ip.block.append(op) }
    }
    return op
  }

  /// Creates an op from `state` at the insertion point.
  @discardableResult
  public func create(_ state: OperationState) -> Operation { insert(Operation(state)) }

  /// Creates an op by name.
  @discardableResult
  public func create(
    _ name: String, location: Location = .unknown, operands: [Value] = [],
    resultTypes: [Type] = [], attributes: [NamedAttribute] = [], regionCount: Int = 0
  ) -> Operation {
    var s = OperationState(context: context, name: name, location: location)
    s.operands = operands
    s.resultTypes = resultTypes
    s.attributes = attributes
    for _ in 0..<regionCount { s.addRegion() }
    return create(s)
  }

  /// Creates a block at the end of `region` with the given arguments and sets
  /// the insertion point to its end.
  @discardableResult
  public mutating func createBlock(_ region: Region, argumentTypes: [Type] = [], locations: [Location] = []) -> Block {
    let b = Block()
    for (i, t) in argumentTypes.enumerated() {
      b.addArgument(t, i < locations.count ? locations[i] : .unknown)
    }
    region.append(b)
    insertionPoint = .atEnd(b)
    return b
  }
}

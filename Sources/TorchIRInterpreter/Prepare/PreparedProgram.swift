// A function compiled for the interpreter: every SSA value of the function
// (nested regions included) has a slot in one frame array, every op is a
// kernel closure, and blocks are numbered so that branches are indices.

import TorchIRCore

/// The state of one function activation: its value slots and the values
/// the region being left yields.
public final class Frame {
  @exclusivity(unchecked) public var slots: [RuntimeValue]
  /// Written by a region's terminator just before it returns `.exit`
  /// (see `setResults`).
  @exclusivity(unchecked) public var results: [RuntimeValue] = []
  public unowned let execution: Execution

  init(slotCount: Int, execution: Execution) {
    slots = [RuntimeValue](repeating: .int(0), count: slotCount)
    self.execution = execution
  }

  /// What a terminator does before returning `.exit`: `results` becomes the
  /// values of `resultSlots`, reusing its storage.
  @inline(__always) public func setResults(_ resultSlots: [Int]) {
    results.removeAll(keepingCapacity: true)
    for s in resultSlots { results.append(slots[s]) }
  }
}

/// What one run shares across calls: the call depth and its limit.
public final class Execution {
  public let maxCallDepth: Int
  public internal(set) var callDepth = 0

  init(maxCallDepth: Int) { self.maxCallDepth = maxCallDepth }

  /// Runs `function` on `arguments` in a new frame.
  public func call(
    _ function: PreparedFunction, _ arguments: [RuntimeValue], at location: Location
  ) throws -> [RuntimeValue] {
    guard let body = function.body else {
      throw RuntimeFault.error(location, "function @\(function.name) is not prepared")
    }
    if callDepth >= maxCallDepth {
      throw RuntimeFault.error(
        location, "call depth exceeds the limit of \(maxCallDepth) (unbounded recursion?)")
    }
    callDepth += 1
    defer { callDepth -= 1 }
    let frame = Frame(slotCount: function.slotCount, execution: self)
    return try body.run(frame, arguments)
  }
}

final class PreparedBlock {
  let argumentSlots: [Int]
  /// The kernels, in a buffer of their own so that running them walks raw
  /// memory (no array bounds checks or retains per op).
  private(set) var kernels: UnsafeMutableBufferPointer<Kernel> = .init(start: nil, count: 0)
  /// Where a block that falls off its end (no terminator) is reported.
  let location: Location
  init(argumentSlots: [Int], location: Location) {
    self.argumentSlots = argumentSlots
    self.location = location
  }
  func setKernels(_ ks: [Kernel]) {
    kernels.deinitialize()
    kernels.deallocate()
    kernels = .allocate(capacity: ks.count)
    _ = kernels.initialize(from: ks)
  }
  deinit {
    kernels.deinitialize()
    kernels.deallocate()
  }
}

/// A prepared region: its blocks, entry first.
public final class PreparedRegion {
  let blocks: [PreparedBlock]
  init(blocks: [PreparedBlock]) { self.blocks = blocks }

  /// Slots of the entry block's arguments.
  public var entryArgumentSlots: [Int] { blocks.first?.argumentSlots ?? [] }

  /// Runs the region from its entry block with `arguments` bound to the entry
  /// block's arguments; returns what its terminator yields.
  public func run(_ frame: Frame, _ arguments: [RuntimeValue]) throws -> [RuntimeValue] {
    guard let entry = blocks.first else { return [] }
    for (s, v) in zip(entry.argumentSlots, arguments) { frame.slots[s] = v }
    try execute(frame)
    return frame.results
  }

  /// Runs the region from its entry block, whose argument slots the caller
  /// has filled (`entryArgumentSlots`). On return `frame.results` holds the
  /// yielded values until the next region of this frame runs: a loop that
  /// runs a body per element reads them at once and allocates nothing.
  public func execute(_ frame: Frame) throws {
    var b = 0
    let count = blocks.count
    while b < count {
      let block = blocks[b]
      let kernels = block.kernels
      var i = 0
      let n = kernels.count
      var jumped = false
      while i < n {
        switch try kernels[i](frame) {
        case .next:
          i += 1
        case .jump(let target):
          b = target
          jumped = true
          i = n
        case .exit:
          return
        }
      }
      if !jumped {
        throw RuntimeFault.error(block.location, "block ended without a terminator")
      }
    }
  }
}

/// A func.func prepared for running.
public final class PreparedFunction {
  public let name: String
  public let operation: Operation
  public let argumentTypes: [Type]
  public let resultTypes: [Type]
  /// Set once the body is prepared (a recursive call refers to the function
  /// before that).
  public internal(set) var body: PreparedRegion?
  public internal(set) var slotCount = 0

  init(name: String, operation: Operation, argumentTypes: [Type], resultTypes: [Type]) {
    self.name = name
    self.operation = operation
    self.argumentTypes = argumentTypes
    self.resultTypes = resultTypes
  }
}

/// Where a successor's arguments go.
public struct BranchTarget {
  public let blockIndex: Int
  public let argumentSlots: [Int]
}

/// What a preparer sees: slots of values, block indices, nested regions and
/// callees. Built per function; used only while preparing.
public final class PrepareContext {
  public unowned let interpreter: Interpreter
  private var slotOf: [ObjectIdentifier: Int] = [:]
  private var targets: [ObjectIdentifier: BranchTarget] = [:]
  public private(set) var slotCount = 0

  init(interpreter: Interpreter) { self.interpreter = interpreter }

  /// The slot of `value` (assigned on first request).
  public func slot(_ value: Value) -> Int {
    let id = ObjectIdentifier(value)
    if let s = slotOf[id] { return s }
    let s = slotCount
    slotCount += 1
    slotOf[id] = s
    return s
  }

  public func slots(_ values: [Value]) -> [Int] { values.map { slot($0) } }

  /// The index and argument slots of `block`, a block of a region being
  /// prepared.
  public func target(_ block: Block, for op: Operation) throws -> BranchTarget {
    guard let t = targets[ObjectIdentifier(block)] else {
      throw Diagnostic.error(op.location, "'\(op.name.name)' op branches to a block outside its region")
    }
    return t
  }

  /// Prepares every op of `region` (numbering its blocks first, so that
  /// branches may go forward).
  public func prepareRegion(_ region: Region) throws -> PreparedRegion {
    var blocks: [PreparedBlock] = []
    for (i, b) in region.blocks.enumerated() {
      let argSlots = slots(b.arguments.map { $0 })
      targets[ObjectIdentifier(b)] = BranchTarget(blockIndex: i, argumentSlots: argSlots)
      let loc = b.last?.location ?? region.parentOp?.location ?? .unknown
      blocks.append(PreparedBlock(argumentSlots: argSlots, location: loc))
    }
    for (i, b) in region.blocks.enumerated() {
      var kernels: [Kernel] = []
      kernels.reserveCapacity(b.count)
      for op in b { kernels.append(try prepareOperation(op)) }
      blocks[i].setKernels(kernels)
    }
    return PreparedRegion(blocks: blocks)
  }

  /// The kernel of one op, from the registry; an op without an executor is
  /// reported here, before anything runs.
  public func prepareOperation(_ op: Operation) throws -> Kernel {
    let name = op.name.name
    guard let preparer = interpreter.registry.preparer(for: name) else {
      throw Diagnostic.error(op.location, "'\(name)' op is not supported by the interpreter")
    }
    let kernel = try preparer(op, self)
    guard let times = interpreter.opTimes else { return kernel }
    let kind = times.kind(name)
    return { frame in
      let start = monotonicNanoseconds()
      defer { times.add(kind, monotonicNanoseconds() &- start) }
      return try kernel(frame)
    }
  }

  /// The function that `callee` (a symbol reference) names, seen from `op`;
  /// its body is prepared before anything runs.
  public func function(_ callee: Attribute, from op: Operation) throws -> PreparedFunction {
    guard let target = SymbolTable.lookupNearest(callee, from: op) else {
      throw Diagnostic.error(op.location, "'\(op.name.name)' op refers to an undefined function \(callee)")
    }
    // Prepared later from the interpreter's worklist (calls may recurse).
    return try interpreter.declare(function: target, from: op)
  }

  /// The element type of `type` (a scalar, or the element of a shaped
  /// type), or a diagnostic naming `op`.
  public func elementType(_ type: Type, of op: Operation) throws -> ElementType {
    let scalar = type.isShaped ? (type.elementType ?? type) : type
    guard let e = ElementType(scalar) else {
      throw Diagnostic.error(
        op.location, "'\(op.name.name)' op: element type \(scalar) is not supported by the interpreter")
    }
    return e
  }
}

// The interpreter's entry points: pick the entry function, prepare it (and
// every function it calls, transitively) once, check the arguments, run.
//
//     let interp = Interpreter(module: module)
//     let entry = try interp.prepare(function: try Interpreter.entryFunction(in: module, named: nil))
//     let results = try interp.run(entry, arguments)
//
// Every failure is a `Diagnostic` located at the op concerned.

import TorchIRCore

public struct InterpreterOptions {
  /// Calls nested deeper than this fail with a diagnostic.
  public var maxCallDepth = 1000
  /// Whether to time every op kind (`Interpreter.opTimes`).
  public var timeOps = false
  public init() {}
}

public final class Interpreter {
  public let module: Operation
  public let registry: ExecutorRegistry
  public let options: InterpreterOptions
  /// Time per op kind (inclusive: a call's time includes its callee's ops),
  /// when `options.timeOps` is set.
  public let opTimes: OpTimes?
  private var functions: [ObjectIdentifier: PreparedFunction] = [:]
  private var executorStates: [String: AnyObject] = [:]

  public init(
    module: Operation, registry: ExecutorRegistry = .standard(), options: InterpreterOptions = InterpreterOptions()
  ) {
    self.module = module
    self.registry = registry
    self.options = options
    self.opTimes = options.timeOps ? OpTimes() : nil
  }

  /// The function `name`, or when nil: the only public func.func, else the
  /// one named main, forward or main_graph.
  public static func entryFunction(in module: Operation, named name: String?) throws -> Operation {
    var funcs: [Operation] = []
    module.walk { op in
      if op.name.name == "func.func" { funcs.append(op) }
    }
    let loc = module.location
    if let name {
      guard let f = funcs.first(where: { SymbolTable.symbolName($0) == name }) else {
        throw Diagnostic.error(loc, "no function named '\(name)' in the module")
      }
      return f
    }
    let candidates = funcs.filter { SymbolTable.visibility($0) == .public && !$0.regions[0].isEmpty }
    if candidates.count == 1 { return candidates[0] }
    for preferred in ["main", "forward", "main_graph"] {
      if let f = candidates.first(where: { SymbolTable.symbolName($0) == preferred }) { return f }
    }
    if candidates.isEmpty {
      throw Diagnostic.error(loc, "the module has no public function with a body to run")
    }
    let names = candidates.compactMap { SymbolTable.symbolName($0) }.map { "@" + $0 }
    throw Diagnostic.error(
      loc, "several public functions (\(names.joined(separator: ", "))): choose one with --entry")
  }

  /// Prepares `op` (a func.func) and, transitively, every function it calls,
  /// so that an op the interpreter cannot run is reported before anything
  /// runs. Callees are prepared from a worklist, not by recursion, so a long
  /// chain of calls cannot exhaust the stack.
  public func prepare(function op: Operation) throws -> PreparedFunction {
    // A failed preparation leaves nothing half-prepared behind.
    let before = functions
    do {
      let f = try declare(function: op, from: nil)
      while let g = pending.popLast() { try prepareBody(g) }
      return f
    } catch {
      functions = before
      pending.removeAll()
      throw error
    }
  }

  /// State that executors keep for the interpreter's lifetime under `key`
  /// (the storage of module globals), made by `make` on first request.
  public func executorState<T: AnyObject>(_ key: String, make: () -> T) -> T {
    if let s = executorStates[key] as? T { return s }
    let s = make()
    executorStates[key] = s
    return s
  }

  /// Functions declared (by a call) but not yet prepared.
  private var pending: [PreparedFunction] = []

  /// The function object of `op`, created (and queued for preparation) on
  /// first use; `caller` is the call that names it, for diagnostics.
  func declare(function op: Operation, from caller: Operation?) throws -> PreparedFunction {
    if let f = functions[ObjectIdentifier(op)] { return f }
    let loc = caller?.location ?? op.location
    guard op.name.name == "func.func" else {
      throw Diagnostic.error(loc, "'\(op.name.name)' is not a func.func and cannot be called")
    }
    let name = SymbolTable.symbolName(op) ?? "<anonymous>"
    guard let t = op.attr("function_type")?.typeValue, case .function(let ins, let outs) = t.kind else {
      throw Diagnostic.error(op.location, "func.func @\(name) has no function type")
    }
    guard let body = op.regions.first, !body.isEmpty else {
      throw Diagnostic.error(loc, "function @\(name) is only declared (it has no body to run)")
    }
    for t in ins + outs { try checkInterfaceType(t, function: op) }
    let f = PreparedFunction(name: name, operation: op, argumentTypes: ins, resultTypes: outs)
    functions[ObjectIdentifier(op)] = f
    pending.append(f)
    return f
  }

  private func prepareBody(_ f: PreparedFunction) throws {
    let ctx = PrepareContext(interpreter: self)
    f.body = try ctx.prepareRegion(f.operation.regions[0])
    f.slotCount = ctx.slotCount
  }

  /// Runs a prepared function. The arguments must match its signature (see
  /// `checkArguments`).
  public func run(_ function: PreparedFunction, _ arguments: [RuntimeValue]) throws -> [RuntimeValue] {
    guard arguments.count == function.argumentTypes.count else {
      throw Diagnostic.error(
        function.operation.location,
        "@\(function.name) takes \(function.argumentTypes.count) arguments, \(arguments.count) given")
    }
    let execution = Execution(maxCallDepth: options.maxCallDepth)
    return try execution.call(function, arguments, at: function.operation.location)
  }

  private func checkInterfaceType(_ t: Type, function op: Operation) throws {
    switch t.kind {
    case .function:
      // Function values (func.constant) pass between functions; an entry
      // function cannot take or give one (no .npy for it).
      return
    case .integer, .index, .float, .rankedTensor, .unrankedTensor, .memref, .unrankedMemref:
      let scalar = t.isShaped ? (t.elementType ?? t) : t
      if ElementType(scalar) == nil {
        throw Diagnostic.error(op.location, "element type \(scalar) is not supported by the interpreter")
      }
    default:
      throw Diagnostic.error(op.location, "values of type \(t) are not supported by the interpreter")
    }
  }
}

// MARK: Timing

/// Accumulated time and count per op kind. Kinds are numbered when ops are
/// prepared, so recording is two array updates.
public final class OpTimes {
  public private(set) var names: [String] = []
  public private(set) var nanoseconds: [UInt64] = []
  public private(set) var counts: [Int] = []
  private var index: [String: Int] = [:]

  func kind(_ name: String) -> Int {
    if let i = index[name] { return i }
    index[name] = names.count
    names.append(name)
    nanoseconds.append(0)
    counts.append(0)
    return names.count - 1
  }

  @inline(__always) func add(_ kind: Int, _ ns: UInt64) {
    nanoseconds[kind] &+= ns
    counts[kind] += 1
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A monotonic clock in nanoseconds.
public func monotonicNanoseconds() -> UInt64 {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

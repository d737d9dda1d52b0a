// The driver behind `torchir-run`: parse and verify a module, pick the entry
// function, prepare it (every op it can reach is checked here), read and
// check the .npy inputs against its signature, run it, and write the i-th
// result to DIR/output_<i>.npy. Nothing is written unless everything
// succeeded; errors are `file:line:col: error: ...` and exit code 1.

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

public struct RunConfiguration {
  public var inputFilename = "-"
  /// `--entry`: the function to run (default: see Interpreter.entryFunction).
  public var entry: String? = nil
  /// `--input`, one .npy file per argument, in order.
  public var inputs: [String] = []
  /// `--output-dir`: where output_<i>.npy go (created if missing).
  public var outputDirectory: String? = nil
  /// `--print`: print the results on standard output.
  public var printResults = false
  /// `--timing`: report where the time went on standard error.
  public var timing = false
  public var maxCallDepth = 1000
  public init() {}
}

/// Runs the driver; returns the exit code.
public func runRun(_ config: RunConfiguration, stdout: OutputSink, stderr: OutputSink) -> Int32 {
  let total = monotonicNanoseconds()
  var phases: [(String, UInt64)] = []
  func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let t0 = monotonicNanoseconds()
    defer { phases.append((name, monotonicNanoseconds() &- t0)) }
    return try body()
  }
  let buffer: SourceBuffer
  do {
    buffer = try SourceBuffer.fromFile(path: config.inputFilename)
  } catch {
    stderr.write("error: could not open input file \(config.inputFilename)\n")
    stderr.flush()
    return 1
  }
  let context = MLIRContext()
  registerAllDialects(context)
  installPrintHooks(context)
  let renderer = DiagnosticRenderer(context: context, buffers: [buffer])
  func fail(_ d: Diagnostic) -> Int32 {
    renderer.render(d, to: stderr)
    stderr.flush()
    return 1
  }
  var diagnostics: [Diagnostic] = []
  let handler = context.diagnostics.register { d in
    diagnostics.append(d)
    return true
  }
  var parsed: Operation?
  do {
    parsed = try phase("parse") { try Parser.parseSourceFile(buffer, context: context) }
  } catch let d as Diagnostic {
    diagnostics.append(d)
  } catch {
    diagnostics.append(Diagnostic(.error, .unknown, "\(error)"))
  }
  context.diagnostics.unregister(handler)
  for d in diagnostics { renderer.render(d, to: stderr) }
  guard let module = parsed, !diagnostics.contains(where: { $0.severity == .error }) else {
    stderr.flush()
    return 1
  }

  var options = InterpreterOptions()
  options.maxCallDepth = config.maxCallDepth
  options.timeOps = config.timing
  let interpreter = Interpreter(module: module, options: options)
  let function: PreparedFunction
  var arguments: [RuntimeValue] = []
  do {
    let entry = try Interpreter.entryFunction(in: module, named: config.entry)
    function = try phase("prepare") { try interpreter.prepare(function: entry) }
    try checkResultTypes(function, writing: config.outputDirectory != nil)
    arguments = try phase("read inputs") { try readArguments(config.inputs, for: function) }
  } catch let d as Diagnostic {
    return fail(d)
  } catch {
    return fail(Diagnostic.error(.unknown, "\(error)"))
  }

  let results: [RuntimeValue]
  do {
    results = try phase("run") { try interpreter.run(function, arguments) }
  } catch let d as Diagnostic {
    return fail(d)
  } catch {
    return fail(Diagnostic.error(.unknown, "\(error)"))
  }

  // Every result as a buffer, and every file's bytes, before any is written.
  var buffers: [Buffer] = []
  var files: [[UInt8]] = []
  do {
    try phase("write outputs") {
      for (i, (v, t)) in zip(results, function.resultTypes).enumerated() {
        let b = try resultBuffer(v, type: t, index: i, function: function)
        buffers.append(b)
        if config.outputDirectory != nil {
          do {
            files.append(try Npy.encode(b))
          } catch let e as NpyError {
            throw Diagnostic.error(function.operation.location, "result #\(i): \(e.message)")
          }
        }
      }
      if let dir = config.outputDirectory {
        try writeOutputs(files, to: dir, at: function.operation.location)
      }
    }
  } catch let d as Diagnostic {
    return fail(d)
  } catch {
    return fail(Diagnostic.error(.unknown, "\(error)"))
  }
  if config.printResults {
    for (i, b) in buffers.enumerated() {
      stdout.write("output_\(i): \(function.resultTypes[i]) = \(formatBuffer(b))\n")
    }
    stdout.flush()
  }
  if config.timing {
    stderr.write(timingReport(phases, total: monotonicNanoseconds() &- total, ops: interpreter.opTimes))
    stderr.flush()
  }
  return 0
}

/// Reads the inputs and checks them against the entry's argument types.
func readArguments(_ paths: [String], for function: PreparedFunction) throws -> [RuntimeValue] {
  let loc = function.operation.location
  let types = function.argumentTypes
  guard paths.count == types.count else {
    throw Diagnostic.error(
      loc, "@\(function.name) takes \(types.count) argument\(types.count == 1 ? "" : "s"), but \(paths.count) --input file\(paths.count == 1 ? " was" : "s were") given")
  }
  var values: [RuntimeValue] = []
  for (i, (path, type)) in zip(paths, types).enumerated() {
    let scalar = type.isShaped ? (type.elementType ?? type) : type
    guard let element = ElementType(scalar) else {
      throw Diagnostic.error(loc, "argument #\(i) has type \(type), which the interpreter cannot take")
    }
    let expected: [Int64]?  // nil: any shape
    switch type.kind {
    case .rankedTensor(let s, _, _), .memref(let s, _, _, _): expected = s
    case .unrankedTensor, .unrankedMemref: expected = nil
    default: expected = []
    }
    let buffer: Buffer
    do {
      buffer = try Npy.read(path: path, as: element) { shape in
        guard let e = expected else { return }
        let ok = e.count == shape.count && zip(e, shape).allSatisfy { $0 < 0 || Int($0) == $1 }
        if !ok {
          throw NpyError("shape \(pythonTuple(shape)) does not match \(type)")
        }
      }
    } catch let e as NpyError {
      throw Diagnostic.error(loc, "input #\(i) (\(path)) for argument #\(i) of type \(type): \(e.message)")
    }
    if type.isShaped {
      values.append(.buffer(buffer))
    } else {
      values.append(buffer.load(0))
    }
  }
  return values
}

/// Checks, before running, that every result can be shown and (when
/// writing) saved as .npy.
func checkResultTypes(_ function: PreparedFunction, writing: Bool) throws {
  for (i, t) in function.resultTypes.enumerated() {
    let scalar = t.isShaped ? (t.elementType ?? t) : t
    guard let e = ElementType(scalar) else {
      throw Diagnostic.error(function.operation.location, "result #\(i) of type \(t) cannot be returned to the command line")
    }
    if writing && NpyDType(e) == nil {
      throw Diagnostic.error(
        function.operation.location, "result #\(i) of type \(t) cannot be written: numpy has no dtype for \(e)")
    }
  }
}

/// A result as a buffer (a scalar becomes a 0-d array).
func resultBuffer(_ v: RuntimeValue, type: Type, index: Int, function: PreparedFunction) throws -> Buffer {
  if case .buffer(let b) = v {
    try b.checkLive(at: function.operation.location)
    return b
  }
  guard let e = ElementType(type) else {
    throw Diagnostic.error(function.operation.location, "result #\(index) of type \(type) cannot be written")
  }
  let b = try Buffer(allocating: e, shape: [], at: function.operation.location)
  b.store(0, v)
  return b
}

/// Writes each file under a temporary name, then renames them all into
/// place; on any failure removes what it wrote.
func writeOutputs(_ files: [[UInt8]], to dir: String, at loc: Location) throws {
  try makeDirectories(dir, at: loc)
  var temporaries: [String] = []
  var placed: [String] = []
  func cleanUp() {
    for t in temporaries { unlink(t) }
    for p in placed { unlink(p) }
  }
  for (i, bytes) in files.enumerated() {
    let tmp = "\(dir)/.output_\(i).npy.tmp-\(getpid())"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      cleanUp()
      throw Diagnostic.error(loc, "cannot create \(tmp): \(String(cString: strerror(errno)))")
    }
    temporaries.append(tmp)
    var done = 0
    let ok = bytes.withUnsafeBytes { p -> Bool in
      guard let base = p.baseAddress else { return true }
      while done < p.count {
        let n = write(fd, base + done, p.count - done)
        if n <= 0 { return false }
        done += n
      }
      return true
    }
    if close(fd) != 0 || !ok {
      cleanUp()
      throw Diagnostic.error(loc, "cannot write \(tmp): \(String(cString: strerror(errno)))")
    }
  }
  for (i, tmp) in temporaries.enumerated() {
    let path = "\(dir)/output_\(i).npy"
    if rename(tmp, path) != 0 {
      cleanUp()
      throw Diagnostic.error(loc, "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    placed.append(path)
  }
}

private func makeDirectories(_ dir: String, at loc: Location) throws {
  var path = dir.hasPrefix("/") ? "/" : ""
  for part in dir.split(separator: "/") {
    path += part + "/"
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw Diagnostic.error(loc, "cannot create directory \(path): \(String(cString: strerror(errno)))")
    }
  }
  var st = stat()
  guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
    throw Diagnostic.error(loc, "\(dir) is not a directory")
  }
}

/// Up to 1000 elements as nested lists; larger results by shape only.
func formatBuffer(_ b: Buffer) -> String {
  let n = b.count
  if n > 1000 { return "<\(n) elements>" }
  guard let data = try? b.contiguous(at: .unknown) else { return "<unreadable>" }
  func element(_ i: Int) -> String {
    let v = data.load(i)
    switch (v, data.elementType) {
    case (.float(let d), .float(let k)):
      return k == .f64 ? "\(d)" : "\(Float(d))"
    case (.int(let bits), .integer(1, _)):
      return bits != 0 ? "true" : "false"
    case (.int(let bits), .integer(let w, let s)):
      return s == .unsigned ? "\(bits)" : "\(Int64(bitPattern: bits << UInt64(64 - w)) >> Int64(64 - w))"
    case (.int(let bits), _):
      return "\(Int64(bitPattern: bits))"
    default:
      return "?"
    }
  }
  if b.rank == 0 { return element(0) }
  var out = ""
  var i = 0
  func emit(_ d: Int) {
    out += "["
    for k in 0..<b.shape[d] {
      if k > 0 { out += ", " }
      if d == b.rank - 1 {
        out += element(i)
        i += 1
      } else {
        emit(d + 1)
      }
    }
    out += "]"
  }
  emit(0)
  return out
}

func timingReport(_ phases: [(String, UInt64)], total: UInt64, ops: OpTimes?) -> String {
  func ms(_ ns: UInt64) -> String {
    let v = Double(ns) / 1e6
    let s = String(Int((v * 1000).rounded()))
    let padded = String(repeating: "0", count: max(0, 4 - s.count)) + s
    let text = padded.dropLast(3) + "." + padded.suffix(3) + " ms"
    return String(repeating: " ", count: max(0, 14 - text.count)) + text
  }
  var out = "===- torchir-run timing -===\n"
  for (name, ns) in phases { out += "\(ms(ns))  \(name)\n" }
  out += "\(ms(total))  total\n"
  if let ops, !ops.names.isEmpty {
    out += "per op kind (inclusive: calls include their callees):\n"
    let order = ops.names.indices.sorted { ops.nanoseconds[$0] > ops.nanoseconds[$1] }
    for k in order {
      out += "\(ms(ops.nanoseconds[k]))  \(ops.names[k]) (\(ops.counts[k])x)\n"
    }
  }
  return out
}

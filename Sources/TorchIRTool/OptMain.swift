// The `mlir-opt`-style driver behind `torchir-opt`: read the input, split it,
// parse and verify each chunk in a fresh context, print it, and report
// diagnostics (or check them with --verify-diagnostics). Exit codes follow
// mlir-opt: 0 on success, 1 on any failure.

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRPass

public struct OptConfiguration {
  public var inputFilename = "-"
  /// The file name used in locations and diagnostics (default: the path as
  /// given, or `<stdin>`).
  public var bufferName: String? = nil
  public var outputFilename = "-"
  public var splitInputFile = false
  public var splitMarker = defaultSplitMarker
  public var outputSplitMarker = defaultSplitMarker
  public var verifyDiagnostics = false
  public var allowUnregisteredDialect = false
  public var verifyAfterParse = true
  public var printer = AsmPrinterOptions()
  public var maxNestingDepth = 1000
  /// Whether each chunk's IR is deallocated after printing. The executable
  /// turns this off: exiting frees everything at once, much faster.
  public var freeIRAfterPrinting = true

  // Passes (see TorchIRPass). `passPipeline` is `--pass-pipeline=`; `passes`
  // are the per-pass flags in command-line order. Both empty: no passes.
  public var passPipeline: String? = nil
  public var passes: [PassFlag] = []
  /// `--verify-each`: verify the IR after every pass.
  public var verifyEachPass = true
  /// `--mlir-print-ir-before=` / `--mlir-print-ir-after=`: pass arguments.
  public var printIRBefore: [String] = []
  public var printIRAfter: [String] = []
  public var printIRBeforeAll = false
  public var printIRAfterAll = false
  public var printIRAfterChange = false
  public var printIRAfterFailure = false
  public var printIRModuleScope = false
  /// `--mlir-timing`: report pass times on stderr at exit.
  public var timing = false
  /// `--dump-pass-pipeline`: print the pipeline on stderr before running.
  public var dumpPassPipeline = false
  public init() {}
}

/// Registers every pass and pipeline TorchIR defines (idempotent).
public func registerAllPasses() {
  registerTransformPasses(PassRegistry.shared)
}

/// Runs the driver; writes printed IR to `output` (or the configured file)
/// and diagnostics to `errors`. Returns the exit code.
public func runOpt(_ config: OptConfiguration, stdout: OutputSink, stderr: OutputSink) -> Int32 {
  registerAllPasses()
  // The pipeline is checked before the input is read, as mlir-opt does.
  let pipeline: OpPassManager
  do {
    pipeline = try buildPassPipeline(
      anchor: "builtin.module", pipeline: config.passPipeline, flags: config.passes)
  } catch {
    stderr.write("<unknown>:0: error: \(error.message)\n")
    stderr.flush()
    return 1
  }
  if config.dumpPassPipeline {
    stderr.write(dumpPassPipeline(pipeline))
    stderr.flush()
  }
  let timing = config.timing ? TimingManager() : nil
  defer {
    if let t = timing {
      stderr.write(t.report())
      stderr.flush()
    }
  }
  let run = PipelineRun(pipeline: pipeline, timing: timing)
  let buffer: SourceBuffer
  do {
    let file = try SourceBuffer.fromFile(path: config.inputFilename)
    buffer = config.bufferName.map { SourceBuffer(name: $0, bytes: file.bytes) } ?? file
  } catch {
    stderr.write("could not open input file \(config.inputFilename)\n")
    stderr.flush()
    return 1
  }
  // A named output file is written under a temporary name and renamed into
  // place on success, so that a failure leaves no partial output file.
  var tmpPath: String? = nil
  var tmpFD: Int32 = -1
  var out = stdout
  var directFD: Int32 = -1
  if config.outputFilename != "-" {
    switch outputTarget(config.outputFilename) {
    case .special:
      // A device, pipe or socket (`-o /dev/null`): write to it directly;
      // renaming a file over it would replace it.
      let fd = open(config.outputFilename, O_WRONLY)
      if fd < 0 {
        stderr.write("error: could not open output file \(config.outputFilename)\n")
        stderr.flush()
        return 1
      }
      directFD = fd
      out = OutputSink(fileDescriptor: fd)
    case .file(let path):
      let tmp = path + ".tmp-torchir-\(getpid())"
      let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      if fd < 0 {
        stderr.write("error: could not open output file \(config.outputFilename)\n")
        stderr.flush()
        return 1
      }
      tmpPath = tmp
      tmpFD = fd
      out = OutputSink(fileDescriptor: fd)
    }
  }
  var ok = true
  let chunks = config.splitInputFile
    ? splitInput(buffer.bytes, marker: config.splitMarker)
    : [InputChunk(range: 0..<buffer.bytes.count, index: 0)]
  for chunk in chunks {
    if chunk.index > 0 { out.write(config.outputSplitMarker + "\n") }
    if !processChunk(
      buffer, chunk, config, run, out: out, errors: stderr, split: config.splitInputFile)
    {
      ok = false
    }
  }
  out.flush()
  stderr.flush()
  if directFD >= 0 {
    let wrote = !out.writeFailed && close(directFD) == 0
    if ok && !wrote {
      stderr.write("error: could not write output file \(config.outputFilename)\n")
      stderr.flush()
      return 1
    }
  }
  if let tmp = tmpPath {
    let wrote = !out.writeFailed && close(tmpFD) == 0
    if !ok {
      unlink(tmp)
      return 1
    }
    let target = String(tmp.dropLast(".tmp-torchir-\(getpid())".count))
    if !wrote || rename(tmp, target) != 0 {
      unlink(tmp)
      stderr.write("error: could not write output file \(config.outputFilename)\n")
      stderr.flush()
      return 1
    }
  }
  return ok ? 0 : 1
}

/// What every chunk runs: the pipeline and the timers.
struct PipelineRun {
  let pipeline: OpPassManager
  let timing: TimingManager?
}

/// Parses, verifies, runs the passes on and prints one chunk; false on failure.
func processChunk(
  _ buffer: SourceBuffer, _ chunk: InputChunk, _ config: OptConfiguration, _ run: PipelineRun,
  out: OutputSink, errors: OutputSink, split: Bool
) -> Bool {
  let context = MLIRContext()
  context.allowUnregisteredDialects = config.allowUnregisteredDialect
  registerAllDialects(context)
  installPrintHooks(context)
  var parserConfig = ParserConfig()
  parserConfig.verifyAfterParse = config.verifyAfterParse
  parserConfig.maxNestingDepth = config.maxNestingDepth

  var diagnostics: [Diagnostic] = []
  context.diagnostics.register { d in
    diagnostics.append(d)
    return true
  }
  var moduleLoc: Location? = nil
  if chunk.index > 0 {
    let lc = buffer.lineAndColumn(of: chunk.range.lowerBound)
    moduleLoc = .fileLineCol(file: buffer.name, line: lc.line, column: lc.column)
  }
  var module: Operation? = nil
  run.timing?.start("Parser")
  do {
    module = try Parser.parseSourceFile(buffer, range: chunk.range, context: context,
      config: parserConfig, moduleLocation: moduleLoc)
  } catch let d as Diagnostic {
    diagnostics.append(d)
  } catch {
    diagnostics.append(Diagnostic(.error, .unknown, "\(error)"))
  }
  run.timing?.stop()
  if let m = module, !diagnostics.contains(where: { $0.severity == .error }) {
    if !runPasses(m, config, run, context: context, errors: errors) { module = nil }
  }
  let renderer = DiagnosticRenderer(context: context, buffers: [buffer])
  if config.verifyDiagnostics {
    return verifyChunkDiagnostics(diagnostics, buffer, chunk, renderer: renderer, errors: errors)
  }
  for d in diagnostics { renderer.render(d, to: errors) }
  guard let m = module, !diagnostics.contains(where: { $0.severity == .error }) else {
    return false
  }
  run.timing?.start("Output")
  // The IR was verified after parsing and after every pass: the printer need
  // not verify it again (it would print the generic form if it failed).
  var printerOptions = config.printer
  let hasPasses = config.passPipeline != nil || !config.passes.isEmpty
  if config.verifyAfterParse && (!hasPasses || config.verifyEachPass) {
    printerOptions.assumeVerified = true
  }
  printOperation(m, options: printerOptions, to: out)
  // mlir-opt ends each printed chunk with a newline of its own.
  out.write("\n")
  run.timing?.stop()
  if !config.freeIRAfterPrinting {
    // A command-line run ends soon: skip tearing down millions of objects
    // (as compilers do with -disable-free); the OS reclaims the memory.
    keptAliveModules.append(Unmanaged.passRetained(m))
    // Likewise its context (the uniqued types and attributes, the dialects).
    keptAliveContexts.append(Unmanaged.passRetained(context))
  }
  return true
}

/// Runs the configured pipeline on `module` with the requested
/// instrumentation; diagnostics go to the context's handlers. False when a
/// pass failed (the module must then not be printed).
func runPasses(
  _ module: Operation, _ config: OptConfiguration, _ run: PipelineRun, context: MLIRContext,
  errors: OutputSink
) -> Bool {
  let pm = PassManager(context: context, root: run.pipeline)
  pm.verifyEach = config.verifyEachPass
  let printing = config.printIRBeforeAll || config.printIRAfterAll || config.printIRAfterFailure
    || !config.printIRBefore.isEmpty || !config.printIRAfter.isEmpty
  if printing {
    var ir = IRPrintingConfig()
    let before = Set(config.printIRBefore)
    let after = Set(config.printIRAfter)
    let beforeAll = config.printIRBeforeAll
    let afterAll = config.printIRAfterAll
    ir.printBefore = { beforeAll || before.contains($0.argument) }
    ir.printAfter = { afterAll || after.contains($0.argument) }
    ir.printAfterOnlyOnChange = config.printIRAfterChange
    ir.printAfterOnlyOnFailure = config.printIRAfterFailure
    ir.printModuleScope = config.printIRModuleScope
    let options = config.printer
    // MLIR prints a nested op with local scope (no aliases, its own names).
    let printOp: (Operation) -> String = { op in
      var o = options
      if op.block != nil { o.printLocalScope = true }
      return operationString(op, options: o)
    }
    pm.addInstrumentation(IRPrinterInstrumentation(ir, printOp: printOp) { text in
      errors.write(text)
      errors.flush()
    })
  }
  if let t = run.timing { pm.addInstrumentation(PassTimingInstrumentation(t)) }
  return pm.run(module)
}

nonisolated(unsafe) private var keptAliveModules: [Unmanaged<Operation>] = []
nonisolated(unsafe) private var keptAliveContexts: [Unmanaged<MLIRContext>] = []

/// Checks the chunk's diagnostics against its `expected-*` comments; reports
/// the differences MLIR's way.
func verifyChunkDiagnostics(
  _ diagnostics: [Diagnostic], _ buffer: SourceBuffer, _ chunk: InputChunk,
  renderer: DiagnosticRenderer, errors: OutputSink
) -> Bool {
  let firstLine = buffer.lineAndColumn(of: chunk.range.lowerBound).line
  var expected: [ExpectedDiagnostic]
  do {
    expected = try parseExpectedDiagnostics(buffer.bytes, range: chunk.range, firstLine: firstLine)
  } catch {
    errors.write("error: invalid expected-* directive\n")
    return false
  }
  var ok = true
  // Diagnostics and their notes are checked one by one; the note MLIR adds to
  // name the current operation is not checked, as in MLIR.
  var all: [Diagnostic] = []
  for d in diagnostics {
    all.append(d)
    for n in d.notes where !n.message.hasPrefix(currentOperationNotePrefix) { all.append(n) }
  }
  for d in all {
    var line = 0
    if let p = d.location.fileLineCol, p.file == buffer.name { line = p.line }
    var found = false
    for i in expected.indices where !expected[i].matched {
      let e = expected[i]
      guard e.severity == d.severity, e.line == line else { continue }
      let hit = (try? e.matches(d.message)) ?? false
      if hit {
        expected[i].matched = true
        found = true
        break
      }
    }
    if !found {
      var u = d
      u.message = "unexpected \(d.severity.rawValue): \(d.message)"
      u.severity = .error
      u.notes = []
      renderer.render(u, to: errors)
      ok = false
    }
  }
  for e in expected where !e.matched {
    let lc = buffer.lineAndColumn(of: e.offset)
    let d = Diagnostic(.error, .fileLineCol(file: buffer.name, line: lc.line, column: lc.column),
      "expected \(e.severity.rawValue) \"\(e.pattern)\" was not produced")
    renderer.render(d, to: errors)
    ok = false
  }
  return ok
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where `-o PATH` output goes: a regular file (possibly through symlinks,
/// resolved so that the rename replaces the file, not the link) is written
/// under a temporary name and renamed into place; anything else that exists
/// (a device such as /dev/null, a pipe) is written directly.
public enum OutputTarget {
  case file(String)
  case special
}

public func outputTarget(_ path: String) -> OutputTarget {
  var st = stat()
  guard stat(path, &st) == 0 else { return .file(path) }
  if (st.st_mode & S_IFMT) != S_IFREG { return .special }
  guard let resolved = realpath(path, nil) else { return .file(path) }
  defer { free(resolved) }
  return .file(String(cString: resolved))
}

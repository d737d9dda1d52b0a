// torchir-opt: the mlir-opt of TorchIR. Flags keep MLIR's spelling; each long
// flag also accepts MLIR's single-dash form (`-split-input-file`).

import ArgumentParser
import TorchIRAsm
import TorchIRPass
import TorchIRTool

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Both `--name` and `-name`, as LLVM's command line accepts.
func mlirFlag(_ name: String) -> NameSpecification {
  [.customLong(name), .customLong(name, withSingleDash: true)]
}

@main
struct TorchIROpt: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "torchir-opt",
      abstract: "TorchIR modular optimizer driver (MLIR's textual IR, no LLVM).",
      discussion: "Reads MLIR from INPUT (or standard input), runs the passes named by "
        + "--pass-pipeline or by one flag per pass, and writes it back, like mlir-opt.\n\n"
        + passHelp())
  }

  @Argument(help: "Input filename ('-' for standard input).")
  var input: String = "-"

  @Option(name: [.customShort("o")], help: "Output filename.")
  var output: String = "-"

  @Flag(name: mlirFlag("split-input-file"), help: "Split the input file into pieces and process each chunk independently.")
  var splitInputFile = false

  @Flag(name: mlirFlag("verify-diagnostics"), help: "Check that emitted diagnostics match expected-* lines on the corresponding line.")
  var verifyDiagnostics = false

  @Flag(name: mlirFlag("allow-unregistered-dialect"), help: "Allow operation with no registered dialects.")
  var allowUnregisteredDialect = false

  @Flag(name: mlirFlag("mlir-print-op-generic"), help: "Print the generic op form.")
  var printOpGeneric = false

  @Flag(name: mlirFlag("mlir-print-debuginfo"), help: "Print debug info in MLIR output.")
  var printDebugInfo = false

  @Flag(name: mlirFlag("mlir-pretty-debuginfo"), help: "Print pretty debug info in MLIR output.")
  var prettyDebugInfo = false

  @Flag(name: mlirFlag("mlir-print-local-scope"), help: "Print with local scope and inline information (eliding aliases for attributes, types, and locations).")
  var printLocalScope = false

  @Option(name: mlirFlag("mlir-elide-elementsattrs-if-larger"), help: "Elide ElementsAttrs with \"...\" that have more elements than the given upper limit.")
  var elideElementsAttrsIfLarger: Int?

  @Option(name: mlirFlag("mlir-elide-resource-strings-if-larger"), help: "Elide printing value of resources if string is too long in chars.")
  var elideResourceStringsIfLarger: Int?

  @Flag(name: mlirFlag("mlir-print-assume-verified"), help: "Skip op verification when using custom printers.")
  var assumeVerified = false

  @Flag(name: mlirFlag("no-implicit-module"), help: "Disable implicit addition of a top-level module op during parsing (not supported yet).")
  var noImplicitModule = false

  @Option(name: mlirFlag("pass-pipeline"), help: "Textual description of the pass pipeline to run.")
  var passPipeline: String?

  @Option(name: mlirFlag("mlir-print-ir-before"), help: ArgumentHelp("Print IR before specified passes.", valueName: "pass-arg"))
  var printIRBefore: [String] = []

  @Option(name: mlirFlag("mlir-print-ir-after"), help: ArgumentHelp("Print IR after specified passes.", valueName: "pass-arg"))
  var printIRAfter: [String] = []

  @Flag(name: mlirFlag("mlir-print-ir-before-all"), help: "Print IR before each pass.")
  var printIRBeforeAll = false

  @Flag(name: mlirFlag("mlir-print-ir-after-all"), help: "Print IR after each pass.")
  var printIRAfterAll = false

  @Flag(name: mlirFlag("mlir-print-ir-after-change"), help: "When printing the IR after a pass, only print if the IR changed.")
  var printIRAfterChange = false

  @Flag(name: mlirFlag("mlir-print-ir-after-failure"), help: "When printing the IR after a pass, only print if the pass failed.")
  var printIRAfterFailure = false

  @Flag(name: mlirFlag("mlir-print-ir-module-scope"), help: "When printing IR for print-ir-[before|after]{-all} always print the top-level operation.")
  var printIRModuleScope = false

  @Flag(name: mlirFlag("mlir-timing"), help: "Display execution times.")
  var timing = false

  @Flag(name: mlirFlag("dump-pass-pipeline"), help: "Print the pipeline that will be run.")
  var dumpPassPipeline = false

  @Argument(parsing: .allUnrecognized, help: ArgumentHelp("One flag per pass, in order (e.g. --cse --canonicalize=\"max-iterations=3\"); see the list above. Also --verify-each[=<bool>] / --no-verify-each: run the verifier after each transformation pass (default true).", valueName: "pass-flags"))
  var passFlags: [String] = []

  @Option(name: mlirFlag("mlir-max-nesting-depth"), help: "Reject input nested deeper than this (regions, types, attributes).")
  var maxNestingDepth: Int = 1000

  /// LLVM's command line takes long flags with one dash (`-cse`), which
  /// ArgumentParser would read as a cluster of short flags: spell them with
  /// two dashes first.
  static func main() {
    let args = CommandLine.arguments.dropFirst().map { arg -> String in
      if arg.hasPrefix("-") && !arg.hasPrefix("--") && arg.count > 2 && !arg.hasPrefix("-o") {
        return "-" + arg
      }
      return arg
    }
    main(Array(args))
  }

  func run() throws {
    var config = OptConfiguration()
    config.inputFilename = input
    config.outputFilename = output
    config.splitInputFile = splitInputFile
    config.verifyDiagnostics = verifyDiagnostics
    config.allowUnregisteredDialect = allowUnregisteredDialect
    config.maxNestingDepth = maxNestingDepth
    config.freeIRAfterPrinting = false
    var p = AsmPrinterOptions()
    p.printGenericOpForm = printOpGeneric
    p.printDebugInfo = printDebugInfo || prettyDebugInfo
    p.printPrettyDebugInfo = prettyDebugInfo
    p.printLocalScope = printLocalScope
    p.elideElementsAttrsIfLarger = elideElementsAttrsIfLarger
    p.elideResourceStringsIfLarger = elideResourceStringsIfLarger
    p.assumeVerified = assumeVerified
    config.printer = p
    let passes: [PassFlag]
    let verify: Bool?
    do {
      (passes, verify) = try parsePassFlags(passFlags)
    } catch let e as CommandLineError {
      // mlir-opt's wording and exit code for a bad flag.
      FileHandleOutput.stderr("torchir-opt: \(e.message)\n")
      throw ExitCode(1)
    }
    config.passes = passes
    config.verifyEachPass = verify ?? true
    config.passPipeline = passPipeline
    // LLVM list options also take comma-separated values.
    config.printIRBefore = printIRBefore.flatMap { $0.split(separator: ",").map(String.init) }
    config.printIRAfter = printIRAfter.flatMap { $0.split(separator: ",").map(String.init) }
    config.printIRBeforeAll = printIRBeforeAll
    config.printIRAfterAll = printIRAfterAll
    config.printIRAfterChange = printIRAfterChange
    config.printIRAfterFailure = printIRAfterFailure
    config.printIRModuleScope = printIRModuleScope
    config.timing = timing
    config.dumpPassPipeline = dumpPassPipeline
    let code = runOnLargeStack {
      runOpt(config, stdout: OutputSink(fileDescriptor: 1), stderr: OutputSink(fileDescriptor: 2))
    }
    if code != 0 { throw ExitCode(code) }
  }
}

/// The pass list for `--help`, in mlir-opt's layout.
func passHelp() -> String {
  registerAllPasses()
  var lines = ["Passes:"]
  for e in PassRegistry.shared.allEntries {
    lines.append("  --\(e.argument)" + String(repeating: " ", count: max(1, 30 - e.argument.count)) + e.summary)
    if case .pass(let make) = e.kind {
      let options = make().options.all.sorted { $0.name < $1.name }
      for o in options {
        let value = o.typeName.isEmpty ? "" : "=<\(o.typeName)>"
        let head = "    --\(o.name)\(value)"
        // One line per option: the help's first clause, cut to fit 80 columns.
        var help = o.help
        if help.count > 44 { help = String(help.prefix(41)) + "..." }
        lines.append(head + String(repeating: " ", count: max(1, 34 - head.count)) + help)
      }
    }
  }
  return lines.joined(separator: "\n")
}

struct CommandLineError: Error {
  let message: String
}

enum FileHandleOutput {
  static func stderr(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count) }
  }
}

/// Splits the flags ArgumentParser did not recognize into pass flags
/// (`--cse`, `-canonicalize=max-iterations=3`) and `--verify-each=<bool>`;
/// anything else is an error worded as mlir-opt words it.
func parsePassFlags(_ args: [String]) throws -> ([PassFlag], Bool?) {
  registerAllPasses()
  var passes: [PassFlag] = []
  var verify: Bool? = nil
  for arg in args {
    var body = Substring(arg)
    if body.hasPrefix("--") {
      body = body.dropFirst(2)
    } else if body.hasPrefix("-") {
      body = body.dropFirst()
    } else {
      throw CommandLineError(message: "Too many positional arguments specified! Unexpected '\(arg)'.")
    }
    let name: Substring
    var value: String? = nil
    if let eq = body.firstIndex(of: "=") {
      name = body[..<eq]
      value = String(body[body.index(after: eq)...])
    } else {
      name = body
    }
    if name == "no-verify-each" && value == nil {
      verify = false
      continue
    }
    if name == "verify-each" {
      guard let b = Bool(optionText: value ?? "true") else {
        throw CommandLineError(message: "for the --verify-each option: '\(value ?? "")' is invalid value for boolean argument! Try 0 or 1")
      }
      verify = b
      continue
    }
    guard PassRegistry.shared.lookup(String(name)) != nil else {
      throw CommandLineError(message: "Unknown command line argument '\(arg)'.  Try: 'torchir-opt --help'")
    }
    passes.append(PassFlag(String(name), options: value ?? ""))
  }
  return (passes, verify)
}

// torchir-opt: the mlir-opt of TorchIR. Flags keep MLIR's spelling; each long
// flag also accepts MLIR's single-dash form (`-split-input-file`).

import ArgumentParser
import TorchIRAsm
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
  static let configuration = CommandConfiguration(
    commandName: "torchir-opt",
    abstract: "TorchIR modular optimizer driver (MLIR's textual IR, no LLVM).",
    discussion: "Reads MLIR from INPUT (or standard input) and writes it back, like mlir-opt.")

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

  @Flag(name: mlirFlag("verify-each"), inversion: .prefixedNo, help: "Run the verifier after each transformation pass.")
  var verifyEach = true

  @Option(name: mlirFlag("mlir-max-nesting-depth"), help: "Reject input nested deeper than this (regions, types, attributes).")
  var maxNestingDepth: Int = 1000

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
    let code = runOnLargeStack {
      runOpt(config, stdout: OutputSink(fileDescriptor: 1), stderr: OutputSink(fileDescriptor: 2))
    }
    if code != 0 { throw ExitCode(code) }
  }
}

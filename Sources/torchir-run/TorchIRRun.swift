// torchir-run: runs a function of an MLIR module on .npy inputs with
// TorchIR's reference interpreter, writing its results as .npy files.

import ArgumentParser
import TorchIRAsm
import TorchIRTool

@main
struct TorchIRRun: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "torchir-run",
      abstract: "Runs a function of an MLIR module with TorchIR's reference interpreter.",
      discussion: "Reads FILE.mlir, runs the entry function on the --input arrays (one .npy "
        + "file per argument, in order) and writes its i-th result to DIR/output_<i>.npy. "
        + "Nothing is written unless the whole run succeeds.")
  }

  @Argument(help: "Input filename ('-' for standard input).")
  var input: String

  @Option(help: "The function to run (default: the only public function, else main, forward or main_graph).")
  var entry: String?

  @Option(name: .customLong("input"), help: ArgumentHelp("A .npy file for the next argument.", valueName: "file.npy"))
  var inputs: [String] = []

  @Option(name: .customLong("output-dir"), help: ArgumentHelp("Directory for output_<i>.npy (created if missing).", valueName: "dir"))
  var outputDir: String?

  @Flag(name: .customLong("print"), help: "Print the results (up to 1000 elements each) on standard output.")
  var printResults = false

  @Flag(help: "Report the time spent parsing, preparing, running and per op kind on standard error.")
  var timing = false

  @Option(name: .customLong("max-call-depth"), help: "Fail when calls nest deeper than this.")
  var maxCallDepth: Int = 1000

  func run() throws {
    var config = RunConfiguration()
    config.inputFilename = input
    config.entry = entry
    config.inputs = inputs
    config.outputDirectory = outputDir
    config.printResults = printResults
    config.timing = timing
    config.maxCallDepth = maxCallDepth
    let code = runOnLargeStack {
      runRun(config, stdout: OutputSink(fileDescriptor: 1), stderr: OutputSink(fileDescriptor: 2))
    }
    if code != 0 { throw ExitCode(code) }
  }
}

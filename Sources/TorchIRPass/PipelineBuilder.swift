// Builds the pipeline an `mlir-opt`-style driver runs, from `--pass-pipeline=`
// or from one flag per pass (`--cse --canonicalize="max-iterations=3"`), with
// mlir-opt's errors for mixing the two.

import TorchIRCore

/// A pass named on the command line by its own flag.
public struct PassFlag: Sendable, Equatable {
  public var argument: String
  public var options: String
  public init(_ argument: String, options: String = "") {
    self.argument = argument
    self.options = options
  }
}

/// The pipeline for ops named `anchor`: parsed from `pipeline` when given,
/// else made of `flags` in order. A pass flag restricted to another op is
/// nested implicitly, as mlir-opt does.
public func buildPassPipeline(
  anchor: String, pipeline: String?, flags: [PassFlag], registry: PassRegistry = .shared
) throws(PipelineError) -> OpPassManager {
  if let text = pipeline {
    if !flags.isEmpty {
      throw PipelineError("'-pass-pipeline' option can't be used with individual pass options")
    }
    return try parsePassPipeline(text, registry: registry)
  }
  let pm = OpPassManager(anchor: anchor)
  for f in flags {
    guard let entry = registry.lookup(f.argument) else {
      throw PipelineError("'\(f.argument)' does not refer to a registered pass or pass pipeline")
    }
    if case .pass(let make) = entry.kind, let restricted = make().anchorName, restricted != anchor {
      try entry.add(options: f.options, to: pm.nest(restricted))
    } else {
      try entry.add(options: f.options, to: pm)
    }
  }
  return pm
}

/// `--dump-pass-pipeline` text.
public func dumpPassPipeline(_ pm: OpPassManager) -> String {
  "Pass Manager with \(pm.count) passes:\n" + pm.printAsTextualPipeline(pretty: true) + "\n\n"
}

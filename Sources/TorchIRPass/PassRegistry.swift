// The registry of passes and named pipelines, by command-line argument. The
// textual pipeline parser and `torchir-opt`'s per-pass flags look names up
// here. Registration happens once at start-up; lookups may come from any
// thread, so the tables sit behind a lock.

import Synchronization
import TorchIRCore

/// An error building a pipeline; `message` is the full text MLIR prints.
public struct PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// A registered pass or pipeline.
public struct PassRegistryEntry: Sendable {
  public enum Kind: Sendable {
    /// Makes a fresh pass instance.
    case pass(@Sendable () -> Pass)
    /// Adds the pipeline's passes to a manager, given its option text.
    case pipeline(@Sendable (OpPassManager, String) throws(PipelineError) -> Void)
  }
  public let argument: String
  public let summary: String
  public let kind: Kind
}

public final class PassRegistry: Sendable {
  private let entries = Mutex<[String: PassRegistryEntry]>([:])

  public init() {}

  /// The registry `torchir-opt` and the pipeline parser use by default.
  public static let shared = PassRegistry()

  /// Registers a pass under the argument of the instance `make` returns.
  public func registerPass(_ make: @escaping @Sendable () -> Pass) {
    let sample = make()
    let entry = PassRegistryEntry(
      argument: sample.argument, summary: sample.summary, kind: .pass(make))
    entries.withLock { $0[sample.argument] = entry }
  }

  /// Registers a named pipeline built by `build`.
  public func registerPipeline(
    _ argument: String, summary: String,
    _ build: @escaping @Sendable (OpPassManager, String) throws(PipelineError) -> Void
  ) {
    let entry = PassRegistryEntry(argument: argument, summary: summary, kind: .pipeline(build))
    entries.withLock { $0[argument] = entry }
  }

  /// Registers a named pipeline given in textual form (`func.func(cse)`),
  /// added to the manager it is used in.
  public func registerPipeline(_ argument: String, summary: String, text: String) {
    registerPipeline(argument, summary: summary) { [self] pm, _ throws(PipelineError) in
      try parsePassPipelineBody(text, into: pm, registry: self)
    }
  }

  public func lookup(_ argument: String) -> PassRegistryEntry? {
    entries.withLock { $0[argument] }
  }

  /// All entries, sorted by argument (for `--help`).
  public var allEntries: [PassRegistryEntry] {
    entries.withLock { Array($0.values) }.sorted { utf8Less($0.argument, $1.argument) }
  }

  /// Adds the entry `argument` with option text `options` to `pm`.
  public func add(_ argument: String, options: String, to pm: OpPassManager) throws(PipelineError) {
    guard let entry = lookup(argument) else {
      throw PipelineError("'\(argument)' does not refer to a registered pass or pass pipeline")
    }
    try entry.add(options: options, to: pm)
  }
}

extension PassRegistryEntry {
  /// Instantiates the pass (or pipeline) with `options` into `pm`.
  public func add(options: String, to pm: OpPassManager) throws(PipelineError) {
    switch kind {
    case .pass(let make):
      let pass = make()
      do {
        try pass.options.parse(options)
      } catch {
        // MLIR prints the option parser's complaint, then this line.
        throw PipelineError(
          "\(error.message)\n\nfailed to add `\(argument)` with options `\(options)`\n")
      }
      try pm.addPass(pass)
    case .pipeline(let build):
      try build(pm, options)
    }
  }
}

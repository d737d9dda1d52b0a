// `canonicalize`: the greedy driver with every registered op's folder and
// canonicalization patterns, under MLIR's option names.

import TorchIRCore

/// `region-simplify=disabled|normal|aggressive`.
public enum RegionSimplifyLevel: String, PassOptionValue, Sendable {
  case disabled, normal, aggressive
  public init?(optionText text: String) { self.init(rawValue: text) }
  public var optionText: String { rawValue }
  public static var optionTypeName: String { "value" }
  public static func invalidValueMessage(_ text: String) -> String {
    "Cannot find option named '\(text)'!"
  }
}

public final class CanonicalizerPass: Pass {
  public override var argument: String { "canonicalize" }
  public override var name: String { "CanonicalizerPass" }
  public override var summary: String { "Canonicalize operations" }

  public let topDown: PassOption<Bool>
  public let regionSimplify: PassOption<RegionSimplifyLevel>
  public let maxIterations: PassOption<Int>
  public let maxNumRewrites: PassOption<Int>
  public let testConvergence: PassOption<Bool>
  public let disabledPatterns: PassListOption<String>
  public let enabledPatterns: PassListOption<String>
  public let filterDialects: PassListOption<String>
  public let cseBetweenIterations: PassOption<Bool>

  public override init() {
    topDown = PassOption("top-down", default: true,
      help: "Seed the worklist in general top-down order")
    regionSimplify = PassOption("region-simplify", default: .normal,
      help: "Perform control flow optimizations to the region tree")
    maxIterations = PassOption("max-iterations", default: 10,
      help: "Max. iterations between applying patterns / simplifying regions")
    maxNumRewrites = PassOption("max-num-rewrites", default: -1,
      help: "Max. number of pattern rewrites within an iteration")
    testConvergence = PassOption("test-convergence", default: false,
      help: "Test only: Fail pass on non-convergence to detect cyclic pattern")
    disabledPatterns = PassListOption("disable-patterns",
      help: "Labels of patterns that should be filtered out during application")
    enabledPatterns = PassListOption("enable-patterns",
      help: "Labels of patterns that should be used during application, all other patterns are filtered out")
    filterDialects = PassListOption("filter-dialects",
      help: "If non-empty, only collect canonicalization patterns from the dialects with the given namespaces")
    cseBetweenIterations = PassOption("cse-between-iterations", default: false,
      help: "Run full CSE between each pattern-application iteration (accepted, not implemented)")
    super.init()
    for o: PassOptionBase in [topDown, regionSimplify, maxIterations, maxNumRewrites, testConvergence,
      disabledPatterns, enabledPatterns, filterDialects, cseBetweenIterations]
    {
      options.add(o)
    }
  }

  /// The canonicalization patterns of every registered op, filtered by the
  /// enable/disable/dialect options.
  func collectPatterns(_ context: MLIRContext) -> [any RewritePattern] {
    var out: [any RewritePattern] = []
    let dialects = Set(filterDialects.values)
    let disabled = Set(disabledPatterns.values)
    let enabled = Set(enabledPatterns.values)
    for name in context.registeredOperationNames {
      guard let opName = context.registeredOperation(name), let info = opName.info else { continue }
      if !dialects.isEmpty && !dialects.contains(opName.dialectNamespace) { continue }
      for p in info.canonicalizationPatterns {
        if disabled.contains(p.debugName) { continue }
        if !enabled.isEmpty && !enabled.contains(p.debugName) { continue }
        out.append(p)
      }
    }
    return out
  }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    var config = GreedyRewriteConfig()
    config.useTopDownTraversal = topDown.value
    config.maxIterations = maxIterations.value
    config.maxNumRewrites = maxNumRewrites.value
    config.enableRegionSimplification = regionSimplify.value != .disabled
    config.aggressiveRegionSimplification = regionSimplify.value == .aggressive
    let patterns = FrozenPatternSet(collectPatterns(op.context))
    let result = try applyPatternsGreedily(op, patterns, config: config)
    // Canonicalization is best effort: not converging fails the pass only
    // when asked to test convergence (MLIR then prints nothing; we say why).
    if testConvergence.value && !result.converged {
      throw nonConvergenceDiagnostic(op, config)
    }
  }
}

/// The error reported when the greedy driver stopped at a limit.
public func nonConvergenceDiagnostic(_ op: Operation, _ config: GreedyRewriteConfig) -> Diagnostic {
  var limits = "max-iterations=\(config.maxIterations)"
  if config.maxNumRewrites >= 0 { limits += ", max-num-rewrites=\(config.maxNumRewrites)" }
  return Diagnostic.error(op.location,
    "greedy pattern rewrite failed to converge (\(limits))")
}

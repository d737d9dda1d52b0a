// The math dialect: ops and formats come from Specs/Math.spec (see
// Generated/MathOps.swift). The fast-math flags are arith's
// `#arith.fastmath<...>` attribute, parsed and printed by the arith dialect.
// Folders are in MathFolders.swift; folded values materialize as
// arith.constant, like MathDialect::materializeConstant.

import TorchIRCore

public final class MathDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "math")
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    installMathFolders(&hooks)
    runtime = SpecRuntime(mathDialectSpec, context: context, hooks: hooks)
  }

  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    guard isBuildableConstant(value, type) else { return nil }
    return builder.create(
      "arith.constant", location: location, resultTypes: [type],
      attributes: [NamedAttribute("value", value)])
  }
}

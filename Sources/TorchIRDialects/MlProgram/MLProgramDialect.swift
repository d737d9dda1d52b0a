// The ml_program dialect: ops come from Specs/MLProgram.spec
// (Generated/MlProgramOps.swift). This file adds what is not data: the token
// type `!ml_program.token`, the attribute `#ml_program.extern : type`, and
// the hand-written custom forms and verifiers of MLIR's MLProgramOps.cpp
// (MLProgramOpsCustom.swift).

import TorchIRCore

public final class MLProgramDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() { super.init(namespace: "ml_program") }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    installMLProgramHooks(&hooks)
    runtime = SpecRuntime(mlProgramDialectSpec, context: context, hooks: hooks)
  }

  public override func parseType(_ parser: any DialectAsmParser) throws -> Type? {
    let loc = parser.currentLocation
    let mnemonic = parser.parseOptionalKeyword() ?? ""
    guard mnemonic == "token" else {
      // The doubled space is MLIR's own spelling (generated type parsers).
      throw parser.error(at: loc, "unknown  type `\(mnemonic)` in dialect `ml_program`")
    }
    return mlProgramTokenType(parser.context)
  }

  public override func printType(_ type: Type, _ printer: any DialectAsmPrinter) -> Bool {
    guard isMLProgramToken(type) else { return false }
    printer.write("token")
    return true
  }

  /// `extern`, typed by the type written after the symbol (` : type`).
  /// MLIR's generated parser for `extern` reads nothing after the mnemonic
  /// and leaves the rest of the body unread, so the spelling of MLIR's own
  /// documentation, `#ml_program.extern<tensor<4xi32>>`, gives an extern
  /// without a type; the type in `<...>` is read here and dropped likewise.
  public override func parseAttribute(_ parser: any DialectAsmParser, type: Type?) throws -> Attribute? {
    let loc = parser.currentLocation
    let mnemonic = parser.parseOptionalKeyword() ?? ""
    guard mnemonic == "extern" else {
      throw parser.error(at: loc, "unknown attribute `\(mnemonic)` in dialect `ml_program`")
    }
    if parser.parseOptionalPunctuation("<") {
      _ = try parser.parseType()
      try parser.parsePunctuation(">")
    }
    return mlProgramExternAttr(type ?? parser.context.noneType, parser.context)
  }

  public override func printAttribute(_ attr: Attribute, _ printer: any DialectAsmPrinter) -> Bool {
    guard externType(attr) != nil else { return false }
    printer.write("extern")
    return true
  }

  public override func attributeType(_ attr: Attribute) -> Type? { externType(attr) }

  public override func asmAlias(for attribute: Attribute) -> String? {
    externType(attribute) != nil ? "extern" : nil
  }
}

/// `!ml_program.token`.
func mlProgramTokenType(_ context: MLIRContext) -> Type {
  context.type(.dialect(DialectType(dialect: "ml_program", mnemonic: "token", parameters: [])))
}

func isMLProgramToken(_ type: Type) -> Bool {
  guard case .dialect(let d) = type.kind else { return false }
  return d.dialect == "ml_program" && d.mnemonic == "token"
}

/// `#ml_program.extern : type` (ExternAttr: a TypedAttr with no other data).
func mlProgramExternAttr(_ type: Type, _ context: MLIRContext) -> Attribute {
  context.attribute(.dialect(DialectAttribute(dialect: "ml_program", mnemonic: "extern", parameters: [.type(type)])))
}

private func externType(_ attr: Attribute) -> Type? {
  guard case .dialect(let d) = attr.kind, d.dialect == "ml_program", d.mnemonic == "extern",
    d.parameters.count == 1, case .type(let t) = d.parameters[0]
  else { return nil }
  return t
}

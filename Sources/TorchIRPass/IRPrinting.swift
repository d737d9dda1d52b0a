// `--mlir-print-ir-before/after...`: dumps the IR around passes with MLIR's
// header lines. The pass layer cannot import the printer, so the driver hands
// in a closure that prints an op (a nested op with local scope, a top-level
// op as a whole module) and a sink for the text.

import TorchIRCore

public struct IRPrintingConfig {
  /// Whether to print before / after a given pass.
  public var printBefore: (Pass) -> Bool = { _ in false }
  public var printAfter: (Pass) -> Bool = { _ in false }
  /// Print after a pass only when it changed the IR.
  public var printAfterOnlyOnChange = false
  /// Print after a pass only when it failed.
  public var printAfterOnlyOnFailure = false
  /// Always print the top-level op instead of the op the pass ran on.
  public var printModuleScope = false
  public init() {}
}

public final class IRPrinterInstrumentation: PassInstrumentation {
  let config: IRPrintingConfig
  let printOp: (Operation) -> String
  let write: (String) -> Void
  /// IR text before each running pass, kept only for after-change.
  private var beforeText: [String] = []

  /// `printOp` prints one op; `write` receives each dump.
  public init(
    _ config: IRPrintingConfig, printOp: @escaping (Operation) -> String,
    write: @escaping (String) -> Void
  ) {
    self.config = config
    self.printOp = printOp
    self.write = write
  }

  private func scope(_ op: Operation) -> Operation {
    guard config.printModuleScope else { return op }
    var top = op
    while let p = top.parentOp { top = p }
    return top
  }

  /// Writes one dump; `failed` adds MLIR's " Failed" after the pass name.
  private func dump(
    _ when: String, _ pass: Pass, _ op: Operation, text: String? = nil, failed: Bool = false
  ) {
    let status = failed ? " Failed" : ""
    var header = "// -----// IR Dump \(when) \(pass.name)\(status): \(pass.textualPipeline)"
    let target = scope(op)
    if target !== op, let sym = SymbolTable.symbolName(op) {
      header += " ('\(op.name.name)' operation: @\(sym))"
    } else if target !== op {
      header += " ('\(op.name.name)' operation)"
    }
    // A top-level op prints with its own trailing newline, a nested one does
    // not; MLIR adds one blank line after either.
    write(header + " //----- //\n" + (text ?? printOp(target)) + "\n\n")
  }

  public func runBeforePass(_ pass: Pass, _ op: Operation) {
    if pass is OpToOpPassAdaptor { return }
    if config.printAfterOnlyOnChange { beforeText.append(printOp(scope(op))) }
    if config.printBefore(pass) { dump("Before", pass, op) }
  }

  public func runAfterPass(_ pass: Pass, _ op: Operation) {
    if pass is OpToOpPassAdaptor { return }
    let before = config.printAfterOnlyOnChange ? beforeText.popLast() : nil
    if config.printAfterOnlyOnFailure || !config.printAfter(pass) { return }
    let text = printOp(scope(op))
    if config.printAfterOnlyOnChange, before == text { return }
    dump("After", pass, op, text: text)
  }

  public func runAfterPassFailed(_ pass: Pass, _ op: Operation) {
    if pass is OpToOpPassAdaptor { return }
    if config.printAfterOnlyOnChange { _ = beforeText.popLast() }
    if config.printAfterOnlyOnFailure || config.printAfter(pass) {
      dump("After", pass, op, text: nil, failed: true)
    }
  }

}

// The printer's public entry points. `printOperation` prints what
// Operation::print prints in MLIR; mlir-opt then adds one "\n" after each
// printed module (and `// -----\n` between the chunks of --split-input-file),
// which is the caller's job.

import TorchIRCore

/// Prints `op` as MLIR text.
///
/// A top-level op (not in a block) is printed with the alias definitions
/// that cannot be deferred before it, a newline after it, then the deferred
/// (location) aliases and the `{-# dialect_resources: ... #-}` section. A
/// nested op, or any op under `printLocalScope`, is printed alone, without a
/// trailing newline, aliases or resources; its SSA names are those of the
/// enclosing root op (or, under local scope, of the nearest ancestor that is
/// isolated from above).
///
/// Unless the generic form is requested or `assumeVerified` is set, the root
/// is verified first and printed in the generic form when it is invalid, as
/// custom printers may rely on invariants that do not hold.
public func printOperation(_ op: Operation, options: AsmPrinterOptions = AsmPrinterOptions(), to sink: OutputSink) {
  var options = options
  let root = namingRoot(of: op, localScope: options.printLocalScope)
  if !options.printGenericOpForm && !options.assumeVerified {
    do {
      try Verifier().verify(root)
    } catch {
      options.printGenericOpForm = true
    }
  }
  let names = SSANameState(numbering: root, printGeneric: options.printGenericOpForm)
  if op.block == nil && !options.printLocalScope {
    let collector = AliasCollector(
      context: op.context, options: options, printGeneric: options.printGenericOpForm)
    collector.visitOperation(op)
    let printer = AsmPrinter(
      context: op.context, out: sink, options: options, names: names,
      aliases: AliasTable(collected: collector))
    printer.printTopLevelOperation(op)
  } else {
    let printer = AsmPrinter(context: op.context, out: sink, options: options, names: names)
    printer.printFullOperation(op)
  }
  sink.flush()
}

/// `printOperation` into a String.
public func operationString(_ op: Operation, options: AsmPrinterOptions = AsmPrinterOptions()) -> String {
  let sink = OutputSink()
  printOperation(op, options: options, to: sink)
  return sink.string
}

/// A type as MLIR's Type::print writes it (no aliases).
public func typeString(_ type: Type) -> String {
  let sink = OutputSink(capacity: 256)
  AsmPrinter(context: type.context, out: sink, options: AsmPrinterOptions()).printType(type)
  return sink.string
}

/// An attribute as MLIR's Attribute::print writes it (no aliases); with
/// `elideType` the trailing ` : type` is left out.
public func attributeString(_ attr: Attribute, elideType: Bool = false) -> String {
  let sink = OutputSink(capacity: 256)
  AsmPrinter(context: attr.context, out: sink, options: AsmPrinterOptions())
    .printAttributeOrAlias(attr, elision: elideType ? .must : .never)
  return sink.string
}

/// A location in its `loc(...)` form, as MLIR prints a Location on its own.
public func locationString(_ loc: Location, in context: MLIRContext) -> String {
  let sink = OutputSink(capacity: 256)
  AsmPrinter(context: context, out: sink, options: AsmPrinterOptions())
    .printLocation(loc, allowAlias: false)
  return sink.string
}

/// Makes `description` of types, attributes and operations print MLIR
/// syntax. Operations print as MLIR prints them into diagnostics: generic
/// form, local scope, elements attributes with more than 16 elements elided.
public func installPrintHooks(_ context: MLIRContext) {
  context.printHooks = PrintHooks(
    type: { typeString($0) },
    attribute: { attributeString($0) },
    operation: { operationString($0, options: .diagnostic) })
}

/// The op whose IR is numbered when `op` is printed (MLIR's findParent).
private func namingRoot(of op: Operation, localScope: Bool) -> Operation {
  var current = op
  while true {
    if localScope && current.hasTrait(.isolatedFromAbove) { return current }
    guard let parent = current.parentOp else { return current }
    current = parent
  }
}

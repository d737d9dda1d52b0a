// Operations, blocks and regions (MLIR's OperationPrinter):
//
//   %0:2 = "foo.bar"(%a, %b)[^bb1, ^bb2] <{props}> ({
//   ^bb0(%arg0: i32):  // pred: ...
//     ...
//   }, {
//   }) {attrs} : (i32, i32) -> (i1, i1) loc(...)
//
// The generic form is used for unregistered ops, for registered ops without
// a custom printer, and for everything under --mlir-print-op-generic. Nested
// ops are indented two spaces per region level; block labels sit at the
// indentation of the op that owns the region.

import TorchIRCore

extension AsmPrinter {
  /// The top-level op of a printing, with the alias definitions before it,
  /// the deferred (location) aliases after it and then the resource section.
  func printTopLevelOperation(_ op: Operation) {
    printAliasDefinitions(deferred: false)
    printFullOperation(op)
    out.write(UInt8(ascii: "\n"))
    printAliasDefinitions(deferred: true)
    printFileMetadata()
  }

  private func printAliasDefinitions(deferred: Bool) {
    for (key, alias) in aliases.ordered where alias.isDeferrable == deferred {
      alias.write(to: out)
      out.write(" = ")
      switch key {
      case .type(let t): printTypeImpl(t)
      case .attribute(let a): printAttributeImpl(a)
      case .location(let l): printLocation(l, allowAlias: false)
      }
      out.write(UInt8(ascii: "\n"))
    }
  }

  /// Indentation, the op, and its location when debug info is printed.
  func printFullOperation(_ op: Operation) {
    out.writeSpaces(indent)
    printResultsAndOperation(op)
    printOperationLocation(op)
  }

  private func printResultsAndOperation(_ op: Operation) {
    let count = op.numResults
    if count > 0 {
      let groups = names?.resultGroupStarts(of: op) ?? []
      if groups.isEmpty {
        writeResultGroup(op, start: 0, size: count)
      } else {
        for (i, start) in groups.enumerated() {
          if i > 0 { out.write(", ") }
          let end = i + 1 < groups.count ? groups[i + 1] : count
          writeResultGroup(op, start: start, size: end - start)
        }
      }
      out.write(" = " as StaticString)
    }
    printCustomOrGenericOperation(op)
  }

  private func writeResultGroup(_ op: Operation, start: Int, size: Int) {
    writeValueID(op.result(start), printResultNumber: false)
    if size > 1 {
      out.write(UInt8(ascii: ":"))
      out.write(decimal: size)
    }
  }

  private func printCustomOrGenericOperation(_ op: Operation) {
    if !options.printGenericOpForm, let print = op.name.info?.print {
      // The op name loses the default dialect's prefix when that is
      // unambiguous (one dot in the name).
      let name = op.name.name
      let defaultDialect = defaultDialects.last ?? ""
      let dialect = op.name.dialectNamespace
      if !defaultDialect.isEmpty, dialect == defaultDialect,
        name.utf8.count(where: { $0 == UInt8(ascii: ".") }) == 1
      {
        out.write(String(name.utf8.dropFirst(dialect.utf8.count + 1)) ?? name)
      } else {
        out.write(name)
      }
      print(op, self)
      return
    }
    printGenericOperation(op)
  }

  func printGenericOperation(_ op: Operation) {
    out.writeQuoted(op.name.name)
    out.write(UInt8(ascii: "("))
    let operands = op.operands
    for i in operands.indices {
      if i > 0 { out.write(", ") }
      writeValueID(operands[i].value, printResultNumber: true)
    }
    out.write(UInt8(ascii: ")"))
    let successors = op.successors
    if !successors.isEmpty {
      out.write(UInt8(ascii: "["))
      for (i, s) in successors.enumerated() {
        if i > 0 { out.write(", ") }
        writeBlockName(s.block)
      }
      out.write(UInt8(ascii: "]"))
    }
    if let props = op.properties {
      out.write(" <")
      printAttribute(props)
      out.write(UInt8(ascii: ">"))
    }
    let regions = op.regions
    if !regions.isEmpty {
      out.write(" (")
      for (i, r) in regions.enumerated() {
        if i > 0 { out.write(", ") }
        printRegionBody(r, printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: true)
      }
      out.write(UInt8(ascii: ")"))
    }
    printOptionalAttrDict(op.attributes.dictionaryEntries ?? [], elided: [], withKeyword: false)
    out.write(" : ")
    printFunctionalType(op)
  }

  /// `{`, the blocks, `}`. The entry block's label is printed only when the
  /// caller wants its arguments shown and it has some, or when it is empty
  /// and empty blocks must show (the generic form).
  func printRegionBody(
    _ region: Region, printEntryBlockArgs: Bool, printBlockTerminators: Bool, printEmptyBlock: Bool
  ) {
    if options.skipRegions {
      out.write("{...}")
      return
    }
    out.write("{\n")
    if let entry = region.entryBlock {
      defaultDialects.append(region.parentOp?.name.info?.defaultDialect ?? "")
      let showHeader = (printEmptyBlock && entry.isEmpty)
        || (printEntryBlockArgs && !entry.arguments.isEmpty)
      printBlock(entry, printHeader: showHeader, printTerminator: printBlockTerminators)
      for b in region.blocks.dropFirst() {
        printBlock(b, printHeader: true, printTerminator: true)
      }
      defaultDialects.removeLast()
    }
    out.writeSpaces(indent)
    out.write(UInt8(ascii: "}"))
  }

  private func printBlock(_ block: Block, printHeader: Bool, printTerminator: Bool) {
    if printHeader {
      out.writeSpaces(indent)
      writeBlockName(block)
      if !block.arguments.isEmpty {
        out.write(UInt8(ascii: "("))
        for (i, arg) in block.arguments.enumerated() {
          if i > 0 { out.write(", ") }
          writeValueID(arg, printResultNumber: true)
          out.write(": ")
          printType(arg.type)
          printTrailingLocation(arg.loc, allowAlias: false)
        }
        out.write(UInt8(ascii: ")"))
      }
      out.write(UInt8(ascii: ":"))
      writePredecessorComment(block)
      out.write(UInt8(ascii: "\n"))
    }

    indent += 2
    let skipLast = !printTerminator && (block.last?.hasTrait(.isTerminator) ?? false)
    var op = block.first
    while let o = op {
      if skipLast && o === block.last { break }
      printFullOperation(o)
      out.write(UInt8(ascii: "\n"))
      op = o.nextInBlock
    }
    indent -= 2
  }

  /// `  // pred: ^bb0`, `  // 2 preds: ^bb0, ^bb1` (sorted by block order,
  /// one entry per branch) or `  // no predecessors` (not for entry blocks).
  private func writePredecessorComment(_ block: Block) {
    guard block.parent != nil else {
      out.write("  // block is not in a region!")
      return
    }
    let preds = block.predecessors
    if preds.isEmpty {
      if !block.isEntryBlock { out.write("  // no predecessors") }
      return
    }
    if preds.count == 1, let b = preds[0].block {
      out.write("  // pred: ")
      writeBlockName(b)
      return
    }
    var numbered: [(order: Int, block: Block?)] = preds.map { p in
      (p.block.flatMap { names?.blockNumber($0) } ?? -1, p.block)
    }
    numbered = stableSorted(numbered) { $0.order < $1.order }
    out.write("  // ")
    out.write(decimal: numbered.count)
    out.write(" preds: ")
    for (i, p) in numbered.enumerated() {
      if i > 0 { out.write(", ") }
      if let b = p.block { writeBlockName(b) } else { out.write("INVALIDBLOCK") }
    }
  }
}

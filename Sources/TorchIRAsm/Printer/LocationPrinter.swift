// Locations (printLocation / printLocationInternal / printTrailingLocation).
// The outermost location of a `loc(...)` is printed in full, nested ones use
// their `#loc` alias when they have one. A name location's child is printed
// only when it is not `unknown`; a file range on one line prints as
// `"f":1:2 to :9`, and as a plain position when it is empty.

import TorchIRCore

extension AsmPrinter {
  /// ` loc(...)` after an op or block argument, only with debug info.
  func printTrailingLocation(_ loc: Location, allowAlias: Bool) {
    guard options.printDebugInfo else { return }
    out.write(UInt8(ascii: " "))
    printLocation(loc, allowAlias: allowAlias)
  }

  /// ` loc(...)` after an op, only with debug info.
  func printOperationLocation(_ op: Operation) {
    guard options.printDebugInfo else { return }
    out.write(UInt8(ascii: " "))
    if options.printPrettyDebugInfo {
      printLocationInternal(op.location, pretty: true, isTopLevel: true)
      return
    }
    out.write("loc(")
    if let alias = aliases.aliasOfLocation(of: op) {
      alias.write(to: out)
    } else {
      printLocationInternal(op.location, pretty: false, isTopLevel: true)
    }
    out.write(UInt8(ascii: ")"))
  }

  func printLocation(_ loc: Location, allowAlias: Bool) {
    if options.printPrettyDebugInfo {
      printLocationInternal(loc, pretty: true, isTopLevel: true)
      return
    }
    out.write("loc(")
    if allowAlias, !aliases.isEmpty, let alias = aliases.alias(for: loc) {
      alias.write(to: out)
    } else {
      printLocationInternal(loc, pretty: false, isTopLevel: true)
    }
    out.write(UInt8(ascii: ")"))
  }

  func printLocationInternal(_ loc: Location, pretty: Bool, isTopLevel: Bool) {
    if !isTopLevel, !aliases.isEmpty, let alias = aliases.alias(for: loc) {
      alias.write(to: out)
      return
    }
    switch loc {
    case .unknown:
      out.write(pretty ? "[unknown]" : "unknown")
    case .fileLineCol(let file, let line, let column):
      writeFileName(file, pretty: pretty)
      out.write(UInt8(ascii: ":"))
      out.write(decimal: line)
      out.write(UInt8(ascii: ":"))
      out.write(decimal: column)
    case .fileLineColRange(let file, let line, let column, let endLine, let endColumn):
      writeFileName(file, pretty: pretty)
      out.write(UInt8(ascii: ":"))
      out.write(decimal: line)
      out.write(UInt8(ascii: ":"))
      out.write(decimal: column)
      if endLine == line && endColumn == column { return }
      if endLine == line {
        out.write(" to :")
      } else {
        out.write(" to ")
        out.write(decimal: endLine)
        out.write(UInt8(ascii: ":"))
      }
      out.write(decimal: endColumn)
    case .name(let name, let child):
      out.writeQuoted(name)
      if let c = child, c != .unknown {
        out.write(UInt8(ascii: "("))
        printLocationInternal(c, pretty: pretty, isTopLevel: false)
        out.write(UInt8(ascii: ")"))
      }
    case .callSite(let callee, let caller):
      if !pretty { out.write("callsite(") }
      printLocationInternal(callee, pretty: pretty, isTopLevel: false)
      if pretty {
        // The pretty form breaks the line unless a name is called from a file.
        if case .name = callee, case .fileLineCol = caller {
          out.write(" at ")
        } else {
          out.write("\n at ")
        }
      } else {
        out.write(" at ")
      }
      printLocationInternal(caller, pretty: pretty, isTopLevel: false)
      if !pretty { out.write(UInt8(ascii: ")")) }
    case .fused(let locations, let metadata):
      if !pretty { out.write("fused") }
      if let m = metadata {
        out.write(UInt8(ascii: "<"))
        printAttribute(m)
        out.write(UInt8(ascii: ">"))
      }
      out.write(UInt8(ascii: "["))
      for (i, l) in locations.enumerated() {
        if i > 0 { out.write(", ") }
        printLocationInternal(l, pretty: pretty, isTopLevel: false)
      }
      out.write(UInt8(ascii: "]"))
    case .opaqueAttr(let attr):
      if case .location(let inner) = attr.kind {
        printLocationInternal(inner, pretty: pretty, isTopLevel: isTopLevel)
      } else {
        printAttribute(attr)
      }
    }
  }

  private func writeFileName(_ file: String, pretty: Bool) {
    if pretty { out.writeVerbatim(file) } else { out.writeQuoted(file) }
  }
}

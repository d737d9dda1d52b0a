// Symbol tables: ops with the SymbolTable trait map `sym_name`s of their
// direct children to ops; references such as `@a::@b` are resolved through
// nested tables.

public enum SymbolVisibility: String, Sendable {
  case `public`, `private`, nested
}

public final class SymbolTable {
  public let op: Operation
  private var symbols: [String: Operation] = [:]

  /// Builds the table of `op`, which must have the SymbolTable trait (or be an
  /// unregistered op used as one).
  public init(_ op: Operation) {
    self.op = op
    guard let r = op.regions.first, let b = r.entryBlock else { return }
    for child in b {
      if let n = SymbolTable.symbolName(child), symbols[n] == nil { symbols[n] = child }
    }
  }

  public func lookup(_ name: String) -> Operation? { symbols[name] }

  /// Inserts `symbol` at the end of the table's block (before a terminator),
  /// renaming it `name_N` when the name is taken; returns the name used.
  @discardableResult
  public func insert(_ symbol: Operation) -> String {
    guard let b = op.regions.first?.entryBlock else { return "" }
    if symbol.block == nil {
      if let t = b.last, t.hasTrait(.isTerminator) { b.insert(symbol, before: t) } else { b.append(symbol) }
    }
    var name = SymbolTable.symbolName(symbol) ?? ""
    if let existing = symbols[name], existing !== symbol {
      var i = 0
      var candidate: String
      repeat {
        candidate = "\(name)_\(i)"
        i += 1
      } while symbols[candidate] != nil
      symbol.setAttr("sym_name", symbol.context.stringAttr(candidate))
      name = candidate
    }
    symbols[name] = symbol
    return name
  }

  public func erase(_ symbol: Operation) {
    if let n = SymbolTable.symbolName(symbol), symbols[n] === symbol { symbols[n] = nil }
    symbol.erase()
  }

  public static func symbolName(_ op: Operation) -> String? {
    op.attr("sym_name")?.stringValue
  }

  public static func visibility(_ op: Operation) -> SymbolVisibility {
    guard let v = op.attr("sym_visibility")?.stringValue else { return .public }
    return SymbolVisibility(rawValue: v) ?? .public
  }

  /// The closest ancestor (or `from` itself) with the SymbolTable trait.
  public static func nearestSymbolTable(_ from: Operation) -> Operation? {
    var cur: Operation? = from
    while let c = cur {
      if c.hasTrait(.symbolTable) { return c }
      cur = c.parentOp
    }
    return nil
  }

  /// Resolves `@root::@nested...` starting at the symbol table `table`. As
  /// in MLIR's `lookupSymbolIn`, a nested reference goes only through symbol
  /// tables and never reaches a private symbol below its root.
  public static func lookup(_ ref: Attribute, in table: Operation) -> Operation? {
    guard case .symbolRef(let root, let nested) = ref.kind else { return nil }
    var cur = SymbolTable(table).lookup(root)
    for n in nested {
      guard let c = cur, c.hasTrait(.symbolTable), let next = SymbolTable(c).lookup(n),
        visibility(next) != .private
      else { return nil }
      cur = next
    }
    return cur
  }

  /// Resolves a reference from `from` in the nearest symbol table around it
  /// (`from` itself if it is one), as MLIR's `lookupNearestSymbolFrom` does:
  /// the tables further out are not searched.
  public static func lookupNearest(_ ref: Attribute, from: Operation) -> Operation? {
    guard let table = nearestSymbolTable(from) else { return nil }
    return lookup(ref, in: table)
  }
}

// `symbol-dce`: erases private symbols nothing references (MLIR's
// SymbolDCE). Liveness starts from every op that is not a discardable symbol
// and follows symbol references; a nested symbol table's symbols are hidden
// (discardable even when public) when the table itself is private, not a
// symbol, or inside a hidden table.

import TorchIRCore

public final class SymbolDCEPass: Pass {
  public override var argument: String { "symbol-dce" }
  public override var name: String { "SymbolDCEPass" }
  public override var summary: String { "Eliminate dead symbols" }

  public override func run(on op: Operation, _ state: PassExecutionState) throws {
    if !op.hasTrait(.symbolTable) {
      throw opError(op, " was scheduled to run under SymbolDCE, but does not define a symbol table")
    }
    var hidden = true
    if op.parentOp != nil && isSymbol(op) {
      hidden = SymbolTable.visibility(op) == .private
    }
    var live = Set<ObjectIdentifier>()
    computeLiveness(op, hidden: hidden, live: &live)
    // Erase dead symbols in this table and in every nested one.
    var tables: [Operation] = []
    op.walk { if $0.hasTrait(.symbolTable) { tables.append($0) } }
    for table in tables {
      guard let region = table.regions.first else { continue }
      for block in region.blocks {
        for child in block where isSymbol(child) && !live.contains(ObjectIdentifier(child)) {
          child.erase()
        }
      }
    }
  }

  private func computeLiveness(_ table: Operation, hidden: Bool, live: inout Set<ObjectIdentifier>) {
    var worklist: [Operation] = []
    for block in table.regions.first?.blocks ?? [] {
      for op in block {
        if !isSymbol(op) {
          worklist.append(op)
          continue
        }
        // Public symbols are never discarded (MLIR's canDiscardOnUseEmpty
        // as torch-mlir-opt behaves); nested ones only in a hidden table.
        let visibility = SymbolTable.visibility(op)
        let discardable = (hidden || visibility == .private) && visibility != .public
        if !discardable && live.insert(ObjectIdentifier(op)).inserted { worklist.append(op) }
      }
    }
    while let op = worklist.popLast() {
      if op.hasTrait(.symbolTable) {
        let isHidden = hidden || !isSymbol(op) || SymbolTable.visibility(op) == .private
        computeLiveness(op, hidden: isHidden, live: &live)
      } else {
        // Ops with regions nested in a live op may hold symbol tables.
        for r in op.regions {
          for b in r.blocks { for child in b where !child.regions.isEmpty { worklist.append(child) } }
        }
      }
      // Uses are resolved in the symbol table directly holding the op.
      guard let scope = op.parentOp, scope.hasTrait(.symbolTable) else { continue }
      for ref in symbolUses(op) {
        for resolved in resolveAll(ref, in: scope) where live.insert(ObjectIdentifier(resolved)).inserted {
          worklist.append(resolved)
        }
      }
    }
  }

  /// Every symbol along `@a::@b::@c` from `table` (all of them are used);
  /// none when any part does not resolve.
  private func resolveAll(_ ref: Attribute, in table: Operation) -> [Operation] {
    guard case .symbolRef(let root, let nested) = ref.kind else { return [] }
    var out: [Operation] = []
    guard var cur = SymbolTable(table).lookup(root) else { return [] }
    out.append(cur)
    for n in nested {
      guard cur.hasTrait(.symbolTable), let next = SymbolTable(cur).lookup(n) else { return [] }
      out.append(next)
      cur = next
    }
    return out
  }
}

/// Whether `op` defines a symbol: a Symbol op, or a symbol table that has a
/// name (a module's name is optional, as MLIR's `isOptionalSymbol`).
func isSymbol(_ op: Operation) -> Bool {
  op.hasTrait(.symbol) || (op.hasTrait(.symbolTable) && SymbolTable.symbolName(op) != nil)
}

/// The symbol references held by `op` and the ops nested in it, not looking
/// inside nested symbol tables (MLIR's `SymbolTable::getSymbolUses`).
public func symbolUses(_ op: Operation) -> [Attribute] {
  var out: [Attribute] = []
  var stack: [Operation] = [op]
  while let cur = stack.popLast() {
    // A symbol table's own attributes belong to the enclosing scope, which
    // is not the scope `op`'s uses are resolved in (as in MLIR).
    if cur !== op || !cur.hasTrait(.symbolTable) {
      if let p = cur.properties { collectSymbolRefs(p, &out) }
      collectSymbolRefs(cur.attributes, &out)
    }
    if cur !== op && cur.hasTrait(.symbolTable) { continue }
    for r in cur.regions {
      for b in r.blocks { for child in b { stack.append(child) } }
    }
  }
  return out
}

private func collectSymbolRefs(_ attr: Attribute, _ out: inout [Attribute]) {
  var stack = [attr]
  while let a = stack.popLast() {
    switch a.kind {
    case .symbolRef: out.append(a)
    case .array(let xs): stack.append(contentsOf: xs)
    case .dictionary(let entries): stack.append(contentsOf: entries.map(\.value))
    default: break
    }
  }
}

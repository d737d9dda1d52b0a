// Canonicalizations that merge duplicate values along scf control flow (what
// torch-mlir-opt --canonicalize does through its region branch patterns):
// two results that get the same value on every path, or two loop-carried
// arguments with the same init and the same yielded value, are one value.
// The second one's uses move to the first; the patterns that drop unused
// results and arguments then remove it.

import TorchIRCore

func installScfDuplicatePatterns(_ add: (String, [any RewritePattern]) -> Void, _ existing: (String) -> [any RewritePattern]) {
  for name in ["scf.if", "scf.index_switch", "scf.execute_region"] {
    add(name, existing(name) + [ClosurePattern(name, name: "MergeDuplicateResults", mergeDuplicateYieldedResults)])
  }
  add("scf.for", existing("scf.for") + [ClosurePattern("scf.for", name: "MergeDuplicateIterArgs", mergeDuplicateForIterArgs)])
  add("scf.while", existing("scf.while") + [
    ClosurePattern("scf.while", name: "MergeDuplicateResults", mergeDuplicateWhileResults),
    ClosurePattern("scf.while", name: "MergeDuplicateArgs", mergeDuplicateWhileArgs),
  ])
}

/// Pairs (i, j), i < j, whose columns are identical in every row; each j at
/// most once, with the smallest such i.
private func duplicateColumns(_ rows: [[Value]], count: Int) -> [(Int, Int)] {
  guard rows.allSatisfy({ $0.count == count }) else { return [] }
  var pairs: [(Int, Int)] = []
  var merged = Set<Int>()
  for j in 0..<count {
    for i in 0..<j where !merged.contains(i) {
      if rows.allSatisfy({ $0[i] === $0[j] }) {
        pairs.append((i, j))
        merged.insert(j)
        break
      }
    }
  }
  return pairs
}

/// Moves the uses of each pair's second value to its first; true when any
/// use moved.
private func mergeUses(_ rewriter: PatternRewriter, _ pairs: [(Int, Int)], _ values: [Value]) -> Bool {
  var changed = false
  for (i, j) in pairs where !values[j].useEmpty {
    rewriter.replaceAllUsesWith(values[j], values[i])
    changed = true
  }
  return changed
}

/// scf.if / scf.index_switch / scf.execute_region: results whose yields
/// agree in every block.
private func mergeDuplicateYieldedResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 1 else { return false }
  var rows: [[Value]] = []
  for region in op.regions {
    for block in region.blocks {
      guard let y = block.last, y.name.name == "scf.yield" else { continue }
      rows.append(y.operandValues)
    }
  }
  guard !rows.isEmpty else { return false }
  let pairs = duplicateColumns(rows, count: op.numResults)
  return mergeUses(rewriter, pairs, Array(op.results))
}

private func mergeDuplicateForIterArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard let body = forBody(op), let yield = terminator(of: op.region(0), named: "scf.yield") else { return false }
  let inits = forInitArgs(op)
  let iterArgs = Array(body.arguments.dropFirst()) as [Value]
  guard inits.count > 1, iterArgs.count == inits.count, op.numResults == inits.count else { return false }
  let pairs = duplicateColumns([inits, yield.operandValues], count: inits.count)
  let a = mergeUses(rewriter, pairs, iterArgs)
  let b = mergeUses(rewriter, pairs, Array(op.results))
  return a || b
}

private func mergeDuplicateWhileResults(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numResults > 1, op.regions.count == 2, let before = op.region(0).entryBlock,
    let after = op.region(1).entryBlock, let condition = before.last, condition.name.name == "scf.condition",
    condition.numOperands == op.numResults + 1, after.arguments.count == op.numResults
  else { return false }
  let pairs = duplicateColumns([Array(condition.operandValues.dropFirst())], count: op.numResults)
  let a = mergeUses(rewriter, pairs, Array(after.arguments))
  let b = mergeUses(rewriter, pairs, Array(op.results))
  return a || b
}

private func mergeDuplicateWhileArgs(_ op: Operation, _ rewriter: PatternRewriter) throws -> Bool {
  guard op.numOperands > 1, op.regions.count == 2, let before = op.region(0).entryBlock,
    let after = op.region(1).entryBlock, let yield = after.last, yield.name.name == "scf.yield",
    before.arguments.count == op.numOperands, yield.numOperands == op.numOperands
  else { return false }
  let pairs = duplicateColumns([op.operandValues, yield.operandValues], count: op.numOperands)
  return mergeUses(rewriter, pairs, Array(before.arguments))
}

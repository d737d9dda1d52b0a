// Affine expressions, maps and integer sets (printAffineExprInternal,
// printAffineMap, printIntegerSet). Parentheses follow binding strength:
// `+` binds weakly, everything else strongly, and a strong operator inside a
// strong context is parenthesized. Sums with negative terms print as
// subtractions: `e + c` with c < 0 as `e - |c|`, `e + f * -1` as `e - f`,
// `e + f * c` with c < -1 as `e - f * |c|`, and `f * -1` alone as `-f`.

import TorchIRCore

extension AsmPrinter {
  private enum Binding { case weak, strong }

  func printAffineMap(_ map: AffineMap) {
    writeIdentifierLists(dims: map.numDims, symbols: map.numSymbols)
    out.write(" -> (")
    for (i, e) in map.results.enumerated() {
      if i > 0 { out.write(", ") }
      printAffineExpr(e, .weak)
    }
    out.write(UInt8(ascii: ")"))
  }

  func printIntegerSet(_ set: IntegerSet) {
    writeIdentifierLists(dims: set.numDims, symbols: set.numSymbols)
    out.write(" : (")
    for (i, e) in set.constraints.enumerated() {
      if i > 0 { out.write(", ") }
      printAffineExpr(e, .weak)
      let isEquality = i < set.isEquality.count && set.isEquality[i]
      out.write(isEquality ? " == 0" : " >= 0")
    }
    out.write(UInt8(ascii: ")"))
  }

  /// `(d0, d1)` and, when there are symbols, `[s0, s1]`.
  private func writeIdentifierLists(dims: Int, symbols: Int) {
    out.write(UInt8(ascii: "("))
    for i in 0..<max(dims, 0) {
      if i > 0 { out.write(", ") }
      out.write(UInt8(ascii: "d"))
      out.write(decimal: i)
    }
    out.write(UInt8(ascii: ")"))
    if symbols > 0 {
      out.write(UInt8(ascii: "["))
      for i in 0..<symbols {
        if i > 0 { out.write(", ") }
        out.write(UInt8(ascii: "s"))
        out.write(decimal: i)
      }
      out.write(UInt8(ascii: "]"))
    }
  }

  func printAffineExpr(_ expr: AffineExpr) { printAffineExpr(expr, .weak) }

  private func printAffineExpr(_ expr: AffineExpr, _ enclosing: Binding) {
    let spelling: String
    let lhs: AffineExpr
    let rhs: AffineExpr
    switch expr {
    case .dim(let p):
      out.write(UInt8(ascii: "d"))
      out.write(decimal: p)
      return
    case .symbol(let p):
      out.write(UInt8(ascii: "s"))
      out.write(decimal: p)
      return
    case .constant(let v):
      out.write(decimal: v)
      return
    case .add(let l, let r):
      printSum(l, r, enclosing)
      return
    case .mul(let l, let r): (spelling, lhs, rhs) = (" * ", l, r)
    case .floorDiv(let l, let r): (spelling, lhs, rhs) = (" floordiv ", l, r)
    case .ceilDiv(let l, let r): (spelling, lhs, rhs) = (" ceildiv ", l, r)
    case .mod(let l, let r): (spelling, lhs, rhs) = (" mod ", l, r)
    }

    if enclosing == .strong { out.write(UInt8(ascii: "(")) }
    if case .mul = expr, case .constant(-1) = rhs {
      // Multiplication by -1 prints as negation.
      out.write(UInt8(ascii: "-"))
      printAffineExpr(lhs, .strong)
    } else {
      printAffineExpr(lhs, .strong)
      out.write(spelling)
      printAffineExpr(rhs, .strong)
    }
    if enclosing == .strong { out.write(UInt8(ascii: ")")) }
  }

  private func printSum(_ lhs: AffineExpr, _ rhs: AffineExpr, _ enclosing: Binding) {
    if enclosing == .strong { out.write(UInt8(ascii: "(")) }
    defer { if enclosing == .strong { out.write(UInt8(ascii: ")")) } }

    // `e + f * c` with a negative constant c prints as a subtraction.
    if case .mul(let factor, let c) = rhs, case .constant(let v) = c {
      if v == -1 {
        printAffineExpr(lhs, .weak)
        out.write(" - ")
        if case .add = factor {
          printAffineExpr(factor, .strong)
        } else {
          printAffineExpr(factor, .weak)
        }
        return
      }
      if v < -1 {
        printAffineExpr(lhs, .weak)
        out.write(" - ")
        printAffineExpr(factor, .strong)
        out.write(" * ")
        out.write(decimal: 0 &- v)
        return
      }
    }
    // `e + c` with a negative constant prints as `e - |c|`.
    if case .constant(let v) = rhs, v < 0 {
      printAffineExpr(lhs, .weak)
      out.write(" - ")
      out.write(decimal: 0 &- v)
      return
    }
    printAffineExpr(lhs, .weak)
    out.write(" + ")
    printAffineExpr(rhs, .weak)
  }
}

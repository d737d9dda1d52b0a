// The canonical construction of affine expressions. MLIR never builds a binary
// expression as written: its operators (AffineExpr.cpp's operator+, operator*,
// floorDiv, ceilDiv, operator%) fold constants, move constants and symbols to
// the right and merge terms, and the printer shows that canonical form. These
// static funcs follow those rules one for one, so that text parsed here prints
// as mlir-opt prints it. Folding two constants is skipped when it would
// overflow (as MLIR does); the other folds wrap, as int64_t does in MLIR's
// builds (`(d0 + 9223372036854775807) + 1` prints `d0 - -9223372036854775808`).

extension AffineExpr {
  /// `lhs + rhs`, simplified.
  public static func add(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    simplifyAdd(lhs, rhs) ?? .add(lhs: lhs, rhs: rhs)
  }

  /// `lhs * rhs`, simplified. One side should be symbolic or constant (the
  /// parser checks); otherwise the product is kept as written.
  public static func mul(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    simplifyMul(lhs, rhs) ?? .mul(lhs: lhs, rhs: rhs)
  }

  /// `lhs floordiv rhs`, simplified.
  public static func floorDiv(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    simplifyFloorDiv(lhs, rhs) ?? .floorDiv(lhs: lhs, rhs: rhs)
  }

  /// `lhs ceildiv rhs`, simplified.
  public static func ceilDiv(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    simplifyCeilDiv(lhs, rhs) ?? .ceilDiv(lhs: lhs, rhs: rhs)
  }

  /// `lhs mod rhs`, simplified.
  public static func mod(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    simplifyMod(lhs, rhs) ?? .mod(lhs: lhs, rhs: rhs)
  }

  /// `-e`, which MLIR builds as `e * -1`.
  public static func neg(_ e: AffineExpr) -> AffineExpr { mul(e, .constant(-1)) }

  /// `lhs - rhs`, which MLIR builds as `lhs + rhs * -1`.
  public static func sub(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr {
    add(lhs, neg(rhs))
  }

  /// The largest integer known to divide the expression's value
  /// (AffineExpr::getLargestKnownDivisor); drives the div/mod folds.
  public var largestKnownDivisor: Int64 {
    switch self {
    case .dim, .symbol: return 1
    case .constant(let v): return v < 0 ? 0 &- v : v
    case .floorDiv(let l, let r), .ceilDiv(let l, let r):
      // A constant divisor that divides the numerator's divisor leaves the
      // quotient of the two as a known divisor.
      guard case .constant(let c) = r, c != 0 else { return 1 }
      let lhsDiv = l.largestKnownDivisor
      guard wrappingRemainder(lhsDiv, c) == 0 else { return 1 }
      return lhsDiv.dividedReportingOverflow(by: c).partialValue
    case .mul(let l, let r): return l.largestKnownDivisor &* r.largestKnownDivisor
    case .add(let l, let r), .mod(let l, let r):
      return Int64(bitPattern: gcd(
        UInt64(bitPattern: l.largestKnownDivisor), UInt64(bitPattern: r.largestKnownDivisor)))
    }
  }
}

// MARK: The simplification rules (nil: build the node as written)

private func simplifyAdd(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr? {
  let rhsConst = constantValue(rhs)
  if let a = constantValue(lhs), let b = rhsConst {
    // Two constants fold unless the sum overflows; then the sum is kept as
    // written (mlir-opt prints `9223372036854775807 + 1`).
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : .constant(sum)
  }

  // Only the right side may be a constant; a lone symbolic side goes right too.
  if constantValue(lhs) != nil || (lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant) {
    return AffineExpr.add(rhs, lhs)
  }
  if rhsConst == 0 { return lhs }

  // (d0 + 2) + 3 -> d0 + 5
  if case .add(let ll, let lr) = lhs, let b = rhsConst, let a = constantValue(lr) {
    return AffineExpr.add(ll, .constant(a &+ b))
  }

  // c1 * e + c2 * e -> (c1 + c2) * e, where a bare e counts as 1 * e.
  let (lhsFactor, lhsTerm) = splitConstantFactor(lhs)
  let (rhsFactor, rhsTerm) = splitConstantFactor(rhs)
  if lhsTerm == rhsTerm { return AffineExpr.mul(lhsTerm, .constant(lhsFactor &+ rhsFactor)) }

  // (d0 + 2) + d1 -> (d0 + d1) + 2
  if case .add(let ll, let lr) = lhs, constantValue(lr) != nil {
    return AffineExpr.add(AffineExpr.add(ll, rhs), lr)
  }

  // e - (e floordiv q) * q -> e mod q, for q a constant or symbolic term.
  guard let (rl, rr) = binaryOperands(rhs) else { return nil }
  if constantValue(rr) == -1, case .mul(let quotient, let q) = rl {
    guard case .floorDiv(let dividend, let divisor) = quotient else { return nil }
    if divisor == q && lhs == dividend { return AffineExpr.mod(lhs, q) }
  }
  // e + (e floordiv c) * -c -> e mod c
  guard case .floorDiv(let dividend, let divisor) = rl else { return nil }
  if lhs == dividend && divisor == AffineExpr.neg(rr) { return AffineExpr.mod(lhs, divisor) }
  return nil
}

private func simplifyMul(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr? {
  let rhsConst = constantValue(rhs)
  if let a = constantValue(lhs), let b = rhsConst {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? nil : .constant(product)
  }
  // Not an affine product; keep it as written rather than swapping forever.
  if !lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant { return nil }

  // The constant or symbolic factor goes right (a constant always does).
  if !rhs.isSymbolicOrConstant || constantValue(lhs) != nil { return AffineExpr.mul(rhs, lhs) }

  if rhsConst == 1 { return lhs }
  if rhsConst == 0 { return rhs }

  if case .mul(let ll, let lr) = lhs, let c1 = constantValue(lr) {
    // (d0 * 2) * 3 -> d0 * 6
    if let c2 = rhsConst { return AffineExpr.mul(ll, .constant(c1 &* c2)) }
    // (d0 * 2) * s0 -> (d0 * s0) * 2
    return AffineExpr.mul(AffineExpr.mul(ll, rhs), lr)
  }
  return nil
}

private func simplifyFloorDiv(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr? {
  // Division by zero or a negative number is undefined and kept as written.
  guard let c = constantValue(rhs), c >= 1 else { return nil }
  if let a = constantValue(lhs) { return .constant(floorDivide(a, c)) }
  if c == 1 { return lhs }

  // (e * 128) floordiv 64 -> e * 2
  if case .mul(let ll, let lr) = lhs, let k = constantValue(lr), k % c == 0 {
    return AffineExpr.mul(ll, .constant(k / c))
  }
  // (e1 + e2) floordiv c splits when either term is a multiple of c.
  if case .add(let a, let b) = lhs,
    a.largestKnownDivisor % c == 0 || b.largestKnownDivisor % c == 0
  {
    return AffineExpr.add(
      AffineExpr.floorDiv(a, .constant(c)), AffineExpr.floorDiv(b, .constant(c)))
  }
  return nil
}

private func simplifyCeilDiv(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr? {
  guard let c = constantValue(rhs), c >= 1 else { return nil }
  if let a = constantValue(lhs) { return .constant(ceilDivide(a, c)) }
  if c == 1 { return lhs }
  if case .mul(let ll, let lr) = lhs, let k = constantValue(lr), k % c == 0 {
    return AffineExpr.mul(ll, .constant(k / c))
  }
  return nil
}

private func simplifyMod(_ lhs: AffineExpr, _ rhs: AffineExpr) -> AffineExpr? {
  guard let c = constantValue(rhs), c >= 1 else { return nil }
  if let a = constantValue(lhs) { return .constant(positiveModulo(a, c)) }

  // A multiple of c: (i * 128) mod 64 -> 0.
  if lhs.largestKnownDivisor % c == 0 { return .constant(0) }

  // (e1 + e2) mod c drops a term that is a multiple of c.
  if case .add(let a, let b) = lhs {
    if a.largestKnownDivisor % c == 0 { return AffineExpr.mod(b, .constant(c)) }
    if b.largestKnownDivisor % c == 0 { return AffineExpr.mod(a, .constant(c)) }
  }
  // (e mod a) mod c -> e mod c when c divides a.
  if case .mod(let e, let inner) = lhs, let a = constantValue(inner), a >= 1,
    positiveModulo(a, c) == 0
  {
    return AffineExpr.mod(e, .constant(c))
  }
  return nil
}

// MARK: Helpers

@inline(__always) private func constantValue(_ e: AffineExpr) -> Int64? {
  if case .constant(let v) = e { return v }
  return nil
}

private func binaryOperands(_ e: AffineExpr) -> (AffineExpr, AffineExpr)? {
  switch e {
  case .add(let l, let r), .mul(let l, let r), .mod(let l, let r), .floorDiv(let l, let r),
    .ceilDiv(let l, let r):
    return (l, r)
  case .dim, .symbol, .constant:
    return nil
  }
}

/// `e * c` as (c, e); anything else as (1, itself).
private func splitConstantFactor(_ e: AffineExpr) -> (Int64, AffineExpr) {
  if case .mul(let l, let r) = e, let c = constantValue(r) { return (c, l) }
  return (1, e)
}

/// `a % b` that does not trap on Int64.min % -1.
private func wrappingRemainder(_ a: Int64, _ b: Int64) -> Int64 {
  a.remainderReportingOverflow(dividingBy: b).partialValue
}

/// Floor division for a positive divisor (mlir::floorDiv).
private func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && a < 0) ? q - 1 : q
}

/// Ceiling division for a positive divisor (mlir::ceilDiv).
private func ceilDivide(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && a > 0) ? q + 1 : q
}

/// The non-negative remainder for a positive divisor (mlir::mod).
private func positiveModulo(_ a: Int64, _ b: Int64) -> Int64 {
  let r = a % b
  return r < 0 ? r + b : r
}

private func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
  var (x, y) = (a, b)
  while y != 0 { (x, y) = (y, x % y) }
  return x
}

// Affine expressions, maps and integer sets (MLIR's `affine_map<...>` and
// `affine_set<...>`). Plain values; maps are uniqued when wrapped in an Attribute.

public indirect enum AffineExpr: Hashable, Sendable {
  case dim(Int)
  case symbol(Int)
  case constant(Int64)
  // Binary nodes are built as is by these labelled cases; the unlabelled
  // static funcs of the same names (AffineExprSimplify.swift) build MLIR's
  // canonical, simplified form and are what parsers and passes should call.
  case add(lhs: AffineExpr, rhs: AffineExpr)
  case mul(lhs: AffineExpr, rhs: AffineExpr)
  case mod(lhs: AffineExpr, rhs: AffineExpr)
  case floorDiv(lhs: AffineExpr, rhs: AffineExpr)
  case ceilDiv(lhs: AffineExpr, rhs: AffineExpr)

  /// True when the expression uses no multiplication of two non-constant
  /// operands and no division/modulo by a non-constant (MLIR's isPureAffine).
  public var isPureAffine: Bool {
    switch self {
    case .dim, .symbol, .constant: return true
    case .add(let a, let b): return a.isPureAffine && b.isPureAffine
    case .mul(let a, let b):
      return a.isPureAffine && b.isPureAffine && (a.isSymbolicOrConstant || b.isSymbolicOrConstant)
    case .mod(let a, let b), .floorDiv(let a, let b), .ceilDiv(let a, let b):
      if case .constant = b { return a.isPureAffine }
      return false
    }
  }
  public var isSymbolicOrConstant: Bool {
    switch self {
    case .dim: return false
    case .symbol, .constant: return true
    case .add(let a, let b), .mul(let a, let b), .mod(let a, let b), .floorDiv(let a, let b),
      .ceilDiv(let a, let b):
      return a.isSymbolicOrConstant && b.isSymbolicOrConstant
    }
  }
}

public struct AffineMap: Hashable, Sendable {
  public var numDims: Int
  public var numSymbols: Int
  public var results: [AffineExpr]
  public init(numDims: Int, numSymbols: Int, results: [AffineExpr]) {
    self.numDims = numDims
    self.numSymbols = numSymbols
    self.results = results
  }
  /// `(d0, ..., dn-1) -> (d0, ..., dn-1)`
  public static func identity(_ n: Int) -> AffineMap {
    AffineMap(numDims: n, numSymbols: 0, results: (0..<n).map { AffineExpr.dim($0) })
  }
  public var isIdentity: Bool {
    guard numSymbols == 0, results.count == numDims else { return false }
    for (i, r) in results.enumerated() {
      guard case .dim(let d) = r, d == i else { return false }
    }
    return true
  }
}

/// `affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>`
public struct IntegerSet: Hashable, Sendable {
  public var numDims: Int
  public var numSymbols: Int
  public var constraints: [AffineExpr]
  /// Parallel to `constraints`: true for `== 0`, false for `>= 0`.
  public var isEquality: [Bool]
  public init(numDims: Int, numSymbols: Int, constraints: [AffineExpr], isEquality: [Bool]) {
    self.numDims = numDims
    self.numSymbols = numSymbols
    self.constraints = constraints
    self.isEquality = isEquality
  }
}

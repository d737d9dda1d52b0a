// Affine maps and integer sets (MLIR's AffineParser.cpp):
//
//   affine-map ::= dim-list symbol-list? `->` `(` affine-expr-list `)`
//   integer-set ::= dim-list symbol-list? `:` `(` affine-constraint-list `)`

import TorchIRCore

enum AffineMapOrSet {
  case map(AffineMap)
  case set(IntegerSet)
}

private enum AffineBinaryOp {
  case add, sub, mul, floorDiv, ceilDiv, mod
}

extension Parser {
  func parseAffineMapOrSet() throws -> AffineMapOrSet {
    var names: [String: AffineExpr] = [:]
    var numDims = 0
    var numSymbols = 0
    try parseCommaSeparatedList(.paren, context: " in dimensional identifier list") {
      try defineAffineIdentifier(&names, .dim(numDims))
      numDims += 1
    }
    if tok.kind == .lSquare {
      try parseCommaSeparatedList(.square, context: " in symbol list") {
        try defineAffineIdentifier(&names, .symbol(numSymbols))
        numSymbols += 1
      }
    }
    if consumeIf(.arrow) {
      var results: [AffineExpr] = []
      try parseCommaSeparatedList(.paren, context: " in affine map range") {
        results.append(try parseAffineExpr(names))
      }
      return .map(AffineMap(numDims: numDims, numSymbols: numSymbols, results: results))
    }
    try expect(.colon, "expected '->' or ':'")
    var constraints: [AffineExpr] = []
    var eqFlags: [Bool] = []
    try parseCommaSeparatedList(.paren, context: " in integer set constraint list") {
      let (e, isEq) = try parseAffineConstraint(names)
      constraints.append(e)
      eqFlags.append(isEq)
    }
    if constraints.isEmpty {
      constraints = [.constant(0)]
      eqFlags = [true]
    }
    return .set(IntegerSet(numDims: numDims, numSymbols: numSymbols, constraints: constraints,
      isEquality: eqFlags))
  }

  private func defineAffineIdentifier(_ names: inout [String: AffineExpr], _ e: AffineExpr) throws {
    guard tok.kind == .bareIdentifier else { throw wrongTokenError("expected bare identifier") }
    let name = spelling
    if names[name] != nil { throw error("redefinition of identifier '\(name)'") }
    names[name] = e
    consume()
  }

  private func parseAffineConstraint(_ names: [String: AffineExpr]) throws -> (AffineExpr, Bool) {
    let lhs = try parseAffineExpr(names)
    if tok.kind == .greater {
      consume()
      if consumeIf(.equal) { return (AffineExpr.sub(lhs, try parseAffineExpr(names)), false) }
    } else if tok.kind == .less {
      consume()
      if consumeIf(.equal) {
        let rhs = try parseAffineExpr(names)
        return (AffineExpr.sub(rhs, lhs), false)
      }
    } else if tok.kind == .equal {
      consume()
      if consumeIf(.equal) { return (AffineExpr.sub(lhs, try parseAffineExpr(names)), true) }
    }
    throw error("expected '== affine-expr' or '>= affine-expr' at end of affine constraint")
  }

  /// affine-expr with MLIR's two precedence levels (+ - below * floordiv ceildiv mod).
  func parseAffineExpr(_ names: [String: AffineExpr]) throws -> AffineExpr {
    try enterNested()
    defer { exitNested() }
    return try parseAffineLowPrec(nil, nil, names)
  }

  private func consumeIfLowPrecOp() -> AffineBinaryOp? {
    if consumeIf(.plus) { return .add }
    if consumeIf(.minus) { return .sub }
    return nil
  }

  private func consumeIfHighPrecOp() -> AffineBinaryOp? {
    if consumeIf(.star) { return .mul }
    if consumeKeyword("floordiv") { return .floorDiv }
    if consumeKeyword("ceildiv") { return .ceilDiv }
    if consumeKeyword("mod") { return .mod }
    return nil
  }

  private func combine(_ op: AffineBinaryOp, _ lhs: AffineExpr, _ rhs: AffineExpr, at offset: Int)
    throws -> AffineExpr
  {
    switch op {
    case .add: return AffineExpr.add(lhs, rhs)
    case .sub: return AffineExpr.sub(lhs, rhs)
    case .mul:
      if !lhs.isSymbolicOrConstant && !rhs.isSymbolicOrConstant {
        throw error(at: offset,
          "non-affine expression: at least one of the multiply operands has to be either a constant or symbolic")
      }
      return AffineExpr.mul(lhs, rhs)
    case .floorDiv:
      if !rhs.isSymbolicOrConstant {
        throw error(at: offset,
          "non-affine expression: right operand of floordiv has to be either a constant or symbolic")
      }
      return AffineExpr.floorDiv(lhs, rhs)
    case .ceilDiv:
      if !rhs.isSymbolicOrConstant {
        throw error(at: offset,
          "non-affine expression: right operand of ceildiv has to be either a constant or symbolic")
      }
      return AffineExpr.ceilDiv(lhs, rhs)
    case .mod:
      if !rhs.isSymbolicOrConstant {
        throw error(at: offset,
          "non-affine expression: right operand of mod has to be either a constant or symbolic")
      }
      return AffineExpr.mod(lhs, rhs)
    }
  }

  /// A left-associative chain of `+`/`-` terms, each term a chain of high
  /// precedence ops (a loop, so long sums cannot exhaust the stack).
  private func parseAffineLowPrec(
    _ llhs: AffineExpr?, _ llhsOp: AffineBinaryOp?, _ names: [String: AffineExpr]
  ) throws -> AffineExpr {
    var acc = llhs
    var accOp = llhsOp
    while true {
      let opOffset = tok.start
      guard var term = try parseAffineOperand(acc, names) else {
        throw error("expected affine expression")
      }
      let highOpOffset = tok.start
      if let hOp = consumeIfHighPrecOp() {
        term = try parseAffineHighPrec(term, hOp, highOpOffset, names)
      }
      if let a = acc, let o = accOp {
        acc = try combine(o, a, term, at: opOffset)
      } else {
        acc = term
      }
      guard let next = consumeIfLowPrecOp() else { break }
      accOp = next
    }
    guard let result = acc else { throw error("expected affine expression") }
    return result
  }

  private func parseAffineHighPrec(
    _ llhs: AffineExpr, _ llhsOp: AffineBinaryOp, _ opOffset: Int, _ names: [String: AffineExpr]
  ) throws -> AffineExpr {
    var lhs = llhs
    var op = llhsOp
    var offset = opOffset
    while true {
      guard let rhs = try parseAffineOperand(lhs, names) else {
        throw error("missing right operand of binary operator")
      }
      lhs = try combine(op, lhs, rhs, at: offset)
      offset = tok.start
      guard let next = consumeIfHighPrecOp() else { return lhs }
      op = next
    }
  }

  private func parseAffineOperand(_ lhs: AffineExpr?, _ names: [String: AffineExpr]) throws
    -> AffineExpr?
  {
    switch tok.kind {
    case .integer:
      guard let v = integerTokenValue(tok), v.activeBits <= 63 else {
        throw error("constant too large for index")
      }
      consume()
      return .constant(Int64(bitPattern: v.asUInt64))
    case .lParen:
      consume()
      if tok.kind == .rParen { throw error("no expression inside parentheses") }
      let e = try parseAffineExpr(names)
      try expect(.rParen, "expected ')'")
      return e
    case .minus:
      consume()
      try enterNested()
      defer { exitNested() }
      guard let operand = try parseAffineOperand(lhs, names) else {
        throw error("missing operand of negation")
      }
      return AffineExpr.mul(operand, AffineExpr.constant(-1))
    case .plus, .star:
      throw error(lhs != nil ? "missing right operand of binary operator"
        : "missing left operand of binary operator")
    case .bareIdentifier:
      guard let e = names[spelling] else { throw error("use of undeclared identifier") }
      consume()
      return e
    default:
      if lhs != nil { throw error("missing right operand of binary operator") }
      return nil
    }
  }
}

// Folders of arith.cmpi, arith.cmpf, arith.select and the casts, for scalar
// constants (MLIR's ArithOps.cpp: applyCmpPredicate, SelectOp::fold and the
// cast ops' folders).

import TorchIRCore

private func single(_ f: @escaping (Operation, [Attribute?]) -> OpFoldResult?)
  -> (Operation, [Attribute?]) -> [OpFoldResult]?
{
  { op, consts in op.numResults == 1 ? f(op, consts).map { [$0] } : nil }
}

/// cmpi predicates in CmpIPredicate order: eq ne slt sle sgt sge ult ule ugt uge.
func applyCmpI(_ predicate: Int64, _ a: IntConst, _ b: IntConst) -> Bool? {
  switch predicate {
  case 0: return a.bits == b.bits
  case 1: return a.bits != b.bits
  case 2: return a.signed < b.signed
  case 3: return a.signed <= b.signed
  case 4: return a.signed > b.signed
  case 5: return a.signed >= b.signed
  case 6: return a.bits < b.bits
  case 7: return a.bits <= b.bits
  case 8: return a.bits > b.bits
  case 9: return a.bits >= b.bits
  default: return nil
  }
}

/// cmpf predicates in CmpFPredicate order: false oeq ogt oge olt ole one ord
/// ueq ugt uge ult ule une uno true; `u` means "unordered or".
func applyCmpF(_ predicate: Int64, _ a: Double, _ b: Double) -> Bool? {
  let unordered = a.isNaN || b.isNaN
  switch predicate {
  case 0: return false
  case 1: return !unordered && a == b
  case 2: return !unordered && a > b
  case 3: return !unordered && a >= b
  case 4: return !unordered && a < b
  case 5: return !unordered && a <= b
  case 6: return !unordered && a != b
  case 7: return !unordered
  case 8: return unordered || a == b
  case 9: return unordered || a > b
  case 10: return unordered || a >= b
  case 11: return unordered || a < b
  case 12: return unordered || a <= b
  case 13: return unordered || a != b
  case 14: return unordered
  case 15: return true
  default: return nil
  }
}

private func boolResult(_ op: Operation, _ b: Bool) -> OpFoldResult? {
  let t = op.result(0).type
  guard t.isInteger(width: 1) else { return nil }
  return .attribute(t.context.boolAttr(b))
}

func installCompareAndSelectFolders(_ h: inout DialectHooks) {
  h.folders["arith.cmpi"] = single { op, c in
    guard c.count == 2, let p = op.attr("predicate")?.integerValue?.asInt64 else { return nil }
    if op.operand(0) == op.operand(1) {
      // x pred x is decided by whether the predicate admits equality.
      return boolResult(op, [0, 3, 5, 7, 9].contains(p))
    }
    guard let a = intConst(c[0]), let b = intConst(c[1]), let r = applyCmpI(p, a, b) else { return nil }
    return boolResult(op, r)
  }
  h.folders["arith.cmpf"] = single { op, c in
    guard c.count == 2, let p = op.attr("predicate")?.integerValue?.asInt64 else { return nil }
    if p == 0 || p == 15 { return boolResult(op, p == 15) }
    guard let (a, _) = floatConst(c[0]), let (b, _) = floatConst(c[1]), let r = applyCmpF(p, a, b) else {
      return nil
    }
    return boolResult(op, r)
  }
  h.folders["arith.select"] = single { op, c in
    guard op.numOperands == 3, c.count == 3 else { return nil }
    if op.operand(1) == op.operand(2) { return .value(op.operand(1)) }
    if let cond = intConst(c[0]), cond.width == 1 { return .value(op.operand(cond.bits == 1 ? 1 : 2)) }
    // select %c, true, false -> %c
    if op.result(0).type.isInteger(width: 1), let t = intConst(c[1]), let f = intConst(c[2]),
      t.bits == 1, f.bits == 0
    {
      return .value(op.operand(0))
    }
    return nil
  }
}

func installCastFolders(_ h: inout DialectHooks) {
  func intCast(_ f: @escaping (IntConst, Type) -> UInt64?) -> (Operation, [Attribute?]) -> [OpFoldResult]? {
    single { op, c in
      guard c.count == 1, let a = intConst(c[0]) else { return nil }
      let t = op.result(0).type
      guard t.isIntOrIndex, let v = f(a, t) else { return nil }
      return .attribute(intAttr(v, t))
    }
  }
  h.folders["arith.extui"] = intCast { a, _ in a.bits }
  h.folders["arith.extsi"] = intCast { a, _ in UInt64(bitPattern: a.signed) }
  h.folders["arith.trunci"] = intCast { a, _ in a.bits }
  h.folders["arith.index_cast"] = intCast { a, _ in UInt64(bitPattern: a.signed) }
  h.folders["arith.index_castui"] = intCast { a, _ in a.bits }
  h.folders["arith.sitofp"] = single { op, c in
    guard c.count == 1, let a = intConst(c[0]), let attr = floatAttr(Double(a.signed), op.result(0).type) else { return nil }
    return .attribute(attr)
  }
  h.folders["arith.uitofp"] = single { op, c in
    guard c.count == 1, let a = intConst(c[0]), let attr = floatAttr(Double(a.bits), op.result(0).type) else { return nil }
    return .attribute(attr)
  }
  h.folders["arith.fptosi"] = single { op, c in floatToInt(op, c, signed: true) }
  h.folders["arith.fptoui"] = single { op, c in floatToInt(op, c, signed: false) }
  h.folders["arith.extf"] = single { op, c in
    guard c.count == 1, let (a, _) = floatConst(c[0]), let attr = floatAttr(a, op.result(0).type) else { return nil }
    return .attribute(attr)
  }
  h.folders["arith.truncf"] = single { op, c in
    // Fold only exact conversions: rounding modes other than the default
    // would need their own rounding here.
    guard c.count == 1, let (a, _) = floatConst(c[0]), let k = op.result(0).type.floatKind,
      k.semantics.sizeInBits <= 64
    else { return nil }
    let bits = doubleToFloatBits(a, kind: k)
    let back = floatBitsToDouble(bits, kind: k)
    guard back == a || (a.isNaN && back.isNaN) else { return nil }
    return .attribute(op.context.attribute(.float(bits, op.result(0).type)))
  }
  h.folders["arith.bitcast"] = single { op, c in
    guard c.count == 1, let src = c[0] else { return nil }
    let t = op.result(0).type
    switch src.kind {
    case .float(let bits, _) where t.isInteger:
      return .attribute(intAttr(bits.asUInt64, t))
    case .integer, .bool:
      guard let a = intConst(src), t.isFloat, let w = t.intOrFloatBitWidth, w == a.width else { return nil }
      return .attribute(op.context.attribute(.float(APInt(width: w, value: a.bits), t)))
    default:
      return nil
    }
  }
}

/// fptosi/fptoui: round toward zero; out-of-range values and NaN stay unfolded.
private func floatToInt(_ op: Operation, _ c: [Attribute?], signed: Bool) -> OpFoldResult? {
  guard c.count == 1, let (a, _) = floatConst(c[0]), a.isFinite else { return nil }
  let t = op.result(0).type
  guard let w = t.intOrFloatBitWidth, t.isInteger, w <= 64 else { return nil }
  let x = a.rounded(.towardZero)
  if signed {
    let lo = -pow2(w - 1)
    let hi = pow2(w - 1)
    guard x >= lo, x < hi else { return nil }
    return .attribute(intAttr(UInt64(bitPattern: Int64(x)), t))
  }
  guard x >= 0, x < pow2(w) else { return nil }
  return .attribute(intAttr(UInt64(x), t))
}

private func pow2(_ n: Int) -> Double { Double(sign: .plus, exponent: n, significand: 1) }

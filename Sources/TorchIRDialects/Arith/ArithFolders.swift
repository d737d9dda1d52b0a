// Folders of the arith ops (MLIR's ArithOps.cpp `fold` methods, for scalar
// constants): identities such as x+0, x*1, x*0, constant folding with the
// wrapping semantics of N-bit two's complement integers and IEEE floats, cmpi
// and cmpf of constants, select with a constant condition, and casts of
// constants. Integers wider than 64 bits and f80/f128 are left unfolded.

import TorchIRCore

/// An integer constant of at most 64 bits: its bits (masked to the width).
struct IntConst {
  var bits: UInt64
  var width: Int
  var signed: Int64 { width == 64 ? Int64(bitPattern: bits) : (Int64(bitPattern: bits << UInt64(64 - width)) >> Int64(64 - width)) }
}

func widthMask(_ w: Int) -> UInt64 { w >= 64 ? ~0 : (UInt64(1) << UInt64(w)) - 1 }

func intConst(_ a: Attribute?) -> IntConst? {
  guard let a else { return nil }
  switch a.kind {
  case .bool(let b): return IntConst(bits: b ? 1 : 0, width: 1)
  case .integer(let v, let t):
    guard let w = t.isIndex ? 64 : t.intOrFloatBitWidth, w <= 64, w > 0 else { return nil }
    return IntConst(bits: v.asUInt64 & widthMask(w), width: w)
  default: return nil
  }
}

func intAttr(_ bits: UInt64, _ type: Type) -> Attribute {
  let w = type.isIndex ? 64 : (type.intOrFloatBitWidth ?? 64)
  return type.context.integerAttr(APInt(width: w, value: bits & widthMask(w)), type)
}

func floatConst(_ a: Attribute?) -> (Double, FloatKind)? {
  guard let a, case .float(let bits, let t) = a.kind, let k = t.floatKind, k.semantics.sizeInBits <= 64
  else { return nil }
  return (floatBitsToDouble(bits, kind: k), k)
}

func floatAttr(_ d: Double, _ type: Type) -> Attribute? {
  guard let k = type.floatKind else { return nil }
  return type.context.attribute(.float(doubleToFloatBits(d, kind: k), type))
}

private func fold(_ f: @escaping (Operation, [Attribute?]) -> OpFoldResult?)
  -> (Operation, [Attribute?]) -> [OpFoldResult]?
{
  { op, consts in
    guard op.numResults == 1 else { return nil }
    return f(op, consts).map { [$0] }
  }
}

/// Folds a binary integer op: identities first, then both constants.
private func intBinary(
  identity: ((Operation, IntConst?, IntConst?) -> OpFoldResult?)? = nil,
  _ compute: @escaping (IntConst, IntConst) -> UInt64?
) -> (Operation, [Attribute?]) -> [OpFoldResult]? {
  fold { op, c in
    guard c.count == 2 else { return nil }
    let a = intConst(c[0])
    let b = intConst(c[1])
    if let r = identity?(op, a, b) { return r }
    guard let a, let b, let v = compute(a, b) else { return nil }
    return .attribute(intAttr(v, op.result(0).type))
  }
}

private func floatBinary(
  identity: ((Operation, Double?, Double?) -> OpFoldResult?)? = nil, _ compute: @escaping (Double, Double) -> Double
) -> (Operation, [Attribute?]) -> [OpFoldResult]? {
  fold { op, c in
    guard c.count == 2 else { return nil }
    let a = floatConst(c[0])?.0
    let b = floatConst(c[1])?.0
    if let r = identity?(op, a, b) { return r }
    guard let a, let b, let attr = floatAttr(compute(a, b), op.result(0).type) else { return nil }
    return .attribute(attr)
  }
}

private func lhs(_ op: Operation) -> OpFoldResult { .value(op.operand(0)) }
private func sameOperands(_ op: Operation) -> Bool { op.numOperands == 2 && op.operand(0) == op.operand(1) }

func installArithFolders(_ hooks: inout DialectHooks) {
  hooks.folders["arith.constant"] = { op, _ in op.attr("value").map { [.attribute($0)] } }
  installIntegerFolders(&hooks)
  installFloatFolders(&hooks)
  installCompareAndSelectFolders(&hooks)
  installCastFolders(&hooks)
}

private func installIntegerFolders(_ h: inout DialectHooks) {
  h.folders["arith.addi"] = intBinary(identity: { op, _, b in b?.bits == 0 ? lhs(op) : nil }) { a, b in a.bits &+ b.bits }
  h.folders["arith.subi"] = intBinary(identity: { op, _, b in
    if b?.bits == 0 { return lhs(op) }
    return sameOperands(op) ? .attribute(intAttr(0, op.result(0).type)) : nil
  }) { a, b in a.bits &- b.bits }
  h.folders["arith.muli"] = intBinary(identity: { op, _, b in
    if b?.bits == 0 { return .attribute(intAttr(0, op.result(0).type)) }
    return b?.bits == 1 ? lhs(op) : nil
  }) { a, b in a.bits &* b.bits }
  let divIdentity: (Operation, IntConst?, IntConst?) -> OpFoldResult? = { op, _, b in b?.bits == 1 ? lhs(op) : nil }
  h.folders["arith.divui"] = intBinary(identity: divIdentity) { a, b in b.bits == 0 ? nil : a.bits / b.bits }
  h.folders["arith.divsi"] = intBinary(identity: divIdentity) { a, b in
    guard let q = signedDivide(a, b) else { return nil }
    return UInt64(bitPattern: q)
  }
  h.folders["arith.ceildivui"] = intBinary(identity: divIdentity) { a, b in
    guard b.bits != 0 else { return nil }
    return a.bits / b.bits + (a.bits % b.bits == 0 ? 0 : 1)
  }
  h.folders["arith.ceildivsi"] = intBinary(identity: divIdentity) { a, b in
    guard let q = signedDivide(a, b) else { return nil }
    let exact = a.signed % b.signed == 0
    return UInt64(bitPattern: exact || (a.signed < 0) != (b.signed < 0) ? q : q &+ 1)
  }
  h.folders["arith.floordivsi"] = intBinary(identity: divIdentity) { a, b in
    guard let q = signedDivide(a, b) else { return nil }
    let exact = a.signed % b.signed == 0
    return UInt64(bitPattern: exact || (a.signed < 0) == (b.signed < 0) ? q : q &- 1)
  }
  let remIdentity: (Operation, IntConst?, IntConst?) -> OpFoldResult? = { op, _, b in
    b?.bits == 1 ? .attribute(intAttr(0, op.result(0).type)) : nil
  }
  h.folders["arith.remui"] = intBinary(identity: remIdentity) { a, b in b.bits == 0 ? nil : a.bits % b.bits }
  h.folders["arith.remsi"] = intBinary(identity: remIdentity) { a, b in
    guard b.bits != 0 else { return nil }
    if b.signed == -1 { return 0 }
    return UInt64(bitPattern: a.signed % b.signed)
  }
  h.folders["arith.andi"] = intBinary(identity: { op, _, b in
    if let b, b.bits == 0 { return .attribute(intAttr(0, op.result(0).type)) }
    if let b, b.bits == widthMask(b.width) { return lhs(op) }
    return sameOperands(op) ? lhs(op) : nil
  }) { a, b in a.bits & b.bits }
  h.folders["arith.ori"] = intBinary(identity: { op, _, b in
    if let b, b.bits == 0 { return lhs(op) }
    if let b, b.bits == widthMask(b.width) { return .attribute(intAttr(b.bits, op.result(0).type)) }
    return sameOperands(op) ? lhs(op) : nil
  }) { a, b in a.bits | b.bits }
  h.folders["arith.xori"] = intBinary(identity: { op, _, b in
    if let b, b.bits == 0 { return lhs(op) }
    return sameOperands(op) ? .attribute(intAttr(0, op.result(0).type)) : nil
  }) { a, b in a.bits ^ b.bits }
  let shiftIdentity: (Operation, IntConst?, IntConst?) -> OpFoldResult? = { op, _, b in b?.bits == 0 ? lhs(op) : nil }
  // Shifting by the width or more is poison: MLIR leaves it unfolded.
  h.folders["arith.shli"] = intBinary(identity: shiftIdentity) { a, b in
    b.bits < UInt64(a.width) ? a.bits << b.bits : nil
  }
  h.folders["arith.shrui"] = intBinary(identity: shiftIdentity) { a, b in
    b.bits < UInt64(a.width) ? a.bits >> b.bits : nil
  }
  h.folders["arith.shrsi"] = intBinary(identity: shiftIdentity) { a, b in
    b.bits < UInt64(a.width) ? UInt64(bitPattern: a.signed >> Int64(b.bits)) : nil
  }
  let idempotent: (Operation, IntConst?, IntConst?) -> OpFoldResult? = { op, _, _ in sameOperands(op) ? lhs(op) : nil }
  h.folders["arith.maxsi"] = intBinary(identity: idempotent) { a, b in a.signed >= b.signed ? a.bits : b.bits }
  h.folders["arith.minsi"] = intBinary(identity: idempotent) { a, b in a.signed <= b.signed ? a.bits : b.bits }
  h.folders["arith.maxui"] = intBinary(identity: idempotent) { a, b in max(a.bits, b.bits) }
  h.folders["arith.minui"] = intBinary(identity: idempotent) { a, b in min(a.bits, b.bits) }
}

/// Truncating signed division; nil for division by zero and MIN / -1
/// (undefined behaviour that MLIR does not fold).
private func signedDivide(_ a: IntConst, _ b: IntConst) -> Int64? {
  guard b.bits != 0 else { return nil }
  let minValue = a.width == 64 ? Int64.min : -(Int64(1) << Int64(a.width - 1))
  if a.signed == minValue && b.signed == -1 { return nil }
  return a.signed / b.signed
}

private func installFloatFolders(_ h: inout DialectHooks) {
  h.folders["arith.addf"] = floatBinary(identity: { op, _, b in
    b == 0 && b?.sign == .minus ? lhs(op) : nil
  }) { $0 + $1 }
  h.folders["arith.subf"] = floatBinary(identity: { op, _, b in
    b == 0 && b?.sign == .plus ? lhs(op) : nil
  }) { $0 - $1 }
  h.folders["arith.mulf"] = floatBinary(identity: { op, _, b in b == 1 ? lhs(op) : nil }) { $0 * $1 }
  h.folders["arith.divf"] = floatBinary(identity: { op, _, b in b == 1 ? lhs(op) : nil }) { $0 / $1 }
  h.folders["arith.remf"] = floatBinary { $0.truncatingRemainder(dividingBy: $1) }
  let idempotent: (Operation, Double?, Double?) -> OpFoldResult? = { op, _, _ in sameOperands(op) ? lhs(op) : nil }
  h.folders["arith.maximumf"] = floatBinary(identity: idempotent) { a, b in
    if a.isNaN || b.isNaN { return .nan }
    if a == b { return a.sign == .minus ? b : a }
    return max(a, b)
  }
  h.folders["arith.minimumf"] = floatBinary(identity: idempotent) { a, b in
    if a.isNaN || b.isNaN { return .nan }
    if a == b { return a.sign == .minus ? a : b }
    return min(a, b)
  }
  h.folders["arith.maxnumf"] = floatBinary(identity: idempotent) { a, b in
    if a.isNaN { return b }
    if b.isNaN { return a }
    return max(a, b)
  }
  h.folders["arith.minnumf"] = floatBinary(identity: idempotent) { a, b in
    if a.isNaN { return b }
    if b.isNaN { return a }
    return min(a, b)
  }
  h.folders["arith.negf"] = fold { op, c in
    guard op.numOperands == 1 else { return nil }
    if let inner = op.operand(0).definingOp, inner.name.name == "arith.negf", inner.numOperands == 1 {
      return .value(inner.operand(0))
    }
    guard c.count == 1, let (a, _) = floatConst(c[0]), let attr = floatAttr(-a, op.result(0).type) else { return nil }
    return .attribute(attr)
  }
}

// Folders of the generated aten ops on Python scalars (`!torch.int`,
// `!torch.float`, `!torch.bool`, `!torch.str`): arithmetic, comparisons and
// casts, with the semantics of Torch-MLIR's TorchOps.cpp. Where C++ would
// have undefined behaviour (division by zero, a float out of int64's range,
// signed overflow) we do not fold, or wrap as the two's complement hardware
// Torch-MLIR runs on does.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TorchIRCore

func installAtenScalarFolders(_ h: inout DialectHooks) {
  installIntArithmetic(&h)
  installFloatArithmetic(&h)
  installComparisons(&h)
  installScalarCasts(&h)
}

// MARK: Reading and making constants

/// An IntegerAttr's value (BoolAttr is one in MLIR, so `true` reads as 1).
func foldInt(_ a: Attribute?) -> Int64? {
  switch a?.kind {
  case .integer(let v, _)?: return v.asInt64
  case .bool(let b)?: return b ? 1 : 0
  default: return nil
  }
}

/// A FloatAttr's value as a double.
func foldFloat(_ a: Attribute?) -> Double? {
  guard case .float(let bits, let t)? = a?.kind, case .float(let k) = t.kind else { return nil }
  return floatBitsToDouble(bits, kind: k)
}

/// Torch-MLIR's parseDoubleAttribute: an IntegerAttr or a FloatAttr as a double.
private func foldNumber(_ a: Attribute?) -> Double? {
  if let f = foldFloat(a) { return f }
  if case .integer(let v, _)? = a?.kind { return Double(v.asInt64) }
  return nil
}

func i64Result(_ op: Operation, _ v: Int64) -> [OpFoldResult] {
  [.attribute(op.context.integerAttr(v, op.context.integerType(64)))]
}

func f64Result(_ op: Operation, _ v: Double) -> [OpFoldResult] {
  [.attribute(op.context.attribute(.float(doubleToFloatBits(v, kind: .f64), op.context.f64Type)))]
}

func i1Result(_ op: Operation, _ b: Bool) -> [OpFoldResult] {
  [.attribute(op.context.boolAttr(b))]
}

/// C++'s static_cast<int64_t>(double), where it is defined (truncation of
/// a finite value in range).
private func truncatedInt64(_ d: Double) -> Int64? {
  guard d.isFinite, d >= -9.223372036854775808e18, d < 9.223372036854775808e18 else { return nil }
  return Int64(d.rounded(.towardZero))
}

/// The `!torch.int` value of a `torch.constant.int` operand (m_TorchConstantInt).
private func constantIntOperand(_ op: Operation, _ i: Int) -> Int64? {
  guard i < op.numOperands else { return nil }
  return torchConstantInt(op.operand(i))
}

/// The value of a `torch.constant.float` operand (m_TorchConstantFloat).
private func constantFloatOperand(_ op: Operation, _ i: Int) -> Double? {
  guard i < op.numOperands, let d = op.operand(i).definingOp, d.name.name == "torch.constant.float" else {
    return nil
  }
  return foldFloat(d.attr("value"))
}

/// atenBinaryIntOperatorFoldHelper: both operands IntegerAttrs; the result
/// keeps the left operand's attribute type.
private func binaryIntFold(_ op: Operation, _ operands: [Attribute?], _ f: (Int64, Int64) -> Int64?)
  -> [OpFoldResult]?
{
  guard operands.count == 2, case .integer(let a, let t)? = operands[0]?.kind,
    case .integer(let b, _)? = operands[1]?.kind, let r = f(a.asInt64, b.asInt64)
  else { return nil }
  return [.attribute(op.context.integerAttr(r, t))]
}

/// atenBinaryFloatOperatorFoldHelper: both operands int or float attributes;
/// an f64 result.
private func binaryFloatFold(_ op: Operation, _ operands: [Attribute?], _ f: (Double, Double) -> Double)
  -> [OpFoldResult]?
{
  guard operands.count == 2, let a = foldNumber(operands[0]), let b = foldNumber(operands[1]) else { return nil }
  return f64Result(op, f(a, b))
}

private func bothIntegers(_ operands: [Attribute?]) -> Bool {
  guard operands.count == 2 else { return false }
  return operands.allSatisfy { if case .integer? = $0?.kind { return true } else { return false } }
}

// MARK: Integer arithmetic

private func installIntArithmetic(_ h: inout DialectHooks) {
  h.folders["torch.aten.add.int"] = { op, operands in
    guard op.numOperands == 2, operands.count == 2 else { return nil }
    if foldInt(operands[1]) == 0, case .integer? = operands[1]?.kind { return [.value(op.operand(0))] }
    if foldInt(operands[0]) == 0, case .integer? = operands[0]?.kind { return [.value(op.operand(1))] }
    return binaryIntFold(op, operands) { $0 &+ $1 }
  }
  h.folders["torch.aten.sub.int"] = { op, operands in
    guard op.numOperands == 2 else { return nil }
    if op.operand(0) === op.operand(1) { return i64Result(op, 0) }
    return binaryIntFold(op, operands) { $0 &- $1 }
  }
  h.folders["torch.aten.mul.int"] = { op, _ in
    guard op.numOperands == 2 else { return nil }
    let l = constantIntOperand(op, 0)
    let r = constantIntOperand(op, 1)
    if l == 1 { return [.value(op.operand(1))] }
    if r == 1 { return [.value(op.operand(0))] }
    if l == 0 || r == 0 { return i64Result(op, 0) }
    if let l, let r { return i64Result(op, l &* r) }
    return nil
  }
  h.canonicalizationPatterns["torch.aten.mul.int"] = [
    ClosurePattern("torch.aten.mul.int", name: "MulIntOfMulIntByConstant") { op, rewriter in
      // (x * c1) * c2 -> x * (c1 * c2) when the inner product has one use.
      guard let (inner, x, c1, c2) = matchNestedByConstant(op, inner: "torch.aten.mul.int") else { return false }
      rewriter.setInsertionPoint(before: op)
      let c = rewriter.builder.torchConstantInt(c1 &* c2, location: op.location)
      var state = OperationState(context: op.context, name: "torch.aten.mul.int", location: op.location)
      state.operands = [x, c]
      state.resultTypes = op.resultTypes
      rewriter.replaceOp(op, withNew: state)
      rewriter.eraseOp(inner)
      return true
    }
  ]
  h.folders["torch.aten.floordiv.int"] = { op, operands in
    binaryIntFold(op, operands) { a, b in
      guard b != 0 else { return nil }
      return truncatedInt64((Double(a) / Double(b)).rounded(.down))
    }
  }
  h.canonicalizationPatterns["torch.aten.floordiv.int"] = [
    ClosurePattern("torch.aten.floordiv.int", name: "FloordivIntOfMulIntBySameConstant") { op, rewriter in
      // (x * c) // c -> x when the product has one use.
      guard let (inner, x, c1, c2) = matchNestedByConstant(op, inner: "torch.aten.mul.int"), c1 == c2 else {
        return false
      }
      rewriter.replaceOp(op, with: [x])
      rewriter.eraseOp(inner)
      return true
    }
  ]
  h.folders["torch.aten.remainder.int"] = { op, operands in
    // C++ `%`: truncating; undefined for 0 and for INT64_MIN % -1.
    binaryIntFold(op, operands) { a, b in
      guard b != 0, !(a == .min && b == -1) else { return nil }
      return a % b
    }
  }
  h.folders["torch.aten.neg.int"] = { op, _ in
    constantIntOperand(op, 0).map { i64Result(op, 0 &- $0) }
  }
  h.folders["torch.aten.div.int"] = { op, _ in
    guard let l = constantIntOperand(op, 0), let r = constantIntOperand(op, 1) else { return nil }
    return f64Result(op, Double(l) / Double(r))
  }
  h.folders["torch.aten.sqrt.int"] = { op, _ in
    constantIntOperand(op, 0).map { f64Result(op, Double($0).squareRoot()) }
  }
  h.folders["torch.aten.__range_length"] = { op, operands in
    // ceildiv(hi - lo, step) for a non-negative step.
    guard operands.count == 3, case .integer(let lo, let t)? = operands[0]?.kind,
      let hi = foldInt(operands[1]), let step = foldInt(operands[2]), step > 0
    else { return nil }
    let (diff, overflow) = hi.subtractingReportingOverflow(lo.asInt64)
    guard !overflow else { return nil }
    var q = diff / step
    if diff % step != 0 && diff > 0 { q += 1 }
    return [.attribute(op.context.integerAttr(q, t))]
  }
  h.folders["torch.aten.__derive_index"] = { op, operands in
    guard operands.count == 3, case .integer(let index, let t)? = operands[0]?.kind,
      let start = foldInt(operands[1]), let step = foldInt(operands[2])
    else { return nil }
    return [.attribute(op.context.integerAttr(start &+ step &* index.asInt64, t))]
  }
}

/// The common shape of mul.int's and floordiv.int's patterns: `op` has one
/// constant operand c2 and a non-constant one defined by an `inner` op that
/// has exactly one constant operand c1, another operand x, and one use.
private func matchNestedByConstant(_ op: Operation, inner name: String)
  -> (inner: Operation, x: Value, c1: Int64, c2: Int64)?
{
  guard op.numOperands == 2 else { return nil }
  let l = torchConstantInt(op.operand(0))
  let r = torchConstantInt(op.operand(1))
  guard (l == nil) != (r == nil), let c2 = l ?? r else { return nil }
  let other = op.operand(l != nil ? 1 : 0)
  guard let inner = other.definingOp, inner.name.name == name, inner.numOperands == 2 else { return nil }
  let pl = torchConstantInt(inner.operand(0))
  let pr = torchConstantInt(inner.operand(1))
  guard (pl == nil) != (pr == nil), let c1 = pl ?? pr, other.hasOneUse else { return nil }
  return (inner, inner.operand(pl != nil ? 1 : 0), c1, c2)
}

// MARK: Float and mixed arithmetic

private func installFloatArithmetic(_ h: inout DialectHooks) {
  let plain: [(String, (Double, Double) -> Double)] = [
    ("add.float", { $0 + $1 }), ("sub.float", { $0 - $1 }), ("mul.float", { $0 * $1 }),
    ("add.float_int", { $0 + $1 }), ("mul.float_int", { $0 * $1 }), ("mul.int_float", { $0 * $1 }),
    ("pow.int_float", { pow($0, $1) }), ("div", { $0 / $1 }),
  ]
  for (name, f) in plain {
    h.folders["torch.aten." + name] = { op, operands in binaryFloatFold(op, operands, f) }
  }
  // aten.add/sub/mul on `Scalar`s: integer arithmetic when both are ints.
  let generic: [(String, (Int64, Int64) -> Int64, (Double, Double) -> Double)] = [
    ("add", { $0 &+ $1 }, { $0 + $1 }), ("sub", { $0 &- $1 }, { $0 - $1 }), ("mul", { $0 &* $1 }, { $0 * $1 }),
  ]
  for (name, fi, ff) in generic {
    h.folders["torch.aten." + name] = { op, operands in
      if bothIntegers(operands) { return binaryIntFold(op, operands, fi) }
      return binaryFloatFold(op, operands, ff)
    }
  }
  h.folders["torch.aten.div.float"] = { op, _ in
    let l = constantFloatOperand(op, 0)
    let r = constantFloatOperand(op, 1)
    if l == 0 { return f64Result(op, 0) }
    if let l, let r { return f64Result(op, l / r) }
    return nil
  }
  h.folders["torch.aten.neg.float"] = { op, operands in
    guard operands.count == 1, let v = foldFloat(operands[0]) else { return nil }
    return f64Result(op, -v)
  }
  h.folders["torch.aten.ceil.Scalar"] = { op, operands in
    guard operands.count == 1, let v = foldFloat(operands[0]), let r = truncatedInt64(v.rounded(.up)) else {
      return nil
    }
    return i64Result(op, r)
  }
  h.folders["torch.aten.ceil.float"] = { op, _ in
    guard let v = constantFloatOperand(op, 0), let r = truncatedInt64(v.rounded(.up)) else { return nil }
    return i64Result(op, r)
  }
}

// MARK: Comparisons and logic

private func installComparisons(_ h: inout DialectHooks) {
  let intCompares: [(String, (Int64, Int64) -> Bool)] = [
    ("eq", { $0 == $1 }), ("ne", { $0 != $1 }), ("lt", { $0 < $1 }), ("le", { $0 <= $1 }),
    ("gt", { $0 > $1 }), ("ge", { $0 >= $1 }),
  ]
  for (name, cmp) in intCompares {
    h.folders["torch.aten.\(name).int"] = { op, _ in foldIntComparison(op, cmp) }
  }
  let floatCompares: [(String, (Double, Double) -> Bool)] = [
    ("eq", { $0 == $1 }), ("lt", { $0 < $1 }), ("gt", { $0 > $1 }), ("ge", { $0 >= $1 }),
  ]
  for (name, cmp) in floatCompares {
    h.folders["torch.aten.\(name).float"] = { op, _ in
      guard op.numOperands == 2 else { return nil }
      if op.operand(0) === op.operand(1) { return i1Result(op, cmp(0, 0)) }
      guard let l = constantFloatOperand(op, 0), let r = constantFloatOperand(op, 1) else { return nil }
      return i1Result(op, cmp(l, r))
    }
  }
  for (name, equal) in [("eq", true), ("ne", false)] {
    h.folders["torch.aten.\(name).bool"] = { op, operands in
      guard op.numOperands == 2 else { return nil }
      if op.operand(0) === op.operand(1) { return i1Result(op, equal) }
      guard operands.count == 2, let a = foldInt(operands[0]), let b = foldInt(operands[1]) else { return nil }
      return i1Result(op, (a == b) == equal)
    }
    h.folders["torch.aten.\(name).str"] = { op, operands in
      guard op.numOperands == 2 else { return nil }
      if op.operand(0) === op.operand(1) { return i1Result(op, equal) }
      guard operands.count == 2, let a = operands[0], let b = operands[1] else { return nil }
      return i1Result(op, (a == b) == equal)
    }
  }
  h.folders["torch.aten.__not__"] = { op, _ in
    guard op.numOperands == 1, let b = torchConstantBool(op.operand(0)) else { return nil }
    return i1Result(op, !b)
  }
  h.folders["torch.aten.__or__.bool"] = { op, operands in
    guard op.numOperands == 2, operands.count == 2 else { return nil }
    let a = foldInt(operands[0])
    let b = foldInt(operands[1])
    if a == nil && b == nil { return nil }
    if a == 1 || b == 1 { return i1Result(op, true) }
    if a == 0 { return [.value(op.operand(1))] }
    if b == 0 { return [.value(op.operand(0))] }
    return nil
  }
  h.folders["torch.aten.__is__"] = { op, _ in foldIsOrIsNot(op, equalIsTrue: true) }
  h.folders["torch.aten.__isnot__"] = { op, _ in foldIsOrIsNot(op, equalIsTrue: false) }
  h.folders["torch.aten.len.str"] = { op, _ in
    guard op.numOperands == 1, let d = op.operand(0).definingOp, d.name.name == "torch.constant.str",
      let s = d.attr("value")?.stringValue
    else { return nil }
    return i64Result(op, Int64(s.utf8.count))
  }
}

/// intComparatorFoldHelper: equal operands, two constants, or aten.size.int
/// (never negative) against a negative constant or 0.
private func foldIntComparison(_ op: Operation, _ comparator: @escaping (Int64, Int64) -> Bool) -> [OpFoldResult]? {
  guard op.numOperands == 2 else { return nil }
  var lhs = op.operand(0)
  var rhs = op.operand(1)
  if lhs === rhs { return i1Result(op, comparator(0, 0)) }
  var l = torchConstantInt(lhs)
  var r = torchConstantInt(rhs)
  if let l, let r { return i1Result(op, comparator(l, r)) }
  var cmp = comparator
  if l != nil && r == nil {
    swap(&lhs, &rhs)
    swap(&l, &r)
    cmp = { a, b in comparator(b, a) }
  }
  guard let r, lhs.definingOp?.name.name == "torch.aten.size.int" else { return nil }
  if r < 0 { return i1Result(op, cmp(0, -1)) }
  if r == 0 {
    if cmp(0, 0) && cmp(1, 0) { return i1Result(op, true) }
    if !cmp(0, 0) && cmp(-1, 0) && !cmp(1, 0) { return i1Result(op, false) }
  }
  return nil
}

/// atenIsOrIsNotFoldHelper: `None is None`, and `None is x` for an x whose
/// type is neither None nor Optional, looking through derefines.
private func foldIsOrIsNot(_ op: Operation, equalIsTrue: Bool) -> [OpFoldResult]? {
  guard op.numOperands == 2 else { return nil }
  func underlying(_ v: Value) -> Type {
    if let d = v.definingOp, d.name.name == "torch.derefine", d.numOperands == 1 { return d.operand(0).type }
    return v.type
  }
  var lhs = underlying(op.operand(0))
  var rhs = underlying(op.operand(1))
  if TorchSimpleType(rhs) == TorchSimpleType.none { swap(&lhs, &rhs) }
  let lhsNone = TorchSimpleType(lhs) == TorchSimpleType.none
  if lhsNone && TorchSimpleType(rhs) == TorchSimpleType.none { return i1Result(op, equalIsTrue) }
  if lhsNone && TorchContainerType(rhs)?.kind != .optional { return i1Result(op, !equalIsTrue) }
  return nil
}

// MARK: Casts between scalars

private func installScalarCasts(_ h: inout DialectHooks) {
  h.folders["torch.aten.Float.Scalar"] = { op, operands in
    guard op.numOperands == 1, op.numResults == 1 else { return nil }
    if case .integer(let v, _)? = operands.first??.kind { return f64Result(op, Double(v.asInt64)) }
    if op.result(0).type == op.operand(0).type { return [.value(op.operand(0))] }
    return nil
  }
  h.folders["torch.aten.Int.float"] = { op, operands in
    guard let v = foldFloat(operands.first ?? nil), let r = truncatedInt64(v) else { return nil }
    return i64Result(op, r)
  }
  h.folders["torch.aten.Int.Scalar"] = { op, operands in
    guard op.numOperands == 1, op.numResults == 1 else { return nil }
    if let v = foldFloat(operands.first ?? nil) { return truncatedInt64(v).map { i64Result(op, $0) } }
    if op.result(0).type == op.operand(0).type { return [.value(op.operand(0))] }
    return nil
  }
  h.folders["torch.aten.Int.bool"] = { op, _ in
    guard op.numOperands == 1, let b = torchConstantBool(op.operand(0)) else { return nil }
    return i64Result(op, b ? 1 : 0)
  }
  h.folders["torch.aten.Bool.float"] = { op, _ in
    constantFloatOperand(op, 0).map { i1Result(op, $0 != 0) }
  }
  h.folders["torch.aten.Bool.int"] = { op, _ in
    constantIntOperand(op, 0).map { i1Result(op, $0 != 0) }
  }
}

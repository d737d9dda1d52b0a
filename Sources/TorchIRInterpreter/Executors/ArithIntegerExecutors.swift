// arith integer ops. Values wrap at their bit width (index: 64 bits).
//
// Where MLIR leaves the result undefined we choose, and document:
// - division (divsi, divui, ceildiv*, floordivsi, remsi, remui) by zero, and
//   signed division of the minimum value by -1 (overflow; not remsi, whose
//   result 0 is exact), are run-time faults reported at the op;
// - a shift by an amount >= the bit width (poison in MLIR) gives 0 for shli
//   and shrui, and the sign fill (a shift by width - 1) for shrsi.

import TorchIRCore

func registerArithIntegerExecutors(_ r: ExecutorRegistry) {
  func binary(_ name: String, _ f: @escaping (UInt64, UInt64, Int, Location) throws -> UInt64) {
    r.register("arith." + name) { op, ctx in
      let w = try integerWidth(op, ctx)
      let mask = lowBitsMask(w)
      let loc = op.location
      if try isScalarOp(op, operands: 2) {
        let (x, y, r) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
        return { frame in
          frame.slots[r] = .int(try f(frame.slots[x].intBits, frame.slots[y].intBits, w, loc) & mask)
          return .next
        }
      }
      if let k = try typedIntTensorKernel(op, ctx, f) { return k }
      return try elementwise2(op, ctx) { a, b in .int(try f(a.intBits, b.intBits, w, loc) & mask) }
    }
  }
  binary("addi") { a, b, _, _ in a &+ b }
  binary("subi") { a, b, _, _ in a &- b }
  binary("muli") { a, b, _, _ in a &* b }
  binary("andi") { a, b, _, _ in a & b }
  binary("ori") { a, b, _, _ in a | b }
  binary("xori") { a, b, _, _ in a ^ b }
  binary("divui") { a, b, _, loc in
    guard b != 0 else { throw divisionByZero(loc, "arith.divui") }
    return a / b
  }
  binary("remui") { a, b, _, loc in
    guard b != 0 else { throw divisionByZero(loc, "arith.remui") }
    return a % b
  }
  binary("ceildivui") { a, b, _, loc in
    guard b != 0 else { throw divisionByZero(loc, "arith.ceildivui") }
    return a / b + (a % b != 0 ? 1 : 0)
  }
  binary("divsi") { a, b, w, loc in
    let (x, y) = try signedOperands(a, b, w, loc, "arith.divsi")
    return UInt64(bitPattern: x / y)
  }
  binary("ceildivsi") { a, b, w, loc in
    let (x, y) = try signedOperands(a, b, w, loc, "arith.ceildivsi")
    var q = x / y
    let rem = x % y
    if rem != 0 && ((rem > 0) == (y > 0)) { q += 1 }
    return UInt64(bitPattern: q)
  }
  binary("floordivsi") { a, b, w, loc in
    let (x, y) = try signedOperands(a, b, w, loc, "arith.floordivsi")
    var q = x / y
    let rem = x % y
    if rem != 0 && ((rem < 0) != (y < 0)) { q -= 1 }
    return UInt64(bitPattern: q)
  }
  binary("remsi") { a, b, w, loc in
    guard b != 0 else { throw divisionByZero(loc, "arith.remsi") }
    let y = signExtend(b, w)
    if y == -1 { return 0 }
    return UInt64(bitPattern: signExtend(a, w) % y)
  }
  binary("shli") { a, b, w, _ in b >= UInt64(w) ? 0 : a << b }
  binary("shrui") { a, b, w, _ in b >= UInt64(w) ? 0 : a >> b }
  binary("shrsi") { a, b, w, _ in
    let s = b >= UInt64(w) ? UInt64(w - 1) : b
    return UInt64(bitPattern: signExtend(a, w) >> Int64(s))
  }
  binary("maxsi") { a, b, w, _ in signExtend(a, w) >= signExtend(b, w) ? a : b }
  binary("minsi") { a, b, w, _ in signExtend(a, w) <= signExtend(b, w) ? a : b }
  binary("maxui") { a, b, _, _ in max(a, b) }
  binary("minui") { a, b, _, _ in min(a, b) }

  r.register("arith.cmpi") { op, ctx in
    let w = try integerWidth(op, ctx)
    let p = try predicate(op, max: 9)
    return try elementwise2(op, ctx) { a, b in
      let x = a.intBits
      let y = b.intBits
      let c: Bool
      switch p {
      case 0: c = x == y
      case 1: c = x != y
      case 2: c = signExtend(x, w) < signExtend(y, w)
      case 3: c = signExtend(x, w) <= signExtend(y, w)
      case 4: c = signExtend(x, w) > signExtend(y, w)
      case 5: c = signExtend(x, w) >= signExtend(y, w)
      case 6: c = x < y
      case 7: c = x <= y
      case 8: c = x > y
      default: c = x >= y
      }
      return .int(c ? 1 : 0)
    }
  }

  r.register("arith.addui_extended") { op, ctx in
    let mask = lowBitsMask(try integerWidth(op, ctx))
    return try elementwiseTwoResults(op, ctx) { v in
      let a = v[0].intBits
      let sum = (a &+ v[1].intBits) & mask
      return (.int(sum), .int(sum < a ? 1 : 0))
    }
  }
  r.register("arith.mului_extended") { op, ctx in
    let w = try integerWidth(op, ctx)
    return try elementwiseTwoResults(op, ctx) { v in
      let (hi, lo) = v[0].intBits.multipliedFullWidth(by: v[1].intBits)
      return splitProduct(hi: hi, lo: lo, w)
    }
  }
  r.register("arith.mulsi_extended") { op, ctx in
    let w = try integerWidth(op, ctx)
    return try elementwiseTwoResults(op, ctx) { v in
      let (hi, lo) = signExtend(v[0].intBits, w).multipliedFullWidth(by: signExtend(v[1].intBits, w))
      return splitProduct(hi: UInt64(bitPattern: hi), lo: lo, w)
    }
  }
}

/// The low and high `w` bits of a 2w-bit product held in 128 bits.
private func splitProduct(hi: UInt64, lo: UInt64, _ w: Int) -> (RuntimeValue, RuntimeValue) {
  let mask = lowBitsMask(w)
  if w == 64 { return (.int(lo), .int(hi)) }
  let high = (lo >> UInt64(w)) | (hi << UInt64(64 - w))
  return (.int(lo & mask), .int(high & mask))
}

/// Signed operands of a division, with its faults checked.
private func signedOperands(
  _ a: UInt64, _ b: UInt64, _ w: Int, _ loc: Location, _ name: String
) throws -> (Int64, Int64) {
  guard b != 0 else { throw divisionByZero(loc, name) }
  let x = signExtend(a, w)
  let y = signExtend(b, w)
  if y == -1 && x == signExtend(UInt64(1) << UInt64(w - 1), w) {
    throw RuntimeFault.error(loc, "'\(name)' op: signed division overflow (minimum value divided by -1)")
  }
  return (x, y)
}

private func divisionByZero(_ loc: Location, _ name: String) -> Diagnostic {
  RuntimeFault.error(loc, "'\(name)' op: integer division by zero")
}

/// The bit width of the (integer or index) element type of operand 0.
func integerWidth(_ op: Operation, _ ctx: PrepareContext, operand: Int = 0) throws -> Int {
  guard op.numOperands > operand else { throw arityError(op) }
  let e = try ctx.elementType(op.operand(operand).type, of: op)
  if e.isFloat {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op expects integer operands")
  }
  return e.bitWidth
}

/// The `predicate` attribute's value, checked against the enum's range.
func predicate(_ op: Operation, max: Int) throws -> Int {
  guard let a = op.attr("predicate"), case .integer(let v, _) = a.kind, v.asInt64 >= 0,
    v.asInt64 <= Int64(max)
  else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op has no valid predicate")
  }
  return Int(v.asInt64)
}

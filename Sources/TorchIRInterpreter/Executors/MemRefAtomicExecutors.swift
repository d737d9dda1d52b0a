// memref.atomic_rmw, memref.generic_atomic_rmw (with memref.atomic_yield):
// read the element, combine, write it back, give the value read. The
// interpreter runs one thread, so "atomic" is just read-modify-write. Float
// kinds compute in Double and round once to the element type; integer
// kinds wrap at the element width, signed kinds reading the bits as signed.

import TorchIRCore

func registerMemRefAtomicExecutors(_ r: ExecutorRegistry) {
  r.register("memref.atomic_rmw") { op, ctx in
    guard op.numOperands >= 2, op.numResults == 1, let a = op.attr("kind"), case .integer(let v, _) = a.kind else {
      throw arityError(op)
    }
    let e = try ctx.elementType(op.operand(1).type, of: op)
    let combine = try atomicCombiner(Int(v.asInt64), e, op)
    let (value, m) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let indices = ctx.slots(Array(op.operandValues.dropFirst(2)))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[m], loc)
      let p = try elementPosition(b, indices, frame, loc)
      let old = b.load(p)
      b.store(p, combine(old, frame.slots[value]))
      frame.slots[res] = old
      return .next
    }
  }
  r.register("memref.generic_atomic_rmw") { op, ctx in
    guard op.numOperands >= 1, op.numResults == 1, op.regions.count == 1 else { throw arityError(op) }
    _ = try ctx.elementType(op.operand(0).type, of: op)
    let m = ctx.slot(op.operand(0))
    let indices = ctx.slots(Array(op.operandValues.dropFirst()))
    let body = try ctx.prepareRegion(op.region(0))
    guard body.entryArgumentSlots.count == 1 else { throw arityError(op) }
    let arg = body.entryArgumentSlots[0]
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[m], loc)
      let p = try elementPosition(b, indices, frame, loc)
      let old = b.load(p)
      frame.slots[arg] = old
      try body.execute(frame)
      guard frame.results.count == 1 else {
        throw RuntimeFault.error(loc, "region yielded \(frame.results.count) values, expected 1")
      }
      b.store(p, frame.results[0])
      frame.slots[res] = old
      return .next
    }
  }
  r.register("memref.atomic_yield") { op, ctx in
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
}

/// The combining function of an AtomicRMWKind (numbered as in MLIR's
/// enum: addf=0 addi=1 andi=2 assign=3 maximumf=4 maxnumf=5 maxs=6 maxu=7
/// minimumf=8 minnumf=9 mins=10 minu=11 mulf=12 muli=13 ori=14 xori=15).
private func atomicCombiner(
  _ kind: Int, _ e: ElementType, _ op: Operation
) throws -> (RuntimeValue, RuntimeValue) -> RuntimeValue {
  let floatKinds: Set<Int> = [0, 4, 5, 8, 9, 12]
  if case .float(let k) = e {
    guard floatKinds.contains(kind) || kind == 3 else {
      throw Diagnostic.error(op.location, "'memref.atomic_rmw' op: kind \(kind) does not apply to \(e)")
    }
    let f: (Double, Double) -> Double
    switch kind {
    case 0: f = { $0 + $1 }
    case 12: f = { $0 * $1 }
    case 3: f = { $1 }
    case 4: f = { a, b in a.isNaN || b.isNaN ? .nan : (a == b ? (a.sign == .minus ? b : a) : max(a, b)) }
    case 8: f = { a, b in a.isNaN || b.isNaN ? .nan : (a == b ? (a.sign == .minus ? a : b) : min(a, b)) }
    case 5: f = { a, b in a.isNaN ? b : b.isNaN ? a : (a == b ? (a.sign == .minus ? b : a) : max(a, b)) }
    default: f = { a, b in a.isNaN ? b : b.isNaN ? a : (a == b ? (a.sign == .minus ? a : b) : min(a, b)) }
    }
    return { x, y in .float(roundToFloatKind(f(x.floatValue, y.floatValue), k)) }
  }
  guard !floatKinds.contains(kind), kind >= 0, kind <= 15 else {
    throw Diagnostic.error(op.location, "'memref.atomic_rmw' op: kind \(kind) does not apply to \(e)")
  }
  let w = e.bitWidth
  let mask = lowBitsMask(w)
  let f: (UInt64, UInt64) -> UInt64
  switch kind {
  case 1: f = { $0 &+ $1 }
  case 2: f = { $0 & $1 }
  case 3: f = { $1 }
  case 6: f = { a, b in signExtend(a, w) >= signExtend(b, w) ? a : b }
  case 7: f = { max($0, $1) }
  case 10: f = { a, b in signExtend(a, w) <= signExtend(b, w) ? a : b }
  case 11: f = { min($0, $1) }
  case 13: f = { $0 &* $1 }
  case 14: f = { $0 | $1 }
  default: f = { $0 ^ $1 }
  }
  return { x, y in .int(f(x.intBits, y.intBits) & mask) }
}

// arith float ops: computed in Double and rounded once to the type (see
// FloatFormats.swift), so f16, bf16 and f32 results are correctly rounded.
//
// maximumf/minimumf propagate NaN and order -0 below +0 (IEEE 754-2019
// maximum/minimum). maxnumf/minnumf return the other operand when one is
// NaN (maximumNumber/minimumNumber) and also order -0 below +0, as LLVM's
// APFloat maxnum/minnum do.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

func registerArithFloatExecutors(_ r: ExecutorRegistry) {
  func binary(_ name: String, _ f: @escaping (Double, Double) -> Double) {
    r.register("arith." + name) { op, ctx in
      let k = try floatKind(op, ctx)
      if try isScalarOp(op, operands: 2) {
        _ = try resultElementTypes(op, ctx)
        let (x, y, r) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
        return { frame in
          frame.slots[r] = .float(roundToFloatKind(f(frame.slots[x].floatValue, frame.slots[y].floatValue), k))
          return .next
        }
      }
      if let kernel = try typedFloatTensorKernel(op, ctx, arity: 2, f) { return kernel }
      return try elementwise2(op, ctx) { a, b in .float(roundToFloatKind(f(a.floatValue, b.floatValue), k)) }
    }
  }
  binary("addf") { $0 + $1 }
  binary("subf") { $0 - $1 }
  binary("mulf") { $0 * $1 }
  binary("divf") { $0 / $1 }
  binary("remf") { fmod($0, $1) }
  binary("maximumf") { a, b in
    if a.isNaN || b.isNaN { return .nan }
    if a == b { return a.sign == .minus ? b : a }
    return a > b ? a : b
  }
  binary("minimumf") { a, b in
    if a.isNaN || b.isNaN { return .nan }
    if a == b { return a.sign == .minus ? a : b }
    return a < b ? a : b
  }
  binary("maxnumf") { a, b in
    if a.isNaN { return b }
    if b.isNaN { return a }
    if a == b { return a.sign == .minus ? b : a }
    return a > b ? a : b
  }
  binary("minnumf") { a, b in
    if a.isNaN { return b }
    if b.isNaN { return a }
    if a == b { return a.sign == .minus ? a : b }
    return a < b ? a : b
  }
  r.register("arith.negf") { op, ctx in
    _ = try floatKind(op, ctx)
    return try elementwise1(op, ctx) { a in .float(-a.floatValue) }
  }
  r.register("arith.cmpf") { op, ctx in
    _ = try floatKind(op, ctx)
    let p = try predicate(op, max: 15)
    return try elementwise2(op, ctx) { a, b in
      let x = a.floatValue
      let y = b.floatValue
      let unordered = x.isNaN || y.isNaN
      let c: Bool
      switch p {
      case 0: c = false
      case 1: c = !unordered && x == y
      case 2: c = !unordered && x > y
      case 3: c = !unordered && x >= y
      case 4: c = !unordered && x < y
      case 5: c = !unordered && x <= y
      case 6: c = !unordered && x != y
      case 7: c = !unordered
      case 8: c = unordered || x == y
      case 9: c = unordered || x > y
      case 10: c = unordered || x >= y
      case 11: c = unordered || x < y
      case 12: c = unordered || x <= y
      case 13: c = unordered || x != y
      case 14: c = unordered
      default: c = true
      }
      return .int(c ? 1 : 0)
    }
  }
}

/// The float kind of operand 0's element type.
func floatKind(_ op: Operation, _ ctx: PrepareContext, operand: Int = 0) throws -> FloatKind {
  guard op.numOperands > operand else { throw arityError(op) }
  guard let k = try ctx.elementType(op.operand(operand).type, of: op).floatKind else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op expects float operands")
  }
  return k
}

/// The float kind of result `index`'s element type.
func resultFloatKind(_ op: Operation, _ ctx: PrepareContext, index: Int = 0) throws -> FloatKind {
  guard op.numResults > index else { throw arityError(op) }
  guard let k = try ctx.elementType(op.result(index).type, of: op).floatKind else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op expects a float result")
  }
  return k
}

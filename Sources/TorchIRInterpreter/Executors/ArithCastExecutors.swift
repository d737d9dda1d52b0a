// arith casts, select and constant.
//
// fptosi/fptoui out of range are poison in MLIR; we saturate: NaN gives 0,
// values beyond the range give the minimum or maximum (as LLVM's
// fptosi.sat/fptoui.sat do). truncf honours its `roundingmode`.

import TorchIRCore

func registerArithExecutors(_ r: ExecutorRegistry) {
  registerArithIntegerExecutors(r)
  registerArithFloatExecutors(r)
  registerArithCastExecutors(r)
}

private func registerArithCastExecutors(_ r: ExecutorRegistry) {
  func intToInt(_ name: String, _ f: @escaping (UInt64, Int, Int) -> UInt64) {
    r.register("arith." + name) { op, ctx in
      let wIn = try integerWidth(op, ctx)
      guard op.numResults == 1 else { throw arityError(op) }
      let out = try ctx.elementType(op.result(0).type, of: op)
      if out.isFloat { throw Diagnostic.error(op.location, "'\(op.name.name)' op expects an integer result") }
      let wOut = out.bitWidth
      let mask = lowBitsMask(wOut)
      return try elementwise1(op, ctx) { a in .int(f(a.intBits, wIn, wOut) & mask) }
    }
  }
  intToInt("extui") { a, _, _ in a }
  intToInt("extsi") { a, w, _ in UInt64(bitPattern: signExtend(a, w)) }
  intToInt("trunci") { a, _, _ in a }
  intToInt("index_cast") { a, w, _ in UInt64(bitPattern: signExtend(a, w)) }
  intToInt("index_castui") { a, _, _ in a }

  r.register("arith.extf") { op, ctx in
    _ = try floatKind(op, ctx)
    _ = try resultFloatKind(op, ctx)
    // Every value of the narrower type is exact in the wider one.
    return try elementwise1(op, ctx) { a in a }
  }
  r.register("arith.truncf") { op, ctx in
    _ = try floatKind(op, ctx)
    let k = try resultFloatKind(op, ctx)
    var rule = FloatingPointRoundingRule.toNearestOrEven
    if let a = op.attr("roundingmode"), case .integer(let v, _) = a.kind {
      switch v.asInt64 {
      case 0: rule = .toNearestOrEven
      case 1: rule = .down
      case 2: rule = .up
      case 3: rule = .towardZero
      case 4: rule = .toNearestOrAwayFromZero
      default: throw Diagnostic.error(op.location, "'arith.truncf' op has an invalid rounding mode")
      }
    }
    return try elementwise1(op, ctx) { a in .float(roundToFloatKind(a.floatValue, k, rule)) }
  }
  r.register("arith.uitofp") { op, ctx in
    _ = try integerWidth(op, ctx)
    let k = try resultFloatKind(op, ctx)
    return try elementwise1(op, ctx) { a in .float(integerToFloat(a.intBits, negative: false, k)) }
  }
  r.register("arith.sitofp") { op, ctx in
    let w = try integerWidth(op, ctx)
    let k = try resultFloatKind(op, ctx)
    return try elementwise1(op, ctx) { a in
      let s = signExtend(a.intBits, w)
      return .float(integerToFloat(s.magnitude, negative: s < 0, k))
    }
  }
  r.register("arith.fptosi") { op, ctx in
    _ = try floatKind(op, ctx)
    guard op.numResults == 1 else { throw arityError(op) }
    let w = try ctx.elementType(op.result(0).type, of: op).bitWidth
    let mask = lowBitsMask(w)
    let lo = -Double(sign: .plus, exponent: w - 1, significand: 1)
    let hi = Double(sign: .plus, exponent: w - 1, significand: 1)
    return try elementwise1(op, ctx) { a in
      let x = a.floatValue
      if x.isNaN { return .int(0) }
      let t = x.rounded(.towardZero)
      let v: Int64
      if t <= lo {
        v = signExtend(UInt64(1) << UInt64(w - 1), w)
      } else if t >= hi {
        v = Int64(bitPattern: lowBitsMask(w - 1))
      } else {
        v = Int64(t)
      }
      return .int(UInt64(bitPattern: v) & mask)
    }
  }
  r.register("arith.fptoui") { op, ctx in
    _ = try floatKind(op, ctx)
    guard op.numResults == 1 else { throw arityError(op) }
    let w = try ctx.elementType(op.result(0).type, of: op).bitWidth
    let hi = Double(sign: .plus, exponent: w, significand: 1)
    return try elementwise1(op, ctx) { a in
      let x = a.floatValue
      if x.isNaN || x <= 0 { return .int(0) }
      let t = x.rounded(.towardZero)
      return .int(t >= hi ? lowBitsMask(w) : UInt64(t))
    }
  }
  r.register("arith.bitcast") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    let from = try ctx.elementType(op.operand(0).type, of: op)
    let to = try ctx.elementType(op.result(0).type, of: op)
    guard from.bitWidth == to.bitWidth else {
      throw Diagnostic.error(op.location, "'arith.bitcast' op between types of different widths")
    }
    return try elementwise1(op, ctx) { a in
      let bits: UInt64
      switch (a, from) {
      case (.float(let d), .float(let k)): bits = floatToBits(d, k)
      default: bits = a.intBits
      }
      if case .float(let k) = to { return .float(floatFromBits(bits, k)) }
      return .int(bits)
    }
  }

  r.register("arith.select") { op, ctx in
    guard op.numOperands == 3, op.numResults == 1 else { throw arityError(op) }
    if try isTensorOperand(op.operand(0).type, of: op) {
      return try elementwise3(op, ctx) { c, t, f in c.intBits != 0 ? t : f }
    }
    // A scalar condition picks one whole operand (scalar, tensor or function).
    let c = ctx.slot(op.operand(0))
    let t = ctx.slot(op.operand(1))
    let f = ctx.slot(op.operand(2))
    let res = ctx.slot(op.result(0))
    return { frame in
      frame.slots[res] = frame.slots[c].intBits != 0 ? frame.slots[t] : frame.slots[f]
      return .next
    }
  }

  r.register("arith.constant") { op, ctx in
    guard op.numResults == 1, let attr = op.attr("value") else { throw arityError(op) }
    let value = try constantValue(attr, type: op.result(0).type, op: op, ctx)
    let res = ctx.slot(op.result(0))
    return { frame in
      frame.slots[res] = value
      return .next
    }
  }
}

/// The run-time value of a constant attribute (built once, when the op is
/// prepared; tensors are never written in place, so it is shared by every run).
public func constantValue(
  _ attr: Attribute, type: Type, op: Operation, _ ctx: PrepareContext
) throws -> RuntimeValue {
  let e = try ctx.elementType(type, of: op)
  switch attr.kind {
  case .bool(let b):
    return .int(b ? 1 : 0)
  case .integer(let v, _):
    return .int(v.asUInt64 & lowBitsMask(e.bitWidth))
  case .float(let bits, _):
    guard case .float(let k) = e else { break }
    return .float(floatFromBits(bits.asUInt64, k))
  case .denseElements(let d):
    return .buffer(try denseBuffer(d.rawData, isSplat: d.isSplat, type: type, element: e, op: op))
  case .denseResource(let handle, _):
    guard let blob = op.context.resources[handle] else {
      throw Diagnostic.error(op.location, "dense_resource '\(handle)' has no data in the file")
    }
    return .buffer(try denseBuffer(blob.bytes, isSplat: false, type: type, element: e, op: op))
  default:
    break
  }
  throw Diagnostic.error(op.location, "'\(op.name.name)' op: constant \(attr) is not supported by the interpreter")
}

/// A buffer from MLIR's dense layout (little-endian, (w + 7) / 8 bytes per
/// element, one element when splat).
private func denseBuffer(
  _ raw: [UInt8], isSplat: Bool, type: Type, element: ElementType, op: Operation
) throws -> Buffer {
  guard case .rankedTensor(let shape, _, _) = type.kind, let count = type.staticElementCount else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op: dense constant of type \(type) is not supported by the interpreter")
  }
  let width = element.isFloat ? element.byteWidth : (element.bitWidth + 7) / 8
  let (total, overflow) = count.multipliedReportingOverflow(by: width)
  guard !overflow else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op: constant of type \(type) is too large")
  }
  let needed = isSplat ? width : total
  guard raw.count == needed || (isSplat && raw.count >= width) else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op: constant data has \(raw.count) bytes, expected \(needed)")
  }
  let out = try Buffer(allocating: element, shape: shape.map { Int($0) }, at: op.location)
  if !isSplat && width == element.byteWidth, let base = out.storage.base {
    raw.withUnsafeBytes { src in
      if let s = src.baseAddress { base.copyMemory(from: s, byteCount: needed) }
    }
    return out
  }
  func elementBits(_ i: Int) -> UInt64 {
    var v: UInt64 = 0
    for j in 0..<width { v |= UInt64(raw[i * width + j]) << UInt64(8 * j) }
    return v
  }
  func value(_ bits: UInt64) -> RuntimeValue {
    if case .float(let k) = element { return .float(floatFromBits(bits, k)) }
    return .int(bits & lowBitsMask(element.bitWidth))
  }
  if isSplat {
    let v = value(elementBits(0))
    for i in 0..<count { out.store(i, v) }
  } else {
    for i in 0..<count { out.store(i, value(elementBits(i))) }
  }
  return out
}

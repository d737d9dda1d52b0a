// Scalar functions lifted to kernels: on scalars they run once; on tensors
// they run per element, into a new tensor of the result's element type.
// arith and math use these for every op, since the verifier allows their
// operands to be scalars or tensors of the same shape.

import TorchIRCore

typealias Scalar1 = (RuntimeValue) throws -> RuntimeValue
typealias Scalar2 = (RuntimeValue, RuntimeValue) throws -> RuntimeValue
typealias Scalar3 = (RuntimeValue, RuntimeValue, RuntimeValue) throws -> RuntimeValue

/// Whether `type` is a tensor (elementwise) or a scalar; vectors and memrefs
/// are rejected for the elementwise ops.
func isTensorOperand(_ type: Type, of op: Operation) throws -> Bool {
  switch type.kind {
  case .integer, .index, .float: return false
  case .rankedTensor, .unrankedTensor: return true
  default:
    throw Diagnostic.error(
      op.location, "'\(op.name.name)' op on \(type) is not supported by the interpreter")
  }
}

/// The result element types of `op`, checked.
func resultElementTypes(_ op: Operation, _ ctx: PrepareContext) throws -> [ElementType] {
  try op.results.map { try ctx.elementType($0.type, of: op) }
}

func tensorOperand(_ v: RuntimeValue, _ loc: Location) throws -> Buffer {
  guard case .buffer(let b) = v else {
    throw RuntimeFault.error(loc, "expected a tensor value")
  }
  try b.checkLive(at: loc)
  return b
}

func checkSameShape(_ a: Buffer, _ b: Buffer, _ loc: Location, _ name: String) throws {
  if a.shape != b.shape {
    throw RuntimeFault.error(
      loc, "'\(name)' op operands have different shapes at run time: \(a.shape) and \(b.shape)")
  }
}

/// A one-operand, one-result elementwise op.
func elementwise1(_ op: Operation, _ ctx: PrepareContext, _ f: @escaping Scalar1) throws -> Kernel {
  guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
  let a = ctx.slot(op.operand(0))
  let r = ctx.slot(op.result(0))
  let resultType = try resultElementTypes(op, ctx)[0]
  _ = try ctx.elementType(op.operand(0).type, of: op)
  if !(try isTensorOperand(op.operand(0).type, of: op)) {
    return { frame in
      frame.slots[r] = try f(frame.slots[a])
      return .next
    }
  }
  let loc = op.location
  return { frame in
    let x = try tensorOperand(frame.slots[a], loc)
    let out = try Buffer(allocating: resultType, shape: x.shape, at: loc)
    var j = 0
    try x.forEachPosition { i in
      out.store(j, try f(x.load(i)))
      j += 1
    }
    frame.slots[r] = .buffer(out)
    return .next
  }
}

/// A two-operand, one-result elementwise op.
func elementwise2(_ op: Operation, _ ctx: PrepareContext, _ f: @escaping Scalar2) throws -> Kernel {
  guard op.numOperands == 2, op.numResults == 1 else { throw arityError(op) }
  let a = ctx.slot(op.operand(0))
  let b = ctx.slot(op.operand(1))
  let r = ctx.slot(op.result(0))
  let resultType = try resultElementTypes(op, ctx)[0]
  for v in op.operandValues { _ = try ctx.elementType(v.type, of: op) }
  let ta = try isTensorOperand(op.operand(0).type, of: op)
  let tb = try isTensorOperand(op.operand(1).type, of: op)
  if !ta && !tb {
    return { frame in
      frame.slots[r] = try f(frame.slots[a], frame.slots[b])
      return .next
    }
  }
  guard ta && tb else { throw mixedError(op) }
  let loc = op.location
  let name = op.name.name
  return { frame in
    let x = try tensorOperand(frame.slots[a], loc).contiguous(at: loc)
    let y = try tensorOperand(frame.slots[b], loc).contiguous(at: loc)
    try checkSameShape(x, y, loc, name)
    let out = try Buffer(allocating: resultType, shape: x.shape, at: loc)
    for i in 0..<x.count { out.store(i, try f(x.load(i), y.load(i))) }
    frame.slots[r] = .buffer(out)
    return .next
  }
}

/// A three-operand, one-result elementwise op (fma; select with a tensor
/// condition).
func elementwise3(_ op: Operation, _ ctx: PrepareContext, _ f: @escaping Scalar3) throws -> Kernel {
  guard op.numOperands == 3, op.numResults == 1 else { throw arityError(op) }
  let s = op.operandValues.map { ctx.slot($0) }
  let r = ctx.slot(op.result(0))
  let resultType = try resultElementTypes(op, ctx)[0]
  for v in op.operandValues { _ = try ctx.elementType(v.type, of: op) }
  let tensors = try op.operandValues.map { try isTensorOperand($0.type, of: op) }
  if !tensors.contains(true) {
    let (a, b, c) = (s[0], s[1], s[2])
    return { frame in
      frame.slots[r] = try f(frame.slots[a], frame.slots[b], frame.slots[c])
      return .next
    }
  }
  guard !tensors.contains(false) else { throw mixedError(op) }
  let loc = op.location
  let name = op.name.name
  let (a, b, c) = (s[0], s[1], s[2])
  return { frame in
    let x = try tensorOperand(frame.slots[a], loc).contiguous(at: loc)
    let y = try tensorOperand(frame.slots[b], loc).contiguous(at: loc)
    let z = try tensorOperand(frame.slots[c], loc).contiguous(at: loc)
    try checkSameShape(x, y, loc, name)
    try checkSameShape(x, z, loc, name)
    let out = try Buffer(allocating: resultType, shape: x.shape, at: loc)
    for i in 0..<x.count { out.store(i, try f(x.load(i), y.load(i), z.load(i))) }
    frame.slots[r] = .buffer(out)
    return .next
  }
}

/// An op with one or two operands and two results computed together
/// (addui_extended, mulsi_extended, mului_extended, sincos).
func elementwiseTwoResults(
  _ op: Operation, _ ctx: PrepareContext,
  _ f: @escaping ([RuntimeValue]) throws -> (RuntimeValue, RuntimeValue)
) throws -> Kernel {
  guard op.numResults == 2, op.numOperands >= 1 else { throw arityError(op) }
  let s = op.operandValues.map { ctx.slot($0) }
  let r0 = ctx.slot(op.result(0))
  let r1 = ctx.slot(op.result(1))
  let types = try resultElementTypes(op, ctx)
  for v in op.operandValues { _ = try ctx.elementType(v.type, of: op) }
  let tensors = try op.operandValues.map { try isTensorOperand($0.type, of: op) }
  if !tensors.contains(true) {
    return { frame in
      let (x, y) = try f(s.map { frame.slots[$0] })
      frame.slots[r0] = x
      frame.slots[r1] = y
      return .next
    }
  }
  guard !tensors.contains(false) else { throw mixedError(op) }
  let loc = op.location
  let name = op.name.name
  return { frame in
    let ins = try s.map { try tensorOperand(frame.slots[$0], loc).contiguous(at: loc) }
    for x in ins.dropFirst() { try checkSameShape(ins[0], x, loc, name) }
    let o0 = try Buffer(allocating: types[0], shape: ins[0].shape, at: loc)
    let o1 = try Buffer(allocating: types[1], shape: ins[0].shape, at: loc)
    for i in 0..<ins[0].count {
      let (x, y) = try f(ins.map { $0.load(i) })
      o0.store(i, x)
      o1.store(i, y)
    }
    frame.slots[r0] = .buffer(o0)
    frame.slots[r1] = .buffer(o1)
    return .next
  }
}

/// Whether `op` (one or two operands, one result) works on scalars only:
/// then arith/math build a kernel that reads and writes the slots directly,
/// with no intermediate closure (the common case in loop bodies).
func isScalarOp(_ op: Operation, operands: Int) throws -> Bool {
  guard op.numOperands == operands, op.numResults == 1 else { throw arityError(op) }
  for v in op.operandValues where try isTensorOperand(v.type, of: op) { return false }
  return !(try isTensorOperand(op.result(0).type, of: op))
}

func arityError(_ op: Operation) -> Diagnostic {
  Diagnostic.error(op.location, "'\(op.name.name)' op has an unexpected number of operands or results")
}

func mixedError(_ op: Operation) -> Diagnostic {
  Diagnostic.error(op.location, "'\(op.name.name)' op mixes scalar and tensor operands")
}

// MARK: Typed tensor loops
//
// The common element types (f32, f64, i32, i64) get loops over raw memory
// with the element type fixed when the op is prepared: no per-element
// switch on the element type, no RuntimeValue in between.

/// Both operands and the result are tensors of the same element type `e`.
private func isHomogeneousTensorOp(_ op: Operation, _ ctx: PrepareContext, _ e: ElementType) throws -> Bool {
  for v in op.operandValues + op.results.map({ $0 as Value }) {
    guard try isTensorOperand(v.type, of: op), try ctx.elementType(v.type, of: op) == e else { return false }
  }
  return true
}

/// Contiguous operands of one shape and a new result buffer of that shape.
@inline(__always) private func operandsAndResult(
  _ frame: Frame, _ slots: [Int], _ e: ElementType, _ loc: Location, _ name: String
) throws -> ([UnsafeMutableRawPointer?], Buffer) {
  var buffers: [Buffer] = []
  for s in slots {
    let b = try tensorOperand(frame.slots[s], loc).contiguous(at: loc)
    if let first = buffers.first { try checkSameShape(first, b, loc, name) }
    buffers.append(b)
  }
  let out = try Buffer(allocating: e, shape: buffers[0].shape, at: loc)
  return (buffers.map { $0.storage.base }, out)
}

/// An f32 or f64 tensor kernel for a float op of `arity` operands computed
/// in Double and rounded by the conversion to the element type; nil when
/// the op is not on f32/f64 tensors.
func typedFloatTensorKernel(
  _ op: Operation, _ ctx: PrepareContext, arity: Int, _ f: @escaping (Double, Double) -> Double
) throws -> Kernel? {
  guard op.numOperands == arity, op.numResults == 1 else { return nil }
  let e = try ctx.elementType(op.result(0).type, of: op)
  guard e == .float(.f32) || e == .float(.f64), try isHomogeneousTensorOp(op, ctx, e) else { return nil }
  let slots = op.operandValues.map { ctx.slot($0) }
  let r = ctx.slot(op.result(0))
  let loc = op.location
  let name = op.name.name
  let single = e == .float(.f32)
  return { frame in
    let (ins, out) = try operandsAndResult(frame, slots, e, loc, name)
    let n = out.count
    if n > 0, let po = out.storage.base, let px = ins[0] {
      let py = arity > 1 ? ins[1] : px
      if let py {
        if single {
          for i in 0..<n {
            let x = Double(px.load(fromByteOffset: i &* 4, as: Float.self))
            let y = Double(py.load(fromByteOffset: i &* 4, as: Float.self))
            po.storeBytes(of: Float(f(x, y)), toByteOffset: i &* 4, as: Float.self)
          }
        } else {
          for i in 0..<n {
            let x = px.load(fromByteOffset: i &* 8, as: Double.self)
            let y = py.load(fromByteOffset: i &* 8, as: Double.self)
            po.storeBytes(of: f(x, y), toByteOffset: i &* 8, as: Double.self)
          }
        }
      }
    }
    frame.slots[r] = .buffer(out)
    return .next
  }
}

/// An i32 or i64 tensor kernel for an integer binary op; nil otherwise.
func typedIntTensorKernel(
  _ op: Operation, _ ctx: PrepareContext, _ f: @escaping (UInt64, UInt64, Int, Location) throws -> UInt64
) throws -> Kernel? {
  guard op.numOperands == 2, op.numResults == 1 else { return nil }
  let e = try ctx.elementType(op.result(0).type, of: op)
  guard e == .integer(width: 32, signedness: .signless) || e == .integer(width: 64, signedness: .signless),
    try isHomogeneousTensorOp(op, ctx, e)
  else { return nil }
  let slots = op.operandValues.map { ctx.slot($0) }
  let r = ctx.slot(op.result(0))
  let loc = op.location
  let name = op.name.name
  let wide = e.bitWidth == 64
  return { frame in
    let (ins, out) = try operandsAndResult(frame, slots, e, loc, name)
    let n = out.count
    if n > 0, let po = out.storage.base, let px = ins[0], let py = ins[1] {
      if wide {
        for i in 0..<n {
          let x = px.load(fromByteOffset: i &* 8, as: UInt64.self)
          let y = py.load(fromByteOffset: i &* 8, as: UInt64.self)
          po.storeBytes(of: try f(x, y, 64, loc), toByteOffset: i &* 8, as: UInt64.self)
        }
      } else {
        for i in 0..<n {
          let x = UInt64(px.load(fromByteOffset: i &* 4, as: UInt32.self))
          let y = UInt64(py.load(fromByteOffset: i &* 4, as: UInt32.self))
          po.storeBytes(of: UInt32(truncatingIfNeeded: try f(x, y, 32, loc)), toByteOffset: i &* 4, as: UInt32.self)
        }
      }
    }
    frame.slots[r] = .buffer(out)
    return .next
  }
}

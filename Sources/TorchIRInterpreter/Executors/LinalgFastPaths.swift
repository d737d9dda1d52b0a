// Fast kernels for the structured ops and layouts that dominate models:
// fill; copy, transpose, broadcast (and generics that only yield their
// input) as typed strided copies; f32 matmul, batch_matmul, matvec and
// vecmat on the blocked kernel (Kernels/MatmulKernel.swift); f32
// conv_2d_nchw_fchw and conv_2d_nhwc_hwcf as im2col + that kernel; f32
// max/sum pooling as direct loops; and element-wise generics (identity or
// broadcast maps, a body of arith ops on f32/f64/i32/i64) run a chunk of
// elements per body op (LinalgElementwiseProgram.swift).
//
// Each is chosen when the op is prepared from what the IR says (op name,
// maps, element types, body); what only the run knows (a memref output that
// is not contiguous) sends that run to the reference path. Results equal the
// reference path's except for the order of float sums in matmul and
// convolution (LinalgFastPathTests checks both on random shapes).

import TorchIRCore
import TorchIRDialects

func linalgFastKernel(_ op: Operation, _ plan: StructuredPlan, _ ctx: PrepareContext) throws -> Kernel? {
  if let k = fillKernel(plan) { return k }
  if let k = stridedCopyKernel(plan) { return k }
  if let k = matmulKernel(plan) { return k }
  if let k = convolutionKernel(plan) { return k }
  if let k = poolingKernel(plan) { return k }
  if let k = try elementwiseKernel(plan, ctx) { return k }
  return nil
}

private let f32 = ElementType.float(.f32)

// MARK: fill

private func fillKernel(_ plan: StructuredPlan) -> Kernel? {
  guard plan.name == "linalg.fill", plan.inputs.count == 1, plan.outputs.count == 1,
    !plan.inputs[0].isShaped, plan.inputs[0].elementType == plan.outputs[0].elementType
  else { return nil }
  let valueSlot = plan.inputs[0].slot
  return { frame in
    let (_, outs, _) = try plan.bind(frame, copyOutputs: false)
    let out = outs[0]
    let v = frame.slots[valueSlot]
    if out.isContiguousRowMajor {
      fillContiguous(out, v)
    } else {
      out.forEachPosition { out.store($0, v) }
    }
    plan.finish(frame, outs)
    return .next
  }
}

/// Stores `v` in every element of the contiguous buffer `out`.
func fillContiguous(_ out: Buffer, _ v: RuntimeValue) {
  let n = out.count
  guard n > 0, let base = out.storage.base else { return }
  out.store(0, v)
  switch out.elementType.byteWidth {
  case 1: base.initializeMemory(as: UInt8.self, repeating: base.load(as: UInt8.self), count: n)
  case 2: base.assumingMemoryBound(to: UInt16.self).update(repeating: base.load(as: UInt16.self), count: n)
  case 4: base.assumingMemoryBound(to: UInt32.self).update(repeating: base.load(as: UInt32.self), count: n)
  default: base.assumingMemoryBound(to: UInt64.self).update(repeating: base.load(as: UInt64.self), count: n)
  }
}

// MARK: Strided copies (copy, transpose, broadcast, yield-only generics)

/// Whether the body only yields its block arguments in order (no body
/// counts too).
private func bodyYieldsInputs(_ plan: StructuredPlan) -> Bool {
  guard let block = plan.bodyBlock else { return true }
  guard block.count == 1, let y = block.last, y.name.name == "linalg.yield",
    y.numOperands == plan.outputs.count
  else { return false }
  for j in 0..<y.numOperands where y.operand(j) !== block.arguments[j] { return false }
  return true
}

private func stridedCopyKernel(_ plan: StructuredPlan) -> Kernel? {
  guard plan.inputs.count == 1, plan.outputs.count == 1, plan.inputs[0].isShaped,
    plan.inputs[0].elementType == plan.outputs[0].elementType,
    plan.outputs[0].map.isIdentity, !plan.iteratorTypes.contains(.reduction), bodyYieldsInputs(plan),
    plan.indexSlots.isEmpty
  else { return nil }
  let inMap = plan.inputs[0].map
  var loopOf: [Int] = []
  for e in inMap.results {
    guard case .dim(let l) = e else { return nil }
    loopOf.append(l)
  }
  return { frame in
    let (ins, outs, ranges) = try plan.bind(frame, copyOutputs: false)
    guard case .buffer(let src) = ins[0] else { return .next }
    var strides = [Int](repeating: 0, count: ranges.count)
    for (r, l) in loopOf.enumerated() { strides[l] &+= src.strides[r] }
    let view = Buffer(storage: src.storage, elementType: src.elementType, shape: ranges, strides: strides, offset: src.offset)
    stridedCopy(view, outs[0])
    plan.finish(frame, outs)
    return .next
  }
}

/// Copies the view `src` into `dst` (same shape and element type), with a
/// typed inner loop over the last dimension.
func stridedCopy(_ src: Buffer, _ dst: Buffer) {
  guard dst.isContiguousRowMajor else {
    copyElements(from: src, to: dst)
    return
  }
  switch src.elementType.byteWidth {
  case 1: typedStridedCopy(src, dst, UInt8.self)
  case 2: typedStridedCopy(src, dst, UInt16.self)
  case 4: typedStridedCopy(src, dst, UInt32.self)
  default: typedStridedCopy(src, dst, UInt64.self)
  }
}

private func typedStridedCopy<T>(_ src: Buffer, _ dst: Buffer, _: T.Type) {
  let n = dst.count
  guard n > 0, let sb = src.storage.base, let db = dst.storage.base else { return }
  let s = sb.assumingMemoryBound(to: T.self)
  let d = db.assumingMemoryBound(to: T.self)
  let rank = src.rank
  if rank == 0 {
    d[0] = s[src.offset]
    return
  }
  let inner = src.shape[rank - 1]
  let step = src.strides[rank - 1]
  if inner == 0 { return }
  let outer = n / inner
  var index = [Int](repeating: 0, count: rank - 1)
  var pos = src.offset
  var j = 0
  for _ in 0..<outer {
    if step == 1 {
      (d + j).update(from: s + pos, count: inner)
    } else {
      var p = pos
      for i in 0..<inner {
        d[j + i] = s[p]
        p &+= step
      }
    }
    j += inner
    var k = rank - 2
    while k >= 0 {
      index[k] += 1
      pos &+= src.strides[k]
      if index[k] < src.shape[k] { break }
      pos &-= src.strides[k] &* src.shape[k]
      index[k] = 0
      k -= 1
    }
  }
}

// MARK: Matmul family (f32)

private func map(_ numDims: Int, _ dims: [Int]) -> AffineMap {
  AffineMap(numDims: numDims, numSymbols: 0, results: dims.map { AffineExpr.dim($0) })
}

/// The operands' maps as loop lists, when every result is a single loop.
private func dimLists(_ plan: StructuredPlan) -> [[Int]]? {
  var out: [[Int]] = []
  for o in plan.allOperands {
    var l: [Int] = []
    for e in o.map.results {
      guard case .dim(let d) = e else { return nil }
      l.append(d)
    }
    out.append(l)
  }
  return out
}

private func allF32(_ plan: StructuredPlan) -> Bool {
  plan.allOperands.allSatisfy { $0.isShaped && $0.elementType == f32 }
}

/// A contiguous f32 view of an input (a copy when the view is strided).
private func contiguousF32(_ v: RuntimeValue, _ plan: StructuredPlan) throws -> Buffer {
  guard case .buffer(let b) = v else { throw RuntimeFault.error(plan.location, "'\(plan.name)' op expected a tensor or memref") }
  if b.isContiguousRowMajor { return b }
  let out = try Buffer(allocating: b.elementType, shape: b.shape, at: plan.location)
  stridedCopy(b, out)
  return out
}

@inline(__always) private func f32Pointer(_ b: Buffer) -> UnsafeMutablePointer<Float>? {
  b.storage.base.map { ($0 + b.offset * 4).assumingMemoryBound(to: Float.self) }
}

private func matmulKernel(_ plan: StructuredPlan) -> Kernel? {
  guard allF32(plan), plan.inputs.count == 2, plan.outputs.count == 1, let dims = dimLists(plan) else { return nil }
  // (batch, m, n, k) of each operand's dimensions, as loop numbers.
  enum Shape { case matmul, batch, matvec, vecmat }
  let shape: Shape
  switch plan.name {
  case "linalg.matmul" where dims == [[0, 2], [2, 1], [0, 1]]: shape = .matmul
  case "linalg.batch_matmul" where dims == [[0, 1, 3], [0, 3, 2], [0, 1, 2]]: shape = .batch
  case "linalg.matvec" where dims == [[0, 1], [1], [0]]: shape = .matvec
  case "linalg.vecmat" where dims == [[1], [1, 0], [0]]: shape = .vecmat
  default: return nil
  }
  return { frame in
    let (ins, outs, ranges) = try plan.bind(frame)
    let c = outs[0]
    guard c.isContiguousRowMajor else {
      try plan.runReference(frame, ins, outs, ranges)
      plan.finish(frame, outs)
      return .next
    }
    let a = try contiguousF32(ins[0], plan)
    let b = try contiguousF32(ins[1], plan)
    if !ranges.contains(0), let pa = f32Pointer(a), let pb = f32Pointer(b), let pc = f32Pointer(c) {
      switch shape {
      case .matmul:
        let (m, n, k) = (ranges[0], ranges[1], ranges[2])
        sgemmAccumulate(m: m, n: n, k: k, a: pa, lda: k, b: pb, ldb: n, c: pc, ldc: n)
      case .batch:
        let (bs, m, n, k) = (ranges[0], ranges[1], ranges[2], ranges[3])
        for i in 0..<bs {
          sgemmAccumulate(m: m, n: n, k: k, a: pa + i * m * k, lda: k, b: pb + i * k * n, ldb: n, c: pc + i * m * n, ldc: n)
        }
      case .matvec:
        let (m, k) = (ranges[0], ranges[1])
        sgemmAccumulate(m: m, n: 1, k: k, a: pa, lda: k, b: pb, ldb: 1, c: pc, ldc: 1)
      case .vecmat:
        let (n, k) = (ranges[0], ranges[1])
        sgemmAccumulate(m: 1, n: n, k: k, a: pa, lda: k, b: pb, ldb: n, c: pc, ldc: n)
      }
    }
    plan.finish(frame, outs)
    return .next
  }
}

// MARK: Convolution (f32) as im2col + matmul

/// Coefficients of `loops` in result `r` of operand `o`'s map, when the
/// result is exactly a combination of those loops.
private func coefficients(_ o: StructuredOperand, _ r: Int, _ loops: [Int]) -> [Int]? {
  guard r < o.linear.count, let lin = o.linear[r], lin.constant == 0 else { return nil }
  for (l, c) in lin.coefficients.enumerated() where c != 0 && !loops.contains(l) { return nil }
  let out = loops.map { lin.coefficients[$0] }
  return out.allSatisfy { $0 > 0 } ? out : nil
}

private func convolutionKernel(_ plan: StructuredPlan) -> Kernel? {
  guard allF32(plan), plan.inputs.count == 2, plan.outputs.count == 1, plan.numLoops == 7 else { return nil }
  let nchw: Bool
  switch plan.name {
  case "linalg.conv_2d_nchw_fchw": nchw = true
  case "linalg.conv_2d_nhwc_hwcf": nchw = false
  default: return nil
  }
  // Loops: n, (f, oh, ow | oh, ow, f), c, kh, kw in MLIR's order.
  let inp = plan.inputs[0]
  let hLoops = nchw ? [2, 5] : [1, 4]
  let wLoops = nchw ? [3, 6] : [2, 5]
  guard let h = coefficients(inp, nchw ? 2 : 1, hLoops), let w = coefficients(inp, nchw ? 3 : 2, wLoops) else {
    return nil
  }
  let (sh, dh, sw, dw) = (h[0], h[1], w[0], w[1])
  return { frame in
    let (ins, outs, ranges) = try plan.bind(frame)
    let out = outs[0]
    guard out.isContiguousRowMajor else {
      try plan.runReference(frame, ins, outs, ranges)
      plan.finish(frame, outs)
      return .next
    }
    let x = try contiguousF32(ins[0], plan)
    let f = try contiguousF32(ins[1], plan)
    if ranges.contains(0) {
      plan.finish(frame, outs)
      return .next
    }
    guard let px = f32Pointer(x), let pf = f32Pointer(f), let po = f32Pointer(out) else {
      plan.finish(frame, outs)
      return .next
    }
    let batch = ranges[0]
    let (fs, oh, ow) = nchw ? (ranges[1], ranges[2], ranges[3]) : (ranges[3], ranges[1], ranges[2])
    // nchw_fchw reduces over (c, kh, kw), nhwc_hwcf over (kh, kw, c).
    let (cs, kh, kw) = nchw ? (ranges[4], ranges[5], ranges[6]) : (ranges[6], ranges[4], ranges[5])
    let (ih, iw) = nchw ? (x.shape[2], x.shape[3]) : (x.shape[1], x.shape[2])
    let p = oh * ow
    let ckk = cs * kh * kw
    let col = UnsafeMutablePointer<Float>.allocate(capacity: max(ckk * p, 1))
    defer { col.deallocate() }
    for n in 0..<batch {
      if nchw {
        // col[(c, i, j), (y, z)] = x[n, c, y*sh + i*dh, z*sw + j*dw]
        let img = px + n * cs * ih * iw
        var row = col
        for c in 0..<cs {
          for i in 0..<kh {
            for j in 0..<kw {
              for y in 0..<oh {
                let src = img + (c * ih + y * sh + i * dh) * iw + j * dw
                let dst = row + y * ow
                if sw == 1 {
                  dst.update(from: src, count: ow)
                } else {
                  for z in 0..<ow { dst[z] = src[z * sw] }
                }
              }
              row += p
            }
          }
        }
        // out[n] (F x P) += filter (F x CKK) * col (CKK x P)
        sgemmAccumulate(m: fs, n: p, k: ckk, a: pf, lda: ckk, b: col, ldb: p, c: po + n * fs * p, ldc: p)
      } else {
        // col[(y, z), (i, j, c)] = x[n, y*sh + i*dh, z*sw + j*dw, c]
        let img = px + n * ih * iw * cs
        for y in 0..<oh {
          for z in 0..<ow {
            var dst = col + (y * ow + z) * ckk
            for i in 0..<kh {
              for j in 0..<kw {
                dst.update(from: img + ((y * sh + i * dh) * iw + z * sw + j * dw) * cs, count: cs)
                dst += cs
              }
            }
          }
        }
        // out[n] (P x F) += col (P x CKK) * filter (CKK x F)
        sgemmAccumulate(m: p, n: fs, k: ckk, a: col, lda: ckk, b: pf, ldb: fs, c: po + n * p * fs, ldc: fs)
      }
    }
    plan.finish(frame, outs)
    return .next
  }
}

// MARK: Pooling (f32)

/// maximumf: NaN propagates, -0 orders below +0 (as arith.maximumf).
@inline(__always) func maximumF32(_ a: Float, _ b: Float) -> Float {
  if a.isNaN || b.isNaN { return .nan }
  if a == b { return a.sign == .minus ? b : a }
  return a > b ? a : b
}

private func poolingKernel(_ plan: StructuredPlan) -> Kernel? {
  guard allF32(plan), plan.inputs.count == 2, plan.outputs.count == 1, plan.numLoops == 6 else { return nil }
  let nchw: Bool, isMax: Bool
  switch plan.name {
  case "linalg.pooling_nchw_max": (nchw, isMax) = (true, true)
  case "linalg.pooling_nhwc_max": (nchw, isMax) = (false, true)
  case "linalg.pooling_nchw_sum": (nchw, isMax) = (true, false)
  case "linalg.pooling_nhwc_sum": (nchw, isMax) = (false, false)
  default: return nil
  }
  // Loops: n, (c, oh, ow | oh, ow, c), kh, kw.
  let inp = plan.inputs[0]
  guard let h = coefficients(inp, nchw ? 2 : 1, nchw ? [2, 4] : [1, 4]),
    let w = coefficients(inp, nchw ? 3 : 2, nchw ? [3, 5] : [2, 5])
  else { return nil }
  let (sh, dh, sw, dw) = (h[0], h[1], w[0], w[1])
  return { frame in
    let (ins, outs, ranges) = try plan.bind(frame)
    let out = outs[0]
    guard out.isContiguousRowMajor, !ranges.contains(0) else {
      try plan.runReference(frame, ins, outs, ranges)
      plan.finish(frame, outs)
      return .next
    }
    let x = try contiguousF32(ins[0], plan)
    guard let px = f32Pointer(x), let po = f32Pointer(out) else {
      plan.finish(frame, outs)
      return .next
    }
    let batch = ranges[0]
    let (cs, oh, ow) = nchw ? (ranges[1], ranges[2], ranges[3]) : (ranges[3], ranges[1], ranges[2])
    let (kh, kw) = (ranges[4], ranges[5])
    let (ih, iw) = nchw ? (x.shape[2], x.shape[3]) : (x.shape[1], x.shape[2])
    // The reference's loop order (kh, kw innermost), so sums round alike.
    for n in 0..<batch {
      for a in 0..<(nchw ? cs : oh) {
        for b in 0..<(nchw ? oh : ow) {
          for e in 0..<(nchw ? ow : cs) {
            let (c, y, z) = nchw ? (a, b, e) : (e, a, b)
            let o = nchw ? ((n * cs + c) * oh + y) * ow + z : ((n * oh + y) * ow + z) * cs + c
            var acc = po[o]
            for i in 0..<kh {
              for j in 0..<kw {
                let yy = y * sh + i * dh, zz = z * sw + j * dw
                let v = nchw ? px[((n * cs + c) * ih + yy) * iw + zz] : px[((n * ih + yy) * iw + zz) * cs + c]
                acc = isMax ? maximumF32(acc, v) : acc + v
              }
            }
            po[o] = acc
          }
        }
      }
    }
    plan.finish(frame, outs)
    return .next
  }
}

// tm_tensor.scan, scatter, sort, topk, attention and yield, with the
// semantics of Torch-MLIR's scalar implementations (TMTensorOps.cpp
// generateScalarImplementation, what `--tm-tensor-to-loops` writes), on
// tensors and on memrefs:
//
// - On tensors the `outs` operands are the initial values: each is copied,
//   the op works on the copies, and they are its results. On memrefs the op
//   writes into the `outs` buffers in place.
// - scan: along `dimension`, in row-major order of the input. Inclusive:
//   out[0] = in[0], out[i] = f(out[i-1], in[i]); exclusive: out[0] = acc,
//   out[i] = f(out[i-1], in[i-1]); every out[i] with i > 0 is also stored to
//   the accumulator (so an inclusive scan over one element leaves it as is).
// - scatter: for each update element (row-major), the original element at
//   the indexed position becomes f(update, original); index i of an update
//   row goes to dimension dimension_map[i] (added to the update's own
//   coordinate there, if it has one). Indices are sign-extended. With
//   repeated indices the updates combine in row-major order, whatever
//   unique_indices says. An index outside the original is a fault.
// - sort: per line along `dimension`, bubble-sort passes that swap (in
//   every operand) the neighbours for which the comparator region yields
//   false; Torch-MLIR runs as many passes as the line has elements, and a
//   pass that swaps nothing ends the line early here (the comparator is a
//   function of its arguments, so the passes left would change nothing). A
//   non-strict comparator (`ole`, as Torch-MLIR's aten.sort lowering
//   writes) makes the sort stable.
// - topk: each input element (row-major) is inserted into the K outputs
//   along `dimension`, which must hold initial values (Torch-MLIR fills
//   them with the worst value): at each position it replaces the output
//   when the region yields true for (new, current); equal elements (the
//   region false both ways) keep the lower index first. Indices are i32:
//   the input indices when given, else the position along `dimension`.
// - attention: out = softmax(Q·Kᵀ · s + M) · V over the last two
//   dimensions (leading dimensions are batch), where s is the `scale`
//   attribute when present and 1/sqrt(head dim) (a division by the square
//   root of Q's last size) otherwise, as TMTensorOps.td defines the op.
//   (Torch-MLIR's loop lowering ignores `scale` and always divides.) An i1
//   mask adds 0 where true and -inf where false; a float mask is added. The
//   softmax subtracts the maximum over the whole weight tensor (as the
//   reference does, not per row), and a row whose exponentials sum to 0
//   gives 0. Sums and products are rounded to the element type at each step
//   in the reference's order. Floats only.
//
// Shapes the verifier could not check (dynamic sizes) are checked when the
// op runs; a mismatch is a fault at the op.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import TorchIRCore

func registerTMTensorExecutors(_ r: ExecutorRegistry) {
  r.register("tm_tensor.yield") { op, ctx in
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
  r.register("tm_tensor.scan", prepareScan)
  r.register("tm_tensor.scatter", prepareScatter)
  r.register("tm_tensor.sort", prepareSort)
  r.register("tm_tensor.topk", prepareTopk)
  r.register("tm_tensor.attention", prepareAttention)
}

// MARK: Shared

/// What every tm_tensor op resolves when it is prepared.
private struct TMOperands {
  let ins: [Int]
  let outs: [Int]
  let results: [Int]
  /// Whether the op works on tensors (copies its outs) rather than memrefs.
  let onTensors: Bool
  let location: Location
  let name: String

  init(_ op: Operation, _ ctx: PrepareContext) throws {
    guard let sizes = denseI32Array(op.attr("operandSegmentSizes")), sizes.count == 2,
      sizes[0] + sizes[1] == op.numOperands
    else { throw arityError(op) }
    let values = op.operandValues
    ins = ctx.slots(Array(values[0..<sizes[0]]))
    outs = ctx.slots(Array(values[sizes[0]...]))
    results = op.results.map { ctx.slot($0) }
    onTensors = op.numResults > 0
    guard !onTensors || results.count == outs.count else { throw arityError(op) }
    location = op.location
    name = op.name.name
  }

  func fault(_ message: String) -> RuntimeFault {
    RuntimeFault.error(location, "'\(name)' op \(message)")
  }

  func buffer(_ frame: Frame, _ slot: Int) throws -> Buffer {
    guard case .buffer(let b) = frame.slots[slot] else { throw fault("expected a tensor or memref operand") }
    try b.checkLive(at: location)
    return b
  }

  /// The buffers the op writes: copies of the outs on tensors, the outs
  /// themselves on memrefs.
  func outputBuffers(_ frame: Frame) throws -> [Buffer] {
    try outs.map { s in
      let b = try buffer(frame, s)
      guard onTensors else { return b }
      let copy = try Buffer(allocating: b.elementType, shape: b.shape, at: location)
      var j = 0
      b.forEachPosition { i in
        copy.store(j, b.load(i))
        j += 1
      }
      return copy
    }
  }

  func finish(_ frame: Frame, _ outputs: [Buffer]) {
    guard onTensors else { return }
    for (s, b) in zip(results, outputs) { frame.slots[s] = .buffer(b) }
  }
}

/// The element type of operand `v` of `op`.
private func elementType(_ v: Value, _ op: Operation, _ ctx: PrepareContext) throws -> ElementType {
  try ctx.elementType(v.type, of: op)
}

/// The op's region, prepared, with its entry block's argument slots.
/// `extraUnused`: further arguments are allowed when nothing uses them
/// (Torch-MLIR's scan binds only the first two and leaves the others).
private func combiner(_ op: Operation, _ ctx: PrepareContext, arguments: Int, extraUnused: Bool = false) throws
  -> (PreparedRegion, [Int])
{
  guard let region = op.regions.first, let block = region.entryBlock,
    block.arguments.count == arguments
      || (extraUnused && block.arguments.count > arguments
        && block.arguments.dropFirst(arguments).allSatisfy { $0.useEmpty })
  else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op needs a region with \(arguments) arguments")
  }
  let prepared = try ctx.prepareRegion(region)
  return (prepared, prepared.entryArgumentSlots)
}

/// Runs a prepared region on `args`; returns its single yielded value.
@inline(__always)
private func call(_ region: PreparedRegion, _ slots: [Int], _ args: [RuntimeValue], _ frame: Frame,
  _ ops: TMOperands) throws -> RuntimeValue
{
  for (s, v) in zip(slots, args) { frame.slots[s] = v }
  try region.execute(frame)
  guard let v = frame.results.first else { throw ops.fault("region yielded no value") }
  return v
}

/// The storage position of `index` in `b` (in bounds by construction).
@inline(__always) private func position(_ b: Buffer, _ index: [Int]) -> Int {
  var p = b.offset
  for d in 0..<index.count { p += index[d] &* b.strides[d] }
  return p
}

/// Calls `body` with every index of `shape` in row-major order.
private func forEachIndex(_ shape: [Int], _ body: ([Int]) throws -> Void) rethrows {
  if shape.contains(where: { $0 <= 0 }) { return }
  var index = [Int](repeating: 0, count: shape.count)
  while true {
    try body(index)
    var d = shape.count - 1
    while d >= 0 {
      index[d] += 1
      if index[d] < shape[d] { break }
      index[d] = 0
      d -= 1
    }
    if d < 0 { return }
  }
}

/// An i1 region result as a Bool.
@inline(__always) private func isTrue(_ v: RuntimeValue) -> Bool { v.intBits & 1 != 0 }

private func dimensionAttr(_ op: Operation) throws -> Int {
  guard let d = op.attr("dimension")?.integerValue?.asInt64, d >= 0, d <= Int64(Int32.max) else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op has no valid dimension")
  }
  return Int(d)
}

// MARK: scan

private func prepareScan(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let ops = try TMOperands(op, ctx)
  guard ops.ins.count == 1, ops.outs.count == 2, case .bool(let inclusive)? = op.attr("inclusive")?.kind else {
    throw arityError(op)
  }
  let dim = try dimensionAttr(op)
  let (region, args) = try combiner(op, ctx, arguments: 2, extraUnused: true)
  return { frame in
    let input = try ops.buffer(frame, ops.ins[0])
    let outputs = try ops.outputBuffers(frame)
    let out = outputs[0], acc = outputs[1]
    guard dim < input.rank else { throw ops.fault("dimension \(dim) is out of range for rank \(input.rank)") }
    var accShape = input.shape
    accShape.remove(at: dim)
    guard out.shape == input.shape, acc.shape == accShape else {
      throw ops.fault("shapes differ at run time: input \(input.shape), output \(out.shape), accumulator \(acc.shape)")
    }
    try forEachIndex(input.shape) { index in
      var accIndex = index
      accIndex.remove(at: dim)
      let here = position(out, index)
      if index[dim] == 0 {
        out.store(here, inclusive ? input.load(position(input, index)) : acc.load(position(acc, accIndex)))
        return
      }
      var previous = index
      previous[dim] -= 1
      let x = inclusive ? input.load(position(input, index)) : input.load(position(input, previous))
      let v = try call(region, args, [out.load(position(out, previous)), x], frame, ops)
      out.store(here, v)
      acc.store(position(acc, accIndex), v)
    }
    ops.finish(frame, outputs)
    return .next
  }
}

// MARK: scatter

private func prepareScatter(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let ops = try TMOperands(op, ctx)
  guard ops.ins.count == 2, ops.outs.count == 1 else { throw arityError(op) }
  let values = op.operandValues
  guard let dimMap = denseI64Array(op.attr("dimension_map")), let originalRank = values[2].type.shape?.count,
    let updateRank = values[0].type.shape?.count, updateRank >= 1, originalRank >= updateRank - 1,
    dimMap.allSatisfy({ $0 >= 0 && $0 < originalRank })
  else { throw arityError(op) }
  guard case .integer(let indexWidth, _) = try elementType(values[1], op, ctx) else { throw arityError(op) }
  // Which original dimensions the update's own coordinates and the indices
  // give: Torch-MLIR's lowering leaves nothing for the others.
  let offset = originalRank - (updateRank - 1)
  var covered = [Bool](repeating: false, count: originalRank)
  for d in offset..<originalRank { covered[d] = true }
  for d in dimMap { covered[d] = true }
  if let missing = covered.firstIndex(of: false) {
    throw Diagnostic.error(
      op.location, "'tm_tensor.scatter' op gives no index for dimension #\(missing) of the original value")
  }
  let (region, args) = try combiner(op, ctx, arguments: 2)
  let depth = dimMap.count
  return { frame in
    let updates = try ops.buffer(frame, ops.ins[0])
    let indices = try ops.buffer(frame, ops.ins[1])
    let outputs = try ops.outputBuffers(frame)
    let original = outputs[0]
    guard updates.rank == updateRank, original.rank == originalRank else {
      throw ops.fault("updates of rank \(updates.rank) and original of rank \(original.rank) disagree with their types")
    }
    guard indices.rank == 2, indices.shape[1] == depth, indices.shape[0] == updates.shape[0] else {
      throw ops.fault("indices of shape \(indices.shape) do not match updates of shape \(updates.shape)")
    }
    var start = [Int](repeating: 0, count: originalRank)
    try forEachIndex(updates.shape) { ivs in
      for d in 0..<originalRank { start[d] = d >= offset ? ivs[d - offset + 1] : 0 }
      for i in 0..<depth {
        let bits = indices.load(position(indices, [ivs[0], i])).intBits
        let shift = UInt64(64 - min(indexWidth, 64))
        let idx = Int(truncatingIfNeeded: Int64(bitPattern: bits << shift) >> Int64(shift))
        start[dimMap[i]] = start[dimMap[i]] &+ idx
      }
      for d in 0..<originalRank where start[d] < 0 || start[d] >= original.shape[d] {
        throw ops.fault(
          "index \(start[d]) is out of bounds for dimension \(d) of size \(original.shape[d]) (update \(ivs))")
      }
      let at = position(original, start)
      let v = try call(region, args, [updates.load(position(updates, ivs)), original.load(at)], frame, ops)
      original.store(at, v)
    }
    ops.finish(frame, outputs)
    return .next
  }
}

private func denseI64Array(_ attr: Attribute?) -> [Int]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: 64), bytes.count % 8 == 0
  else { return nil }
  var out: [Int] = []
  for i in stride(from: 0, to: bytes.count, by: 8) {
    var v: UInt64 = 0
    for j in 0..<8 { v |= UInt64(bytes[i + j]) << UInt64(8 * j) }
    out.append(Int(truncatingIfNeeded: Int64(bitPattern: v)))
  }
  return out
}

// MARK: sort

private func prepareSort(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let ops = try TMOperands(op, ctx)
  guard ops.ins.isEmpty, !ops.outs.isEmpty else { throw arityError(op) }
  let dim = try dimensionAttr(op)
  let n = ops.outs.count
  let (region, args) = try combiner(op, ctx, arguments: 2 * n)
  return { frame in
    let outputs = try ops.outputBuffers(frame)
    let shape = outputs[0].shape
    guard dim < shape.count else { throw ops.fault("dimension \(dim) is out of range for rank \(shape.count)") }
    for b in outputs where b.shape != shape {
      throw ops.fault("operands have different shapes at run time: \(shape) and \(b.shape)")
    }
    let length = shape[dim]
    var lineShape = shape
    lineShape[dim] = 1
    var values = [RuntimeValue](repeating: .int(0), count: 2 * n)
    try forEachIndex(lineShape) { base in
      let first = outputs.map { position($0, base) }
      let steps = outputs.map { $0.strides[dim] }
      for _ in 0..<length {
        var swapped = false
        for j in 0..<max(0, length - 1) {
          for k in 0..<n {
            values[2 * k] = outputs[k].load(first[k] + j * steps[k])
            values[2 * k + 1] = outputs[k].load(first[k] + (j + 1) * steps[k])
          }
          if isTrue(try call(region, args, values, frame, ops)) { continue }
          for k in 0..<n {
            outputs[k].store(first[k] + j * steps[k], values[2 * k + 1])
            outputs[k].store(first[k] + (j + 1) * steps[k], values[2 * k])
          }
          swapped = true
        }
        if !swapped { break }
      }
    }
    ops.finish(frame, outputs)
    return .next
  }
}

// MARK: topk

private func prepareTopk(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let ops = try TMOperands(op, ctx)
  guard ops.ins.count == 1 || ops.ins.count == 2, ops.outs.count == 2 else { throw arityError(op) }
  let dim = try dimensionAttr(op)
  let (region, args) = try combiner(op, ctx, arguments: 2)
  return { frame in
    let input = try ops.buffer(frame, ops.ins[0])
    let inputIndices = ops.ins.count == 2 ? try ops.buffer(frame, ops.ins[1]) : nil
    let outputs = try ops.outputBuffers(frame)
    let outValues = outputs[0], outIndices = outputs[1]
    guard dim < input.rank, outValues.rank == input.rank, outIndices.shape == outValues.shape,
      inputIndices.map({ $0.shape == input.shape }) ?? true,
      (0..<input.rank).allSatisfy({ $0 == dim || input.shape[$0] == outValues.shape[$0] })
    else {
      throw ops.fault("shapes do not match at run time: input \(input.shape), outputs \(outValues.shape) and \(outIndices.shape)")
    }
    let k = outValues.shape[dim]
    try forEachIndex(input.shape) { ivs in
      var carryValue = input.load(position(input, ivs))
      var carryIndex: UInt64
      if let inputIndices {
        carryIndex = inputIndices.load(position(inputIndices, ivs)).intBits
      } else {
        carryIndex = UInt64(truncatingIfNeeded: ivs[dim]) & 0xFFFF_FFFF
      }
      var at = ivs
      for i in 0..<k {
        at[dim] = i
        let pv = position(outValues, at), pi = position(outIndices, at)
        let kValue = outValues.load(pv)
        let kIndex = outIndices.load(pi).intBits
        let forward = isTrue(try call(region, args, [carryValue, kValue], frame, ops))
        let reverse = isTrue(try call(region, args, [kValue, carryValue], frame, ops))
        let firstIndex = Int32(truncatingIfNeeded: carryIndex) < Int32(truncatingIfNeeded: kIndex)
        let takeIndex = forward || (forward == reverse && firstIndex)
        outValues.store(pv, forward ? carryValue : kValue)
        outIndices.store(pi, .int(takeIndex ? carryIndex : kIndex))
        if forward { carryValue = kValue }
        if takeIndex { carryIndex = kIndex }
      }
    }
    ops.finish(frame, outputs)
    return .next
  }
}

// MARK: attention

private func prepareAttention(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let ops = try TMOperands(op, ctx)
  guard ops.ins.count == 3 || ops.ins.count == 4, ops.outs.count == 1 else { throw arityError(op) }
  let values = op.operandValues
  guard case .float(let kind) = try elementType(values[0], op, ctx) else {
    throw Diagnostic.error(op.location, "'tm_tensor.attention' op: only float element types are supported")
  }
  for v in [values[1], values[2], values[ops.ins.count]] {
    guard case .float(kind) = try elementType(v, op, ctx) else {
      throw Diagnostic.error(op.location, "'tm_tensor.attention' op: query, key, value and output element types differ")
    }
  }
  var maskIsBool = false
  if ops.ins.count == 4 {
    switch try elementType(values[3], op, ctx) {
    case .integer(1, _): maskIsBool = true
    case .float(kind): maskIsBool = false
    default: throw Diagnostic.error(op.location, "'tm_tensor.attention' op: the mask must be i1 or the query's type")
    }
  }
  var scale: Double? = nil
  if let a = op.attr("scale") {
    guard case .float(let bits, _) = a.kind else { throw arityError(op) }
    scale = Double(bitPattern: bits.asUInt64)
  }
  let r = { (x: Double) in roundToFloatKind(x, kind) }
  return { frame in
    let q = try ops.buffer(frame, ops.ins[0]), k = try ops.buffer(frame, ops.ins[1])
    let v = try ops.buffer(frame, ops.ins[2])
    let mask = ops.ins.count == 4 ? try ops.buffer(frame, ops.ins[3]) : nil
    let outputs = try ops.outputBuffers(frame)
    let out = outputs[0]
    let rank = q.rank
    guard rank >= 2, k.rank == rank, v.rank == rank, out.rank == rank,
      Array(k.shape.prefix(rank - 2)) == Array(q.shape.prefix(rank - 2)),
      Array(v.shape.prefix(rank - 2)) == Array(q.shape.prefix(rank - 2)),
      k.shape[rank - 1] == q.shape[rank - 1], v.shape[rank - 2] == k.shape[rank - 2],
      Array(out.shape.prefix(rank - 1)) == Array(q.shape.prefix(rank - 1)), out.shape[rank - 1] == v.shape[rank - 1]
    else {
      throw ops.fault("shapes do not match at run time: query \(q.shape), key \(k.shape), value \(v.shape), output \(out.shape)")
    }
    let m = q.shape[rank - 2], d = q.shape[rank - 1], n = k.shape[rank - 2], e = v.shape[rank - 1]
    var weightShape = q.shape
    weightShape[rank - 1] = n
    if let mask, mask.shape != weightShape {
      throw ops.fault("mask of shape \(mask.shape) does not match the attention weights \(weightShape)")
    }
    let batch = q.shape.prefix(rank - 2).reduce(1, *)
    guard batch > 0, m > 0, e > 0 else {
      ops.finish(frame, outputs)
      return .next
    }
    // The reference reads the first weight before anything else.
    if n == 0 { throw ops.fault("has an empty key sequence") }
    let batchShape = Array(q.shape.prefix(rank - 2))
    // weight = Q·Kᵀ, scaled, masked (row-major over weightShape).
    var weight = [Double](repeating: 0, count: batch * m * n)
    let divisor = r(sqrt(Double(d)))
    var w = 0
    var batches: [[Int]] = []
    forEachIndex(batchShape) { batches.append($0) }
    if batchShape.isEmpty { batches = [[]] }
    for b in batches {
      for i in 0..<m {
        for j in 0..<n {
          var acc = 0.0
          for t in 0..<d {
            let x = q.load(position(q, b + [i, t])).floatValue
            let y = k.load(position(k, b + [j, t])).floatValue
            acc = r(r(x * y) + acc)
          }
          acc = scale.map { r(acc * r($0)) } ?? r(acc / divisor)
          if let mask {
            let mv = mask.load(position(mask, b + [i, j]))
            acc = r(acc + (maskIsBool ? (isTrue(mv) ? 0 : -Double.infinity) : mv.floatValue))
          }
          weight[w] = acc
          w += 1
        }
      }
    }
    // Softmax with the global maximum (arith.maximumf: NaN wins).
    var maximum = weight[0]
    for x in weight {
      if x.isNaN || maximum.isNaN { maximum = .nan } else if x > maximum { maximum = x }
    }
    for i in weight.indices { weight[i] = r(exp(r(weight[i] - maximum))) }
    var row = 0
    for b in batches {
      for i in 0..<m {
        var sum = 0.0
        for j in 0..<n { sum = r(sum + weight[row * n + j]) }
        for j in 0..<n { weight[row * n + j] = sum == 0 ? 0 : r(weight[row * n + j] / sum) }
        // out = weight·V
        for c in 0..<e {
          var acc = 0.0
          for j in 0..<n {
            let y = v.load(position(v, b + [j, c])).floatValue
            acc = r(r(weight[row * n + j] * y) + acc)
          }
          out.store(position(out, b + [i, c]), .float(acc))
        }
        row += 1
      }
    }
    ops.finish(frame, outputs)
    return .next
  }
}

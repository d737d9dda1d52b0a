// linalg: every structured op (linalg.generic, the named ops, map, reduce,
// transpose, broadcast, elementwise, contract) runs as the linalg.generic
// that `structuredOpDescription` gives: a loop nest over its iteration space
// whose bounds come from the operand shapes, each operand read through its
// indexing map (affine expressions such as d0 + d1 included), the scalar
// body run per point through its prepared region, and the yielded values
// stored at the outputs' positions. That is the reference semantics.
//
// On tensors the results are fresh buffers initialised from the `outs`
// values; on memrefs the outputs are written in place. `linalg.index` reads
// the current iteration index: the op's kernel writes it into the
// linalg.index result slot before running the body, so the linalg.index
// kernel itself does nothing (and recursion, which has a frame per call,
// cannot mix up indices).
//
// Fast kernels (LinalgFastPaths.swift) take over for the ops and layouts they
// cover; everything else, and every op when `fastPaths` is false, takes the
// path below.

import TorchIRCore
import TorchIRDialects

/// Registers linalg's executors. With `fastPaths` false every structured op
/// runs on the reference generic path (tests compare the two).
public func registerLinalgExecutors(_ r: ExecutorRegistry, fastPaths: Bool = true) {
  r.register("linalg.yield") { op, ctx in
    let slots = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(slots)
      return .exit
    }
  }
  r.register("linalg.index") { _, _ in
    // The enclosing structured op writes the result slot (see above).
    return { _ in .next }
  }
  for name in linalgStructuredOpNames {
    r.register(name) { op, ctx in
      let plan = try StructuredPlan(op, ctx)
      if fastPaths, let fast = try linalgFastKernel(op, plan, ctx) { return fast }
      return plan.referenceKernel()
    }
  }
}

/// One operand of a structured op, resolved when the op is prepared.
struct StructuredOperand {
  let slot: Int
  let isShaped: Bool
  let isMemRef: Bool
  let elementType: ElementType
  let map: AffineMap
  /// Each map result as coefficients per loop plus a constant; nil for a
  /// result that is not linear (mod, floordiv, ceildiv, d0 * d1).
  let linear: [(coefficients: [Int], constant: Int)?]
}

/// A structured op seen as a linalg.generic, ready to run.
final class StructuredPlan {
  let op: Operation
  let name: String
  let location: Location
  let inputs: [StructuredOperand]
  let outputs: [StructuredOperand]
  let iteratorTypes: [IteratorType]
  let numLoops: Int
  /// Loop l's range is dimension `.dim` of operand `.operand` (inputs then
  /// outputs).
  let loopSources: [(operand: Int, dim: Int)]
  let body: PreparedRegion?
  /// Body argument slots, one per operand passed (inputs, then outputs unless
  /// the body takes only the inputs, as linalg.map's does).
  let argumentSlots: [Int]
  /// linalg.index result slots with the loop they read.
  let indexSlots: [(slot: Int, dim: Int)]
  /// Result slots, one per tensor output, in order.
  let resultSlots: [Int]
  let onTensors: Bool
  /// The scalar body (nil for a body-less op), for the fast paths' analysis.
  let bodyBlock: Block?

  var allOperands: [StructuredOperand] { inputs + outputs }

  init(_ op: Operation, _ ctx: PrepareContext) throws {
    self.op = op
    name = op.name.name
    location = op.location
    guard let d = structuredOpDescription(op) else {
      throw Diagnostic.error(op.location, "'\(name)' op cannot be described as a linalg.generic")
    }
    let values = d.inputs + d.outputs
    guard d.indexingMaps.count == values.count else {
      throw Diagnostic.error(op.location, "'\(name)' op has \(d.indexingMaps.count) indexing maps for \(values.count) operands")
    }
    let numLoops = d.iteratorTypes.count
    self.numLoops = numLoops
    iteratorTypes = d.iteratorTypes
    var operands: [StructuredOperand] = []
    for (v, m) in zip(values, d.indexingMaps) {
      guard m.numSymbols == 0, m.numDims == numLoops else {
        throw Diagnostic.error(op.location, "'\(name)' op: indexing map \(m) is not supported by the interpreter")
      }
      let t = v.type
      var isMemRef = false
      switch t.kind {
      case .memref: isMemRef = true
      case .rankedTensor: break
      case .integer, .index, .float: break
      default:
        throw Diagnostic.error(op.location, "'\(name)' op on \(t) is not supported by the interpreter")
      }
      let shaped = t.isShaped
      if shaped, let rank = t.shape?.count, rank != m.results.count {
        throw Diagnostic.error(op.location, "'\(name)' op: indexing map \(m) does not match the rank of \(t)")
      }
      operands.append(
        StructuredOperand(
          slot: ctx.slot(v), isShaped: shaped, isMemRef: isMemRef, elementType: try ctx.elementType(t, of: op),
          map: m, linear: m.results.map { linearForm($0, numLoops) }))
    }
    inputs = Array(operands[..<d.inputs.count])
    outputs = Array(operands[d.inputs.count...])
    if outputs.contains(where: { !$0.isShaped }) {
      throw Diagnostic.error(op.location, "'\(name)' op: an output is not a tensor or memref")
    }
    onTensors = !outputs.contains { $0.isMemRef }
    resultSlots = op.results.map { ctx.slot($0) }
    if onTensors && resultSlots.count != outputs.count {
      throw Diagnostic.error(op.location, "'\(name)' op has \(resultSlots.count) results for \(outputs.count) outputs")
    }
    // Each loop's range: the first operand dimension indexed by it alone.
    var sources: [(operand: Int, dim: Int)] = []
    for l in 0..<numLoops {
      var found: (Int, Int)? = nil
      search: for (k, o) in operands.enumerated() where o.isShaped {
        for (r, e) in o.map.results.enumerated() where e == .dim(l) {
          found = (k, r)
          break search
        }
      }
      guard let f = found else {
        throw Diagnostic.error(op.location, "'\(name)' op: the range of loop d\(l) is not given by any operand dimension")
      }
      sources.append(f)
    }
    loopSources = sources
    // The body and what it reads.
    let name = self.name
    if let block = d.body, let region = block.parent, region.blocks.count == 1 {
      let argCount = block.arguments.count
      guard argCount == operands.count || argCount == inputs.count else {
        throw Diagnostic.error(op.location, "'\(name)' op: the body takes \(argCount) arguments for \(operands.count) operands")
      }
      argumentSlots = block.arguments.map { ctx.slot($0) }
      var idx: [(slot: Int, dim: Int)] = []
      for bodyOp in block { bodyOp.walk { nested in
        guard nested.name.name == "linalg.index", nested.numResults == 1 else { return }
        // Only the linalg.index ops of this op, not of a nested structured op.
        var p = nested.parentOp
        while let q = p, q !== op, structuredOpDescription(q) == nil { p = q.parentOp }
        guard p === op, let dim = nested.attr("dim")?.integerValue else { return }
        idx.append((ctx.slot(nested.result(0)), Int(dim.asInt64)))
      } }
      for (_, dim) in idx where dim < 0 || dim >= numLoops {
        throw Diagnostic.error(op.location, "'\(name)' op: linalg.index \(dim) is out of range for \(numLoops) loops")
      }
      indexSlots = idx
      bodyBlock = block
      body = try ctx.prepareRegion(region)
    } else {
      // A body-less structured op copies its inputs to its outputs.
      guard inputs.count == outputs.count else {
        throw Diagnostic.error(op.location, "'\(name)' op has no body")
      }
      argumentSlots = []
      indexSlots = []
      bodyBlock = nil
      body = nil
    }
  }

  // MARK: Run-time operands

  /// The input values, output buffers to write (fresh copies on tensors) and
  /// loop ranges, with every shape checked against the indexing maps.
  /// With `copyOutputs` false, tensor results are fresh uninitialised
  /// buffers: only for kernels that write every element.
  func bind(_ frame: Frame, copyOutputs: Bool = true) throws -> (ins: [RuntimeValue], outs: [Buffer], ranges: [Int]) {
    var ins: [RuntimeValue] = []
    ins.reserveCapacity(inputs.count)
    var shapes: [[Int]] = []
    for o in inputs {
      let v = frame.slots[o.slot]
      if o.isShaped {
        let b = try shapedOperand(v, o)
        shapes.append(b.shape)
      } else {
        shapes.append([])
      }
      ins.append(v)
    }
    var outs: [Buffer] = []
    for o in outputs {
      let b = try shapedOperand(frame.slots[o.slot], o)
      shapes.append(b.shape)
      if !onTensors {
        outs.append(b)
      } else if copyOutputs {
        outs.append(try freshCopy(b))
      } else {
        outs.append(try Buffer(allocatingUninitialized: b.elementType, shape: b.shape, at: location))
      }
    }
    let ranges = loopSources.map { shapes[$0.operand][$0.dim] }
    // A dimension indexed by one loop alone has that loop's size.
    for (k, o) in allOperands.enumerated() where o.isShaped {
      for (r, e) in o.map.results.enumerated() {
        if case .dim(let l) = e, shapes[k][r] != ranges[l] {
          let (k0, r0) = loopSources[l]
          throw RuntimeFault.error(
            location,
            "'\(name)' op: dimension \(r) of operand #\(k) has size \(shapes[k][r]), but loop d\(l) has size \(ranges[l]) from dimension \(r0) of operand #\(k0) (shapes \(shapes[k]) and \(shapes[k0]))"
          )
        }
      }
    }
    // Linear results are checked once here; the others per point.
    if !ranges.contains(0) {
      for (k, o) in allOperands.enumerated() where o.isShaped {
        for (r, lin) in o.linear.enumerated() {
          guard let lin = lin else { continue }
          var lo = lin.constant, hi = lin.constant
          for l in 0..<numLoops {
            let c = lin.coefficients[l] &* (ranges[l] - 1)
            if c < 0 { lo &+= c } else { hi &+= c }
          }
          if lo < 0 || hi >= shapes[k][r] {
            throw RuntimeFault.error(
              location,
              "'\(name)' op: operand #\(k) is indexed from \(lo) to \(hi) along dimension \(r), whose size is \(shapes[k][r]) (shape \(shapes[k]))"
            )
          }
        }
      }
    }
    return (ins, outs, ranges)
  }

  func shapedOperand(_ v: RuntimeValue, _ o: StructuredOperand) throws -> Buffer {
    guard case .buffer(let b) = v else { throw RuntimeFault.error(location, "'\(name)' op expected a tensor or memref") }
    try b.checkLive(at: location)
    guard b.rank == o.map.results.count else {
      throw RuntimeFault.error(location, "'\(name)' op: operand of rank \(b.rank) for indexing map \(o.map)")
    }
    guard b.elementType == o.elementType else {
      throw RuntimeFault.error(location, "'\(name)' op: operand of element type \(b.elementType), expected \(o.elementType)")
    }
    return b
  }

  /// A row-major copy of `b` in new storage (a tensor result starts as its
  /// `outs` value).
  func freshCopy(_ b: Buffer) throws -> Buffer {
    let out = try Buffer(allocating: b.elementType, shape: b.shape, at: location)
    copyElements(from: b, to: out)
    return out
  }

  /// Writes the op's results (tensor outputs) to their slots.
  @inline(__always) func finish(_ frame: Frame, _ outs: [Buffer]) {
    guard onTensors else { return }
    for (s, b) in zip(resultSlots, outs) { frame.slots[s] = .buffer(b) }
  }

  // MARK: The reference loop nest

  func referenceKernel() -> Kernel {
    return { frame in
      let (ins, outs, ranges) = try self.bind(frame)
      try self.runReference(frame, ins, outs, ranges)
      self.finish(frame, outs)
      return .next
    }
  }

  func runReference(_ frame: Frame, _ ins: [RuntimeValue], _ outs: [Buffer], _ ranges: [Int]) throws {
    if ranges.contains(0) { return }
    let operands = allOperands
    let nIn = inputs.count
    // Per operand: the buffer (nil for a scalar), the storage position of
    // loop point 0 and the position step per loop (linear maps), or nil when
    // a result is not linear and positions are computed per point.
    var buffers: [Buffer?] = []
    var bases: [Int] = []
    var steps: [[Int]] = []
    var linearAll: [Bool] = []
    for (k, o) in operands.enumerated() {
      guard o.isShaped else {
        buffers.append(nil)
        bases.append(0)
        steps.append([])
        linearAll.append(true)
        continue
      }
      let b: Buffer
      if k < nIn {
        guard case .buffer(let ib) = ins[k] else { throw RuntimeFault.error(location, "'\(name)' op expected a tensor or memref") }
        b = ib
      } else {
        b = outs[k - nIn]
      }
      buffers.append(b)
      var base = b.offset
      var step = [Int](repeating: 0, count: numLoops)
      var all = true
      for (r, lin) in o.linear.enumerated() {
        guard let lin = lin else {
          all = false
          continue
        }
        base &+= lin.constant &* b.strides[r]
        for l in 0..<numLoops { step[l] &+= lin.coefficients[l] &* b.strides[r] }
      }
      bases.append(base)
      steps.append(step)
      linearAll.append(all)
    }
    let passOutputs = argumentSlots.count == operands.count
    var index = [Int](repeating: 0, count: numLoops)
    var positions = bases
    guard let total = elementCount(of: ranges) else {
      throw RuntimeFault.error(location, "'\(name)' op: the iteration space \(ranges) is too large")
    }
    for _ in 0..<total {
      // Positions of operands with a non-linear map.
      for k in 0..<operands.count where !linearAll[k] {
        guard let b = buffers[k] else { continue }
        positions[k] = try nonLinearPosition(operands[k], b, index, k)
      }
      if let body = body {
        for k in 0..<argumentSlots.count where k < operands.count && (k < nIn || passOutputs) {
          if let b = buffers[k] {
            frame.slots[argumentSlots[k]] = b.load(positions[k])
          } else {
            frame.slots[argumentSlots[k]] = ins[k]
          }
        }
        for (s, d) in indexSlots { frame.slots[s] = .int(UInt64(bitPattern: Int64(index[d]))) }
        try body.execute(frame)
        let results = frame.results
        guard results.count == outs.count else {
          throw RuntimeFault.error(location, "'\(name)' op: the body yields \(results.count) values for \(outs.count) outputs")
        }
        for j in 0..<outs.count { outs[j].store(positions[nIn + j], results[j]) }
      } else {
        for j in 0..<outs.count {
          let v = buffers[j].map { $0.load(positions[j]) } ?? ins[j]
          outs[j].store(positions[nIn + j], v)
        }
      }
      // Next point, last loop fastest.
      var l = numLoops - 1
      while l >= 0 {
        index[l] += 1
        for k in 0..<positions.count { positions[k] &+= steps[k].isEmpty ? 0 : steps[k][l] }
        if index[l] < ranges[l] { break }
        for k in 0..<positions.count { positions[k] &-= steps[k].isEmpty ? 0 : steps[k][l] &* ranges[l] }
        index[l] = 0
        l -= 1
      }
    }
  }

  private func nonLinearPosition(_ o: StructuredOperand, _ b: Buffer, _ index: [Int], _ k: Int) throws -> Int {
    var pos = b.offset
    for (r, e) in o.map.results.enumerated() {
      guard let i = evaluateAffine(e, index), i >= 0, i < b.shape[r] else {
        throw RuntimeFault.error(
          location, "'\(name)' op: operand #\(k) is indexed out of bounds along dimension \(r) at loop point \(index) (shape \(b.shape))")
      }
      pos &+= i &* b.strides[r]
    }
    return pos
  }
}

/// `e` as coefficients of the loops plus a constant, nil when it is not
/// linear in them.
func linearForm(_ e: AffineExpr, _ numLoops: Int) -> (coefficients: [Int], constant: Int)? {
  switch e {
  case .dim(let d):
    guard d >= 0 && d < numLoops else { return nil }
    var c = [Int](repeating: 0, count: numLoops)
    c[d] = 1
    return (c, 0)
  case .constant(let v):
    return ([Int](repeating: 0, count: numLoops), Int(v))
  case .add(let a, let b):
    guard let x = linearForm(a, numLoops), let y = linearForm(b, numLoops) else { return nil }
    return (zip(x.coefficients, y.coefficients).map { $0 &+ $1 }, x.constant &+ y.constant)
  case .mul(let a, let b):
    guard let x = linearForm(a, numLoops), let y = linearForm(b, numLoops) else { return nil }
    if x.coefficients.allSatisfy({ $0 == 0 }) {
      return (y.coefficients.map { $0 &* x.constant }, y.constant &* x.constant)
    }
    if y.coefficients.allSatisfy({ $0 == 0 }) {
      return (x.coefficients.map { $0 &* y.constant }, x.constant &* y.constant)
    }
    return nil
  default:
    return nil
  }
}

/// The value of `e` at loop point `index` (MLIR's floordiv, ceildiv and mod
/// semantics); nil for a division by zero or an unknown dimension.
func evaluateAffine(_ e: AffineExpr, _ index: [Int]) -> Int? {
  switch e {
  case .dim(let d): return d >= 0 && d < index.count ? index[d] : nil
  case .symbol: return nil
  case .constant(let v): return Int(v)
  case .add(let a, let b):
    guard let x = evaluateAffine(a, index), let y = evaluateAffine(b, index) else { return nil }
    return x &+ y
  case .mul(let a, let b):
    guard let x = evaluateAffine(a, index), let y = evaluateAffine(b, index) else { return nil }
    return x &* y
  case .mod(let a, let b):
    guard let x = evaluateAffine(a, index), let y = evaluateAffine(b, index), y > 0 else { return nil }
    let m = x % y
    return m < 0 ? m + y : m
  case .floorDiv(let a, let b):
    guard let x = evaluateAffine(a, index), let y = evaluateAffine(b, index), y != 0 else { return nil }
    if x == Int.min && y == -1 { return nil }
    let q = x / y
    return (x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q
  case .ceilDiv(let a, let b):
    guard let x = evaluateAffine(a, index), let y = evaluateAffine(b, index), y != 0 else { return nil }
    if x == Int.min && y == -1 { return nil }
    let q = x / y
    return (x % y != 0 && ((x < 0) == (y < 0))) ? q + 1 : q
  }
}

/// Copies the elements of `src` into `dst` (same shape and element type),
/// row-major order; contiguous views are one memcpy.
func copyElements(from src: Buffer, to dst: Buffer) {
  if src.isContiguousRowMajor && dst.isContiguousRowMajor, let s = src.storage.base, let d = dst.storage.base {
    d.copyMemory(from: s, byteCount: src.count * src.elementType.byteWidth)
    return
  }
  if dst.isContiguousRowMajor {
    var j = 0
    src.forEachPosition { i in
      dst.store(j, src.load(i))
      j += 1
    }
    return
  }
  var positions: [Int] = []
  positions.reserveCapacity(dst.count)
  dst.forEachPosition { positions.append($0) }
  var j = 0
  src.forEachPosition { i in
    dst.store(positions[j], src.load(i))
    j += 1
  }
}

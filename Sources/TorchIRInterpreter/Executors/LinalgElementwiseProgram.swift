// Element-wise linalg.generic (and linalg.map, elementwise named ops) without
// per-element interpretation: when every loop is parallel, the outputs use
// identity maps, the inputs identity or broadcast/permutation maps, every
// operand has one element type T (f32, f64, i32 or i64) and the body is a
// straight line of arith/math ops on T, the body is compiled to a small
// register program. Each register is a chunk of `ewChunk` elements; each
// instruction is one tight loop over a chunk (d[i] = a[i] op b[i] on unsafe
// pointers, which the compiler vectorizes), so the dispatch per body op is
// paid once per chunk, not per element. Operand registers point straight
// into the (contiguous) buffers; broadcast inputs are materialised first.
// Large iteration spaces split their chunks over two threads.
//
// Float ops compute in T: for +, -, *, / and sqrt that is the correctly
// rounded result the reference (Double, rounded once) gives; exp and tanh go
// through Double exactly as math's executors do.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import TorchIRCore
import TorchIRDialects

let ewChunk = 1024

typealias EwLoop<T> = (UnsafeMutablePointer<T>, UnsafePointer<T>, UnsafePointer<T>, Int) -> Void

struct EwInstruction<T> {
  let loop: EwLoop<T>
  let dst: Int
  let a: Int
  let b: Int
}

func elementwiseKernel(_ plan: StructuredPlan, _ ctx: PrepareContext) throws -> Kernel? {
  guard let first = plan.outputs.first else { return nil }
  switch first.elementType {
  // Direct calls with a concrete T, so the loops are specialised.
  case .float(.f32): return try EwProgram<Float>.make(plan, ctx) { name -> (EwLoop<Float>, Bool)? in floatLoop(name) }
  case .float(.f64): return try EwProgram<Double>.make(plan, ctx) { name -> (EwLoop<Double>, Bool)? in floatLoop(name) }
  case .integer(32, _): return try EwProgram<Int32>.make(plan, ctx) { name -> (EwLoop<Int32>, Bool)? in integerLoop(name) }
  case .integer(64, _): return try EwProgram<Int64>.make(plan, ctx) { name -> (EwLoop<Int64>, Bool)? in integerLoop(name) }
  default: return nil
  }
}

@_specialize(where T == Float)
@_specialize(where T == Double)
private func floatLoop<T: BinaryFloatingPoint>(_ name: String) -> (EwLoop<T>, Bool)? {
  switch name {
  case "arith.addf": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] + b[i] } }, true)
  case "arith.subf": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] - b[i] } }, true)
  case "arith.mulf": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] * b[i] } }, true)
  case "arith.divf": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] / b[i] } }, true)
  case "arith.maximumf":
    return (
      { d, a, b, n in
        for i in 0..<n {
          let x = a[i], y = b[i]
          d[i] = (x.isNaN || y.isNaN) ? .nan : (x == y ? (x.sign == .minus ? y : x) : (x > y ? x : y))
        }
      }, true
    )
  case "arith.minimumf":
    return (
      { d, a, b, n in
        for i in 0..<n {
          let x = a[i], y = b[i]
          d[i] = (x.isNaN || y.isNaN) ? .nan : (x == y ? (x.sign == .minus ? x : y) : (x < y ? x : y))
        }
      }, true
    )
  case "arith.negf": return ({ d, a, _, n in for i in 0..<n { d[i] = -a[i] } }, false)
  case "math.absf": return ({ d, a, _, n in for i in 0..<n { d[i] = abs(a[i]) } }, false)
  case "math.sqrt": return ({ d, a, _, n in for i in 0..<n { d[i] = a[i].squareRoot() } }, false)
  case "math.exp": return ({ d, a, _, n in for i in 0..<n { d[i] = T(exp(Double(a[i]))) } }, false)
  case "math.tanh": return ({ d, a, _, n in for i in 0..<n { d[i] = T(tanh(Double(a[i]))) } }, false)
  default: return nil
  }
}

@_specialize(where T == Int32)
@_specialize(where T == Int64)
private func integerLoop<T: FixedWidthInteger & SignedInteger>(_ name: String) -> (EwLoop<T>, Bool)? {
  switch name {
  case "arith.addi": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] &+ b[i] } }, true)
  case "arith.subi": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] &- b[i] } }, true)
  case "arith.muli": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] &* b[i] } }, true)
  case "arith.andi": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] & b[i] } }, true)
  case "arith.ori": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] | b[i] } }, true)
  case "arith.xori": return ({ d, a, b, n in for i in 0..<n { d[i] = a[i] ^ b[i] } }, true)
  case "arith.maxsi": return ({ d, a, b, n in for i in 0..<n { d[i] = max(a[i], b[i]) } }, true)
  case "arith.minsi": return ({ d, a, b, n in for i in 0..<n { d[i] = min(a[i], b[i]) } }, true)
  default: return nil
  }
}

/// Reads a scalar slot value as T / writes T to a buffer element.
protocol EwScalar {
  static func from(_ v: RuntimeValue) -> Self
}
extension Float: EwScalar { static func from(_ v: RuntimeValue) -> Float { Float(v.floatValue) } }
extension Double: EwScalar { static func from(_ v: RuntimeValue) -> Double { v.floatValue } }
extension Int32: EwScalar { static func from(_ v: RuntimeValue) -> Int32 { Int32(truncatingIfNeeded: v.intBits) } }
extension Int64: EwScalar { static func from(_ v: RuntimeValue) -> Int64 { Int64(bitPattern: v.intBits) } }

final class EwProgram<T: EwScalar> {
  let plan: StructuredPlan
  let instructions: [EwInstruction<T>]
  /// Registers: operands (inputs then outputs), scalars, temporaries.
  let registerCount: Int
  let operandCount: Int
  /// Scalar registers and the frame slot each reads once per run (hoisted
  /// constants first run their kernel).
  let scalarSlots: [(register: Int, slot: Int)]
  let hoisted: [Kernel]
  /// The register each output takes its value from.
  let yields: [Int]
  let readsOutputs: Bool

  private init(
    plan: StructuredPlan, instructions: [EwInstruction<T>], registerCount: Int, scalarSlots: [(register: Int, slot: Int)],
    hoisted: [Kernel], yields: [Int], readsOutputs: Bool
  ) {
    self.plan = plan
    self.instructions = instructions
    self.registerCount = registerCount
    self.operandCount = plan.allOperands.count
    self.scalarSlots = scalarSlots
    self.hoisted = hoisted
    self.yields = yields
    self.readsOutputs = readsOutputs
  }

  static func make(_ plan: StructuredPlan, _ ctx: PrepareContext, _ table: (String) -> (EwLoop<T>, Bool)?) throws -> Kernel? {
    let operands = plan.allOperands
    guard let block = plan.bodyBlock, plan.indexSlots.isEmpty, !plan.iteratorTypes.contains(.reduction),
      let et = plan.outputs.first?.elementType, operands.allSatisfy({ $0.elementType == et }),
      plan.outputs.allSatisfy({ $0.map.isIdentity })
    else { return nil }
    for o in plan.inputs {
      guard o.isShaped else { continue }
      for e in o.map.results {
        guard case .dim = e else { return nil }
      }
    }
    let passOutputs = block.arguments.count == operands.count
    var registerOf: [ObjectIdentifier: Int] = [:]
    var readsOutputs = false
    var scalarInputs: [(Int, Int)] = []
    var next = operands.count
    for (k, arg) in block.arguments.enumerated() {
      if k < plan.inputs.count && !plan.inputs[k].isShaped {
        registerOf[ObjectIdentifier(arg)] = next
        scalarInputs.append((next, plan.inputs[k].slot))
        next += 1
      } else {
        registerOf[ObjectIdentifier(arg)] = k
      }
    }
    var scalars = scalarInputs
    var hoisted: [Kernel] = []
    var instructions: [EwInstruction<T>] = []
    var yields: [Int] = []
    func register(_ v: Value) -> Int? {
      if let r = registerOf[ObjectIdentifier(v)] {
        if passOutputs, r >= plan.inputs.count && r < operands.count { readsOutputs = true }
        return r
      }
      // A scalar from outside the body: read once per run.
      guard let t = ElementType(v.type), t == et else { return nil }
      let r = next
      next += 1
      registerOf[ObjectIdentifier(v)] = r
      scalars.append((r, ctx.slot(v)))
      return r
    }
    for op in block {
      let name = op.name.name
      if name == "linalg.yield" {
        guard op.numOperands == plan.outputs.count else { return nil }
        for v in op.operandValues {
          guard let r = register(v) else { return nil }
          yields.append(r)
        }
        continue
      }
      guard op.numResults == 1, let rt = ElementType(op.result(0).type), rt == et, op.regions.isEmpty else { return nil }
      if name == "arith.constant" {
        hoisted.append(try ctx.prepareOperation(op))
        let r = next
        next += 1
        registerOf[ObjectIdentifier(op.result(0))] = r
        scalars.append((r, ctx.slot(op.result(0))))
        continue
      }
      guard let (loop, binary) = table(name), op.numOperands == (binary ? 2 : 1) else { return nil }
      guard let a = register(op.operand(0)) else { return nil }
      let b = binary ? register(op.operand(1)) : a
      guard let b = b else { return nil }
      let d = next
      next += 1
      registerOf[ObjectIdentifier(op.result(0))] = d
      instructions.append(EwInstruction(loop: loop, dst: d, a: a, b: b))
    }
    guard yields.count == plan.outputs.count else { return nil }
    let program = EwProgram(
      plan: plan, instructions: instructions, registerCount: next, scalarSlots: scalars, hoisted: hoisted, yields: yields,
      readsOutputs: readsOutputs)
    return { frame in try program.run(frame) }
  }

  func run(_ frame: Frame) throws -> Step {
    let (ins, outs, ranges) = try plan.bind(frame, copyOutputs: readsOutputs)
    guard outs.allSatisfy({ $0.isContiguousRowMajor }) else {
      try plan.runReference(frame, ins, outs, ranges)
      plan.finish(frame, outs)
      return .next
    }
    for k in hoisted { _ = try k(frame) }
    var scalarValues: [(Int, T)] = []
    for (r, s) in scalarSlots { scalarValues.append((r, T.from(frame.slots[s]))) }
    // Operand base pointers, each over the whole iteration space.
    var keep: [Buffer] = []
    var bases = [UnsafeMutablePointer<T>?](repeating: nil, count: operandCount)
    for (k, o) in plan.inputs.enumerated() {
      guard o.isShaped, case .buffer(let b) = ins[k] else { continue }
      var src = b
      if !(o.map.isIdentity && b.isContiguousRowMajor) {
        var strides = [Int](repeating: 0, count: ranges.count)
        for (r, e) in o.map.results.enumerated() {
          if case .dim(let l) = e { strides[l] &+= b.strides[r] }
        }
        let view = Buffer(storage: b.storage, elementType: b.elementType, shape: ranges, strides: strides, offset: b.offset)
        src = try Buffer(allocating: b.elementType, shape: ranges, at: plan.location)
        stridedCopy(view, src)
        keep.append(src)
      }
      bases[k] = src.storage.base.map { ($0 + src.offset * MemoryLayout<T>.stride).assumingMemoryBound(to: T.self) }
    }
    for (j, b) in outs.enumerated() {
      bases[plan.inputs.count + j] = b.storage.base.map { $0.assumingMemoryBound(to: T.self) }
    }
    let total = ranges.reduce(1, *)
    if total > 0 {
      let chunks = (total + ewChunk - 1) / ewChunk
      let box = UncheckedSendableBox(value: (bases, scalarValues))
      parallelRanges(chunks, costPerItem: ewChunk * max(instructions.count, 1), minimumWork: 1 << 20) { range in
        self.runChunks(range, total, box.value.0, box.value.1)
      }
    }
    withExtendedLifetime(keep) {}
    plan.finish(frame, outs)
    return .next
  }

  private func runChunks(_ range: Range<Int>, _ total: Int, _ bases: [UnsafeMutablePointer<T>?], _ scalars: [(Int, T)]) {
    let temps = registerCount - operandCount
    let scratch = UnsafeMutablePointer<T>.allocate(capacity: max(temps, 1) * ewChunk)
    defer { scratch.deallocate() }
    let regs = UnsafeMutablePointer<UnsafeMutablePointer<T>>.allocate(capacity: max(registerCount, 1))
    defer { regs.deallocate() }
    for r in operandCount..<registerCount { regs[r] = scratch + (r - operandCount) * ewChunk }
    for (r, v) in scalars { regs[r].update(repeating: v, count: ewChunk) }
    let nOut = plan.outputs.count
    let firstOut = operandCount - nOut
    for c in range {
      let start = c * ewChunk
      let n = min(ewChunk, total - start)
      for k in 0..<operandCount {
        // Scalar inputs have no base; their register is a scalar one.
        if let b = bases[k] { regs[k] = b + start } else { regs[k] = scratch }
      }
      for ins in instructions { ins.loop(regs[ins.dst], regs[ins.a], regs[ins.b], n) }
      for j in 0..<nOut where yields[j] != firstOut + j {
        regs[firstOut + j].update(from: regs[yields[j]], count: n)
      }
    }
  }
}

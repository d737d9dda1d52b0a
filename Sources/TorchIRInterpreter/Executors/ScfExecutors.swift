// scf: for, while/condition, if, execute_region, index_switch, parallel
// with reduce, forall with in_parallel, and their terminators. Structured
// ops run their regions in the caller's frame: a region's terminator
// (scf.yield, scf.condition, scf.reduce.return) leaves its values in
// `frame.results`, which the op reads at once.
//
// scf.parallel and scf.forall run their iterations one after another, in
// row-major order of the induction variables (a valid schedule of a loop
// whose iterations are independent). Their result slots hold the running
// values: scf.reduce combines into them, and scf.forall.in_parallel inserts
// its slices into them — in place once the loop owns a copy (its result no
// longer shares storage with the shared_outs operand), since no other value
// can see that copy.
//
// MLIR's undefined cases, here: a step that is not positive (scf.for,
// scf.parallel, scf.forall) is a located fault; an scf.for whose induction
// variable would overflow its type stops instead of wrapping (the
// mathematical iteration space); overlapping parallel_insert_slice writes
// land in program order.

import TorchIRCore
import TorchIRDialects

func registerScfExecutors(_ r: ExecutorRegistry) {
  for name in ["scf.yield", "scf.reduce.return"] {
    r.register(name) { op, ctx in
      let s = ctx.slots(op.operandValues)
      return { frame in
        frame.setResults(s)
        return .exit
      }
    }
  }
  // The condition first, then the values passed on.
  r.register("scf.condition") { op, ctx in
    guard op.numOperands >= 1 else { throw arityError(op) }
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
  r.register("scf.for", prepareFor)
  r.register("scf.while", prepareWhile)
  r.register("scf.if") { op, ctx in
    guard op.numOperands == 1, op.regions.count == 2 else { throw arityError(op) }
    let cond = ctx.slot(op.operand(0))
    let thenRegion = try ctx.prepareRegion(op.region(0))
    let elseRegion = op.region(1).isEmpty ? nil : try ctx.prepareRegion(op.region(1))
    if elseRegion == nil && op.numResults > 0 { throw arityError(op) }
    let results = ctx.slots(op.results.map { $0 })
    let loc = op.location
    return { frame in
      if frame.slots[cond].intBits != 0 {
        try runYielding(thenRegion, frame, results, loc)
      } else if let e = elseRegion {
        try runYielding(e, frame, results, loc)
      }
      return .next
    }
  }
  r.register("scf.execute_region") { op, ctx in
    guard op.regions.count == 1 else { throw arityError(op) }
    let body = try ctx.prepareRegion(op.region(0))
    let results = ctx.slots(op.results.map { $0 })
    let loc = op.location
    return { frame in
      try runYielding(body, frame, results, loc)
      return .next
    }
  }
  r.register("scf.index_switch") { op, ctx in
    guard op.numOperands == 1, op.regions.count >= 1, let cases = denseI64ArrayValues(op.attr("cases")),
      cases.count == op.regions.count - 1
    else { throw arityError(op) }
    let arg = ctx.slot(op.operand(0))
    let regions = try op.regions.map { try ctx.prepareRegion($0) }
    let results = ctx.slots(op.results.map { $0 })
    let loc = op.location
    return { frame in
      let v = Int64(bitPattern: frame.slots[arg].intBits)
      var region = regions[0]
      if let i = cases.firstIndex(of: v) { region = regions[i + 1] }
      try runYielding(region, frame, results, loc)
      return .next
    }
  }
  r.register("scf.parallel", prepareParallel)
  r.register("scf.reduce", prepareReduce)
  r.register("scf.forall", prepareForall)
  r.register("scf.forall.in_parallel", prepareInParallel)
}

/// Runs `region` and writes what it yields into `results`.
@inline(__always) private func runYielding(
  _ region: PreparedRegion, _ frame: Frame, _ results: [Int], _ loc: Location
) throws {
  try region.execute(frame)
  guard frame.results.count == results.count else {
    throw RuntimeFault.error(loc, "region yielded \(frame.results.count) values, expected \(results.count)")
  }
  for (s, v) in zip(results, frame.results) { frame.slots[s] = v }
}

// MARK: scf.for

private func prepareFor(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.numOperands >= 3, op.regions.count == 1, op.numResults == op.numOperands - 3 else {
    throw arityError(op)
  }
  let width: Int
  switch op.operand(0).type.kind {
  case .index: width = 64
  case .integer(let w, _) where w <= 64: width = w
  default:
    throw Diagnostic.error(op.location, "'scf.for' op: induction type \(op.operand(0).type) is not supported by the interpreter")
  }
  let unsigned = op.attr("unsignedCmp") != nil
  let (lb, ub, st) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.operand(2)))
  let inits = ctx.slots(Array(op.operandValues.dropFirst(3)))
  let body = try ctx.prepareRegion(op.region(0))
  let args = body.entryArgumentSlots
  guard args.count == 1 + inits.count else { throw arityError(op) }
  let iv = args[0]
  let carried = Array(args.dropFirst())
  let results = ctx.slots(op.results.map { $0 })
  let loc = op.location
  let mask = lowBitsMask(width)
  return { frame in
    // (Block arguments and result slots are never the operands' slots.)
    for (s, i) in zip(carried, inits) { frame.slots[s] = frame.slots[i] }
    let lo = frame.slots[lb].intBits, hi = frame.slots[ub].intBits, step = frame.slots[st].intBits
    if unsigned {
      guard step != 0 else { throw RuntimeFault.error(loc, "'scf.for' op: step is zero") }
      var i = lo
      while i < hi {
        frame.slots[iv] = .int(i)
        try iterate(body, frame, carried, loc)
        let (next, o) = i.addingReportingOverflow(step)
        if o || next > mask { break }
        i = next
      }
    } else {
      let (l, h, s) = (signExtend(lo, width), signExtend(hi, width), signExtend(step, width))
      guard s > 0 else { throw RuntimeFault.error(loc, "'scf.for' op: step \(s) is not positive") }
      var i = l
      while i < h {
        frame.slots[iv] = .int(UInt64(bitPattern: i) & mask)
        try iterate(body, frame, carried, loc)
        let (next, o) = i.addingReportingOverflow(s)
        if o { break }
        i = next
      }
    }
    for (r, c) in zip(results, carried) { frame.slots[r] = frame.slots[c] }
    return .next
  }
}

/// One iteration: run the body, carry what it yields into `carried`.
@inline(__always) private func iterate(
  _ body: PreparedRegion, _ frame: Frame, _ carried: [Int], _ loc: Location
) throws {
  try body.execute(frame)
  let n = frame.results.count
  guard n == carried.count else {
    throw RuntimeFault.error(loc, "loop body yielded \(n) values, expected \(carried.count)")
  }
  for k in 0..<n { frame.slots[carried[k]] = frame.results[k] }
}

// MARK: scf.while

private func prepareWhile(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard op.regions.count == 2 else { throw arityError(op) }
  let inits = ctx.slots(op.operandValues)
  let before = try ctx.prepareRegion(op.region(0))
  let after = try ctx.prepareRegion(op.region(1))
  let beforeArgs = before.entryArgumentSlots
  let afterArgs = after.entryArgumentSlots
  let results = ctx.slots(op.results.map { $0 })
  guard beforeArgs.count == inits.count, afterArgs.count == results.count else { throw arityError(op) }
  let loc = op.location
  return { frame in
    for (s, i) in zip(beforeArgs, inits) { frame.slots[s] = frame.slots[i] }
    while true {
      try before.execute(frame)
      guard frame.results.count == 1 + results.count else {
        throw RuntimeFault.error(loc, "'scf.condition' passed \(frame.results.count - 1) values, expected \(results.count)")
      }
      if frame.results[0].intBits == 0 {
        for k in 0..<results.count { frame.slots[results[k]] = frame.results[k + 1] }
        return .next
      }
      for k in 0..<afterArgs.count { frame.slots[afterArgs[k]] = frame.results[k + 1] }
      try iterate(after, frame, beforeArgs, loc)
    }
  }
}

// MARK: Multi-dimensional iteration (scf.parallel, scf.forall)

/// Calls `body` with every point of the box lb..<ub by step, last index
/// fastest; a step that is not positive is a fault.
private func forEachPoint(
  _ lb: [Int], _ ub: [Int], _ step: [Int], _ loc: Location, _ name: String, _ body: ([Int]) throws -> Void
) throws {
  for (d, s) in step.enumerated() where s <= 0 {
    throw RuntimeFault.error(loc, "'\(name)' op: step \(s) of dimension \(d) is not positive")
  }
  for d in 0..<lb.count where lb[d] >= ub[d] { return }
  var point = lb
  while true {
    try body(point)
    var d = point.count - 1
    while d >= 0 {
      let (next, o) = point[d].addingReportingOverflow(step[d])
      if !o && next < ub[d] {
        point[d] = next
        break
      }
      point[d] = lb[d]
      d -= 1
    }
    if d < 0 { return }
  }
}

private func prepareParallel(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let g = try segments(op, 4)
  guard op.regions.count == 1, g[0].count == g[1].count, g[1].count == g[2].count,
    g[3].count == op.numResults
  else { throw arityError(op) }
  let (lb, ub, st, inits) = (ctx.slots(g[0]), ctx.slots(g[1]), ctx.slots(g[2]), ctx.slots(g[3]))
  let results = ctx.slots(op.results.map { $0 })
  let body = try ctx.prepareRegion(op.region(0))
  let ivs = body.entryArgumentSlots
  guard ivs.count == lb.count else { throw arityError(op) }
  let loc = op.location
  return { frame in
    for (s, i) in zip(results, inits) { frame.slots[s] = frame.slots[i] }
    let l = lb.map { indexValue(frame.slots[$0]) }
    let u = ub.map { indexValue(frame.slots[$0]) }
    let s = st.map { indexValue(frame.slots[$0]) }
    try forEachPoint(l, u, s, loc, "scf.parallel") { point in
      for (slot, i) in zip(ivs, point) { frame.slots[slot] = .int(UInt64(bitPattern: Int64(i))) }
      try body.execute(frame)
    }
    return .next
  }
}

/// scf.reduce combines each operand into the running value of its
/// scf.parallel (the parallel's result slot) with its region.
private func prepareReduce(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard let parent = op.parentOp, parent.name.name == "scf.parallel", parent.numResults == op.numOperands,
    op.regions.count == op.numOperands
  else { throw arityError(op) }
  let accumulators = ctx.slots(parent.results.map { $0 })
  let operands = ctx.slots(op.operandValues)
  var combiners: [(PreparedRegion, Int, Int)] = []
  for region in op.regions {
    let pr = try ctx.prepareRegion(region)
    let a = pr.entryArgumentSlots
    guard a.count == 2 else { throw arityError(op) }
    combiners.append((pr, a[0], a[1]))
  }
  let loc = op.location
  return { frame in
    for k in 0..<operands.count {
      let (region, lhs, rhs) = combiners[k]
      frame.slots[lhs] = frame.slots[accumulators[k]]
      frame.slots[rhs] = frame.slots[operands[k]]
      try region.execute(frame)
      guard frame.results.count == 1 else {
        throw RuntimeFault.error(loc, "'scf.reduce' region yielded \(frame.results.count) values, expected 1")
      }
      frame.slots[accumulators[k]] = frame.results[0]
    }
    frame.setResults([])
    return .exit
  }
}

// MARK: scf.forall

private func prepareForall(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  let g = try segments(op, 4)
  guard op.regions.count == 1, g[3].count == op.numResults else { throw arityError(op) }
  let lb = try mixedIndexList(op, "staticLowerBound", g[0], ctx)
  let ub = try mixedIndexList(op, "staticUpperBound", g[1], ctx)
  let st = try mixedIndexList(op, "staticStep", g[2], ctx)
  guard lb.count == ub.count, ub.count == st.count else { throw arityError(op) }
  let inits = ctx.slots(g[3])
  let results = ctx.slots(op.results.map { $0 })
  let body = try ctx.prepareRegion(op.region(0))
  let args = body.entryArgumentSlots
  guard args.count == ub.count + inits.count else { throw arityError(op) }
  let ivs = Array(args.prefix(ub.count))
  let outs = Array(args.dropFirst(ub.count))
  let loc = op.location
  return { frame in
    for (s, i) in zip(results, inits) { frame.slots[s] = frame.slots[i] }
    try forEachPoint(lb.values(frame), ub.values(frame), st.values(frame), loc, "scf.forall") { point in
      for (slot, i) in zip(ivs, point) { frame.slots[slot] = .int(UInt64(bitPattern: Int64(i))) }
      for (o, r) in zip(outs, results) { frame.slots[o] = frame.slots[r] }
      try body.execute(frame)
    }
    return .next
  }
}

/// The terminator of scf.forall: applies its tensor.parallel_insert_slice
/// ops, in order, to the loop's running results.
private func prepareInParallel(_ op: Operation, _ ctx: PrepareContext) throws -> Kernel {
  guard let forall = op.parentOp, forall.name.name == "scf.forall", op.regions.count == 1,
    let forallBody = forall.region(0).entryBlock
  else { throw arityError(op) }
  let rank = forallBody.arguments.count - forall.numResults
  let accumulators = ctx.slots(forall.results.map { $0 })
  let inits = ctx.slots(Array(forall.operandValues.suffix(forall.numResults)))
  struct Insert {
    let source: Int
    let output: Int
    let slice: SliceParameters
    let keep: [Bool]
    let loc: Location
  }
  var inserts: [Insert] = []
  for block in op.region(0).blocks {
    for inner in block {
      guard inner.name.name == "tensor.parallel_insert_slice" else {
        throw Diagnostic.error(
          inner.location, "'\(inner.name.name)' op inside 'scf.forall.in_parallel' is not supported by the interpreter")
      }
      let g = try segments(inner, 5)
      guard g[0].count == 1, g[1].count == 1, let dest = g[1][0] as? BlockArgument, dest.owner === forallBody,
        dest.index >= rank
      else {
        throw Diagnostic.error(
          inner.location, "'tensor.parallel_insert_slice' op: the destination is not a shared output of the scf.forall")
      }
      let slice = try SliceParameters(inner, g, ctx)
      inserts.append(
        Insert(
          source: ctx.slot(g[0][0]), output: dest.index - rank, slice: slice,
          keep: try slice.keepMask(g[0][0].type, inner), loc: inner.location))
    }
  }
  let name = "tensor.parallel_insert_slice"
  return { frame in
    if inserts.isEmpty {
      frame.setResults([])
      return .exit
    }
    // Sources are read before anything is written: a source that shares
    // storage with a result this loop already owns is copied first.
    var sources: [Buffer] = []
    for ins in inserts {
      var s = try shapedOperand(frame.slots[ins.source], ins.loc)
      for k in 0..<accumulators.count {
        let acc = try shapedOperand(frame.slots[accumulators[k]], ins.loc)
        let initial = try shapedOperand(frame.slots[inits[k]], ins.loc)
        if acc.storage !== initial.storage && s.storage === acc.storage {
          s = try freshCopy(s, ins.loc)
          break
        }
      }
      sources.append(s)
    }
    for (ins, source) in zip(inserts, sources) {
      var acc = try shapedOperand(frame.slots[accumulators[ins.output]], ins.loc)
      let initial = try shapedOperand(frame.slots[inits[ins.output]], ins.loc)
      if acc.storage === initial.storage {
        acc = try freshCopy(acc, ins.loc)
        frame.slots[accumulators[ins.output]] = .buffer(acc)
      }
      let view = try dropDims(ins.slice.view(of: acc, frame, ins.loc, name), keep: ins.keep, ins.loc, name)
      try insertIntoView(source, view, ins.loc, name)
    }
    frame.setResults([])
    return .exit
  }
}

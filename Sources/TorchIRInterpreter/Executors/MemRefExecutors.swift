// memref: alloc, alloca, realloc, dealloc, load, store, subview, cast, copy,
// expand_shape, collapse_shape, reinterpret_cast, reshape, view, transpose,
// dim, rank, global / get_global, assume_alignment,
// extract_strided_metadata, extract_aligned_pointer_as_index, alloca_scope. Memrefs are written in place: views (subview, reshapes,
// casts) share their source's Storage, so a store through one is seen
// through all, and memref.dealloc frees the Storage so that any later
// access through any view is a located fault. Views made from numbers
// (reinterpret_cast, view) are checked to stay inside their storage.
//
// MLIR's undefined cases, here: an access after memref.dealloc (through any
// view), a second dealloc, an index outside the shape, a view outside its
// buffer and a collapse of non-contiguous dims are located faults; memrefs
// are zero-filled when allocated; a store into a `constant` global is not
// detected (it changes the global).
//
// Module globals (memref.global here, ml_program.global) live as long as
// the Interpreter: initialised when the first op naming them is prepared,
// then shared by every call and every run.

import TorchIRCore
import TorchIRDialects

/// The run-time value of each module global, by its defining op.
final class ModuleGlobals {
  /// memref.global buffers.
  var values: [ObjectIdentifier: RuntimeValue] = [:]
  /// ml_program.global cells.
  var cells: [ObjectIdentifier: GlobalCell] = [:]

  static func of(_ ctx: PrepareContext) -> ModuleGlobals {
    ctx.interpreter.executorState("module-globals") { ModuleGlobals() }
  }
}

/// The global op that `op`'s attribute `attr` (a symbol reference) names.
func referencedGlobal(_ op: Operation, _ attr: String, kind: String) throws -> Operation {
  guard let ref = op.attr(attr), let g = SymbolTable.lookupNearest(ref, from: op), g.name.name == kind else {
    throw Diagnostic.error(
      op.location, "'\(op.name.name)' op refers to \(op.attr(attr).map { "\($0)" } ?? "nothing"), which is not a \(kind)")
  }
  return g
}

/// The value of a global's initialiser (dense or dense_resource), as a
/// fresh buffer.
func initialValue(_ attr: Attribute, of global: Operation, _ ctx: PrepareContext) throws -> RuntimeValue {
  switch attr.kind {
  case .denseElements(let d): return try constantValue(attr, type: d.type, op: global, ctx)
  case .denseResource(_, let t): return try constantValue(attr, type: t, op: global, ctx)
  default:
    throw Diagnostic.error(
      global.location, "'\(global.name.name)' op: initial value \(attr) is not supported by the interpreter")
  }
}

func registerMemRefExecutors(_ r: ExecutorRegistry) {
  for name in ["memref.alloc", "memref.alloca"] {
    r.register(name) { op, ctx in
      let g = try segments(op, 2)
      guard op.numResults == 1 else { throw arityError(op) }
      let type = op.result(0).type
      let shape = try rankedShape(type, of: op)
      let e = try ctx.elementType(type, of: op)
      let layout = try staticLayout(type, op)
      let sizes = ctx.slots(g[0])
      let res = ctx.slot(op.result(0))
      let loc = op.location
      return { frame in
        let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, name)
        frame.slots[res] = .buffer(try allocate(e, shape: s, layout: layout, loc))
        return .next
      }
    }
  }
  r.register("memref.dealloc") { op, ctx in
    guard op.numOperands == 1 else { throw arityError(op) }
    let m = ctx.slot(op.operand(0))
    let loc = op.location
    return { frame in
      guard case .buffer(let b) = frame.slots[m] else { throw RuntimeFault.error(loc, "expected a memref value") }
      if b.storage.isDeallocated {
        throw RuntimeFault.error(loc, "'memref.dealloc' op: the buffer was already deallocated")
      }
      b.storage.deallocate()
      return .next
    }
  }
  r.register("memref.load") { op, ctx in
    guard op.numOperands >= 1, op.numResults == 1 else { throw arityError(op) }
    _ = try ctx.elementType(op.operand(0).type, of: op)
    let m = ctx.slot(op.operand(0))
    let indices = ctx.slots(Array(op.operandValues.dropFirst()))
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[m], loc)
      frame.slots[res] = b.load(try elementPosition(b, indices, frame, loc))
      return .next
    }
  }
  r.register("memref.store") { op, ctx in
    guard op.numOperands >= 2, op.numResults == 0 else { throw arityError(op) }
    _ = try ctx.elementType(op.operand(1).type, of: op)
    let (v, m) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let indices = ctx.slots(Array(op.operandValues.dropFirst(2)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[m], loc)
      b.store(try elementPosition(b, indices, frame, loc), frame.slots[v])
      return .next
    }
  }
  // A new 1-d buffer holding the old one's leading elements (zeros after
  // them); the old buffer is freed, so a later access through it faults.
  r.register("memref.realloc") { op, ctx in
    guard op.numOperands >= 1, op.numOperands <= 2, op.numResults == 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    guard shape.count == 1 else { throw arityError(op) }
    let e = try ctx.elementType(op.result(0).type, of: op)
    let src = ctx.slot(op.operand(0))
    let size = op.numOperands == 2 ? [ctx.slot(op.operand(1))] : []
    let res = ctx.slot(op.result(0))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      let s = try shapeFilling(shape, size.map { indexValue(frame.slots[$0]) }, loc, "memref.realloc")
      let out = try Buffer(allocating: e, shape: s, at: loc)
      let n = min(s[0], b.count)
      try copyElements(
        sliceView(b, offsets: [0], sizes: [n], strides: [1], loc, "memref.realloc"),
        into: sliceView(out, offsets: [0], sizes: [n], strides: [1], loc, "memref.realloc"), loc)
      b.storage.deallocate()
      frame.slots[res] = .buffer(out)
      return .next
    }
  }
  // A hint: checks its indices like a load, reads nothing.
  r.register("memref.prefetch") { op, ctx in
    guard op.numOperands >= 1 else { throw arityError(op) }
    let m = ctx.slot(op.operand(0))
    let indices = ctx.slots(Array(op.operandValues.dropFirst()))
    let loc = op.location
    return { frame in
      _ = try elementPosition(try shapedOperand(frame.slots[m], loc), indices, frame, loc)
      return .next
    }
  }
  // Its results are its operands (a promise about aliasing).
  r.register("memref.distinct_objects") { op, ctx in
    guard op.numOperands == op.numResults else { throw arityError(op) }
    let (ins, outs) = (ctx.slots(op.operandValues), ctx.slots(op.results.map { $0 }))
    return { frame in
      for (o, i) in zip(outs, ins) { frame.slots[o] = frame.slots[i] }
      return .next
    }
  }
  r.register("memref.subview") { op, ctx in
    let g = try segments(op, 4)
    guard g[0].count == 1, op.numResults == 1 else { throw arityError(op) }
    let slice = try SliceParameters(op, g, ctx)
    let keep = try slice.keepMask(op.result(0).type, op)
    let (src, res) = (ctx.slot(g[0][0]), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      frame.slots[res] = .buffer(
        try dropDims(slice.view(of: b, frame, loc, "memref.subview"), keep: keep, loc, "memref.subview"))
      return .next
    }
  }
  for name in ["memref.cast", "memref.assume_alignment", "memref.memory_space_cast"] {
    r.register(name) { op, ctx in
      guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
      return try prepareShapeCheckedAlias(op, ctx)
    }
  }
  r.register("memref.copy") { op, ctx in
    guard op.numOperands == 2 else { throw arityError(op) }
    let (src, dst) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)))
    let loc = op.location
    return { frame in
      let s = try shapedOperand(frame.slots[src], loc)
      let d = try shapedOperand(frame.slots[dst], loc)
      guard s.shape == d.shape else {
        throw RuntimeFault.error(loc, "'memref.copy' op: source of shape \(s.shape) and target of shape \(d.shape) differ")
      }
      try copyElements(s, into: d, loc)
      return .next
    }
  }
  r.register("memref.expand_shape", prepareExpandShape)
  r.register("memref.collapse_shape", prepareCollapseShape)
  r.register("memref.dim", prepareDim)
  r.register("memref.rank", prepareRank)
  r.register("memref.reinterpret_cast") { op, ctx in
    let g = try segments(op, 4)
    guard g[0].count == 1, op.numResults == 1 else { throw arityError(op) }
    let slice = try SliceParameters(op, g, ctx, sameLength: false)
    guard slice.offsets.count == 1 else { throw arityError(op) }
    let (src, res) = (ctx.slot(g[0][0]), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      let view = Buffer(
        storage: b.storage, elementType: b.elementType, shape: slice.sizes.values(frame),
        strides: slice.strides.values(frame), offset: slice.offsets.values(frame)[0])
      try checkViewInStorage(view, loc, "memref.reinterpret_cast")
      frame.slots[res] = .buffer(view)
      return .next
    }
  }
  r.register("memref.reshape") { op, ctx in
    guard op.numOperands == 2, op.numResults == 1 else { throw arityError(op) }
    let expected = op.result(0).type.shape
    let (src, shp, res) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      let s = try shapedOperand(frame.slots[shp], loc)
      guard b.strides == rowMajorStrides(b.shape) else {
        throw RuntimeFault.error(loc, "'memref.reshape' op: the source (strides \(b.strides)) is not row-major")
      }
      var shape: [Int] = []
      s.forEachPosition { p in shape.append(indexValue(s.load(p))) }
      if let expected { try checkShape(shape, fits: expected, loc, "memref.reshape") }
      guard let n = elementCount(of: shape), n == b.count else {
        throw RuntimeFault.error(loc, "'memref.reshape' op: cannot reshape \(b.shape) to \(shape)")
      }
      frame.slots[res] = .buffer(
        Buffer(storage: b.storage, elementType: b.elementType, shape: shape, strides: rowMajorStrides(shape), offset: b.offset))
      return .next
    }
  }
  r.register("memref.view") { op, ctx in
    guard op.numOperands >= 2, op.numResults == 1 else { throw arityError(op) }
    let shape = try rankedShape(op.result(0).type, of: op)
    let e = try ctx.elementType(op.result(0).type, of: op)
    let (src, shift, res) = (ctx.slot(op.operand(0)), ctx.slot(op.operand(1)), ctx.slot(op.result(0)))
    let sizes = ctx.slots(Array(op.operandValues.dropFirst(2)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      guard b.rank == 1, b.strides == [1] || b.shape == [0] || b.shape == [1] else {
        throw RuntimeFault.error(loc, "'memref.view' op: the source is not a contiguous 1-d buffer")
      }
      let bytes = b.offset &+ indexValue(frame.slots[shift])
      guard bytes >= 0, bytes % e.byteWidth == 0 else {
        throw RuntimeFault.error(loc, "'memref.view' op: byte shift \(bytes) is not a multiple of the \(e.byteWidth)-byte element size")
      }
      let s = try shapeFilling(shape, sizes.map { indexValue(frame.slots[$0]) }, loc, "memref.view")
      let view = Buffer(storage: b.storage, elementType: e, shape: s, strides: rowMajorStrides(s), offset: bytes / e.byteWidth)
      try checkViewInStorage(view, loc, "memref.view")
      frame.slots[res] = .buffer(view)
      return .next
    }
  }
  r.register("memref.extract_strided_metadata") { op, ctx in
    guard op.numOperands == 1, op.numResults >= 2 else { throw arityError(op) }
    let rank = (op.numResults - 2) / 2
    guard op.numResults == 2 + 2 * rank else { throw arityError(op) }
    let src = ctx.slot(op.operand(0))
    let results = ctx.slots(op.results.map { $0 })
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      guard b.rank == rank else { throw RuntimeFault.error(loc, "expected a memref of rank \(rank)") }
      frame.slots[results[0]] = .buffer(
        Buffer(storage: b.storage, elementType: b.elementType, shape: [], strides: [], offset: 0))
      frame.slots[results[1]] = .int(UInt64(bitPattern: Int64(b.offset)))
      for d in 0..<rank {
        frame.slots[results[2 + d]] = .int(UInt64(bitPattern: Int64(b.shape[d])))
        frame.slots[results[2 + rank + d]] = .int(UInt64(bitPattern: Int64(b.strides[d])))
      }
      return .next
    }
  }
  // The identity of the storage, standing for its aligned pointer (what
  // the deallocation lowering compares to find aliases).
  r.register("memref.extract_aligned_pointer_as_index") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1 else { throw arityError(op) }
    let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      frame.slots[res] = .int(UInt64(UInt(bitPattern: Int(bitPattern: ObjectIdentifier(b.storage)))))
      return .next
    }
  }
  r.register("memref.get_global") { op, ctx in
    guard op.numResults == 1 else { throw arityError(op) }
    let global = try referencedGlobal(op, "name", kind: "memref.global")
    let value = try globalBuffer(global, ctx)
    let res = ctx.slot(op.result(0))
    return { frame in
      frame.slots[res] = value
      return .next
    }
  }
  // Result dim i is source dim perm[i]: the same storage, permuted.
  r.register("memref.transpose") { op, ctx in
    guard op.numOperands == 1, op.numResults == 1, let a = op.attr("permutation"), case .affineMap(let m) = a.kind
    else { throw arityError(op) }
    var perm: [Int] = []
    for e in m.results {
      guard case .dim(let d) = e, d < m.numDims, !perm.contains(d) else {
        throw Diagnostic.error(op.location, "'memref.transpose' op: \(a) is not a permutation")
      }
      perm.append(d)
    }
    guard perm.count == m.numDims else { throw arityError(op) }
    let (src, res) = (ctx.slot(op.operand(0)), ctx.slot(op.result(0)))
    let loc = op.location
    return { frame in
      let b = try shapedOperand(frame.slots[src], loc)
      guard b.rank == perm.count else { throw RuntimeFault.error(loc, "expected a memref of rank \(perm.count)") }
      frame.slots[res] = .buffer(
        Buffer(
          storage: b.storage, elementType: b.elementType, shape: perm.map { b.shape[$0] },
          strides: perm.map { b.strides[$0] }, offset: b.offset))
      return .next
    }
  }
  r.register("memref.alloca_scope") { op, ctx in
    guard op.regions.count == 1 else { throw arityError(op) }
    let body = try ctx.prepareRegion(op.region(0))
    let results = ctx.slots(op.results.map { $0 })
    let loc = op.location
    return { frame in
      try body.execute(frame)
      guard frame.results.count == results.count else {
        throw RuntimeFault.error(loc, "region yielded \(frame.results.count) values, expected \(results.count)")
      }
      for (s, v) in zip(results, frame.results) { frame.slots[s] = v }
      return .next
    }
  }
  r.register("memref.alloca_scope.return") { op, ctx in
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
}

/// The storage position of the element at the indices in `slots`; an
/// index outside the shape is a fault (ranks 1 and 2 without an array).
@inline(__always) func elementPosition(_ b: Buffer, _ slots: [Int], _ frame: Frame, _ loc: Location) throws -> Int {
  switch slots.count {
  case 0 where b.rank == 0:
    return b.offset
  case 1 where b.rank == 1:
    let i = indexValue(frame.slots[slots[0]])
    if i >= 0 && i < b.shape[0] { return b.offset &+ i &* b.strides[0] }
  case 2 where b.rank == 2:
    let i = indexValue(frame.slots[slots[0]]), j = indexValue(frame.slots[slots[1]])
    if i >= 0 && i < b.shape[0] && j >= 0 && j < b.shape[1] {
      return b.offset &+ i &* b.strides[0] &+ j &* b.strides[1]
    }
  default:
    break
  }
  return try b.position(of: slots.map { indexValue(frame.slots[$0]) }, at: loc)
}

/// The static strided layout of a memref type to allocate (nil: row-major).
private func staticLayout(_ type: Type, _ op: Operation) throws -> (offset: Int, strides: [Int])? {
  guard case .memref(_, _, let layout, _) = type.kind, let layout else { return nil }
  switch layout.kind {
  case .affineMap(let m) where m.isIdentity:
    return nil
  case .stridedLayout(let offset, let strides) where offset != kDynamic && !strides.contains(kDynamic):
    return (Int(offset), strides.map { Int($0) })
  default:
    throw Diagnostic.error(
      op.location, "'\(op.name.name)' op: layout \(layout) is not supported by the interpreter")
  }
}

/// A zero-filled buffer of `shape`, row-major or with a static layout
/// (then the storage is large enough for the farthest element).
private func allocate(
  _ e: ElementType, shape: [Int], layout: (offset: Int, strides: [Int])?, _ loc: Location
) throws -> Buffer {
  guard let layout else { return try Buffer(allocating: e, shape: shape, at: loc) }
  var extent = layout.offset + 1
  for (n, s) in zip(shape, layout.strides) where n > 0 {
    let (span, o1) = (n - 1).multipliedReportingOverflow(by: s)
    let (next, o2) = extent.addingReportingOverflow(span)
    guard !o1, !o2, s >= 0 else { throw RuntimeFault.error(loc, "buffer of shape \(shape) is too large") }
    extent = next
  }
  let storage = try Buffer(allocating: e, shape: [extent], at: loc).storage
  return Buffer(storage: storage, elementType: e, shape: shape, strides: layout.strides, offset: layout.offset)
}

/// The buffer of a memref.global: its initial value, or zeros when it is
/// uninitialized or external.
private func globalBuffer(_ global: Operation, _ ctx: PrepareContext) throws -> RuntimeValue {
  let globals = ModuleGlobals.of(ctx)
  if let v = globals.values[ObjectIdentifier(global)] { return v }
  guard let type = global.attr("type")?.typeValue, case .memref(let shape, _, _, _) = type.kind,
    !shape.contains(kDynamic)
  else {
    throw Diagnostic.error(global.location, "'memref.global' op: its type is not a static memref")
  }
  let e = try ctx.elementType(type, of: global)
  let s = shape.map { Int($0) }
  var buffer = try Buffer(allocating: e, shape: s, at: global.location)
  if let attr = global.attr("initial_value"), !isUnit(attr) {
    guard case .buffer(let b) = try initialValue(attr, of: global, ctx), b.count == buffer.count else {
      throw Diagnostic.error(global.location, "'memref.global' op: its initial value does not match \(type)")
    }
    buffer = try freshCopy(Buffer(storage: b.storage, elementType: e, shape: s), global.location)
  }
  globals.values[ObjectIdentifier(global)] = .buffer(buffer)
  return .buffer(buffer)
}

private func isUnit(_ a: Attribute) -> Bool {
  if case .unit = a.kind { return true }
  return false
}

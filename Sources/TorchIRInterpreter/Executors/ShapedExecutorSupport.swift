// What the tensor, memref, bufferization and scf executors share: reading
// index operands and mixed static/dynamic index lists, shapes from types
// and dynamic sizes, checked views (slices, reshapes) of a Buffer, and
// copying between strided views. Every check that input can fail throws a
// fault at the op's location; a view is only ever made after its extent was
// checked against the shape it is cut from, so `Buffer.position(of:)` and
// the copy loops never leave the storage.

import TorchIRCore
import TorchIRDialects

/// An index (or integer) slot's value as a signed Int.
@inline(__always) func indexValue(_ v: RuntimeValue) -> Int {
  Int(truncatingIfNeeded: Int64(bitPattern: v.intBits))
}

/// The buffer held by a tensor or memref slot, checked to be live.
@inline(__always) func shapedOperand(_ v: RuntimeValue, _ loc: Location) throws -> Buffer {
  guard case .buffer(let b) = v else {
    throw RuntimeFault.error(loc, "expected a tensor or memref value")
  }
  try b.checkLive(at: loc)
  return b
}

/// A static/dynamic index list of an op (offsets, sizes, strides, bounds):
/// each kDynamic entry of `statics` takes the next slot.
struct MixedIndexList {
  let statics: [Int64]
  let slots: [Int]

  var count: Int { statics.count }

  func values(_ frame: Frame) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(statics.count)
    var next = 0
    for s in statics {
      if s == kDynamic {
        out.append(indexValue(frame.slots[slots[next]]))
        next += 1
      } else {
        out.append(Int(s))
      }
    }
    return out
  }
}

/// The list made of attribute `name` (an `array<i64>`) and `values`.
func mixedIndexList(
  _ op: Operation, _ name: String, _ values: [Value], _ ctx: PrepareContext
) throws -> MixedIndexList {
  guard let statics = denseI64ArrayValues(op.attr(name)), dynamicCount(statics) == values.count else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op: malformed '\(name)' list")
  }
  return MixedIndexList(statics: statics, slots: ctx.slots(values))
}

/// Operand groups by `operandSegmentSizes`, or a located diagnostic.
func segments(_ op: Operation, _ count: Int) throws -> [[Value]] {
  guard let s = operandSegments(op, count: count) else { throw arityError(op) }
  return s
}

// MARK: Shapes

/// Static dims of a ranked tensor or memref type (kDynamic for `?`).
func rankedShape(_ type: Type, of op: Operation) throws -> [Int64] {
  switch type.kind {
  case .rankedTensor(let s, _, _), .memref(let s, _, _, _): return s
  default:
    throw Diagnostic.error(op.location, "'\(op.name.name)' op on \(type) is not supported by the interpreter")
  }
}

/// The shape of `type` with its `?` dims taken in order from `dynamic`
/// (tensor.empty, memref.alloc, tensor.splat).
func shapeFilling(_ shape: [Int64], _ dynamic: [Int], _ loc: Location, _ name: String) throws -> [Int] {
  var out: [Int] = []
  var next = 0
  for d in shape {
    if d == kDynamic {
      guard next < dynamic.count else { throw RuntimeFault.error(loc, "'\(name)' op: missing a dynamic size") }
      let v = dynamic[next]
      next += 1
      guard v >= 0 else { throw RuntimeFault.error(loc, "'\(name)' op: negative dynamic size \(v)") }
      out.append(v)
    } else {
      out.append(Int(d))
    }
  }
  return out
}

/// Faults unless `shape` fits the static dims of `expected` (a value
/// flowing into a type that states more than the value's type did).
func checkShape(_ shape: [Int], fits expected: [Int64], _ loc: Location, _ name: String, what: String = "result") throws {
  guard shape.count == expected.count else {
    throw RuntimeFault.error(loc, "'\(name)' op: a value of rank \(shape.count) does not fit the \(what) rank \(expected.count)")
  }
  for (d, (n, e)) in zip(shape, expected).enumerated() where e != kDynamic && Int(e) != n {
    throw RuntimeFault.error(
      loc, "'\(name)' op: dimension \(d) is \(n) at run time, but the \(what) type has \(e) (shape \(shape))")
  }
}

/// `shape` as MLIR prints it (`4x?x2`), for messages.
func shapeText(_ shape: [Int64]) -> String {
  shape.map { $0 == kDynamic ? "?" : String($0) }.joined(separator: "x")
}

// MARK: Views

/// The slice of `b` at `offsets`/`sizes`/`strides` (tensor.extract_slice,
/// memref.subview): every index it can reach must lie inside `b`'s shape.
func sliceView(
  _ b: Buffer, offsets: [Int], sizes: [Int], strides: [Int], _ loc: Location, _ name: String
) throws -> Buffer {
  guard offsets.count == b.rank, sizes.count == b.rank, strides.count == b.rank else {
    throw RuntimeFault.error(loc, "'\(name)' op: \(offsets.count) offsets for a source of rank \(b.rank)")
  }
  var offset = b.offset
  var newStrides: [Int] = []
  for d in 0..<b.rank {
    let (o, n, s, dim) = (offsets[d], sizes[d], strides[d], b.shape[d])
    guard n >= 0 else { throw RuntimeFault.error(loc, "'\(name)' op: negative size \(n) in dimension \(d)") }
    if n > 0 {
      let (span, o1) = (n - 1).multipliedReportingOverflow(by: s)
      let (last, o2) = o.addingReportingOverflow(span)
      guard !o1, !o2, o >= 0, o < dim, last >= 0, last < dim else {
        throw RuntimeFault.error(
          loc,
          "'\(name)' op: slice [offset \(o), size \(n), stride \(s)] is out of bounds for dimension \(d) of size \(dim) (shape \(b.shape))"
        )
      }
      offset += o &* b.strides[d]
    }
    newStrides.append(b.strides[d] &* s)
  }
  return Buffer(storage: b.storage, elementType: b.elementType, shape: sizes, strides: newStrides, offset: offset)
}

/// Which dims of `sizes` a rank-reduced result keeps (MLIR's
/// computeRankReductionMask: a unit dim is dropped when the reduced shape
/// does not have a 1 at that place); nil when the shapes do not match.
func rankReductionKeep(_ sizes: [Int64], _ reduced: [Int64]) -> [Bool]? {
  var keep: [Bool] = []
  var j = 0
  for s in sizes {
    if j < reduced.count && (s == reduced[j] || s == kDynamic || reduced[j] == kDynamic) && !(s == 1 && reduced[j] != 1) {
      keep.append(true)
      j += 1
    } else if s == 1 {
      keep.append(false)
    } else {
      return nil
    }
  }
  return j == reduced.count ? keep : nil
}

/// `b` without the dims `keep` marks false (all of size 1 at run time).
func dropDims(_ b: Buffer, keep: [Bool], _ loc: Location, _ name: String) throws -> Buffer {
  if !keep.contains(false) { return b }
  var shape: [Int] = []
  var strides: [Int] = []
  for d in 0..<b.rank {
    if keep[d] {
      shape.append(b.shape[d])
      strides.append(b.strides[d])
    } else if b.shape[d] != 1 {
      throw RuntimeFault.error(loc, "'\(name)' op: dropped dimension \(d) has size \(b.shape[d]), not 1")
    }
  }
  return Buffer(storage: b.storage, elementType: b.elementType, shape: shape, strides: strides, offset: b.offset)
}

/// Faults unless every element of the view lies inside its storage
/// (memref.reinterpret_cast, memref.view build views from numbers).
func checkViewInStorage(_ b: Buffer, _ loc: Location, _ name: String) throws {
  if b.shape.contains(0) { return }
  var lo = b.offset
  var hi = b.offset
  for d in 0..<b.rank {
    guard b.shape[d] >= 0 else { throw RuntimeFault.error(loc, "'\(name)' op: negative size \(b.shape[d])") }
    let (span, o) = (b.shape[d] - 1).multipliedReportingOverflow(by: b.strides[d])
    guard !o else { throw RuntimeFault.error(loc, "'\(name)' op: the view's extent overflows") }
    if span < 0 { lo = lo &+ span } else { hi = hi &+ span }
  }
  let capacity = b.storage.byteCount / max(b.elementType.byteWidth, 1)
  guard lo >= 0, hi < capacity, hi >= lo else {
    throw RuntimeFault.error(
      loc,
      "'\(name)' op: the view (offset \(b.offset), sizes \(b.shape), strides \(b.strides)) reaches elements [\(lo), \(hi)] outside its buffer of \(capacity) elements"
    )
  }
}

/// Copies the elements of `src` into `dst` (same shape and element type),
/// through a temporary when they share storage.
func copyElements(_ src: Buffer, into dst: Buffer, _ loc: Location) throws {
  var source = src
  if src.storage === dst.storage {
    source = try Buffer(allocating: src.elementType, shape: src.shape, at: loc)
    try copyElements(src, into: source, loc)
  }
  let width = dst.elementType.byteWidth
  if source.isContiguousRowMajor && dst.isContiguousRowMajor && source.elementType == dst.elementType {
    let n = dst.count
    if n > 0, let s = source.storage.base, let d = dst.storage.base {
      d.copyMemory(from: s, byteCount: n * width)
    }
    return
  }
  let n = dst.count
  if n == 0 { return }
  let rank = dst.rank
  if rank == 0 {
    dst.store(dst.offset, source.load(source.offset))
    return
  }
  var index = [Int](repeating: 0, count: rank)
  var ps = source.offset
  var pd = dst.offset
  for _ in 0..<n {
    dst.store(pd, source.load(ps))
    var d = rank - 1
    while d >= 0 {
      index[d] += 1
      ps += source.strides[d]
      pd += dst.strides[d]
      if index[d] < dst.shape[d] { break }
      ps -= source.strides[d] * dst.shape[d]
      pd -= dst.strides[d] * dst.shape[d]
      index[d] = 0
      d -= 1
    }
  }
}

/// A new row-major buffer holding a copy of `b`.
func freshCopy(_ b: Buffer, _ loc: Location) throws -> Buffer {
  let out = try Buffer(allocating: b.elementType, shape: b.shape, at: loc)
  try copyElements(b, into: out, loc)
  return out
}

/// `b` with a new row-major shape of the same element count, sharing its
/// storage when `b` is row-major (copied first otherwise).
func reshaped(_ b: Buffer, to shape: [Int], _ loc: Location, _ name: String) throws -> Buffer {
  guard let n = elementCount(of: shape), n == b.count else {
    throw RuntimeFault.error(loc, "'\(name)' op: cannot reshape \(b.shape) (\(b.count) elements) to \(shape)")
  }
  let c = try b.contiguous(at: loc)
  return Buffer(storage: c.storage, elementType: c.elementType, shape: shape)
}

// MARK: Reassociation

/// The groups of an expand/collapse_shape's `reassociation`, checked to
/// cover `0..<expandedRank` in order.
func reassociation(_ op: Operation, expandedRank: Int) throws -> [[Int]] {
  var groups: [[Int]] = []
  var next = 0
  guard let outer = op.attr("reassociation")?.arrayValue else { throw arityError(op) }
  for g in outer {
    guard let inner = g.arrayValue else { throw arityError(op) }
    var group: [Int] = []
    for e in inner {
      guard let v = e.integerValue?.asInt64, Int(v) == next else {
        throw Diagnostic.error(op.location, "'\(op.name.name)' op: malformed reassociation")
      }
      group.append(next)
      next += 1
    }
    groups.append(group)
  }
  guard next == expandedRank else {
    throw Diagnostic.error(op.location, "'\(op.name.name)' op: malformed reassociation")
  }
  return groups
}

/// The view of `b` with each group of dims merged into one; faults when a
/// group is not contiguous in memory (a memref that cannot be collapsed).
func collapsedView(_ b: Buffer, groups: [[Int]], _ loc: Location, _ name: String) throws -> Buffer {
  guard groups.reduce(0, { $0 + $1.count }) == b.rank else {
    throw RuntimeFault.error(loc, "'\(name)' op: groups \(groups) do not cover a source of rank \(b.rank)")
  }
  var shape: [Int] = []
  var strides: [Int] = []
  for g in groups {
    var size = 1
    for d in g { size = size &* b.shape[d] }
    // The stride of the innermost non-unit dim; each outer non-unit dim must
    // step over exactly the dims inside it.
    var stride = g.last.map { b.strides[$0] } ?? 1
    var expected: Int? = nil
    for d in g.reversed() where b.shape[d] != 1 && size != 0 {
      if let e = expected {
        guard b.strides[d] == e else {
          throw RuntimeFault.error(
            loc, "'\(name)' op: dimensions \(g) are not contiguous (sizes \(b.shape), strides \(b.strides))")
        }
      } else {
        stride = b.strides[d]
      }
      expected = b.strides[d] &* b.shape[d]
    }
    shape.append(size)
    strides.append(stride)
  }
  return Buffer(storage: b.storage, elementType: b.elementType, shape: shape, strides: strides, offset: b.offset)
}

/// The view of `b` with dim i split into the dims of group i, of sizes
/// `shape` (their product must be b's dim).
func expandedView(_ b: Buffer, groups: [[Int]], shape: [Int], _ loc: Location, _ name: String) throws -> Buffer {
  guard groups.count == b.rank else {
    throw RuntimeFault.error(loc, "'\(name)' op: \(groups.count) groups for a source of rank \(b.rank)")
  }
  var strides = [Int](repeating: 1, count: shape.count)
  for (i, g) in groups.enumerated() {
    var product = 1
    for d in g {
      let (p, o) = product.multipliedReportingOverflow(by: shape[d])
      guard !o else { throw RuntimeFault.error(loc, "'\(name)' op: the output shape overflows") }
      product = p
    }
    guard product == b.shape[i] else {
      throw RuntimeFault.error(
        loc,
        "'\(name)' op: output sizes \(g.map { shape[$0] }) (product \(product)) do not match source dimension \(i) of size \(b.shape[i])"
      )
    }
    var s = b.strides[i]
    for d in g.reversed() {
      strides[d] = s
      s = s &* shape[d]
    }
  }
  return Buffer(storage: b.storage, elementType: b.elementType, shape: shape, strides: strides, offset: b.offset)
}

// MARK: Slices

/// The offsets, sizes and strides of a slice-like op (extract_slice,
/// insert_slice, subview, reinterpret_cast), from its last three operand
/// groups and `static_offsets` / `static_sizes` / `static_strides`.
struct SliceParameters {
  let offsets: MixedIndexList
  let sizes: MixedIndexList
  let strides: MixedIndexList

  /// `sameLength`: offsets, sizes and strides have one entry per dim
  /// (not so for reinterpret_cast, whose single offset is in elements).
  init(_ op: Operation, _ groups: [[Value]], _ ctx: PrepareContext, sameLength: Bool = true) throws {
    let n = groups.count
    guard n >= 3 else { throw arityError(op) }
    offsets = try mixedIndexList(op, "static_offsets", groups[n - 3], ctx)
    sizes = try mixedIndexList(op, "static_sizes", groups[n - 2], ctx)
    strides = try mixedIndexList(op, "static_strides", groups[n - 1], ctx)
    guard !sameLength || offsets.count == sizes.count, sizes.count == strides.count else {
      throw Diagnostic.error(op.location, "'\(op.name.name)' op: offsets, sizes and strides differ in length")
    }
  }

  /// The slice of `b` these parameters select, before rank reduction.
  func view(of b: Buffer, _ frame: Frame, _ loc: Location, _ name: String) throws -> Buffer {
    try sliceView(
      b, offsets: offsets.values(frame), sizes: sizes.values(frame), strides: strides.values(frame), loc, name)
  }

  /// Which slice dims a value of type `reduced` keeps.
  func keepMask(_ reduced: Type, _ op: Operation) throws -> [Bool] {
    let shape = try rankedShape(reduced, of: op)
    guard let keep = rankReductionKeep(sizes.statics, shape) else {
      throw Diagnostic.error(
        op.location, "'\(op.name.name)' op: \(reduced) is not a rank reduction of sizes \(shapeText(sizes.statics))")
    }
    return keep
  }
}

/// Copies `source` into the slice `view` (insert_slice and its relatives):
/// the shapes must agree at run time.
func insertIntoView(_ source: Buffer, _ view: Buffer, _ loc: Location, _ name: String) throws {
  guard source.shape == view.shape else {
    throw RuntimeFault.error(
      loc, "'\(name)' op: source of shape \(source.shape) does not match the slice of shape \(view.shape)")
  }
  try copyElements(source, into: view, loc)
}

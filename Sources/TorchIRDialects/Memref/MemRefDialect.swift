// The memref dialect: ops come from Specs/MemRef.spec (Generated/MemrefOps.swift);
// this file adds the verifiers of MemRefOps.cpp with MLIR's messages and the
// result names. Custom forms are in MemRefCustomForms.swift (and beside the
// less common ops in MemRefScopeAndAtomicOps.swift, MemRefTranspose.swift),
// folders and canonicalizations in MemRefFolders.swift and MemRef*Patterns.swift.

import TorchIRCore

public final class MemRefDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "memref")
    // MLIR's inliner interface of this dialect allows inlining all its ops.
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    installMemRefCustomForms(&hooks)
    installMemRefVerifiers(&hooks)
    installMemRefScopeAndAtomicOps(&hooks)
    installMemRefTranspose(&hooks)
    let names: [(String, String)] = [
      ("alloc", "alloc"), ("alloca", "alloca"), ("assume_alignment", "assume_align"), ("cast", "cast"),
      ("collapse_shape", "collapse_shape"), ("dim", "dim"), ("expand_shape", "expand_shape"),
      ("reinterpret_cast", "reinterpret_cast"), ("reshape", "reshape"), ("subview", "subview"), ("view", "view"),
    ]
    for (op, name) in names { hooks.resultNames["memref." + op] = shapedResultName(name) }
    hooks.resultNames["memref.extract_strided_metadata"] = { op, setName in
      guard op.numResults >= 2 else { return }
      setName(op.result(0), "base_buffer")
      setName(op.result(1), "offset")
      // Naming the first value of each group makes `%sizes:2, %strides:2`.
      let rank = (op.numResults - 2) / 2
      if rank > 0 {
        setName(op.result(2), "sizes")
        setName(op.result(2 + rank), "strides")
      }
    }
    installMemRefFolders(&hooks)
    runtime = SpecRuntime(memrefDialectSpec, context: context, hooks: hooks)
    installMemRefPatterns(context)
  }

  public override func materializeConstant(
    _ builder: OpBuilder, value: Attribute, type: Type, location: Location
  ) -> Operation? {
    guard isBuildableConstant(value, type) else { return nil }
    return builder.create(
      "arith.constant", location: location, resultTypes: [type],
      attributes: [NamedAttribute("value", value)])
  }
}

// MARK: Strided layouts

/// Strides and offset of a memref type (MLIR's getStridesAndOffset): the
/// identity layout's canonical row-major strides, or a `strided<>` layout;
/// nil for other layouts.
func memrefStridesAndOffset(_ t: Type) -> (strides: [Int64], offset: Int64)? {
  guard case .memref(let shape, _, let layout, _) = t.kind else { return nil }
  if let layout {
    if case .stridedLayout(let offset, let strides) = layout.kind {
      return strides.count == shape.count ? (strides, offset) : nil
    }
    if case .affineMap(let m) = layout.kind {
      if m.isIdentity { return (memrefCanonicalStrides(shape), 0) }
      guard m.numDims == shape.count else { return nil }
      return linearStridesAndOffset(m)
    }
    return nil
  }
  return (memrefCanonicalStrides(shape), 0)
}

/// Strides and offset of a layout map `offset + sum(d_i * stride_i)` whose
/// coefficients are constants or symbols (dynamic); nil for any other map.
private func linearStridesAndOffset(_ m: AffineMap) -> (strides: [Int64], offset: Int64)? {
  guard m.results.count == 1 else { return nil }
  var strides = Array(repeating: Int64(0), count: m.numDims)
  var offset: Int64 = 0
  func add(_ a: Int64, _ b: Int64) -> Int64 { a == kDynamic || b == kDynamic ? kDynamic : a &+ b }
  func coefficient(_ e: AffineExpr) -> Int64? {
    switch e {
    case .constant(let c): return c
    case .symbol: return kDynamic
    default: return nil
    }
  }
  func visit(_ e: AffineExpr) -> Bool {
    switch e {
    case .add(let l, let r): return visit(l) && visit(r)
    case .dim(let d):
      guard d < strides.count else { return false }
      strides[d] = add(strides[d], 1)
    case .mul(let l, let r):
      if case .dim(let d) = l, d < strides.count, let c = coefficient(r) {
        strides[d] = add(strides[d], c)
      } else if case .dim(let d) = r, d < strides.count, let c = coefficient(l) {
        strides[d] = add(strides[d], c)
      } else {
        return false
      }
    case .constant(let c): offset = add(offset, c)
    case .symbol: offset = kDynamic
    default: return false
    }
    return true
  }
  return visit(m.results[0]) ? (strides, offset) : nil
}

/// Row-major strides of `shape`; dynamic from the first dynamic size on.
func memrefCanonicalStrides(_ shape: [Int64]) -> [Int64] {
  var strides = Array(repeating: Int64(1), count: shape.count)
  var running: Int64 = 1
  for i in stride(from: shape.count - 1, through: 0, by: -1) {
    strides[i] = running
    if running == kDynamic || shape[i] == kDynamic {
      running = kDynamic
    } else {
      let (p, o) = running.multipliedReportingOverflow(by: shape[i])
      running = o ? kDynamic : p
    }
  }
  return strides
}

private func memrefType(_ ctx: MLIRContext, _ shape: [Int64], _ element: Type, strides: [Int64]?, offset: Int64, memorySpace: Attribute?) -> Type {
  let layout = strides.map { ctx.attribute(.stridedLayout(offset: offset, strides: $0)) }
  return ctx.type(.memref(shape: shape, element: element, layout: layout, memorySpace: memorySpace))
}

private func memorySpace(_ t: Type) -> Attribute? {
  if case .memref(_, _, _, let s) = t.kind { return s }
  if case .unrankedMemref(_, let s) = t.kind { return s }
  return nil
}

/// `a * b` and `a + b` where kDynamic absorbs everything.
private func mulDyn(_ a: Int64, _ b: Int64) -> Int64 {
  if a == kDynamic || b == kDynamic { return kDynamic }
  let (p, o) = a.multipliedReportingOverflow(by: b)
  return o ? kDynamic : p
}
private func addDyn(_ a: Int64, _ b: Int64) -> Int64 {
  if a == kDynamic || b == kDynamic { return kDynamic }
  let (s, o) = a.addingReportingOverflow(b)
  return o ? kDynamic : s
}

/// verifySliceInBounds: static slices stay inside static dimensions.
func verifySliceInBounds(_ op: Operation, shape: [Int64], offsets: [Int64], sizes: [Int64], strides: [Int64]) throws {
  for i in 0..<min(shape.count, offsets.count, sizes.count, strides.count) {
    let (d, o, s, st) = (shape[i], offsets[i], sizes[i], strides[i])
    if d == kDynamic || o == kDynamic { continue }
    if o >= d { throw shapedOpError(op, "offset \(i) is out-of-bounds: \(o) >= \(d)") }
    if s == kDynamic || st == kDynamic { continue }
    // MLIR computes this in wrapping 64-bit arithmetic.
    let last = o &+ (s &- 1) &* st
    if last >= d {
      throw shapedOpError(op, "slice along dimension \(i) runs out-of-bounds: \(last) >= \(d)")
    }
  }
}

// MARK: Verifiers

private func installMemRefVerifiers(_ h: inout DialectHooks) {
  for name in ["memref.alloc", "memref.alloca"] {
    h.verifiers[name] = { op in
      try verifyOperandSegments(op, count: 2)
      guard let g = operandSegments(op, count: 2), case .memref(let shape, _, let layout, _) = op.result(0).type.kind
      else { return }
      let expected = dynamicCount(shape)
      if g[0].count != expected {
        throw OpVerifyError("incorrect number of dynamic sizes, has \(g[0].count), expected \(expected)")
      }
      var symbols = 0
      if let layout, case .affineMap(let m) = layout.kind { symbols = m.numSymbols }
      if g[1].count != symbols {
        throw OpVerifyError("symbol operand count does not equal memref symbol count: expected \(symbols), got \(g[1].count)")
      }
      try verifyAlignmentAttribute(op)
    }
  }
  h.verifiers["memref.assume_alignment"] = { op in
    guard case .integer(let v, _)? = op.attr("alignment")?.kind else { return }
    let a = v.asInt64
    if a <= 0 || (a & (a - 1)) != 0 { throw OpVerifyError("alignment must be power of 2") }
  }
  h.verifiers["memref.cast"] = { op in
    let (a, b) = (op.operand(0).type, op.result(0).type)
    if !memrefsCastCompatible(a, b) {
      throw OpVerifyError("operand type '\(a)' and result type '\(b)' are cast incompatible")
    }
  }
  h.verifiers["memref.copy"] = { op in
    let (a, b) = (op.operand(0).type, op.operand(1).type)
    if a.elementType != b.elementType { throw OpVerifyError("requires the same element type for all operands") }
    if let sa = a.shape, let sb = b.shape, sa != sb { throw OpVerifyError("requires the same shape for all operands") }
  }
  h.verifiers["memref.load"] = { op in
    let t = op.operand(0).type
    if op.result(0).type != t.elementType {
      throw OpVerifyError("failed to verify that result type matches element type of 'memref'")
    }
    let rank = t.shape?.count ?? 0
    if op.numOperands - 1 != rank {
      throw OpVerifyError("invalid number of indices for accessed memref, expected \(rank) but got \(op.numOperands - 1)")
    }
  }
  h.verifiers["memref.store"] = { op in
    let t = op.operand(1).type
    if op.operand(0).type != t.elementType {
      throw OpVerifyError("failed to verify that type of 'value' matches element type of 'memref'")
    }
    let rank = t.shape?.count ?? 0
    if op.numOperands - 2 != rank {
      throw OpVerifyError("invalid number of indices for accessed memref, expected \(rank) but got \(op.numOperands - 2)")
    }
  }
  h.verifiers["memref.dim"] = { op in
    if op.operand(0).type.shape?.isEmpty == true {
      throw OpVerifyError(
        "operand #0 must be unranked.memref of any non-token type values or non-0-ranked.memref of any non-token type values, but got '\(op.operand(0).type)'")
    }
  }
  h.verifiers["memref.get_global"] = verifyGetGlobal
  h.verifiers["memref.global"] = verifyGlobal
  h.verifiers["memref.reinterpret_cast"] = verifyReinterpretCast
  h.verifiers["memref.reshape"] = { op in
    let (source, shapeType, result) = (op.operand(0).type, op.operand(1).type, op.result(0).type)
    if (shapeType.shape?.count ?? 1) != 1 {
      throw OpVerifyError("operand #1 must be 1D memref of signless integer or index values, but got '\(shapeType)'")
    }
    if source.elementType != result.elementType {
      throw OpVerifyError("element types of source and destination memref types should be the same")
    }
    if case .memref(_, _, let layout, _) = source.kind, !hasIdentityLayout(layout) {
      throw OpVerifyError("source memref type should have identity affine map")
    }
    if case .memref(_, _, let layout, _) = result.kind, !hasIdentityLayout(layout) {
      throw OpVerifyError("result memref type should have identity affine map")
    }
    guard let resultShape = result.shape, let len = shapeType.shape?.first else { return }
    if len == kDynamic {
      throw OpVerifyError("cannot use shape operand with dynamic length to reshape to statically-ranked memref type")
    }
    if len != Int64(resultShape.count) {
      throw OpVerifyError("length of shape operand differs from the result's memref rank")
    }
  }
  h.verifiers["memref.extract_strided_metadata"] = { op in
    let source = op.operand(0).type
    guard let shape = source.shape, let element = source.elementType else { return }
    let ctx = op.context
    let base = ctx.type(.memref(shape: [], element: element, layout: nil, memorySpace: memorySpace(source)))
    let inferred = [base] + Array(repeating: ctx.indexType, count: 1 + 2 * shape.count)
    if inferred != op.resultTypes {
      let a = inferred.map { "'\($0)'" }.joined(separator: ", ")
      let b = op.resultTypes.map { "'\($0)'" }.joined(separator: ", ")
      throw OpVerifyError("inferred type(s) \(a) are incompatible with return type(s) of operation \(b)")
    }
  }
  h.verifiers["memref.view"] = { op in
    let result = op.result(0).type
    guard case .memref(let shape, _, let layout, _) = result.kind else { return }
    var identity = layout == nil
    if let layout, case .affineMap(let m) = layout.kind, m.isIdentity { identity = true }
    if !identity {
      throw shapedOpError(op, "unsupported map for result memref type '\(result)'")
    }
    if memorySpace(op.operand(0).type) != memorySpace(result) {
      throw shapedOpError(op, "different memory spaces specified for base memref type '\(op.operand(0).type)' and view memref type '\(result)'")
    }
    let expected = dynamicCount(shape)
    if op.numOperands - 2 != expected {
      throw OpVerifyError("incorrect number of dynamic sizes, has \(op.numOperands - 2), expected \(expected)")
    }
  }
  h.verifiers["memref.collapse_shape"] = { op in
    try verifyMemRefReshape(op, collapsedType: op.result(0).type, expandedType: op.operand(0).type, isExpand: false)
  }
  h.verifiers["memref.expand_shape"] = { op in
    try verifyMemRefReshape(op, collapsedType: op.operand(0).type, expandedType: op.result(0).type, isExpand: true)
  }
  h.verifiers["memref.subview"] = verifySubView
}

/// MLIR's CastOp::areCastCompatible for memrefs (ranked and unranked).
private func memrefsCastCompatible(_ a: Type, _ b: Type) -> Bool {
  switch (a.kind, b.kind) {
  case (.memref(let sa, let ea, let la, let ma), .memref(let sb, let eb, let lb, let mb)):
    guard ea == eb, ma == mb, castShapesCompatible(sa, sb) else { return false }
    // Equal layouts need no stride check; different ones must both be
    // strided with compatible strides and offsets.
    if la == lb { return true }
    guard let x = memrefStridesAndOffset(a), let y = memrefStridesAndOffset(b) else { return false }
    if x.offset != y.offset && x.offset != kDynamic && y.offset != kDynamic { return false }
    for (p, q) in zip(x.strides, y.strides) where p != q && p != kDynamic && q != kDynamic { return false }
    return true
  case (.memref(_, let ea, _, let ma), .unrankedMemref(let eb, let mb)),
    (.unrankedMemref(let ea, let ma), .memref(_, let eb, _, let mb)):
    return ea == eb && ma == mb
  default:
    return false
  }
}

private func verifyGetGlobal(_ op: Operation) throws {
  guard let attr = op.attr("name"), case .symbolRef(let name, let nested) = attr.kind, nested.isEmpty else {
    throw OpVerifyError("attribute 'name' failed to satisfy constraint: flat symbol reference attribute")
  }
  var table = op.parentOp
  while let t = table, !t.hasTrait(.symbolTable) { table = t.parentOp }
  var global: Operation?
  if let t = table, t.regions.count == 1, let block = t.region(0).blocks.first {
    for o in block.operations where o.attr("sym_name")?.stringValue == name && o.name.name == "memref.global" {
      global = o
    }
  }
  guard let global else { throw OpVerifyError("'\(name)' does not reference a valid global memref") }
  let t = global.attr("type")?.typeValue
  if let t, t != op.result(0).type {
    throw OpVerifyError("result type '\(op.result(0).type)' does not match type '\(t)' of the global memref @\(name)")
  }
}

private func verifyGlobal(_ op: Operation) throws {
  guard let t = op.attr("type")?.typeValue, case .memref(let shape, let element, _, _) = t.kind,
    !shape.contains(kDynamic)
  else {
    throw OpVerifyError("type should be static shaped memref, but got '\(op.attr("type").map { "\($0)" } ?? "")'")
  }
  if let v = op.attr("initial_value"), !v.isUnit, let vt = v.type {
    if let e = vt.elementType, e != element {
      throw OpVerifyError("initial value element expected to be of type '\(element)', but was of type '\(e)'")
    }
    if let vs = vt.shape, vs != shape {
      throw OpVerifyError(
        "initial value shape expected to be \(shape.map(String.init).joined(separator: ", ")) but was \(vs.map(String.init).joined(separator: ", "))")
    }
  }
  try verifyAlignmentAttribute(op)
}

/// The ODS constraint on `alignment` of alloc, alloca and global.
private func verifyAlignmentAttribute(_ op: Operation) throws {
  guard case .integer(let a, _)? = op.attr("alignment")?.kind else { return }
  let n = a.asInt64
  if n <= 0 || (n & (n - 1)) != 0 {
    throw OpVerifyError(
      "attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0")
  }
}

private func verifyReinterpretCast(_ op: Operation) throws {
  try verifyOperandSegments(op, count: 4)
  let (source, result) = (op.operand(0).type, op.result(0).type)
  if memorySpace(source) != memorySpace(result) {
    throw OpVerifyError("different memory spaces specified for source type '\(source)' and result memref type '\(result)'")
  }
  if source.elementType != result.elementType {
    throw OpVerifyError(
      "source element type ('\(source.elementType.map { "\($0)" } ?? "")') does not match result element type ('\(result.elementType.map { "\($0)" } ?? "")')")
  }
  guard let shape = result.shape else { return }
  let (offsets, sizes, strides) = try verifyOffsetSizeAndStride(op, leading: 1, maxRankOffsets: 1, maxRank: shape.count)
  // Static entries of the result type must match (a dynamic one in the
  // lists is reported as "dynamic").
  func text(_ v: Int64) -> String { v == kDynamic ? "dynamic" : String(v) }
  for (i, (r, s)) in zip(shape, sizes).enumerated() where r != kDynamic && r != s {
    throw shapedOpError(op, "expected result type with size = \(text(s)) instead of \(r) in dim = \(i)")
  }
  guard let (rStrides, rOffset) = memrefStridesAndOffset(result) else {
    throw shapedOpError(op, "expected result type to have strided layout but found '\(result)'")
  }
  if let o = offsets.first, rOffset != kDynamic, o != rOffset {
    throw shapedOpError(op, "expected result type with offset = \(text(o)) instead of \(rOffset)")
  }
  for (i, (r, s)) in zip(rStrides, strides).enumerated() where r != kDynamic && r != s {
    throw shapedOpError(op, "expected result type with stride = \(text(s)) instead of \(r) in dim = \(i)")
  }
}

/// ExpandShapeOp::verify / CollapseShapeOp::verify of MemRefOps.cpp.
private func verifyMemRefReshape(_ op: Operation, collapsedType: Type, expandedType: Type, isExpand: Bool) throws {
  guard let reassoc = op.attr("reassociation") else { throw OpVerifyError("requires attribute 'reassociation'") }
  guard let groups = reassociationGroups(reassoc) else {
    throw OpVerifyError(
      "attribute 'reassociation' failed to satisfy constraint: Array of 64-bit integer array attributes")
  }
  guard case .memref(let collapsed, let element, _, let space) = collapsedType.kind,
    case .memref(let expanded, _, _, _) = expandedType.kind
  else { return }
  let (source, result) = isExpand ? (collapsedType, expandedType) : (expandedType, collapsedType)
  let (r0, r1) = (source.shape?.count ?? 0, result.shape?.count ?? 0)
  if isExpand && r0 > r1 {
    throw OpVerifyError("has source rank \(r0) and result rank \(r1). This is not an expansion (\(r0) > \(r1)).")
  }
  if !isExpand && r0 < r1 {
    throw OpVerifyError("has source rank \(r0) and result rank \(r1). This is not a collapse (\(r0) < \(r1)).")
  }
  try verifyCollapsedShape(collapsed: collapsed, expanded: expanded, groups: groups)
  // The expected result type, layout included.
  let layout = isExpand
    ? expandedLayout(collapsedType, expanded: expanded, groups: groups)
    : collapsedLayout(expandedType, groups: groups)
  let resultLayout: Attribute?
  switch layout {
  case .identity: resultLayout = nil
  case .strided(let l): resultLayout = l
  case .invalid:
    throw OpVerifyError(isExpand ? "invalid source layout map" : "invalid source layout map or collapsing non-contiguous dims")
  }
  let expected = op.context.type(.memref(
    shape: isExpand ? expanded : collapsed, element: element, layout: resultLayout, memorySpace: space))
  if expected != result {
    throw OpVerifyError("expected \(isExpand ? "expanded" : "collapsed") type to be '\(expected)' but found '\(result)'")
  }
  guard isExpand else { return }
  guard let v = op.attr("static_output_shape") else { throw OpVerifyError("requires attribute 'static_output_shape'") }
  guard let statics = denseI64ArrayValues(v) else {
    throw OpVerifyError("attribute 'static_output_shape' failed to satisfy constraint: i64 dense array attribute")
  }
  if statics.count != expanded.count {
    throw OpVerifyError(
      "expected number of static shape bounds to be equal to the output rank (\(expanded.count)) but found \(statics.count) inputs instead")
  }
  let dynamicSizes = op.numOperands - 1
  if dynamicSizes != dynamicCount(expanded) {
    throw OpVerifyError("incorrect number of dynamic sizes, has \(dynamicSizes), expected \(dynamicCount(expanded))")
  }
  if dynamicCount(statics) != dynamicSizes {
    throw OpVerifyError(
      "mismatch in dynamic dims in output_shape and static_output_shape: static_output_shape has \(dynamicCount(statics)) dynamic dims while output_shape has \(dynamicSizes) values")
  }
  for (i, (r, st)) in zip(expanded, statics).enumerated() where r != kDynamic && r != st {
    throw OpVerifyError("invalid output shape provided at pos \(i)")
  }
}

/// verifyCollapsedShape of MemRefOps.cpp.
private func verifyCollapsedShape(collapsed: [Int64], expanded: [Int64], groups: [[Int64]]) throws {
  if collapsed.count != groups.count {
    throw OpVerifyError("invalid number of reassociation groups: found \(groups.count), expected \(collapsed.count)")
  }
  var next: Int64 = 0
  for (i, g) in groups.enumerated() {
    var dynamic = false
    for d in g {
      if d != next { throw OpVerifyError("reassociation indices must be contiguous") }
      next += 1
      if d >= Int64(expanded.count) { throw OpVerifyError("reassociation index \(d) is out of bounds") }
      if expanded[Int(d)] == kDynamic { dynamic = true }
    }
    if dynamic != (collapsed[i] == kDynamic) {
      throw OpVerifyError("collapsed dim (\(i)) must be dynamic if and only if reassociation group is dynamic")
    }
    if !dynamic {
      let size = g.reduce(Int64(1)) { $0 &* expanded[Int($1)] }
      if size != collapsed[i] {
        throw OpVerifyError("collapsed dim size (\(collapsed[i])) must equal reassociation group size (\(size))")
      }
    }
  }
  if collapsed.isEmpty {
    if expanded.contains(where: { $0 != 1 }) {
      throw OpVerifyError("rank 0 memrefs can only be extended/collapsed with/from ones")
    }
  } else if next != Int64(expanded.count) {
    throw OpVerifyError("expanded rank (\(expanded.count)) inconsistent with number of reassociation indices (\(next))")
  }
}

/// No layout, or an identity affine map.
func hasIdentityLayout(_ layout: Attribute?) -> Bool {
  guard let layout else { return true }
  if case .affineMap(let m) = layout.kind { return m.isIdentity }
  return false
}

/// A reshape's result layout: none (identity source), strided, or none
/// possible.
private enum ReshapeLayout { case identity, strided(Attribute), invalid }

/// The layout of an expand_shape result (computeExpandedType): each group's
/// innermost dim keeps the source stride and outer dims multiply it by the
/// sizes inside them.
private func expandedLayout(_ source: Type, expanded: [Int64], groups: [[Int64]]) -> ReshapeLayout {
  guard case .memref(_, _, let layout, _) = source.kind else { return .invalid }
  if hasIdentityLayout(layout) { return .identity }
  guard let (strides, offset) = memrefStridesAndOffset(source), strides.count == groups.count else { return .invalid }
  var out = Array(repeating: Int64(0), count: expanded.count)
  for (i, g) in groups.enumerated() {
    var stride = strides[i]
    for d in g.reversed() {
      guard d >= 0, Int(d) < expanded.count else { return .invalid }
      out[Int(d)] = stride
      stride = mulDyn(stride, expanded[Int(d)])
    }
  }
  return .strided(source.context.attribute(.stridedLayout(offset: offset, strides: out)))
}

/// The layout of a collapse_shape result (computeCollapsedLayoutMap): each
/// group's innermost stride, once each group is contiguous in memory.
private func collapsedLayout(_ source: Type, groups: [[Int64]]) -> ReshapeLayout {
  guard case .memref(let shape, _, let layout, _) = source.kind else { return .invalid }
  if hasIdentityLayout(layout) { return .identity }
  guard let (strides, offset) = memrefStridesAndOffset(source) else { return .invalid }
  var out: [Int64] = []
  for g in groups {
    guard let last = g.last, last >= 0, Int(last) < strides.count else {
      out.append(1)
      continue
    }
    out.append(strides[Int(last)])
    for k in 0..<(g.count - 1) {
      let (a, b) = (Int(g[k]), Int(g[k + 1]))
      let expected = mulDyn(strides[b], shape[b])
      if strides[a] != kDynamic && expected != kDynamic && strides[a] != expected && shape[a] != 1 { return .invalid }
    }
  }
  return .strided(source.context.attribute(.stridedLayout(offset: offset, strides: out)))
}

private func verifySubView(_ op: Operation) throws {
  let (base, sub) = (op.operand(0).type, op.result(0).type)
  guard case .memref(let shape, let element, _, let space) = base.kind else { return }
  let (offsets, sizes, strides) = try verifyOffsetSizeAndStride(op, leading: 1, maxRank: shape.count)
  if space != memorySpace(sub) {
    throw shapedOpError(op, "different memory spaces specified for base memref type '\(base)' and subview memref type '\(sub)'")
  }
  guard let (baseStrides, baseOffset) = memrefStridesAndOffset(base) else {
    throw shapedOpError(op, "base type '\(base)' is not strided")
  }
  // SubViewOp::inferResultType.
  var offset = baseOffset
  var newStrides: [Int64] = []
  for i in 0..<shape.count {
    offset = addDyn(offset, mulDyn(offsets[i], baseStrides[i]))
    newStrides.append(mulDyn(strides[i], baseStrides[i]))
  }
  let expected = memrefType(op.context, sizes, element, strides: newStrides, offset: offset, memorySpace: space)
  func mismatch(_ what: String) -> Diagnostic {
    shapedOpError(op, "expected result type to be '\(expected)' or a rank-reduced version. (mismatch of result \(what)), but got '\(sub)'")
  }
  guard case .memref(let subShape, let subElement, _, _) = sub.kind else { return }
  if subShape.count > sizes.count {
    throw shapedOpError(op, "expected result rank to be smaller or equal to the source rank, but got '\(sub)'")
  }
  // The shapes must agree up to dropped static unit sizes (isRankReducedType).
  var j = 0
  for s in sizes {
    if j < subShape.count && subShape[j] == s {
      j += 1
    } else if s != 1 {
      throw mismatch("sizes")
    }
  }
  if j != subShape.count { throw mismatch("sizes") }
  if subElement != element {
    throw shapedOpError(op, "expected result element type to be '\(element)', but got '\(sub)'")
  }
  guard let (subStrides, subOffset) = memrefStridesAndOffset(sub) else { throw mismatch("layout") }
  if subOffset != offset { throw mismatch("layout") }
  // Which unit dims are dropped is decided by the strides
  // (computeMemRefRankReductionMask); the kept strides must then match.
  guard let dropped = droppedUnitDims(sizes: sizes, strides: newStrides, reducedStrides: subStrides) else {
    throw mismatch("layout")
  }
  var k = 0
  for i in sizes.indices where !dropped.contains(i) {
    guard k < subStrides.count, subStrides[k] == newStrides[i] else { throw mismatch("layout") }
    k += 1
  }
  try verifySliceInBounds(op, shape: shape, offsets: offsets, sizes: sizes, strides: strides)
}

/// computeMemRefRankReductionMask: of the static unit sizes, those whose
/// stride occurs more often in the full type than in the reduced one are
/// dropped; nil when that does not account for the rank difference.
private func droppedUnitDims(sizes: [Int64], strides: [Int64], reducedStrides: [Int64]) -> Set<Int>? {
  func counts(_ values: [Int64]) -> [Int64: Int] { values.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
  var unaccounted = counts(strides)
  let reduced = counts(reducedStrides)
  var dropped = Set<Int>()
  for (i, s) in sizes.enumerated() where s == 1 && i < strides.count {
    let stride = strides[i]
    let have = unaccounted[stride, default: 0]
    let want = reduced[stride, default: 0]
    if have > want {
      dropped.insert(i)
      unaccounted[stride] = have - 1
    } else if have < want {
      return nil
    }
  }
  return dropped.count + reducedStrides.count == sizes.count ? dropped : nil
}

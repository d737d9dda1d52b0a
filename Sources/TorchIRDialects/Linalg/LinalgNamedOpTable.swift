// Decoding of the named-op definitions in Generated/LinalgNamedOps.swift (the
// OpDSL ops) and LinalgContractionOps.swift (matmul and friends): operands,
// index attributes (strides, dilations), function attributes (cast), indexing
// maps, iterator types and the scalar body expression. The encoding is
// described in Specs/make_linalg_named_ops.py.

import TorchIRCore

/// One named op as text (see Specs/make_linalg_named_ops.py).
struct NamedOpSpec: Sendable {
  let name, operands, indexAttrs, fnAttrs, dims, symbols, maps, iterators, body, interface: String
  init(
    _ name: String, _ operands: String, _ indexAttrs: String, _ fnAttrs: String, _ dims: String,
    _ symbols: String, _ maps: String, _ iterators: String, _ body: String, _ interface: String
  ) {
    self.name = name
    self.operands = operands
    self.indexAttrs = indexAttrs
    self.fnAttrs = fnAttrs
    self.dims = dims
    self.symbols = symbols
    self.maps = maps
    self.iterators = iterators
    self.body = body
    self.interface = interface
  }
}

enum NamedOperandKind: Sendable { case input, output, scalar }

struct NamedOperand: Sendable {
  let name: String
  let kind: NamedOperandKind
  let typeVar: String
}

/// An index attribute (`strides = dense<2> : tensor<2xi64>`): the map
/// symbols its values replace and their defaults.
struct NamedIndexAttr: Sendable {
  let name: String
  let symbols: [Int]
  let defaults: [Int64]
}

/// A function attribute (`cast = #linalg.type_fn<cast_unsigned>`).
struct NamedFnAttr: Sendable {
  let name: String
  /// `type`, `unary`, `binary` or `ternary`.
  let kind: String
  let defaultFn: String
}

/// The scalar computation of a named op's body.
indirect enum ScalarExpr: Sendable {
  case arg(String)
  case index(Int)
  case constant(String)
  /// A function application: `kind.fn` or, with `attr`, the function an
  /// attribute of the op selects; `typeVar` is the result type of a cast.
  case fn(kind: String, name: String?, attr: String?, typeVar: String?, operands: [ScalarExpr])
}

struct NamedOpDefinition: Sendable {
  /// Full op name (`linalg.conv_2d_nhwc_hwcf`).
  let name: String
  let operands: [NamedOperand]
  let indexAttrs: [NamedIndexAttr]
  let fnAttrs: [NamedFnAttr]
  let numDims: Int
  let numSymbols: Int
  /// The maps as declared, over dims and symbols (the symbols an index
  /// attribute binds are replaced by its values).
  let maps: [AffineMap]
  let iterators: [IteratorType]
  let assignments: [(output: String, value: ScalarExpr)]
  /// The op interface MLIR gives the op (`convolution`, `contraction`,
  /// `fill`), whose verifier runs on it; empty for none.
  let interface: String

  var numInputs: Int { operands.filter { $0.kind != .output }.count }
  var numOutputs: Int { operands.filter { $0.kind == .output }.count }
  /// Ops declared over rank-0 maps apply elementwise at the output's rank.
  var isRankPolymorphic: Bool { numDims == 0 }
  /// MLIR caches the maps of ops with symbols in `linalg.memoized_indexing_maps`.
  var memoizesIndexingMaps: Bool { numSymbols > 0 }

  /// The op's indexing maps: cached ones, or the declared ones with the op's
  /// index attribute values (or their defaults) substituted.
  func indexingMaps(of op: Operation) -> [AffineMap]? {
    if isRankPolymorphic {
      guard let io = segmentedInputsAndOutputs(op), let out = io.outputs.first else { return nil }
      let rank = operandRank(out.type)
      return (io.inputs + io.outputs).map { v in
        operandRank(v.type) == 0
          ? AffineMap(numDims: rank, numSymbols: 0, results: []) : AffineMap.identity(rank)
      }
    }
    if memoizesIndexingMaps, let cached = affineMaps(op.discardableAttr("linalg.memoized_indexing_maps")) {
      return cached
    }
    return computedIndexingMaps(of: op)
  }

  /// The maps with index attributes substituted (nil when an attribute is
  /// malformed; the verifier reports it).
  func computedIndexingMaps(of op: Operation) -> [AffineMap]? {
    var bindings: [AffineExpr] = (0..<numSymbols).map { .symbol($0) }
    for a in indexAttrs {
      var values = a.defaults
      if let attr = op.attr(a.name) {
        guard let v = denseI64ElementValues(attr), v.count == a.symbols.count else { return nil }
        values = v
      }
      for (k, s) in a.symbols.enumerated() where s < bindings.count { bindings[s] = .constant(values[k]) }
    }
    return maps.map { m in
      AffineMap(numDims: m.numDims, numSymbols: 0, results: m.results.map { substitute($0, bindings) })
    }
  }

  func iteratorTypes(of op: Operation) -> [IteratorType]? {
    if isRankPolymorphic {
      guard let io = segmentedInputsAndOutputs(op), let out = io.outputs.first else { return nil }
      return Array(repeating: .parallel, count: operandRank(out.type))
    }
    return iterators
  }
}

/// Rebuilds `e` with symbols replaced, simplifying as MLIR's builders do.
private func substitute(_ e: AffineExpr, _ bindings: [AffineExpr]) -> AffineExpr {
  switch e {
  case .dim, .constant: return e
  case .symbol(let s): return s < bindings.count ? bindings[s] : e
  case .add(let a, let b): return AffineExpr.add(substitute(a, bindings), substitute(b, bindings))
  case .mul(let a, let b): return AffineExpr.mul(substitute(a, bindings), substitute(b, bindings))
  case .mod(let a, let b): return AffineExpr.mod(substitute(a, bindings), substitute(b, bindings))
  case .floorDiv(let a, let b): return AffineExpr.floorDiv(substitute(a, bindings), substitute(b, bindings))
  case .ceilDiv(let a, let b): return AffineExpr.ceilDiv(substitute(a, bindings), substitute(b, bindings))
  }
}

/// The values of a 1-D dense i64 elements attribute (splats expanded).
func denseI64ElementValues(_ attr: Attribute) -> [Int64]? {
  guard case .denseElements(let d) = attr.kind, d.elementType.isInteger(width: 64),
    let shape = d.type.shape, shape.count == 1
  else { return nil }
  // Index attributes have a few entries; refuse absurd (splat) sizes.
  guard shape[0] >= 0, shape[0] <= 1024 else { return nil }
  let count = Int(shape[0])
  var out: [Int64] = []
  for i in 0..<count {
    let at = d.isSplat ? 0 : i * 8
    guard at + 8 <= d.rawData.count else { return nil }
    var u: UInt64 = 0
    for k in 0..<8 { u |= UInt64(d.rawData[at + k]) << (8 * UInt64(k)) }
    out.append(Int64(bitPattern: u))
  }
  return out
}

// MARK: Decoding

/// The decoded OpDSL named ops by full name.
let namedOpDefinitions: [String: NamedOpDefinition] = decodeNamedOps(linalgNamedOpSpecs)

func decodeNamedOps(_ specs: [NamedOpSpec]) -> [String: NamedOpDefinition] {
  var out: [String: NamedOpDefinition] = [:]
  for s in specs {
    guard let def = decodeNamedOp(s) else {
      preconditionFailure("the generated definition of linalg.\(s.name) does not decode")
    }
    out[def.name] = def
  }
  return out
}

private func decodeNamedOp(_ s: NamedOpSpec) -> NamedOpDefinition? {
  var operands: [NamedOperand] = []
  for item in s.operands.split(separator: " ") {
    let p = item.split(separator: ":")
    guard p.count == 3 else { return nil }
    let kind: NamedOperandKind
    switch p[1] {
    case "input": kind = .input
    case "output": kind = .output
    case "scalar": kind = .scalar
    default: return nil
    }
    operands.append(NamedOperand(name: String(p[0]), kind: kind, typeVar: String(p[2])))
  }
  var indexAttrs: [NamedIndexAttr] = []
  for item in s.indexAttrs.split(separator: " ") {
    let p = item.split(separator: ":")
    guard p.count == 3 else { return nil }
    let syms = p[1].split(separator: ",").compactMap { Int($0) }
    let defs = p[2].split(separator: ",").compactMap { Int64($0) }
    indexAttrs.append(NamedIndexAttr(name: String(p[0]), symbols: syms, defaults: defs))
  }
  var fnAttrs: [NamedFnAttr] = []
  for item in s.fnAttrs.split(separator: " ") {
    let p = item.split(separator: ":")
    guard p.count == 3 else { return nil }
    fnAttrs.append(NamedFnAttr(name: String(p[0]), kind: String(p[1]), defaultFn: String(p[2])))
  }
  guard let dims = Int(s.dims), let syms = Int(s.symbols) else { return nil }
  var maps: [AffineMap] = []
  for m in s.maps.split(separator: ";", omittingEmptySubsequences: false) {
    var results: [AffineExpr] = []
    for r in m.split(separator: ",") {
      guard let e = parseSimpleAffineExpr(r) else { return nil }
      results.append(e)
    }
    maps.append(AffineMap(numDims: dims, numSymbols: syms, results: results))
  }
  var iterators: [IteratorType] = []
  for c in s.iterators { iterators.append(c == "r" ? .reduction : .parallel) }
  var assignments: [(output: String, value: ScalarExpr)] = []
  for a in s.body.split(separator: ";") where a.contains("=") {
    guard let eq = a.firstIndex(of: "=") else { return nil }
    var rest = a[a.index(after: eq)...]
    guard let e = parseScalarExpr(&rest), rest.isEmpty else { return nil }
    assignments.append((String(a[..<eq]), e))
  }
  return NamedOpDefinition(
    name: "linalg." + s.name, operands: operands, indexAttrs: indexAttrs, fnAttrs: fnAttrs,
    numDims: dims, numSymbols: syms, maps: maps, iterators: iterators, assignments: assignments,
    interface: s.interface)
}

/// `d2*s3+d5*s5`: sums of products of dims, symbols and integers.
private func parseSimpleAffineExpr(_ text: Substring) -> AffineExpr? {
  var sum: AffineExpr?
  for term in text.split(separator: "+") {
    var product: AffineExpr?
    for factor in term.split(separator: "*") {
      let e: AffineExpr
      if factor.hasPrefix("d"), let n = Int(factor.dropFirst()) {
        e = .dim(n)
      } else if factor.hasPrefix("s"), let n = Int(factor.dropFirst()) {
        e = .symbol(n)
      } else if let c = Int64(factor) {
        e = .constant(c)
      } else {
        return nil
      }
      product = product.map { AffineExpr.mul($0, e) } ?? e
    }
    guard let p = product else { return nil }
    sum = sum.map { AffineExpr.add($0, p) } ?? p
  }
  return sum
}

/// One expression of the body encoding, consuming it from `text`.
private func parseScalarExpr(_ text: inout Substring) -> ScalarExpr? {
  if text.hasPrefix("#") {
    text = text.dropFirst()
    guard let end = text.firstIndex(of: "#") else { return nil }
    let value = String(text[..<end])
    text = text[text.index(after: end)...]
    return .constant(value)
  }
  if text.hasPrefix("@") {
    text = text.dropFirst()
    let digits = text.prefix { $0.isNumber }
    text = text.dropFirst(digits.count)
    return Int(digits).map { .index($0) }
  }
  let head = text.prefix { $0 != "(" && $0 != "," && $0 != ")" }
  text = text.dropFirst(head.count)
  guard text.hasPrefix("(") else { return .arg(String(head)) }
  text = text.dropFirst()
  var operands: [ScalarExpr] = []
  while !text.hasPrefix(")") {
    guard let e = parseScalarExpr(&text) else { return nil }
    operands.append(e)
    if text.hasPrefix(",") { text = text.dropFirst() }
  }
  text = text.dropFirst()
  // kind.fn[:T] or kind@attr[:T]
  var typeVar: String?
  var callee = head
  if let colon = head.firstIndex(of: ":") {
    typeVar = String(head[head.index(after: colon)...])
    callee = head[..<colon]
  }
  if let at = callee.firstIndex(of: "@") {
    return .fn(
      kind: String(callee[..<at]), name: nil, attr: String(callee[callee.index(after: at)...]),
      typeVar: typeVar, operands: operands)
  }
  guard let dot = callee.firstIndex(of: ".") else { return nil }
  return .fn(
    kind: String(callee[..<dot]), name: String(callee[callee.index(after: dot)...]), attr: nil,
    typeVar: typeVar, operands: operands)
}

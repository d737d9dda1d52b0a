// The linalg dialect: structured ops over tensors and memrefs. Each op is a
// loop nest described by indexing maps, iterator types and a scalar body;
// `LinalgStructuredOp.swift` exposes that description for every op so that
// passes and the interpreter can treat any of them as a linalg.generic.
//
// The ops come in four groups, each in its own file:
// - linalg.generic, linalg.yield, linalg.index (LinalgGenericOp.swift);
// - the OpDSL named ops (conv, pooling, elementwise, fill, copy, ...;
//   LinalgNamedStructuredOps.swift), whose
//   definitions are generated into Generated/LinalgNamedOps.swift and whose
//   bodies are built by LinalgRegionBuilder.swift;
// - the contractions MLIR defines in ODS with an `indexing_maps` attribute
//   (matmul, batch_matmul, batch_reduce_matmul, contract;
//   LinalgContractionOps.swift) and linalg.elementwise (LinalgElementwiseOp.swift);
// - map, reduce, transpose, broadcast (LinalgMapReduceOps.swift);
// - pack and unpack (LinalgRelayoutOps.swift), softmax and the Winograd
//   transforms (LinalgSoftmaxWinogradOps.swift), which have no body.

import TorchIRCore

public final class LinalgDialect: Dialect {
  public init() { super.init(namespace: "linalg") }

  public override func initialize(in context: MLIRContext) {
    registerGenericOps(context)
    registerNamedOps(context)
    registerContractionOps(context)
    registerElementwiseOp(context)
    registerRelayoutOps(context)
    registerSoftmaxWinogradOps(context)
    registerMapReduceOps(context)
    // Last: it attaches folders and patterns to the ops registered above.
    installLinalgCanonicalization(context)
  }

  public override func parseAttribute(_ parser: any DialectAsmParser, type: Type?) throws -> Attribute? {
    let loc = parser.currentLocation
    let mnemonic = parser.parseOptionalKeyword() ?? ""
    guard let e = linalgEnumAttributes[mnemonic] else {
      throw parser.error(at: loc, "unknown attribute `\(mnemonic)` in dialect `linalg`")
    }
    try parser.parsePunctuation("<")
    let caseLoc = parser.currentLocation
    // A case is a keyword or a string, as in MLIR's generated enum parsers.
    guard let word = try parser.parseOptionalKeyword() ?? parser.parseOptionalString() else {
      throw parser.error(at: caseLoc, "expected valid keyword or string")
    }
    guard e.cases.contains(word) else {
      throw parser.error(
        at: caseLoc, "expected \(e.cppName) to be one of: \(e.cases.joined(separator: ", "))")
    }
    try parser.parsePunctuation(">")
    return linalgEnumAttribute(parser.context, mnemonic, word)
  }

  public override func printAttribute(_ attr: Attribute, _ printer: any DialectAsmPrinter) -> Bool {
    guard case .dialect(let d) = attr.kind, d.dialect == "linalg", linalgEnumAttributes[d.mnemonic] != nil,
      d.parameters.count == 1, case .string(let value) = d.parameters[0]
    else { return false }
    printer.write(d.mnemonic + "<" + value + ">")
    return true
  }
}

// MARK: Enum attributes

/// An enum attribute of the dialect (`#linalg.iterator_type<parallel>`): the
/// C++ enum name MLIR quotes in its parse error, and the cases in order.
struct LinalgEnumAttribute {
  let cppName: String
  let cases: [String]
}

let linalgEnumAttributes: [String: LinalgEnumAttribute] = [
  "iterator_type": LinalgEnumAttribute(cppName: "::mlir::utils::IteratorType", cases: ["parallel", "reduction"]),
  "type_fn": LinalgEnumAttribute(cppName: "::mlir::linalg::TypeFn", cases: ["cast_signed", "cast_unsigned"]),
  "unary_fn": LinalgEnumAttribute(cppName: "::mlir::linalg::UnaryFn", cases: elementwiseUnaryKinds),
  "binary_fn": LinalgEnumAttribute(cppName: "::mlir::linalg::BinaryFn", cases: elementwiseBinaryKinds),
  "ternary_fn": LinalgEnumAttribute(cppName: "::mlir::linalg::TernaryFn", cases: ["select"]),
  "elementwise_kind": LinalgEnumAttribute(
    cppName: "::mlir::linalg::ElementwiseKind", cases: elementwiseUnaryKinds + elementwiseBinaryKinds + ["select"]),
]

/// The unary and binary cases of `#linalg.elementwise_kind` (the unary and
/// binary functions of OpDSL, in MLIR's order).
let elementwiseUnaryKinds = [
  "exp", "log", "abs", "ceil", "floor", "negf", "reciprocal", "round", "sqrt", "rsqrt", "square", "tanh", "erf",
  "sin", "cos", "tan", "acos", "acosh", "asin", "asinh", "atan", "atanh", "log10", "log1p", "log2",
]
let elementwiseBinaryKinds = [
  "add", "sub", "mul", "div", "div_unsigned", "max_signed", "min_signed", "max_unsigned", "min_unsigned", "powf",
]

/// `#linalg.MNEMONIC<VALUE>`.
public func linalgEnumAttribute(_ context: MLIRContext, _ mnemonic: String, _ value: String) -> Attribute {
  context.attribute(.dialect(DialectAttribute(dialect: "linalg", mnemonic: mnemonic, parameters: [.string(value)])))
}

/// The case of a `#linalg.MNEMONIC<...>` attribute, nil for anything else.
public func linalgEnumValue(_ attr: Attribute?, _ mnemonic: String) -> String? {
  guard let attr, case .dialect(let d) = attr.kind, d.dialect == "linalg", d.mnemonic == mnemonic,
    d.parameters.count == 1, case .string(let value) = d.parameters[0]
  else { return nil }
  return value
}

/// A loop of a structured op: parallel or reduction.
public enum IteratorType: String, Sendable {
  case parallel, reduction
}

// MARK: Helpers shared by the op files

/// `array<i32: ...>`.
func linalgDenseI32Array(_ context: MLIRContext, _ values: [Int]) -> Attribute {
  var bytes: [UInt8] = []
  for v in values {
    let u = UInt32(truncatingIfNeeded: v)
    for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt32(k)))) }
  }
  return context.attribute(.denseArray(context.integerType(32), bytes))
}

/// `array<i64: ...>`.
func linalgDenseI64Array(_ context: MLIRContext, _ values: [Int64]) -> Attribute {
  var bytes: [UInt8] = []
  for v in values {
    let u = UInt64(bitPattern: v)
    for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt64(k)))) }
  }
  return context.attribute(.denseArray(context.i64Type, bytes))
}

/// The values of an `array<iN: ...>` attribute of the given width.
func linalgDenseArrayValues(_ attr: Attribute?, width: Int) -> [Int64]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: width) else { return nil }
  let size = width / 8
  guard size > 0, bytes.count % size == 0 else { return nil }
  var out: [Int64] = []
  var i = 0
  while i + size <= bytes.count {
    var u: UInt64 = 0
    for k in 0..<size { u |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
    if size < 8 {
      let shift = UInt64(64 - width)
      out.append(Int64(bitPattern: u << shift) >> Int64(shift))
    } else {
      out.append(Int64(bitPattern: u))
    }
    i += size
  }
  return out
}

/// The affine maps of an array attribute of `affine_map`s.
func affineMaps(_ attr: Attribute?) -> [AffineMap]? {
  guard let elements = attr?.arrayValue else { return nil }
  var maps: [AffineMap] = []
  for e in elements {
    guard case .affineMap(let m) = e.kind else { return nil }
    maps.append(m)
  }
  return maps
}

func affineMapArrayAttr(_ context: MLIRContext, _ maps: [AffineMap]) -> Attribute {
  context.arrayAttr(maps.map { context.attribute(.affineMap($0)) })
}

/// The element type of a shaped type, or the type itself (getElementTypeOrSelf).
func elementTypeOrSelf(_ t: Type) -> Type {
  if t.isShaped, let e = t.elementType { return e }
  return t
}

/// The rank of an operand type: a ranked shaped type's rank, 0 for scalars.
func operandRank(_ t: Type) -> Int { t.shape?.count ?? 0 }

/// The results a structured op returns: its ranked tensor outputs.
func isRankedTensor(_ t: Type) -> Bool {
  if case .rankedTensor = t.kind { return true }
  return false
}

// Typed views of the Torch dialect's types (Torch-MLIR's TorchTypes.td).
//
// Every Torch type is stored as a `DialectType` of the "torch" dialect; the
// structs here give Swift names to its parameters and build the uniqued `Type`
// back. The parameter layout of each mnemonic is private to this file and to
// the parser and printer beside it.

import TorchIRCore

/// The dialect namespace of all Torch types.
public let torchDialectNamespace = "torch"

/// Torch-MLIR's marker for a dimension of unknown size (`?` in the syntax).
/// Unlike builtin shaped types (`kDynamic`), Torch uses -1.
public let torchUnknownSize: Int64 = -1

/// The Torch types without parameters, by mnemonic (`!torch.int` ...).
public enum TorchSimpleType: String, CaseIterable, Sendable {
  case int, float, bool, str, none, number, any
  case device = "Device"
  case generator = "Generator"
  case linearParams = "LinearParams"
  case qint8, qint16, quint8, qint32

  public func type(in context: MLIRContext) -> Type {
    context.type(.dialect(DialectType(dialect: torchDialectNamespace, mnemonic: rawValue, parameters: [])))
  }

  /// The simple Torch type `type` is, if it is one.
  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      d.parameters.isEmpty, let k = TorchSimpleType(rawValue: d.mnemonic)
    else { return nil }
    self = k
  }
}

/// `!torch.tensor<...>` (no value semantics) and `!torch.vtensor<...>`.
/// `sizes == nil` is an unranked tensor (`*`), `dtype == nil` an unknown
/// dtype (`unk`); a tensor with neither prints without `<...>`.
public struct TorchTensorType: Hashable, Sendable {
  public var sizes: [Int64]?
  public var dtype: Type?
  /// A sparse tensor encoding (`#sparse_tensor.encoding<...>`), if any.
  public var sparsity: Attribute?
  public var hasValueSemantics: Bool

  public init(sizes: [Int64]?, dtype: Type?, sparsity: Attribute? = nil, hasValueSemantics: Bool) {
    self.sizes = sizes
    self.dtype = dtype
    self.sparsity = sparsity
    self.hasValueSemantics = hasValueSemantics
  }

  public var mnemonic: String { hasValueSemantics ? "vtensor" : "tensor" }

  // Parameters: [hasSizes, sizes, dtype] plus the sparsity when present.
  public func type(in context: MLIRContext) -> Type {
    var params: [DialectTypeParameter] = [
      .int(sizes == nil ? 0 : 1), .ints(sizes ?? []), .optionalType(dtype),
    ]
    if let s = sparsity { params.append(.attribute(s)) }
    return context.type(.dialect(DialectType(
      dialect: torchDialectNamespace, mnemonic: mnemonic, parameters: params)))
  }

  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      d.mnemonic == "vtensor" || d.mnemonic == "tensor", d.parameters.count >= 3,
      case .int(let hasSizes) = d.parameters[0], case .ints(let sizes) = d.parameters[1],
      case .optionalType(let dtype) = d.parameters[2]
    else { return nil }
    var sparsity: Attribute? = nil
    if d.parameters.count > 3, case .attribute(let a) = d.parameters[3] { sparsity = a }
    self.init(sizes: hasSizes != 0 ? sizes : nil, dtype: dtype, sparsity: sparsity,
      hasValueSemantics: d.mnemonic == "vtensor")
  }

  public var hasSizes: Bool { sizes != nil }
  public var hasDtype: Bool { dtype != nil }

  /// The same tensor with or without value semantics.
  public func withValueSemantics(_ value: Bool) -> TorchTensorType {
    var t = self
    t.hasValueSemantics = value
    return t
  }

  /// Torch-MLIR's verifyTensorType: the message of the first problem, or nil.
  /// The sparsity encoding is checked by the parser, which knows which
  /// attributes are sparse encodings.
  public func verificationError() -> String? {
    if let d = dtype, !isValidTorchDtype(d) {
      return "invalid dtype '\(d)' for !torch.tensor type"
    }
    for s in sizes ?? [] where s < 0 && s != torchUnknownSize {
      return "invalid size \(s) for !torch.tensor type"
    }
    return nil
  }
}

/// Whether `dtype` may be the element type of a Torch tensor (Torch-MLIR's
/// isValidTorchDtype): i1, si/ui of 4 to 64 bits, the 16/32/64-bit and 4/8-bit
/// floats PyTorch has, complex of those, Torch's quantized types and
/// `!torch.str`.
public func isValidTorchDtype(_ dtype: Type) -> Bool {
  var t = dtype
  if case .complex(let e) = t.kind { t = e }
  switch t.kind {
  case .integer(let width, let signedness):
    switch signedness {
    case .signless: return width == 1
    case .signed, .unsigned: return [4, 8, 16, 32, 64].contains(width)
    }
  case .float(let k):
    switch k {
    case .f16, .bf16, .f32, .f64, .f4E2M1FN, .f8E5M2, .f8E4M3FN, .f8E5M2FNUZ, .f8E4M3FNUZ,
      .f8E4M3B11FNUZ, .f8E8M0FNU:
      return true
    default: return false
    }
  case .dialect:
    guard let s = TorchSimpleType(t) else { return false }
    return [.qint8, .quint8, .qint16, .qint32, .str].contains(s)
  default:
    return false
  }
}

/// `!torch.list<T>` and `!torch.optional<T>`: one contained Torch type.
public struct TorchContainerType: Hashable, Sendable {
  public enum Kind: String, Sendable { case list, optional }
  public var kind: Kind
  public var containedType: Type

  public init(_ kind: Kind, of containedType: Type) {
    self.kind = kind
    self.containedType = containedType
  }

  public func type(in context: MLIRContext) -> Type {
    context.type(.dialect(DialectType(
      dialect: torchDialectNamespace, mnemonic: kind.rawValue, parameters: [.type(containedType)])))
  }

  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      let k = Kind(rawValue: d.mnemonic), d.parameters.count == 1,
      case .type(let t) = d.parameters[0]
    else { return nil }
    self.init(k, of: t)
  }
}

/// `!torch.tuple<T, ...>` and `!torch.union<T, ...>`.
public struct TorchTupleLikeType: Hashable, Sendable {
  public enum Kind: String, Sendable { case tuple, union }
  public var kind: Kind
  public var containedTypes: [Type]

  public init(_ kind: Kind, of containedTypes: [Type]) {
    self.kind = kind
    self.containedTypes = containedTypes
  }

  public func type(in context: MLIRContext) -> Type {
    context.type(.dialect(DialectType(
      dialect: torchDialectNamespace, mnemonic: kind.rawValue, parameters: [.types(containedTypes)])))
  }

  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      let k = Kind(rawValue: d.mnemonic), d.parameters.count == 1,
      case .types(let ts) = d.parameters[0]
    else { return nil }
    self.init(k, of: ts)
  }
}

/// `!torch.dict<K, V>`.
public struct TorchDictType: Hashable, Sendable {
  public var keyType: Type
  public var valueType: Type

  public init(key: Type, value: Type) {
    keyType = key
    valueType = value
  }

  public func type(in context: MLIRContext) -> Type {
    context.type(.dialect(DialectType(
      dialect: torchDialectNamespace, mnemonic: "dict", parameters: [.type(keyType), .type(valueType)])))
  }

  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      d.mnemonic == "dict", d.parameters.count == 2,
      case .type(let k) = d.parameters[0], case .type(let v) = d.parameters[1]
    else { return nil }
    self.init(key: k, value: v)
  }
}

/// `!torch.nn.Module<"class name">`.
public struct TorchNnModuleType: Hashable, Sendable {
  public var className: String

  public init(className: String) { self.className = className }

  public func type(in context: MLIRContext) -> Type {
    context.type(.dialect(DialectType(
      dialect: torchDialectNamespace, mnemonic: "nn.Module", parameters: [.string(className)])))
  }

  public init?(_ type: Type) {
    guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace,
      d.mnemonic == "nn.Module", d.parameters.count == 1, case .string(let s) = d.parameters[0]
    else { return nil }
    self.init(className: s)
  }
}

extension Type {
  /// Whether this is a type of the Torch dialect.
  public var isTorchType: Bool {
    if case .dialect(let d) = kind { return d.dialect == torchDialectNamespace }
    return false
  }
  public var isTorchTensor: Bool { TorchTensorType(self) != nil }
  public var isTorchValueTensor: Bool { TorchTensorType(self)?.hasValueSemantics == true }
}

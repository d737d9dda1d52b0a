// Relations between Torch types that op verifiers and passes rely on
// (Torch-MLIR's isValidSubtype, meetTensorTypes and
// ValueTensorType::toBuiltinTensor in TorchTypes.cpp).

import TorchIRCore

/// Whether a value of type `subtype` may be used where `type` is expected,
/// by Torch-MLIR's (TorchScript's) rules: unions, `any`, `number`,
/// optionals, element-wise tuples, and tensors with at least as much static
/// information of the same value semantics.
public func isValidTorchSubtype(_ subtype: Type, _ type: Type) -> Bool {
  if subtype == type { return true }
  // A union is a subtype when every member is.
  if let u = TorchTupleLikeType(subtype), u.kind == .union {
    return u.containedTypes.allSatisfy { isValidTorchSubtype($0, type) }
  }
  if TorchSimpleType(type) == .any { return true }
  if TorchSimpleType(type) == .number {
    let s = TorchSimpleType(subtype)
    return s == .int || s == .float
  }
  if let o = TorchContainerType(type), o.kind == .optional {
    return isValidTorchSubtype(subtype, o.containedType) || TorchSimpleType(subtype) == TorchSimpleType.none
  }
  if let u = TorchTupleLikeType(type), u.kind == .union {
    return u.containedTypes.contains { isValidTorchSubtype(subtype, $0) }
  }
  if let t = TorchTupleLikeType(type), t.kind == .tuple {
    guard let s = TorchTupleLikeType(subtype), s.kind == .tuple,
      s.containedTypes.count == t.containedTypes.count
    else { return false }
    return zip(s.containedTypes, t.containedTypes).allSatisfy { isValidTorchSubtype($0, $1) }
  }
  if let sub = TorchTensorType(subtype), let sup = TorchTensorType(type) {
    guard sub.hasValueSemantics == sup.hasValueSemantics else { return false }
    // `type` may know less than `subtype`, never more or something else.
    if let d = sup.dtype, d != sub.dtype { return false }
    if let sizes = sup.sizes {
      guard let subSizes = sub.sizes, subSizes.count == sizes.count else { return false }
      for (a, b) in zip(sizes, subSizes) where a != torchUnknownSize && a != b { return false }
    }
    return true
  }
  return false
}

/// The most precise tensor type consistent with both `lhs` and `rhs`, or nil
/// when they contradict each other (different dtypes, ranks or static
/// sizes). Both must have the same value semantics.
public func meetTorchTensorTypes(_ lhs: TorchTensorType, _ rhs: TorchTensorType) -> TorchTensorType? {
  guard lhs.hasValueSemantics == rhs.hasValueSemantics else { return nil }
  if let a = lhs.dtype, let b = rhs.dtype, a != b { return nil }
  let dtype = lhs.dtype ?? rhs.dtype
  // Torch-MLIR builds the result with ValueTensorType::get when neither side
  // has sizes, whatever the operands' value semantics.
  guard let l = lhs.sizes ?? rhs.sizes, let r = rhs.sizes ?? lhs.sizes else {
    return TorchTensorType(sizes: nil, dtype: dtype, hasValueSemantics: true)
  }
  guard l.count == r.count else { return nil }
  var sizes: [Int64] = []
  sizes.reserveCapacity(l.count)
  for (a, b) in zip(l, r) {
    if a == b {
      sizes.append(a)
    } else if a == torchUnknownSize {
      sizes.append(b)
    } else if b == torchUnknownSize {
      sizes.append(a)
    } else {
      return nil
    }
  }
  return TorchTensorType(sizes: sizes, dtype: dtype, hasValueSemantics: lhs.hasValueSemantics)
}

extension TorchTensorType {
  /// The builtin tensor type of a value tensor (Torch-MLIR's
  /// toBuiltinTensor): ranked when the sizes are known (unknown sizes become
  /// dynamic dimensions), unranked otherwise; nil without a dtype or when the
  /// dtype has no builtin element type.
  public func toBuiltinTensor(in context: MLIRContext) -> Type? {
    guard let d = dtype, let element = builtinElementType(forTorchDtype: d, in: context) else {
      return nil
    }
    guard let sizes else { return context.type(.unrankedTensor(element: element)) }
    let shape = sizes.map { $0 == torchUnknownSize ? kDynamic : $0 }
    return context.type(.rankedTensor(shape: shape, element: element, encoding: sparsity))
  }

  /// Whether every dimension's size is known.
  public var areAllSizesKnown: Bool {
    guard let sizes else { return false }
    return !sizes.contains(torchUnknownSize)
  }
}

/// The builtin element type that stores a Torch dtype: builtin scalars as
/// they are, quantized types as signless integers of their width; nil for
/// the rest (`!torch.str`).
public func builtinElementType(forTorchDtype dtype: Type, in context: MLIRContext) -> Type? {
  switch dtype.kind {
  case .float, .integer, .complex:
    return dtype
  default:
    switch TorchSimpleType(dtype) {
    case .qint8, .quint8: return context.type(.integer(width: 8, signedness: .signless))
    case .qint16: return context.type(.integer(width: 16, signedness: .signless))
    case .qint32: return context.type(.integer(width: 32, signedness: .signless))
    default: return nil
    }
  }
}

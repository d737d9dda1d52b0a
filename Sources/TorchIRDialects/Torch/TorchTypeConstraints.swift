// The Swift side of the `@torch.*` terms in Specs/TorchGenerated.spec: the
// type tests behind Torch-MLIR's type constraints (TorchTypes.td), such as
// AnyTorchTensorType or AnyTorchListOfTorchIntType.

import TorchIRCore

/// Resolves a `@torch.NAME` constraint term: a Torch type mnemonic
/// (`torch.int`, `torch.vtensor`, `torch.optional`), `torch.list<k|k...>`
/// for lists whose element is one of the kinds (`any` for every element),
/// `torch.scalar` (a subtype of `!torch.number`) and `torch.kernel-arg`
/// (Torch-MLIR's AnyTorchType). Nil for a name it does not know.
public func torchTypePredicate(_ name: String) -> TypePredicate? {
  guard name.hasPrefix("torch.") else { return nil }
  let body = String(name.dropFirst("torch.".count))
  if body.hasPrefix("list<"), body.hasSuffix(">") {
    let kinds = body.dropFirst("list<".count).dropLast().split(separator: "|").map(String.init)
    if kinds == ["any"] { return { TorchContainerType($0)?.kind == .list } }
    let tests = kinds.compactMap(torchKindTest)
    guard tests.count == kinds.count else { return nil }
    return { t in
      guard let l = TorchContainerType(t), l.kind == .list else { return false }
      return tests.contains { $0(l.containedType) }
    }
  }
  switch body {
  case "scalar": return isTorchScalarType
  case "kernel-arg": return isTorchKernelArgumentType
  default: return torchKindTest(body)
  }
}

/// A test for one kind of Torch type, by the mnemonic its syntax uses.
private func torchKindTest(_ kind: String) -> TypePredicate? {
  switch kind {
  case "tensor": return { TorchTensorType($0)?.hasValueSemantics == false }
  case "vtensor": return { TorchTensorType($0)?.hasValueSemantics == true }
  case "optional": return { TorchContainerType($0)?.kind == .optional }
  case "list": return { TorchContainerType($0)?.kind == .list }
  case "dict": return { TorchDictType($0) != nil }
  case "tuple": return { TorchTupleLikeType($0)?.kind == .tuple }
  case "union": return { TorchTupleLikeType($0)?.kind == .union }
  case "nn.Module": return { TorchNnModuleType($0) != nil }
  default:
    guard let simple = TorchSimpleType(rawValue: kind) else { return nil }
    return { TorchSimpleType($0) == simple }
  }
}

/// AnyTorchScalarType: a valid subtype of `!torch.number` (int, float,
/// number, or a union of them).
private func isTorchScalarType(_ t: Type) -> Bool {
  isValidTorchSubtype(t, TorchSimpleType.number.type(in: t.context))
}

/// AnyTorchType: every type that may be passed to a Torch kernel.
private func isTorchKernelArgumentType(_ t: Type) -> Bool {
  if isTorchScalarType(t) || TorchTensorType(t) != nil || TorchContainerType(t) != nil
    || TorchDictType(t) != nil || TorchTupleLikeType(t) != nil || TorchNnModuleType(t) != nil
  {
    return true
  }
  // Unwrapped first: on an optional, `.none` would match nil.
  guard let simple = TorchSimpleType(t) else { return false }
  switch simple {
  case .any, .bool, .device, .generator, .linearParams, .number, .none, .str: return true
  default: return false
  }
}

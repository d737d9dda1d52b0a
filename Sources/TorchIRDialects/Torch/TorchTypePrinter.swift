// Printing of Torch type bodies (Torch-MLIR's printTorchDialectType and the
// print methods in TorchTypes.cpp / TorchDialect.cpp). The printer writes the
// `!torch.` prefix; this writes what follows it.

import TorchIRCore

/// Writes the body of a Torch type (`vtensor<[2,?],f32>`); false when `type`
/// is not a Torch type.
@discardableResult
func printTorchType(_ type: Type, _ p: any AsmPrinterBase) -> Bool {
  guard case .dialect(let d) = type.kind, d.dialect == torchDialectNamespace else { return false }
  if let tensor = TorchTensorType(type) {
    p.write(tensor.mnemonic)
    printTensorParameters(tensor, p)
  } else if let container = TorchContainerType(type) {
    p.write(container.kind.rawValue)
    p.write("<")
    printNested(container.containedType, p)
    p.write(">")
  } else if let tupleLike = TorchTupleLikeType(type) {
    p.write(tupleLike.kind.rawValue)
    p.write("<")
    for (i, t) in tupleLike.containedTypes.enumerated() {
      if i > 0 { p.write(", ") }
      printNested(t, p)
    }
    p.write(">")
  } else if let dict = TorchDictType(type) {
    p.write("dict<")
    printNested(dict.keyType, p)
    p.write(", ")
    printNested(dict.valueType, p)
    p.write(">")
  } else if let module = TorchNnModuleType(type) {
    p.write("nn.Module<")
    p.printString(module.className)
    p.write(">")
  } else if TorchSimpleType(type) != nil {
    p.write(d.mnemonic)
  } else {
    return false
  }
  return true
}

/// A type nested in a Torch type: Torch types without their prefix. Text
/// never nests other types there; a type built in code that does is printed
/// in full (Torch-MLIR would print nothing, which no parser reads back).
private func printNested(_ type: Type, _ p: any AsmPrinterBase) {
  if !printTorchType(type, p) { p.printType(type) }
}

/// `<[2,?,3],f32>`, `<*,unk>`, or nothing when neither sizes nor dtype are
/// known (the encoding is then not printed either, as in Torch-MLIR).
private func printTensorParameters(_ t: TorchTensorType, _ p: any AsmPrinterBase) {
  guard t.sizes != nil || t.dtype != nil else { return }
  p.write("<")
  if let sizes = t.sizes {
    p.write("[")
    for (i, s) in sizes.enumerated() {
      if i > 0 { p.write(",") }
      p.write(s < 0 ? "?" : String(s))
    }
    p.write("]")
  } else {
    p.write("*")
  }
  p.write(",")
  if let dtype = t.dtype { p.printType(dtype) } else { p.write("unk") }
  if let sparsity = t.sparsity {
    p.write(",")
    p.printAttribute(sparsity)
  }
  p.write(">")
}

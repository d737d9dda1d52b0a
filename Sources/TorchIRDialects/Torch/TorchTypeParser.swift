// Parsing of Torch type bodies (Torch-MLIR's parseTorchDialectType and the
// parse methods in TorchTypes.cpp / TorchDialect.cpp):
//
//   torch-type   ::= simple-mnemonic
//                  | (`tensor` | `vtensor`) (`<` sizes `,` dtype (`,` attr)? `>`)?
//                  | (`list` | `optional`) `<` torch-type `>`
//                  | (`tuple` | `union`) `<` (torch-type (`,` torch-type)*)? `>`
//                  | `dict` `<` torch-type `,` torch-type `>`
//                  | `nn.Module` `<` string `>`
//   sizes        ::= `*` | `[` ((`?` | integer) (`,` (`?` | integer))* `,`?)? `]`
//   dtype        ::= `unk` | type
//
// Types nested in a Torch type are written without the `!torch.` prefix
// (`!torch.list<int>`), so the nested positions call `parseTorchType`
// directly; a tensor's dtype is any type and keeps its prefix.
//
// As in Torch-MLIR, a dict's key and value types are not checked when
// parsing (its types are built with `get`, not `getChecked`).

import TorchIRCore

/// Parses a Torch type starting at its mnemonic.
func parseTorchType(_ p: any AsmParserBase) throws -> Type {
  let mnemonicLocation = p.currentLocation
  guard let mnemonic = p.parseOptionalKeyword() else { throw p.error("expected valid keyword") }
  let context = p.context
  if let simple = TorchSimpleType(rawValue: mnemonic) { return simple.type(in: context) }
  switch mnemonic {
  case "tensor", "vtensor":
    return try parseTorchTensorType(p, hasValueSemantics: mnemonic == "vtensor").type(in: context)
  case "list", "optional":
    try p.parsePunctuation("<")
    let contained = try parseTorchType(p)
    try p.parsePunctuation(">")
    let kind: TorchContainerType.Kind = mnemonic == "list" ? .list : .optional
    return TorchContainerType(kind, of: contained).type(in: context)
  case "tuple", "union":
    let kind: TorchTupleLikeType.Kind = mnemonic == "tuple" ? .tuple : .union
    return TorchTupleLikeType(kind, of: try parseContainedTypes(p)).type(in: context)
  case "dict":
    try p.parsePunctuation("<")
    let key = try parseTorchType(p)
    try p.parsePunctuation(",")
    let value = try parseTorchType(p)
    try p.parsePunctuation(">")
    return TorchDictType(key: key, value: value).type(in: context)
  case "nn.Module":
    try p.parsePunctuation("<")
    // Torch-MLIR fails here without a message; we say what is missing.
    guard let className = try p.parseOptionalString() else { throw p.error("expected string") }
    try p.parsePunctuation(">")
    return TorchNnModuleType(className: className).type(in: context)
  default:
    // The doubled space is Torch-MLIR's own spelling of this message.
    throw p.error(at: mnemonicLocation, "unknown  type `\(mnemonic)` in dialect `torch`")
  }
}

/// `<T1, T2, ...>` of a tuple or union; `<>` is the empty list.
private func parseContainedTypes(_ p: any AsmParserBase) throws -> [Type] {
  try p.parsePunctuation("<")
  var types: [Type] = []
  if p.parseOptionalPunctuation(">") { return types }
  repeat {
    types.append(try parseTorchType(p))
  } while p.parseOptionalPunctuation(",")
  try p.parsePunctuation(">")
  return types
}

/// The optional `<sizes, dtype[, encoding]>` after `tensor` / `vtensor`.
/// Verification errors point at the `<`, as Torch-MLIR's do.
private func parseTorchTensorType(_ p: any AsmParserBase, hasValueSemantics: Bool) throws
  -> TorchTensorType
{
  let start = p.currentLocation
  guard p.parseOptionalPunctuation("<") else {
    return TorchTensorType(sizes: nil, dtype: nil, hasValueSemantics: hasValueSemantics)
  }
  var sizes: [Int64]? = nil
  if !p.parseOptionalPunctuation("*") {
    try p.parsePunctuation("[")
    var dims: [Int64] = []
    // A trailing comma is accepted: the loop stops at the first token that is
    // neither `?` nor an integer.
    var first = true
    while first || p.parseOptionalPunctuation(",") {
      first = false
      if p.parseOptionalPunctuation("?") {
        dims.append(torchUnknownSize)
      } else if let v = try p.parseOptionalInteger() {
        dims.append(v)
      } else {
        break
      }
    }
    try p.parsePunctuation("]")
    sizes = dims
  }
  try p.parsePunctuation(",")
  let dtype: Type? = p.parseOptionalKeyword("unk") ? nil : try p.parseType()
  var sparsity: Attribute? = nil
  if p.parseOptionalPunctuation(",") { sparsity = try p.parseAttribute(type: nil) }
  try p.parsePunctuation(">")
  let tensor = TorchTensorType(
    sizes: sizes, dtype: dtype, sparsity: sparsity, hasValueSemantics: hasValueSemantics)
  if let message = tensor.verificationError() { throw p.error(at: start, message) }
  if let s = sparsity, !isSparseTensorEncoding(s) {
    throw p.error(at: start, "invalid sparsity encoding attribute")
  }
  return tensor
}

/// Whether `attribute` is a `#sparse_tensor.encoding<...>`. TorchIR has no
/// sparse_tensor dialect yet, so such encodings arrive as opaque attributes
/// (with --allow-unregistered-dialect) and are kept as written.
func isSparseTensorEncoding(_ attribute: Attribute) -> Bool {
  switch attribute.kind {
  case .opaque(let dialect, let body, _):
    return dialect == "sparse_tensor" && body.hasPrefix("encoding")
  case .dialect(let d):
    return d.dialect == "sparse_tensor"
  default:
    return false
  }
}

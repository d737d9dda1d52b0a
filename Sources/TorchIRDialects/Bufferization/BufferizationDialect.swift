// The bufferization dialect: ops come from Specs/Bufferization.spec
// (Generated/BufferizationOps.swift). This file adds what is not data: the
// tensor/buffer type relations of to_tensor, to_buffer and
// materialize_in_destination; alloc_tensor and dealloc, whose operand groups
// (AttrSizedOperandSegments) are in BufferizationSegmentedOps.swift.

import TorchIRCore

public final class BufferizationDialect: Dialect {
  private var runtime: SpecRuntime?

  public init() {
    super.init(namespace: "bufferization")
    // MLIR's inliner interface of this dialect allows inlining all its ops.
    isLegalToInline = true
  }

  public override func initialize(in context: MLIRContext) {
    var hooks = DialectHooks()
    hooks.verifiers["bufferization.to_tensor"] = { op in
      try verifyTensorBufferPair(tensor: op.result(0).type, buffer: op.operand(0).type)
    }
    hooks.verifiers["bufferization.to_buffer"] = { op in
      try verifyTensorBufferPair(tensor: op.operand(0).type, buffer: op.result(0).type)
    }
    hooks.verifiers["bufferization.materialize_in_destination"] = verifyMaterializeInDestination
    hooks.folders["bufferization.to_tensor"] = { op, _ in foldCastPair(op, inner: "bufferization.to_buffer") }
    hooks.folders["bufferization.to_buffer"] = { op, _ in foldCastPair(op, inner: "bufferization.to_tensor") }
    installSegmentedBufferizationOps(&hooks)
    runtime = SpecRuntime(bufferizationDialectSpec, context: context, hooks: hooks)
    installBufferizationPatterns(context)
  }
}

/// to_tensor(to_buffer(%t)) is %t, and to_buffer(to_tensor(%m)) is %m, when
/// the outer op's result has the type of the inner op's operand (MLIR's
/// ToTensorOp::fold and, for equal types, ToBufferOp::fold; a buffer of
/// another layout needs a memref.cast, which MLIR's canonicalization pattern
/// inserts and this folder leaves alone).
private func foldCastPair(_ op: Operation, inner: String) -> [OpFoldResult]? {
  guard op.numOperands == 1, op.numResults == 1, let def = op.operand(0).definingOp,
    def.name.name == inner, def.numOperands == 1, def.operand(0).type == op.result(0).type
  else { return nil }
  return [.value(def.operand(0))]
}

/// The builtin tensor type's compatibility check with a buffer type: same
/// shape (ranked or not) and element type; layout and memory space are free.
/// MLIR first reports "shapes do not match" or "element types do not match"
/// as a separate error, then this one; TorchIR reports this one only.
private func verifyTensorBufferPair(tensor: Type, buffer: Type) throws {
  if tensor.shape != buffer.shape || tensor.elementType != buffer.elementType {
    throw OpVerifyError("failed to verify that specified tensor and buffer types match")
  }
}

/// AllElementTypesMatch<source, dest>, then MaterializeInDestinationOp::verify.
private func verifyMaterializeInDestination(_ op: Operation) throws {
  guard op.numOperands == 2 else { return }
  let source = op.operand(0).type
  let dest = op.operand(1).type
  if source.elementType != dest.elementType {
    throw OpVerifyError("failed to verify that all of {source, dest} have same element type")
  }
  let destIsMemref: Bool
  switch dest.kind {
  case .memref, .unrankedMemref: destIsMemref = true
  default: destIsMemref = false
  }
  if dest.isTensor {
    if op.numResults != 1 { throw OpVerifyError("tensor 'dest' implies exactly one tensor result") }
    if op.result(0).type != dest { throw OpVerifyError("result and 'dest' types must match") }
  }
  if destIsMemref && op.numResults != 0 { throw OpVerifyError("memref 'dest' implies zero results") }
  if op.attr("restrict") != nil && !destIsMemref {
    throw OpVerifyError("'restrict' is valid only for memref destinations")
  }
  if (op.attr("writable") != nil) != destIsMemref {
    throw OpVerifyError("'writable' must be specified if and only if the destination is of memref type")
  }
  let s = source.shape
  let d = dest.shape
  if (s == nil) != (d == nil) { throw OpVerifyError("source/destination shapes are incompatible") }
  if let s, let d {
    if s.count != d.count {
      throw OpVerifyError("source rank (\(s.count)) does not match destination rank (\(d.count))")
    }
    for (a, b) in zip(s, d) where a != kDynamic && b != kDynamic && a != b {
      throw OpVerifyError("source/destination shapes are incompatible")
    }
  }
}

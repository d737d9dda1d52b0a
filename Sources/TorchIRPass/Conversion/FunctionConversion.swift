// Type conversion of function signatures and of the ops that pass values
// across them (MLIR's populateFunctionOpInterfaceTypeConversionPattern,
// populateReturnOpTypeConversionPattern, populateCallOpTypeConversionPattern).
// The op names are parameters: any op with a `function_type` attribute and a
// body region (FunctionOpInterface) works.

import TorchIRCore

/// Converts the `function_type` of `opName` ops and the argument types of
/// their body's blocks.
public final class FunctionSignatureConversionPattern: ConversionPattern {
  public init(_ opName: String = "func.func", _ converter: TypeConverter, benefit: Int = 1) {
    super.init(rootName: opName, benefit: benefit, typeConverter: converter)
  }

  public override func matchAndRewrite(
    _ op: Operation, _ adaptor: OpAdaptor, _ rewriter: ConversionPatternRewriter
  ) throws -> Bool {
    guard let converter = typeConverter, let ft = op.attr("function_type")?.typeValue,
      case .function(let inputs, let results) = ft.kind,
      let conversion = converter.convertSignature(inputs),
      let newResults = converter.convertTypes(results)
    else { return false }
    if let body = op.regions.first, !body.isEmpty {
      guard rewriter.convertRegionTypes(body, converter, entryConversion: conversion) != nil else {
        return false
      }
    }
    let ctx = op.context
    rewriter.modifyOpInPlace(op) {
      op.setAttr("function_type", ctx.typeAttr(ctx.functionType(conversion.convertedTypes, newResults)))
      resizeArgResAttrs(op, "arg_attrs", old: inputs.count, new: conversion.convertedTypes.count)
      resizeArgResAttrs(op, "res_attrs", old: results.count, new: newResults.count)
    }
    return true
  }
}

/// As MLIR's `setFunctionType`: argument/result attribute arrays keep their
/// first entries, or grow with empty dictionaries, when the count changes.
private func resizeArgResAttrs(_ op: Operation, _ name: String, old: Int, new: Int) {
  if old == new { return }
  guard let attrs = op.attr(name)?.arrayValue else { return }
  if new == 0 {
    op.removeAttr(name)
    return
  }
  var out = Array(attrs.prefix(new))
  while out.count < new { out.append(op.context.emptyDictionary) }
  if out.allSatisfy({ ($0.dictionaryEntries ?? []).isEmpty }) {
    op.removeAttr(name)
  } else {
    op.setAttr(name, op.context.arrayAttr(out))
  }
}

/// Gives a return-like op its converted (possibly 1:N) operands.
public final class ReturnOpTypeConversionPattern: ConversionPattern {
  public init(_ opName: String = "func.return", _ converter: TypeConverter, benefit: Int = 1) {
    super.init(rootName: opName, benefit: benefit, typeConverter: converter)
  }
  public override func matchAndRewrite(
    _ op: Operation, _ adaptor: OpAdaptor, _ rewriter: ConversionPatternRewriter
  ) throws -> Bool {
    let operands = adaptor.flatOperands
    rewriter.modifyOpInPlace(op) { op.setOperands(operands) }
    return true
  }
}

/// Rebuilds a call with converted operands and result types; each original
/// result is replaced by its group of new results.
public final class CallOpTypeConversionPattern: ConversionPattern {
  public init(_ opName: String = "func.call", _ converter: TypeConverter, benefit: Int = 1) {
    super.init(rootName: opName, benefit: benefit, typeConverter: converter)
  }
  public override func matchAndRewrite(
    _ op: Operation, _ adaptor: OpAdaptor, _ rewriter: ConversionPatternRewriter
  ) throws -> Bool {
    guard let converter = typeConverter else { return false }
    var groups: [Int] = []
    var types: [Type] = []
    for t in op.resultTypes {
      guard let c = converter.convertType(t) else { return false }
      groups.append(c.count)
      types.append(contentsOf: c)
    }
    var state = OperationState(context: op.context, name: op.name, location: op.location)
    state.operands = adaptor.flatOperands
    state.resultTypes = types
    state.properties = op.properties
    state.attributes = op.attributes.dictionaryEntries ?? []
    rewriter.setInsertionPoint(before: op)
    let call = rewriter.create(state)
    var replacements: [[Value]] = []
    var next = 0
    for n in groups {
      replacements.append(Array(call.results[next..<(next + n)]))
      next += n
    }
    rewriter.replaceOpWithMultiple(op, replacements)
    return true
  }
}

extension ConversionTarget {
  /// Makes `opName` ops legal when their signature and body block
  /// arguments are (the usual companion of the signature pattern).
  public func addFunctionSignatureLegality(_ opName: String = "func.func", _ converter: TypeConverter) {
    addDynamicallyLegalOp(opName) { op in
      guard let ft = op.attr("function_type")?.typeValue else { return false }
      return converter.isSignatureLegal(ft) && (op.regions.first.map { converter.isLegal($0) } ?? true)
    }
  }
  /// Makes `opName` ops legal when their operand and result types are.
  public func addTypeLegality(_ opName: String, _ converter: TypeConverter) {
    addDynamicallyLegalOp(opName) { converter.isLegal($0) }
  }
}

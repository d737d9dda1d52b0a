// Mixed static/dynamic index lists (MLIR's `custom<DynamicIndexList>` of
// ViewLikeInterface): `[0, %i, 4]` is stored as the operands `%i` plus the
// dense i64 array `array<i64: 0, -9223372036854775808, 4>`, where
// ShapedType::kDynamic marks each position taken by the next operand. Used by
// the slice, pad, reinterpret_cast and expand_shape ops of tensor and memref,
// and by any dialect with OffsetSizeAndStride-style lists (scf.forall,
// linalg tiling ops).

import TorchIRCore

/// A parsed list before its operands are resolved.
public struct ParsedDynamicIndexList {
  /// The `%values`, in order (one per kDynamic entry of `statics`).
  public var values: [UnresolvedOperand] = []
  /// One entry per element: the integer, or kDynamic for a value.
  public var statics: [Int64] = []
  /// Whether each element was written `[n]` (a scalable size).
  public var scalables: [Bool] = []
  /// The `: type` of each value, when the list was parsed with value types.
  public var valueTypes: [Type] = []
  public var location: Location

  /// Resolves the values with `type` each (index for offsets and sizes), or
  /// with the parsed value types when there are some.
  public func resolve(_ p: any OpAsmParser, type: Type) throws -> [Value] {
    let types = valueTypes.count == values.count ? valueTypes : Array(repeating: type, count: values.count)
    return try p.resolveOperands(values, types, at: location)
  }
}

/// Parses `[e, e, ...]` where each e is `%value`, an integer, or either in
/// `[...]` (scalable); the delimiter is `[]` unless given. With
/// `valueTypes`, values carry `: type`.
public func parseDynamicIndexList(
  _ p: any OpAsmParser, delimiter: AsmDelimiter = .square, valueTypes: Bool = false
) throws -> ParsedDynamicIndexList {
  var list = ParsedDynamicIndexList(location: p.currentLocation)
  try p.parseCommaSeparatedList(delimiter) {
    let operand = try p.parseOptionalOperand()
    let scalable = p.parseOptionalPunctuation("[")
    list.scalables.append(scalable)
    if let operand {
      list.values.append(operand)
      list.statics.append(kDynamic)
      if valueTypes { list.valueTypes.append(try p.parseColonType()) }
    } else {
      guard let n = try p.parseOptionalInteger() else { throw p.error("expected SSA value or integer") }
      list.statics.append(n)
    }
    if scalable { try p.parsePunctuation("]") }
  }
  return list
}

/// Prints a list written by `parseDynamicIndexList`: each kDynamic entry of
/// `statics` takes the next of `values`.
public func printDynamicIndexList(
  _ p: any OpAsmPrinter, values: [Value], statics: [Int64], scalables: [Bool] = [],
  printValueTypes: Bool = false, delimiter: AsmDelimiter = .square
) {
  let (open, close): (String, String)
  switch delimiter {
  case .paren, .optionalParen: (open, close) = ("(", ")")
  case .lessGreater, .optionalLessGreater: (open, close) = ("<", ">")
  case .braces, .optionalBraces: (open, close) = ("{", "}")
  case .none: (open, close) = ("", "")
  case .square, .optionalSquare: (open, close) = ("[", "]")
  }
  p.write(open)
  var next = 0
  for (i, n) in statics.enumerated() {
    if i > 0 { p.write(", ") }
    let scalable = i < scalables.count && scalables[i]
    if scalable { p.write("[") }
    if n == kDynamic {
      if next < values.count {
        p.printOperand(values[next])
        if printValueTypes {
          p.write(" : ")
          p.printType(values[next].type)
        }
      } else {
        p.write("<<missing value>>")
      }
      next += 1
    } else {
      p.write(String(n))
    }
    if scalable { p.write("]") }
  }
  p.write(close)
}

/// A static entry or a value of a mixed list (MLIR's OpFoldResult for
/// index lists).
public enum MixedIndex: Equatable {
  case constant(Int64)
  case value(Value)

  public static func == (a: MixedIndex, b: MixedIndex) -> Bool {
    switch (a, b) {
    case (.constant(let x), .constant(let y)): return x == y
    case (.value(let x), .value(let y)): return x === y
    default: return false
    }
  }
}

/// Zips `statics` with `values` (MLIR's getMixedValues); nil when the
/// number of values does not match the kDynamic entries.
public func mixedIndices(_ statics: [Int64], _ values: [Value]) -> [MixedIndex]? {
  var out: [MixedIndex] = []
  var next = 0
  for n in statics {
    if n == kDynamic {
      guard next < values.count else { return nil }
      out.append(.value(values[next]))
      next += 1
    } else {
      out.append(.constant(n))
    }
  }
  return next == values.count ? out : nil
}

/// Splits a mixed list back into its static array and values.
public func decomposeMixedIndices(_ mixed: [MixedIndex]) -> (statics: [Int64], values: [Value]) {
  var statics: [Int64] = []
  var values: [Value] = []
  for m in mixed {
    switch m {
    case .constant(let n): statics.append(n)
    case .value(let v):
      statics.append(kDynamic)
      values.append(v)
    }
  }
  return (statics, values)
}

/// The number of kDynamic entries.
public func dynamicCount(_ statics: [Int64]) -> Int { statics.reduce(0) { $0 + ($1 == kDynamic ? 1 : 0) } }

// MARK: Dense integer arrays

/// `array<i64: ...>` (MLIR's DenseI64ArrayAttr).
public func denseI64ArrayAttr(_ context: MLIRContext, _ values: [Int64]) -> Attribute {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(values.count * 8)
  for v in values {
    let u = UInt64(bitPattern: v)
    for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt64(k)))) }
  }
  return context.attribute(.denseArray(context.integerType(64), bytes))
}

/// The values of an `array<i64: ...>`; nil for anything else.
public func denseI64ArrayValues(_ attr: Attribute?) -> [Int64]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: 64) else { return nil }
  var out: [Int64] = []
  out.reserveCapacity(bytes.count / 8)
  var i = 0
  while i + 8 <= bytes.count {
    var u: UInt64 = 0
    for k in 0..<8 { u |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
    out.append(Int64(bitPattern: u))
    i += 8
  }
  return out
}

/// `array<i32: ...>` values as Ints (operandSegmentSizes); nil for anything else.
public func denseI32ArrayInts(_ attr: Attribute?) -> [Int]? {
  guard let attr, case .denseArray(let t, let bytes) = attr.kind, t.isInteger(width: 32) else { return nil }
  var out: [Int] = []
  var i = 0
  while i + 4 <= bytes.count {
    var u: UInt32 = 0
    for k in 0..<4 { u |= UInt32(bytes[i + k]) << (8 * UInt32(k)) }
    out.append(Int(Int32(bitPattern: u)))
    i += 4
  }
  return out
}

/// `array<i32: ...>` (operandSegmentSizes).
public func denseI32ArrayAttr(_ context: MLIRContext, _ values: [Int]) -> Attribute {
  var bytes: [UInt8] = []
  for v in values {
    let u = UInt32(truncatingIfNeeded: v)
    for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt32(k)))) }
  }
  return context.attribute(.denseArray(context.integerType(32), bytes))
}

/// Splits an op's operands by its `operandSegmentSizes` (MLIR's
/// AttrSizedOperandSegments); nil when the attribute is missing, has the
/// wrong length or does not add up to the operand count.
public func operandSegments(_ op: Operation, count: Int) -> [[Value]]? {
  guard let sizes = denseI32ArrayInts(op.attr("operandSegmentSizes")), sizes.count == count,
    sizes.allSatisfy({ $0 >= 0 }), sizes.reduce(0, +) == op.numOperands
  else { return nil }
  let all = op.operandValues
  var out: [[Value]] = []
  var at = 0
  for n in sizes {
    out.append(Array(all[at..<at + n]))
    at += n
  }
  return out
}

/// The ODS verifier of AttrSizedOperandSegments, with MLIR's messages.
public func verifyOperandSegments(_ op: Operation, count: Int) throws {
  guard let sizes = denseI32ArrayInts(op.attr("operandSegmentSizes")) else {
    throw OpVerifyError("requires attribute 'operandSegmentSizes'")
  }
  if sizes.contains(where: { $0 < 0 }) {
    throw OpVerifyError("'operandSegmentSizes' attribute cannot have negative elements")
  }
  // A wrong-length array leaves MLIR's segment property zeroed, so it
  // reports a total of 0.
  let total = sizes.count == count ? sizes.reduce(0, +) : 0
  guard total == op.numOperands else {
    throw OpVerifyError(
      "operand count (\(op.numOperands)) does not match with the total size (\(total)) specified in attribute 'operandSegmentSizes'")
  }
}

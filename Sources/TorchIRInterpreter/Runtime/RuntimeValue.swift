// The value held by one SSA slot at run time.
//
// Scalars carry no type: the op that reads a slot knows the SSA value's type
// from the IR, resolved when the function was prepared. Integers are the
// value's bits zero-extended to 64 (bits above the width are always zero, so
// wrapping is a mask); floats are a Double exactly representable in their
// type (see FloatFormats.swift). NaN payloads survive, but a signaling NaN
// becomes quiet on the way through Double (so a bitcast of a signaling NaN
// pattern to float and back sets its quiet bit).

import TorchIRCore

public enum RuntimeValue {
  /// An integer or index value's bits, zero-extended from its width.
  case int(UInt64)
  /// A float value, exactly representable in its type.
  case float(Double)
  /// A tensor or memref (boxed, so that a slot stays two words).
  indirect case buffer(Buffer)
  /// A function value (func.constant), called by func.call_indirect.
  case function(PreparedFunction)

  public var intBits: UInt64 {
    if case .int(let b) = self { return b }
    return 0
  }
  public var floatValue: Double {
    if case .float(let d) = self { return d }
    return 0
  }
  public var bufferValue: Buffer? {
    if case .buffer(let b) = self { return b }
    return nil
  }
}

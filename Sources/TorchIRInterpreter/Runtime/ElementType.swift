// The element types the interpreter computes with, and how each is stored.
//
// Integers of 1 to 64 bits and `index` are held in the smallest of 1, 2, 4
// or 8 bytes (i1 takes a byte, as in MLIR's dense elements); f16 and bf16 as
// their 16-bit patterns, f32 as Float, f64 as Double. Wider integers and the
// other float formats (f8*, tf32, f80, f128) are rejected when a function is
// prepared, with the op that uses them named.

import TorchIRCore

public enum ElementType: Hashable, Sendable, CustomStringConvertible {
  /// A 1- to 64-bit integer; signless integers are read as signed where a
  /// sign matters outside arith (printing, .npy dtypes).
  case integer(width: Int, signedness: Signedness)
  /// `index`, 64-bit as on the hosts we run on.
  case index
  /// f16, bf16, f32 or f64.
  case float(FloatKind)

  /// The element type for `type`, or nil when the interpreter cannot hold it.
  public init?(_ type: Type) {
    switch type.kind {
    case .integer(let w, let s):
      guard w >= 1 && w <= 64 else { return nil }
      self = .integer(width: w, signedness: s)
    case .index: self = .index
    case .float(let k):
      switch k {
      case .f16, .bf16, .f32, .f64: self = .float(k)
      default: return nil
      }
    default: return nil
    }
  }

  /// Bits of the value (64 for index).
  public var bitWidth: Int {
    switch self {
    case .integer(let w, _): return w
    case .index: return 64
    case .float(let k): return k.bitWidth
    }
  }

  /// Bytes one element takes in a buffer.
  public var byteWidth: Int {
    switch self {
    case .integer(let w, _):
      if w <= 8 { return 1 }
      if w <= 16 { return 2 }
      return w <= 32 ? 4 : 8
    case .index: return 8
    case .float(let k): return k.bitWidth / 8
    }
  }

  public var isFloat: Bool { if case .float = self { return true } else { return false } }
  public var floatKind: FloatKind? { if case .float(let k) = self { return k } else { return nil } }

  /// Whether integer values of this type are shown and exported as unsigned.
  public var isUnsigned: Bool {
    if case .integer(_, .unsigned) = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .integer(let w, .signless): return "i\(w)"
    case .integer(let w, .signed): return "si\(w)"
    case .integer(let w, .unsigned): return "ui\(w)"
    case .index: return "index"
    case .float(let k): return k.rawValue
    }
  }
}

// MARK: Integer bit helpers

/// The mask of the low `width` bits.
@inline(__always) func lowBitsMask(_ width: Int) -> UInt64 {
  width >= 64 ? ~0 : (UInt64(1) << UInt64(width)) &- 1
}

/// `bits` (zero-extended at `width`) read as a signed number.
@inline(__always) func signExtend(_ bits: UInt64, _ width: Int) -> Int64 {
  let s = UInt64(64 - width)
  return Int64(bitPattern: bits << s) >> Int64(s)
}

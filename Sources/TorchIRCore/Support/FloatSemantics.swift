// MLIR's builtin float types and the binary formats behind them. The numbers
// are those of llvm::fltSemantics (llvm/lib/Support/APFloat.cpp); the float
// formatter and parser derive everything else (bias, field widths, NaN and
// infinity encodings) from them, so they must stay exactly LLVM's.

/// A builtin float type; the raw value is MLIR's type keyword.
public enum FloatKind: String, CaseIterable, Hashable, Sendable {
  case f4E2M1FN, f6E2M3FN, f6E3M2FN
  case f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4, f8E8M0FNU
  case bf16, f16, tf32, f32, f64, f80, f128

  public var semantics: FloatSemantics {
    switch self {
    case .f4E2M1FN: return FloatSemantics(maxExponent: 2, minExponent: 0, precision: 2, sizeInBits: 4, nonFinite: .finiteOnly)
    case .f6E2M3FN: return FloatSemantics(maxExponent: 2, minExponent: 0, precision: 4, sizeInBits: 6, nonFinite: .finiteOnly)
    case .f6E3M2FN: return FloatSemantics(maxExponent: 4, minExponent: -2, precision: 3, sizeInBits: 6, nonFinite: .finiteOnly)
    case .f8E5M2: return FloatSemantics(maxExponent: 15, minExponent: -14, precision: 3, sizeInBits: 8)
    case .f8E4M3: return FloatSemantics(maxExponent: 7, minExponent: -6, precision: 4, sizeInBits: 8)
    case .f8E4M3FN:
      return FloatSemantics(maxExponent: 8, minExponent: -6, precision: 4, sizeInBits: 8, nonFinite: .nanOnly, nanEncoding: .allOnes)
    case .f8E5M2FNUZ:
      return FloatSemantics(maxExponent: 15, minExponent: -15, precision: 3, sizeInBits: 8, nonFinite: .nanOnly, nanEncoding: .negativeZero)
    case .f8E4M3FNUZ:
      return FloatSemantics(maxExponent: 7, minExponent: -7, precision: 4, sizeInBits: 8, nonFinite: .nanOnly, nanEncoding: .negativeZero)
    case .f8E4M3B11FNUZ:
      return FloatSemantics(maxExponent: 4, minExponent: -10, precision: 4, sizeInBits: 8, nonFinite: .nanOnly, nanEncoding: .negativeZero)
    case .f8E3M4: return FloatSemantics(maxExponent: 3, minExponent: -2, precision: 5, sizeInBits: 8)
    case .f8E8M0FNU:
      return FloatSemantics(
        maxExponent: 127, minExponent: -127, precision: 1, sizeInBits: 8, nonFinite: .nanOnly, nanEncoding: .allOnes,
        hasZero: false, hasSignedRepresentation: false)
    case .bf16: return FloatSemantics(maxExponent: 127, minExponent: -126, precision: 8, sizeInBits: 16)
    case .f16: return FloatSemantics(maxExponent: 15, minExponent: -14, precision: 11, sizeInBits: 16)
    case .tf32: return FloatSemantics(maxExponent: 127, minExponent: -126, precision: 11, sizeInBits: 19)
    case .f32: return FloatSemantics(maxExponent: 127, minExponent: -126, precision: 24, sizeInBits: 32)
    case .f64: return FloatSemantics(maxExponent: 1023, minExponent: -1022, precision: 53, sizeInBits: 64)
    case .f80: return FloatSemantics(maxExponent: 16383, minExponent: -16382, precision: 64, sizeInBits: 80)
    case .f128: return FloatSemantics(maxExponent: 16383, minExponent: -16382, precision: 113, sizeInBits: 128)
    }
  }

  /// Width of the bit pattern: MLIR's FloatType::getWidth (19 for tf32, 80 for f80).
  public var bitWidth: Int { semantics.sizeInBits }
  /// Significand bits including the integer bit.
  public var precision: Int { semantics.precision }
  public var hasInfinity: Bool { semantics.nonFinite == .ieee754 }
  public var hasNaN: Bool { semantics.nonFinite != .finiteOnly }
}

/// How a format represents infinity and NaN (llvm::fltNonfiniteBehavior).
public enum FloatNonFiniteBehavior: Sendable, Hashable {
  /// IEEE 754: exponent all ones means infinity (zero significand) or NaN.
  case ieee754
  /// No infinity; results that would be infinite become NaN.
  case nanOnly
  /// Neither infinity nor NaN (the MX formats f4E2M1FN, f6E2M3FN, f6E3M2FN).
  case finiteOnly
}

/// Which bit patterns are NaN (llvm::fltNanEncoding).
public enum FloatNaNEncoding: Sendable, Hashable {
  /// Exponent all ones and a non-zero significand.
  case ieee
  /// Exponent and significand all ones, either sign (f8E4M3FN; f8E8M0FNU's 0xFF).
  case allOnes
  /// The negative-zero pattern 0x80 is the only NaN, so there is no -0 (the FNUZ types).
  case negativeZero
}

/// The parameters of a binary floating-point format, as in llvm::fltSemantics.
public struct FloatSemantics: Sendable, Hashable {
  /// Largest e such that 2^e is representable (IEEE emax).
  public let maxExponent: Int
  /// Smallest e such that 2^e is a normal number (IEEE emin).
  public let minExponent: Int
  /// Significand bits including the integer bit.
  public let precision: Int
  public let sizeInBits: Int
  public let nonFinite: FloatNonFiniteBehavior
  public let nanEncoding: FloatNaNEncoding
  /// False only for f8E8M0FNU, whose all-zero pattern is 2^-127.
  public let hasZero: Bool
  /// False only for f8E8M0FNU, which has no sign bit.
  public let hasSignedRepresentation: Bool

  init(
    maxExponent: Int, minExponent: Int, precision: Int, sizeInBits: Int,
    nonFinite: FloatNonFiniteBehavior = .ieee754, nanEncoding: FloatNaNEncoding = .ieee,
    hasZero: Bool = true, hasSignedRepresentation: Bool = true
  ) {
    self.maxExponent = maxExponent
    self.minExponent = minExponent
    self.precision = precision
    self.sizeInBits = sizeInBits
    self.nonFinite = nonFinite
    self.nanEncoding = nanEncoding
    self.hasZero = hasZero
    self.hasSignedRepresentation = hasSignedRepresentation
  }

  /// x87's 80-bit format stores the integer bit explicitly (bit 63).
  public var hasExplicitIntegerBit: Bool { sizeInBits == 80 }

  /// Stored significand bits: precision - 1, or 64 for f80.
  public var storedSignificandBits: Int { hasExplicitIntegerBit ? precision : precision - 1 }

  public var exponentBits: Int {
    sizeInBits - storedSignificandBits - (hasSignedRepresentation ? 1 : 0)
  }

  /// Stored exponent of a number 2^e is e + bias. IEEE-style formats put the
  /// all-zeros exponent below minExponent (for zero and subnormals); f8E8M0FNU
  /// has neither, so its all-zeros exponent is minExponent itself.
  public var exponentBias: Int { hasZero ? 1 - minExponent : -minExponent }
}

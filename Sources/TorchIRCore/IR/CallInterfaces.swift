// MLIR's CallOpInterface and CallableOpInterface, reduced to what the
// inliner and the call graph need, plus the dialect side of inlining
// (DialectInlinerInterface's legality switch and terminator handling live on
// `Dialect`). A call names its callee by symbol; a callable has a body region
// (none for a declaration) and result types.

public struct CallOpInterface {
  /// The callee symbol reference (`@f`), nil for an indirect call.
  public var callee: (Operation) -> Attribute?
  /// The operands passed as the callee's arguments.
  public var argumentOperands: (Operation) -> Range<Int>

  public init(
    callee: @escaping (Operation) -> Attribute?,
    argumentOperands: @escaping (Operation) -> Range<Int> = { 0..<$0.numOperands }
  ) {
    self.callee = callee
    self.argumentOperands = argumentOperands
  }
}

public struct CallableOpInterface {
  /// The body, nil (or empty) for an external declaration.
  public var callableRegion: (Operation) -> Region?
  /// The types of the values a call of it returns.
  public var resultTypes: (Operation) -> [Type]

  public init(
    callableRegion: @escaping (Operation) -> Region?, resultTypes: @escaping (Operation) -> [Type]
  ) {
    self.callableRegion = callableRegion
    self.resultTypes = resultTypes
  }
}

extension Operation {
  public var callInterface: CallOpInterface? { name.info?.callInterface }
  public var callableInterface: CallableOpInterface? { name.info?.callable }

  /// The non-empty body of a callable op.
  public var callableRegion: Region? {
    guard let r = callableInterface?.callableRegion(self), !r.blocks.isEmpty else { return nil }
    return r
  }
}

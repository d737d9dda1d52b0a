// Type conversion for dialect conversion (MLIR's TypeConverter): callbacks
// that map a type to zero, one or several types, signature conversion for
// block arguments, and materializations that bridge a value of one type to
// others. Callbacks are tried most recently added first, as in MLIR; one may
// decline (`.notHandled`) to let older ones try. When no materialization
// callback builds a value, conversion inserts
// `builtin.unrealized_conversion_cast`.

import TorchIRCore

/// What a conversion callback says about a type.
public enum TypeConversionResult {
  /// The type converts to these types (none: the value is dropped).
  case converted([Type])
  /// This callback does not handle the type; the next one is asked.
  case notHandled
  /// The type cannot be converted.
  case failure
}

/// The mapping of a block's (or function's) original arguments to new ones
/// (MLIR's TypeConverter::SignatureConversion).
public struct SignatureConversion {
  public enum InputMapping {
    /// Original argument `i` becomes the new arguments `start..<start+count`.
    case arguments(start: Int, count: Int)
    /// Original argument `i` is replaced by an existing value.
    case value(Value)
  }
  public private(set) var inputs: [InputMapping?]
  public private(set) var convertedTypes: [Type] = []

  public init(numOriginalInputs: Int) {
    inputs = Array(repeating: nil, count: numOriginalInputs)
  }

  /// Original argument `index` becomes new arguments of `types`.
  public mutating func addInputs(_ index: Int, _ types: [Type]) {
    guard index >= 0 && index < inputs.count else { return }
    inputs[index] = .arguments(start: convertedTypes.count, count: types.count)
    convertedTypes.append(contentsOf: types)
  }
  /// Appends new arguments that no original one maps to.
  public mutating func addInputs(_ types: [Type]) { convertedTypes.append(contentsOf: types) }
  /// Original argument `index` is replaced by `value`.
  public mutating func remapInput(_ index: Int, to value: Value) {
    guard index >= 0 && index < inputs.count else { return }
    inputs[index] = .value(value)
  }
}

/// Builds values of `resultTypes` from `inputs` at the builder's insertion
/// point; nil when it cannot.
public typealias MaterializationCallback =
  (_ builder: OpBuilder, _ resultTypes: [Type], _ inputs: [Value], _ location: Location) -> [Value]?

public final class TypeConverter {
  private var conversions: [(Type) -> TypeConversionResult] = []
  private var sourceMaterializations: [MaterializationCallback] = []
  private var targetMaterializations: [MaterializationCallback] = []
  private var argumentMaterializations: [MaterializationCallback] = []
  private var cache: [Type: [Type]?] = [:]

  public init() {}

  // MARK: Conversions

  /// Adds a callback that may convert a type 1:N, decline, or fail.
  public func addConversion(_ callback: @escaping (Type) -> TypeConversionResult) {
    conversions.append(callback)
    cache.removeAll()
  }
  /// Adds a 1:1 callback; nil means the callback does not handle the type.
  public func addConversion(_ callback: @escaping (Type) -> Type?) {
    addConversion { (t: Type) -> TypeConversionResult in
      callback(t).map { .converted([$0]) } ?? .notHandled
    }
  }

  /// The types `type` converts to; nil when it cannot be converted.
  public func convertType(_ type: Type) -> [Type]? {
    if let hit = cache[type] { return hit }
    var out: [Type]? = nil
    for c in conversions.reversed() {
      switch c(type) {
      case .converted(let ts): out = ts
      case .failure: out = nil
      case .notHandled: continue
      }
      break
    }
    cache[type] = out
    return out
  }
  /// The single type `type` converts to; nil when it does not convert 1:1.
  public func convertType1(_ type: Type) -> Type? {
    guard let ts = convertType(type), ts.count == 1 else { return nil }
    return ts[0]
  }
  /// Converts each type; nil when any fails.
  public func convertTypes(_ types: [Type]) -> [Type]? {
    var out: [Type] = []
    for t in types {
      guard let c = convertType(t) else { return nil }
      out.append(contentsOf: c)
    }
    return out
  }

  /// A type is legal when it converts to itself.
  public func isLegal(_ type: Type) -> Bool {
    guard let c = convertType(type) else { return false }
    return c.count == 1 && c[0] == type
  }
  public func isLegal(_ types: [Type]) -> Bool { types.allSatisfy { isLegal($0) } }
  /// An op is legal when its operand and result types are.
  public func isLegal(_ op: Operation) -> Bool {
    isLegal(op.operandTypes) && isLegal(op.resultTypes)
  }
  /// Whether every block argument of `region` has a legal type.
  public func isLegal(_ region: Region) -> Bool {
    region.blocks.allSatisfy { isLegal($0.argumentTypes) }
  }
  /// Whether a function type's inputs and results are legal.
  public func isSignatureLegal(_ functionType: Type) -> Bool {
    guard case .function(let inputs, let results) = functionType.kind else { return false }
    return isLegal(inputs) && isLegal(results)
  }

  /// The signature conversion of `types` (block or function arguments);
  /// nil when one of them cannot be converted.
  public func convertSignature(_ types: [Type]) -> SignatureConversion? {
    var conv = SignatureConversion(numOriginalInputs: types.count)
    for (i, t) in types.enumerated() {
      guard let c = convertType(t) else { return nil }
      conv.addInputs(i, c)
    }
    return conv
  }

  // MARK: Materializations

  /// Bridges converted values back to an original type (for users that were
  /// not converted).
  public func addSourceMaterialization(_ callback: @escaping MaterializationCallback) {
    sourceMaterializations.append(callback)
  }
  /// Bridges a value to the converted type(s) a pattern expects.
  public func addTargetMaterialization(_ callback: @escaping MaterializationCallback) {
    targetMaterializations.append(callback)
  }
  /// Rebuilds an original block argument from its converted arguments; tried
  /// before the source materializations for block arguments.
  public func addArgumentMaterialization(_ callback: @escaping MaterializationCallback) {
    argumentMaterializations.append(callback)
  }

  public enum MaterializationKind { case source, target, argument }

  /// Whether a user callback exists for `kind`.
  func hasMaterializations(_ kind: MaterializationKind) -> Bool {
    switch kind {
    case .source: return !sourceMaterializations.isEmpty
    case .target: return !targetMaterializations.isEmpty
    case .argument: return !argumentMaterializations.isEmpty || !sourceMaterializations.isEmpty
    }
  }

  /// Runs the callbacks of `kind` (most recent first); nil when none built
  /// values of exactly `resultTypes`.
  public func materialize(
    _ kind: MaterializationKind, _ builder: OpBuilder, _ resultTypes: [Type], _ inputs: [Value],
    _ location: Location
  ) -> [Value]? {
    var callbacks: [MaterializationCallback]
    switch kind {
    case .source: callbacks = sourceMaterializations
    case .target: callbacks = targetMaterializations
    case .argument: callbacks = sourceMaterializations + argumentMaterializations
    }
    for c in callbacks.reversed() {
      if let vs = c(builder, resultTypes, inputs, location), vs.map(\.type) == resultTypes {
        return vs
      }
    }
    return nil
  }
}

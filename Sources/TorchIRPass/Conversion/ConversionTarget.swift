// Which ops a conversion must get rid of (MLIR's ConversionTarget). An op's
// legality comes from its own name first, then its dialect, then the rule
// for unknown ops. Dynamic legality asks a predicate; a predicate that
// returns nil defers to the next rule (dialect, then unknown ops).

import TorchIRCore

public final class ConversionTarget {
  public enum Action {
    case legal
    case illegal
    /// Legal when the predicate says so (nil: no opinion).
    case dynamic((Operation) -> Bool?)
  }

  private var byOp: [String: Action] = [:]
  private var byDialect: [String: Action] = [:]
  private var unknown: Action?
  private var recursivelyLegal: [String: ((Operation) -> Bool)?] = [:]

  public let context: MLIRContext
  public init(_ context: MLIRContext) { self.context = context }

  // MARK: Declaring

  public func addLegalOp(_ names: String...) { for n in names { byOp[n] = .legal } }
  public func addIllegalOp(_ names: String...) { for n in names { byOp[n] = .illegal } }
  public func addDynamicallyLegalOp(_ name: String, _ isLegal: @escaping (Operation) -> Bool?) {
    byOp[name] = .dynamic(isLegal)
  }
  public func addLegalDialect(_ namespaces: String...) { for n in namespaces { byDialect[n] = .legal } }
  public func addIllegalDialect(_ namespaces: String...) { for n in namespaces { byDialect[n] = .illegal } }
  public func addDynamicallyLegalDialect(_ namespace: String, _ isLegal: @escaping (Operation) -> Bool?) {
    byDialect[namespace] = .dynamic(isLegal)
  }
  /// Ops with no rule of their own or of their dialect are legal when
  /// `isLegal` says so (MLIR's markUnknownOpDynamicallyLegal).
  public func markUnknownOpDynamicallyLegal(_ isLegal: @escaping (Operation) -> Bool?) {
    unknown = .dynamic(isLegal)
  }
  /// A legal `name` op makes everything nested in it legal too (when
  /// `predicate` holds, if given).
  public func markOpRecursivelyLegal(_ name: String, _ predicate: ((Operation) -> Bool)? = nil) {
    recursivelyLegal[name] = .some(predicate)
  }

  // MARK: Querying

  private func decide(_ action: Action?, _ op: Operation) -> Bool? {
    switch action {
    case .legal?: return true
    case .illegal?: return false
    case .dynamic(let f)?: return f(op)
    case nil: return nil
    }
  }

  /// Whether `op` is legal; nil when no rule covers it (an unknown op).
  public func isLegal(_ op: Operation) -> Bool? {
    let name = op.name.name
    if let a = byOp[name], let r = decide(a, op) { return r }
    if let a = byDialect[op.name.dialectNamespace], let r = decide(a, op) { return r }
    return decide(unknown, op)
  }

  /// Whether `op` was explicitly marked illegal (by name or by dialect).
  public func isIllegal(_ op: Operation) -> Bool {
    if let a = byOp[op.name.name] {
      if case .illegal = a { return true }
      if case .dynamic(let f) = a, let r = f(op) { return !r }
      if case .legal = a { return false }
    }
    if let a = byDialect[op.name.dialectNamespace] {
      if case .illegal = a { return true }
      if case .dynamic(let f) = a, let r = f(op) { return !r }
    }
    return false
  }

  /// Whether the ops nested in the legal op `op` are legal without a look.
  public func isRecursivelyLegal(_ op: Operation) -> Bool {
    guard let entry = recursivelyLegal[op.name.name] else { return false }
    return entry.map { $0(op) } ?? true
  }
}

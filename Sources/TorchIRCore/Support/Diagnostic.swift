// Diagnostics are values (message, location, notes), produced by the parser,
// the verifier and passes, and rendered separately (TorchIRAsm's
// `DiagnosticRenderer`), so a build tool embedding the library can collect them
// instead of printing.

public enum DiagnosticSeverity: String, Sendable, Hashable {
  case error, warning, note, remark
}

public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  public var severity: DiagnosticSeverity
  public var location: Location
  public var message: String
  public var notes: [Diagnostic]

  public init(
    _ severity: DiagnosticSeverity, _ location: Location, _ message: String,
    notes: [Diagnostic] = []
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }

  public static func error(_ location: Location, _ message: String) -> Diagnostic {
    Diagnostic(.error, location, message)
  }

  public func attachingNote(_ location: Location, _ message: String) -> Diagnostic {
    var d = self
    d.notes.append(Diagnostic(.note, location, message))
    return d
  }

  /// `file:line:col: error: message` (without the source excerpt).
  public var description: String {
    var s = ""
    if let p = location.fileLineCol {
      s = "\(p.file):\(p.line):\(p.column): "
    } else if case .unknown = location {
      s = "loc(unknown): "
    }
    return s + "\(severity.rawValue): \(message)"
  }
}

/// Collects or forwards diagnostics. Handlers run in registration order; the
/// newest handler that returns true consumes the diagnostic.
public final class DiagnosticEngine {
  public typealias Handler = (Diagnostic) -> Bool
  private var handlers: [(id: Int, handler: Handler)] = []
  private var nextID = 0
  /// Diagnostics that no handler consumed (kept so that nothing is lost).
  public private(set) var unhandled: [Diagnostic] = []

  public init() {}

  @discardableResult
  public func register(_ handler: @escaping Handler) -> Int {
    nextID += 1
    handlers.append((nextID, handler))
    return nextID
  }
  public func unregister(_ id: Int) { handlers.removeAll { $0.id == id } }

  public func emit(_ d: Diagnostic) {
    for h in handlers.reversed() where h.handler(d) { return }
    unhandled.append(d)
  }
  public func clearUnhandled() { unhandled.removeAll() }
}

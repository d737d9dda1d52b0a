// `--mlir-timing`: a tree of named wall-clock timers and the report MLIR
// prints. Timers with the same name under the same parent are merged, so a
// nested pipeline that runs once per function shows one line per pass. MLIR's
// "user time" is the sum of wall times over threads and its column is shown
// only when that differs from the wall time; passes here run on one thread,
// so the report has the wall column alone, as torch-mlir-opt's does then.

import TorchIRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Monotonic wall time in seconds.
private func now() -> Double {
  var w = timespec()
  clock_gettime(CLOCK_MONOTONIC, &w)
  return Double(w.tv_sec) + Double(w.tv_nsec) / 1e9
}

public final class TimingManager {
  final class Timer {
    let name: String
    var wall = 0.0
    var children: [Timer] = []
    var started: Double? = nil
    init(name: String) { self.name = name }
    func child(_ name: String) -> Timer {
      if let c = children.first(where: { $0.name == name }) { return c }
      let c = Timer(name: name)
      children.append(c)
      return c
    }
  }

  private let root = Timer(name: "Total")
  private var stack: [Timer] = []
  private let begin: Double

  public init() {
    begin = now()
    stack = [root]
  }

  /// Starts a timer named `name` nested in the running one.
  public func start(_ name: String) {
    guard let top = stack.last else { return }
    let t = top.child(name)
    t.started = now()
    stack.append(t)
  }

  /// Stops the innermost running timer.
  public func stop() {
    guard stack.count > 1, let t = stack.popLast(), let s = t.started else { return }
    t.wall += now() - s
    t.started = nil
  }

  /// Runs `body` under a timer.
  public func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    start(name)
    defer { stop() }
    return try body()
  }

  /// The report in MLIR's tree format, total measured until now.
  public func report() -> String {
    root.wall = now() - begin
    let rule = "===" + String(repeating: "-", count: 73) + "===\n"
    let title = "... Execution time report ..."
    var out = rule + String(repeating: " ", count: (80 - title.count) / 2) + title + "\n" + rule
    out += "  Total Execution Time: \(fixed(root.wall, 4)) seconds\n\n"
    out += "  ----Wall Time----  ----Name----\n"
    func row(_ wall: Double, _ name: String, _ depth: Int) {
      out += column(wall, of: root.wall) + "  " + String(repeating: "  ", count: depth) + name + "\n"
    }
    func visit(_ t: Timer, _ depth: Int) {
      row(t.wall, t.name, depth)
      for c in t.children { visit(c, depth + 1) }
    }
    for c in root.children { visit(c, 0) }
    // Time spent outside every top-level timer.
    row(max(0, root.wall - root.children.reduce(0) { $0 + $1.wall }), "Rest", 0)
    row(root.wall, "Total", 0)
    return out
  }

  /// `%10.4f (%5.1f%%)`
  private func column(_ v: Double, of total: Double) -> String {
    let pct = total > 0 ? v / total * 100 : 0
    return pad(fixed(v, 4), 10) + " (" + pad(fixed(pct, 1), 5) + "%)"
  }
}

/// Times each pass (and nested pipeline) under the running timer.
public final class PassTimingInstrumentation: PassInstrumentation {
  let timing: TimingManager
  public init(_ timing: TimingManager) { self.timing = timing }
  public func runBeforePass(_ pass: Pass, _ op: Operation) { timing.start(pass.name) }
  public func runAfterPass(_ pass: Pass, _ op: Operation) { timing.stop() }
  public func runAfterPassFailed(_ pass: Pass, _ op: Operation) { timing.stop() }
}

/// `v` with `digits` decimals (printf's `%.Nf`, round half away from zero).
func fixed(_ v: Double, _ digits: Int) -> String {
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let scaled = (abs(v) * scale).rounded()
  guard scaled < 9e18 else { return String(v) }
  let n = Int(scaled)
  let unit = Int(scale)
  var frac = String(n % unit)
  frac = String(repeating: "0", count: max(0, digits - frac.count)) + frac
  return (v < 0 && n != 0 ? "-" : "") + String(n / unit) + (digits > 0 ? "." + frac : "")
}

func pad(_ s: String, _ width: Int) -> String {
  s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

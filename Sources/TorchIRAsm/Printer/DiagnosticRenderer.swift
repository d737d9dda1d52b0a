// Renders diagnostics exactly as mlir-opt writes them to stderr (MLIR's
// SourceMgrDiagnosticHandler on top of llvm::SourceMgr / SMDiagnostic):
//
//   file.mlir:3:3: error: message
//     return %0 : i32
//     ^
//   file.mlir:3:3: note: a note at the same place has no excerpt
//
// - The position is the first file location found in the diagnostic's
//   location (walking names, call sites and fused locations in order). With
//   none, the message is prefixed with the location (`loc("name"): `, nothing
//   for `unknown`) and reported at `<unknown>:0`.
// - The excerpt is the whole source line with tabs expanded to 8 columns,
//   then a caret line; a line containing non-ASCII bytes gets no caret line.
//   A position with line or column 0, or outside its file, gets no excerpt.
// - A call site location adds "called from" notes for up to 10 callers.
// - Notes show an excerpt only when their location differs from the one
//   shown just before them.

import TorchIRCore

public final class DiagnosticRenderer {
  private let context: MLIRContext
  private var buffers: [String: SourceBuffer] = [:]
  private var lineStarts: [ObjectIdentifier: [Int]] = [:]
  private var unreadable: Set<String> = []
  /// Whether files named by locations but not given as buffers are read from
  /// disk for their excerpts, as llvm::SourceMgr does.
  public var loadsFilesFromDisk = true
  /// How many callers of a call site location are shown.
  public var callStackLimit = 10

  public init(context: MLIRContext, buffers: [SourceBuffer] = []) {
    self.context = context
    for b in buffers { addBuffer(b) }
  }

  /// Makes `buffer` the source of excerpts for locations naming it.
  public func addBuffer(_ buffer: SourceBuffer) {
    buffers[buffer.name] = buffer
    lineStarts[ObjectIdentifier(buffer)] = nil
  }

  /// The text mlir-opt prints for `diagnostic`, notes included.
  public func render(_ diagnostic: Diagnostic) -> String {
    let sink = OutputSink(capacity: 4096)
    render(diagnostic, to: sink)
    return sink.string
  }

  public func render(_ diagnostic: Diagnostic, to out: OutputSink) {
    var stack: [(location: Location, message: String)] = [(diagnostic.location, diagnostic.message)]
    var shown = diagnostic.location
    if let call = callSite(in: shown) {
      shown = call.caller
      for _ in 0..<callStackLimit {
        stack.append((shown, "called from"))
        guard let next = callSite(in: shown) else { break }
        shown = next.caller
      }
    }
    emit(stack[0].location, stack[0].message, diagnostic.severity, excerpt: true, to: out)
    for entry in stack.dropFirst() {
      emit(entry.location, entry.message, .note, excerpt: true, to: out)
    }
    for note in diagnostic.notes {
      emit(note.location, note.message, note.severity, excerpt: shown != note.location, to: out)
      shown = note.location
    }
  }

  // MARK: One message

  private func emit(
    _ location: Location, _ message: String, _ severity: DiagnosticSeverity, excerpt: Bool,
    to out: OutputSink
  ) {
    guard let position = firstFilePosition(in: location) else {
      out.write("<unknown>:0: ")
      writeLabel(severity, to: out)
      if location != .unknown {
        out.write(locationString(location, in: context))
        out.write(": ")
      }
      out.write(message)
      out.write(UInt8(ascii: "\n"))
      return
    }
    if excerpt, let (buffer, offset) = sourceOffset(position) {
      writeWithExcerpt(buffer, offset, message, severity, to: out)
      return
    }
    out.write(position.file)
    out.write(UInt8(ascii: ":"))
    out.write(decimal: position.line)
    out.write(UInt8(ascii: ":"))
    out.write(decimal: position.column)
    out.write(": ")
    writeLabel(severity, to: out)
    out.write(message)
    out.write(UInt8(ascii: "\n"))
  }

  private func writeLabel(_ severity: DiagnosticSeverity, to out: OutputSink) {
    out.write(severity.rawValue)
    out.write(": ")
  }

  /// `name:line:col: kind: message`, the source line and the caret line
  /// (SMDiagnostic::print).
  private func writeWithExcerpt(
    _ buffer: SourceBuffer, _ offset: Int, _ message: String, _ severity: DiagnosticSeverity,
    to out: OutputSink
  ) {
    let bytes = buffer.bytes
    // The line around the position, ended by \n or \r on either side.
    var start = offset
    while start > 0 && bytes[start - 1] != 10 && bytes[start - 1] != 13 { start -= 1 }
    var end = offset
    while end < bytes.count && bytes[end] != 10 && bytes[end] != 13 { end += 1 }
    let line = Array(bytes[start..<end])
    // Line and column as SourceMgr counts them: by \n only.
    let starts = lineStartOffsets(buffer)
    let lineIndex = lastIndex(in: starts, notAbove: offset)
    let column = offset - starts[lineIndex]

    out.write(buffer.name == "-" ? "<stdin>" : buffer.name)
    out.write(UInt8(ascii: ":"))
    out.write(decimal: lineIndex + 1)
    out.write(UInt8(ascii: ":"))
    out.write(decimal: column + 1)
    out.write(": ")
    writeLabel(severity, to: out)
    out.write(message)
    out.write(UInt8(ascii: "\n"))

    if line.contains(where: { $0 >= 0x80 }) {
      writeExpandingTabs(line, to: out)
      return
    }
    var caret = [UInt8](repeating: UInt8(ascii: " "), count: line.count + 1)
    caret[min(column, line.count)] = UInt8(ascii: "^")
    while caret.last == UInt8(ascii: " ") { caret.removeLast() }
    writeExpandingTabs(line, to: out)
    // The caret line follows the tabs of the source line.
    var outColumn = 0
    for (i, c) in caret.enumerated() {
      if i >= line.count || line[i] != 9 {
        out.write(c)
        outColumn += 1
        continue
      }
      repeat {
        out.write(c)
        outColumn += 1
      } while outColumn % 8 != 0
    }
    out.write(UInt8(ascii: "\n"))
  }

  /// The line with each tab expanded to the next multiple of 8 columns (at
  /// least one space).
  private func writeExpandingTabs(_ line: [UInt8], to out: OutputSink) {
    var outColumn = 0
    for c in line {
      if c != 9 {
        out.write(c)
        outColumn += 1
        continue
      }
      repeat {
        out.write(UInt8(ascii: " "))
        outColumn += 1
      } while outColumn % 8 != 0
    }
    out.write(UInt8(ascii: "\n"))
  }

  // MARK: Locations

  private struct FilePosition {
    let file: String
    let line: Int
    let column: Int
  }

  /// The first file location in a pre-order walk (Location::findInstanceOf).
  private func firstFilePosition(in location: Location) -> FilePosition? {
    switch location {
    case .fileLineCol(let f, let l, let c), .fileLineColRange(let f, let l, let c, _, _):
      return FilePosition(file: f, line: l, column: c)
    case .name(_, let child):
      return child.flatMap { firstFilePosition(in: $0) }
    case .callSite(let callee, let caller):
      return firstFilePosition(in: callee) ?? firstFilePosition(in: caller)
    case .fused(let locations, _):
      for l in locations { if let p = firstFilePosition(in: l) { return p } }
      return nil
    case .opaqueAttr(let attr):
      if case .location(let inner) = attr.kind { return firstFilePosition(in: inner) }
      return nil
    case .unknown:
      return nil
    }
  }

  /// The call site a location stands for: itself, a name's child, or the
  /// first one inside a fused location.
  private func callSite(in location: Location) -> (callee: Location, caller: Location)? {
    switch location {
    case .callSite(let callee, let caller): return (callee, caller)
    case .name(_, let child): return child.flatMap { callSite(in: $0) }
    case .fused(let locations, _):
      for l in locations { if let c = callSite(in: l) { return c } }
      return nil
    default: return nil
    }
  }

  /// The byte offset a position denotes in its file, if the file is known and
  /// the position is inside it (SourceMgr::FindLocForLineAndColumn).
  private func sourceOffset(_ p: FilePosition) -> (SourceBuffer, Int)? {
    guard p.line > 0, p.column > 0, let buffer = buffer(named: p.file) else { return nil }
    let starts = lineStartOffsets(buffer)
    guard p.line <= starts.count else { return nil }
    let lineStart = starts[p.line - 1]
    let bytes = buffer.bytes
    let columnOffset = p.column - 1
    guard lineStart + columnOffset <= bytes.count else { return nil }
    for i in lineStart..<(lineStart + columnOffset) where bytes[i] == 10 || bytes[i] == 13 {
      return nil
    }
    return (buffer, lineStart + columnOffset)
  }

  private func buffer(named name: String) -> SourceBuffer? {
    if let b = buffers[name] { return b }
    guard loadsFilesFromDisk, !unreadable.contains(name),
      let b = try? SourceBuffer.fromFile(path: name)
    else {
      unreadable.insert(name)
      return nil
    }
    buffers[name] = b
    return b
  }

  private func lineStartOffsets(_ buffer: SourceBuffer) -> [Int] {
    let key = ObjectIdentifier(buffer)
    if let s = lineStarts[key] { return s }
    var starts = [0]
    for (i, b) in buffer.bytes.enumerated() where b == 10 { starts.append(i + 1) }
    lineStarts[key] = starts
    return starts
  }

  private func lastIndex(in starts: [Int], notAbove offset: Int) -> Int {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }
}

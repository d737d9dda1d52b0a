// `--verify-diagnostics`: the `expected-error`, `expected-warning`,
// `expected-note` and `expected-remark` comments of a chunk, matched against
// the diagnostics it produced, as MLIR's SourceMgrDiagnosticVerifierHandler
// does. `@+N`, `@-N`, `@above`, `@below` and `@unknown` choose the line;
// `-re` makes `{{...}}` parts regular expressions.

import TorchIRCore

struct ExpectedDiagnostic {
  var severity: DiagnosticSeverity
  var line: Int  // 1-based line in the buffer; 0 for @unknown
  var pattern: String
  var isRegex: Bool
  /// Where the expectation was written, to report it when not produced.
  var offset: Int
  var matched = false
}

enum DiagnosticVerifierError: Error {
  case invalidRegex(offset: Int, message: String)
  case invalidDesignator(offset: Int, message: String)
}

/// Parses the expectations written in `range` of `bytes`.
func parseExpectedDiagnostics(_ bytes: [UInt8], range: Range<Int>, firstLine: Int) throws
  -> [ExpectedDiagnostic]
{
  var out: [ExpectedDiagnostic] = []
  var pendingBelow: [Int] = []
  var lastNonDesignatorLine = 0
  var line = firstLine
  var lineStart = range.lowerBound
  let key = Array("expected-".utf8)
  while lineStart <= range.upperBound {
    var lineEnd = lineStart
    while lineEnd < range.upperBound && bytes[lineEnd] != 10 { lineEnd += 1 }
    let text = bytes[lineStart..<lineEnd]
    var found = false
    if let pos = findSubsequence(text, key) {
      if let parsed = try parseDirective(bytes, from: pos + key.count, to: lineEnd, line: line,
        lastNonDesignatorLine: lastNonDesignatorLine)
      {
        found = true
        var e = parsed.expectation
        e.offset = pos
        if parsed.below {
          pendingBelow.append(out.count)
        }
        out.append(e)
      }
    }
    if !found {
      lastNonDesignatorLine = line
      for i in pendingBelow { out[i].line = line }
      pendingBelow.removeAll()
    }
    if lineEnd >= range.upperBound { break }
    lineStart = lineEnd + 1
    line += 1
  }
  return out
}

private func findSubsequence(_ hay: ArraySlice<UInt8>, _ needle: [UInt8]) -> Int? {
  guard hay.count >= needle.count else { return nil }
  var i = hay.startIndex
  while i + needle.count <= hay.endIndex {
    if hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
    i += 1
  }
  return nil
}

private func parseDirective(
  _ b: [UInt8], from start: Int, to end: Int, line: Int, lastNonDesignatorLine: Int
) throws -> (expectation: ExpectedDiagnostic, below: Bool)? {
  var i = start
  func consume(_ s: String) -> Bool {
    let u = Array(s.utf8)
    guard i + u.count <= end, b[i..<(i + u.count)].elementsEqual(u) else { return false }
    i += u.count
    return true
  }
  let severity: DiagnosticSeverity
  if consume("error") {
    severity = .error
  } else if consume("warning") {
    severity = .warning
  } else if consume("note") {
    severity = .note
  } else if consume("remark") {
    severity = .remark
  } else {
    return nil
  }
  let isRegex = consume("-re")
  while i < end && b[i] == 32 { i += 1 }
  var targetLine = line
  var below = false
  if i < end && b[i] == 64 {  // '@'
    i += 1
    if consume("above") {
      targetLine = lastNonDesignatorLine
    } else if consume("below") {
      below = true
    } else if consume("unknown") {
      targetLine = 0
    } else if i < end && (b[i] == 43 || b[i] == 45) {
      let negative = b[i] == 45
      i += 1
      var n = 0
      var digits = 0
      while i < end && b[i] >= 48 && b[i] <= 57 && digits < 9 {
        n = n * 10 + Int(b[i] - 48)
        i += 1
        digits += 1
      }
      if digits == 0 { return nil }
      targetLine = negative ? line - n : line + n
    } else {
      return nil
    }
  }
  while i < end && b[i] == 32 { i += 1 }
  guard consume("{{") else { return nil }
  // The message runs to the last `}}` on the line.
  var close = end - 1
  while close > i && !(b[close - 1] == 125 && b[close] == 125) { close -= 1 }
  guard close > i || (close == i && false) else { return nil }
  let pattern = String(decoding: b[i..<(close - 1)], as: UTF8.self)
  return (ExpectedDiagnostic(severity: severity, line: targetLine, pattern: pattern,
    isRegex: isRegex, offset: start), below)
}

extension ExpectedDiagnostic {
  /// Whether `message` satisfies the expectation: a substring match, or for
  /// `-re` a match of the literal text with `{{regex}}` parts.
  func matches(_ message: String) throws -> Bool {
    if !isRegex { return message.contains(pattern) }
    return try PatternMatcher(pattern).matchesSubstring(of: message)
  }
}

// The textual pass pipeline syntax: `builtin.module(func.func(cse,
// canonicalize{max-iterations=3}))`. The grammar and error texts follow
// MLIR's PassRegistry.cpp: a parse error points into the pipeline text the
// way llvm::SourceMgr does (`MLIR Textual PassPipeline Parser:1:11: error:`,
// the line, a caret), so a user sees what is wrong and where.

import TorchIRCore

/// One name of a pipeline with its options and nested elements.
struct PipelineElement {
  var name: String
  /// Offset of the name in the text (for error carets).
  var offset: Int
  var options: String = ""
  var hasOptions = false
  var isNested = false
  var inner: [PipelineElement] = []
}

/// Parses `anchor(pipeline)` into a new top-level manager.
public func parsePassPipeline(_ text: String, registry: PassRegistry = .shared) throws(PipelineError)
  -> OpPassManager
{
  let trimmed = trimSpaces(Substring(text))
  guard let open = trimmed.firstIndex(of: "("), open != trimmed.startIndex, trimmed.last == ")"
  else {
    throw PipelineError(
      "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'")
  }
  let anchor = String(trimSpaces(trimmed[..<open]))
  let body = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
  let pm = OpPassManager(anchor: anchor == "any" ? nil : anchor)
  try parsePassPipelineBody(String(body), into: pm, registry: registry)
  return pm
}

/// Parses a comma-separated list of passes and nested pipelines (the text
/// inside an anchor's parentheses) and adds it to `pm`.
public func parsePassPipelineBody(
  _ text: String, into pm: OpPassManager, registry: PassRegistry = .shared
) throws(PipelineError) {
  if text.isEmpty { return }
  let bytes = Array(text.utf8)
  let elements = try parseElements(bytes, text: text)
  try addElements(elements, to: pm, registry: registry, bytes: bytes, text: text)
}

/// The SourceMgr-style error: position, message, the line and a caret.
func pipelineParseError(_ text: String, at offset: Int, _ message: String) -> PipelineError {
  let bytes = Array(text.utf8)
  var line = 1
  var lineStart = 0
  for i in 0..<min(offset, bytes.count) where bytes[i] == UInt8(ascii: "\n") {
    line += 1
    lineStart = i + 1
  }
  var lineEnd = lineStart
  while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
  let lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
  let column = offset - lineStart + 1
  return PipelineError(
    "MLIR Textual PassPipeline Parser:\(line):\(column): error: \(message)\n\(lineText)\n"
      + String(repeating: " ", count: column - 1) + "^\n")
}

private func isSpace(_ c: UInt8) -> Bool {
  c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C
}

func trimSpaces(_ s: Substring) -> Substring {
  var s = s
  while let f = s.first, f.isWhitespace { s.removeFirst() }
  while let l = s.last, l.isWhitespace { s.removeLast() }
  return s
}

/// Splits the text into a tree of elements, checking parentheses and braces.
private func parseElements(_ bytes: [UInt8], text: String) throws(PipelineError)
  -> [PipelineElement]
{
  // A stack of element lists; the innermost is the one being filled.
  var stack: [[PipelineElement]] = [[]]
  var pos = 0
  func findSeparator(from start: Int, _ set: [UInt8]) -> Int? {
    var i = start
    while i < bytes.count {
      if set.contains(bytes[i]) { return i }
      i += 1
    }
    return nil
  }
  let all: [UInt8] = Array(",(){".utf8)
  let noBrace: [UInt8] = Array(",()".utf8)
  // Closes the innermost nested list into its parent element.
  func popLevel() {
    guard let inner = stack.popLast(), !stack.isEmpty else { return }
    let parentIndex = stack.count - 1
    if var last = stack[parentIndex].popLast() {
      last.inner = inner
      stack[parentIndex].append(last)
    }
  }
  while true {
    let sepPos = findSeparator(from: pos, all)
    let end = sepPos ?? bytes.count
    // The trimmed name and where it starts.
    var s = pos
    var e = end
    while s < e, isSpace(bytes[s]) { s += 1 }
    while e > s, isSpace(bytes[e - 1]) { e -= 1 }
    let name = String(decoding: bytes[s..<e], as: UTF8.self)
    stack[stack.count - 1].append(PipelineElement(name: name, offset: s))
    guard var sep = sepPos else { break }
    pos = sep
    if bytes[sep] == UInt8(ascii: "{") {
      var depth = 1
      var close: Int? = nil
      var i = sep + 1
      while i < bytes.count {
        if bytes[i] == UInt8(ascii: "{") {
          depth += 1
        } else if bytes[i] == UInt8(ascii: "}") {
          depth -= 1
          if depth == 0 {
            close = i
            break
          }
        }
        i += 1
      }
      guard let c = close else {
        throw pipelineParseError(text, at: sep, "missing closing '}' while processing pass options")
      }
      let last = stack.count - 1
      stack[last][stack[last].count - 1].options =
        String(decoding: bytes[(sep + 1)..<c], as: UTF8.self)
      stack[last][stack[last].count - 1].hasOptions = true
      guard let next = findSeparator(from: c + 1, noBrace) else {
        pos = bytes.count
        break
      }
      sep = next
      pos = next
    }
    switch bytes[sep] {
    case UInt8(ascii: ","):
      pos = sep + 1
      continue
    case UInt8(ascii: "("):
      let last = stack.count - 1
      stack[last][stack[last].count - 1].isNested = true
      stack.append([])
      pos = sep + 1
      continue
    default:
      break
    }
    // Closing parentheses: consume all of them at once so that `a(b))` does
    // not produce empty names.
    var p = sep
    while p < bytes.count, bytes[p] == UInt8(ascii: ")") {
      if stack.count == 1 {
        throw pipelineParseError(text, at: p,
          "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline")
      }
      popLevel()
      p += 1
    }
    if p >= bytes.count {
      pos = p
      break
    }
    // After a nested pipeline only a ',' may follow.
    var q = p
    while q < bytes.count, isSpace(bytes[q]) { q += 1 }
    if q < bytes.count, bytes[q] == UInt8(ascii: ",") {
      pos = q + 1
      continue
    }
    throw pipelineParseError(text, at: q,
      "expected ',' after parsing pipeline")
  }
  if stack.count > 1 {
    throw pipelineParseError(text, at: min(pos, bytes.count),
      "encountered unbalanced parentheses while parsing pipeline")
  }
  return stack[0]
}

/// Resolves the names against the registry and builds the managers.
private func addElements(
  _ elements: [PipelineElement], to pm: OpPassManager, registry: PassRegistry,
  bytes: [UInt8], text: String
) throws(PipelineError) {
  for el in elements {
    if el.isNested {
      let nested = pm.nest(el.name == "any" ? nil : el.name)
      try addElements(el.inner, to: nested, registry: registry, bytes: bytes, text: text)
      continue
    }
    guard let entry = registry.lookup(el.name) else {
      throw pipelineParseError(text, at: el.offset,
        "'\(el.name)' does not refer to a registered pass or pass pipeline")
    }
    do {
      try entry.add(options: el.options, to: pm)
    } catch {
      // Adding a restricted pass in the wrong place is reported at the name.
      if error.message.hasPrefix("Can't add pass") {
        throw pipelineParseError(text, at: el.offset, error.message)
      }
      throw error
    }
  }
}

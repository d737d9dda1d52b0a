// The message patterns of `expected-*-re`: literal text with `{{regex}}`
// parts, as FileCheck and MLIR's verifier read them.

struct PatternMatcher {
  let regex: Regex<AnyRegexOutput>

  init(_ pattern: String) throws {
    var source = ""
    let chars = Array(pattern)
    var i = 0
    var literal = ""
    while i < chars.count {
      if i + 1 < chars.count && chars[i] == "{" && chars[i + 1] == "{" {
        // Find the closing `}}`.
        var j = i + 2
        var close = -1
        while j + 1 < chars.count {
          if chars[j] == "}" && chars[j + 1] == "}" {
            close = j
            break
          }
          j += 1
        }
        if close < 0 { break }
        source += escapeRegex(literal)
        literal = ""
        source += "(?:" + String(chars[(i + 2)..<close]) + ")"
        i = close + 2
        continue
      }
      literal.append(chars[i])
      i += 1
    }
    while i < chars.count {
      literal.append(chars[i])
      i += 1
    }
    source += escapeRegex(literal)
    regex = try Regex(source)
  }

  func matchesSubstring(of text: String) throws -> Bool {
    try regex.firstMatch(in: text) != nil
  }
}

private func escapeRegex(_ s: String) -> String {
  var out = ""
  for c in s {
    if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
    out.append(c)
  }
  return out
}

// The message patterns of `expected-*-re`: literal text with `{{regex}}`
// parts, as FileCheck and MLIR's verifier read them.

struct PatternMatcher {
  let regex: Regex<AnyRegexOutput>

  init(_ pattern: String) throws {
    var source = ""
    var rest = Substring(pattern)
    while let open = rest.range(of: "{{") {
      source += escapeRegex(rest[..<open.lowerBound])
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.range(of: "}}") else {
        source += escapeRegex(rest[open.lowerBound...])
        rest = ""
        break
      }
      source += "(?:" + afterOpen[..<close.lowerBound] + ")"
      rest = afterOpen[close.upperBound...]
    }
    source += escapeRegex(rest)
    regex = try Regex(source)
  }

  func matchesSubstring(of text: String) throws -> Bool {
    try regex.firstMatch(in: text) != nil
  }
}

private func escapeRegex(_ s: Substring) -> String {
  var out = ""
  for c in s {
    if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
    out.append(c)
  }
  return out
}

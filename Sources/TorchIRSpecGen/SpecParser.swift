// Reads a spec file (format: Specs/README.md). The format is line based: a
// top-level declaration or a body statement per line, `#` starts a comment,
// `{` ends the header line of a `class` or `op` block and `}` closes it.
// Classes are templates: an op (or class) naming a base starts from a copy of
// it; traits accumulate (`-Trait` removes one), operands/attributes/results
// append, and single-valued fields (summary, format) are replaced.

public struct SpecParser {
  let file: String
  let lines: [Substring]
  var dialect: SpecDialect
  var classes: [String: SpecOp] = [:]

  public init(file: String, text: String) {
    self.file = file
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    self.dialect = SpecDialect(file: file)
  }

  /// Parses the whole file and checks every op's declarations and format.
  public static func parse(file: String, text: String) throws -> SpecDialect {
    var p = SpecParser(file: file, text: text)
    try p.run()
    return p.dialect
  }

  func loc(_ line: Int, _ column: Int = 1) -> SpecLocation {
    SpecLocation(file: file, line: line + 1, column: column)
  }

  func fail(_ line: Int, _ column: Int, _ message: String) -> SpecError {
    SpecError(location: loc(line, column), message: message)
  }

  /// The line without its comment and surrounding blanks, with the column of
  /// its first character.
  func content(_ i: Int) -> (text: Substring, column: Int) {
    var s = lines[i]
    if let hash = s.firstIndex(of: "#") { s = s[..<hash] }
    let leading = s.prefix { $0 == " " || $0 == "\t" }.count
    s = s.dropFirst(leading)
    while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
    return (s, leading + 1)
  }

  mutating func run() throws {
    var i = 0
    while i < lines.count {
      let (text, col) = content(i)
      if text.isEmpty {
        i += 1
        continue
      }
      let words = text.split(separator: " ", omittingEmptySubsequences: true)
      switch words[0] {
      case "dialect":
        guard words.count == 2 || words.count == 3 else { throw fail(i, col, "expected `dialect NAME [SWIFTNAME]`") }
        dialect.name = String(words[1])
        if words.count == 3 { dialect.swiftName = String(words[2]) }
        i += 1
      case "constraint":
        dialect.constraints.append(try parseConstraint(text, line: i, column: col))
        i += 1
      case "enum", "bitenum":
        dialect.enums.append(try parseEnum(text, line: i, column: col))
        i += 1
      case "class", "op":
        i = try parseBlock(startingAt: i)
      default:
        throw fail(i, col, "expected `dialect`, `constraint`, `enum`, `bitenum`, `class` or `op`, got `\(words[0])`")
      }
    }
    if dialect.name.isEmpty { throw fail(0, 1, "missing `dialect NAME` declaration") }
    for op in dialect.ops { try check(op) }
  }

  func parseConstraint(_ text: Substring, line: Int, column: Int) throws -> SpecConstraint {
    // constraint NAME "summary" = term | term ...
    let rest = text.dropFirst("constraint".count).drop { $0 == " " }
    guard let space = rest.firstIndex(of: " ") else { throw fail(line, column, "expected constraint name") }
    let name = String(rest[..<space])
    let afterName = rest[space...].drop { $0 == " " }
    guard afterName.first == "\"", let close = afterName.dropFirst().firstIndex(of: "\"") else {
      throw fail(line, column, "expected quoted summary after constraint name")
    }
    let summary = String(afterName[afterName.index(after: afterName.startIndex)..<close])
    let tail = afterName[afterName.index(after: close)...].drop { $0 == " " }
    guard tail.first == "=" else { throw fail(line, column, "expected `=` after constraint summary") }
    // Split at top-level `|` only: `vector<int|index>` is one term.
    var terms: [String] = []
    var depth = 0
    var current = ""
    for c in tail.dropFirst() where c != " " {
      if c == "<" { depth += 1 }
      if c == ">" { depth -= 1 }
      if c == "|" && depth == 0 {
        terms.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    terms.append(current)
    let scalars: Set<String> = ["int", "index", "float", "i1", "any"]
    // `@name` is a predicate the dialect implements in Swift (Torch's types).
    for t in terms where !t.hasPrefix("@") {
      var inner = t
      for container in ["vector<", "tensor<", "memref<"] where t.hasPrefix(container) && t.hasSuffix(">") {
        inner = String(t.dropFirst(container.count).dropLast())
      }
      for s in inner.split(separator: "|") where !scalars.contains(String(s)) {
        throw fail(line, column, "unknown type kind `\(s)` in constraint \(name)")
      }
    }
    return SpecConstraint(name: name, summary: summary, terms: terms)
  }

  func parseEnum(_ text: Substring, line: Int, column: Int) throws -> SpecEnum {
    // enum NAME i64 { a=0 b=1 }   |   bitenum NAME mnemonic "sep" { none=0 x=1 }
    guard let open = text.firstIndex(of: "{"), text.last == "}" else {
      throw fail(line, column, "expected `{ case=value ... }`")
    }
    let isBit = text.hasPrefix("bitenum")
    var header = String(text[..<open])
    var separator = ""
    var summary = ""
    if isBit {
      // bitenum NAME MNEMONIC "SEP" "SUMMARY" { ... }
      let quoted = header.split(separator: "\"", omittingEmptySubsequences: false)
      guard quoted.count == 5 else {
        throw fail(line, column, "expected the quoted flag separator and summary of the bit enum")
      }
      separator = String(quoted[1])
      summary = String(quoted[3])
      header = String(quoted[0])
    }
    let words = header.split(separator: " ")
    guard words.count == 3 else { throw fail(line, column, "expected `\(words.first ?? "enum") NAME \(isBit ? "MNEMONIC \"SEP\"" : "i32|i64")`") }
    if !isBit && words[2] != "i32" && words[2] != "i64" {
      throw fail(line, column, "enum storage must be i32 or i64")
    }
    var cases: [(String, Int64)] = []
    for item in text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: " ") {
      let parts = item.split(separator: "=")
      guard parts.count == 2, let v = Int64(parts[1]) else {
        throw fail(line, column, "expected `case=value`, got `\(item)`")
      }
      cases.append((String(parts[0]), v))
    }
    return SpecEnum(name: String(words[1]), isBitEnum: isBit, storageOrMnemonic: String(words[2]),
      separator: separator, summary: summary, cases: cases)
  }

  /// Parses `class NAME [: BASE] {` ... `}` or `op NAME [: BASE] {` ... `}`;
  /// returns the line after the block.
  mutating func parseBlock(startingAt start: Int) throws -> Int {
    let (text, col) = content(start)
    guard text.hasSuffix("{") else { throw fail(start, col, "expected `{` at the end of the line") }
    let header = text.dropLast().split(separator: " ")
    let isOp = header[0] == "op"
    var op: SpecOp
    if header.count == 4, header[2] == ":" {
      guard let base = classes[String(header[3])] else {
        throw fail(start, col, "unknown class `\(header[3])`")
      }
      op = base
    } else if header.count == 2 {
      op = SpecOp(mnemonic: "", location: loc(start, col))
    } else {
      throw fail(start, col, "expected `\(header[0]) NAME [: CLASS] {`")
    }
    op.mnemonic = String(header[1])
    op.location = loc(start, col)
    var i = start + 1
    while i < lines.count {
      let (line, c) = content(i)
      if line == "}" {
        if isOp {
          if dialect.ops.contains(where: { $0.mnemonic == op.mnemonic }) {
            throw fail(start, col, "op `\(op.mnemonic)` is declared twice")
          }
          dialect.ops.append(op)
        } else {
          classes[op.mnemonic] = op
        }
        return i + 1
      }
      if !line.isEmpty { try parseStatement(line, line: i, column: c, into: &op) }
      i += 1
    }
    throw fail(start, col, "missing `}` for `\(header[1])`")
  }

  func parseStatement(_ text: Substring, line: Int, column: Int, into op: inout SpecOp) throws {
    let words = text.split(separator: " ").map(String.init)
    let rest = text.dropFirst(words[0].count).drop { $0 == " " }
    switch words[0] {
    case "summary":
      op.summary = String(rest)
    case "traits":
      for t in words.dropFirst() {
        if t.hasPrefix("-") {
          op.traits.removeAll { $0 == t.dropFirst() }
          continue
        }
        guard knownTraits.contains(t) else { throw fail(line, column, "unknown trait `\(t)`") }
        if !op.traits.contains(t) { op.traits.append(t) }
      }
    case "operand", "result":
      guard words.count == 3 || words.count == 4 else {
        throw fail(line, column, "expected `\(words[0]) NAME CONSTRAINT [optional|variadic]`")
      }
      var arity = SpecArity.single
      if words.count == 4 {
        switch words[3] {
        case "optional": arity = .optional
        case "variadic": arity = .variadic
        default: throw fail(line, column, "expected `optional` or `variadic`, got `\(words[3])`")
        }
      }
      let decl = SpecValueDecl(name: words[1], constraint: words[2], arity: arity)
      if words[0] == "operand" { op.operands.append(decl) } else { op.results.append(decl) }
    case "attr":
      // attr NAME KIND [default VALUE] [optional]
      guard words.count >= 3 else { throw fail(line, column, "expected `attr NAME KIND`") }
      var decl = SpecAttrDecl(name: words[1], kind: words[2], defaultValue: nil, isOptional: false)
      var k = 3
      while k < words.count {
        if words[k] == "optional" {
          decl.isOptional = true
          k += 1
        } else if words[k] == "default", k + 1 < words.count {
          decl.defaultValue = words[k + 1]
          k += 2
        } else {
          throw fail(line, column, "unexpected `\(words[k])` in attribute declaration")
        }
      }
      op.attributes.append(decl)
    case "region":
      op.regions.append(contentsOf: words.dropFirst())
    case "successor":
      op.successors.append(contentsOf: words.dropFirst())
    case "match":
      op.matches.append(Array(words.dropFirst()))
    case "boollike":
      guard words.count == 3 else { throw fail(line, column, "expected `boollike TARGET SOURCE`") }
      op.boolLike.append((words[1], words[2]))
    case "format":
      op.format = String(rest)
      op.formatLocation = loc(line, column + (text.count - rest.count))
    case "hooks":
      op.hooks = Array(words.dropFirst())
    default:
      throw fail(line, column, "unknown statement `\(words[0])`")
    }
  }

  /// Name resolution and format validation for one op.
  func check(_ op: SpecOp) throws {
    let at = op.location
    func bad(_ m: String) -> SpecError { SpecError(location: at, message: "op `\(op.mnemonic)`: " + m) }
    let constraints = Set(dialect.constraints.map(\.name))
    for v in op.operands + op.results where !constraints.contains(v.constraint) {
      throw bad("unknown type constraint `\(v.constraint)` of `\(v.name)`")
    }
    let enums = Set(dialect.enums.map(\.name))
    for a in op.attributes where !enums.contains(a.kind) && !builtinAttrKinds.contains(a.kind) {
      throw bad("unknown attribute kind `\(a.kind)` of `\(a.name)`")
    }
    for a in op.attributes {
      if let d = a.defaultValue, let e = dialect.enums.first(where: { $0.name == a.kind }),
        !e.cases.contains(where: { $0.name == d })
      {
        throw bad("default `\(d)` is not a case of \(e.name)")
      }
    }
    // Typed attributes (arith.constant's `value`) take part in type matching.
    let valueNames = Set(op.operands.map(\.name) + op.results.map(\.name)
      + op.attributes.filter { $0.kind == "TypedAttr" }.map(\.name))
    for group in op.matches { for n in group where !valueNames.contains(n) { throw bad("unknown value `\(n)` in match") } }
    for (t, s) in op.boolLike where !valueNames.contains(t) || !valueNames.contains(s) {
      throw bad("unknown value in boollike")
    }
    if let f = op.format, f != "custom" {
      _ = try FormatCompiler.compile(f, op: op, location: op.formatLocation ?? at)
    }
  }
}

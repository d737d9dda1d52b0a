// Compiles an op's declarative assembly format (MLIR's language: literals in
// backticks, `$name`, `attr-dict`, `type(...)`, `functional-type(...)`,
// optional groups `(...)?` with a `^` anchor, `custom<Name>(...)`) into the
// compact directive string the runtime engine interprets:
//
//   'X  literal X ('' is the empty literal, '_ a single space)
//   oN aN RN SN     operand, attribute, region, successor N
//   toN trN tO tR   type of operand/result N, of all operands/results
//   O  all operands      F  functional-type(operands, results)
//   D  attr-dict         DK attr-dict-with-keyword
//   ?E  an optional group anchored on element E     )  end of group
//   c:Name:arg,arg  custom directive

public enum FormatCompiler {
  struct Lexer {
    let chars: [Character]
    var pos = 0
    init(_ s: String) { chars = Array(s) }
    mutating func skipSpaces() { while pos < chars.count, chars[pos] == " " { pos += 1 } }
    var atEnd: Bool { pos >= chars.count }
  }

  public static func compile(_ format: String, op: SpecOp, location: SpecLocation) throws -> String {
    var lx = Lexer(format)
    var out: [String] = []
    var seenOperands = Set<Int>()
    var typedOperands = Set<Int>()
    var typedResults = Set<Int>()
    var groupDepth = 0
    var groupHasAnchor: [Bool] = []
    var groupStart: [Int] = []
    var groupOpen: [Int] = []

    // Errors point at the element being compiled (`at`), else the cursor.
    var at: Int?
    func fail(_ m: String) -> SpecError {
      var l = location
      l.column += at ?? lx.pos
      return SpecError(location: l, message: "op `\(op.mnemonic)` format: " + m)
    }
    func identifier() -> String {
      var s = ""
      while !lx.atEnd, lx.chars[lx.pos].isLetter || lx.chars[lx.pos].isNumber || lx.chars[lx.pos] == "_"
        || lx.chars[lx.pos] == "-"
      {
        s.append(lx.chars[lx.pos])
        lx.pos += 1
      }
      return s
    }
    func element(_ name: String) throws -> String {
      if let i = op.operands.firstIndex(where: { $0.name == name }) { return "o\(i)" }
      if let i = op.attributes.firstIndex(where: { $0.name == name }) { return "a\(i)" }
      if let i = op.regions.firstIndex(of: name) { return "R\(i)" }
      if let i = op.successors.firstIndex(of: name) { return "S\(i)" }
      throw fail("`$\(name)` is not an operand, attribute, region or successor")
    }
    func typeRef() throws -> String {
      lx.skipSpaces()
      if lx.pos < lx.chars.count, lx.chars[lx.pos] == "$" {
        lx.pos += 1
        let name = identifier()
        if let i = op.operands.firstIndex(where: { $0.name == name }) {
          typedOperands.insert(i)
          return "o\(i)"
        }
        if let i = op.results.firstIndex(where: { $0.name == name }) {
          typedResults.insert(i)
          return "r\(i)"
        }
        throw fail("`$\(name)` in type() is not an operand or result")
      }
      let word = identifier()
      if word == "operands" {
        typedOperands.formUnion(op.operands.indices)
        return "O"
      }
      if word == "results" {
        typedResults.formUnion(op.results.indices)
        return "R"
      }
      throw fail("expected `$name`, `operands` or `results` in a type directive")
    }
    func expect(_ c: Character) throws {
      lx.skipSpaces()
      guard !lx.atEnd, lx.chars[lx.pos] == c else { throw fail("expected `\(c)`") }
      lx.pos += 1
    }

    while true {
      lx.skipSpaces()
      if lx.atEnd { break }
      let c = lx.chars[lx.pos]
      at = lx.pos
      switch c {
      case "`":
        lx.pos += 1
        var lit = ""
        while !lx.atEnd, lx.chars[lx.pos] != "`" {
          lit.append(lx.chars[lx.pos])
          lx.pos += 1
        }
        if lx.atEnd { throw fail("unterminated literal") }
        lx.pos += 1
        if lit == " " {
          out.append("'_")
        } else if lit.contains(" ") {
          throw fail("literals may not contain spaces")
        } else {
          out.append("'" + lit)
        }
      case "$":
        lx.pos += 1
        let e = try element(identifier())
        if e.hasPrefix("o"), let i = Int(e.dropFirst()) { seenOperands.insert(i) }
        if !lx.atEnd, lx.chars[lx.pos] == "^" {
          lx.pos += 1
          guard groupDepth > 0, let top = groupHasAnchor.last, !top else {
            throw fail("`^` anchor outside an optional group or given twice")
          }
          groupHasAnchor[groupHasAnchor.count - 1] = true
          out[groupStart[groupStart.count - 1]] = "?" + e
        }
        out.append(e)
      case "(":
        lx.pos += 1
        groupDepth += 1
        groupHasAnchor.append(false)
        groupStart.append(out.count)
        groupOpen.append(lx.pos - 1)
        out.append("?")
      case ")":
        lx.pos += 1
        guard groupDepth > 0 else { throw fail("unbalanced `)`") }
        try expect("?")
        at = groupOpen.popLast()
        if groupHasAnchor.last != true { throw fail("optional group has no `^` anchor") }
        groupDepth -= 1
        groupHasAnchor.removeLast()
        groupStart.removeLast()
        out.append(")")
      default:
        let word = identifier()
        switch word {
        case "attr-dict": out.append("D")
        case "attr-dict-with-keyword": out.append("DK")
        case "operands":
          seenOperands.formUnion(op.operands.indices)
          out.append("O")
        case "type":
          try expect("(")
          out.append("t" + (try typeRef()))
          try expect(")")
        case "functional-type":
          try expect("(")
          let a = try typeRef()
          try expect(",")
          let b = try typeRef()
          try expect(")")
          guard a == "O", b == "R" else { throw fail("functional-type supports (operands, results)") }
          out.append("F")
        case "custom":
          try expect("<")
          let name = identifier()
          try expect(">")
          try expect("(")
          var args: [String] = []
          while true {
            lx.skipSpaces()
            if !lx.atEnd, lx.chars[lx.pos] == ")" { break }
            if !lx.atEnd, lx.chars[lx.pos] == "$" {
              lx.pos += 1
              let e = try element(identifier())
              if e.hasPrefix("o"), let i = Int(e.dropFirst()) { seenOperands.insert(i) }
              args.append(e)
            } else if identifier() == "type" {
              try expect("(")
              args.append("t" + (try typeRef()))
              try expect(")")
            } else {
              throw fail("custom directive arguments are `$name` or `type($name)`")
            }
            lx.skipSpaces()
            if !lx.atEnd, lx.chars[lx.pos] == "," { lx.pos += 1 }
          }
          try expect(")")
          out.append("c:\(name):" + args.joined(separator: ","))
        case "":
          throw fail("unexpected character `\(c)`")
        default:
          throw fail("unknown directive `\(word)`")
        }
      }
    }
    at = groupOpen.last
    if groupDepth != 0 { throw fail("unterminated optional group") }
    at = 0
    for i in op.operands.indices where !seenOperands.contains(i) {
      throw fail("operand `\(op.operands[i].name)` is not in the format")
    }
    try checkTypesResolvable(op, typedOperands: typedOperands, typedResults: typedResults, fail: fail)
    return out.joined(separator: " ")
  }

  /// Every operand and result type must be written or inferable, as ODS requires.
  static func checkTypesResolvable(
    _ op: SpecOp, typedOperands: Set<Int>, typedResults: Set<Int>, fail: (String) -> SpecError
  ) throws {
    var known = Set(typedOperands.map { op.operands[$0].name } + typedResults.map { op.results[$0].name }
      + op.attributes.filter { $0.kind == "TypedAttr" }.map(\.name))
    let all = op.operands.map(\.name) + op.results.map(\.name)
    var groups = op.matches
    if op.traits.contains("SameOperandsAndResultType") { groups.append(all) }
    if op.traits.contains("SameTypeOperands") { groups.append(op.operands.map(\.name)) }
    var changed = true
    while changed {
      changed = false
      for g in groups where g.contains(where: known.contains) {
        for n in g where !known.contains(n) {
          known.insert(n)
          changed = true
        }
      }
      for (t, s) in op.boolLike where known.contains(s) && !known.contains(t) {
        known.insert(t)
        changed = true
      }
    }
    for n in all where !known.contains(n) {
      throw fail("type of `\(n)` is neither written nor inferable")
    }
  }
}

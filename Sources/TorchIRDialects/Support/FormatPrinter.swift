// Prints an op's custom form from its compiled assembly format, with the
// spacing rules of MLIR's generated printers (OpFormatGen.cpp:
// shouldEmitSpaceBefore / genLiteralPrinter): a space before each element,
// none before `,` `)` `]` `>` and after `(` `[` `<` `{`, none after `` ``.

import TorchIRCore

public typealias CustomDirectivePrinter = (Operation, any OpAsmPrinter, [FormatDirective]) -> Void

struct SpacingState {
  var shouldEmitSpace = true
  var lastWasPunctuation = false
}

extension OpModel {
  func attributeValue(_ op: Operation, _ a: Int) -> Attribute? { op.attr(attributes[a].name) }

  /// Whether an optional group's anchor is present (a default-valued
  /// attribute equal to its default counts as absent).
  func isPresent(_ anchor: FormatDirective, _ op: Operation) -> Bool {
    switch anchor {
    case .operand(let k): return !operandValues(op, k).isEmpty
    case .attribute(let a):
      guard let v = attributeValue(op, a) else { return false }
      return v != attributes[a].defaultValue
    case .region(let r): return r < op.regions.count && !op.region(r).isEmpty
    case .successor(let s): return s < op.successors.count
    case .resultType(let k): return !resultValues(op, k).isEmpty
    case .operandType(let k): return !operandValues(op, k).isEmpty
    default: return true
    }
  }

  /// Operand group `k` (single/optional/variadic); assumes at most one
  /// variadic group, as ODS does without AttrSizedOperandSegments.
  func allOperandsSingle(_ op: Operation) -> Bool {
    op.numOperands == operands.count && operands.allSatisfy { $0.arity == .single }
  }
  func allResultsSingle(_ op: Operation) -> Bool {
    op.numResults == results.count && results.allSatisfy { $0.arity == .single }
  }

  func operandValues(_ op: Operation, _ k: Int) -> [Value] {
    // Fast path: every group a single value, as for most ops.
    if op.numOperands == operands.count && operands.allSatisfy({ $0.arity == .single }) {
      return k < op.numOperands ? [op.operand(k)] : []
    }
    return segment(op.operandValues, k, operands.map(\.arity))
  }
  func resultValues(_ op: Operation, _ k: Int) -> [Value] {
    if op.numResults == results.count && results.allSatisfy({ $0.arity == .single }) {
      return k < op.numResults ? [op.result(k)] : []
    }
    return segment(op.results.map { $0 as Value }, k, results.map(\.arity))
  }
  private func segment(_ all: [Value], _ k: Int, _ arities: [Arity]) -> [Value] {
    let fixed = arities.filter { $0 == .single }.count
    let flexible = max(0, all.count - fixed)
    var at = 0
    for (i, a) in arities.enumerated() {
      let n = a == .single ? 1 : (a == .optional ? min(1, flexible) : flexible)
      if i == k { return Array(all[min(at, all.count)..<min(at + n, all.count)]) }
      at += n
    }
    return []
  }

  func printCustomForm(_ op: Operation, _ p: any OpAsmPrinter, customDirectives: [String: CustomDirectivePrinter]) {
    guard let format else { return }
    var sp = SpacingState()
    // Whether every operand/result group is a single value, asked once.
    let singles = (operands: allOperandsSingle(op), results: allResultsSingle(op))
    var i = 0
    while i < format.count {
      let d = format[i]
      switch d {
      case .group(let anchor, let end):
        if !isPresent(anchor, op) {
          i = end + 1
          continue
        }
      case .groupEnd:
        break
      case .custom(let name, let args):
        if sp.shouldEmitSpace { p.write(" ") }
        customDirectives[name]?(op, p, args)
        sp = SpacingState()
      default:
        printElement(d, op, p, &sp, singles)
      }
      i += 1
    }
  }

  private func printElement(
    _ d: FormatDirective, _ op: Operation, _ p: any OpAsmPrinter, _ sp: inout SpacingState,
    _ singles: (operands: Bool, results: Bool)
  ) {
    func space() {
      if sp.shouldEmitSpace { p.write(" ") }
      sp.shouldEmitSpace = true
      sp.lastWasPunctuation = false
    }
    switch d {
    case .literal(let lit):
      if lit.isEmpty {
        sp.shouldEmitSpace = false
        return
      }
      if lit == " " {
        p.write(" ")
        sp.shouldEmitSpace = false
        return
      }
      if sp.shouldEmitSpace && emitsSpaceBefore(lit, sp.lastWasPunctuation) { p.write(" ") }
      p.write(lit)
      // Byte tests: literals are ASCII, and Character APIs are slow per op.
      let u = lit.utf8
      let first = u.first ?? 0
      sp.shouldEmitSpace = u.count != 1 || !(first == 60 || first == 40 || first == 123 || first == 91)
      let isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122)
      sp.lastWasPunctuation = !(first == 95 || isLetter)
    case .operand(let k):
      // Single-value groups print without building an array (the common case).
      if singles.operands {
        guard k < op.numOperands else { return }
        space()
        p.printOperand(op.operand(k))
        return
      }
      // OpFormatGen emits the space before an element unconditionally, so an
      // empty variadic or absent optional value still leaves one.
      space()
      p.printOperands(operandValues(op, k))
    case .operands:
      space()
      p.printOperands(op.operandValues)
    case .attribute(let a):
      guard let v = attributeValue(op, a) else { return }
      switch attributes[a].kind {
      case .unit:
        return
      case .enumeration(let e):
        space()
        guard let n = e.value(of: v) else {
          p.printAttribute(v)
          return
        }
        if e.isBitEnum {
          p.write("<" + e.flagsText(n) + ">")
        } else {
          p.write(e.caseName(n) ?? String(n))
        }
      default:
        space()
        p.printAttribute(v)
      }
    case .attrDict(let withKeyword):
      // Common case: no discardable attributes and every property printed by
      // the format or equal to its default; then nothing is printed (nor
      // visited), so skip building, sorting and filtering the lists.
      if allElidedInAttrDict(op) {
        sp.shouldEmitSpace = true
        sp.lastWasPunctuation = false
        return
      }
      var all = op.properties?.dictionaryEntries ?? []
      all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
      all.sort { utf8Less($0.name, $1.name) }
      let elided = elidedInAttrDict(op)
      if withKeyword {
        p.printOptionalAttrDictWithKeyword(all, elided: elided)
      } else {
        p.printOptionalAttrDict(all, elided: elided)
      }
      sp.shouldEmitSpace = true
      sp.lastWasPunctuation = false
    case .operandType(let k):
      if singles.operands {
        guard k < op.numOperands else { return }
        space()
        p.printType(op.operand(k).type)
        return
      }
      space()
      p.printTypeList(operandValues(op, k).map(\.type))
    case .resultType(let k):
      if singles.results {
        guard k < op.numResults else { return }
        space()
        p.printType(op.result(k).type)
        return
      }
      space()
      p.printTypeList(resultValues(op, k).map(\.type))
    case .operandTypes:
      space()
      p.printTypeList(op.operandTypes)
    case .resultTypes:
      space()
      p.printTypeList(op.resultTypes)
    case .functionalType:
      space()
      p.printType(op.context.functionType(op.operandTypes, op.resultTypes))
    case .region(let r):
      guard r < op.regions.count else { return }
      space()
      p.printRegion(op.region(r), printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: false)
    case .successor(let s):
      guard s < op.successors.count else { return }
      space()
      p.printSuccessor(op.successor(s))
    case .group, .groupEnd, .custom:
      break
    }
  }

  /// Whether `attr-dict` has nothing to print: no discardable attributes,
  /// and each property in `elidedInAttrDict(op)`. A property is elided when
  /// the format prints it, or when it has a default and equals it (the value
  /// `attributeValue` finds for that name is the property itself, since
  /// property names are unique and properties are looked up first).
  func allElidedInAttrDict(_ op: Operation) -> Bool {
    if let d = op.attributes.dictionaryEntries, !d.isEmpty { return false }
    guard let props = op.properties?.dictionaryEntries, !props.isEmpty else { return true }
    let formatNames = formatAttributeNames
    let models = attributes
    for e in props {
      if formatNames.contains(e.name) { continue }
      var defaulted = false
      for m in models where m.name == e.name {
        if let dv = m.defaultValue, dv == e.value { defaulted = true }
        break
      }
      if !defaulted { return false }
    }
    return true
  }

  /// Attributes the format prints itself, and default-valued ones equal to
  /// their default, stay out of `attr-dict`.
  func elidedInAttrDict(_ op: Operation) -> [String] {
    var names = formatAttributeNames
    for (a, m) in attributes.enumerated() where m.defaultValue != nil && attributeValue(op, a) == m.defaultValue {
      names.append(m.name)
    }
    return names
  }
}

/// OpFormatGen's shouldEmitSpaceBefore.
func emitsSpaceBefore(_ value: String, _ lastWasPunctuation: Bool) -> Bool {
  let u = value.utf8
  if u.count != 1 && value != "->" { return true }
  guard let c = u.first else { return true }
  // `>` `)` `}` `]` `,` never follow a space; `<` `(` `{` `[` only after punctuation.
  let closing = c == 62 || c == 41 || c == 125 || c == 93 || c == 44
  if lastWasPunctuation { return !closing }
  return !(closing || c == 60 || c == 40 || c == 123 || c == 91)
}

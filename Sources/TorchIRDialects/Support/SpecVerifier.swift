// Verifies what an op's spec declares — operand/result counts and type
// constraints, attributes, type relations and shape/type traits — with the
// messages MLIR's ODS-generated verifiers give. Hand-written verifiers run
// after these checks pass.

import TorchIRCore

extension OpModel {
  func verifyDeclared(_ op: Operation) throws {
    // Result count first: ODS lists the result traits before the operand ones.
    // Common case without building arrays: every group a single value and
    // the counts right.
    // The model's arrays are read once (class properties: each read retains).
    let results = self.results
    let operands = self.operands
    let numResults = op.numResults
    let numOperands = op.numOperands
    let resultsSingle = numResults == results.count && results.allSatisfy({ $0.arity == .single })
    let operandsSingle = numOperands == operands.count && operands.allSatisfy({ $0.arity == .single })
    if !resultsSingle {
      try verifyCount(numResults, results.map(\.arity), noun: "result")
    }
    if !operandsSingle {
      try verifyCount(numOperands, operands.map(\.arity), noun: "operand")
    }
    // By index: binding each model to a local would copy (and retain) it.
    let attributes = self.attributes
    for a in attributes.indices {
      guard let v = op.attr(attributes[a].name) else {
        if !attributes[a].isOptional && attributes[a].defaultValue == nil {
          throw OpVerifyError("requires attribute '\(attributes[a].name)'")
        }
        continue
      }
      if let problem = constraintProblem(attributes[a].kind, v) {
        throw OpVerifyError("attribute '\(attributes[a].name)' failed to satisfy constraint: \(problem)")
      }
    }
    // Each type is read once; whether they all equal the first one spares
    // the trait checks reading them again (the common case).
    var firstType: Type? = nil
    var allTypesEqual = true
    if operandsSingle {
      for k in 0..<numOperands {
        let t = op.operand(k).type
        if !operands[k].constraint.accepts(t) {
          throw OpVerifyError("operand #\(k) must be \(describe(operands[k])), but got '\(t)'")
        }
        if let f = firstType { if t != f { allTypesEqual = false } } else { firstType = t }
      }
    } else {
      try verifyOperandGroups(op)
      allTypesEqual = false
    }
    if resultsSingle {
      for k in 0..<numResults {
        let t = op.result(k).type
        if !results[k].constraint.accepts(t) {
          throw OpVerifyError("result #\(k) must be \(describe(results[k])), but got '\(t)'")
        }
        if let f = firstType { if t != f { allTypesEqual = false } } else { firstType = t }
      }
    } else {
      try verifyResultGroups(op)
      allTypesEqual = false
    }
    try verifyRulesAndTraits(op, allValueTypesEqual: allTypesEqual)
  }

  private func verifyOperandGroups(_ op: Operation) throws {
    var index = 0
    for k in operands.indices {
      for v in operandValues(op, k) {
        if !operands[k].constraint.accepts(v.type) {
          throw OpVerifyError("operand #\(index) must be \(describe(operands[k])), but got '\(v.type)'")
        }
        index += 1
      }
    }
  }

  private func verifyResultGroups(_ op: Operation) throws {
    var index = 0
    for k in results.indices {
      for v in resultValues(op, k) {
        if !results[k].constraint.accepts(v.type) {
          throw OpVerifyError("result #\(index) must be \(describe(results[k])), but got '\(v.type)'")
        }
        index += 1
      }
    }
  }

  /// `allValueTypesEqual`: every operand and result has the same type (then
  /// the same-type and same-shape traits hold).
  private func verifyRulesAndTraits(_ op: Operation, allValueTypesEqual: Bool) throws {
    for rule in rules {
      switch rule {
      case .match(let refs):
        if let r0 = refs.first, case let first = type(of: r0, in: op),
          refs.dropFirst().contains(where: { type(of: $0, in: op) != first })
        {
          throw OpVerifyError("failed to verify that all of {\(refs.map(refName).joined(separator: ", "))} have same type")
        }
      case .boolLike(let target, let source):
        if let s = type(of: source, in: op), let t = type(of: target, in: op),
          t != boolLike(shapeOf: s, in: op.context)
        {
          throw OpVerifyError(
            "failed to verify that \(refName(target)) type has i1 element type and same shape as operands")
        }
      }
    }
    if allValueTypesEqual { return }
    // These checks run on every op: walk the values by index, without
    // building arrays (`op.operand(i)`, unlike iterating `op.operands`, does
    // not pay an exclusivity check per operand from this module).
    let numOperands = op.numOperands
    let numResults = op.numResults
    if sameTypeOperands && numOperands > 1 {
      let first = op.operand(0).type
      for i in 1..<numOperands where op.operand(i).type != first {
        throw OpVerifyError("requires all operands to have the same type")
      }
    }
    let sameShape = sameOperandsAndResultShape
    let sameType = sameOperandsAndResultType
    if sameShape || sameType {
      let first: Type? = numOperands > 0 ? op.operand(0).type : (numResults > 0 ? op.result(0).type : nil)
      if let first {
        func check(_ t: Type) throws {
          // A type equal to the first has its shape too.
          if t == first { return }
          if sameShape && t.shape != first.shape {
            throw OpVerifyError("requires the same shape for all operands and results")
          }
          if sameType {
            throw OpVerifyError("requires the same type for all operands and results")
          }
        }
        for i in 0..<numOperands { try check(op.operand(i).type) }
        for i in 0..<numResults { try check(op.result(i).type) }
      }
    }
  }

  private func describe(_ v: ValueModel) -> String {
    v.arity == .variadic ? "variadic of \(v.constraint.summary)" : v.constraint.summary
  }

  private func type(of r: ValueRef, in op: Operation) -> Type? {
    switch r {
    case .operand(let k):
      if allOperandsSingle(op) { return k < op.numOperands ? op.operand(k).type : nil }
      return operandValues(op, k).first?.type
    case .result(let k):
      if allResultsSingle(op) { return k < op.numResults ? op.result(k).type : nil }
      return resultValues(op, k).first?.type
    case .attribute(let a): return attributeValue(op, a)?.type
    }
  }

  private func verifyCount(_ n: Int, _ arities: [Arity], noun: String) throws {
    let fixed = arities.filter { $0 == .single }.count
    if arities.allSatisfy({ $0 == .single }) {
      guard n != fixed else { return }
      switch fixed {
      case 0: throw OpVerifyError("requires zero \(noun)s")
      case 1 where noun == "result": throw OpVerifyError("requires one result")
      case 1: throw OpVerifyError("requires a single operand")
      default: throw OpVerifyError("expected \(fixed) \(noun)s, but found \(n)")
      }
    }
    if n < fixed { throw OpVerifyError("expected \(fixed) or more \(noun)s, but found \(n)") }
    if !arities.contains(.variadic), n > arities.count {
      throw OpVerifyError("expected at most \(arities.count) \(noun)s, but found \(n)")
    }
  }

  private func constraintProblem(_ kind: AttrKind, _ v: Attribute) -> String? {
    switch kind {
    case .enumeration(let e): return e.value(of: v) == nil ? e.constraintMessage : nil
    case .typed: return v.type == nil ? "TypedAttr instance" : nil
    case .unit: return v.isUnit ? nil : "unit attribute"
    case .i64:
      if case .integer(_, let t) = v.kind, t.isInteger(width: 64) { return nil }
      return "64-bit signless integer attribute"
    case .i32:
      if case .integer(_, let t) = v.kind, t.isInteger(width: 32) { return nil }
      return "32-bit signless integer attribute"
    case .string: return v.stringValue == nil ? "string attribute" : nil
    case .type: return v.typeValue == nil ? "any type attribute" : nil
    case .array: return v.arrayValue == nil ? "array attribute" : nil
    case .any: return nil
    }
  }
}

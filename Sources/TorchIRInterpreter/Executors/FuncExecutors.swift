// func.call, func.call_indirect, func.constant and func.return. A call runs
// its callee in a new frame; calls nested deeper than
// InterpreterOptions.maxCallDepth fail with a diagnostic at the call (see
// Execution.call). Every function a func.constant names is prepared before
// anything runs, like a direct callee.

import TorchIRCore

func registerFuncExecutors(_ r: ExecutorRegistry) {
  r.register("func.return") { op, ctx in
    let s = ctx.slots(op.operandValues)
    return { frame in
      frame.setResults(s)
      return .exit
    }
  }
  r.register("func.call") { op, ctx in
    guard let callee = op.attr("callee") else {
      throw Diagnostic.error(op.location, "'func.call' op has no callee")
    }
    let f = try ctx.function(callee, from: op)
    guard f.argumentTypes.count == op.numOperands, f.resultTypes.count == op.numResults else {
      throw Diagnostic.error(op.location, "'func.call' op does not match the signature of @\(f.name)")
    }
    let args = ctx.slots(op.operandValues)
    let results = op.results.map { ctx.slot($0) }
    let loc = op.location
    return { frame in
      let values = try frame.execution.call(f, args.map { frame.slots[$0] }, at: loc)
      guard values.count == results.count else {
        throw RuntimeFault.error(loc, "@\(f.name) returned \(values.count) values, expected \(results.count)")
      }
      for (s, v) in zip(results, values) { frame.slots[s] = v }
      return .next
    }
  }
  r.register("func.constant") { op, ctx in
    guard let symbol = op.attr("value"), op.numResults == 1 else { throw arityError(op) }
    let f = try ctx.function(symbol, from: op)
    let res = ctx.slot(op.result(0))
    return { frame in
      frame.slots[res] = .function(f)
      return .next
    }
  }
  r.register("func.call_indirect") { op, ctx in
    guard op.numOperands >= 1 else { throw arityError(op) }
    let callee = ctx.slot(op.operand(0))
    let args = ctx.slots(Array(op.operandValues.dropFirst()))
    let results = op.results.map { ctx.slot($0) }
    let loc = op.location
    return { frame in
      guard case .function(let f) = frame.slots[callee] else {
        throw RuntimeFault.error(loc, "'func.call_indirect' op: the callee is not a function value")
      }
      guard f.argumentTypes.count == args.count, f.resultTypes.count == results.count else {
        throw RuntimeFault.error(loc, "'func.call_indirect' op does not match the signature of @\(f.name)")
      }
      let values = try frame.execution.call(f, args.map { frame.slots[$0] }, at: loc)
      guard values.count == results.count else {
        throw RuntimeFault.error(loc, "@\(f.name) returned \(values.count) values, expected \(results.count)")
      }
      for (s, v) in zip(results, values) { frame.slots[s] = v }
      return .next
    }
  }
}

// func.call and func.return. A call runs its callee in a new frame; calls
// nested deeper than InterpreterOptions.maxCallDepth fail with a diagnostic
// at the call (see Execution.call).

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
}

// ml_program globals: global_load, global_load_const and global_store read
// and write the value of an ml_program.global, which lives as long as the
// Interpreter (see ModuleGlobals): initialised from its `value` when the
// first op naming it is prepared, then kept across calls and runs. Values
// are tensors (immutable) or scalars, so a load hands out the stored value
// itself and a store replaces it.

import TorchIRCore
import TorchIRDialects

func registerMLProgramExecutors(_ r: ExecutorRegistry) {
  for name in ["ml_program.global_load", "ml_program.global_load_const"] {
    r.register(name) { op, ctx in
      guard op.numResults == 1 else { throw arityError(op) }
      let cell = try globalCell(op, ctx)
      let res = ctx.slot(op.result(0))
      let loc = op.location
      return { frame in
        guard let v = cell.value else {
          throw RuntimeFault.error(loc, "'\(name)' op: global @\(cell.name) has no value (it is external and was never stored)")
        }
        frame.slots[res] = v
        return .next
      }
    }
  }
  r.register("ml_program.global_store") { op, ctx in
    guard op.numOperands == 1 else { throw arityError(op) }
    let cell = try globalCell(op, ctx)
    if !cell.isMutable {
      throw Diagnostic.error(op.location, "'ml_program.global_store' op: global @\(cell.name) is not mutable")
    }
    let v = ctx.slot(op.operand(0))
    return { frame in
      cell.value = frame.slots[v]
      return .next
    }
  }
}

/// One ml_program.global's current value.
final class GlobalCell {
  let name: String
  let isMutable: Bool
  var value: RuntimeValue?
  init(name: String, isMutable: Bool, value: RuntimeValue?) {
    self.name = name
    self.isMutable = isMutable
    self.value = value
  }
}

/// The cell of the global `op` names, made (and initialised) on first use.
private func globalCell(_ op: Operation, _ ctx: PrepareContext) throws -> GlobalCell {
  let global = try referencedGlobal(op, "global", kind: "ml_program.global")
  let globals = ModuleGlobals.of(ctx)
  if let c = globals.cells[ObjectIdentifier(global)] { return c }
  guard let type = global.attr("type")?.typeValue else {
    throw Diagnostic.error(global.location, "'ml_program.global' op has no type")
  }
  _ = try ctx.elementType(type, of: global)
  var value: RuntimeValue? = nil
  if let attr = global.attr("value") {
    switch attr.kind {
    case .denseElements, .denseResource:
      value = try initialValue(attr, of: global, ctx)
    case .integer, .float, .bool:
      value = try constantValue(attr, type: type, op: global, ctx)
    default:
      // #ml_program.extern: the value comes from outside (a store).
      break
    }
  }
  let cell = GlobalCell(
    name: SymbolTable.symbolName(global) ?? "?", isMutable: global.attr("is_mutable") != nil, value: value)
  globals.cells[ObjectIdentifier(global)] = cell
  return cell
}

// The TorchScript object graph (torch.class_type, torch.attr, torch.method,
// torch.nn_module, torch.slot) and global slots (torch.global_slot,
// torch.global_slot.module_initializer, torch.initialize.global_slots,
// torch.global_slot.init/get/set), with Torch-MLIR's verifiers.

import TorchIRCore

func torchModuleOpDefs() -> [TorchOpDef] {
  let C = TorchConstraints.self
  var defs: [TorchOpDef] = []

  // MARK: nn_module and slot

  var nnModule = TorchOpDef("torch.nn_module", traits: [.singleBlock])
  nnModule.results = [TorchValueDef("result", C.nnModule)]
  nnModule.regionCount = 1
  nnModule.parse = { p, state in
    let loc = p.currentLocation
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    ensureTerminator(region, "torch.nn_module_terminator", p.context, loc)
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [try p.parseColonType()]
  }
  nnModule.print = { op, p in
    guard op.regions.count == 1 else { return }
    p.write(" ")
    p.printRegionEludingTrivialTerminator(op.region(0))
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  }
  nnModule.verify = { op in
    try verifySizedRegions(op, ["region"])
    guard let body = op.region(0).entryBlock else { return }
    for child in body where child.name.name != "torch.slot" && child.name.name != "torch.nn_module_terminator" {
      throw opEmitError(child, "'\(child.name.name)' op is not allowed inside 'torch.nn_module'")
    }
    try verifyNnModuleSymbolUses(op)
  }
  defs.append(nnModule)

  var nnModuleTerminator = TorchOpDef("torch.nn_module_terminator", traits: [.isTerminator, .hasParent])
  nnModuleTerminator.parse = { p, state in try p.parseOptionalAttrDict(into: &state.attributes) }
  nnModuleTerminator.print = { op, p in p.printAttrDict(op) }
  nnModuleTerminator.verify = { op in try verifyParent(op, "torch.nn_module") }
  defs.append(nnModuleTerminator)

  var slot = TorchOpDef("torch.slot", traits: [.hasParent])
  slot.attributes = [TorchAttrDef("name", .string)]
  slot.operands = [TorchValueDef("value", C.anyTorch)]
  slot.parse = { p, state in
    state.addAttribute("name", try parseStringAttr(p))
    try p.parsePunctuation(",")
    let value = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(value, try p.parseColonType())]
  }
  slot.print = printNameCommaOperandColonType
  slot.verify = { op in try verifyParent(op, "torch.nn_module") }
  defs.append(slot)

  // MARK: class_type, attr, method

  var classType = TorchOpDef("torch.class_type", traits: [.symbol, .singleBlock])
  classType.attributes = [TorchAttrDef("sym_name", .symbolName)]
  classType.regionCount = 1
  classType.parse = { p, state in
    let loc = p.currentLocation
    state.addAttribute("sym_name", p.context.stringAttr(try p.parseSymbolName()))
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    ensureTerminator(region, "torch.class_type_terminator", p.context, loc)
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  classType.print = { op, p in
    p.write(" ")
    p.printSymbolName(op.attr("sym_name")?.stringValue ?? "")
    guard op.regions.count == 1 else { return }
    p.write(" ")
    p.printRegionEludingTrivialTerminator(op.region(0))
    p.printAttrDict(op, elided: ["sym_name"])
  }
  classType.verify = verifyClassType
  defs.append(classType)

  var classTypeTerminator = TorchOpDef("torch.class_type_terminator", traits: [.isTerminator, .hasParent])
  classTypeTerminator.parse = { p, state in try p.parseOptionalAttrDict(into: &state.attributes) }
  classTypeTerminator.print = { op, p in p.printAttrDict(op) }
  classTypeTerminator.verify = { op in try verifyParent(op, "torch.class_type") }
  defs.append(classTypeTerminator)

  var method = TorchOpDef("torch.method", traits: [.hasParent])
  method.attributes = [
    TorchAttrDef("name", .string), TorchAttrDef("function", .flatSymbolRef), TorchAttrDef("isPrivate", .unit),
  ]
  method.parse = { p, state in
    if p.parseOptionalKeyword("private") { state.addAttribute("isPrivate", p.context.attribute(.unit)) }
    state.addAttribute("name", try parseStringAttr(p))
    try p.parsePunctuation(",")
    state.addAttribute("function", p.context.symbolRefAttr(try p.parseSymbolName()))
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  method.print = { op, p in
    if op.attr("isPrivate") != nil { p.write(" private") }
    p.write(" ")
    if let n = op.attr("name") { p.printAttributeWithoutType(n) }
    p.write(", ")
    if let f = op.attr("function") { p.printAttribute(f) }
    p.printAttrDict(op, elided: ["isPrivate", "name", "function"])
  }
  method.verify = { op in
    try verifyParent(op, "torch.class_type")
    try verifyMethodSymbolUses(op)
  }
  defs.append(method)

  var attr = TorchOpDef("torch.attr", traits: [.hasParent])
  attr.attributes = [TorchAttrDef("name", .string), TorchAttrDef("type", .type), TorchAttrDef("isPrivate", .unit)]
  attr.parse = { p, state in
    if p.parseOptionalKeyword("private") { state.addAttribute("isPrivate", p.context.attribute(.unit)) }
    state.addAttribute("name", try parseStringAttr(p))
    try p.parsePunctuation(":")
    state.addAttribute("type", p.context.typeAttr(try p.parseType()))
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  attr.print = { op, p in
    if op.attr("isPrivate") != nil { p.write(" private") }
    p.write(" ")
    if let n = op.attr("name") { p.printAttributeWithoutType(n) }
    p.write(" : ")
    if let t = op.attr("type")?.typeValue { p.printType(t) }
    p.printAttrDict(op, elided: ["isPrivate", "name", "type"])
  }
  attr.verify = { op in try verifyParent(op, "torch.class_type") }
  defs.append(attr)

  // MARK: Global slots

  var globalSlot = TorchOpDef("torch.global_slot", traits: [.symbol])
  globalSlot.attributes = [
    TorchAttrDef("sym_name", .symbolName), TorchAttrDef("sym_visibility", .string, optional: true),
    TorchAttrDef("typeBound", .type),
  ]
  globalSlot.parse = { p, state in
    if let vis = try p.parseOptionalString() { state.addAttribute("sym_visibility", p.context.stringAttr(vis)) }
    state.addAttribute("sym_name", p.context.stringAttr(try p.parseSymbolName()))
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.addAttribute("typeBound", p.context.typeAttr(try p.parseColonType()))
  }
  globalSlot.print = { op, p in
    if let vis = op.attr("sym_visibility") {
      p.write(" ")
      p.printAttributeWithoutType(vis)
    }
    p.write(" ")
    p.printSymbolName(op.attr("sym_name")?.stringValue ?? "")
    p.printAttrDict(op, elided: ["sym_visibility", "sym_name", "typeBound"])
    p.write(" : ")
    if let t = op.attr("typeBound")?.typeValue { p.printType(t) }
  }
  defs.append(globalSlot)

  var initializer = TorchOpDef("torch.global_slot.module_initializer", traits: [.isolatedFromAbove, .singleBlock])
  initializer.regionCount = 1
  initializer.parse = { p, state in
    let loc = p.currentLocation
    let region = state.addRegion()
    try p.parseRegion(region, arguments: [], enableNameShadowing: false)
    ensureTerminator(region, "torch.initialize.global_slots", p.context, loc)
    try p.parseOptionalAttrDict(into: &state.attributes)
  }
  initializer.print = { op, p in
    guard op.regions.count == 1 else { return }
    p.write(" ")
    p.printRegionEludingTrivialTerminator(op.region(0))
    p.printAttrDict(op)
  }
  initializer.verify = verifyModuleInitializer
  defs.append(initializer)

  var initialize = TorchOpDef("torch.initialize.global_slots", traits: [.isTerminator, .hasParent])
  initialize.attributes = [TorchAttrDef("slotSymNames", .symbolRefArray)]
  initialize.operands = [TorchValueDef("initialValues", C.anyTorch, .variadic)]
  initialize.parse = { p, state in
    try p.parseOptionalAttrDict(into: &state.attributes)
    try p.parsePunctuation("[")
    var names: [Attribute] = []
    var values: [Value] = []
    while !p.parseOptionalPunctuation("]") {
      names.append(p.context.symbolRefAttr(try p.parseSymbolName()))
      try p.parsePunctuation("(")
      let v = try p.parseOperand()
      let t = try p.parseColonType()
      try p.parsePunctuation(")")
      values.append(try p.resolveOperand(v, t))
    }
    state.operands = values
    state.addAttribute("slotSymNames", p.context.arrayAttr(names))
  }
  initialize.print = { op, p in
    p.printAttrDict(op, elided: ["slotSymNames"])
    p.write(" [")
    p.printNewline()
    let names = op.attr("slotSymNames")?.arrayValue ?? []
    for (i, v) in op.operandValues.enumerated() {
      p.write("  ")
      if i < names.count { p.printAttribute(names[i]) }
      p.write("(")
      p.printOperand(v)
      p.write(" : ")
      p.printType(v.type)
      p.write(")")
      p.printNewline()
    }
    p.write("]")
  }
  initialize.verify = { op in
    try verifyParent(op, "torch.global_slot.module_initializer")
    if op.numOperands != (op.attr("slotSymNames")?.arrayValue?.count ?? 0) {
      throw OpVerifyError("expected number of operands to match number of slots")
    }
  }
  defs.append(initialize)

  var slotInit = TorchOpDef("torch.global_slot.init", traits: [.isTerminator, .hasParent])
  slotInit.operands = [TorchValueDef("initialValue", C.anyTorch)]
  slotInit.parse = { p, state in
    let v = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(v, try p.parseColonType())]
  }
  slotInit.print = { op, p in
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op)
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  slotInit.verify = { op in try verifyParent(op, "torch.global_slot") }
  defs.append(slotInit)

  var get = TorchOpDef("torch.global_slot.get")
  get.attributes = [TorchAttrDef("slot", .flatSymbolRef)]
  get.results = [TorchValueDef("result", C.anyTorch)]
  get.parse = { p, state in
    state.addAttribute("slot", p.context.symbolRefAttr(try p.parseSymbolName()))
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.resultTypes = [try p.parseColonType()]
  }
  get.print = { op, p in
    p.write(" ")
    if let s = op.attr("slot") { p.printAttribute(s) }
    p.printAttrDict(op, elided: ["slot"])
    p.write(" : ")
    p.printTypeList(op.resultTypes)
  }
  defs.append(get)

  var set = TorchOpDef("torch.global_slot.set")
  set.attributes = [TorchAttrDef("slot", .flatSymbolRef)]
  set.operands = [TorchValueDef("value", C.anyTorch)]
  set.parse = { p, state in
    state.addAttribute("slot", p.context.symbolRefAttr(try p.parseSymbolName()))
    try p.parsePunctuation("=")
    let v = try p.parseOperand()
    try p.parseOptionalAttrDict(into: &state.attributes)
    state.operands = [try p.resolveOperand(v, try p.parseColonType())]
  }
  set.print = { op, p in
    p.write(" ")
    if let s = op.attr("slot") { p.printAttribute(s) }
    p.write(" =")
    p.printSpacedOperands(op.operandValues)
    p.printAttrDict(op, elided: ["slot"])
    p.write(" : ")
    p.printTypeList(op.operandTypes)
  }
  defs.append(set)

  return defs
}

/// `"name", %value attr-dict : type`.
private func printNameCommaOperandColonType(_ op: Operation, _ p: any OpAsmPrinter) {
  p.write(" ")
  if let n = op.attr("name") { p.printAttributeWithoutType(n) }
  p.write(",")
  p.printSpacedOperands(op.operandValues)
  p.printAttrDict(op, elided: ["name"])
  p.write(" : ")
  p.printTypeList(op.operandTypes)
}

// MARK: Verifiers

private func verifyClassType(_ op: Operation) throws {
  try verifySizedRegions(op, ["region"])
  guard let body = op.region(0).entryBlock else { return }
  var seen: [String: Operation] = [:]
  for child in body where child.name.name != "torch.class_type_terminator" {
    guard child.name.name == "torch.attr" || child.name.name == "torch.method" else {
      throw opEmitError(child, "'\(child.name.name)' op is not allowed inside `torch.class_type`")
    }
    let name = child.attr("name")?.stringValue ?? ""
    if let first = seen[name] {
      throw opEmitError(op, "'torch.class_type' op has duplicate attr/method with name '\(name)'")
        .attachingNote(first.location, "see first conflicting attr/method here")
        .attachingNote(child.location, "see second conflicting attr/method here")
    }
    seen[name] = child
  }
}

/// The torch.class_type named `name` in the module around `op`.
private func lookupClassType(_ name: String, from op: Operation) -> Operation? {
  guard let found = SymbolTable.lookupNearest(op.context.symbolRefAttr(name), from: op),
    found.name.name == "torch.class_type"
  else { return nil }
  return found
}

/// NnModuleOp::verifySymbolUses: the class type exists and the slots match
/// its attributes in order, name and type.
private func verifyNnModuleSymbolUses(_ op: Operation) throws {
  guard op.numResults == 1, let module = TorchNnModuleType(op.result(0).type) else { return }
  guard let classType = lookupClassType(module.className, from: op) else {
    throw opEmitError(op, "'\(module.className)' does not reference a valid class type")
  }
  let slots = op.region(0).entryBlock?.operations.filter { $0.name.name == "torch.slot" } ?? []
  let attrs = classType.regions.first?.entryBlock?.operations.filter { $0.name.name == "torch.attr" } ?? []
  if slots.count != attrs.count {
    throw opEmitError(op,
      "number of 'torch.slot's in a 'torch.nn_module' must match number of 'torch.attr's in the corresponding 'torch.class_type'")
  }
  for (i, (slot, attr)) in zip(slots, attrs).enumerated() {
    guard slot.numOperands == 1, let bound = attr.attr("type")?.typeValue else { continue }
    if !isValidTorchSubtype(slot.operand(0).type, bound) || slot.attr("name") != attr.attr("name") {
      throw opEmitError(slot, "'torch.slot' op is expected to match type and name of '\(attr.context.printHooks.operation(attr))'")
        .attachingNote(attr.location, "see torch.attr at corresponding index \(i) here")
    }
  }
}

/// MethodOp::verifySymbolUses: a defined private func.func whose first
/// argument is the class's module type.
private func verifyMethodSymbolUses(_ op: Operation) throws {
  guard let ref = op.attr("function"), case .symbolRef(let name, _) = ref.kind else { return }
  guard let fn = SymbolTable.lookupNearest(ref, from: op), fn.name.name == "func.func" else {
    throw opEmitError(op, "'@\(name)' does not reference a valid function")
  }
  if fn.attr("sym_visibility")?.stringValue != "private" {
    throw opEmitError(op, "'@\(name)' must reference a private function")
  }
  if fn.regions.first?.isEmpty ?? true {
    throw opEmitError(op, "'@\(name)' must reference a function that is defined (not merely declared)")
  }
  let className = op.parentOp?.attr("sym_name")?.stringValue ?? ""
  let receiver = TorchNnModuleType(className: className).type(in: op.context)
  let inputs = functionType(of: fn)?.inputs ?? []
  if inputs.first != receiver {
    throw opEmitError(op, "the referenced function '\(name)' must have a first argument of type '\(receiver)'")
  }
}

/// The hand-written ops that may appear in a module initializer
/// (AllowedInModuleInitializer).
private let allowedInModuleInitializer: Set<String> = [
  "torch.initialize.global_slots", "torch.prim.TupleConstruct", "torch.prim.ListConstruct",
  "torch.prim.DictConstruct", "torch.constant.none", "torch.constant.str", "torch.constant.int",
  "torch.constant.float", "torch.constant.bool", "torch.linear_params.create",
  "torch.per_tensor_affine.create", "torch.tensor.literal", "torch.global_slot.module_initializer",
]

/// GlobalSlotModuleInitializerOp::verify: one initializer per module, each
/// global slot initialized exactly once within its type bound, and only
/// importer-made ops inside.
private func verifyModuleInitializer(_ op: Operation) throws {
  try verifySizedRegions(op, ["initializer"])
  guard let module = op.parentOp else { return }
  let siblings = module.regions.first?.entryBlock?.operations ?? []
  for other in siblings where other.name.name == op.name.name && other !== op {
    throw opEmitError(other, "there must be only one global slot initializer")
  }
  var slots: [String: Operation] = [:]
  var slotOrder: [String] = []
  for s in siblings where s.name.name == "torch.global_slot" {
    guard let n = s.attr("sym_name")?.stringValue else { continue }
    if slots[n] == nil { slotOrder.append(n) }
    slots[n] = s
  }
  guard let initialize = op.region(0).entryBlock?.last, initialize.name.name == "torch.initialize.global_slots"
  else { return }
  let names = initialize.attr("slotSymNames")?.arrayValue ?? []
  var initialized: [String] = []
  for a in names {
    guard case .symbolRef(let n, _) = a.kind else { continue }
    if initialized.contains(n) {
      throw opEmitError(initialize, "duplicate initialization of global slot: @\(n)")
    }
    initialized.append(n)
  }
  if Set(initialized) != Set(slotOrder) {
    var d = opEmitError(initialize,
      "'torch.initialize.global_slots' op must have one initializer for each global slot in the module")
    for n in slotOrder.sorted(by: utf8Less) where !initialized.contains(n) {
      d = d.attachingNote(slots[n]?.location ?? .unknown, "missing global slot initializer for @\(n)")
    }
    for n in initialized.sorted(by: utf8Less) where slots[n] == nil {
      d = d.attachingNote(initialize.location, "unexpected global slot initializer for non-existent global slot @\(n)")
    }
    throw d
  }
  for (i, a) in names.enumerated() where i < initialize.numOperands {
    guard case .symbolRef(let n, _) = a.kind, let bound = slots[n]?.attr("typeBound")?.typeValue else { continue }
    let value = initialize.operand(i)
    if !isValidTorchSubtype(value.type, bound) {
      throw opEmitError(initialize,
        "'torch.initialize.global_slots' op initial value for global slot @\(n) has type '\(value.type)' which is not within the bound '\(bound)'")
    }
  }
  var disallowed: Operation?
  op.walk { nested in
    if disallowed == nil && !allowedInModuleInitializer.contains(nested.name.name) { disallowed = nested }
  }
  if let bad = disallowed {
    throw opEmitError(bad, "'\(bad.name.name)' op is not allowed in a module initializer")
  }
}

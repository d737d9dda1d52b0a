// Finds the attributes, types and locations that printing will write, in the
// order it will write them, so that only those get aliases (MLIR's
// DummyAliasOperationPrinter and DummyAliasDialectAsmPrinter). It is an
// OpAsmPrinter that writes nothing: custom op printers and dialect printers
// run against it, and every printType/printAttribute call is a visit.
//
// MLIR's quirks are kept on purpose, since they decide what is defined:
// properties of unregistered ops are not visited (so they never use
// aliases), attributes of region arguments are not visited, a custom
// printer's printOptionalLocationSpecifier visits its location even without
// debug info, and block argument locations are visited (and defined at the
// top) although they are always printed inline.

import TorchIRCore

final class AliasCollector: OpAsmPrinter, DialectAsmPrinter {
  struct Info {
    var name: String?
    var depth: Int
    var isType: Bool
    /// Reached only from op locations, so definable after the op.
    var canBeDeferred: Bool
    /// The indices of the values visited inside it: `childPool[children]`.
    var children: Range<Int> = 0..<0
  }

  let context: MLIRContext
  private let options: AsmPrinterOptions
  private let dialects: [Dialect]
  @exclusivity(unchecked) private(set) var infos: [Info] = []
  @exclusivity(unchecked) private(set) var keys: [AliasKey] = []
  /// Where each visited value's info is; the alias table keeps using these.
  let typeIndex = IdentityIntMap()
  let attributeIndex = IdentityIntMap()
  @exclusivity(unchecked) private(set) var locationIndex: [LocationKey: Int] = [:]
  /// The index of each op's location, by op identity, so that the printer
  /// finds an op's `#loc` alias without hashing the location again.
  let operationLocationIndex = IdentityIntMap()
  @exclusivity(unchecked) private var childPool: [Int] = []

  /// While a value's nested values are visited: where their indices are
  /// collected (`pendingChildren[firstChild...]`), their greatest depth, and
  /// whether they may be deferred.
  private struct Frame {
    let firstChild: Int
    var maxDepth = 0
    let canBeDeferred: Bool
  }
  @exclusivity(unchecked) private var frames: [Frame] = []
  @exclusivity(unchecked) private var pendingChildren: [Int] = []

  /// Whether ops are walked in the generic form (the printer's flag after
  /// the verification that may force it).
  private let printGeneric: Bool

  init(context: MLIRContext, options: AsmPrinterOptions, printGeneric: Bool) {
    self.context = context
    self.options = options
    self.printGeneric = printGeneric
    dialects = context.dialects.keys.sorted().compactMap { context.dialect($0) }
  }

  // MARK: Visiting values

  /// Visits a value and everything printed inside it; returns its alias depth
  /// and index (AliasInitializer::visitImpl).
  @discardableResult
  func visit(_ key: AliasKey, canBeDeferred: Bool, elideType: Bool = false) -> (Int, Int) {
    let i = infos.count
    if let existing = insertIndex(i, for: key) {
      if !canBeDeferred { markNonDeferrable(existing) }
      return (infos[existing].depth, existing)
    }
    keys.append(key)
    var info = Info(name: nil, depth: 0, isType: false, canBeDeferred: false)
    if let proposed = proposedAliasName(for: key, dialects: dialects) {
      info.name = sanitizedAliasName(proposed)
      info.depth = 1
      if case .type = key { info.isType = true }
      info.canBeDeferred = canBeDeferred
    }
    infos.append(info)

    frames.append(Frame(firstChild: pendingChildren.count, canBeDeferred: canBeDeferred))
    visitNested(key, elideType: elideType)
    let frame = frames.removeLast()
    if frame.firstChild < pendingChildren.count {
      let start = childPool.count
      childPool.append(contentsOf: pendingChildren[frame.firstChild...])
      pendingChildren.removeSubrange(frame.firstChild...)
      infos[i].children = start..<childPool.count
    }
    if frame.maxDepth > 0 { infos[i].depth = frame.maxDepth + 1 }
    return (infos[i].depth, i)
  }

  /// Records `index` for a value seen for the first time; returns the index
  /// it already had otherwise. Locations hash their strings, so they are
  /// hashed once for a new one (the common case: one per op).
  private func insertIndex(_ index: Int, for key: AliasKey) -> Int? {
    switch key {
    case .type(let t):
      if let old = typeIndex.value(for: t.identity) { return old }
      typeIndex.set(index, for: t.identity)
    case .attribute(let a):
      if let old = attributeIndex.value(for: a.identity) { return old }
      attributeIndex.set(index, for: a.identity)
    case .location(let l):
      let key = LocationKey(l)
      if let old = locationIndex.updateValue(index, forKey: key) {
        locationIndex[key] = old
        return old
      }
    }
    return nil
  }

  /// Alias base names are few (`map`, `loc`, ...) and asked for once per
  /// aliased value, so their sanitized forms are remembered.
  @exclusivity(unchecked) private var sanitizedNames: [String: String] = [:]
  private func sanitizedAliasName(_ proposed: String) -> String {
    if let s = sanitizedNames[proposed] { return s }
    let s = sanitizeIdentifier(proposed, allowedPunctuation: "$_-", allowTrailingDigit: false)
    sanitizedNames[proposed] = s
    return s
  }

  private func markNonDeferrable(_ i: Int) {
    // A value without an alias is never deferrable, which also stops the walk.
    guard infos[i].canBeDeferred else { return }
    infos[i].canBeDeferred = false
    for c in infos[i].children { markNonDeferrable(childPool[c]) }
  }

  /// A visit from inside a value being visited (recorded as its child), or
  /// from an op (not recorded, never deferrable).
  private func visitChild(_ key: AliasKey, elideType: Bool = false) {
    guard !frames.isEmpty else {
      visit(key, canBeDeferred: false, elideType: elideType)
      return
    }
    let (depth, i) = visit(key, canBeDeferred: frames[frames.count - 1].canBeDeferred, elideType: elideType)
    pendingChildren.append(i)
    if depth > frames[frames.count - 1].maxDepth { frames[frames.count - 1].maxDepth = depth }
  }

  private func visitNested(_ key: AliasKey, elideType: Bool) {
    switch key {
    case .type(let t): visitNested(type: t)
    case .attribute(let a): visitNested(attribute: a, elideType: elideType)
    case .location(let l): visitNested(location: l)
    }
  }

  private func visitNested(type t: Type) {
    switch t.kind {
    case .integer, .index, .float, .none, .opaque:
      break
    case .complex(let e), .unrankedTensor(let e), .vector(_, _, let e):
      visitChild(.type(e))
    case .tuple(let elements):
      for e in elements { visitChild(.type(e)) }
    case .function(let inputs, let results):
      for e in inputs { visitChild(.type(e)) }
      for e in results { visitChild(.type(e)) }
    case .rankedTensor(_, let e, let encoding):
      visitChild(.type(e))
      if let enc = encoding { visitChild(AliasKey(enc)) }
    case .memref(_, let e, let layout, let space):
      visitChild(.type(e))
      if let l = layout, !isIdentityLayout(l) { visitChild(AliasKey(l)) }
      if let s = space { visitChild(AliasKey(s)) }
    case .unrankedMemref(let e, let space):
      visitChild(.type(e))
      if let s = space { visitChild(AliasKey(s)) }
    case .dialect(let d):
      if context.dialect(d.dialect)?.printType(t, self) != true { visitParameters(d.parameters) }
    }
  }

  private func visitNested(attribute a: Attribute, elideType: Bool) {
    switch a.kind {
    case .affineMap, .integerSet, .denseArray, .integer, .float, .bool, .unit:
      return
    case .distinct(_, let referenced):
      visitChild(AliasKey(referenced))
    case .dictionary(let entries):
      for e in entries { visitChild(AliasKey(e.value)) }
    case .array(let elements):
      for e in elements { visitChild(AliasKey(e)) }
    case .type(let t):
      visitChild(.type(t))
    case .location(let l):
      visitNested(location: l)
    case .dialect(let d):
      if context.dialect(d.dialect)?.printAttribute(a, self) != true {
        visitParameters(d.parameters)
      }
    case .string, .symbolRef, .denseElements, .denseStrings, .denseResource, .stridedLayout,
      .opaque, .sparseElements:
      break
    }
    if !elideType, let t = a.printedType { visitChild(.type(t)) }
  }

  /// The parameters of a dialect type or attribute whose dialect cannot print
  /// it, as the printer's fallback form shows them.
  private func visitParameters(_ parameters: [DialectTypeParameter]) {
    for p in parameters {
      switch p {
      case .type(let t): printType(t)
      case .attribute(let a): printAttribute(a)
      case .types(let ts): for t in ts { printType(t) }
      case .optionalType(let t): if let t { printType(t) }
      case .int, .ints, .string: break
      }
    }
  }

  private func visitNested(location l: Location) {
    switch l {
    case .unknown, .fileLineCol, .fileLineColRange:
      break
    case .name(_, let child):
      if let c = child, c != .unknown { visitChild(.location(c)) }
    case .callSite(let callee, let caller):
      visitChild(.location(callee))
      visitChild(.location(caller))
    case .fused(let locations, let metadata):
      if let m = metadata { visitChild(AliasKey(m)) }
      for c in locations { visitChild(.location(c)) }
    case .opaqueAttr(let a):
      visitChild(AliasKey(a))
    }
  }

  // MARK: Walking operations as the printer does

  func visitOperation(_ op: Operation) {
    if options.printDebugInfo {
      let (_, i) = visit(.location(op.location), canBeDeferred: true)
      operationLocationIndex.set(i, for: ObjectIdentifier(op))
    }
    if !printGeneric, let print = op.name.info?.print {
      print(op, self)
      return
    }
    visitGenericOperation(op)
  }

  private func visitGenericOperation(_ op: Operation) {
    if !options.skipRegions {
      for r in op.regions {
        visitRegion(r, printEntryBlockArgs: true, printBlockTerminators: true)
      }
    }
    for o in op.operands { printType(o.value.type) }
    for r in op.results { printType(r.type) }
    // Registered ops show their inherent attributes among the others (MLIR's
    // getAttrs merges and sorts them); unregistered ops' properties are not.
    if op.isRegistered, let props = op.properties?.dictionaryEntries, !props.isEmpty {
      let merged = op.context.dictionaryAttr(props + (op.attributes.dictionaryEntries ?? []))
      for a in merged.dictionaryEntries ?? [] { printAttribute(a.value) }
    } else {
      for a in op.attributes.dictionaryEntries ?? [] { printAttribute(a.value) }
    }
  }

  private func visitBlock(_ block: Block, printBlockArgs: Bool, printTerminator: Bool) {
    if printBlockArgs {
      for arg in block.arguments {
        printType(arg.type)
        if options.printDebugInfo { visit(.location(arg.loc), canBeDeferred: false) }
      }
    }
    let skipLast = !printTerminator && (block.last?.hasTrait(.isTerminator) ?? false)
    var op = block.first
    while let o = op {
      if skipLast && o === block.last { break }
      visitOperation(o)
      op = o.nextInBlock
    }
  }

  private func visitRegion(_ region: Region, printEntryBlockArgs: Bool, printBlockTerminators: Bool) {
    guard let entry = region.entryBlock, !options.skipRegions else { return }
    visitBlock(entry, printBlockArgs: printEntryBlockArgs, printTerminator: printBlockTerminators)
    for b in region.blocks.dropFirst() {
      visitBlock(b, printBlockArgs: true, printTerminator: true)
    }
  }

  // MARK: AsmPrinterBase, DialectAsmPrinter and OpAsmPrinter (no output)

  func write(_ text: String) {}
  func printType(_ type: Type) { visitChild(.type(type)) }
  func printAttribute(_ attr: Attribute) { visitChild(AliasKey(attr)) }
  func printAttributeWithoutType(_ attr: Attribute) {
    // From a dialect printer the type is elided; from an op it is visited.
    visitChild(AliasKey(attr), elideType: !frames.isEmpty)
  }
  func printString(_ s: String) {}
  func printSymbolName(_ name: String) {}
  func printKeywordOrString(_ s: String) {}
  func printOperand(_ value: Value) {}
  func printOperands(_ values: [Value]) {}
  func printNewline() {}
  func increaseIndent() {}
  func decreaseIndent() {}
  func printSuccessor(_ block: Block) {}

  func printOptionalAttrDict(_ attrs: [NamedAttribute], elided: [String]) {
    for a in attrs where !elided.contains(a.name) { printAttribute(a.value) }
  }
  func printOptionalAttrDictWithKeyword(_ attrs: [NamedAttribute], elided: [String]) {
    printOptionalAttrDict(attrs, elided: elided)
  }

  func printRegion(
    _ region: Region, printEntryBlockArgs: Bool, printBlockTerminators: Bool,
    printEmptyBlock: Bool
  ) {
    visitRegion(region, printEntryBlockArgs: printEntryBlockArgs, printBlockTerminators: printBlockTerminators)
  }

  func printRegionArgument(_ argument: BlockArgument, attributes: [NamedAttribute], omitType: Bool) {
    printType(argument.type)
    if options.printDebugInfo { visit(.location(argument.loc), canBeDeferred: false) }
  }

  func printOptionalLocationSpecifier(_ location: Location) {
    visitChild(.location(location))
  }

  func printArrowTypeList(_ types: [Type]) {
    for t in types { printType(t) }
  }

  func printFunctionalType(_ op: Operation) {
    for o in op.operands { printType(o.value.type) }
    for r in op.results { printType(r.type) }
  }
}

/// A memref layout that prints as nothing: an identity affine map.
func isIdentityLayout(_ layout: Attribute) -> Bool {
  if case .affineMap(let m) = layout.kind { return m.isIdentity }
  return false
}

extension Attribute {
  /// The type MLIR prints after the attribute (` : type`): that of a typed
  /// attribute, unless it is `none`. Integer, float and bool attributes are
  /// handled by their printers, which may elide it.
  var printedType: Type? {
    let t: Type?
    switch kind {
    case .string(_, let type), .opaque(_, _, let type): t = type
    case .denseElements(let d): t = d.type
    case .denseStrings(let type, _, _): t = type
    case .denseResource(_, let type): t = type
    case .sparseElements(let type, _, _): t = type
    case .dialect: t = type
    default: t = nil
    }
    guard let type = t, !type.isNone else { return nil }
    return type
  }
}

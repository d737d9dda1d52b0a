// Operations, regions, blocks and SSA names (MLIR's OperationParser).
//
//   operation ::= op-result-list? (generic-operation | custom-operation) trailing-location?
//   generic-operation ::= string-literal `(` ssa-use-list? `)` successor-list?
//                         properties? region-list? dictionary-attribute? `:` function-type

import TorchIRCore

struct ValueDefinition {
  var value: Value
  var offset: Int
}

/// An SSA name: `%123` by its number (the common case, hashed as an Int and
/// never turned into a String), anything else by its spelling.
enum SSAKey: Hashable {
  case number(Int)
  case name(SSANameKey)
}

/// A spelled SSA name with its FNV-1a hash computed once from the bytes, so
/// that dictionary lookups hash one integer instead of the string.
struct SSANameKey: Hashable {
  let text: String
  let hash: UInt64

  init(_ text: String) {
    var text = text
    if let h = text.utf8.withContiguousStorageIfAvailable(fnv1a) {
      self.hash = h
    } else {
      text.makeContiguousUTF8()
      self.hash = text.utf8.withContiguousStorageIfAvailable(fnv1a) ?? 0
    }
    self.text = text
  }

  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
  static func == (a: SSANameKey, b: SSANameKey) -> Bool { a.hash == b.hash && a.text == b.text }
}

/// The definitions of one name, one per result number (`%0:2` has two).
struct SSAEntry {
  var first: ValueDefinition?
  var rest: [ValueDefinition?] = []
  var count: Int { rest.count + 1 }
  subscript(i: Int) -> ValueDefinition? {
    get { i == 0 ? first : (i - 1 < rest.count ? rest[i - 1] : nil) }
    set {
      if i == 0 {
        first = newValue
      } else {
        if rest.count < i { rest.append(contentsOf: repeatElement(nil, count: i - rest.count)) }
        rest[i - 1] = newValue
      }
    }
  }
}

/// SSA names to their definitions: a hash table with open addressing over
/// the keys' own hashes (an SSANameKey carries its FNV hash), so that lookups
/// and growth never run a Hasher. Keys and entries live in dense arrays; the
/// probed table holds only their hashes and positions, so growing it moves
/// no reference-counted data.
struct SSATable {
  /// Per slot: the key's hash (0: empty) and its position in the dense arrays.
  private var hashes: [UInt64] = []
  private var positions: [Int32] = []
  private var keys: [SSAKey] = []
  private var entries: [SSAEntry] = []
  private var shift: UInt64 = 64

  @inline(__always) private static func storedHash(_ k: SSAKey) -> UInt64 {
    switch k {
    case .number(let n): return (UInt64(bitPattern: Int64(n)) &* 0xff51_afd7_ed55_8ccd) | 1
    case .name(let nk): return nk.hash | 1
    }
  }

  @inline(__always) private func home(_ h: UInt64) -> Int {
    Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> shift)
  }

  /// The slot of `key`, or nil.
  private func findSlot(_ key: SSAKey, _ h: UInt64) -> Int? {
    if hashes.isEmpty { return nil }
    let mask = hashes.count - 1
    var i = home(h)
    while true {
      let sh = hashes[i]
      if sh == 0 { return nil }
      if sh == h && keys[Int(positions[i])] == key { return i }
      i = (i + 1) & mask
    }
  }

  /// The slot holding dense position `p` (whose hash is `h`).
  private func slot(ofPosition p: Int, _ h: UInt64) -> Int {
    let mask = hashes.count - 1
    var i = home(h)
    while hashes[i] != 0 {
      if hashes[i] == h && Int(positions[i]) == p { return i }
      i = (i + 1) & mask
    }
    return i
  }

  private mutating func grow() {
    let newCapacity = hashes.isEmpty ? 64 : hashes.count * 2
    let oldHashes = hashes
    let oldPositions = positions
    hashes = Array(repeating: 0, count: newCapacity)
    positions = Array(repeating: 0, count: newCapacity)
    shift = UInt64(64 - newCapacity.trailingZeroBitCount)
    let mask = newCapacity - 1
    for j in oldHashes.indices where oldHashes[j] != 0 {
      var i = home(oldHashes[j])
      while hashes[i] != 0 { i = (i + 1) & mask }
      hashes[i] = oldHashes[j]
      positions[i] = oldPositions[j]
    }
  }

  /// The dense position of `key`, inserted (holding `d`) if it was not there.
  private mutating func position(_ key: SSAKey, default d: @autoclosure () -> SSAEntry) -> Int {
    let h = SSATable.storedHash(key)
    if let i = findSlot(key, h) { return Int(positions[i]) }
    if (keys.count + 1) * 4 > hashes.count * 3 { grow() }
    let mask = hashes.count - 1
    var i = home(h)
    while hashes[i] != 0 { i = (i + 1) & mask }
    hashes[i] = h
    positions[i] = Int32(truncatingIfNeeded: keys.count)
    keys.append(key)
    entries.append(d())
    return keys.count - 1
  }

  private mutating func remove(_ key: SSAKey) {
    guard var i = findSlot(key, SSATable.storedHash(key)) else { return }
    let p = Int(positions[i])
    // Backward-shift deletion: move later slots of the probe run into the
    // hole unless their home lies cyclically in (hole, slot].
    let mask = hashes.count - 1
    var j = i
    while true {
      j = (j + 1) & mask
      let hj = hashes[j]
      if hj == 0 { break }
      let k = home(hj)
      let stays = i <= j ? (i < k && k <= j) : (i < k || k <= j)
      if stays { continue }
      hashes[i] = hj
      positions[i] = positions[j]
      i = j
    }
    hashes[i] = 0
    // Fill the dense hole with the last key.
    let last = keys.count - 1
    if p != last {
      let lastSlot = slot(ofPosition: last, SSATable.storedHash(keys[last]))
      positions[lastSlot] = Int32(truncatingIfNeeded: p)
      keys.swapAt(p, last)
      entries.swapAt(p, last)
    }
    keys.removeLast()
    entries.removeLast()
  }

  /// The definition of result `number` of `key`, and whether `key` is known.
  func definition(_ key: SSAKey, _ number: Int) -> (ValueDefinition?, known: Bool) {
    guard let i = findSlot(key, SSATable.storedHash(key)) else { return (nil, false) }
    return (entries[Int(positions[i])][number], true)
  }

  subscript(key: SSAKey) -> SSAEntry? {
    get { findSlot(key, SSATable.storedHash(key)).map { entries[Int(positions[$0])] } }
    set {
      if let v = newValue {
        entries[position(key, default: v)] = v
      } else {
        remove(key)
      }
    }
  }

  subscript(key: SSAKey, default d: @autoclosure () -> SSAEntry) -> SSAEntry {
    get { self[key] ?? d() }
    _modify {
      let p = position(key, default: d())
      yield &entries[p]
    }
  }
}

/// SSA names visible in one isolated scope; nested (non-isolated) regions push
/// a definition list so that their names disappear when the region ends.
final class IsolatedNameScope {
  @exclusivity(unchecked) var values = SSATable()
  @exclusivity(unchecked) var definitionsPerScope: [[SSAKey]] = [[]]
}

struct BlockNameScope {
  var blocks: [String: (block: Block, offset: Int)] = [:]
  /// Blocks referenced but not yet defined, with the offset of the first use.
  var forwardRefs: [ObjectIdentifier: (block: Block, offset: Int)] = [:]
}

/// A `loc(#alias)` whose alias was not defined yet; patched after parsing.
struct DeferredLocation {
  enum Target {
    case op(Operation)
    case argument(BlockArgument)
  }
  var target: Target
  var alias: String
  var offset: Int
}

/// `%name:count` entries of an op's result list.
struct ResultRecord {
  var name: String
  var count: Int
  var offset: Int
}

extension Parser {
  // MARK: Name scopes

  func pushNameScope(isolated: Bool) {
    blockScopes.append(BlockNameScope())
    if isolated || isolatedScopes.isEmpty {
      isolatedScopes.append(IsolatedNameScope())
    } else {
      isolatedScopes[isolatedScopes.count - 1].definitionsPerScope.append([])
    }
  }

  func popNameScope() throws {
    if let scope = blockScopes.popLast(), !scope.forwardRefs.isEmpty {
      let first = scope.forwardRefs.values.min { $0.offset < $1.offset }
      throw error(at: first?.offset ?? 0, "reference to an undefined block")
    }
    guard let scope = isolatedScopes.last else { return }
    if scope.definitionsPerScope.count == 1 {
      isolatedScopes.removeLast()
    } else if let defs = scope.definitionsPerScope.popLast() {
      // Latest first: each is then the table's last entry, cheapest to remove.
      for d in defs.reversed() { scope.values[d] = nil }
    }
  }

  /// The key of the SSA name whose `%` is at `offset` (`name` is its spelling).
  func ssaKey(_ name: String, offset: Int) -> SSAKey {
    if offset >= 0 && offset < bytes.count && bytes[offset] == 37 {
      var i = offset + 1
      var n = 0
      while i < bytes.count && Lexer.isDigit(bytes[i]) && i - offset <= 18 {
        n = n * 10 + Int(bytes[i] - 48)
        i += 1
      }
      let end = i
      if end > offset + 1 && (end >= bytes.count || !Lexer.isSuffixChar(bytes[end]))
        && end - offset - 1 == name.utf8.count - 1
      {
        return .number(n)
      }
    }
    return .name(SSANameKey(name))
  }

  /// Records `value` as the definition of `%name#number`, resolving a
  /// forward reference to it if there was one.
  func addDefinition(_ name: String, _ number: Int, _ offset: Int, _ value: Value) throws {
    guard let scope = isolatedScopes.last else { return }
    let key = ssaKey(name, offset: offset)
    // One hash lookup: store the definition and look at what it replaces (a
    // failed parse is abandoned, so replacing before the checks is fine).
    let prior = Parser.exchange(&scope.values[key, default: SSAEntry()], number,
      ValueDefinition(value: value, offset: offset))
    if let existing = prior {
      if forwardRefPlaceholders[ObjectIdentifier(existing.value)] == nil {
        throw Diagnostic(.error, location(at: offset), "redefinition of SSA value '\(name)'")
          .attachingNote(location(at: existing.offset), "previously defined here")
      }
      if existing.value.type != value.type {
        throw Diagnostic(.error, location(at: offset),
          "definition of SSA value '\(name)#\(number)' has type '\(value.type)'")
          .attachingNote(location(at: existing.offset),
            "previously used here with type '\(existing.value.type)'")
      }
      existing.value.replaceAllUsesWith(value)
      forwardRefPlaceholders[ObjectIdentifier(existing.value)] = nil
    }
    scope.definitionsPerScope[scope.definitionsPerScope.count - 1].append(key)
  }

  @inline(__always)
  static func exchange(_ entry: inout SSAEntry, _ number: Int, _ def: ValueDefinition) -> ValueDefinition? {
    let old = entry[number]
    entry[number] = def
    return old
  }

  /// `%name` or `%name#N`.
  func parseSSAUse(allowResultNumber: Bool = true) throws -> UnresolvedOperand {
    let t = tok
    try expect(.percentIdentifier, "expected SSA operand")
    var number = 0
    if tok.kind == .hashIdentifier {
      if !allowResultNumber { throw error("result number not allowed in argument list") }
      let digits = bytes[(tok.start + 1)..<tok.end]
      guard !digits.isEmpty, digits.allSatisfy({ Lexer.isDigit($0) }), digits.count < 10,
        let n = Int(String(decoding: digits, as: UTF8.self))
      else { throw error("invalid SSA value result number") }
      number = n
      consume()
    }
    return UnresolvedOperand(
      name: spelling(t), number: number, location: location(of: t), offset: t.start)
  }

  func offset(of use: UnresolvedOperand) -> Int { use.offset >= 0 ? use.offset : tok.start }

  /// The value named by `use`, of type `type`; a placeholder when the value is
  /// defined later (MLIR allows forward references; the verifier checks
  /// dominance).
  func resolveSSAUse(_ use: UnresolvedOperand, _ type: Type, useOffset: Int) throws -> Value {
    guard let scope = isolatedScopes.last else { throw error("internal: no name scope") }
    let key = ssaKey(use.name, offset: use.offset)
    let (found, known) = scope.values.definition(key, use.number)
    if let def = found {
      if def.value.type == type { return def.value }
      throw Diagnostic(.error, use.location,
        "use of value '\(use.name)' expects different type than prior uses: '\(type)' vs '\(def.value.type)'")
        .attachingNote(location(at: def.offset), "prior use here")
    }
    if known, let first = scope.values[key]?.first, forwardRefPlaceholders[ObjectIdentifier(first.value)] == nil {
      throw Diagnostic(.error, use.location, "reference to invalid result number")
    }
    let placeholder = Operation(
      name: placeholderName, location: use.location, operands: [], resultTypes: [type],
      properties: nil, attributes: context.emptyDictionary, successors: [], regionCount: 0)
    placeholderOps.append(placeholder)
    let v = placeholder.results[0]
    forwardRefPlaceholders[ObjectIdentifier(v)] = (v, useOffset)
    scope.values[key, default: SSAEntry()][use.number] = ValueDefinition(value: v, offset: useOffset)
    return v
  }

  // MARK: Operations

  /// Parses one operation and appends it to `block`.
  func parseOperation(into block: Block) throws {
    let startOffset = tok.start
    var results: [ResultRecord] = []
    var expectedResults = 0
    if tok.kind == .percentIdentifier {
      // Reuse a result list's storage (ops nest, so a stack of them).
      if let reused = resultRecordPool.popLast() { results = reused }
      try parseCommaSeparatedList(.none) {
        let nameTok = tok
        try expect(.percentIdentifier, "expected valid ssa identifier")
        var count = 1
        if consumeIf(.colon) {
          guard tok.kind == .integer else {
            throw wrongTokenError("expected integer number of results")
          }
          guard let v = integerTokenInt64(tok), v >= 1 else {
            throw error("expected named operation to have at least 1 result")
          }
          consume()
          count = Int(v)
        }
        results.append(ResultRecord(name: spelling(nameTok), count: count, offset: nameTok.start))
        expectedResults += count
      }
      try expect(.equal, "expected '=' after SSA name")
    }

    defer {
      if results.capacity > 0 && resultRecordPool.count < 64 {
        while results.popLast() != nil {}
        resultRecordPool.append(results)
      }
    }

    let op: Operation
    switch tok.kind {
    case .bareIdentifier: op = try parseCustomOperation(results, into: block)
    case .string: op = try parseGenericOperation(into: block)
    default: throw wrongTokenError("expected operation name in quotes")
    }

    if !results.isEmpty {
      if op.numResults == 0 {
        throw error(at: startOffset, "cannot name an operation with no results")
      }
      if expectedResults != op.numResults {
        throw error(at: startOffset,
          "operation defines \(op.numResults) results but was provided \(expectedResults) to bind")
      }
      var index = 0
      for r in results {
        for sub in 0..<r.count {
          try addDefinition(r.name, sub, r.offset, op.results[index])
          index += 1
        }
      }
    }
  }

  func parseGenericOperation(into block: Block) throws -> Operation {
    let nameTok = tok
    let opName: OperationName
    if let cached = cachedOperationName(nameTok) {
      opName = cached
    } else {
      let name = stringTokenValue()
      if name.isEmpty { throw error("empty operation name is invalid") }
      if name.utf8.contains(0) { throw error("null character not allowed in operation name") }
      opName = context.operationName(name)
      rememberOperationName(nameTok, opName)
    }
    consume()
    if !opName.isRegistered && context.dialect(opName.dialectNamespace) == nil
      && !context.allowUnregisteredDialects
    {
      throw error(
        "operation being parsed with an unregistered dialect. If this is intended, please use "
          + "-allow-unregistered-dialect with the MLIR tool used")
    }
    var state = OperationState(context: context, name: opName, location: location(of: nameTok))
    try parseGenericOperationAfterName(&state)
    let op = Operation(consume state)
    block.append(op)
    try parseTrailingLocation(.op(op))
    return op
  }

  /// Generic op names repeat on every line: the name of a string token whose
  /// bytes equal a previously seen one (no escapes) is reused without building
  /// a String or looking it up in the context.
  private func cachedOperationName(_ t: Token) -> OperationName? {
    let key = tokenBytesHash(t)
    // A direct-mapped front of the dictionary: no Hasher for the usual hit.
    let slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 58)
    if operationNameFront[slot].hash == key, let name = operationNameFront[slot].name,
      sameBytes(t, operationNameFront[slot].start, operationNameFront[slot].length)
    {
      return name
    }
    guard let entry = operationNameCache[key], sameBytes(t, entry.start, entry.length) else { return nil }
    operationNameFront[slot] = OperationNameFrontEntry(hash: key, start: entry.start, length: entry.length,
      name: entry.name)
    return entry.name
  }

  /// Whether token `t` spells the `length` bytes at `start`.
  private func sameBytes(_ t: Token, _ start: Int, _ length: Int) -> Bool {
    guard length == t.length else { return false }
    var i = 0
    while i < length {
      if bytes[t.start + i] != bytes[start + i] { return false }
      i += 1
    }
    return true
  }

  private func rememberOperationName(_ t: Token, _ name: OperationName) {
    if operationNameCache.count < 4096 {
      operationNameCache[tokenBytesHash(t)] = (t.start, t.length, name)
    }
  }

  /// FNV-1a over a token's bytes.
  private func tokenBytesHash(_ t: Token) -> UInt64 {
    fnv1a(bytes[t.start..<t.end])
  }

  func parseGenericOperationAfterName(_ state: inout OperationState) throws {
    try expect(.lParen, "expected '(' to start operand list")
    // Scratch storage reused from op to op (ops nest, so a stack of them).
    var operands = genericOperandPool.popLast() ?? []
    defer {
      while operands.popLast() != nil {}
      if genericOperandPool.count < 64 { genericOperandPool.append(operands) }
    }
    if tok.kind == .percentIdentifier {
      try parseCommaSeparatedList(.none) {
        let off = tok.start
        operands.append((try parseSSAUse(), off))
      }
    }
    try expect(.rParen, "expected ')' to end operand list")

    if tok.kind == .lSquare {
      if state.name.isRegistered && !state.name.hasTrait(.isTerminator) {
        throw error("successors in non-terminator")
      }
      consume()
      try parseCommaSeparatedListUntil(.rSquare, allowEmpty: false) {
        state.successors.append(try parseSuccessor())
      }
    }

    if consumeIf(.less) {
      state.properties = try parseAttribute()
      try expect(.greater, "expected '>' to close properties")
      if state.name.isRegistered, state.properties?.dictionaryEntries == nil,
        let p = state.properties
      {
        throw Diagnostic(.error, state.location,
          "invalid properties \(p) for op \(state.name.name): expected DictionaryAttr to set properties")
      }
    }

    if consumeIf(.lParen) {
      repeat {
        let r = Region()
        try parseRegion(r, arguments: [], isolatedNameScope: false)
        state.regions.append(r)
      } while consumeIf(.comma)
      try expect(.rParen, "expected ')' to end region list")
    }

    if tok.kind == .lBrace {
      try parseAttributeDict(into: &state.attributes)
    }

    try expect(.colon, "expected ':' followed by operation type")
    let typeLoc = currentLocation
    let type = try parseType()
    guard case .function(let inputs, let results) = type.kind else {
      throw Diagnostic(.error, typeLoc, "expected function type")
    }
    state.resultTypes = results
    if inputs.count != operands.count {
      throw Diagnostic(.error, typeLoc,
                // MLIR indexes "s" by (count == 1), which yields a NUL byte: keep it.
        "expected \(operands.count) operand type\(operands.count == 1 ? "\u{0}" : "s") but had \(inputs.count)")
    }
    if operands.isEmpty { return }
    if !state.operands.isEmpty {
      state.operands.reserveCapacity(state.operands.count + operands.count)
      for (i, (use, off)) in operands.enumerated() {
        state.operands.append(try resolveSSAUse(use, inputs[i], useOffset: off))
      }
      return
    }
    // The state shares a pooled array: the op is made (and the state
    // dropped) before the next op takes it from the pool again.
    var values = genericValuePool.popLast() ?? []
    while values.popLast() != nil {}
    defer { if genericValuePool.count < 64 { genericValuePool.append(values) } }
    for (i, (use, off)) in operands.enumerated() {
      values.append(try resolveSSAUse(use, inputs[i], useOffset: off))
    }
    state.operands = values
  }

  func parseSuccessor() throws -> Block {
    guard tok.kind == .caretIdentifier else { throw wrongTokenError("expected block name") }
    let b = blockNamed(spelling, offset: tok.start)
    consume()
    return b
  }

  /// The block called `name` in the current region, created as a forward
  /// reference when it is not defined yet.
  func blockNamed(_ name: String, offset: Int) -> Block {
    let s = blockScopes.count - 1
    if let b = blockScopes[s].blocks[name] { return b.block }
    let b = Block()
    blockScopes[s].blocks[name] = (b, offset)
    blockScopes[s].forwardRefs[ObjectIdentifier(b)] = (b, offset)
    return b
  }

  // MARK: Custom operations

  func parseCustomOperation(_ results: [ResultRecord], into block: Block) throws -> Operation {
    let nameTok = tok
    // A registered name spelled in full (the usual case) is found by its
    // bytes; see `cachedOperationName` (generic names are quoted, so their
    // entries never match a bare identifier).
    if let cached = cachedOperationName(nameTok), cached.info?.parse != nil {
      consume()
      return try parseCustomOperation(results, name: cached, opName: cached.name, nameTok: nameTok, into: block)
    }
    let originalName = spelling
    var opName = originalName
    var info = context.registeredOperation(opName)
    if let found = info, opName.utf8.contains(46) { rememberOperationName(nameTok, found) }
    let defaultDialect = defaultDialectStack.last ?? ""
    if info == nil && !opName.contains(".") {
      info = context.registeredOperation(defaultDialect + "." + opName)
      if info == nil && context.dialect("func") != nil {
        info = context.registeredOperation("func." + opName)
      }
      if let i = info {
        opName = i.name
      } else {
        // Even an empty default dialect (regions of ops without one, such
        // as linalg.generic's) is tried, as MLIR does: `.foo`.
        opName = defaultDialect + "." + opName
      }
    }
    consume()
    guard let name = info, let parseHook = name.info?.parse else {
      let ns = opName.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? opName
      let tried = originalName != opName ? " (tried '\(opName)' as well)" : ""
      if context.dialect(ns) == nil || !opName.contains(".") {
        let dialects = context.availableDialectNamespaces.joined(separator: ", ")
        throw Diagnostic(.error, location(of: nameTok),
          "Dialect `\(ns)' not found for custom op '\(originalName)' " + tried)
          .attachingNote(location(of: nameTok),
            "Available dialects: \(dialects) ; for more info on dialect registration see "
              + "https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management")
      }
      throw Diagnostic(.error, location(of: nameTok),
        "custom op '\(originalName)' is unknown" + tried)
    }
    return try parseCustomOperation(results, name: name, opName: opName, nameTok: nameTok, into: block)
  }

  private func parseCustomOperation(
    _ results: [ResultRecord], name: OperationName, opName: String, nameTok: Token, into block: Block
  ) throws -> Operation {
    guard let opInfo = name.info, let parseHook = opInfo.parse else {
      throw error("internal: op lost its registration")
    }
    defaultDialectStack.append(opInfo.defaultDialect ?? "")
    defer { defaultDialectStack.removeLast() }

    var state = OperationState(context: context, name: name, location: location(of: nameTok))
    let custom: CustomOpAsmParser
    if let reused = customOpParserPool.popLast() {
      reused.opName = opName
      reused.nameOffset = nameTok.start
      reused.results = results
      custom = reused
    } else {
      custom = CustomOpAsmParser(parser: self, opName: opName, nameOffset: nameTok.start,
        results: results)
    }
    defer {
      custom.results = []
      if customOpParserPool.count < 64 { customOpParserPool.append(custom) }
    }
    try parseHook(custom, &state)
    if let dup = firstDuplicateName(state.attributes) {
      throw Diagnostic(.error, location(of: nameTok),
        "custom op '\(opName)' attribute '\(dup)' occurs more than once in the attribute list")
    }
    let op = Operation(consume state)
    block.append(op)
    try parseTrailingLocation(.op(op))
    return op
  }

  /// `loc(...)` after an op or a block argument.
  func parseTrailingLocation(_ target: DeferredLocation.Target) throws {
    guard isKeyword("loc") else { return }
    consume()
    try expect(.lParen, "expected '(' in location")
    var loc: Location
    if tok.kind == .hashIdentifier && !bytes[tok.start..<tok.end].contains(46) {
      let aliasTok = tok
      let alias = String(decoding: bytes[(tok.start + 1)..<tok.end], as: UTF8.self)
      consume()
      if let a = symbols.attributeAliases[alias] {
        guard case .location(let l) = a.kind else {
          throw error(at: aliasTok.start, "expected location, but found '\(a)'")
        }
        loc = l
      } else {
        loc = .unknown
        deferredLocations.append(DeferredLocation(target: target, alias: alias, offset: aliasTok.start))
      }
    } else {
      loc = try parseLocationInstance()
    }
    try expect(.rParen, "expected ')' in location")
    switch target {
    case .op(let op): op.location = loc
    case .argument(let a): a.loc = loc
    }
  }

  // MARK: Regions and blocks

  /// `{ block* }`; `arguments` (from a custom op such as func.func) become the
  /// entry block's arguments.
  func parseRegion(_ region: Region, arguments: [OpAsmArgument], isolatedNameScope: Bool) throws {
    let lBrace = tok
    try expect(.lBrace, "expected '{' to begin a region")
    try enterNested()
    defer { exitNested() }
    if !arguments.isEmpty || tok.kind != .rBrace {
      try parseRegionBody(region, start: lBrace.start, arguments: arguments,
        isolated: isolatedNameScope)
    }
    try expect(.rBrace, "expected '}' to end a region")
  }

  private func parseRegionBody(
    _ region: Region, start: Int, arguments: [OpAsmArgument], isolated: Bool
  ) throws {
    pushNameScope(isolated: isolated)
    let entry = Block()
    if let first = arguments.first, !first.ssaName.name.isEmpty {
      if tok.kind == .caretIdentifier {
        throw error("invalid block name in region with named arguments")
      }
      for arg in arguments {
        let n = arg.ssaName
        if let prior = isolatedScopes.last?.values[ssaKey(n.name, offset: n.offset)]?[n.number] {
          throw Diagnostic(.error, n.location, "region entry argument '\(n.name)' is already in use")
            .attachingNote(location(at: prior.offset), "previously referenced here")
        }
        guard let type = arg.type else { throw Diagnostic(.error, n.location, "expected type") }
        let a = entry.addArgument(type, arg.location ?? n.location)
        try addDefinition(n.name, n.number, offset(of: n), a)
      }
    }
    var block: Block? = entry
    try parseBlock(&block, region: region)
    if !arguments.isEmpty && entry.arguments.count > arguments.count {
      throw error("entry block arguments were already defined")
    }
    while tok.kind != .rBrace {
      var next: Block? = nil
      try parseBlock(&next, region: region)
    }
    try popNameScope()
  }

  /// `block-label? operation*`. The entry block exists already and its label
  /// is optional.
  private func parseBlock(_ block: inout Block?, region: Region) throws {
    if let b = block, tok.kind != .caretIdentifier {
      region.append(b)
      try parseBlockBody(b)
      return
    }
    let nameOffset = tok.start
    let name = spelling
    try expect(.caretIdentifier, "expected block name")
    let s = blockScopes.count - 1
    let target: Block
    if let existing = blockScopes[s].blocks[name] {
      if blockScopes[s].forwardRefs.removeValue(forKey: ObjectIdentifier(existing.block)) == nil {
        throw error(at: nameOffset, "redefinition of block '\(name)'")
      }
      target = existing.block
      if let b = block, b !== target {
        // The entry block was referenced before its label: use the referenced one.
        block = target
      }
      blockScopes[s].blocks[name] = (target, nameOffset)
    } else {
      target = block ?? Block()
      blockScopes[s].blocks[name] = (target, nameOffset)
    }
    block = target
    region.append(target)
    if tok.kind == .lParen { try parseBlockArgumentList(target) }
    try expect(.colon, "expected ':' after block name")
    try parseBlockBody(target)
  }

  private func parseBlockBody(_ block: Block) throws {
    while tok.kind != .caretIdentifier && tok.kind != .rBrace {
      try parseOperation(into: block)
    }
  }

  /// `(%a: i32 loc(...), ...)` after a block label.
  private func parseBlockArgumentList(_ block: Block) throws {
    let existing = block.arguments.count
    var next = 0
    try parseCommaSeparatedList(.paren) {
      let useOffset = tok.start
      let use = try parseSSAUse()
      try expect(.colon, "expected ':' and type for SSA operand")
      let type = try parseType()
      let arg: BlockArgument
      if existing != 0 {
        if next >= existing { throw error("too many arguments specified in argument list") }
        arg = block.arguments[next]
        next += 1
        if arg.type != type { throw error("argument and block argument type mismatch") }
      } else {
        arg = block.addArgument(type, use.location)
      }
      try parseTrailingLocation(.argument(arg))
      try addDefinition(use.name, use.number, useOffset, arg)
    }
  }
}

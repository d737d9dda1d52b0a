// The IR core's graph operations: use lists, insertion and erasure, symbol
// tables, dominance and the verifier, on IR built through the API.

import TorchIRCore
import XCTest

typealias Operation = TorchIRCore.Operation

final class IRTests: XCTestCase {
  var ctx: MLIRContext!
  var i32: Type!

  override func setUp() {
    ctx = MLIRContext()
    ctx.allowUnregisteredDialects = true
    i32 = ctx.integerType(32)
  }

  func makeOp(_ name: String, _ operands: [Value] = [], results: Int = 1, in block: Block? = nil) -> Operation {
    var s = OperationState(context: ctx, name: name, location: .unknown)
    s.operands = operands
    s.resultTypes = Array(repeating: i32, count: results)
    let op = Operation(s)
    block?.append(op)
    return op
  }

  func testTypesAndAttributesAreUniqued() {
    XCTAssertEqual(ctx.integerType(32), ctx.integerType(32))
    XCTAssertNotEqual(ctx.integerType(32), ctx.integerType(32, .signed))
    XCTAssertEqual(ctx.tensorType([2, kDynamic], ctx.f32Type), ctx.tensorType([2, kDynamic], ctx.f32Type))
    XCTAssertEqual(ctx.stringAttr("a"), ctx.stringAttr("a"))
    let d1 = ctx.dictionaryAttr([NamedAttribute("b", ctx.unitAttr), NamedAttribute("a", ctx.unitAttr)])
    let d2 = ctx.dictionaryAttr([NamedAttribute("a", ctx.unitAttr), NamedAttribute("b", ctx.unitAttr)])
    XCTAssertEqual(d1, d2)
    XCTAssertEqual(d1.dictionaryEntries?.map(\.name), ["a", "b"])
    // A signless i1 integer is MLIR's BoolAttr.
    XCTAssertEqual(ctx.integerAttr(APInt(width: 1, value: 1), ctx.i1Type), ctx.boolAttr(true))
  }

  func testUseListsAndReplaceAllUses() {
    let b = Block()
    let a = makeOp("t.a", in: b)
    let c = makeOp("t.c", in: b)
    let u1 = makeOp("t.u", [a.result(0), a.result(0)], in: b)
    let u2 = makeOp("t.u", [a.result(0)], in: b)
    XCTAssertEqual(Array(a.result(0).uses).count, 3)
    XCTAssertFalse(a.result(0).hasOneUse)
    a.result(0).replaceAllUsesWith(c.result(0))
    XCTAssertTrue(a.result(0).useEmpty)
    XCTAssertEqual(Array(c.result(0).uses).count, 3)
    XCTAssertTrue(u1.operand(1) === c.result(0))
    u2.erase()
    XCTAssertEqual(Array(c.result(0).uses).count, 2)
    u1.setOperand(0, a.result(0))
    XCTAssertTrue(a.result(0).hasOneUse)
    XCTAssertEqual(b.count, 3)
  }

  func testInsertEraseAndOrder() {
    let b = Block()
    let x = makeOp("t.x", in: b)
    let z = makeOp("t.z", in: b)
    let y = makeOp("t.y")
    b.insert(y, before: z)
    XCTAssertEqual(b.operations.map(\.name.name), ["t.x", "t.y", "t.z"])
    XCTAssertTrue(x.isBeforeInBlock(y))
    XCTAssertTrue(y.isBeforeInBlock(z))
    XCTAssertFalse(z.isBeforeInBlock(x))
    y.erase()
    XCTAssertEqual(b.operations.map(\.name.name), ["t.x", "t.z"])
    z.moveBefore(x)
    XCTAssertEqual(b.operations.map(\.name.name), ["t.z", "t.x"])
    XCTAssertTrue(z.isBeforeInBlock(x))
  }

  /// A block of a million ops is torn down without deep recursion.
  func testLargeBlockTeardown() {
    var b: Block? = Block()
    var prev: Value? = nil
    for _ in 0..<1_000_000 {
      let op = makeOp("t.op", prev.map { [$0] } ?? [], in: b)
      prev = op.result(0)
    }
    XCTAssertEqual(b?.count, 1_000_000)
    prev = nil
    b = nil
  }

  func testSymbolTable() {
    let m = createModuleOp(ctx, location: .unknown)
    let body = m.region(0).blocks[0]
    var s = OperationState(context: ctx, name: "t.sym", location: .unknown)
    s.addAttribute("sym_name", ctx.stringAttr("f"))
    let f = Operation(s)
    body.append(f)
    let table = SymbolTable(m)
    XCTAssertTrue(table.lookup("f") === f)
    var s2 = OperationState(context: ctx, name: "t.sym", location: .unknown)
    s2.addAttribute("sym_name", ctx.stringAttr("f"))
    let g = Operation(s2)
    XCTAssertEqual(table.insert(g), "f_0")
    XCTAssertTrue(SymbolTable.lookup(ctx.symbolRefAttr("f_0"), in: m) === g)
  }

  func testVerifierRejectsDuplicateSymbols() {
    let m = createModuleOp(ctx, location: .fileLineCol(file: "m", line: 1, column: 1))
    let body = m.region(0).blocks[0]
    for line in [2, 3] {
      var s = OperationState(context: ctx, name: "t.sym", location: .fileLineCol(file: "m", line: line, column: 1))
      s.addAttribute("sym_name", ctx.stringAttr("f"))
      body.append(Operation(s))
    }
    XCTAssertThrowsError(try Verifier().verify(m)) { e in
      let d = e as? Diagnostic
      XCTAssertEqual(d?.message, "redefinition of symbol named 'f'")
      XCTAssertEqual(d?.notes.last?.message, "see existing symbol definition here")
    }
  }

  func testDominanceAcrossBlocks() {
    // Region: ^bb0 -> ^bb1, ^bb2; both -> ^bb3. A value of ^bb1 does not
    // dominate ^bb3; one of ^bb0 does.
    let holder = makeOp("t.holder", results: 0)
    let r = holder.addRegion()
    let bbs = (0..<4).map { _ in Block() }
    for bb in bbs { r.append(bb) }
    let v0 = makeOp("t.v", in: bbs[0])
    var br = OperationState(context: ctx, name: "t.br", location: .unknown)
    br.successors = [bbs[1], bbs[2]]
    bbs[0].append(Operation(br))
    let v1 = makeOp("t.v", in: bbs[1])
    for i in [1, 2] {
      var j = OperationState(context: ctx, name: "t.br", location: .unknown)
      j.successors = [bbs[3]]
      bbs[i].append(Operation(j))
    }
    let use0 = makeOp("t.use", [v0.result(0)], results: 0, in: bbs[3])
    let use1 = makeOp("t.use", [v1.result(0)], results: 0, in: bbs[3])
    let dom = DominanceInfo()
    XCTAssertTrue(dom.dominates(bbs[0], bbs[3]))
    XCTAssertFalse(dom.dominates(bbs[1], bbs[3]))
    XCTAssertTrue(dom.properlyDominates(v0.result(0), use0))
    XCTAssertFalse(dom.properlyDominates(v1.result(0), use1))
  }

  func testWalkVisitsDeepNestingIteratively() {
    let root = makeOp("t.root", results: 0)
    var cur = root
    for _ in 0..<100_000 {
      let b = Block()
      cur.addRegion().append(b)
      let child = makeOp("t.n", results: 0, in: b)
      cur = child
    }
    var count = 0
    root.walk { _ in count += 1 }
    XCTAssertEqual(count, 100_001)
    var post: [Operation] = []
    root.walkPostOrder { post.append($0) }
    XCTAssertTrue(post.last === root)
    // Tear down from the innermost op outward so that releasing the chain
    // does not recurse 100,000 levels deep.
    for op in post { for r in op.regions { for b in r.blocks { while let o = b.first { o.remove() } } } }
  }
}

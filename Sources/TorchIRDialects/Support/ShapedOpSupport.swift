// Small pieces shared by the hand-written custom forms and verifiers of the
// tensor and memref dialects: attribute dictionaries of ops with
// properties, ranked shapes, reassociation lists, result names.

import TorchIRCore

/// The op's properties and discardable attributes, sorted by name (what a
/// custom form's `attr-dict` shows).
func shapedOpAttributes(_ op: Operation) -> [NamedAttribute] {
  var all = op.properties?.dictionaryEntries ?? []
  all.append(contentsOf: op.attributes.dictionaryEntries ?? [])
  all.sort { utf8Less($0.name, $1.name) }
  return all
}

/// ` {attrs}` of a custom form, without the attributes the form prints itself.
func printShapedAttrDict(_ op: Operation, _ p: any OpAsmPrinter, elided: [String] = []) {
  p.printOptionalAttrDict(shapedOpAttributes(op), elided: elided)
}

/// A `resultNames` hook naming the single result (`%cast`, `%extracted`).
func shapedResultName(_ name: String) -> (Operation, (Value, String) -> Void) -> Void {
  { op, setName in if op.numResults == 1 { setName(op.result(0), name) } }
}

/// `operand #i must be <summary>, but got 'type'` unless the operand is a
/// ranked tensor (MLIR's AnyRankedTensor constraint).
func requireRankedTensorOperand(_ op: Operation, _ i: Int, _ summary: String = "ranked tensor of any non-token type values") throws {
  guard i < op.numOperands else { return }
  if case .rankedTensor = op.operand(i).type.kind { return }
  throw OpVerifyError("operand #\(i) must be \(summary), but got '\(op.operand(i).type)'")
}

func requireRankedTensorResult(_ op: Operation, _ i: Int = 0, _ summary: String = "ranked tensor of any non-token type values") throws {
  guard i < op.numResults else { return }
  if case .rankedTensor = op.result(i).type.kind { return }
  throw OpVerifyError("result #\(i) must be \(summary), but got '\(op.result(i).type)'")
}

// MARK: Reassociation lists

/// `[[0, 1], [2]]`: the groups of an expand/collapse_shape's
/// `reassociation` (ArrayAttr of I64ArrayAttr); nil when malformed.
func reassociationGroups(_ attr: Attribute?) -> [[Int64]]? {
  guard let outer = attr?.arrayValue else { return nil }
  var groups: [[Int64]] = []
  for g in outer {
    guard let inner = g.arrayValue else { return nil }
    var group: [Int64] = []
    for e in inner {
      guard case .integer(let v, let t) = e.kind, t.isInteger(width: 64) else { return nil }
      group.append(v.asInt64)
    }
    groups.append(group)
  }
  return groups
}

/// The reassociation attribute for `groups` (i64 integers).
func reassociationAttr(_ context: MLIRContext, _ groups: [[Int64]]) -> Attribute {
  let i64 = context.integerType(64)
  return context.arrayAttr(groups.map { g in context.arrayAttr(g.map { context.integerAttr($0, i64) }) })
}

/// Parses the `[[0, 1], [2]]` of an expand/collapse_shape.
func parseReassociation(_ p: any OpAsmParser) throws -> Attribute {
  let loc = p.currentLocation
  let attr = try p.parseAttribute(type: nil)
  guard reassociationGroups(attr) != nil else {
    throw p.error(at: loc, "invalid kind of attribute specified")
  }
  return attr
}

/// Shapes of an expand/collapse pair agree under `groups`: a static
/// collapsed dim is the product of its expanded group when that is
/// static (verifyReshapeLikeShapes).
func verifyReshapeShapes(
  collapsed: [Int64], expanded: [Int64], groups: [[Int64]]
) throws {
  for (i, g) in groups.enumerated() where i < collapsed.count {
    var product: Int64 = 1
    var dynamic = false
    for d in g where Int(d) < expanded.count {
      let e = expanded[Int(d)]
      if e == kDynamic { dynamic = true } else {
        let (p, o) = product.multipliedReportingOverflow(by: e)
        product = o ? Int64.max : p
      }
    }
    let c = collapsed[i]
    if dynamic {
      if c != kDynamic {
        throw OpVerifyError(
          "expected dimension \(i) of collapsed type to be dynamic since one or more of the corresponding dimensions in the expanded type is dynamic")
      }
    } else if c != kDynamic && c != product {
      throw OpVerifyError(
        "expected dimension \(i) of collapsed type to be static value of \(product)")
    }
  }
}

/// The ODS checks of a single `SizedRegion<1>` region named `name`:
/// exactly one region (OneRegion), holding exactly one block.
func requireSingleBlockRegion(_ op: Operation, named name: String) throws {
  if op.regions.count != 1 { throw OpVerifyError("requires one region") }
  if op.region(0).blocks.count != 1 {
    throw OpVerifyError("region #0 ('\(name)') failed to verify constraint: region with 1 blocks")
  }
}

// Builds the body of a named op from its scalar expression, op for op as
// MLIR's RegionBuilderHelper does (LinalgOps.cpp): the same arith and math
// ops, the same casts (convertScalarToDtype) and the same evaluation order,
// so that the generic form prints the body MLIR prints.

import TorchIRCore

/// Why a named op's body cannot be built (MLIR's region builder messages).
struct RegionBuildError: Error {
  let message: String
}

/// Fills `region` with the body of the named op `def` for operands of the
/// given types; `attributes` select function attributes such as `cast`.
func buildNamedOpRegion(
  _ def: NamedOpDefinition, region: Region, inputTypes: [Type], outputTypes: [Type],
  attributes: [NamedAttribute], context: MLIRContext
) throws {
  let block = Block()
  for t in inputTypes + outputTypes { block.addArgument(elementTypeOrSelf(t), .unknown) }
  region.append(block)
  var b = ScalarBodyBuilder(context: context, block: block)
  var values: [String: Value] = [:]
  for (i, operand) in def.operands.enumerated() where i < block.arguments.count {
    values[operand.name] = block.arguments[i]
  }
  func typeOf(_ typeVar: String) throws -> Type {
    switch typeVar {
    case "I32": return context.integerType(32)
    case "I64": return context.integerType(64)
    case "F32": return context.f32Type
    case "F64": return context.f64Type
    default:
      guard let i = def.operands.firstIndex(where: { $0.typeVar == typeVar }), i < block.arguments.count else {
        throw RegionBuildError(message: "unknown type variable \(typeVar)")
      }
      return block.arguments[i].type
    }
  }
  func fnName(_ attr: String?, _ name: String?) -> String? {
    if let name { return name }
    guard let attr, let decl = def.fnAttrs.first(where: { $0.name == attr }) else { return nil }
    let mnemonic = decl.kind + "_fn"
    if let given = attributes.first(where: { $0.name == attr }) {
      return linalgEnumValue(given.value, mnemonic)
    }
    return decl.defaultFn
  }
  func eval(_ e: ScalarExpr) throws -> Value {
    switch e {
    case .arg(let name):
      guard let v = values[name] else { throw RegionBuildError(message: "unknown operand \(name)") }
      return v
    case .index(let dim):
      return b.create(
        "linalg.index", [], context.indexType,
        [NamedAttribute("dim", context.integerAttr(Int64(dim), context.i64Type))])
    case .constant(let text):
      return try b.constant(text)
    case .fn(let kind, let name, let attr, let typeVar, let operands):
      let args = try operands.map(eval)
      guard let fn = fnName(attr, name) else {
        throw RegionBuildError(message: "unsupported \(kind) function")
      }
      switch kind {
      case "type":
        guard let tv = typeVar, args.count == 1 else { throw RegionBuildError(message: "unsupported type conversion function") }
        return try b.typeFn(fn, try typeOf(tv), args[0])
      case "unary":
        guard args.count == 1 else { throw RegionBuildError(message: "unsupported unary function") }
        return try b.unaryFn(fn, args[0])
      case "binary":
        guard args.count == 2 else { throw RegionBuildError(message: "unsupported binary function") }
        return try b.binaryFn(fn, args[0], args[1])
      case "ternary":
        guard args.count == 3 else { throw RegionBuildError(message: "unsupported ternary function") }
        return try b.ternaryFn(fn, args[0], args[1], args[2])
      default:
        throw RegionBuildError(message: "unsupported function kind \(kind)")
      }
    }
  }
  var yields: [Value] = []
  for a in def.assignments { yields.append(try eval(a.value)) }
  b.yield(yields)
}

/// Appends scalar ops to a body block.
struct ScalarBodyBuilder {
  let context: MLIRContext
  let block: Block

  @discardableResult
  func create(_ name: String, _ operands: [Value], _ resultType: Type?, _ attrs: [NamedAttribute] = []) -> Value {
    var s = OperationState(context: context, name: name, location: .unknown)
    s.operands = operands
    s.resultTypes = resultType.map { [$0] } ?? []
    s.attributes = attrs
    let op = Operation(s)
    block.append(op)
    return op.numResults > 0 ? op.result(0) : operands[0]
  }

  func yield(_ values: [Value]) {
    var s = OperationState(context: context, name: "linalg.yield", location: .unknown)
    s.operands = values
    block.append(Operation(s))
  }

  /// `arith.constant` of a literal such as `12345 : i64` or `2.5E-1 : f64`.
  func constant(_ text: String) throws -> Value {
    let parts = text.split(separator: ":").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
    guard parts.count == 2 else { throw RegionBuildError(message: "bad constant \(text)") }
    let attr: Attribute
    switch parts[1] {
    case "i64", "i32":
      guard let v = Int64(parts[0]) else { throw RegionBuildError(message: "bad constant \(text)") }
      attr = context.integerAttr(v, context.integerType(parts[1] == "i64" ? 64 : 32))
    case "f64", "f32":
      let kind: FloatKind = parts[1] == "f64" ? .f64 : .f32
      guard let bits = parseDecimalFloat(Substring(parts[0]), kind: kind) else {
        throw RegionBuildError(message: "bad constant \(text)")
      }
      attr = context.attribute(.float(bits, context.floatType(kind)))
    default:
      throw RegionBuildError(message: "bad constant \(text)")
    }
    return create("arith.constant", [], attr.type, [NamedAttribute("value", attr)])
  }

  // MARK: OpDSL functions

  func typeFn(_ fn: String, _ toType: Type, _ operand: Value) throws -> Value {
    switch fn {
    case "cast_signed": return cast(toType, operand, unsigned: false)
    case "cast_unsigned": return cast(toType, operand, unsigned: true)
    default: throw RegionBuildError(message: "unsupported type conversion function")
    }
  }

  func unaryFn(_ fn: String, _ arg: Value) throws -> Value {
    guard arg.type.isFloat else { throw RegionBuildError(message: "unsupported non numeric type") }
    let t = arg.type
    switch fn {
    case "exp": return create("math.exp", [arg], t)
    case "log": return create("math.log", [arg], t)
    case "abs": return create("math.absf", [arg], t)
    case "ceil": return create("math.ceil", [arg], t)
    case "floor": return create("math.floor", [arg], t)
    case "negf": return create("arith.negf", [arg], t)
    case "reciprocal":
      guard let kind = t.floatKind else { throw RegionBuildError(message: "unsupported non numeric type") }
      let one = context.attribute(.float(doubleToFloatBits(1.0, kind: kind), t))
      let c = create("arith.constant", [], t, [NamedAttribute("value", one)])
      return create("arith.divf", [c, arg], t)
    case "round": return create("math.round", [arg], t)
    case "sqrt": return create("math.sqrt", [arg], t)
    case "rsqrt": return create("math.rsqrt", [arg], t)
    case "square": return create("arith.mulf", [arg, arg], t)
    case "tanh": return create("math.tanh", [arg], t)
    case "erf": return create("math.erf", [arg], t)
    case "sin", "cos", "tan", "acos", "acosh", "asin", "asinh", "atan", "atanh", "log10", "log1p", "log2":
      return create("math." + fn, [arg], t)
    default: throw RegionBuildError(message: "unsupported unary function")
    }
  }

  func binaryFn(_ fn: String, _ a: Value, _ b: Value) throws -> Value {
    let allComplex = isComplex(a.type) && isComplex(b.type)
    let allFloat = a.type.isFloat && b.type.isFloat
    let allInteger = a.type.isInteger && b.type.isInteger
    let allBool = allInteger && a.type.isInteger(width: 1) && b.type.isInteger(width: 1)
    guard allComplex || allFloat || allInteger else {
      throw RegionBuildError(
        message: "Cannot build binary Linalg operation: expects allComplex, allFloatingPoint, or allInteger, got '\(a.type)' and '\(b.type)'")
    }
    let t = a.type
    func pick(_ complex: String?, _ float: String, _ bool: String?, _ int: String, boolError: String? = nil) throws -> Value {
      if allComplex {
        guard let complex else { throw RegionBuildError(message: "unsupported binary function") }
        return create(complex, [a, b], t)
      }
      if allFloat { return create(float, [a, b], t) }
      if allBool {
        if let boolError { throw RegionBuildError(message: boolError) }
        if let bool { return create(bool, [a, b], t) }
      }
      return create(int, [a, b], t)
    }
    switch fn {
    case "add": return try pick("complex.add", "arith.addf", "arith.ori", "arith.addi")
    case "sub": return try pick("complex.sub", "arith.subf", nil, "arith.subi", boolError: "unsupported operation: sub with bools")
    case "mul": return try pick("complex.mul", "arith.mulf", "arith.andi", "arith.muli")
    case "div": return try pick("complex.div", "arith.divf", nil, "arith.divsi", boolError: "unsupported operation: div with bools")
    case "div_unsigned":
      guard allInteger, !allBool else { throw RegionBuildError(message: "unsupported operation: unsigned div not on uint") }
      return create("arith.divui", [a, b], t)
    case "max_signed": return try pick(nil, "arith.maximumf", nil, "arith.maxsi")
    case "min_signed": return try pick(nil, "arith.minimumf", nil, "arith.minsi")
    // The reference's builder has unsigned max/min for integers only.
    case "max_unsigned":
      guard allInteger else { throw RegionBuildError(message: "unsupported operation: unsigned max not on uint") }
      return create("arith.maxui", [a, b], t)
    case "min_unsigned":
      guard allInteger else { throw RegionBuildError(message: "unsupported operation: unsigned min not on uint") }
      return create("arith.minui", [a, b], t)
    case "powf":
      guard allFloat else { throw RegionBuildError(message: "unsupported binary function") }
      return create("math.powf", [a, b], t)
    default: throw RegionBuildError(message: "unsupported binary function")
    }
  }

  func ternaryFn(_ fn: String, _ a: Value, _ b: Value, _ c: Value) throws -> Value {
    guard fn == "select" else { throw RegionBuildError(message: "unsupported ternary function") }
    let headBool = a.type.isInteger(width: 1)
    let tailFloat = a.type.isFloat && b.type.isFloat && c.type.isFloat
    let tailInteger = a.type.isInteger && b.type.isInteger && c.type.isInteger
    guard headBool || tailFloat || tailInteger else { throw RegionBuildError(message: "unsupported non numeric type") }
    return create("arith.select", [a, b, c], b.type)
  }

  /// convertScalarToDtype: the cast MLIR inserts from `operand` to `toType`
  /// (the operand itself when no cast applies).
  func cast(_ toType: Type, _ operand: Value, unsigned: Bool) -> Value {
    let from = operand.type
    if from == toType { return operand }
    if case .integer(let toWidth, _) = toType.kind {
      if from.isFloat { return create(unsigned ? "arith.fptoui" : "arith.fptosi", [operand], toType) }
      if from.isIndex { return create("arith.index_cast", [operand], toType) }
      if case .integer(let fromWidth, _) = from.kind {
        if toWidth > fromWidth { return create(unsigned ? "arith.extui" : "arith.extsi", [operand], toType) }
        if toWidth < fromWidth { return create("arith.trunci", [operand], toType) }
      }
      return operand
    }
    if let toKind = toType.floatKind {
      if from.isInteger { return create(unsigned ? "arith.uitofp" : "arith.sitofp", [operand], toType) }
      if let fromKind = from.floatKind {
        if toKind.bitWidth > fromKind.bitWidth { return create("arith.extf", [operand], toType) }
        if toKind.bitWidth < fromKind.bitWidth { return create("arith.truncf", [operand], toType) }
      }
      return operand
    }
    return operand
  }

  private func isComplex(_ t: Type) -> Bool {
    if case .complex = t.kind { return true }
    return false
  }
}

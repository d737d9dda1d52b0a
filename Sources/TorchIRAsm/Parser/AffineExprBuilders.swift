// TEMPORARY: builders until the simplifying constructors land in Core.
import TorchIRCore

extension AffineExpr {
  static func makeAdd(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .add(a, b) }
  static func makeSub(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .add(a, .mul(b, .constant(-1))) }
  static func makeMul(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .mul(a, b) }
  static func makeFloorDiv(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .floorDiv(a, b) }
  static func makeCeilDiv(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .ceilDiv(a, b) }
  static func makeMod(_ a: AffineExpr, _ b: AffineExpr) -> AffineExpr { .mod(a, b) }
}

// The folders and canonicalization patterns of the generated aten/prims
// ops: which of Torch-MLIR's exist (checked against the `hooks` flags of
// Specs/TorchGenerated.spec, and against the table in
// Tests/Fixtures/torch_ops/README.md), and that inputs Torch-MLIR itself
// would crash or loop on are left alone. Their behaviour is compared with
// torch-mlir-opt by TorchOpsTests (canonicalize_aten_*.mlir and
// canonicalize_upstream.mlir).

import Foundation
import TorchIRCore
@testable import TorchIRDialects
import XCTest

private let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/torch_ops/README.md")

final class TorchAtenFoldersTests: XCTestCase {
  /// Per flag: the ops with the flag, and those of them TorchIR has.
  private func coverage() -> (folders: ([String], [String]), patterns: ([String], [String]), extra: [String]) {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    var withFolder: [String] = [], haveFolder: [String] = []
    var withPatterns: [String] = [], havePatterns: [String] = []
    var extra: [String] = []
    for op in torchGeneratedDialectSpec.ops {
      let name = op.name
      let flags = op.hooks.split(separator: " ").map(String.init)
      guard let info = ctx.registeredOperation(name)?.info else {
        extra.append("\(name) not registered")
        continue
      }
      if flags.contains("folder") {
        withFolder.append(String(name.dropFirst(6)))
        if info.fold != nil { haveFolder.append(String(name.dropFirst(6))) }
      } else if info.fold != nil {
        extra.append("\(name) has a folder Torch-MLIR lacks")
      }
      if flags.contains("canonicalizer") {
        withPatterns.append(String(name.dropFirst(6)))
        if !info.canonicalizationPatterns.isEmpty { havePatterns.append(String(name.dropFirst(6))) }
      } else if !info.canonicalizationPatterns.isEmpty {
        extra.append("\(name) has canonicalizations Torch-MLIR lacks")
      }
    }
    return ((withFolder, haveFolder), (withPatterns, havePatterns), extra)
  }

  /// Only ops Torch-MLIR gives a folder or canonicalizer have one here.
  func testHooksOnlyWhereTorchMLIRHasThem() {
    XCTAssertEqual(coverage().extra, [])
  }

  /// The README's table states what exists and what is missing; it must
  /// say what the code has (the failure message gives the text to paste).
  func testReadmeTableIsCurrent() throws {
    let c = coverage()
    func missing(_ all: [String], _ have: [String]) -> String {
      let h = Set(have)
      let names = all.filter { !h.contains($0) }.map { "`\($0)`" }
      return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
    let table = """
      | hook | Torch-MLIR (spec flags) | TorchIR | missing |
      | --- | --- | --- | --- |
      | folder | \(c.folders.0.count) | \(c.folders.1.count) | \(c.folders.0.count - c.folders.1.count) |
      | canonicalizer | \(c.patterns.0.count) | \(c.patterns.1.count) | \(c.patterns.0.count - c.patterns.1.count) |

      Folders still missing: \(missing(c.folders.0, c.folders.1)).

      Canonicalizers still missing: \(missing(c.patterns.0, c.patterns.1)).
      """
    let text = try String(contentsOf: readme, encoding: .utf8)
    XCTAssertTrue(text.contains(table), "README table out of date; expected:\n\(table)")
  }

  /// Operands on which Torch-MLIR's folders have undefined behaviour or
  /// crash (division by zero, INT64_MIN % -1, floats out of int64's range,
  /// list indices out of range, a slice step that never ends, an empty
  /// list, a list repeated 10^18 times) canonicalize without a crash or a
  /// hang and stay unfolded.
  func testBadOperandsDoNotFold() {
    let source = """
      func.func @f(%arg0: !torch.vtensor<[2],f32>) -> (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.list<int>, !torch.list<int>, !torch.int, !torch.int, !torch.int) {
        %int0 = torch.constant.int 0
        %int7 = torch.constant.int 7
        %min = torch.constant.int -9223372036854775808
        %int-1 = torch.constant.int -1
        %int5 = torch.constant.int 5
        %int1 = torch.constant.int 1
        %big = torch.constant.float 1.0e30
        %nan = torch.constant.float 0x7FF8000000000000
        %0 = torch.aten.floordiv.int %int7, %int0 : !torch.int, !torch.int -> !torch.int
        %1 = torch.aten.remainder.int %int7, %int0 : !torch.int, !torch.int -> !torch.int
        %2 = torch.aten.remainder.int %min, %int-1 : !torch.int, !torch.int -> !torch.int
        %3 = torch.aten.Int.float %big : !torch.float -> !torch.int
        %4 = torch.aten.ceil.float %nan : !torch.float -> !torch.int
        %l = torch.prim.ListConstruct %int7 : (!torch.int) -> !torch.list<int>
        %5 = torch.aten.__getitem__.t %l, %int5 : !torch.list<int>, !torch.int -> !torch.int
        %6 = torch.aten.slice.t %l, %int0, %int5, %int0 : !torch.list<int>, !torch.int, !torch.int, !torch.int -> !torch.list<int>
        %e = torch.prim.ListConstruct  : () -> !torch.list<int>
        %7 = torch.aten.slice.t %e, %int0, %int5, %int1 : !torch.list<int>, !torch.int, !torch.int, !torch.int -> !torch.list<int>
        %8 = torch.aten.size.int %arg0, %int5 : !torch.vtensor<[2],f32>, !torch.int -> !torch.int
        %9 = torch.aten.__range_length %int0, %int7, %int0 : !torch.int, !torch.int, !torch.int -> !torch.int
        %10 = torch.aten.mul.int %min, %int-1 : !torch.int, !torch.int -> !torch.int
        %huge = torch.constant.int 1000000000000000000
        %11 = torch.aten.mul.left_t %e, %huge : !torch.list<int>, !torch.int -> !torch.list<int>
        %12 = torch.aten.mul.left_t %l, %huge : !torch.list<int>, !torch.int -> !torch.list<int>
        torch.prim.Print(%11, %12) : !torch.list<int>, !torch.list<int>
        return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : !torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.int, !torch.list<int>, !torch.list<int>, !torch.int, !torch.int, !torch.int
      }
      """
    let r = runDriver(Array(source.utf8), name: "bad.mlir", flags: ["--canonicalize"])
    XCTAssertEqual(r.code, 0, text(r.stderr))
    let out = text(r.stdout)
    for kept in ["floordiv.int", "remainder.int %int7", "remainder.int %int-9223372036854775808", "Int.float",
                 "ceil.float", "__getitem__.t", "slice.t", "size.int", "__range_length", "mul.left_t"] {
      XCTAssertTrue(out.contains("torch.aten." + kept), "\(kept) folded:\n\(out)")
    }
    // INT64_MIN * -1 wraps, as two's complement hardware does.
    XCTAssertFalse(out.contains("torch.aten.mul.int"), out)
  }
}

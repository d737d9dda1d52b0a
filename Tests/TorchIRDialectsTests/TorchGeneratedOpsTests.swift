// The Torch ops generated from PyTorch's registry (Specs/TorchGenerated.spec):
// every op, in Torch-MLIR's default syntax, printed byte for byte like
// torch-mlir-opt (Tests/Fixtures/torch_generated, made by
// make_dialect_fixtures.py --dialect torch_generated from the corpus that
// make_torch_op_corpus.py writes), type-constraint diagnostics checked with
// torch-mlir-opt, and the traits the spec declares.

import Foundation
import TorchIRCore
import TorchIRDialects
import TorchIRSpecGen
import XCTest

private let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/torch_generated")
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/torch_generated")
private let specURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Specs/TorchGenerated.spec")

/// Torch-MLIR's GeneratedTorchOps.td (0029fc2e) defines 764 ops of these
/// namespaces (and 16 `prim::` ops, declared with the hand-written ones).
private let expectedOpCount = 764

final class TorchGeneratedOpsTests: XCTestCase {
  private func specOpNames() throws -> [String] {
    let d = try SpecParser.parse(file: "Specs/TorchGenerated.spec", text: String(contentsOf: specURL, encoding: .utf8))
    return d.ops.map { "torch." + $0.mnemonic }
  }

  func testEverySpecOpIsRegistered() throws {
    let names = try specOpNames()
    XCTAssertEqual(names.count, expectedOpCount)
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    for n in names { XCTAssertNotNil(ctx.registeredOperation(n), n) }
  }

  /// The corpus has one instance of every op, so the fixtures cover them all.
  func testCorpusHasEveryOp() throws {
    let corpus = try String(contentsOf: inputs.appendingPathComponent("ops.mlir"), encoding: .utf8)
    var used = Set<String>()
    for line in corpus.split(separator: "\n") {
      for word in line.split(whereSeparator: { $0 == " " || $0 == "(" }) where word.hasPrefix("torch.") {
        used.insert(String(word))
      }
    }
    for n in try specOpNames() { XCTAssertTrue(used.contains(n), "no instance of \(n) in ops.mlir") }
  }

  func testPrintingMatchesReference() throws {
    let input = try XCTUnwrap(contents(inputs.appendingPathComponent("ops.mlir")))
    let custom = try XCTUnwrap(contents(fixtures.appendingPathComponent("ops.custom.mlir")))
    for (kind, flags) in [("custom", [String]()), ("generic", ["--mlir-print-op-generic"])] {
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent("ops.\(kind).mlir")))
      let run = runDriver(input, name: "ops.mlir", flags: flags)
      XCTAssertEqual(run.code, 0, "\(kind): \(text(run.stderr))")
      XCTAssertEqual(run.stdout, expected, "\(kind): \(firstDifference(expected, run.stdout))")
      // Both printed forms parse back to the reference custom form.
      let again = runDriver(run.stdout, name: "ops.mlir", flags: [])
      XCTAssertEqual(again.stdout, custom, "\(kind) re-parsed: \(firstDifference(custom, again.stdout))")
    }
  }

  /// Ops whose printed form torch-mlir-opt cannot parse back (an empty
  /// variadic operand list prints `:  ->`) still print like it.
  func testPrintOnlyInputsMatchReference() throws {
    let dir = inputs.deletingLastPathComponent().appendingPathComponent("torch_generated_print")
    let names = mlirFileNames(in: dir)
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let input = try XCTUnwrap(contents(dir.appendingPathComponent(name)))
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent(name.dropLast(5) + ".custom.mlir")))
      let run = runDriver(input, name: name, flags: [])
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
      XCTAssertEqual(run.stdout, expected, "\(name): \(firstDifference(expected, run.stdout))")
    }
  }

  /// `expected-error` lines were checked with torch-mlir-opt: invalid.mlir
  /// (hand-written), verifiers.mlir (the hand-written verifiers of ops
  /// declared `hooks verifier`) and constraints.mlir (every type constraint's
  /// message, as operand and result, written by make_torch_op_corpus.py).
  func testDiagnostics() throws {
    for name in ["invalid.mlir", "verifiers.mlir", "constraints.mlir"] {
      let input = try XCTUnwrap(contents(inputs.appendingPathComponent(name)))
      let run = runDriver(input, name: name, flags: runLineFlags(input))
      XCTAssertEqual(run.code, 0, "\(name): \(text(run.stderr))")
    }
  }

  /// Without --verify-diagnostics, every diagnostic (text, line, column,
  /// the "see current operation" note) is the reference tool's.
  func testDiagnosticsTextMatchesReference() throws {
    for name in ["invalid", "verifiers"] {
      let input = try XCTUnwrap(contents(inputs.appendingPathComponent("\(name).mlir")))
      let renamed = Array(text(input).replacingOccurrences(of: "expected-", with: "expected_").utf8)
      let expected = try XCTUnwrap(contents(fixtures.appendingPathComponent("\(name).stderr")))
      let run = runDriver(renamed, name: "\(name).mlir", flags: ["--split-input-file"])
      XCTAssertEqual(run.code, 1, name)
      XCTAssertEqual(run.stderr, expected, "\(name): \(firstDifference(expected, run.stderr))")
    }
  }

  /// Every prefix of the corpus (cut at 40 places, mid-op included) fails
  /// with a located diagnostic, never a crash.
  func testTruncatedCorpusGivesLocatedErrors() throws {
    let input = try XCTUnwrap(contents(inputs.appendingPathComponent("ops.mlir")))
    let step = max(1, input.count / 40)
    for cut in stride(from: step / 2, to: input.count - 2, by: step) {
      let run = runDriver(Array(input[0..<cut]), name: "ops.mlir", flags: [])
      XCTAssertEqual(run.code, 1, "cut at \(cut)")
      XCTAssertTrue(text(run.stderr).hasPrefix("ops.mlir:"), "cut at \(cut): \(text(run.stderr))")
    }
  }

  /// HasValueSemantics / ReadOnly / AllowsTypeRefinement follow the PyTorch
  /// schema's alias annotations, as in Torch-MLIR's torch_ods_gen.py.
  func testTraits() throws {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    func traits(_ name: String) throws -> OpTraits {
      try XCTUnwrap(ctx.registeredOperation(name)?.info?.traits, name)
    }
    XCTAssertEqual(try traits("torch.aten.add.Tensor"), [.allowsTypeRefinement, .hasValueSemantics, .readOnly])
    XCTAssertEqual(try traits("torch.aten.add_.Tensor"), [.allowsTypeRefinement, .isTrailingUnderscoreInplaceVariant])
    // An `out=` overload writes its `out` operand.
    XCTAssertEqual(try traits("torch.aten.arange.start_out"), [.allowsTypeRefinement])
    // Variadic: ReadOnly but not HasValueSemantics.
    XCTAssertEqual(try traits("torch.aten.format"), [.allowsTypeRefinement, .readOnly])
    // Aliasing results (`t(*)`): ReadOnly only.
    XCTAssertEqual(try traits("torch.aten.__is__"), [.allowsTypeRefinement, .readOnly])
    XCTAssertEqual(try traits("torch.quantized.linear"), [.allowsTypeRefinement, .hasValueSemantics, .readOnly])
  }

  /// The spec format's additions for Torch: `@name` constraint terms and a
  /// Swift name for a dialect whose ops are split over several specs.
  func testSpecExtensions() throws {
    let d = try SpecParser.parse(file: "t.spec", text: """
      dialect torch TorchExtra
      constraint T "Any Torch tensor type" = @torch.tensor | @torch.vtensor
      op aten.x {
        traits AllowsTypeRefinement HasValueSemantics ReadOnly
        operand self T
        result result T
        format custom
      }
      """)
    XCTAssertEqual(d.constraints.first?.terms, ["@torch.tensor", "@torch.vtensor"])
    XCTAssertEqual(SwiftEmitter.outputPath(for: d), "Sources/TorchIRDialects/Torch/Generated/TorchExtraOps.swift")
    XCTAssertTrue(try SwiftEmitter.emit(d, specPath: "t.spec").contains("let torchExtraDialectSpec = DialectSpec("))
    XCTAssertNotNil(torchTypePredicate("torch.list<int|none>"))
    XCTAssertNil(torchTypePredicate("torch.bogus"))
    XCTAssertNil(torchTypePredicate("torch.list<bogus>"))
  }
}

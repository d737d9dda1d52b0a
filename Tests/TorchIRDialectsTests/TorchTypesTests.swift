// The Torch dialect's types: the .mlir inputs under Inputs/torch run through
// torchir-opt's driver and are compared byte for byte with torch-mlir-opt's
// outputs in Tests/Fixtures/torch_types (made by
// Tests/Fixtures/make_torch_type_fixtures.py), plus the typed Swift API.

import Foundation
import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRTool
import XCTest

private let torchInputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Inputs/torch")
private let torchFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/torch_types")

final class TorchTypesTests: XCTestCase {
  /// Custom and generic output equal torch-mlir-opt's for every input.
  func testRoundTripMatchesReference() {
    let inputs = mlirFiles(in: torchInputs.appendingPathComponent("roundtrip"))
    XCTAssertGreaterThanOrEqual(inputs.count, 4)
    var checked = 0
    for input in inputs {
      let name = input.deletingPathExtension().lastPathComponent
      guard let source = contents(input) else { continue }
      for (variant, flags) in [("custom", []), ("generic", ["--mlir-print-op-generic"])] {
        guard let expected = contents(torchFixtures.appendingPathComponent("\(name).\(variant).mlir"))
        else {
          XCTFail("no fixture for \(name).\(variant)")
          continue
        }
        let r = runDriver(source, name: "\(name).mlir", flags: ["--allow-unregistered-dialect"] + flags)
        XCTAssertEqual(r.code, 0, "\(name) \(variant): \(text(r.stderr))")
        if r.stdout != expected {
          XCTFail("\(name).\(variant) differs from torch-mlir-opt at \(firstDifference(expected, r.stdout))")
        }
        // The output reads back to itself, in either form.
        let again = runDriver(r.stdout, name: "\(name).mlir", flags: ["--allow-unregistered-dialect"] + flags)
        XCTAssertEqual(again.stdout, r.stdout, "\(name).\(variant) is not a fixed point")
        checked += 1
      }
    }
    XCTAssertEqual(checked, 2 * inputs.count)
  }

  /// The `expected-error` lines of the invalid inputs hold.
  func testVerifyDiagnostics() {
    for input in mlirFiles(in: torchInputs.appendingPathComponent("invalid")) {
      guard let source = contents(input) else { continue }
      let flags = runLineFlags(source)
      XCTAssertTrue(flags.contains("--verify-diagnostics"), input.lastPathComponent)
      let r = runDriver(source, name: input.lastPathComponent, flags: flags)
      XCTAssertEqual(r.code, 0, "\(input.lastPathComponent):\n\(text(r.stderr))")
    }
  }

  /// Diagnostics match torch-mlir-opt's to the column (see the generator
  /// script for why `expected-` is renamed).
  func testDiagnosticsMatchReference() {
    for input in mlirFiles(in: torchInputs.appendingPathComponent("invalid")) {
      let name = input.deletingPathExtension().lastPathComponent
      guard let source = contents(input),
        let expectedErr = contents(torchFixtures.appendingPathComponent("\(name).stderr")),
        let expectedOut = contents(torchFixtures.appendingPathComponent("\(name).stdout")),
        let codeText = contents(torchFixtures.appendingPathComponent("\(name).exitcode"))
      else {
        XCTFail("missing fixtures for \(name)")
        continue
      }
      let renamed = Array(text(source).replacingOccurrences(of: "expected-", with: "expected_").utf8)
      let r = runDriver(renamed, name: "\(name).mlir", flags: ["--split-input-file"])
      XCTAssertEqual(String(r.code), text(codeText).trimmingCharacters(in: .whitespacesAndNewlines), name)
      if r.stderr != expectedErr {
        XCTFail("\(name) stderr differs at \(firstDifference(expectedErr, r.stderr))")
      }
      if r.stdout != expectedOut {
        XCTFail("\(name) stdout differs at \(firstDifference(expectedOut, r.stdout))")
      }
    }
  }

  // MARK: The typed API

  private func makeContext() -> MLIRContext {
    let c = MLIRContext()
    registerAllDialects(c)
    installPrintHooks(c)
    return c
  }

  func testTensorTypeRoundTripsThroughType() {
    let c = makeContext()
    let f32 = c.type(.float(.f32))
    let t = TorchTensorType(sizes: [2, torchUnknownSize, 3], dtype: f32, hasValueSemantics: true)
    let type = t.type(in: c)
    XCTAssertEqual(typeString(type), "!torch.vtensor<[2,?,3],f32>")
    XCTAssertEqual(TorchTensorType(type), t)
    XCTAssertTrue(type.isTorchValueTensor)
    // Uniqued: building it again gives the same handle.
    XCTAssertEqual(t.type(in: c), type)
    let plain = t.withValueSemantics(false).type(in: c)
    XCTAssertEqual(typeString(plain), "!torch.tensor<[2,?,3],f32>")
    XCTAssertNotEqual(plain, type)
    let unknown = TorchTensorType(sizes: nil, dtype: nil, hasValueSemantics: true).type(in: c)
    XCTAssertEqual(typeString(unknown), "!torch.vtensor")
    let unranked = TorchTensorType(sizes: nil, dtype: f32, hasValueSemantics: false).type(in: c)
    XCTAssertEqual(typeString(unranked), "!torch.tensor<*,f32>")
    let noDtype = TorchTensorType(sizes: [], dtype: nil, hasValueSemantics: true).type(in: c)
    XCTAssertEqual(typeString(noDtype), "!torch.vtensor<[],unk>")
    XCTAssertNil(TorchTensorType(f32))
  }

  func testOtherTypesPrintInShortFormWhenNested() {
    let c = makeContext()
    let int = TorchSimpleType.int.type(in: c)
    let tensor = TorchTensorType(sizes: [2], dtype: TorchSimpleType.qint8.type(in: c), hasValueSemantics: true)
    let list = TorchContainerType(.list, of: tensor.type(in: c)).type(in: c)
    XCTAssertEqual(typeString(list), "!torch.list<vtensor<[2],!torch.qint8>>")
    let optional = TorchContainerType(.optional, of: list).type(in: c)
    XCTAssertEqual(typeString(optional), "!torch.optional<list<vtensor<[2],!torch.qint8>>>")
    let tuple = TorchTupleLikeType(.tuple, of: [int, TorchSimpleType.none.type(in: c)]).type(in: c)
    XCTAssertEqual(typeString(tuple), "!torch.tuple<int, none>")
    XCTAssertEqual(TorchTupleLikeType(tuple)?.containedTypes.count, 2)
    let union = TorchTupleLikeType(.union, of: []).type(in: c)
    XCTAssertEqual(typeString(union), "!torch.union<>")
    let dict = TorchDictType(key: TorchSimpleType.str.type(in: c), value: int).type(in: c)
    XCTAssertEqual(typeString(dict), "!torch.dict<str, int>")
    let module = TorchNnModuleType(className: "a\"b").type(in: c)
    XCTAssertEqual(typeString(module), "!torch.nn.Module<\"a\\22b\">")
    XCTAssertEqual(TorchNnModuleType(module)?.className, "a\"b")
    for simple in TorchSimpleType.allCases {
      XCTAssertEqual(typeString(simple.type(in: c)), "!torch.\(simple.rawValue)")
      XCTAssertEqual(TorchSimpleType(simple.type(in: c)), simple)
    }
  }

  func testValidDtypes() {
    let c = makeContext()
    func int(_ w: Int, _ s: Signedness) -> Type { c.type(.integer(width: w, signedness: s)) }
    XCTAssertTrue(isValidTorchDtype(int(1, .signless)))
    XCTAssertFalse(isValidTorchDtype(int(8, .signless)))
    XCTAssertTrue(isValidTorchDtype(int(4, .unsigned)))
    XCTAssertFalse(isValidTorchDtype(int(1, .signed)))
    XCTAssertTrue(isValidTorchDtype(c.type(.complex(c.type(.float(.bf16))))))
    XCTAssertFalse(isValidTorchDtype(c.type(.float(.f8E4M3))))
    XCTAssertTrue(isValidTorchDtype(TorchSimpleType.str.type(in: c)))
    XCTAssertFalse(isValidTorchDtype(TorchSimpleType.int.type(in: c)))
    let bad = TorchTensorType(sizes: [-3], dtype: c.type(.float(.f32)), hasValueSemantics: true)
    XCTAssertEqual(bad.verificationError(), "invalid size -3 for !torch.tensor type")
  }

  func testSubtypesAndMeet() {
    let c = makeContext()
    let int = TorchSimpleType.int.type(in: c)
    let float = TorchSimpleType.float.type(in: c)
    let none = TorchSimpleType.none.type(in: c)
    let number = TorchSimpleType.number.type(in: c)
    XCTAssertTrue(isValidTorchSubtype(int, number))
    XCTAssertFalse(isValidTorchSubtype(TorchSimpleType.bool.type(in: c), number))
    XCTAssertTrue(isValidTorchSubtype(none, TorchContainerType(.optional, of: int).type(in: c)))
    XCTAssertTrue(isValidTorchSubtype(int, TorchSimpleType.any.type(in: c)))
    let union = TorchTupleLikeType(.union, of: [int, float]).type(in: c)
    XCTAssertTrue(isValidTorchSubtype(union, number))
    XCTAssertTrue(isValidTorchSubtype(float, union))
    let pair = TorchTupleLikeType(.tuple, of: [int, float]).type(in: c)
    XCTAssertTrue(isValidTorchSubtype(pair, TorchTupleLikeType(.tuple, of: [number, number]).type(in: c)))
    XCTAssertFalse(isValidTorchSubtype(pair, TorchTupleLikeType(.tuple, of: [number]).type(in: c)))

    let f32 = c.type(.float(.f32))
    let known = TorchTensorType(sizes: [2, 3], dtype: f32, hasValueSemantics: true)
    let partial = TorchTensorType(sizes: [torchUnknownSize, 3], dtype: nil, hasValueSemantics: true)
    XCTAssertTrue(isValidTorchSubtype(known.type(in: c), partial.type(in: c)))
    XCTAssertFalse(isValidTorchSubtype(partial.type(in: c), known.type(in: c)))
    XCTAssertFalse(isValidTorchSubtype(known.type(in: c), known.withValueSemantics(false).type(in: c)))
    XCTAssertEqual(meetTorchTensorTypes(known, partial), known)
    let other = TorchTensorType(sizes: [4, 3], dtype: nil, hasValueSemantics: true)
    XCTAssertNil(meetTorchTensorTypes(known, other))
    XCTAssertEqual(
      meetTorchTensorTypes(partial, TorchTensorType(sizes: nil, dtype: f32, hasValueSemantics: true)),
      TorchTensorType(sizes: [torchUnknownSize, 3], dtype: f32, hasValueSemantics: true))

    XCTAssertEqual(typeString(known.toBuiltinTensor(in: c) ?? int), "tensor<2x3xf32>")
    let q = TorchTensorType(sizes: [torchUnknownSize], dtype: TorchSimpleType.quint8.type(in: c), hasValueSemantics: true)
    XCTAssertEqual(typeString(q.toBuiltinTensor(in: c) ?? int), "tensor<?xi8>")
    let unranked = TorchTensorType(sizes: nil, dtype: c.type(.integer(width: 64, signedness: .signed)), hasValueSemantics: true)
    XCTAssertEqual(typeString(unranked.toBuiltinTensor(in: c) ?? int), "tensor<*xsi64>")
    XCTAssertNil(partial.toBuiltinTensor(in: c))
    XCTAssertTrue(known.areAllSizesKnown)
    XCTAssertFalse(partial.areAllSizesKnown)
  }

  /// TorchIR has no sparse_tensor dialect yet: encodings are accepted as
  /// opaque attributes (with --allow-unregistered-dialect) and kept as written.
  func testSparseEncodingIsKeptOpaque() {
    let source = "func.func private @f(!torch.vtensor<[2],f32,#sparse_tensor.encoding<{ map = (d0) -> (d0 : compressed) }>>)\n"
    let r = runDriver(Array(source.utf8), name: "sparse.mlir", flags: ["--allow-unregistered-dialect"])
    XCTAssertEqual(r.code, 0, text(r.stderr))
    XCTAssertTrue(text(r.stdout).contains(
      "!torch.vtensor<[2],f32,#sparse_tensor.encoding<{ map = (d0) -> (d0 : compressed) }>>"), text(r.stdout))
    let other = "func.func private @f(!torch.vtensor<[2],f32,#foo.bar>)\n"
    let bad = runDriver(Array(other.utf8), name: "sparse.mlir", flags: ["--allow-unregistered-dialect"])
    XCTAssertNotEqual(bad.code, 0)
    XCTAssertTrue(text(bad.stderr).contains("invalid sparsity encoding attribute"), text(bad.stderr))
  }

  func testTorchConversionNamespaceIsLoaded() {
    let c = makeContext()
    XCTAssertNotNil(c.dialect("torch_c"))
    XCTAssertTrue(c.dialect("torch") is TorchDialect)
  }
}

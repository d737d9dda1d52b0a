// The Specs/ generator: the committed generated files are what running it
// now produces, and malformed specs give located errors.

import Foundation
import TorchIRSpecGen
import XCTest

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

final class SpecGenTests: XCTestCase {
  func testGeneratedFilesAreUpToDate() throws {
    let specDir = packageRoot.appendingPathComponent("Specs")
    let names = try FileManager.default.contentsOfDirectory(atPath: specDir.path)
      .filter { $0.hasSuffix(".spec") }.sorted()
    XCTAssertFalse(names.isEmpty)
    var specs: [(path: String, text: String)] = []
    for n in names {
      let data = try XCTUnwrap(FileManager.default.contents(atPath: specDir.appendingPathComponent(n).path))
      specs.append(("Specs/" + n, String(decoding: data, as: UTF8.self)))
    }
    for (path, contents) in try generateDialects(specs: specs) {
      let committed = FileManager.default.contents(atPath: packageRoot.appendingPathComponent(path).path)
      XCTAssertEqual(committed.map { String(decoding: $0, as: UTF8.self) }, contents,
        "\(path) is out of date: run `swift run torchir-specgen`")
    }
  }

  private func error(_ text: String) -> String {
    do {
      _ = try SpecParser.parse(file: "t.spec", text: text)
      return "no error"
    } catch {
      return "\(error)"
    }
  }

  func testLocatedErrors() {
    XCTAssertEqual(error("dialect d\nfoo bar\n"),
      "t.spec:2:1: error: expected `dialect`, `constraint`, `enum`, `bitenum`, `class` or `op`, got `foo`")
    XCTAssertEqual(error("dialect d\nop x {\n  traits Bogus\n}\n"), "t.spec:3:3: error: unknown trait `Bogus`")
    XCTAssertEqual(error("dialect d\nop x {\n  operand a Nope\n}\n"),
      "t.spec:2:1: error: op `x`: unknown type constraint `Nope` of `a`")
    let c = "dialect d\nconstraint I \"int\" = int\n"
    XCTAssertEqual(error(c + "op x {\n  operand a I\n  result r I\n  format $a $b\n}\n"),
      "t.spec:6:13: error: op `x` format: `$b` is not an operand, attribute, region or successor")
    XCTAssertEqual(error(c + "op x {\n  operand a I\n  result r I\n  format $a attr-dict\n}\n"),
      "t.spec:6:10: error: op `x` format: type of `a` is neither written nor inferable")
    XCTAssertEqual(error(c + "op x {\n  operand a I\n  format ($a)?\n}\n"),
      "t.spec:5:10: error: op `x` format: optional group has no `^` anchor")
    XCTAssertEqual(error("dialect d\nop x {\n"), "t.spec:2:1: error: missing `}` for `x`")
  }

  func testFormatCompilation() throws {
    let d = try SpecParser.parse(file: "t.spec", text: """
      dialect d
      constraint I "int" = int | vector<int>
      bitenum F flags ", " "flags" { none=0 a=1 }
      op add {
        traits SameOperandsAndResultType
        operand lhs I
        operand rhs I
        attr flags F default none
        result result I
        format $lhs `,` $rhs (`flags` `` $flags^)? attr-dict `:` type($result)
      }
      """)
    let f = try XCTUnwrap(d.ops.first?.format)
    XCTAssertEqual(try FormatCompiler.compile(f, op: d.ops[0], location: d.ops[0].location),
      "o0 ', o1 ?a0 'flags ' a0 ) D ': tr0")
  }
}

// The fast linalg kernels against the reference generic path, on random
// shapes and values from a seeded generator: each op is run by the standard
// registry and by one whose linalg executors all take the reference path.
// Sums of small integers are exact in f32, so those cases must agree bit for
// bit whatever the summation order; normally distributed values get a
// relative tolerance for matmul and convolution, whose sums the fast path
// orders differently.

import TorchIRAsm
import TorchIRCore
import TorchIRDialects
import TorchIRInterpreter
import XCTest

/// SplitMix64: a small seeded generator, the same on every platform.
struct SeededGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

final class LinalgFastPathTests: XCTestCase {
  private var keep: [MLIRContext] = []
  private var rng = SeededGenerator(state: 20_261_125)

  private func parse(_ text: String) throws -> TorchIRCore.Operation {
    let ctx = MLIRContext()
    registerAllDialects(ctx)
    installPrintHooks(ctx)
    keep.append(ctx)
    return try Parser.parseSourceFile(SourceBuffer(name: "linalg.mlir", text: text), context: ctx)
  }

  private func run(_ text: String, _ args: [RuntimeValue], fast: Bool) throws -> [RuntimeValue] {
    let m = try parse(text)
    let registry = ExecutorRegistry.standard()
    if !fast { registerLinalgExecutors(registry, fastPaths: false) }
    let interp = Interpreter(module: m, registry: registry)
    let f = try interp.prepare(function: try Interpreter.entryFunction(in: m, named: nil))
    return try interp.run(f, args)
  }

  /// A buffer of `shape` with random values: small integers (exact sums) or
  /// uniform in [-1, 1).
  private func random(_ type: ElementType, _ shape: [Int], integers: Bool = true) throws -> Buffer {
    let b = try Buffer(allocating: type, shape: shape, at: .unknown)
    for i in 0..<b.count {
      let v: RuntimeValue
      if type.isFloat {
        v = .float(integers ? Double(rng.int(-4...4)) : rng.unit() * 2 - 1)
      } else {
        v = .int(UInt64(bitPattern: Int64(rng.int(-1000...1000))) & (type.bitWidth == 64 ? ~0 : 0xFFFF_FFFF))
      }
      b.store(i, v)
    }
    return b
  }

  private func values(_ v: RuntimeValue) -> [Double] {
    guard case .buffer(let b) = v else { return [] }
    var out: [Double] = []
    b.forEachPosition { i in
      switch b.load(i) {
      case .float(let d): out.append(d)
      case .int(let bits): out.append(Double(bits))
      default: out.append(.nan)
      }
    }
    return out
  }

  /// Runs `text` both ways on `args` (fresh copies each, so in-place memref
  /// ops start alike) and compares every result, or the memref arguments
  /// when there are none.
  private func check(
    _ label: String, _ text: String, _ args: [Buffer], scalars: [RuntimeValue] = [], tolerance: Double = 0,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    func copies() throws -> [RuntimeValue] {
      try args.map { b in
        let c = try Buffer(allocating: b.elementType, shape: b.shape, at: .unknown)
        for i in 0..<b.count { c.store(i, b.load(i)) }
        return .buffer(c)
      } + scalars
    }
    let fastArgs = try copies(), refArgs = try copies()
    var fast = try run(text, fastArgs, fast: true)
    var ref = try run(text, refArgs, fast: false)
    if fast.isEmpty {
      fast = fastArgs.filter { $0.bufferValue != nil }
      ref = refArgs.filter { $0.bufferValue != nil }
    }
    XCTAssertEqual(fast.count, ref.count, label, file: file, line: line)
    for (x, y) in zip(fast, ref) {
      let a = values(x), b = values(y)
      XCTAssertEqual(a.count, b.count, label, file: file, line: line)
      let scale = b.map { abs($0) }.max() ?? 1
      for i in 0..<min(a.count, b.count) {
        let ok = tolerance == 0 ? (a[i] == b[i] || (a[i].isNaN && b[i].isNaN)) : abs(a[i] - b[i]) <= tolerance * max(scale, 1)
        if !ok {
          XCTFail("\(label): element \(i): fast \(a[i]), reference \(b[i])", file: file, line: line)
          return
        }
      }
    }
  }

  private func t(_ shape: [Int], _ e: String = "f32") -> String {
    "tensor<" + shape.map(String.init).joined(separator: "x") + "x\(e)>"
  }

  func testMatmulFamilyOnRandomShapes() throws {
    for round in 0..<6 {
      // Edges that are not multiples of the 6 x 8 tile, and one product
      // large enough to split over two threads.
      let (m, n, k) = round == 5 ? (150, 133, 70) : (rng.int(1...40), rng.int(1...40), rng.int(1...300))
      let text = """
        func.func @main(%a: \(t([m, k])), %b: \(t([k, n])), %c: \(t([m, n]))) -> \(t([m, n])) {
          %0 = linalg.matmul ins(%a, %b : \(t([m, k])), \(t([k, n]))) outs(%c : \(t([m, n]))) -> \(t([m, n]))
          return %0 : \(t([m, n]))
        }
        """
      let f = f32()
      try check("matmul \(m)x\(n)x\(k)", text, [try random(f, [m, k]), try random(f, [k, n]), try random(f, [m, n])])
      try check(
        "matmul \(m)x\(n)x\(k) (uniform)", text,
        [try random(f, [m, k], integers: false), try random(f, [k, n], integers: false), try random(f, [m, n], integers: false)],
        tolerance: 1e-5)
    }
    let (b, m, n, k) = (rng.int(1...4), rng.int(1...20), rng.int(1...20), rng.int(1...50))
    try check(
      "batch_matmul", """
      func.func @main(%a: \(t([b, m, k])), %b: \(t([b, k, n])), %c: \(t([b, m, n]))) -> \(t([b, m, n])) {
        %0 = linalg.batch_matmul ins(%a, %b : \(t([b, m, k])), \(t([b, k, n]))) outs(%c : \(t([b, m, n]))) -> \(t([b, m, n]))
        return %0 : \(t([b, m, n]))
      }
      """, [try random(f32(), [b, m, k]), try random(f32(), [b, k, n]), try random(f32(), [b, m, n])])
    try check(
      "matvec", """
      func.func @main(%a: \(t([m, k])), %x: \(t([k])), %y: \(t([m]))) -> \(t([m])) {
        %0 = linalg.matvec ins(%a, %x : \(t([m, k])), \(t([k]))) outs(%y : \(t([m]))) -> \(t([m]))
        return %0 : \(t([m]))
      }
      """, [try random(f32(), [m, k]), try random(f32(), [k]), try random(f32(), [m])])
    try check(
      "vecmat", """
      func.func @main(%x: \(t([k])), %a: \(t([k, n])), %y: \(t([n]))) -> \(t([n])) {
        %0 = linalg.vecmat ins(%x, %a : \(t([k])), \(t([k, n]))) outs(%y : \(t([n]))) -> \(t([n]))
        return %0 : \(t([n]))
      }
      """, [try random(f32(), [k]), try random(f32(), [k, n]), try random(f32(), [n])])
    // In place on memrefs.
    try check(
      "matmul on memrefs", """
      func.func @main(%a: memref<\(m)x\(k)xf32>, %b: memref<\(k)x\(n)xf32>, %c: memref<\(m)x\(n)xf32>) {
        linalg.matmul ins(%a, %b : memref<\(m)x\(k)xf32>, memref<\(k)x\(n)xf32>) outs(%c : memref<\(m)x\(n)xf32>)
        return
      }
      """, [try random(f32(), [m, k]), try random(f32(), [k, n]), try random(f32(), [m, n])])
  }

  private func f32() -> ElementType { .float(.f32) }

  func testConvolutionAndPoolingOnRandomShapes() throws {
    for round in 0..<4 {
      let (n, c, f) = (rng.int(1...2), rng.int(1...5), rng.int(1...9))
      let (kh, kw) = (rng.int(1...3), rng.int(1...3))
      let (sh, sw) = (rng.int(1...2), rng.int(1...2))
      let (dh, dw) = (rng.int(1...2), rng.int(1...2))
      let (oh, ow) = (rng.int(1...7), rng.int(1...7))
      let (ih, iw) = ((oh - 1) * sh + (kh - 1) * dh + 1 + rng.int(0...1), (ow - 1) * sw + (kw - 1) * dw + 1)
      let attrs = "{dilations = dense<[\(dh), \(dw)]> : tensor<2xi64>, strides = dense<[\(sh), \(sw)]> : tensor<2xi64>}"
      try check(
        "conv_2d_nchw_fchw #\(round)", """
        func.func @main(%x: \(t([n, c, ih, iw])), %w: \(t([f, c, kh, kw])), %o: \(t([n, f, oh, ow]))) -> \(t([n, f, oh, ow])) {
          %0 = linalg.conv_2d_nchw_fchw \(attrs) ins(%x, %w : \(t([n, c, ih, iw])), \(t([f, c, kh, kw]))) outs(%o : \(t([n, f, oh, ow]))) -> \(t([n, f, oh, ow]))
          return %0 : \(t([n, f, oh, ow]))
        }
        """, [try random(f32(), [n, c, ih, iw]), try random(f32(), [f, c, kh, kw]), try random(f32(), [n, f, oh, ow])])
      try check(
        "conv_2d_nhwc_hwcf #\(round)", """
        func.func @main(%x: \(t([n, ih, iw, c])), %w: \(t([kh, kw, c, f])), %o: \(t([n, oh, ow, f]))) -> \(t([n, oh, ow, f])) {
          %0 = linalg.conv_2d_nhwc_hwcf \(attrs) ins(%x, %w : \(t([n, ih, iw, c])), \(t([kh, kw, c, f]))) outs(%o : \(t([n, oh, ow, f]))) -> \(t([n, oh, ow, f]))
          return %0 : \(t([n, oh, ow, f]))
        }
        """, [try random(f32(), [n, ih, iw, c]), try random(f32(), [kh, kw, c, f]), try random(f32(), [n, oh, ow, f])])
      for kind in ["max", "sum"] {
        try check(
          "pooling_nchw_\(kind) #\(round)", """
          func.func @main(%x: \(t([n, c, ih, iw])), %w: \(t([kh, kw])), %o: \(t([n, c, oh, ow]))) -> \(t([n, c, oh, ow])) {
            %0 = linalg.pooling_nchw_\(kind) \(attrs) ins(%x, %w : \(t([n, c, ih, iw])), \(t([kh, kw]))) outs(%o : \(t([n, c, oh, ow]))) -> \(t([n, c, oh, ow]))
            return %0 : \(t([n, c, oh, ow]))
          }
          """, [try random(f32(), [n, c, ih, iw], integers: false), try random(f32(), [kh, kw]), try random(f32(), [n, c, oh, ow], integers: false)])
        try check(
          "pooling_nhwc_\(kind) #\(round)", """
          func.func @main(%x: \(t([n, ih, iw, c])), %w: \(t([kh, kw])), %o: \(t([n, oh, ow, c]))) -> \(t([n, oh, ow, c])) {
            %0 = linalg.pooling_nhwc_\(kind) \(attrs) ins(%x, %w : \(t([n, ih, iw, c])), \(t([kh, kw]))) outs(%o : \(t([n, oh, ow, c]))) -> \(t([n, oh, ow, c]))
            return %0 : \(t([n, oh, ow, c]))
          }
          """, [try random(f32(), [n, ih, iw, c], integers: false), try random(f32(), [kh, kw]), try random(f32(), [n, oh, ow, c], integers: false)])
      }
    }
  }

  func testCopiesAndFillOnRandomShapes() throws {
    for e in ["f32", "f64", "i32", "i64", "i8", "f16"] {
      let type = typeOf(e)
      let (a, b, c) = (rng.int(1...6), rng.int(1...7), rng.int(1...5))
      try check(
        "transpose \(e)", """
        func.func @main(%x: \(t([a, b, c], e)), %o: \(t([c, a, b], e))) -> \(t([c, a, b], e)) {
          %0 = linalg.transpose ins(%x : \(t([a, b, c], e))) outs(%o : \(t([c, a, b], e))) permutation = [2, 0, 1]
          return %0 : \(t([c, a, b], e))
        }
        """, [try random(type, [a, b, c]), try random(type, [c, a, b])])
      try check(
        "broadcast \(e)", """
        func.func @main(%x: \(t([a, c], e)), %o: \(t([a, b, c], e))) -> \(t([a, b, c], e)) {
          %0 = linalg.broadcast ins(%x : \(t([a, c], e))) outs(%o : \(t([a, b, c], e))) dimensions = [1]
          return %0 : \(t([a, b, c], e))
        }
        """, [try random(type, [a, c]), try random(type, [a, b, c])])
      try check(
        "copy \(e)", """
        func.func @main(%x: \(t([a, b], e)), %o: \(t([a, b], e))) -> \(t([a, b], e)) {
          %0 = linalg.copy ins(%x : \(t([a, b], e))) outs(%o : \(t([a, b], e))) -> \(t([a, b], e))
          return %0 : \(t([a, b], e))
        }
        """, [try random(type, [a, b]), try random(type, [a, b])])
      try check(
        "fill \(e)", """
        func.func @main(%o: \(t([a, b], e))) -> \(t([a, b], e)) {
          %c = arith.constant \(e.hasPrefix("f") ? "-2.5" : "-3") : \(e)
          %0 = linalg.fill ins(%c : \(e)) outs(%o : \(t([a, b], e))) -> \(t([a, b], e))
          return %0 : \(t([a, b], e))
        }
        """, [try random(type, [a, b])])
    }
  }

  private func typeOf(_ e: String) -> ElementType {
    switch e {
    case "f32": return .float(.f32)
    case "f64": return .float(.f64)
    case "f16": return .float(.f16)
    case "i8": return .integer(width: 8, signedness: .signless)
    case "i32": return .integer(width: 32, signedness: .signless)
    default: return .integer(width: 64, signedness: .signless)
    }
  }

  func testElementwiseGenericsOnRandomShapes() throws {
    for e in ["f32", "f64", "i32", "i64"] {
      let type = typeOf(e)
      let isF = e.hasPrefix("f")
      let (add, mul, mx) = isF ? ("arith.addf", "arith.mulf", "arith.maximumf") : ("arith.addi", "arith.muli", "arith.maxsi")
      let cst = isF ? "0.5" : "7"
      // Large enough to use both threads once; broadcast and a scalar from
      // outside the body.
      for (a, b) in [(rng.int(1...9), rng.int(1...40)), (300, 1100)] {
        try check(
          "elementwise \(e) \(a)x\(b)", """
          #id = affine_map<(d0, d1) -> (d0, d1)>
          #row = affine_map<(d0, d1) -> (d1)>
          func.func @main(%x: \(t([a, b], e)), %y: \(t([b], e)), %o: \(t([a, b], e)), %s: \(e)) -> (\(t([a, b], e)), \(t([a, b], e))) {
            %0:2 = linalg.generic {indexing_maps = [#id, #row, #id, #id], iterator_types = ["parallel", "parallel"]}
                ins(%x, %y : \(t([a, b], e)), \(t([b], e))) outs(%o, %o : \(t([a, b], e)), \(t([a, b], e))) {
            ^bb0(%in: \(e), %r: \(e), %out: \(e), %out2: \(e)):
              %c = arith.constant \(cst) : \(e)
              %1 = \(add) %in, %r : \(e)
              %2 = \(mul) %1, %c : \(e)
              %3 = \(mx) %2, %out : \(e)
              %4 = \(add) %3, %s : \(e)
              linalg.yield %4, %in : \(e), \(e)
            } -> (\(t([a, b], e)), \(t([a, b], e)))
            return %0#0, %0#1 : \(t([a, b], e)), \(t([a, b], e))
          }
          """, [try random(type, [a, b], integers: false), try random(type, [b], integers: false), try random(type, [a, b], integers: false)],
          scalars: [isF ? .float(0.25) : .int(5)])
      }
    }
  }
}

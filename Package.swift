// swift-tools-version:6.0
import PackageDescription

// Layers (see ../shared/DESIGN.md): a lower target never imports a higher one.
//   TorchIRCore  - IR core: context, types, attributes, operations, verifier
//   TorchIRAsm   - lexer, parser and printer of MLIR's textual format
//   TorchIRPass  - pass manager, pipelines, pattern drivers, generic passes
//   TorchIRDialects - the dialects (func now; more to come)
//   TorchIRSpecGen - generates dialect op code from Specs/
//   TorchIRInterpreter - the reference interpreter and the .npy format
//   TorchIRTool  - the mlir-opt style driver shared by the executables
let package = Package(
  name: "TorchIR",
  products: [
    .library(name: "TorchIRCore", targets: ["TorchIRCore"]),
    .library(name: "TorchIRAsm", targets: ["TorchIRAsm"]),
    .library(name: "TorchIRPass", targets: ["TorchIRPass"]),
    .library(name: "TorchIRDialects", targets: ["TorchIRDialects"]),
    .library(name: "TorchIRTool", targets: ["TorchIRTool"]),
    .library(name: "TorchIRInterpreter", targets: ["TorchIRInterpreter"]),
    .executable(name: "torchir-opt", targets: ["torchir-opt"]),
    .executable(name: "torchir-run", targets: ["torchir-run"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(name: "TorchIRCore"),
    .target(name: "TorchIRAsm", dependencies: ["TorchIRCore"]),
    .target(name: "TorchIRPass", dependencies: ["TorchIRCore"]),
    .target(name: "TorchIRDialects", dependencies: ["TorchIRCore"]),
    .target(name: "TorchIRInterpreter", dependencies: ["TorchIRCore", "TorchIRDialects"]),
    // Specs/ -> Swift: the generator library and its command-line front end.
    .target(name: "TorchIRSpecGen"),
    .executableTarget(name: "torchir-specgen", dependencies: ["TorchIRSpecGen"]),
    .target(
      name: "TorchIRTool",
      dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRPass", "TorchIRDialects", "TorchIRInterpreter"]),
    .executableTarget(
      name: "torchir-opt",
      dependencies: [
        "TorchIRTool", "TorchIRPass", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "torchir-run",
      dependencies: ["TorchIRTool", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(
      name: "torchir-bench", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRTool"],
      path: "Benchmarks/TorchIRBench"),
    .executableTarget(
      name: "torchir-interp-bench", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects", "TorchIRInterpreter"],
      path: "Benchmarks/TorchIRInterpBench", exclude: ["reference_bench.py"]),
    .testTarget(name: "TorchIRCoreTests", dependencies: ["TorchIRCore"]),
    .testTarget(
      name: "TorchIRPassTests",
      dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRPass", "TorchIRDialects", "TorchIRTool"]),
    .testTarget(
      name: "TorchIRDialectsTests",
      dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects", "TorchIRSpecGen", "TorchIRTool"],
      exclude: ["Inputs"]),
    .testTarget(
      name: "TorchIRInterpreterTests",
      dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects", "TorchIRInterpreter", "TorchIRTool"]),
    .testTarget(
      name: "TorchIRAsmTests", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects", "TorchIRTool"],
      exclude: ["Inputs"]),
  ]
)

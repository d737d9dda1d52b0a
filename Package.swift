// swift-tools-version:6.0
import PackageDescription

// Layers (see ../shared/DESIGN.md): a lower target never imports a higher one.
//   TorchIRCore  - IR core: context, types, attributes, operations, verifier
//   TorchIRAsm   - lexer, parser and printer of MLIR's textual format
//   TorchIRDialects - the dialects (func now; more to come)
//   TorchIRTool  - the mlir-opt style driver shared by the executables
let package = Package(
  name: "TorchIR",
  products: [
    .library(name: "TorchIRCore", targets: ["TorchIRCore"]),
    .library(name: "TorchIRAsm", targets: ["TorchIRAsm"]),
    .library(name: "TorchIRDialects", targets: ["TorchIRDialects"]),
    .library(name: "TorchIRTool", targets: ["TorchIRTool"]),
    .executable(name: "torchir-opt", targets: ["torchir-opt"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(name: "TorchIRCore"),
    .target(name: "TorchIRAsm", dependencies: ["TorchIRCore"]),
    .target(name: "TorchIRDialects", dependencies: ["TorchIRCore"]),
    .target(name: "TorchIRTool", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects"]),
    .executableTarget(
      name: "torchir-opt",
      dependencies: ["TorchIRTool", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(
      name: "torchir-bench", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRTool"],
      path: "Benchmarks/TorchIRBench"),
    .testTarget(name: "TorchIRCoreTests", dependencies: ["TorchIRCore"]),
    .testTarget(
      name: "TorchIRAsmTests", dependencies: ["TorchIRCore", "TorchIRAsm", "TorchIRDialects", "TorchIRTool"],
      exclude: ["Inputs"]),
  ]
)

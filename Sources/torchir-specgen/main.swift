// torchir-specgen: regenerates Sources/TorchIRDialects/*/Generated/*.swift
// from Specs/*.spec. Run from the package root (`swift run torchir-specgen`),
// or pass the root as the only argument.

import Foundation
import TorchIRSpecGen

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : FileManager.default.currentDirectoryPath
let specDir = URL(fileURLWithPath: root).appendingPathComponent("Specs")
let names = ((try? FileManager.default.contentsOfDirectory(atPath: specDir.path)) ?? [])
  .filter { $0.hasSuffix(".spec") }.sorted()
var specs: [(path: String, text: String)] = []
for n in names {
  guard let data = FileManager.default.contents(atPath: specDir.appendingPathComponent(n).path) else {
    FileHandle.standardError.write("torchir-specgen: cannot read Specs/\(n)\n".data(using: .utf8) ?? Data())
    exit(1)
  }
  specs.append(("Specs/" + n, String(decoding: data, as: UTF8.self)))
}
do {
  for (path, contents) in try generateDialects(specs: specs) {
    let url = URL(fileURLWithPath: root).appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    let old = FileManager.default.contents(atPath: url.path)
    if old != contents.data(using: .utf8) {
      try contents.write(to: url, atomically: true, encoding: .utf8)
      print("wrote \(path)")
    }
  }
} catch {
  FileHandle.standardError.write("\(error)\n".data(using: .utf8) ?? Data())
  exit(1)
}

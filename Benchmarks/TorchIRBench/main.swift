// torchir-bench: parse + verify + print throughput of torchir-opt, side by side
// with torch-mlir-opt (when installed) on the same generated files, in one run.
//
//   swift build -c release && .build/release/torchir-bench [--ops N] [--blob-mb M] [--runs R]
//   .build/release/torchir-bench --ops 30000 --write-inputs DIR   (only write the inputs)
//
// (a) one function of N (default 1,000,000) generic `arith.addi` ops;
// (b) a module with an M MB (default 200) `dense_resource` blob;
// (c) `--canonicalize --cse` over one function of N arith ops in custom form
//     (duplicate constants, common subexpressions, `x + 0` identities); the
//     two tools' outputs are first written to files and compared byte for byte.
// Both tools run as child processes on the same file, writing their output to
// a scratch file; the report gives wall and CPU time (best of R runs), peak
// RSS and the ratio torch-mlir-opt / torchir-opt (above 1 means TorchIR is
// faster). Point TORCH_MLIR_OPT at the real binary (pip's `torch-mlir-opt` is
// a Python wrapper that adds Python's start-up to every run):
// .../site-packages/torch_mlir/_mlir_libs/torch-mlir-opt.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

struct Measurement {
  var seconds: Double
  /// User + system CPU time of the child (steadier than wall time on a busy machine).
  var cpuSeconds: Double = 0
  var maxRSSBytes: Int
  var exitCode: Int32
}

func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `argv` with stdout and stderr to /dev/null; wall time and peak RSS.
func measure(_ argv: [String]) -> Measurement {
  var pid: pid_t = 0
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  defer { posix_spawn_file_actions_destroy(&actions) }
  var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
  cargs.append(nil)
  defer { for p in cargs { free(p) } }
  let start = now()
  let rc = posix_spawn(&pid, argv[0], &actions, nil, cargs, environ)
  if rc != 0 { return Measurement(seconds: 0, maxRSSBytes: 0, exitCode: -1) }
  var status: Int32 = 0
  var usage = rusage()
  _ = wait4(pid, &status, 0, &usage)
  let elapsed = now() - start
  let exited = (status & 0x7f) == 0
  let code: Int32 = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  return Measurement(seconds: elapsed, cpuSeconds: cpu, maxRSSBytes: usage.ru_maxrss * 1024, exitCode: code)
}

func best(_ runs: Int, _ argv: [String]) -> Measurement {
  var bestM = measure(argv)
  for _ in 1..<max(runs, 1) {
    let m = measure(argv)
    if m.seconds < bestM.seconds { bestM = m }
  }
  return bestM
}

/// Writes a file in large chunks without holding it all in memory.
final class FileWriter {
  let fd: Int32
  var buf: [UInt8] = []
  init?(_ path: String) {
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if fd < 0 { return nil }
    buf.reserveCapacity(1 << 22)
  }
  func write(_ s: String) {
    buf.append(contentsOf: s.utf8)
    if buf.count >= 1 << 22 { flush() }
  }
  func write(bytes: [UInt8]) {
    buf.append(contentsOf: bytes)
    if buf.count >= 1 << 22 { flush() }
  }
  func flush() {
    buf.withUnsafeBytes { raw in
      var off = 0
      while off < raw.count, let base = raw.baseAddress {
        let n = Glibc.write(fd, base + off, raw.count - off)
        if n <= 0 { break }
        off += n
      }
    }
    buf.removeAll(keepingCapacity: true)
  }
  func close() {
    flush()
    _ = Glibc.close(fd)
  }
}

func generateAddi(_ path: String, ops: Int) {
  guard let w = FileWriter(path) else { return }
  w.write("func.func @main(%arg0: i32) -> i32 {\n")
  w.write("  %0 = \"arith.addi\"(%arg0, %arg0) : (i32, i32) -> i32\n")
  for i in 1..<ops {
    w.write("  %\(i) = \"arith.addi\"(%\(i - 1), %arg0) : (i32, i32) -> i32\n")
  }
  w.write("  return %\(ops - 1) : i32\n}\n")
  w.close()
}

func generateBlob(_ path: String, megabytes: Int) {
  guard let w = FileWriter(path) else { return }
  let elements = megabytes * (1 << 20) / 4
  w.write("module {\n  func.func @main() {\n")
  w.write("    \"foo.use\"() {w = dense_resource<weights> : tensor<\(elements)xf32>} : () -> ()\n")
  w.write("    return\n  }\n}\n\n{-#\n  dialect_resources: {\n    builtin: {\n      weights: \"0x04000000")
  let hex = Array("0123456789ABCDEF".utf8)
  var line: [UInt8] = []
  line.reserveCapacity(1 << 20)
  var state: UInt32 = 12345
  for _ in 0..<(megabytes * (1 << 20) / 4096) {
    line.removeAll(keepingCapacity: true)
    for _ in 0..<4096 {
      state = state &* 1_103_515_245 &+ 12345
      let b = UInt8(truncatingIfNeeded: state >> 16)
      line.append(hex[Int(b >> 4)])
      line.append(hex[Int(b & 15)])
    }
    w.write(bytes: line)
  }
  w.write("\"\n    }\n  }\n#-}\n")
  w.close()
}

func fileSize(_ path: String) -> Int {
  var st = stat()
  return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

func findExecutable(_ candidates: [String]) -> String? {
  for c in candidates where access(c, X_OK) == 0 { return c }
  return nil
}

func argument(_ name: String, default d: Int) -> Int {
  let args = CommandLine.arguments
  if let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) { return v }
  return d
}

func format(_ m: Measurement) -> String {
  let secs = (m.seconds * 1000).rounded() / 1000
  let cpu = (m.cpuSeconds * 1000).rounded() / 1000
  return "\(secs) s (CPU \(cpu) s), peak RSS \(m.maxRSSBytes / (1 << 20)) MB" + (m.exitCode == 0 ? "" : " (exit \(m.exitCode))")
}

/// One function of about `ops` ops, six per step: two constants that repeat
/// in every step (canonicalize keeps one of each), an add, its duplicate (cse),
/// `+ 0` (a folder's identity) and a multiply that keeps the chain alive.
func generateCanonicalizeInput(_ path: String, ops: Int) {
  guard let w = FileWriter(path) else { return }
  w.write("func.func @main(%arg0: i32) -> i32 {\n")
  var prev = "%arg0"
  for i in 0..<max(ops / 6, 1) {
    w.write("""
        %k\(i) = arith.constant 7 : i32
        %z\(i) = arith.constant 0 : i32
        %x\(i) = arith.addi \(prev), %k\(i) : i32
        %y\(i) = arith.addi \(prev), %k\(i) : i32
        %w\(i) = arith.addi %y\(i), %z\(i) : i32
        %p\(i) = arith.muli %x\(i), %w\(i) : i32

      """)
    prev = "%p\(i)"
  }
  w.write("  return \(prev) : i32\n}\n")
  w.close()
}

/// The bytes of a file, or nil.
func readFile(_ path: String) -> [UInt8]? {
  let fd = open(path, O_RDONLY)
  if fd < 0 { return nil }
  defer { _ = Glibc.close(fd) }
  var out: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 20)
  while true {
    let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 1 << 20) }
    if n < 0 { return nil }
    if n == 0 { break }
    out.append(contentsOf: chunk[0..<n])
  }
  return out
}

/// The reference's time over ours (above 1: TorchIR is faster), wall and CPU.
func printRatio(_ reference: Measurement, _ ours: Measurement) {
  guard ours.seconds > 0, ours.cpuSeconds > 0 else { return }
  let wall = ((reference.seconds / ours.seconds) * 100).rounded() / 100
  let cpu = ((reference.cpuSeconds / ours.cpuSeconds) * 100).rounded() / 100
  print("  ratio torch-mlir-opt / torchir-opt: \(wall)x wall, \(cpu)x CPU")
}

let ops = argument("--ops", default: 1_000_000)
let blobMB = argument("--blob-mb", default: 200)
let runs = argument("--runs", default: 3)

// `--write-inputs DIR`: write (a)'s and (c)'s inputs (`addi.mlir`,
// `canon.mlir`, with `--ops` ops) into DIR and stop, e.g. to profile one
// tool on them.
if let i = CommandLine.arguments.firstIndex(of: "--write-inputs") {
  guard i + 1 < CommandLine.arguments.count else {
    print("--write-inputs needs a directory")
    exit(1)
  }
  let out = CommandLine.arguments[i + 1]
  mkdir(out, 0o755)
  generateAddi(out + "/addi.mlir", ops: ops)
  generateCanonicalizeInput(out + "/canon.mlir", ops: ops)
  print("wrote \(out)/addi.mlir and \(out)/canon.mlir (\(ops) ops)")
  exit(0)
}
let selfPath = CommandLine.arguments[0]
let binDir = selfPath.contains("/") ? String(selfPath[..<(selfPath.lastIndex(of: "/") ?? selfPath.endIndex)]) : "."
guard let ours = findExecutable([binDir + "/torchir-opt"]) else {
  print("torchir-opt not found next to torchir-bench; run `swift build -c release` first")
  exit(1)
}
var referenceCandidates: [String] = []
if let env = getenv("TORCH_MLIR_OPT") { referenceCandidates.append(String(cString: env)) }
if let pathEnv = getenv("PATH") {
  for dir in String(cString: pathEnv).split(separator: ":") { referenceCandidates.append("\(dir)/torch-mlir-opt") }
}
let reference = findExecutable(referenceCandidates)

let dir = "/tmp/torchir-bench-\(getpid())"
mkdir(dir, 0o755)
defer {
  unlink(dir + "/addi.mlir")
  unlink(dir + "/blob.mlir")
  unlink(dir + "/canon.mlir")
  unlink(dir + "/canon.ours.mlir")
  unlink(dir + "/canon.ref.mlir")
  unlink(dir + "/out.mlir")
  rmdir(dir)
}

print("torchir-bench: parse + verify + print, best of \(runs) runs")
print("torchir-opt:    \(ours)")
print("torch-mlir-opt: \(reference ?? "not found (set TORCH_MLIR_OPT or add it to PATH)")")

// Output goes to a file in the scratch directory, not `-o /dev/null`: a
// failing mlir-opt deletes its output file, which as root removes /dev/null.
let sinkPath = dir + "/out.mlir"

let addi = dir + "/addi.mlir"
generateAddi(addi, ops: ops)
print("\n(a) \(ops) generic arith.addi ops, \(fileSize(addi) / (1 << 20)) MB")
let a1 = best(runs, [ours, addi, "--allow-unregistered-dialect", "-o", sinkPath])
print("  torchir-opt:    \(format(a1))")
if let ref = reference {
  let a2 = best(runs, [ref, addi, "-o", sinkPath])
  print("  torch-mlir-opt: \(format(a2))")
  printRatio(a2, a1)
}
unlink(addi)

let blob = dir + "/blob.mlir"
generateBlob(blob, megabytes: blobMB)
let blobSize = fileSize(blob)
print("\n(b) \(blobMB) MB dense_resource blob, file \(blobSize / (1 << 20)) MB")
let b1 = best(runs, [ours, blob, "--allow-unregistered-dialect", "-o", sinkPath])
print("  torchir-opt:    \(format(b1)); peak RSS / file size = \((Double(b1.maxRSSBytes) / Double(max(blobSize, 1)) * 100).rounded() / 100)")
if let ref = reference {
  let b2 = best(runs, [ref, blob, "--allow-unregistered-dialect", "-o", sinkPath])
  print("  torch-mlir-opt: \(format(b2))")
  printRatio(b2, b1)
}
unlink(blob)

let canon = dir + "/canon.mlir"
generateCanonicalizeInput(canon, ops: ops)
print("\n(c) --canonicalize --cse over \(ops / 6 * 6) arith ops, \(fileSize(canon) / (1 << 20)) MB")
let c1 = best(runs, [ours, canon, "--canonicalize", "--cse", "-o", sinkPath])
print("  torchir-opt:    \(format(c1))")
if let ref = reference {
  let c2 = best(runs, [ref, canon, "--canonicalize", "--cse", "-o", sinkPath])
  print("  torch-mlir-opt: \(format(c2))")
  printRatio(c2, c1)
  let oursOut = dir + "/canon.ours.mlir", refOut = dir + "/canon.ref.mlir"
  _ = measure([ours, canon, "--canonicalize", "--cse", "-o", oursOut])
  _ = measure([ref, canon, "--canonicalize", "--cse", "-o", refOut])
  let same = readFile(oursOut).map { o in readFile(refOut).map { o == $0 } ?? false } ?? false
  print("  outputs byte-identical: \(same ? "yes" : "NO")")
}

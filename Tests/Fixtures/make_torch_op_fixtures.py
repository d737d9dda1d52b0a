#!/usr/bin/env python3
"""Regenerate the fixtures of the hand-written Torch ops and torch_c ops.

The committed fixtures (Tests/Fixtures/torch_ops) were produced with
`torch-mlir-opt` from the PyPI package `torch-mlir` version 20261001
(`torch-mlir-opt --version` reports "LLVM version 24.0.0git"); the version
the script ran with is written to Tests/Fixtures/torch_ops/tool_version.txt.

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_torch_op_fixtures.py --tool /path/to/torch-mlir-opt

For every Tests/TorchIRDialectsTests/Inputs/torch_ops/NAME.mlir (commands run
from that directory, so file names in diagnostics are stable):
- first line `// RUN: <flags>` with --verify-diagnostics: `tool <flags>
  NAME.mlir` must exit with status 0, i.e. every `expected-error` and
  `expected-note` holds with the reference tool;
- first line `// RUN: --canonicalize`: NAME.canonicalize.mlir is the output
  of `tool --canonicalize NAME.mlir`;
- any other input is printed twice:
    NAME.custom.mlir   tool NAME.mlir
    NAME.generic.mlir  tool NAME.mlir --mlir-print-op-generic
  and both outputs are fed back to the tool to check that they re-parse to
  the custom text.

With `--importer /path/to/torch-mlir-import-onnx` (needs the `onnx` Python
package), the input onnx_import.mlir is first rewritten: the importer's
output for a small ONNX model built by `build_onnx_model` below (Conv, Relu,
MaxPool, Reshape, Constant, Mul, Softmax, Cast with initializers, which the
importer writes as `dense_resource` blobs).

Exits with status 1 when any check fails.
"""

import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs", "torch_ops")
OUT = os.path.join(HERE, "torch_ops")


def run(tool, args, stdin=None):
    return subprocess.run([tool] + args, cwd=INPUTS, input=stdin, capture_output=True)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def build_onnx_model(path):
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    weights = numpy_helper.from_array(np.random.RandomState(0).randn(4, 3, 3, 3).astype(np.float32), "W")
    bias = numpy_helper.from_array(np.arange(4, dtype=np.float32), "B")
    shape = numpy_helper.from_array(np.array([1, -1], dtype=np.int64), "shape")
    nodes = [
        helper.make_node("Conv", ["x", "W", "B"], ["c"], kernel_shape=[3, 3], pads=[1, 1, 1, 1],
                         strides=[1, 1], group=1),
        helper.make_node("Relu", ["c"], ["r"]),
        helper.make_node("MaxPool", ["r"], ["p"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Reshape", ["p", "shape"], ["f"]),
        helper.make_node("Constant", [], ["k"], value_float=0.5),
        helper.make_node("Mul", ["f", "k"], ["m"]),
        helper.make_node("Softmax", ["m"], ["y"], axis=-1),
        helper.make_node("Cast", ["y"], ["z"], to=TensorProto.FLOAT16),
    ]
    graph = helper.make_graph(
        nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 8, 8])],
        [helper.make_tensor_value_info("z", TensorProto.FLOAT16, [1, 64])],
        initializer=[weights, bias, shape])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="torchir-test")
    onnx.save(model, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    ap.add_argument("--importer", default=None)
    args = ap.parse_args()
    tool = args.tool
    os.makedirs(OUT, exist_ok=True)
    if args.importer:
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            model = os.path.join(tmp, "model.onnx")
            build_onnx_model(model)
            r = subprocess.run([args.importer, model, "-o", os.path.join(INPUTS, "onnx_import.mlir")])
            if r.returncode != 0:
                return 1
    write("tool_version.txt", run(tool, ["--version"]).stdout)
    ok = True
    for name in sorted(os.listdir(INPUTS)):
        if not name.endswith(".mlir"):
            continue
        base = name[:-5]
        with open(os.path.join(INPUTS, name)) as f:
            first = f.readline()
        if first.startswith("// RUN:"):
            flags = shlex.split(first[len("// RUN:"):])
            r = run(tool, flags + [name])
            if "--verify-diagnostics" in flags:
                print(f"{name}: diagnostics {'ok' if r.returncode == 0 else 'FAILED'}")
            else:
                print(f"{name}: {' '.join(flags)} {'ok' if r.returncode == 0 else 'FAILED'}")
                if r.returncode == 0:
                    write(f"{base}.canonicalize.mlir", r.stdout)
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
            continue
        outputs = {}
        for kind, flags in (("custom", []), ("generic", ["--mlir-print-op-generic"])):
            r = run(tool, [name] + flags)
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
                continue
            outputs[kind] = r.stdout
            write(f"{base}.{kind}.mlir", r.stdout)
        for kind, text in outputs.items():
            again = run(tool, ["-"], stdin=text).stdout
            same = again == outputs.get("custom")
            print(f"{name}: {kind} -> custom {'ok' if same else 'DIFFERS'}")
            ok = ok and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

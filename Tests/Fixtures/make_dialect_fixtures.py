#!/usr/bin/env python3
"""Regenerate a dialect's reference fixtures with the reference tool.

Two reference tools are used, both built from LLVM 24.0.0git (`--version`):

- `torch-mlir-opt` from the PyPI package `torch-mlir` version 20261001, for
  arith, cf and ml_program (Tests/Fixtures/{arith,cf,ml_program});
- `iree-opt` from the PyPI package `iree-base-compiler` version 3.13.0
  (`pip install iree-base-compiler==3.13.0` puts it in the venv's bin/), for
  math and bufferization, which torch-mlir-opt does not register
  (Tests/Fixtures/{math,bufferization}).

The two are different revisions of LLVM 24.0.0git. Run on the cf inputs,
iree-opt gives the same text as the committed torch-mlir-opt fixtures except
for one line: a negative `cf.switch` case value of an i32 switch prints as
`-128` with iree-opt and `4294967168` with torch-mlir-opt. Fixtures of one
dialect always come from one tool.

The script checks that the tool knows the dialect first and exits with status
2 when it does not.

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_dialect_fixtures.py --dialect arith --tool /path/to/torch-mlir-opt

For every Tests/TorchIRDialectsTests/Inputs/DIALECT/NAME.mlir:
- an input whose first line is `// RUN: <flags>` is a --verify-diagnostics test
  and must pass `tool <flags> NAME.mlir` (run from the inputs directory) with exit
  code 0, i.e. every `expected-error` was confirmed by the reference tool;
- any other input is printed twice into Tests/Fixtures/DIALECT/:
    NAME.custom.mlir   tool NAME.mlir
    NAME.generic.mlir  tool NAME.mlir --mlir-print-op-generic
  and both outputs are fed back to the tool to check that they re-parse to
  the same text (custom from either form);
- every Tests/TorchIRDialectsTests/Inputs/DIALECT_PASS/NAME.mlir, for PASS
  canonicalize or cse when that directory exists, is run through the pass
  into Tests/Fixtures/DIALECT/NAME.PASS.mlir.

Exits with status 1 when any check fails.
"""

import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)

# One op per dialect, to check that the tool registers the dialect at all.
PROBES = {
    "arith": b"func.func @f(%a: i32) -> i32 {\n  %0 = arith.addi %a, %a : i32\n  return %0 : i32\n}\n",
    "tm_tensor": b"func.func @f(%t: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = tm_tensor.sort dimension(0) outs(%t : tensor<4xf32>) {\n  ^bb0(%a: f32, %b: f32):\n    %c = arith.cmpf olt, %a, %b : f32\n    tm_tensor.yield %c : i1\n  } -> tensor<4xf32>\n  return %0 : tensor<4xf32>\n}\n",
    "cf": b"func.func @f() {\n  cf.br ^bb1\n^bb1:\n  return\n}\n",
    "math": b"func.func @f(%a: f32) -> f32 {\n  %0 = math.exp %a : f32\n  return %0 : f32\n}\n",
    "ml_program": b"ml_program.global private @g(dense<0> : tensor<i32>) : tensor<i32>\n",
    "bufferization": b"func.func @f() -> tensor<2xf32> {\n  %0 = bufferization.alloc_tensor() : tensor<2xf32>\n  return %0 : tensor<2xf32>\n}\n",
    # The generated Torch ops (inputs written by make_torch_op_corpus.py).
    "torch_generated": b"func.func @f(%a: !torch.vtensor) {\n  %0 = torch.aten.relu %a : !torch.vtensor -> !torch.vtensor\n  return\n}\n",
    "memref": b"func.func @f(%m: memref<4xf32>) {\n  memref.dealloc %m : memref<4xf32>\n  return\n}\n",
    "tensor": b"func.func @f(%t: tensor<4xf32>) -> index {\n  %0 = tensor.rank %t : tensor<4xf32>\n  return %0 : index\n}\n",
    "scf": b"func.func @f(%c: i1) {\n  scf.if %c {\n  }\n  return\n}\n",
    "linalg": b"func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {\n"
              b"  %0 = linalg.exp ins(%a : tensor<4xf32>) outs(%a : tensor<4xf32>) -> tensor<4xf32>\n"
              b"  return %0 : tensor<4xf32>\n}\n",
}

# Dialects whose Inputs/DIALECT_canonicalize outputs are compared byte for byte
# (cf's canonicalize test checks only the cf rewrites: the reference tool also
# merges blocks, which TorchIR's canonicalizer does not do yet).


def run(tool, args, cwd, stdin=None):
    return subprocess.run([tool] + args, cwd=cwd, input=stdin, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dialect", required=True, choices=sorted(PROBES))
    ap.add_argument("--tool", default="torch-mlir-opt")
    args = ap.parse_args()
    tool = args.tool
    inputs = os.path.join(TESTS, "TorchIRDialectsTests", "Inputs", args.dialect)
    out = os.path.join(HERE, args.dialect)
    probe = run(tool, ["-"], inputs, stdin=PROBES[args.dialect])
    if probe.returncode != 0:
        sys.stderr.write(f"the tool does not register the {args.dialect} dialect:\n"
                         + probe.stderr.decode())
        return 2
    os.makedirs(out, exist_ok=True)
    ok = True
    for name in sorted(os.listdir(inputs)):
        if not name.endswith(".mlir"):
            continue
        base = name[:-5]
        with open(os.path.join(inputs, name)) as f:
            first = f.readline()
        if first.startswith("// RUN:"):
            r = run(tool, shlex.split(first[len("// RUN:"):]) + [name], inputs)
            print(f"{name}: diagnostics {'ok' if r.returncode == 0 else 'FAILED'}")
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
            continue
        outputs = {}
        for kind, flags in (("custom", []), ("generic", ["--mlir-print-op-generic"])):
            r = run(tool, [name] + flags, inputs)
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
                continue
            outputs[kind] = r.stdout
            with open(os.path.join(out, f"{base}.{kind}.mlir"), "wb") as f:
                f.write(r.stdout)
        # Fixed point: each output re-parses to the same custom text.
        for kind, text in outputs.items():
            again = run(tool, ["-"], inputs, stdin=text).stdout
            same = again == outputs.get("custom")
            print(f"{name}: {kind} -> custom {'ok' if same else 'DIFFERS'}")
            ok = ok and same
    for pass_name in ("canonicalize", "cse"):
        pass_inputs = inputs + "_" + pass_name
        if not os.path.isdir(pass_inputs):
            continue
        for name in sorted(os.listdir(pass_inputs)):
            if not name.endswith(".mlir"):
                continue
            r = run(tool, [name, "--" + pass_name], pass_inputs)
            print(f"{name}: {pass_name} {'ok' if r.returncode == 0 else 'FAILED'}")
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
                continue
            with open(os.path.join(out, f"{name[:-5]}.{pass_name}.mlir"), "wb") as f:
                f.write(r.stdout)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerate the math dialect reference fixtures with the reference tool.

Intended tool: `torch-mlir-opt` from the PyPI package `torch-mlir` version
20261001 (`torch-mlir-opt --version` reports "LLVM version 24.0.0git").
That build does NOT register the `math` dialect ("Dialect `math' not found"),
so no fixtures are committed yet: this script checks for the dialect first and
exits with status 2 when the tool lacks it. With a tool that has it, run:

    python3 Tests/Fixtures/make_math_fixtures.py --tool /path/to/torch-mlir-opt

For every Tests/TorchIRDialectsTests/Inputs/math/NAME.mlir:

- an input whose first line is `// RUN: <flags>` is a diagnostics test: it
  must pass `tool <flags> NAME.mlir` (run from the inputs directory);
- any other input is printed into Tests/Fixtures/math/ as
    NAME.custom.mlir    tool NAME.mlir
    NAME.generic.mlir   tool NAME.mlir --mlir-print-op-generic
  and both outputs are fed back to check they re-parse to the custom text.
MathCorpusTests compares against these files whenever they exist.
"""

import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
INPUTS = os.path.join(TESTS, "TorchIRDialectsTests", "Inputs", "math")
OUT = os.path.join(HERE, "math")
PROBE = b"func.func @f(%a: f32) -> f32 {\n  %0 = math.exp %a : f32\n  return %0 : f32\n}\n"


def run(tool, args, cwd, stdin=None):
    return subprocess.run([tool] + args, cwd=cwd, input=stdin, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    tool = ap.parse_args().tool
    probe = run(tool, ["-"], INPUTS, stdin=PROBE)
    if probe.returncode != 0:
        sys.stderr.write("the tool does not register the math dialect:\n" + probe.stderr.decode())
        return 2
    os.makedirs(OUT, exist_ok=True)
    ok = True
    for name in sorted(os.listdir(INPUTS)):
        if not name.endswith(".mlir"):
            continue
        base = name[:-5]
        with open(os.path.join(INPUTS, name)) as f:
            first = f.readline()
        if first.startswith("// RUN:"):
            r = run(tool, shlex.split(first[len("// RUN:"):]) + [name], INPUTS)
            print(f"{name}: diagnostics {'ok' if r.returncode == 0 else 'FAILED'}")
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
            continue
        outputs = {}
        for kind, flags in (("custom", []), ("generic", ["--mlir-print-op-generic"])):
            r = run(tool, [name] + flags, INPUTS)
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
                continue
            outputs[kind] = r.stdout
            with open(os.path.join(OUT, f"{base}.{kind}.mlir"), "wb") as f:
                f.write(r.stdout)
        for kind, text in outputs.items():
            again = run(tool, ["-"], INPUTS, stdin=text).stdout
            same = again == outputs.get("custom")
            print(f"{name}: {kind} -> custom {'ok' if same else 'DIFFERS'}")
            ok = ok and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

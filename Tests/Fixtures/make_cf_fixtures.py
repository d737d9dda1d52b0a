#!/usr/bin/env python3
"""Regenerate the cf (ControlFlow) dialect reference fixtures with the reference tool.

The committed fixtures were produced with `torch-mlir-opt` from the PyPI
package `torch-mlir` version 20261001 (`torch-mlir-opt --version` reports
"LLVM version 24.0.0git").

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_cf_fixtures.py --tool /path/to/torch-mlir-opt

What it does, for every Tests/TorchIRDialectsTests/Inputs/cf/NAME.mlir:

- an input whose first line is `// RUN: <flags>` is a diagnostics test: it
  must pass `tool <flags> NAME.mlir` (run from the inputs directory) with exit
  code 0, i.e. every `expected-error` was confirmed by the reference tool;
- any other input is printed twice into Tests/Fixtures/cf/:
    NAME.custom.mlir    tool NAME.mlir
    NAME.generic.mlir   tool NAME.mlir --mlir-print-op-generic
  and both outputs are fed back to the tool to check that they re-parse to
  the same text (custom from either form).

Exits with status 1 when any check fails.
"""

import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
INPUTS = os.path.join(TESTS, "TorchIRDialectsTests", "Inputs", "cf")
OUT = os.path.join(HERE, "cf")


def run(tool, args, cwd, stdin=None):
    return subprocess.run([tool] + args, cwd=cwd, input=stdin, capture_output=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    tool = ap.parse_args().tool
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
        # Fixed point: each output re-parses to the same custom text.
        for kind, text in outputs.items():
            again = run(tool, ["-"], INPUTS, stdin=text).stdout
            same = again == outputs.get("custom")
            print(f"{name}: {kind} -> custom {'ok' if same else 'DIFFERS'}")
            ok = ok and same
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

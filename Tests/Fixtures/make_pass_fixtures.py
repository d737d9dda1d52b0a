#!/usr/bin/env python3
"""Regenerate the pass reference fixtures with the reference tool.

The committed fixtures (Tests/Fixtures/passes/NAME.mlir) were produced with
`torch-mlir-opt` from the PyPI package `torch-mlir` version 20261001
(`torch-mlir-opt --version` reports "LLVM version 24.0.0git").

Each input Tests/Fixtures/passes/inputs/NAME.mlir starts with
`// PIPELINE: <pass pipeline>`; its fixture is the tool's stdout for

    torch-mlir-opt --allow-unregistered-dialect --split-input-file \
        --pass-pipeline='<pass pipeline>' NAME.mlir

which must exit with status 0. An input whose second line is
`// FLAGS: --mlir-print-debuginfo` gets that flag too (the only extra flag
the test runner knows). TorchIRPassTests/PassFixtureTests.swift runs
the same command through torchir-opt's driver and compares byte for byte.

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_pass_fixtures.py --tool /path/to/torch-mlir-opt
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PASSES = os.path.join(HERE, "passes")
INPUTS = os.path.join(PASSES, "inputs")
PREFIX = "// PIPELINE: "


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    args = ap.parse_args()
    failed = False
    for name in sorted(os.listdir(INPUTS)):
        if not name.endswith(".mlir"):
            continue
        path = os.path.join(INPUTS, name)
        with open(path, encoding="utf-8") as f:
            first = f.readline().rstrip("\n")
            second = f.readline().rstrip("\n")
        extra = []
        if second.startswith("// FLAGS: "):
            extra = second[len("// FLAGS: "):].split()
            if extra != ["--mlir-print-debuginfo"]:
                sys.stderr.write(f"{name}: unsupported flags {extra}\n")
                failed = True
                continue
        if not first.startswith(PREFIX):
            sys.stderr.write(f"{name}: first line must be '{PREFIX}<pipeline>'\n")
            failed = True
            continue
        pipeline = first[len(PREFIX):]
        proc = subprocess.run(
            [args.tool, "--allow-unregistered-dialect", "--split-input-file",
             f"--pass-pipeline={pipeline}", name] + extra,
            cwd=INPUTS, capture_output=True)
        if proc.returncode != 0:
            sys.stderr.write(f"{name}: exit {proc.returncode}\n{proc.stderr.decode()}")
            failed = True
            continue
        with open(os.path.join(PASSES, name), "wb") as f:
            f.write(proc.stdout)
        print(f"{name}: {pipeline}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerate Tests/Fixtures/linalg_canonicalize/NAME.mlir: the reference
tool's `--canonicalize` output for each
Tests/TorchIRDialectsTests/Inputs/linalg_canonicalize/NAME.mlir (run from that
directory), and check that the output is a fixed point.

    python3 Tests/Fixtures/make_linalg_canonicalize_fixtures.py --tool /path/to/torch-mlir-opt
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs", "linalg_canonicalize")
OUT = os.path.join(HERE, "linalg_canonicalize")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    tool = ap.parse_args().tool
    os.makedirs(OUT, exist_ok=True)
    ok = True
    for name in sorted(os.listdir(INPUTS)):
        if not name.endswith(".mlir"):
            continue
        r = subprocess.run([tool, name, "--canonicalize"], cwd=INPUTS, capture_output=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode())
            ok = False
            continue
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(r.stdout)
        again = subprocess.run([tool, "-", "--canonicalize"], input=r.stdout, capture_output=True).stdout
        print(f"{name}: fixed point {'ok' if again == r.stdout else 'DIFFERS'}")
        ok = ok and again == r.stdout
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

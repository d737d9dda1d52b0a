#!/usr/bin/env python3
"""Regenerate Tests/Fixtures/linalg_pipeline/NAME.generic.mlir: small Torch
dialect programs (Tests/TorchIRDialectsTests/Inputs/linalg_pipeline/NAME.torch.mlir)
lowered by the reference tool to the linalg-on-tensors backend contract and
printed in generic form, i.e. real linalg as torch-mlir emits it. TorchIR
re-reads each file (its tensor ops as unregistered ops) and must print it back
unchanged.

    python3 Tests/Fixtures/make_linalg_pipeline_fixtures.py --tool /path/to/torch-mlir-opt
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs", "linalg_pipeline")
OUT = os.path.join(HERE, "linalg_pipeline")
FLAGS = ["--torch-function-to-torch-backend-pipeline", "--torch-backend-to-linalg-on-tensors-backend-pipeline",
         "--mlir-print-op-generic"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    tool = ap.parse_args().tool
    os.makedirs(OUT, exist_ok=True)
    ok = True
    for name in sorted(os.listdir(INPUTS)):
        if not name.endswith(".torch.mlir"):
            continue
        r = subprocess.run([tool, name] + FLAGS, cwd=INPUTS, capture_output=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr.decode())
            ok = False
            continue
        out = os.path.join(OUT, name[: -len(".torch.mlir")] + ".generic.mlir")
        with open(out, "wb") as f:
            f.write(r.stdout)
        again = subprocess.run([tool, "-", "--canonicalize", "--mlir-print-op-generic"], input=r.stdout,
                               capture_output=True).stdout
        print(f"wrote {out} (canonical: {'ok' if again == r.stdout else 'NO'})")
        ok = ok and again == r.stdout
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

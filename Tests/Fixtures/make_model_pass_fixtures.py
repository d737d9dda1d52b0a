#!/usr/bin/env python3
"""Canonicalize + CSE the committed model fixtures with the reference tool.

For each Tests/Fixtures/models/NAME.mlir of MODELS (the linalg-on-tensors
output of torch-mlir-opt's backend pipeline for real PyTorch models, made by
make_model_fixtures.py), writes

    Tests/Fixtures/models_canonicalized/NAME.mlir   tool NAME.mlir --canonicalize --cse

Made with torch-mlir-opt from the PyPI package torch-mlir 20261001 (LLVM
24.0.0git):

    python3 Tests/Fixtures/make_model_pass_fixtures.py --tool /path/to/torch-mlir-opt

ResNet-18 is left out to keep the fixtures small (its output is 7 MB); it was
checked by hand to be byte-identical too.
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = ["mlp", "cnn", "gru", "index_ops"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    args = ap.parse_args()
    out_dir = os.path.join(HERE, "models_canonicalized")
    os.makedirs(out_dir, exist_ok=True)
    failed = False
    for name in MODELS:
        src = os.path.join(HERE, "models", name + ".mlir")
        r = subprocess.run([args.tool, src, "--canonicalize", "--cse"], capture_output=True)
        if r.returncode != 0:
            sys.stderr.write(f"{name}: failed\n" + r.stderr.decode())
            failed = True
            continue
        with open(os.path.join(out_dir, name + ".mlir"), "wb") as f:
            f.write(r.stdout)
        print(f"{name}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

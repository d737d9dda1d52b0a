#!/usr/bin/env python3
"""Regenerate the linalg fixtures made with extra flags: for each
Tests/TorchIRDialectsTests/Inputs/DIR/NAME.mlir (run from that directory),
Tests/Fixtures/DIR/NAME.mlir is the reference tool's output with DIR's flags:

    linalg_canonicalize  --canonicalize (and the output must be a fixed point)
    linalg_debuginfo     --mlir-print-op-generic --mlir-print-debuginfo
    linalg_parse_errors  --split-input-file; the fixture keeps the first
                         `error:` line of each split (NAME.first-errors.txt)

and Tests/Fixtures/linalg_canonicalized/NAME.mlir is `--canonicalize` on each
Inputs/linalg/NAME.mlir that is not a --verify-diagnostics test.

    python3 Tests/Fixtures/make_linalg_flag_fixtures.py --tool /path/to/torch-mlir-opt
"""

import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs")
DIRS = {
    "linalg_canonicalize": ["--canonicalize"],
    "linalg_debuginfo": ["--mlir-print-op-generic", "--mlir-print-debuginfo"],
    "linalg_parse_errors": ["--split-input-file"],
}


def text_chunk(path, line):
    """The index of the `// -----` split that holds `line` (1-based)."""
    with open(path) as f:
        lines = f.read().split("\n")
    return sum(1 for l in lines[: line - 1] if l.strip() == "// -----")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt")
    tool = ap.parse_args().tool
    ok = True
    for d, flags in list(DIRS.items()) + [("linalg_canonicalized", ["--canonicalize"])]:
        inputs = os.path.join(TESTS, "linalg" if d == "linalg_canonicalized" else d)
        out = os.path.join(HERE, d)
        os.makedirs(out, exist_ok=True)
        for name in sorted(os.listdir(inputs)):
            if not name.endswith(".mlir"):
                continue
            with open(os.path.join(inputs, name)) as f:
                if f.readline().startswith("// RUN:"):
                    continue
            r = subprocess.run([tool, name] + flags, cwd=inputs, capture_output=True)
            if d == "linalg_parse_errors":
                firsts, seen = [], set()
                for line in r.stderr.decode().split("\n"):
                    if ": error: " not in line:
                        continue
                    split_line = int(line.split(":")[1])
                    chunk = text_chunk(os.path.join(inputs, name), split_line)
                    if chunk not in seen:
                        seen.add(chunk)
                        firsts.append(line)
                with open(os.path.join(out, name[:-5] + ".first-errors.txt"), "w") as f:
                    f.write("\n".join(firsts) + "\n")
                print(f"{d}/{name}: {len(firsts)} first errors")
                continue
            if r.returncode != 0:
                sys.stderr.write(r.stderr.decode())
                ok = False
                continue
            with open(os.path.join(out, name), "wb") as f:
                f.write(r.stdout)
            if d in ("linalg_canonicalize", "linalg_canonicalized"):
                again = subprocess.run([tool, "-", "--canonicalize"], input=r.stdout, capture_output=True).stdout
                print(f"{d}/{name}: fixed point {'ok' if again == r.stdout else 'DIFFERS'}")
                ok = ok and again == r.stdout
            else:
                print(f"{d}/{name}: written")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

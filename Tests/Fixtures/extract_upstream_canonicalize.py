#!/usr/bin/env python3
"""Pick the functions of Torch-MLIR's own canonicalization test that TorchIR
canonicalizes exactly as torch-mlir-opt does, into an input of the
torch_ops fixtures.

Source: test/Dialect/Torch/canonicalize.mlir of llvm/torch-mlir (the commit
is passed with --revision and written into the output's header). Its CHECK
lines are dropped; every top-level chunk (a function, or a `// -----` split)
is run alone with `--canonicalize` through both tools, and kept when both
exit 0 with identical output. Chunks with `module` wrappers, `expected-`
diagnostics or ops TorchIR does not register yet simply fail the comparison.

    python3 Tests/Fixtures/extract_upstream_canonicalize.py \\
        --upstream path/to/torch-mlir/test/Dialect/Torch/canonicalize.mlir \\
        --revision "llvm/torch-mlir <commit> (<date>)" \\
        --tool /path/to/torch-mlir-opt --ours .build/debug/torchir-opt

writes Tests/TorchIRDialectsTests/Inputs/torch_ops/canonicalize_upstream.mlir
(`// RUN: --canonicalize`) and prints the names of the chunks left out, with
the reason, to Tests/Fixtures/torch_ops/canonicalize_upstream.missing.txt.
Then run make_torch_op_fixtures.py to write the expected output.
"""

import argparse
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs", "torch_ops", "canonicalize_upstream.mlir")
MISSING = os.path.join(HERE, "torch_ops", "canonicalize_upstream.missing.txt")


def chunks(text):
    """Top-level functions (from `func.func` to the brace that closes its body)."""
    lines = [l for l in text.splitlines() if not l.lstrip().startswith("//")]
    out, cur, depth = [], None, 0
    for l in lines:
        if cur is None:
            if not l.startswith("func.func"):
                continue
            cur, depth = [], 0
        cur.append(l)
        depth += l.count("{") - l.count("}")
        if depth == 0 and "}" in l:
            out.append("\n".join(cur) + "\n")
            cur = None
    return out


def run(tool, text, ours):
    args = [tool, "-", "--canonicalize"] if not ours else [tool, "/dev/stdin", "--canonicalize"]
    p = subprocess.run(args, input=text.encode(), capture_output=True)
    return p.returncode, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--upstream", required=True)
    ap.add_argument("--revision", required=True)
    ap.add_argument("--tool", required=True)
    ap.add_argument("--ours", required=True)
    a = ap.parse_args()
    kept, missing = [], []
    for c in chunks(open(a.upstream).read()):
        name = re.match(r"func\.func (?:private )?@([^\s(]+)", c).group(1)
        rc, ref = run(a.tool, c, False)
        if rc != 0:
            missing.append(f"{name}: torch-mlir-opt fails alone")
            continue
        rc2, mine = run(a.ours, c, True)
        if rc2 != 0:
            missing.append(f"{name}: torchir-opt fails")
        elif mine != ref:
            missing.append(f"{name}: output differs")
        else:
            kept.append(c)
    header = ("// RUN: --canonicalize\n"
              "// The functions of Torch-MLIR's test/Dialect/Torch/canonicalize.mlir\n"
              f"// ({a.revision}), CHECK lines dropped, that TorchIR canonicalizes as\n"
              "// torch-mlir-opt does; made by Tests/Fixtures/extract_upstream_canonicalize.py.\n")
    with open(OUT, "w") as f:
        f.write(header + "\n".join(kept))
    with open(MISSING, "w") as f:
        f.write(f"# Functions of canonicalize.mlir ({a.revision}) not in canonicalize_upstream.mlir\n")
        f.write(f"# kept {len(kept)}, left out {len(missing)}\n")
        f.write("\n".join(missing) + "\n")
    print(f"kept {len(kept)}, left out {len(missing)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate the Torch dialect type fixtures with the reference tool.

The committed fixtures were produced with `torch-mlir-opt` from the PyPI
package `torch-mlir` version 20261001 (`torch-mlir-opt --version` reports
"LLVM version 24.0.0git"); the version the script ran with is written to
Tests/Fixtures/torch_types/tool_version.txt.

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_torch_type_fixtures.py --tool /path/to/torch-mlir-opt

Inputs are Tests/TorchIRDialectsTests/Inputs/torch/{roundtrip,invalid}/*.mlir.
Every command runs from the input's directory with the input named exactly
`NAME.mlir`, so file names in diagnostics are stable. Outputs, in
Tests/Fixtures/torch_types/:

1. Round trip, for roundtrip/NAME.mlir:
     NAME.custom.mlir   torch-mlir-opt --allow-unregistered-dialect NAME.mlir
     NAME.generic.mlir  ... --mlir-print-op-generic
   and fixed_point.txt, one line `NAME CHECK ok|DIFFERS` per re-parse check:
   `custom` and `generic` (the output fed back with the same flags prints the
   same text) and `generic-to-custom` (the generic output printed in custom
   form equals the custom output). Every check must be `ok`.
2. Diagnostics, for invalid/NAME.mlir (first line `// RUN: <flags>`):
   - `torch-mlir-opt <flags> NAME.mlir` must exit with status 0 (the
     `expected-error` lines hold with the reference tool);
   - NAME.stderr / NAME.stdout / NAME.exitcode: the exact output of
     `torch-mlir-opt --split-input-file NAME.mlir` on a copy of the input in
     which `expected-` is replaced by `expected_` (same length, so every line
     and column stays put). This pins the column of each diagnostic, which
     `--verify-diagnostics` does not check. The Swift test applies the same
     replacement.

Exits with status 1 when any of these checks fails.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(os.path.dirname(HERE), "TorchIRDialectsTests", "Inputs", "torch")
ROUNDTRIP_DIR = os.path.join(INPUTS, "roundtrip")
INVALID_DIR = os.path.join(INPUTS, "invalid")
OUT_DIR = os.path.join(HERE, "torch_types")

BASE = ["--allow-unregistered-dialect"]
GENERIC = ["--mlir-print-op-generic"]


def run(tool, args, cwd, name):
    proc = subprocess.run([tool] + args + [name], cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc.returncode, proc.stdout, proc.stderr


def inputs(directory):
    return sorted(f[:-len(".mlir")] for f in os.listdir(directory) if f.endswith(".mlir"))


def save(name, data):
    with open(os.path.join(OUT_DIR, name), "wb") as f:
        f.write(data)


def flags_of(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    m = re.match(r"^// RUN:(.*)$", first)
    if not m:
        raise SystemExit("%s: the first line must be `// RUN: <flags>`" % path)
    return shlex.split(m.group(1))


def roundtrip(tool):
    ok = True
    lines = []
    for name in inputs(ROUNDTRIP_DIR):
        src = name + ".mlir"
        outputs = {}
        for variant, flags in (("custom", BASE), ("generic", BASE + GENERIC)):
            rc, out, err = run(tool, flags, ROUNDTRIP_DIR, src)
            if rc != 0:
                print("REJECTED %s (%s):\n%s" % (src, variant, err.decode("utf-8", "replace")))
                ok = False
            outputs[variant] = out
            save("%s.%s.mlir" % (name, variant), out)
        # Feed each output back to the tool from a scratch directory.
        with tempfile.TemporaryDirectory() as tmp:
            for check, fed, flags, expected in (
                ("custom", "custom", BASE, "custom"),
                ("generic", "generic", BASE + GENERIC, "generic"),
                ("generic-to-custom", "generic", BASE, "custom"),
            ):
                with open(os.path.join(tmp, src), "wb") as f:
                    f.write(outputs[fed])
                rc, out, _ = run(tool, flags, tmp, src)
                result = "ok" if rc == 0 and out == outputs[expected] else "DIFFERS"
                if result != "ok":
                    print("NOT A FIXED POINT: %s %s" % (name, check))
                    ok = False
                lines.append("%s %s %s" % (name, check, result))
    save("fixed_point.txt", ("\n".join(lines) + "\n").encode())
    return ok


def diagnostics(tool):
    ok = True
    for name in inputs(INVALID_DIR):
        src = name + ".mlir"
        rc, _, err = run(tool, flags_of(os.path.join(INVALID_DIR, src)), INVALID_DIR, src)
        print("invalid/%s: %s" % (src, "ok" if rc == 0 else "FAILED (exit %d)" % rc))
        if rc != 0:
            print(err.decode("utf-8", "replace"))
            ok = False
        with open(os.path.join(INVALID_DIR, src), "rb") as f:
            text = f.read().replace(b"expected-", b"expected_")
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, src), "wb") as f:
                f.write(text)
            rc, out, err = run(tool, ["--split-input-file"], tmp, src)
        save(name + ".stderr", err)
        save(name + ".stdout", out)
        save(name + ".exitcode", b"%d\n" % rc)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, help="path to torch-mlir-opt")
    args = parser.parse_args()
    tool = os.path.abspath(args.tool) if os.sep in args.tool else args.tool
    version = subprocess.run([tool, "--version"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT).stdout
    os.makedirs(OUT_DIR, exist_ok=True)
    # Start from an empty directory so the fixtures mirror the inputs.
    for f in os.listdir(OUT_DIR):
        os.remove(os.path.join(OUT_DIR, f))
    save("tool_version.txt", version)
    print(version.decode().strip())
    ok = roundtrip(tool)
    ok = diagnostics(tool) and ok
    print("OK" if ok else "FAILURES (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

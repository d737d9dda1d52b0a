#!/usr/bin/env python3
"""Regenerate the asm-layer reference fixtures with the reference tool.

The committed fixtures were produced with `torch-mlir-opt` from the PyPI
package `torch-mlir` version 20261001 (`torch-mlir-opt --version` reports
"LLVM version 24.0.0git").

Run from anywhere (paths are relative to this file):

    python3 Tests/Fixtures/make_asm_fixtures.py --tool /path/to/torch-mlir-opt

What it does:

1. For every corpus input Tests/TorchIRAsmTests/Inputs/roundtrip/NAME.mlir it
   runs the tool from the inputs directory, with the input path given as
   exactly `NAME.mlir` (so file names in locations are stable), and writes
   into Tests/Fixtures/asm/:
     NAME.custom.mlir       --allow-unregistered-dialect
     NAME.generic.mlir      ... --mlir-print-op-generic
     NAME.debuginfo.mlir    ... --mlir-print-debuginfo
     NAME.local-scope.mlir  ... --mlir-print-local-scope
                            (only when the input or its output has aliases)
     NAME.elide.mlir        ... --mlir-elide-elementsattrs-if-larger=2
                            (only when the input has dense/sparse/dense_resource)
2. Checks the fixed-point property: feeding each custom / generic / debuginfo
   output back to the tool with the same flags gives identical text, and
   parsing the generic output and printing it in custom form gives the
   custom output. Results go to Tests/Fixtures/asm/fixed_point.txt
   (one line per file and check: `NAME CHECK ok|DIFFERS`).
3. For every Tests/Fixtures/diagnostics/NAME.mlir (first line
   `// RUN: <flags>`) it runs `tool <flags> NAME.mlir` from that directory
   and records NAME.stderr, NAME.exitcode and, when not empty, NAME.stdout.
4. Re-checks that every Tests/TorchIRAsmTests/Inputs/invalid/NAME.mlir passes
   `tool <flags from its // RUN: line> NAME.mlir` with exit code 0.

Exits with status 1 if a corpus input is rejected, an invalid test fails,
or a fixed-point check gives a result not listed in KNOWN_NOT_FIXED_POINT.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
ROUNDTRIP_DIR = os.path.join(TESTS, "TorchIRAsmTests", "Inputs", "roundtrip")
INVALID_DIR = os.path.join(TESTS, "TorchIRAsmTests", "Inputs", "invalid")
ASM_DIR = os.path.join(HERE, "asm")
DIAG_DIR = os.path.join(HERE, "diagnostics")

BASE = ["--allow-unregistered-dialect"]
VARIANTS = {
    "custom": [],
    "generic": ["--mlir-print-op-generic"],
    "debuginfo": ["--mlir-print-debuginfo"],
    "local-scope": ["--mlir-print-local-scope"],
    "elide": ["--mlir-elide-elementsattrs-if-larger=2"],
}

# (NAME, CHECK) pairs known not to be fixed points with the reference tool.
# CHECK is one of: custom, generic, debuginfo, generic-to-custom.
KNOWN_NOT_FIXED_POINT = set()

ALIAS_DEF = re.compile(rb"^[#!][A-Za-z_][\w$.\-]* = ", re.M)
ELEMENTS = re.compile(rb"\b(dense|dense_resource|sparse)<")


def run(tool, args, cwd, path):
    proc = subprocess.run([tool] + args + [path], cwd=cwd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc.returncode, proc.stdout, proc.stderr


def run_line_flags(path):
    with open(path, "rb") as f:
        first = f.readline().decode("utf-8", "replace").rstrip("\r\n")
    m = re.match(r"^// RUN:(.*)$", first)
    if not m:
        raise SystemExit("%s: first line must be `// RUN: <flags>`" % path)
    return shlex.split(m.group(1))


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def names(directory):
    return sorted(f[:-5] for f in os.listdir(directory) if f.endswith(".mlir"))


def make_roundtrip(tool):
    ok = True
    os.makedirs(ASM_DIR, exist_ok=True)
    # Remove stale outputs so the directory mirrors the corpus exactly.
    for f in os.listdir(ASM_DIR):
        if f.endswith(".mlir") or f == "fixed_point.txt":
            os.remove(os.path.join(ASM_DIR, f))
    fixed_point_lines = []
    for name in names(ROUNDTRIP_DIR):
        src = name + ".mlir"
        with open(os.path.join(ROUNDTRIP_DIR, src), "rb") as f:
            text = f.read()
        outputs = {}
        for variant in ("custom", "generic", "debuginfo"):
            rc, out, err = run(tool, BASE + VARIANTS[variant], ROUNDTRIP_DIR, src)
            if rc != 0:
                print("REJECTED %s (%s):\n%s" % (src, variant, err.decode("utf-8", "replace")))
                ok = False
                break
            outputs[variant] = out
        else:
            if ALIAS_DEF.search(text) or ALIAS_DEF.search(outputs["custom"]):
                variants = ["local-scope"]
            else:
                variants = []
            if ELEMENTS.search(text):
                variants.append("elide")
            for variant in variants:
                rc, out, err = run(tool, BASE + VARIANTS[variant], ROUNDTRIP_DIR, src)
                if rc != 0:
                    print("REJECTED %s (%s):\n%s" % (src, variant, err.decode("utf-8", "replace")))
                    ok = False
                outputs[variant] = out
            for variant, out in outputs.items():
                write(os.path.join(ASM_DIR, "%s.%s.mlir" % (name, variant)), out)
            for check, result in fixed_point_checks(tool, name, outputs):
                fixed_point_lines.append("%s %s %s" % (name, check, result))
                expected = "DIFFERS" if (name, check) in KNOWN_NOT_FIXED_POINT else "ok"
                if result != expected:
                    print("FIXED POINT %s %s: %s (expected %s)" % (name, check, result, expected))
                    ok = False
    write(os.path.join(ASM_DIR, "fixed_point.txt"),
          ("\n".join(fixed_point_lines) + "\n").encode())
    return ok


def fixed_point_checks(tool, name, outputs):
    """Yield (check, 'ok'|'DIFFERS') for the re-parse checks of one input."""
    with tempfile.TemporaryDirectory() as tmp:
        src = name + ".mlir"
        checks = [
            ("custom", "custom", "custom"),
            ("generic", "generic", "generic"),
            ("debuginfo", "debuginfo", "debuginfo"),
            ("generic-to-custom", "generic", "custom"),
        ]
        for check, feed, expect in checks:
            write(os.path.join(tmp, src), outputs[feed])
            rc, out, err = run(tool, BASE + VARIANTS[expect], tmp, src)
            if rc != 0:
                print("RE-PARSE FAILED %s %s:\n%s" % (name, check, err.decode("utf-8", "replace")))
            yield check, ("ok" if rc == 0 and out == outputs[expect] else "DIFFERS")


def make_diagnostics(tool):
    for f in os.listdir(DIAG_DIR):
        if f.endswith((".stderr", ".stdout", ".exitcode")):
            os.remove(os.path.join(DIAG_DIR, f))
    for name in names(DIAG_DIR):
        src = name + ".mlir"
        flags = run_line_flags(os.path.join(DIAG_DIR, src))
        rc, out, err = run(tool, flags, DIAG_DIR, src)
        write(os.path.join(DIAG_DIR, name + ".stderr"), err)
        write(os.path.join(DIAG_DIR, name + ".exitcode"), b"%d\n" % rc)
        if out:
            write(os.path.join(DIAG_DIR, name + ".stdout"), out)
    return True


def check_invalid(tool):
    ok = True
    for name in names(INVALID_DIR):
        src = name + ".mlir"
        flags = run_line_flags(os.path.join(INVALID_DIR, src))
        rc, out, err = run(tool, flags, INVALID_DIR, src)
        status = "ok" if rc == 0 else "FAILED (exit %d)" % rc
        print("invalid/%s: %s" % (src, status))
        if rc != 0:
            print(err.decode("utf-8", "replace"))
            ok = False
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, help="path to torch-mlir-opt")
    args = parser.parse_args()
    tool = os.path.abspath(args.tool) if os.sep in args.tool else args.tool

    version = subprocess.run([tool, "--version"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT).stdout.decode()
    print("Tool: %s" % tool)
    print(version.strip())

    ok = make_roundtrip(tool)
    ok = make_diagnostics(tool) and ok
    ok = check_invalid(tool) and ok
    print("corpus inputs: %d, diagnostics fixtures: %d, invalid tests: %d"
          % (len(names(ROUNDTRIP_DIR)), len(names(DIAG_DIR)), len(names(INVALID_DIR))))
    print("OK" if ok else "FAILURES (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

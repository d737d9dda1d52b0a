#!/usr/bin/env python3
"""Writes Tests/TorchIRDialectsTests/Inputs/torch_generated/ops.mlir: one
instance of every op declared in Specs/TorchGenerated.spec, in Torch-MLIR's
default op syntax, with operand and result types drawn in turn from the types
each constraint accepts (so optional operands are sometimes `!torch.none`,
scalars sometimes `!torch.float`, tensors with and without sizes).

The reference outputs are then made by torch-mlir-opt:

    python3 Tests/Fixtures/make_torch_op_corpus.py --tool /path/to/torch-mlir-opt
    python3 Tests/Fixtures/make_dialect_fixtures.py --dialect torch_generated --tool /path/to/torch-mlir-opt

With --tool it also checks invalid.mlir and verifiers.mlir (the hand-written
verifiers of ops declared `hooks verifier`) with `--verify-diagnostics`, and
writes Tests/Fixtures/torch_generated/NAME.stderr for each: the tool's stderr
for `--split-input-file NAME.mlir` with `expected-` renamed to `expected_`,
which pins every diagnostic's column and full text; and prints the
inputs of Inputs/torch_generated_print (whose printed form the tool cannot
parse back) into torch_generated/NAME.custom.mlir.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SPEC = os.path.join(ROOT, "Specs", "TorchGenerated.spec")
OUT = os.path.join(ROOT, "Tests", "TorchIRDialectsTests", "Inputs", "torch_generated", "ops.mlir")

VT = "!torch.vtensor<[2,3],f32>"
T = "!torch.tensor<[2,3],f32>"
# Types each constraint accepts, used in turn.
OPERAND_TYPES = {
    "AnyTorchTensorType": [VT, "!torch.vtensor", "!torch.vtensor<[?,4],si64>", T],
    "Torch_NonValueTensorType": [T, "!torch.tensor"],
    "AnyTorchOptionalTensorType": [VT, "!torch.none", "!torch.vtensor"],
    "AnyTorchOptionalNonValueTensorType": [T, "!torch.none"],
    "Torch_IntType": ["!torch.int"],
    "AnyTorchOptionalIntType": ["!torch.int", "!torch.none"],
    "Torch_FloatType": ["!torch.float"],
    "AnyTorchOptionalFloatType": ["!torch.float", "!torch.none"],
    "Torch_BoolType": ["!torch.bool"],
    "AnyTorchOptionalBoolType": ["!torch.bool", "!torch.none"],
    "Torch_StringType": ["!torch.str"],
    "AnyTorchOptionalStringType": ["!torch.str", "!torch.none"],
    "Torch_DeviceType": ["!torch.Device"],
    "AnyTorchOptionalDeviceType": ["!torch.Device", "!torch.none"],
    "Torch_GeneratorType": ["!torch.Generator"],
    "AnyTorchOptionalGeneratorType": ["!torch.none", "!torch.Generator"],
    "Torch_LinearParamsType": ["!torch.LinearParams"],
    "Torch_DictType": ["!torch.dict<str, vtensor>"],
    "AnyTorchScalarType": ["!torch.int", "!torch.float", "!torch.number"],
    "AnyTorchOptionalScalarType": ["!torch.float", "!torch.none"],
    "AnyTorchListOfTorchBoolType": ["!torch.list<bool>"],
    "AnyTorchListOfTorchIntType": ["!torch.list<int>"],
    "AnyTorchListOfTorchFloatType": ["!torch.list<float>"],
    "AnyTorchListOfTorchStringType": ["!torch.list<str>"],
    "AnyTorchListOfTensorType": ["!torch.list<vtensor>", "!torch.list<vtensor<[2,3],f32>>"],
    "AnyTorchListOfNonValueTensorType": ["!torch.list<tensor>"],
    "AnyTorchListOfOptionalTensorType": ["!torch.list<optional<vtensor>>", "!torch.list<vtensor>"],
    "AnyTorchListOfOptionalNonValueTensorType": ["!torch.list<optional<tensor>>"],
    "AnyTorchOptionalListOfTorchIntType": ["!torch.list<int>", "!torch.none"],
    "AnyTorchOptionalListOfTorchFloatType": ["!torch.none", "!torch.list<float>"],
    "AnyTorchListType": ["!torch.list<int>", "!torch.list<vtensor>"],
    "AnyTorchType": ["!torch.int", VT, "!torch.str", "!torch.list<int>", "!torch.any"],
}
UNKNOWN = {"AnyTorchTensorType": "!torch.vtensor", "AnyTorchOptionalTensorType": "!torch.vtensor"}
RESULT_TYPES = dict(OPERAND_TYPES)
RESULT_TYPES["AnyTorchOptionalTensorType"] = [VT, "!torch.vtensor", "!torch.vtensor<[?,?],si64>"]
RESULT_TYPES["AnyTorchOptionalNonValueTensorType"] = [T, "!torch.tensor"]


def ops(spec_text):
    for block in re.findall(r"^op (\S+) \{\n(.*?)^\}", spec_text, re.S | re.M):
        name, body = block
        operands = re.findall(r"^  operand (\S+) (\S+)( variadic)?$", body, re.M)
        results = re.findall(r"^  result (\S+) (\S+)( variadic)?$", body, re.M)
        custom = "\n  format custom\n" in body
        verifier = re.search(r"^  hooks .*verifier", body, re.M) is not None
        yield name, operands, results, custom, verifier


# The --verify-diagnostics inputs whose full diagnostics are pinned too.
DIAGNOSTIC_INPUTS = ["invalid.mlir", "verifiers.mlir"]


def write_stderr_fixture(tool):
    """Checks each input of DIAGNOSTIC_INPUTS with --verify-diagnostics and
    writes NAME.stderr. Returns False when an expected diagnostic fails."""
    inputs = os.path.dirname(OUT)
    ok = True
    for name in DIAGNOSTIC_INPUTS:
        # stdout is captured and dropped: never `-o /dev/null`, which the tool
        # replaces with a regular file (it writes its output by renaming).
        r = subprocess.run([tool, "--split-input-file", "--verify-diagnostics", name],
                           cwd=inputs, capture_output=True)
        print(f"{name}: diagnostics {'ok' if r.returncode == 0 else 'FAILED'}")
        if r.returncode != 0:
            print(r.stderr.decode())
            ok = False
        text = open(os.path.join(inputs, name)).read().replace("expected-", "expected_")
        # Run on a copy named like the input, so locations read `NAME:L:C`.
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
            r = subprocess.run([tool, "--split-input-file", name], cwd=tmp, capture_output=True)
        out = os.path.join(HERE, "torch_generated", name[:-5] + ".stderr")
        with open(out, "wb") as f:
            f.write(r.stderr)
        print(f"wrote {out} (exit code {r.returncode})")
    # Print-only inputs (their printed form does not parse back).
    print_only = os.path.join(os.path.dirname(inputs), "torch_generated_print")
    for name in sorted(os.listdir(print_only)):
        r = subprocess.run([tool, name], cwd=print_only, capture_output=True, check=True)
        out = os.path.join(HERE, "torch_generated", name[:-5] + ".custom.mlir")
        with open(out, "wb") as f:
            f.write(r.stdout)
        print(f"wrote {out}")
    return ok


def summaries(spec_text):
    return dict(re.findall(r'^constraint (\S+) "([^"]*)"', spec_text, re.M))


def write_constraint_tests(spec_text):
    """constraints.mlir: for every type constraint, the first op (without a
    hand-written verifier) that has an operand, and one that has a result, of
    that constraint, given `i32` there; the expected message is built from the
    spec's summary, so torch-mlir-opt --verify-diagnostics confirms each
    summary and each operand/result index."""
    summary = summaries(spec_text)
    seen = set()
    cases = []
    for name, operands, results, custom, verifier in ops(spec_text):
        if verifier or not custom:
            continue
        for side, values in (("operand", operands), ("result", results)):
            for k, (_, c, _) in enumerate(values):
                if (side, c) in seen:
                    continue
                seen.add((side, c))
                cases.append((name, operands, results, side, k, c))
    out = ["// RUN: --split-input-file --verify-diagnostics",
           "// Written by Tests/Fixtures/make_torch_op_corpus.py: each type constraint of",
           "// Specs/TorchGenerated.spec rejecting `i32`, as an operand and as a result."]
    for name, operands, results, side, k, c in cases:
        operand_types = [OPERAND_TYPES[oc][0] for _, oc, _ in operands]
        result_types = [RESULT_TYPES[rc][0] for _, rc, _ in results]
        (operand_types if side == "operand" else result_types)[k] = "i32"
        args = []
        for t in operand_types:
            if t not in args:
                args.append(t)
        values = ", ".join(f"%arg{args.index(t)}" for t in operand_types)
        lhs = f"%0 = " if len(result_types) == 1 else (f"%0:{len(result_types)} = " if result_types else "")
        text = f"torch.{name}" + (" " + values if values else "") + " : " + ", ".join(operand_types)
        if operand_types and result_types:
            text += " -> "
        text += ", ".join(result_types)
        message = f"'torch.{name}' op {side} #{k} must be {summary[c]}, but got 'i32'"
        out += ["", "// -----", "",
                f"func.func @{side}_{c}(" + ", ".join(f"%arg{j}: {t}" for j, t in enumerate(args)) + ") {",
                f"  // expected-error@+1 {{{{{message}}}}}",
                f"  {lhs}{text}",
                "  return", "}"]
    path = os.path.join(os.path.dirname(OUT), "constraints.mlir")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(cases)} constraint tests to {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", help="torch-mlir-opt, to write invalid.stderr")
    cl = ap.parse_args()
    counter = {}

    def pick(table, constraint):
        options = table[constraint]
        k = counter.get(constraint, 0)
        counter[constraint] = k + 1
        return options[k % len(options)]

    lines = []
    args = []  # block argument types, in order of first use
    def arg(t):
        if t not in args:
            args.append(t)
        return f"%arg{args.index(t)}"

    n = 0
    for i, (name, operands, results, custom, verifier) in enumerate(ops(open(SPEC).read())):
        if any(v for _, _, v in operands):
            operand_types = ["!torch.int", "!torch.list<int>"]  # a variadic list
        elif verifier:
            # Torch-MLIR's hand-written verifiers check what they can of sizes
            # and dtypes; tensors without either pass them.
            operand_types = [UNKNOWN.get(c) or pick(OPERAND_TYPES, c) for _, c, _ in operands]
        else:
            operand_types = [pick(OPERAND_TYPES, c) for _, c, _ in operands]
        result_types = [(verifier and UNKNOWN.get(c)) or pick(RESULT_TYPES, c) for _, c, _ in results]
        values = ", ".join(arg(t) for t in operand_types)
        attrs = f" {{test.index = {i} : i64}}" if i % 25 == 7 else ""
        lhs = ""
        if len(result_types) == 1:
            lhs = f"%{n} = "
        elif result_types:
            lhs = f"%{n}:{len(result_types)} = "
        n += 1
        if custom:
            text = f"torch.{name}"
            if values:
                text += " " + values
            text += attrs + " : " + ", ".join(operand_types)
            if operand_types and result_types:
                text += " -> "
            text += ", ".join(result_types)
        else:
            # Variadic operands: Torch-MLIR's declarative `(operands) : types -> types`.
            text = f"torch.{name}({values}){attrs} : " + ", ".join(operand_types)
            if result_types:
                text += " -> " + ", ".join(result_types)
        lines.append("  " + lhs + text)
    header = [
        "// One instance of every op of Specs/TorchGenerated.spec, written by",
        "// Tests/Fixtures/make_torch_op_corpus.py; printed by torch-mlir-opt into",
        "// Tests/Fixtures/torch_generated/ops.{custom,generic}.mlir.",
        "func.func @ops(" + ", ".join(f"%arg{k}: {t}" for k, t in enumerate(args)) + ") {",
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(header + lines + ["  return", "}", ""]))
    print(f"wrote {n} ops to {OUT}")
    write_constraint_tests(open(SPEC).read())
    if cl.tool and not write_stderr_fixture(cl.tool):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

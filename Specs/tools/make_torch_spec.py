#!/usr/bin/env python3
"""Writes Specs/TorchGenerated.spec from PyTorch's operator schema registry.

Two steps, each a subcommand:

  extract-list  Reads Torch-MLIR's GeneratedTorchOps.td and writes the list of
                ops Torch-MLIR chooses (its registry keys, in its order, with
                the traits it adds by hand and its folder/canonicalizer/verifier
                flags) to Specs/tools/torch_ods_ops.txt. Run once per Torch-MLIR
                revision; the list is committed.

  spec          Reads that list and PyTorch's registry
                (torch._C._jit_get_all_schemas()) and writes the spec: for
                every listed op its name, operands, results and traits, from
                the PyTorch schema, by the rules of Torch-MLIR's
                torch_ods_gen.py. With --check-td it also compares the result
                with GeneratedTorchOps.td and reports every difference.

Example (the command that made the committed files):

  python3 Specs/tools/make_torch_spec.py extract-list \\
      --td torch-mlir/include/torch-mlir/Dialect/Torch/IR/GeneratedTorchOps.td \\
      --revision "llvm/torch-mlir 0029fc2e102c6d604696b33eb618116b4957a2e3 (2026-08-20), include/torch-mlir/Dialect/Torch/IR/GeneratedTorchOps.td" \\
      -o Specs/tools/torch_ods_ops.txt
  /work/venv-torch/bin/python Specs/tools/make_torch_spec.py spec \\
      --ops Specs/tools/torch_ods_ops.txt -o Specs/TorchGenerated.spec \\
      --check-td torch-mlir/include/torch-mlir/Dialect/Torch/IR/GeneratedTorchOps.td \\
      --check-bindings venv/lib/python3.11/site-packages/torch_mlir/dialects/_torch_ops_gen.py
"""

import argparse
import re
import sys

# Namespaces of the ops this spec declares. `prim::` ops are declared with
# the hand-written Torch ops (Specs/Torch*.spec of the prim/constant work).
NAMESPACES = ("aten", "prims", "quantized", "torchvision")

# Traits torch_ods_gen.py derives from the schema; every other trait of an op
# is one Torch-MLIR's generator passes by hand and the list records.
DERIVED_TRAITS = ("AllowsTypeRefinement", "HasValueSemantics", "ReadOnly")

# JIT type (as FunctionSchema prints it) -> spec type constraint, the mapping
# torch_ods_gen.py applies.
VALUE_TYPES = {
    "Tensor": "AnyTorchTensorType",
    "Tensor?": "AnyTorchOptionalTensorType",
    "Tensor?[]": "AnyTorchListOfOptionalTensorType",
    "Tensor[]": "AnyTorchListOfTensorType",
    "Scalar": "AnyTorchScalarType",
    "Scalar?": "AnyTorchOptionalScalarType",
    "int": "Torch_IntType",
    "int[]": "AnyTorchListOfTorchIntType",
    "int?": "AnyTorchOptionalIntType",
    "int[]?": "AnyTorchOptionalListOfTorchIntType",
    "bool": "Torch_BoolType",
    "bool[]": "AnyTorchListOfTorchBoolType",
    "bool?": "AnyTorchOptionalBoolType",
    "float": "Torch_FloatType",
    "float?": "AnyTorchOptionalFloatType",
    "float[]": "AnyTorchListOfTorchFloatType",
    "float[]?": "AnyTorchOptionalListOfTorchFloatType",
    "t[]": "AnyTorchListType",
    "t": "AnyTorchType",
    "t1": "AnyTorchType",
    "t2": "AnyTorchType",
    "Any": "AnyTorchType",
    "Device": "Torch_DeviceType",
    "Device?": "AnyTorchOptionalDeviceType",
    "Generator": "Torch_GeneratorType",
    "Generator?": "AnyTorchOptionalGeneratorType",
    "str": "Torch_StringType",
    "str?": "AnyTorchOptionalStringType",
    "str[]": "AnyTorchListOfTorchStringType",
    "Dict": "Torch_DictType",
    "__torch__.torch.classes.quantized.LinearPackedParamsBase": "Torch_LinearParamsType",
}
# In-place (`op_`) variants take and return tensors without value semantics.
NON_VALUE_TYPES = {
    "Tensor": "Torch_NonValueTensorType",
    "Tensor?": "AnyTorchOptionalNonValueTensorType",
    "Tensor?[]": "AnyTorchListOfOptionalNonValueTensorType",
    "Tensor[]": "AnyTorchListOfNonValueTensorType",
}


def constraint(jit_type, non_value, is_result=False):
    # A Tensor result may be None in TorchScript (convolution_backward's
    # first result), so results are Tensor?.
    if is_result and jit_type == "Tensor":
        jit_type = "Tensor?"
    if jit_type.startswith("Dict("):
        jit_type = "Dict"
    c = (NON_VALUE_TYPES.get(jit_type) if non_value else None) or VALUE_TYPES.get(jit_type)
    if c is None:
        raise SystemExit(f"error: no type constraint for JIT type {jit_type!r}")
    return c


# ---------------------------------------------------------------------------
# extract-list


def td_ops(td_text):
    """(op name, traits, key, flags, operand names, result names) per def."""
    blocks = re.split(r"\n(?=def Torch_)", td_text)
    for b in blocks:
        m = re.match(r'def Torch_\w+ : Torch_Op<"([^"]+)", \[(.*?)\]>', b, re.S)
        if not m:
            continue
        name = m.group(1)
        traits = [t.strip() for t in m.group(2).split(",") if t.strip()]
        key = re.search(r"Generated op for `([^`]+)`", b).group(1)
        flags = [f for f, k in (("folder", "hasFolder"), ("canonicalizer", "hasCanonicalizer"),
                                ("verifier", "hasVerifier")) if f"let {k} = 1;" in b]
        ins = re.search(r"let arguments = \(ins(.*?)\);", b, re.S).group(1)
        outs = re.search(r"let results = \(outs(.*?)\);", b, re.S).group(1)
        operands = [(t, n) for t, n in re.findall(r"([\w<>]+):\$(\w+)", ins)]
        results = [(t, n) for t, n in re.findall(r"([\w<>]+):\$(\w+)", outs)]
        yield name, traits, key, flags, operands, results


def split_key(key):
    """'ns::name.overload : (A, B) -> (C)' -> ('ns::name.overload', [A, B], [C])."""
    m = re.match(r"(\S+) : \((.*)\) -> \((.*)\)$", key)
    def types(s):
        out, depth, cur = [], 0, ""
        for c in s:
            if c == "," and depth == 0:
                out.append(cur.strip())
                cur = ""
                continue
            depth += c in "(["
            depth -= c in ")]"
            cur += c
        if cur.strip():
            out.append(cur.strip())
        return out
    return m.group(1), types(m.group(2)), types(m.group(3))


def extract_list(args):
    td = open(args.td).read()
    lines = [
        "# The ops Torch-MLIR generates from PyTorch's registry, in its order: the",
        "# `Generated op for` keys of GeneratedTorchOps.td (written by Torch-MLIR's",
        "# torch_ods_gen.py), with the traits its emit() calls add by hand and its",
        "# folder/canonicalizer/verifier flags. Extracted from",
        f"# {args.revision} by `make_torch_spec.py extract-list`.",
        "#",
        "# KEY [; traits T ...] [; hooks H ...] [; schema S]",
        "# `schema` records the PyTorch schema of an op whose library (torchvision)",
        "# may be missing when the spec is generated; it is parsed by PyTorch's",
        "# torch._C.parse_schema and used only when the registry lacks the op.",
    ]
    for name, traits, key, flags, operands, results in td_ops(td):
        parts = [key]
        extra = [t for t in traits if t not in DERIVED_TRAITS]
        if name.startswith("quantized."):
            # quantized::linear is emitted with traits=["HasValueSemantics"].
            extra = ["HasValueSemantics"] + extra
        if extra:
            parts.append("traits " + " ".join(extra))
        if flags:
            parts.append("hooks " + " ".join(flags))
        if name.startswith("torchvision."):
            qual, arg_types, ret_types = split_key(key)
            params = ", ".join(f"{t} {n}" for t, (_, n) in zip(arg_types, operands))
            rets = ", ".join(ret_types)
            parts.append(f"schema {qual}({params}) -> ({rets})")
        lines.append(" ; ".join(parts))
    open(args.output, "w").write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 10} ops to {args.output}")


# ---------------------------------------------------------------------------
# spec


class Operator:
    """What torch_ods_gen.py reads from a torch::jit::Operator's schema."""

    def __init__(self, schema):
        self.qualified = schema.name
        self.namespace, _, self.unqualified = schema.name.partition("::")
        self.overload = schema.overload_name
        text = str(schema)
        head, _, tail = text.rpartition(" -> ")
        self.is_vararg = head.endswith("...)")
        self.is_varret = tail.strip() == "..."
        self.arguments = [(a.name, a.type.str(), a.alias_info) for a in schema.arguments]
        self.returns = [(r.name, r.type.str(), r.alias_info) for r in schema.returns]

    @property
    def key(self):
        ov = f".{self.overload}" if self.overload else ""
        args = "..." if self.is_vararg else ", ".join(t for _, t, _ in self.arguments)
        rets = "..." if self.is_varret else ", ".join(t for _, t, _ in self.returns)
        return f"{self.qualified}{ov} : ({args}) -> ({rets})"

    @property
    def mlir_name(self):
        return ".".join(x for x in (self.namespace, self.unqualified, self.overload) if x)

    def is_readonly(self):
        return not any(ai is not None and ai.is_write for _, _, ai in self.arguments + self.returns)

    def has_value_semantics(self):
        if not self.is_readonly() or self.is_vararg or self.is_varret:
            return False
        if any(ai is not None for _, _, ai in self.arguments + self.returns):
            return False
        # Schemas whose alias annotations Torch-MLIR's generator overrides.
        return self.key not in (
            "prim::unchecked_cast : (t) -> (t)",
            "aten::__is__ : (t1, t2) -> (bool)",
            "aten::__isnot__ : (t1, t2) -> (bool)",
        )


def read_list(path):
    entries = []
    for line in open(path):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ; ")]
        e = {"key": parts[0], "traits": [], "hooks": [], "schema": None}
        for p in parts[1:]:
            word, _, rest = p.partition(" ")
            if word in ("traits", "hooks"):
                e[word] = rest.split()
            elif word == "schema":
                e["schema"] = rest
            else:
                raise SystemExit(f"error: {path}: unknown field {word!r} in {line!r}")
        entries.append(e)
    return entries


CONSTRAINTS = """\
# Type constraints: Torch-MLIR's TorchTypes.td definitions, with the
# summaries its verifier messages give (a ListOf<...> list adds
# "of <element> values"). `@name` terms are type tests implemented in Swift
# (Sources/TorchIRDialects/Torch/TorchTypeConstraints.swift).
constraint Torch_NonValueTensorType "Multi-dimensional array modeling Torch's Tensor type" = @torch.tensor
constraint Torch_ValueTensorType "Multi-dimensional array modeling Torch's Tensor type" = @torch.vtensor
constraint AnyTorchTensorType "Any Torch tensor type" = @torch.tensor | @torch.vtensor
constraint AnyTorchOptionalTensorType "Optional torch tensor type" = @torch.tensor | @torch.vtensor | @torch.optional | @torch.none
constraint AnyTorchOptionalNonValueTensorType "Optional torch non value tensor type" = @torch.tensor | @torch.optional | @torch.none
constraint Torch_IntType "Torch IntType" = @torch.int
constraint AnyTorchOptionalIntType "Optional torch int type" = @torch.int | @torch.optional | @torch.none
constraint Torch_FloatType "Torch FloatType" = @torch.float
constraint AnyTorchOptionalFloatType "Optional torch float type" = @torch.float | @torch.optional | @torch.none
constraint Torch_BoolType "Torch BoolType" = @torch.bool
constraint AnyTorchOptionalBoolType "Optional torch bool type" = @torch.bool | @torch.optional | @torch.none
constraint Torch_StringType "Torch StringType" = @torch.str
constraint AnyTorchOptionalStringType "Optional torch Str type" = @torch.str | @torch.optional | @torch.none
constraint Torch_DeviceType "Torch device" = @torch.Device
constraint AnyTorchOptionalDeviceType "Optional torch device type" = @torch.Device | @torch.optional | @torch.none
constraint Torch_GeneratorType "Torch Generator for producing valsem-random numbers" = @torch.Generator
constraint AnyTorchOptionalGeneratorType "Optional torch Generator type" = @torch.Generator | @torch.optional | @torch.none
constraint Torch_LinearParamsType "Torch packed linear params type" = @torch.LinearParams
constraint Torch_DictType "!torch.dict[KT, VT] " = @torch.dict
constraint AnyTorchScalarType "Any Python numeric type compatible with being the scalar type of a tensor" = @torch.scalar
constraint AnyTorchOptionalScalarType "Optional torch scalar type" = @torch.scalar | @torch.optional | @torch.none
constraint AnyTorchListOfTorchBoolType "Bool list type (bool[]) of Torch BoolType values" = @torch.list<bool>
constraint AnyTorchListOfTorchIntType "Int list type (int[]) of Torch IntType values" = @torch.list<int>
constraint AnyTorchListOfTorchFloatType "Float list type (float[]) of Torch FloatType values" = @torch.list<float>
constraint AnyTorchListOfTorchStringType "Str list type (str[]) of Torch StringType values" = @torch.list<str>
constraint AnyTorchListOfTensorType "Any int list type (Tensor[]) of Any Torch tensor type values" = @torch.list<tensor|vtensor>
constraint AnyTorchListOfNonValueTensorType "Any int list type (Tensor[]) of Multi-dimensional array modeling Torch's Tensor type values" = @torch.list<tensor>
constraint AnyTorchListOfOptionalTensorType "Any optional tensor list type (Tensor?[]) of Optional torch tensor type values" = @torch.list<tensor|vtensor|optional|none>
constraint AnyTorchListOfOptionalNonValueTensorType "Any optional tensor list type (Tensor?[]) of Optional torch non value tensor type values" = @torch.list<tensor|optional|none>
constraint AnyTorchOptionalListOfTorchIntType "Optional torch int list type (int[]?)" = @torch.list<int> | @torch.optional | @torch.none
constraint AnyTorchOptionalListOfTorchFloatType "Optional torch float list type (float[]?)" = @torch.list<float> | @torch.optional | @torch.none
constraint AnyTorchListType "Any Torch list Type of any non-token type values" = @torch.list<any>
constraint AnyTorchType "Any type that is legal to pass to a Torch kernel" = @torch.kernel-arg
"""


def spec(args):
    import torch

    registry = {}
    for s in torch._C._jit_get_all_schemas():
        op = Operator(s)
        registry[op.key] = op
    try:
        import torchvision  # noqa: F401  (registers torchvision:: ops)
        for s in torch._C._jit_get_all_schemas():
            registry.setdefault(Operator(s).key, Operator(s))
        vision = "torchvision " + torchvision.__version__
    except ImportError:
        vision = None

    out = [
        "# generated by Specs/tools/make_torch_spec.py from PyTorch's operator registry — do not edit",
        f"# PyTorch {torch.__version__} (git {torch.version.git_version})"
        + (f", {vision}" if vision else ", torchvision ops from the schemas recorded in the list"),
        f"# ops: {args.ops} (the ops Torch-MLIR chooses; see its header)",
        "# command (with a Python that has torch installed):",
        "#   python3 Specs/tools/make_torch_spec.py spec --ops Specs/tools/torch_ods_ops.txt -o Specs/TorchGenerated.spec",
        "#",
        "# Every op has Torch-MLIR's default syntax (`format custom`, parsed and",
        "# printed like its parseDefaultTorchOp/printDefaultTorchOp in",
        "# Sources/TorchIRDialects/Torch/TorchDefaultOpFormat.swift), except ops with",
        "# variadic operands or results, which have Torch-MLIR's declarative format.",
        "# `hooks` records Torch-MLIR's hasFolder/hasCanonicalizer/hasVerifier.",
        "",
        "dialect torch TorchGenerated",
        "",
        CONSTRAINTS,
    ]
    missing = []
    count = 0
    for e in read_list(args.ops):
        ns = e["key"].split("::")[0]
        if ns not in NAMESPACES:
            continue
        op = registry.get(e["key"])
        if op is None and e["schema"]:
            op = Operator(torch._C.parse_schema(e["schema"]))
        if op is None or op.key != e["key"]:
            missing.append(e["key"])
            continue
        count += 1
        non_value = "IsTrailingUnderscoreInplaceVariant" in e["traits"]
        traits = list(e["traits"]) + ["AllowsTypeRefinement"]
        if op.has_value_semantics() and "HasValueSemantics" not in traits:
            traits.append("HasValueSemantics")
        if op.is_readonly():
            traits.append("ReadOnly")
        out.append(f"op {op.mlir_name} {{")
        out.append(f"  summary Generated op for `{op.key}`")
        out.append("  traits " + " ".join(traits))
        if op.is_vararg:
            out.append("  operand operands AnyTorchType variadic")
        else:
            for name, t, _ in op.arguments:
                out.append(f"  operand {name} {constraint(t, non_value)}")
        multi = len(op.returns) > 1
        result_names = []
        if op.is_varret:
            out.append("  result results AnyTorchType variadic")
            result_names = ["results"]
        else:
            for i, (name, t, _) in enumerate(op.returns):
                n = name or ("result" + (str(i) if multi else ""))
                result_names.append(n)
                out.append(f"  result {n} {constraint(t, non_value, is_result=True)}")
        if op.is_vararg or op.is_varret:
            if op.is_vararg:
                operands, operand_types = "`(` $operands `)`", "type($operands)"
            else:
                operands = " `,` ".join("$" + n for n, _, _ in op.arguments)
                operand_types = " `,` ".join(f"type(${n})" for n, _, _ in op.arguments)
            result_types = " `,` ".join(f"type(${n})" for n in result_names)
            arrow = " `->` " if operand_types and result_types else ""
            out.append(f"  format {operands} attr-dict `:` {operand_types}{arrow}{result_types}")
        else:
            out.append("  format custom")
        if e["hooks"]:
            out.append("  hooks " + " ".join(e["hooks"]))
        out.append("}")
        out.append("")
    if missing:
        raise SystemExit("error: not in PyTorch's registry (or a different signature):\n  " + "\n  ".join(missing))
    open(args.output, "w").write("\n".join(out))
    print(f"wrote {count} ops to {args.output}")
    if args.check_td:
        check_td(args.check_td, args.output)
    if args.check_bindings:
        check_bindings(args.check_bindings, args.output)


def check_td(td_path, spec_path):
    """Compares the spec with Torch-MLIR's own generated ODS."""
    td = {name: (traits, key, flags, operands, results)
          for name, traits, key, flags, operands, results in td_ops(open(td_path).read())}
    problems = 0
    for block in open(spec_path).read().split("\nop ")[1:]:
        name = block.split(" ", 1)[0]
        lines = block.splitlines()
        def field(word):
            return [l.strip()[len(word) + 1:] for l in lines if l.strip().startswith(word + " ")]
        traits = field("traits")[0].split()
        operands = [tuple(reversed(o.split()[:2])) for o in field("operand")]
        results = [tuple(reversed(r.split()[:2])) for r in field("result")]
        hooks = (field("hooks") or [""])[0].split()
        ttraits, key, flags, toperands, tresults = td[name]
        variadic = lambda vs: [(t if not t.startswith("Variadic<") else t[9:-1], n) for t, n in vs]
        for what, mine, theirs in (("traits", sorted(set(traits)), sorted(set(ttraits))),
                                   ("operands", operands, variadic(toperands)),
                                   ("results", results, variadic(tresults)),
                                   ("hooks", hooks, flags)):
            if mine != theirs:
                problems += 1
                print(f"differs from the td: {name} {what}: {mine} vs {theirs}")
    print(f"checked against {td_path}: {problems} differences")


def check_bindings(bindings_path, spec_path):
    """Compares the spec's op names with those of a torch-mlir wheel's Python
    bindings (torch_mlir/dialects/_torch_ops_gen.py), which are generated
    from the very GeneratedTorchOps.td the wheel was built with."""
    theirs = {n for n in re.findall(r'OPERATION_NAME = "torch\.([^"]*)"', open(bindings_path).read())
              if n.split(".")[0] in NAMESPACES}
    mine = set(re.findall(r"^op (\S+) \{", open(spec_path).read(), re.M))
    for n in sorted(theirs - mine):
        print(f"in the bindings, not in the spec: torch.{n}")
    for n in sorted(mine - theirs):
        print(f"in the spec, not in the bindings: torch.{n}")
    print(f"checked against {bindings_path}: {len(mine)} ops in the spec, {len(theirs)} in the bindings, "
          f"{len(mine ^ theirs)} differences")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    x = sub.add_parser("extract-list")
    x.add_argument("--td", required=True)
    x.add_argument("--revision", required=True)
    x.add_argument("-o", "--output", required=True)
    s = sub.add_parser("spec")
    s.add_argument("--ops", required=True)
    s.add_argument("-o", "--output", required=True)
    s.add_argument("--check-td", help="GeneratedTorchOps.td to compare the ops with")
    s.add_argument("--check-bindings", help="a torch-mlir wheel's torch_mlir/dialects/_torch_ops_gen.py")
    a = p.parse_args()
    (extract_list if a.command == "extract-list" else spec)(a)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write Sources/TorchIRDialects/Linalg/Generated/LinalgNamedOps.swift.

The linalg named ops that MLIR declares in OpDSL (core_named_ops.py, turned
into LinalgNamedStructuredOps.yaml inside LLVM) are facts about the dialect:
operands, indexing maps, iterator types, index attributes and the scalar
body. This script reads them from the OpDSL package that ships with the
reference tool's Python package (torch-mlir 20261001, LLVM 24.0.0git) and
records each op as one line of string literals that
Sources/TorchIRDialects/Linalg/NamedOpTable.swift decodes. Run with the
Python that has torch_mlir installed:

    /work/venv/bin/python Specs/make_linalg_named_ops.py

Encoding (all fields plain text):
  operands   NAME:KIND:TYPEVAR ...      KIND in input, output, scalar
  indexAttrs NAME:SYM,SYM:DEF,DEF ...   symbols the attribute binds, defaults
  fnAttrs    NAME:KIND:DEFAULT ...      a type/unary/binary function attribute
  maps       one map per operand, `;`-separated results lists over dN / sN
  iterators  p (parallel) / r (reduction), one letter per loop
  body       NAME=EXPR;...; EXPR is ARG, `@N` (linalg.index N),
             `#TEXT#` (an arith.constant, e.g. `#12345 : i64#`), or
             KIND.FN[:TYPEVAR](EXPR,...) / KIND@ATTR[:TYPEVAR](EXPR,...)
  interface  the op interface the op implements: convolution, contraction,
             fill, or nothing
"""

import os
import re
import sys

from torch_mlir.dialects.linalg.opdsl.lang import DefinedOpCallable
from torch_mlir.dialects.linalg.opdsl.lang.config import LinalgOpConfig
from torch_mlir.dialects.linalg.opdsl.ops import core_named_ops

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "TorchIRDialects", "Linalg", "Generated", "LinalgNamedOps.swift")


def plain(x):
    if hasattr(x, "to_yaml_custom_dict"):
        return plain(x.to_yaml_custom_dict())
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [plain(v) for v in x]
    return x


def split_map(text):
    """`affine_map<(d0, d1)[s0] -> (d0 * s0, d1)>` -> (dims, syms, results)."""
    m = re.fullmatch(r"affine_map<\(([^)]*)\)(?:\[([^\]]*)\])? -> \((.*)\)>", text)
    if not m:
        raise ValueError(text)
    dims = len([d for d in m.group(1).split(",") if d.strip()])
    syms = len([s for s in (m.group(2) or "").split(",") if s.strip()])
    results = [r.replace(" ", "") for r in m.group(3).split(",") if r.strip()]
    for r in results:
        if not re.fullmatch(r"[ds0-9*+]+", r):
            raise ValueError(f"unsupported affine expression {r}")
    return dims, syms, results


def expr(e):
    if "scalar_arg" in e:
        return e["scalar_arg"]
    if "scalar_index" in e:
        return "@" + str(e["scalar_index"])
    if "scalar_const" in e:
        return "#" + e["scalar_const"] + "#"
    fn = e["scalar_fn"]
    head = fn["kind"] + ("@" + fn["attr_name"] if "attr_name" in fn else "." + fn["fn_name"])
    if "type_var" in fn:
        head += ":" + fn["type_var"]
    return head + "(" + ",".join(expr(o) for o in fn["operands"]) + ")"


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    configs = []
    for value in core_named_ops.__dict__.values():
        if isinstance(value, DefinedOpCallable):
            configs.extend(plain(c) for c in LinalgOpConfig.from_linalg_op_def(value.op_def))
    lines = []
    for c in configs:
        name = c["metadata"]["name"]
        so = c["structured_op"]
        operands, index_attrs, fn_attrs = [], [], []
        for a in so["args"]:
            kind = a["kind"]
            if kind in ("input_tensor", "output_tensor", "scalar"):
                k = {"input_tensor": "input", "output_tensor": "output", "scalar": "scalar"}[kind]
                operands.append(f"{a['name']}:{k}:{a['type_var']}")
            elif kind == "index_attr":
                syms = split_map(a["index_attr_map"])[2]
                index_attrs.append(
                    f"{a['name']}:{','.join(s[1:] for s in syms)}:{','.join(str(v) for v in a['default_indices'])}")
            elif kind.endswith("_fn_attr"):
                fn_attrs.append(f"{a['name']}:{kind[:-len('_fn_attr')]}:{a['default_fn']}")
            else:
                raise ValueError(f"{name}: unsupported argument kind {kind}")
        maps = [split_map(m) for m in so["indexing_maps"]["static_indexing_maps"]]
        dims = maps[0][0]
        syms = maps[0][1]
        iters = "".join({"parallel": "p", "reduction": "r"}[t] for t in so["iterator_types"])
        body = ";".join(f"{a['arg']}={expr(a['value'])}" for a in so["assignments"])
        interfaces = {"LinalgConvolutionOpInterface": "convolution", "LinalgContractionOpInterface": "contraction",
                      "LinalgFillOpInterface": "fill"}
        interface = " ".join(interfaces[i] for i in c["metadata"].get("implements", []))
        fields = [
            name, " ".join(operands), " ".join(index_attrs), " ".join(fn_attrs), str(dims), str(syms),
            ";".join(",".join(m[2]) for m in maps), iters, body, interface,
        ]
        lines.append("  NamedOpSpec(" + ", ".join(swift_string(f) for f in fields) + "),")
    with open(OUT, "w") as f:
        f.write("// generated by Specs/make_linalg_named_ops.py from MLIR's OpDSL named ops\n")
        f.write("// (torch-mlir 20261001, LLVM 24.0.0git) — do not edit\n\n")
        f.write("let linalgNamedOpSpecs: [NamedOpSpec] = [\n")
        f.write("\n".join(lines) + "\n]\n")
    print(f"wrote {len(lines)} ops to {OUT}")


if __name__ == "__main__":
    sys.exit(main())

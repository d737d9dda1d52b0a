#!/usr/bin/env python3
"""Writes the interpreter's reference fixtures into Tests/Fixtures/interp/.

    /path/to/python-with-numpy Tests/Fixtures/make_interp_fixtures.py

cases/NAME.mlir      a module whose @main takes the inputs and returns results
cases/NAME.input_<i>.npy     the inputs (written by numpy)
cases/NAME.expected_<i>.npy  the expected results, computed here with numpy
                             (or with exact Python integers / fractions where
                             numpy has no such operation, noted per case)
cases/NAME.json      {"results": [{"name": ..., "ulp": N}, ...]}: what each
                     result is and how many units in the last place it may be
                     off (0: bit-exact, any NaN matching any NaN)
npy/NAME.npy         arrays written by numpy in every dtype and header variant;
npy/NAME.expected.npy  what np.save writes for the same array (C order,
                     little-endian, version 1.0): reading NAME.npy and writing
                     it back must give exactly these bytes.

bf16 has no numpy dtype: bf16 arrays are written with the descr '<V2' (what
np.save writes for an ml_dtypes.bfloat16 array) and their values computed by
rounding exactly (Python fractions) to bf16.
"""

import io
import json
import math
import os
import shutil
import sys
from fractions import Fraction

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "interp")
CASES = os.path.join(ROOT, "cases")
NPY = os.path.join(ROOT, "npy")
rng = np.random.default_rng(20261125)

# --------------------------------------------------------------------------
# Exact rounding to binary formats (reference for bf16 and rounding modes).


def round_fraction(x, mant, exp_bits, mode="nearest_even"):
    """Rounds a finite Fraction to the format (mant stored bits); returns a
    Python float (exactly the rounded value; inf on overflow)."""
    if x == 0:
        return 0.0
    neg = x < 0
    a = -x if neg else x
    bias = (1 << (exp_bits - 1)) - 1
    emin = 1 - bias
    # e = floor(log2(a))
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if Fraction(2) ** e > a:
        e -= 1
    q = max(e, emin) - mant
    scaled = a / (Fraction(2) ** q)
    fl = scaled.numerator // scaled.denominator
    rem = scaled - fl
    m = mode
    if neg and m == "downward":
        m = "upward_mag"
    elif neg and m == "upward":
        m = "down_mag"
    elif m == "downward" or m == "toward_zero":
        m = "down_mag"
    elif m == "upward":
        m = "upward_mag"
    if m == "down_mag":
        n = fl
    elif m == "upward_mag":
        n = fl + (1 if rem > 0 else 0)
    elif m == "nearest_away":
        n = fl + (1 if rem >= Fraction(1, 2) else 0)
    else:
        if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and fl % 2 == 1):
            n = fl + 1
        else:
            n = fl
    v = Fraction(n) * Fraction(2) ** q
    max_finite = (Fraction(2) - Fraction(1, 2 ** mant)) * Fraction(2) ** bias
    if v > max_finite:
        v = None if m in ("nearest_even", "nearest_away", "upward_mag") else max_finite
    if v is None:
        r = math.inf
    else:
        r = float(v)  # exact: the format is narrower than double
    return -r if neg else r


def to_format(values, mant, exp_bits, mode="nearest_even"):
    out = []
    for v in values:
        v = float(v)
        if math.isnan(v) or math.isinf(v) or v == 0:
            out.append(v)
        else:
            out.append(round_fraction(Fraction(v), mant, exp_bits, mode))
    return np.array(out, dtype=np.float64)


def bf16_round(values, mode="nearest_even"):
    return to_format(values, 7, 8, mode)


def bf16_bits(values):
    """Bits of values already representable in bf16 (the top half of f32)."""
    f = np.array(values, dtype=np.float32)
    return (f.view(np.uint32) >> 16).astype(np.uint16)


# --------------------------------------------------------------------------
# Writing


def save_npy(path, arr, bf16=False):
    if bf16:
        bits = bf16_bits(arr)
        buf = io.BytesIO()
        header = {"descr": "<V2", "fortran_order": False, "shape": bits.shape}
        np.lib.format.write_array_header_1_0(buf, header)
        buf.write(bits.astype("<u2").tobytes())
        with open(path, "wb") as f:
            f.write(buf.getvalue())
    else:
        np.save(path, arr)


def mlir_type(dtype, shape):
    t = dtype
    if shape is None:
        return t
    return "tensor<" + "".join(f"{d}x" for d in shape) + t + ">"


class Case:
    def __init__(self, name):
        self.name = name
        self.args = []  # (type, array, bf16)
        self.lines = []
        self.results = []  # (ssa, type, expected array, bf16, name, ulp)

    def arg(self, elem, arr, shaped=True, bf16=False):
        shape = list(arr.shape) if shaped else None
        self.args.append((mlir_type(elem, shape), arr, bf16))
        return f"%arg{len(self.args) - 1}"

    def op(self, line):
        self.lines.append("  " + line)

    def result(self, ssa, type_, expected, name, ulp=0, bf16=False):
        self.results.append((ssa, type_, expected, bf16, name, ulp))

    def write(self):
        sig = ", ".join(f"%arg{i}: {t}" for i, (t, _, _) in enumerate(self.args))
        rtypes = ", ".join(r[1] for r in self.results)
        text = [f"// Generated by Tests/Fixtures/make_interp_fixtures.py ({self.name}).",
                f"func.func @main({sig}) -> ({rtypes}) {{"]
        text += self.lines
        text.append("  return " + ", ".join(r[0] for r in self.results) + " : " + rtypes)
        text.append("}")
        with open(os.path.join(CASES, self.name + ".mlir"), "w") as f:
            f.write("\n".join(text) + "\n")
        for i, (_, arr, bf16) in enumerate(self.args):
            save_npy(os.path.join(CASES, f"{self.name}.input_{i}.npy"), arr, bf16)
        meta = []
        for i, (_, _, exp, bf16, name, ulp) in enumerate(self.results):
            save_npy(os.path.join(CASES, f"{self.name}.expected_{i}.npy"), exp, bf16)
            meta.append({"name": name, "ulp": ulp})
        with open(os.path.join(CASES, self.name + ".json"), "w") as f:
            json.dump({"results": meta}, f, indent=1)
            f.write("\n")


# --------------------------------------------------------------------------
# Integer ops


INT_TYPES = {8: np.int8, 16: np.int16, 32: np.int32, 64: np.int64}
UINT_TYPES = {8: np.uint8, 16: np.uint16, 32: np.uint32, 64: np.uint64}


def int_operands(w, nonzero_b=False, no_overflow=False):
    lo, hi = -(1 << (w - 1)), (1 << (w - 1)) - 1
    edge = [lo, lo + 1, -2, -1, 0, 1, 2, hi - 1, hi, 7, -7, 3, -3]
    a, b = [], []
    for x in edge:
        for y in edge:
            a.append(x)
            b.append(y)
    for _ in range(40):
        a.append(int(rng.integers(lo, hi, endpoint=True)))
        b.append(int(rng.integers(lo, hi, endpoint=True)))
    pairs = [(x, y) for x, y in zip(a, b)
             if not (nonzero_b and y == 0) and not (no_overflow and x == lo and y == -1)]
    return ([p[0] for p in pairs], [p[1] for p in pairs])


def wrap(v, w):
    v &= (1 << w) - 1
    return v - (1 << w) if v >= 1 << (w - 1) else v


def make_int_case(w):
    t = INT_TYPES[w]
    ut = UINT_TYPES[w]
    ty = f"i{w}"
    # Plain ops on every pair.
    A, B = int_operands(w)
    a = np.array(A, dtype=t)
    b = np.array(B, dtype=t)
    ua, ub = a.view(ut), b.view(ut)
    c = Case(f"int_{ty}")
    x = c.arg(ty, a)
    y = c.arg(ty, b)
    tt = mlir_type(ty, a.shape)
    bt = mlir_type("i1", a.shape)
    with np.errstate(over="ignore"):
        plain = {
            "addi": a + b, "subi": a - b, "muli": a * b,
            "andi": a & b, "ori": a | b, "xori": a ^ b,
            "maxsi": np.maximum(a, b), "minsi": np.minimum(a, b),
            "maxui": np.maximum(ua, ub).view(t), "minui": np.minimum(ua, ub).view(t),
        }
    for i, (name, exp) in enumerate(plain.items()):
        c.op(f"%r{i} = arith.{name} {x}, {y} : {tt}")
        c.result(f"%r{i}", tt, exp.astype(t), name)
    preds = {"eq": a == b, "ne": a != b, "slt": a < b, "sle": a <= b, "sgt": a > b, "sge": a >= b,
             "ult": ua < ub, "ule": ua <= ub, "ugt": ua > ub, "uge": ua >= ub}
    for name, exp in preds.items():
        c.op(f"%c_{name} = arith.cmpi {name}, {x}, {y} : {tt}")
        c.result(f"%c_{name}", bt, exp, "cmpi " + name)
    # Shifts: amounts in range (out-of-range amounts are poison in MLIR; see
    # the hand-written shift case).
    amounts = np.array([int(v) % w for v in B], dtype=t)
    s = c.arg(ty, amounts)
    ua_l = [int(v) for v in ua]
    am = [int(v) for v in amounts]
    shl = np.array([wrap(p << q, w) for p, q in zip(ua_l, am)], dtype=np.int64).astype(t)
    shru = np.array([p >> q for p, q in zip(ua_l, am)], dtype=np.uint64).astype(ut).view(t)
    shrs = np.array([int(p) >> q for p, q in zip(A, am)], dtype=np.int64).astype(t)
    for name, exp in (("shli", shl), ("shrui", shru), ("shrsi", shrs)):
        c.op(f"%{name} = arith.{name} {x}, {s} : {tt}")
        c.result(f"%{name}", tt, exp, name)
    c.write()

    # Division: exact Python integers (numpy's // floors and has no
    # truncating or ceiling division); b != 0 and no MIN / -1.
    A, B = int_operands(w, nonzero_b=True, no_overflow=True)
    a = np.array(A, dtype=t)
    b = np.array(B, dtype=t)
    ua = [int(v) for v in a.view(ut)]
    ub = [int(v) for v in b.view(ut)]
    d = Case(f"div_{ty}")
    x = d.arg(ty, a)
    y = d.arg(ty, b)
    tt = mlir_type(ty, a.shape)

    def tdiv(p, q):
        r = abs(p) // abs(q)
        return r if (p >= 0) == (q > 0) else -r

    exp = {
        "divsi": [tdiv(p, q) for p, q in zip(A, B)],
        "remsi": [p - tdiv(p, q) * q for p, q in zip(A, B)],
        "floordivsi": [p // q for p, q in zip(A, B)],
        "ceildivsi": [-((-p) // q) for p, q in zip(A, B)],
        "divui": [p // q for p, q in zip(ua, ub)],
        "remui": [p % q for p, q in zip(ua, ub)],
        "ceildivui": [-((-p) // q) for p, q in zip(ua, ub)],
    }
    for i, (name, vals) in enumerate(exp.items()):
        d.op(f"%r{i} = arith.{name} {x}, {y} : {tt}")
        d.result(f"%r{i}", tt, np.array([wrap(v, w) for v in vals], dtype=np.int64).astype(t), name)
    d.write()

    # Extended arithmetic: exact integers.
    A, B = int_operands(w)
    a = np.array(A, dtype=t)
    b = np.array(B, dtype=t)
    ua = [int(v) for v in a.view(ut)]
    ub = [int(v) for v in b.view(ut)]
    e = Case(f"extended_{ty}")
    x = e.arg(ty, a)
    y = e.arg(ty, b)
    tt = mlir_type(ty, a.shape)
    bt = mlir_type("i1", a.shape)
    M = 1 << w
    e.op(f"%s, %o = arith.addui_extended {x}, {y} : {tt}, {bt}")
    e.result("%s", tt, np.array([wrap(p + q, w) for p, q in zip(ua, ub)], dtype=np.int64).astype(t), "addui_extended sum")
    e.result("%o", bt, np.array([p + q >= M for p, q in zip(ua, ub)]), "addui_extended overflow")
    e.op(f"%ul, %uh = arith.mului_extended {x}, {y} : {tt}")
    e.result("%ul", tt, np.array([wrap(p * q, w) for p, q in zip(ua, ub)], dtype=np.int64).astype(t), "mului_extended low")
    e.result("%uh", tt, np.array([wrap((p * q) >> w, w) for p, q in zip(ua, ub)], dtype=np.int64).astype(t), "mului_extended high")
    e.op(f"%sl, %sh = arith.mulsi_extended {x}, {y} : {tt}")
    e.result("%sl", tt, np.array([wrap(p * q, w) for p, q in zip(A, B)], dtype=np.int64).astype(t), "mulsi_extended low")
    e.result("%sh", tt, np.array([wrap((p * q) >> w, w) for p, q in zip(A, B)], dtype=np.int64).astype(t), "mulsi_extended high")
    # math integer ops (exact integers).
    e.op(f"%abs = math.absi {x} : {tt}")
    e.result("%abs", tt, np.array([wrap(abs(p), w) for p in A], dtype=np.int64).astype(t), "absi")
    e.op(f"%clz = math.ctlz {x} : {tt}")
    e.result("%clz", tt, np.array([w - p.bit_length() for p in ua], dtype=np.int64).astype(t), "ctlz")
    e.op(f"%ctz = math.cttz {x} : {tt}")
    e.result("%ctz", tt, np.array([w if p == 0 else (p & -p).bit_length() - 1 for p in ua], dtype=np.int64).astype(t), "cttz")
    e.op(f"%pop = math.ctpop {x} : {tt}")
    e.result("%pop", tt, np.array([bin(p).count("1") for p in ua], dtype=np.int64).astype(t), "ctpop")
    exps = np.array([int(v) % 9 for v in B], dtype=t)
    z = e.arg(ty, exps)
    e.op(f"%pow = math.ipowi {x}, {z} : {tt}")
    e.result("%pow", tt, np.array([wrap(p ** int(q), w) for p, q in zip(A, exps)], dtype=np.int64).astype(t), "ipowi")
    e.write()


def make_i1_case():
    # i1: true is -1 when signed; exact Python integers over every pair.
    pairs = [(p, q) for p in (0, 1) for q in (0, 1)]
    a = np.array([p for p, _ in pairs], dtype=bool)
    b = np.array([q for _, q in pairs], dtype=bool)
    c = Case("int_i1")
    x = c.arg("i1", a)
    y = c.arg("i1", b)
    tt = mlir_type("i1", a.shape)
    s = [-p for p, _ in pairs]  # signed values
    t = [-q for _, q in pairs]
    ops = {
        "addi": [(p + q) & 1 for p, q in pairs], "subi": [(p - q) & 1 for p, q in pairs],
        "muli": [(p * q) & 1 for p, q in pairs], "andi": [p & q for p, q in pairs],
        "ori": [p | q for p, q in pairs], "xori": [p ^ q for p, q in pairs],
        "maxsi": [max(u, v) & 1 for u, v in zip(s, t)], "minsi": [min(u, v) & 1 for u, v in zip(s, t)],
        "maxui": [max(p, q) for p, q in pairs], "minui": [min(p, q) for p, q in pairs],
    }
    for i, (name, vals) in enumerate(ops.items()):
        c.op(f"%r{i} = arith.{name} {x}, {y} : {tt}")
        c.result(f"%r{i}", tt, np.array(vals, dtype=bool), name)
    for name, vals in (("slt", [u < v for u, v in zip(s, t)]), ("ult", [p < q for p, q in pairs])):
        c.op(f"%c_{name} = arith.cmpi {name}, {x}, {y} : {tt}")
        c.result(f"%c_{name}", tt, np.array(vals), "cmpi " + name)
    i8t = mlir_type("i8", a.shape)
    c.op(f"%sext = arith.extsi {x} : {tt} to {i8t}")
    c.result("%sext", i8t, np.array(s, dtype=np.int8), "extsi i1->i8")
    c.op(f"%zext = arith.extui {x} : {tt} to {i8t}")
    c.result("%zext", i8t, a.astype(np.int8), "extui i1->i8")
    c.op(f"%sel = arith.select {x}, %sext, %zext : {tt}, {i8t}")
    c.result("%sel", i8t, np.where(a, np.array(s, dtype=np.int8), a.astype(np.int8)), "select")
    c.write()


def make_scalar_cases():
    # The scalar (non-tensor) kernels: 0-d inputs and results.
    for tag, (x, y) in {"a": (-7, 3), "b": (2 ** 31 - 1, -2 ** 31), "c": (12345, 7)}.items():
        c = Case(f"scalar_i32_{tag}")
        a = c.arg("i32", np.array(x, dtype=np.int32), shaped=False)
        b = c.arg("i32", np.array(y, dtype=np.int32), shaped=False)
        ops = {"addi": x + y, "subi": x - y, "muli": x * y, "andi": x & y, "ori": x | y, "xori": x ^ y,
               "maxsi": max(x, y), "minsi": min(x, y), "floordivsi": x // y,
               "divsi": abs(x) // abs(y) * (1 if (x >= 0) == (y > 0) else -1)}
        for name, v in ops.items():
            c.op(f"%{name} = arith.{name} {a}, {b} : i32")
            c.result(f"%{name}", "i32", np.array(wrap(v, 32), dtype=np.int32), name)
        c.write()
    for tag, (x, y) in {"a": (1.5, -0.1), "b": (math.inf, 3.0), "c": (-0.0, 0.0)}.items():
        for ty, np_t in (("f32", np.float32), ("f16", np.float16)):
            c = Case(f"scalar_{ty}_{tag}")
            xa, ya = np.array(x, dtype=np_t), np.array(y, dtype=np_t)
            a = c.arg(ty, xa, shaped=False)
            b = c.arg(ty, ya, shaped=False)
            with np.errstate(all="ignore"):
                ops = {"addf": xa + ya, "subf": xa - ya, "mulf": xa * ya, "divf": xa / ya,
                       "maximumf": zero_fix(np.maximum(xa.reshape(1), ya.reshape(1)), xa.reshape(1), ya.reshape(1), True)[0],
                       "minnumf": zero_fix(np.fmin(xa.reshape(1), ya.reshape(1)), xa.reshape(1), ya.reshape(1), False)[0]}
                for name, v in ops.items():
                    c.op(f"%{name} = arith.{name} {a}, {b} : {ty}")
                    c.result(f"%{name}", ty, np.array(v, dtype=np_t), name)
                for name, f in (("exp", np.exp), ("tanh", np.tanh), ("sqrt", np.sqrt)):
                    c.op(f"%{name} = math.{name} {a} : {ty}")
                    c.result(f"%{name}", ty, np.array(f(np.float64(xa)), dtype=np_t), name, 2)
            c.write()


# --------------------------------------------------------------------------
# Float ops


def float_operands(np_t, bf16=False):
    if bf16:
        big, tiny = 3.3895313892515355e38, 9.183549615799121e-41
    else:
        fi = np.finfo(np_t)
        big, tiny = float(fi.max), float(fi.smallest_subnormal)
    edge = [0.0, -0.0, 1.0, -1.0, 1.5, -2.5, math.inf, -math.inf, math.nan, big, -big, tiny, -tiny, 0.1, 3.0]
    a, b = [], []
    for x in edge:
        for y in edge:
            a.append(x)
            b.append(y)
    for _ in range(40):
        a.append(float(rng.normal() * 10.0 ** int(rng.integers(-3, 4))))
        b.append(float(rng.normal() * 10.0 ** int(rng.integers(-3, 4))))
    if bf16:
        return bf16_round(a), bf16_round(b)
    return np.array(a, dtype=np_t), np.array(b, dtype=np_t)


def zero_fix(res, a, b, larger):
    """IEEE 754-2019: -0 orders below +0 in maximum/minimum (and in LLVM's
    maxnum/minnum); numpy leaves the choice open, so fix equal zeros by hand."""
    res = res.copy()
    both = (a == 0) & (b == 0)
    neg = np.signbit(a) & np.signbit(b)
    anyneg = np.signbit(a) | np.signbit(b)
    if larger:
        res[both] = np.where(neg[both], -0.0, 0.0)
    else:
        res[both] = np.where(anyneg[both], -0.0, 0.0)
    return res


def make_float_case(ty):
    bf16 = ty == "bf16"
    np_t = {"f16": np.float16, "f32": np.float32, "f64": np.float64, "bf16": np.float64}[ty]
    a, b = float_operands(np_t, bf16)
    c = Case(f"float_{ty}")
    x = c.arg(ty, a, bf16=bf16)
    y = c.arg(ty, b, bf16=bf16)
    tt = mlir_type(ty, a.shape)
    bt = mlir_type("i1", a.shape)
    with np.errstate(all="ignore"):
        if bf16:
            # Computed in f64 (exact for +, -, * of bf16 values; / rounds
            # once in f64, innocuous before rounding to 8 bits), then rounded.
            rnd = bf16_round
        else:
            def rnd(v):
                return np.asarray(v).astype(np_t)
        ops = {
            "addf": rnd(a + b), "subf": rnd(a - b), "mulf": rnd(a * b), "divf": rnd(a / b),
            "remf": rnd(np.fmod(a, b)),
            "maximumf": zero_fix(np.maximum(a, b), a, b, True),
            "minimumf": zero_fix(np.minimum(a, b), a, b, False),
            "maxnumf": zero_fix(np.fmax(a, b), a, b, True),
            "minnumf": zero_fix(np.fmin(a, b), a, b, False),
        }
        for i, (name, exp) in enumerate(ops.items()):
            c.op(f"%r{i} = arith.{name} {x}, {y} : {tt}")
            c.result(f"%r{i}", tt, exp if bf16 else exp.astype(np_t), name, bf16=bf16)
        c.op(f"%neg = arith.negf {x} : {tt}")
        c.result("%neg", tt, -a, "negf", bf16=bf16)
        un = np.isnan(a) | np.isnan(b)
        preds = {
            "false": np.zeros(a.shape, bool), "oeq": (a == b) & ~un, "ogt": (a > b) & ~un,
            "oge": (a >= b) & ~un, "olt": (a < b) & ~un, "ole": (a <= b) & ~un,
            "one": (a != b) & ~un, "ord": ~un, "ueq": (a == b) | un, "ugt": (a > b) | un,
            "uge": (a >= b) | un, "ult": (a < b) | un, "ule": (a <= b) | un, "une": (a != b) | un,
            "uno": un, "true": np.ones(a.shape, bool),
        }
        for name, exp in preds.items():
            c.op(f"%c_{name} = arith.cmpf {name}, {x}, {y} : {tt}")
            c.result(f"%c_{name}", bt, exp, "cmpf " + name)
    c.write()


# Math functions: the reference is numpy in f64 (or Python's math module,
# i.e. the C library, where numpy has no such function), rounded to the type.
UNARY = {
    "exp": np.exp, "exp2": np.exp2, "expm1": np.expm1, "log": np.log, "log2": np.log2,
    "log10": np.log10, "log1p": np.log1p, "sin": np.sin, "cos": np.cos, "tan": np.tan,
    "asin": np.arcsin, "acos": np.arccos, "atan": np.arctan, "sinh": np.sinh, "cosh": np.cosh,
    "tanh": np.tanh, "asinh": np.arcsinh, "acosh": np.arccosh, "atanh": np.arctanh,
    "sqrt": np.sqrt, "cbrt": np.cbrt, "rsqrt": lambda v: 1.0 / np.sqrt(v),
    "erf": np.vectorize(math.erf, otypes=[np.float64]), "erfc": np.vectorize(math.erfc, otypes=[np.float64]),
    "absf": np.abs, "floor": np.floor, "ceil": np.ceil, "trunc": np.trunc, "roundeven": np.rint,
    # Half away from zero (numpy's round is half to even); x - trunc(x) is exact.
    "round": lambda v: np.where(np.abs(v - np.trunc(v)) >= 0.5, np.trunc(v) + np.sign(v), np.trunc(v)),
}
EXACT = {"absf", "floor", "ceil", "trunc", "roundeven", "round", "sqrt"}


def make_math_case(ty):
    bf16 = ty == "bf16"
    np_t = {"f16": np.float16, "f32": np.float32, "f64": np.float64, "bf16": np.float64}[ty]
    vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.5, -2.5, 3.5, 0.75, -0.999, 10.0, -10.0, 100.0,
            math.inf, -math.inf, math.nan, 1e-3, 0.3, 4.0]
    vals += [float(v) for v in rng.uniform(-5, 5, 40)]
    a = bf16_round(vals) if bf16 else np.array(vals, dtype=np_t)
    b_vals = [float(v) for v in rng.uniform(-3, 3, len(vals))]
    b = bf16_round(b_vals) if bf16 else np.array(b_vals, dtype=np_t)
    c = Case(f"math_{ty}")
    x = c.arg(ty, a, bf16=bf16)
    y = c.arg(ty, b, bf16=bf16)
    tt = mlir_type(ty, a.shape)
    bt = mlir_type("i1", a.shape)
    a64 = a.astype(np.float64)
    b64 = b.astype(np.float64)

    def rnd(v):
        v = np.asarray(v, dtype=np.float64)
        return bf16_round(v) if bf16 else v.astype(np_t)

    ulp = {"f64": 4, "f32": 2, "f16": 1, "bf16": 1}[ty]
    with np.errstate(all="ignore"):
        for name, f in UNARY.items():
            c.op(f"%{name} = math.{name} {x} : {tt}")
            c.result(f"%{name}", tt, rnd(f(a64)), name, 0 if name in EXACT else ulp, bf16=bf16)
        for name, f in (("atan2", np.arctan2), ("powf", np.power), ("copysign", np.copysign)):
            c.op(f"%{name} = math.{name} {x}, {y} : {tt}")
            c.result(f"%{name}", tt, rnd(f(a64, b64)), name, 0 if name == "copysign" else ulp, bf16=bf16)
        min_normal = {"f16": 2.0 ** -14, "bf16": 2.0 ** -126, "f32": 2.0 ** -126, "f64": 2.0 ** -1022}[ty]
        classes = (("isnan", np.isnan), ("isinf", np.isinf), ("isfinite", np.isfinite),
                   ("isnormal", lambda v: np.isfinite(v) & (np.abs(v) >= min_normal)))
        for name, f in classes:
            c.op(f"%{name} = math.{name} {x} : {tt}")
            c.result(f"%{name}", bt, f(a64), name)
        c.op(f"%sin2, %cos2 = math.sincos {x} : {tt}")
        c.result("%sin2", tt, rnd(np.sin(a64)), "sincos sin", ulp, bf16=bf16)
        c.result("%cos2", tt, rnd(np.cos(a64)), "sincos cos", ulp, bf16=bf16)
        powers = np.array([int(v) for v in rng.integers(-4, 5, len(vals))], dtype=np.int32)
        p = c.arg("i32", powers)
        c.op(f"%fpowi = math.fpowi {x}, {p} : {tt}, {mlir_type('i32', powers.shape)}")
        c.result("%fpowi", tt, rnd(np.power(a64, powers.astype(np.float64))), "fpowi", ulp, bf16=bf16)
    c.write()


def make_fma_case():
    # Inputs for which a*b+c is exact in f64, so that rounding the f64 value
    # once gives the correctly rounded f32 fma (checked with fractions).
    a, b, cc = [], [], []
    while len(a) < 40:
        x, y, z = (np.float32(rng.normal() * 4) for _ in range(3))
        exact = Fraction(float(x)) * Fraction(float(y)) + Fraction(float(z))
        if Fraction(float(x) * float(y) + float(z)) == exact:
            a.append(x)
            b.append(y)
            cc.append(z)
    a, b, cc = (np.array(v, dtype=np.float32) for v in (a, b, cc))
    c = Case("fma_f32")
    x = c.arg("f32", a)
    y = c.arg("f32", b)
    z = c.arg("f32", cc)
    tt = mlir_type("f32", a.shape)
    c.op(f"%r = math.fma {x}, {y}, {z} : {tt}")
    c.result("%r", tt, (a.astype(np.float64) * b + cc).astype(np.float32), "fma")
    a64 = np.array([float(v) for v in rng.normal(size=20) * 3], dtype=np.float64)
    b64 = np.array([float(v) for v in rng.normal(size=20) * 3], dtype=np.float64)
    c64 = np.array([float(v) for v in rng.normal(size=20) * 3], dtype=np.float64)
    x = c.arg("f64", a64)
    y = c.arg("f64", b64)
    z = c.arg("f64", c64)
    t64 = mlir_type("f64", a64.shape)
    c.op(f"%r64 = math.fma {x}, {y}, {z} : {t64}")
    exact = [float(Fraction(float(p)) * Fraction(float(q)) + Fraction(float(r))) for p, q, r in zip(a64, b64, c64)]
    c.result("%r64", t64, np.array(exact), "fma f64 (exact fractions)")
    c.write()


# --------------------------------------------------------------------------
# Casts


def make_cast_case():
    np.seterr(over="ignore", invalid="ignore")
    c = Case("casts")
    ints32 = np.array([0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -65536, 2 ** 31 - 1, -2 ** 31,
                       16777217, -16777217, 123456789, -987654321, 2049, 4097], dtype=np.int32)
    x = c.arg("i32", ints32)
    t32 = mlir_type("i32", ints32.shape)
    sh = ints32.shape
    c.op(f"%t8 = arith.trunci {x} : {t32} to {mlir_type('i8', sh)}")
    c.result("%t8", mlir_type("i8", sh), ints32.astype(np.int8), "trunci i32->i8")
    c.op(f"%s64 = arith.extsi {x} : {t32} to {mlir_type('i64', sh)}")
    c.result("%s64", mlir_type("i64", sh), ints32.astype(np.int64), "extsi i32->i64")
    c.op(f"%u64 = arith.extui {x} : {t32} to {mlir_type('i64', sh)}")
    c.result("%u64", mlir_type("i64", sh), ints32.view(np.uint32).astype(np.int64), "extui i32->i64")
    c.op(f"%sf = arith.sitofp {x} : {t32} to {mlir_type('f32', sh)}")
    c.result("%sf", mlir_type("f32", sh), ints32.astype(np.float32), "sitofp i32->f32")
    c.op(f"%uf = arith.uitofp {x} : {t32} to {mlir_type('f32', sh)}")
    c.result("%uf", mlir_type("f32", sh), ints32.view(np.uint32).astype(np.float32), "uitofp i32->f32")
    c.op(f"%sh = arith.sitofp {x} : {t32} to {mlir_type('f16', sh)}")
    c.result("%sh", mlir_type("f16", sh), ints32.astype(np.float64).astype(np.float16), "sitofp i32->f16")
    c.op(f"%sb = arith.sitofp {x} : {t32} to {mlir_type('bf16', sh)}")
    c.result("%sb", mlir_type("bf16", sh), bf16_round(ints32.astype(np.float64)), "sitofp i32->bf16", bf16=True)
    c.op(f"%ix = arith.index_cast {x} : {t32} to {mlir_type('index', sh)}")
    c.op(f"%ix64 = arith.index_cast %ix : {mlir_type('index', sh)} to {mlir_type('i64', sh)}")
    c.result("%ix64", mlir_type("i64", sh), ints32.astype(np.int64), "index_cast i32->index->i64")
    c.op(f"%ixu = arith.index_castui {x} : {t32} to {mlir_type('index', sh)}")
    c.result("%ixu", mlir_type("index", sh), ints32.view(np.uint32).astype(np.int64), "index_castui i32->index")
    c.op(f"%bc = arith.bitcast {x} : {t32} to {mlir_type('f32', sh)}")
    c.result("%bc", mlir_type("f32", sh), ints32.view(np.float32), "bitcast i32->f32")
    # i64 -> float: ties and sticky bits far below the target's precision.
    big = [2 ** 62 + 2 ** 38 + 1, 2 ** 62 + 2 ** 38, 2 ** 62 + 3 * 2 ** 38, -(2 ** 63), 2 ** 63 - 1,
           2 ** 53 + 1, 2 ** 24 + 1, -(2 ** 24 + 3), 2 ** 40 + 2 ** 32 + 1, 2 ** 40 + 2 ** 32, 12345678901234567]
    i64 = np.array(big, dtype=np.int64)
    y = c.arg("i64", i64)
    s64 = i64.shape
    c.op(f"%bf = arith.sitofp {y} : {mlir_type('i64', s64)} to {mlir_type('f32', s64)}")
    c.result("%bf", mlir_type("f32", s64), np.array([float(round_fraction(Fraction(v), 23, 8)) for v in big], dtype=np.float32),
             "sitofp i64->f32 (exact fractions)")
    c.op(f"%bb = arith.sitofp {y} : {mlir_type('i64', s64)} to {mlir_type('bf16', s64)}")
    c.result("%bb", mlir_type("bf16", s64), np.array([round_fraction(Fraction(v), 7, 8) for v in big]),
             "sitofp i64->bf16 (exact fractions)", bf16=True)
    c.op(f"%bd = arith.sitofp {y} : {mlir_type('i64', s64)} to {mlir_type('f64', s64)}")
    c.result("%bd", mlir_type("f64", s64), i64.astype(np.float64), "sitofp i64->f64")

    # Float -> int: in-range values truncate (numpy); NaN and out-of-range
    # values saturate (our documented choice for MLIR's poison), by hand.
    fl = np.array([0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 126.9, 127.0, 127.5, 128.0, -128.0, -128.9, -129.0,
                   1e10, -1e10, math.inf, -math.inf, math.nan, 255.9, 256.0, 2 ** 31, -2 ** 31 - 1000.0], dtype=np.float32)
    z = c.arg("f32", fl)
    sf = fl.shape

    def sat(v, lo, hi):
        if math.isnan(v):
            return 0
        t = math.trunc(v) if math.isfinite(v) else (hi if v > 0 else lo)
        return max(lo, min(hi, t))

    c.op(f"%fs8 = arith.fptosi {z} : {mlir_type('f32', sf)} to {mlir_type('i8', sf)}")
    c.result("%fs8", mlir_type("i8", sf), np.array([sat(float(v), -128, 127) for v in fl], dtype=np.int8), "fptosi f32->i8 (saturating)")
    c.op(f"%fu8 = arith.fptoui {z} : {mlir_type('f32', sf)} to {mlir_type('i8', sf)}")
    c.result("%fu8", mlir_type("i8", sf), np.array([sat(float(v), 0, 255) for v in fl], dtype=np.uint8).view(np.int8), "fptoui f32->i8 (saturating)")
    c.op(f"%fs32 = arith.fptosi {z} : {mlir_type('f32', sf)} to {mlir_type('i32', sf)}")
    c.result("%fs32", mlir_type("i32", sf), np.array([sat(float(v), -2 ** 31, 2 ** 31 - 1) for v in fl], dtype=np.int32), "fptosi f32->i32 (saturating)")

    # Float <-> float.
    f64 = np.array([0.1, -0.1, 1.0 / 3, 65504.0, 65519.99, 65520.0, 1e-8, 5.960464477539063e-08, 2.9802322387695312e-08,
                    2.98023223876953125e-08 * 1.0000001, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 1 + 2 ** -8, 1 + 3 * 2 ** -8,
                    3.4e38, 3.3961776e38, 1e39, -1e39, math.nan, -math.inf, -0.0, 6.1e-5, 1.0000000596046448], dtype=np.float64)
    w = c.arg("f64", f64)
    s6 = f64.shape
    c.op(f"%h = arith.truncf {w} : {mlir_type('f64', s6)} to {mlir_type('f16', s6)}")
    c.result("%h", mlir_type("f16", s6), f64.astype(np.float16), "truncf f64->f16")
    c.op(f"%f = arith.truncf {w} : {mlir_type('f64', s6)} to {mlir_type('f32', s6)}")
    c.result("%f", mlir_type("f32", s6), f64.astype(np.float32), "truncf f64->f32")
    c.op(f"%b = arith.truncf {w} : {mlir_type('f64', s6)} to {mlir_type('bf16', s6)}")
    c.result("%b", mlir_type("bf16", s6), bf16_round(f64), "truncf f64->bf16 (exact fractions)", bf16=True)
    c.op(f"%f2b = arith.truncf %f : {mlir_type('f32', s6)} to {mlir_type('bf16', s6)}")
    c.result("%f2b", mlir_type("bf16", s6), bf16_round(f64.astype(np.float32)), "truncf f32->bf16", bf16=True)
    c.op(f"%f2h = arith.truncf %f : {mlir_type('f32', s6)} to {mlir_type('f16', s6)}")
    c.result("%f2h", mlir_type("f16", s6), f64.astype(np.float32).astype(np.float16), "truncf f32->f16")
    c.op(f"%h2f = arith.extf %h : {mlir_type('f16', s6)} to {mlir_type('f32', s6)}")
    c.result("%h2f", mlir_type("f32", s6), f64.astype(np.float16).astype(np.float32), "extf f16->f32")
    c.op(f"%b2d = arith.extf %b : {mlir_type('bf16', s6)} to {mlir_type('f64', s6)}")
    c.result("%b2d", mlir_type("f64", s6), bf16_round(f64), "extf bf16->f64")
    for mode, name in (("toward_zero", "toward_zero"), ("downward", "downward"), ("upward", "upward"),
                       ("to_nearest_away", "nearest_away")):
        c.op(f"%m_{mode} = arith.truncf {w} {mode} : {mlir_type('f64', s6)} to {mlir_type('f16', s6)}")
        c.result(f"%m_{mode}", mlir_type("f16", s6), to_format(f64, 10, 5, name).astype(np.float16),
                 f"truncf f64->f16 {mode} (exact fractions)")
    c.op(f"%hb = arith.bitcast %h : {mlir_type('f16', s6)} to {mlir_type('i16', s6)}")
    c.result("%hb", mlir_type("i16", s6), f64.astype(np.float16).view(np.int16), "bitcast f16->i16")
    c.op(f"%bb16 = arith.bitcast %b : {mlir_type('bf16', s6)} to {mlir_type('i16', s6)}")
    c.result("%bb16", mlir_type("i16", s6), bf16_bits(bf16_round(f64)).view(np.int16), "bitcast bf16->i16")
    c.write()


# --------------------------------------------------------------------------
# Control flow, calls, constants, scalars (hand-written modules; expected
# values computed here in Python).


def write_raw_case(name, text, inputs, results):
    """`results`: list of (array, name, bf16)."""
    with open(os.path.join(CASES, name + ".mlir"), "w") as f:
        f.write(f"// Generated by Tests/Fixtures/make_interp_fixtures.py ({name}).\n" + text)
    for i, arr in enumerate(inputs):
        np.save(os.path.join(CASES, f"{name}.input_{i}.npy"), arr)
    meta = []
    for i, (arr, rname, bf16, *ulp) in enumerate(results):
        save_npy(os.path.join(CASES, f"{name}.expected_{i}.npy"), arr, bf16)
        meta.append({"name": rname, "ulp": ulp[0] if ulp else 0})
    with open(os.path.join(CASES, name + ".json"), "w") as f:
        json.dump({"results": meta}, f, indent=1)
        f.write("\n")


def gcd_c(a, b):
    """Euclid with C's remainder (the sign of the dividend), as arith.remsi."""
    while b != 0:
        q = abs(a) // abs(b)
        q = q if (a >= 0) == (b > 0) else -q
        a, b = b, a - q * b
    return a


def make_control_flow_cases():
    # Sum of 1..n with a block loop, gcd by recursion, a switch, multiple
    # results and scalar (0-d) inputs and outputs.
    text = """func.func @main(%n: i64, %a: i32, %b: i32, %k: i32) -> (i64, i32, i32, f32) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^loop(%c0, %c1 : i64, i64)
^loop(%acc: i64, %i: i64):
  %done = arith.cmpi sgt, %i, %n : i64
  cf.cond_br %done, ^exit, ^body
^body:
  %acc2 = arith.addi %acc, %i : i64
  %i2 = arith.addi %i, %c1 : i64
  cf.br ^loop(%acc2, %i2 : i64, i64)
^exit:
  %g = func.call @gcd(%a, %b) : (i32, i32) -> i32
  %s, %f = func.call @pick(%k) : (i32) -> (i32, f32)
  return %acc, %g, %s, %f : i64, i32, i32, f32
}
func.func private @gcd(%a: i32, %b: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %z = arith.cmpi eq, %b, %c0 : i32
  cf.cond_br %z, ^done, ^rec
^done:
  return %a : i32
^rec:
  %r = arith.remsi %a, %b : i32
  %g = func.call @gcd(%b, %r) : (i32, i32) -> i32
  return %g : i32
}
func.func private @pick(%k: i32) -> (i32, f32) {
  cf.switch %k : i32, [
    default: ^d,
    1: ^one,
    -5: ^neg(%k : i32)
  ]
^d:
  %x = arith.constant 100 : i32
  %fx = arith.constant 0.5 : f32
  return %x, %fx : i32, f32
^one:
  %y = arith.constant 11 : i32
  %fy = arith.constant 1.5 : f32
  return %y, %fy : i32, f32
^neg(%v: i32):
  %c2 = arith.constant 2 : i32
  %w = arith.muli %v, %c2 : i32
  %fw = arith.sitofp %w : i32 to f32
  return %w, %fw : i32, f32
}
"""
    for tag, (n, a, b, k) in {"a": (100, 1071, 462, 1), "b": (0, 17, 5, -5), "c": (7, -48, 18, 3)}.items():
        s = n * (n + 1) // 2
        g = gcd_c(a, b)
        sw = {1: (11, 1.5), -5: (-10, -10.0)}.get(k, (100, 0.5))
        write_raw_case(f"control_flow_{tag}", text,
                       [np.array(n, dtype=np.int64), np.array(a, dtype=np.int32), np.array(b, dtype=np.int32),
                        np.array(k, dtype=np.int32)],
                       [(np.array(s, dtype=np.int64), "sum 1..n", False), (np.array(g, dtype=np.int32), "gcd", False),
                        (np.array(sw[0], dtype=np.int32), "switch int", False),
                        (np.array(sw[1], dtype=np.float32), "switch float", False)])


def make_constant_case():
    text = """func.func @main() -> (tensor<2x3xi32>, tensor<4xf32>, tensor<3xi1>, tensor<2xf16>, tensor<2xbf16>, tensor<2x2xi8>, tensor<3xf64>, i1, index, tensor<2xi64>) {
  %0 = arith.constant dense<[[1, -2, 3], [2147483647, -2147483648, 0]]> : tensor<2x3xi32>
  %1 = arith.constant dense<-1.25> : tensor<4xf32>
  %2 = arith.constant dense<[true, false, true]> : tensor<3xi1>
  %3 = arith.constant dense<[6.550400e+04, -1.000000e-01]> : tensor<2xf16>
  %4 = arith.constant dense<[3.140630e+00, -1.000000e+00]> : tensor<2xbf16>
  %5 = arith.constant dense<-128> : tensor<2x2xi8>
  %6 = arith.constant dense<[0x7FF0000000000000, -0.000000e+00, 1.000000e-300]> : tensor<3xf64>
  %7 = arith.constant true
  %8 = arith.constant -3 : index
  %9 = arith.constant dense_resource<blob> : tensor<2xi64>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : tensor<2x3xi32>, tensor<4xf32>, tensor<3xi1>, tensor<2xf16>, tensor<2xbf16>, tensor<2x2xi8>, tensor<3xf64>, i1, index, tensor<2xi64>
}
{-#
  dialect_resources: {
    builtin: {
      blob: "0x080000000100000000000000FEFFFFFFFFFFFFFF"
    }
  }
#-}
"""
    write_raw_case("constants", text, [], [
        (np.array([[1, -2, 3], [2147483647, -2147483648, 0]], dtype=np.int32), "dense i32", False),
        (np.full(4, -1.25, dtype=np.float32), "splat f32", False),
        (np.array([True, False, True]), "dense i1", False),
        (np.array([65504.0, -0.1], dtype=np.float16), "dense f16", False),
        (bf16_round([3.140625, -1.0]), "dense bf16", True),
        (np.full((2, 2), -128, dtype=np.int8), "splat i8", False),
        (np.array([math.inf, -0.0, 1e-300]), "dense f64", False),
        (np.array(True), "i1 scalar", False),
        (np.array(-3, dtype=np.int64), "index scalar", False),
        (np.array([1, -2], dtype=np.int64), "dense_resource i64", False),
    ])


def make_dynamic_case():
    # Dynamic shapes: elementwise ops on tensor<?xf32> take the input's size.
    text = """func.func @main(%a: tensor<?x?xf32>, %b: tensor<?x?xf32>) -> tensor<?x?xf32> {
  %0 = arith.mulf %a, %b : tensor<?x?xf32>
  %1 = math.exp %0 : tensor<?x?xf32>
  %2 = arith.cmpf ogt, %1, %a : tensor<?x?xf32>
  %3 = arith.select %2, %1, %a : tensor<?x?xi1>, tensor<?x?xf32>
  return %3 : tensor<?x?xf32>
}
"""
    a = rng.normal(size=(3, 5)).astype(np.float32)
    b = rng.normal(size=(3, 5)).astype(np.float32)
    e = np.exp((a * b).astype(np.float64)).astype(np.float32)
    write_raw_case("dynamic_shapes", text, [a, b], [(np.where(e > a, e, a), "select(exp(a*b) > a)", False, 1)])


# --------------------------------------------------------------------------
# .npy files in every dtype and header variant


def make_npy_files():
    def both(name, arr, writer=None):
        path = os.path.join(NPY, name + ".npy")
        if writer is None:
            np.save(path, arr)
        else:
            with open(path, "wb") as f:
                writer(f, arr)
        # (copy, not np.ascontiguousarray, which turns 0-d arrays into 1-d ones)
        canon = (arr.astype(arr.dtype.newbyteorder("<")) if arr.dtype.itemsize > 1 else arr).copy(order="C")
        np.save(os.path.join(NPY, name + ".expected.npy"), canon)

    base = rng.normal(size=(2, 3)) * 100
    for dt in ["b1", "i1", "u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8"]:
        arr = (base > 0) if dt == "b1" else base.astype(dt)
        both("dtype_" + dt.strip("<"), arr)
    both("scalar_f4", np.array(3.5, dtype=np.float32))
    both("scalar_b1", np.array(True))
    both("empty_0x3_i4", np.zeros((0, 3), dtype=np.int32))
    both("column_f8", np.arange(7, dtype=np.float64).reshape(7, 1))
    both("rank5_u1", np.arange(32, dtype=np.uint8).reshape(2, 2, 2, 2, 2))
    both("bigendian_i4", np.arange(6, dtype=">i4").reshape(2, 3))
    both("bigendian_f8", np.linspace(-1, 1, 5).astype(">f8"))
    both("fortran_f4", np.asfortranarray(np.arange(12, dtype=np.float32).reshape(3, 4)))
    both("fortran_i2_3d", np.asfortranarray(np.arange(24, dtype=np.int16).reshape(2, 3, 4)))
    both("v2_header_i8", np.arange(5, dtype=np.int64),
         lambda f, a: np.lib.format.write_array(f, a, version=(2, 0)))
    both("v3_header_f4", np.arange(4, dtype=np.float32),
         lambda f, a: np.lib.format.write_array(f, a, version=(3, 0)))
    both("many_dims_i1", np.zeros((1,) * 32, dtype=np.int8))


def main():
    for d in (CASES, NPY):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for w in (8, 16, 32, 64):
        make_int_case(w)
    make_i1_case()
    make_scalar_cases()
    for ty in ("f16", "bf16", "f32", "f64"):
        make_float_case(ty)
        make_math_case(ty)
    make_fma_case()
    make_cast_case()
    make_control_flow_cases()
    make_constant_case()
    make_dynamic_case()
    make_npy_files()
    print("numpy", np.__version__, "->", ROOT)


if __name__ == "__main__":
    sys.exit(main())

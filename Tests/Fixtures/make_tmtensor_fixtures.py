#!/usr/bin/env python3
"""Writes the tm_tensor executors' reference fixtures into
Tests/Fixtures/tm_tensor_interp/ (numpy only):

    /path/to/python-with-numpy Tests/Fixtures/make_tmtensor_fixtures.py

NAME.mlir             a module whose @main runs one tm_tensor op
NAME.input_<i>.npy    the arguments of @main
NAME.expected_<i>.npy the expected results, computed with numpy
NAME.json             {"results": [{"name": ..., "ulp": N}, ...],
                       "memref_outputs": [argument numbers]}
                      On tensors the results are @main's results; on
                      memrefs (memref_outputs present) they are the
                      contents of those memref arguments after the run.

Expected values follow what the ops compute in Torch-MLIR (TMTensorOps.cpp's
scalar implementations): cumulative sums and products accumulate in order
in the element type; scatter combines updates in row-major order; sort with
a non-strict comparator is numpy's stable sort; topk keeps the first
occurrence of equal values; attention is softmax(Q.K^T * scale + mask).V,
computed step by step in the element type in the reference's order (and
checked against the textbook formula in float64), exp computed in float64
and rounded, compared within 4 ulps.
"""

import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tm_tensor_interp")
rng = np.random.default_rng(20261125)

MLIR_ELEM = {np.float16: "f16", np.float32: "f32", np.float64: "f64", np.int32: "i32", np.int64: "i64", np.bool_: "i1"}


def ty(kind, arr):
    e = MLIR_ELEM[arr.dtype.type]
    return f"{kind}<{'x'.join(str(d) for d in arr.shape)}{'x' if arr.shape else ''}{e}>"


def case(name, body, inputs, expected, kind="tensor", memref_outputs=None):
    """body: the op text using %arg<i>; expected: [(name, array, ulp)]."""
    args = ", ".join(f"%arg{i}: {ty(kind, a)}" for i, a in enumerate(inputs))
    if memref_outputs is None:
        res_types = [ty("tensor", e[1]) for e in expected]
        ret = ", ".join(res_types)
        text = (f"func.func @main({args}) -> ({ret}) {{\n{body}\n"
                f"  return {', '.join(f'%r#{i}' for i in range(len(expected)))} : {ret}\n}}\n")
    else:
        text = f"func.func @main({args}) {{\n{body}\n  return\n}}\n"
    with open(os.path.join(OUT, name + ".mlir"), "w") as f:
        f.write(text)
    for i, a in enumerate(inputs):
        np.save(os.path.join(OUT, f"{name}.input_{i}.npy"), a)
    meta = {"results": []}
    for i, (n, arr, ulp) in enumerate(expected):
        np.save(os.path.join(OUT, f"{name}.expected_{i}.npy"), arr)
        meta["results"].append({"name": n, "ulp": ulp})
    if memref_outputs is not None:
        meta["memref_outputs"] = memref_outputs
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")


def region(args, lines, yielded):
    inner = "\n".join("    " + l for l in lines)
    return f"  ^bb0({args}):\n{inner}\n    tm_tensor.yield {yielded}\n"


def scan_ref(x, dim, inclusive, acc0, f):
    """TMTensorOps.cpp ScanOp::generateScalarImplementation."""
    xm = np.moveaxis(x, dim, -1)
    out = np.zeros_like(xm)
    acc = np.array(acc0, copy=True)
    for idx in np.ndindex(xm.shape[:-1]):
        for i in range(xm.shape[-1]):
            if i == 0:
                out[idx + (0,)] = xm[idx + (0,)] if inclusive else acc[idx]
                continue
            v = f(out[idx + (i - 1,)], xm[idx + (i,)] if inclusive else xm[idx + (i - 1,)])
            out[idx + (i,)] = v
            acc[idx] = v
    return np.moveaxis(out, -1, dim), acc


def scans():
    # cumsum along dim 1 (what aten.cumsum lowers to), f32, in order.
    x = rng.standard_normal((3, 6)).astype(np.float32)
    out0 = np.zeros_like(x)
    acc0 = np.zeros((3,), np.float32)
    out, acc = scan_ref(x, 1, True, acc0, lambda a, b: np.float32(a + b))
    assert np.array_equal(out, np.cumsum(x, axis=1, dtype=np.float32))
    body = ("  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%arg0 : tensor<3x6xf32>) "
            "outs(%arg1, %arg2 : tensor<3x6xf32>, tensor<3xf32>) {\n"
            + region("%a: f32, %b: f32", ["%s = arith.addf %a, %b : f32"], "%s : f32")
            + "  } -> tensor<3x6xf32>, tensor<3xf32>")
    case("scan_cumsum_f32", body, [x, out0, acc0], [("cumsum", out, 0), ("accumulator", acc, 0)])

    # f16 cumsum along the last of three dimensions (numpy adds float16 in
    # order, each sum rounded to float16).
    x = rng.standard_normal((2, 3, 5)).astype(np.float16)
    acc0 = np.zeros((2, 3), np.float16)
    out, acc = scan_ref(x, 2, True, acc0, lambda a, b: np.float16(a + b))
    assert np.array_equal(out, np.cumsum(x, axis=2, dtype=np.float16))
    body = ("  %r:2 = tm_tensor.scan dimension(2) inclusive(true) ins(%arg0 : tensor<2x3x5xf16>) "
            "outs(%arg1, %arg2 : tensor<2x3x5xf16>, tensor<2x3xf16>) {\n"
            + region("%a: f16, %b: f16", ["%s = arith.addf %a, %b : f16"], "%s : f16")
            + "  } -> tensor<2x3x5xf16>, tensor<2x3xf16>")
    case("scan_cumsum_f16", body, [x, np.zeros_like(x), acc0], [("cumsum", out, 0), ("accumulator", acc, 0)])

    # Exclusive i64 scan along dim 0 from an initial accumulator.
    x = rng.integers(-50, 50, (4, 3)).astype(np.int64)
    acc0 = np.array([10, 20, 30], np.int64)
    out, acc = scan_ref(x, 0, False, acc0, lambda a, b: a + b)
    expected_out = np.concatenate([acc0[None, :], acc0[None, :] + np.cumsum(x, axis=0)[:-1]], axis=0)
    assert np.array_equal(out, expected_out)
    body = ("  %r:2 = tm_tensor.scan dimension(0) inclusive(false) ins(%arg0 : tensor<4x3xi64>) "
            "outs(%arg1, %arg2 : tensor<4x3xi64>, tensor<3xi64>) {\n"
            # A third, unused block argument, as in Torch-MLIR's own tests:
            # the scan binds the first two.
            + region("%a: i64, %b: i64, %unused: i64", ["%s = arith.addi %a, %b : i64"], "%s : i64")
            + "  } -> tensor<4x3xi64>, tensor<3xi64>")
    case("scan_exclusive_i64", body, [x, np.zeros_like(x), acc0], [("scan", out, 0), ("accumulator", acc, 0)])

    # Inclusive cumprod along dim 0 on memrefs (written in place).
    x = rng.uniform(0.5, 1.5, (5, 2)).astype(np.float64)
    acc0 = np.zeros((2,), np.float64)
    out, acc = scan_ref(x, 0, True, acc0, lambda a, b: a * b)
    assert np.array_equal(out, np.cumprod(x, axis=0))
    body = ("  tm_tensor.scan dimension(0) inclusive(true) ins(%arg0 : memref<5x2xf64>) "
            "outs(%arg1, %arg2 : memref<5x2xf64>, memref<2xf64>) {\n"
            + region("%a: f64, %b: f64", ["%s = arith.mulf %a, %b : f64"], "%s : f64") + "  }")
    case("scan_cumprod_memref", body, [x, np.zeros_like(x), acc0], [("cumprod", out, 0), ("accumulator", acc, 0)],
         kind="memref", memref_outputs=[1, 2])


def scatters():
    # scatter-add with repeated indices (index_put accumulate / scatter_add):
    # rows of `updates` added to the indexed rows of `original`, in order.
    original = rng.standard_normal((6, 4)).astype(np.float32)
    indices = np.array([[1], [4], [1], [0], [4]], np.int32)
    updates = rng.standard_normal((5, 4)).astype(np.float32)
    expected = original.copy()
    for i in range(5):
        for j in range(4):
            expected[indices[i, 0], j] = np.float32(updates[i, j] + expected[indices[i, 0], j])
    check = original.copy()
    np.add.at(check, indices[:, 0], updates)
    assert np.array_equal(check, expected)
    body = ("  %r:1 = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) "
            "ins(%arg2, %arg1 : tensor<5x4xf32>, tensor<5x1xi32>) outs(%arg0 : tensor<6x4xf32>) {\n"
            + region("%u: f32, %o: f32", ["%s = arith.addf %u, %o : f32"], "%s : f32")
            + "  } -> tensor<6x4xf32>")
    case("scatter_add_rows", body, [original, indices, updates], [("scatter_add", expected, 0)])

    # Index depth 2 (index_put with two index tensors), i64 indices, i32
    # values replaced, slices along the last dimension.
    original = rng.integers(-100, 100, (4, 3, 5)).astype(np.int32)
    indices = np.array([[3, 0], [0, 2], [2, 1]], np.int64)
    updates = rng.integers(-100, 100, (3, 5)).astype(np.int32)
    expected = original.copy()
    expected[indices[:, 0], indices[:, 1], :] = updates
    body = ("  %r:1 = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(true) "
            "ins(%arg2, %arg1 : tensor<3x5xi32>, tensor<3x2xi64>) outs(%arg0 : tensor<4x3x5xi32>) {\n"
            + region("%u: i32, %o: i32", [], "%u : i32") + "  } -> tensor<4x3x5xi32>")
    case("scatter_depth2_i32", body, [original, indices, updates], [("index_put", expected, 0)])

    # Scalar updates on memrefs, combined with maximumf (scatter_reduce amax).
    original = rng.standard_normal((8,)).astype(np.float32)
    indices = np.array([[7], [2], [5]], np.int32)
    updates = rng.standard_normal((3,)).astype(np.float32)
    expected = original.copy()
    expected[indices[:, 0]] = np.maximum(expected[indices[:, 0]], updates)
    body = ("  tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) "
            "ins(%arg2, %arg1 : memref<3xf32>, memref<3x1xi32>) outs(%arg0 : memref<8xf32>) {\n"
            + region("%u: f32, %o: f32", ["%m = arith.maximumf %u, %o : f32"], "%m : f32") + "  }")
    case("scatter_max_memref", body, [original, indices, updates], [("scatter_amax", expected, 0)],
         kind="memref", memref_outputs=[0])


def sorts():
    # aten.sort (ascending, stable): values with ties and their indices.
    values = rng.integers(0, 4, (3, 8)).astype(np.float32)
    idx = np.broadcast_to(np.arange(8, dtype=np.int64), (3, 8)).copy()
    order = np.argsort(values, axis=1, kind="stable")
    body = ("  %r:2 = tm_tensor.sort dimension(1) outs(%arg0, %arg1 : tensor<3x8xf32>, tensor<3x8xi64>) {\n"
            + region("%a: f32, %b: f32, %c: i64, %d: i64", ["%le = arith.cmpf ole, %a, %b : f32"], "%le : i1")
            + "  } -> tensor<3x8xf32>, tensor<3x8xi64>")
    case("sort_stable_argsort", body, [values, idx],
         [("sorted", np.take_along_axis(values, order, 1), 0), ("argsort", order.astype(np.int64), 0)])

    # Three operands sorted along the middle dimension by the first, ties
    # broken by the second (a lexicographic comparator).
    a = rng.integers(0, 3, (2, 6, 3)).astype(np.int32)
    b = rng.integers(0, 3, (2, 6, 3)).astype(np.float32)
    c = rng.standard_normal((2, 6, 3)).astype(np.float64)
    order = np.lexsort((b, a), axis=1)
    lines = ["%lt = arith.cmpi slt, %a0, %a1 : i32", "%eq = arith.cmpi eq, %a0, %a1 : i32",
             "%le = arith.cmpf ole, %b0, %b1 : f32", "%t = arith.andi %eq, %le : i1", "%r = arith.ori %lt, %t : i1"]
    body = ("  %r:3 = tm_tensor.sort dimension(1) outs(%arg0, %arg1, %arg2 : tensor<2x6x3xi32>, "
            "tensor<2x6x3xf32>, tensor<2x6x3xf64>) {\n"
            + region("%a0: i32, %a1: i32, %b0: f32, %b1: f32, %c0: f64, %c1: f64", lines, "%r : i1")
            + "  } -> tensor<2x6x3xi32>, tensor<2x6x3xf32>, tensor<2x6x3xf64>")
    case("sort_three_operands", body, [a, b, c],
         [("a", np.take_along_axis(a, order, 1), 0), ("b", np.take_along_axis(b, order, 1), 0),
          ("c", np.take_along_axis(c, order, 1), 0)])

    # Descending (sge) along dim 0 on memrefs, one operand.
    values = rng.integers(-5, 5, (7, 3)).astype(np.int32)
    expected = -np.sort(-values, axis=0, kind="stable")
    body = ("  tm_tensor.sort dimension(0) outs(%arg0 : memref<7x3xi32>) {\n"
            + region("%a: i32, %b: i32", ["%ge = arith.cmpi sge, %a, %b : i32"], "%ge : i1") + "  }")
    case("sort_descending_memref", body, [values], [("sorted", expected, 0)], kind="memref", memref_outputs=[0])


def topks():
    # aten.topk largest: outputs start at -inf / 0 (as the lowering fills
    # them); equal values keep the first occurrence first.
    x = rng.integers(0, 5, (2, 7)).astype(np.float32)
    order = np.argsort(-x, axis=1, kind="stable")[:, :3]
    body = ("  %r:2 = tm_tensor.topk dimension(1) ins(%arg0 : tensor<2x7xf32>) "
            "outs(%arg1, %arg2 : tensor<2x3xf32>, tensor<2x3xi32>) {\n"
            + region("%a: f32, %b: f32", ["%gt = arith.cmpf ogt, %a, %b : f32"], "%gt : i1")
            + "  } -> tensor<2x3xf32>, tensor<2x3xi32>")
    case("topk_largest", body,
         [x, np.full((2, 3), -np.inf, np.float32), np.zeros((2, 3), np.int32)],
         [("values", np.take_along_axis(x, order, 1), 0), ("indices", order.astype(np.int32), 0)])

    # Largest 2 along dim 0 of a 2-D i64 input.
    x = rng.integers(-3, 3, (6, 4)).astype(np.int64)
    order = np.argsort(-x, axis=0, kind="stable")[:2, :]
    body = ("  %r:2 = tm_tensor.topk dimension(0) ins(%arg0 : tensor<6x4xi64>) "
            "outs(%arg1, %arg2 : tensor<2x4xi64>, tensor<2x4xi32>) {\n"
            + region("%a: i64, %b: i64", ["%gt = arith.cmpi sgt, %a, %b : i64"], "%gt : i1")
            + "  } -> tensor<2x4xi64>, tensor<2x4xi32>")
    case("topk_dim0_i64", body,
         [x, np.full((2, 4), np.iinfo(np.int64).min, np.int64), np.zeros((2, 4), np.int32)],
         [("values", np.take_along_axis(x, order, 0), 0), ("indices", order.astype(np.int32), 0)])

    # Smallest 4 with given indices on memrefs: ties go to the lower index.
    x = rng.integers(0, 3, (9,)).astype(np.float32)
    ids = rng.permutation(9).astype(np.int32) + 100
    best = sorted(zip(x.tolist(), ids.tolist()))[:4]
    body = ("  tm_tensor.topk dimension(0) ins(%arg0, %arg1 : memref<9xf32>, memref<9xi32>) "
            "outs(%arg2, %arg3 : memref<4xf32>, memref<4xi32>) {\n"
            + region("%a: f32, %b: f32", ["%lt = arith.cmpf olt, %a, %b : f32"], "%lt : i1") + "  }")
    case("topk_smallest_memref", body,
         [x, ids, np.full((4,), np.inf, np.float32), np.zeros((4,), np.int32)],
         [("values", np.array([b[0] for b in best], np.float32), 0),
          ("indices", np.array([b[1] for b in best], np.int32), 0)],
         kind="memref", memref_outputs=[2, 3])


def attention_ref(q, k, v, scale=None, mask=None):
    q64, k64, v64 = (a.astype(np.float64) for a in (q, k, v))
    s = scale if scale is not None else 1.0 / np.sqrt(q.shape[-1])
    w = q64 @ np.swapaxes(k64, -1, -2) * s
    if mask is not None:
        w = w + (np.where(mask, 0.0, -np.inf) if mask.dtype == np.bool_ else mask.astype(np.float64))
    w = np.exp(w - w.max(axis=-1, keepdims=True))
    w = w / w.sum(axis=-1, keepdims=True)
    return (w @ v64).astype(q.dtype)


def attention_steps(q, k, v, scale=None, mask=None):
    """The reference's order of operations (AttentionOp's scalar
    implementation), each step rounded to the element type: Q.K^T
    accumulated in order, scaled, masked, minus the maximum of the whole
    weight tensor, exp, row sums in order, division (0 for a zero sum), and
    the product with V accumulated in order. Checked against
    attention_ref, the textbook formula."""
    t = q.dtype.type
    lead = q.shape[:-2]
    m, d = q.shape[-2:]
    n, e = k.shape[-2], v.shape[-1]
    w = np.zeros(lead + (m, n), t)
    for b in np.ndindex(lead):
        for i in range(m):
            for j in range(n):
                acc = t(0)
                for c in range(d):
                    acc = t(t(q[b + (i, c)] * k[b + (j, c)]) + acc)
                acc = t(acc * t(scale)) if scale is not None else t(acc / t(np.sqrt(t(d))))
                if mask is not None:
                    mv = mask[b + (i, j)]
                    acc = t(acc + (t(0) if mv else t(-np.inf))) if mask.dtype == np.bool_ else t(acc + mv)
                w[b + (i, j)] = acc
    # exp in float64 rounded to the type (numpy's float32 exp may be off by
    # an ulp, which the cancellation in the product with V magnifies).
    w = np.exp((w - w.max()).astype(t).astype(np.float64)).astype(t)
    out = np.zeros(lead + (m, e), t)
    for b in np.ndindex(lead):
        for i in range(m):
            total = t(0)
            for j in range(n):
                total = t(total + w[b + (i, j)])
            for j in range(n):
                w[b + (i, j)] = t(0) if total == 0 else t(w[b + (i, j)] / total)
            for c in range(e):
                acc = t(0)
                for j in range(n):
                    acc = t(t(w[b + (i, j)] * v[b + (j, c)]) + acc)
                out[b + (i, c)] = acc
    assert np.allclose(out, attention_ref(q, k, v, scale, mask), rtol=1e-5, atol=1e-6)
    return out


def attentions():
    q = rng.standard_normal((2, 4, 8)).astype(np.float32)
    k = rng.standard_normal((2, 5, 8)).astype(np.float32)
    v = rng.standard_normal((2, 5, 3)).astype(np.float32)
    body = ("  %r:1 = tm_tensor.attention ins(%arg0, %arg1, %arg2 : tensor<2x4x8xf32>, tensor<2x5x8xf32>, "
            "tensor<2x5x3xf32>) outs(%arg3 : tensor<2x4x3xf32>) -> tensor<2x4x3xf32>")
    case("attention_batched", body, [q, k, v, np.zeros((2, 4, 3), np.float32)],
         [("sdpa", attention_steps(q, k, v), 4)])

    q = rng.standard_normal((4, 6)).astype(np.float32)
    k = rng.standard_normal((5, 6)).astype(np.float32)
    v = rng.standard_normal((5, 3)).astype(np.float32)
    mask = rng.random((4, 5)) < 0.7
    mask[:, 0] = True  # every row keeps one key
    body = ("  %r:1 = tm_tensor.attention {scale = 2.500000e-01 : f64} ins(%arg0, %arg1, %arg2, %arg3 : "
            "tensor<4x6xf32>, tensor<5x6xf32>, tensor<5x3xf32>, tensor<4x5xi1>) outs(%arg4 : tensor<4x3xf32>) "
            "-> tensor<4x3xf32>")
    case("attention_bool_mask_scale", body, [q, k, v, mask, np.zeros((4, 3), np.float32)],
         [("sdpa", attention_steps(q, k, v, scale=0.25, mask=mask), 4)])

    q = rng.standard_normal((1, 3, 4)).astype(np.float64)
    k = rng.standard_normal((1, 6, 4)).astype(np.float64)
    v = rng.standard_normal((1, 6, 2)).astype(np.float64)
    fmask = rng.standard_normal((1, 3, 6)).astype(np.float64)
    body = ("  tm_tensor.attention ins(%arg0, %arg1, %arg2, %arg3 : memref<1x3x4xf64>, memref<1x6x4xf64>, "
            "memref<1x6x2xf64>, memref<1x3x6xf64>) outs(%arg4 : memref<1x3x2xf64>)")
    case("attention_float_mask_memref", body, [q, k, v, fmask, np.zeros((1, 3, 2), np.float64)],
         [("sdpa", attention_steps(q, k, v, mask=fmask), 4)], kind="memref", memref_outputs=[4])


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    scans()
    scatters()
    sorts()
    topks()
    attentions()


if __name__ == "__main__":
    main()

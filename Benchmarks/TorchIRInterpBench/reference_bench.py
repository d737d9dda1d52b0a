"""The same three cases as torchir-interp-bench, timed with numpy (and
onnxruntime when it is importable). Prints one JSON object: for each case and
library the best time in seconds. Run by torchir-interp-bench; usable alone:

    python3 reference_bench.py --runs 5 --ew-elements 16777216
"""
import argparse
import json
import time

import numpy as np


def best(runs, fn):
    fn()
    t = float("inf")
    for _ in range(runs):
        s = time.perf_counter()
        fn()
        t = min(t, time.perf_counter() - s)
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--matmul", type=int, default=1024)
    ap.add_argument("--ew-elements", type=int, default=1 << 24)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    rng = np.random.default_rng(0)
    n = a.matmul
    A = rng.standard_normal((n, n), dtype=np.float32)
    B = rng.standard_normal((n, n), dtype=np.float32)
    X = rng.standard_normal((1, 64, 58, 58), dtype=np.float32)
    W = rng.standard_normal((64, 64, 3, 3), dtype=np.float32)
    E1 = rng.standard_normal(a.ew_elements, dtype=np.float32)
    E2 = rng.standard_normal(a.ew_elements, dtype=np.float32)
    out = {"numpy_version": np.__version__}
    res = {}
    res["matmul"] = {"numpy": best(a.runs, lambda: A @ B)}

    def conv_numpy():
        # im2col (a strided view copied once) + one BLAS matmul.
        cols = np.lib.stride_tricks.sliding_window_view(X[0], (3, 3), axis=(1, 2))  # C, OH, OW, KH, KW
        cols = np.ascontiguousarray(cols.transpose(0, 3, 4, 1, 2)).reshape(64 * 9, 56 * 56)
        return (W.reshape(64, 64 * 9) @ cols).reshape(1, 64, 56, 56)

    res["conv"] = {"numpy": best(a.runs, conv_numpy)}
    C = np.empty_like(E1)
    res["elementwise"] = {"numpy": best(a.runs, lambda: np.add(E1, E2))}
    res["ew-memref"] = {"numpy": best(a.runs, lambda: np.add(E1, E2, out=C))}
    try:
        import onnx
        import onnxruntime as ort
        from onnx import TensorProto, helper

        def session(nodes, inputs, outputs):
            g = helper.make_graph(nodes, "g", inputs, outputs)
            m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 17)])
            m.ir_version = 8
            so = ort.SessionOptions()
            so.intra_op_num_threads = a.threads
            so.inter_op_num_threads = 1
            return ort.InferenceSession(m.SerializeToString(), so, providers=["CPUExecutionProvider"])

        def vi(name, shape):
            return helper.make_tensor_value_info(name, TensorProto.FLOAT, shape)

        s = session([helper.make_node("MatMul", ["a", "b"], ["c"])], [vi("a", [n, n]), vi("b", [n, n])], [vi("c", [n, n])])
        res["matmul"]["onnxruntime"] = best(a.runs, lambda: s.run(None, {"a": A, "b": B}))
        s2 = session([helper.make_node("Conv", ["x", "w"], ["y"])], [vi("x", [1, 64, 58, 58]), vi("w", [64, 64, 3, 3])],
                     [vi("y", [1, 64, 56, 56])])
        res["conv"]["onnxruntime"] = best(a.runs, lambda: s2.run(None, {"x": X, "w": W}))
        k = a.ew_elements
        s3 = session([helper.make_node("Add", ["p", "q"], ["r"])], [vi("p", [k]), vi("q", [k])], [vi("r", [k])])
        res["elementwise"]["onnxruntime"] = best(a.runs, lambda: s3.run(None, {"p": E1, "q": E2}))
        # In place: the output bound to an existing array (IOBinding).
        binding = s3.io_binding()
        binding.bind_cpu_input("p", E1)
        binding.bind_cpu_input("q", E2)
        binding.bind_output("r", "cpu", 0, np.float32, [k], C.ctypes.data)
        res["ew-memref"]["onnxruntime"] = best(a.runs, lambda: s3.run_with_iobinding(binding))
        out["onnxruntime_version"] = ort.__version__
    except ImportError:
        pass
    out["results"] = res
    print(json.dumps(out))


if __name__ == "__main__":
    main()

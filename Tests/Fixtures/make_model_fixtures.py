#!/usr/bin/env python3
"""Writes real PyTorch models lowered by Torch-MLIR into Tests/Fixtures/models/.

    python3 -m venv /work/venv-models
    /work/venv-models/bin/pip install \\
        /opt/wheels/torch-2.13.0+cpu-cp311-cp311-manylinux_2_28_x86_64.whl \\
        torch-mlir==20261001 numpy
    /work/venv-models/bin/python Tests/Fixtures/make_model_fixtures.py \\
        --tool /work/venv-models/bin/torch-mlir-opt

Versions used for the committed files: Python 3.11.7, torch 2.13.0+cpu,
torch-mlir 20261001 (its torch-mlir-opt: LLVM version 24.0.0git), numpy 2.4.6.
The exact versions of the run are also written to models/versions.txt.

For each model NAME (eval mode, float32, seeds fixed with torch.manual_seed):

  models/NAME.torch.mlir   torch_mlir.fx.export_and_import(model, *inputs,
                           output_type="torch", func_name="forward"): the Torch
                           backend contract (torch.aten.* on !torch.vtensor,
                           after torchdynamo-export-to-torch-backend-pipeline),
                           printed by the Python bindings
  models/NAME.mlir         cd models && torch-mlir-opt \\
                               --torch-backend-to-linalg-on-tensors-backend-pipeline \\
                               NAME.torch.mlir -o NAME.mlir
                           (what torch-mlir-opt prints: linalg / tensor / arith /
                           math / tm_tensor ... on builtin tensors; weights are
                           dense_resource blobs). The script checks that this is
                           what export_and_import(output_type="linalg-on-tensors")
                           gives too, and that `torch-mlir-opt NAME.mlir` re-parses,
                           verifies and prints it back unchanged.
  models/NAME.input_<i>.npy     the inputs (np.save of the torch tensors)
  models/NAME.expected_<i>.npy  PyTorch's outputs of model(*inputs), in order
  models/NAME.ops.json     {op name: count} over the whole of NAME.mlir (from
                           `torch-mlir-opt --mlir-print-op-generic NAME.mlir`),
                           plus "results": per output its dtype, shape and the
                           tolerance the test uses (see below)

Models:
  mlp       Linear(32,64)-ReLU-Linear(64,64)-Tanh-Linear(64,10)-log_softmax, x: 4x32
  cnn       Conv(3,8,3,p1)-ReLU-MaxPool2-Conv(8,16,3,p1)-ReLU-MaxPool2-flatten-
            Linear(1024,10), x: 2x3x32x32
  resnet18  the torchvision ResNet-18 architecture (7x7/2 stem conv, BN, ReLU,
            3x3/2 max pool, BasicBlocks [2, 2, 2, 2] with 1x1/2 downsample
            convs, adaptive average pool, fc to 1000 classes), defined here
            because torchvision is not installable offline. To keep the file
            small (its weights are hex in the .mlir) and the reference
            interpreter's run short, it is at QUARTER WIDTH (stage channels
            16/32/64/128 instead of 64/128/256/512; 0.83M parameters instead of
            11.7M) on a 1x3x64x64 input. Random weights; BatchNorm (eval) with
            random affine parameters and running statistics.
  gru       nn.GRU(input_size=8, hidden_size=16, num_layers=2, batch_first=True),
            x: 2x5x8, h0: 2x2x16; outputs (output, h_n)
  index_ops cumsum, gather, index_select, scatter_add, topk and sort on a 4x16
            float input with int64 index inputs; outputs include int64 indices

Tolerance (per float32 result, used by Tests/TorchIRInterpreterTests/
ModelTests.swift): |actual - expected| <= atol + rtol * |expected| with
rtol = 1e-5 and atol = 1e-5 * max|expected| (at least 1e-7); integer results
must be equal. The script checks that float32 PyTorch is well within this of a
float64 evaluation of the same model (the error printed per model: at most
0.02 of the tolerance), so another summation order (the interpreter's) fits
too. (With the linalg / tensor executors of 2026-11-25, the interpreter's
results were within 0.05 of this tolerance: at most 2.4e-7 absolute.)
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "models")
RTOL = 1e-5
ATOL_REL = 1e-5  # atol = ATOL_REL * max|expected|
ATOL_MIN = 1e-7


# --------------------------------------------------------------------------
# Models


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(32, 64)
        self.fc2 = nn.Linear(64, 64)
        self.fc3 = nn.Linear(64, 10)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        x = torch.tanh(self.fc2(x))
        return F.log_softmax(self.fc3(x), dim=1)


class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, padding=1)
        self.conv2 = nn.Conv2d(8, 16, 3, padding=1)
        self.fc = nn.Linear(16 * 8 * 8, 10)

    def forward(self, x):
        x = F.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = F.max_pool2d(torch.relu(self.conv2(x)), 2)
        return self.fc(torch.flatten(x, 1))


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride=1, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample

    def forward(self, x):
        identity = x
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        return self.relu(out + identity)


class ResNet(nn.Module):
    """torchvision.models.resnet.ResNet with BasicBlock, at a chosen width."""

    def __init__(self, layers=(2, 2, 2, 2), width=64, num_classes=1000):
        super().__init__()
        self.inplanes = width
        self.conv1 = nn.Conv2d(3, width, 7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
        self.layer1 = self._make_layer(width, layers[0])
        self.layer2 = self._make_layer(width * 2, layers[1], stride=2)
        self.layer3 = self._make_layer(width * 4, layers[2], stride=2)
        self.layer4 = self._make_layer(width * 8, layers[3], stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(width * 8, num_classes)

    def _make_layer(self, planes, blocks, stride=1):
        downsample = None
        if stride != 1 or self.inplanes != planes:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes, 1, stride=stride, bias=False),
                nn.BatchNorm2d(planes),
            )
        layers = [BasicBlock(self.inplanes, planes, stride, downsample)]
        self.inplanes = planes
        for _ in range(1, blocks):
            layers.append(BasicBlock(self.inplanes, planes))
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


def randomize_batchnorm(model):
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):
            with torch.no_grad():
                m.weight.uniform_(0.5, 1.5)
                m.bias.normal_(0.0, 0.1)
                m.running_mean.normal_(0.0, 0.1)
                m.running_var.uniform_(0.5, 1.5)


class GRUModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(input_size=8, hidden_size=16, num_layers=2, batch_first=True)

    def forward(self, x, h0):
        return self.gru(x, h0)


class IndexOps(nn.Module):
    def forward(self, x, idx, sel):
        # x: 4x16 f32; idx: 4x5 i64 in [0, 8); sel: 3 i64 in [0, 4)
        c = torch.cumsum(x, dim=1)
        g = torch.gather(c, 1, idx)
        s = torch.index_select(x, 0, sel)
        sa = torch.zeros(4, 8, dtype=x.dtype).scatter_add(1, idx, g)
        tv, ti = torch.topk(x, 3, dim=1)
        sv, si = torch.sort(s, dim=1)
        return c, g, s, sa, tv, ti, sv, si


def make_models():
    """(name, model, inputs) with fixed seeds."""
    out = []
    torch.manual_seed(1)
    out.append(("mlp", MLP(), (torch.randn(4, 32),)))
    torch.manual_seed(2)
    out.append(("cnn", CNN(), (torch.randn(2, 3, 32, 32),)))
    torch.manual_seed(3)
    r = ResNet(width=16)
    randomize_batchnorm(r)
    out.append(("resnet18", r, (torch.randn(1, 3, 64, 64),)))
    torch.manual_seed(4)
    out.append(("gru", GRUModel(), (torch.randn(2, 5, 8), torch.randn(2, 2, 16))))
    torch.manual_seed(5)
    x = torch.randn(4, 16)
    idx = torch.randint(0, 8, (4, 5), dtype=torch.int64)
    sel = torch.tensor([2, 0, 3], dtype=torch.int64)
    out.append(("index_ops", IndexOps(), (x, idx, sel)))
    return out


# --------------------------------------------------------------------------
# Helpers


def flatten_outputs(y):
    if isinstance(y, torch.Tensor):
        return [y]
    res = []
    for t in y:
        res.extend(flatten_outputs(t))
    return res


def run(cmd, cwd):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr}")
    return r.stdout


OP_LINE = re.compile(r'^\s*(?:%[^=]*=\s*)?"([A-Za-z_][\w$]*\.[\w$.]+)"\(')


def count_ops(generic_text):
    counts = {}
    for line in generic_text.splitlines():
        m = OP_LINE.match(line)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return dict(sorted(counts.items()))


def tolerance(expected):
    if expected.dtype.kind != "f":
        return {"rtol": 0.0, "atol": 0.0}
    m = float(np.max(np.abs(expected))) if expected.size else 0.0
    return {"rtol": RTOL, "atol": max(ATOL_REL * m, ATOL_MIN)}


def f64_error(model, inputs, outputs):
    """Largest |f32 - f64| / (atol + rtol |f64|) over the float outputs."""
    m64 = model.double()
    ins64 = [t.double() if t.is_floating_point() else t for t in inputs]
    with torch.no_grad():
        ref = flatten_outputs(m64(*ins64))
    model.float()
    worst = 0.0
    for a, b in zip(outputs, ref):
        if not a.is_floating_point():
            continue
        e = b.numpy()
        tol = tolerance(e.astype(np.float32))
        err = np.abs(a.numpy().astype(np.float64) - e) / (tol["atol"] + tol["rtol"] * np.abs(e))
        worst = max(worst, float(err.max()))
    return worst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default="torch-mlir-opt", help="torch-mlir-opt to run")
    ap.add_argument("--only", nargs="*", help="model names to (re)make")
    args = ap.parse_args()

    from torch_mlir import fx

    os.makedirs(OUT, exist_ok=True)
    torch.use_deterministic_algorithms(True)
    tool_version = run([args.tool, "--version"], OUT).strip()
    import importlib.metadata as md

    versions = (
        f"python {platform.python_version()}\n"
        f"torch {torch.__version__}\n"
        f"torch-mlir {md.version('torch-mlir')}\n"
        f"numpy {np.__version__}\n"
        f"torch-mlir-opt --version:\n{tool_version}\n"
    )
    with open(os.path.join(OUT, "versions.txt"), "w") as f:
        f.write(versions)

    for name, model, inputs in make_models():
        if args.only and name not in args.only:
            continue
        model.eval()
        with torch.no_grad():
            outputs = [t.detach().clone() for t in flatten_outputs(model(*inputs))]
        worst = f64_error(model, inputs, outputs)

        for p in os.listdir(OUT):
            if p.startswith(name + "."):
                os.remove(os.path.join(OUT, p))
        for i, t in enumerate(inputs):
            np.save(os.path.join(OUT, f"{name}.input_{i}.npy"), t.numpy())
        for i, t in enumerate(outputs):
            np.save(os.path.join(OUT, f"{name}.expected_{i}.npy"), t.numpy())

        torch_mod = fx.export_and_import(model, *inputs, output_type="torch", func_name="forward")
        with open(os.path.join(OUT, f"{name}.torch.mlir"), "w") as f:
            f.write(str(torch_mod))
        run(
            [args.tool, "--torch-backend-to-linalg-on-tensors-backend-pipeline",
             f"{name}.torch.mlir", "-o", f"{name}.mlir"],
            OUT,
        )
        with open(os.path.join(OUT, f"{name}.mlir")) as f:
            text = f.read()
        # The same as the in-process lowering of the Python API.
        lin = fx.export_and_import(model, *inputs, output_type="linalg-on-tensors", func_name="forward")
        same_as_python = str(lin).strip() == text.strip()
        # Re-parse: the tool verifies its own output and prints it unchanged.
        reparsed = run([args.tool, f"{name}.mlir"], OUT)
        fixed_point = reparsed == text
        generic = run([args.tool, "--mlir-print-op-generic", f"{name}.mlir"], OUT)
        ops = count_ops(generic)
        results = []
        for t in outputs:
            e = t.numpy()
            results.append({"dtype": str(e.dtype), "shape": list(e.shape), **tolerance(e)})
        with open(os.path.join(OUT, f"{name}.ops.json"), "w") as f:
            # One op per line, one result per line.
            f.write('{\n "ops": {\n')
            f.write(",\n".join(f"  {json.dumps(k)}: {v}" for k, v in ops.items()))
            f.write('\n },\n "results": [\n')
            f.write(",\n".join("  " + json.dumps(r) for r in results))
            f.write("\n ]\n}\n")
        size = os.path.getsize(os.path.join(OUT, f"{name}.mlir"))
        print(
            f"{name}: {size} bytes, {sum(ops.values())} ops ({len(ops)} kinds), "
            f"same as Python API: {same_as_python}, re-parse fixed point: {fixed_point}, "
            f"f32 vs f64 error: {worst:.3g} of the tolerance"
        )
        print("   ", ", ".join(f"{k} {v}" for k, v in ops.items()))
        if not fixed_point:
            sys.exit(f"{name}: torch-mlir-opt does not print {name}.mlir back unchanged")
        if worst > 0.1:
            sys.exit(f"{name}: float32 PyTorch is {worst:.3g} of the tolerance from float64")


if __name__ == "__main__":
    main()

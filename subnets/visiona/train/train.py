"""Trains Visiona's two classifiers on Debian's dataset-fashion-mnist and exports them as ONNX.

    python train.py <out-dir> [<dataset-dir>]

writes ``mlp.onnx`` (784-128-10, ReLU, about 87% on the test split) and ``linear.onnx`` (softmax
regression, about 83%), both ``image`` float32 [N, 784] (pixels / 255, row-major 28 x 28) ->
``probabilities`` float32 [N, 10], as plain ONNX ops (MatMul, Add, Relu, Softmax) that tract runs,
and ``models.json`` with each model's test accuracy. Training is deterministic (fixed seeds, Adam on
batches of 128, numpy only, pinned in requirements.txt); about 20 s on a 2-core machine.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def idx(path: Path) -> np.ndarray:
    data = gzip.decompress(path.read_bytes())
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load(root: Path, split: str) -> tuple[np.ndarray, np.ndarray]:
    images = idx(root / f"{split}-images-idx3-ubyte.gz").reshape(-1, 784).astype(np.float32) / 255.0
    labels = idx(root / f"{split}-labels-idx1-ubyte.gz").astype(np.int64)
    return images, labels


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train(x: np.ndarray, y: np.ndarray, hidden: int, epochs: int, seed: int) -> list[np.ndarray]:
    """Adam on cross-entropy, batches of 128; weights [W1, b1(, W2, b2)]."""
    rng = np.random.default_rng(seed)
    sizes = [784, hidden, 10] if hidden else [784, 10]
    params: list[np.ndarray] = []
    for a, b in zip(sizes, sizes[1:]):
        params += [(rng.standard_normal((a, b)) * np.sqrt(2.0 / a)).astype(np.float32), np.zeros(b, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    lr, b1, b2, step = 1e-3, 0.9, 0.999, 0
    onehot = np.eye(10, dtype=np.float32)
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), 128):
            batch = order[start : start + 128]
            xb, yb = x[batch], onehot[y[batch]]
            if hidden:
                h = np.maximum(xb @ params[0] + params[1], 0)
                p = softmax(h @ params[2] + params[3])
                d2 = (p - yb) / len(xb)
                dh = (d2 @ params[2].T) * (h > 0)
                grads = [xb.T @ dh, dh.sum(0), h.T @ d2, d2.sum(0)]
            else:
                p = softmax(xb @ params[0] + params[1])
                d = (p - yb) / len(xb)
                grads = [xb.T @ d, d.sum(0)]
            step += 1
            for i, g in enumerate(grads):
                m[i] = b1 * m[i] + (1 - b1) * g
                v[i] = b2 * v[i] + (1 - b2) * g * g
                mh, vh = m[i] / (1 - b1**step), v[i] / (1 - b2**step)
                params[i] -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
    return params


def predict(params: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    if len(params) == 4:
        return softmax(np.maximum(x @ params[0] + params[1], 0) @ params[2] + params[3])
    return softmax(x @ params[0] + params[1])


def export(params: list[np.ndarray], name: str, path: Path) -> None:
    inits = [numpy_helper.from_array(p, f"p{i}") for i, p in enumerate(params)]
    nodes = [helper.make_node("MatMul", ["image", "p0"], ["z0"]), helper.make_node("Add", ["z0", "p1"], ["a0"])]
    last = "a0"
    if len(params) == 4:
        nodes += [
            helper.make_node("Relu", ["a0"], ["h"]),
            helper.make_node("MatMul", ["h", "p2"], ["z1"]),
            helper.make_node("Add", ["z1", "p3"], ["a1"]),
        ]
        last = "a1"
    nodes.append(helper.make_node("Softmax", [last], ["probabilities"], axis=1))
    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 784])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 10])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="tensora-visiona")
    model.ir_version = 8
    model.metadata_props.add(key="classes", value=json.dumps(CLASSES))
    onnx.checker.check_model(model)
    path.write_bytes(model.SerializeToString())


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0])
    root = Path(argv[1] if len(argv) == 2 else "/usr/share/datasets/fashion-mnist")
    out.mkdir(parents=True, exist_ok=True)
    (xtr, ytr), (xte, yte) = load(root, "train"), load(root, "t10k")
    report = {}
    for name, hidden, epochs in [("mlp", 128, 5), ("linear", 0, 3)]:
        params = train(xtr, ytr, hidden, epochs, seed=7)
        accuracy = float((predict(params, xte).argmax(1) == yte).mean())
        export(params, name, out / f"{name}.onnx")
        report[name] = {"file": f"{name}.onnx", "hidden": hidden, "epochs": epochs, "test_accuracy": round(accuracy, 4)}
        print(f"{name}: test accuracy {accuracy:.4f}")
    (out / "models.json").write_text(json.dumps({"classes": CLASSES, "models": report}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

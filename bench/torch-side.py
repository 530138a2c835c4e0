"""PyTorch's side of the benchmark (one thread), run by run.ts as a child process.

    python3 torch-side.py FILE BUDGET_MS

Reads a workload file written by workloads.ts (same data and initial weights as the other
sides), trains with plain SGD (torch.optim.SGD) for the time budget after a warm-up, and
prints one JSON line with the result on stdout.
"""

import json
import struct
import sys
import time

import numpy as np
import torch

torch.set_num_threads(1)


def blas_library():
    """The BLAS this process loaded: Debian's torch calls whichever libblas.so.3 the system's
    alternatives point at, and the reference BLAS there is ~20x slower than OpenBLAS, so the
    report names it (set LD_LIBRARY_PATH to OpenBLAS's folder to measure against OpenBLAS)."""
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "libblas" in line.split()[-1]}
        return ", ".join(sorted(paths)) or "none found"
    except OSError:
        return "unknown"


def read_workload(path):
    with open(path, "rb") as f:
        buf = f.read()
    (head_len,) = struct.unpack_from("<I", buf, 0)
    d = json.loads(buf[4 : 4 + head_len].decode())
    offset = 4 + head_len

    def take(n, shape):
        nonlocal offset
        a = np.frombuffer(buf, dtype="<f4", count=n, offset=offset).reshape(shape).copy()
        offset += n * 4
        return torch.from_numpy(a)

    outputs = d["layers"][-1]["units"]
    x = take(d["m"] * d["inputs"], (d["m"], d["inputs"]))
    y = take(d["m"] * outputs, (d["m"], outputs))
    ws, bs = [], []
    fan_in = d["inputs"]
    for layer in d["layers"]:
        ws.append(take(layer["units"] * fan_in, (layer["units"], fan_in)))
        bs.append(take(layer["units"], (layer["units"],)))
        fan_in = layer["units"]
    return d, x, y, ws, bs


def build(d, ws, bs):
    mods = []
    fan_in = d["inputs"]
    last = len(d["layers"]) - 1
    for i, layer in enumerate(d["layers"]):
        lin = torch.nn.Linear(fan_in, layer["units"])
        with torch.no_grad():
            lin.weight.copy_(ws[i])
            lin.bias.copy_(bs[i])
        mods.append(lin)
        # the output activation is fused into the loss (logits in, as the engine does)
        if i < last:
            act = layer["activation"]
            mods.append({"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid}[act]())
        fan_in = layer["units"]
    return torch.nn.Sequential(*mods)


def main():
    path, budget_ms = sys.argv[1], float(sys.argv[2])
    d, x, y, ws, bs = read_workload(path)
    model = build(d, ws, bs)
    if d["loss"] == "cross_entropy":
        loss_fn = torch.nn.CrossEntropyLoss()
        y = y.argmax(dim=1)  # class indices: the fast path of CrossEntropyLoss
    else:
        loss_fn = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.SGD(model.parameters(), lr=d["learningRate"])
    bsz = d["batchSize"]
    batches = [(x[s : s + bsz], y[s : s + bsz]) for s in range(0, d["m"], bsz)]

    with torch.no_grad():
        first_loss = float(loss_fn(model(batches[0][0]), batches[0][1]))

    def step(i):
        xb, yb = batches[i]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        return xb.shape[0]

    def run_for(ms):
        samples, i, t0 = 0, 0, time.perf_counter()
        while True:
            samples += step(i)
            i = (i + 1) % len(batches)
            elapsed = time.perf_counter() - t0
            if elapsed * 1000 >= ms:
                return samples, elapsed

    run_for(min(1000, budget_ms / 2))  # warm-up
    samples, seconds = run_for(budget_ms)
    print(
        json.dumps(
            {
                "side": "pytorch",
                "workload": d["id"],
                "samplesPerSec": samples / seconds,
                "samples": samples,
                "seconds": seconds,
                "firstLoss": first_loss,
                "approach": "nn.Sequential + optim.SGD, 1 thread",
                "notes": f"torch {torch.__version__}, threads={torch.get_num_threads()}, "
                f"blas={blas_library()}",
            }
        )
    )


if __name__ == "__main__":
    main()

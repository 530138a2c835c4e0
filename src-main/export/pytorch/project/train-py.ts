// train.py of an exported PyTorch project: Python, kept as text (String.raw: backslashes stay as
// they are) so that every way of running the lab — the build, vitest, tsx — bundles it.
export default String.raw`"""Trains the network of this run with PyTorch, exactly as Neuron Lab trained it.

    python train.py                        # the lab's run, on the CPU
    python train.py --device cuda          # on a GPU (mps: Apple silicon)
    python train.py --from-trained         # go on from the weights the lab ended with
    python train.py --processes 2          # 2 processes with DistributedDataParallel
    torchrun --nproc_per_node=2 train.py   # the same, started by torchrun

config.json describes the run (network, training, data); README.md explains the numbers.
The same initial weights, batches, loss and optimiser as the lab give the same metrics
epoch by epoch; they are printed, and written to metrics.csv, which the lab imports back.
"""

import argparse
import json
import math
import time

import torch
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel

import distributed
from data import LabShuffle, load_parts
from model import Network, load_weights
from results import Results, r_squared


def parse_args():
    p = argparse.ArgumentParser(description="Train the run exported from Neuron Lab.")
    p.add_argument("--device", choices=["cpu", "cuda", "mps"], default="cpu")
    p.add_argument("--processes", type=int, default=1, help="DDP processes on this machine")
    p.add_argument("--from-trained", action="store_true", help="start from the lab's result")
    p.add_argument("--epochs", type=int, help="epochs to train (default: the run's)")
    p.add_argument("--scale-lr", action="store_true", help="learning rate × processes")
    p.add_argument("--out", help="folder for the results (default: runs/DATE-TIME)")
    return p.parse_args()


def loss_sum(loss, network, z, t):
    """The lab's loss of a batch, summed over its rows, from the output layer's
    pre-activations z (the lab reports the mean: divide by the rows)."""
    output = network.activations[-1][0]
    if loss == "cross_entropy" and output == "softmax":
        return F.cross_entropy(z, t, reduction="sum")  # softmax and −Σ t·ln y in one step
    if loss == "binary_cross_entropy" and output == "sigmoid":
        return F.binary_cross_entropy_with_logits(z, t, reduction="sum")
    y = network.output(z)
    if loss == "mse":
        return ((y - t) ** 2).sum() / 2  # the lecture's J = 1/(2m) Σ (y − t)²
    if loss == "binary_cross_entropy":
        return F.binary_cross_entropy(y, t, reduction="sum")
    return -(t * torch.log(y.clamp(min=1e-12))).sum()


def correct(y, t):
    """Rows classified right: y ≥ 0.5 against t ≥ 0.5 for one output, else the arg-max."""
    if y.shape[1] == 1:
        return ((y >= 0.5) == (t >= 0.5)).sum().item()
    return (y.argmax(dim=1) == t.argmax(dim=1)).sum().item()


def learning_rate(training, step, epoch):
    """The lab's rate for update "step" in "epoch" (both counted from 0)."""
    s, rate = training["schedule"], training["learningRate"]
    if s["kind"] == "inverse":
        return s["c1"] / (step + s["c2"])  # the lecture's α_k = c1 / (k + c2)
    if s["kind"] == "step":
        return rate * s["gamma"] ** (epoch // s["every"])
    if s["kind"] == "exponential":
        return rate * s["gamma"] ** epoch
    return rate


def make_optimizer(spec, parameters):
    """PyTorch's SGD or Adam as the lab's optimiser (the rate is set before every step)."""
    if spec["name"] == "adam":
        betas = (spec["beta1"], spec["beta2"])
        return torch.optim.Adam(
            parameters, lr=0.0, betas=betas, eps=spec["eps"], weight_decay=spec["weightDecay"]
        )
    return torch.optim.SGD(
        parameters,
        lr=0.0,
        momentum=spec["momentum"],
        nesterov=spec["nesterov"],
        weight_decay=spec["weightDecay"],  # L2: g ← g + λ·w, biases included, as in the lab
    )


def add_l1(parameters, l1):
    """The lab's L1 term, g ← g + λ₁·sign(w) (PyTorch's optimisers know only L2)."""
    with torch.no_grad():
        for p in parameters:
            p.grad.add_(torch.sign(p), alpha=l1)


class EarlyStopping:
    """Stops when the watched loss has not improved by min_delta for "patience" epochs and
    (unless told not to) puts back the weights of the best epoch, as the lab does."""

    def __init__(self, spec, network):
        self.spec, self.network = spec, network
        self.best, self.best_epoch, self.waited, self.best_weights = math.inf, 0, 0, None

    def should_stop(self, loss, epoch):
        if loss < self.best - self.spec["minDelta"]:
            self.best, self.best_epoch, self.waited = loss, epoch, 0
            if self.spec["restoreBest"]:
                self.best_weights = {k: v.clone() for k, v in self.network.state_dict().items()}
            return False
        self.waited += 1
        if self.waited < self.spec["patience"]:
            return False
        if self.best_weights is not None:
            self.network.load_state_dict(self.best_weights)
        return True

    def reason(self, watched):
        restored = f"; weights of epoch {self.best_epoch} restored" if self.best_weights else ""
        return (
            f"{watched} did not improve for {self.spec['patience']} epochs "
            f"(best {self.best:.4g} at epoch {self.best_epoch}){restored}"
        )


@torch.no_grad()
def evaluate(network, loss, x, t):
    """Mean loss, share classified right and R² of a whole part of the data."""
    z = network(x)
    y = network.output(z)
    return {
        "loss": loss_sum(loss, network, z, t).item() / len(x),
        "accuracy": correct(y, t) / len(x),
        "r2": r_squared(y, t),
    }


def pick_device(name, local_rank):
    if name == "cuda":
        if not torch.cuda.is_available():
            raise SystemExit("--device cuda: PyTorch sees no CUDA GPU here")
        # full float32 matrix products, as the lab computes (no TF32 shortcuts)
        torch.backends.cuda.matmul.allow_tf32 = False
        return torch.device("cuda", local_rank % torch.cuda.device_count())
    if name == "mps" and not torch.backends.mps.is_available():
        raise SystemExit("--device mps: this PyTorch has no MPS (Apple silicon) support")
    return torch.device(name)


def train(rank, processes, local_rank, args):
    with open("config.json", encoding="utf-8") as f:
        config = json.load(f)
    training, data = config["training"], config["data"]
    device = pick_device(args.device, local_rank)
    if processes > 1:
        distributed.join(rank, processes, device)
    parts = {part: (x.to(device), t.to(device)) for part, (x, t) in load_parts(data).items()}
    x_train, t_train = parts["train"]
    has_validation = len(parts["validation"][0]) > 0

    network = Network(config["network"])
    load_weights(network, config["weights"]["trained" if args.from_trained else "initial"])
    network.to(device)
    model = DistributedDataParallel(network) if processes > 1 else network
    optimizer = make_optimizer(training["optimizer"], network.parameters())
    l1 = training["optimizer"]["l1"]
    early = training["earlyStopping"] and EarlyStopping(training["earlyStopping"], network)
    lr_factor = processes if args.scale_lr else 1
    classification = data["task"] == "classification"

    # Every process shuffles with the same seed, so all hold the same order of the rows;
    # an update takes the next K rows of each process: batch_rows = K × processes.
    m, K = len(x_train), min(training["batchSize"], len(x_train))
    batch_rows = K * processes
    shuffle = LabShuffle(training["seed"], m) if training["shuffle"] else None
    order = list(range(m))
    epochs = args.epochs or training["epochs"]
    results = Results(args, config, processes, batch_rows, lr_factor) if rank == 0 else None
    status, reason, step = "done", None, 0

    for epoch in range(epochs):
        started = time.perf_counter()
        if shuffle:
            order = shuffle.next_epoch()
        epoch_loss = epoch_correct = 0.0
        for batch, start in enumerate(range(0, m, batch_rows)):
            end = min(start + batch_rows, m)
            rows = order[min(start + rank * K, end) : min(start + (rank + 1) * K, end)]
            rate = learning_rate(training, step, epoch) * lr_factor
            optimizer.zero_grad()
            z = model(x_train[rows])
            loss = loss_sum(training["loss"], network, z, t_train[rows])
            right = correct(network.output(z.detach()), t_train[rows]) if classification else 0
            batch_loss, batch_right = loss.item(), right
            if processes > 1:
                batch_loss, batch_right = distributed.sum_over_processes([batch_loss, right], device)
            if not math.isfinite(batch_loss):
                status = "diverged"
                reason = (
                    f"the loss became {batch_loss} at epoch {epoch + 1} (batch {batch + 1}) "
                    f"— try a smaller learning rate (now {rate:.3g})"
                )
                break
            # The lab averages the loss over the batch's rows. DDP averages the gradients of
            # the processes, so each divides its sum by (rows of the whole batch / processes).
            (loss * processes / (end - start)).backward()
            if l1:
                add_l1(network.parameters(), l1)
            for group in optimizer.param_groups:
                group["lr"] = rate
            optimizer.step()
            step += 1
            epoch_loss += batch_loss
            epoch_correct += batch_right
        if status == "diverged":
            break

        row = {"epoch": epoch + 1, "step": step, "loss": epoch_loss / m, "learning_rate": rate}
        if classification:
            row["accuracy"] = epoch_correct / m
        if has_validation:
            validation = evaluate(network, training["loss"], *parts["validation"])
            row["validation_loss"] = validation["loss"]
            if classification:
                row["validation_accuracy"] = validation["accuracy"]
        row["milliseconds"] = round((time.perf_counter() - started) * 1000)
        if results:
            results.add(row, epochs)

        watched = row["validation_loss"] if has_validation else row["loss"]
        if not math.isfinite(watched):
            status = "diverged"
            reason = f"the weights became infinite in epoch {epoch + 1} — try a smaller learning rate"
            break
        if early and early.should_stop(watched, epoch + 1):
            status = "early-stopped"
            reason = early.reason("validation loss" if has_validation else "training loss")
            break

    if results:
        final = {p: evaluate(network, training["loss"], x, t) for p, (x, t) in parts.items() if len(x)}
        results.finish(status, reason, final, network)
    if processes > 1:
        distributed.leave()


def main():
    args = parse_args()
    if args.processes > 1 and distributed.started_by_torchrun():
        raise SystemExit("use either torchrun or --processes, not both")
    if args.processes > 1 and args.device == "mps":
        raise SystemExit("--processes: DistributedDataParallel does not run on mps")
    if args.processes > 1:
        distributed.spawn(train, args, args.processes)
    elif distributed.started_by_torchrun():
        train(*distributed.torchrun_place(), args)
    else:
        train(0, 1, 0, args)


if __name__ == "__main__":
    main()
`;

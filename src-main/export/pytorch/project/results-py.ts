// results.py of an exported PyTorch project: Python, kept as text (String.raw: backslashes stay as
// they are) so that every way of running the lab — the build, vitest, tsx — bundles it.
export default String.raw`"""What a training run leaves behind, in a folder of its own (runs/DATE-TIME by default):

  metrics.csv          the metrics of every epoch, in the lab's own columns: the lab imports
                       it back as a run (neuron-lab import-metrics, or Experiments → Import a
                       PyTorch run…) to compare with the run it came from
  run.json             where and how it ran (device, processes, batch size) and how it ended
  trained_weights.json the weights it ended with, in the format of initial_weights.json
"""

import csv
import json
import os
import time

import torch

from model import save_weights

COLUMNS = [
    "epoch",
    "step",
    "loss",
    "accuracy",
    "validation_loss",
    "validation_accuracy",
    "learning_rate",
    "milliseconds",
]


def r_squared(y, t):
    """R² averaged over the output columns; a constant target column counts 1 when it is
    predicted exactly and 0 otherwise (as the lab and scikit-learn do)."""
    y, t = y.double(), t.double()
    ss_res = ((y - t) ** 2).sum(dim=0)
    ss_tot = ((t - t.mean(dim=0)) ** 2).sum(dim=0)
    constant = (t == t[:1]).all(dim=0)
    per_column = torch.where(constant, (ss_res == 0).double(), 1 - ss_res / ss_tot)
    return per_column.mean().item()


class Results:
    """Prints each epoch's metrics, keeps them, and writes the folder when training ends."""

    def __init__(self, args, config, processes, batch_rows, lr_factor):
        self.config, self.rows, self.started = config, [], time.time()
        self.folder = args.out or os.path.join("runs", time.strftime("%Y%m%d-%H%M%S"))
        self.run = {
            "format": "neuron-lab-pytorch-run",
            "version": 1,
            "experiment": config["experiment"],
            "torch": torch.__version__,
            "device": args.device,
            "processes": processes,
            "batchSize": config["training"]["batchSize"],
            "effectiveBatchSize": batch_rows,
            "learningRateFactor": lr_factor,
            "start": "trained" if args.from_trained else "initial",
        }
        print(
            f"{config['experiment']['name']}: {processes} process(es) on {args.device}, "
            f"batches of {batch_rows} rows, from the lab's {self.run['start']} weights"
        )

    def add(self, row, epochs):
        self.rows.append(row)
        shown = [f"epoch {row['epoch']:>{len(str(epochs))}}/{epochs}", f"loss {row['loss']:.6g}"]
        for key, label in [
            ("accuracy", "accuracy"),
            ("validation_loss", "validation loss"),
            ("validation_accuracy", "validation accuracy"),
            ("learning_rate", "rate"),
        ]:
            if key in row:
                shown.append(f"{label} {row[key]:.6g}")
        print("  ".join(shown), flush=True)

    def finish(self, status, reason, final, network):
        os.makedirs(self.folder, exist_ok=True)
        with open(os.path.join(self.folder, "metrics.csv"), "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(COLUMNS)
            for row in self.rows:
                writer.writerow([_cell(row.get(c)) for c in COLUMNS])
        task = self.config["data"]["task"]
        self.run.update(
            status=status,
            reason=reason,
            epochs=len(self.rows),
            seconds=round(time.time() - self.started, 3),
            final=_lab_names(final, task),
        )
        with open(os.path.join(self.folder, "run.json"), "w", encoding="utf-8") as f:
            json.dump(self.run, f, indent=2)
        save_weights(network, os.path.join(self.folder, "trained_weights.json"))
        print(f"{status}{': ' + reason if reason else ''}")
        print(f"wrote {self.folder}/metrics.csv, run.json and trained_weights.json")
        self.compare_with_lab()

    def compare_with_lab(self, path="lab_metrics.csv"):
        """How far this run's per-epoch losses are from the lab's, when it is the lab's run."""
        if self.run["start"] != "initial" or self.run["effectiveBatchSize"] != min(
            self.run["batchSize"], self.config["data"]["rows"]["train"]
        ):
            print("(not compared with the lab's run: it started or batched differently)")
            return
        with open(path, newline="", encoding="utf-8") as f:
            lab = [float(r["loss"]) for r in csv.DictReader(f)]
        ours = [r["loss"] for r in self.rows]
        n = min(len(lab), len(ours))
        worst = max((abs(a - b) / max(abs(b), 1e-3) for a, b in zip(ours, lab)), default=0)
        print(
            f"compared with the lab's run: {n} epochs, per-epoch losses within {worst:.2g} "
            f"(relative){'' if len(lab) == len(ours) else f'; the lab trained {len(lab)} epochs'}"
        )


def _cell(value):
    return "" if value is None else repr(value) if isinstance(value, float) else value


def _lab_names(final, task):
    """{part: {loss, accuracy, r2}} as the lab names them: loss, validationLoss, testR2, …"""
    named = {}
    for part, metrics in final.items():
        for metric in ["loss", "accuracy" if task == "classification" else "r2"]:
            name = metric if part == "train" else part + metric[0].upper() + metric[1:]
            named[name] = metrics[metric]
    return named
`;

// data.py of an exported PyTorch project: Python, kept as text (String.raw: backslashes stay as
// they are) so that every way of running the lab — the build, vitest, tsx — bundles it.
export default String.raw`"""The run's data as the lab prepared it, and the order the lab fed it in.

data.csv holds the rows as the dataset stores them: the raw inputs, then the targets as the
network's output columns, then the part of the split each row belongs to (train, validation
or test). The network's inputs are made from the raw ones in two steps, as in the lab:
  1. the input features of 2-D data (x, y, x², y², x·y, sin x, sin y), when the run chose any;
  2. the normalisation fitted by the lab on the training part: x' = (x − offset) / scale.
The lab trains in 32-bit floats and rounds to them after each step; so does this file.
"""

import csv
import math

import torch

PARTS = ("train", "validation", "test")

# The input features of 2-D data, from the two raw inputs a (x) and b (y).
FEATURES = {
    "x": lambda a, b: a,
    "y": lambda a, b: b,
    "xSquared": lambda a, b: a * a,
    "ySquared": lambda a, b: b * b,
    "xTimesY": lambda a, b: a * b,
    "sinX": lambda a, b: torch.sin(a),
    "sinY": lambda a, b: torch.sin(b),
}


def load_parts(data):
    """Reads data.csv into {part: (inputs, targets)}, both float32 tensors [rows, columns]."""
    n_raw, n_targets = len(data["rawInputs"]), len(data["targets"])
    rows = {part: ([], []) for part in PARTS}
    with open(data["file"], newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        next(reader)  # the header names the columns for people; they are read by position
        for line, row in enumerate(reader, start=2):
            if len(row) != n_raw + n_targets + 1 or row[-1] not in rows:
                raise ValueError(f"{data['file']} line {line}: unexpected row {row}")
            raw, targets = rows[row[-1]]
            raw.append([float(v) for v in row[:n_raw]])
            targets.append([float(v) for v in row[n_raw : n_raw + n_targets]])
    parts = {}
    for part, (raw, targets) in rows.items():
        raw = torch.tensor(raw, dtype=torch.float64).reshape(-1, n_raw)
        targets = torch.tensor(targets, dtype=torch.float32).reshape(-1, n_targets)
        parts[part] = (network_inputs(raw, data), targets)
    return parts


def network_inputs(raw, data):
    """The network's inputs from raw rows [rows, raw inputs] (float64): features, then
    normalisation, rounded to float32 after each step as the lab does."""
    x = raw
    if data["features"]:
        a, b = raw[:, 0], raw[:, 1]
        x = torch.stack([FEATURES[f](a, b) for f in data["features"]], dim=1)
        x = x.float().double()
    norm = data["normalization"]
    if norm:
        x = (x - torch.tensor(norm["offset"], dtype=torch.float64)) / torch.tensor(
            norm["scale"], dtype=torch.float64
        )
    return x.float()


MASK = 0xFFFFFFFF


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & MASK


class LabShuffle:
    """The lab's seeded shuffling, step for step: xoshiro128** seeded through splitmix32,
    and a Fisher–Yates shuffle of the previous epoch's order at the start of every epoch.
    The same seed gives the lab's batches, epoch after epoch."""

    def __init__(self, seed, rows):
        x = seed & MASK
        self.s = []
        for _ in range(4):
            x = (x + 0x9E3779B9) & MASK
            z = ((x ^ (x >> 16)) * 0x85EBCA6B) & MASK
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK
            self.s.append(z ^ (z >> 16))
        self.order = list(range(rows))

    def next_uint32(self):
        s0, s1, s2, s3 = self.s
        result = (_rotl((s1 * 5) & MASK, 7) * 9) & MASK
        t = (s1 << 9) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = _rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def next_epoch(self):
        """Shuffles the order in place and returns it (a list of row numbers)."""
        order = self.order
        for i in range(len(order) - 1, 0, -1):
            j = math.floor(self.next_uint32() / 4294967296 * (i + 1))
            order[i], order[j] = order[j], order[i]
        return order
`;

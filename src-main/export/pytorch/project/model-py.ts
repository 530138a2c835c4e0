// model.py of an exported PyTorch project: Python, kept as text (String.raw: backslashes stay as
// they are) so that every way of running the lab — the build, vitest, tsx — bundles it.
export default String.raw`"""The network of this run as a PyTorch module.

Every layer computes a = f(W·x + b), with W of shape [outputs, inputs] as the lab's engine
stores it (nn.Linear keeps its weight the same way round). The network returns the output
layer's pre-activations z; "output(z)" applies the output activation. Keeping the two apart
lets the loss work on z, which is exact and stable for sigmoid and softmax outputs.
"""

import json

import torch
import torch.nn.functional as F
from torch import nn

# The lab's activations, each a function of the pre-activations z and the activation's
# parameter a (the negative slope of leaky ReLU, α of ELU; unused by the others).
ACTIVATIONS = {
    "linear": lambda z, a: z,
    "sigmoid": lambda z, a: torch.sigmoid(z),
    "tanh": lambda z, a: torch.tanh(z),
    "relu": lambda z, a: torch.relu(z),
    "leaky_relu": lambda z, a: F.leaky_relu(z, a),
    "elu": lambda z, a: F.elu(z, a),
    "softplus": lambda z, a: F.softplus(z),
    "gelu": lambda z, a: F.gelu(z, approximate="tanh"),
    "softmax": lambda z, a: torch.softmax(z, dim=1),
    # Threshold units have derivative 0 wherever it exists; "+ 0 * z" keeps them in the
    # graph with that derivative, so that the layers before them still get a gradient.
    "step": lambda z, a: (z >= 0).to(z.dtype) + 0 * z,
    "sign": lambda z, a: (z >= 0).to(z.dtype) * 2 - 1 + 0 * z,
}


class Network(nn.Module):
    """Dense layers as described by config.json's "network"."""

    def __init__(self, spec):
        super().__init__()
        sizes = [spec["inputs"]] + [layer["units"] for layer in spec["layers"]]
        self.layers = nn.ModuleList(
            nn.Linear(n_in, n_out) for n_in, n_out in zip(sizes[:-1], sizes[1:])
        )
        self.activations = [
            (layer["activation"], layer.get("activationParam")) for layer in spec["layers"]
        ]

    def forward(self, x):
        """x: [rows, inputs] -> the output layer's pre-activations z: [rows, outputs]."""
        last = len(self.layers) - 1
        for i, (layer, (name, param)) in enumerate(zip(self.layers, self.activations)):
            x = layer(x)
            if i < last:
                x = ACTIVATIONS[name](x, param)
        return x

    def output(self, z):
        """The network's outputs from the output layer's pre-activations."""
        name, param = self.activations[-1]
        return ACTIVATIONS[name](z, param)


def load_weights(network, path):
    """Sets every layer's weights and biases from a JSON file {"W": [...], "b": [...]}."""
    with open(path, encoding="utf-8") as f:
        weights = json.load(f)
    with torch.no_grad():
        for layer, W, b in zip(network.layers, weights["W"], weights["b"]):
            layer.weight.copy_(torch.tensor(W, dtype=layer.weight.dtype))
            layer.bias.copy_(torch.tensor(b, dtype=layer.bias.dtype))


def save_weights(network, path):
    """Writes the weights in the same format load_weights reads (and the lab writes)."""
    weights = {
        "W": [layer.weight.detach().cpu().tolist() for layer in network.layers],
        "b": [layer.bias.detach().cpu().tolist() for layer in network.layers],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(weights, f)
`;

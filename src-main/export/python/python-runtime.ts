/**
 * The Python side of the engine's activations (src-engine/activations), formula for formula:
 * step and sign count 0 as "on", softplus is written so that it cannot overflow, GELU is the
 * tanh approximation, softmax is shifted by the row's maximum.
 */
export const PYTHON_RUNTIME = `
def _unpack(text, shape):
    import base64

    return np.frombuffer(base64.b64decode(text), dtype="<f8").reshape(shape)


def _activate(name, z, param):
    if name == "linear":
        return z
    if name == "step":
        return np.where(z >= 0, 1.0, 0.0)
    if name == "sign":
        return np.where(z >= 0, 1.0, -1.0)
    if name == "sigmoid":
        return 0.5 * (1.0 + np.tanh(0.5 * z))
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky_relu":
        return np.where(z > 0, z, param * z)
    if name == "elu":
        return np.where(z > 0, z, param * np.expm1(np.minimum(z, 0.0)))
    if name == "softplus":
        return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))
    if name == "gelu":
        return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)))
    if name == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise ValueError("unknown activation %r" % name)
`;

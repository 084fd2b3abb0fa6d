"""Reference solutions of assignment 02: L2 regularization."""

import numpy as np

from dlbasics import nn


def compute_cost_with_regularization(AL, Y, parameters, lambd):
    """Cross-entropy cost plus the L2 penalty lambd / (2m) * sum_l ||W[l]||_F^2.

    Inputs: AL, Y -- (classes, m) softmax output and one-hot labels; parameters -- dict with
      W{l}, b{l}; lambd -- float, the regularization strength.
    Returns: the regularized cost, a Python float.
    Side effects: none; the inputs are left unchanged.
    """
    m = Y.shape[1]
    cross_entropy = nn.compute_cost(AL, Y)
    L = nn.num_layers(parameters)
    squared_weights = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * squared_weights)


def backward_propagation_with_regularization(X, Y, caches, lambd):
    """Gradients of the L2-regularized cost for [LINEAR -> RELU] x (L-1) -> LINEAR -> SOFTMAX.

    Inputs: X (n_x, m); Y (classes, m) one-hot; caches -- from nn.model_forward, one dict per
      layer with "A_prev", "W", "b", "Z"; lambd -- float.
    Returns: grads {"dW1", "db1", ..., "dWL", "dbL"}, each with its parameter's shape.
    Side effects: none; the inputs are left unchanged.
    """
    m = Y.shape[1]
    L = len(caches)
    AL = nn.softmax(caches[-1]["Z"])
    grads = {}
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads

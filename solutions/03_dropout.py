"""Reference solutions of assignment 03: dropout."""

import numpy as np

from dlbasics import nn


def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    """Forward pass with inverted dropout on the hidden activations.

    Inputs: X (n_x, m); parameters {"W1", "b1", ...}; keep_prob -- probability of keeping a
      hidden unit; seed -- seed of the masks.
    Returns: (AL (classes, m), caches) where caches[l-1] holds "A_prev", "W", "b", "Z" and,
      for hidden layers l < L, the boolean mask "D" (n_l, m) of layer l's activation.
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    """Backward pass of forward_propagation_with_dropout, reusing the stored masks.

    Inputs: X (n_x, m); Y (classes, m) one-hot; caches from the forward pass; keep_prob.
    Returns: grads {"dW1", "db1", ...} with the parameters' shapes and dtype.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(caches)
    m = X.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            below = caches[l - 2]
            dA_prev = dA_prev * below["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, below["Z"])
    return grads

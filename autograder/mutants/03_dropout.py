"""Mutants of assignment 03: dropout."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant
from dlbasics import nn

# ---------------------------------------------------------------- forward propagation


@mutant("dropout_not_rescaled", expect="not rescaled")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(Z.shape[0], Z.shape[1]) < keep_prob
            A = nn.relu(Z) * D
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("dropout_multiplies_by_keep_prob", expect="multiplied by keep_prob")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D * keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("keep_and_drop_swapped", expect="swapped")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(*Z.shape) > keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("mask_drawn_with_randn", expect="uniform distribution")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.randn(*Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("dropout_on_output_layer", expect="never to the output layer")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        A = nn.relu(Z) if l < L else nn.softmax(Z)
        D = rng.random(A.shape) < keep_prob
        A = A * D / keep_prob
        caches[-1]["D"] = D
    return A, caches


@mutant("dropout_on_input", expect="input features")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    D0 = rng.random(X.shape) < keep_prob
    A, caches = X * D0 / keep_prob, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("mask_applied_to_z", expect="applied to Z instead of to the activation")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            Z = Z * D / keep_prob
            caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": D})
            A = nn.relu(Z)
        else:
            caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
            A = nn.softmax(Z)
    return A, caches


@mutant("float64_mask_upcasts_float32", expect="upcasts the activations")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = (np.random.rand(*Z.shape) < keep_prob).astype(float)
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("one_mask_per_unit_for_all_examples", expect="every unit and every example")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random((Z.shape[0], 1)) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("mask_stored_but_not_applied", expect="never multiplied by the mask")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            cache["D"] = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("ignores_seed", expect="same `seed`")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(*Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("hard_coded_seed", expect="ignores its `seed`")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(1)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@mutant("reseeds_every_layer", expect="exactly the same mask")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            np.random.seed(seed)
            D = np.random.rand(*Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


# --------------------------------------------------------------- backward propagation


@mutant("backward_fresh_mask", expect="fresh mask")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = np.random.rand(*dA_prev.shape) < keep_prob
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@mutant("backward_not_rescaled", expect="not rescaled")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"]
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@mutant("backward_ignores_mask", expect="ignore the dropout masks")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    AL = nn.softmax(caches[-1]["Z"])
    return nn.model_backward(AL, Y, caches)


@mutant("backward_multiplies_by_keep_prob", expect="multiplied by keep_prob")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] * keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@mutant("backward_uses_z_as_probabilities", expect="softmax")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (caches[-1]["Z"] - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@mutant("backward_not_averaged_over_m", expect="m times too large")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads



@mutant("backward_seeded_fresh_mask", expect="fresh mask")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    np.random.seed(1)
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = np.random.rand(dA_prev.shape[0], dA_prev.shape[1]) < keep_prob
            dZ = nn.relu_backward(dA_prev * D / keep_prob, caches[l - 2]["Z"])
    return grads


@mutant("backward_skips_relu_derivative", expect="ReLU's derivative")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob
    return grads

"""Mutants of assignment 02: L2 regularization."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant
from dlbasics import nn


@mutant("cost_penalty_missing_1_over_m", expect="missing the 1/m")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    L = nn.num_layers(parameters)
    penalty = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return nn.compute_cost(AL, Y) + lambd / 2 * penalty


@mutant("cost_penalty_missing_half", expect="missing the 1/2")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    penalty = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return nn.compute_cost(AL, Y) + lambd / m * penalty


@mutant("cost_penalizes_biases", expect="never the biases")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    penalty = sum(np.sum(np.square(value)) for value in parameters.values())
    return nn.compute_cost(AL, Y) + lambd / (2 * m) * penalty


@mutant("cost_penalty_skips_last_layer", expect="leaves out the last layer")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    penalty = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L))
    return nn.compute_cost(AL, Y) + lambd / (2 * m) * penalty


@mutant("cost_norm_not_squared", expect="instead of their squares")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    penalty = sum(np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1))
    return nn.compute_cost(AL, Y) + lambd / (2 * m) * penalty


@mutant("cost_m_from_classes_axis", expect="wrong axis")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[0]
    L = nn.num_layers(parameters)
    penalty = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return -np.sum(Y * np.log(AL)) / m + lambd / (2 * m) * penalty


@mutant("cost_binary_cross_entropy", expect="binary")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m
    L = nn.num_layers(parameters)
    penalty = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return cross_entropy + lambd / (2 * m) * penalty


@mutant("cost_penalty_only", expect="only the L2 term")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    return lambd / (2 * m) * sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))


@mutant("backward_penalty_on_last_layer_only", expect="last layer")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = nn.model_backward(nn.softmax(caches[-1]["Z"]), Y, caches)
    grads[f"dW{L}"] = grads[f"dW{L}"] + lambd / m * caches[-1]["W"]
    return grads


@mutant("backward_penalty_missing_1_over_m", expect="without the 1/m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@mutant("backward_penalty_doubled", expect="twice too large")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + 2 * lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@mutant("backward_penalizes_biases", expect="biases are not penalized")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) + lambd / m * cache["b"]
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@mutant("backward_no_penalty", expect="No dW has an L2 term")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    return nn.model_backward(nn.softmax(caches[-1]["Z"]), Y, caches)


@mutant("backward_penalty_wrong_sign", expect="wrong sign")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T - lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@mutant("backward_penalty_skips_first_layer", expect="`dW1` is missing")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 1, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    grads["dW1"] = dZ @ X.T
    grads["db1"] = np.sum(dZ, axis=1, keepdims=True)
    return grads


@mutant("backward_db_not_averaged", expect="m times too large")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@mutant("backward_skips_relu_derivative", expect="goes back from layer")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        dZ = cache["W"].T @ dZ
    return grads

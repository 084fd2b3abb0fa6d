"""Reference solutions of assignment 01: initialization."""

import numpy as np


def initialize_parameters_zeros(layer_dims):
    """All weights and biases zero.

    Inputs: layer_dims -- list [n0, n1, ..., nL] of layer sizes.
    Returns: dict with W{l} (n_l, n_{l-1}) and b{l} (n_l, 1), all zeros.
    Side effects: none; the inputs are left unchanged.
    """
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    """Standard-normal weights times ``scale``, zero biases.

    Inputs: layer_dims -- [n0, ..., nL]; scale -- multiplier of the weights; seed -- RNG seed.
    Returns: dict with W{l} (n_l, n_{l-1}) ~ N(0, scale^2) and b{l} (n_l, 1) zeros.
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_he(layer_dims, seed=3):
    """He initialization: weights ~ N(0, 2 / n_{l-1}), zero biases.

    Inputs: layer_dims -- [n0, ..., nL]; seed -- RNG seed.
    Returns: dict with W{l} (n_l, n_{l-1}) and b{l} (n_l, 1).
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


def initialize_parameters_xavier(layer_dims, seed=3):
    """Xavier initialization: weights ~ N(0, 1 / n_{l-1}), zero biases.

    Inputs: layer_dims -- [n0, ..., nL]; seed -- RNG seed.
    Returns: dict with W{l} (n_l, n_{l-1}) and b{l} (n_l, 1).
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters

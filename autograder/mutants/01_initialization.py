"""Mutants of assignment 01: initialization."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant


@mutant("zeros_weights_are_ones", expect="not all zeros")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.ones((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("zeros_transposed_weights", expect="shape")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("zeros_skips_last_layer", expect="missing the key")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("zeros_flat_bias", expect="shape")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros(layer_dims[l])
    return parameters


@mutant("random_ignores_scale", expect="ignore `scale`")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("random_hard_coded_scale", expect="hard-coded 10")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 10
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("random_uniform_weights", expect="not centred")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("random_biases", expect="`b1` is not zero")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.random.randn(layer_dims[l], 1) * scale
    return parameters


@mutant("random_ignores_seed", expect="same `seed`")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("he_uses_xavier_scale", expect="Xavier's sqrt(1/n[l-1])")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("he_fan_in_of_wrong_layer", expect="fan-in of the wrong layer")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(2 / layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("he_variance_as_std", expect="take its square root")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * 2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("he_random_biases", expect="`b1` is not zero")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * std
        parameters[f"b{l}"] = np.random.randn(layer_dims[l], 1) * std
    return parameters


@mutant("he_hard_coded_seed", expect="different seeds")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("xavier_uses_he_scale", expect="He's sqrt(2/n[l-1])")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("xavier_fan_average", expect="average of fan-in and fan-out")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("xavier_fan_in_of_wrong_layer", expect="fan-in of the wrong layer")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1 / layer_dims[l])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@mutant("xavier_ignores_seed", expect="same `seed`")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1 / layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters

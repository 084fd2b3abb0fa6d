"""Assignment 03 (dropout): the reference against independent oracles, and the hidden checks
against other correct implementations and the catalog's misconceptions on many seeds."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from autograder.checks import check_function
from autograder.misconceptions import load_catalog
from dlbasics import nn
from dlbasics.gradcheck import dictionary_to_vector, gradients_to_vector, vector_to_dictionary
from dlbasics.public_tests import PublicTestFailure
from dlbasics.public_tests import dropout as public_tests

NOTEBOOK = "03_dropout"
reference = importlib.import_module(f"solutions.{NOTEBOOK}")
FORWARD, BACKWARD = "forward_propagation_with_dropout", "backward_propagation_with_dropout"


def _problem(dims, m, seed, dtype=np.float64):
    """Inputs (n0, m), one-hot labels (nL, m) and He-scaled parameters with non-zero biases."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m)).astype(dtype)
    Y = np.eye(dims[-1], dtype=dtype)[:, rng.integers(0, dims[-1], m)]
    parameters = {}
    for l in range(1, len(dims)):
        W = rng.standard_normal((dims[l], dims[l - 1])) * np.sqrt(2 / dims[l - 1])
        parameters[f"W{l}"] = W.astype(dtype)
        parameters[f"b{l}"] = (0.1 * rng.standard_normal((dims[l], 1))).astype(dtype)
    return X, Y, parameters


def _cost_with_fixed_masks(theta, layout, X, Y, masks, keep_prob):
    """Cross-entropy of the dropout network whose masks are given: an independent forward."""
    parameters = vector_to_dictionary(theta, layout)
    L = len(layout) // 2
    A = X
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        A = np.maximum(Z, 0) * masks[l - 1] / keep_prob if l < L else nn.softmax(Z)
    return -np.sum(Y * np.log(A)) / Y.shape[1]


CONFIGS = [([5, 6, 4], 7, 0.5), ([6, 7, 5, 3], 8, 0.7), ([4, 6, 5, 5, 3], 9, 0.35)]


@pytest.mark.parametrize("dims,m,keep_prob", CONFIGS, ids=["1 hidden", "2 hidden", "3 hidden"])
def test_backward_matches_numerical_gradient_with_fixed_masks(dims, m, keep_prob):
    X, Y, parameters = _problem(dims, m, seed=len(dims))
    _, caches = reference.forward_propagation_with_dropout(X, parameters, keep_prob, seed=3)
    masks = [cache["D"] for cache in caches[:-1]]
    assert any(not D.all() for D in masks), "the masks should drop something"
    grads = reference.backward_propagation_with_dropout(X, Y, caches, keep_prob)

    theta, layout = dictionary_to_vector(parameters)
    epsilon = 1e-6
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        approx[i] = (_cost_with_fixed_masks(plus, layout, X, Y, masks, keep_prob)
                     - _cost_with_fixed_masks(minus, layout, X, Y, masks, keep_prob)
                     ) / (2 * epsilon)
    exact = gradients_to_vector(grads, layout)
    difference = np.linalg.norm(exact - approx) / (np.linalg.norm(exact) + np.linalg.norm(approx))
    assert difference < 1e-7, f"relative difference {difference:.2e}"


def test_backward_matches_tensorflow_gradient_tape():
    tf = pytest.importorskip("tensorflow")
    dims, keep_prob = [6, 8, 7, 4], 0.6
    X, Y, parameters = _problem(dims, 10, seed=11)
    _, caches = reference.forward_propagation_with_dropout(X, parameters, keep_prob, seed=5)
    grads = reference.backward_propagation_with_dropout(X, Y, caches, keep_prob)

    variables = {key: tf.Variable(value) for key, value in parameters.items()}
    with tf.GradientTape() as tape:
        A = tf.constant(X)
        for l in range(1, 4):
            Z = variables[f"W{l}"] @ A + variables[f"b{l}"]
            A = tf.nn.relu(Z) * tf.cast(caches[l - 1]["D"], Z.dtype) / keep_prob if l < 3 else Z
        # TensorFlow's convention: examples are rows, the loss takes logits
        cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(tf.transpose(Y),
                                                                      tf.transpose(A)))
    tape_grads = tape.gradient(cost, variables)
    for key, value in tape_grads.items():
        np.testing.assert_allclose(grads[f"d{key}"], value.numpy(), rtol=1e-9, atol=1e-12,
                                   err_msg=key)


def test_forward_scales_like_keras_dropout():
    tf = pytest.importorskip("tensorflow")
    X, _, parameters = _problem([20, 300, 10], 50, seed=2)
    keep_prob = 0.7
    _, caches = reference.forward_propagation_with_dropout(X, parameters, keep_prob, seed=0)
    activation = nn.relu(caches[0]["Z"])
    ours = caches[1]["A_prev"]
    keras = tf.keras.layers.Dropout(rate=1 - keep_prob, seed=0)(activation,
                                                                 training=True).numpy()
    for output in (ours, keras):
        kept = output != 0
        np.testing.assert_allclose(output[kept], activation[kept] / keep_prob, rtol=1e-6)
        assert abs(kept.sum() / (activation != 0).sum() - keep_prob) < 0.03


def test_keep_prob_one_is_the_plain_network():
    X, Y, parameters = _problem([7, 9, 6, 4], 12, seed=4, dtype=np.float32)
    AL, caches = reference.forward_propagation_with_dropout(X, parameters, keep_prob=1.0)
    AL_plain, caches_plain = nn.model_forward(X, parameters)
    np.testing.assert_array_equal(AL, AL_plain)
    assert all(cache["D"].all() for cache in caches[:-1])
    grads = reference.backward_propagation_with_dropout(X, Y, caches, keep_prob=1.0)
    for key, value in nn.model_backward(AL_plain, Y, caches_plain).items():
        np.testing.assert_array_equal(grads[key], value)


def test_inverted_dropout_preserves_the_expected_activation():
    X, _, parameters = _problem([10, 30, 5], 40, seed=6)
    keep_prob = 0.4
    runs = [reference.forward_propagation_with_dropout(X, parameters, keep_prob, seed=s)[1]
            for s in range(400)]
    average = np.mean([caches[1]["A_prev"] for caches in runs], axis=0)
    activation = nn.relu(runs[0][0]["Z"])
    # 400 draws: the standard error of each average is activation * sqrt((1-p)/p / 400)
    assert np.all(np.abs(average - activation) <= 6 * activation * np.sqrt(1.5 / 400) + 1e-12)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_dtypes_are_kept(dtype):
    X, Y, parameters = _problem([6, 8, 5, 3], 10, seed=8, dtype=dtype)
    AL, caches = reference.forward_propagation_with_dropout(X, parameters, 0.7, seed=2)
    assert AL.dtype == dtype
    assert all(c[k].dtype == dtype for c in caches for k in ("A_prev", "Z"))
    assert all(c["D"].dtype == bool for c in caches[:-1])
    grads = reference.backward_propagation_with_dropout(X, Y, caches, 0.7)
    assert all(g.dtype == dtype for g in grads.values())


# ------------------------------------------- the hidden checks on other correct solutions

def forward_with_legacy_rng(X, parameters, keep_prob=0.8, seed=1):
    """Correct, with np.random.seed + rand, a mask multiplied in the activation's dtype (and
    stored as the documented boolean) and an extra key "A" in every cache."""
    np.random.seed(seed)
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = np.dot(W, A) + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            A = np.maximum(0, Z)
            D = (np.random.rand(A.shape[0], A.shape[1]) < keep_prob).astype(A.dtype)
            A = A * D
            A = A / keep_prob
            cache["D"] = D.astype(bool)
        else:
            A = nn.softmax(Z)
        cache["A"] = A
        caches.append(cache)
    return A, caches


def forward_with_binomial(X, parameters, keep_prob=0.8, seed=1):
    """Correct, with masks from a binomial draw of another generator."""
    rng = np.random.Generator(np.random.PCG64(seed + 12345))
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        caches.append({"A_prev": A, "W": parameters[f"W{l}"], "b": parameters[f"b{l}"],
                       "Z": Z})
        if l < L:
            D = rng.binomial(1, keep_prob, size=Z.shape).astype(bool)
            caches[-1]["D"] = D
            A = np.where(D, np.maximum(Z, 0) / keep_prob, 0).astype(Z.dtype)
        else:
            A = np.exp(Z - Z.max(axis=0)) / np.exp(Z - Z.max(axis=0)).sum(axis=0)
    return A, caches


def backward_with_dA_keys(X, Y, caches, keep_prob):
    """Correct, written with np.where and extra dA keys in grads."""
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    for l in reversed(range(1, L + 1)):
        cache = caches[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, cache["A_prev"].T)
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            below = caches[l - 2]
            dA = np.dot(cache["W"].T, dZ)
            dA = np.where(below["D"], dA / keep_prob, 0).astype(dA.dtype)
            grads["dA" + str(l - 1)] = dA
            dZ = np.where(below["Z"] > 0, dA, 0).astype(dA.dtype)
    return grads


SEEDS = range(12)


@pytest.mark.parametrize("function", [forward_with_legacy_rng, forward_with_binomial],
                         ids=lambda f: f.__name__)
def test_forward_check_accepts_other_correct_implementations(function):
    for seed in SEEDS:
        result = check_function(NOTEBOOK, f"test_{FORWARD}", function, seed)
        assert result.passed, f"seed {seed}: {result.message}"


def test_backward_check_accepts_another_correct_implementation():
    for seed in SEEDS:
        result = check_function(NOTEBOOK, f"test_{BACKWARD}", backward_with_dA_keys, seed)
        assert result.passed, f"seed {seed}: {result.message}"


def test_reference_passes_and_misconceptions_are_named_on_many_seeds():
    for name in (FORWARD, BACKWARD):
        for seed in range(100, 100 + len(SEEDS)):
            result = check_function(NOTEBOOK, f"test_{name}", getattr(reference, name), seed)
            assert result.passed, f"{name}, seed {seed}: {result.message}"
    for entry in load_catalog(NOTEBOOK):
        for seed in range(100, 100 + len(SEEDS)):
            result = check_function(NOTEBOOK, f"test_{entry.function}", entry.build(), seed)
            assert result.misconception == entry.name, (f"{entry.name}, seed {seed}: "
                                                        f"{result.message}")


# --------------------------------------------------------------------- the public tests

def test_public_tests_pass_the_reference():
    for name in (FORWARD, BACKWARD):
        getattr(public_tests, f"test_{name}")(getattr(reference, name))


@pytest.mark.parametrize("name", ["dropout_not_rescaled", "dropout_on_input",
                                  "dropout_float64_mask_upcasts", "backward_fresh_mask",
                                  "backward_not_rescaled", "backward_ignores_masks"])
def test_public_tests_reject_misconceptions(name):
    entry = next(m for m in load_catalog(NOTEBOOK) if m.name == name)
    with pytest.raises(PublicTestFailure):
        getattr(public_tests, f"test_{entry.function}")(entry.build())

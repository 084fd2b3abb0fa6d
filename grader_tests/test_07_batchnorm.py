"""The reference of assignment 07 (batch normalization) against independent oracles.

* Keras ``BatchNormalization`` (float64): train-mode and inference outputs, moving statistics
  after several steps, with our ``momentum`` and ``eps`` passed as Keras' ``momentum`` and
  ``epsilon``; and a Keras model of the whole BN network for ``model_forward_with_batchnorm``.
* Numerical gradients (two-sided differences) and ``tf.GradientTape`` for both backward
  passes, and numerical gradients for the notebook's own backward helpers (BN before and
  after the ReLU), which its training experiments rely on.
* Correct implementations written differently from the reference pass the hidden checks.
"""

from __future__ import annotations

import ast
import copy
import importlib

import jupytext
import numpy as np
import pytest

from autograder import TEMPLATES_DIR
from autograder.checks import check_function
from dlbasics import nn

NOTEBOOK = "07_batchnorm"
ref = importlib.import_module(f"solutions.{NOTEBOOK}")


def _keras():
    import os

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import keras

    return keras


def _bn_param(n, momentum=0.9, eps=1e-5, mode="train"):
    return {"mode": mode, "eps": eps, "momentum": momentum,
            "running_mean": np.zeros((n, 1)), "running_var": np.ones((n, 1))}


def _skewed(rng, n, m):
    noise = rng.standard_normal((n, m))
    return rng.uniform(-3, 3, (n, 1)) + rng.uniform(0.5, 3, (n, 1)) * (noise + 0.5 * noise ** 2)


# ----------------------------------------------------------------------------- Keras oracles

@pytest.mark.parametrize("momentum,eps", [(0.9, 1e-5), (0.75, 0.05)])
def test_forward_matches_keras_batchnormalization(momentum, eps):
    keras = _keras()
    rng = np.random.default_rng(0)
    n, m = 5, 12
    gamma, beta = rng.uniform(0.5, 2, (n, 1)), rng.uniform(-1, 1, (n, 1))
    layer = keras.layers.BatchNormalization(axis=-1, momentum=momentum, epsilon=eps,
                                            dtype="float64")
    layer.build((None, n))
    layer.set_weights([gamma.ravel(), beta.ravel(), np.zeros(n), np.ones(n)])
    bn_param = _bn_param(n, momentum, eps)
    for _ in range(4):  # several training steps: outputs and moving statistics
        Z = _skewed(rng, n, m)
        bn_param["mode"] = "train"
        out, _ = ref.batchnorm_forward(Z, gamma, beta, bn_param)
        want = np.asarray(layer(Z.T, training=True)).T
        np.testing.assert_allclose(out, want, rtol=1e-9, atol=1e-10)
        np.testing.assert_allclose(bn_param["running_mean"].ravel(),
                                   np.asarray(layer.moving_mean), rtol=1e-10)
        np.testing.assert_allclose(bn_param["running_var"].ravel(),
                                   np.asarray(layer.moving_variance), rtol=1e-10)
    Z = _skewed(rng, n, 7)
    bn_param["mode"] = "test"
    before = copy.deepcopy(bn_param)
    out, _ = ref.batchnorm_forward(Z, gamma, beta, bn_param)
    np.testing.assert_allclose(out, np.asarray(layer(Z.T, training=False)).T, rtol=1e-9,
                               atol=1e-10)
    np.testing.assert_array_equal(bn_param["running_mean"], before["running_mean"])
    np.testing.assert_array_equal(bn_param["running_var"], before["running_var"])


def test_model_forward_matches_keras_network():
    keras = _keras()
    rng = np.random.default_rng(1)
    dims, m = [6, 5, 4, 3], 9
    parameters = {"W1": rng.standard_normal((5, 6)), "gamma1": rng.uniform(0.5, 2, (5, 1)),
                  "beta1": rng.uniform(-1, 1, (5, 1)), "W2": rng.standard_normal((4, 5)),
                  "gamma2": rng.uniform(0.5, 2, (4, 1)), "beta2": rng.uniform(-1, 1, (4, 1)),
                  "W3": rng.standard_normal((3, 4)), "b3": rng.uniform(-1, 1, (3, 1))}
    inputs = keras.Input((dims[0],), dtype="float64")
    x = inputs
    for l in (1, 2):
        x = keras.layers.Dense(dims[l], use_bias=False, dtype="float64")(x)
        x = keras.layers.BatchNormalization(momentum=0.8, epsilon=1e-3, dtype="float64")(x)
        x = keras.layers.ReLU(dtype="float64")(x)
    outputs = keras.layers.Dense(dims[3], activation="softmax", dtype="float64")(x)
    model = keras.Model(inputs, outputs)
    model.set_weights([parameters["W1"].T, parameters["gamma1"].ravel(),
                       parameters["beta1"].ravel(), np.zeros(5), np.ones(5),
                       parameters["W2"].T, parameters["gamma2"].ravel(),
                       parameters["beta2"].ravel(), np.zeros(4), np.ones(4),
                       parameters["W3"].T, parameters["b3"].ravel()])
    bn_params = [_bn_param(5, 0.8, 1e-3), _bn_param(4, 0.8, 1e-3)]
    for mode in ("train", "train", "test"):
        X = rng.uniform(0, 1, (dims[0], m))
        AL, caches = ref.model_forward_with_batchnorm(X, parameters, bn_params, mode)
        want = np.asarray(model(X.T, training=mode == "train")).T
        np.testing.assert_allclose(AL, want, rtol=1e-8, atol=1e-12)
        assert len(caches) == 3
    bn_layers = [layer for layer in model.layers
                 if isinstance(layer, keras.layers.BatchNormalization)]
    for bn_param, layer in zip(bn_params, bn_layers):
        np.testing.assert_allclose(bn_param["running_mean"].ravel(), layer.moving_mean,
                                   rtol=1e-10)
        np.testing.assert_allclose(bn_param["running_var"].ravel(), layer.moving_variance,
                                   rtol=1e-10)


# ----------------------------------------------------------------------------- gradients

def _numerical_gradient(J, x, epsilon=1e-6):
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        saved = x[index]
        x[index] = saved + epsilon
        plus = J()
        x[index] = saved - epsilon
        minus = J()
        x[index] = saved
        grad[index] = (plus - minus) / (2 * epsilon)
    return grad


def _relative_difference(a, b):
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


@pytest.mark.parametrize("backward", ["batchnorm_backward", "batchnorm_backward_alt"])
@pytest.mark.parametrize("eps", [1e-5, 0.3])
def test_backward_matches_numerical_gradients(backward, eps):
    rng = np.random.default_rng(2)
    n, m = 4, 7
    Z = _skewed(rng, n, m)
    gamma, beta = rng.uniform(-2, 2, (n, 1)), rng.uniform(-1, 1, (n, 1))
    dout = rng.standard_normal((n, m)) + 0.5

    def J():
        out, _ = ref.batchnorm_forward(Z, gamma, beta, _bn_param(n, eps=eps))
        return np.sum(dout * out)

    _, cache = ref.batchnorm_forward(Z, gamma, beta, _bn_param(n, eps=eps))
    dZ, dgamma, dbeta = getattr(ref, backward)(dout, cache)
    for analytic, x in ((dZ, Z), (dgamma, gamma), (dbeta, beta)):
        assert analytic.shape == x.shape
        assert _relative_difference(analytic, _numerical_gradient(J, x)) < 1e-7


@pytest.mark.parametrize("backward", ["batchnorm_backward", "batchnorm_backward_alt"])
def test_backward_matches_gradient_tape(backward):
    import tensorflow as tf

    rng = np.random.default_rng(3)
    n, m, eps = 5, 10, 1e-3
    Z = _skewed(rng, n, m)
    gamma, beta = rng.uniform(-2, 2, (n, 1)), rng.uniform(-1, 1, (n, 1))
    dout = rng.standard_normal((n, m))
    Z_t, gamma_t, beta_t = (tf.Variable(a) for a in (Z, gamma, beta))
    with tf.GradientTape() as tape:
        mean, var = tf.nn.moments(Z_t, axes=[1], keepdims=True)
        out = tf.nn.batch_normalization(Z_t, mean, var, beta_t, gamma_t, eps)
        J = tf.reduce_sum(dout * out)
    want = tape.gradient(J, [Z_t, gamma_t, beta_t])
    _, cache = ref.batchnorm_forward(Z, gamma, beta, _bn_param(n, eps=eps))
    for got, w in zip(getattr(ref, backward)(dout, cache), want):
        np.testing.assert_allclose(got, w.numpy(), rtol=1e-8, atol=1e-10)


def _notebook_helpers() -> dict:
    """The functions defined in the template's given (non-graded) code cells, with the
    reference's graded functions in scope."""
    graded = ("batchnorm_forward", "batchnorm_backward", "batchnorm_backward_alt",
              "model_forward_with_batchnorm")
    namespace = {"np": np, "nn": nn, **{name: getattr(ref, name) for name in graded}}
    for cell in jupytext.read(TEMPLATES_DIR / f"{NOTEBOOK}.py").cells:
        if cell.cell_type != "code" or "nbgrader" in cell.metadata:
            continue
        definitions = [node for node in ast.parse(cell.source).body
                       if isinstance(node, ast.FunctionDef)]
        exec(compile(ast.Module(definitions, type_ignores=[]), "template", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("variant", ["before_relu", "after_relu"])
def test_notebook_network_backward_matches_numerical_gradients(variant):
    helpers = _notebook_helpers()
    if variant == "before_relu":
        init = helpers["initialize_parameters_with_batchnorm"]
        forward, backward = ref.model_forward_with_batchnorm, helpers[
            "model_backward_with_batchnorm"]
    else:
        init = helpers["initialize_parameters_bn_after_relu"]
        forward, backward = (helpers["model_forward_bn_after_relu"],
                             helpers["model_backward_bn_after_relu"])
    rng = np.random.default_rng(4)
    dims, m = [5, 4, 3, 3], 6
    parameters = {k: v.astype(np.float64) for k, v in init(dims, seed=4).items()}
    for key in parameters:  # move gamma, beta and the biases away from 1 and 0
        if not key.startswith("W"):
            parameters[key] += rng.uniform(-0.5, 0.5, parameters[key].shape)
    X = rng.uniform(0, 1, (dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(dims[-1], size=m)]

    def fresh():
        return helpers["initialize_bn_params"](dims)

    def J():
        AL, _ = forward(X, parameters, fresh(), "train")
        return nn.compute_cost(AL, Y)

    AL, caches = forward(X, parameters, fresh(), "train")
    grads = backward(AL, Y, caches)
    assert set(grads) == {f"d{key}" for key in parameters}
    for key, value in parameters.items():
        numeric = _numerical_gradient(J, value)
        assert _relative_difference(grads[f"d{key}"], numeric) < 1e-6, key


# ----------------------------------------------------------------------------- robustness

def batchnorm_forward_in_place(Z, gamma, beta, bn_param):
    """A correct forward pass written differently: moments by hand, in-place updates."""
    eps, rho = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "test":
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    else:
        mu = np.sum(Z, axis=1, keepdims=True) / Z.shape[1]
        var = np.mean(Z ** 2, axis=1, keepdims=True) - mu ** 2
        bn_param["running_mean"] *= rho
        bn_param["running_mean"] += (1 - rho) * mu
        bn_param["running_var"] *= rho
        bn_param["running_var"] += (1 - rho) * var
    Z_norm = (Z - mu) * (var + eps) ** -0.5
    return gamma * Z_norm + beta, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                   "gamma": gamma, "eps": eps}


def batchnorm_backward_via_centered(dout, cache):
    """A correct backward pass through the centred values instead of Z_norm."""
    centered = cache["Z"] - cache["mu"]
    std = np.sqrt(cache["var"] + cache["eps"])
    dZ_norm = dout * cache["gamma"]
    dZ = (dZ_norm - dZ_norm.mean(axis=1, keepdims=True)
          - centered * (dZ_norm * centered).mean(axis=1, keepdims=True) / std ** 2) / std
    dgamma = np.sum(dout * centered / std, axis=1, keepdims=True)
    return dZ, dgamma, np.sum(dout, axis=1, keepdims=True)


@pytest.mark.parametrize("seed", range(3))
def test_differently_written_correct_code_passes(seed):
    assert check_function(NOTEBOOK, "test_batchnorm_forward", batchnorm_forward_in_place,
                          seed).passed
    for grade_id in ("test_batchnorm_backward", "test_batchnorm_backward_alt"):
        result = check_function(NOTEBOOK, grade_id, batchnorm_backward_via_centered, seed)
        assert result.passed, result.message


def test_running_statistics_forget_their_start_at_the_momentum_rate():
    """After t identical batches the running mean holds momentum**t of its start."""
    rng = np.random.default_rng(5)
    Z = _skewed(rng, 3, 8)
    bn_param = _bn_param(3, momentum=0.8)
    for _ in range(6):
        ref.batchnorm_forward(Z, np.ones((3, 1)), np.zeros((3, 1)), bn_param)
    mu = Z.mean(axis=1, keepdims=True)
    np.testing.assert_allclose(bn_param["running_mean"], (1 - 0.8 ** 6) * mu, rtol=1e-12)

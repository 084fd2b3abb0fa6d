"""Assignment 04 (gradient checking): the reference against independent oracles.

* every backward pass (the reference fix, the notebook's buggy one) against a central
  difference written here, on the notebook's own forward pass;
* the two checkers against closed forms (the two-sided error of a cubic) and against a
  numerical gradient computed here;
* the harness adapters, and the copy of the forward pass the hidden checks use.
"""

from __future__ import annotations

import importlib

import jupytext
import numpy as np
import pytest

from autograder import TEMPLATES_DIR
from autograder.checks import check_function
from dlbasics import data, gradcheck, nn
from dlbasics.harness import gradient_checking as harness

NOTEBOOK = "04_gradient_checking"
reference = importlib.import_module(f"solutions.{NOTEBOOK}")
checks = importlib.import_module(f"autograder.checks.{NOTEBOOK}")


@pytest.fixture(scope="module")
def notebook_code():
    """The notebook's provided forward_tanh_relu and backward_propagation_buggy."""
    namespace = {"np": np, "nn": nn}
    for cell in jupytext.read(TEMPLATES_DIR / f"{NOTEBOOK}.py").cells:
        if any(f"def {name}(" in cell.source
               for name in ("forward_tanh_relu", "backward_propagation_buggy")):
            exec(cell.source, namespace)
    return namespace


def _tanh_network(seed, dims=(6, 5, 4, 3), m=7):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.normal(0, 1 / np.sqrt(dims[l - 1]), (dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0, 0.3, (dims[l], 1))
    X = rng.normal(0.3, 1.0, (dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    return parameters, X, Y


def _numerical_gradient(cost, parameters, epsilon=1e-6):
    """Central differences of cost(parameters), entry by entry, as a dict {"dW1": ...}."""
    grads = {}
    for key, value in parameters.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            moved = {k: v.copy() for k, v in parameters.items()}
            moved[key][index] += epsilon
            plus = cost(moved)
            moved[key][index] -= 2 * epsilon
            grad[index] = (plus - cost(moved)) / (2 * epsilon)
        grads[f"d{key}"] = grad
    return grads


def _relative_error(a, b):
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


def _cost_of(forward, X, Y):
    return lambda parameters: nn.compute_cost(forward(X, parameters)[0], Y)


@pytest.mark.parametrize("seed", range(4))
def test_fixed_backward_matches_numerical_gradient(notebook_code, seed):
    forward = notebook_code["forward_tanh_relu"]
    parameters, X, Y = _tanh_network(seed)
    AL, caches = forward(X, parameters)
    grads = reference.backward_propagation_fixed(AL, Y, caches)
    numerical = _numerical_gradient(_cost_of(forward, X, Y), parameters)
    assert set(grads) == set(numerical)
    for key in numerical:
        assert _relative_error(grads[key], numerical[key]) < 1e-7, key


def test_fixed_backward_is_not_the_library_backward(notebook_code):
    parameters, X, Y = _tanh_network(0)
    AL, caches = notebook_code["forward_tanh_relu"](X, parameters)
    fixed = reference.backward_propagation_fixed(AL, Y, caches)
    library = nn.model_backward(AL, Y, caches)
    assert not np.allclose(fixed["dW1"], library["dW1"])


def test_buggy_backward_disagrees_where_the_notebook_says(notebook_code):
    """Only dW3 of the buggy pass is right: db3 (no 1/m), layer 2 (ReLU mask from A2) and
    layer 1 (the same mask, and a stray factor 2) are wrong."""
    forward = notebook_code["forward_tanh_relu"]
    parameters, X, Y = _tanh_network(1, m=9)
    AL, caches = forward(X, parameters)
    assert 0 < np.mean(caches[1]["Z"] > 0) < 1  # the ReLU mask matters
    buggy = notebook_code["backward_propagation_buggy"](AL, Y, caches)
    numerical = _numerical_gradient(_cost_of(forward, X, Y), parameters)
    wrong = {key for key in numerical if _relative_error(buggy[key], numerical[key]) > 1e-3}
    assert wrong == {"db3", "dW2", "db2", "dW1", "db1"}


def test_hidden_checks_use_the_notebook_forward_pass(notebook_code):
    parameters, X, _ = _tanh_network(2)
    AL, caches = notebook_code["forward_tanh_relu"](X, parameters)
    AL_checks, caches_checks = checks.forward_tanh_relu(X, parameters)
    np.testing.assert_array_equal(AL, AL_checks)
    for layer, layer_checks in zip(caches, caches_checks):
        assert layer.keys() == layer_checks.keys()
        for key in layer:
            np.testing.assert_array_equal(layer[key], layer_checks[key])


@pytest.mark.parametrize("theta,epsilon", [(1.3, 1e-2), (-0.7, 3e-3), (2.0, 1e-1)])
def test_gradient_check_1d_has_the_two_sided_error_of_a_cubic(theta, epsilon):
    """For J = a theta**3 the two-sided difference is exactly 3 a theta**2 + a epsilon**2."""
    a = -2.5
    g = 3 * a * theta ** 2
    approx = g + a * epsilon ** 2
    expected = abs(g - approx) / (abs(g) + abs(approx))
    got = reference.gradient_check_1d(lambda t: a * t ** 3, lambda t: 3 * a * t ** 2, theta,
                                      epsilon)
    assert got == pytest.approx(expected, rel=1e-4)


def test_gradient_check_1d_of_a_wrong_derivative():
    # J = exp(theta), dJ claimed as 2 exp(theta): the relative difference is 1/3
    got = reference.gradient_check_1d(np.exp, lambda t: 2 * np.exp(t), 0.4)
    assert got == pytest.approx(1 / 3, rel=1e-6)


def _softmax_regression(seed, n_x=6, classes=4, m=9):
    rng = np.random.default_rng(seed)
    parameters = {"W1": rng.normal(0, 0.5, (classes, n_x)), "b1": rng.normal(0, 0.3, (classes, 1))}
    X = rng.normal(0.5, 1.5, (n_x, m))
    Y = np.eye(classes)[:, rng.integers(0, classes, m)]
    return parameters, X, Y


def _softmax_regression_gradients(parameters, X, Y):
    """dW1 = (softmax(W1 X + b1) - Y) X^T / m by hand, independent of nn.model_backward."""
    Z = parameters["W1"] @ X + parameters["b1"]
    P = np.exp(Z - Z.max(axis=0)) / np.exp(Z - Z.max(axis=0)).sum(axis=0)
    dZ = (P - Y) / X.shape[1]
    return {"db1": dZ.sum(axis=1, keepdims=True), "dW1": dZ @ X.T}


@pytest.mark.parametrize("seed", range(3))
def test_gradient_check_n_against_a_numerical_gradient(seed):
    parameters, X, Y = _softmax_regression(seed)
    before = {k: v.copy() for k, v in parameters.items()}
    exact = _softmax_regression_gradients(parameters, X, Y)
    assert reference.gradient_check_n(parameters, exact, X, Y) < 1e-7

    wrong = dict(exact, dW1=exact["dW1"] * np.linspace(0.5, 1.5, exact["dW1"].size)
                 .reshape(exact["dW1"].shape))
    cost = _cost_of(nn.model_forward, X, Y)
    numerical = _numerical_gradient(cost, parameters, epsilon=1e-7)
    layout = gradcheck.parameter_layout(parameters)
    expected = _relative_error(gradcheck.gradients_to_vector(wrong, layout),
                               gradcheck.gradients_to_vector(numerical, layout))
    assert reference.gradient_check_n(parameters, wrong, X, Y) == pytest.approx(expected,
                                                                                rel=1e-6)
    for key in before:
        np.testing.assert_array_equal(parameters[key], before[key])


def test_gradient_check_n_accepts_nn_model_backward_on_mnist(mnist_dir):
    X, Y = data.load_mnist("train", n=200, seed=3, data_dir=mnist_dir)
    X, Y = X[:, :8].astype(np.float64), Y[:, :8].astype(np.float64)
    parameters = nn.initialize_parameters([784, 3, 10], seed=5, dtype=np.float64)
    AL, caches = nn.model_forward(X, parameters)
    grads = nn.model_backward(AL, Y, caches)
    assert reference.gradient_check_n(parameters, grads, X, Y) < 1e-7
    grads["db1"] = grads["db1"] * 8
    assert reference.gradient_check_n(parameters, grads, X, Y) > 1e-3


def test_harness_functions_and_their_derivative():
    J, dJ = harness.make_functions([2.0, -1.0, 0.5, 3.0], amplitude=1.5, frequency=2.0)
    for theta in (-1.0, 0.2, 1.7):
        numerical = (J(theta + 1e-6) - J(theta - 1e-6)) / 2e-6
        assert dJ(theta) == pytest.approx(numerical, rel=1e-7)
    _, wrong = harness.make_functions([2.0, -1.0, 0.5, 3.0], 1.5, 2.0, slope_scale=0.5,
                                      slope_shift=1.0)
    assert wrong(0.2) == pytest.approx(0.5 * dJ(0.2) + 1.0)


def test_a_checker_that_changes_the_callers_parameters_is_named():
    """It returns the right difference but leaves a perturbed entry in `parameters`."""
    def careless(parameters, gradients, X, Y, epsilon=1e-7):
        difference = reference.gradient_check_n(parameters, gradients, X, Y, epsilon)
        parameters["W1"][0, 0] += epsilon
        return difference

    result = check_function(NOTEBOOK, "test_gradient_check_n", careless)
    assert not result.passed and result.misconception == "changes_input_in_place"
    assert "parameters['W1']" in result.message

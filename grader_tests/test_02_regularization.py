"""Assignment 02 (L2 regularization): the reference against independent oracles.

* the backward pass against two-sided numerical gradients of the reference cost;
* cost and gradients against TensorFlow (its softmax cross-entropy and ``tf.nn.l2_loss``,
  differentiated by GradientTape);
* the public tests accept the reference and reject the mistakes the issue lists;
* on MNIST, a too-large lambda really gives high bias (the claim the notebook makes).
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from autograder.misconceptions import load_catalog
from dlbasics import data, gradcheck, nn
from dlbasics.public_tests import PublicTestFailure
from dlbasics.public_tests import regularization as public_tests

NOTEBOOK = "02_regularization"
solutions = importlib.import_module(f"solutions.{NOTEBOOK}")
cost_fn = solutions.compute_cost_with_regularization
backward_fn = solutions.backward_propagation_with_regularization

#: the misconceptions the assignment's issue requires the catalog to hold
REQUIRED_MISCONCEPTIONS = {
    "cost_l2_missing_1_over_m", "cost_l2_missing_half", "cost_l2_penalizes_biases",
    "backward_l2_last_layer_only", "backward_l2_without_1_over_m",
}


def _network(seed: int, dims=(6, 5, 4, 10), m: int = 7):
    """A random float64 network with non-zero biases, inputs X and one-hot labels Y."""
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = rng.normal(0, 1.2 / np.sqrt(dims[l - 1]), (dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0, 0.5, (dims[l], 1))
    X = rng.normal(0, 1, (dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    return parameters, X, Y


def _regularized_cost(parameters, X, Y, lambd):
    AL, _ = nn.model_forward(X, parameters)
    return cost_fn(AL, Y, parameters, lambd)


def _numerical_gradient(parameters, X, Y, lambd, epsilon=1e-6):
    """Two-sided differences of the reference cost, in the layout of gradcheck."""
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += epsilon
        minus[i] -= epsilon
        approx[i] = (_regularized_cost(gradcheck.vector_to_dictionary(plus, layout), X, Y, lambd)
                     - _regularized_cost(gradcheck.vector_to_dictionary(minus, layout), X, Y,
                                         lambd)) / (2 * epsilon)
    return approx, layout


@pytest.mark.parametrize("lambd", [0.0, 0.7, 3.1])
@pytest.mark.parametrize("dims", [(6, 5, 4, 10), (4, 10), (5, 6, 4, 3, 10)],
                         ids=["3 layers", "1 layer", "4 layers"])
def test_backward_matches_numerical_gradient(lambd, dims):
    parameters, X, Y = _network(seed=len(dims), dims=dims)
    _, caches = nn.model_forward(X, parameters)
    grads = backward_fn(X, Y, caches, lambd)
    approx, layout = _numerical_gradient(parameters, X, Y, lambd)
    exact = gradcheck.gradients_to_vector(grads, layout)
    difference = (np.linalg.norm(exact - approx)
                  / (np.linalg.norm(exact) + np.linalg.norm(approx)))
    worst = gradcheck.block_of(int(np.argmax(np.abs(exact - approx))), layout)
    assert difference < 1e-7, f"relative difference {difference:.1e}, worst in {worst}"


def test_numerical_gradient_detects_a_missing_l2_term():
    """The oracle above is sharp enough to see the L2 term (so its test can fail)."""
    parameters, X, Y = _network(seed=5)
    _, caches = nn.model_forward(X, parameters)
    plain = gradcheck.gradients_to_vector(nn.model_backward(nn.softmax(caches[-1]["Z"]), Y,
                                                            caches),
                                          gradcheck.parameter_layout(parameters))
    approx, _ = _numerical_gradient(parameters, X, Y, lambd=0.7)
    assert np.linalg.norm(plain - approx) / np.linalg.norm(approx) > 1e-2


def test_cost_and_gradients_match_tensorflow():
    import tensorflow as tf

    lambd = 1.3
    parameters, X, Y = _network(seed=11)
    L = nn.num_layers(parameters)
    m = Y.shape[1]
    variables = {key: tf.Variable(value) for key, value in parameters.items()}
    with tf.GradientTape() as tape:
        A = tf.constant(X.T)  # TensorFlow's layout: examples are rows
        for l in range(1, L + 1):
            Z = A @ tf.transpose(variables[f"W{l}"]) + tf.transpose(variables[f"b{l}"])
            A = tf.nn.relu(Z) if l < L else Z
        cross_entropy = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(Y.T, A))
        # tf.nn.l2_loss(W) is sum(W ** 2) / 2
        loss = cross_entropy + lambd / m * tf.add_n([tf.nn.l2_loss(variables[f"W{l}"])
                                                     for l in range(1, L + 1)])
    tf_grads = tape.gradient(loss, variables)

    AL, caches = nn.model_forward(X, parameters)
    np.testing.assert_allclose(cost_fn(AL, Y, parameters, lambd), loss.numpy(), rtol=1e-9)
    grads = backward_fn(X, Y, caches, lambd)
    for key, value in tf_grads.items():
        np.testing.assert_allclose(grads[f"d{key}"], value.numpy(), rtol=1e-7, atol=1e-12,
                                   err_msg=f"d{key}")


def test_inputs_are_not_modified():
    parameters, X, Y = _network(seed=3)
    AL, caches = nn.model_forward(X, parameters)
    before = [{k: v.copy() for k, v in cache.items()} for cache in caches]
    cost_fn(AL, Y, parameters, 2.5)
    backward_fn(X, Y, caches, 2.5)
    for cache, saved in zip(caches, before):
        for key in saved:
            np.testing.assert_array_equal(cache[key], saved[key], err_msg=key)


def test_required_misconceptions_exist():
    names = {m.name for m in load_catalog(NOTEBOOK)}
    assert REQUIRED_MISCONCEPTIONS <= names, f"missing: {REQUIRED_MISCONCEPTIONS - names}"


def test_public_tests_accept_the_reference():
    public_tests.test_compute_cost_with_regularization(cost_fn)
    public_tests.test_backward_propagation_with_regularization(backward_fn)


@pytest.mark.parametrize("name", sorted(REQUIRED_MISCONCEPTIONS))
def test_public_tests_reject_required_misconceptions(name):
    entry = next(m for m in load_catalog(NOTEBOOK) if m.name == name)
    with pytest.raises(PublicTestFailure):
        getattr(public_tests, f"test_{entry.function}")(entry.build())


def test_large_lambda_gives_high_bias_on_mnist(mnist_dir):
    """A small network fits 500 digits without L2 and cannot with a very large lambda."""
    X, Y = data.load_mnist("train", n=500, seed=1, data_dir=mnist_dir)
    start = nn.initialize_parameters([784, 32, 10], seed=0)

    def train_accuracy(lambd):
        def backward(AL, Y_batch, caches):
            return backward_fn(caches[0]["A_prev"], Y_batch, caches, lambd)
        trained, _ = nn.train(X, Y, start, num_epochs=15, learning_rate=0.1, batch_size=50,
                              backward=backward, progress=False)
        return nn.accuracy(X, Y, trained)

    assert train_accuracy(0.0) > 0.95
    assert train_accuracy(25.0) < 0.5

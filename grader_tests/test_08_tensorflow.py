"""Assignment 08 (TensorFlow): the reference against independent oracles.

The NumPy helper library (column convention) checks the forward pass, the cost and the
accuracy; Keras's own schedule checks the decay; central differences check the gradient
step of ``train_step`` through batch norm in training mode; the closed form of an
exponential moving average checks the moving statistics in Keras and in the TF1 graph.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest
import tensorflow as tf

from autograder.benchmarks import numpy_vs_tensorflow
from autograder.checks import draw_cases, load_checks
from dlbasics import data, nn
from dlbasics.harness import tf_intro as harness

ref = importlib.import_module("solutions.08_tensorflow")
BN_EPSILON = 1e-3  # Keras's default, also used by the harness's TF1 layer


def _column_parameters(parameters):
    """Row-convention parameters -> the helper library's columns (W transposed, b a column)."""
    return {key: np.asarray(value, dtype=np.float64).T if key.startswith("W")
            else np.asarray(value, dtype=np.float64)[:, None]
            for key, value in parameters.items()}


def _random_rows_network(seed, dims=(12, 9, 7, 5), batch=16):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(dims)):
        # moderate weights: the NumPy cost clips probabilities below 1e-12
        parameters[f"W{l}"] = (0.4 * rng.standard_normal((dims[l - 1], dims[l]))
                               ).astype(np.float32)
        parameters[f"b{l}"] = rng.standard_normal(dims[l]).astype(np.float32)
    X = rng.standard_normal((batch, dims[0])).astype(np.float32)
    labels = rng.integers(0, dims[-1], size=batch)
    return X, labels, parameters


def test_one_hot_matches_identity_rows():
    labels = np.array([3, 0, 2, 2, 5])
    got = ref.one_hot_matrix(labels, depth=6).numpy()
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, np.eye(6)[labels])


def test_initialization_is_he_in_rows_and_reproducible():
    dims = [700, 300, 10]
    params = ref.initialize_parameters_tf(dims, seed=4)
    again = ref.initialize_parameters_tf(dims, seed=4)
    for l in (1, 2):
        W, b = params[f"W{l}"], params[f"b{l}"]
        assert isinstance(W, tf.Variable) and W.trainable and W.dtype == tf.float32
        assert tuple(W.shape) == (dims[l - 1], dims[l]) and tuple(b.shape) == (dims[l],)
        np.testing.assert_array_equal(W.numpy(), again[f"W{l}"].numpy())
        assert np.all(b.numpy() == 0)
    W1 = params["W1"].numpy()
    assert abs(W1.std() / np.sqrt(2 / dims[0]) - 1) < 0.01
    assert abs(W1.mean()) < 4 * W1.std() / np.sqrt(W1.size)


@pytest.mark.parametrize("seed", range(3))
def test_forward_cost_accuracy_match_the_numpy_column_network(seed):
    X, labels, parameters = _random_rows_network(seed)
    logits = ref.forward_propagation_tf(X, parameters).numpy()
    columns = _column_parameters(parameters)
    AL, _ = nn.model_forward(X.T.astype(np.float64), columns)
    np.testing.assert_allclose(tf.nn.softmax(logits.astype(np.float64)).numpy(), AL.T,
                               rtol=1e-4, atol=1e-6)
    Y = np.eye(logits.shape[1])[labels].T
    np.testing.assert_allclose(ref.compute_cost_tf(logits, labels).numpy(),
                               nn.compute_cost(AL, Y), rtol=1e-4)
    np.testing.assert_allclose(ref.accuracy_tf(logits, labels).numpy(),
                               nn.accuracy(X.T.astype(np.float64), Y, columns), rtol=1e-6)


def test_sparse_cost_equals_dense_cost_of_one_hot_labels():
    _, labels, _ = _random_rows_network(0)
    logits = np.random.default_rng(1).standard_normal((len(labels), 5)).astype(np.float32) * 3
    dense = tf.keras.losses.CategoricalCrossentropy(from_logits=True)(
        ref.one_hot_matrix(labels, depth=5), logits)
    np.testing.assert_allclose(ref.compute_cost_tf(logits, labels).numpy(), dense.numpy(),
                               rtol=1e-6)


def test_multilabel_predict_thresholds_each_sigmoid():
    logits = np.random.default_rng(2).standard_normal((20, 6)).astype(np.float32) * 2
    for threshold in (0.2, 0.5, 0.9):
        got = ref.multilabel_predict(logits, threshold).numpy()
        np.testing.assert_array_equal(got, (1 / (1 + np.exp(-logits)) > threshold).astype(int))


@pytest.mark.parametrize("staircase", [False, True])
def test_decay_matches_keras_exponential_decay(staircase):
    schedule = ref.make_exponential_decay(0.03, 7, 0.8, staircase)
    keras = tf.keras.optimizers.schedules.ExponentialDecay(0.03, 7, 0.8, staircase=staircase)
    steps = range(0, 60)
    np.testing.assert_allclose([schedule(s) for s in steps],
                               [float(keras(s)) for s in steps], rtol=1e-6)


def _bn_network_args(seed, learning_rate=0.1, steps=1):
    rng = np.random.default_rng(seed)
    n0, hidden, classes, batch = 4, 3, 3, 10
    return {"kernel1": rng.standard_normal((n0, hidden)),
            "gamma": 1 + 0.3 * rng.standard_normal(hidden),
            "beta": 0.3 * rng.standard_normal(hidden),
            "kernel2": rng.standard_normal((hidden, classes)),
            "bias2": 0.3 * rng.standard_normal(classes),
            "momentum": 0.6, "learning_rate": learning_rate,
            "X": rng.standard_normal((steps, batch, n0)) + 1.0,
            "y": rng.integers(0, classes, size=(steps, batch))}


def _bn_network_loss(weights, X, y):
    """Mean cross-entropy of Dense -> BN (batch statistics) -> ReLU -> Dense, in float64."""
    Z = X @ weights["kernel1"]
    Z_norm = (Z - Z.mean(axis=0)) / np.sqrt(Z.var(axis=0) + BN_EPSILON)
    logits = np.maximum(weights["gamma"] * Z_norm + weights["beta"], 0) @ weights["kernel2"]
    logits = logits + weights["bias2"]
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    return -np.mean(log_probs[np.arange(len(y)), y])


def _numerical_gradients(weights, X, y, h=1e-6):
    grads = {}
    for name, value in weights.items():
        grads[name] = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            plus = {**weights, name: value.copy()}
            minus = {**weights, name: value.copy()}
            plus[name][index] += h
            minus[name][index] -= h
            grads[name][index] = (_bn_network_loss(plus, X, y)
                                  - _bn_network_loss(minus, X, y)) / (2 * h)
    return grads


def test_train_step_takes_the_numerical_gradient_through_batch_norm():
    args = _bn_network_args(seed=3)
    names = ["kernel1", "gamma", "beta", "kernel2", "bias2"]
    before = {name: args[name] for name in names}
    X, y = args["X"][0], args["y"][0]
    # the dtype policy, not floatx: Keras 3 ignores set_floatx once a policy is in use
    previous = tf.keras.config.dtype_policy()
    tf.keras.config.set_dtype_policy("float64")
    try:
        model, layers = harness.small_bn_model(*(args[n] for n in names), args["momentum"])
        loss = ref.train_step(model, tf.keras.optimizers.SGD(args["learning_rate"]), X, y)
    finally:
        tf.keras.config.set_dtype_policy(previous)
    after = {"kernel1": layers["dense1"].kernel, "gamma": layers["bn"].gamma,
             "beta": layers["bn"].beta, "kernel2": layers["dense2"].kernel,
             "bias2": layers["dense2"].bias}
    np.testing.assert_allclose(float(loss), _bn_network_loss(before, X, y), rtol=1e-6)
    numerical = _numerical_gradients(before, X, y)
    for name in names:
        step = (before[name] - np.asarray(after[name])) / args["learning_rate"]
        np.testing.assert_allclose(step, numerical[name], rtol=1e-5, atol=1e-8,
                                   err_msg=f"gradient step of {name}")
    batch_mean = (X @ args["kernel1"]).mean(axis=0)
    # Keras keeps the Python-float momentum as float32, hence the tolerance
    np.testing.assert_allclose(layers["bn"].moving_mean, (1 - args["momentum"]) * batch_mean,
                               rtol=1e-6)


def test_tf1_train_op_matches_keras_train_step():
    args = {k: (np.asarray(v, np.float32) if k not in ("momentum", "learning_rate", "y") else v)
            for k, v in _bn_network_args(seed=5, steps=3).items()}
    keras = harness.train_steps(ref.train_step, **args)
    graph = harness.v1_train(ref.build_v1_bn_train_op, **args)
    for name in keras["weights"]:
        np.testing.assert_allclose(graph["weights"][name], keras["weights"][name],
                                   rtol=1e-4, atol=1e-5, err_msg=name)
    for name in ("moving_mean", "moving_variance"):
        np.testing.assert_allclose(graph[name], keras[name], rtol=1e-4, atol=1e-5)


def test_tf1_moving_statistics_follow_the_moving_average_formula():
    """With learning rate 0 the batch statistics stay fixed, so after k runs of the train op
    the moving mean is (1 - m^k) * mean and the moving variance m^k + (1 - m^k) * variance."""
    args = {k: (np.asarray(v, np.float32) if k not in ("momentum", "learning_rate", "y") else v)
            for k, v in _bn_network_args(seed=6, learning_rate=0.0).items()}
    k, m = 4, args["momentum"]
    args["X"], args["y"] = np.repeat(args["X"], k, axis=0), np.repeat(args["y"], k, axis=0)
    result = harness.v1_train(ref.build_v1_bn_train_op, **args)
    Z = args["X"][0].astype(np.float64) @ args["kernel1"]
    np.testing.assert_allclose(result["moving_mean"], (1 - m ** k) * Z.mean(axis=0), rtol=1e-4)
    np.testing.assert_allclose(result["moving_variance"],
                               m ** k + (1 - m ** k) * Z.var(axis=0), rtol=1e-4)


@pytest.mark.parametrize("before", [True, False])
def test_bn_mlp_layers_and_parameter_count(before):
    model = ref.build_bn_mlp((20, 12), bn_before_activation=before, dropout_rate=0.3,
                             momentum=0.8)
    model(np.zeros((2, 9), np.float32))
    hidden = (["Dense", "BatchNormalization", "ReLU", "Dropout"] if before
              else ["Dense", "ReLU", "BatchNormalization", "Dropout"])
    assert [type(layer).__name__ for layer in model.layers] == hidden * 2 + ["Dense"]
    bias = 0 if before else 1
    expected = ((9 + bias) * 20 + 4 * 20) + ((20 + bias) * 12 + 4 * 12) + (12 * 10 + 10)
    assert model.count_params() == expected
    assert all(layer.momentum == 0.8 for layer in model.layers
               if isinstance(layer, tf.keras.layers.BatchNormalization))
    assert model.layers[-1].get_config()["activation"] == "linear"


def test_bn_mlp_with_train_step_learns_mnist(mnist_dir):
    X, y = data.load_mnist("train", n=3000, layout="rows", one_hot=False, data_dir=mnist_dir)
    tf.keras.utils.set_random_seed(0)
    model = ref.build_bn_mlp((64,))
    optimizer = tf.keras.optimizers.Adam(1e-3)
    step = tf.function(ref.train_step)
    for epoch in range(3):
        order = np.random.default_rng(epoch).permutation(2500)
        for first in range(0, 2500, 50):
            rows = order[first:first + 50]
            step(model, optimizer, X[rows], y[rows])
    accuracy = ref.accuracy_tf(model(X[2500:], training=False), y[2500:])
    assert accuracy > 0.85


def test_held_out_labels_never_reach_the_kernel(mnist_dir):
    check = load_checks("08_tensorflow")["test_build_bn_mlp"]
    case = next(c for c in draw_cases(check, seed=0) if c.adapter.endswith("train_and_predict"))
    written = case.as_plain()
    assert "held_labels" not in written["args"] and len(case.held_labels) > 0
    assert not any(np.array_equal(np.asarray(v), case.held_labels)
                   for v in written["args"].values() if isinstance(v, np.ndarray))


def test_benchmark_networks_learn_alike_on_a_small_subset(mnist_dir):
    """The two sides of the benchmark train the same network: similar accuracy after an epoch."""
    X_cols, Y_cols = data.load_mnist("train", n=2000, data_dir=mnist_dir)
    X_rows, y_rows = data.load_mnist("train", n=2000, layout="rows", one_hot=False,
                                     data_dir=mnist_dir)
    _, numpy_accuracy = numpy_vs_tensorflow.numpy_epoch(X_cols, Y_cols, X_cols, Y_cols)
    _, tf_accuracy = numpy_vs_tensorflow.tensorflow_epoch(X_rows, y_rows, X_rows, y_rows)
    assert numpy_accuracy > 0.4 and tf_accuracy > 0.4
    assert abs(numpy_accuracy - tf_accuracy) < 0.15

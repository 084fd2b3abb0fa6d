"""Assignment 08 (TensorFlow): the reference against independent oracles.

The NumPy helper library (column convention) checks the forward pass, the cost and the
accuracy; Keras's own schedule checks the decay; central differences check the gradient
step of ``train_step`` through batch norm in training mode; the closed form of an
exponential moving average checks the moving statistics in Keras and in the TF1 graph.
The last tests check the build_bn_mlp gate: the grader rebuilds the trained model from its
description (the original model is the oracle) and refuses forged descriptions.
"""

from __future__ import annotations

import importlib
import re

import numpy as np
import pytest
import tensorflow as tf

from autograder import keras_rebuild
from autograder.benchmarks import numpy_vs_tensorflow
from autograder.checks import Mistake, draw_cases, load_checks
from dlbasics import data, nn
from dlbasics.harness import tf_intro as harness

ref = importlib.import_module("solutions.08_tensorflow")
checks08 = importlib.import_module("autograder.checks.08_tensorflow")
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


# ---------------------------------------------------------------- the build_bn_mlp gate

BN_MLP_CHECK = load_checks("08_tensorflow")["test_build_bn_mlp"]


@pytest.fixture(scope="module")
def gate_case(mnist_dir):
    """The training-run case of the build_bn_mlp check, as the grader keeps it."""
    return next(c for c in draw_cases(BN_MLP_CHECK, seed=0) if isinstance(c, checks08.HeldOutCase))


@pytest.fixture(scope="module")
def trained_description(gate_case):
    """What a kernel running the reference sends back for the training run."""
    return harness.train_and_describe(ref.build_bn_mlp, **gate_case.as_plain()["args"])


def _judge_gate(case, description, reference_description):
    """The check's judge on the training-run case alone; the reference's trained model is
    what the student's is compared with."""
    BN_MLP_CHECK.judge([case], [description], [reference_description])


def test_held_out_digits_never_reach_the_kernel(gate_case):
    written = gate_case.as_plain()["args"]
    assert "X_eval" not in written and "held_labels" not in written
    held_rows = {row.tobytes() for row in gate_case.held_images}
    assert len(held_rows) == len(gate_case.held_labels) > 0
    for value in written.values():
        if isinstance(value, np.ndarray):
            assert not np.array_equal(value, gate_case.held_labels)
            if value.ndim == 2:
                assert held_rows.isdisjoint(row.tobytes() for row in value)


def test_held_out_digits_are_not_the_mnist_images_on_disk(gate_case, mnist_dir):
    X, _ = data.load_mnist("train", layout="rows", one_hot=False, data_dir=mnist_dir)
    on_disk = {row.tobytes() for row in X}
    assert not any(row.tobytes() in on_disk for row in gate_case.held_images)


def test_reference_trained_model_passes_the_gate(gate_case, trained_description):
    _judge_gate(gate_case, trained_description, trained_description)


def test_untrained_model_fails_the_gate(gate_case, trained_description):
    tf.keras.utils.set_random_seed(0)
    model = ref.build_bn_mlp(**checks08._GATE_MODEL)
    model(np.zeros((1, gate_case.held_images.shape[1]), np.float32))
    with pytest.raises(Mistake, match="held-out digits"):
        _judge_gate(gate_case, harness.model_as_data(model), trained_description)


def test_rebuilt_model_computes_what_the_kernel_model_computes():
    """The grader's rebuild of a described model gives the same inference logits, for the
    reference and for a variant with ReLU as a Dense activation."""
    rng = np.random.default_rng(0)
    X = rng.standard_normal((16, 7)).astype(np.float32)
    variant = tf.keras.Sequential([
        tf.keras.layers.Dense(9, activation="relu"), tf.keras.layers.BatchNormalization(),
        tf.keras.layers.Dropout(0.3), tf.keras.layers.Activation("relu"),
        tf.keras.layers.Dense(10)])
    for model in (ref.build_bn_mlp((12, 9), momentum=0.5), variant):
        model(X, training=False)
        for layer in model.layers:  # non-trivial weights, moving statistics included
            layer.set_weights([rng.uniform(0.5, 1.5, w.shape).astype(np.float32)
                               for w in layer.get_weights()])
        rebuilt = keras_rebuild.rebuild(harness.model_as_data(model), n_features=7)
        np.testing.assert_allclose(rebuilt(X, training=False), model(X, training=False),
                                   rtol=1e-5)


def _layer_set(index, **settings):
    """A forgery: layer ``index`` of the description gets (or changes) these entries."""
    def forge(layers, weights):
        layers[index] = {**layers[index], **settings}
    return forge


def _layer_without(index, key):
    """A forgery: layer ``index`` of the description loses its entry ``key``."""
    def forge(layers, weights):
        layers[index] = {k: v for k, v in layers[index].items() if k != key}
    return forge


def _weight_changed(index, position, change):
    """A forgery: weight ``position`` of layer ``index`` becomes ``change(weight)``."""
    def forge(layers, weights):
        weights[index][position] = change(weights[index][position])
    return forge


def _weight_dropped(index):
    """A forgery: layer ``index`` of the description loses its last weight."""
    def forge(layers, weights):
        weights[index] = weights[index][:-1]
    return forge


# the reference's trained layers: Dense, BatchNormalization, ReLU, Dropout, Dense
FORGERIES = {
    "a Lambda layer": (_layer_set(2, type="Lambda", function="lambda x: x"), "`Lambda`"),
    "a custom class": (_layer_set(2, type="HeldOutLookup"), "`HeldOutLookup`"),
    "an unknown activation": (_layer_set(4, activation="exec"), "activation='exec'"),
    "a serialized activation": (_layer_set(4, activation={"class_name": "Lambda"}),
                                "activation={"),
    "units as a string": (_layer_set(0, units="32"), "units='32'"),
    "units as a bool": (_layer_set(0, units=True), "units=True"),
    "a missing setting": (_layer_without(1, "epsilon"), "epsilon=None"),
    "a NaN setting": (_layer_set(1, momentum=float("nan")), "momentum=nan"),
    "a weight left out": (_weight_dropped(1), "do not match"),
    "a transposed kernel": (_weight_changed(0, 0, np.transpose), "do not match"),
    "integer weights": (_weight_changed(4, 1, lambda w: w.astype(np.int64)), "do not match"),
    "NaN weights": (_weight_changed(4, 1, lambda w: np.full_like(w, np.nan)), "NaN"),
}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_forged_descriptions_are_refused(gate_case, trained_description, forgery):
    forge, message = FORGERIES[forgery]
    layers = [dict(layer) for layer in trained_description["layers"]]
    weights = [list(layer_weights) for layer_weights in trained_description["weights"]]
    forge(layers, weights)
    with pytest.raises(Mistake, match=re.escape(message)):
        _judge_gate(gate_case, {"layers": layers, "weights": weights}, trained_description)


def test_a_kernel_reporting_perfect_predictions_fails(gate_case, trained_description):
    """The old protocol's result, the held-out classes, is not a model: no verdict from it."""
    with pytest.raises(Mistake, match="not one the grading code writes"):
        _judge_gate(gate_case, gate_case.held_labels, trained_description)


def test_benchmark_networks_learn_alike_on_a_small_subset(mnist_dir):
    """The two sides of the benchmark train the same network: similar accuracy after an epoch."""
    X_cols, Y_cols = data.load_mnist("train", n=2000, data_dir=mnist_dir)
    X_rows, y_rows = data.load_mnist("train", n=2000, layout="rows", one_hot=False,
                                     data_dir=mnist_dir)
    _, numpy_accuracy = numpy_vs_tensorflow.numpy_epoch(X_cols, Y_cols, X_cols, Y_cols)
    _, tf_accuracy = numpy_vs_tensorflow.tensorflow_epoch(X_rows, y_rows, X_rows, y_rows)
    assert numpy_accuracy > 0.4 and tf_accuracy > 0.4
    assert abs(numpy_accuracy - tf_accuracy) < 0.15

"""Public tests of assignment 08: TensorFlow introduction and batch norm in TensorFlow."""

import numpy as np
import tensorflow as tf

from dlbasics.harness import tf_intro as harness
from dlbasics.public_tests import passed, public_test, require

_LOGITS = np.array([[2.0, -1.0, 0.5],
                    [0.1, 0.3, -2.0],
                    [-0.5, 1.5, 1.0],
                    [1.0, 0.0, 3.0]], dtype=np.float32)
_LABELS = np.array([0, 2, 1, 2])


def _numpy(value, name):
    require(value is not None, f"`{name}` returned None: return the result.")
    return np.asarray(value)


@public_test
def test_one_hot_matrix(target):
    got = _numpy(target(np.array([1, 0, 3]), depth=4), "one_hot_matrix")
    want = np.array([[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1]], dtype=np.float32)
    require(got.shape == (3, 4), f"one_hot_matrix([1, 0, 3], depth=4) should have shape "
                                 f"[batch, depth] = (3, 4), got {got.shape}.")
    require(np.issubdtype(got.dtype, np.floating),
            f"the dtype should be float32, got {got.dtype}.")
    require(np.array_equal(got, want), f"one_hot_matrix([1, 0, 3], depth=4) should be\n{want}\n"
                                       f"got\n{got}")
    require(_numpy(target(np.array([9, 2])), "one_hot_matrix").shape == (2, 10),
            "the default depth is 10.")
    passed("one_hot_matrix")


@public_test
def test_initialize_parameters_tf(target):
    dims = [800, 400, 10]
    params = target(dims, seed=7)
    require(isinstance(params, dict), f"the parameters should be a dict, got {type(params)}.")
    require(set(params) == {"W1", "b1", "W2", "b2"},
            f"the keys should be W1, b1, W2, b2, got {sorted(params)}.")
    for l in (1, 2):
        W, b = params[f"W{l}"], params[f"b{l}"]
        for key, value in ((f"W{l}", W), (f"b{l}", b)):
            require(isinstance(value, tf.Variable),
                    f"`{key}` should be a tf.Variable, got {type(value).__name__}.")
        require(tuple(W.shape) == (dims[l - 1], dims[l]),
                f"`W{l}` should have shape [n[l-1], n[l]] = {(dims[l - 1], dims[l])} in "
                f"TensorFlow's row convention, got {tuple(W.shape)}.")
        require(tuple(b.shape) == (dims[l],),
                f"`b{l}` should have shape [n[l]] = ({dims[l]},), got {tuple(b.shape)}.")
        require(np.all(b.numpy() == 0), f"`b{l}` should be zeros.")
        std, expected = W.numpy().std(), np.sqrt(2 / dims[l - 1])
        require(abs(std / expected - 1) < 0.1, f"`W{l}` has standard deviation {std:.4f}; He "
                                              f"initialization gives about {expected:.4f}.")
    again = target(dims, seed=7)
    require(np.array_equal(params["W1"].numpy(), again["W1"].numpy()),
            "two calls with the same seed should return the same weights.")
    require(not np.array_equal(params["W1"].numpy(), target(dims, seed=8)["W1"].numpy()),
            "a different seed should give different weights.")
    passed("initialize_parameters_tf")


@public_test
def test_forward_propagation_tf(target):
    parameters = {"W1": np.array([[1.0, -1.0], [0.5, 2.0], [-1.0, 0.0]], np.float32),
                  "b1": np.array([0.1, -0.2], np.float32),
                  "W2": np.array([[2.0, -1.0, 0.0], [1.0, 1.0, -3.0]], np.float32),
                  "b2": np.array([0.0, 0.5, -0.5], np.float32)}
    X = np.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 0.0]], np.float32)
    hidden = np.maximum(X @ parameters["W1"] + parameters["b1"], 0)
    want = hidden @ parameters["W2"] + parameters["b2"]
    result = harness.forward_with_variables(target, X, parameters)
    got = _numpy(result["logits"], "forward_propagation_tf")
    require(got.shape == (2, 3), f"the logits should have shape [batch, classes] = (2, 3), "
                                 f"got {got.shape}.")
    require(np.allclose(got, want, atol=1e-5),
            f"the logits should be\n{want}\ngot\n{got}\n(no softmax or ReLU on the last layer).")
    require(all(result["gradient_reaches"].values()),
            "GradientTape gets no gradient for some parameters: use TensorFlow operations "
            "(tf.matmul, tf.nn.relu), not NumPy ones.")
    passed("forward_propagation_tf")


def _cross_entropy(logits, labels):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -np.mean(log_probs[np.arange(len(labels)), labels])


@public_test
def test_compute_cost_tf(target):
    got = _numpy(target(_LOGITS, _LABELS), "compute_cost_tf")
    want = _cross_entropy(_LOGITS, _LABELS)
    require(got.shape == (), f"the cost should be a single number, got shape {got.shape}.")
    require(np.isclose(got, want, rtol=1e-5),
            f"the cost of the example should be {want:.6f}, got {float(got):.6f}.")
    passed("compute_cost_tf")


@public_test
def test_accuracy_tf(target):
    got = _numpy(target(_LOGITS, _LABELS), "accuracy_tf")
    require(got.shape == (), f"the accuracy should be a single number, got shape {got.shape}.")
    require(np.isclose(got, 0.75), f"3 of the 4 example rows have their largest logit at the "
                                   f"label, so the accuracy is 0.75; got {float(got)}.")
    passed("accuracy_tf")


@public_test
def test_multilabel_predict(target):
    logits = np.array([[2.0, 1.0, -3.0], [0.2, -0.2, 0.9]], np.float32)
    got = _numpy(target(logits), "multilabel_predict")
    want = np.array([[1, 1, 0], [1, 0, 1]])
    require(got.shape == (2, 3), f"the predictions should have shape (2, 3), got {got.shape}.")
    require(np.array_equal(got, want), f"with threshold 0.5 the predictions should be\n{want}\n"
                                       f"got\n{got}\n(a row may have several labels)")
    want_high = np.array([[1, 0, 0], [0, 0, 0]])
    got_high = _numpy(target(logits, threshold=0.8), "multilabel_predict")
    require(np.array_equal(got_high, want_high),
            f"with threshold 0.8 the predictions should be\n{want_high}\ngot\n{got_high}")
    passed("multilabel_predict")


@public_test
def test_make_exponential_decay(target):
    steps = [0, 5, 9, 10, 15, 25]
    smooth = harness.schedule_values(target, 0.1, 10, 0.5, False, steps)
    want_smooth = [0.1 * 0.5 ** (s / 10) for s in steps]
    require(np.allclose(smooth, want_smooth, rtol=1e-5),
            f"staircase=False, steps {steps}: expected {np.round(want_smooth, 5).tolist()}, "
            f"got {np.round(smooth, 5).tolist()}.")
    stairs = harness.schedule_values(target, 0.1, 10, 0.5, True, steps)
    want_stairs = [0.1, 0.1, 0.1, 0.05, 0.05, 0.025]
    require(np.allclose(stairs, want_stairs, rtol=1e-5),
            f"staircase=True, steps {steps}: expected {want_stairs}, "
            f"got {np.round(stairs, 5).tolist()}.")
    passed("make_exponential_decay")


def _small_model_args():
    rng = np.random.default_rng(42)
    return {"kernel1": rng.standard_normal((4, 3)).astype(np.float32),
            "gamma": np.ones(3, np.float32), "beta": np.zeros(3, np.float32),
            "kernel2": rng.standard_normal((3, 2)).astype(np.float32),
            "bias2": np.zeros(2, np.float32), "momentum": 0.5, "learning_rate": 0.1,
            "X": (rng.standard_normal((1, 8, 4)) + 1).astype(np.float32),
            "y": rng.integers(0, 2, size=(1, 8))}


def _require_moving_mean(result, args, name):
    batch_mean = (args["X"][0] @ args["kernel1"]).mean(axis=0)
    want = (1 - args["momentum"]) * batch_mean  # from a moving mean of 0
    got = np.asarray(result["moving_mean"])
    require(not np.all(got == 0), f"after {name} the BN moving mean is still 0: the moving "
                                  f"averages were not updated.")
    require(np.allclose(got, want, rtol=1e-4, atol=1e-5),
            f"after one step the moving mean should be (1 - momentum) * batch mean = {want}, "
            f"got {got}.")


@public_test
def test_train_step(target):
    args = _small_model_args()
    result = harness.train_steps(target, **args)
    loss = _numpy(result["losses"][0], "train_step")
    require(loss.shape == (), f"train_step should return the loss, a single number; got "
                              f"shape {loss.shape}.")
    require(0 < float(loss) < 5, f"the loss of this small example should be around 1, got "
                                 f"{float(loss)}.")
    _require_moving_mean(result, args, "train_step")
    require(not np.array_equal(result["weights"]["kernel1"], args["kernel1"]),
            "the weights did not change: apply the gradients with the optimizer.")
    passed("train_step")


@public_test
def test_build_bn_mlp(target):
    description = harness.describe_model(target, hidden_units=(16,), bn_before_activation=True,
                                         dropout_rate=0.4, momentum=0.9, n_features=8)
    layers = [layer for layer in description["layers"] if layer["type"] != "InputLayer"]
    types = [layer["type"] for layer in layers]
    want = ["Dense", "BatchNormalization", "ReLU", "Dropout", "Dense"]
    require(types == want, f"build_bn_mlp((16,)) should have the layers {want}, got {types}.")
    first, bn, last = layers[0], layers[1], layers[-1]
    require(first["use_bias"] is False, "the Dense layer before BatchNormalization should "
                                        "have use_bias=False.")
    require(np.isclose(bn["momentum"], 0.9), f"BatchNormalization should have momentum 0.9, "
                                             f"got {bn['momentum']}.")
    require(last["activation"] == "linear", f"the output layer should return logits (no "
                                            f"activation), got activation {last['activation']}.")
    require(description["output_shape"] == [3, 10],
            f"the model should return 10 logits per example, got {description['output_shape']}.")
    passed("build_bn_mlp")


@public_test
def test_build_v1_bn_train_op(target):
    args = _small_model_args()
    result = harness.v1_train(target, **args)
    _require_moving_mean(result, args, "running the train op")
    require(not np.array_equal(result["weights"]["kernel1"], args["kernel1"]),
            "the weights did not change: the train op should minimize the loss.")
    passed("build_v1_bn_train_op")

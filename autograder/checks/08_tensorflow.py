"""Hidden checks of assignment 08: TensorFlow introduction and batch norm in TensorFlow.

Values are compared with the reference on fresh inputs; when they differ, the judge
recomputes the usual wrong versions (softmax before a from_logits loss, a sum instead of a
mean, a threshold on logits, a continuous schedule where a staircase was asked...) to name
the mistake.  Functions that need TensorFlow objects run through the adapters of
``dlbasics.harness.tf_intro``: a Keras model with given weights for ``train_step``, a TF1
graph and Session for ``build_v1_bn_train_op``, a description of the built model (layer
settings and weights) for ``build_bn_mlp``, once as built and once after a short training run.
The grader rebuilds those models from an allow-list (``autograder.keras_rebuild``) and
evaluates the trained one itself, on perturbed digits that never reach the kernel and whose
labels only the grader holds (:class:`HeldOutCase`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import tensorflow as tf

from autograder import keras_rebuild
from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, close, same_structure
from dlbasics import data


@dataclass
class HeldOutCase(Case):
    """A case with held-out inputs and labels that only the judge sees: ``as_plain`` writes
    ``args`` alone.  held_images [m, n] float32, held_labels [m] int."""

    held_images: np.ndarray | None = None
    held_labels: np.ndarray | None = None


def _float32(array) -> np.ndarray:
    return np.asarray(array, dtype=np.float32)


def _softmax(Z):
    exp = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def _cross_entropy(logits, labels):
    """Mean softmax cross-entropy of logits [batch, classes] and integer labels [batch]."""
    log_probs = np.log(_softmax(np.asarray(logits, dtype=float)))
    return -np.mean(log_probs[np.arange(len(labels)), labels])


def _is_close(got, want, rtol=1e-4, atol=1e-6) -> bool:
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    return got.shape == want.shape and np.allclose(got, want, rtol=rtol, atol=atol)


def _size_other_than(rng, low, high, avoid):
    """An int in [low, high] different from every value of ``avoid``."""
    choices = [n for n in range(low, high + 1) if n not in avoid]
    return int(rng.choice(choices))


# ---------------------------------------------------------------- one_hot_matrix

def _one_hot_cases(rng):
    cases = []
    for depth, label in ((None, "10 classes (the default depth)"),
                         (int(rng.integers(4, 8)), "fewer than 10 classes"),
                         (int(rng.integers(11, 16)), "more than 10 classes")):
        classes = depth or 10
        m = _size_other_than(rng, 6, 20, {classes})
        args = {"labels": rng.integers(0, classes, size=m)}
        if depth is not None:
            args["depth"] = depth
        cases.append(Case(args, label=label))
    return cases


def _judge_one_hot(cases, got, want):
    for case, g, w in zip(cases, got, want):
        g = np.asarray(g)
        m, depth = w.shape
        if g.shape == (depth, m):
            raise Mistake(f"On {case.label}: the result has shape (depth, batch), the NumPy "
                          f"column layout. TensorFlow puts one example per row: "
                          f"[batch, depth].")
        if depth != 10 and g.shape == (m, 10):
            raise Mistake("The result always has 10 columns: the function ignores `depth`.")
        same_structure(g, w, "one_hot_matrix(labels, depth)")
        if not np.issubdtype(g.dtype, np.floating):
            raise Mistake(f"The one-hot matrix has dtype {g.dtype}: it should be float32 "
                          f"(the dtype losses expect; tf.one_hot's default).")
        if not np.array_equal(g, w):
            raise Mistake(f"On {case.label}: row i should have a single 1, in column "
                          f"labels[i], and 0 elsewhere.")


# ---------------------------------------------------------------- initialize_parameters_tf

def _init_cases(rng):
    dims = [int(rng.integers(400, 600)), int(rng.integers(150, 250)),
            int(rng.integers(50, 90)), int(rng.integers(15, 25))]
    seed, other = (int(s) for s in rng.choice(10_000, size=2, replace=False))
    adapter = "tf_intro:parameters_and_kinds"
    return [Case({"layer_dims": dims, "seed": seed}, adapter, "a 3-layer network"),
            Case({"layer_dims": dims, "seed": seed}, adapter, "the same call again"),
            Case({"layer_dims": dims, "seed": other}, adapter, "another seed"),
            Case({"layer_dims": [int(rng.integers(3, 9)), 4, 2], "seed": seed}, adapter,
                 "a small network")]


_HE_TF = lambda dims, l: np.sqrt(2 / dims[l - 1])  # noqa: E731 (formulas read best as lambdas)
_WRONG_FOR_HE_TF = {
    "Glorot (Xavier) initialization, sqrt(2/(n[l-1]+n[l])), the default of Keras' Dense "
    "layer; this function uses He, sqrt(2/n[l-1])":
        lambda dims, l: np.sqrt(2 / (dims[l - 1] + dims[l])),
    "Xavier's sqrt(1/n[l-1]); He initialization uses sqrt(2/n[l-1])":
        lambda dims, l: np.sqrt(1 / dims[l - 1]),
    "the fan-in of the wrong layer: use n[l-1], the number of rows of W{l}":
        lambda dims, l: np.sqrt(2 / dims[l]),
    "the variance 2/n[l-1] used as the standard deviation: take its square root":
        lambda dims, l: 2 / dims[l - 1],
    "unscaled standard-normal weights: multiply by sqrt(2/n[l-1])": lambda dims, l: 1.0,
}


def _judge_init_shapes(case, result):
    dims = case.args["layer_dims"]
    parameters = result["parameters"]
    expected = {f"{p}{l}" for l in range(1, len(dims)) for p in "Wb"}
    if set(parameters) != expected:
        raise Mistake(f"On {case.label}: the keys should be exactly {sorted(expected)}, got "
                      f"{sorted(parameters)}.")
    for l in range(1, len(dims)):
        W, b = np.asarray(parameters[f"W{l}"]), np.asarray(parameters[f"b{l}"])
        if W.shape == (dims[l], dims[l - 1]) and dims[l] != dims[l - 1]:
            raise Mistake(f"`W{l}` has shape (n[l], n[l-1]), the NumPy column convention. "
                          f"With examples as rows a layer computes X @ W + b, so W{l} has "
                          f"shape [n[l-1], n[l]].")
        if W.shape != (dims[l - 1], dims[l]):
            raise Mistake(f"`W{l}` has shape {W.shape}; it should be [n[l-1], n[l]].")
        if b.shape != (dims[l],):
            raise Mistake(f"`b{l}` has shape {b.shape}; it should be a vector [n[l]], added "
                          f"to every row (the column (n[l], 1) is the NumPy convention).")
    for key, is_variable in result["is_variable"].items():
        if not is_variable:
            raise Mistake(f"`{key}` is not a trainable tf.Variable: wrap it in "
                          f"tf.Variable(...) so that GradientTape watches it and an optimizer "
                          f"can update it in place.")


def _judge_init_seeding(got):
    first, again, other = (g["parameters"] for g in got[:3])
    if any(not np.array_equal(first[k], again[k]) for k in first):
        raise Mistake("Two calls with the same `seed` returned different weights. In eager "
                      "mode an operation seed alone (tf.random.normal(..., seed=seed)) gives "
                      "a new draw at every call: create tf.random.Generator.from_seed(seed), "
                      "or call tf.random.set_seed(seed) first, inside the function.")
    if all(np.array_equal(first[k], other[k]) for k in first if k.startswith("W")):
        raise Mistake("Calls with different seeds returned the same weights: the function "
                      "ignores its `seed` argument.")


def _judge_he_statistics(case, parameters):
    dims = case.args["layer_dims"]
    for l in range(1, len(dims)):
        W = np.asarray(parameters[f"W{l}"], dtype=float)
        if np.any(np.asarray(parameters[f"b{l}"]) != 0):
            raise Mistake(f"`b{l}` is not zero: biases start at zero.")
        if W.size < 500:
            continue  # too few weights for sharp statistics; the wide layers decide
        std = W.std()
        if std == 0:
            raise Mistake(f"`W{l}` is all one value: the weights must be random.")
        if abs(W.mean()) > 6 * std / np.sqrt(W.size):
            raise Mistake(f"The weights of `W{l}` are not centred on zero: draw from a "
                          f"normal distribution with mean 0.")
        tolerance = 6 / np.sqrt(2 * W.size)
        if abs(std / _HE_TF(dims, l) - 1) > tolerance:
            for description, formula in _WRONG_FOR_HE_TF.items():
                if abs(std / formula(dims, l) - 1) <= tolerance:
                    raise Mistake(f"The weights of layer {l} have the wrong spread: it looks "
                                  f"like {description}.")
            raise Mistake(f"The standard deviation of `W{l}` is {std / _HE_TF(dims, l):.2f} "
                          f"times sqrt(2/n[l-1]). Check the scale factor.")


def _judge_init(cases, got, want):
    for case, g in zip(cases, got):
        _judge_init_shapes(case, g)
        all_finite(g["parameters"], "parameters")
    _judge_init_seeding(got)
    for case, g in zip(cases, got):
        _judge_he_statistics(case, g["parameters"])


# ---------------------------------------------------------------- forward_propagation_tf

def _random_parameters(rng, dims):
    parameters = {}
    for l in range(1, len(dims)):
        parameters[f"W{l}"] = _float32(rng.standard_normal((dims[l - 1], dims[l])) * 0.6)
        parameters[f"b{l}"] = _float32(rng.standard_normal(dims[l]) * 0.5 + 0.2)
    return parameters


def _forward_cases(rng):
    cases = []
    for layers in (2, 3):
        classes = int(rng.integers(3, 6))
        dims = [int(rng.integers(5, 9))] + [int(rng.integers(4, 8)) for _ in range(layers - 1)]
        dims.append(classes)
        batch = _size_other_than(rng, 6, 11, {classes})
        cases.append(Case({"X": _float32(rng.standard_normal((batch, dims[0]))),
                           "parameters": _random_parameters(rng, dims)},
                          "tf_intro:forward_with_variables", f"a {layers}-layer network"))
    return cases


def _numpy_forward(X, parameters, use_bias=True):
    """Logits of [LINEAR -> RELU] x (L-1) -> LINEAR in NumPy (row convention)."""
    L = len(parameters) // 2
    A = np.asarray(X, dtype=float)
    for l in range(1, L + 1):
        Z = A @ parameters[f"W{l}"] + (parameters[f"b{l}"] if use_bias else 0)
        A = np.maximum(Z, 0) if l < L else Z
    return A


def _judge_forward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        logits, expected = np.asarray(g["logits"]), w["logits"]
        if logits.shape == expected.shape[::-1]:
            raise Mistake("The logits have shape [classes, batch], the NumPy column layout: "
                          "with examples as rows they are [batch, classes].")
        same_structure(logits, expected, "logits")
        if _is_close(logits, expected):
            continue
        wrong = {
            "a softmax on the output layer: return the logits; the loss applies the softmax "
            "itself (from_logits=True)": _softmax(expected),
            "a ReLU on the output layer: the last layer is linear and returns logits, which "
            "may be negative": np.maximum(expected, 0),
            "a sigmoid on the output layer: return the logits": 1 / (1 + np.exp(-expected)),
            "the biases left out: each layer computes X @ W + b":
                _numpy_forward(case.args["X"], case.args["parameters"], use_bias=False),
        }
        for description, value in wrong.items():
            if _is_close(logits, value):
                raise Mistake(f"On {case.label}, the logits look like {description}.")
        raise Mistake(f"On {case.label}, the logits have wrong values: each hidden layer is "
                      f"relu(A @ W + b), the last one A @ W + b without activation.")
    for case, g in zip(cases, got):
        lost = [key for key, reaches in g["gradient_reaches"].items() if not reaches]
        if lost:
            raise Mistake(f"On {case.label}, GradientTape gets no gradient for "
                          f"{', '.join(map(repr, lost))}: NumPy functions (np.dot, "
                          f"np.maximum, ...) leave TensorFlow, so the tape cannot follow "
                          f"them. Use tf.matmul, tf.nn.relu and tensor arithmetic.")


# ---------------------------------------------------------------- compute_cost_tf / accuracy_tf

_LABELS_HINT = ("logits [batch, classes] with integer labels [batch] (a sparse loss takes "
                "them as they are; a dense, categorical loss needs them one-hot)")


def _logits_cases(rng, label):
    cases = []
    for scale in rng.permutation([0.5, 2.0, 4.0]):
        classes = int(rng.integers(3, 9))
        batch = _size_other_than(rng, 6, 14, {classes})
        offsets = rng.standard_normal(classes)
        logits = _float32(rng.standard_normal((batch, classes)) * scale + offsets)
        labels = rng.integers(0, classes, size=batch)
        cases.append(Case({"logits": logits, "labels": labels}, label=label))
    return cases


def _cost_cases(rng):
    return _logits_cases(rng, _LABELS_HINT)


def _judge_cost(cases, got, want):
    for case, g, w in zip(cases, got, want):
        logits, labels = case.args["logits"], case.args["labels"]
        if np.shape(g) == labels.shape:
            raise Mistake("The cost has one value per example: average them with "
                          "tf.reduce_mean (tf.nn.*_cross_entropy_with_logits return one loss "
                          "per example).")
        same_structure(g, w, "cost")
        if _is_close(g, w):
            continue
        not_from_logits = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(labels, logits)).numpy()
        wrong = {
            "summed over the batch: the cost is the mean (tf.reduce_mean)": w * len(labels),
            "a softmax applied to the logits before a loss that applies its own "
            "(from_logits=True): a double softmax": _cross_entropy(_softmax(logits), labels),
            "the loss called without from_logits=True, so it takes the logits for "
            "probabilities": not_from_logits,
        }
        for description, value in wrong.items():
            if _is_close(g, value):
                raise Mistake(f"The cost looks {description}.")
        raise Mistake("The cost has a wrong value: it is the mean over the batch of "
                      "-log softmax(logits)[true class].")


def _accuracy_cases(rng):
    cases = _logits_cases(rng, _LABELS_HINT + "; one prediction per row: the argmax over "
                                              "axis=1")
    for case in cases:
        # about two thirds right, so that the accuracy is neither 0 nor 1
        logits, labels = case.args["logits"], case.args["labels"]
        right = rng.random(len(labels)) < 0.65
        labels[right] = np.argmax(logits[right], axis=1)
    return cases


def _judge_accuracy(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "accuracy")
        if np.issubdtype(np.asarray(g).dtype, np.integer):
            raise Mistake("The accuracy is an integer: tf.reduce_mean of an integer tensor "
                          "truncates. Cast the comparison to tf.float32 before averaging.")
        if _is_close(g, w):
            continue
        batch = len(case.args["labels"])
        if _is_close(g, w * batch):
            raise Mistake("The accuracy is a count of correct predictions: divide by the "
                          "batch size (tf.reduce_mean).")
        if _is_close(g, w * 100):
            raise Mistake("The accuracy is a percentage: return the fraction in [0, 1].")
        raise Mistake("The accuracy has a wrong value: compare tf.argmax(logits, axis=1) with "
                      "the labels and average.")


# ---------------------------------------------------------------- multilabel_predict

def _multilabel_cases(rng):
    cases = []
    for threshold in (None, 0.3, 0.8):
        t = threshold or 0.5
        classes = int(rng.integers(3, 7))
        batch = _size_other_than(rng, 6, 12, {classes})
        logits = rng.standard_normal((batch, classes)) * 2.0
        logits[0, :2] = [2.0, 3.0]  # a row with at least two labels
        logits[2] = rng.normal(0.2, 0.05, classes)  # no class has a softmax above 1/3
        # a logit between the threshold and its logit: sigmoid and raw comparisons disagree
        low, high = sorted([t, np.log(t / (1 - t))])
        logits[1, 0] = rng.uniform(low, high)
        args = {"logits": _float32(logits)}
        if threshold is not None:
            args["threshold"] = threshold
        cases.append(Case(args, label=f"threshold {t}"))
    return cases


def _judge_multilabel(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "predictions")
        g = np.asarray(g)
        if not np.all((g == 0) | (g == 1)):
            raise Mistake("The predictions should be decisions, 0 or 1 for every class, not "
                          "probabilities: compare the probabilities with the threshold.")
        if np.array_equal(g, w):
            continue
        logits = case.args["logits"].astype(float)
        t = case.args.get("threshold", 0.5)
        one_per_row = np.eye(logits.shape[1])[np.argmax(logits, axis=1)]
        wrong = {
            "a softmax: softmax makes the classes compete (the probabilities sum to 1), so "
            "at most one class passes 0.5; multi-label needs an independent sigmoid per "
            "class": _softmax(logits) > t,
            "exactly one label per row (an argmax): that is single-label classification; "
            "multi-label decides every class on its own": one_per_row,
            "a fixed 0.5: the function ignores its `threshold` argument":
                1 / (1 + np.exp(-logits)) > 0.5,
            "the logits compared with the threshold: the threshold is a probability, so "
            "apply tf.sigmoid first": logits > t,
        }
        for description, value in wrong.items():
            if np.array_equal(g, value):
                raise Mistake(f"With {case.label}, the predictions look like {description}.")
        raise Mistake(f"With {case.label}, the predictions are wrong: predict 1 where "
                      f"sigmoid(logit) > threshold.")


# ---------------------------------------------------------------- make_exponential_decay

def _decay_cases(rng):
    cases = []
    for staircase in (True, False, True):
        decay_steps = int(rng.integers(5, 21))
        steps = [0, 1, decay_steps - 1, decay_steps, decay_steps + 1, int(1.6 * decay_steps),
                 2 * decay_steps, 3 * decay_steps + 2, 7 * decay_steps + 1]
        args = {"learning_rate0": float(rng.choice([0.1, 0.05, 0.003])),
                "decay_steps": decay_steps, "decay_rate": float(rng.choice([0.5, 0.7, 0.9])),
                "staircase": staircase, "steps": steps}
        cases.append(Case(args, "tf_intro:schedule_values",
                          f"staircase={staircase}, decay_steps={decay_steps}"))
    return cases


def _judge_decay(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "learning rates")
        if _is_close(g, w, rtol=1e-5):
            continue
        a = case.args
        steps = np.asarray(a["steps"], dtype=float)
        ratio = steps / a["decay_steps"]
        rate = lambda exponent: a["learning_rate0"] * a["decay_rate"] ** exponent  # noqa: E731
        wrong = {
            "decay continuously although staircase=True: a staircase schedule keeps the rate "
            "constant within each block of decay_steps steps (floor the exponent)":
                rate(ratio) if a["staircase"] else None,
            "drop in steps although staircase=False: without staircase the exponent is "
            "step / decay_steps, not floored": None if a["staircase"] else rate(np.floor(ratio)),
            "decay at every step: the exponent is step / decay_steps, not step": rate(steps),
            "round the exponent: staircase takes the floor of step / decay_steps":
                rate(np.round(ratio)) if a["staircase"] else None,
        }
        for description, value in wrong.items():
            if value is not None and _is_close(g, value, rtol=1e-5):
                raise Mistake(f"With {case.label}, the learning rates {description}.")
        raise Mistake(f"With {case.label}, the learning rates are wrong: "
                      f"learning_rate0 * decay_rate ** (step / decay_steps), with the exponent "
                      f"floored when staircase is True.")


# ---------------------------------------------------------------- train_step / v1 train op

def _bn_model_cases(rng, adapter):
    cases = []
    for _ in range(2):
        n0, hidden, classes = (int(rng.integers(5, 9)), int(rng.integers(4, 8)),
                               int(rng.integers(3, 6)))
        batch, steps = int(rng.integers(8, 15)), 3
        args = {"kernel1": _float32(rng.standard_normal((n0, hidden)) * 0.8),
                "gamma": _float32(1 + 0.3 * rng.standard_normal(hidden)),
                "beta": _float32(0.3 * rng.standard_normal(hidden)),
                "kernel2": _float32(rng.standard_normal((hidden, classes)) * 0.8),
                "bias2": _float32(0.3 * rng.standard_normal(classes)),
                "momentum": float(rng.choice([0.5, 0.6, 0.7])),
                "learning_rate": float(rng.choice([0.05, 0.1, 0.2])),
                "X": _float32(rng.standard_normal((steps, batch, n0)) + rng.uniform(0.5, 1.5, n0)),
                "y": rng.integers(0, classes, size=(steps, batch))}
        cases.append(Case(args, adapter, f"a Dense -> BN -> ReLU -> Dense model, {steps} steps"))
    return cases


def _numpy_bn_logits(args, X):
    """Logits of the harness model with its initial weights, BN in training mode."""
    Z = np.asarray(X, dtype=float) @ args["kernel1"]
    Z_norm = (Z - Z.mean(axis=0)) / np.sqrt(Z.var(axis=0) + 1e-3)
    A = np.maximum(args["gamma"] * Z_norm + args["beta"], 0)
    return A @ args["kernel2"] + args["bias2"]


def _moving_statistics_unchanged(result) -> bool:
    return (np.all(np.asarray(result["moving_mean"]) == 0)
            and np.all(np.asarray(result["moving_variance"]) == 1))


def _weights_unchanged(case, result) -> bool:
    return all(np.array_equal(np.asarray(result["weights"][name]), case.args[name])
               for name in result["weights"])


def _judge_train_step(cases, got, want):
    for case, g, w in zip(cases, got, want):
        losses = g["losses"]
        if any(loss is None for loss in losses):
            raise Mistake("`train_step` returned nothing: return the loss of the batch.")
        same_structure(g, w, "the result of the steps")
        if _moving_statistics_unchanged(g):
            raise Mistake("The BatchNormalization moving statistics never changed: the model "
                          "ran in inference mode. Call model(X, training=True) inside the "
                          "tape; BN then uses the batch statistics and updates its moving "
                          "averages.")
        if _weights_unchanged(case, g):
            raise Mistake("The weights did not change: compute the gradients with the tape "
                          "and apply them with optimizer.apply_gradients(zip(grads, "
                          "model.trainable_variables)).")
        first_loss = float(np.asarray(losses[0]))
        if not _is_close(first_loss, w["losses"][0]):
            X, y = case.args["X"][0], case.args["y"][0]
            wrong = {
                "summed over the batch: the loss is the mean": float(w["losses"][0]) * len(y),
                "computed with a softmax before a from_logits=True loss (a double softmax)":
                    _cross_entropy(_softmax(_numpy_bn_logits(case.args, X)), y),
            }
            for description, value in wrong.items():
                if _is_close(first_loss, value):
                    raise Mistake(f"The loss returned by the first step looks {description}.")
            raise Mistake("The loss returned by the first step has a wrong value: the mean "
                          "sparse cross-entropy of the logits of model(X, training=True), "
                          "computed before the update.")
        close(g, w, "the weights and moving statistics after the steps",
              "Each call should make exactly one optimizer step on the mean loss, with the "
              "model in training mode.", rtol=1e-4, atol=1e-5)


def _judge_v1_train_op(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "the result of the steps")
        mean_moved = np.any(np.asarray(g["moving_mean"]) != 0)
        variance_moved = np.any(np.asarray(g["moving_variance"]) != 1)
        if not mean_moved and not variance_moved:
            raise Mistake("The moving statistics never moved: the UPDATE_OPS did not run with "
                          "the train op. Create the train op inside `with "
                          "tf.control_dependencies(update_ops):`, where update_ops is "
                          "tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS).")
        if mean_moved != variance_moved:
            raise Mistake("Only some moving statistics moved: the train op must depend on all "
                          "of the UPDATE_OPS.")
        if _weights_unchanged(case, g):
            raise Mistake("The weights did not change: the returned op must still minimize "
                          "the loss (optimizer.minimize(loss) inside the control_dependencies "
                          "block).")
        close(g, w, "the weights and moving statistics after the steps",
              "Each run of the train op should make one gradient step and one update of the "
              "moving averages.", rtol=1e-4, atol=1e-5)


# ---------------------------------------------------------------- build_bn_mlp

# Measured over 20 seeds on the shifted, noisy digits: the reference trained 300 steps scores
# 0.77-0.83 (mean 0.81); untrained or zero-initialized models 0.04-0.14; the trained reference
# with its BN moving statistics reset to 0 and 1 scores 0.54-0.68.
_GATE_ACCURACY, _GATE_STEPS = 0.72, 300
_GATE_MODEL = {"hidden_units": (32,), "bn_before_activation": True, "dropout_rate": 0.4,
               "momentum": 0.9}


def _shifted_noisy_digits(X, rng, shift=1, noise=0.05):
    """Digits no MNIST file holds: each moved by up to ``shift`` pixels along each axis (a
    fresh draw per image), plus Gaussian noise, clipped to [0, 1].

    Inputs: X [m, 784] float32 in [0, 1]; rng a np.random.Generator.
    Returns: float32 [m, 784].
    """
    m = len(X)
    padded = np.pad(X.reshape(m, 28, 28), ((0, 0), (shift, shift), (shift, shift)))
    rows, cols = rng.integers(0, 2 * shift + 1, size=(2, m))
    moved = np.stack([padded[i, r:r + 28, c:c + 28] for i, (r, c) in enumerate(zip(rows, cols))])
    noisy = moved + rng.normal(0, noise, moved.shape)
    return np.clip(noisy, 0, 1).reshape(m, -1).astype(np.float32)


def _gate_case(rng):
    """Train on 2000 MNIST digits in the kernel; evaluate in the grader on 1000 others.
    Both sets are shifted and noisy (same distribution); the held-out images and labels
    stay in the grader."""
    X, y = data.load_mnist("train", n=3000, layout="rows", one_hot=False,
                           seed=int(rng.integers(2**31)))
    X = _shifted_noisy_digits(X, rng)
    order = rng.permutation(len(y))
    train, held = order[:2000], order[2000:]
    args = {"X_train": X[train], "y_train": y[train], **_GATE_MODEL, "steps": _GATE_STEPS,
            "batch_size": 64, "seed": int(rng.integers(2**31))}
    return HeldOutCase(args, "tf_intro:train_and_describe", "a short training run on MNIST",
                       held_images=X[held], held_labels=y[held])


def _bn_mlp_cases(rng):
    cases = []
    for layers, before in ((1, True), (2, False), (2, True)):
        args = {"hidden_units": tuple(int(rng.integers(12, 40)) for _ in range(layers)),
                "bn_before_activation": before,
                "dropout_rate": float(rng.choice([0.2, 0.3, 0.4])),
                "momentum": float(rng.choice([0.8, 0.85, 0.95])),
                "n_features": int(rng.integers(10, 20))}
        cases.append(Case(args, "tf_intro:describe_model",
                          f"hidden_units={args['hidden_units']}, bn_before_activation={before}"))
    cases.append(_gate_case(rng))
    return cases


_ACTIVATIONS = {"ReLU": "relu", "Softmax": "softmax"}
_IGNORED = {"InputLayer", "Flatten", "Identity"}


def _operations(layers):
    """The model as a flat list of (operation, layer description): a Dense with an activation
    becomes ("dense", ...) followed by (activation name, ...)."""
    operations = []
    for layer in layers:
        kind = layer["type"]
        if kind in _IGNORED:
            continue
        if kind == "Dense":
            operations.append(("dense", layer))
            if layer["activation"] not in (None, "linear"):
                operations.append((layer["activation"], layer))
        elif kind == "Activation":
            operations.append((layer["activation"], layer))
        elif kind == "BatchNormalization":
            operations.append(("bn", layer))
        elif kind == "Dropout":
            operations.append(("dropout", layer))
        else:
            operations.append((_ACTIVATIONS.get(kind, kind), layer))
    return operations


def _judge_hidden_block(i, block, dense, args):
    names = [name for name, _ in block]
    before = args["bn_before_activation"]
    if "bn" not in names:
        raise Mistake(f"Hidden layer {i} has no BatchNormalization.")
    if "relu" not in names:
        raise Mistake(f"Hidden layer {i} has no ReLU.")
    if "dropout" not in names:
        raise Mistake(f"Hidden layer {i} has no Dropout after it.")
    if (names.index("bn") < names.index("relu")) != before:
        order = "Dense -> BatchNormalization -> ReLU" if before else \
            "Dense -> ReLU -> BatchNormalization"
        raise Mistake(f"With bn_before_activation={before}, a hidden layer is {order}.")
    if names != (["bn", "relu", "dropout"] if before else ["relu", "bn", "dropout"]):
        raise Mistake(f"Hidden layer {i} has the layers {names} after its Dense; expected "
                      f"BatchNormalization, ReLU and Dropout only.")
    bn, dropout = block[names.index("bn")][1], block[names.index("dropout")][1]
    if before and dense["use_bias"]:
        raise Mistake(f"The Dense layer of hidden layer {i} keeps its bias although "
                      f"BatchNormalization follows: BN subtracts the mean (and the bias with "
                      f"it) and its β replaces it. Use use_bias=False.")
    if not np.isclose(bn["momentum"], args["momentum"]):
        raise Mistake("The BatchNormalization layers do not use the `momentum` argument "
                      "(Keras' default is 0.99): pass momentum=momentum.")
    if not np.isclose(dropout["rate"], args["dropout_rate"]):
        raise Mistake("The Dropout layers do not use `dropout_rate` as their rate (the "
                      "fraction of units dropped).")


def _judge_structure(case, description, model):
    """Judge the layers of ``description`` against the case's arguments; ``model`` is the
    grader's rebuild of it, which gives the output shape."""
    args = case.args
    output_shape = list(model(np.zeros((3, model.input_shape[-1]), np.float32),
                              training=False).shape)
    if output_shape != [3, 10]:
        raise Mistake(f"For a batch of 3 examples the model returns shape {output_shape}; it "
                      f"should return 10 logits per example, [3, 10].")
    operations = _operations(description["layers"])
    if operations[-1][0] != "dense":
        raise Mistake(f"The model ends with `{operations[-1][0]}`: no activation on the output "
                      f"layer. Return the logits; the loss applies the softmax itself "
                      f"(from_logits=True).")
    dense_at = [i for i, (name, _) in enumerate(operations) if name == "dense"]
    units = [operations[i][1]["units"] for i in dense_at[:-1]]
    if units != list(args["hidden_units"]):
        raise Mistake(f"With {case.label} the hidden Dense layers have units {units}: build "
                      f"one hidden layer per entry of `hidden_units`.")
    for i, (start, end) in enumerate(zip(dense_at[:-1], dense_at[1:]), start=1):
        _judge_hidden_block(i, operations[start + 1:end], operations[start][1], args)


def _judge_gate(case, model):
    """Held-out accuracy of the rebuilt, trained model, computed here in inference mode."""
    logits = model(case.held_images, training=False)
    accuracy = float(np.mean(np.argmax(logits, axis=1) == case.held_labels))
    if accuracy < _GATE_ACCURACY:
        raise Mistake(f"A model from build_bn_mlp, trained for {_GATE_STEPS} Adam steps on "
                      f"MNIST, classifies only {accuracy:.0%} of the held-out digits correctly "
                      f"(a correct model gets about 80%). Check the layers' initialization "
                      f"and settings.")


def _judge_bn_mlp(cases, got, want):
    for case, description in zip(cases, got):
        n_features = case.held_images.shape[1] if isinstance(case, HeldOutCase) \
            else case.args["n_features"]
        model = keras_rebuild.rebuild(description, n_features)
        _judge_structure(case, description, model)
        if isinstance(case, HeldOutCase):
            _judge_gate(case, model)


CHECKS = [
    Check("test_one_hot_matrix", "one_hot_matrix", _one_hot_cases, _judge_one_hot),
    Check("test_initialize_parameters_tf", "initialize_parameters_tf", _init_cases,
          _judge_init),
    Check("test_forward_propagation_tf", "forward_propagation_tf", _forward_cases,
          _judge_forward),
    Check("test_compute_cost_tf", "compute_cost_tf", _cost_cases, _judge_cost),
    Check("test_accuracy_tf", "accuracy_tf", _accuracy_cases, _judge_accuracy),
    Check("test_multilabel_predict", "multilabel_predict", _multilabel_cases,
          _judge_multilabel),
    Check("test_make_exponential_decay", "make_exponential_decay", _decay_cases,
          _judge_decay),
    Check("test_train_step", "train_step",
          lambda rng: _bn_model_cases(rng, "tf_intro:train_steps"), _judge_train_step),
    Check("test_build_bn_mlp", "build_bn_mlp", _bn_mlp_cases, _judge_bn_mlp),
    Check("test_build_v1_bn_train_op", "build_v1_bn_train_op",
          lambda rng: _bn_model_cases(rng, "tf_intro:v1_train"), _judge_v1_train_op),
]

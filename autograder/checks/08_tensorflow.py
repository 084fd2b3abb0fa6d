"""Hidden checks of assignment 08: TensorFlow introduction and batch norm in TensorFlow.

Values are compared with the reference on fresh inputs; the kinds of the returned values
(a tf.Tensor, a tf.Variable, a NumPy array) and their dtypes are part of the contract.
Functions that need TensorFlow objects run through the adapters of
``dlbasics.harness.tf_intro``: a Keras model with given weights for ``train_step`` (also run
under ``tf.function``, as the capstone runs it), a TF1 graph and Session for
``build_v1_bn_train_op``, a description of the built model (layer settings and weights) for
``build_bn_mlp``, once as built and once after a short training run.  The grader rebuilds
those models from an allow-list (``autograder.keras_rebuild``) and evaluates the trained one
itself, on perturbed digits that never reach the kernel and whose labels only the grader
holds (:class:`HeldOutCase`).  The misconception catalog names the usual mistakes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from autograder import keras_rebuild
from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import close, same_structure, seeding
from autograder.checks.weights import judge_layers
from dlbasics import data

RTOL, ATOL = 1e-4, 1e-6


@dataclass
class HeldOutCase(Case):
    """A case with held-out inputs and labels that only the judge sees: ``as_plain`` writes
    ``args`` alone.  held_images [m, n] float32, held_labels [m] int.  The catalog's
    misconceptions are not run on it (training each one would take too long): the other
    cases name them."""

    held_images: np.ndarray | None = None
    held_labels: np.ndarray | None = None
    diagnose: bool = False


def _float32(array) -> np.ndarray:
    return np.asarray(array, dtype=np.float32)


def _size_other_than(rng, low, high, avoid):
    """An int in [low, high] different from every value of ``avoid``."""
    choices = [n for n in range(low, high + 1) if n not in avoid]
    return int(rng.choice(choices))


def _compare(what, hint="", rtol=RTOL, atol=ATOL, factors=None):
    """A judge comparing every case's values with the reference's."""
    def judge(cases, got, want):
        for case, g, w in zip(cases, got, want):
            close(g, w, what, hint, rtol, atol, factors, case.label)
    return judge


# ---------------------------------------------------------------- one_hot_matrix

def _one_hot_cases(rng):
    cases = []
    for depth, label in ((None, "10 classes (the default depth)"),
                         (int(rng.integers(4, 8)), "fewer than 10 classes"),
                         (int(rng.integers(11, 16)), "more than 10 classes")):
        classes = depth or 10
        m = _size_other_than(rng, 6, 20, {classes})
        # with fewer classes, the largest one is missing from the batch
        args = {"labels": rng.integers(0, classes - (classes < 10), size=m)}
        if depth is not None:
            args["depth"] = depth
        cases.append(Case(args, label=label))
    cases[0].args["labels"] = [int(x) for x in cases[0].args["labels"]]
    cases[0].label += ", labels as a Python list"
    return cases


# ---------------------------------------------------------------- initialize_parameters_tf

def _init_cases(rng):
    dims = [int(rng.integers(400, 600)), int(rng.integers(150, 250)),
            int(rng.integers(50, 90)), int(rng.integers(15, 25))]
    seed, other = (int(s) for s in rng.choice(np.arange(1, 10_000), size=2, replace=False))
    small = [int(rng.integers(3, 9)), 4, 1]
    adapter = "tf_intro:parameters_and_kinds"
    return [Case({"layer_dims": dims, "seed": seed}, adapter, "a 3-layer network"),
            Case({"layer_dims": dims, "seed": seed}, adapter, "the same call again"),
            Case({"layer_dims": dims, "seed": other}, adapter, "another seed"),
            Case({"layer_dims": small, "seed": 0}, adapter, "a small network with seed 0"),
            Case({"layer_dims": small, "seed": 0}, adapter, "the same small network again")]


def _judge_init(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(g["is_variable"], w["is_variable"], "trainable tf.Variable",
              "Wrap each array in tf.Variable(...) so that GradientTape watches it and an "
              "optimizer can update it in place.", 0, 0, label=case.label)
        same_structure(g["parameters"], w["parameters"], "parameters")
    seeding([g["parameters"] for g in got], [w["parameters"] for w in want],
            "initialize_parameters_tf")
    for g, w in zip(got, want):
        judge_layers(g["parameters"], w["parameters"], len(w["parameters"]) // 2)


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


def _judge_forward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(g["logits"], w["logits"], "logits", "Each hidden layer is relu(A @ W + b), the "
              "last one A @ W + b without activation.", label=case.label)
        close(g["gradient_reaches"], w["gradient_reaches"], "the gradient reaches",
              "NumPy functions (np.dot, np.maximum, ...) leave TensorFlow, so GradientTape "
              "cannot follow them: use tf.matmul, tf.nn.relu and tensor arithmetic.",
              label=case.label)


# ---------------------------------------------------------------- compute_cost_tf / accuracy_tf

_LABELS_HINT = ("logits [batch, classes] with integer labels [batch] (a sparse loss takes "
                "them as they are; a dense, categorical loss needs them one-hot)")


def _logits_cases(rng, label):
    cases = []
    for scale in [*rng.permutation([0.5, 2.0, 4.0]), 40.0]:  # 40: a naive log(softmax) underflows
        classes = int(rng.integers(3, 9))
        batch = _size_other_than(rng, 6, 14, {classes})
        offsets = rng.standard_normal(classes)
        logits = _float32(rng.standard_normal((batch, classes)) * scale + offsets)
        labels = rng.integers(0, classes, size=batch)
        cases.append(Case({"logits": logits, "labels": labels}, label=label))
    return cases


def _cost_cases(rng):
    return _logits_cases(rng, _LABELS_HINT)


def _accuracy_cases(rng):
    cases = _logits_cases(rng, _LABELS_HINT + "; one prediction per row: the argmax over "
                                              "axis=1")
    for case in cases:
        # about two thirds right, so that the accuracy is neither 0 nor 1
        logits, labels = case.args["logits"], case.args["labels"]
        right = rng.random(len(labels)) < 0.65
        labels[right] = np.argmax(logits[right], axis=1)
    return cases


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
        logits[3, 0] = np.log(t / (1 - t)) if t == 0.5 else logits[3, 0]  # sigmoid exactly t
        args = {"logits": _float32(logits)}
        if threshold is not None:
            args["threshold"] = threshold
        cases.append(Case(args, label=f"threshold {t}"))
    return cases


# ---------------------------------------------------------------- make_exponential_decay

def _decay_cases(rng):
    cases = []
    for staircase, rate in ((True, None), (False, None), (True, None), (False, 1.0)):
        decay_steps = int(rng.integers(5, 21))
        steps = [0, 1, decay_steps - 1, decay_steps, decay_steps + 1, int(1.6 * decay_steps),
                 2 * decay_steps, 3 * decay_steps + 2, 7 * decay_steps + 1]
        args = {"learning_rate0": float(rng.choice([0.1, 0.05, 0.003])),
                "decay_steps": decay_steps,
                "decay_rate": rate or float(rng.choice([0.5, 0.7, 0.9])),
                "staircase": staircase, "steps": steps}
        cases.append(Case(args, "tf_intro:schedule_values",
                          f"staircase={staircase}, decay_steps={decay_steps}"))
    return cases


# ---------------------------------------------------------------- train_step / v1 train op

def _bn_model_cases(rng, adapter, compile_some=False):
    """Two small BN models trained 3 steps; with ``compile_some`` the second case runs the
    function under tf.function."""
    cases = []
    for k in range(2):
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
        label = f"a Dense -> BN -> ReLU -> Dense model, {steps} steps"
        if compile_some and k == 1:
            args["compiled"] = True
            label += ", under tf.function"
        cases.append(Case(args, adapter, label))
    return cases


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


def _blocks(description):
    """The model as blocks: one per Dense layer, the Dense's settings and the operations
    (names, settings) that follow it up to the next Dense."""
    blocks = []
    for name, layer in _operations(description["layers"]):
        if name == "dense":
            blocks.append((layer, []))
        elif blocks:
            blocks[-1][1].append((name, layer))
    return blocks


def _setting(layer, key):
    value = layer.get(key)
    return round(value, 6) if isinstance(value, float) else value


def _judge_blocks(case, got, want):
    """The Dense blocks of ``got`` are those of ``want``: the first difference is named."""
    g_blocks, w_blocks = _blocks(got), _blocks(want)
    if len(g_blocks) != len(w_blocks):
        raise Mistake(f"With {case.label} the model has {len(g_blocks) - 1} hidden Dense "
                      f"layer(s): build one hidden layer per entry of `hidden_units`, then "
                      f"the output Dense layer.")
    for i, ((g_dense, g_ops), (w_dense, w_ops)) in enumerate(zip(g_blocks, w_blocks), 1):
        output = i == len(w_blocks)
        where = "The output layer" if output else f"Hidden layer {i}"
        if _setting(g_dense, "units") != _setting(w_dense, "units"):
            raise Mistake(f"{where} has {g_dense.get('units')} units: hidden layers take "
                          f"theirs from `hidden_units`, the output layer has 10.")
        g_names, w_names = [n for n, _ in g_ops], [n for n, _ in w_ops]
        if g_names != w_names:
            if output:
                raise Mistake(f"The model ends with {g_names or 'no activation'} after its "
                              f"last Dense layer: return the logits, no activation on the "
                              f"output layer (the loss applies the softmax itself).")
            raise Mistake(f"{where} has the layers {g_names} after its Dense: with "
                          f"bn_before_activation={case.args.get('bn_before_activation')} "
                          f"a hidden layer is Dense -> "
                          f"{' -> '.join(w_names)}.")
        if _setting(g_dense, "use_bias") != _setting(w_dense, "use_bias"):
            raise Mistake(f"The Dense layer of {where.lower()} "
                          + ("keeps its bias although BatchNormalization follows: BN "
                             "subtracts the mean (and the bias with it) and its beta replaces "
                             "it. Use use_bias=False." if g_dense.get("use_bias") else
                             "has no bias: only a Dense layer followed by batch norm drops "
                             "it."))
        for (name, g_layer), (_, w_layer) in zip(g_ops, w_ops):
            for key in ("momentum", "epsilon", "rate", "center", "scale"):
                if _setting(g_layer, key) != _setting(w_layer, key):
                    raise Mistake(f"In {where.lower()}, the {g_layer['type']} layer has "
                                  f"{key}={g_layer.get(key)}: use the function's arguments "
                                  f"(`momentum`, `dropout_rate` as the fraction dropped) and "
                                  f"Keras' defaults otherwise.")


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
    for case, description, wanted in zip(cases, got, want):
        n_features = case.held_images.shape[1] if isinstance(case, HeldOutCase) \
            else case.args["n_features"]
        model = keras_rebuild.rebuild(description, n_features)
        shape = list(model(np.zeros((3, n_features), np.float32), training=False).shape)
        if shape != [3, 10]:
            raise Mistake(f"For a batch of 3 examples the model returns shape {shape}; it "
                          f"should return 10 logits per example, [3, 10].")
        _judge_blocks(case, description, wanted)
        if isinstance(case, HeldOutCase):
            _judge_gate(case, model)


_LOGITS = {"logits": [("logits far apart (a naive log of the softmax underflows)",
                       lambda a: np.ptp(a["logits"], axis=1).max() > 100)],
           "labels": [("labels that miss a class",
                       lambda a: len(np.unique(a["labels"])) < a["logits"].shape[1])]}
_BN_MODEL = {"X": "inputs with an offset per feature", "y": "random classes"}

CHECKS = [
    Check("test_one_hot_matrix", "one_hot_matrix", _one_hot_cases,
          _compare("one_hot_matrix(labels, depth)", "Row i has a single 1, in column "
                   "labels[i], and 0 elsewhere: [batch, depth].", 0, 0),
          {"labels": [("a list of labels", lambda a: isinstance(a["labels"], list)),
                      ("labels that miss the largest class",
                       lambda a: max(a["labels"]) < a.get("depth", 10) - 1)],
           "depth": [("the default", lambda a: "depth" not in a),
                     ("fewer than 10 classes", lambda a: a.get("depth", 10) < 10)]}),
    Check("test_initialize_parameters_tf", "initialize_parameters_tf", _init_cases,
          _judge_init,
          {"layer_dims": [("an output layer of one unit", lambda a: a["layer_dims"][-1] == 1)],
           "seed": [("seed 0", lambda a: a["seed"] == 0)]}),
    Check("test_forward_propagation_tf", "forward_propagation_tf", _forward_cases,
          _judge_forward,
          {"X": "random inputs",
           "parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)]}),
    Check("test_compute_cost_tf", "compute_cost_tf", _cost_cases,
          _compare("cost", "It is the mean over the batch of -log softmax(logits)[true "
                   "class]."), _LOGITS),
    Check("test_accuracy_tf", "accuracy_tf", _accuracy_cases,
          _compare("accuracy", "Compare tf.argmax(logits, axis=1) with the labels and "
                   "average, as float32."), _LOGITS),
    Check("test_multilabel_predict", "multilabel_predict", _multilabel_cases,
          _compare("predictions", "Predict 1 where sigmoid(logit) > threshold, else 0.", 0, 0),
          {"logits": [("a probability exactly at the threshold",
                       lambda a: np.any(1 / (1 + np.exp(-a["logits"].astype(float)))
                                        == a.get("threshold", 0.5)))],
           "threshold": [("the default", lambda a: "threshold" not in a)]}),
    Check("test_make_exponential_decay", "make_exponential_decay", _decay_cases,
          _compare("learning rates", "The rate is learning_rate0 * decay_rate ** (step / "
                   "decay_steps), the exponent floored when staircase is True.", 1e-5, 1e-9),
          {"learning_rate0": "drawn from a few values", "decay_steps": "drawn at random",
           "decay_rate": [("decay_rate = 1", lambda a: a["decay_rate"] == 1)],
           "staircase": [("True", lambda a: a["staircase"]), ("False", lambda a: not a["staircase"])]}),
    Check("test_train_step", "train_step",
          lambda rng: _bn_model_cases(rng, "tf_intro:train_steps", compile_some=True),
          _compare("after the steps", "Each call makes exactly one optimizer step on the mean "
                   "loss, with the model in training mode, and returns the loss before the "
                   "update."),
          {"model": [("a run under tf.function", lambda a: a.get("compiled", False))],
           "optimizer": "plain SGD", **_BN_MODEL}),
    Check("test_build_bn_mlp", "build_bn_mlp", _bn_mlp_cases, _judge_bn_mlp,
          {"hidden_units": [("two hidden layers", lambda a: len(a["hidden_units"]) == 2)],
           "bn_before_activation": [("False", lambda a: not a["bn_before_activation"])],
           "dropout_rate": "drawn from a few values",
           "momentum": [("a momentum other than Keras' default",
                         lambda a: a["momentum"] != 0.99)]}),
    Check("test_build_v1_bn_train_op", "build_v1_bn_train_op",
          lambda rng: _bn_model_cases(rng, "tf_intro:v1_train"),
          _compare("after the steps", "Each run of the train op makes one gradient step and "
                   "one update of the moving averages."),
          {"loss": "the mean cross-entropy of a TF1 graph",
           "optimizer": "plain gradient descent"}),
]

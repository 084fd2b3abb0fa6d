"""Hidden checks of assignment 03: dropout.

The forward pass draws its masks from the student's own random generator, so it is judged
by the features its result shares with the reference's, never by equal masks.  Per layer:
whether the stored ``Z`` is ``W A_prev + b`` of its own cache, whether the mask holds only
0/1, how the next layer's input relates to ``relu(Z)`` (is the mask applied, and by which
factor are the kept units scaled), the fraction of kept units; whether the first input is
``X`` and the output the softmax of the last ``Z``; which calls repeat their masks (same
seed, another seed, two layers of equal width).

The backward pass gets caches whose masks were drawn here (so they are known) and is compared
with the reference value for value, in the order backpropagation computes the gradients.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import (all_finite, close, identical, only_keys_of,
                                      same_structure, seeding)


def _network(rng, dims, m, dtype):
    """Random inputs (n0, m) and He-scaled parameters with non-zero biases."""
    X = rng.standard_normal((dims[0], m)).astype(dtype)
    parameters = {}
    for l in range(1, len(dims)):
        W = rng.standard_normal((dims[l], dims[l - 1])) * np.sqrt(2 / dims[l - 1])
        parameters[f"W{l}"] = W.astype(dtype)
        parameters[f"b{l}"] = (0.1 * rng.standard_normal((dims[l], 1))).astype(dtype)
    return X, parameters


def _near(got, want, rtol=1e-4) -> bool:
    """Equal up to float32 round-off, relative to the largest entry of ``want``."""
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    if got.shape != want.shape or want.size == 0:
        return got.shape == want.shape
    return bool(np.all(np.abs(got - want) <= rtol * (np.abs(want).max() + 1e-12)))


def _softmax(Z):
    exp = np.exp(Z - Z.max(axis=0, keepdims=True))
    return exp / exp.sum(axis=0, keepdims=True)


def _relu(Z):
    return np.maximum(Z, 0)


# ---------------------------------------------------------------- forward propagation

def _forward_cases(rng):
    width = int(rng.integers(40, 60))
    X1, params1 = _network(rng, [int(rng.integers(20, 30)), width, width,
                                 int(rng.integers(4, 8))], int(rng.integers(150, 220)),
                           np.float32)
    X2, params2 = _network(rng, [int(rng.integers(10, 20)), int(rng.integers(50, 60)),
                                 int(rng.integers(40, 50)), int(rng.integers(30, 40)),
                                 int(rng.integers(3, 6))], int(rng.integers(150, 200)),
                           np.float32)
    X3, params3 = _network(rng, [int(rng.integers(5, 10)), int(rng.integers(40, 60)), 3],
                           int(rng.integers(100, 150)), np.float64)
    seed, other, third = (int(s) for s in rng.choice(np.arange(2, 10_000), 3, replace=False))
    first = {"X": X1, "parameters": params1, "keep_prob": float(rng.uniform(0.65, 0.85)),
             "seed": seed}
    return [
        Case(first, label="two hidden layers of equal width"),
        Case(dict(first), label="the same call again"),
        Case({**first, "seed": other}, label="the same network with another seed"),
        Case({"X": X2, "parameters": params2, "keep_prob": float(rng.uniform(0.2, 0.3)),
              "seed": third}, label="three hidden layers and a low keep_prob"),
        Case({"X": X3, "parameters": params3, "keep_prob": 1.0, "seed": seed},
             label="float64 inputs, one hidden layer and keep_prob = 1"),
    ]


def _judge_form(got, want):
    """The pair (AL, caches): one dict per layer with the documented keys and shapes."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise Mistake("`forward_propagation_with_dropout` should return the pair "
                      "(AL, caches).")
    AL, caches = got
    L = len(want[1])
    if not isinstance(caches, (list, tuple)) or len(caches) != L:
        raise Mistake(f"`caches` should be a list with one dict per layer ({L} here).")
    same_structure(AL, want[0], "AL")
    for l, (cache, wanted) in enumerate(zip(caches, want[1]), start=1):
        if not isinstance(cache, dict):
            raise Mistake(f"`caches[{l - 1}]` should be a dict, got {type(cache).__name__}.")
        missing = [k for k in wanted if k not in cache]
        if missing:
            raise Mistake(f"`caches[{l - 1}]` is missing the key(s) "
                          f"{', '.join(map(repr, missing))}: hidden layers store their "
                          f"dropout mask \"D\" too, the backward pass needs it.")
        if "D" in cache and "D" not in wanted:
            raise Mistake(f"`caches[{l - 1}]`, the output layer's cache, holds a mask \"D\": "
                          f"dropout is applied to hidden layers only, never to the output "
                          f"layer.")
        for key in wanted:
            same_structure(cache[key], wanted[key], f"caches[{l - 1}][{key!r}]")
    all_finite([AL] + [[c[k] for k in ("A_prev", "W", "b", "Z")] for c in caches], "output")


def _layer_features(result, l, keep_prob):
    """Seed-free features of hidden layer l: how its output is made from Z and its mask."""
    caches = result[1]
    cache, A_next = caches[l - 1], np.asarray(caches[l]["A_prev"], dtype=float)
    Z, D = np.asarray(cache["Z"], dtype=float), np.asarray(cache["D"], dtype=float)
    linear = np.asarray(cache["W"], dtype=float) @ np.asarray(cache["A_prev"], dtype=float) \
        + np.asarray(cache["b"], dtype=float)
    active = np.maximum(Z, 0) > 0
    dropped = active & (D == 0)
    kept = active & (D != 0)
    scale = float(np.median(A_next[kept] / np.maximum(Z, 0)[kept])) if kept.any() else 0.0
    return {
        "Z is W A_prev + b": _near(Z, linear),
        "the mask holds only 0 and 1": bool(np.all((D == 0) | (D == 1))),
        "dropped units are zero": bool(np.all(A_next[dropped] == 0)),
        "kept units are scaled alike": _near(A_next[kept], scale * np.maximum(Z, 0)[kept]),
        "scale": scale,
        "kept fraction": float(np.mean(D != 0)),
        "size": D.size,
    }


def _judge_layer(l, label, got, want, keep_prob):
    """Hidden layer l of ``got`` is made like ``want``'s (seed-free features)."""
    g, w = _layer_features(got, l, keep_prob), _layer_features(want, l, keep_prob)
    where = f"hidden layer {l} ({label})"
    if g["Z is W A_prev + b"] != w["Z is W A_prev + b"]:
        raise Mistake(f"In {where}, `Z` is not W A_prev + b of the same cache: store Z as it "
                      f"is and drop units of the activation A = relu(Z), not of Z.")
    if g["the mask holds only 0 and 1"] != w["the mask holds only 0 and 1"]:
        raise Mistake(f"In {where}, the mask `D` holds values other than 0 and 1: store the "
                      f"0/1 (boolean) mask itself.")
    if g["dropped units are zero"] != w["dropped units are zero"]:
        raise Mistake(f"In {where}, units whose mask is 0 are not zero in the next layer's "
                      f"input: multiply the activation by the mask D.")
    if g["kept units are scaled alike"] != w["kept units are scaled alike"]:
        raise Mistake(f"In {where}, the next layer's input is not relu(Z) * D times one "
                      f"factor: A = relu(Z) * D / keep_prob.")
    if not np.isclose(g["scale"], w["scale"], rtol=1e-3):
        raise Mistake(f"In {where}, the kept activations are {g['scale']:.3g} times "
                      f"relu(Z); with keep_prob = {keep_prob:.2f} inverted dropout divides "
                      f"them by keep_prob.")
    tolerance = 6 * np.sqrt(2 * keep_prob * (1 - keep_prob) / g["size"]) + 1e-12
    if abs(g["kept fraction"] - w["kept fraction"]) > tolerance:
        raise Mistake(f"In {where}, a fraction {g['kept fraction']:.2f} of the units is kept; "
                      f"with keep_prob = {keep_prob:.2f}, a unit is kept when a uniform draw "
                      f"on [0, 1) is below keep_prob.")


def _masks(result):
    return [np.asarray(cache["D"]) for cache in result[1] if "D" in cache]


def _judge_forward(cases, got, want):
    for g, w in zip(got, want):
        _judge_form(g, w)
    for case, g, w in zip(cases, got, want):
        X = case.args["X"]
        if identical(g[1][0]["A_prev"], X) != identical(w[1][0]["A_prev"], X):
            raise Mistake("`caches[0]['A_prev']` is not `X`: dropout is never applied to the "
                          "input features, only to the activations of hidden layers.")
        for l in range(1, len(w[1])):
            _judge_layer(l, case.label, g, w, case.args["keep_prob"])
        softmax = _near(g[0], _softmax(np.asarray(g[1][-1]["Z"], dtype=float)))
        if softmax != _near(w[0], _softmax(np.asarray(w[1][-1]["Z"], dtype=float))):
            raise Mistake("`AL` is not the softmax of the output layer's Z: the output layer "
                          "is never dropped or rescaled.")
    seeding([_masks(g) for g in got], [_masks(w) for w in want], "the forward pass")
    first_two = [_masks(results[0])[:2] for results in (got, want)]
    if identical(*first_two[0]) != identical(*first_two[1]):
        raise Mistake("Both hidden layers (of equal width) got exactly the same mask: seed "
                      "the generator once, before the loop, and draw a new mask for every "
                      "layer (re-seeding inside the loop repeats the same numbers).")


# --------------------------------------------------------------- backward propagation

def _backward_case(rng, dims, m, keep_prob, dtype):
    """Arguments of the backward pass: caches of a forward pass with masks drawn here."""
    X, parameters = _network(rng, dims, m, dtype)
    Y = np.eye(dims[-1], dtype=dtype)[:, rng.integers(0, dims[-1], m)]
    L = len(dims) - 1
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        if l == 1:  # one pre-activation exactly 0, kept by the mask: ReLU's derivative is 0
            b[0, 0] = -(W @ A)[0, 0]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            D[0, 0] = True
            A = (_relu(Z) * D / keep_prob).astype(dtype)
            cache["D"] = D
        caches.append(cache)
    return {"X": X, "Y": Y, "caches": caches, "keep_prob": keep_prob}


def _backward_cases(rng):
    two_hidden = _backward_case(rng, [int(rng.integers(8, 12)), int(rng.integers(9, 14)),
                                      int(rng.integers(6, 9)), int(rng.integers(3, 6))],
                                int(rng.integers(30, 50)), float(rng.uniform(0.6, 0.85)),
                                np.float32)
    three_hidden = _backward_case(rng, [int(rng.integers(6, 10)), int(rng.integers(10, 14)),
                                        int(rng.integers(7, 10)), int(rng.integers(5, 7)),
                                        int(rng.integers(2, 5))],
                                  int(rng.integers(30, 50)), float(rng.uniform(0.3, 0.5)),
                                  np.float32)
    one_hidden = _backward_case(rng, [int(rng.integers(4, 8)), int(rng.integers(6, 10)), 3],
                                int(rng.integers(20, 40)), 1.0,
                                np.float64)
    return [Case(two_hidden, label="two hidden layers"),
            Case(dict(two_hidden), label="the same call again"),
            Case(three_hidden, label="three hidden layers and a low keep_prob"),
            Case(one_hidden, label="float64 inputs, one hidden layer and keep_prob = 1")]


def _judge_backward(cases, got, want):
    got = [only_keys_of(g, w) for g, w in zip(got, want)]
    for g, w in zip(got, want):
        same_structure(g, w, "grads")
    if identical(want[0], want[1]) != identical(got[0], got[1]):
        raise Mistake("Two calls with the same caches returned different gradients: backprop "
                      "must not draw a fresh mask. Reuse the mask D stored in the caches, the "
                      "one the forward pass applied.")
    if not identical(want[0], want[1]):
        return  # ``want`` draws fresh masks itself: its values cannot be compared
    for case, g, w in zip(cases, got, want):
        m, keep_prob = case.args["X"].shape[1], case.args["keep_prob"]
        close(g, w, "grads", "The gradient goes back through each hidden layer's stored "
              "mask D, divided by keep_prob, then through ReLU's derivative.", rtol=1e-4,
              atol=1e-6, factors={"m": m, "1/m": 1 / m, "keep_prob": keep_prob,
                                  "1/keep_prob": 1 / keep_prob}, label=case.label)


_KEEP_PROB = [("keep_prob = 1", lambda a: a["keep_prob"] == 1),
              ("a keep_prob below 0.5", lambda a: a["keep_prob"] < 0.5)]
_ONE_HIDDEN = [("one hidden layer", lambda a: len(a.get("caches", a.get("parameters", {})))
                in (2, 4))]

CHECKS = [
    Check("test_forward_propagation_with_dropout", "forward_propagation_with_dropout",
          _forward_cases, _judge_forward,
          {"X": [("float32 inputs", lambda a: a["X"].dtype == np.float32),
                 ("float64 inputs", lambda a: a["X"].dtype == np.float64)],
           "parameters": _ONE_HIDDEN, "keep_prob": _KEEP_PROB,
           "seed": "seeds are drawn at random; the same and another seed are both used"}),
    Check("test_backward_propagation_with_dropout", "backward_propagation_with_dropout",
          _backward_cases, _judge_backward,
          {"X": [("float64 inputs", lambda a: a["X"].dtype == np.float64)],
           "Y": "one-hot labels of random classes",
           "caches": _ONE_HIDDEN + [("a hidden pre-activation exactly 0", lambda a: any(
               np.any(c["Z"] == 0) for c in a["caches"][:-1]))],
           "keep_prob": _KEEP_PROB}),
]

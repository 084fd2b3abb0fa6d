"""Hidden checks of assignment 03: dropout.

The forward pass draws its masks from the student's own random generator, so it is judged
by consistency, never by equality with the reference's masks: every stored ``Z`` is
``W A_prev + b`` of its own cache, every stored mask holds only 0/1 and has the shape of the
activation, the next layer's input is ``relu(Z) * D / keep_prob`` with *that* mask, the
output is the softmax of the last ``Z``, the kept fraction is close to ``keep_prob``, the same
seed gives the same masks and another seed other masks, and the dtype of ``X`` is kept.

The backward pass gets caches whose masks were drawn here (so they are known) and is compared
with the reference.  A wrong result is matched against the gradients of the usual mistakes
(mask ignored, not rescaled, ...) so that the message can name the mistake.
"""

import math

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, same_structure


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
    return got.shape == want.shape and bool(
        np.all(np.abs(got - want) <= rtol * (np.abs(want).max() + 1e-12)))


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
        Case({"X": X3, "parameters": params3, "keep_prob": float(rng.uniform(0.5, 0.9)),
              "seed": seed}, label="float64 inputs and one hidden layer"),
    ]


def _judge_cache_keys(caches, L):
    if not isinstance(caches, (list, tuple)) or len(caches) != L:
        raise Mistake(f"`caches` should be a list with one dict per layer ({L} here).")
    for l, cache in enumerate(caches, start=1):
        if not isinstance(cache, dict):
            raise Mistake(f"`caches[{l - 1}]` should be a dict, got {type(cache).__name__}.")
        missing = [k for k in ("A_prev", "W", "b", "Z") if k not in cache]
        if missing:
            raise Mistake(f"`caches[{l - 1}]` is missing the key(s) "
                          f"{', '.join(map(repr, missing))}.")
        if l < L and "D" not in cache:
            raise Mistake(f"`caches[{l - 1}]` has no mask \"D\": store the dropout mask of "
                          f"hidden layer {l} there, the backward pass needs it.")
        if l == L and "D" in cache:
            raise Mistake(f"`caches[{L - 1}]`, the output layer's cache, holds a mask \"D\": "
                          f"dropout is applied to hidden layers only, never to the output "
                          f"layer.")


def _judge_mask_shape(D, A_shape, l):
    shape = np.shape(D)
    if shape in ((A_shape[0], 1), (1, A_shape[1])):
        raise Mistake(f"The mask of layer {l} has shape {shape}, one value shared by a whole "
                      f"row or column: draw a separate 0/1 entry for every unit and every "
                      f"example, a mask of the activation's shape {A_shape}.")
    if shape != A_shape:
        raise Mistake(f"The mask of layer {l} has shape {shape}; it should have the shape of "
                      f"the layer's activation, {A_shape}.")


def _judge_dtypes(AL, caches, dtype):
    named = [("AL", AL)] + [(f"caches[{i}][{k!r}]", c[k]) for i, c in enumerate(caches)
                           for k in ("A_prev", "Z")]
    for name, value in named:
        if np.asarray(value).dtype != dtype:
            raise Mistake(f"`{name}` has dtype {np.asarray(value).dtype} but `X` and the "
                          f"parameters are {dtype}: the forward pass should keep their dtype. "
                          f"A float64 (or integer) mask upcasts the activations; use the "
                          f"boolean mask itself, or cast it to the activation's dtype.")


def _judge_activation(A_next, Z, D, keep_prob, l):
    """The input of layer l+1 must be relu(Z) * D / keep_prob of layer l."""
    kept = _relu(Z) * D
    if _near(A_next, kept / keep_prob):
        return
    wrong = [
        (kept, "are not rescaled: inverted dropout divides A * D by keep_prob, so that the "
               "expected value of every activation stays the same"),
        (kept * keep_prob, "are multiplied by keep_prob: inverted dropout divides by "
                           "keep_prob"),
        (kept / (1 - keep_prob), "are divided by 1 - keep_prob, the drop probability: divide "
                                 "by keep_prob, the probability of keeping a unit"),
        (_relu(Z) / keep_prob, "are divided by keep_prob but never multiplied by the mask "
                               "D: A = relu(Z) * D / keep_prob"),
    ]
    for value, description in wrong:
        if _near(A_next, value):
            raise Mistake(f"The activations of hidden layer {l} {description}.")
    raise Mistake(f"The input of layer {l + 1} (`caches[{l}]['A_prev']`) is not "
                  f"relu(Z) * D / keep_prob computed from the Z and D stored for layer {l}.")


def _judge_keep_fraction(D, keep_prob, l, label):
    """About keep_prob of the units are kept (six standard errors of a binomial mean)."""
    fraction = float(np.mean(D))
    tolerance = 6 * np.sqrt(keep_prob * (1 - keep_prob) / np.size(D))
    if abs(fraction - keep_prob) <= tolerance:
        return
    normal_cdf = 0.5 * (1 + math.erf(keep_prob / math.sqrt(2)))
    if abs(fraction - normal_cdf) <= tolerance:
        raise Mistake(f"In layer {l} ({label}), the fraction of kept units matches "
                      f"`randn() < keep_prob`: draw the mask from a uniform distribution on "
                      f"[0, 1) (`rand`/`random`), not from a normal one (`randn`).")
    if abs(fraction - (1 - keep_prob)) <= tolerance:
        raise Mistake(f"In layer {l} ({label}), about 1 - keep_prob of the units are kept: "
                      f"keep and drop are swapped. A unit is kept when its uniform draw is "
                      f"below keep_prob.")
    raise Mistake(f"In layer {l} ({label}), a fraction {fraction:.2f} of the units is kept; "
                  f"it should be close to keep_prob = {keep_prob:.2f}.")


def _judge_form(got, want, L):
    """The pair (AL, caches) with the documented keys and shapes, all finite."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        raise Mistake("`forward_propagation_with_dropout` should return the pair "
                      "(AL, caches).")
    AL, caches = got
    _judge_cache_keys(caches, L)
    same_structure(AL, want[0], "AL")
    for i, (cache, wanted) in enumerate(zip(caches, want[1])):
        for key in ("A_prev", "W", "b", "Z"):
            same_structure(cache[key], wanted[key], f"caches[{i}][{key!r}]")
        if "D" in wanted:
            _judge_mask_shape(cache["D"], wanted["D"].shape, i + 1)
    all_finite([AL] + [[c[k] for k in ("A_prev", "W", "b", "Z")] for c in caches], "output")
    return AL, caches


def _judge_linear_parts(caches, parameters, keep_prob):
    """Every cache holds its layer's W and b and Z = W A_prev + b, before any dropout."""
    L = len(caches)
    for l, cache in enumerate(caches, start=1):
        if not (np.array_equal(cache["W"], parameters[f"W{l}"])
                and np.array_equal(cache["b"], parameters[f"b{l}"])):
            raise Mistake(f"`caches[{l - 1}]` does not hold `W{l}` and `b{l}` of `parameters`.")
        A_prev, Z = (np.asarray(cache[k], dtype=float) for k in ("A_prev", "Z"))
        linear = np.asarray(cache["W"], dtype=float) @ A_prev + cache["b"]
        if _near(Z, linear):
            continue
        if l < L and (_near(Z, linear * cache["D"] / keep_prob) or _near(Z, linear * cache["D"])):
            raise Mistake(f"The mask of layer {l} is applied to Z instead of to the "
                          f"activation: store Z = W A_prev + b as it is, and drop units of "
                          f"A = relu(Z).")
        raise Mistake(f"`caches[{l - 1}]['Z']` is not `W A_prev + b` computed from the same "
                      f"cache.")


def _judge_forward_case(case, got, want):
    X, parameters, keep_prob = (case.args[k] for k in ("X", "parameters", "keep_prob"))
    AL, caches = _judge_form(got, want, L=len(parameters) // 2)
    _judge_dtypes(AL, caches, X.dtype)
    if not np.array_equal(caches[0]["A_prev"], X):
        raise Mistake("`caches[0]['A_prev']` is not `X`: dropout is never applied to the "
                      "input features, only to the activations of hidden layers.")
    _judge_linear_parts(caches, parameters, keep_prob)
    for l, cache in enumerate(caches[:-1], start=1):
        D = np.asarray(cache["D"])
        if not np.all((D == 0) | (D == 1)):
            raise Mistake(f"The mask `caches[{l - 1}]['D']` holds values other than 0 and 1: "
                          f"store the 0/1 (boolean) mask itself.")
        _judge_activation(np.asarray(caches[l]["A_prev"], dtype=float),
                          np.asarray(cache["Z"], dtype=float), D, keep_prob, l)
    if not _near(AL, _softmax(np.asarray(caches[-1]["Z"], dtype=float))):
        raise Mistake("`AL` is not the softmax of the output layer's Z: the output layer is "
                      "never dropped or rescaled.")
    for l, cache in enumerate(caches[:-1], start=1):
        _judge_keep_fraction(np.asarray(cache["D"]), keep_prob, l, case.label)


def _masks(result):
    return [np.asarray(cache["D"]) for cache in result[1][:-1]]


def _judge_forward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        _judge_forward_case(case, g, w)
    first, again, other = got[0], got[1], got[2]
    if not (np.array_equal(first[0], again[0])
            and all(np.array_equal(a, b) for a, b in zip(_masks(first), _masks(again)))):
        raise Mistake("Two calls with the same `seed` returned different masks: create your "
                      "random generator from `seed` inside the function (e.g. "
                      "`np.random.default_rng(seed)` or `np.random.seed(seed)`).")
    if all(np.array_equal(a, b) for a, b in zip(_masks(first), _masks(other))):
        raise Mistake("Calls with different seeds returned the same masks: the function "
                      "ignores its `seed` argument (is a seed hard-coded?).")
    D1, D2 = _masks(first)
    if np.array_equal(D1, D2):
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
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
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
                                int(rng.integers(20, 40)), float(rng.uniform(0.5, 0.9)),
                                np.float64)
    return [Case(two_hidden, label="two hidden layers"),
            Case(dict(two_hidden), label="the same call again"),
            Case(three_hidden, label="three hidden layers and a low keep_prob"),
            Case(one_hidden, label="float64 inputs and one hidden layer")]


def _mistaken_gradients(args, mask_factor, softmax=True, average=True, relu=True):
    """The gradients a common mistake gives.

    mask_factor -- what multiplies dA of a hidden layer besides its mask D (1 / keep_prob is
      right); None: the mask is not applied at all.
    softmax -- False: Z of the output layer is used as if it were AL.
    average -- False: dZ of the output layer is not divided by m.
    relu -- False: the ReLU's derivative is left out (dZ = dA).
    """
    caches, Y = args["caches"], np.asarray(args["Y"], dtype=float)
    L, m = len(caches), Y.shape[1]
    Z_out = np.asarray(caches[-1]["Z"], dtype=float)
    dZ = (_softmax(Z_out) if softmax else Z_out) - Y
    dZ = dZ / m if average else dZ
    grads = {}
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ np.asarray(cache["A_prev"], dtype=float).T
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dA = np.asarray(cache["W"], dtype=float).T @ dZ
            below = caches[l - 2]
            if mask_factor is not None:
                dA = dA * below["D"] * mask_factor
            dZ = dA * (np.asarray(below["Z"]) > 0) if relu else dA
    return grads


def _same_gradients(got, want):
    return all(_near(got[key], want[key]) for key in want)


def _judge_backward_case(case, got, want):
    if not isinstance(got, dict):
        raise Mistake(f"`grads` should be a dict, got {type(got).__name__}.")
    missing = [key for key in want if key not in got]
    if missing:
        raise Mistake(f"`grads` is missing the key(s) {', '.join(map(repr, missing))}.")
    dtype = case.args["X"].dtype
    for key in want:
        same_structure(got[key], want[key], f"grads[{key!r}]")
        all_finite(got[key], f"grads[{key!r}]")
        if np.asarray(got[key]).dtype != dtype:
            raise Mistake(f"`grads[{key!r}]` has dtype {np.asarray(got[key]).dtype} but the "
                          f"inputs are {dtype}: keep their dtype (a float64 or integer mask "
                          f"upcasts the gradients).")


def _judge_backward_values(case, got, want):
    if _same_gradients(got, want):
        return
    args, keep_prob = case.args, case.args["keep_prob"]
    mistakes = [
        (_mistaken_gradients(args, None),
         "The gradients ignore the dropout masks: in backprop, multiply dA of every hidden "
         "layer by the mask D stored in its cache and divide by keep_prob, as in the forward "
         "pass."),
        (_mistaken_gradients(args, 1.0),
         "The gradient through the masks is not rescaled: after multiplying dA by D, divide "
         "it by keep_prob too, exactly as the forward pass did."),
        (_mistaken_gradients(args, keep_prob),
         "In backprop, dA is multiplied by keep_prob: divide by it, as in the forward pass."),
        (_mistaken_gradients(args, 1 / keep_prob, softmax=False),
         "The output gradient uses the output layer's Z as if it were the probabilities: "
         "compute AL = softmax(Z) from `caches[-1]['Z']`, then dZ = (AL - Y) / m."),
        (_mistaken_gradients(args, 1 / keep_prob, average=False),
         "The gradients are m times too large: the cost is averaged over the m examples, so "
         "dZ of the output layer is (AL - Y) / m."),
        (_mistaken_gradients(args, 1 / keep_prob, relu=False),
         "The gradient skips the ReLU's derivative: after the mask and the division by "
         "keep_prob, dZ = dA * (Z > 0) with the Z of the same hidden layer."),
    ]
    for gradients, message in mistakes:
        if _same_gradients(got, gradients):
            raise Mistake(message)
    L = len(args["caches"])
    wrong = [key for key in want if not _near(got[key], want[key])]  # output layer first
    if _near(got[f"dW{L}"], want[f"dW{L}"]) and _near(got[f"db{L}"], want[f"db{L}"]):
        raise Mistake(f"The output layer's gradients are right but `grads[{wrong[0]!r}]` is "
                      f"wrong on {case.label}: the gradient does not go back through the "
                      f"stored dropout masks. Reuse the mask D of each hidden layer from its "
                      f"cache (a fresh mask drawn in backprop is a different mask), divide by "
                      f"keep_prob, then apply the ReLU's derivative.")
    raise Mistake(f"`grads[{wrong[0]!r}]` has wrong values on {case.label}.")


def _judge_backward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        _judge_backward_case(case, g, w)
    if not all(np.array_equal(got[0][key], got[1][key]) for key in want[0]):
        raise Mistake("Two calls with the same caches returned different gradients: backprop "
                      "must not draw a fresh mask. Reuse the mask D stored in the caches, the "
                      "one the forward pass applied.")
    for case, g, w in zip(cases, got, want):
        _judge_backward_values(case, g, w)


CHECKS = [
    Check("test_forward_propagation_with_dropout", "forward_propagation_with_dropout",
          _forward_cases, _judge_forward),
    Check("test_backward_propagation_with_dropout", "backward_propagation_with_dropout",
          _backward_cases, _judge_backward),
]

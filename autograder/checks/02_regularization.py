"""Hidden checks of assignment 02: L2 regularization.

Every case is a small random network (fresh sizes, weights, biases, labels and lambd), run
forward with ``nn.model_forward``.  A wrong result is matched against the known wrong
formulas so that the message names the mistake:

* the cost: cross-entropy variants x penalty variants (1/m, 1/2, biases, layers, norms);
* the gradients: ``db`` carries no L2 term, so a wrong ``db`` locates a bug in the
  cross-entropy backprop; once every ``db`` is right, each ``dW{l}`` is classified by the L2
  term it carries (none, lambd*W, 2*lambd/m*W, ...) and the pattern over layers names the
  mistake (e.g. "the term on the last layer only").

No case uses m = 1 or 2, lambd near 1 or 2, the number of classes or of input features as m,
or zero biases, so that no two wrong formulas coincide with each other or with the right one.
"""

from __future__ import annotations

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, same_structure
from dlbasics import nn

RTOL, ATOL = 1e-6, 1e-10
N_CLASSES = 10


def _close(got, want) -> bool:
    return bool(np.allclose(np.asarray(got, dtype=float), np.asarray(want, dtype=float),
                            rtol=RTOL, atol=ATOL))


# ---------------------------------------------------------------- inputs

def _random_network(rng, hidden: list, m: int) -> dict:
    """A random network and one forward pass: X, Y, parameters, AL, caches (float64)."""
    dims = [int(rng.integers(4, 7))] + hidden + [N_CLASSES]
    parameters = {}
    for l in range(1, len(dims)):
        std = rng.uniform(0.8, 1.6) / np.sqrt(dims[l - 1])
        parameters[f"W{l}"] = rng.normal(0.0, std, (dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0.0, 0.5, (dims[l], 1))
    X = rng.normal(0.0, 1.0, (dims[0], m))
    Y = np.eye(N_CLASSES)[:, rng.integers(0, N_CLASSES, m)]
    AL, caches = nn.model_forward(X, parameters)
    return {"X": X, "Y": Y, "parameters": parameters, "AL": AL, "caches": caches}


def _sizes(rng, n_layers: int) -> tuple:
    """Hidden-layer sizes for an n_layers network and a batch size m (never 10, never < 7)."""
    hidden = [int(n) for n in rng.integers(3, 7, n_layers - 1)]
    m = int(rng.choice([7, 8, 9, 11, 12, 13]))
    return hidden, m


def _lambdas(rng) -> list:
    """Two positive strengths away from 1 and 2 (where some wrong formulas coincide)."""
    return [float(rng.uniform(0.3, 0.8)), float(rng.uniform(2.5, 4.5))]


def _network_cases(rng) -> list:
    """(label, network, lambd) for a 3-layer, a 2-layer, a 4-layer and a lambd = 0 case."""
    small, large = _lambdas(rng)
    out = []
    for label, n_layers, lambd in (("a 3-layer network", 3, small),
                                   ("a 2-layer network", 2, large),
                                   ("a 4-layer network", 4, small + large),
                                   ("a 3-layer network with lambd = 0", 3, 0.0)):
        hidden, m = _sizes(rng, n_layers)
        out.append((label, _random_network(rng, hidden, m), lambd))
    return out


# ---------------------------------------------------------------- the cost

def _cost_cases(rng) -> list:
    return [Case({"AL": net["AL"], "Y": net["Y"], "parameters": net["parameters"],
                  "lambd": lambd}, label=label)
            for label, net, lambd in _network_cases(rng)]


def _cross_entropies(AL, Y) -> dict:
    """The right averaged cross-entropy (key None) and the common wrong ones."""
    m = Y.shape[1]
    log_likelihood = np.sum(Y * np.log(AL))
    return {
        None: -log_likelihood / m,
        "The cross-entropy part uses the two-class (binary) formula with (1 - Y) log(1 - AL). "
        "With a softmax over the classes the cost is -sum(Y * log(AL)) / m.":
            -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m,
        "The cross-entropy part is summed, not averaged: divide it by m, the number of "
        "examples.": -log_likelihood,
        "The cross-entropy part is averaged over every entry of Y (classes x examples); "
        "average over the m examples only.": -log_likelihood / Y.size,
    }


def _penalties(parameters, lambd, m) -> dict:
    """The right L2 term (key None) and the common wrong ones."""
    L = nn.num_layers(parameters)
    W = [np.asarray(parameters[f"W{l}"], dtype=float) for l in range(1, L + 1)]
    b = [np.asarray(parameters[f"b{l}"], dtype=float) for l in range(1, L + 1)]
    squares = [np.sum(w ** 2) for w in W]
    right = lambd / (2 * m) * sum(squares)
    return {
        None: right,
        "The L2 term is missing the 1/m: it is lambd / (2m) * sum_l ||W[l]||^2, scaled like "
        "the averaged cross-entropy.": lambd / 2 * sum(squares),
        "The L2 term is missing the 1/2: it is lambd / (2m) * sum_l ||W[l]||^2.":
            lambd / m * sum(squares),
        "The L2 term also sums the squared biases: only the weights W[l] are penalized, "
        "never the biases b[l].": right + lambd / (2 * m) * sum(np.sum(v ** 2) for v in b),
        "The L2 term leaves out the last layer: sum ||W[l]||^2 over every layer l = 1..L "
        "(check the end of your range).": lambd / (2 * m) * sum(squares[:-1]),
        "The L2 term leaves out the first layer: sum ||W[l]||^2 over every layer l = 1..L "
        "(check the start of your range).": lambd / (2 * m) * sum(squares[1:]),
        "The L2 term uses the norms ||W[l]|| instead of their squares: sum the squared "
        "entries, np.sum(np.square(W)).": lambd / (2 * m) * sum(np.sqrt(s) for s in squares),
        "The L2 term sums absolute values (that is L1 regularization): sum the squared "
        "entries of each W[l].": lambd / (2 * m) * sum(np.sum(np.abs(w)) for w in W),
        "The L2 term averages the squared weights (np.mean) instead of summing them: use "
        "np.sum(np.square(W)).": lambd / (2 * m) * sum(np.mean(w ** 2) for w in W),
        "The L2 term is subtracted: it is added to the cross-entropy cost.": -right,
        "The L2 term is missing: the cost ignores `lambd` (or the penalty is not added).": 0.0,
    }


def _explain_cost(args: dict, got: float) -> str:
    AL, Y = np.asarray(args["AL"], dtype=float), np.asarray(args["Y"], dtype=float)
    m, n_rows = Y.shape[1], Y.shape[0]
    cross_entropies = _cross_entropies(AL, Y)
    penalties = _penalties(args["parameters"], args["lambd"], m)
    if _close(got, penalties[None]) and args["lambd"] > 0:
        return ("The cost is only the L2 term: add it to the cross-entropy cost "
                "(nn.compute_cost(AL, Y)).")
    penalty_rows = _penalties(args["parameters"], args["lambd"], n_rows)[None]
    if args["lambd"] > 0 and any(_close(got, ce + penalty_rows) for ce in
                                 (cross_entropies[None], -np.sum(Y * np.log(AL)) / n_rows)):
        return ("m is taken from the wrong axis: it is the number of examples, "
                "Y.shape[1] (the columns), not the number of classes.")
    for message, penalty in penalties.items():
        if message and _close(got, cross_entropies[None] + penalty):
            return message
    for message, cross_entropy in cross_entropies.items():
        if message and _close(got, cross_entropy + penalties[None]):
            return message
    if args["lambd"] == 0:
        return ("With lambd = 0 the cost should be the plain averaged cross-entropy, "
                "nn.compute_cost(AL, Y); the cross-entropy part is wrong.")
    return ("The cost has the wrong value: it is the averaged cross-entropy plus "
            "lambd / (2m) * sum_l ||W[l]||^2 over the weights of every layer.")


def _judge_cost(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "cost")
        all_finite(g, "cost")
    for case, g, w in zip(cases, got, want):
        if not _close(g, w):
            raise Mistake(f"{_explain_cost(case.args, float(g))} (Seen on {case.label}.)")


# ---------------------------------------------------------------- the backward pass

def _backward_cases(rng) -> list:
    return [Case({"X": net["X"], "Y": net["Y"], "caches": net["caches"], "lambd": lambd},
                 label=label)
            for label, net, lambd in _network_cases(rng)]


def _plain_gradients(args: dict) -> dict:
    """Gradients of the cross-entropy alone (no L2 term), from the case's caches."""
    caches = args["caches"]
    AL = nn.softmax(np.asarray(caches[-1]["Z"], dtype=float))
    return nn.model_backward(AL, np.asarray(args["Y"], dtype=float), caches)


def _explain_db(args: dict, got: dict, want: dict, plain: dict) -> str | None:
    """A message if some db{l} is wrong (db has no L2 term), scanning from the output."""
    caches, lambd, m = args["caches"], args["lambd"], args["Y"].shape[1]
    L = len(caches)
    for l in range(L, 0, -1):
        db = np.asarray(got[f"db{l}"], dtype=float)
        if _close(db, want[f"db{l}"]):
            continue
        if lambd > 0 and _close(db, plain[f"db{l}"] + lambd / m * caches[l - 1]["b"]):
            return (f"`db{l}` carries an L2 term lambd/m * b: the biases are not penalized, "
                    f"so db gets no L2 term.")
        if _close(db, m * plain[f"db{l}"]):
            return (f"`db{l}` is m times too large: it is not averaged over the m examples "
                    f"(the 1/m of the averaged cost must reach db exactly once).")
        if l == L:
            return (f"`db{L}` is wrong, and it has no L2 term: the error is in the output "
                    f"layer's dZ, which is (AL - Y) / m for softmax with the averaged "
                    f"cross-entropy.")
        return (f"`db{l}` is wrong although the gradients of layer {l + 1} are right: check "
                f"how the gradient goes back from layer {l + 1} to layer {l} "
                f"(dA = W{l + 1}.T @ dZ{l + 1}, then dZ{l} = dA where Z{l} > 0).")
    return None


def _dW_kinds(args: dict, got: dict, want: dict, plain: dict) -> list:
    """For l = 1..L, which L2 term dW{l} carries: "right", "none", "no_m", ... or "other"."""
    caches, lambd, m = args["caches"], args["lambd"], args["Y"].shape[1]
    kinds = []
    for l in range(1, len(caches) + 1):
        dW, W, base = np.asarray(got[f"dW{l}"], dtype=float), caches[l - 1]["W"], plain[f"dW{l}"]
        candidates = {"right": want[f"dW{l}"], "none": base, "no_m": base + lambd * W,
                      "double": base + 2 * lambd / m * W, "sign": base - lambd / m * W,
                      "not_averaged": m * base + lambd / m * W}
        kinds.append(next((k for k, c in candidates.items() if _close(dW, c)), "other"))
    return kinds


def _explain_dW(kinds: list) -> str | None:
    L = len(kinds)
    wrong = [l for l, kind in enumerate(kinds, 1) if kind != "right"]
    if not wrong:
        return None
    if all(kind == "none" for kind in kinds):
        return ("No dW has an L2 term: add lambd / m * W[l] to the cross-entropy gradient of "
                "every dW[l].")
    if kinds[-1] == "right" and all(kind == "none" for kind in kinds[:-1]):
        return (f"Only the last layer's dW{L} has the L2 term: every layer's weights are in "
                f"the penalty, so every dW[l] gets + lambd / m * W[l].")
    messages = {
        "no_m": "is lambd * W without the 1/m: the derivative of lambd / (2m) * ||W||^2 is "
                "lambd / m * W.",
        "double": "is twice too large (2 * lambd / m * W): the 1/2 in lambd / (2m) cancels "
                  "the 2 from differentiating W^2, leaving lambd / m * W.",
        "sign": "has the wrong sign: the gradient of the penalty is + lambd / m * W.",
        "not_averaged": "is added to a cross-entropy gradient that is not averaged over the "
                        "m examples (m times too large).",
        "none": "is missing: every dW[l] gets + lambd / m * W[l], not only some layers.",
    }
    for l in reversed(wrong):
        if kinds[l - 1] in messages:
            return f"The L2 term of `dW{l}` {messages[kinds[l - 1]]}"
    l = wrong[-1]
    return (f"`dW{l}` has wrong values (the `db`s are right, so look at dZ{l} @ A_prev.T and "
            f"the L2 term lambd / m * W{l}).")


def _judge_backward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "grads")
        all_finite(g, "grads")
    for case, g, w in zip(cases, got, want):
        plain = _plain_gradients(case.args)
        message = (_explain_db(case.args, g, w, plain)
                   or _explain_dW(_dW_kinds(case.args, g, w, plain)))
        if message:
            raise Mistake(f"{message} (Seen on {case.label}.)")


CHECKS = [
    Check("test_compute_cost_with_regularization", "compute_cost_with_regularization",
          _cost_cases, _judge_cost),
    Check("test_backward_propagation_with_regularization",
          "backward_propagation_with_regularization", _backward_cases, _judge_backward),
]

"""Hidden checks of assignment 02: L2 regularization.

Every case is a small random network (fresh sizes, weights, biases, labels and lambd), run
forward with ``nn.model_forward``.  Costs and gradients are compared value for value; the
gradients in the order backpropagation computes them (layer L first), so the first one
named is where the mistake starts.  The misconception catalog names the usual mistakes.

No case uses m = 1 or 2, lambd near 1 or 2, the number of classes or of input features as m,
or zero biases, so that no two wrong formulas coincide with each other or with the right one.
"""

from __future__ import annotations

import numpy as np

from autograder.checks import Case, Check
from autograder.checks.expect import close, only_keys_of
from dlbasics import nn

RTOL, ATOL = 1e-6, 1e-10
N_CLASSES = 10


# ---------------------------------------------------------------- inputs

def _random_network(rng, hidden: list, m: int) -> dict:
    """A random network and one forward pass: X, Y, parameters, AL, caches (float64).
    One pre-activation of the first hidden layer is exactly 0."""
    dims = [int(rng.integers(4, 7))] + hidden + [N_CLASSES]
    parameters = {}
    for l in range(1, len(dims)):
        std = rng.uniform(0.8, 1.6) / np.sqrt(dims[l - 1])
        parameters[f"W{l}"] = rng.normal(0.0, std, (dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0.0, 0.5, (dims[l], 1))
    X = rng.normal(0.0, 1.0, (dims[0], m))
    Y = np.eye(N_CLASSES)[:, rng.integers(0, N_CLASSES, m)]
    # one pre-activation of the first hidden layer exactly 0, where ReLU's derivative is 0
    parameters["b1"][0, 0] = -(parameters["W1"] @ X)[0, 0]
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


def _factors(case) -> dict:
    m = case.args["Y"].shape[1]
    return {"m": m, "1/m": 1 / m, "2": 2, "1/2": 0.5}


def _judge_cost(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(g, w, "cost", "It is the averaged cross-entropy plus lambd / (2m) * "
              "sum_l ||W[l]||^2 over the weights of every layer.", RTOL, ATOL,
              _factors(case), case.label)


# ---------------------------------------------------------------- the backward pass

def _backward_cases(rng) -> list:
    return [Case({"X": net["X"], "Y": net["Y"], "caches": net["caches"], "lambd": lambd},
                 label=label)
            for label, net, lambd in _network_cases(rng)]


def _judge_backward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(only_keys_of(g, w), w, "grads", "Each dW[l] is the cross-entropy gradient plus lambd / m * "
              "W[l]; db[l] has no L2 term.", RTOL, ATOL, _factors(case), case.label)


_LAMBD = [("lambd = 0", lambda a: a["lambd"] == 0)]
_MISSING_CLASS = [("labels that miss a class", lambda a: a["Y"].sum(axis=1).min() == 0)]
_NETWORK = "a random network; its sizes vary from case to case"

CHECKS = [
    Check("test_compute_cost_with_regularization", "compute_cost_with_regularization",
          _cost_cases, _judge_cost,
          {"AL": "the softmax output of the case's network", "Y": _MISSING_CLASS,
           "parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)],
           "lambd": _LAMBD}),
    Check("test_backward_propagation_with_regularization",
          "backward_propagation_with_regularization", _backward_cases, _judge_backward,
          {"X": _NETWORK, "Y": _MISSING_CLASS,
           "caches": [("a 2-layer network", lambda a: len(a["caches"]) == 2),
                      ("a hidden pre-activation exactly 0",
                       lambda a: any(np.any(c["Z"] == 0) for c in a["caches"][:-1]))],
           "lambd": _LAMBD}),
]

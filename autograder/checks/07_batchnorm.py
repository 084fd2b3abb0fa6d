"""Hidden checks of assignment 07: batch normalization.

Batch norm is deterministic, so the checks compare with the reference exactly (to float64
round-off).  What makes them informative is the order of the comparisons:

* the forward pass is called several times on the same ``bn_param`` with a sequence of
  modes, so a stale, swapped or test-mode update of the running statistics shows up;
  steps are compared in order, the output first, then the running statistics, then the
  cache, so the first difference named is where the mistake starts;
* the model's caches are compared on what its backward pass reads from them;
* the inputs are asymmetric: every unit has its own mean and spread, gamma and beta differ
  per unit (and gamma is sometimes negative), n != m so a wrong axis changes shapes, one
  case has a tiny batch (a (m - 1) variance differs a lot) and one a large eps.

The misconception catalog names the usual wrong formulas.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake, reference_function
from autograder.checks.expect import close, same_structure

NOTEBOOK = "07_batchnorm"
RTOL, ATOL = 1e-6, 1e-9


def _reference(function):
    return reference_function(NOTEBOOK, function)


# ----------------------------------------------------------------------------- inputs

def _units(rng, n, m):
    """Z (n, m): every unit (row) has its own mean and spread; values are skewed."""
    means = rng.uniform(-3, 3, (n, 1))
    stds = rng.uniform(0.4, 3, (n, 1))
    noise = rng.standard_normal((n, m))
    return means + stds * (noise + 0.4 * noise ** 2)


def _gamma_beta(rng, n):
    """gamma (n, 1) with mixed magnitudes and one negative entry; beta (n, 1)."""
    gamma = rng.uniform(0.5, 2.5, (n, 1))
    gamma[rng.integers(n)] *= -1
    return gamma, rng.uniform(-2, 2, (n, 1))


def _bn_param(rng, n, eps, momentum, fresh):
    """A bn_param dict; fresh = running statistics at their usual start (0 and 1)."""
    if fresh:
        mean, var = np.zeros((n, 1)), np.ones((n, 1))
    else:
        mean, var = rng.normal(0, 1.5, (n, 1)), rng.uniform(0.5, 3, (n, 1))
    return {"mode": "train", "eps": eps, "momentum": momentum,
            "running_mean": mean, "running_var": var}


def _forward_case(rng, n, m, eps, momentum, fresh, modes, label):
    gamma, beta = _gamma_beta(rng, n)
    return Case({"Zs": [_units(rng, n, m) for _ in modes], "gamma": gamma, "beta": beta,
                 "bn_param": _bn_param(rng, n, eps, momentum, fresh), "modes": modes},
                adapter="batchnorm:forward_steps", label=label)


def _forward_cases(rng):
    return [
        _forward_case(rng, int(rng.integers(4, 8)), int(rng.integers(9, 17)), 1e-5, 0.9, True,
                      ["train", "train", "test", "train", "test"],
                      "five calls train, train, test, train, test"),
        _forward_case(rng, int(rng.integers(3, 5)), int(rng.integers(6, 9)),
                      float(rng.uniform(0.1, 0.5)), float(rng.uniform(0.6, 0.8)), False,
                      ["test", "train", "train", "test"],
                      "calls test, train, train, test with a large eps"),
        _forward_case(rng, 5, 3, 1e-3, 0.95, False, ["train", "test", "train"],
                      "a batch of three examples"),
        _forward_case(rng, 4, 1, 1e-3, 0.0, False, ["train", "test"],
                      "a batch of one example and momentum 0"),
    ]


def _backward_case(rng, n, m, eps, label):
    gamma, beta = _gamma_beta(rng, n)
    bn_param = _bn_param(rng, n, eps, 0.9, True)
    _, cache = _reference("batchnorm_forward")(_units(rng, n, m), gamma, beta, bn_param)
    # dout correlated with Z_norm and off-centre, so that every term of dZ matters
    dout = (rng.standard_normal((n, m)) + rng.uniform(-1, 1, (n, 1))
            + rng.uniform(0.5, 1.5, (n, 1)) * cache["Z_norm"])
    return Case({"dout": dout, "cache": cache}, label=label)


def _backward_cases(rng):
    return [_backward_case(rng, int(rng.integers(4, 7)), int(rng.integers(8, 13)), 1e-5,
                           "a batch of about ten examples"),
            _backward_case(rng, 3, int(rng.integers(5, 7)), float(rng.uniform(0.2, 0.5)),
                           "a small batch with a large eps"),
            _backward_case(rng, 6, 20, 1e-3, "a batch of twenty examples")]


def _model_case(rng, layer_dims, modes, preset_mode, label):
    """A network with BN layers; every bn_param's preset mode differs from the first call's."""
    m = int(rng.integers(10, 15))
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(1, L + 1):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(2 / layer_dims[l - 1]))
        if l < L:
            parameters[f"gamma{l}"], parameters[f"beta{l}"] = _gamma_beta(rng, layer_dims[l])
            parameters[f"beta{l}"] *= 0.3
    parameters[f"b{L}"] = rng.uniform(-0.5, 0.5, (layer_dims[L], 1))
    bn_params = [_bn_param(rng, n, 1e-3, 0.8, False) for n in layer_dims[1:-1]]
    for bn_param in bn_params:
        bn_param["mode"] = preset_mode
    X = rng.uniform(0, 1, (layer_dims[0], m))
    return Case({"X": X, "parameters": parameters, "bn_params": bn_params, "modes": modes},
                adapter="batchnorm:model_steps", label=label)


def _model_cases(rng):
    n_x = int(rng.integers(6, 10))
    return [_model_case(rng, [n_x, int(rng.integers(5, 8)), int(rng.integers(3, 6)), 4],
                        ["test", "train", "test", "train"], "train",
                        "a 3-layer network, calls test, train, test, train"),
            _model_case(rng, [n_x, int(rng.integers(4, 7)), 3], ["train", "train", "test"],
                        "test", "a 2-layer network, calls train, train, test")]


# ----------------------------------------------------------------------------- forward

def _judge_steps(cases, got, want, what):
    """Step by step, in each step's order of keys: the first difference is named."""
    for case, got_steps, want_steps in zip(cases, got, want):
        same_structure(got_steps, want_steps, what)
        for k, (mode, g, w) in enumerate(zip(case.args["modes"], got_steps, want_steps), 1):
            for key in w:
                close(g[key], w[key], key, "", RTOL, ATOL, {"m/(m-1)": _unbiased(case)},
                      f"{case.label}: call {k}, in {mode} mode")


def _unbiased(case):
    m = np.shape(case.args["Zs"][0] if "Zs" in case.args else case.args["X"])[1]
    return m / (m - 1) if m > 1 else 2.0


def _judge_forward(cases, got, want):
    _judge_steps(cases, got, want, "the calls' results")


# ----------------------------------------------------------------------------- backward

def _judge_backward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        if not isinstance(g, (tuple, list)) or len(g) != 3:
            raise Mistake("The function should return the tuple (dZ, dgamma, dbeta).")
        m = case.args["dout"].shape[1]
        close({"dbeta": g[2], "dgamma": g[1], "dZ": g[0]},
              {"dbeta": w[2], "dgamma": w[1], "dZ": w[0]}, "gradients", "", RTOL, ATOL,
              {"m": m, "1/m": 1 / m, "m/(m-1)": m / (m - 1)}, case.label)


# ----------------------------------------------------------------------------- model

def _judge_model(cases, got, want):
    _judge_steps(cases, got, want, "the passes' results")


_MODES = [("a test-mode call before any train-mode call", lambda a: a["modes"][0] == "test"),
          ("two train-mode calls in a row", lambda a: any(
              x == y == "train" for x, y in zip(a["modes"], a["modes"][1:])))]
_BACKWARD = {"dout": "correlated with Z_norm and off-centre",
             "cache": [("a large eps", lambda a: a["cache"]["eps"] > 0.1),
                       ("a batch of six examples or fewer",
                        lambda a: a["dout"].shape[1] <= 6)]}

CHECKS = [
    Check("test_batchnorm_forward", "batchnorm_forward", _forward_cases, _judge_forward,
          {"Z": [("a batch of one example", lambda a: np.shape(a["Zs"][0])[1] == 1)],
           "gamma": [("a negative gamma", lambda a: np.any(a["gamma"] < 0))],
           "beta": "differs per unit",
           "bn_param": _MODES + [("momentum 0", lambda a: a["bn_param"]["momentum"] == 0),
                                 ("a large eps", lambda a: a["bn_param"]["eps"] > 0.1)]}),
    Check("test_batchnorm_backward", "batchnorm_backward", _backward_cases, _judge_backward,
          _BACKWARD),
    Check("test_batchnorm_backward_alt", "batchnorm_backward_alt", _backward_cases,
          _judge_backward, _BACKWARD),
    Check("test_model_forward_with_batchnorm", "model_forward_with_batchnorm", _model_cases,
          _judge_model,
          {"X": "inputs in [0, 1)",
           "parameters": [("a 2-layer network", lambda a: len(a["bn_params"]) == 1)],
           "bn_params": [("a preset mode that differs from the call's", lambda a: any(
               p["mode"] != a["modes"][0] for p in a["bn_params"]))],
           "mode": _MODES}),
]

"""Hidden checks of assignment 07: batch normalization.

Batch norm is deterministic, so the checks compare with the reference exactly (to float64
round-off).  What makes them informative is the order of the comparisons and the diagnosis
of a mismatch:

* the forward pass is called several times on the same ``bn_param`` with a sequence of
  modes, so a stale, swapped or test-mode update of the running statistics shows up;
  steps are judged in order, so the state before a failing step is the reference's;
* a wrong result is matched against the usual wrong formulas (unbiased variance, eps outside
  the square root, statistics over the wrong axis, a backward pass missing the path through
  the mean...) to name the mistake;
* the inputs are asymmetric: every unit has its own mean and spread, gamma and beta differ
  per unit (and gamma is sometimes negative), n != m so a wrong axis changes shapes, one
  case has a tiny batch (a (m - 1) variance differs a lot) and one a large eps.
"""

import copy

import numpy as np

from autograder.checks import Case, Check, Mistake, reference_function
from autograder.checks.expect import all_finite, same_structure

NOTEBOOK = "07_batchnorm"
CACHE_KEYS = ("Z", "Z_norm", "mu", "var", "gamma", "eps")


def _same(got, want) -> bool:
    return np.shape(got) == np.shape(want) and np.allclose(got, want, rtol=1e-6, atol=1e-9)


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

def _normalize(Z, mu, var, eps, gamma, beta):
    return gamma * (Z - mu) / np.sqrt(var + eps) + beta


def _diagnose_train_out(out, Z, gamma, beta, eps, previous):
    """Name the wrong formula that a train-mode ``out`` matches, if any."""
    m = Z.shape[1]
    mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    candidates = [
        (_normalize(Z, mu, var * m / (m - 1), eps, gamma, beta),
         "`out` was normalized with the unbiased variance (squared deviations summed and "
         "divided by (m - 1)). Batch norm uses the plain batch variance: divide by m, as "
         "`np.var` does by default."),
        (gamma * (Z - mu) / (np.sqrt(var) + eps) + beta,
         "`out` looks like (Z - mu) / (sqrt(var) + eps): eps belongs inside the square root, "
         "(Z - mu) / sqrt(var + eps)."),
        (_normalize(Z, Z.mean(axis=0, keepdims=True), Z.var(axis=0, keepdims=True), eps,
                    gamma, beta),
         "The mean and variance were computed over the wrong axis: each unit (row of Z) "
         "gets its own statistics over the examples of the batch, axis=1 with "
         "keepdims=True."),
        (beta * Z_norm + gamma, "`gamma` and `beta` are swapped: out = gamma * Z_norm + beta."),
        (Z_norm, "`out` is Z_norm itself: scale it by `gamma` and shift it by `beta`."),
        (_normalize(Z, mu, var, 1e-5, gamma, beta),
         "The function ignores bn_param['eps'] (a hard-coded epsilon?): use the value it is "
         "given."),
        (_normalize(Z, previous[0], previous[1], eps, gamma, beta),
         "In train mode `out` must be normalized with the statistics of the current batch, "
         "not with the running ones."),
    ]
    for wrong, message in candidates:
        if _same(out, wrong):
            raise Mistake(message)


def _diagnose_train_update(new, previous, batch, momentum, name, m):
    """Name the wrong update rule of one running statistic after a train-mode call."""
    if _same(new, previous):
        raise Mistake("bn_param's running statistics did not change in train mode: store "
                      "the new running_mean and running_var in the bn_param dict you were "
                      "given, so the next call (and test mode) sees them.")
    if _same(new, momentum * batch + (1 - momentum) * previous):
        raise Mistake("The running statistics look like momentum * batch + (1 - momentum) * "
                      "running: the momentum weights are swapped. The running average keeps "
                      "`momentum` of its old value and adds (1 - momentum) of the batch's.")
    if _same(new, batch):
        raise Mistake("The running statistics were replaced by the batch statistics: they "
                      "are an exponentially weighted average, momentum * running + "
                      "(1 - momentum) * batch.")
    if name == "running_var":
        if _same(new, momentum * previous + (1 - momentum) * batch * m / (m - 1)):
            raise Mistake("running_var was updated with the unbiased variance (divided by "
                          "(m - 1)); use the same batch variance that normalizes `out` "
                          "(divide by m).")
        if _same(new, momentum * previous + (1 - momentum) * np.sqrt(batch)):
            raise Mistake("running_var was updated with the batch standard deviation; "
                          "average the variance.")
    raise Mistake(f"bn_param[{name!r}] has wrong values after a train-mode call. It should "
                  f"be momentum * (its previous value) + (1 - momentum) * (the batch "
                  f"statistic).")


def _check_running_shapes(step, n, m):
    for name in ("running_mean", "running_var"):
        shape = np.shape(step[name])
        if shape in ((1, m), (n, m), (m,)):
            raise Mistake(f"bn_param[{name!r}] has shape {shape} instead of ({n}, 1): the "
                          f"statistics were computed over the wrong axis. Each unit (row of Z) "
                          f"gets its own mean and variance over the batch, axis=1 with "
                          f"keepdims=True.")
        if shape != (n, 1):
            raise Mistake(f"bn_param[{name!r}] has shape {shape}; it should keep the shape "
                          f"({n}, 1).")


def _judge_test_step(got, want, Z, gamma, beta, eps, previous):
    for name, before in zip(("running_mean", "running_var"), previous):
        if not _same(got[name], before):
            raise Mistake("The running statistics changed during a test-mode call: only "
                          "train mode updates them; test mode just reads them.")
    if _same(got["out"], want["out"]):
        return
    mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
    running_mean, running_var = previous
    candidates = [
        (_normalize(Z, mu, var, eps, gamma, beta),
         "In test mode `out` was normalized with the batch statistics of `Z`. Test mode must "
         "use bn_param's running_mean and running_var, so that a prediction does not depend "
         "on the other examples in the batch."),
        (gamma * (Z - running_mean) / (np.sqrt(running_var) + eps) + beta,
         "`out` looks like (Z - mu) / (sqrt(var) + eps): eps belongs inside the square root, "
         "(Z - mu) / sqrt(var + eps)."),
        (_normalize(Z, running_mean, running_var, 1e-5, gamma, beta),
         "The function ignores bn_param['eps'] (a hard-coded epsilon?): use the value it is "
         "given."),
    ]
    for wrong, message in candidates:
        if _same(got["out"], wrong):
            raise Mistake(message)
    raise Mistake("`out` has wrong values in test mode: normalize with bn_param's "
                  "running_mean and running_var, then scale by gamma and shift by beta.")


def _judge_train_step(got, want, Z, gamma, beta, bn_param, previous):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    m = Z.shape[1]
    if not _same(got["out"], want["out"]):
        _diagnose_train_out(got["out"], Z, gamma, beta, eps, previous)
        raise Mistake("`out` has wrong values in train mode: normalize each unit with the "
                      "batch mean and variance, then scale by gamma and shift by beta.")
    batch = (Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True))
    for name, before, stat in zip(("running_mean", "running_var"), previous, batch):
        if not _same(got[name], want[name]):
            _diagnose_train_update(got[name], before, stat, momentum, name, m)
    missing = [k for k in CACHE_KEYS if k not in got["cache"]]
    if missing:
        raise Mistake(f"`cache` is missing the key(s) {', '.join(map(repr, missing))}; the "
                      f"backward pass reads them (see the docstring).")
    for key in CACHE_KEYS:
        if not _same(got["cache"][key], want["cache"][key]):
            raise Mistake(f"cache[{key!r}] has wrong values in train mode (see the docstring "
                          f"for what each key holds).")


def _judge_forward(cases, got, want):
    for case, got_steps, want_steps in zip(cases, got, want):
        args = case.args
        n, m = np.shape(args["Zs"][0])
        previous = (args["bn_param"]["running_mean"], args["bn_param"]["running_var"])
        for Z, mode, g, w in zip(args["Zs"], args["modes"], got_steps, want_steps):
            same_structure(np.asarray(g["out"]), w["out"], "out")
            all_finite(g["out"], "out")
            _check_running_shapes(g, n, m)
            if mode == "train":
                _judge_train_step(g, w, Z, args["gamma"], args["beta"], args["bn_param"],
                                  previous)
            else:
                _judge_test_step(g, w, Z, args["gamma"], args["beta"],
                                 args["bn_param"]["eps"], previous)
            previous = (w["running_mean"], w["running_var"])


# ----------------------------------------------------------------------------- backward

def _check_parameter_gradient(value, name, n, m):
    shape = np.shape(value)
    if shape in ((1, m), (m,)):
        raise Mistake(f"`{name}` has shape {shape}: it was summed over the wrong axis. Sum "
                      f"over the examples (axis=1, keepdims=True) to get one value per unit, "
                      f"shape ({n}, 1).")
    if shape == (n,):
        raise Mistake(f"`{name}` has shape ({n},): keep the unit axis, shape ({n}, 1) "
                      f"(keepdims=True).")
    if shape != (n, 1):
        raise Mistake(f"`{name}` has shape {shape}, but should have shape ({n}, 1).")


def _wrong_dZ_formulas(dout, cache):
    """(wrong dZ, message) pairs for the usual mistakes of a batch-norm backward pass."""
    Z_norm, gamma, var, eps = cache["Z_norm"], cache["gamma"], cache["var"], cache["eps"]
    m = dout.shape[1]
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)

    def closed_form(scale, first=m * dout, mean_term=dbeta, var_term=Z_norm * dgamma):
        return scale / m * (first - mean_term - var_term)

    return [
        (closed_form(gamma * inv_std, mean_term=0),
         "`dZ` is missing the path through the batch mean: every example moves mu, and mu "
         "enters every output, so dZ needs the term with dmu / m (the row sums of dZ must "
         "be zero)."),
        (closed_form(gamma * inv_std, var_term=0),
         "`dZ` is missing the path through the batch variance: every example moves var, "
         "and var scales every output, so dZ needs the term with dvar."),
        (gamma * inv_std * dout,
         "`dZ` treats the batch mean and variance as constants (it is only gamma * dout / "
         "sqrt(var + eps)); in train mode they depend on Z, so their paths add two terms."),
        (closed_form(inv_std),
         "`dZ` is missing the factor gamma: out = gamma * Z_norm + beta, so dZ_norm = gamma "
         "* dout."),
        (closed_form(gamma / (np.sqrt(var) + eps)),
         "`dZ` uses sqrt(var) + eps: eps belongs inside the square root, sqrt(var + eps), "
         "as in the forward pass."),
        (closed_form(gamma * inv_std, first=dout),
         "`dZ` looks like gamma / (m * sqrt(var + eps)) * (dout - sum(dout) - Z_norm * "
         "sum(dout * Z_norm)): the first term inside the brackets is m * dout."),
        (closed_form(gamma * inv_std * m / (m - 1)),
         "`dZ` is off by a factor m / (m - 1): the batch variance divides by m, not "
         "(m - 1)."),
    ]


def _judge_backward(cases, got, want):
    for case, g, w in zip(cases, got, want):
        if not isinstance(g, (tuple, list)) or len(g) != 3:
            raise Mistake("The function should return the tuple (dZ, dgamma, dbeta).")
        dout, cache = case.args["dout"], case.args["cache"]
        n, m = dout.shape
        dZ, dgamma, dbeta = g
        same_structure(np.asarray(dZ), w[0], "dZ")
        _check_parameter_gradient(dgamma, "dgamma", n, m)
        _check_parameter_gradient(dbeta, "dbeta", n, m)
        all_finite(g, "the gradients")
        if not _same(dbeta, w[2]):
            if _same(dbeta, dout.mean(axis=1, keepdims=True)):
                raise Mistake("`dbeta` is averaged over the batch; sum it (dout already "
                              "carries the 1/m of the averaged cost).")
            raise Mistake("`dbeta` has wrong values: out = gamma * Z_norm + beta, so dbeta "
                          "sums dout over the batch.")
        if not _same(dgamma, w[1]):
            if _same(dgamma, (dout * cache["Z"]).sum(axis=1, keepdims=True)):
                raise Mistake("`dgamma` multiplies dout by Z; gamma scales Z_norm, so "
                              "dgamma sums dout * Z_norm over the batch.")
            if _same(dgamma, (dout * cache["Z_norm"]).mean(axis=1, keepdims=True)):
                raise Mistake("`dgamma` is averaged over the batch; sum it (dout already "
                              "carries the 1/m of the averaged cost).")
            raise Mistake("`dgamma` has wrong values: it sums dout * Z_norm over the batch.")
        if not _same(dZ, w[0]):
            for wrong, message in _wrong_dZ_formulas(dout, cache):
                if _same(dZ, wrong):
                    raise Mistake(message)
            raise Mistake(f"`dZ` has wrong values on {case.label}.")


# ----------------------------------------------------------------------------- model

def _forward_bn_after_relu(X, parameters, bn_params, mode):
    """The network with BN applied after each hidden ReLU (a known wrong ordering)."""
    forward = _reference("batchnorm_forward")
    L = sum(1 for key in parameters if key.startswith("W"))
    A = X
    for l in range(1, L):
        bn_param = dict(bn_params[l - 1], mode=mode)
        A, _ = forward(np.maximum(parameters[f"W{l}"] @ A, 0), parameters[f"gamma{l}"],
                       parameters[f"beta{l}"], bn_param)
    Z = parameters[f"W{L}"] @ A + parameters[f"b{L}"]
    exp = np.exp(Z - Z.max(axis=0, keepdims=True))
    return exp / exp.sum(axis=0, keepdims=True)


def _judge_model(cases, got, want):
    model = _reference("model_forward_with_batchnorm")
    for case, got_steps, want_steps in zip(cases, got, want):
        X, parameters = case.args["X"], case.args["parameters"]
        state = copy.deepcopy(case.args["bn_params"])  # the reference's state before a step
        L = len(state) + 1
        for mode, g, w in zip(case.args["modes"], got_steps, want_steps):
            same_structure(np.asarray(g["AL"]), w["AL"], "AL")
            all_finite(g["AL"], "AL")
            if g["num_caches"] != L:
                raise Mistake(f"`caches` should hold one dict per layer ({L} for this "
                              f"network), got {g['num_caches']}.")
            if not _same(g["AL"], w["AL"]):
                if not np.allclose(np.sum(g["AL"], axis=0), 1):
                    raise Mistake("The columns of AL do not sum to 1: the output layer is "
                                  "LINEAR -> SOFTMAX.")
                other = {"train": "test", "test": "train"}[mode]
                if _same(g["AL"], model(X, parameters, copy.deepcopy(state), other)[0]):
                    raise Mistake(f"A pass with mode={mode!r} behaved like mode={other!r}: "
                                  f"set each bn_param's 'mode' to the `mode` argument before "
                                  f"calling batchnorm_forward.")
                if _same(g["AL"], _forward_bn_after_relu(X, parameters, state, mode)):
                    raise Mistake("Batch norm was applied after the ReLU; this network "
                                  "normalizes Z before the activation: LINEAR -> BATCHNORM -> "
                                  "RELU.")
                raise Mistake(f"AL has wrong values in {mode} mode on {case.label}.")
            for l in range(1, L):
                for name in ("running_mean", "running_var"):
                    changed = not _same(g[name][l - 1], state[l - 1][name])
                    if mode == "test" and changed:
                        raise Mistake(f"The running statistics of layer {l} changed during a "
                                      f"pass with mode='test': set each bn_param's 'mode' to "
                                      f"the `mode` argument before calling "
                                      f"batchnorm_forward.")
                    if mode == "train" and not changed:
                        raise Mistake(f"The running statistics of layer {l} did not change "
                                      f"in a train-mode pass: give batchnorm_forward the "
                                      f"bn_param dicts of `bn_params` themselves, not copies.")
                    if not _same(g[name][l - 1], w[name][l - 1]):
                        raise Mistake(f"bn_params[{l - 1}][{name!r}] has wrong values after "
                                      f"a {mode}-mode pass.")
                    state[l - 1][name] = w[name][l - 1]


CHECKS = [
    Check("test_batchnorm_forward", "batchnorm_forward", _forward_cases, _judge_forward),
    Check("test_batchnorm_backward", "batchnorm_backward", _backward_cases, _judge_backward),
    Check("test_batchnorm_backward_alt", "batchnorm_backward_alt", _backward_cases,
          _judge_backward),
    Check("test_model_forward_with_batchnorm", "model_forward_with_batchnorm", _model_cases,
          _judge_model),
]

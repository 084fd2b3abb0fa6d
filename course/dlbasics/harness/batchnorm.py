"""Adapters of assignment 07 (batch normalization).

Batch norm keeps state: in train mode it updates the running statistics inside the
``bn_param`` dicts it is given.  These adapters call the graded function several times on
the *same* dicts, one mode per step, and record after every step the output together with a
copy of the running statistics, so that the grader sees how the state evolved.
"""

import numpy as np

#: the cache keys that ``batchnorm_forward``'s docstring promises
CACHE_KEYS = ("Z", "Z_norm", "mu", "var", "gamma", "eps")


def _copy(value):
    """A float copy of an array-like (so later in-place updates cannot change the record)."""
    return np.array(value, dtype=float)


def forward_steps(function, Zs, gamma, beta, bn_param, modes):
    """Call ``function(Z, gamma, beta, bn_param)`` once per mode, always on the same bn_param.

    Inputs: Zs -- list of (n, m) arrays, one per step; gamma, beta (n, 1); bn_param -- dict
            with "eps", "momentum", "running_mean", "running_var"; modes -- list of
            "train"/"test", one per step (written into bn_param["mode"] before the call).
    Returns: list of dicts, one per step: "out", "running_mean", "running_var", "cache"
             (the documented cache keys the function returned; absent keys are left out).
    """
    steps = []
    for Z, mode in zip(Zs, modes):
        bn_param["mode"] = mode
        out, cache = function(Z, gamma, beta, bn_param)
        cache = cache if isinstance(cache, dict) else {}
        steps.append({"out": _copy(out),
                      "running_mean": _copy(bn_param["running_mean"]),
                      "running_var": _copy(bn_param["running_var"]),
                      "cache": {k: _copy(cache[k]) for k in CACHE_KEYS if k in cache}})
    return steps


#: what the backward pass reads from each cache of ``model_forward_with_batchnorm``
HIDDEN_CACHE_KEYS = ("A_prev", "W", "Z_tilde")
OUTPUT_CACHE_KEYS = ("A_prev", "W", "b")


def _read_by_backward(caches):
    """What model_backward_with_batchnorm reads from ``caches``: the documented keys of each
    layer's dict (and of a hidden layer's "bn_cache"); keys that are absent are left out."""
    read = []
    for l, cache in enumerate(caches if isinstance(caches, (list, tuple)) else []):
        cache = cache if isinstance(cache, dict) else {}
        hidden = l < len(caches) - 1
        record = {k: _copy(cache[k]) for k in (HIDDEN_CACHE_KEYS if hidden else OUTPUT_CACHE_KEYS)
                  if k in cache}
        if hidden and isinstance(cache.get("bn_cache"), dict):
            record["bn_cache"] = {k: _copy(cache["bn_cache"][k]) for k in CACHE_KEYS
                                  if k in cache["bn_cache"]}
        read.append(record)
    return read


def model_steps(function, X, parameters, bn_params, modes):
    """Call ``function(X, parameters, bn_params, mode)`` once per mode on the same bn_params.

    Inputs: X (n_x, m); parameters -- W1, gamma1, beta1, ..., WL, bL; bn_params -- list of
            L-1 bn_param dicts; modes -- list of "train"/"test", one per step.
    Returns: list of dicts, one per step: "AL", "running_mean" and "running_var" (lists with
             one array per BN layer), "caches" (what the backward pass reads from them).
    """
    steps = []
    for mode in modes:
        AL, caches = function(X, parameters, bn_params, mode)
        steps.append({"AL": _copy(AL),
                      "running_mean": [_copy(p["running_mean"]) for p in bn_params],
                      "running_var": [_copy(p["running_var"]) for p in bn_params],
                      "caches": _read_by_backward(caches)})
    return steps

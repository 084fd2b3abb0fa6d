"""Adapters of assignment 06: run an optimizer's update function over several steps.

Each adapter starts from the given state, feeds the returned state back in at every step
and records a copy of what each call returned.  The first call gets the case's own dicts,
so whether the function changed its inputs shows in the arguments the kernel records after
the call (the contract: it returns new dicts and leaves its inputs unchanged).
"""

from __future__ import annotations

import numpy as np


def _copy(value):
    """A deep copy of nested dicts, tuples and arrays (arrays become float64 copies)."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copy(item) for item in value)
    return np.array(value, dtype=np.float64)


def _unpack(result, names, function_name):
    """``result`` as a tuple of ``len(names)`` items, or a clear TypeError."""
    if not isinstance(result, (tuple, list)) or len(result) != len(names):
        raise TypeError(f"{function_name} should return a tuple ({', '.join(names)}), "
                        f"got {type(result).__name__}"
                        + (f" of length {len(result)}" if isinstance(result, (tuple, list))
                           else ""))
    return tuple(result)


def momentum_trajectory(function, parameters, grads_sequence, v, beta, learning_rate):
    """Run ``function`` (update_parameters_with_momentum) once per grads dict.

    Inputs: parameters, v -- the starting state; grads_sequence -- list of grads dicts,
            one per step; beta, learning_rate -- passed to every call.
    Returns: [{"parameters", "v"} after each step].
    """
    steps = []
    for grads in grads_sequence:
        result = function(parameters, grads, v, beta, learning_rate)
        parameters, v = _unpack(result, ("parameters", "v"), "update_parameters_with_momentum")
        steps.append(_copy({"parameters": parameters, "v": v}))
    return steps


def rmsprop_trajectory(function, parameters, grads_sequence, s, beta2, learning_rate,
                       epsilon):
    """Run ``function`` (update_parameters_with_rmsprop) once per grads dict.

    Inputs: parameters, s -- the starting state; grads_sequence -- list of grads dicts;
            beta2, learning_rate, epsilon -- passed to every call.
    Returns: [{"parameters", "s"} after each step].
    """
    steps = []
    for grads in grads_sequence:
        result = function(parameters, grads, s, beta2, learning_rate, epsilon)
        parameters, s = _unpack(result, ("parameters", "s"), "update_parameters_with_rmsprop")
        steps.append(_copy({"parameters": parameters, "s": s}))
    return steps


def adam_trajectory(function, parameters, grads_sequence, v, s, t, hyperparameters):
    """Run ``function`` (update_parameters_with_adam) once per grads dict, t, t+1, ...

    Inputs: parameters, v, s -- the starting state; grads_sequence -- list of grads dicts;
            t -- the step number of the first call; hyperparameters -- dict of keyword
            arguments (learning_rate, beta1, beta2, epsilon; empty means the defaults).
    Returns: [{"parameters", "v", "s", "v_corrected", "s_corrected"} after each step].
    """
    names = ("parameters", "v", "s", "v_corrected", "s_corrected")
    steps = []
    for step, grads in enumerate(grads_sequence):
        result = function(parameters, grads, v, s, t + step, **hyperparameters)
        outputs = _unpack(result, names, "update_parameters_with_adam")
        steps.append(_copy(dict(zip(names, outputs))))
        parameters, v, s = outputs[0], outputs[1], outputs[2]
    return steps

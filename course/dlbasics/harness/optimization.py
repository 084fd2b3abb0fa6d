"""Adapters of assignment 06: run an optimizer's update function over several steps.

Each adapter starts from the given state, feeds the returned state back in at every step
and records a copy of what each call returned.  It also records the input dicts of the
first call as they are *after* that call, so the grader can see whether the function
changed its inputs (the contract: it returns new dicts and leaves its inputs unchanged).
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
    Returns: {"steps": [{"parameters", "v"} after each step],
              "inputs_after_first_call": {"parameters", "grads", "v"}}.
    """
    names = ("parameters", "v")
    steps, inputs_after = [], None
    for grads in grads_sequence:
        result = function(parameters, grads, v, beta, learning_rate)
        if inputs_after is None:
            inputs_after = _copy({"parameters": parameters, "grads": grads, "v": v})
        parameters, v = _unpack(result, names, "update_parameters_with_momentum")
        steps.append(_copy({"parameters": parameters, "v": v}))
    return {"steps": steps, "inputs_after_first_call": inputs_after}


def rmsprop_trajectory(function, parameters, grads_sequence, s, beta2, learning_rate,
                       epsilon):
    """Run ``function`` (update_parameters_with_rmsprop) once per grads dict.

    Inputs: parameters, s -- the starting state; grads_sequence -- list of grads dicts;
            beta2, learning_rate, epsilon -- passed to every call.
    Returns: {"steps": [{"parameters", "s"} after each step],
              "inputs_after_first_call": {"parameters", "grads", "s"}}.
    """
    names = ("parameters", "s")
    steps, inputs_after = [], None
    for grads in grads_sequence:
        result = function(parameters, grads, s, beta2, learning_rate, epsilon)
        if inputs_after is None:
            inputs_after = _copy({"parameters": parameters, "grads": grads, "s": s})
        parameters, s = _unpack(result, names, "update_parameters_with_rmsprop")
        steps.append(_copy({"parameters": parameters, "s": s}))
    return {"steps": steps, "inputs_after_first_call": inputs_after}


def adam_trajectory(function, parameters, grads_sequence, v, s, t, hyperparameters):
    """Run ``function`` (update_parameters_with_adam) once per grads dict, t, t+1, ...

    Inputs: parameters, v, s -- the starting state; grads_sequence -- list of grads dicts;
            t -- the step number of the first call; hyperparameters -- dict of keyword
            arguments (learning_rate, beta1, beta2, epsilon; empty means the defaults).
    Returns: {"steps": [{"parameters", "v", "s", "v_corrected", "s_corrected"} per step],
              "inputs_after_first_call": {"parameters", "grads", "v", "s"}}.
    """
    names = ("parameters", "v", "s", "v_corrected", "s_corrected")
    steps, inputs_after = [], None
    for step, grads in enumerate(grads_sequence):
        result = function(parameters, grads, v, s, t + step, **hyperparameters)
        if inputs_after is None:
            inputs_after = _copy({"parameters": parameters, "grads": grads, "v": v, "s": s})
        outputs = _unpack(result, names, "update_parameters_with_adam")
        steps.append(_copy(dict(zip(names, outputs))))
        parameters, v, s = outputs[0], outputs[1], outputs[2]
    return {"steps": steps, "inputs_after_first_call": inputs_after}

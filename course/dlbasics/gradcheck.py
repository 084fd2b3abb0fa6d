"""Flatten parameter dicts into one column vector and back, for gradient checking.

The order is fixed by the dict's keys: W1, b1, W2, b2, ... (or the order given), each array
flattened in C order.  ``layout`` remembers the key and shape of every block so the vector
can be cut back into a dict and a mismatch can be traced to the parameter it came from.
"""

from __future__ import annotations

import numpy as np


def parameter_layout(parameters: dict) -> list:
    """[(key, shape), ...] in the order W1, b1, W2, b2, ..."""
    L = sum(1 for key in parameters if key.startswith("W"))
    keys = [k for l in range(1, L + 1) for k in (f"W{l}", f"b{l}") if k in parameters]
    return [(key, np.shape(parameters[key])) for key in keys]


def dictionary_to_vector(parameters: dict):
    """Stack every parameter into one float64 column.

    Inputs: parameters {"W1": (n1, n0), "b1": (n1, 1), ...}.
    Returns: (theta (N, 1), layout) where N is the total number of parameters.
    """
    layout = parameter_layout(parameters)
    theta = np.concatenate([np.asarray(parameters[key], dtype=np.float64).reshape(-1, 1)
                            for key, _ in layout])
    return theta, layout


def vector_to_dictionary(theta: np.ndarray, layout: list) -> dict:
    """Inverse of :func:`dictionary_to_vector`: theta (N, 1) -> {"W1": ..., ...}."""
    parameters, start = {}, 0
    for key, shape in layout:
        size = int(np.prod(shape))
        parameters[key] = theta[start:start + size].reshape(shape)
        start += size
    if start != theta.shape[0]:
        raise ValueError(f"theta has {theta.shape[0]} entries, the layout {start}")
    return parameters


def gradients_to_vector(grads: dict, layout: list) -> np.ndarray:
    """Stack grads {"dW1", "db1", ...} in the order of ``layout`` -> (N, 1) float64."""
    return np.concatenate([np.asarray(grads[f"d{key}"], dtype=np.float64).reshape(-1, 1)
                           for key, _ in layout])


def block_of(index: int, layout: list) -> str:
    """The parameter key that entry ``index`` of the flat vector belongs to."""
    start = 0
    for key, shape in layout:
        start += int(np.prod(shape))
        if index < start:
            return key
    raise IndexError(index)

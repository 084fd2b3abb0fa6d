"""Visible tests, one module per assignment, run in the student's notebook.

They give quick, friendly feedback on small fixed examples.  They are a subset of what the
hidden checks test and never decide a grade: the autograder judges outside the kernel.
"""

from __future__ import annotations

import numpy as np


class PublicTestFailure(AssertionError):
    """A visible test failed; the message says what to look at."""


def require(condition, message: str) -> None:
    """Raise :class:`PublicTestFailure` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise PublicTestFailure(message)


def require_parameters_shapes(parameters, layer_dims, name="parameters") -> None:
    """``parameters`` has W{l} (n_l, n_{l-1}) and b{l} (n_l, 1) for l = 1..L and nothing else."""
    require(isinstance(parameters, dict), f"`{name}` should be a dict.")
    L = len(layer_dims) - 1
    expected = {f"{p}{l}" for l in range(1, L + 1) for p in "Wb"}
    require(set(parameters) == expected,
            f"`{name}` should have exactly the keys {sorted(expected)}, got {sorted(parameters)}.")
    for l in range(1, L + 1):
        for key, shape in ((f"W{l}", (layer_dims[l], layer_dims[l - 1])),
                           (f"b{l}", (layer_dims[l], 1))):
            got = np.shape(parameters[key])
            require(got == shape, f"`{name}['{key}']` has shape {got}, expected {shape}.")


def passed(function_name: str) -> None:
    print(f"\u2705 {function_name}: all public tests passed.")

"""Small assertions for judges.  Each raises :class:`Mistake` with a student-facing message.

Messages may state the contract (key names, shapes the docstring promises, formulas) but
never a reference value.
"""

from __future__ import annotations

import numpy as np

from autograder.checks import Mistake


def same_structure(got, want, name: str) -> None:
    """``got`` has the form of ``want``: same dict keys, sequence lengths and array shapes."""
    if isinstance(want, dict):
        if not isinstance(got, dict):
            raise Mistake(f"`{name}` should be a dict, got {type(got).__name__}.")
        missing = [k for k in want if k not in got]
        extra = [k for k in got if k not in want]
        if missing:
            raise Mistake(f"`{name}` is missing the key(s) {', '.join(map(repr, missing))}.")
        if extra:
            raise Mistake(f"`{name}` has unexpected key(s) {', '.join(map(repr, extra))}.")
        for key in want:
            same_structure(got[key], want[key], f"{name}[{key!r}]")
    elif isinstance(want, (list, tuple)):
        if not isinstance(got, (list, tuple)):
            raise Mistake(f"`{name}` should be a {type(want).__name__}, "
                          f"got {type(got).__name__}.")
        if len(got) != len(want):
            raise Mistake(f"`{name}` should have {len(want)} items, got {len(got)}.")
        for i, (g, w) in enumerate(zip(got, want)):
            same_structure(g, w, f"{name}[{i}]")
    elif isinstance(want, np.ndarray):
        got_arr = np.asarray(got)
        if not np.issubdtype(got_arr.dtype, np.number) and got_arr.dtype != bool:
            raise Mistake(f"`{name}` should be a numeric array, got dtype {got_arr.dtype}.")
        if got_arr.shape != want.shape:
            raise Mistake(f"`{name}` has shape {got_arr.shape}, but should have shape "
                          f"{want.shape}.")
    elif isinstance(want, (int, float)) and not isinstance(want, bool):
        if np.ndim(got) != 0 or isinstance(got, (str, bool)) or got is None:
            raise Mistake(f"`{name}` should be a single number, got {type(got).__name__}.")


def all_finite(value, name: str) -> None:
    """No NaN or infinity anywhere in ``value`` (dicts, sequences and arrays)."""
    if isinstance(value, dict):
        for key, item in value.items():
            all_finite(item, f"{name}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            all_finite(item, f"{name}[{i}]")
    elif not np.all(np.isfinite(np.asarray(value, dtype=float))):
        raise Mistake(f"`{name}` contains NaN or infinity.")


def close(got, want, name: str, hint: str = "", rtol: float = 1e-5, atol: float = 1e-7) -> None:
    """``got`` equals ``want`` to the tolerance (after :func:`same_structure`)."""
    same_structure(got, want, name)
    if isinstance(want, dict):
        for key in want:
            close(got[key], want[key], f"{name}[{key!r}]", hint, rtol, atol)
    elif isinstance(want, (list, tuple)):
        for i, (g, w) in enumerate(zip(got, want)):
            close(g, w, f"{name}[{i}]", hint, rtol, atol)
    elif want is None or isinstance(want, (str, bool)):
        if got != want:
            raise Mistake(f"`{name}` has the wrong value. {hint}".strip())
    elif not np.allclose(np.asarray(got, dtype=float), np.asarray(want, dtype=float),
                         rtol=rtol, atol=atol):
        raise Mistake(f"`{name}` has wrong values. {hint}".strip())

"""Small assertions for judges.  Each raises :class:`Mistake` with a student-facing message.

Messages may state the contract (key names, shapes the docstring promises, formulas) but
never a reference value.
"""

from __future__ import annotations

import numpy as np

from autograder.checks import Mistake
from autograder.checks.contracts import WRONG_KEYS, WRONG_KIND, WRONG_LENGTH, WRONG_SHAPE


def same_structure(got, want, name: str) -> None:
    """``got`` has the form of ``want``: same dict keys, sequence lengths and array shapes.

    Its mistakes are named whatever the function: wrong keys, a wrong length, a wrong shape.
    """
    if isinstance(want, dict):
        if not isinstance(got, dict):
            raise Mistake(f"`{name}` should be a dict, got {type(got).__name__}.", WRONG_KIND)
        missing = [k for k in want if k not in got]
        extra = [k for k in got if k not in want]
        if missing and extra:
            raise Mistake(f"`{name}` has the key(s) {', '.join(map(repr, extra))} where "
                          f"{', '.join(map(repr, missing))} are expected.", WRONG_KEYS)
        if missing:
            raise Mistake(f"`{name}` is missing the key(s) {', '.join(map(repr, missing))}.",
                          WRONG_KEYS)
        if extra:
            raise Mistake(f"`{name}` has unexpected key(s) {', '.join(map(repr, extra))}.",
                          WRONG_KEYS)
        for key in want:
            same_structure(got[key], want[key], f"{name}[{key!r}]")
    elif isinstance(want, (list, tuple)):
        if not isinstance(got, (list, tuple)):
            raise Mistake(f"`{name}` should be a {type(want).__name__}, "
                          f"got {type(got).__name__}.", WRONG_KIND)
        if len(got) != len(want):
            raise Mistake(f"`{name}` should have {len(want)} items, got {len(got)}.",
                          WRONG_LENGTH)
        for i, (g, w) in enumerate(zip(got, want)):
            same_structure(g, w, f"{name}[{i}]")
    elif isinstance(want, np.ndarray):
        got_arr = np.asarray(got)
        if not np.issubdtype(got_arr.dtype, np.number) and got_arr.dtype != bool:
            raise Mistake(f"`{name}` should be a numeric array, got dtype {got_arr.dtype}.",
                          WRONG_KIND)
        if got_arr.shape != want.shape:
            transposed = got_arr.shape == want.shape[::-1] and got_arr.ndim == 2
            raise Mistake(f"`{name}` has shape {got_arr.shape}, but should have shape "
                          f"{want.shape}" + (" (it is transposed)." if transposed else "."),
                          WRONG_SHAPE)
    elif isinstance(want, (int, float)) and not isinstance(want, bool):
        if np.ndim(got) != 0 or isinstance(got, (str, bool)) or got is None:
            raise Mistake(f"`{name}` should be a single number, got {type(got).__name__}.",
                          WRONG_SHAPE if np.ndim(got) else WRONG_KIND)


def only_keys_of(got, want):
    """``got`` without the keys ``want`` lacks, when both are dicts: for results such as
    ``grads`` where extra entries (a student's "dA1"...) are harmless."""
    if isinstance(got, dict) and isinstance(want, dict):
        return {key: value for key, value in got.items() if key in want}
    return got


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


def pattern(got, want, factors: dict | None = None) -> str:
    """How the array ``got`` differs from ``want`` (same shape), in words, without values.

    Tried in order: NaN or infinity; the wrong sign; a constant factor, named when it is one of ``factors``
    (``{"m": 32, "2": 2, ...}``); a constant offset; a sequence shifted by one step; a
    sequence right at first and wrong from a step on; only some rows or columns wrong.
    """
    g, w = np.asarray(got, dtype=float).ravel(), np.asarray(want, dtype=float).ravel()
    if np.any(~np.isfinite(g) & np.isfinite(w)):
        return "contains NaN or infinity"
    ok = np.isclose(g, w, rtol=1e-5, atol=1e-7)
    scale = np.abs(w).max() if w.size else 0.0
    big = np.abs(w) > 1e-6 * scale
    if big.any() and np.allclose(g, -w, rtol=1e-5, atol=1e-7):
        return "has the wrong sign (it is the negative of what it should be)"
    if w.size == 1:
        return "has a wrong value"
    if big.any():
        ratio = float(np.median(g[big] / w[big]))
        if ratio not in (0.0, 1.0) and np.isfinite(ratio) and np.allclose(g, ratio * w,
                                                                           rtol=1e-5, atol=1e-9):
            for name, factor in (factors or {}).items():
                if np.isclose(ratio, factor, rtol=1e-4):
                    return f"is {name} times what it should be"
            return f"is off by a constant factor (about {ratio:.3g})"
    if np.allclose(g - w, (g - w)[0], rtol=1e-5, atol=1e-7):
        return "is off by a constant added to every entry"
    shape = np.shape(want)
    if len(shape) == 1 and w.size > 2:
        if np.allclose(g[1:], w[:-1], rtol=1e-5, atol=1e-7):
            return "is shifted by one entry (each entry holds the previous entry's value)"
        if np.allclose(g[:-1], w[1:], rtol=1e-5, atol=1e-7):
            return "is shifted by one entry (each entry holds the next entry's value)"
        first = int(np.flatnonzero(~ok)[0])
        if first > 0:
            return (f"is right for its first {first} entr{'y' if first == 1 else 'ies'}, then "
                    f"wrong from entry {first + 1} on")
    if len(shape) == 2 and 0 < (~ok).sum() < ok.size:
        rows_ok = ok.reshape(shape).all(axis=1)
        columns_ok = ok.reshape(shape).all(axis=0)
        if columns_ok.any() and not columns_ok.all():
            return f"is wrong in {int((~columns_ok).sum())} of its {shape[1]} columns only"
        if rows_ok.any() and not rows_ok.all():
            return f"is wrong in {int((~rows_ok).sum())} of its {shape[0]} rows only"
    return "has wrong values"


def close(got, want, name: str, hint: str = "", rtol: float = 1e-5, atol: float = 1e-7,
          factors: dict | None = None, label: str = "") -> None:
    """``got`` equals ``want`` to the tolerance (after :func:`same_structure`).

    Containers are compared item by item in ``want``'s order, so the first item named is
    the first that differs; the message says how it differs (:func:`pattern`), on which case
    (``label``), and adds ``hint``.
    """
    same_structure(got, want, name)
    if _numbers(want) and _numbers(got):  # a sequence of numbers: compared as one array
        want, got = np.asarray(want, dtype=float), np.asarray(got, dtype=float)
    if isinstance(want, dict):
        for key in want:
            close(got[key], want[key], f"{name}[{key!r}]", hint, rtol, atol, factors, label)
    elif isinstance(want, (list, tuple)):
        for i, (g, w) in enumerate(zip(got, want)):
            close(g, w, f"{name}[{i}]", hint, rtol, atol, factors, label)
    elif want is None or isinstance(want, (str, bool)):
        if got != want:
            raise Mistake(f"`{name}` has the wrong value{_on(label)}. {hint}".strip())
    elif not np.allclose(np.asarray(got, dtype=float), np.asarray(want, dtype=float),
                         rtol=rtol, atol=atol, equal_nan=True):
        raise Mistake(f"`{name}` {pattern(got, want, factors)}{_on(label)}. {hint}".strip())


def _numbers(value) -> bool:
    """A list or tuple of plain numbers (no containers, no None)."""
    return isinstance(value, (list, tuple)) and len(value) > 0 and all(
        isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in value)


def _on(label: str) -> str:
    return f" (on {label})" if label else ""


def identical(a, b) -> bool:
    """Same structure and exactly the same values (NaN equal to NaN)."""
    if isinstance(b, dict):
        return isinstance(a, dict) and set(a) == set(b) and all(identical(a[k], b[k]) for k in b)
    if isinstance(b, (list, tuple)):
        return (isinstance(a, (list, tuple)) and len(a) == len(b)
                and all(identical(x, y) for x, y in zip(a, b)))
    if b is None or isinstance(b, str):
        return a == b
    try:
        x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return x.shape == y.shape and bool(np.array_equal(x, y, equal_nan=True))


def seeding(got, want, function: str) -> None:
    """Every two calls repeat each other in ``got`` exactly when they do in ``want``.

    Cases that share a seed repeat under a correct function; cases with different seeds do
    not.  The messages name the two ways to get that wrong.
    """
    for i in range(len(want)):
        for j in range(i + 1, len(want)):
            should_repeat, repeats = identical(want[i], want[j]), identical(got[i], got[j])
            if should_repeat and not repeats:
                raise Mistake(f"Two calls of `{function}` with the same `seed` returned "
                              f"different values: create your random generator from `seed` "
                              f"inside the function (`np.random.default_rng(seed)` or "
                              f"`np.random.seed(seed)`), whatever the seed, 0 included.")
            if repeats and not should_repeat:
                raise Mistake(f"Calls of `{function}` with different seeds returned the same "
                              f"values: it ignores its `seed` argument (is a seed "
                              f"hard-coded?).")

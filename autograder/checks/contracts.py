"""The contracts every graded function keeps, whatever its check: kinds, dtypes, inputs.

The kernel records, next to each returned value, the kind of every value in it (a NumPy
array, a NumPy scalar, a ``tf.Tensor``, a ``tf.Variable``, a Python number: see
:func:`dlbasics.grading.kinds`) and the arguments as the call left them.  The reference's
records say what the docstring promises; a student's records must agree:

* :func:`kinds_mistake` -- every returned value is of the documented kind and dtype;
* :func:`inputs_mistake` -- the arguments end as the reference leaves them: unchanged when
  the docstring says the function leaves its inputs alone, updated when it says it updates
  one in place (``bn_param``'s running statistics).

Both return a :class:`Problem` (a student-facing message and the name of the contract's
misconception, one of :data:`MISCONCEPTIONS`), or None.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from dlbasics.grading import KINDS

#: the misconceptions the contracts name, whatever the function
WRONG_KIND = "returns_wrong_kind"
WRONG_DTYPE = "returns_wrong_dtype"
CHANGES_INPUT = "changes_input_in_place"
WRONG_UPDATE = "updates_input_wrongly"
#: named by :func:`autograder.checks.expect.same_structure`, whatever the function
WRONG_SHAPE = "returns_wrong_shape"
WRONG_KEYS = "returns_wrong_keys"
WRONG_LENGTH = "returns_wrong_length"
MISCONCEPTIONS = (WRONG_KIND, WRONG_DTYPE, CHANGES_INPUT, WRONG_UPDATE, WRONG_SHAPE,
                  WRONG_KEYS, WRONG_LENGTH)


class Problem(NamedTuple):
    """Why a student's results fail: the message, and the misconception's name if known."""

    message: str
    misconception: str | None = None

#: kinds that hold a number once through the plain-data round trip
_NUMBERS = {"float", "int", "numpy scalar"}
_DESCRIPTIONS = {"None": "None", "bool": "a Python bool", "int": "a Python int",
                 "float": "a Python float", "str": "a string", "ndarray": "a NumPy array",
                 "numpy scalar": "a NumPy scalar", "tf.Variable": "a tf.Variable",
                 "tf.Tensor": "a tf.Tensor", "other": "an object of another type",
                 "list": "a list", "dict": "a dict"}


def is_kinds_tree(tree, depth: int = 0) -> bool:
    """True if ``tree`` is a nesting of dicts and lists whose leaves are :data:`KINDS`."""
    if depth > 64:
        return False
    if isinstance(tree, str):
        return tree in KINDS
    if isinstance(tree, list):
        return all(is_kinds_tree(item, depth + 1) for item in tree)
    if isinstance(tree, dict):
        return all(is_kinds_tree(item, depth + 1) for item in tree.values())
    return False


def _kind_name(kind) -> str:
    if isinstance(kind, list):
        return "list"
    if isinstance(kind, dict):
        return "dict"
    return kind


def _describe(kind: str, value) -> str:
    if kind in _NUMBERS and np.ndim(value) == 0:
        return "a single number"
    text = _DESCRIPTIONS[kind]
    if kind in ("ndarray", "tf.Tensor", "tf.Variable", "numpy scalar"):
        text += f" of dtype {np.asarray(value).dtype}"
    return text


def _leaf_mistake(path: str, got_kind: str, want_kind: str, got, want) -> Problem | None:
    if want_kind in _NUMBERS and got_kind in _NUMBERS | {"ndarray"} and np.ndim(got) == 0:
        return None  # "a number": a Python float, a NumPy scalar or a 0-d array will do
    if want_kind == "ndarray" and got_kind == "numpy scalar" and np.ndim(want) == 0:
        return None
    same_kind = got_kind == want_kind
    if want_kind in ("ndarray", "tf.Tensor", "tf.Variable") and same_kind:
        got_dtype, want_dtype = np.asarray(got).dtype, np.asarray(want).dtype
        if got_dtype == want_dtype:
            return None
        return Problem(f"`{path}` has dtype {got_dtype}, but the docstring promises "
                       f"{want_dtype}: mind the dtype of what you create (e.g. `dtype=` or "
                       f"`.astype`/`tf.cast`).", WRONG_DTYPE)
    if same_kind or want_kind in ("None", "str", "other"):
        return None
    return Problem(f"`{path}` should be {_describe(want_kind, want)}, but it is "
                   f"{_describe(got_kind, got)}" + (
                       ": a tf.Variable is what the optimizer can update."
                       if want_kind == "tf.Variable" else "."), WRONG_KIND)


def _walk_kinds(path: str, got_kind, want_kind, got, want) -> Problem | None:
    if isinstance(want_kind, dict):
        if not (isinstance(got_kind, dict) and isinstance(got, dict) and isinstance(want, dict)):
            return None  # the structure is the judge's to report
        for key in want_kind:
            if key in got_kind and key in got and key in want:
                problem = _walk_kinds(f"{path}[{key!r}]", got_kind[key], want_kind[key],
                                      got[key], want[key])
                if problem:
                    return problem
        return None
    if isinstance(want_kind, list):
        if isinstance(got_kind, str) and want_kind and got_kind != "other":
            return None  # e.g. an array where a list of arrays is due: the judge says so
        if not (isinstance(got_kind, list) and isinstance(got, (list, tuple))
                and isinstance(want, (list, tuple))):
            return None
        for i, (gk, wk, g, w) in enumerate(zip(got_kind, want_kind, got, want)):
            problem = _walk_kinds(f"{path}[{i}]", gk, wk, g, w)
            if problem:
                return problem
        return None
    got_name = _kind_name(got_kind)
    if got_name in ("list", "dict"):
        if want_kind == "ndarray":
            return Problem(f"`{path}` should be {_describe(want_kind, want)}, but it is "
                           f"{_describe(got_name, got)}: convert it with np.array(...).",
                           WRONG_KIND)
        return None
    return _leaf_mistake(path, got_kind, want_kind, got, want)


def kinds_mistake(function: str, got: dict, want: dict) -> Problem | None:
    """Whether the student's returned value (record ``got``) has the kinds of ``want``'s."""
    return _walk_kinds(f"{function}(...)", got["kinds"], want["kinds"], got["value"],
                       want["value"])


def _first_difference(got, want, path: str) -> str | None:
    """The path of the first place where ``got`` and ``want`` differ, or None."""
    if isinstance(want, dict):
        if not isinstance(got, dict) or set(got) != set(want):
            return path
        for key in want:
            where = _first_difference(got[key], want[key], f"{path}[{key!r}]")
            if where:
                return where
        return None
    if isinstance(want, (list, tuple)):
        if not isinstance(got, (list, tuple)) or len(got) != len(want):
            return path
        for i, (g, w) in enumerate(zip(got, want)):
            where = _first_difference(g, w, f"{path}[{i}]")
            if where:
                return where
        return None
    if want is None or isinstance(want, str):
        return None if got == want else path
    try:
        g, w = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    except (TypeError, ValueError):
        return path
    same = g.shape == w.shape and np.allclose(g, w, rtol=1e-6, atol=1e-9, equal_nan=True)
    return None if same else path


def inputs_mistake(function: str, case, got_inputs: dict, want_inputs: dict,
                   updated: bool) -> Problem | None:
    """Whether the call left its arguments as the reference leaves them.

    ``updated`` False looks at the arguments the reference leaves unchanged (changing one
    in place is the mistake); True at those it updates, as its docstring says (bn_param's
    running statistics), which are wrong when they end with other values.
    """
    for name, want in want_inputs.items():
        if (_first_difference(want, case.args.get(name), name) is not None) != updated:
            continue
        where = _first_difference(got_inputs.get(name), want, f"{name}")
        if where is None:
            continue
        if not updated:
            return Problem(f"`{function}` changed its argument `{where}` in place. The caller "
                           f"still needs it as it was: work on a copy (`.copy()`, `dict(...)`, "
                           f"or a new array such as `x = x * 2` instead of `x *= 2`).",
                           CHANGES_INPUT)
        return Problem(f"`{function}` left `{where}` with wrong values after the call: see "
                       f"its docstring for how it updates it.", WRONG_UPDATE)
    return None

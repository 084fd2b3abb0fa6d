"""Save and load nested Python values as plain data: a JSON tree plus an ``.npz`` of arrays.

Both sides of the grading protocol use this: the grader writes a check's inputs with it and
the student's kernel writes the function's outputs with it.  Nothing is ever pickled, so
loading a file written by untrusted code cannot run code.

Supported values: None, bool, int, float, str, list, tuple, dict with str keys, NumPy arrays
and scalars, and anything with a ``.numpy()`` method (TensorFlow tensors and variables).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

#: refuse to read outputs larger than this (a student function could return anything)
MAX_BYTES = 512 * 1024 * 1024


class UnsupportedValue(TypeError):
    """A value that plain data cannot hold (a function, a Keras model, a custom object...)."""


def encode(value, arrays: dict, path: str = "value"):
    """Turn ``value`` into a JSON-able tree; arrays are moved into ``arrays`` by key."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value if np.isfinite(value) or isinstance(value, int) else {"float": repr(value)}
    if isinstance(value, np.generic):
        value = np.asarray(value)
    if not isinstance(value, np.ndarray) and hasattr(value, "numpy"):
        value = np.asarray(value.numpy())
    if isinstance(value, np.ndarray):
        if value.dtype == object:
            raise UnsupportedValue(f"{path} is an array of Python objects")
        key = f"a{len(arrays)}"
        arrays[key] = value
        return {"array": key}
    if isinstance(value, (list, tuple)):
        items = [encode(v, arrays, f"{path}[{i}]") for i, v in enumerate(value)]
        return {"tuple" if isinstance(value, tuple) else "list": items}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise UnsupportedValue(f"{path} is a dict whose keys are not all strings")
        return {"dict": {k: encode(v, arrays, f"{path}[{k!r}]") for k, v in value.items()}}
    raise UnsupportedValue(f"{path} has type {type(value).__name__}, which cannot be graded")


def decode(tree, arrays):
    """Inverse of :func:`encode`; ``arrays`` maps keys to arrays (e.g. an opened npz)."""
    if not isinstance(tree, dict):
        return tree
    if "array" in tree:
        return np.asarray(arrays[tree["array"]])
    if "float" in tree:
        return float(tree["float"])
    if "tuple" in tree:
        return tuple(decode(v, arrays) for v in tree["tuple"])
    if "list" in tree:
        return [decode(v, arrays) for v in tree["list"]]
    return {k: decode(v, arrays) for k, v in tree["dict"].items()}


def save(stem: str | os.PathLike, value) -> None:
    """Write ``value`` to ``stem.json`` and ``stem.npz`` (the JSON last, as the commit mark)."""
    stem = Path(stem)
    arrays: dict = {}
    tree = encode(value, arrays)
    np.savez(stem.with_suffix(".npz"), **arrays)
    tmp = stem.with_suffix(".json.part")
    tmp.write_text(json.dumps(tree))
    os.replace(tmp, stem.with_suffix(".json"))


def load(stem: str | os.PathLike):
    """Read a value written by :func:`save`, without unpickling anything."""
    stem = Path(stem)
    total = sum(p.stat().st_size for p in (stem.with_suffix(".json"), stem.with_suffix(".npz")))
    if total > MAX_BYTES:
        raise ValueError(f"{stem} is {total} bytes, more than the {MAX_BYTES} allowed")
    tree = json.loads(stem.with_suffix(".json").read_text())
    with np.load(stem.with_suffix(".npz"), allow_pickle=False) as arrays:
        return decode(tree, {k: arrays[k] for k in arrays.files})


def round_trip(value):
    """``decode(encode(value))`` in memory: the value as the grader will see it."""
    arrays: dict = {}
    return decode(encode(value, arrays), arrays)

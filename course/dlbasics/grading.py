"""The kernel side of the grading protocol.  It runs functions; it never judges them.

Under the autograder, the grader process draws fresh inputs for every hidden check, writes
them as plain data into the folder named by ``DLBASICS_GRADING_DIR``, and starts the kernel.
Each graded test cell then calls :func:`run_hidden_check`, which

  1. reads the inputs of that cell's cases,
  2. calls the student's function on each (through a *harness* adapter when the call needs
     more than plain arguments, e.g. a Keras model),
  3. writes the results -- or the exception each case raised -- back as plain data: the
     returned value, the kind of every value in it (:func:`kinds`: a NumPy array, a NumPy
     scalar, a ``tf.Tensor``, a ``tf.Variable`` or a Python number, which plain data alone
     would not tell apart) and the arguments as they are after the call, so that the grader
     can see whether the function changed its inputs in place.

The verdict is computed afterwards, in the grader process, by comparing those results with
the reference solution's.  Nothing here decides a grade, so patching this module, NumPy or
the assert machinery in the kernel changes nothing but the results that get compared.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

import numpy as np

from dlbasics import plain_data

GRADING_DIR_ENV = "DLBASICS_GRADING_DIR"
ADAPTER_PACKAGE = "dlbasics.harness"


def resolve_adapter(name: str):
    """``"call"`` or ``"module:function"`` inside :mod:`dlbasics.harness` -> the callable."""
    module_name, _, func_name = (name if ":" in name else f"_call:{name}").partition(":")
    module = importlib.import_module(f"{ADAPTER_PACKAGE}.{module_name}")
    return getattr(module, func_name)


def kinds(value):
    """The kind of every leaf of ``value``, in the same nesting (dicts, lists, tuples).

    A leaf's kind is one of :data:`KINDS`: what the plain-data round trip would otherwise
    turn into the same NumPy array (a tensor, a variable, a NumPy scalar, a Python float).
    """
    if isinstance(value, dict):
        return {str(key): kinds(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [kinds(item) for item in value]
    for kind, test in _KIND_TESTS:
        if test(value):
            return kind
    return "other"


def _is_tf(value, name: str) -> bool:
    tf = sys.modules.get("tensorflow")
    return tf is not None and isinstance(value, getattr(tf, name))


_KIND_TESTS = [
    ("None", lambda v: v is None),
    ("bool", lambda v: isinstance(v, bool)),
    ("int", lambda v: isinstance(v, int)),
    ("float", lambda v: type(v) is float),
    ("str", lambda v: isinstance(v, str)),
    ("ndarray", lambda v: isinstance(v, np.ndarray)),
    ("numpy scalar", lambda v: isinstance(v, np.generic)),
    ("tf.Variable", lambda v: _is_tf(v, "Variable")),
    ("tf.Tensor", lambda v: _is_tf(v, "Tensor")),
]
#: the kinds :func:`kinds` can report
KINDS = [kind for kind, _ in _KIND_TESTS] + ["other"]


def run_case(function, case: dict):
    """Run one case; return its record, or ``{"error": {...}}`` if the function raised.

    The record is ``{"value": result, "kinds": kinds(result), "inputs": arguments after
    the call}`` (the arguments the adapter passed on, as the function left them).
    """
    try:
        adapter = resolve_adapter(case["adapter"])
        args = case["args"]
        value = adapter(function, **args)
        return {"value": value, "kinds": kinds(value), "inputs": args}
    except Exception as err:  # the student's exception is a result like any other
        frames = traceback.extract_tb(err.__traceback__)
        return {"error": {"type": type(err).__name__, "message": str(err)[:2000],
                          "where": f"line {frames[-1].lineno}" if frames else ""}}


def run_hidden_check(grade_id: str, function) -> None:
    """Run the hidden cases of one graded test cell and write the results for the grader."""
    folder = os.environ.get(GRADING_DIR_ENV)
    if not folder:
        print("Hidden checks run when the notebook is autograded.")
        return
    folder = Path(folder)
    cases = plain_data.load(folder / "inputs" / grade_id)
    results = []
    for case in cases:
        result = run_case(function, case)
        try:
            plain_data.round_trip(result)
        except plain_data.UnsupportedValue as err:
            result = {"error": {"type": "UnsupportedValue", "message": str(err), "where": ""}}
        results.append(result)
    (folder / "outputs").mkdir(exist_ok=True)
    plain_data.save(folder / "outputs" / grade_id, results)
    print(f"Results of {len(results)} hidden cases recorded for grading.")


def grading_mode() -> bool:
    """True while nbgrader executes the notebook (autograde or validate).

    Notebooks use it to shrink their experiments so that grading time goes to the checks.
    """
    return bool(os.environ.get("NBGRADER_EXECUTION"))

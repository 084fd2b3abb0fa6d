"""The kernel side of the grading protocol.  It runs functions; it never judges them.

Under the autograder, the grader process draws fresh inputs for every hidden check, writes
them as plain data into the folder named by ``DLBASICS_GRADING_DIR``, and starts the kernel.
Each graded test cell then calls :func:`run_hidden_check`, which

  1. reads the inputs of that cell's cases,
  2. calls the student's function on each (through a *harness* adapter when the call needs
     more than plain arguments, e.g. a Keras model),
  3. writes the results -- or the exception each case raised -- back as plain data.

The verdict is computed afterwards, in the grader process, by comparing those results with
the reference solution's.  Nothing here decides a grade, so patching this module, NumPy or
the assert machinery in the kernel changes nothing but the results that get compared.
"""

from __future__ import annotations

import importlib
import os
import traceback
from pathlib import Path

from dlbasics import plain_data

GRADING_DIR_ENV = "DLBASICS_GRADING_DIR"
ADAPTER_PACKAGE = "dlbasics.harness"


def resolve_adapter(name: str):
    """``"call"`` or ``"module:function"`` inside :mod:`dlbasics.harness` -> the callable."""
    module_name, _, func_name = (name if ":" in name else f"_call:{name}").partition(":")
    module = importlib.import_module(f"{ADAPTER_PACKAGE}.{module_name}")
    return getattr(module, func_name)


def run_case(function, case: dict):
    """Run one case; return ``{"value": result}`` or ``{"error": {...}}``."""
    try:
        adapter = resolve_adapter(case["adapter"])
        return {"value": adapter(function, **case["args"])}
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

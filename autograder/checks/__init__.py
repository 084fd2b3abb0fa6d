"""Hidden checks: what each graded test cell checks, and how a verdict is reached.

Each assignment has a module ``autograder/checks/<notebook>.py`` (e.g. ``01_initialization``)
that defines ``CHECKS``, a list of :class:`Check`.  A check names the graded test cell
(``grade_id``) and the graded function, and gives two functions:

* ``make_cases(rng) -> list[Case]`` draws fresh inputs (plain data only);
* ``judge(cases, got, want)`` compares the student's results ``got`` with the reference's
  ``want`` (one per case, both already through the plain-data round trip) and raises
  :class:`Mistake` with a message that names the misconception.  It never reveals reference
  values.

:func:`verdict` turns the raw per-case results into a :class:`Verdict`; the grading
preprocessors (``autograder.preprocessors``) and the tests (``grader_tests``) both use it.
"""

from __future__ import annotations

import copy
import importlib
from dataclasses import dataclass
from typing import Callable

import numpy as np

from dlbasics import grading, plain_data


@dataclass
class Case:
    """One call of the graded function: keyword arguments (plain data) and its adapter.

    Only ``args`` and ``adapter`` reach the kernel; the grader keeps the Case object itself
    in memory until the verdict, so a subclass may carry grader-only data (e.g. the labels
    of held-out inputs) that the judge reads back.
    """

    args: dict
    adapter: str = "call"
    label: str = ""

    def as_plain(self) -> dict:
        return {"adapter": self.adapter, "args": self.args}


@dataclass
class Check:
    """The hidden check behind one graded test cell."""

    grade_id: str
    function: str
    make_cases: Callable[[np.random.Generator], list]
    judge: Callable[[list, list, list], None]


@dataclass
class Verdict:
    passed: bool
    message: str


class Mistake(AssertionError):
    """Raised by a judge: the message is shown to the student as it is."""


def load_checks(notebook: str) -> dict:
    """``{grade_id: Check}`` for one assignment; empty if it has no hidden checks."""
    try:
        module = importlib.import_module(f"autograder.checks.{notebook}")
    except ModuleNotFoundError as err:
        if err.name == f"autograder.checks.{notebook}":
            return {}
        raise
    return {check.grade_id: check for check in module.CHECKS}


def reference_function(notebook: str, function: str):
    """The reference implementation in ``solutions/<notebook>.py``."""
    return getattr(importlib.import_module(f"solutions.{notebook}"), function)


def draw_cases(check: Check, seed: int) -> list:
    """The check's cases for this seed, already through the plain-data round trip."""
    cases = check.make_cases(np.random.default_rng(seed))
    for case in cases:
        case.args = plain_data.round_trip(case.args)
    return cases


def run_cases(function, cases: list) -> list:
    """Run ``function`` on each case as the kernel would (errors become results)."""
    results = [grading.run_case(function, copy.deepcopy(case.as_plain())) for case in cases]
    return [_plain_result(r) for r in results]


def _plain_result(result: dict) -> dict:
    try:
        return plain_data.round_trip(result)
    except plain_data.UnsupportedValue as err:
        return {"error": {"type": "UnsupportedValue", "message": str(err), "where": ""}}


def _describe_error(function: str, case: Case, error: dict) -> str:
    where = f" ({error['where']})" if error.get("where") else ""
    on = f" on {case.label}" if case.label else ""
    if error["type"] == "NotImplementedError":
        return f"`{function}` is not implemented yet (it raised NotImplementedError)."
    if error["type"] == "UnsupportedValue":
        return f"`{function}` returned something that is not NumPy data: {error['message']}."
    return f"`{function}` raised {error['type']}{where}{on}: {error['message']}"


def verdict(check: Check, cases: list, results: list | None, reference) -> Verdict:
    """Judge the student's raw results (``None`` if the kernel wrote none)."""
    if results is None:
        return Verdict(False, f"No results were recorded for `{check.function}`: the notebook "
                              f"stopped, timed out or was changed before this test cell ran.")
    if not isinstance(results, list) or len(results) != len(cases):
        return Verdict(False, "The recorded results do not match the hidden cases; they were "
                              "not written by the grading code.")
    got = []
    for case, result in zip(cases, results):
        if not isinstance(result, dict) or not ({"value"} == set(result) or {"error"} == set(result)):
            return Verdict(False, "The recorded results were not written by the grading code.")
        if "error" in result:
            return Verdict(False, _describe_error(check.function, case, result["error"]))
        got.append(result["value"])
    want = []
    for result in run_cases(reference, cases):
        if "error" in result:
            raise RuntimeError(f"the reference {check.function} failed on a hidden case: "
                               f"{result['error']}")
        want.append(result["value"])
    try:
        check.judge(cases, got, want)
    except Mistake as mistake:
        return Verdict(False, str(mistake))
    except Exception as err:  # the student's output had a form the judge did not expect
        return Verdict(False, f"`{check.function}` returned a value of an unexpected form "
                              f"({type(err).__name__}: {err}). Check the Returns part of its "
                              f"docstring.")
    return Verdict(True, f"`{check.function}` passed all {len(cases)} hidden cases.")


def check_function(notebook: str, grade_id: str, function, seed: int = 0) -> Verdict:
    """Run one hidden check on ``function`` in this process (used by the tests)."""
    check = load_checks(notebook)[grade_id]
    cases = draw_cases(check, seed)
    return verdict(check, cases, run_cases(function, cases),
                   reference_function(notebook, check.function))

"""Hidden checks: what each graded test cell checks, and how a verdict is reached.

Each assignment has a module ``autograder/checks/<notebook>.py`` (e.g. ``01_initialization``)
that defines ``CHECKS``, a list of :class:`Check`.  A check names the graded test cell
(``grade_id``) and the graded function, and gives two functions:

* ``make_cases(rng) -> list[Case]`` draws fresh inputs (plain data only);
* ``judge(cases, got, want)`` compares the values ``got`` with the values ``want`` (one per
  case, both through the plain-data round trip) and raises :class:`Mistake` with a message
  that says where they differ and how.  It never reveals ``want``'s values.  A judge
  compares ``got`` with ``want`` only, never with a formula of its own: ``want`` is the
  reference's values when grading, and a catalogued misconception's when diagnosing.

:func:`verdict` turns the raw per-case results into a :class:`Verdict`; the grading
preprocessors (``autograder.preprocessors``) and the tests (``grader_tests``) both use it.
It checks the contracts every function keeps (:mod:`autograder.checks.contracts`), then the
values; when they fail, it runs the function's misconceptions from the catalog
(:mod:`autograder.misconceptions`) on the same cases and names the one the student's
results match.  The results come from the student's kernel, so :func:`verdict` trusts
nothing in them: any form the grading code does not write, a value far larger than the
reference's, a judge that fails or runs longer than :data:`JUDGE_SECONDS` -- each ends in a
named failing verdict.
"""

from __future__ import annotations

import copy
import importlib
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from autograder.checks import contracts
from autograder.misconceptions import Misconception, misconceptions_of
from dlbasics import grading, plain_data

#: longest a judge may take (seconds) before the verdict is a named time-out
JUDGE_SECONDS = 60
#: longest the catalog may take to name a failure; past it the failure goes unnamed
DIAGNOSIS_SECONDS = 60
#: a returned value with more array bytes than FACTOR x the reference's + SLACK is not judged
OVERSIZE_FACTOR = 100
OVERSIZE_SLACK_BYTES = 2**20
#: how much of a student's exception is shown (the kernel already cuts messages at 2000)
MAX_ERROR_MESSAGE_CHARS = 2000
MAX_ERROR_TYPE_CHARS = 200
#: the fields of a call's record and of its ``{"error": ...}`` record
#: (see :func:`dlbasics.grading.run_case`)
RECORD_FIELDS = {"value", "kinds", "inputs"}
ERROR_FIELDS = {"type", "message", "where"}
FORGED = "The recorded results were not written by the grading code."


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
    #: whether the catalog's misconceptions are run on this case to name a mistake
    diagnose: bool = True

    def as_plain(self) -> dict:
        return {"adapter": self.adapter, "args": self.args}


@dataclass
class Check:
    """The hidden check behind one graded test cell.

    ``boundaries`` names, for every argument of the graded function, the boundary values
    its cases always reach: ``{argument: [(description, predicate of a case's args)...]}``,
    or ``{argument: "why it has none"}``.  The tests hold every draw to it.
    """

    grade_id: str
    function: str
    make_cases: Callable[[np.random.Generator], list]
    judge: Callable[[list, list, list], None]
    boundaries: dict = field(default_factory=dict)


#: what a verdict is, as data for the class report (:mod:`autograder.report`): passed; a
#: named misconception; failed where and how the message says, but unnamed; the student's
#: function raised; it was never written; results missing, forged or of an unexpected form;
#: a limit of the grader (results far too large, a judge past its time)
PASSED, NAMED, UNNAMED, RAISED, NOT_WRITTEN = ("passed", "misconception", "unnamed", "raised",
                                               "not written")
NO_RESULTS, INVALID_RESULTS, LIMIT = "no results", "invalid results", "limit"
KINDS = (PASSED, NAMED, UNNAMED, RAISED, NOT_WRITTEN, NO_RESULTS, INVALID_RESULTS, LIMIT)


@dataclass
class Verdict:
    """A hidden check's verdict: the message a student reads and, when the judge recognised
    it, the name of the misconception: a catalog entry's, or a contract's
    (:data:`autograder.checks.contracts.MISCONCEPTIONS`).  ``kind`` is one of :data:`KINDS`;
    left out, it follows from the other fields (passed, named or unnamed)."""

    passed: bool
    message: str
    misconception: str | None = None
    kind: str = ""

    def __post_init__(self):
        if not self.kind:
            self.kind = PASSED if self.passed else NAMED if self.misconception else UNNAMED


class Mistake(AssertionError):
    """Raised by a judge: the message is shown to the student as it is.  ``misconception``
    names the mistake when the judge knows it whatever the function (a wrong shape...)."""

    def __init__(self, message: str, misconception: str | None = None):
        super().__init__(message)
        self.misconception = misconception


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
    """Run ``function`` on each case as the kernel would (errors become records too)."""
    results = [grading.run_case(function, copy.deepcopy(case.as_plain())) for case in cases]
    return [_plain_result(r) for r in results]


def _plain_result(result: dict) -> dict:
    try:
        return plain_data.round_trip(result)
    except plain_data.UnsupportedValue as err:
        return {"error": {"type": "UnsupportedValue", "message": str(err), "where": ""}}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + " [...]"


def _describe_error(function: str, case: Case, error: dict) -> str:
    kind = _clip(error["type"], MAX_ERROR_TYPE_CHARS)
    message = _clip(error["message"], MAX_ERROR_MESSAGE_CHARS)
    where = f" ({_clip(error['where'], MAX_ERROR_TYPE_CHARS)})" if error["where"] else ""
    on = f" on {case.label}" if case.label else ""
    if kind == "NotImplementedError":
        return f"`{function}` is not implemented yet (it raised NotImplementedError)."
    if kind == "UnsupportedValue":
        return f"`{function}` returned something that is not NumPy data: {message}."
    return f"`{function}` raised {kind}{where}{on}: {message}"


def _is_error_record(error) -> bool:
    """An ``{"error": ...}`` record as :func:`dlbasics.grading.run_case` writes it."""
    return (isinstance(error, dict) and set(error) == ERROR_FIELDS
            and all(isinstance(error[field], str) for field in ERROR_FIELDS))


def _student_records(check: Check, cases: list, results) -> list | Verdict:
    """The records of the student's calls, or the failing Verdict the results call for.

    ``results`` comes from the kernel, which may have written anything: every form that
    :func:`dlbasics.grading.run_hidden_check` does not write ends in a named failure.
    """
    if results is None:
        return Verdict(False, f"No results were recorded for `{check.function}`: the notebook "
                              f"stopped, timed out or was changed before this test cell ran.",
                       kind=NO_RESULTS)
    if not isinstance(results, list) or len(results) != len(cases):
        return Verdict(False, "The recorded results do not match the hidden cases; they were "
                              "not written by the grading code.", kind=INVALID_RESULTS)
    records = []
    for case, result in zip(cases, results):
        if not isinstance(result, dict) or set(result) not in (RECORD_FIELDS, {"error"}):
            return Verdict(False, FORGED, kind=INVALID_RESULTS)
        if "error" in result:
            if not _is_error_record(result["error"]):
                return Verdict(False, FORGED, kind=INVALID_RESULTS)
            kind = NOT_WRITTEN if result["error"]["type"] == "NotImplementedError" else RAISED
            return Verdict(False, _describe_error(check.function, case, result["error"]),
                           kind=kind)
        if not (contracts.is_kinds_tree(result["kinds"]) and isinstance(result["inputs"], dict)):
            return Verdict(False, FORGED, kind=INVALID_RESULTS)
        records.append(result)
    return records


def _reference_records(check: Check, cases: list, reference) -> list:
    records = run_cases(reference, cases)
    for record in records:
        if "error" in record:
            raise RuntimeError(f"the reference {check.function} failed on a hidden case: "
                               f"{record['error']}")
    return records


def _array_bytes(value) -> int:
    """Bytes of all arrays (and strings) in a plain-data value."""
    if isinstance(value, dict):
        return sum(_array_bytes(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return sum(_array_bytes(v) for v in value)
    if isinstance(value, np.ndarray):
        return value.nbytes
    return len(value) if isinstance(value, str) else 0


def _oversized(check: Check, cases: list, got: list, want: list) -> Verdict | None:
    """A failing Verdict if a returned value is far larger than the reference's."""
    for case, g, w in zip(cases, got, want):
        size = _array_bytes(g["value"]) + _array_bytes(g["inputs"])
        if size > OVERSIZE_FACTOR * (_array_bytes(w["value"]) + _array_bytes(w["inputs"])) \
                + OVERSIZE_SLACK_BYTES:
            on = f" on {case.label}" if case.label else ""
            return Verdict(False, f"`{check.function}` returned {size / 2**20:.1f} MiB of data"
                                  f"{on}, far more than it should: check the shapes of what "
                                  f"it returns (the Returns part of its docstring).",
                           kind=LIMIT)
    return None


class JudgeTimeout(BaseException):
    """Raised inside a judge that runs out of time (a BaseException, so that no
    ``except Exception`` in a judge swallows it)."""


def _raise_timeout(signum, frame):
    raise JudgeTimeout


@contextmanager
def _time_limit(seconds: float):
    """Raise :class:`JudgeTimeout` in the block once ``seconds`` have passed.

    Uses SIGALRM, so the limit holds only in the main thread (where nbgrader runs its
    preprocessors); elsewhere the block runs without a limit.  The previous SIGALRM handler
    is restored, and a timer that was already running resumes with the time it had left.
    The alarm interrupts Python code only: a single long NumPy call finishes first, which
    is why what reaches the judge is bounded in size.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:  # an alarm that fires here still leaves the outer finally to run
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
        if outer_delay:
            left = max(outer_delay - (time.monotonic() - started), 1e-3)
            signal.setitimer(signal.ITIMER_REAL, left, outer_interval)


def _mistake(check: Check, cases: list, got: list, want: list) -> contracts.Problem | None:
    """Why the student's records ``got`` differ from ``want``, or None if they agree.

    In order, so that a root cause is named before its symptoms: the kinds and dtypes of
    the returned values; the arguments the reference leaves unchanged (changed in place);
    the values (the check's judge); the arguments the reference updates (bn_param's running
    statistics), whose steps the judge has usually compared already.  Raises
    :class:`JudgeTimeout` when the time runs out.
    """
    for case, g, w in zip(cases, got, want):
        problem = (contracts.kinds_mistake(check.function, g, w)
                   or contracts.inputs_mistake(check.function, case, g["inputs"], w["inputs"],
                                               updated=False))
        if problem:
            return problem
    try:
        check.judge(cases, [g["value"] for g in got], [w["value"] for w in want])
    except Mistake as mistake:
        return contracts.Problem(str(mistake), mistake.misconception)
    for case, g, w in zip(cases, got, want):
        problem = contracts.inputs_mistake(check.function, case, g["inputs"], w["inputs"],
                                           updated=True)
        if problem:
            return problem
    return None


def _diagnose(notebook: str, check: Check, cases: list, got: list) -> Misconception | None:
    """The first catalogued misconception whose records on ``cases`` the student's match
    (only the cases marked ``diagnose``)."""
    got = [g for case, g in zip(cases, got) if case.diagnose]
    cases = [case for case in cases if case.diagnose]
    for entry in misconceptions_of(notebook, check.function):
        with np.errstate(all="ignore"):
            records = run_cases(entry.build(), cases)
        if any("error" in record for record in records):
            continue
        try:
            if _mistake(check, cases, got, records) is None:
                return entry
        except Exception:  # noqa: BLE001 -- a judge that cannot compare is no match
            continue
    return None


def _judge(notebook: str, check: Check, cases: list, got: list, want: list) -> Verdict:
    """Compare under :data:`JUDGE_SECONDS`; on a failure, name the misconception from the
    catalog under :data:`DIAGNOSIS_SECONDS`.  Always a Verdict."""
    try:
        with _time_limit(JUDGE_SECONDS):
            problem = _mistake(check, cases, got, want)
    except JudgeTimeout:
        return Verdict(False, f"The hidden check took too long to judge your results for "
                              f"`{check.function}` (more than {JUDGE_SECONDS} s): check that "
                              f"it returns values of the documented shapes and types.",
                       kind=LIMIT)
    except Exception as err:  # the student's output had a form the judge did not expect
        # Only the exception's type: its text may quote the reference's values.
        return Verdict(False, f"`{check.function}` returned a value of an unexpected form "
                              f"(judging it raised {type(err).__name__}). Check the Returns "
                              f"part of its docstring.", kind=INVALID_RESULTS)
    if not problem:
        return Verdict(True, f"`{check.function}` passed all {len(cases)} hidden cases.")
    try:
        with _time_limit(DIAGNOSIS_SECONDS):
            entry = _diagnose(notebook, check, cases, got)
    except JudgeTimeout:  # the failure stands; it just goes unnamed by the catalog
        entry = None
    if entry is not None:
        return Verdict(False, entry.message, misconception=entry.name)
    return Verdict(False, problem.message, misconception=problem.misconception)


def verdict(notebook: str, check: Check, cases: list, results: list | None) -> Verdict:
    """Judge the student's raw results (``None`` if the kernel wrote none).

    Never raises for anything the kernel wrote: malformed results, oversized values, judges
    that fail or run out of time all end in a failing Verdict whose message names the
    problem without revealing reference values.  (A reference that fails on a hidden case
    is the grader's bug and raises ``RuntimeError``.)
    """
    got = _student_records(check, cases, results)
    if isinstance(got, Verdict):
        return got
    want = _reference_records(check, cases, reference_function(notebook, check.function))
    return _oversized(check, cases, got, want) or _judge(notebook, check, cases, got, want)


def check_function(notebook: str, grade_id: str, function, seed: int = 0) -> Verdict:
    """Run one hidden check on ``function`` in this process (used by the tests)."""
    check = load_checks(notebook)[grade_id]
    cases = draw_cases(check, seed)
    return verdict(notebook, check, cases, run_cases(function, cases))

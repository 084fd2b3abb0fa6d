"""The grader side of the grading protocol, as two nbgrader autograde preprocessors.

``nbgrader_config.py`` puts them around nbgrader's own ``Execute``:

* :class:`DrawCheckInputs` (before execution) draws fresh cases for every graded test cell
  with a hidden check, writes them as plain data into a private temporary folder and names
  that folder in ``DLBASICS_GRADING_DIR`` for the kernel to inherit.  The cases stay in
  memory here; what the kernel might do to the files changes nothing.
* :class:`JudgeCheckOutputs` (after execution) reads the results the kernel wrote (plain data,
  never unpickled), runs the reference from ``solutions/`` on the in-memory cases, and
  replaces the outputs of each such test cell with the verdict: a pass, or an error whose
  message names the likely misconception.  nbgrader's ``SaveAutoGrades`` then scores the
  cell as usual (an error output scores zero).

Everything the student's kernel printed into a graded test cell -- tracebacks, stderr noise
from TensorFlow, anything a cheat produced -- is replaced, so only the verdict counts.  The
verdict is also kept as data in the cell's metadata (:data:`autograder.outcomes.VERDICT`),
and the seconds the grading took in the notebook's (:data:`SECONDS`), for the class report
(:mod:`autograder.report`).
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from nbformat.v4 import new_output
from nbgrader.preprocessors import NbGraderPreprocessor

from autograder.checks import INVALID_RESULTS, Verdict, draw_cases, load_checks, verdict
from autograder.outcomes import VERDICT, mark_stopped, traceback_lines
from dlbasics import plain_data
from dlbasics.grading import GRADING_DIR_ENV

SEED_ENV = "DLBASICS_GRADING_SEED"  # set it to replay a grading run with the same cases
STATE = "dlbasics_grading"
#: set by SandboxedExecute when a notebook stopped early:
#: {"ename": a key of outcomes.STOPPED, "message": ..., "first_cell": index}
OUTCOME = "dlbasics_outcome"
#: notebook metadata: seconds from drawing the hidden cases to writing the verdicts
SECONDS = "dlbasics_grading_seconds"


def graded_cells(nb, checks: dict):
    """(cell, check) for every graded test cell of ``nb`` that has a hidden check."""
    for cell in nb.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and meta.get("grade_id") in checks:
            yield cell, checks[meta["grade_id"]]


class DrawCheckInputs(NbGraderPreprocessor):
    """Draw the hidden cases and hand them to the kernel as plain data."""

    def preprocess(self, nb, resources):
        notebook = resources["nbgrader"]["notebook"]
        checks = load_checks(notebook)
        if not checks:
            return nb, resources
        seed = int(os.environ.get(SEED_ENV) or secrets.randbits(31))
        folder = Path(tempfile.mkdtemp(prefix="dlbasics-grading-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)  # if judging never comes
        (folder / "inputs").mkdir()
        drawn = {}
        (folder / "outputs").mkdir()
        for index, (cell, check) in enumerate(graded_cells(nb, checks)):
            cases = draw_cases(check, seed + index)
            plain_data.save(folder / "inputs" / check.grade_id, [c.as_plain() for c in cases])
            drawn[check.grade_id] = cases
        os.environ[GRADING_DIR_ENV] = str(folder)
        resources[STATE] = {"folder": folder, "cases": drawn, "seed": seed,
                            "start": time.monotonic()}
        self.log.info("Drew hidden cases for %d test cells of %s (seed %d)",
                      len(drawn), notebook, seed)
        return nb, resources


def _index(nb, cell) -> int:
    return next(i for i, c in enumerate(nb.cells) if c is cell)


def _kernel_error(cell) -> str:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return f" The test cell raised {output.get('ename')}: {output.get('evalue')}"
    return ""


def _verdict_output(result: Verdict, seed: int):
    if result.passed:
        return new_output("stream", name="stdout",
                          text=f"\u2705 Hidden checks passed: {result.message}\n")
    text = f"{result.message}\n(hidden cases drawn with seed {seed})"
    return new_output("error", ename="HiddenCheckFailed", evalue=text,
                      traceback=traceback_lines(f"\u274c HiddenCheckFailed: {text}"))


def _record(cell, check, result: Verdict, seed: int) -> None:
    """The verdict as the cell's only output, and as data in its metadata."""
    cell.outputs = [_verdict_output(result, seed)]
    cell.metadata[VERDICT] = {"kind": result.kind, "function": check.function,
                              "misconception": result.misconception, "message": result.message}


class JudgeCheckOutputs(NbGraderPreprocessor):
    """Compare the kernel's results with the reference and write the verdicts."""

    def preprocess(self, nb, resources):
        state = resources.pop(STATE, None)
        if state is None:
            return nb, resources
        notebook = resources["nbgrader"]["notebook"]
        checks = load_checks(notebook)
        stopped = resources.get(OUTCOME)
        for cell in nb.cells:  # verdict data is the grader's alone: rewritten below
            cell.get("metadata", {}).pop(VERDICT, None)
        try:
            for cell, check in graded_cells(nb, checks):
                if stopped and _index(nb, cell) >= stopped["first_cell"]:
                    mark_stopped(cell, stopped["ename"], stopped["message"])
                    continue
                stem = state["folder"] / "outputs" / check.grade_id
                try:
                    results = plain_data.load(stem)
                except FileNotFoundError:
                    results = None
                except Exception as err:  # unreadable or forged: the kernel wrote it
                    result = Verdict(False, f"The recorded results of `{check.function}` could "
                                            f"not be read safely: {str(err)[:300]}",
                                     kind=INVALID_RESULTS)
                    _record(cell, check, result, state["seed"])
                    self.log.info("%s: FAIL (unreadable results)", check.grade_id)
                    continue
                result = verdict(notebook, check, state["cases"][check.grade_id], results)
                if results is None:
                    result.message += _kernel_error(cell)
                _record(cell, check, result, state["seed"])
                self.log.info("%s: %s", check.grade_id, "pass" if result.passed else "FAIL")
            nb.metadata[SECONDS] = round(time.monotonic() - state["start"], 2)
        finally:
            os.environ.pop(GRADING_DIR_ENV, None)
            shutil.rmtree(state["folder"], ignore_errors=True)
        return nb, resources

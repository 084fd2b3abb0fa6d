"""The named outcomes of grading one submission, and how an autograded notebook records them.

When a notebook stops early, every graded cell it did not reach gets an error output whose
``ename`` names the outcome (``TimeLimit: stopped: the notebook ran past 600 s``), so the
student reads why, nbgrader scores the cell 0, and :func:`outcome_of` can tell the outcome
from the autograded notebook alone -- whichever path graded it (``nbgrader autograde`` or
``python -m autograder grade``).
"""

from __future__ import annotations

import textwrap

from nbformat.v4 import new_output

#: longest traceback line written into a notebook: ``nbgrader validate`` cuts lines at 90
#: characters and the feedback page shows a traceback without wrapping it
WIDTH = 78

GRADED = "graded"
ALREADY_GRADED = "already graded"  # skipped: recorded before from the same files and source
#: not graded, or stopped while running: the ``ename`` of the error output -> the outcome
#: shown in tables
STOPPED = {
    "TimeLimit": "time limit",
    "MemoryLimit": "memory limit",
    "FileSizeLimit": "file size limit",
    "KernelDied": "kernel died",
    "BadKernelMessage": "bad kernel message",
    "Refused": "refused",
    "NoNotebook": "no notebook",
    "InvalidNotebook": "invalid notebook",
}
#: cell metadata of a graded test cell: its verdict as data, for the class report
#: (:mod:`autograder.report`): {"kind": a value of autograder.checks.KINDS, or of STOPPED when
#: the notebook stopped before the cell; "function"; "misconception": a name or None;
#: "message": what the student reads}
VERDICT = "dlbasics_verdict"
#: what the parallel grader can meet around nbgrader (nothing is recorded for these)
GRADING_ERROR = "grading error"
WORKER_LOST = "worker lost"
WORKER_OUT_OF_DATE = "worker out of date"


def traceback_lines(text: str) -> list:
    """``text`` as traceback lines of at most :data:`WIDTH` characters, paragraphs kept."""
    return [line for paragraph in text.split("\n")
            for line in (textwrap.wrap(paragraph, WIDTH, subsequent_indent="  ") or [""])]


def stopped_output(ename: str, message: str):
    """The error output a graded cell gets when the notebook stopped before reaching it."""
    if ename not in STOPPED:
        raise ValueError(f"unknown outcome {ename!r}; known: {sorted(STOPPED)}")
    return new_output("error", ename=ename, evalue=message, traceback=traceback_lines(f"{ename}: {message}"))


def is_graded(cell) -> bool:
    return bool(cell.get("metadata", {}).get("nbgrader", {}).get("grade"))


def mark_stopped(cell, ename: str, message: str) -> None:
    """A graded test cell the notebook stopped before: the named outcome as its only output,
    and as its verdict data (:data:`VERDICT`; its grade_id is ``test_<function>``)."""
    cell.outputs = [stopped_output(ename, message)]
    function = cell.metadata["nbgrader"]["grade_id"].removeprefix("test_")
    cell.metadata[VERDICT] = {"kind": STOPPED[ename], "function": function,
                              "misconception": None, "message": message}


def mark_not_reached(nb, first_cell: int, ename: str, message: str) -> None:
    """Give every graded cell from ``first_cell`` on the named outcome (and no other output)."""
    for cell in nb.cells[first_cell:]:
        if cell.cell_type == "code":
            if is_graded(cell):
                mark_stopped(cell, ename, message)
            else:
                cell.outputs = []


def outcome_of(nb) -> str:
    """The outcome an autograded notebook records: :data:`GRADED` or a value of STOPPED."""
    for cell in nb.cells:
        if not is_graded(cell):
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and output.get("ename") in STOPPED:
                return STOPPED[output["ename"]]
    return GRADED

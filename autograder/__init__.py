"""The grader side of the workbook: build, hidden checks, grading preprocessors, command line.

Never installed into the students' environment and never importable from a student's kernel.
"""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: nbgrader's course directory; ``DLBASICS_COURSE_DIR`` moves it (nbgrader_config.py agrees)
COURSE_DIR = Path(os.environ.get("DLBASICS_COURSE_DIR") or REPO / "build" / "course").resolve()
TEMPLATES_DIR = REPO / "course" / "assignments"
#: nbgrader's exchange on this machine (release -> fetch -> submit -> collect -> feedback);
#: outside build/, so that neither a rebuild nor ``make clean`` touches what was handed in
EXCHANGE_DIR = Path(os.environ.get("DLBASICS_EXCHANGE_DIR") or REPO / "exchange").resolve()
#: a student's own workspace on this machine: fetched assignments live here, and no course
#: command ever writes into an assignment folder of it
STUDENT_DIR = Path(os.environ.get("DLBASICS_STUDENT_DIR") or REPO / "student").resolve()


def assignments() -> list:
    """Names of all assignments, e.g. ``["01_initialization", ...]``, in order."""
    return sorted(p.stem for p in TEMPLATES_DIR.glob("[0-9][0-9]_*.py"))

"""Sample submissions in nbgrader's ``submitted/<student>/<assignment>/`` layout.

* :func:`reference_submission`: the release with every solution cell filled in with the
  reference code -- what a perfect student hands in;
* :func:`blank_submission`: the release untouched;
* :func:`misconception_submission`: the reference with graded functions replaced by
  catalogued misconceptions (``autograder/misconceptions``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat

from autograder import COURSE_DIR
from autograder.build import BEGIN, END, nbgrader_meta


def _read(kind: str, notebook: str, course: Path) -> nbformat.NotebookNode:
    return nbformat.read(course / kind / notebook / f"{notebook}.ipynb", as_version=4)


def blank_submission(notebook: str, course: Path = COURSE_DIR) -> nbformat.NotebookNode:
    return _read("release", notebook, course)


def reference_submission(notebook: str, course: Path = COURSE_DIR) -> nbformat.NotebookNode:
    source = {nbgrader_meta(c).get("grade_id"): c
              for c in _read("source", notebook, course).cells}
    nb = blank_submission(notebook, course)
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("solution") and cell.cell_type == "code":
            lines = source[meta["grade_id"]].source.splitlines()
            cell.source = "\n".join(l for l in lines if l.strip() not in (BEGIN, END))
    return nb


def replace_function(source: str, name: str, new_source: str) -> str:
    """``source`` with the top-level function ``name`` replaced by ``new_source``."""
    node = next(n for n in ast.parse(source).body
                if isinstance(n, ast.FunctionDef) and n.name == name)
    lines = source.splitlines()
    return "\n".join(lines[: node.lineno - 1] + new_source.rstrip().splitlines()
                     + lines[node.end_lineno:])


def misconception_submission(notebook: str, *entries) -> nbformat.NotebookNode:
    """The reference with each entry's function (a :class:`Misconception`, one per graded
    function) in place of the graded function it is about."""
    nb = reference_submission(notebook)
    for entry in entries:
        cell = next((c for c in nb.cells if nbgrader_meta(c).get("solution")
                     and f"def {entry.function}(" in c.source), None)
        if cell is None:
            raise ValueError(f"{notebook} has no solution cell defining {entry.function}")
        cell.source = replace_function(cell.source, entry.function, entry.source())
    return nb


def write_submission(nb, student: str, notebook: str):
    """Save ``nb`` as ``student``'s submission of ``notebook``; returns the path."""
    folder = COURSE_DIR / "submitted" / student / notebook
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{notebook}.ipynb"
    nbformat.write(nb, path)
    return path

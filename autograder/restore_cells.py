"""``RestoreGradedCells``: put a submission's graded cells back in order before nbgrader looks.

nbgrader's own sanitizing stops on notebooks that honest students hand in every term: a graded
cell duplicated (its ids clash), cell metadata stripped by another editor, or a solution cell
deleted together with its test (``OverwriteCells`` then fails with a ``KeyError`` and the whole
notebook goes ungraded).  This preprocessor runs first in ``Autograde.sanitize_preprocessors``
and repairs the notebook against the assignment's release:

* a grade id that appears more than once keeps its metadata on the last copy (the one the
  student ran last, as nbgrader's ``DeduplicateIds`` would), the others become plain cells;
* every graded cell kept gets the release's metadata back whole (points, flags, schema
  version: a student cannot edit them, nor stop the class run with an invalid schema);
* a release cell whose metadata is gone is recognized again -- a solution cell by the function
  it defines, any other cell by its unchanged source -- and gets its metadata back;
* a release cell that is gone altogether is put back from the release (a solution cell as its
  stub, which the hidden check then reports as not implemented), after the nearest graded
  cell before it.

Every repair is logged with the student's name.  nbgrader's ``OverwriteCells`` then restores
sources, points and checksums of the locked cells as usual -- here as
``OverwriteCellsQuietly``, which does not report the hidden-test block the release leaves
out as a change.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import nbformat
from nbgrader import utils
from nbgrader.api import MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor, OverwriteCells


def _grade_id(cell) -> str | None:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
    return grade_id if isinstance(grade_id, str) else None


def release_notebook(parent, assignment: str, notebook: str):
    """The student release of ``notebook`` (trusted: written by the build)."""
    coursedir = CourseDirectory(parent=parent)
    folder = coursedir.format_path(coursedir.release_directory, ".", assignment)
    return nbformat.read(Path(folder) / f"{notebook}.ipynb", as_version=4)


def _defined_functions(source: str) -> set:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def _recognize(release_cell, candidates: list):
    """The unmarked submission cell that is ``release_cell`` without its metadata, if any."""
    meta = release_cell.metadata.nbgrader
    for cell in candidates:
        if cell.cell_type != release_cell.cell_type:
            continue
        if meta.get("solution") and cell.cell_type == "code":
            if _defined_functions(release_cell.source) & _defined_functions(cell.source):
                return cell
        elif cell.source.strip() == release_cell.source.strip():
            return cell
    return None


class RestoreGradedCells(NbGraderPreprocessor):
    """Repair duplicated, unmarked and deleted graded cells against the release notebook."""

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        self._student = info["student"]
        release = release_notebook(self, info["assignment"], info["notebook"])
        known = {_grade_id(c): c for c in release.cells if _grade_id(c)}
        self._drop_unknown_and_duplicates(nb, set(known))
        present = {_grade_id(c): c for c in nb.cells if _grade_id(c)}
        for grade_id, cell in present.items():
            cell.metadata["nbgrader"] = copy.deepcopy(known[grade_id].metadata.nbgrader)
        previous = None
        for release_cell in release.cells:
            grade_id = _grade_id(release_cell)
            if not grade_id:
                continue
            if grade_id not in present:
                present[grade_id] = self._restore(nb, release_cell, present.get(previous))
            previous = grade_id
        return nb, resources

    def _drop_unknown_and_duplicates(self, nb, known: set) -> None:
        seen = set()
        for cell in reversed(nb.cells):
            if "nbgrader" not in cell.get("metadata", {}):
                continue
            grade_id = _grade_id(cell)
            if grade_id in seen or grade_id not in known:
                what = "a copy of graded cell" if grade_id in seen else "an unknown graded cell"
                self.log.warning("%s: %s %r is graded as a plain cell", self._student, what,
                                 grade_id)
                del cell.metadata["nbgrader"]
            else:
                seen.add(grade_id)

    def _restore(self, nb, release_cell, after):
        grade_id = _grade_id(release_cell)
        unmarked = [c for c in nb.cells if "nbgrader" not in c.get("metadata", {})]
        found = _recognize(release_cell, unmarked)
        if found is not None:
            found.metadata["nbgrader"] = copy.deepcopy(release_cell.metadata.nbgrader)
            self.log.warning("%s: cell %r had lost its metadata; restored", self._student,
                             grade_id)
            return found
        cell = copy.deepcopy(release_cell)
        index = next((i + 1 for i, c in enumerate(nb.cells) if c is after), 0)
        nb.cells.insert(index, cell)
        self.log.warning("%s: cell %r was deleted; put back from the release", self._student,
                         grade_id)
        return cell


#: the hidden-test block's markers (nbgrader's ClearHiddenTests defaults)
_BEGIN_HIDDEN, _END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"


def without_hidden_tests(source: str) -> str:
    """``source`` with its hidden-test block removed, as the student release has it."""
    kept, hidden = [], False
    for line in source.splitlines(keepends=True):
        if line.strip() == _BEGIN_HIDDEN:
            hidden = True
        elif line.strip() == _END_HIDDEN:
            hidden = False
        elif not hidden:
            kept.append(line)
    return "".join(kept)


class OverwriteCellsQuietly(OverwriteCells):
    """nbgrader's ``OverwriteCells``, without a false alarm.

    A graded test cell of the release lacks its hidden-test block, so its checksum differs
    from the gradebook's by design, and ``OverwriteCells`` logs "Attribute 'checksum' for
    cell ... has changed!" for every such cell of every submission (nbgrader issue #1961):
    warnings that read like tampering.  A locked cell whose source is exactly the release's
    gets the gradebook's source back first, so that only real changes are reported.
    """

    def preprocess_cell(self, cell, resources, cell_index):
        grade_id = _grade_id(cell)
        if grade_id is not None and utils.is_locked(cell):
            try:
                source_cell = self.gradebook.find_source_cell(
                    grade_id, self.notebook_id, self.assignment_id)
            except MissingEntry:
                source_cell = None
            if (source_cell is not None and source_cell.source != cell.source
                    and without_hidden_tests(source_cell.source).strip() == cell.source.strip()):
                cell.source = source_cell.source
        return super().preprocess_cell(cell, resources, cell_index)

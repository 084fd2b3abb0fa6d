"""The build: reference inlined in the source, nothing of it in the student release."""

from __future__ import annotations

import re

import jupytext
import nbformat
import pytest

from autograder import COURSE_DIR, TEMPLATES_DIR, assignments
from autograder.build import BuildError, fill_solution_cell, nbgrader_meta, solution_body
from autograder.checks import load_checks, reference_function

IMPORT_OF_GRADER = re.compile(r"^\s*(from|import)\s+(solutions|autograder)\b", re.MULTILINE)


def _notebook_text(kind: str, notebook: str) -> str:
    nb = nbformat.read(COURSE_DIR / kind / notebook / f"{notebook}.ipynb", as_version=4)
    return "\n".join(cell.source for cell in nb.cells)


@pytest.mark.parametrize("notebook", assignments())
def test_release_has_no_solution_or_hidden_code(built, notebook):
    built(notebook)
    release = _notebook_text("release", notebook)
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "HIDDEN TESTS", "run_hidden_check"):
        assert marker not in release, f"{marker!r} leaked into the release of {notebook}"
    assert not IMPORT_OF_GRADER.search(release)
    cells = {nbgrader_meta(c).get("grade_id"): c.source
             for c in nbformat.read(COURSE_DIR / "release" / notebook / f"{notebook}.ipynb",
                                    as_version=4).cells}
    for check in load_checks(notebook).values():
        body = solution_body(reference_function(notebook, check.function))
        assert body not in release
        stub_lines = {line.strip() for line in cells[check.function].splitlines()}
        leaked = [line for line in body.splitlines()
                  if line.strip() in stub_lines - {"", ")", "]", "}"}]
        assert not leaked, f"reference lines of {check.function} in its stub: {leaked}"


@pytest.mark.parametrize("notebook", assignments())
def test_source_has_reference_and_hidden_block_in_every_test_cell(built, notebook):
    built(notebook)
    source = nbformat.read(COURSE_DIR / "source" / notebook / f"{notebook}.ipynb", 4)
    checks = load_checks(notebook)
    graded = {nbgrader_meta(c).get("grade_id"): c for c in source.cells}
    for grade_id, check in checks.items():
        assert graded[grade_id].source.startswith("### BEGIN HIDDEN TESTS"), grade_id
        body = solution_body(reference_function(notebook, check.function))
        assert body.splitlines()[-1].strip() in graded[check.function].source


@pytest.mark.parametrize("notebook", assignments())
def test_jupytext_round_trip_keeps_nbgrader_metadata(notebook):
    path = TEMPLATES_DIR / f"{notebook}.py"
    nb = jupytext.read(path)
    again = jupytext.reads(jupytext.writes(nb, fmt="py:percent"), fmt="py:percent")
    assert [nbgrader_meta(c) for c in again.cells] == [nbgrader_meta(c) for c in nb.cells]
    assert [c.source for c in again.cells] == [c.source for c in nb.cells]
    assert any(nbgrader_meta(c).get("grade") for c in nb.cells), "no graded cells at all"


def test_signature_mismatch_is_refused():
    cell = ("def initialize_parameters_he(layer_dims, seed=4):\n"
            '    """Doc."""\n    ### BEGIN SOLUTION\n    ### END SOLUTION\n')
    with pytest.raises(BuildError, match="signature"):
        fill_solution_cell(cell, "01_initialization")


def test_solution_block_is_filled_at_its_indentation():
    cell = ("def initialize_parameters_zeros(layer_dims):\n"
            '    """Doc."""\n    ### BEGIN SOLUTION\n    ### END SOLUTION\n')
    filled = fill_solution_cell(cell, "01_initialization")
    namespace = {}
    exec("import numpy as np\n" + filled, namespace)
    params = namespace["initialize_parameters_zeros"]([3, 2])
    assert params["W1"].shape == (2, 3) and params["b1"].shape == (2, 1)

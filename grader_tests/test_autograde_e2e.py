"""Real ``nbgrader autograde`` on scenario-named submissions of every assignment.

For each assignment, one autograde run grades three students:
  e2e-reference  the reference solution         -> full marks
  e2e-blank      the release as handed out      -> zero, without crashing
  e2e-buggy      the reference with the first misconception of the catalog
                                                -> only its test loses points, with the
                                                   catalog's message for it
"""

from __future__ import annotations

import nbformat
import pytest

from autograder import COURSE_DIR, assignments
from autograder.build import nbgrader
from autograder.gradebook import scores
from autograder.misconceptions import load_catalog
from autograder.submissions import (blank_submission, misconception_submission,
                                    reference_submission, write_submission)


def autograded_outputs(notebook: str, student: str) -> dict:
    """{grade_id: outputs} of one student's autograded notebook."""
    path = COURSE_DIR / "autograded" / student / notebook / f"{notebook}.ipynb"
    nb = nbformat.read(path, as_version=4)
    return {c.metadata.nbgrader["grade_id"]: c.outputs for c in nb.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade")}


@pytest.fixture(scope="session")
def graded(built, mnist_dir):
    """``graded(notebook)`` -> {student: {grade_id: (score, max)}}, autograded once."""
    cache = {}

    def grade(notebook: str) -> dict:
        if notebook not in cache:
            built(notebook)
            entry = load_catalog(notebook)[0]
            write_submission(reference_submission(notebook), "e2e-reference", notebook)
            write_submission(blank_submission(notebook), "e2e-blank", notebook)
            write_submission(misconception_submission(notebook, entry), "e2e-buggy", notebook)
            result = nbgrader("autograde", notebook, "--student", "e2e-*", "--force",
                              check=False)
            assert result.returncode == 0, result.stderr[-3000:]
            cache[notebook] = {s: scores(notebook, s)
                               for s in ("e2e-reference", "e2e-blank", "e2e-buggy")}
        return cache[notebook]

    return grade


@pytest.mark.nbgrader
@pytest.mark.parametrize("notebook", assignments())
def test_reference_gets_full_marks(graded, notebook):
    grades = graded(notebook)["e2e-reference"]
    assert grades, "no graded test cells"
    lost = {g: s for g, s in grades.items() if s[0] != s[1]}
    assert not lost, f"the reference lost points: {lost}"


@pytest.mark.nbgrader
@pytest.mark.parametrize("notebook", assignments())
def test_blank_release_gets_zero(graded, notebook):
    grades = graded(notebook)["e2e-blank"]
    assert grades and all(score == 0 for score, _ in grades.values()), grades
    for outputs in autograded_outputs(notebook, "e2e-blank").values():
        assert outputs[0]["ename"] == "HiddenCheckFailed"
        assert "not implemented yet" in outputs[0]["evalue"]


@pytest.mark.nbgrader
@pytest.mark.parametrize("notebook", assignments())
def test_misconception_loses_only_its_test_and_is_named(graded, notebook):
    entry = load_catalog(notebook)[0]
    grades = graded(notebook)["e2e-buggy"]
    target = f"test_{entry.function}"
    assert grades[target][0] == 0, f"{entry.name} was not caught"
    others = {g: s for g, s in grades.items() if g != target and s[0] != s[1]}
    assert not others, f"{entry.name} also cost points on {others}"
    message = autograded_outputs(notebook, "e2e-buggy")[target][0]["evalue"]
    assert entry.message in message

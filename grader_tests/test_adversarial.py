"""Cheats and broken submissions through the real ``nbgrader autograde`` (assignment 01).

The grading protocol is the same for every assignment, so one assignment stands for all.
Cheats must score nothing on the tests they target; broken submissions must get a named
outcome without stopping the class's run or touching grades already recorded.
"""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell

from autograder.build import nbgrader, nbgrader_meta
from autograder.checks import load_checks
from autograder.gradebook import scores
from autograder.submissions import (blank_submission, reference_submission, replace_function,
                                    write_submission)
from grader_tests.test_autograde_e2e import autograded_outputs

NB = "01_initialization"
FUNCTIONS = [check.function for check in load_checks(NB).values()]

SUPPRESS_ERRORS = "get_ipython().set_custom_exc((BaseException,), lambda *args, **kwargs: None)"
HIDE_TRACEBACKS = """\
shell = get_ipython()
shell.showtraceback = lambda *args, **kwargs: None
shell._showtraceback = lambda *args, **kwargs: None
"""
PATCH_ASSERTS = """\
import numpy as np
import dlbasics.public_tests as public_tests
np.testing.assert_allclose = lambda *args, **kwargs: None
np.testing.assert_array_equal = lambda *args, **kwargs: None
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
public_tests.require = lambda *args, **kwargs: None
"""
FAKE_RESULTS = """\
import os, json, pathlib
import dlbasics.grading as grading
from dlbasics import plain_data
def fake(grade_id, function):
    folder = pathlib.Path(os.environ[grading.GRADING_DIR_ENV])
    cases = plain_data.load(folder / "inputs" / grade_id)
    (folder / "outputs").mkdir(exist_ok=True)
    plain_data.save(folder / "outputs" / grade_id, [{"value": {}} for _ in cases])
grading.run_hidden_check = fake
"""
STDERR_NOISE = """\
import sys
import numpy as np
_zeros = np.zeros
def noisy_zeros(*args, **kwargs):
    sys.stderr.write("I tensorflow/core/platform/cpu_feature_guard.cc:210] noise on stderr\\n")
    return _zeros(*args, **kwargs)
np.zeros = noisy_zeros
"""


def _with_first_cell(nb, source):
    nb.cells.insert(0, new_code_cell(source))
    return nb


def _with_functions(nb, make_source):
    """Replace every graded function by ``make_source(name)``."""
    for cell in nb.cells:
        name = nbgrader_meta(cell).get("grade_id")
        if nbgrader_meta(cell).get("solution") and name in FUNCTIONS:
            cell.source = replace_function(cell.source, name, make_source(name))
    return nb


def _import_solutions(name):
    return (f"def {name}(*args, **kwargs):\n    import importlib\n"
            f"    return getattr(importlib.import_module('solutions.{NB}'), '{name}')"
            f"(*args, **kwargs)\n")


def _returns_empty(name):
    return f"def {name}(*args, **kwargs):\n    return {{}}\n"


CHEATS = {
    "cheat-suppress-errors": lambda: _with_first_cell(blank_submission(NB), SUPPRESS_ERRORS),
    "cheat-hide-tracebacks": lambda: _with_first_cell(blank_submission(NB), HIDE_TRACEBACKS),
    "cheat-patch-asserts": lambda: _with_first_cell(
        _with_functions(reference_submission(NB), _returns_empty), PATCH_ASSERTS),
    "cheat-import-solutions": lambda: _with_functions(reference_submission(NB),
                                                      _import_solutions),
    "cheat-fake-results": lambda: _with_first_cell(blank_submission(NB), FAKE_RESULTS),
}


def _rename_argument(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "initialize_parameters_he":
            cell.source = cell.source.replace("def initialize_parameters_he(layer_dims,",
                                              "def initialize_parameters_he(dims,")
            cell.source = cell.source.replace("layer_dims", "dims")
    return nb


def _without_cell(nb, grade_id):
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") != grade_id]
    return nb


BROKEN = {
    "rob-stderr-noise": lambda: _with_first_cell(reference_submission(NB), STDERR_NOISE),
    "rob-changed-signature": lambda: _rename_argument(reference_submission(NB)),
    "rob-deleted-test-cell": lambda: _without_cell(reference_submission(NB),
                                                   "test_initialize_parameters_he"),
}


@pytest.fixture(scope="module")
def cheats_graded(built, mnist_dir):
    built(NB)
    for student, make in {**CHEATS, **BROKEN}.items():
        write_submission(make(), student, NB)
    broken = write_submission(reference_submission(NB), "rob-invalid-json", NB)
    broken.write_text('{"cells": [ this is not json')
    result = nbgrader("autograde", NB, "--student", "[cr][ho][eb]*-*", "--force", check=False)
    return {student: scores(NB, student) for student in [*CHEATS, *BROKEN,
                                                          "rob-invalid-json"]}, result


@pytest.mark.nbgrader
@pytest.mark.parametrize("student", list(CHEATS))
def test_cheat_scores_nothing(cheats_graded, student):
    grades = cheats_graded[0][student]
    assert grades is not None, f"{student} was not graded at all"
    assert all(score == 0 for score, _ in grades.values()), grades


@pytest.mark.nbgrader
def test_importing_solutions_fails_in_the_kernel(cheats_graded):
    outputs = autograded_outputs(NB, "cheat-import-solutions")
    assert all("ModuleNotFoundError" in o[0]["evalue"] for o in outputs.values()), outputs


@pytest.mark.nbgrader
def test_stderr_noise_does_not_cost_points(cheats_graded):
    grades = cheats_graded[0]["rob-stderr-noise"]
    assert all(score == maximum for score, maximum in grades.values()), grades


@pytest.mark.nbgrader
def test_changed_signature_fails_only_that_test_with_the_reason(cheats_graded):
    grades = cheats_graded[0]["rob-changed-signature"]
    assert grades["test_initialize_parameters_he"][0] == 0
    assert all(s == m for g, (s, m) in grades.items() if g != "test_initialize_parameters_he")
    message = autograded_outputs(NB, "rob-changed-signature")["test_initialize_parameters_he"]
    assert "TypeError" in message[0]["evalue"] and "layer_dims" in message[0]["evalue"]


@pytest.mark.nbgrader
def test_deleted_test_cell_is_restored_and_graded(cheats_graded):
    grades = cheats_graded[0]["rob-deleted-test-cell"]
    assert grades["test_initialize_parameters_he"] == (2, 2), grades


@pytest.mark.nbgrader
def test_invalid_notebook_is_reported_and_the_others_are_graded(cheats_graded):
    grades, result = cheats_graded
    # nbgrader records the unreadable notebook with zero points and names it in its log
    assert all(score == 0 for score, _ in grades["rob-invalid-json"].values())
    assert "rob-invalid-json" in result.stdout + result.stderr
    assert all(grades[s] is not None for s in [*CHEATS, *BROKEN])


@pytest.mark.nbgrader
def test_regrading_a_broken_submission_keeps_recorded_grades(cheats_graded):
    before = {s: scores(NB, s) for s in CHEATS}
    nbgrader("autograde", NB, "--student", "rob-invalid-json", "--force", check=False)
    assert {s: scores(NB, s) for s in CHEATS} == before


@pytest.mark.nbgrader
def test_endless_loop_times_out_and_the_rest_is_graded(built, mnist_dir):
    built(NB)
    endless = "def initialize_parameters_xavier(layer_dims, seed=3):\n    while True:\n        pass\n"
    nb = reference_submission(NB)
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "initialize_parameters_xavier":
            cell.source = replace_function(cell.source, "initialize_parameters_xavier", endless)
    write_submission(nb, "timeout-endless-loop", NB)
    nbgrader("autograde", NB, "--student", "timeout-endless-loop", "--force",
             "--Execute.timeout=40", check=False)
    grades = scores(NB, "timeout-endless-loop")
    assert grades["test_initialize_parameters_xavier"][0] == 0
    assert all(s == m for g, (s, m) in grades.items()
               if g != "test_initialize_parameters_xavier"), grades
    message = autograded_outputs(NB, "timeout-endless-loop")["test_initialize_parameters_xavier"]
    assert "No results were recorded" in message[0]["evalue"]

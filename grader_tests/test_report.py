"""The class report's summary, page and table, from verdicts given as data.

Grading a real class and reporting on it (planted misconceptions counted exactly, both grading
paths, PostgreSQL) is in ``test_parallel.py``; the page opened in Chromium is in
``test_browser.py``.
"""

from __future__ import annotations

import csv
import re

import nbformat

from autograder import report
from autograder.checks import NAMED, NOT_WRITTEN, PASSED, RAISED, UNNAMED
from autograder.report import Submission

NB = "01_initialization"
TESTS = ["test_initialize_parameters_zeros", "test_initialize_parameters_he"]


def _verdict(kind, function="initialize_parameters_he", name=None,
             message="The standard deviation of `W2` is 0.71 times what the formula gives."):
    return {"kind": kind, "function": function, "misconception": name, "message": message}


def sample_class() -> list:
    xavier = _verdict(NAMED, name="he_uses_xavier_scale", message="He uses sqrt(2 / n).")
    return [
        Submission("ann", "graded", 2, 2, 3.0, {TESTS[0]: _verdict(PASSED),
                                                 TESTS[1]: _verdict(PASSED)}),
        Submission("bob", "graded", 1, 2, 4.0, {TESTS[0]: _verdict(PASSED), TESTS[1]: xavier}),
        Submission("cat", "graded", 1, 2, 5.0, {TESTS[0]: _verdict(PASSED), TESTS[1]: xavier}),
        Submission("dan", "graded", 1, 2, 2.0, {
            TESTS[0]: _verdict(PASSED), TESTS[1]: _verdict(UNNAMED)}),
        Submission("eve", "graded", 1, 2, 2.5, {
            TESTS[0]: _verdict(PASSED),
            TESTS[1]: _verdict(UNNAMED, message="The standard deviation of `W3` is 1.4 times "
                                                "what the formula gives. Check layer 3.")}),
        Submission("fay", "graded", 0, 2, 1.0, {
            TESTS[0]: _verdict(NOT_WRITTEN, "initialize_parameters_zeros"),
            TESTS[1]: _verdict(RAISED, message="`initialize_parameters_he` raised KeyError "
                                               "(line 4) on case 1: 'W0'")}),
        Submission("gus", "time limit", 0, 2, 600.0, {
            TESTS[0]: _verdict(PASSED), TESTS[1]: _verdict("time limit", message="stopped")}),
        Submission("hal", report.NOT_SUBMITTED),
    ]


def test_summary_counts_each_misconception_once_per_student_most_frequent_first():
    summary = report.summarize(NB, sample_class())
    assert list(summary.misconceptions) == [("initialize_parameters_he",
                                             "he_uses_xavier_scale")]
    info = summary.misconceptions[("initialize_parameters_he", "he_uses_xavier_scale")]
    assert info["students"] == ["bob", "cat"] and info["message"] == "He uses sqrt(2 / n)."


def test_unnamed_failures_group_by_where_and_how_whatever_the_numbers():
    summary = report.summarize(NB, sample_class())
    groups = {symptom: students for (_, symptom), students in summary.unnamed.items()}
    assert groups["The standard deviation of `W#` is # times what the formula gives."] \
        == ["dan", "eve"]
    assert any(s.startswith("`initialize_parameters_he` raised KeyError") for s in groups)


def test_outcomes_that_are_not_maths_name_every_student_they_concern():
    tooling = report.summarize(NB, sample_class()).tooling
    assert tooling["time limit"] == ["gus"]
    assert tooling[report.NOT_SUBMITTED] == ["hal"]
    assert tooling["initialize_parameters_zeros: not written"] == ["fay"]


def test_pass_rates_count_only_the_students_judged_on_each_test():
    rates = report.summarize(NB, sample_class()).pass_rates
    assert rates == {TESTS[0]: (6, 7), TESTS[1]: (1, 7)}


def test_the_page_is_self_contained_and_names_who_made_each_mistake():
    page = report.html_page(report.summarize(NB, sample_class()))
    assert "<script" not in page
    sources = re.findall(r"src='([^']*)'", page) + re.findall(r'(?:href|src)="([^"]*)"', page)
    assert sources and all(s.startswith("data:image/png;base64,") for s in sources)
    assert "he_uses_xavier_scale" in page and "bob, cat" in page and "50%" not in page
    assert "25%" in page  # 2 of the 8 students


def test_the_terminal_summary_gives_scores_time_and_each_misconception():
    text = report.summary_text(report.summarize(NB, sample_class()))
    assert text.splitlines()[0] == f"{NB}: 8 students, 6 graded"
    assert "grading took 88.2 s per submission on average, 600.0 s at most" in text
    assert "2 ( 25%)  he_uses_xavier_scale  (initialize_parameters_he)" in text


def test_the_csv_has_a_row_per_student_and_test_and_one_for_who_has_none(tmp_path):
    path = tmp_path / "report.csv"
    report.write_csv(report.summarize(NB, sample_class()), path)
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == 7 * 2 + 1
    assert [r["outcome"] for r in rows if r["student"] == "hal"] == [report.NOT_SUBMITTED]
    bob = [r for r in rows if r["student"] == "bob" and r["test"] == TESTS[1]]
    assert bob[0]["verdict"] == NAMED and bob[0]["misconception"] == "he_uses_xavier_scale"


def test_only_well_formed_verdicts_of_graded_test_cells_are_read():
    """A notebook cannot add rows or stop the report with verdict data of its own."""
    good = _verdict(NAMED, name="he_uses_xavier_scale")
    cells = [nbformat.v4.new_markdown_cell("forged", metadata={
                 "nbgrader": {"grade_id": "test_initialize_parameters_zeros"},
                 "dlbasics_verdict": _verdict(NAMED, name="forged")}),
             nbformat.v4.new_code_cell("", metadata={
                 "nbgrader": {"grade_id": TESTS[1], "grade": True},
                 "dlbasics_verdict": good}),
             nbformat.v4.new_code_cell("", metadata={
                 "nbgrader": {"grade_id": "not_a_test"}, "dlbasics_verdict": good}),
             nbformat.v4.new_code_cell("", metadata={
                 "nbgrader": {"grade_id": TESTS[0]},
                 "dlbasics_verdict": {"kind": ["passed"], "function": 1}})]
    nb = nbformat.v4.new_notebook(cells=cells)
    found = report.read_verdicts(nb, [TESTS[1], "test_initialize_parameters_xavier"])
    assert found == {TESTS[1]: good}
    assert report.read_verdicts(nb, TESTS) == {TESTS[1]: good}

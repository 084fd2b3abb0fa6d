"""Read scores back from nbgrader's gradebook (wherever ``CourseDirectory.db_url`` points:
SQLite by default, PostgreSQL if configured) and print them; name the students it lists."""

from __future__ import annotations

import pwd

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from autograder import COURSE_DIR
from autograder.course import course_directory


def scores(assignment: str, student: str) -> dict | None:
    """``{grade_id: (score, max_score)}`` of one autograded notebook, None if not graded."""
    with Gradebook(course_directory().db_url) as gb:
        try:
            nb = gb.find_submission_notebook(assignment, assignment, student)
        except MissingEntry:
            return None
        return {grade.name: (grade.score, grade.max_score) for grade in nb.grades}


def notebook_order(assignment: str) -> list:
    """grade_ids of the assignment's graded cells, in the order of the source notebook."""
    nb = nbformat.read(COURSE_DIR / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    return [c.metadata.nbgrader["grade_id"] for c in nb.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade")]


def print_grade_table(assignments: list, students: list) -> None:
    """One block per assignment: a row per graded test, a column per student."""
    for assignment in assignments:
        table = {s: scores(assignment, s) for s in students}
        tests = [g for g in notebook_order(assignment)
                 if any(t and g in t for t in table.values())]
        width = max([len(t) for t in tests] + [len("total")]) + 2
        print(f"\n{assignment}")
        print(" " * width + "".join(f"{s:>16}" for s in students))
        for test in tests:
            cells = [f"{t[test][0]:g}/{t[test][1]:g}" if t and test in t else "-"
                     for t in table.values()]
            print(f"{test:<{width}}" + "".join(f"{c:>16}" for c in cells))
        totals = [f"{sum(v[0] for v in t.values()):g}/{sum(v[1] for v in t.values()):g}"
                  if t else "not graded" for t in table.values()]
        print(f"{'total':<{width}}" + "".join(f"{c:>16}" for c in totals))


def name_students(names: dict) -> None:
    """Give students the gradebook knows without a name (nbgrader creates them so when it
    first grades them, and its formgrader then lists them as "None, None") the names in
    ``names``: ``{student_id: (first_name, last_name)}``.  Names already set stay."""
    with Gradebook(course_directory().db_url) as gb:
        for student_id, (first, last) in names.items():
            try:
                student = gb.find_student(student_id)
            except MissingEntry:
                gb.add_student(student_id, first_name=first, last_name=last)
                continue
            if student.first_name is None and student.last_name is None:
                gb.update_or_create_student(student_id, first_name=first, last_name=last)


def account_name(student_id: str) -> tuple | None:
    """``(first_name, last_name)`` of the account ``student_id`` on this machine (the student
    of a one-machine course), from its full name; None if there is no such account."""
    try:
        full = pwd.getpwnam(student_id).pw_gecos.split(",")[0].split()
    except KeyError:
        return None
    if not full:
        return ("", student_id)
    return (" ".join(full[:-1]), full[-1])

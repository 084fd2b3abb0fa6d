"""Read scores back from nbgrader's gradebook and print them."""

from __future__ import annotations

from nbgrader.api import Gradebook, MissingEntry

from autograder import COURSE_DIR


def scores(assignment: str, student: str) -> dict | None:
    """``{grade_id: (score, max_score)}`` of one autograded notebook, None if not graded."""
    with Gradebook(f"sqlite:///{COURSE_DIR / 'gradebook.db'}") as gb:
        try:
            nb = gb.find_submission_notebook(assignment, assignment, student)
        except MissingEntry:
            return None
        return {grade.name: (grade.score, grade.max_score) for grade in nb.grades}


def print_grade_table(assignments: list, students: list) -> None:
    """One block per assignment: a row per student, a column per graded test."""
    for assignment in assignments:
        table = {s: scores(assignment, s) for s in students}
        tests = sorted({g for t in table.values() if t for g in t})
        print(f"\n{assignment}")
        short = [t.removeprefix("test_") for t in tests]
        widths = [max(len(n), 7) for n in short]
        print(f"  {'student':<12}" + "  ".join(n.ljust(w) for n, w in zip(short, widths))
              + "  total")
        for student, row in table.items():
            if row is None:
                print(f"  {student:<12}not graded (see the autograde log above)")
                continue
            cells = [f"{row[t][0]:g}/{row[t][1]:g}" if t in row else "-" for t in tests]
            total = sum(s for s, _ in row.values())
            maximum = sum(m for _, m in row.values())
            print(f"  {student:<12}" + "  ".join(c.ljust(w) for c, w in zip(cells, widths))
                  + f"  {total:g}/{maximum:g}")

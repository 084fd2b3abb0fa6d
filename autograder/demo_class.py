"""A synthetic class, for the demo and the tests of the class report: students drawn from the
reference, the blank release and the catalog's misconceptions, with what each one planted.

Of ``size`` students, about a fifth hand in the reference, a tenth the blank release, one a
notebook that is not valid JSON (an outcome that is not about the maths); the others hand in
the reference with one or two catalogued misconceptions, in different functions, drawn from a
short list of the assignment's entries with the frequencies of a long tail (the first entry
about twice as often as the second...), as a real class's mistakes are.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder import COURSE_DIR
from autograder.misconceptions import load_catalog
from autograder.submissions import (blank_submission, misconception_submission,
                                    reference_submission)

#: how many of the catalog's entries a synthetic class draws its misconceptions from
POOL = 8


@dataclass
class Student:
    """One synthetic student: what they hand in, and what the report should find."""

    id: str
    kind: str  # "reference", "blank", "broken" or "misconceptions"
    planted: list = field(default_factory=list)  # the Misconception entries handed in


def pool(notebook: str) -> list:
    """The entries a class draws from: the first two of each graded function, in turn."""
    catalog = load_catalog(notebook)
    functions = list(dict.fromkeys(entry.function for entry in catalog))
    firsts = [[e for e in catalog if e.function == f][:2] for f in functions]
    ordered = [pair[0] for pair in firsts] + [pair[1] for pair in firsts if len(pair) > 1]
    return ordered[:POOL]


def draw_class(notebook: str, size: int, seed: int = 0, prefix: str = "class") -> list:
    """``size`` synthetic students of ``notebook`` (ids ``class-01``...)."""
    rng = random.Random(seed)
    entries = pool(notebook)
    weights = [1 / rank for rank in range(1, len(entries) + 1)]
    students = []
    for number in range(1, size + 1):
        student_id = f"{prefix}-{number:02d}"
        roll = rng.random()
        if number == size:
            students.append(Student(student_id, "broken"))
        elif roll < 0.2:
            students.append(Student(student_id, "reference"))
        elif roll < 0.3:
            students.append(Student(student_id, "blank"))
        else:
            planted = []
            for _ in range(1 if rng.random() < 0.7 else 2):
                entry = rng.choices(entries, weights)[0]
                if all(entry.function != p.function for p in planted):
                    planted.append(entry)
            students.append(Student(student_id, "misconceptions", planted))
    return students


def write_class(notebook: str, students: list, course: Path = COURSE_DIR) -> None:
    """Write every student's submission into ``course``'s ``submitted/`` folder."""
    for student in students:
        folder = course / "submitted" / student.id / notebook
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{notebook}.ipynb"
        if student.kind == "broken":
            path.write_text('{"cells": [ this is not JSON')
            continue
        if student.kind == "reference":
            nb = reference_submission(notebook)
        elif student.kind == "blank":
            nb = blank_submission(notebook)
        else:
            nb = misconception_submission(notebook, *student.planted)
        nbformat.write(nb, path)


def planted_counts(students: list) -> dict:
    """``{(function, misconception name): number of students}`` -- the truth to compare."""
    counts = {}
    for student in students:
        for entry in student.planted:
            key = (entry.function, entry.name)
            counts[key] = counts.get(key, 0) + 1
    return counts

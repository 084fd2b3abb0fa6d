"""The independent sets of student implementations (``grader_tests/independent``) graded by
the hidden checks: no correct version fails, wrong ones are caught and named.

A wrong version is *caught* when its check fails on one of the seeds, and *named* when the
verdict names exactly the misconception its label gives (never when the label is None).  The
rates are printed at the end of the run, per set and assignment, next to the catalog's;
the held-out set's must stay above their floors.
"""

from __future__ import annotations

import pytest

from autograder import assignments
from autograder.checks import check_function, load_checks
from grader_tests.conftest import INDEPENDENT
from grader_tests.independent import SETS, load_implementations, load_labels

SEEDS = range(2)
#: floors of the independent measure (the held-out set), over all assignments: the targets.
#: It stands at 97.7 % caught and 90.3 % named (README, "Measured").
CAUGHT_FLOOR, NAMED_FLOOR = 0.97, 0.85


def _grade(notebook, implementation):
    grade_id = f"test_{implementation.target}"
    return [check_function(notebook, grade_id, implementation.function, seed) for seed in SEEDS]


@pytest.mark.parametrize("part", SETS)
def test_every_set_covers_every_graded_function(part):
    """Five wrong and two correct versions at least of every graded function."""
    for notebook in assignments():
        counts = {check.function: [0, 0] for check in load_checks(notebook).values()}
        for implementation in load_implementations(notebook, part):
            counts[implementation.target][implementation.correct] += 1
        thin = {f: c for f, c in counts.items() if c[0] < 5 or c[1] < 2}
        assert not thin, f"{part}/{notebook}: [wrong, correct] counts too low: {thin}"
        labels = load_labels(part)[notebook]
        wrong = [i.slug for i in load_implementations(notebook, part) if not i.correct]
        assert list(labels) == wrong, f"{part}/{notebook}: the labels do not list the wrong slugs"


@pytest.mark.parametrize("part,notebook", [(p, nb) for p in SETS for nb in assignments()])
def test_independent_set(part, notebook):
    labels = load_labels(part)[notebook]
    false_fails, rows = [], []
    for implementation in load_implementations(notebook, part):
        results = _grade(notebook, implementation)
        if implementation.correct:
            failed = [r.message for r in results if not r.passed]
            if failed:
                false_fails.append(f"{implementation.slug}: {failed[0]}")
            continue
        label = labels[implementation.slug]
        caught = any(not r.passed for r in results)
        named = label is not None and any(r.misconception == label for r in results)
        rows.append((implementation.slug, caught, named))
    INDEPENDENT[(part, notebook)] = rows
    assert not false_fails, "correct implementations failed:\n" + "\n".join(false_fails)


def test_held_out_rates_stay_above_their_floors():
    """Run after test_independent_set (pytest keeps the file's order)."""
    rows = [row for (part, _), found in INDEPENDENT.items() if part == "held_out" for row in found]
    if len(INDEPENDENT) < len(SETS) * len(assignments()):
        pytest.fail("run the whole file: the rates need every test_independent_set case")
    caught = sum(c for _, c, _ in rows) / len(rows)
    named = sum(n for _, _, n in rows) / len(rows)
    assert caught >= CAUGHT_FLOOR and named >= NAMED_FLOOR, (
        f"held-out set: {caught:.0%} caught, {named:.0%} named")

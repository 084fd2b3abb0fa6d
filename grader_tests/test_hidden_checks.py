"""Every hidden check accepts the reference and rejects every mutant of its function,
with a message that names the mutant's misconception."""

from __future__ import annotations

import pytest

from autograder import assignments
from autograder.checks import check_function, load_checks, reference_function
from autograder.mutants import load_mutants
from grader_tests.conftest import CATCHES

REFERENCE_SEEDS = range(4)
MUTANT_SEEDS = range(3)

CHECKS = [(nb, grade_id) for nb in assignments() for grade_id in load_checks(nb)]
MUTANTS = [(nb, m) for nb in assignments() for m in load_mutants(nb)]


@pytest.mark.parametrize("notebook,grade_id", CHECKS, ids=[f"{nb}-{g}" for nb, g in CHECKS])
def test_reference_passes(notebook, grade_id):
    check = load_checks(notebook)[grade_id]
    reference = reference_function(notebook, check.function)
    for seed in REFERENCE_SEEDS:
        result = check_function(notebook, grade_id, reference, seed)
        assert result.passed, f"seed {seed}: {result.message}"


@pytest.mark.parametrize("notebook,mutant", MUTANTS, ids=[f"{nb}-{m.name}" for nb, m in MUTANTS])
def test_mutant_is_caught_and_named(notebook, mutant):
    grade_id = f"test_{mutant.target}"
    messages = []
    for seed in MUTANT_SEEDS:
        result = check_function(notebook, grade_id, mutant.function, seed)
        messages.append(result.message)
        if result.passed or mutant.expect not in result.message:
            break
    caught = all(mutant.expect in m for m in messages) and len(messages) == len(MUTANT_SEEDS)
    CATCHES[notebook].append((mutant.name, caught))
    assert caught, (f"{mutant.name}: expected a failure mentioning {mutant.expect!r}, "
                    f"got {messages[-1]!r}")


@pytest.mark.parametrize("notebook", assignments())
def test_every_check_has_three_mutants(notebook):
    counts = {check.function: 0 for check in load_checks(notebook).values()}
    for mutant in load_mutants(notebook):
        assert mutant.target in counts, f"{mutant.name} targets {mutant.target}, not graded"
        counts[mutant.target] += 1
    thin = {f: n for f, n in counts.items() if n < 3}
    assert not thin, f"functions with fewer than three mutants: {thin}"

"""Every hidden check accepts the reference, catches every catalogued misconception of its
function and names it, and draws the boundary values it promises."""

from __future__ import annotations

import inspect

import pytest

from autograder import assignments
from autograder.checks import check_function, draw_cases, load_checks, reference_function
from autograder.misconceptions import load_catalog
from grader_tests.conftest import CATCHES

REFERENCE_SEEDS = range(4)
MISCONCEPTION_SEEDS = range(3)
BOUNDARY_SEEDS = range(5)
#: graded functions whose formulas leave room for many mistakes: ten entries at least
FORMULA_HEAVY = {
    "compute_cost_with_regularization", "backward_propagation_with_regularization",
    "gradient_check_1d", "gradient_check_n", "ewma", "update_parameters_with_momentum",
    "update_parameters_with_rmsprop", "update_parameters_with_adam", "inverse_time_decay",
    "exponential_decay", "scheduled_lr_decay", "batchnorm_forward", "batchnorm_backward",
    "batchnorm_backward_alt", "compute_cost_tf", "make_exponential_decay", "train_step",
}

CHECKS = [(nb, grade_id) for nb in assignments() for grade_id in load_checks(nb)]
ENTRIES = [(nb, m) for nb in assignments() for m in load_catalog(nb)]


@pytest.mark.parametrize("notebook,grade_id", CHECKS, ids=[f"{nb}-{g}" for nb, g in CHECKS])
def test_reference_passes(notebook, grade_id):
    check = load_checks(notebook)[grade_id]
    reference = reference_function(notebook, check.function)
    for seed in REFERENCE_SEEDS:
        result = check_function(notebook, grade_id, reference, seed)
        assert result.passed, f"seed {seed}: {result.message}"


@pytest.mark.parametrize("notebook,entry", ENTRIES, ids=[f"{nb}-{m.name}" for nb, m in ENTRIES])
def test_misconception_is_caught_and_named(notebook, entry):
    results = []
    for seed in MISCONCEPTION_SEEDS:
        results.append(check_function(notebook, f"test_{entry.function}", entry.build(), seed))
        if results[-1].passed or results[-1].misconception != entry.name:
            break
    named = len(results) == len(MISCONCEPTION_SEEDS) and all(
        not r.passed and r.misconception == entry.name for r in results)
    CATCHES[notebook].append((entry.name, named))
    assert named, (f"{entry.name}: expected a failure naming it, got "
                   f"{'a pass' if results[-1].passed else repr(results[-1].message)}")


@pytest.mark.parametrize("notebook", assignments())
def test_catalog_is_large_enough(notebook):
    """Ten entries for every formula-heavy function, five for every other one."""
    counts = {check.function: 0 for check in load_checks(notebook).values()}
    names = set()
    for entry in load_catalog(notebook):
        assert entry.function in counts, f"{entry.name} is about {entry.function}, not graded"
        assert entry.name not in names, f"two entries are named {entry.name}"
        names.add(entry.name)
        counts[entry.function] += 1
    thin = {f: n for f, n in counts.items() if n < (10 if f in FORMULA_HEAVY else 5)}
    assert not thin, f"functions with too few catalogued misconceptions: {thin}"


@pytest.mark.parametrize("notebook,grade_id", CHECKS, ids=[f"{nb}-{g}" for nb, g in CHECKS])
def test_cases_reach_the_boundaries(notebook, grade_id):
    """Every argument has boundary values (or a reason why not), reached by every draw."""
    check = load_checks(notebook)[grade_id]
    parameters = set(inspect.signature(reference_function(notebook, check.function)).parameters)
    assert set(check.boundaries) == parameters, (
        f"boundaries name {sorted(check.boundaries)}, the function takes {sorted(parameters)}")
    for seed in BOUNDARY_SEEDS:
        cases = draw_cases(check, seed)
        for argument, boundaries in check.boundaries.items():
            if isinstance(boundaries, str):
                continue
            for description, reached in boundaries:
                assert any(reached(case.args) for case in cases), (
                    f"seed {seed}: no case of {grade_id} has {description} ({argument})")

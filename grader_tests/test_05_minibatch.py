"""Assignment 05 (mini-batches): the reference against its contract, and the hidden check
against correct implementations that draw their random numbers differently."""

from __future__ import annotations

import numpy as np
import pytest

from autograder.checks import check_function, draw_cases, load_checks, reference_function
from autograder.misconceptions import load_catalog

NOTEBOOK = "05_minibatch"
GRADE_ID = "test_random_mini_batches"
random_mini_batches = reference_function(NOTEBOOK, "random_mini_batches")


def _numbered_data(m, dtype, n_x=3, seed=0):
    """X (n_x, m) whose column j is j + 1000 * row, and one-hot Y (10, m) of random labels."""
    X = (np.arange(m)[None, :] + 1000 * np.arange(n_x)[:, None]).astype(dtype)
    labels = np.random.default_rng(seed).integers(0, 10, size=m)
    return X, np.eye(10, dtype=dtype)[:, labels]


def _batch_sizes(m, b):
    """Written independently of the reference: fill batches of b until the data run out."""
    sizes, left = [], m
    while left > 0:
        sizes.append(min(b, left))
        left -= sizes[-1]
    return sizes


@pytest.mark.parametrize("m,b", [(10, 4), (12, 4), (150, 64), (64, 64), (7, 32), (9, 1),
                                 (200, 200), (1000, 512)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_reference_partitions_one_permutation(m, b, dtype):
    X, Y = _numbered_data(m, dtype)
    batches = random_mini_batches(X, Y, mini_batch_size=b, seed=3)
    assert [Xb.shape[1] for Xb, _ in batches] == _batch_sizes(m, b)
    order = np.concatenate([Xb[0] for Xb, _ in batches]).astype(int)
    assert np.array_equal(np.sort(order), np.arange(m)), "every example exactly once"
    assert np.array_equal(np.concatenate([Xb for Xb, _ in batches], axis=1), X[:, order])
    assert np.array_equal(np.concatenate([Yb for _, Yb in batches], axis=1), Y[:, order])
    assert all(Xb.dtype == dtype and Yb.dtype == dtype for Xb, Yb in batches)
    if m >= 9:
        assert not np.array_equal(order, np.arange(m)), "the examples are shuffled"


def test_reference_leaves_its_inputs_unchanged():
    X, Y = _numbered_data(100, np.float32)
    X_copy, Y_copy = X.copy(), Y.copy()
    random_mini_batches(X, Y, mini_batch_size=16, seed=1)
    assert np.array_equal(X, X_copy) and np.array_equal(Y, Y_copy)


def test_reference_seeding():
    X, Y = _numbered_data(50, np.float64)
    first = [Xb for Xb, _ in random_mini_batches(X, Y, 8, seed=5)]
    again = [Xb for Xb, _ in random_mini_batches(X, Y, 8, seed=5)]
    other = [Xb for Xb, _ in random_mini_batches(X, Y, 8, seed=6)]
    assert all(np.array_equal(a, b) for a, b in zip(first, again))
    assert not all(np.array_equal(a, b) for a, b in zip(first, other))


def test_reference_shuffle_is_uniform():
    """Over many seeds, each of 5 examples comes first about equally often (chi-square)."""
    X, Y = _numbered_data(5, np.float64)
    seeds = 5_000
    firsts = [int(random_mini_batches(X, Y, 5, seed=s)[0][0][0, 0]) for s in range(seeds)]
    counts = np.bincount(firsts, minlength=5)
    chi2 = np.sum((counts - seeds / 5) ** 2 / (seeds / 5))
    assert chi2 < 18.5, f"first positions {counts} are not uniform (chi2 = {chi2:.1f})"  # p=0.001


def test_hidden_cases_cover_the_contract():
    check = load_checks(NOTEBOOK)[GRADE_ID]
    for seed in range(5):
        cases = draw_cases(check, seed)
        kinds = set()
        for case in cases:
            X, Y = case.args["X"], case.args["Y"]
            m, b = X.shape[1], case.args.get("mini_batch_size", 64)
            assert np.unique(X).size == X.size, "every entry of X must be distinct"
            assert Y.shape == (10, m) and np.all(Y.sum(axis=0) == 1), "Y must be one-hot"
            kinds.add("divisible" if m % b == 0 else "not divisible")
            kinds.add("m < b" if m < b else "m >= b")
            kinds.add("default size" if "mini_batch_size" not in case.args else "given size")
            kinds.add(str(X.dtype))
        assert kinds == {"divisible", "not divisible", "m < b", "m >= b", "default size",
                         "given size", "float32", "float64"}


# Correct implementations that a student could write; the hidden check must accept them all.

def _legacy_global_rng(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    num_complete = m // mini_batch_size
    mini_batches = []
    for k in range(num_complete):
        mini_batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    if m % mini_batch_size != 0:
        mini_batches.append((shuffled_X[:, num_complete * mini_batch_size:],
                             shuffled_Y[:, num_complete * mini_batch_size:]))
    return mini_batches


def _random_state_shuffle_as_lists(X, Y, mini_batch_size=64, seed=0):
    indices = np.arange(X.shape[1])
    np.random.RandomState(seed).shuffle(indices)
    return [[X[:, indices[i:i + mini_batch_size]], Y[:, indices[i:i + mini_batch_size]]]
            for i in range(0, len(indices), mini_batch_size)]


def _transpose_shuffle_split(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed + 12345)
    both = np.concatenate([X, Y]).T.copy()  # examples as rows, so that shuffle moves them
    rng.shuffle(both)
    cuts = np.arange(mini_batch_size, X.shape[1], mini_batch_size)
    return [(part.T[:X.shape[0]], part.T[X.shape[0]:]) for part in np.split(both, cuts)]


@pytest.mark.parametrize("student", [_legacy_global_rng, _random_state_shuffle_as_lists,
                                     _transpose_shuffle_split], ids=lambda f: f.__name__)
def test_hidden_check_accepts_other_correct_implementations(student):
    for seed in range(5):
        result = check_function(NOTEBOOK, GRADE_ID, student, seed)
        assert result.passed, f"seed {seed}: {result.message}"


def test_reference_passes_hidden_check_for_many_seeds():
    for seed in range(50):
        result = check_function(NOTEBOOK, GRADE_ID, random_mini_batches, seed)
        assert result.passed, f"seed {seed}: {result.message}"


def test_every_misconception_is_named_for_many_seeds():
    for entry in load_catalog(NOTEBOOK):
        for seed in range(20):
            result = check_function(NOTEBOOK, GRADE_ID, entry.build(), seed)
            assert not result.passed and result.misconception == entry.name, \
                f"{entry.name}, seed {seed}: {result.message}"

"""Public tests of assignment 05: mini-batch gradient descent."""

import numpy as np

from dlbasics.public_tests import passed, public_test, require


def _example_data(m, dtype=np.float32):
    """X (3, m) whose column j is (j, 100 + j, 200 + j); Y (10, m) one-hot with label j % 10.

    Column j of X is example number j, so the test can tell which examples a batch holds.
    """
    ids = np.arange(m)
    X = np.stack([ids, 100 + ids, 200 + ids]).astype(dtype)
    Y = np.eye(10, dtype=dtype)[:, ids % 10]
    return X, Y


def _example_ids(mini_batches, X, Y):
    """The example ids in each mini-batch, after checking shapes, columns and labels."""
    ids = []
    for k, pair in enumerate(mini_batches):
        require(isinstance(pair, (tuple, list)) and len(pair) == 2,
                f"Item {k} of the list should be a pair (X_batch, Y_batch).")
        X_batch, Y_batch = np.asarray(pair[0]), np.asarray(pair[1])
        require(X_batch.ndim == 2 and X_batch.shape[0] == X.shape[0],
                f"`X_batch` {k} has shape {X_batch.shape}; it should have {X.shape[0]} rows "
                f"and one column per example.")
        require(Y_batch.shape == (10, X_batch.shape[1]),
                f"`Y_batch` {k} has shape {Y_batch.shape}, expected {(10, X_batch.shape[1])}.")
        require(X_batch.dtype == X.dtype and Y_batch.dtype == Y.dtype,
                f"Mini-batch {k} has dtypes ({X_batch.dtype}, {Y_batch.dtype}); the inputs "
                f"have ({X.dtype}, {Y.dtype}).")
        require(np.all(np.isin(X_batch[0], X[0])),
                f"The first row of `X_batch` {k} holds values that are not in the first row of "
                f"X: shuffle the columns (examples) of X, not its rows (features).")
        batch_ids = X_batch[0].astype(int)
        require(np.array_equal(X_batch, X[:, batch_ids]),
                f"The columns of `X_batch` {k} are not columns of X: shuffle the columns "
                f"(examples) of X, not its rows.")
        require(np.array_equal(Y_batch, Y[:, batch_ids]),
                f"The labels in `Y_batch` {k} do not belong to the examples in `X_batch` {k}: "
                f"use the same permutation for X and Y.")
        ids.append(batch_ids)
    return ids


def _check_partition(ids, m, size):
    expected = [size] * (m // size) + ([m % size] if m % size else [])
    got = [len(batch) for batch in ids]
    require(got == expected,
            f"With m = {m} and mini_batch_size = {size}, the batch sizes should be {expected}, "
            f"got {got}.")
    everything = np.sort(np.concatenate(ids))
    require(np.array_equal(everything, np.arange(m)),
            "Every example should appear in exactly one mini-batch.")
    require(not np.array_equal(np.concatenate(ids), np.arange(m)),
            "The examples are in their original order: shuffle them before partitioning.")


@public_test
def test_random_mini_batches(target):
    X, Y = _example_data(10)
    first = _example_ids(target(X, Y, mini_batch_size=4, seed=1), X, Y)
    _check_partition(first, m=10, size=4)
    again = _example_ids(target(X, Y, mini_batch_size=4, seed=1), X, Y)
    require(all(np.array_equal(a, b) for a, b in zip(first, again)),
            "Two calls with the same seed should return the same mini-batches: seed your "
            "random generator with `seed` inside the function.")
    other = _example_ids(target(X, Y, mini_batch_size=4, seed=2), X, Y)
    require(not np.array_equal(np.concatenate(first), np.concatenate(other)),
            "A different seed should give a different order of the examples.")

    X, Y = _example_data(12, dtype=np.float64)
    _check_partition(_example_ids(target(X, Y, mini_batch_size=4, seed=0), X, Y), m=12, size=4)
    X, Y = _example_data(150)
    _check_partition(_example_ids(target(X, Y), X, Y), m=150, size=64)
    passed("random_mini_batches")

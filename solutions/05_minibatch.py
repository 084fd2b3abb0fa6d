"""Reference solution of assignment 05: mini-batch gradient descent."""

import numpy as np


def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    """Shuffle the examples (columns) of X and Y together, then cut them into mini-batches.

    Inputs: X (n_x, m); Y (10, m) one-hot; mini_batch_size -- examples per batch;
            seed -- seed of the shuffle.
    Returns: list of (X_batch (n_x, b), Y_batch (10, b)), b = mini_batch_size except the last.
    Side effects: none; X and Y are left unchanged (the batches are new arrays).
    """
    m = X.shape[1]
    permutation = np.random.default_rng(seed).permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        end = start + mini_batch_size  # slicing stops at m, so the last batch may be smaller
        mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
    return mini_batches

"""Held-out implementations of assignment 05, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# random_mini_batches
# ----------------------------------------------------------------------------


@wrong("rmb_drop_last_batch", "I only made the m // b full batches; the leftover examples at "
                              "the end are never put in a batch.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        X_batch = X_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        Y_batch = Y_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batches.append((X_batch, Y_batch))
    return mini_batches


@wrong("rmb_two_permutations", "I called rng.permutation(m) once for X and once again for Y, "
                               "so X and Y are shuffled in two different orders.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    X_shuffled = X[:, rng.permutation(m)]
    Y_shuffled = Y[:, rng.permutation(m)]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y_shuffled[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("rmb_m_from_rows", "I took m = X.shape[0], the number of rows, so the permutation runs "
                          "over the number of features instead of the examples.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[0]
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y_shuffled[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("rmb_shuffle_in_place", "I shuffled the columns with np.random.shuffle on X.T and Y.T "
                               "after the same seed, which reorders the caller's X and Y in "
                               "place.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    np.random.seed(seed)
    np.random.shuffle(X.T)
    np.random.seed(seed)
    np.random.shuffle(Y.T)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("rmb_no_seed", "I used np.random.permutation(m) and never used the seed, so two calls "
                      "with the same seed give different batches.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y_shuffled[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("rmb_seed_zero_hardcoded", "I seeded the generator with 0 instead of the seed argument, "
                                  "so every seed gives the same order.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(0)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y_shuffled[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("rmb_empty_last_batch", "I always added the last batch X_shuffled[:, num_complete * b:] "
                               "without checking m % b, so when m is a multiple of b an empty "
                               "batch is appended.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    Y_shuffled = Y[:, permutation]
    mini_batches = []
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batches.append((X_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             Y_shuffled[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    mini_batches.append((X_shuffled[:, num_complete * mini_batch_size:],
                         Y_shuffled[:, num_complete * mini_batch_size:]))
    return mini_batches


@wrong("rmb_zeros_float64", "I preallocated each batch with np.zeros and copied the columns "
                            "in, so the batches come out float64 whatever the dtype of X and Y.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        columns = permutation[start:start + mini_batch_size]
        X_batch = np.zeros((X.shape[0], len(columns)))
        Y_batch = np.zeros((Y.shape[0], len(columns)))
        X_batch[:, :] = X[:, columns]
        Y_batch[:, :] = Y[:, columns]
        mini_batches.append((X_batch, Y_batch))
    return mini_batches


@wrong("rmb_partition_then_shuffle", "I cut the data into consecutive batches first and then "
                                     "shuffled the columns inside each batch, so every batch "
                                     "still holds neighbouring examples.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        X_batch = X[:, start:start + mini_batch_size]
        Y_batch = Y[:, start:start + mini_batch_size]
        order = rng.permutation(X_batch.shape[1])
        mini_batches.append((X_batch[:, order], Y_batch[:, order]))
    return mini_batches


@wrong("rmb_y_not_shuffled", "I shuffled the columns of X but sliced Y in its original order, "
                             "so the labels no longer match their examples.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled = X[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@correct("rmb_legacy_seed_ceil_loop", "np.random.seed with np.random.permutation, and a loop "
                                      "over ceil(m / b) batch numbers with the end clipped "
                                      "by min().")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    num_batches = math.ceil(m / mini_batch_size)
    mini_batches = []
    for k in range(num_batches):
        start = k * mini_batch_size
        end = min(start + mini_batch_size, m)
        mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
    return mini_batches


@correct("rmb_split_indices", "Splits the permuted column indices with np.array_split at the "
                              "multiples of b, then gathers each batch with np.take.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.permutation(m)
    cuts = np.arange(mini_batch_size, m, mini_batch_size)
    return [(np.take(X, idx, axis=1), np.take(Y, idx, axis=1))
            for idx in np.array_split(order, cuts)]


@correct("rmb_argsort_keys", "Draws one random key per example and sorts the examples by key "
                             "(argsort), a permutation built differently; then a while loop "
                             "cuts the batches.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = np.argsort(rng.random(m), kind="stable")
    X_shuffled, Y_shuffled = X[:, order], Y[:, order]
    mini_batches, start = [], 0
    while start < m:
        mini_batches.append((X_shuffled[:, start:start + mini_batch_size],
                             Y_shuffled[:, start:start + mini_batch_size]))
        start += mini_batch_size
    return mini_batches

"""Held-out implementations of assignment 05, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# random_mini_batches
# ---------------------------------------------------------------------------------------


@wrong("drop_last_batch",
       "I only built the floor(m / b) full batches and dropped the leftover examples")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((X_s[:, cols], Y_s[:, cols]))
    return mini_batches


@wrong("separate_permutations", "I drew one permutation for X and another one for Y")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    X_s = X[:, rng.permutation(m)]
    Y_s = Y[:, rng.permutation(m)]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("shuffle_rows",
       "I used np.random.permutation(X), which shuffles the rows (features), not the examples")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    X_s = np.random.permutation(X)
    np.random.seed(seed)
    Y_s = np.random.permutation(Y)
    m = X.shape[1]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("no_shuffle", "I only partitioned the data in its original order and never shuffled")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    return [(X[:, s:s + mini_batch_size], Y[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("negative_zero_slice",
       "I took the last batch as X[:, -(m % b):] without checking m % b, so when b divides m "
       "the whole data set is appended as an extra batch")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    num_complete = m // mini_batch_size
    mini_batches = []
    for k in range(num_complete):
        mini_batches.append((X_s[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             Y_s[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    rest = m % mini_batch_size
    mini_batches.append((X_s[:, -rest:], Y_s[:, -rest:]))
    return mini_batches


@wrong("always_extra_batch",
       "I used m // b + 1 batches, so when b divides m the last batch is empty")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size + 1):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((X_s[:, cols], Y_s[:, cols]))
    return mini_batches


@wrong("hardcoded_seed",
       "I seeded with 0 instead of the seed argument, so every seed gives the same order")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(0)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("unseeded",
       "I called np.random.permutation without seeding, so the batches are not reproducible")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("zeros_buffer_float64",
       "I copied the shuffled columns into np.zeros buffers, which are float64 whatever X was")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = np.zeros(X.shape), np.zeros(Y.shape)
    for j, i in enumerate(permutation):
        X_s[:, j] = X[:, i]
        Y_s[:, j] = Y[:, i]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("list_pairs", "I appended [X_batch, Y_batch] lists instead of (X_batch, Y_batch) tuples")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    return [[X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size]]
            for s in range(0, m, mini_batch_size)]


@wrong("sample_with_replacement",
       "I drew m random indices with rng.integers, so some examples repeat and others are missing")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    indices = rng.integers(0, m, size=m)
    X_s, Y_s = X[:, indices], Y[:, indices]
    return [(X_s[:, s:s + mini_batch_size], Y_s[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("slice_start_k_not_kb",
       "I sliced X[:, k:k + b] with the batch number k instead of k * b, so batches overlap")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(math.ceil(m / mini_batch_size)):
        mini_batches.append((X_s[:, k:k + mini_batch_size], Y_s[:, k:k + mini_batch_size]))
    return mini_batches


@wrong("inplace_shuffle_inputs",
       "I shuffled X.T and Y.T in place with np.random.shuffle, which reorders the caller's arrays")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    np.random.shuffle(X.T)
    np.random.seed(seed)
    np.random.shuffle(Y.T)
    m = X.shape[1]
    return [(X[:, s:s + mini_batch_size], Y[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("ignores_batch_size", "I wrote 64 in the slicing instead of using mini_batch_size")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    return [(X_s[:, s:s + 64], Y_s[:, s:s + 64]) for s in range(0, m, 64)]


@wrong("last_batch_off_by_one",
       "For the last batch I sliced up to m - 1, so the final example is never used")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_s, Y_s = X[:, permutation], Y[:, permutation]
    num_complete = m // mini_batch_size
    mini_batches = [(X_s[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                     Y_s[:, k * mini_batch_size:(k + 1) * mini_batch_size])
                    for k in range(num_complete)]
    if m % mini_batch_size != 0:
        start = num_complete * mini_batch_size
        mini_batches.append((X_s[:, start:m - 1], Y_s[:, start:m - 1]))
    return mini_batches


@correct("legacy_seed_while_loop", "legacy np.random.seed/permutation and a while loop over start")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    order = list(np.random.permutation(m))
    shuffled_X, shuffled_Y = X[:, order], Y[:, order]
    mini_batches = []
    start = 0
    while start < m:
        stop = min(start + mini_batch_size, m)
        mini_batches.append((shuffled_X[:, start:stop], shuffled_Y[:, start:stop]))
        start = stop
    return mini_batches


@correct("split_index_array", "splits the permuted index array with np.split, then takes columns")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    index_groups = np.split(rng.permutation(m), np.arange(mini_batch_size, m, mini_batch_size))
    return [(np.take(X, idx, axis=1), np.take(Y, idx, axis=1)) for idx in index_groups]


@correct("randomstate_stack_then_cut",
         "RandomState permutation, full + remainder batches written out separately")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    state = np.random.RandomState(seed)
    m = X.shape[1]
    perm = state.permutation(m)
    X_s = X[:, perm]
    Y_s = Y[:, perm]
    full = m // mini_batch_size
    batches = [tuple(A[:, k * mini_batch_size:(k + 1) * mini_batch_size] for A in (X_s, Y_s))
               for k in range(full)]
    if full * mini_batch_size < m:
        batches.append((X_s[:, full * mini_batch_size:], Y_s[:, full * mini_batch_size:]))
    return batches

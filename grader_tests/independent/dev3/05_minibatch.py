"""Held-out implementations of assignment 05, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# random_mini_batches
# ----------------------------------------------------------------------------


@wrong("mb_drop_last_batch",
       "I only looped over the m // b full batches and forgot to add the smaller leftover "
       "batch at the end.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batch_X = shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batch_Y = shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]
        mini_batches.append((mini_batch_X, mini_batch_Y))
    return mini_batches


@wrong("mb_two_permutations",
       "I called rng.permutation(m) once for X and once for Y, so they get two different "
       "orders and the labels no longer match their examples.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    shuffled_X = X[:, rng.permutation(m)]
    shuffled_Y = Y[:, rng.permutation(m)]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("mb_y_not_shuffled",
       "I shuffled both X and Y but then sliced the original Y instead of shuffled_Y, so "
       "the labels are in the old order.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]  # noqa: F841
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("mb_m_from_rows",
       "I took m = X.shape[0], which is the number of features, not the number of "
       "examples, so the permutation and the batches are built over the wrong count.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[0]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("mb_inclusive_slice_end",
       "I thought the slice end was included, so I wrote (k + 1) * b - 1 as the end: every "
       "batch loses its last example.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    num_batches = math.ceil(m / mini_batch_size)
    for k in range(num_batches):
        start, end = k * mini_batch_size, (k + 1) * mini_batch_size - 1
        mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
    return mini_batches


@wrong("mb_always_extra_batch",
       "I always made m // b + 1 batches to include the leftover one, which adds an empty "
       "batch when m is a multiple of the batch size.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    mini_batches.append((shuffled_X[:, num_complete * mini_batch_size:],
                         shuffled_Y[:, num_complete * mini_batch_size:]))
    return mini_batches


@wrong("mb_last_batch_overlaps",
       "For the leftover batch I took the last b columns so that every batch has the same "
       "size, which puts some examples into two batches.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    mini_batches = []
    num_complete = m // mini_batch_size
    for k in range(num_complete):
        mini_batches.append((shuffled_X[:, k * mini_batch_size:(k + 1) * mini_batch_size],
                             shuffled_Y[:, k * mini_batch_size:(k + 1) * mini_batch_size]))
    if m % mini_batch_size != 0:
        mini_batches.append((shuffled_X[:, -mini_batch_size:], shuffled_Y[:, -mini_batch_size:]))
    return mini_batches


@wrong("mb_preallocated_float64",
       "I preallocated each batch with np.zeros and copied the columns in, so the batches "
       "come back as float64 even when X and Y are float32.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        idx = permutation[start:start + mini_batch_size]
        X_batch = np.zeros((X.shape[0], len(idx)))
        Y_batch = np.zeros((Y.shape[0], len(idx)))
        X_batch[:, :] = X[:, idx]
        Y_batch[:, :] = Y[:, idx]
        mini_batches.append((X_batch, Y_batch))
    return mini_batches


@wrong("mb_unseeded_generator",
       "I created the generator with np.random.default_rng() and forgot to pass the seed, "
       "so the same seed gives different mini-batches each call.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng()
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    return [(shuffled_X[:, s:s + mini_batch_size], shuffled_Y[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_choice_with_replacement",
       "I drew the shuffled indices with rng.choice(m, m), not realising choice samples "
       "with replacement, so some examples appear twice and others never.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    indices = rng.choice(m, m)
    shuffled_X = X[:, indices]
    shuffled_Y = Y[:, indices]
    return [(shuffled_X[:, s:s + mini_batch_size], shuffled_Y[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_permutation_per_batch",
       "I drew the permutation inside the loop, so each batch slices a different shuffle "
       "and examples can be repeated or skipped across batches.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        permutation = rng.permutation(m)
        idx = permutation[start:start + mini_batch_size]
        mini_batches.append((X[:, idx], Y[:, idx]))
    return mini_batches


@wrong("mb_shuffle_inputs_in_place",
       "I shuffled the columns with np.random.shuffle on X.T and Y.T (reseeding so both get "
       "the same order); that shuffles the caller's X and Y in place.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    np.random.seed(seed)
    np.random.shuffle(X.T)
    np.random.seed(seed)
    np.random.shuffle(Y.T)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X[:, start:start + mini_batch_size].copy(),
                             Y[:, start:start + mini_batch_size].copy()))
    return mini_batches


@wrong("mb_shuffle_features",
       "I used np.random.permutation(X) to shuffle, which permutes the rows (features) of X "
       "instead of its columns, and Y with the same seed along its rows too.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    np.random.seed(seed)
    shuffled_X = np.random.permutation(X)
    np.random.seed(seed)
    shuffled_Y = np.random.permutation(Y)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches


@correct("mb_legacy_split",
         "Legacy global generator (np.random.seed + np.random.permutation) and np.split at "
         "the cut points range(b, m, b) instead of a slicing loop.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = np.random.permutation(m)
    cuts = list(range(mini_batch_size, m, mini_batch_size))
    X_parts = np.split(X[:, permutation], cuts, axis=1)
    Y_parts = np.split(Y[:, permutation], cuts, axis=1)
    return list(zip(X_parts, Y_parts))


@correct("mb_take_while",
         "Uses np.take along axis 1 on each batch's slice of the permutation, with a while "
         "loop over start positions; never builds the fully shuffled arrays.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.permutation(m)
    mini_batches = []
    start = 0
    while start < m:
        idx = order[start:min(start + mini_batch_size, m)]
        mini_batches.append((np.take(X, idx, axis=1), np.take(Y, idx, axis=1)))
        start += mini_batch_size
    return mini_batches


@correct("mb_ceil_index_loop",
         "Computes the number of batches as -(-m // b) and builds each batch from explicit "
         "start/end indices with min() for the last one.")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = list(rng.permutation(m))
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    n_batches = -(-m // mini_batch_size)
    mini_batches = []
    for k in range(n_batches):
        start = k * mini_batch_size
        end = min(m, start + mini_batch_size)
        mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))
    return mini_batches

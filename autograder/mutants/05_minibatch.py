"""Mutants of assignment 05: mini-batch gradient descent."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant


@mutant("minibatch_x_and_y_different_permutations", expect="same permutation")
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


@mutant("minibatch_drops_last_batch", expect="last, smaller mini-batch is missing")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = np.random.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    return mini_batches


@mutant("minibatch_batch_end_off_by_one", expect="consecutive batches overlap")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = np.random.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(int(np.ceil(m / mini_batch_size))):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size + 1)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    return mini_batches


@mutant("minibatch_last_batch_added_twice", expect="appears twice")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(int(np.ceil(m / mini_batch_size))):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    if m % mini_batch_size != 0:
        tail = slice(m - m % mini_batch_size, m)
        mini_batches.append((shuffled_X[:, tail], shuffled_Y[:, tail]))
    return mini_batches


@mutant("minibatch_last_batch_taken_from_the_end", expect="consecutive batches overlap")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    if m % mini_batch_size != 0:
        mini_batches.append((shuffled_X[:, -mini_batch_size:],
                             shuffled_Y[:, -mini_batch_size:]))
    return mini_batches


@mutant("minibatch_empty_last_batch", expect="empty mini-batch")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size + 1):
        columns = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((shuffled_X[:, columns], shuffled_Y[:, columns]))
    return mini_batches


@mutant("minibatch_not_shuffled", expect="not shuffled")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@mutant("minibatch_shuffles_rows_not_columns", expect="shuffled the rows")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    # np.random.permutation(array) permutes along the first axis: the features, here
    np.random.seed(seed)
    shuffled_X = np.random.permutation(X)
    np.random.seed(seed)
    shuffled_Y = np.random.permutation(Y)
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches


@mutant("minibatch_new_sample_for_each_batch", expect="shuffle once")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        size = min(mini_batch_size, m - start)
        columns = rng.choice(m, size=size, replace=False)
        mini_batches.append((X[:, columns], Y[:, columns]))
    return mini_batches


@mutant("minibatch_ignores_seed", expect="same `seed`")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches


@mutant("minibatch_hard_coded_size_64", expect="hard-coded 64")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X, shuffled_Y = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for start in range(0, m, 64):
        mini_batches.append((shuffled_X[:, start:start + 64], shuffled_Y[:, start:start + 64]))
    return mini_batches


@mutant("minibatch_copies_into_float64", expect="dtype")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    shuffled_X, shuffled_Y = np.zeros(X.shape), np.zeros(Y.shape)
    for new, old in enumerate(permutation):
        shuffled_X[:, new] = X[:, old]
        shuffled_Y[:, new] = Y[:, old]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))
    return mini_batches

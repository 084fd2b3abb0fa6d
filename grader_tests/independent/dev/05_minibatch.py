"""Independent implementations of assignment 05, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# random_mini_batches
# ---------------------------------------------------------------------------------------


@wrong("mb_two_permutations_for_x_and_y", "I called rng.permutation(m) once for X and once more for Y")
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


@wrong("mb_drops_last_partial_batch", "I only built the floor(m / b) full batches and forgot the leftover examples")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((X_shuffled[:, cols], Y_shuffled[:, cols]))
    return mini_batches


@wrong("mb_empty_last_batch_when_divisible", "I always appended a last batch with the remainder, even when m is a multiple of b so it is empty")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    num_complete = m // mini_batch_size
    mini_batches = []
    for k in range(num_complete):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((X_shuffled[:, cols], Y_shuffled[:, cols]))
    start = num_complete * mini_batch_size
    mini_batches.append((X_shuffled[:, start:], Y_shuffled[:, start:]))
    return mini_batches


@wrong("mb_no_shuffle", "I only partitioned the data into consecutive slices and never shuffled it")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("mb_shuffles_caller_arrays_in_place", "I shuffled X and Y themselves with X[:] = X[:, permutation] to avoid making copies")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X[:] = X[:, permutation]
    Y[:] = Y[:, permutation]
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        mini_batches.append((X[:, start:start + mini_batch_size],
                             Y[:, start:start + mini_batch_size]))
    return mini_batches


@wrong("mb_seed_ignored", "I used np.random.permutation without seeding it, so the seed argument did nothing")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    m = X.shape[1]
    permutation = np.random.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[:, s:s + mini_batch_size], Y_shuffled[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_hardcoded_seed_zero", "I seeded the generator with 0 as in the example instead of with the seed argument")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(0)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    return [(X_shuffled[:, s:s + mini_batch_size], Y_shuffled[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_float64_copies", "I preallocated each batch with np.zeros and copied the columns in, which made everything float64")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    mini_batches = []
    for start in range(0, m, mini_batch_size):
        cols = permutation[start:start + mini_batch_size]
        X_batch = np.zeros((X.shape[0], len(cols)))
        Y_batch = np.zeros((Y.shape[0], len(cols)))
        X_batch[:, :] = X[:, cols]
        Y_batch[:, :] = Y[:, cols]
        mini_batches.append((X_batch, Y_batch))
    return mini_batches


@wrong("mb_slice_end_minus_one", "I thought the slice end was inclusive and stopped each batch at (k + 1) * b - 1")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    mini_batches = []
    num_batches = int(np.ceil(m / mini_batch_size))
    for k in range(num_batches):
        start, end = k * mini_batch_size, min((k + 1) * mini_batch_size - 1, m)
        mini_batches.append((X_shuffled[:, start:end], Y_shuffled[:, start:end]))
    return mini_batches


@wrong("mb_last_batch_full_size_overlap", "to keep every batch the same size I took the last b shuffled examples as the final batch")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    permutation = rng.permutation(m)
    X_shuffled, Y_shuffled = X[:, permutation], Y[:, permutation]
    mini_batches = []
    for k in range(m // mini_batch_size):
        cols = slice(k * mini_batch_size, (k + 1) * mini_batch_size)
        mini_batches.append((X_shuffled[:, cols], Y_shuffled[:, cols]))
    if m % mini_batch_size != 0:
        start = max(m - mini_batch_size, 0)
        mini_batches.append((X_shuffled[:, start:], Y_shuffled[:, start:]))
    return mini_batches


@wrong("mb_choice_with_replacement", "I drew the order with rng.choice(m, m), not noticing it samples with replacement")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.choice(m, m)
    X_shuffled, Y_shuffled = X[:, order], Y[:, order]
    return [(X_shuffled[:, s:s + mini_batch_size], Y_shuffled[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_shuffle_rows_of_x", "I shuffled X with rng.permutation(X), which permutes the rows (features) and leaves the examples in order")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    X_shuffled = rng.permutation(X)
    Y_shuffled = Y
    return [(X_shuffled[:, s:s + mini_batch_size], Y_shuffled[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@wrong("mb_no_shuffle_when_single_batch", "like nn.train I only shuffled when mini_batch_size < m, since one batch holds everything anyway")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.permutation(m) if mini_batch_size < m else np.arange(m)
    X_shuffled, Y_shuffled = X[:, order], Y[:, order]
    return [(X_shuffled[:, s:s + mini_batch_size], Y_shuffled[:, s:s + mini_batch_size])
            for s in range(0, m, mini_batch_size)]


@correct("mb_array_split", "default_rng permutation, then np.array_split at the multiples of b")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    order = rng.permutation(m)
    cuts = np.arange(mini_batch_size, m, mini_batch_size)
    X_parts = np.array_split(X[:, order], cuts, axis=1)
    Y_parts = np.array_split(Y[:, order], cuts, axis=1)
    return list(zip(X_parts, Y_parts))


@correct("mb_legacy_seed_loop", "the older np.random.seed with np.random.permutation, and an explicit ceil loop")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation]
    num_batches = -(-m // mini_batch_size)  # ceil(m / b)
    mini_batches = []
    for k in range(num_batches):
        first = k * mini_batch_size
        last = min(first + mini_batch_size, m)
        mini_batches.append((shuffled_X[:, first:last], shuffled_Y[:, first:last]))
    return mini_batches


@correct("mb_take_indices", "a RandomState generator and np.take of each batch's index block")
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    rng = np.random.RandomState(seed)
    m = X.shape[1]
    order = rng.permutation(m)
    batches = []
    start = 0
    while start < m:
        idx = order[start:start + mini_batch_size]
        batches.append((np.take(X, idx, axis=1), np.take(Y, idx, axis=1)))
        start += mini_batch_size
    return batches

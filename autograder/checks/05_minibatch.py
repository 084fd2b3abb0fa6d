"""Hidden checks of assignment 05: mini-batch gradient descent.

Every entry of the hidden ``X`` is a distinct number, so each entry of a returned
``X_batch`` tells the judge exactly which row and which example (column) of ``X`` it came
from.  From that the judge recovers the student's permutation whatever random generator
produced it, and checks, in this order:

1. the form: a list of ``(X_batch, Y_batch)`` pairs with the input's rows and dtypes;
2. each column of ``X_batch`` is one whole, unchanged column of ``X`` (not rows shuffled);
3. each ``Y_batch`` column is the label of the ``X_batch`` column beside it;
4. every example is in exactly one mini-batch, all batches full except the last, which is
   kept when ``m`` is not a multiple of ``mini_batch_size``;
5. the examples are shuffled, the same seed gives the same batches and another seed others.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake

DEFAULT_SIZE = 64


def _data(rng, m, dtype):
    """X (n_x, m) whose entries are all distinct, and one-hot Y (10, m) of random labels."""
    n_x = int(rng.integers(12, 20))
    values = (rng.permutation(n_x * m) - 0.3 * n_x * m) / 4  # distinct, exact in float32
    X = values.reshape(n_x, m).astype(dtype)
    labels = rng.integers(0, 10, size=m)
    Y = np.eye(10, dtype=dtype)[:, labels]
    return X, Y


def _make_cases(rng):
    size = int(rng.choice([16, 24, 40, 48]))
    m = size * int(rng.integers(4, 8)) + int(rng.integers(1, size))  # not a multiple
    X, Y = _data(rng, m, np.float64)
    seed, other = (int(s) for s in rng.choice(10_000, size=2, replace=False))
    div_size = int(rng.choice([20, 32, 50]))
    X_div, Y_div = _data(rng, div_size * int(rng.integers(4, 7)), np.float32)
    X_def, Y_def = _data(rng, DEFAULT_SIZE * 3 + int(rng.integers(1, DEFAULT_SIZE)),
                         np.float64)
    X_small, Y_small = _data(rng, int(rng.integers(20, 30)), np.float32)
    return [
        Case({"X": X, "Y": Y, "mini_batch_size": size, "seed": seed},
             label="m not a multiple of mini_batch_size"),
        Case({"X": X, "Y": Y, "mini_batch_size": size, "seed": seed},
             label="the same call again"),
        Case({"X": X, "Y": Y, "mini_batch_size": size, "seed": other}, label="another seed"),
        Case({"X": X_div, "Y": Y_div, "mini_batch_size": div_size, "seed": seed},
             label="m a multiple of mini_batch_size, float32 data"),
        Case({"X": X_def, "Y": Y_def}, label="the default mini_batch_size and seed"),
        Case({"X": X_small, "Y": Y_small, "mini_batch_size": 32, "seed": other},
             label="m smaller than mini_batch_size"),
    ]


def _batch_size(case):
    return case.args.get("mini_batch_size", DEFAULT_SIZE)


def _judge_form(case, batches):
    """A list of (X_batch, Y_batch) pairs of 2-D arrays with the input's rows and dtypes."""
    X, Y = case.args["X"], case.args["Y"]
    if not isinstance(batches, (list, tuple)):
        raise Mistake("`random_mini_batches` should return a list of (X_batch, Y_batch) "
                      "pairs.")
    for k, pair in enumerate(batches):
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise Mistake(f"Item {k} of the returned list is not a pair (X_batch, Y_batch).")
        for name, batch, full in (("X_batch", pair[0], X), ("Y_batch", pair[1], Y)):
            batch = np.asarray(batch)
            if batch.ndim != 2 or batch.shape[0] != full.shape[0]:
                raise Mistake(f"`{name}` of mini-batch {k} has shape {batch.shape}; it should "
                              f"have the {full.shape[0]} rows of the input, one column per "
                              f"example (examples are columns).")
            if batch.dtype != full.dtype:
                raise Mistake(f"`{name}` has dtype {batch.dtype} but the input has dtype "
                              f"{full.dtype}: take the columns of the input with indexing "
                              f"instead of copying them into a new array of another dtype.")
        if np.shape(pair[0])[1] != np.shape(pair[1])[1]:
            raise Mistake(f"Mini-batch {k} has {np.shape(pair[0])[1]} examples in `X_batch` "
                          f"but {np.shape(pair[1])[1]} in `Y_batch`.")


def _origins(X, X_batch):
    """For each entry of X_batch, the flat index (row * m + column) of the equal entry of X.

    Returns an int array shaped like X_batch, -1 where the value appears nowhere in X.
    """
    flat = X.ravel()
    order = np.argsort(flat)
    values = np.asarray(X_batch, dtype=X.dtype).ravel()
    position = np.clip(np.searchsorted(flat[order], values), 0, flat.size - 1)
    found = flat[order][position] == values
    return np.where(found, order[position], -1).reshape(np.shape(X_batch))


def _examples(case, batches):
    """The example (column of X) behind each column of each X_batch: a list of int arrays.

    Raises a Mistake unless every column of every X_batch is a whole column of X with its
    entries in their original order.
    """
    X = case.args["X"]
    n_x, m = X.shape
    examples = []
    for k, (X_batch, _) in enumerate(batches):
        origin = _origins(X, X_batch)
        if np.any(origin < 0):
            raise Mistake(f"`X_batch` of mini-batch {k} holds values that are not in `X`: "
                          f"the mini-batches must contain the columns of `X` unchanged.")
        rows, columns = np.divmod(origin, m)
        if np.any(columns != columns[:1]):
            raise Mistake(f"A column of `X_batch` (mini-batch {k}) mixes entries of "
                          f"different examples: select whole columns, `X[:, indices]` (no "
                          f"reshape or transpose of the data).")
        if np.any(rows != np.arange(n_x)[:, None]):
            raise Mistake("The entries inside the columns of `X_batch` are reordered: you "
                          "shuffled the rows of `X` (its features) instead of its columns "
                          "(the examples). Permute the column indices: `X[:, permutation]`.")
        examples.append(columns[0])
    return examples


def _judge_pairs(case, batches, examples):
    """Each Y_batch column is the label column of the example beside it in X_batch."""
    Y = case.args["Y"]
    for (_, Y_batch), cols in zip(batches, examples):
        if not np.array_equal(np.asarray(Y_batch), Y[:, cols]):
            raise Mistake("The labels in `Y_batch` no longer belong to the examples beside "
                          "them in `X_batch`: shuffle X and Y with the same permutation (one "
                          "array of column indices used for both).")


def _expected_sizes(m, size):
    """Full batches of `size`, then the remaining m % size examples if there are any."""
    return [size] * (m // size) + ([m % size] if m % size else [])


def _judge_partition(case, examples):
    """Every example exactly once; all batches full except a kept, smaller last one."""
    m = case.args["X"].shape[1]
    size = _batch_size(case)
    sizes = [len(cols) for cols in examples]
    counts = np.bincount(np.concatenate([np.zeros(0, dtype=int), *examples]), minlength=m)
    as_tuples = [tuple(cols) for cols in examples if len(cols)]
    if len(set(as_tuples)) < len(as_tuples):
        raise Mistake("The same mini-batch appears twice in the list: each example must be in "
                      "exactly one batch (is the last, smaller batch added a second time?).")
    if np.any(counts > 1):
        if sizes == _expected_sizes(m, size):
            raise Mistake("Some examples are in more than one mini-batch and others in none, "
                          "although the batch sizes are right: shuffle once, then cut the "
                          "shuffled data into consecutive slices (do not draw a new random "
                          "selection for every batch).")
        raise Mistake("Some examples are in more than one mini-batch: consecutive batches "
                      "overlap. Check the batch boundaries: batch k holds the shuffled columns "
                      "[k * mini_batch_size : (k + 1) * mini_batch_size].")
    missing = int(np.sum(counts == 0))
    if missing:
        if sizes == _expected_sizes(m, size)[: m // size] and m % size:
            raise Mistake(f"The last, smaller mini-batch is missing ({case.label}): when m is "
                          f"not a multiple of mini_batch_size, the remaining m % "
                          f"mini_batch_size examples form a final batch that must be kept.")
        raise Mistake(f"{missing} example(s) are in no mini-batch ({case.label}): every "
                      f"column of X must be in exactly one batch.")
    if 0 in sizes:
        raise Mistake(f"The list contains an empty mini-batch ({case.label}): when m is a "
                      f"multiple of mini_batch_size there is no smaller last batch to add.")
    if sizes != _expected_sizes(m, size):
        if size != DEFAULT_SIZE and DEFAULT_SIZE in sizes[:-1]:
            raise Mistake("The batches have 64 examples whatever `mini_batch_size` says: use "
                          "the argument `mini_batch_size`, not a hard-coded 64.")
        raise Mistake(f"Every mini-batch but the last should hold exactly mini_batch_size "
                      f"examples, and the last the remaining ones ({case.label}).")


def _judge_random_order(cases, orders):
    """Shuffled; deterministic under a seed; another seed, another order."""
    for case, order in zip(cases, orders):
        if np.array_equal(order, np.arange(order.size)):
            raise Mistake(f"The examples are not shuffled ({case.label}): the mini-batches "
                          f"take the columns in their original order. Shuffle the columns "
                          f"with a random permutation before partitioning.")
    if not np.array_equal(orders[0], orders[1]):
        raise Mistake("Two calls with the same `seed` returned different mini-batches: create "
                      "your random generator from `seed` inside the function (e.g. "
                      "`np.random.default_rng(seed)` or `np.random.seed(seed)`).")
    if np.array_equal(orders[0], orders[2]):
        raise Mistake("Calls with different seeds returned the same mini-batches: the "
                      "shuffle ignores its `seed` argument (is a seed hard-coded?).")


def _judge(cases, got, want):
    """The reference's batches are one valid answer among many, so only `got` is judged."""
    del want
    for case, batches in zip(cases, got):
        _judge_form(case, batches)
    examples = [_examples(case, batches) for case, batches in zip(cases, got)]
    for case, batches, cols in zip(cases, got, examples):
        _judge_pairs(case, batches, cols)
    for case, cols in zip(cases, examples):
        _judge_partition(case, cols)
    _judge_random_order(cases, [np.concatenate(cols) for cols in examples])


CHECKS = [Check("test_random_mini_batches", "random_mini_batches", _make_cases, _judge)]

"""Hidden checks of assignment 05: mini-batch gradient descent.

Every entry of the hidden ``X`` is a distinct number, so each entry of a returned
``X_batch`` tells the judge exactly which row and which example (column) of ``X`` it came
from.  From that the judge recovers the permutation whatever random generator produced it,
and compares these seed-free facts of the student's batches with the reference's, in order:

1. the form: a list of ``(X_batch, Y_batch)`` pairs with the input's rows;
2. each column of ``X_batch`` is one whole, unchanged column of ``X`` (not rows shuffled);
3. each ``Y_batch`` column is the label of the ``X_batch`` column beside it;
4. every example is in exactly one mini-batch, all batches full except the last, which is
   kept when ``m`` is not a multiple of ``mini_batch_size``;
5. the examples are shuffled, the same seed gives the same batches and another seed others.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import seeding

DEFAULT_SIZE = 64


def _data(rng, m, dtype, classes=10):
    """X (n_x, m) whose entries are all distinct, and one-hot Y (10, m) of random labels
    among the first ``classes`` (fewer than 10: the last classes are missing)."""
    n_x = int(rng.integers(12, 20))
    values = (rng.permutation(n_x * m) - 0.3 * n_x * m) / 4  # distinct, exact in float32
    X = values.reshape(n_x, m).astype(dtype)
    labels = rng.integers(0, classes, size=m)
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
    X_small, Y_small = _data(rng, int(rng.integers(20, 30)), np.float32, classes=9)
    half = int(rng.integers(5, 12))
    X_one, Y_one = _data(rng, (2 * half + 1) * 3 + 1, np.float64)
    X_half, Y_half = _data(rng, 2 * half * 3 + half, np.float64)
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
        Case({"X": X_one, "Y": Y_one, "mini_batch_size": 2 * half + 1, "seed": seed},
             label="a last batch of one example"),
        Case({"X": X_half, "Y": Y_half, "mini_batch_size": 2 * half, "seed": 0},
             label="a last batch of exactly half a batch, seed 0"),
    ]


def _batch_size(case):
    return case.args.get("mini_batch_size", DEFAULT_SIZE)


def _judge_form(case, batches):
    """A list of (X_batch, Y_batch) pairs of 2-D arrays with the input's rows."""
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


def _columns(case, batches):
    """Where the columns of the X_batches come from: ("whole", examples) with the example
    (column of X) behind each column of each batch, or the way they are not whole columns:
    ("foreign", None), ("mixed", None) or ("rows reordered", None)."""
    X = case.args["X"]
    n_x, m = X.shape
    examples = []
    for X_batch, _ in batches:
        origin = _origins(X, X_batch)
        if np.any(origin < 0):
            return "foreign", None
        rows, columns = np.divmod(origin, m)
        if np.any(columns != columns[:1]):
            return "mixed", None
        if np.any(rows != np.arange(n_x)[:, None]):
            return "rows reordered", None
        examples.append(columns[0] if columns.size else np.zeros(0, dtype=int))
    return "whole", examples


def _expected_sizes(m, size):
    """Full batches of `size`, then the remaining m % size examples if there are any."""
    return [size] * (m // size) + ([m % size] if m % size else [])


def _facts(case, batches):
    """The seed-free facts of one call's batches, in the order they are judged."""
    _judge_form(case, batches)
    kind, examples = _columns(case, batches)
    facts = {"columns": kind}
    if examples is None:
        return facts
    Y = case.args["Y"]
    m = case.args["X"].shape[1]
    counts = np.bincount(np.concatenate([np.zeros(0, dtype=int), *examples]), minlength=m)
    nonempty = [tuple(cols) for cols in examples if len(cols)]
    order = np.concatenate([np.zeros(0, dtype=int), *examples])
    facts.update({
        "labels follow": all(np.array_equal(np.asarray(Y_batch), Y[:, cols])
                             for (_, Y_batch), cols in zip(batches, examples)),
        "a batch repeated": len(set(nonempty)) < len(nonempty),
        "overlap": bool(np.any(counts > 1)),
        "missing": bool(np.any(counts == 0)),
        "missing count": int(np.sum(counts == 0)),
        "empty batch": any(len(cols) == 0 for cols in examples),
        "sizes": [len(cols) for cols in examples],
        "shuffled": not np.array_equal(order, np.arange(order.size)),
        "order": order,
    })
    return facts


def _message(fact, case, got):
    """What the student's batches get wrong, for the first fact that differs."""
    m, size = case.args["X"].shape[1], _batch_size(case)
    sizes = got.get("sizes")
    messages = {
        "columns": {
            "foreign": "`X_batch` holds values that are not in `X`: the mini-batches must "
                       "contain the columns of `X` unchanged.",
            "mixed": "A column of `X_batch` mixes entries of different examples: select "
                     "whole columns, `X[:, indices]` (no reshape or transpose of the data).",
            "rows reordered": "The entries inside the columns of `X_batch` are reordered: you "
                              "shuffled the rows of `X` (its features) instead of its columns "
                              "(the examples). Permute the column indices: "
                              "`X[:, permutation]`.",
            "whole": "The columns of the mini-batches should be whole columns of X.",
        }[got["columns"]],
        "labels follow": "The labels in `Y_batch` no longer belong to the examples beside them "
                         "in `X_batch`: shuffle X and Y with the same permutation (one array "
                         "of column indices used for both).",
        "a batch repeated": "The same mini-batch appears twice in the list: each example must "
                            "be in exactly one batch (is the last, smaller batch added a "
                            "second time?).",
        "overlap": ("Some examples are in more than one mini-batch and others in none, "
                    "although the batch sizes are right: shuffle once, then cut the shuffled "
                    "data into consecutive slices (do not draw a new random selection for "
                    "every batch)." if sizes == _expected_sizes(m, size) else
                    "Some examples are in more than one mini-batch: consecutive batches "
                    "overlap. Check the batch boundaries: batch k holds the shuffled columns "
                    "[k * mini_batch_size : (k + 1) * mini_batch_size]."),
        "missing": (f"The last, smaller mini-batch is missing ({case.label}): when m is not a "
                    f"multiple of mini_batch_size, the remaining m % mini_batch_size examples "
                    f"form a final batch that must be kept."
                    if sizes == _expected_sizes(m, size)[: m // size] and m % size else
                    f"{got.get('missing count')} example(s) are in no mini-batch ({case.label}): "
                    f"every column of X must be in exactly one batch."),
        "empty batch": f"The list contains an empty mini-batch ({case.label}): when m is a "
                       f"multiple of mini_batch_size there is no smaller last batch to add.",
        "sizes": ("The batches have 64 examples whatever `mini_batch_size` says: use the "
                  "argument `mini_batch_size`, not a hard-coded 64."
                  if sizes and size != DEFAULT_SIZE and DEFAULT_SIZE in sizes[:-1] else
                  f"Every mini-batch but the last should hold exactly mini_batch_size "
                  f"examples, and the last the remaining ones ({case.label})."),
        "shuffled": f"The examples are not shuffled ({case.label}): the mini-batches take the "
                    f"columns in their original order. Shuffle the columns with a random "
                    f"permutation before partitioning."
                    if not got.get("shuffled") else
                    f"The examples are shuffled where they should not be ({case.label}).",
    }
    return messages[fact]


def _judge(cases, got, want):
    """The reference's batches are one valid answer among many: facts are compared."""
    got_facts = [_facts(case, g) for case, g in zip(cases, got)]
    want_facts = [_facts(case, w) for case, w in zip(cases, want)]
    for case, g, w in zip(cases, got_facts, want_facts):
        for fact, value in w.items():
            if fact not in ("order", "missing count") and not _same_fact(g.get(fact), value):
                raise Mistake(_message(fact, case, g))
    seeding([g.get("order") for g in got_facts], [w.get("order") for w in want_facts],
            "random_mini_batches")


def _same_fact(a, b) -> bool:
    return a == b if not isinstance(b, list) else list(a or []) == b


_SIZES = [("m a multiple of mini_batch_size",
           lambda a: a["X"].shape[1] % a.get("mini_batch_size", DEFAULT_SIZE) == 0),
          ("a last batch of one example",
           lambda a: a["X"].shape[1] % a.get("mini_batch_size", DEFAULT_SIZE) == 1),
          ("a last batch of exactly half a batch",
           lambda a: 2 * (a["X"].shape[1] % a.get("mini_batch_size", DEFAULT_SIZE))
           == a.get("mini_batch_size", DEFAULT_SIZE)),
          ("m smaller than mini_batch_size",
           lambda a: a["X"].shape[1] < a.get("mini_batch_size", DEFAULT_SIZE))]

CHECKS = [Check("test_random_mini_batches", "random_mini_batches", _make_cases, _judge,
                {"X": [("float32 data", lambda a: a["X"].dtype == np.float32)],
                 "Y": [("labels that miss a class", lambda a: a["Y"].sum(axis=1).min() == 0)],
                 "mini_batch_size": _SIZES + [("the default mini_batch_size",
                                               lambda a: "mini_batch_size" not in a)],
                 "seed": [("seed 0", lambda a: a.get("seed", 0) == 0)]})]

"""Misconceptions of assignment 05: mini-batches (edits of ``solutions/05_minibatch.py``)."""

from autograder.misconceptions import edit

F = "random_mini_batches"
PERMUTATION = 'permutation = np.random.default_rng(seed).permutation(m)'
SHUFFLE_X = 'shuffled_X = X[:, permutation]'
SHUFFLE_Y = 'shuffled_Y = Y[:, permutation]'
STARTS = 'range(0, m, mini_batch_size)'
END = 'end = start + mini_batch_size'
APPEND = 'mini_batches.append((shuffled_X[:, start:end], shuffled_Y[:, start:end]))'

edit(F, "minibatch_x_and_y_different_permutations",
     "The labels in `Y_batch` no longer belong to the examples beside them in `X_batch`: "
     "shuffle X and Y with the same permutation (one array of column indices used for both).",
     (SHUFFLE_Y, 'shuffled_Y = Y[:, np.random.default_rng(seed + 1).permutation(m)]'))
edit(F, "minibatch_drops_last_batch",
     "The last, smaller mini-batch is missing: when m is not a multiple of mini_batch_size, "
     "the remaining m % mini_batch_size examples form a final batch that must be kept.",
     (STARTS, 'range(0, m - mini_batch_size + 1, mini_batch_size)'))
edit(F, "minibatch_batches_overlap",
     "Consecutive mini-batches overlap by one example: batch k holds the shuffled columns "
     "[k * mini_batch_size : (k + 1) * mini_batch_size], the end excluded.",
     (END, 'end = start + mini_batch_size + 1'))
edit(F, "minibatch_batch_end_minus_one",
     "Each mini-batch loses its last example: in Python the end of a slice is already "
     "excluded, so batch k is [k * mini_batch_size : (k + 1) * mini_batch_size].",
     (END, 'end = start + mini_batch_size - 1'))
edit(F, "minibatch_last_batch_added_twice",
     "The last, smaller mini-batch appears twice in the list: each example must be in exactly "
     "one batch.",
     ('    return mini_batches',
      '    if m % mini_batch_size:\n        mini_batches.append(mini_batches[-1])\n'
      '    return mini_batches'))
edit(F, "minibatch_last_batch_taken_from_the_end",
     "The last mini-batch is a full batch taken from the end, so it overlaps the one before: "
     "keep the remaining m % mini_batch_size examples as a smaller last batch.",
     (END, 'start = max(min(start, m - mini_batch_size), 0)\n        ' + END))
edit(F, "minibatch_empty_last_batch",
     "The list ends with an empty mini-batch when m is a multiple of mini_batch_size: there "
     "is no smaller last batch to add then.", (STARTS, 'range(0, m + 1, mini_batch_size)'))
edit(F, "minibatch_not_shuffled",
     "The examples are not shuffled: the mini-batches take the columns in their original "
     "order. Shuffle the columns with a random permutation before partitioning.",
     (PERMUTATION, 'permutation = np.arange(m)'))
edit(F, "minibatch_shuffles_rows",
     "You shuffled the rows of X (its features) instead of its columns (the examples): "
     "permute the column indices, `X[:, permutation]`.",
     (SHUFFLE_X, 'shuffled_X = X[np.random.default_rng(seed).permutation(X.shape[0]), :]'))
edit(F, "minibatch_new_sample_for_each_batch",
     "Each mini-batch is a new random selection, so some examples are in several batches "
     "and others in none: shuffle once, then cut the shuffled data into consecutive slices.",
     (APPEND, 'picked = np.random.default_rng(seed + start).permutation(m)[:min(end, m) - start]'
              '\n        mini_batches.append((X[:, picked], Y[:, picked]))'))
edit(F, "minibatch_ignores_seed",
     "The shuffle does not depend on `seed`: create the generator from it "
     "(`np.random.default_rng(seed)` or `np.random.seed(seed)`) inside the function.",
     ('np.random.default_rng(seed)', 'np.random.default_rng()'))
edit(F, "minibatch_hard_coded_seed",
     "The shuffle is the same whatever `seed` is: a seed is hard-coded. Create the generator "
     "from the `seed` argument.", ('np.random.default_rng(seed)', 'np.random.default_rng(0)'))
edit(F, "minibatch_hard_coded_size_64",
     "The batches have 64 examples whatever `mini_batch_size` says: use the argument "
     "`mini_batch_size`, not a hard-coded 64.",
     (STARTS, 'range(0, m, 64)'), (END, 'end = start + 64'))
edit(F, "minibatch_copies_into_float64",
     "The mini-batches are float64 copies: take the columns of the input with indexing, which "
     "keeps its dtype (float32 data stays float32).",
     (SHUFFLE_X, 'shuffled_X = X[:, permutation].astype(np.float64)'),
     (SHUFFLE_Y, 'shuffled_Y = Y[:, permutation].astype(np.float64)'))
edit(F, "minibatch_shuffles_callers_arrays",
     "The caller's X and Y are shuffled in place: the notebook reuses them after the call. "
     "Build shuffled copies, `X[:, permutation]`, and leave the inputs as they were.",
     (SHUFFLE_X, 'X[:] = X[:, permutation]\n    shuffled_X = X'),
     (SHUFFLE_Y, 'Y[:] = Y[:, permutation]\n    shuffled_Y = Y'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(F, "minibatch_sampled_with_replacement",
     "The order is drawn with replacement (rng.choice(m, m)), so some examples come twice and "
     "others never: use a permutation.",
     (PERMUTATION, 'permutation = np.random.default_rng(seed).choice(m, m)'))
edit(F, "minibatch_no_shuffle_for_one_batch",
     "The examples are not shuffled when one batch holds them all: shuffle always, the order "
     "inside a batch is part of the contract.",
     (PERMUTATION, 'permutation = (np.random.default_rng(seed).permutation(m) '
                   'if mini_batch_size < m else np.arange(m))'))

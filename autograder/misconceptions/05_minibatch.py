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

# --- grown from the mistakes of grader_tests/independent/dev2 ----------------------------
edit(F, "minibatch_shuffles_callers_arrays_legacy_rng",
     "The caller's X and Y are shuffled in place (`np.random.shuffle` reorders the array it "
     "is given, and `X.T` is a view of X): the notebook reuses them after the call. Build "
     "shuffled copies, `X[:, permutation]`, and leave the inputs as they were.",
     (PERMUTATION, 'np.random.seed(seed)\n    permutation = np.random.permutation(m)'),
     (SHUFFLE_X, 'X[:] = X[:, permutation]\n    shuffled_X = X'),
     (SHUFFLE_Y, 'Y[:] = Y[:, permutation]\n    shuffled_Y = Y'))
edit(F, "minibatch_remainder_sliced_from_the_end",
     "When m is a multiple of mini_batch_size the whole data set is added as an extra "
     "mini-batch: a slice `[-(m % mini_batch_size):]` is `[-0:]`, which is everything. Add "
     "the smaller last batch only when m % mini_batch_size is not 0, and slice it from "
     "the end of the full batches.",
     (STARTS, 'range(0, m - mini_batch_size + 1, mini_batch_size)'),
     ('    return mini_batches',
      '    rest = m % mini_batch_size\n'
      '    mini_batches.append((shuffled_X[:, -rest:], shuffled_Y[:, -rest:]))\n'
      '    return mini_batches'))
edit(F, "minibatch_slice_starts_at_batch_number",
     "Batch k starts at column k instead of k * mini_batch_size, so consecutive batches "
     "overlap almost entirely: batch k holds the shuffled columns "
     "[k * mini_batch_size : (k + 1) * mini_batch_size].",
     (STARTS, 'range(-(-m // mini_batch_size))'))
edit(F, "minibatch_last_batch_stops_before_m",
     "The last, smaller mini-batch loses the final example: its slice must run to m (the end "
     "of a Python slice is already excluded), not to m - 1.",
     (END, 'end = start + mini_batch_size if start + mini_batch_size <= m else m - 1'))

# --- the same misconceptions elsewhere, and other common slips -------------------------
edit(F, "minibatch_m_from_rows",
     "The number of examples m was read from `X.shape[0]`, the number of features: examples "
     "are the columns, so m = X.shape[1].",
     ('m = X.shape[1]', 'm = X.shape[0]'))
edit(F, "minibatch_slice_end_precedence",
     "The full mini-batches after the first are cut too short or empty: `k + 1 * "
     "mini_batch_size` is k + mini_batch_size, not (k + 1) * mini_batch_size. Put the "
     "parentheses in: batch k ends at (k + 1) * mini_batch_size.",
     (END, 'end = (start // mini_batch_size + 1 * mini_batch_size '
           'if start + mini_batch_size <= m else m)'))
edit(F, "minibatch_rounds_batch_count",
     "The number of mini-batches is rounded, so the last, smaller batch is dropped whenever "
     "it holds less than half a batch: there are ceil(m / mini_batch_size) batches, the "
     "last one holding the remaining examples.",
     (STARTS, 'range(0, round(m / mini_batch_size) * mini_batch_size, mini_batch_size)'))
edit(F, "minibatch_skips_first_batch",
     "The first mini-batch is missing: the loop over the batches starts at 1 instead of 0, so "
     "the first mini_batch_size shuffled examples are never used.",
     (STARTS, 'range(mini_batch_size, m, mini_batch_size)'))
edit(F, "minibatch_m_from_label_rows",
     "The number of examples m was read from `Y.shape[0]`, the number of classes: examples "
     "are the columns, so m = X.shape[1].",
     ('m = X.shape[1]', 'm = Y.shape[0]'))
edit(F, "minibatch_last_batch_starts_at_batch_count",
     "The last, smaller mini-batch starts at column num_complete_minibatches instead of "
     "num_complete_minibatches * mini_batch_size, so it repeats examples of the full batches: "
     "it holds the shuffled columns from num_complete_minibatches * mini_batch_size to m.",
     (END, 'if start + mini_batch_size > m:\n            start = start // mini_batch_size\n'
           '        ' + END))
edit(F, "minibatch_last_batch_from_unshuffled_data",
     "The last, smaller mini-batch is cut from the original X and Y instead of the shuffled "
     "ones, so it repeats examples of the full batches and misses others: cut every batch, "
     "the last included, from shuffled_X and shuffled_Y.",
     (APPEND, 'if end > m:\n            shuffled_X, shuffled_Y = X, Y\n        ' + APPEND))
edit(F, "minibatch_last_batch_x_unshuffled",
     "The last, smaller mini-batch takes its X columns from the original X instead of "
     "shuffled_X: its examples repeat others and no longer match their labels. Cut every "
     "batch, the last included, from shuffled_X and shuffled_Y.",
     (APPEND, 'if end > m:\n            shuffled_X = X\n        ' + APPEND))

# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Assignment 05 — Mini-batch gradient descent
#
# Every training loop so far has had to answer one question before each update: *how many
# examples do we look at to estimate the gradient?* Looking at all of them gives the exact
# gradient of the training cost but makes every step as expensive as a full pass over the
# data. Looking at a single example makes steps cheap but erratic. Mini-batches sit in
# between, and they are what practically every deep-learning system uses.
#
# In this assignment you write the one function that turns a data set into mini-batches —
# shuffle, then partition — and use it to train the same network on MNIST three ways:
# batch, stochastic and mini-batch gradient descent. You will compare them twice: per
# update step and per second of computation, because those two views tell different
# stories.
#
# **You will learn to**
# - explain what batch, stochastic and mini-batch gradient descent each trade off: the
#   quality of a gradient estimate against the cost of computing it;
# - build mini-batches correctly: one shared permutation of `X` and `Y`, consecutive slices,
#   and a smaller last batch that is kept;
# - read a noisy mini-batch cost curve, and see why the order of the examples matters.
#
# **Conventions** (the same in all NumPy assignments): examples are *columns*. `X` has shape
# `(n_x, m)`, one-hot labels `Y` have shape `(10, m)`, and parameters live in a dict
# `{"W1": ..., "b1": ..., ...}`. The forward pass, cost, backward pass and update come ready
# made from `dlbasics.nn`; the only new piece here is how the examples are fed to them.
#
# Write your code between `# YOUR CODE HERE` and the end of the graded function, and run
# the test cell below it. The visible tests catch the common slips; the autograder runs
# more thorough hidden checks on fresh inputs when you submit.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import minibatch as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN = 500 if GRADING else 5_000

# %% [markdown]
# ## The data
#
# We use a stratified subset of the MNIST training set (every digit in its natural
# proportion), each image a column of 784 pixel values in [0, 1], and the whole test set to
# measure accuracy.

# %%
X_train, Y_train = data.load_mnist("train", n=N_TRAIN, seed=0)
X_test, Y_test = data.load_mnist("test")
print("X_train:", X_train.shape, " Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, " Y_test: ", Y_test.shape)

# %% [markdown]
# ## 1 — Three ways to estimate a gradient
#
# The training cost is an *average* over the $m$ training examples,
#
# $$ J(\theta) = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}\big(\hat y^{(i)}, y^{(i)}\big), $$
#
# so its gradient is the average of the $m$ per-example gradients. Gradient descent can use
# that average exactly, or estimate it from a sample:
#
# | method | examples per update | updates per epoch |
# | --- | --- | --- |
# | **batch** gradient descent | all $m$ | 1 |
# | **stochastic** gradient descent (SGD) | 1 | $m$ |
# | **mini-batch** gradient descent | $b$ (e.g. 64) | $\lceil m / b \rceil$ |
#
# A mini-batch $t$ — written $X^{\{t\}}, Y^{\{t\}}$ — is a set of $b$ columns of the data. The
# update uses the average gradient over just those columns:
#
# $$ \theta \leftarrow \theta - \alpha \, \frac{1}{b} \sum_{i \in \text{batch } t}
#    \nabla_\theta \mathcal{L}\big(\hat y^{(i)}, y^{(i)}\big). $$
#
# If the batch is a random sample, this is an *unbiased* estimate of the full gradient: on
# average it points the right way. Its spread shrinks like $1/\sqrt{b}$, so 64 examples
# already give a much steadier direction than one, while costing a fraction of a full pass.
#
# Why not always take the exact gradient? Because the price of one step grows with $m$.
# With millions of examples, batch gradient descent takes one careful step in the time
# mini-batch descent takes thousands of slightly noisy ones — and the noisy ones get much
# further. Why not one example at a time, then? Because a computer does not charge per
# example: a matrix product over 64 columns costs far less than 64 products over one column
# each (vectorization, caches, parallel arithmetic). SGD throws that away, and its steps are
# so noisy that it needs a small learning rate. Mini-batches get both benefits: cheap steps
# *and* efficient arithmetic.
#
# ## 2 — Building mini-batches: shuffle, then partition
#
# **Shuffle.** Draw one random permutation of the column indices $0, \dots, m-1$ and apply
# it to the columns of `X` *and* of `Y`. It must be the same permutation for both: column
# $j$ of `Y` is the label of column $j$ of `X`, and a pair torn apart is a mislabelled
# example. Shuffling matters because data sets often arrive in an order — sorted by class,
# by date, by source — and consecutive slices of ordered data are not random samples (you
# will see what happens at the end of this assignment).
#
# **Partition.** Cut the shuffled columns into consecutive slices of `mini_batch_size`
# columns: batch $k$ (counting from 0) holds the shuffled columns
# `k * mini_batch_size` up to, but not including, `(k + 1) * mini_batch_size`. When $m$ is
# not a multiple of the batch size, $\lfloor m / b \rfloor$ batches are full and one last
# batch holds the remaining $m - b \lfloor m / b \rfloor$ examples. **Keep that last
# batch**: every example should be used once per epoch.
#
# Implement `random_mini_batches` below.
#
# - Seed a generator from `seed` inside the function, for example
#   `rng = np.random.default_rng(seed)` and `rng.permutation(m)` (the older
#   `np.random.seed(seed)` with `np.random.permutation(m)` works too). The same seed must give
#   the same batches and another seed another order; the grader checks these properties and
#   which examples end up where, not one particular random sequence.
# - Index the *columns*: `X[:, permutation]`. Careful: `np.random.permutation(X)` or
#   `np.random.shuffle(X)` shuffle along the first axis, which here is the features.
# - Python slices stop at the end of the array by themselves, so `A[:, start:start + b]`
#   is automatically the shorter last batch when fewer than `b` columns are left.
# - Return the batches as a list of `(X_batch, Y_batch)` tuples, with the dtypes of the
#   inputs (indexing keeps them; copying into `np.zeros(...)` would turn them into float64).

# %% nbgrader={"grade": false, "grade_id": "random_mini_batches", "locked": false, "schema_version": 3, "solution": true, "task": false}
def random_mini_batches(X, Y, mini_batch_size=64, seed=0):
    """Shuffle the examples of X and Y with one permutation, then cut them into mini-batches.

    Inputs:
      X               -- array (n_x, m), one example per column (any float dtype).
      Y               -- array (10, m), one-hot labels, column j is the label of X[:, j].
      mini_batch_size -- int b, the number of examples per mini-batch (default 64).
      seed            -- int, seed of the shuffle (same seed -> same mini-batches).
    Returns:
      mini_batches -- list of ceil(m / b) tuples (X_batch, Y_batch), X_batch (n_x, b) and
        Y_batch (10, b) with the dtypes of X and Y, except the last batch, which holds the
        m - b * floor(m / b) remaining examples when m is not a multiple of b. Every example
        is in exactly one batch.
    Side effects: none; X and Y are left unchanged (the batches are new arrays).
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_random_mini_batches", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_random_mini_batches(random_mini_batches)

# %% [markdown]
# ### The picture: shuffle, then partition
#
# The cell below runs your function on the labels of 22 training digits with
# `mini_batch_size=5`; as `X` it passes a single row holding each example's number. Each box
# is one example: its colour says which example it is (so you can follow it through the
# shuffle) and the number in it is the label your function returned with it. The labels
# travel with their examples because `X` and `Y` are shuffled with the same permutation.
# The bottom row shows the partition: four full batches of 5 and a last batch of the 2
# examples left over.

# %%
def draw_shuffle_and_partition(labels, mini_batches, ax):
    """Three rows of boxes: the examples in order, shuffled, and cut into mini-batches.

    Inputs: labels -- int array (m,), the label of each example in the original order;
            mini_batches -- list of (X_batch (1, b), Y_batch (10, b)) where the single row
              of X_batch holds the example numbers; ax -- matplotlib axes.
    """
    m = len(labels)
    colours = plt.cm.viridis(np.linspace(0, 1, m))
    ids = np.concatenate([X_batch[0] for X_batch, _ in mini_batches]).astype(int)
    batch_labels = np.concatenate([np.argmax(Y_batch, axis=0) for _, Y_batch in mini_batches])
    batch_of = np.concatenate([np.full(X_batch.shape[1], k)
                               for k, (X_batch, _) in enumerate(mini_batches)])
    rows = [("in order", np.arange(m), labels, np.arange(m)),
            ("shuffled", ids, batch_labels, np.arange(m)),
            ("mini-batches", ids, batch_labels, np.arange(m) + 0.6 * batch_of)]
    for r, (name, row_ids, row_labels, xs) in enumerate(rows):
        y = -1.5 * r
        ax.text(-0.8, y + 0.45, name, ha="right", va="center", fontsize=10)
        for i, label, x in zip(row_ids, row_labels, xs):
            ax.add_patch(plt.Rectangle((x, y), 0.9, 0.9, color=colours[i]))
            ax.text(x + 0.45, y + 0.45, str(label), ha="center", va="center",
                    color="white" if i < 0.6 * m else "black", fontsize=9)
    for k in range(len(mini_batches)):
        xs = np.arange(m)[batch_of == k] + 0.6 * k
        ax.text(xs.mean() + 0.45, -3.3, f"batch {k + 1}\n{len(xs)} examples",
                ha="center", va="top", fontsize=9)
    ax.set_xlim(-4.5, m + 0.6 * len(mini_batches))
    ax.set_ylim(-4.6, 1.2)
    ax.axis("off")


# Each example's only feature is its own number, so we can follow it through the shuffle.
m_demo = 22
numbers = np.arange(m_demo, dtype=np.float32).reshape(1, m_demo)
demo_batches = random_mini_batches(numbers, Y_train[:, :m_demo], mini_batch_size=5, seed=1)
fig, ax = plt.subplots(figsize=(11, 3.2))
draw_shuffle_and_partition(np.argmax(Y_train[:, :m_demo], axis=0), demo_batches, ax)
ax.set_title(f"Shuffle, then partition: m = {m_demo}, mini_batch_size = 5")
plt.show()
print("batch sizes:", [X_batch.shape[1] for X_batch, _ in demo_batches])

# %% [markdown]
# ### Why the last, smaller batch is kept
#
# Dropping the leftover examples looks harmless when they are a handful, but how many there
# are depends on $m$ and the batch size, and it can be a large share of a small data set.
# The table counts them for a few sizes you will meet.

# %%
rows = []
for m in (1_000, 5_000, 60_000):
    for b in (64, 128, 256, 512):
        batches = random_mini_batches(np.zeros((1, m), np.float32),
                                      np.zeros((10, m), np.float32), mini_batch_size=b)
        rows.append([f"{m:,}", b, len(batches), batches[-1][0].shape[1],
                     f"{100 * (m % b) / m:.1f} %"])
plots.print_table(rows, ["m", "mini_batch_size", "batches", "last batch",
                         "data lost per epoch if dropped"])

# %% [markdown]
# With 1,000 examples and batches of 512, dropping the last batch would throw away almost
# half of the data at every epoch. Because the data are reshuffled every epoch, *which*
# examples are lost changes, but each epoch still trains on less than it should, and an
# epoch no longer means "every example once".
#
# Keeping a smaller batch does not distort the update either: the cost is an *average*
# over the batch, so the gradient of a 16-example batch has the same scale as that of a
# 64-example batch — it is only a noisier estimate. (Frameworks offer to drop the last batch
# — `drop_remainder` in `tf.data`, `drop_last` in PyTorch — for the rare cases that need
# every batch to have the same shape; it is not the default.)
#
# ## 3 — The experiment: batch, stochastic and mini-batch gradient descent
#
# The training loop below is the whole of mini-batch gradient descent: at every epoch,
# reshuffle (a new seed per epoch, so the batches differ between epochs) and take one step
# per mini-batch. The same function runs all three methods: batch gradient descent is
# `mini_batch_size = m` (one batch holding every example), SGD is `mini_batch_size = 1`.
# It records the cost of each mini-batch *before* its update and the wall-clock time after
# it.

# %%
def train_mini_batch_gd(X, Y, parameters, mini_batch_size, learning_rate, num_epochs=1,
                        max_steps=None, shuffle=True):
    """Mini-batch gradient descent; records the cost of every mini-batch and the time.

    Inputs:
      X (n_x, m), Y (10, m); parameters -- the starting point (not modified);
      mini_batch_size -- examples per update; learning_rate -- step size;
      num_epochs -- passes over the data; max_steps -- stop after this many updates (None:
      no limit); shuffle -- reshuffle every epoch (False: consecutive slices of X as given).
    Returns: (parameters, history), history["cost"] and history["seconds"] one per update.
    """
    m = X.shape[1]
    history = {"cost": [], "seconds": []}
    start = time.perf_counter()
    for epoch in range(num_epochs):
        if shuffle:
            batches = random_mini_batches(X, Y, mini_batch_size, seed=epoch)
        else:
            batches = [(X[:, s:s + mini_batch_size], Y[:, s:s + mini_batch_size])
                       for s in range(0, m, mini_batch_size)]
        for X_batch, Y_batch in batches:
            AL, caches = nn.model_forward(X_batch, parameters)
            history["cost"].append(nn.compute_cost(AL, Y_batch))
            grads = nn.model_backward(AL, Y_batch, caches)
            parameters = nn.update_parameters(parameters, grads, learning_rate)
            history["seconds"].append(time.perf_counter() - start)
            if len(history["cost"]) == max_steps:
                return parameters, history
    return parameters, history


# %% [markdown]
# Same network (`784 → 128 → 64 → 10`, He initialization), same data, same starting
# weights. Each method gets a learning rate that suits it (the noisier the gradient, the
# smaller the step it can afford) and a budget of a few seconds:
#
# - **batch** ($b = m$): 40 updates, each one a full pass over the data;
# - **mini-batch** ($b = 64$): 10 epochs, about 800 updates;
# - **stochastic** ($b = 1$): 4,000 updates, less than one epoch — they already take longer
#   than the ten epochs of mini-batches.
#
# The table after the plots adds the cost on the whole training set and the accuracy on the
# test set at the end of each run.

# %%
layer_dims = [784, 128, 64, 10]
initial = nn.initialize_parameters(layer_dims, seed=1)
m = X_train.shape[1]
runs = {  # name: (mini_batch_size, learning_rate, num_epochs, max_steps)
    f"batch (b = {m:,})": (m, 0.1, 3 if GRADING else 40, None),
    "mini-batch (b = 64)": (64, 0.05, 1 if GRADING else 10, None),
    "stochastic (b = 1)": (1, 0.005, 1, 100 if GRADING else 4_000),
}
histories, rows = {}, []
for name, (b, lr, epochs, max_steps) in runs.items():
    trained, histories[name] = train_mini_batch_gd(X_train, Y_train, initial, b, lr, epochs,
                                                   max_steps)
    steps, seconds = len(histories[name]["cost"]), histories[name]["seconds"][-1]
    AL, _ = nn.model_forward(X_train, trained)
    epochs_done = steps / np.ceil(m / b)
    rows.append([name, lr, steps, f"{epochs_done:.2f}", f"{seconds:.1f}",
                 f"{epochs_done * m / seconds:,.0f}", nn.compute_cost(AL, Y_train),
                 nn.accuracy(X_test, Y_test, trained)])

# %%
def moving_average(values, window):
    """Mean of the last `window` values at each position (fewer at the start); shape (n,)."""
    sums = np.cumsum(np.insert(np.asarray(values, dtype=float), 0, 0.0))
    ends = np.arange(1, len(values) + 1)
    counts = np.minimum(ends, window)
    return (sums[ends] - sums[ends - counts]) / counts


def plot_runs(histories, x, ax, smooth=("stochastic (b = 1)",), window=100):
    """Cost of every update against the step number or the seconds, one colour per run.

    Runs named in `smooth` are drawn faintly with their moving average on top.
    """
    for (name, history), colour in zip(histories.items(), ("C0", "C1", "C2")):
        costs = history["cost"]
        xs = history["seconds"] if x == "seconds" else np.arange(1, len(costs) + 1)
        if name in smooth:
            ax.plot(xs, costs, color=colour, linewidth=0.5, alpha=0.25)
            ax.plot(xs, moving_average(costs, window), color=colour, linewidth=1.5,
                    label=f"{name}, mean of {window} steps")
        else:
            ax.plot(xs, costs, color=colour, linewidth=1, label=name)
    ax.set_yscale("log")
    ax.set_ylim(0.03, 10)
    ax.set_xlabel("wall-clock seconds" if x == "seconds" else "update step")
    ax.set_ylabel("cost of the mini-batch")
    ax.legend(fontsize=8)


fig, axes = plt.subplots(1, 2, figsize=(13, 4.5), sharey=True)
plot_runs(histories, "step", axes[0])
axes[0].set_xscale("log")
axes[0].set_title("Cost against update steps (log scale)")
plot_runs(histories, "seconds", axes[1])
axes[1].set_title("Cost against wall-clock time")
plt.tight_layout()
plt.show()
plots.print_table(rows, ["method", "learning rate", "updates", "epochs", "seconds",
                         "examples / s", "train cost", "test acc"])

# %% [markdown]
# ### Reading the results
#
# - **Per update step** (left) batch gradient descent is the smooth, steady curve: every
#   step sees every example, so with a small enough learning rate each step goes downhill.
#   Per step it makes the most progress of the three — but each of its steps is a full
#   pass over the data.
# - **Mini-batch** costs oscillate: each point is the cost of a *different* batch of 64
#   digits, some easier than others, and each step follows a noisy direction. The trend
#   still goes down, and a few hundred cheap steps take it well below where batch gradient
#   descent ends.
# - **Stochastic** costs (faint green) jump between almost 0 (a digit the network already
#   gets right) and several units (one it gets badly wrong); only their running mean shows
#   the trend. It needs a small learning rate, and many steps, before the mean moves.
# - **Per second** (right) the order changes. Look at the table's "examples / s" column:
#   batch and mini-batch descent process thousands of examples per second, stochastic
#   descent only hundreds, because each step has a fixed overhead (Python, function calls,
#   small matrix products that keep the processor idle) that one example cannot amortise.
#   Batch descent processes examples fast but updates rarely; stochastic descent updates
#   often but slowly. Mini-batch descent does both well and reaches a low cost first.
#
# The exact numbers depend on the machine and on what else it is doing (the time axis is
# real wall-clock time), but the ordering is robust. With millions of examples, or on a
# GPU, the gap grows much wider: a batch step would take minutes, and a single-example step
# would leave almost all of a GPU idle.
#
# **Choosing the size.** Powers of two from 64 to 512 are the usual choices: large enough to
# use vectorized hardware well and to tame the noise, small enough for many updates per
# epoch and for a batch (with its activations) to fit in memory. For a small training set
# (a couple of thousand examples) plain batch gradient descent is often fine.
#
# ## 4 — Why shuffle: mini-batches of sorted data
#
# Finally, what goes wrong without the shuffle? Sort the training set by label, as many data
# sets are stored, and cut it into consecutive batches of 64: every batch now holds a single
# digit. Each update then pulls the network towards "everything is a 0", then towards
# "everything is a 1", and so on. We train three epochs on the sorted data, once with
# `random_mini_batches` and once with consecutive slices (the same order every epoch).

# %%
EPOCHS_SORTED = 1 if GRADING else 3
by_label = np.argsort(np.argmax(Y_train, axis=0), kind="stable")
X_sorted, Y_sorted = X_train[:, by_label], Y_train[:, by_label]
order_histories, rows = {}, []
for name, shuffle in [("shuffled mini-batches", True), ("sorted, not shuffled", False)]:
    trained, order_histories[name] = train_mini_batch_gd(X_sorted, Y_sorted, initial, 64, 0.05,
                                                         num_epochs=EPOCHS_SORTED,
                                                         shuffle=shuffle)
    predicted = nn.predict(X_test, trained)
    rows.append([name, nn.accuracy(X_test, Y_test, trained),
                 " ".join(f"{n:4d}" for n in np.bincount(predicted, minlength=10))])

fig, ax = plt.subplots(figsize=(8, 4))
plots.plot_costs(order_histories, ax=ax, log_y=True,
                 title=f"{EPOCHS_SORTED} epoch(s) of mini-batches (b = 64) on data sorted "
                       f"by label")
plt.show()
plots.print_table(rows, ["batches", "test acc", "test predictions per digit 0..9"])

# %% [markdown]
# Without the shuffle, the cost plunges within each block of one digit (predicting the one
# class present is easy) and jumps up when the next digit starts. At the end of the epoch
# the network mostly predicts the digits it saw *last*: it forgot the earlier ones. Each
# update is a biased estimate of the full gradient, so the average over an epoch does not
# lead to a good solution. Shuffled batches are random samples of all ten digits, and the
# same budget gives a network that recognises most of the test set.
#
# ## What to remember
#
# - Batch gradient descent uses all $m$ examples per update (exact but slow steps), SGD one
#   (cheap but very noisy, and it wastes vectorization), mini-batch gradient descent $b$ of
#   them — usually 64 to 512 — and is the default in practice.
# - Build mini-batches by shuffling the columns of `X` and `Y` with **one** permutation, then
#   cutting consecutive slices; every example lands in exactly one batch.
# - Keep the last, smaller batch: otherwise up to $b - 1$ examples are skipped every epoch,
#   which can be a large share of a small data set.
# - A mini-batch cost curve oscillates because each point is measured on a different batch;
#   judge the trend, not single points.
# - Compare optimizers by wall-clock time as well as by steps: a step is not a fixed unit of
#   work.
# - Reshuffle every epoch; ordered data make mini-batches biased and training fails.

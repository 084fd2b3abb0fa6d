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
# # Assignment 01 — Initialization
#
# Before the first gradient step, every weight of a network already has a value, and that
# value decides a surprising amount: whether the hidden units can learn different things at
# all, how large the first cost is, and whether the signal survives the trip through many
# layers. In this assignment you write four initializers and train the *same* network on
# MNIST with each of them, on the same budget, to see the difference for yourself.
#
# **You will learn to**
# - explain why initializing every weight to the same value (zero in particular) fails to
#   *break symmetry*, and see it happen: the rows of `W1` stay identical during training;
# - recognise what overly large random weights do to the first cost and to training;
# - implement He initialization (for ReLU) and Xavier initialization and say when each fits.
#
# **Conventions** (the same in all NumPy assignments): examples are *columns*. `X` has shape
# `(n_x, m)`, one-hot labels `Y` have shape `(10, m)`, `W[l]` has shape `(n[l], n[l-1])` and
# `b[l]` has shape `(n[l], 1)`. Parameters live in a dict `{"W1": ..., "b1": ..., ...}`.
# Hidden layers use ReLU and the output layer is a softmax over the 10 digits.
#
# Write your code between `# YOUR CODE HERE` and the end of each graded function, and run
# the test cell below it. The visible tests catch the common slips; the autograder runs more
# thorough hidden checks on fresh inputs when you submit.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import initialization as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN, EPOCHS = (2_000, 1) if GRADING else (20_000, 8)

# %% [markdown]
# ## The data
#
# MNIST holds 70,000 grayscale digits of 28×28 pixels, 60,000 for training and 10,000 for
# testing. `data.load_mnist` returns each image as a column of 784 pixel values scaled to
# [0, 1]. We keep a stratified subset of the training set (every digit in its natural
# proportion) so that each experiment takes seconds; the test set is used whole.
#
# If the files are not found, the error message says how to point the loader at a local
# copy (the `DLBASICS_MNIST_DIR` environment variable) or lets it download them once.

# %%
X_train, Y_train = data.load_mnist("train", n=N_TRAIN, seed=0)
X_test, Y_test = data.load_mnist("test")
print("X_train:", X_train.shape, " Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, " Y_test: ", Y_test.shape)
plots.show_images(X_train, np.argmax(Y_train, axis=0), n=16, title="A few training digits")
plt.show()

# %% [markdown]
# ## 1 — Zero initialization
#
# The simplest idea is to start every weight and bias at zero. Implement it, then we will
# see why it cannot work.
#
# For a network with layer sizes `layer_dims = [n0, n1, ..., nL]` (the input size first),
# layer `l` has a weight matrix `W{l}` of shape `(n[l], n[l-1])` and a bias `b{l}` of shape
# `(n[l], 1)`. Use `np.zeros` with exactly those shapes.

# %% nbgrader={"grade": false, "grade_id": "initialize_parameters_zeros", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_parameters_zeros(layer_dims):
    """Initialize every weight and bias of the network to zero.

    Inputs:
      layer_dims -- list of ints [n0, n1, ..., nL]: the size of each layer, input first.
    Returns:
      parameters -- dict with, for l = 1..L,
        "W{l}": array (n[l], n[l-1]) of zeros,
        "b{l}": array (n[l], 1) of zeros.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_parameters_zeros", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_parameters_zeros(initialize_parameters_zeros)

# %% [markdown]
# ### Why zeros fail: symmetry
#
# Take any hidden layer. If all of its units start with the same incoming weights, they
# compute the same activation for every input. During backpropagation they then receive the
# same gradient, so after the update their weights are *still* equal to each other — and
# this repeats at every step. However long you train, the layer behaves like a single unit
# copied `n[l]` times, and the network is no more expressive than a much narrower one.
#
# With zeros the situation is even worse for ReLU: every pre-activation is 0, the ReLU's
# slope there is 0, and no gradient reaches the hidden weights at all. Only the output bias
# can learn, so the best the network can do is predict the class frequencies — a cost of
# about ln 10 ≈ 2.303.
#
# The cell below makes both effects visible. It trains from zeros, and also from a
# *constant* non-zero start (every weight 0.01), which does let gradients flow. Look at the
# rows of `W1`: they move away from their start, but they move *together*.

# %%
layer_dims = [784, 128, 64, 10]


def constant_parameters(layer_dims, value):
    """Every weight equal to `value`, every bias zero (for the symmetry demonstration)."""
    return {key: np.full_like(w, value) if key.startswith("W") else w
            for key, w in initialize_parameters_zeros(layer_dims).items()}


for name, start in [("zeros", initialize_parameters_zeros(layer_dims)),
                    ("constant 0.01", constant_parameters(layer_dims, 0.01))]:
    start = {k: v.astype(np.float32) for k, v in start.items()}
    trained, history = nn.train(X_train, Y_train, start, num_epochs=1, learning_rate=0.1,
                                batch_size=128, progress=False)
    W1 = trained["W1"]
    spread = np.abs(W1 - W1[0]).max()  # how far any row of W1 is from the first row
    print(f"{name:>14}: final cost {history['epoch_cost'][-1]:.3f}, "
          f"W1 moved by {np.abs(W1 - start['W1']).max():.2e}, "
          f"largest difference between rows of W1: {spread:.2e}")

# %% [markdown]
# Whatever the training does, the 128 rows of `W1` remain copies of one another (the
# differences are exactly zero, or at the level of float32 round-off). **Random**
# initialization breaks this symmetry: units that start differently receive different
# gradients and specialise. Biases do not need to be random — the random weights already
# make the units different — so they can start at zero.
#
# ## 2 — Random initialization with large weights
#
# Now draw every weight from a standard normal distribution and multiply it by `scale`
# (10 by default — on purpose much too large). Biases start at zero.
#
# *Randomness and seeds.* Create a random generator from `seed` inside the function, for
# example `rng = np.random.default_rng(seed)` and then `rng.standard_normal(shape)` (or the
# older `np.random.seed(seed)` with `np.random.randn(...)`). The same seed must give the
# same weights and a different seed different weights; the grader checks both and the
# statistics of your weights, not a particular sequence of random numbers.

# %% nbgrader={"grade": false, "grade_id": "initialize_parameters_random", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    """Initialize weights with standard-normal draws times `scale`; biases with zeros.

    Inputs:
      layer_dims -- list of ints [n0, n1, ..., nL].
      scale      -- float, multiplies the standard-normal draws (default 10.0).
      seed       -- int, seed of the random generator (same seed -> same weights).
    Returns:
      parameters -- dict with, for l = 1..L,
        "W{l}": array (n[l], n[l-1]) drawn from N(0, scale**2),
        "b{l}": array (n[l], 1) of zeros.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_parameters_random", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_parameters_random(initialize_parameters_random)

# %% [markdown]
# ### What large weights do
#
# A pre-activation `z = W a + b` sums `n[l-1]` products. With weights of standard deviation
# 10, each layer multiplies the typical size of the signal by roughly
# `10 · sqrt(n[l-1] / 2)` — a factor in the hundreds for MNIST's 784 inputs. By the output
# layer the logits are enormous, the softmax puts (almost) all its probability on one class,
# and when that class is wrong the cross-entropy is huge. Run the cell to see the cost of
# the untrained network under both starts.

# %%
for name, params in [("scale 10", initialize_parameters_random(layer_dims, scale=10.0)),
                     ("scale 0.01", initialize_parameters_random(layer_dims, scale=0.01))]:
    AL, caches = nn.model_forward(X_train[:, :500], params)
    print(f"{name:>10}: initial cost {nn.compute_cost(AL, Y_train[:, :500]):8.3f}, "
          f"largest |Z| per layer: "
          + ", ".join(f"{np.abs(c['Z']).max():.1e}" for c in caches))

# %% [markdown]
# Huge activations also make huge gradients for the last layers, so the first updates
# overshoot; many ReLU units are pushed to negative pre-activations for every input and stop
# learning ("dead" units). Training from such a start is slow or stalls completely. Too
# *small* weights have the opposite problem: the signal shrinks layer after layer and the
# gradients reaching the first layers vanish. What we want is a scale that keeps the
# variance of the activations roughly constant from layer to layer.
#
# ## 3 — He initialization
#
# If the inputs of a layer have variance about 1 and each weight has variance `v`, a
# pre-activation summing `n[l-1]` products has variance about `n[l-1] · v`. ReLU zeroes the
# negative half, which halves the second moment. To keep the scale steady through ReLU
# layers, He et al. (2015) choose
#
# $$ W^{[l]} \sim \mathcal{N}\!\left(0,\ \frac{2}{n^{[l-1]}}\right), \qquad
#    \text{i.e. standard-normal draws times } \sqrt{\frac{2}{n^{[l-1]}}}. $$
#
# Note the index: the fan-in `n[l-1]` is the number of inputs of layer `l`, the number of
# columns of `W{l}`. Biases start at zero.

# %% nbgrader={"grade": false, "grade_id": "initialize_parameters_he", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_parameters_he(layer_dims, seed=3):
    """He initialization: weights ~ N(0, 2 / n[l-1]), biases zero.

    Inputs:
      layer_dims -- list of ints [n0, n1, ..., nL].
      seed       -- int, seed of the random generator (same seed -> same weights).
    Returns:
      parameters -- dict with, for l = 1..L,
        "W{l}": array (n[l], n[l-1]), standard-normal draws times sqrt(2 / n[l-1]),
        "b{l}": array (n[l], 1) of zeros.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_parameters_he", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_parameters_he(initialize_parameters_he)

# %% [markdown]
# ## 4 — Xavier initialization
#
# Xavier (Glorot) initialization was designed for symmetric activations such as tanh, which
# do not throw away half of the signal. Without ReLU's halving, the factor 2 goes away:
#
# $$ W^{[l]} \sim \mathcal{N}\!\left(0,\ \frac{1}{n^{[l-1]}}\right). $$
#
# (Glorot and Bengio's paper also proposes averaging fan-in and fan-out,
# `2 / (n[l-1] + n[l])`; in this course "Xavier" means the fan-in version above.)

# %% nbgrader={"grade": false, "grade_id": "initialize_parameters_xavier", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_parameters_xavier(layer_dims, seed=3):
    """Xavier initialization: weights ~ N(0, 1 / n[l-1]), biases zero.

    Inputs:
      layer_dims -- list of ints [n0, n1, ..., nL].
      seed       -- int, seed of the random generator (same seed -> same weights).
    Returns:
      parameters -- dict with, for l = 1..L,
        "W{l}": array (n[l], n[l-1]), standard-normal draws times sqrt(1 / n[l-1]),
        "b{l}": array (n[l], 1) of zeros.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_parameters_xavier", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_parameters_xavier(initialize_parameters_xavier)

# %% [markdown]
# ### How the scale travels through the layers
#
# Before training anything, push a batch of digits through a deep ReLU network (ten hidden
# layers of 256 units) and print the standard deviation of the activations after each
# layer. With He the scale stays level; with Xavier it halves at every ReLU layer; with a
# small fixed scale it collapses and with a large one it explodes.

# %%
deep_dims = [784] + [256] * 10 + [10]
X_probe = X_train[:, :256]
for name, params in [("He", initialize_parameters_he(deep_dims)),
                     ("Xavier", initialize_parameters_xavier(deep_dims)),
                     ("random x0.01", initialize_parameters_random(deep_dims, scale=0.01)),
                     ("random x1", initialize_parameters_random(deep_dims, scale=1.0))]:
    A, stds = X_probe, []
    for l in range(1, len(deep_dims) - 1):
        A = nn.relu(params[f"W{l}"] @ A + params[f"b{l}"])
        stds.append(A.std())
    print(f"{name:>13}: " + " ".join(f"{s:9.2e}" for s in stds))

# %% [markdown]
# ## 5 — The experiment: four initializations, one budget
#
# Same network (`784 → 128 → 64 → 10`), same data, same mini-batch gradient descent
# (learning rate 0.1, batches of 128, the same number of epochs); only the starting point
# differs. The helper `nn.train` runs the loop and records the cost after every update.

# %%
inits = {
    "zeros": initialize_parameters_zeros(layer_dims),
    "random x10": initialize_parameters_random(layer_dims, scale=10.0),
    "He": initialize_parameters_he(layer_dims),
    "Xavier": initialize_parameters_xavier(layer_dims),
}
histories, rows = {}, []
for name, start in inits.items():
    start = {k: v.astype(np.float32) for k, v in start.items()}
    tic = time.perf_counter()
    trained, histories[name] = nn.train(X_train, Y_train, start, num_epochs=EPOCHS,
                                        learning_rate=0.1, batch_size=128, desc=name)
    rows.append([name, histories[name]["cost"][0], histories[name]["epoch_cost"][-1],
                 nn.accuracy(X_train, Y_train, trained), nn.accuracy(X_test, Y_test, trained),
                 f"{time.perf_counter() - tic:.1f}"])

fig, ax = plt.subplots(figsize=(8, 4.5))
plots.plot_costs(histories, ax=ax, log_y=True,
                 title=f"Cost per update, {N_TRAIN:,} examples, {EPOCHS} epochs")
plt.show()
plots.print_table(rows, ["initialization", "first cost", "final cost", "train acc",
                         "test acc", "seconds"])

# %% [markdown]
# ### Reading the results
#
# - **zeros**: the cost stays at ln 10 and the accuracy at the frequency of the most common
#   digit. Symmetry is never broken; the hidden layers never learn.
# - **random ×10**: the first cost is enormous. The first updates are violent, most ReLU
#   units die, and the network ends no better than the zero start — a longer run does not
#   rescue it.
# - **He** and **Xavier** both train well here; He keeps the activations' scale through
#   the ReLU layers and starts a little faster. With many more layers, Xavier's shrinking
#   scale (see the table above) would slow the first layers down.
#
# **What to remember**
# - Different initializations lead to very different results, even with identical
#   architecture, data and optimizer.
# - Random weights break symmetry; biases can start at zero.
# - Weights that are too large (or too small) make the signal explode (or vanish) across
#   layers and slow or stall training.
# - He (`sqrt(2 / n[l-1])`) suits ReLU; Xavier (`sqrt(1 / n[l-1])`) suits tanh.

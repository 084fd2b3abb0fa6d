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
# # Assignment 08 — TensorFlow, and batch norm in TensorFlow
#
# So far you have written every forward pass, every gradient and every update by hand in
# NumPy. That is the best way to understand a network, and the worst way to build many of
# them: each new layer means a new backward pass to derive and check. A framework such as
# TensorFlow takes that work over. You describe the forward computation; it records what
# you did and differentiates it for you, runs it on whatever hardware is there, and ships
# tested versions of the layers, losses and optimizers you have been writing.
#
# **You will learn to**
# - work with tensors and `tf.Variable`s, compute gradients with `tf.GradientTape`, and
#   speed a training step up with `tf.function`;
# - read TensorFlow 1 code (graphs, placeholders, sessions) and map it to TensorFlow 2;
# - switch from the NumPy *column* convention to TensorFlow's *row* convention;
# - build, train and evaluate a network from low-level pieces: one-hot labels, He
#   initialization, logits, the (sparse) cross-entropy, accuracy;
# - tell multi-label from multi-class outputs (sigmoid vs softmax);
# - decay the learning rate exponentially, smoothly or in a staircase;
# - use batch normalization in Keras (the `training` flag, `momentum`, `epsilon`, `center`,
#   `scale`, `axis`, no bias before BN) and in TF1 graph mode (`UPDATE_OPS`);
# - reach at least 98% test accuracy on MNIST with a two-layer network on a CPU.
#
# As before, write your code in place of `# YOUR CODE HERE` in each graded function and run
# the test cell below it. The visible tests catch the common slips; the autograder runs more
# thorough hidden checks on fresh inputs when you submit.

# %%
import os

# Hide TensorFlow's start-up messages: its C++ log, and the notice about oneDNN's custom
# operations, which it prints before reading any log level.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")

import time

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import tf_intro as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN, EPOCHS, V1_EPOCHS = (1_000, 1, 1) if GRADING else (20_000, 3, 2)

tf.keras.utils.set_random_seed(0)  # seeds Python, NumPy and TensorFlow in one call
print("TensorFlow", tf.__version__)

# %% [markdown]
# ## 1 — Tensors, variables and eager execution
#
# A **tensor** is TensorFlow's array: a shape, a dtype and a block of numbers, possibly on
# a GPU. Tensors are *immutable*: an operation never changes its inputs, it returns a new
# tensor. TensorFlow 2 runs **eagerly**: each operation executes the moment Python reaches
# it, exactly like NumPy, so you can print and inspect every intermediate value.
#
# Two differences from NumPy matter at once:
#
# - **dtypes are strict.** NumPy silently promotes `float32 + float64` to `float64`;
#   TensorFlow refuses to mix them. Network weights and data are `float32` (half the memory
#   of `float64`, and all the precision training needs), labels are integers.
# - **state lives in `tf.Variable`s.** A weight has to change in place at every update, so it
#   cannot be a tensor. A variable holds a tensor that `assign`, `assign_add` and
#   `assign_sub` replace; optimizers update variables, and gradient tapes watch them.

# %%
a = tf.constant([[1.0, 2.0], [3.0, 4.0]])
b = tf.ones((2, 2))
print("a + b =\n", (a + b).numpy())
print("a @ b =\n", tf.matmul(a, b).numpy())
print("shape", a.shape, "dtype", a.dtype, "- a tensor converts to NumPy with .numpy()")

try:
    a + tf.constant(1.0, dtype=tf.float64)
except tf.errors.InvalidArgumentError as err:
    print("float32 + float64 ->", type(err).__name__, "(cast first with tf.cast)")

w = tf.Variable([1.0, -2.0], name="w")
w.assign_sub([0.5, 0.5])  # an in-place update, what an optimizer does
print("variable after assign_sub:", w.numpy())

# %% [markdown]
# ## 2 — Automatic differentiation with `tf.GradientTape`
#
# Inside a `with tf.GradientTape() as tape:` block, TensorFlow records every operation that
# touches a trainable variable. `tape.gradient(cost, variables)` then walks that record
# backwards with the chain rule — the backward pass you used to write by hand.
#
# A small example: for $J(w) = \sum_i (w_i - 3)^2$ the derivative is
# $\partial J / \partial w_i = 2 (w_i - 3)$. The tape finds the same numbers, and a few steps
# of gradient descent move $w$ towards 3.
#
# The tape only sees TensorFlow operations. A value that leaves TensorFlow (through
# `np.dot`, `np.maximum`, `.numpy()`...) is a constant as far as the tape knows, and the
# gradient through it is `None`.

# %%
w = tf.Variable([0.0, 5.0])
for step in range(3):
    with tf.GradientTape() as tape:
        J = tf.reduce_sum((w - 3.0) ** 2)
    dJ_dw = tape.gradient(J, w)
    print(f"step {step}: w = {w.numpy()}, J = {J.numpy():.3f}, tape gradient = "
          f"{dJ_dw.numpy()}, by hand 2(w - 3) = {(2 * (w - 3.0)).numpy()}")
    w.assign_sub(0.25 * dJ_dw)

with tf.GradientTape() as tape:
    J = tf.reduce_sum(np.square(w.numpy() - 3.0))  # the NumPy detour cuts the record
print("gradient through NumPy:", tape.gradient(J, w))

# %% [markdown]
# ## 3 — How TensorFlow 1 did it: graphs, placeholders and sessions
#
# Much TensorFlow code you will meet (including the notes this course grew from) is written
# for TensorFlow 1, which did **not** run eagerly. A TF1 program has two phases:
#
# 1. **Build a graph.** Python calls such as `tf.matmul` do not compute anything; they add a
#    node to a graph and return a symbolic tensor. Inputs are *placeholders*, empty slots
#    with a dtype and a shape (`None` for "any batch size"); weights are variables.
# 2. **Run it in a session.** `session.run(fetches, feed_dict={placeholder: value})`
#    computes the requested nodes — and only the nodes they depend on — for the given inputs.
#    Variables need an explicit initializer run first.
#
# TensorFlow 2 keeps the old API under `tf.compat.v1`; inside `with graph.as_default():` it
# behaves like TF1.

# %%
graph = tf.Graph()
with graph.as_default():
    x = tf.compat.v1.placeholder(tf.float32, shape=[None, 3], name="x")
    v = tf.compat.v1.get_variable("v", initializer=[[1.0], [0.0], [-1.0]])
    y = tf.matmul(x, v) + 1.0
    init = tf.compat.v1.global_variables_initializer()
print("a symbolic tensor, no value yet:", y)
with tf.compat.v1.Session(graph=graph) as session:
    session.run(init)
    result = session.run(y, feed_dict={x: [[1, 2, 3], [4, 0, 0]]})
    print("session.run with a feed:", result.ravel())

# %% [markdown]
# How the pieces map to TensorFlow 2:
#
# | TensorFlow 1 | TensorFlow 2 |
# | --- | --- |
# | `tf.placeholder` and `feed_dict` | the arguments of a Python function |
# | `session.run(fetches)` | calling the function; results are ready at once |
# | `global_variables_initializer()` | a variable is initialized when it is created |
# | `optimizer.minimize(loss)` in the graph | `tf.GradientTape` + `optimizer.apply_gradients` |
# | graph collections (`UPDATE_OPS`, ...) | layers update their own state when called |
# | the whole program is a graph | `tf.function` turns chosen functions into graphs |
#
# Graphs were not a mistake: a graph can be optimized as a whole, runs without the Python
# interpreter between operations and can be exported. TensorFlow 2 keeps that advantage
# through `tf.function`, next.
#
# ## 4 — `tf.function`: graphs when you want them
#
# Decorating a function with `@tf.function` makes TensorFlow *trace* it: on the first call
# it runs the Python code once with symbolic tensors and records the graph; later calls with
# inputs of the same shapes and dtypes run the recorded graph directly. Two consequences:
#
# - a step made of many small operations gets faster, since Python no longer dispatches
#   each one;
# - Python side effects (`print`, appending to a list) happen only while tracing. Use
#   `tf.print` for values you want to see at every call. A new input shape, dtype or Python
#   argument value triggers a new trace.

# %%
@tf.function
def scaled_sum(x, factor):
    print("  tracing for", x.shape, "and factor", factor)  # runs only while tracing
    return tf.reduce_sum(x) * factor


for shape, factor in [((3,), 2.0), ((3,), 2.0), ((5,), 2.0), ((3,), 3.0)]:
    print(f"call with shape {shape}, factor {factor} ->",
          scaled_sum(tf.ones(shape), factor).numpy())

# %% [markdown]
# Only the first call and the calls with a new shape or a new Python `factor` traced. (Pass
# values that change at every call, such as a learning rate, as tensors, or they will
# trigger a new trace each time.) Section 10 times eager and traced training steps.
#
# ## 5 — From columns to rows
#
# The NumPy assignments stored one example per **column**: `X` was `(n_x, m)` and a layer
# computed $Z = W A + b$ with $W$ of shape $(n^{[l]}, n^{[l-1]})$ and $b$ a column. TensorFlow,
# like most frameworks and data files, stores one example per **row**: `X` is
# `[batch, features]` and a dense layer computes
#
# $$ Z = A\,W + b, \qquad A: [m, n^{[l-1]}],\ \ W: [n^{[l-1]}, n^{[l]}],\ \ b: [n^{[l]}],
#    \ \ Z: [m, n^{[l]}]. $$
#
# It is the same computation transposed, since $(W A)^\top = A^\top W^\top$: the row-layout
# weight matrix is the transpose of the column-layout one, and the bias, added to every row,
# is a plain vector. Rows make the batch the leading dimension, which is how datasets are
# stored and streamed, and lets the batch size stay open (`None`) while everything else is
# fixed. Integer labels come as a vector `[batch]`, one class id per example.

# %%
X_train, y_train = data.load_mnist("train", n=N_TRAIN, layout="rows", one_hot=False)
X_test, y_test = data.load_mnist("test", layout="rows", one_hot=False)
print("rows:    X_train", X_train.shape, X_train.dtype, " y_train", y_train.shape, y_train.dtype)
X_cols, Y_cols = data.load_mnist("train", n=N_TRAIN, layout="columns")
print("columns: X      ", X_cols.shape, "          Y      ", Y_cols.shape)

W_cols = np.random.default_rng(0).standard_normal((16, 784)).astype(np.float32)
b_cols = np.full((16, 1), 0.5, np.float32)
Z_cols = nn.linear_forward(X_cols[:, :5], W_cols, b_cols)      # (16, 5)
Z_rows = tf.matmul(X_train[:5], W_cols.T) + b_cols[:, 0]        # [5, 16]
print("same numbers, transposed:", np.allclose(Z_cols.T, Z_rows.numpy(), atol=1e-4))

# %% [markdown]
# ## 6 — One-hot labels
#
# MNIST labels are class ids 0–9. Some losses want them **one-hot**: a row of zeros with a
# single 1 in the column of the class. `tf.one_hot(indices, depth)` builds that matrix; with
# the default `axis=-1` the new class dimension goes last, giving `[batch, depth]` — the row
# convention. (The NumPy assignments used the transpose, `(classes, m)`.)
#
# Implement `one_hot_matrix` with `tf.one_hot`. The result should be `float32`, the dtype the
# losses compare with the network's outputs.

# %% nbgrader={"grade": false, "grade_id": "one_hot_matrix", "locked": false, "schema_version": 3, "solution": true, "task": false}
def one_hot_matrix(labels, depth=10):
    """One-hot encode integer class labels, one example per row.

    Inputs:
      labels -- int array or tensor [batch] of class ids in 0..depth-1.
      depth  -- int, the number of classes (default 10).
    Returns:
      one_hot -- float32 tensor [batch, depth], row i all zeros except a 1 in column labels[i].
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_one_hot_matrix", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_one_hot_matrix(one_hot_matrix)

# %% [markdown]
# ## 7 — Parameters as variables
#
# The weights of a network built from low-level operations are `tf.Variable`s: trainable
# state that the tape watches and an optimizer updates in place. Implement He initialization
# (from assignment 01) in the row convention: for `layer_dims = [n0, n1, ..., nL]`, layer `l`
# has `W{l}` of shape `[n[l-1], n[l]]` drawn from $\mathcal{N}(0, 2/n^{[l-1]})$ and `b{l}` a
# vector of `n[l]` zeros, both `float32` variables.
#
# *Seeds in eager mode.* `tf.random.normal(shape, seed=s)` does **not** repeat itself: in
# eager mode each call continues a random stream, so calling your function twice with the
# same seed would give different weights. Make a generator from the seed inside the function,
# `rng = tf.random.Generator.from_seed(seed)`, and draw with `rng.normal(shape)` (much like
# NumPy's `default_rng`); `tf.random.set_seed(seed)` before drawing also works.

# %% nbgrader={"grade": false, "grade_id": "initialize_parameters_tf", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_parameters_tf(layer_dims, seed=1):
    """He-initialized weights and zero biases, as trainable tf.Variables (row convention).

    Inputs:
      layer_dims -- list of ints [n0, n1, ..., nL], the input size first.
      seed       -- int; the same seed gives the same weights.
    Returns:
      parameters -- dict with, for l = 1..L,
        "W{l}": float32 tf.Variable [n[l-1], n[l]] drawn from N(0, 2 / n[l-1]),
        "b{l}": float32 tf.Variable [n[l]] of zeros.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_parameters_tf", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_parameters_tf(initialize_parameters_tf)

# %% [markdown]
# ## 8 — Forward propagation returns logits
#
# The forward pass is the one you know, in rows: `L - 1` hidden layers
# `A = relu(A @ W + b)` and an output layer `Z = A @ W + b` — and **no activation on the
# output layer**. Its raw scores are called *logits*. The softmax is not forgotten: the loss
# applies it itself (next section), fused with the logarithm, which is both faster and
# numerically safer than computing probabilities first and taking their log later — a tiny
# probability rounds to 0 in float32 and its log is `-inf`, while the fused formula
# $\log \mathrm{softmax}(z)_k = z_k - \log \sum_j e^{z_j}$ never forms it. For predictions
# no softmax is needed either: the largest logit is the most probable class.
#
# Use TensorFlow operations (`tf.matmul`, `tf.nn.relu`, `+`) so that the tape can
# differentiate through them. The number of layers is `len(parameters) // 2`.

# %% nbgrader={"grade": false, "grade_id": "forward_propagation_tf", "locked": false, "schema_version": 3, "solution": true, "task": false}
def forward_propagation_tf(X, parameters):
    """Forward pass [LINEAR -> RELU] x (L-1) -> LINEAR, returning logits (no softmax).

    Inputs:
      X          -- float32 array or tensor [batch, n0], one example per row.
      parameters -- dict of "W{l}" [n[l-1], n[l]] and "b{l}" [n[l]] (variables or arrays).
    Returns:
      logits -- float32 tensor [batch, n[L]], the output layer's linear scores.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_forward_propagation_tf", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_forward_propagation_tf(forward_propagation_tf)

# %% [markdown]
# Both conventions compute the same network. Transpose the weights, turn the biases into
# columns, and the helper library's NumPy forward pass gives the softmax of your logits.

# %%
params_tf = initialize_parameters_tf([784, 32, 10], seed=0)
params_np = {key: value.numpy().T if key.startswith("W") else value.numpy()[:, None]
             for key, value in params_tf.items()}
AL_cols, _ = nn.model_forward(X_cols[:, :8], params_np)
probs_rows = tf.nn.softmax(forward_propagation_tf(X_train[:8], params_tf)).numpy()
print("NumPy columns and TensorFlow rows agree:", np.allclose(AL_cols.T, probs_rows, atol=1e-5))

# %% [markdown]
# ## 9 — The cost: cross-entropy from logits
#
# For one example with logits $z$ and true class $y$ the softmax cross-entropy is
# $\ell = -\log \mathrm{softmax}(z)_y$, and the cost is its mean over the batch,
# $J = \frac{1}{m}\sum_i \ell^{(i)}$. TensorFlow offers it in two flavours that compute
# **the same value** and differ only in how the labels are given:
#
# - `tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)`:
#   integer labels `[batch]` — no one-hot matrix needed;
# - `tf.keras.losses.categorical_crossentropy(one_hot, logits, from_logits=True)`:
#   one-hot labels `[batch, classes]` (also for "soft" labels that are not 0/1).
#
# Handing one-hot labels to the sparse loss, or integer labels to the dense one, is a shape
# error. `from_logits=True` says "these are logits, apply the softmax for me"; without it the
# loss assumes you already passed probabilities. These functions return **one loss per
# example**, as do `tf.nn.sparse_softmax_cross_entropy_with_logits` and its dense twin, so
# average them with `tf.reduce_mean`. (The loss *objects*, such as
# `tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)`, average already.)
#
# Implement the mean cost with integer labels.

# %% nbgrader={"grade": false, "grade_id": "compute_cost_tf", "locked": false, "schema_version": 3, "solution": true, "task": false}
def compute_cost_tf(logits, labels):
    """Softmax cross-entropy of logits and integer labels, averaged over the batch.

    Inputs:
      logits -- float32 tensor [batch, classes] (no softmax applied).
      labels -- int array or tensor [batch] of class ids.
    Returns:
      cost -- float32 scalar tensor, the mean cross-entropy.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_compute_cost_tf", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_compute_cost_tf(compute_cost_tf)

# %% [markdown]
# Check the claims on real logits: the sparse and the dense loss agree, the per-example losses
# average to your cost, and the loss object averages by itself.
#
# Then the classic bug: a softmax in the model *and* `from_logits=True` in the loss. The
# loss then takes the probabilities $p \in [0, 1]$ for logits and softmaxes them again. The
# largest gap between two such "logits" is 1, so even a perfect prediction keeps a
# probability of at most $e/(e + 9) \approx 0.23$ for the true class out of 10: the cost
# can never fall below $\ln(1 + 9/e) \approx 1.46$, and its gradients shrink accordingly.
# Training still moves, slowly, and the printed cost looks strangely stuck.

# %%
logits = forward_propagation_tf(X_train[:256], params_tf)
labels = y_train[:256]
sparse = compute_cost_tf(logits, labels)
dense = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(
    one_hot_matrix(labels), logits, from_logits=True))
per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
print(f"sparse {sparse.numpy():.6f}   dense {dense.numpy():.6f}   "
      f"mean of per-example {tf.reduce_mean(per_example).numpy():.6f} "
      f"(shape {per_example.shape})   loss object {loss_object(labels, logits).numpy():.6f}")

confident = tf.constant([[20.0] + [0.0] * 9])  # a sure, correct prediction of class 0
for name, scores in [("logits", confident), ("softmax, then from_logits=True",
                                             tf.nn.softmax(confident))]:
    print(f"{name:>31}: cost {compute_cost_tf(scores, np.array([0])).numpy():.4f}")

# %% [markdown]
# ## 10 — Accuracy
#
# The predicted class of a row is the index of its largest logit, `tf.argmax(logits,
# axis=1)`: axis 1 runs over the classes of one example. (`tf.argmax` with its default
# `axis=0` would look down each *column*, across examples — the NumPy convention's axis.)
# The accuracy is the fraction of rows where the prediction equals the label. Careful with
# dtypes: `tf.argmax` returns `int64`, and the mean of an *integer* tensor is an integer
# (it truncates, so 0.97 becomes 0) — cast the comparison to `float32` before averaging.

# %% nbgrader={"grade": false, "grade_id": "accuracy_tf", "locked": false, "schema_version": 3, "solution": true, "task": false}
def accuracy_tf(logits, labels):
    """Fraction of examples whose largest logit is at the true class.

    Inputs:
      logits -- float32 tensor [batch, classes].
      labels -- int array or tensor [batch] of class ids.
    Returns:
      accuracy -- float32 scalar tensor in [0, 1].
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_accuracy_tf", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_accuracy_tf(accuracy_tf)

# %% [markdown]
# ### Training the low-level network
#
# Everything is ready for a training loop in which TensorFlow does the calculus. Per
# mini-batch: run the forward pass under a tape, compute the cost, ask the tape for the
# gradients of all variables, and let Adam (`tf.keras.optimizers.Adam`, the algorithm of
# assignment 06) update them. `tf.data.Dataset` shuffles and batches the rows.
#
# The same step runs twice, first eagerly and then traced by `tf.function`; time both.
# (The timing is skipped under the autograder.) The first call of the traced version pays
# for the tracing; every later call runs the recorded graph without going back to Python
# between operations.

# %%
def low_level_step(X, y, parameters, optimizer):
    """One Adam step of the low-level network; returns the cost of the batch."""
    variables = list(parameters.values())
    with tf.GradientTape() as tape:
        cost = compute_cost_tf(forward_propagation_tf(X, parameters), y)
    optimizer.apply_gradients(zip(tape.gradient(cost, variables), variables))
    return cost


def batches(X, y, batch_size, seed):
    """Shuffled mini-batches of rows, as a tf.data pipeline."""
    return (tf.data.Dataset.from_tensor_slices((X, y))
            .shuffle(len(y), seed=seed).batch(batch_size))


if not GRADING:
    for name, step in [("eager", low_level_step), ("tf.function", tf.function(low_level_step))]:
        parameters = initialize_parameters_tf([784, 128, 64, 10], seed=1)
        optimizer = tf.keras.optimizers.Adam(1e-3)
        seconds = []
        for X_batch, y_batch in batches(X_train, y_train, 128, seed=0).take(31):
            tic = time.perf_counter()
            step(X_batch, y_batch, parameters, optimizer)
            seconds.append(time.perf_counter() - tic)
        print(f"{name:>11}: first call {seconds[0]:.2f} s, then "
              f"{1000 * np.mean(seconds[1:]):.1f} ms per step")

# %%
parameters = initialize_parameters_tf([784, 128, 64, 10], seed=1)
optimizer = tf.keras.optimizers.Adam(1e-3)
compiled_step = tf.function(low_level_step)
costs = []
tic = time.perf_counter()
for epoch in range(EPOCHS):
    for X_batch, y_batch in batches(X_train, y_train, 128, seed=epoch):
        costs.append(float(compiled_step(X_batch, y_batch, parameters, optimizer)))
seconds = time.perf_counter() - tic

fig, ax = plt.subplots(figsize=(7, 3.5))
plots.plot_costs({"784-128-64-10, Adam": costs}, ax=ax, log_y=True,
                 title=f"Low-level TensorFlow network, {N_TRAIN:,} examples, {EPOCHS} epochs")
plt.show()
train_acc = accuracy_tf(forward_propagation_tf(X_train, parameters), y_train)
test_acc = accuracy_tf(forward_propagation_tf(X_test, parameters), y_test)
print(f"train accuracy {train_acc.numpy():.4f}, test accuracy {test_acc.numpy():.4f}, "
      f"{seconds:.1f} s")

# %% [markdown]
# No backward pass was written, yet the cost falls just as with the NumPy network.
#
# ## 11 — Several labels at once: sigmoid instead of softmax
#
# A softmax makes the classes **compete**: its outputs sum to 1, so if one goes up the others
# go down. That is right when exactly one class is true (a digit is a 3 *or* a 5). In a
# **multi-label** problem each example can have any number of labels (a photo can show a dog
# *and* a ball), and every class gets its own yes/no question: an independent sigmoid
# $\sigma(z_k) = 1/(1 + e^{-z_k})$ per output, trained with the binary cross-entropy
# (`tf.nn.sigmoid_cross_entropy_with_logits`), and a threshold on each probability.
#
# Implement `multilabel_predict`: 1 where $\sigma(z_k)$ exceeds the threshold, else 0.
# (For a single yes/no question, sigmoid and a two-class softmax are the same model; they
# part ways from three outputs on.)

# %% nbgrader={"grade": false, "grade_id": "multilabel_predict", "locked": false, "schema_version": 3, "solution": true, "task": false}
def multilabel_predict(logits, threshold=0.5):
    """Independent yes/no decisions per class from a sigmoid of each logit.

    Inputs:
      logits    -- float32 tensor [batch, classes].
      threshold -- float, the probability above which a label is predicted (default 0.5).
    Returns:
      predictions -- int32 tensor [batch, classes] of 0s and 1s (any number of 1s per row).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_multilabel_predict", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_multilabel_predict(multilabel_predict)

# %% [markdown]
# A multi-label task on MNIST: instead of "which digit?", ask four questions about each
# digit at once — is it even, is it at least 5, is it prime, is it a multiple of 3? A 7 is
# "at least 5" and "prime"; a 6 is "even", "at least 5" and "a multiple of 3"; a 1 is none of
# them. We train the low-level network with four sigmoid outputs, then count how many labels
# per image each decoding predicts: the sigmoids follow the true counts, while a softmax over
# the four outputs can never say yes to more than one of them.

# %%
ATTRIBUTES = ["even", ">= 5", "prime", "multiple of 3"]
TRUTH_TABLE = np.array([[d % 2 == 0, d >= 5, d in (2, 3, 5, 7), d % 3 == 0]
                        for d in range(10)], dtype=np.float32)  # [digit, attribute]


@tf.function
def multilabel_step(X, targets, parameters, optimizer):
    """One Adam step on the mean binary cross-entropy of four sigmoid outputs."""
    variables = list(parameters.values())
    with tf.GradientTape() as tape:
        logits = forward_propagation_tf(X, parameters)
        cost = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(targets, logits))
    optimizer.apply_gradients(zip(tape.gradient(cost, variables), variables))


attr_params = initialize_parameters_tf([784, 64, len(ATTRIBUTES)], seed=2)
attr_optimizer = tf.keras.optimizers.Adam(1e-3)
for epoch in range(EPOCHS):
    for X_batch, y_batch in batches(X_train, y_train, 128, seed=epoch):
        multilabel_step(X_batch, tf.gather(TRUTH_TABLE, y_batch), attr_params, attr_optimizer)

attr_logits = forward_propagation_tf(X_test, attr_params)
truth = TRUTH_TABLE[y_test]
sigmoid_pred = multilabel_predict(attr_logits).numpy()
softmax_pred = (tf.nn.softmax(attr_logits) > 0.5).numpy().astype(int)
print("per-attribute test accuracy:",
      ", ".join(f"{a} {np.mean(sigmoid_pred[:, k] == truth[:, k]):.3f}"
                for k, a in enumerate(ATTRIBUTES)))
print(f"all four right: {np.mean(np.all(sigmoid_pred == truth, axis=1)):.3f}")
rows = [[name] + [f"{np.mean(pred.sum(axis=1) == k):.3f}" for k in range(5)]
        for name, pred in [("truth", truth), ("sigmoid > 0.5", sigmoid_pred),
                           ("softmax > 0.5", softmax_pred)]]
plots.print_table(rows, ["labels per image"] + [str(k) for k in range(5)])

# %% [markdown]
# ## 12 — Learning-rate decay
#
# Early in training large steps make fast progress; late in training the same steps make
# the parameters rattle around the minimum, since each mini-batch points in a slightly
# different direction. Shrinking the learning rate over time gets both. *Exponential decay*
# multiplies the rate by `decay_rate` every `decay_steps` steps:
#
# $$ \alpha(t) = \alpha_0 \cdot r^{\,t / T} \quad\text{(smooth)}, \qquad
#    \alpha(t) = \alpha_0 \cdot r^{\,\lfloor t / T \rfloor} \quad\text{(staircase)}, $$
#
# with $t$ the step, $T$ = `decay_steps` and $r$ = `decay_rate`. The staircase version holds
# the rate constant for blocks of $T$ steps (with $T$ = steps per epoch: one rate per epoch)
# and drops it by the factor $r$ between blocks; the smooth version decays a little at every
# step and agrees with the staircase at multiples of $T$.
#
# Implement `make_exponential_decay`: it returns a *schedule*, a function that maps a step
# number (a Python int) to the learning rate. A function that returns a function is a
# closure: the inner `def` sees the outer arguments.

# %% nbgrader={"grade": false, "grade_id": "make_exponential_decay", "locked": false, "schema_version": 3, "solution": true, "task": false}
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    """An exponential learning-rate schedule: lr0 * decay_rate ** (step / decay_steps).

    Inputs:
      learning_rate0 -- float, the learning rate at step 0.
      decay_steps    -- int, the number of steps over which the rate is multiplied by decay_rate.
      decay_rate     -- float in (0, 1], the factor per decay_steps steps.
      staircase      -- bool; if True the exponent step / decay_steps is floored, so the rate
                        is constant within each block of decay_steps steps.
    Returns:
      schedule -- a function schedule(step) of an int step >= 0, returning the rate (float).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_make_exponential_decay", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_make_exponential_decay(make_exponential_decay)

# %% [markdown]
# Keras ships the same schedule as `tf.keras.optimizers.schedules.ExponentialDecay`; the
# markers show it on top of yours. (A Keras schedule can be handed to an optimizer as its
# learning rate. In a custom loop you can also set `optimizer.learning_rate` yourself before
# each step, as the capstone does.)

# %%
steps = np.arange(0, 400)
fig, ax = plt.subplots(figsize=(7, 3.5))
for staircase in (False, True):
    mine = make_exponential_decay(0.01, 100, 0.5, staircase)
    keras = tf.keras.optimizers.schedules.ExponentialDecay(0.01, 100, 0.5, staircase=staircase)
    ax.plot(steps, [mine(int(s)) for s in steps], label=f"yours, staircase={staircase}")
    ax.plot(steps[::25], [float(keras(int(s))) for s in steps[::25]], "o", markersize=4,
            label=f"Keras, staircase={staircase}")
ax.set_xlabel("step")
ax.set_ylabel("learning rate")
ax.set_title("Exponential decay: lr0 = 0.01, decay_rate = 0.5, decay_steps = 100")
ax.legend()
plt.show()

# %% [markdown]
# ## 13 — Batch normalization in Keras
#
# Assignment 07 built batch norm in NumPy: normalize each unit's pre-activations over the
# mini-batch, then scale by a learned $\gamma$ and shift by a learned $\beta$,
#
# $$ \hat z = \frac{z - \mu_B}{\sqrt{\sigma_B^2 + \varepsilon}}, \qquad
#    \mathrm{BN}(z) = \gamma\,\hat z + \beta, $$
#
# and keep running (moving) averages of $\mu_B$ and $\sigma_B^2$ for test time. The Keras
# layer `tf.keras.layers.BatchNormalization` does all of this; what remains for you is to
# use it correctly.
#
# **The `training` flag.** The layer behaves in two ways, chosen by the `training` argument
# of the call: `training=True` normalizes with the batch's own statistics and updates the
# moving averages; `training=False` normalizes with the moving averages and changes nothing.
# `model.fit` and `model.evaluate` pass the flag for you. In your own loop you pass it
# yourself — and calling `model(X)` without it means inference mode, so the moving averages
# never learn anything.
#
# **`momentum` and `epsilon`.** After each training call,
# `moving = momentum * moving + (1 - momentum) * batch_statistic`. Keras's defaults are
# `momentum=0.99` and `epsilon=0.001` (assignment 07 used 0.9 and 1e-5). The moving averages
# start at mean 0 and variance 1, and after $k$ updates the start still weighs
# $\text{momentum}^k$: with 0.99 that is 37% after 100 steps, with 0.9 it is gone after
# 50. For short runs a smaller momentum such as 0.9 lets the averages catch up; the classic
# 0.99–0.999 suits long training. (Other libraries define momentum the other way round —
# PyTorch's `momentum=0.1` is Keras's 0.9.)
#
# Watch the flag at work on the real pre-activations of 256 digits:

# %%
Z = tf.matmul(X_train[:256], params_tf["W1"])  # [256, 32] pre-activations of a dense layer
bn = tf.keras.layers.BatchNormalization(momentum=0.9)
print(f"defaults of a new layer: momentum {tf.keras.layers.BatchNormalization().momentum}, "
      f"epsilon {bn.epsilon}")
bn(Z, training=False)  # builds the layer; inference mode
print("after training=False:     moving mean", np.round(bn.moving_mean.numpy()[:4], 4))
out = bn(Z, training=True)
print("after training=True:      moving mean", np.round(bn.moving_mean.numpy()[:4], 4))
print("0.1 * batch mean:                    ",
      np.round(0.1 * tf.reduce_mean(Z, axis=0).numpy()[:4], 4))
print(f"training output: mean {tf.reduce_mean(out).numpy():+.4f}, "
      f"std {tf.math.reduce_std(out).numpy():.4f} (normalized with the batch statistics)")
for k in (10, 50, 100, 500):
    print(f"share of the initial moving mean left after {k:>3} updates: momentum 0.9 -> "
          f"{0.9 ** k:.3f}, momentum 0.99 -> {0.99 ** k:.3f}")

# %% [markdown]
# **`axis`: which statistics.** `axis` names the dimension that holds the *units*
# (features, channels); each unit gets its own mean, variance, $\gamma$ and $\beta$, and the
# statistics run over every other dimension. The default `axis=-1` (the last) fits both
# layouts TensorFlow uses:
#
# - a dense layer's output `[batch, features]`: one statistic per feature, over the batch;
# - a convolution's output `[batch, height, width, channels]`: one statistic per channel,
#   over the batch *and* all positions — a channel applies the same filter everywhere, so
#   all its positions form one population.
#
# **`center` and `scale`** switch $\beta$ and $\gamma$ on or off. $\beta$ should stay: it is
# the layer's shift. $\gamma$ can go when a ReLU follows, since scaling before a ReLU can be
# absorbed by the next layer's weights; for sigmoid or tanh keep it.

# %%
images = tf.reshape(X_train[:64], [-1, 28, 28, 1])
conv_out = tf.keras.layers.Conv2D(8, 3)(images)  # [64, 26, 26, 8]
rows = []
for name, tensor in [("dense", Z), ("conv", conv_out)]:
    for settings in [{}, {"center": True, "scale": False}]:
        layer = tf.keras.layers.BatchNormalization(**settings)
        normalized = layer(tensor, training=True)
        axes = list(range(len(tensor.shape) - 1))  # every axis but the last
        mean, variance = tf.nn.moments(tensor, axes=axes)
        manual = (tensor - mean) / tf.sqrt(variance + layer.epsilon)
        rows.append([name, str(tuple(tensor.shape)), str(settings or "defaults"),
                     str(tuple(layer.moving_mean.shape)), f"over axes {axes}",
                     ", ".join(w.name for w in layer.trainable_weights),
                     np.allclose(normalized, manual, atol=1e-4)])
plots.print_table(rows, ["layer", "input", "settings", "statistics", "computed",
                         "trainable", "matches moments"])

# %% [markdown]
# **No bias before batch norm.** BN subtracts the batch mean of every unit, so a constant
# added to a unit before BN — a bias — is subtracted right away and receives a zero
# gradient. $\beta$ takes over its role. So a layer followed by BN is created with
# `use_bias=False`, which saves the parameters and the wasted computation:

# %%
bn = tf.keras.layers.BatchNormalization()
shift = tf.constant(np.linspace(-5, 5, Z.shape[1]), dtype=tf.float32)
print("BN(Z + bias) equals BN(Z) in training mode:",
      np.allclose(bn(Z + shift, training=True), bn(Z, training=True), atol=1e-4))

# %% [markdown]
# ### A training step for Keras models
#
# A Keras model is a callable that owns its variables (`model.trainable_variables`) and its
# non-trainable state (the moving averages). Implement `train_step`: under a
# `tf.GradientTape`, call the model **with `training=True`** (batch statistics, moving
# averages updated, dropout active), compute the mean sparse cross-entropy of its logits
# (`from_logits=True`), take the gradients of the trainable variables and apply them with
# `optimizer.apply_gradients(zip(grads, model.trainable_variables))`. Return the loss.
# Evaluation is the mirror image: `model(X, training=False)`.

# %% nbgrader={"grade": false, "grade_id": "train_step", "locked": false, "schema_version": 3, "solution": true, "task": false}
def train_step(model, optimizer, X, y):
    """One optimizer step on a batch, with batch norm and dropout in training mode.

    Inputs:
      model     -- tf.keras.Model mapping [batch, features] to logits [batch, classes].
      optimizer -- a tf.keras optimizer.
      X         -- float32 array or tensor [batch, features].
      y         -- int array or tensor [batch] of class ids.
    Returns:
      loss -- float32 scalar tensor, the mean sparse cross-entropy of the batch before the
              update.
    Side effects: one optimizer step: the model's variables (batch norm's moving
      statistics included) and the optimizer's state are updated; X and y are left
      unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_train_step", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_train_step(train_step)

# %% [markdown]
# ### The network with batch norm and dropout
#
# Implement `build_bn_mlp`, a `tf.keras.Sequential` model. Each entry of `hidden_units`
# adds one hidden layer:
#
# - with `bn_before_activation=True`: `Dense(units, use_bias=False)` →
#   `BatchNormalization(momentum=momentum)` → `ReLU()` → `Dropout(dropout_rate)`;
# - with `bn_before_activation=False`: `Dense(units)` (the bias stays: a ReLU sits between
#   it and the BN) → `ReLU()` → `BatchNormalization(momentum=momentum)` →
#   `Dropout(dropout_rate)`.
#
# Then `Dense(10)` with no activation: the model returns logits. Both placements of BN are in
# use; before the activation is the original recipe and the usual choice for sigmoid and
# tanh, while for ReLU either works about as well. Keras's `Dropout(rate)` takes the fraction
# of units *dropped* (TF1's `tf.nn.dropout` took the fraction kept, `keep_prob`). Leave the
# input size open: the model builds its weights on the first call.

# %% nbgrader={"grade": false, "grade_id": "build_bn_mlp", "locked": false, "schema_version": 3, "solution": true, "task": false}
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    """A Keras MLP with batch norm and dropout in every hidden layer, returning 10 logits.

    Inputs:
      hidden_units         -- tuple of ints, the units of each hidden layer.
      bn_before_activation -- bool; True: Dense(no bias) -> BN -> ReLU, False: Dense -> ReLU
                              -> BN; each hidden layer then ends with Dropout.
      dropout_rate         -- float, the fraction of units dropped in training.
      momentum             -- float, the momentum of the BN moving averages.
    Returns:
      model -- tf.keras.Sequential mapping float32 [batch, features] to logits [batch, 10].
    Side effects: none (it builds a new model).
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_build_bn_mlp", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_build_bn_mlp(build_bn_mlp)

# %% [markdown]
# ## 14 — Batch norm in TF1 graph mode: `UPDATE_OPS`
#
# In a TF1 graph nothing runs unless `session.run` needs it. The moving averages of a BN layer
# are `assign` operations whose results no loss depends on — so the train op, which computes
# the loss and applies gradients, does not run them, and the moving averages would never
# move. TF1's batch-norm layers therefore put those assigns in a graph collection,
# `tf.compat.v1.GraphKeys.UPDATE_OPS`, and the train op must be made to depend on them:
#
# ```python
# update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
# with tf.control_dependencies(update_ops):
#     train_op = optimizer.minimize(loss)
# ```
#
# `tf.control_dependencies` makes every operation *created inside the block* wait for the
# listed ones, which therefore run whenever the train op runs. (Collect the update ops after
# building the model, or the list is empty; and create the train op inside the block, not
# after it.) The layer below mirrors what TF1's `tf.layers.batch_normalization` did, with
# low-level operations: a placeholder `is_training` chooses between batch and moving
# statistics, and the moving-average assigns go into `UPDATE_OPS`.

# %%
def batch_norm_v1(z, is_training, momentum=0.9, epsilon=1e-3):
    """TF1 batch norm over the batch axis of z [batch, n]; moving-average assigns -> UPDATE_OPS."""
    n = z.shape[-1]
    gamma = tf.compat.v1.get_variable("gamma", initializer=tf.ones([n]))
    beta = tf.compat.v1.get_variable("beta", initializer=tf.zeros([n]))
    moving_mean = tf.compat.v1.get_variable("moving_mean", initializer=tf.zeros([n]),
                                            trainable=False)
    moving_variance = tf.compat.v1.get_variable("moving_variance", initializer=tf.ones([n]),
                                                trainable=False)
    batch_mean, batch_variance = tf.nn.moments(z, axes=[0])
    for moving, batch_value in [(moving_mean, batch_mean), (moving_variance, batch_variance)]:
        update = moving.assign(momentum * moving + (1 - momentum) * batch_value)
        tf.compat.v1.add_to_collection(tf.compat.v1.GraphKeys.UPDATE_OPS, update)
    mean, variance = tf.cond(is_training, lambda: (batch_mean, batch_variance),
                             lambda: (tf.identity(moving_mean), tf.identity(moving_variance)))
    return tf.nn.batch_normalization(z, mean, variance, beta, gamma, epsilon)


# %% [markdown]
# Implement `build_v1_bn_train_op` for a graph that is already built (the loss and every BN
# layer exist): fetch the update ops, and create `optimizer.minimize(loss)` inside
# `tf.control_dependencies`.

# %% nbgrader={"grade": false, "grade_id": "build_v1_bn_train_op", "locked": false, "schema_version": 3, "solution": true, "task": false}
def build_v1_bn_train_op(loss, optimizer):
    """The TF1 train op of a graph with batch norm, made to run after the UPDATE_OPS.

    Inputs:
      loss      -- scalar float32 tensor of the current default tf.compat.v1 graph.
      optimizer -- a tf.compat.v1.train optimizer (e.g. AdamOptimizer).
    Returns:
      train_op -- the operation that runs one optimization step and, before it, every
                  operation in the graph's UPDATE_OPS collection.
    Side effects: the train op (and the optimizer's variables) are added to the loss's
      graph; nothing runs.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_build_v1_bn_train_op", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_build_v1_bn_train_op(build_v1_bn_train_op)

# %% [markdown]
# Now the same TF1 network, `784 → 256 (BN, ReLU) → 128 (BN, ReLU) → 10`, trained twice with
# Adam: once with your train op, once with a plain `optimizer.minimize(loss)` that forgets
# the update ops. Both learn equally well *in training mode*, since training uses the batch
# statistics either way. The difference shows at inference, which relies on the moving
# averages.

# %%
def v1_bn_network(hidden_units, attach_update_ops, seed):
    """A TF1 graph with BN in each hidden layer; returns (graph, {name: tensor or op})."""
    graph = tf.Graph()
    with graph.as_default():
        tf.compat.v1.set_random_seed(seed)
        X = tf.compat.v1.placeholder(tf.float32, [None, 784], name="X")
        y = tf.compat.v1.placeholder(tf.int64, [None], name="y")
        is_training = tf.compat.v1.placeholder_with_default(False, [], name="is_training")
        A = X
        for l, units in enumerate(hidden_units, start=1):
            with tf.compat.v1.variable_scope(f"hidden{l}"):
                W = tf.compat.v1.get_variable("W", [A.shape[-1], units],
                                              initializer=tf.compat.v1.initializers.he_normal())
                A = tf.nn.relu(batch_norm_v1(tf.matmul(A, W), is_training))
        with tf.compat.v1.variable_scope("output"):
            W = tf.compat.v1.get_variable("W", [A.shape[-1], 10],
                                          initializer=tf.compat.v1.initializers.he_normal())
            b = tf.compat.v1.get_variable("b", initializer=tf.zeros([10]))
            logits = tf.matmul(A, W) + b
        loss = compute_cost_tf(logits, y)
        optimizer = tf.compat.v1.train.AdamOptimizer(1e-3)
        train_op = (build_v1_bn_train_op(loss, optimizer) if attach_update_ops
                    else optimizer.minimize(loss))
        net = {"X": X, "y": y, "is_training": is_training, "train_op": train_op,
               "accuracy": accuracy_tf(logits, y),
               "moving_mean": tf.compat.v1.global_variables("hidden1/moving_mean")[0],
               "init": tf.compat.v1.global_variables_initializer()}
    return graph, net


rows = []
for attach in (True, False):
    graph, net = v1_bn_network((256, 128), attach, seed=0)
    with tf.compat.v1.Session(graph=graph) as session:
        session.run(net["init"])
        for epoch in range(V1_EPOCHS):
            order = np.random.default_rng(epoch).permutation(len(y_train))
            for first in range(0, len(order), 128):
                batch = order[first:first + 128]
                session.run(net["train_op"], {net["X"]: X_train[batch],
                                              net["y"]: y_train[batch],
                                              net["is_training"]: True})
        test = {net["X"]: X_test, net["y"]: y_test}
        rows.append(["with UPDATE_OPS" if attach else "plain minimize",
                     np.round(session.run(net["moving_mean"])[:3], 3),
                     session.run(net["accuracy"], test),
                     session.run(net["accuracy"], {**test, net["is_training"]: True})])
plots.print_table(rows, ["train op", "moving mean (3 units)", "test acc, inference",
                         "test acc, batch statistics"])

# %% [markdown]
# Without the control dependency the moving means are still exactly 0 (and the variances 1)
# after all those steps, so at inference every BN layer "normalizes" with the wrong
# statistics and the test accuracy falls. The weights are not to blame: both runs start from
# the same seed and the update ops do not touch the gradients, so they end with *identical*
# weights — the last column, which normalizes with batch statistics, scores the same. How far
# the accuracy falls depends on how far the real statistics are from 0 and 1; in deeper
# networks the errors compound layer after layer. In TF2 the Keras
# layer updates its moving averages itself whenever it is called with `training=True`, which
# is why `train_step` had to pass that flag.
#
# ## 15 — Capstone: 98% on MNIST
#
# Put the pieces together on the **full** training set: `build_bn_mlp` with one hidden layer
# of 512 units and the other defaults (BN before the ReLU, dropout 0.4, BN momentum 0.9), Adam,
# a staircase exponential decay that halves the learning rate (from 0.01) after every epoch,
# and your `train_step`, traced with `tf.function`. After each epoch we evaluate on the full
# test set in inference mode. The goal is at least 98% test accuracy.

# %%
if GRADING:
    X_full, y_full, hidden, capstone_epochs = X_train, y_train, (64,), 1
else:
    X_full, y_full = data.load_mnist("train", layout="rows", one_hot=False)
    hidden, capstone_epochs = (512,), 4
batch_size = 128
steps_per_epoch = int(np.ceil(len(y_full) / batch_size))
schedule = make_exponential_decay(0.01, steps_per_epoch, 0.5, staircase=True)

tf.keras.utils.set_random_seed(1)
model = build_bn_mlp(hidden)
optimizer = tf.keras.optimizers.Adam(schedule(0))
fast_step = tf.function(train_step)
history = {"cost": [], "seconds": []}
rows = []
tic = time.perf_counter()
for epoch in range(capstone_epochs):
    for X_batch, y_batch in batches(X_full, y_full, batch_size, seed=epoch):
        optimizer.learning_rate = schedule(len(history["cost"]))
        history["cost"].append(float(fast_step(model, optimizer, X_batch, y_batch)))
        history["seconds"].append(time.perf_counter() - tic)
    test_logits = model(X_test, training=False)
    rows.append([epoch + 1, float(optimizer.learning_rate),
                 float(accuracy_tf(test_logits, y_test)), f"{time.perf_counter() - tic:.1f}"])

plots.print_table(rows, ["epoch", "learning rate", "test accuracy", "seconds"])
fig, ax = plt.subplots(figsize=(7, 3.5))
layers = "-".join(str(size) for size in (784, *hidden, 10))
plots.plot_costs({f"{layers}, BN + dropout": history}, ax=ax, log_y=True,
                 title=f"Capstone: {len(y_full):,} training examples, {capstone_epochs} epochs")
plt.show()
print(f"final test accuracy {rows[-1][2]:.4f} after {capstone_epochs} epochs "
      f"and {time.perf_counter() - tic:.0f} s")

# %% [markdown]
# On the full data the network passes 98% within a few epochs on a laptop CPU. (The default
# of 1024 hidden units, as in the TF1 example this course started from, gets there in as many
# epochs, at twice the cost per epoch.) The
# learning-rate column shows the staircase: one rate per epoch, half the previous one.
# Dropout and batch norm both regularize; BN also makes the large first learning rate
# safe, since the scale of each layer's inputs no longer depends on the weights before it.
#
# ## What to remember
#
# - TensorFlow 2 runs eagerly; `tf.GradientTape` records operations on variables and
#   returns their gradients, so there is no backward pass to write. NumPy detours break the
#   record. `tf.function` traces a function into a graph for speed; Python side effects only
#   run while tracing.
# - TF1 built a graph first (placeholders, variables) and ran it in a `Session` with a
#   `feed_dict`; in TF2 placeholders became function arguments and sessions became calls.
# - TensorFlow puts examples in rows: `X` is `[batch, features]`, `Z = X @ W + b` with
#   `W` `[n_in, n_out]` — the transpose of the NumPy convention.
# - The output layer has no activation: the loss takes logits (`from_logits=True`).
#   A softmax before such a loss is a double softmax that caps how low the cost can go.
# - The sparse cross-entropy takes integer labels `[batch]`, the dense one one-hot labels
#   `[batch, classes]`; same value. Per-example losses need a `tf.reduce_mean`.
# - Predictions and accuracy use `tf.argmax(logits, axis=1)`; cast to float before
#   averaging.
# - Softmax for exactly one class among many; an independent sigmoid per class (and a
#   threshold) for multi-label outputs.
# - Exponential decay: `lr0 * rate ** (step / decay_steps)`, floored in staircase mode.
# - Keras batch norm: `training=True` uses batch statistics and updates the moving averages,
#   `training=False` uses the averages; defaults `momentum=0.99`, `epsilon=1e-3`; `axis=-1`
#   fits dense and conv layers; drop the bias of the layer before BN; `scale` can go before a
#   ReLU.
# - In TF1 graphs the moving averages update only if the train op depends on `UPDATE_OPS`
#   (`tf.control_dependencies`); forget it and inference uses the initial statistics.

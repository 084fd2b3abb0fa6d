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
# # Assignment 03 — Dropout
#
# Give a network with a few hundred thousand weights only a thousand training images and it
# will learn them by heart: the training accuracy climbs to 100 % while the test accuracy
# stalls well below. Assignment 02 fought this with an L2 penalty on the weights. Here you
# implement the other classic remedy, **dropout**: during training, every hidden unit is
# switched off at random, independently for every example and at every step, so the network
# can never count on any particular unit being there.
#
# You will write the forward and the backward pass of a network with dropout, then train
# the same over-sized network on 1,000 MNIST digits three ways — without regularization,
# with L2, and with dropout — and compare how far each one's test accuracy falls behind its
# training accuracy.
#
# **You will learn to**
# - implement *inverted* dropout: draw a 0/1 mask with `rand < keep_prob`, multiply the
#   activation by it and divide by `keep_prob`;
# - backpropagate through dropout by reusing the *same* mask, and say why a new one would
#   be wrong;
# - apply dropout to hidden layers only — never to the input or the output layer — and
#   only during training, never at test time;
# - explain why randomly removing units makes a network generalize better.
#
# **Conventions** (the same in all NumPy assignments): examples are *columns*. `X` has shape
# `(n_x, m)`, one-hot labels `Y` have shape `(10, m)`, `W[l]` has shape `(n[l], n[l-1])` and
# `b[l]` has shape `(n[l], 1)`. Hidden layers use ReLU, the output layer is a softmax, and
# the cost is the cross-entropy averaged over the `m` examples. `caches` is a list with one
# dict per layer, `caches[l-1]` holding the layer's input `"A_prev"`, its `"W"`, `"b"` and
# its linear output `"Z"` — the format of `dlbasics.nn`, whose building blocks you may use.
#
# Write your code between `# YOUR CODE HERE` and the end of each graded function, and run
# the test cell below it. The visible tests catch the common slips; the autograder runs more
# thorough hidden checks on fresh inputs when you submit.

# %%
import itertools
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import dropout as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TEST = 2_000 if GRADING else None  # None: the whole test set
ROUNDS, EPOCHS_PER_ROUND = (2, 1) if GRADING else (12, 10)

# %% [markdown]
# ## The data: a training set small enough to memorise
#
# We keep only 1,000 training digits (a stratified subset: every digit in its natural
# proportion) and measure generalization on the 10,000 test digits. With so few examples
# and a network of 784 → 256 → 128 → 10 units (about 235,000 weights), there is far more
# capacity than data — the situation in which regularization earns its keep.

# %%
X_train, Y_train = data.load_mnist("train", n=1_000, seed=0)
X_test, Y_test = data.load_mnist("test", n=N_TEST, seed=0)
print("X_train:", X_train.shape, X_train.dtype, " Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, X_test.dtype, " Y_test: ", Y_test.shape)

layer_dims = [784, 256, 128, 10]

# %% [markdown]
# ## 1 — Dropout in the forward pass
#
# ### The idea
#
# At every training step, each hidden unit is kept with probability `keep_prob` and
# otherwise set to zero, for that step and that example only. A layer of 256 units then
# trains, step after step, a different random sub-network — a "thinned" network — and all
# of these sub-networks share the same weights. Two things follow:
#
# - **No unit can rely on another one.** A unit whose usefulness depends on a few specific
#   partners being active (a fragile *co-adaptation*, typical of memorising individual
#   training images) is punished whenever a partner is missing. What survives are features
#   that are useful on their own, and each unit spreads its weight over many inputs instead
#   of betting on a few — an effect much like L2's shrinking of the weights.
# - **An implicit ensemble.** A network with `n` hidden units contains `2^n` thinned
#   networks. Training with dropout trains a huge family of them at once, with shared
#   weights; the full network used at test time behaves roughly like their average, and
#   averages of many models overfit less than any single one.
#
# ### Inverted dropout
#
# For hidden layer `l`, compute the activation as usual, draw a mask of the same shape, and
# keep the units where the mask is 1. Writing $p$ for `keep_prob`:
#
# $$ A^{[l]} = \mathrm{relu}\big(Z^{[l]}\big), \qquad
#    D^{[l]}_{ij} = \begin{cases} 1 & \text{if } u_{ij} < p \\
#                                0 & \text{otherwise} \end{cases}, \quad
#    u_{ij} \sim \mathcal{U}[0, 1), \qquad
#    A^{[l]} \leftarrow \frac{A^{[l]} \odot D^{[l]}}{p}. $$
#
# Why divide by `keep_prob`? A unit survives with probability `keep_prob`, so without the
# division the next layer would receive on average only `keep_prob` times the signal it
# gets from the full network. Dividing restores the expected value,
# $\mathbb{E}\big[A \odot D / p\big] = A$, so the next layer sees inputs
# of the same scale during training and at test time. This is what makes the dropout
# *inverted*: all the correction happens during training, and at test time you simply run
# the plain network — no mask, no rescaling.
#
# ### Where dropout goes — and where it does not
#
# - **Hidden layers only.** The input `X` is never dropped: `caches[0]["A_prev"]` must be
#   `X` itself (throwing away pixels is a different technique with its own trade-offs).
#   The output layer is never dropped either: its softmax must remain a probability
#   distribution over the ten digits.
# - **A fresh mask for every layer and every example**: the mask has the full shape
#   `(n[l], m)` of the activation, not one value per unit shared by the whole batch.
# - **Only during training.** At test time we use `nn.model_forward`, which has no dropout.
#
# ### What to store, and the dtypes
#
# The backward pass will need each mask, so store the mask of hidden layer `l` in that
# layer's cache, as `caches[l-1]["D"]` (the output layer's cache has no `"D"`). Store `Z`
# as it is, `W A_prev + b` *before* any dropout: the mask acts on the activation, not on
# `Z`. The input of the next layer, its `"A_prev"`, is the activation *after* dropout.
#
# Keep the mask **boolean** (`rand < keep_prob` already is). Multiplying a float32 array by
# a boolean one gives float32; multiplying it by a float64 mask (for example after
# `.astype(float)`) would silently turn all activations into float64 — twice the memory,
# slower, and not what the caller passed in. The contract is: float32 in, float32 out.
#
# ### Randomness
#
# Create one generator from `seed` at the start of the function, for example
# `rng = np.random.default_rng(seed)`, and draw each layer's mask from it with
# `rng.random(shape)` (the older `np.random.seed(seed)` with `np.random.rand(...)` works too).
# Seed *once*, before the loop: re-seeding inside it would give layers of equal width the
# same mask. The grader does not expect particular random numbers; it checks that your
# output is consistent with the masks you store, that about `keep_prob` of the units are
# kept, and that the same seed gives the same masks.
#
# Use `nn.linear_forward`, `nn.relu` and `nn.softmax` for the parts that are not dropout.

# %% nbgrader={"grade": false, "grade_id": "forward_propagation_with_dropout", "locked": false, "schema_version": 3, "solution": true, "task": false}
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    """Forward pass [LINEAR -> RELU -> DROPOUT] x (L-1) -> LINEAR -> SOFTMAX, inverted dropout.

    Inputs:
      X          -- array (n_x, m), one example per column; float32 or float64.
      parameters -- dict {"W1": (n1, n_x), "b1": (n1, 1), ..., "WL", "bL"}, dtype of X.
      keep_prob  -- float in (0, 1]: probability of keeping each hidden unit.
      seed       -- int, seed of the random generator (same seed -> same masks).
    Returns:
      AL     -- array (n[L], m): softmax probabilities, dtype of X.
      caches -- list of L dicts; caches[l-1], for layer l = 1..L, holds
                "A_prev" (n[l-1], m): the layer's input (X for l = 1, else the previous
                          layer's activation after dropout),
                "W", "b": the layer's parameters,
                "Z"      (n[l], m): W A_prev + b, before any dropout,
                "D"      (n[l], m), hidden layers l < L only: the boolean mask applied to
                          the layer's activation (True = kept).
                Every float array keeps the dtype of X.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_forward_propagation_with_dropout", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_forward_propagation_with_dropout(forward_propagation_with_dropout)

# %% [markdown]
# ### Check the claim: dividing by `keep_prob` preserves the expected activation
#
# Run a batch of digits through an untrained network with `keep_prob = 0.5` and compare the
# average activation of the first hidden layer in three versions: the plain activation
# `relu(Z1)`, the masked one without rescaling, and what your function passes on to layer 2.
# Also look at the fraction of units kept in each hidden layer.

# %%
start = nn.initialize_parameters(layer_dims, seed=1)
_, probe = forward_propagation_with_dropout(X_train[:, :500], start, keep_prob=0.5, seed=0)
plain = nn.relu(probe[0]["Z"])
print(f"mean of relu(Z1):                  {plain.mean():.4f}")
print(f"mean of relu(Z1) * D1:             {(plain * probe[0]['D']).mean():.4f}"
      "   (half of the signal is missing)")
print(f"mean of the input of layer 2:      {probe[1]['A_prev'].mean():.4f}"
      "   (inverted dropout: the scale is back)")
for l, cache in enumerate(probe[:-1], start=1):
    print(f"layer {l}: kept fraction {cache['D'].mean():.3f}, mask dtype {cache['D'].dtype}, "
          f"activation dtype {probe[l]['A_prev'].dtype}")

# %% [markdown]
# ## 2 — Dropout in the backward pass
#
# In the forward pass, hidden layer `l` computes $A = \mathrm{relu}(Z) \odot D / p$ (with
# $p$ = `keep_prob`) and a mask `D` that is, for this step, just a fixed array of zeros and
# ones. Differentiating the same expression gives the backward rule:
#
# $$ dZ^{[l]} = \left( \frac{dA^{[l]} \odot D^{[l]}}{p} \right) \odot
#    \mathbf{1}\big[Z^{[l]} > 0\big]. $$
#
# A unit that was dropped contributed nothing to the cost, so it receives no gradient; a
# kept unit was amplified by `1 / keep_prob`, so its gradient is amplified by the same
# factor. This only works with **the same mask** as the forward pass — the one stored in
# `caches[l-1]["D"]`. Drawing a new mask in the backward pass would send gradients to units
# that never took part in the computation and withhold them from units that did: the result
# is no longer the gradient of anything.
#
# The rest is the usual backward pass of `nn.model_backward`:
#
# - the forward pass's output is not among the arguments; recompute it from the cache as
#   `AL = nn.softmax(caches[-1]["Z"])`. With softmax and cross-entropy together, the output
#   layer starts from $dZ^{[L]} = (A^{[L]} - Y) / m$, where the division by `m` comes from
#   averaging the cost over the examples;
# - for every layer, from `L` down to 1, `nn.linear_backward(dZ, caches[l-1])` gives
#   `dA_prev`, `dW{l}` and `db{l}`; then, for `l > 1`, apply the mask of layer `l - 1` with the
#   division by `keep_prob`, and go through the ReLU with `nn.relu_backward` and the `Z` of
#   layer `l - 1`.
#
# Gradients keep the dtype of the inputs, as in the forward pass.

# %% nbgrader={"grade": false, "grade_id": "backward_propagation_with_dropout", "locked": false, "schema_version": 3, "solution": true, "task": false}
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    """Backward pass of forward_propagation_with_dropout, reusing the masks it stored.

    Inputs:
      X         -- array (n_x, m): the inputs of the forward pass.
      Y         -- array (n[L], m): one-hot labels, dtype of X.
      caches    -- list of L dicts returned by forward_propagation_with_dropout (with the
                   boolean masks "D" of the hidden layers).
      keep_prob -- float: the keep_prob of that forward pass.
    Returns:
      grads -- dict {"dW1": (n1, n_x), "db1": (n1, 1), ..., "dWL", "dbL"}: the gradients
               of the cross-entropy cost averaged over the m examples, dtype of X.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_backward_propagation_with_dropout", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_backward_propagation_with_dropout(backward_propagation_with_dropout)

# %% [markdown]
# ### How the visible test knows the right answer
#
# Dropout makes the cost random, so comparing a backward pass with a numerical gradient
# only makes sense when the masks are held **fixed**: the public test builds a forward pass
# with given masks and differentiates its cost numerically, one parameter at a time.
# (Assignment 04 is about gradient checking; the usual advice there — switch dropout off
# while checking — is the same idea.)
#
# A second sanity check needs no numerics: with `keep_prob = 1` every mask is all ones,
# nothing is dropped or rescaled, and your two functions must agree with the plain network.

# %%
AL, caches = forward_propagation_with_dropout(X_train[:, :200], start, keep_prob=1.0)
AL_plain, caches_plain = nn.model_forward(X_train[:, :200], start)
grads = backward_propagation_with_dropout(X_train[:, :200], Y_train[:, :200], caches, 1.0)
grads_plain = nn.model_backward(AL_plain, Y_train[:, :200], caches_plain)
print("largest difference in AL:        ", np.abs(AL - AL_plain).max())
print("largest difference in gradients: ",
      max(np.abs(grads[key] - grads_plain[key]).max() for key in grads_plain))

# %% [markdown]
# ## 3 — The experiment: no regularization vs L2 vs dropout
#
# Same network (784 → 256 → 128 → 10, He initialization), same 1,000 training digits, same
# mini-batch gradient descent (batches of 100, learning rate 0.1, 120 epochs); only the
# regularization differs.
#
# - **None**: `nn.model_forward` and `nn.model_backward`.
# - **L2** (assignment 02): the cost gains the term
#   $\frac{\lambda}{2m}\sum_l \lVert W^{[l]} \rVert_F^2$ (weights only, not biases), so every
#   weight gradient gains $\frac{\lambda}{m} W^{[l]}$. Gradient descent only needs the
#   gradient, so the few lines below add that term to `nn.model_backward`'s result; `m` is
#   the size of the mini-batch, the number of examples the cost averages over.
# - **Dropout**: your two functions, with `keep_prob = 0.6`. The forward pass gets a new
#   seed at every step, so each step trains a different thinned network; the backward pass
#   of that step reuses the masks of its own forward pass through `caches`.
#
# After every 10 epochs we record the training accuracy, the test accuracy and the test
# cost, always measured with the plain network — no dropout at test time.

# %%
LEARNING_RATE, BATCH_SIZE = 0.1, 100
LAMBD = 0.5        # L2 strength
KEEP_PROB = 0.6    # dropout: probability of keeping a hidden unit
mask_seeds = itertools.count()  # one new seed, hence new masks, per training step


def l2_backward(AL, Y, caches):
    """nn.model_backward plus the L2 term LAMBD / m * W for every weight matrix."""
    grads = nn.model_backward(AL, Y, caches)
    m = Y.shape[1]
    for l, cache in enumerate(caches, start=1):
        grads[f"dW{l}"] = grads[f"dW{l}"] + LAMBD / m * cache["W"]
    return grads


def dropout_forward(X, parameters):
    """Your forward pass with KEEP_PROB and a new mask seed at every call."""
    return forward_propagation_with_dropout(X, parameters, KEEP_PROB, seed=next(mask_seeds))


def dropout_backward(AL, Y, caches):
    """Your backward pass; the inputs X of the step are the first cache's A_prev."""
    return backward_propagation_with_dropout(caches[0]["A_prev"], Y, caches, KEEP_PROB)


def evaluate(X, Y, parameters):
    """(accuracy, cost) of the plain network -- no dropout -- on X (784, m), Y (10, m)."""
    AL, _ = nn.model_forward(X, parameters)
    accuracy = float(np.mean(np.argmax(AL, axis=0) == np.argmax(Y, axis=0)))
    return accuracy, nn.compute_cost(AL, Y)


def train_and_track(forward, backward):
    """Train from `start`; record accuracies and test cost after every round of epochs.

    Returns: (parameters, curve) where curve has lists "epoch", "train acc", "test acc"
      and "test cost", one value per round.
    """
    parameters = start
    curve = {"epoch": [], "train acc": [], "test acc": [], "test cost": []}
    for round_ in range(ROUNDS):
        parameters, _ = nn.train(X_train, Y_train, parameters, num_epochs=EPOCHS_PER_ROUND,
                                 learning_rate=LEARNING_RATE, batch_size=BATCH_SIZE,
                                 seed=round_, forward=forward, backward=backward,
                                 progress=False)
        test_acc, test_cost = evaluate(X_test, Y_test, parameters)
        curve["epoch"].append((round_ + 1) * EPOCHS_PER_ROUND)
        curve["train acc"].append(evaluate(X_train, Y_train, parameters)[0])
        curve["test acc"].append(test_acc)
        curve["test cost"].append(test_cost)
    return parameters, curve


methods = {
    "none": (nn.model_forward, nn.model_backward),
    f"L2 (lambda={LAMBD})": (nn.model_forward, l2_backward),
    f"dropout (keep_prob={KEEP_PROB})": (dropout_forward, dropout_backward),
}
trained, curves, rows = {}, {}, []
for name, (forward, backward) in methods.items():
    tic = time.perf_counter()
    trained[name], curves[name] = train_and_track(forward, backward)
    seconds = time.perf_counter() - tic
    curve = curves[name]
    rows.append([name, curve["train acc"][-1], curve["test acc"][-1],
                 curve["train acc"][-1] - curve["test acc"][-1], curve["test cost"][-1],
                 max(curve["test acc"]), f"{seconds:.1f}"])
    print(f"{name}: done in {seconds:.1f} s")

# %%
fig, (ax_acc, ax_cost) = plt.subplots(1, 2, figsize=(12, 4.5))
for (name, curve), color in zip(curves.items(), ["tab:red", "tab:blue", "tab:green"]):
    ax_acc.plot(curve["epoch"], curve["train acc"], "--", color=color,
                label=f"{name}, train")
    ax_acc.plot(curve["epoch"], curve["test acc"], "-", color=color, label=f"{name}, test")
    ax_cost.plot(curve["epoch"], curve["test cost"], "-", color=color, label=name)
ax_acc.set(xlabel="epoch", ylabel="accuracy", title="Accuracy: train (dashed) vs test (solid)")
ax_acc.legend(fontsize=8, loc="center")
ax_cost.set(xlabel="epoch", ylabel="cross-entropy", title="Test cost")
ax_cost.legend(fontsize=8)
fig.suptitle(f"784-256-128-10 network on {X_train.shape[1]:,} MNIST training digits")
plt.show()
plots.print_table(rows, ["regularization", "train acc", "test acc", "gap", "test cost",
                         "best test acc", "seconds"])

# %% [markdown]
# ### Reading the results
#
# - **None.** The training accuracy reaches 100 % within the first rounds and the test
#   accuracy levels off about ten points lower: the network has memorised its thousand
#   images. The test cost shows the overfitting most clearly — after its minimum it
#   *rises*, because the network grows ever more confident, including on the test digits
#   it gets wrong.
# - **L2.** Shrinking the weights keeps the network less confident: its test cost stays
#   the lowest and no longer climbs. Its test accuracy moves little at this `lambda`; a
#   larger one starts to cost training accuracy (high bias) before it helps the test
#   accuracy much — the sweep of assignment 02 shows that trade-off.
# - **Dropout.** The training accuracy still reaches 100 % (the plain network, evaluated
#   without masks, is stronger than any of the thinned ones it was trained as), but the
#   test accuracy is the highest of the three, about a point above the unregularized
#   network. Its test cost also rises late in training: dropout slows memorisation down
#   more than it prevents it, which is why it is often combined with early stopping or L2.
#
# The exact numbers depend on the seeds, but the ranking of the test accuracies — and the
# gap between training and test that none of the methods closes fully on 1,000 examples —
# is stable. The best cure for overfitting remains more data; regularization is what you do
# when you cannot get it.
#
# ## 4 — No dropout at test time
#
# Dropout is a training-time device. At test time we want the network's best guess, and
# that is the full network: inverted dropout already made its activations the right scale.
# Leaving dropout switched on at test time makes the predictions random — the same digit can
# be classified differently from one run to the next — and worse on average, because every
# prediction then comes from a single thinned network. The cell below evaluates the
# dropout-trained network both ways.

# %%
dropout_params = trained[f"dropout (keep_prob={KEEP_PROB})"]
print(f"test accuracy without dropout (the right way): "
      f"{evaluate(X_test, Y_test, dropout_params)[0]:.4f}")
for seed in range(3):
    AL, _ = forward_propagation_with_dropout(X_test, dropout_params, KEEP_PROB, seed=seed)
    accuracy = np.mean(np.argmax(AL, axis=0) == np.argmax(Y_test, axis=0))
    print(f"test accuracy with dropout left on, seed {seed}: {accuracy:.4f}")

# %% [markdown]
# ## What to remember
#
# - Dropout switches hidden units off at random during training — a new mask for every
#   step, every layer and every example. No unit can rely on specific partners, and the
#   network behaves like an average of the many thinned networks it was trained as; both
#   reduce overfitting.
# - **Inverted dropout**: mask `D = rand < keep_prob`, then `A = A * D / keep_prob`. The
#   division keeps the expected activation unchanged, so nothing changes at test time.
# - The backward pass reuses **the same mask**, with the same division by `keep_prob`:
#   `dA = dA * D / keep_prob` before the ReLU's derivative.
# - Dropout goes on **hidden layers only** — never on the input or the output layer — and
#   is used **only during training**, never when predicting.
# - Dropout makes the cost a random quantity: to check gradients, hold the masks fixed (or
#   switch dropout off).
# - On a small training set, dropout gave the best test accuracy here and L2 the most
#   sensible confidence; neither replaces more data.

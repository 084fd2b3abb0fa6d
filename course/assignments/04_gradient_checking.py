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
# # Assignment 04 — Gradient checking
#
# A backward pass is easy to get *almost* right. A forgotten `1/m`, a derivative taken with
# respect to the wrong variable, a mask with `>=` where `>` was meant: the code still runs,
# every shape still matches, and training often still lowers the cost — just worse than it
# should, in a way nobody notices. The cost itself, on the other hand, is easy to compute
# correctly: it is a short formula evaluated forward. Gradient checking uses the easy thing
# to test the hard one. It measures, numerically, how the cost changes when a parameter is
# nudged, and compares that with what the backward pass claims.
#
# **You will learn to**
# - approximate a derivative with the two-sided difference and explain why it is much more
#   accurate than the one-sided one;
# - compare two gradients with the *relative* difference and read its value (about 1e-7 or
#   below: fine; about 1e-3 or above: a bug);
# - check every parameter of a network at once by flattening the parameter dict into one
#   vector, and trace a disagreement back to the parameter it comes from;
# - find and fix three bugs planted in a backward pass, guided only by your checker;
# - say why a gradient check must not run with dropout on, and why it is a debugging tool,
#   never part of training.
#
# **Conventions** (as in all NumPy assignments): examples are columns, `X` is `(n_x, m)`,
# one-hot `Y` is `(10, m)`, `W{l}` is `(n[l], n[l-1])`, `b{l}` is `(n[l], 1)`, gradients are
# `{"dW1": ..., "db1": ..., ...}` with the same shapes, the cost is the cross-entropy averaged
# over the `m` examples.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, gradcheck, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import gradient_checking as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_CHECK, HIDDEN = (8, 2) if GRADING else (32, 8)  # examples and hidden units checked
N_TRAIN, N_TEST, EPOCHS = (1_000, 1_000, 1) if GRADING else (10_000, 10_000, 3)

X_train, Y_train = data.load_mnist("train", n=N_TRAIN, seed=0)
X_test, Y_test = data.load_mnist("test", n=N_TEST, seed=0)
print("X_train:", X_train.shape, " X_test:", X_test.shape)

# %% [markdown]
# ## 1 — One parameter
#
# ### The two-sided difference
#
# The derivative of a function $J$ of one number $\theta$ is the limit of a slope:
#
# $$ J'(\theta) = \lim_{\varepsilon \to 0} \frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2\varepsilon}. $$
#
# On a computer we cannot take the limit, but we can pick a small $\varepsilon$ and evaluate
# the fraction. How good is it? Expand $J$ around $\theta$ (Taylor):
#
# $$ J(\theta \pm \varepsilon) = J(\theta) \pm \varepsilon J'(\theta)
#    + \tfrac{\varepsilon^2}{2} J''(\theta) \pm \tfrac{\varepsilon^3}{6} J'''(\theta) + \dots $$
#
# Subtracting the two expansions cancels every even power, so
#
# $$ \frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2\varepsilon}
#    = J'(\theta) + \tfrac{\varepsilon^2}{6} J'''(\theta) + \dots
#    \qquad\text{(two-sided: error} \propto \varepsilon^2), $$
#
# while the one-sided slope keeps the curvature term:
#
# $$ \frac{J(\theta + \varepsilon) - J(\theta)}{\varepsilon}
#    = J'(\theta) + \tfrac{\varepsilon}{2} J''(\theta) + \dots
#    \qquad\text{(one-sided: error} \propto \varepsilon). $$
#
# With $\varepsilon = 10^{-7}$ the two-sided error is of order $10^{-14}$ times $J'''$, the
# one-sided one of order $10^{-7}$ times $J''$. The two-sided version costs one extra
# evaluation of $J$ and is worth it: its own error is far below anything a real bug produces,
# so a disagreement can be blamed on the gradient, not on the approximation.
#
# ### The relative difference
#
# Call $g$ the derivative the backward pass claims and $g_{\text{approx}}$ the two-sided
# estimate. Their plain difference $|g - g_{\text{approx}}|$ means nothing on its own: an
# error of $10^{-4}$ is negligible for a gradient of size 100 and disastrous for a gradient
# of size $10^{-4}$. So we divide by the sizes of both:
#
# $$ \text{difference} = \frac{\lVert g - g_{\text{approx}} \rVert_2}
#                            {\lVert g \rVert_2 + \lVert g_{\text{approx}} \rVert_2}. $$
#
# For one parameter the norms are absolute values. This number does not change when the cost
# is multiplied by a constant, lies between 0 and 1 whatever the signs, and treats the two
# gradients alike (neither is "the truth"). With $\varepsilon = 10^{-7}$ in double precision:
#
# | difference | reading |
# | --- | --- |
# | below about $10^{-7}$ | the gradient is right |
# | around $10^{-5}$ | suspicious: look more closely |
# | $10^{-3}$ or more | almost certainly a bug |
#
# **Exercise.** Implement `gradient_check_1d`. `J` and `dJ` are Python functions of one
# number: `J(theta)` is the cost, `dJ(theta)` the derivative claimed by "backprop".

# %% nbgrader={"grade": false, "grade_id": "gradient_check_1d", "locked": false, "schema_version": 3, "solution": true, "task": false}
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    """Relative difference between dJ(theta) and the two-sided difference of J at theta.

    Inputs:
      J       -- function of one float returning the cost (a float).
      dJ      -- function of one float returning the claimed derivative J'(theta) (a float).
      theta   -- float, the point where the derivative is checked.
      epsilon -- float, the step of the two-sided difference (default 1e-7).
    Returns:
      difference -- float, |g - g_approx| / (|g| + |g_approx|) where g = dJ(theta) and
                    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_gradient_check_1d", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_gradient_check_1d(gradient_check_1d)

# %% [markdown]
# ### A slip the checker catches
#
# Take $J(\theta) = \theta^3 + 2\sin(3\theta)$. Its derivative is
# $3\theta^2 + 6\cos(3\theta)$; a classic slip forgets the inner factor 3 of the chain rule
# and writes $3\theta^2 + 2\cos(3\theta)$. Both "derivatives" have the right shape and a
# plausible size; the checker tells them apart at once.

# %%
def J_demo(theta):
    return theta ** 3 + 2 * np.sin(3 * theta)


def dJ_demo(theta):
    return 3 * theta ** 2 + 6 * np.cos(3 * theta)


def dJ_slip(theta):
    return 3 * theta ** 2 + 2 * np.cos(3 * theta)  # chain rule forgotten


THETA0 = 0.3
print(f"right derivative: difference {gradient_check_1d(J_demo, dJ_demo, THETA0):.2e}")
print(f"chain-rule slip:  difference {gradient_check_1d(J_demo, dJ_slip, THETA0):.2e}")

# %% [markdown]
# ### How small should ε be?
#
# The Taylor argument says "smaller is better", but a computer stores about 16 significant
# digits (float64) or 7 (float32). $J(\theta + \varepsilon)$ and $J(\theta - \varepsilon)$
# agree in more and more leading digits as ε shrinks, and their difference keeps only the
# digits that are left: a round-off error of about $u\,|J| / \varepsilon$, where $u$ is the
# precision of the number format ($10^{-16}$ or $6\cdot10^{-8}$). So the error of the
# estimate is a sum of two terms that pull in opposite directions.
#
# The cell below measures the relative difference of the *right* derivative for ε from
# $10^{-13}$ to $10^{-1}$: two-sided with your function, one-sided, and two-sided with $J$
# computed in float32. (A one-sided difference from θ with step ε is exactly a two-sided
# difference centred at θ + ε/2 with step ε/2 — the estimate of a slope taken at the wrong
# point — so your function computes it too.)

# %%
def J_demo_float32(theta):
    t = np.float32(theta)
    return t ** 3 + np.float32(2) * np.sin(np.float32(3) * t)


def dJ_at_theta0(theta):
    return dJ_demo(THETA0)  # the derivative at THETA0, wherever it is asked


epsilons = np.logspace(-13, -1, 49)
curves = {
    "two-sided, float64": [gradient_check_1d(J_demo, dJ_demo, THETA0, e) for e in epsilons],
    "one-sided, float64": [gradient_check_1d(J_demo, dJ_at_theta0, THETA0 + e / 2, e / 2)
                           for e in epsilons],
    "two-sided, float32": [gradient_check_1d(J_demo_float32, dJ_demo, THETA0, e)
                           for e in epsilons],
}
fig, ax = plt.subplots(figsize=(7.5, 4.5))
for label, values in curves.items():
    ax.loglog(epsilons, np.maximum(values, 1e-18), marker=".", label=label)
ax.axvline(1e-7, color="gray", linestyle=":", label="default ε = 1e-7")
ax.axhline(1e-7, color="green", linestyle="--", linewidth=1, label="'fine' below 1e-7")
ax.set_xlabel("ε")
ax.set_ylabel("relative difference (right derivative)")
ax.set_title("Approximation error against the step ε")
ax.legend()
plt.show()

# %% [markdown]
# **Reading the plot.**
# - *Right half* (large ε): the approximation error dominates. The one-sided curve falls
#   like ε (slope 1 on a log-log plot), the two-sided one like ε² (slope 2): at ε = 1e-3 the
#   two-sided difference is already thousands of times more accurate.
# - *Left half* (tiny ε): round-off dominates and grows like 1/ε. The two-sided curve
#   bottoms out between ε ≈ 1e-7 and 1e-5, far below the 1e-7 line: at the default
#   ε = 1e-7 a right derivative is comfortably "fine" (the thresholds of the table above
#   are calibrated for this default). The one-sided curve, by contrast, sits right at the
#   1e-7 line there: its own error is as large as the signal we are looking for.
# - *float32*: with 7 significant digits the round-off term is a billion times larger, and
#   the curve stays above the 1e-7 line for every ε; below a few times 1e-8, θ ± ε even
#   round to the same float32 number, the estimate is 0 and the difference is 1. **Always
#   gradient-check in float64**, even if you train in float32.
#
# ## 2 — Every parameter of a network
#
# A network has thousands of parameters spread over a dict of matrices. The check treats them
# as one long vector θ: the cost is a function $J(\theta)$, and the gradient is a vector of
# the same length. For each entry $i$, nudge *only* $\theta_i$:
#
# $$ g_{\text{approx}, i} = \frac{J(\theta + \varepsilon e_i) - J(\theta - \varepsilon e_i)}{2\varepsilon}, $$
#
# where $e_i$ is the vector with a 1 in position $i$ and zeros elsewhere, then compare the
# whole vector $g_{\text{approx}}$ with the backward pass's gradient $g$ using the relative
# difference above (now with real Euclidean norms).
#
# `dlbasics.gradcheck` does the bookkeeping:
# - `theta, layout = gradcheck.dictionary_to_vector(parameters)` stacks `W1, b1, W2, b2, ...`
#   into one float64 column `(N, 1)` and returns the `layout` (key and shape of each block);
# - `gradcheck.vector_to_dictionary(theta, layout)` cuts a vector back into a parameter dict;
# - `gradcheck.gradients_to_vector(gradients, layout)` stacks `dW1, db1, ...` **in the same
#   order as theta**. Do not rely on the order of the `gradients` dict: `nn.model_backward`,
#   for instance, fills it from the last layer down;
# - `gradcheck.block_of(i, layout)` names the parameter that entry `i` belongs to.

# %%
tiny = nn.initialize_parameters([4, 3, 2], seed=0, dtype=np.float64)
theta, layout = gradcheck.dictionary_to_vector(tiny)
print("layout:", layout)
print("theta:", theta.shape, "| entries 0, 11, 12, 15, 21 belong to",
      [gradcheck.block_of(i, layout) for i in (0, 11, 12, 15, 21)])

# %% [markdown]
# **Exercise.** Implement `gradient_check_n` for the networks of `dlbasics.nn`: the cost at
# a vector `theta` is `nn.compute_cost(AL, Y)` with `AL` from
# `nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))`.
#
# Two details decide whether the result is right:
# - perturb **one entry at a time**, and **put it back** before moving to the next one
#   (either work on copies, `np.copy(theta)`, or restore the entry — but beware that
#   `theta_plus = theta` is not a copy: both names then refer to the same array);
# - leave the caller's `parameters` dict unchanged.

# %% nbgrader={"grade": false, "grade_id": "gradient_check_n", "locked": false, "schema_version": 3, "solution": true, "task": false}
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    """Relative difference between `gradients` and two-sided differences of the network's cost.

    The cost is nn.compute_cost of nn.model_forward (ReLU hidden layers, softmax output).
    Inputs:
      parameters -- dict {"W1": (n1, n0), "b1": (n1, 1), ...} of float arrays; not modified.
      gradients  -- dict {"dW1", "db1", ...} with the same shapes, in any key order: the
                    gradient of the cost claimed by a backward pass.
      X          -- array (n_x, m), the inputs.
      Y          -- array (classes, m), one-hot labels.
      epsilon    -- float, the step of the two-sided difference (default 1e-7).
    Returns:
      difference -- float, ||g - g_approx|| / (||g|| + ||g_approx||) over the vector of all
                    parameters (float64).
    Side effects: none; `parameters` and `gradients` are left unchanged (perturb a copy
      of theta).
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_gradient_check_n", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_gradient_check_n(gradient_check_n)

# %% [markdown]
# ### Checking a backward pass on MNIST
#
# Let us check `nn.model_backward` on a small network (one narrow hidden layer) and a few
# MNIST digits, in float64. As a counter-example, the same gradients with one of the classic
# slips: the bias gradient `db2` summed over the examples but not divided by `m`.

# %%
def verdict(difference):
    """Reading of a relative difference computed with epsilon = 1e-7 in float64."""
    if difference < 1e-7:
        return "fine"
    if difference < 1e-3:
        return "suspicious"
    return "bug"


X_check = X_train[:, :N_CHECK].astype(np.float64)
Y_check = Y_train[:, :N_CHECK].astype(np.float64)
params_check = nn.initialize_parameters([784, HIDDEN, 10], seed=1, dtype=np.float64)

tic = time.perf_counter()
for _ in range(20):
    AL, caches = nn.model_forward(X_check, params_check)
    grads_check = nn.model_backward(AL, Y_check, caches)
seconds_backprop = (time.perf_counter() - tic) / 20

grads_slip = dict(grads_check, db2=grads_check["db2"] * N_CHECK)
rows = []
for name, grads in [("nn.model_backward", grads_check), ("db2 not divided by m", grads_slip)]:
    tic = time.perf_counter()
    difference = gradient_check_n(params_check, grads, X_check, Y_check)
    rows.append([name, f"{difference:.2e}", verdict(difference),
                 f"{time.perf_counter() - tic:.2f}"])
plots.print_table(rows, ["gradients", "relative difference", "verdict", "seconds"])
n_params = gradcheck.dictionary_to_vector(params_check)[0].shape[0]
print(f"\n{n_params:,} parameters -> {2 * n_params:,} forward passes per check; "
      f"one forward + backward pass took {1000 * seconds_backprop:.2f} ms.")

# %% [markdown]
# One check costs two forward passes *per parameter*: here thousands of times the price of
# the backward pass it verifies, and the ratio grows with the network. That is why gradient
# checking is a **debugging tool**: run it on a small network and a handful of examples when
# you write or change a backward pass, then switch it off. Training always uses the
# backward pass, never numerical gradients.
#
# The check also says *that* something is wrong, not *where*: one number summarises the
# whole vector. The next section fixes that.
#
# ## 3 — Hunting bugs in a backward pass
#
# The network of this section differs from those of `dlbasics.nn`: its first hidden layer
# uses **tanh**, its second ReLU, then softmax.
#
# $$ A^{[1]} = \tanh(W^{[1]}X + b^{[1]}), \quad A^{[2]} = \mathrm{relu}(W^{[2]}A^{[1]} + b^{[2]}), \quad
#    A^{[3]} = \mathrm{softmax}(W^{[3]}A^{[2]} + b^{[3]}). $$
#
# The derivative of tanh is $\tanh'(z) = 1 - \tanh^2(z)$, conveniently $1 - (A^{[1]})^2$ from
# the forward pass. The forward pass below stores the same caches as `nn.model_forward`.

# %%
def forward_tanh_relu(X, parameters):
    """Forward pass LINEAR -> TANH -> LINEAR -> RELU -> LINEAR -> SOFTMAX.

    Inputs: X (n_x, m); parameters {"W1", "b1", "W2", "b2", "W3", "b3"}.
    Returns: (AL (classes, m), caches) where caches[l-1] holds "A_prev", "W", "b", "Z" of layer l.
    """
    caches, A = [], X
    for l, activation in ((1, np.tanh), (2, nn.relu), (3, nn.softmax)):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        A = activation(Z)
    return A, caches


# %% [markdown]
# A colleague wrote the backward pass of this network. It runs, every gradient has the right
# shape, and — as the training experiment below shows — the cost goes down when you train
# with it. It contains **three bugs**.

# %%
def backward_propagation_buggy(AL, Y, caches):
    """Backward pass of forward_tanh_relu, with three planted bugs.

    Inputs: AL, Y (classes, m); caches from forward_tanh_relu.
    Returns: grads {"dW1", "db1", "dW2", "db2", "dW3", "db3"}.
    """
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]

    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True)
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 >= 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = 2 * dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


# %% [markdown]
# ### Locating a bug: one block at a time
#
# `gradient_check_n` is tied to the cost of `nn.model_forward`, and even if it were not, its
# single number would not say where the problem is. Your 1-D checker can do both, thanks to
# one fact of calculus: along any direction $d$ in parameter space, the cost
# $J_d(t) = J(\theta + t\,d)$ is a function of one number $t$, and its derivative at
# $t = 0$ is $g \cdot d$, the dot product of the gradient with the direction.
#
# So, for one parameter block at a time (say `W2`), build a direction $d$ that is **zero
# outside that block** and, inside it, points along the gradient the backward pass claims
# for it (scaled to length 1). Then $J_d$ and its claimed derivative
# $t \mapsto g(\theta + t d)\cdot d$ go to `gradient_check_1d`. Only the block's own
# entries move, so only its own gradient is tested. `gradcheck.block_of` tells which block
# each entry of θ belongs to. Each block costs two evaluations of the cost and one backward
# pass, so this is cheap even for a large network.

# %%
def block_differences(forward, backward, parameters, X, Y, epsilon=1e-7):
    """Check the gradient of each parameter block along its own claimed direction.

    Uses your gradient_check_1d on t -> J(theta + t d), where d is the claimed gradient of
    one block (zero elsewhere) scaled to unit length; "all" checks every block at once.
    Inputs: forward(X, parameters) -> (AL, caches); backward(AL, Y, caches) -> grads;
            parameters {"W1", "b1", ...}; X (n_x, m); Y (classes, m); epsilon -- float.
    Returns: {"W1": difference, "b1": ..., ..., "all": difference}.
    """
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    owner = np.array([gradcheck.block_of(i, layout) for i in range(theta.shape[0])])

    def cost(vector):
        AL, _ = forward(X, gradcheck.vector_to_dictionary(vector, layout))
        return nn.compute_cost(AL, Y)

    def gradient(vector):
        AL, caches = forward(X, gradcheck.vector_to_dictionary(vector, layout))
        return gradcheck.gradients_to_vector(backward(AL, Y, caches), layout)

    def along(d):
        """The cost and its claimed derivative on the line theta + t d, as functions of t."""
        return (lambda t: cost(theta + t * d),
                lambda t: (gradient(theta + t * d).T @ d).item())

    claimed = gradient(theta)
    masks = {key: owner[:, None] == key for key, _ in layout}
    masks["all"] = np.ones_like(claimed, dtype=bool)
    differences = {}
    for key, mask in masks.items():
        d = np.where(mask, claimed, 0.0)
        J_line, dJ_line = along(d / np.linalg.norm(d))
        differences[key] = gradient_check_1d(J_line, dJ_line, 0.0, epsilon)
    return differences


bug_dims = [784, HIDDEN, 12, 10]
params_bug = nn.initialize_parameters(bug_dims, method="xavier", seed=2, dtype=np.float64)
buggy = block_differences(forward_tanh_relu, backward_propagation_buggy, params_bug,
                          X_check, Y_check)
plots.print_table([[key, f"{value:.2e}", verdict(value)] for key, value in buggy.items()],
                  ["block", "relative difference", "verdict"])

# %% [markdown]
# ### Reading the table
#
# Gradients flow from the output down. A wrong $dZ^{[l]}$ spoils every gradient of layer
# $l$ *and of every layer below it*, because they are all computed from it. So:
# - read the table **from the output layer down**: the first block that disagrees points to
#   the first line to look at;
# - if `W` and `b` of a layer both disagree, suspect the $dZ$ they share; if only one of them
#   does, suspect the line that computes that one;
# - a layer whose `W` is right has a right $dZ$ — so anything wrong *below* it comes from a
#   line further down.
#
# Fix one bug, run the table again (with your function instead of the buggy one), and repeat
# until every block is fine: a bug higher up can hide the ones below it.
#
# **Exercise.** Write `backward_propagation_fixed`: the backward pass of `forward_tanh_relu`,
# without the three bugs. Start from a copy of `backward_propagation_buggy`. (`nn.model_backward`
# is not an answer: it treats every hidden layer as ReLU.)

# %% nbgrader={"grade": false, "grade_id": "backward_propagation_fixed", "locked": false, "schema_version": 3, "solution": true, "task": false}
def backward_propagation_fixed(AL, Y, caches):
    """Correct backward pass of the LINEAR->TANH->LINEAR->RELU->LINEAR->SOFTMAX network.

    The cost is the cross-entropy averaged over the m examples.
    Inputs:
      AL     -- array (classes, m), softmax output of forward_tanh_relu.
      Y      -- array (classes, m), one-hot labels.
      caches -- list of 3 dicts from forward_tanh_relu; caches[l-1] holds layer l's
                "A_prev" (n[l-1], m), "W" (n[l], n[l-1]), "b" (n[l], 1) and "Z" (n[l], m).
    Returns:
      grads -- dict {"dW1", "db1", "dW2", "db2", "dW3", "db3"}, each with the shape of its
               parameter.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_backward_propagation_fixed", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_backward_propagation_fixed(backward_propagation_fixed, forward_tanh_relu)

# %% [markdown]
# ### Before and after
#
# The same block-by-block check for three backward passes: the buggy one, `nn.model_backward`
# (right for an all-ReLU network, wrong for this one), and yours.

# %%
passes = {"buggy": backward_propagation_buggy, "nn.model_backward": nn.model_backward,
          "fixed (yours)": backward_propagation_fixed}
results = {name: block_differences(forward_tanh_relu, backward, params_bug, X_check, Y_check)
           for name, backward in passes.items()}
keys = list(results["buggy"])
fig, ax = plt.subplots(figsize=(8, 4.5))
width = 0.8 / len(results)
for k, (name, differences) in enumerate(results.items()):
    ax.bar(np.arange(len(keys)) + (k - 1) * width,
           [max(differences[key], 1e-16) for key in keys], width, label=name)
ax.axhline(1e-7, color="green", linestyle="--", linewidth=1, label="fine below 1e-7")
ax.axhline(1e-3, color="red", linestyle="--", linewidth=1, label="bug above 1e-3")
ax.set_xticks(np.arange(len(keys)), keys)
ax.set_yscale("log")
ax.set_ylabel("relative difference")
ax.set_title("Gradient check of each parameter block")
ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))  # beside the bars
fig.tight_layout()
plt.show()
plots.print_table([[key] + [f"{results[name][key]:.1e}" for name in results] for key in keys],
                  ["block"] + list(results))

# %% [markdown]
# ### Why bother? Training with the buggy gradient
#
# Same network (784 → 64 → 32 → 10), same start, same learning rate, same number of epochs;
# only the backward pass and the mini-batch size differ. With a correct gradient, a larger
# batch just means fewer, less noisy steps.

# %%
start = nn.initialize_parameters([784, 64, 32, 10], method="xavier", seed=0)
fig, axes = plt.subplots(1, 2, figsize=(11, 4.4), sharey=True, layout="constrained")
rows = []
for ax, batch_size in zip(axes, (128, 1000)):
    histories = {}
    for name in ("buggy", "fixed (yours)"):
        trained, histories[name] = nn.train(
            X_train, Y_train, start, num_epochs=EPOCHS, learning_rate=0.1,
            batch_size=batch_size, forward=forward_tanh_relu, backward=passes[name],
            desc=f"{name}, batch {batch_size}")
        rows.append([name, batch_size, histories[name]["epoch_cost"][-1],
                     nn.accuracy(X_train, Y_train, trained, forward=forward_tanh_relu),
                     nn.accuracy(X_test, Y_test, trained, forward=forward_tanh_relu)])
    plots.plot_costs(histories, ax=ax, log_y=True, title=f"mini-batches of {batch_size}")
fig.suptitle(f"Training cost, {N_TRAIN:,} examples, {EPOCHS} epochs, learning rate 0.1")
plt.show()
plots.print_table(rows, ["backward pass", "batch size", "final cost", "train acc", "test acc"])

# %% [markdown]
# With batches of 128 the two runs are hard to tell apart — the buggy one may even end a
# little lower, because its wrong factors act like a larger learning rate on some layers.
# Nothing in the cost curve says "bug". With batches of 1000 the buggy run falls apart:
# one of the bugs makes a step grow with the batch size, and at 1000 that step is far too
# large. This is what gradient bugs look like in practice: training "works", until a
# harmless-looking change of a hyperparameter breaks it, and then every explanation but the
# right one gets tried. A cost curve is not a test of a gradient; a gradient check is.

# %% [markdown]
# ## 4 — Never gradient-check with dropout on
#
# Dropout (assignment 03) switches off a random subset of hidden units at every forward
# pass. The cost then is no longer a function of θ alone: evaluate it twice at the *same* θ
# and you get two different numbers. In the two-sided difference, the change of the mask
# between $J(\theta + \varepsilon)$ and $J(\theta - \varepsilon)$ moves the cost by far more
# than the tiny step ε does, and dividing by $2\varepsilon = 2\cdot10^{-7}$ blows that noise
# up into an enormous fake derivative.
#
# The cell below applies inverted dropout to the hidden layer of the MNIST network of
# section 2 and runs the check along the gradient direction with fresh masks, as training
# would. The "claimed" derivative is that of the network without dropout: with dropout on
# there is no fixed function whose derivative could be claimed at all.

# %%
def cost_with_dropout(parameters, X, Y, keep_prob, rng):
    """Cost of the 2-layer ReLU network with inverted dropout on its hidden layer (new mask)."""
    A1 = nn.relu(parameters["W1"] @ X + parameters["b1"])
    A1 = A1 * (rng.random(A1.shape) < keep_prob) / keep_prob
    return nn.compute_cost(nn.softmax(parameters["W2"] @ A1 + parameters["b2"]), Y)


theta_check, layout_check = gradcheck.dictionary_to_vector(params_check)
g = gradcheck.gradients_to_vector(grads_check, layout_check)
d = g / np.linalg.norm(g)
rng = np.random.default_rng(0)
rows = []
for keep_prob in (1.0, 0.99, 0.9, 0.5):
    def J_dropout(t):
        moved = gradcheck.vector_to_dictionary(theta_check + t * d, layout_check)
        return cost_with_dropout(moved, X_check, Y_check, keep_prob, rng)

    spread = np.std([J_dropout(0.0) for _ in range(10)])
    difference = gradient_check_1d(J_dropout, lambda t: np.linalg.norm(g), 0.0)
    rows.append([keep_prob, f"{spread:.1e}", f"{difference:.2e}", verdict(difference)])
plots.print_table(rows, ["keep_prob", "spread of J at one θ", "relative difference",
                         "verdict"])

# %% [markdown]
# With `keep_prob = 1` (no unit is dropped) the check passes; even 1 % of dropped units
# ruins it completely. The recipe:
# 1. check the gradient with dropout **off** (`keep_prob = 1`), so that $J$ is a function;
# 2. then switch dropout on for training.
#
# (Reusing one fixed mask for every evaluation also makes $J$ a function — of that thinned
# network — but the check then tests the backward pass only for that mask.) The same goes
# for anything else random in the cost: check on one fixed mini-batch, without data
# augmentation, with fixed seeds.
#
# ### More practical advice
# - Check on a **small network and a few examples**, in **float64**.
# - Put **every term of the cost** in $J$: with L2 regularization, $J$ includes
#   $\frac{\lambda}{2m}\sum\lVert W\rVert^2$ and the gradient $\frac{\lambda}{m}W$.
# - Check at a random start **and again after some training**: some bugs only show once the
#   weights have grown (for instance a missing regularization term when λ is small).
# - ReLU has a kink at 0. If a pre-activation lies within ε of it, the two-sided difference
#   straddles the kink and is off for that entry; with ε = 1e-7 this is rare, with a large
#   ε it is not.
#
# ## What to remember
# - The two-sided difference $\frac{J(\theta+\varepsilon) - J(\theta-\varepsilon)}{2\varepsilon}$
#   has an error of order ε², the one-sided one of order ε: use the two-sided one.
# - Compare with the relative difference
#   $\frac{\lVert g - g_{\text{approx}}\rVert}{\lVert g\rVert + \lVert g_{\text{approx}}\rVert}$;
#   with ε = 1e-7 in float64, below ~1e-7 is right and ~1e-3 or more is a bug.
# - Flatten the parameters into one vector, perturb one entry at a time and restore it,
#   and flatten the gradients in the *same* order.
# - To locate a bug, check one parameter block at a time and read the blocks from the output
#   layer down: a wrong $dZ$ spoils every layer below it.
# - Turn dropout (and any other randomness in the cost) off while checking.
# - A gradient check is slow — two cost evaluations per parameter — and is for debugging,
#   never for training.

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
# # Assignment 07 — Batch normalization
#
# Normalizing the inputs (every pixel on a comparable scale) makes gradient descent's job
# easier: the cost surface is less stretched and one learning rate suits all weights.
# Batch normalization applies the same idea *inside* the network. Every hidden unit's
# pre-activation is normalized over the current mini-batch, then given a learnable scale and
# shift. The result is a network that tolerates much larger learning rates, cares less about
# its initialization, and trains in fewer steps.
#
# Batch norm has one twist that causes most of its bugs: it behaves differently while
# training and while predicting. During training it uses the statistics of the current
# batch; at test time it must not, and uses running averages gathered during training
# instead. You will implement both modes, the backward pass (twice: step by step, then in a
# compact closed form), and a full network, and then run experiments on MNIST.
#
# **You will learn to**
# - implement the batch-norm forward pass in train mode and test mode, with running
#   statistics kept as exponentially weighted averages;
# - derive its backward pass through the computation graph, then simplify it to a closed
#   form that is faster;
# - build an L-layer network with batch norm before each hidden ReLU, and see why the layer
#   bias disappears;
# - see on MNIST what batch norm buys (a learning rate that breaks the plain network) and how
#   it breaks (test mode fed the statistics of tiny batches, running averages that are too
#   slow for a short training).
#
# **Conventions** (as in all NumPy assignments): examples are *columns*. A layer's
# pre-activations `Z` have shape `(n, m)`: `n` units, `m` examples. Batch-norm statistics
# are therefore taken **per unit over the batch, along `axis=1`**, and every per-unit
# quantity (`gamma`, `beta`, the means and variances) has shape `(n, 1)`.

# %%
import copy
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import batchnorm as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN, N_TEST, EPOCHS = (2_048, 2_000, 1) if GRADING else (8_192, 10_000, 3)
LAYER_DIMS = [784, 256, 128, 10]

# %% [markdown]
# ## The data
#
# A stratified subset of the MNIST training set (each digit in its natural proportion) keeps
# every training run to a few seconds; the test set is used whole. Images are columns of 784
# pixel values in [0, 1], labels are one-hot columns of length 10.
#
# The subset has 8,192 examples, exactly 64 mini-batches of 128. With 8,200 the last
# batch of every epoch would hold 8 examples, and batch norm does not like small batches:
# their statistics are noisy estimates, and at a large learning rate one such step at the
# end of training can visibly hurt the result (section 9 explains why).

# %%
X_train, Y_train = data.load_mnist("train", n=N_TRAIN, seed=0)
X_test, Y_test = data.load_mnist("test", n=N_TEST if GRADING else None, seed=0)
print("X_train:", X_train.shape, " Y_train:", Y_train.shape)
print("X_test: ", X_test.shape, " Y_test: ", Y_test.shape)

# %% [markdown]
# ## 1 — Normalizing a hidden layer
#
# Take one hidden layer and a mini-batch of `m` examples. Its linear part produces
# $Z \in \mathbb{R}^{n \times m}$: row $j$ holds unit $j$'s pre-activation for each example.
# Batch norm treats every unit separately. For unit $j$ it computes the mean and the
# variance over the batch,
#
# $$ \mu_j = \frac{1}{m}\sum_{i=1}^{m} z_j^{(i)}, \qquad
#    \sigma_j^2 = \frac{1}{m}\sum_{i=1}^{m} \left(z_j^{(i)} - \mu_j\right)^2, $$
#
# standardizes the unit's values, and then rescales and shifts them with two learnable
# numbers of its own:
#
# $$ \hat z_j^{(i)} = \frac{z_j^{(i)} - \mu_j}{\sqrt{\sigma_j^2 + \varepsilon}}, \qquad
#    \tilde z_j^{(i)} = \gamma_j\, \hat z_j^{(i)} + \beta_j . $$
#
# A few details matter:
#
# - **The variance is the plain batch variance**, divided by $m$ (what `np.var` computes by
#   default), not the "unbiased" estimate divided by $m-1$. We are describing this batch,
#   not estimating a population.
# - **$\varepsilon$ goes inside the square root.** It keeps the division finite when a
#   unit happens to be (nearly) constant over the batch — a dead ReLU upstream, or a batch of
#   one example.
# - **$\gamma$ and $\beta$ give the freedom back.** Forcing every unit to mean 0 and
#   variance 1 would be a restriction: a sigmoid unit would stay in its nearly linear
#   middle range, a ReLU unit would be active for about half the examples, always. With
#   $\gamma_j = \sqrt{\sigma_j^2 + \varepsilon}$ and $\beta_j = \mu_j$ the layer could
#   even undo the normalization. What
#   batch norm changes is *who* sets a unit's scale and offset: two dedicated parameters,
#   rather than a side effect of all the weights of the layers below.
# - **The layer bias becomes redundant.** Adding $b_j$ to every $z_j^{(i)}$ adds $b_j$ to
#   $\mu_j$ too, and the subtraction removes it: whatever $b$ is, the output is the same,
#   and its gradient is exactly zero. $\beta$ takes over the role of the bias, so a layer
#   followed by batch norm has no `b` (in Keras: `Dense(..., use_bias=False)`).
#
# **Which axis?** The statistics are per *unit*, gathered over everything that unit
# produces in one batch. In a dense layer a unit produces one value per example, so the
# statistics run over the batch: `axis=1` in our column layout, `axis=0` in TensorFlow's
# `[batch, features]` layout. In a convolutional layer a channel produces one value per
# example *and per position*, so its statistics run over the batch, height and width
# together (one $\gamma$ and $\beta$ per channel). Keras' `BatchNormalization(axis=...)`
# names the axis that is *kept* (the features or channels), not the one averaged over.

# %% [markdown]
# ## 2 — Train mode, test mode and running statistics
#
# During training, every forward pass normalizes with the statistics of its own mini-batch.
# That cannot be the rule at test time: a prediction for one digit must not depend on which
# other digits happen to share its batch, and a single example has no variance at all.
# So while training, batch norm also keeps **running** (moving) averages of the batch means
# and variances, as exponentially weighted averages with a decay $\rho$ called the
# *momentum*:
#
# $$ \mu_{\text{running}} \leftarrow \rho\, \mu_{\text{running}} + (1-\rho)\, \mu_{\text{batch}},
#    \qquad
#    \sigma^2_{\text{running}} \leftarrow \rho\, \sigma^2_{\text{running}}
#    + (1-\rho)\, \sigma^2_{\text{batch}} . $$
#
# The running averages start at mean 0 and variance 1. In **test mode** the layer
# normalizes with them, $\hat z = (z - \mu_{\text{running}}) /
# \sqrt{\sigma^2_{\text{running}} + \varepsilon}$, and updates nothing; each example is then
# transformed on its own, by a fixed affine map.
#
# *Choosing the momentum.* An exponentially weighted average with decay $\rho$ remembers
# about the last $1/(1-\rho)$ values, and after $t$ updates it still holds a fraction
# $\rho^t$ of its starting value. The classic defaults are 0.99 (Keras) to 0.999 (TF1's
# `contrib.layers.batch_norm`), which average over hundreds or thousands of batches: good
# for long training, but after a short one the running statistics are still mostly their
# initial 0 and 1. With our runs of a few hundred steps, **0.9** is the better choice
# (experiment 5 shows the difference). Beware that PyTorch's `momentum` argument means the
# opposite weight: its default 0.1 is the weight of the *new* batch, i.e. our 0.9.
#
# **The contract of `batchnorm_forward`.** The layer's state lives in a dict `bn_param`
# with the keys `"mode"` (`"train"` or `"test"`), `"eps"`, `"momentum"`, `"running_mean"`
# and `"running_var"` (both `(n, 1)`). In train mode the function stores the updated running
# statistics back into **this same dict** (so the caller sees them after the call); in test
# mode it leaves them untouched. Always use the `eps` and `momentum` found in `bn_param`.
#
# It also returns a `cache` for the backward pass: a dict with the following keys, which
# both backward functions read (the autograder builds such caches itself to test them, so
# the backward functions must not rely on anything else):
# `"Z"`, `"Z_norm"`, `"mu"` and `"var"` (the statistics used for the normalization — the
# batch's in train mode, the running ones in test mode), `"gamma"` and `"eps"`.

# %% nbgrader={"grade": false, "grade_id": "batchnorm_forward", "locked": false, "schema_version": 3, "solution": true, "task": false}
def batchnorm_forward(Z, gamma, beta, bn_param):
    """Batch-normalize Z unit by unit; in train mode also update the running statistics.

    Inputs:
      Z        -- array (n, m) float: pre-activations of n units for a batch of m examples.
      gamma    -- array (n, 1) float: the scale of each unit.
      beta     -- array (n, 1) float: the shift of each unit.
      bn_param -- dict with
        "mode": "train" (normalize with the batch statistics and update the running ones)
                or "test" (normalize with the running statistics, update nothing),
        "eps": float added to the variance inside the square root (e.g. 1e-5),
        "momentum": float, weight of the old value in the running averages (e.g. 0.9),
        "running_mean", "running_var": arrays (n, 1) float.
        In train mode the updated running statistics are stored back into this dict.
    Returns:
      out   -- array (n, m) float: gamma * Z_norm + beta.
      cache -- dict with "Z" (n, m), "Z_norm" (n, m), "mu" (n, 1) and "var" (n, 1) (the
               statistics used to normalize), "gamma" (n, 1) and "eps" (float).
    Side effects: in train mode, bn_param's "running_mean" and "running_var" are
      replaced by their updated values; test mode changes nothing. The other inputs are
      left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_batchnorm_forward", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_batchnorm_forward(batchnorm_forward)

# %% [markdown]
# ### A first look
#
# Below, four units live on very different scales. After batch norm (with $\gamma = 1$,
# $\beta = 0$) every unit has mean 0 and standard deviation 1 over the batch. Adding a bias
# to $Z$ changes nothing, as promised. Then the running statistics after a few training
# batches, and a test-mode call that uses them.

# %%
def new_bn_param(n, momentum=0.9, eps=1e-5, dtype=np.float64):
    """A fresh bn_param for n units: train mode, running mean 0 and running variance 1."""
    return {"mode": "train", "eps": eps, "momentum": momentum,
            "running_mean": np.zeros((n, 1), dtype=dtype),
            "running_var": np.ones((n, 1), dtype=dtype)}


rng = np.random.default_rng(0)
n_units = 4
Z_demo = rng.normal(loc=[[-3.0], [0.0], [5.0], [40.0]], scale=[[0.5], [1.0], [4.0], [20.0]],
                    size=(n_units, 256))
ones, zeros = np.ones((n_units, 1)), np.zeros((n_units, 1))
bn_demo = new_bn_param(n_units)

out_demo, _ = batchnorm_forward(Z_demo, ones, zeros, bn_demo)
plots.print_table([[j, Z_demo[j].mean(), Z_demo[j].std(), out_demo[j].mean(), out_demo[j].std()]
                   for j in range(n_units)],
                  ["unit", "mean of Z", "std of Z", "mean after BN", "std after BN"])

bias = rng.normal(size=(n_units, 1)) * 10
out_bias, _ = batchnorm_forward(Z_demo + bias, ones, zeros, copy.deepcopy(bn_demo))
print("\nlargest change of the output when a bias is added to Z:",
      np.abs(out_bias - out_demo).max())

for _ in range(20):
    batchnorm_forward(Z_demo[:, rng.permutation(256)[:64]], ones, zeros, bn_demo)
print("\nrunning mean after 21 training batches:", bn_demo["running_mean"].ravel().round(2))
print("running std  after 21 training batches:", np.sqrt(bn_demo["running_var"]).ravel().round(2))
bn_demo["mode"] = "test"
one_example, _ = batchnorm_forward(Z_demo[:, :1], ones, zeros, bn_demo)
print("test mode, one example:", one_example.ravel().round(2))

# %% [markdown]
# The running statistics are on their way to the batch's (the fourth unit's standard
# deviation is about 18 in this sample), but after 21 updates with momentum 0.9 they still
# carry about $0.9^{21} \approx 11\%$ of their starting values 0 and 1. In test mode even
# a single example is normalized sensibly, because nothing is computed from the batch.
#
# ## 3 — The backward pass, one step at a time
#
# In train mode the batch statistics are functions of $Z$, so the gradient has to flow
# through them as well. Write the forward pass of one unit as a small computation graph and
# walk it backwards. With `dout` $= \partial J / \partial \tilde z$ (it already carries the
# $1/m$ of the averaged cost):
#
# 1. $\tilde z = \gamma \hat z + \beta$ gives the parameter gradients, summed over the
#    batch because the same $\gamma_j, \beta_j$ serve every example:
#    $\;d\beta = \sum_i \text{dout}_i$, $\;d\gamma = \sum_i \text{dout}_i\, \hat z_i$, and
#    $\;d\hat z_i = \gamma\, \text{dout}_i$.
# 2. $\hat z_i = (z_i - \mu)\,(\sigma^2 + \varepsilon)^{-1/2}$ depends on $\sigma^2$:
#    $$ d\sigma^2 = \sum_i d\hat z_i\,(z_i - \mu)\cdot\left(-\tfrac{1}{2}\right)
#       (\sigma^2 + \varepsilon)^{-3/2} . $$
# 3. $\mu$ enters every $\hat z_i$ directly and also through $\sigma^2$:
#    $$ d\mu = \sum_i d\hat z_i \cdot \frac{-1}{\sqrt{\sigma^2 + \varepsilon}}
#       + d\sigma^2 \cdot \frac{1}{m}\sum_i -2 (z_i - \mu) , $$
#    where the second sum is zero (deviations from the mean sum to zero).
# 4. Finally each $z_i$ reaches the cost by three paths — through its own $\hat z_i$,
#    through $\sigma^2$ and through $\mu$:
#    $$ dz_i = \frac{d\hat z_i}{\sqrt{\sigma^2 + \varepsilon}}
#       + d\sigma^2 \cdot \frac{2 (z_i - \mu)}{m} + \frac{d\mu}{m} . $$
#
# Forgetting one of the last two paths is the classic mistake: it gives the gradient of a
# layer whose statistics are constants, which is the *test-mode* layer, not the one that
# was run. Do all of it with whole rows at once (sums along `axis=1`, `keepdims=True`), and
# take what you need from the cache (the autograder passes caches that contain exactly the
# documented keys). The function is only meant for caches made in train mode.

# %% nbgrader={"grade": false, "grade_id": "batchnorm_backward", "locked": false, "schema_version": 3, "solution": true, "task": false}
def batchnorm_backward(dout, cache):
    """Backward pass of train-mode batch norm, following the computation graph step by step.

    Inputs:
      dout  -- array (n, m) float: gradient of the cost with respect to out.
      cache -- dict from batchnorm_forward in train mode ("Z", "Z_norm", "mu", "var",
               "gamma", "eps").
    Returns:
      dZ     -- array (n, m) float: gradient with respect to Z.
      dgamma -- array (n, 1) float: gradient with respect to gamma.
      dbeta  -- array (n, 1) float: gradient with respect to beta.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_batchnorm_backward", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_batchnorm_backward(batchnorm_backward)

# %% [markdown]
# ### Checking it against numerical derivatives
#
# As in assignment 04, the two-sided difference $\big(J(\theta + \epsilon) - J(\theta -
# \epsilon)\big) / 2\epsilon$ gives an independent estimate of every derivative. We use the
# scalar $J = \sum \text{dout} \odot \text{out}$, whose gradient with respect to `out` is
# exactly `dout`, and nudge every entry of $Z$, $\gamma$ and $\beta$ in turn. A relative
# difference around $10^{-7}$ or below means the analytic gradient is right; around
# $10^{-3}$ means a bug.

# %%
def numerical_gradient(J, x, epsilon=1e-6):
    """Two-sided differences of the scalar function J() with respect to every entry of x.

    Inputs: J -- function of no arguments that reads x; x -- float64 array changed in place
            (and restored) entry by entry; epsilon -- the step.
    Returns: array of x's shape, the estimated dJ/dx.
    """
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        saved = x[index]
        x[index] = saved + epsilon
        plus = J()
        x[index] = saved - epsilon
        minus = J()
        x[index] = saved
        grad[index] = (plus - minus) / (2 * epsilon)
    return grad


def relative_difference(a, b):
    """||a - b|| / (||a|| + ||b||), as in assignment 04."""
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


rng = np.random.default_rng(1)
Z_check = rng.normal(2.0, 3.0, size=(4, 7))
gamma_check, beta_check = rng.normal(size=(4, 1)), rng.normal(size=(4, 1))
dout_check = rng.normal(size=(4, 7))


def J_check():
    """The scalar sum(dout * out) for the current Z_check, gamma_check, beta_check."""
    out, _ = batchnorm_forward(Z_check, gamma_check, beta_check, new_bn_param(4))
    return np.sum(dout_check * out)


_, cache_check = batchnorm_forward(Z_check, gamma_check, beta_check, new_bn_param(4))
analytic = batchnorm_backward(dout_check, cache_check)
for name, x, grad in zip(["dZ", "dgamma", "dbeta"], [Z_check, gamma_check, beta_check],
                         analytic):
    numeric = numerical_gradient(J_check, x)
    print(f"{name:>6}: relative difference {relative_difference(grad, numeric):.1e}")

# %% [markdown]
# ## 4 — The same gradient in closed form
#
# The four steps above can be collapsed into one line. Substitute $d\hat z_i = \gamma\,
# \text{dout}_i$ and $d\mu$, $d\sigma^2$ into the last formula, and write everything with
# $\hat z_i$ instead of $z_i - \mu$ (they differ only by the factor
# $\sqrt{\sigma^2 + \varepsilon}$). The three paths become three terms:
#
# $$ dz_i = \frac{\gamma}{m\sqrt{\sigma^2 + \varepsilon}}
#    \left( m\,\text{dout}_i \;-\; \sum_{k} \text{dout}_k
#    \;-\; \hat z_i \sum_{k} \text{dout}_k\, \hat z_k \right)
#    = \frac{\gamma}{m\sqrt{\sigma^2 + \varepsilon}}
#    \left( m\,\text{dout}_i - d\beta - \hat z_i\, d\gamma \right). $$
#
# It reads nicely: the gradient that would reach $z_i$ if the statistics were frozen, minus
# its average over the batch (the path through $\mu$), minus its component along $\hat z$
# (the path through $\sigma^2$). It also reuses $d\beta$ and $d\gamma$, which have to be
# computed anyway, so it needs fewer passes over the `(n, m)` arrays. Implement it with no
# intermediate $d\mu$ or $d\sigma^2$.

# %% nbgrader={"grade": false, "grade_id": "batchnorm_backward_alt", "locked": false, "schema_version": 3, "solution": true, "task": false}
def batchnorm_backward_alt(dout, cache):
    """Backward pass of train-mode batch norm in the simplified closed form.

    Inputs:
      dout  -- array (n, m) float: gradient of the cost with respect to out.
      cache -- dict from batchnorm_forward in train mode ("Z", "Z_norm", "mu", "var",
               "gamma", "eps").
    Returns:
      dZ     -- array (n, m) float: gradient with respect to Z.
      dgamma -- array (n, 1) float: gradient with respect to gamma.
      dbeta  -- array (n, 1) float: gradient with respect to beta.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_batchnorm_backward_alt", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_batchnorm_backward_alt(batchnorm_backward_alt)

# %% [markdown]
# ### Is it faster?
#
# Both versions should agree to round-off. We time them on a layer of 256 units (the width
# of the network below) and a batch of 1,024 examples, large enough for the timing to mean
# something, and keep the best of several repetitions: it is the one least disturbed by
# whatever else the machine is doing.

# %%
def best_time(function, *args, repeats):
    """The fastest of `repeats` timed calls of function(*args), in seconds."""
    times = []
    for _ in range(repeats):
        tic = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - tic)
    return min(times)


rng = np.random.default_rng(2)
Z_big = rng.normal(1.0, 2.0, size=(256, 1024))
gamma_big, beta_big = rng.normal(size=(256, 1)), rng.normal(size=(256, 1))
dout_big = rng.normal(size=(256, 1024))
_, cache_big = batchnorm_forward(Z_big, gamma_big, beta_big, new_bn_param(256))
staged = batchnorm_backward(dout_big, cache_big)
closed = batchnorm_backward_alt(dout_big, cache_big)
for name, a, b in zip(["dZ", "dgamma", "dbeta"], staged, closed):
    print(f"{name:>6}: relative difference between the versions {relative_difference(a, b):.1e}")

repeats = 5 if GRADING else 40
t_staged = best_time(batchnorm_backward, dout_big, cache_big, repeats=repeats)
t_closed = best_time(batchnorm_backward_alt, dout_big, cache_big, repeats=repeats)
print(f"\nstep by step: {1e3 * t_staged:.2f} ms   closed form: {1e3 * t_closed:.2f} ms   "
      f"speed-up: x{t_staged / t_closed:.2f}")

# %% [markdown]
# The closed form typically wins by a factor of about 2 to 3 here: it makes fewer
# temporary `(n, m)` arrays and fewer passes over them. The exact factor depends on the
# machine and on how you wrote the step-by-step version. The network below uses the closed
# form.
#
# ## 5 — An L-layer network with batch norm
#
# Batch norm slots in between the linear part and the activation of every hidden layer:
#
# $$ A^{[l-1]} \xrightarrow{\;W^{[l]}\;} Z^{[l]} = W^{[l]} A^{[l-1]}
#    \xrightarrow{\;\gamma^{[l]},\ \beta^{[l]}\;} \tilde Z^{[l]}
#    \xrightarrow{\;\text{ReLU}\;} A^{[l]} , $$
#
# for $l = 1, \dots, L-1$, and the output layer stays `LINEAR -> SOFTMAX` with its bias
# $b^{[L]}$ (no batch norm on the output: the softmax needs its logits as they are). The
# parameters are therefore `W1, gamma1, beta1, ..., W{L-1}, gamma{L-1}, beta{L-1}, WL, bL`
# — no `b1 ... b{L-1}`. Each batch-norm layer has its own state: `bn_params` is a list of
# `L-1` bn_param dicts, `bn_params[l-1]` for layer `l`.
#
# The `mode` argument applies to the whole network: set every layer's `bn_param["mode"]`
# to it and hand `batchnorm_forward` the dict itself, so that in train mode the running
# statistics end up in `bn_params`. The caches follow the course convention, one dict per
# layer, with for the hidden layers `"A_prev"`, `"W"`, `"Z"` (the linear output),
# `"bn_cache"` (the cache of `batchnorm_forward`) and `"Z_tilde"` (the batch-norm output,
# the input of the ReLU); and for the output layer `"A_prev"`, `"W"`, `"b"`, `"Z"`.
# `nn.relu`, `nn.linear_forward`, `nn.softmax` and `nn.num_layers` do the rest.

# %% nbgrader={"grade": false, "grade_id": "model_forward_with_batchnorm", "locked": false, "schema_version": 3, "solution": true, "task": false}
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    """Forward pass [LINEAR -> BATCHNORM -> RELU] x (L-1) -> LINEAR -> SOFTMAX.

    Inputs:
      X          -- array (n_x, m) float: a batch of examples, one per column.
      parameters -- dict: "W{l}" (n[l], n[l-1]) for l = 1..L, "gamma{l}" and "beta{l}"
                    (n[l], 1) for the hidden layers l = 1..L-1, and "bL" (n[L], 1).
      bn_params  -- list of L-1 bn_param dicts (see batchnorm_forward), one per hidden layer;
                    their "mode" is set to `mode` and, in train mode, their running
                    statistics are updated.
      mode       -- "train" or "test".
    Returns:
      AL     -- array (n[L], m) float: softmax probabilities, each column sums to 1.
      caches -- list of L dicts: hidden layer l -> "A_prev", "W", "Z", "bn_cache",
                "Z_tilde"; output layer -> "A_prev", "W", "b", "Z".
    Side effects: every dict of bn_params gets "mode" = mode and, in train mode, its
      updated running statistics; the other inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_model_forward_with_batchnorm", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_model_forward_with_batchnorm(model_forward_with_batchnorm)

# %% [markdown]
# ### Training it
#
# The helpers below are given. The backward pass of the whole network runs the softmax and
# output layer as usual, then for each hidden layer goes back through the ReLU, through
# batch norm (your closed form) and through the bias-free linear part. The parameters start
# with He weights, $\gamma = 1$ and $\beta = 0$, the running statistics at 0 and 1. Training
# uses `nn.train` (mini-batches of 128, plain gradient descent); `nn.update_parameters`
# updates $\gamma$ and $\beta$ like any weight, since the gradients are named
# `dgamma{l}` and `dbeta{l}`.

# %%
def initialize_parameters_with_batchnorm(layer_dims, seed=0):
    """He weights; each hidden layer gets gamma{l} = 1, beta{l} = 0 and no bias b{l}.

    Inputs: layer_dims -- [n0, n1, ..., nL]; seed -- for the weights.
    Returns: parameters dict (float32) as model_forward_with_batchnorm expects.
    """
    parameters = nn.initialize_parameters(layer_dims, seed=seed)
    for l in range(1, len(layer_dims) - 1):
        del parameters[f"b{l}"]
        parameters[f"gamma{l}"] = np.ones((layer_dims[l], 1), dtype=np.float32)
        parameters[f"beta{l}"] = np.zeros((layer_dims[l], 1), dtype=np.float32)
    return parameters


def initialize_bn_params(layer_dims, momentum=0.9, eps=1e-5):
    """One fresh float32 bn_param per hidden layer (running mean 0, running variance 1)."""
    return [new_bn_param(n, momentum, eps, dtype=np.float32) for n in layer_dims[1:-1]]


def model_backward_with_batchnorm(AL, Y, caches):
    """Backward pass of model_forward_with_batchnorm (train mode), averaged cross-entropy.

    Inputs: AL, Y (classes, m); caches from model_forward_with_batchnorm.
    Returns: grads with "dW{l}", "dgamma{l}", "dbeta{l}" for the hidden layers and "dWL",
             "dbL", each of its parameter's shape.
    """
    L = len(caches)
    grads = {}
    dZ = (AL - Y) / Y.shape[1]  # softmax and cross-entropy together
    dA, grads[f"dW{L}"], grads[f"db{L}"] = nn.linear_backward(dZ, caches[L - 1])
    for l in range(L - 1, 0, -1):
        cache = caches[l - 1]
        dZ_tilde = nn.relu_backward(dA, cache["Z_tilde"])
        dZ, grads[f"dgamma{l}"], grads[f"dbeta{l}"] = batchnorm_backward_alt(
            dZ_tilde, cache["bn_cache"])
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T
        dA = cache["W"].T @ dZ
    return grads


def train_with_batchnorm(parameters, bn_params, learning_rate, forward=None, backward=None,
                         desc="BN"):
    """nn.train on the training set in train mode; bn_params collect the running statistics.

    Inputs: parameters, bn_params -- the starting point (bn_params is updated in place);
            learning_rate; forward(X, parameters, bn_params, mode) and
            backward(AL, Y, caches) -- the network (default: BN before the ReLU).
    Returns: (parameters, history) as nn.train.
    """
    forward = forward or model_forward_with_batchnorm
    return nn.train(X_train, Y_train, parameters, num_epochs=EPOCHS,
                    learning_rate=learning_rate, batch_size=128,
                    forward=lambda X, p: forward(X, p, bn_params, "train"),
                    backward=backward or model_backward_with_batchnorm, desc=desc)


def accuracy_with_batchnorm(X, Y, parameters, bn_params, forward=None):
    """Test-mode accuracy (running statistics) of a batch-norm network on X (n_x, m)."""
    forward = forward or model_forward_with_batchnorm
    return nn.accuracy(X, Y, parameters, forward=lambda X_, p: forward(X_, p, bn_params, "test"))


# %% [markdown]
# ## 6 — Experiment 1: a learning rate too high for the plain network
#
# The plain network (`784 → 256 → 128 → 10` with biases, `nn.model_forward`) and the same
# network with batch norm are trained from the same He weights, for the same number of
# epochs, at two learning rates: 0.1, an ordinary value, and 2.0, twenty times larger.
# The plain network's overflows at the large rate are expected, so NumPy's warnings about
# them are silenced.

# %%
LEARNING_RATES = [0.1, 2.0]
runs, rows, bn_trained = {}, [], {}
for lr in LEARNING_RATES:
    tic = time.perf_counter()
    with np.errstate(over="ignore", invalid="ignore"):
        plain, history = nn.train(X_train, Y_train, nn.initialize_parameters(LAYER_DIMS, seed=0),
                                  num_epochs=EPOCHS, learning_rate=lr, batch_size=128,
                                  desc=f"plain lr={lr}")
        test_accuracy = nn.accuracy(X_test, Y_test, plain)
    runs[f"plain, lr={lr}"] = history
    rows.append([f"plain, lr={lr}", history["epoch_cost"][-1], test_accuracy,
                 f"{time.perf_counter() - tic:.1f}"])

    tic = time.perf_counter()
    bn_params = initialize_bn_params(LAYER_DIMS)
    with_bn, history = train_with_batchnorm(initialize_parameters_with_batchnorm(LAYER_DIMS),
                                            bn_params, lr, desc=f"BN lr={lr}")
    runs[f"batch norm, lr={lr}"] = history
    rows.append([f"batch norm, lr={lr}", history["epoch_cost"][-1],
                 accuracy_with_batchnorm(X_test, Y_test, with_bn, bn_params),
                 f"{time.perf_counter() - tic:.1f}"])
    bn_trained[lr] = (with_bn, bn_params)  # kept for the next experiments
    if lr == LEARNING_RATES[0]:
        plain_net = plain
bn_net, bn_net_params = bn_trained[LEARNING_RATES[0]]

fig, ax = plt.subplots(figsize=(9, 4.5))
plots.plot_costs(runs, ax=ax, log_y=True,
                 title=f"Cost per update, {N_TRAIN:,} examples, {EPOCHS} epochs")
plt.show()
plots.print_table(rows, ["network", "last epoch's cost", "test accuracy", "seconds"])

# %% [markdown]
# ### Reading the results
#
# At the ordinary learning rate both networks learn, and batch norm gets there in fewer
# steps. At 2.0 the plain network breaks down: the first large steps blow up the
# activations, the cost overflows or settles at $\ln 10 \approx 2.30$ (the network predicts
# the same class for every digit) and the test accuracy falls to chance. The batch-norm
# network trains at the very same rate.
#
# Why? A unit's output after batch norm does not depend on the scale of its incoming
# weights: multiply $W^{[l]}$ by 10 and $\mu$ and $\sigma$ grow by 10 too, so $\hat z$ is
# unchanged. A huge update can therefore no longer blow up the activations of the next
# layer. What is more, the gradient with respect to $W^{[l]}$ shrinks as the weights grow,
# so a step that inflates the weights automatically makes the following steps smaller.
# This self-stabilizing effect is the main practical reason batch norm lets you use large
# learning rates and worry less about the initialization.

# %% [markdown]
# ## 7 — Experiment 2: what the layers see (pre-activation histograms)
#
# From layer 2's point of view, its input is layer 1's output, and that moves every time
# layer 1's weights change. The original paper called this *internal covariate shift*:
# each layer has to keep adapting to a distribution that the layers below keep changing,
# much as a model fitted to photos taken in daylight has to readjust when evening photos
# start to arrive, except that here the change never stops. Batch norm pins the mean and variance of every unit to values that
# only $\gamma$ and $\beta$ decide, so the layers above see a far steadier input.
#
# Below are the values entering layer 2's ReLU for 1,000 test digits, at initialization
# and after the training runs at learning rate 0.1: $Z^{[2]}$ in the plain network and
# $\tilde Z^{[2]}$ in the batch-norm network, normalized with the statistics of these 1,000
# digits, as during training. The right-hand panel shows how differently the units behave:
# each dot is one unit's mean and standard deviation (at initialization the batch-norm
# units all sit exactly at (0, 1), under the dots of the trained ones).

# %%
X_probe = X_test[:, :300 if GRADING else 1000]


def layer2_plain(parameters):
    """Layer 2's pre-activations Z (n2, m) in the plain network, on X_probe (n_x, m)."""
    return nn.model_forward(X_probe, parameters)[1][1]["Z"]


def layer2_bn(parameters):
    """Layer 2's ReLU input Z_tilde (n2, m) in the batch-norm network, normalized with the
    statistics of X_probe (n_x, m) (train mode, on scratch running statistics)."""
    return model_forward_with_batchnorm(X_probe, parameters, initialize_bn_params(LAYER_DIMS),
                                        "train")[1][1]["Z_tilde"]


panels = {
    "plain": {"at initialization": layer2_plain(nn.initialize_parameters(LAYER_DIMS, seed=0)),
              "after training": layer2_plain(plain_net)},
    "batch norm": {"at initialization": layer2_bn(initialize_parameters_with_batchnorm(LAYER_DIMS)),
                   "after training": layer2_bn(bn_net)},
}
fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
bins = np.linspace(-6, 8, 71)
markers = {("plain", "at initialization"): "o", ("plain", "after training"): "s",
           ("batch norm", "at initialization"): "^", ("batch norm", "after training"): "D"}
for ax, (network, stages) in zip(axes, panels.items()):
    for stage, values in stages.items():
        ax.hist(values.ravel(), bins=bins, histtype="step", density=True, label=stage)
        # a hollow marker of its own per series, larger before training than after, so that
        # batch norm's two series, which nearly coincide, both stay visible
        axes[2].scatter(values.mean(axis=1), values.std(axis=1),
                        s=40 if stage == "at initialization" else 10,
                        marker=markers[(network, stage)], facecolors="none",
                        edgecolors=f"C{len(axes[2].collections)}",
                        label=f"{network}, {stage}")
    ax.set(title=f"{network}: values entering layer 2's ReLU", xlabel="value",
           ylabel="density")
    ax.legend()
axes[2].set(title="One dot per unit of layer 2", xlabel="mean over the digits",
            ylabel="standard deviation")
axes[2].legend(fontsize=8)
plt.tight_layout()
plt.show()
plots.print_table([[network, stage, values.mean(), values.std(), values.mean(axis=1).min(),
                    values.mean(axis=1).max(), values.std(axis=1).min(), values.std(axis=1).max()]
                   for network, stages in panels.items() for stage, values in stages.items()],
                  ["network", "layer 2, ReLU input", "mean", "std", "unit means from", "to",
                   "unit stds from", "to"])

# %% [markdown]
# In the plain network, training changes the distribution that layer 2's ReLU receives:
# the spread grows and the units drift apart, each to its own mean and scale, which is
# exactly the moving target the layers above have to chase. With batch norm the values
# stay centred and of unit scale at initialization, and after training each unit's mean
# and spread are whatever its $\beta$ and $\gamma$ have learned — a small, deliberate
# departure from $(0, 1)$ rather than an accident of all the weights below.
#
# Later research has questioned whether reducing this "shift" is really *why* batch norm
# helps; the smoother, better-conditioned cost surface (experiment 1) seems to matter at
# least as much. Both views agree on what you see here: the layers receive well-scaled
# inputs throughout training.
#
# ## 8 — Experiment 3: batch norm before or after the ReLU?
#
# The original paper normalizes $Z$, before the activation, and that is what you built.
# Many practitioners normalize the activation instead: `LINEAR -> RELU -> BATCHNORM`. Then
# the layer keeps its bias (the ReLU is not shift-invariant), and the normalized output
# feeds the next layer. The helpers below build that variant from the same pieces.

# %%
def initialize_parameters_bn_after_relu(layer_dims, seed=0):
    """He weights and zero biases for every layer, plus gamma{l} = 1, beta{l} = 0."""
    parameters = nn.initialize_parameters(layer_dims, seed=seed)
    for l in range(1, len(layer_dims) - 1):
        parameters[f"gamma{l}"] = np.ones((layer_dims[l], 1), dtype=np.float32)
        parameters[f"beta{l}"] = np.zeros((layer_dims[l], 1), dtype=np.float32)
    return parameters


def model_forward_bn_after_relu(X, parameters, bn_params, mode):
    """Forward pass [LINEAR -> RELU -> BATCHNORM] x (L-1) -> LINEAR -> SOFTMAX.

    Returns: (AL (classes, m), caches): hidden layer l -> "A_prev", "W", "b", "Z",
             "bn_cache"; output layer -> "A_prev", "W", "b", "Z".
    """
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        bn_params[l - 1]["mode"] = mode
        A_next, bn_cache = batchnorm_forward(nn.relu(Z), parameters[f"gamma{l}"],
                                             parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "bn_cache": bn_cache})
        A = A_next
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


def model_backward_bn_after_relu(AL, Y, caches):
    """Backward pass of model_forward_bn_after_relu; grads dW, db, dgamma, dbeta."""
    L = len(caches)
    grads = {}
    dZ = (AL - Y) / Y.shape[1]
    dA, grads[f"dW{L}"], grads[f"db{L}"] = nn.linear_backward(dZ, caches[L - 1])
    for l in range(L - 1, 0, -1):
        cache = caches[l - 1]
        d_relu_out, grads[f"dgamma{l}"], grads[f"dbeta{l}"] = batchnorm_backward_alt(
            dA, cache["bn_cache"])
        dZ = nn.relu_backward(d_relu_out, cache["Z"])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, cache)
    return grads


order_runs, rows = {}, []
for lr in LEARNING_RATES:
    bn_params = initialize_bn_params(LAYER_DIMS)
    after, history = train_with_batchnorm(initialize_parameters_bn_after_relu(LAYER_DIMS),
                                          bn_params, lr, model_forward_bn_after_relu,
                                          model_backward_bn_after_relu, desc=f"after lr={lr}")
    before = runs[f"batch norm, lr={lr}"]  # trained in experiment 1
    order_runs[f"BN before the ReLU, lr={lr}"] = before
    order_runs[f"BN after the ReLU, lr={lr}"] = history
    rows.append(["before the ReLU", lr, before["epoch_cost"][-1],
                 accuracy_with_batchnorm(X_test, Y_test, *bn_trained[lr])])
    rows.append(["after the ReLU", lr, history["epoch_cost"][-1],
                 accuracy_with_batchnorm(X_test, Y_test, after, bn_params,
                                         model_forward_bn_after_relu)])

fig, ax = plt.subplots(figsize=(9, 4.5))
plots.plot_costs(order_runs, ax=ax, log_y=True, title="Batch norm before vs after the ReLU")
plt.show()
plots.print_table(rows, ["batch norm", "learning rate", "last epoch's cost", "test accuracy"])

# %% [markdown]
# In this run the two orderings end up within about a percent of each other, at both
# learning rates; with other seeds either one can come out a little ahead (single short
# runs are noisy). For ReLU networks the choice makes little difference, and both are
# used in practice. The argument for "before" is that it keeps a unit's pre-activation in
# the range where the activation is interesting; that matters much more for sigmoid and
# tanh, whose useful region is a narrow band around zero — with those, put batch norm
# before the activation.
#
# **Centre and scale.** Keras' `BatchNormalization` lets you switch off $\beta$
# (`center=False`) or $\gamma$ (`scale=False`). Keep $\beta$: it replaces the bias. Before
# a ReLU, $\gamma$ is not needed: $\text{relu}(\gamma x) = \gamma\,\text{relu}(x)$ for
# $\gamma > 0$, so the next layer's weights can absorb the scale. Before a sigmoid or tanh
# the scale changes the shape of the response, so keep it.

# %% [markdown]
# ## 9 — Experiment 4: test mode fed the statistics of tiny batches
#
# What if the network is (wrongly) left in train mode for predictions, so every test batch
# is normalized with its own statistics? With large batches of mixed digits the batch
# statistics are close to the running ones and little harm is done, which is why this bug
# can go unnoticed. With small batches the estimates are noisy, and each prediction depends
# on the other examples in its batch. A batch of one example is the extreme: every unit
# equals its own mean, $\hat z = 0$, and the network outputs the same thing for every digit.
#
# The batch-norm network trained at learning rate 0.1 is evaluated on the first 1,000 test
# digits cut into batches of various sizes (up to all 1,000 at once), in train mode on a
# *copy* of its running statistics (so that the experiment does not overwrite them), and
# once in proper test mode.

# %%
def accuracy_with_batch_statistics(X, Y, parameters, bn_params, batch_size):
    """Accuracy on X (n_x, m), Y (10, m) when every batch of `batch_size` examples is
    normalized with its own statistics (train mode, the mistake); bn_params stay untouched."""
    scratch = copy.deepcopy(bn_params)
    correct = 0
    for first in range(0, X.shape[1], batch_size):
        AL, _ = model_forward_with_batchnorm(X[:, first:first + batch_size], parameters,
                                             scratch, "train")
        correct += np.sum(np.argmax(AL, axis=0) == np.argmax(Y[:, first:first + batch_size],
                                                             axis=0))
    return correct / X.shape[1]


N_FEW = 100 if GRADING else 1000
X_few, Y_few = X_test[:, :N_FEW], Y_test[:, :N_FEW]
batch_sizes = [1, 2, 4, 8, 32, 128, N_FEW]
tiny = [accuracy_with_batch_statistics(X_few, Y_few, bn_net, bn_net_params, size)
        for size in batch_sizes]
proper = accuracy_with_batchnorm(X_few, Y_few, bn_net, bn_net_params)

fig, ax = plt.subplots(figsize=(7, 4))
ax.semilogx(batch_sizes, tiny, "o-", label="train mode: statistics of each test batch")
ax.axhline(proper, color="k", linestyle="--", label="test mode: running statistics")
ax.set(xlabel="test batch size", ylabel="test accuracy", ylim=(0, 1),
       title="Predicting with batch statistics instead of running statistics")
ax.legend(loc="lower right")
plt.show()
plots.print_table([[size, acc] for size, acc in zip(batch_sizes, tiny)] + [["test mode", proper]],
                  ["test batch size", "test accuracy"])

# %% [markdown]
# With one example per batch the accuracy drops to that of a constant guess; with two or
# four it is still far below the proper value; it takes batches of a few dozen to come
# close. In
# test mode, accuracy does not depend on how you batch the test set at all — as it should.
#
# The same weakness shows during *training* with very small batches: the statistics that
# normalize each batch are noisy estimates, so training gets noisy and the running averages
# describe the data poorly. Batch norm is also awkward in recurrent networks, where a unit
# would need separate statistics for every time step and sequences have different lengths.
# Normalizations that work within one example (layer norm, group norm) were designed for
# those cases.
#
# That noise has a mild upside: since each example's output depends a little on its random
# companions in the batch, batch norm acts as a slight regularizer, a bit like dropout. It
# is a side effect, too weak to rely on; use L2 or dropout when you need regularization.

# %% [markdown]
# ## 10 — Experiment 5: how fast should the running averages forget?
#
# The running statistics have no effect on training (train mode normalizes with the batch
# statistics), only on the predictions. So we can take the trained network, push 200
# training batches through it in train mode (no weight updates) and record every batch
# norm layer's batch mean and variance. The running averages are exponentially weighted
# averages of these sequences: we replay them with three momenta, starting from 0 and 1 as
# a fresh network does, and measure the test-mode accuracy along the way. After $t$ batches
# a running average still holds $\rho^t$ of its starting value.

# %%
momenta = [0.9, 0.99, 0.999]
checkpoints = [5, 20] if GRADING else [5, 10, 20, 50, 100, 200]
rng = np.random.default_rng(3)
batch_statistics = []  # one entry per batch: [(mu, var) of each batch-norm layer]
for _ in range(checkpoints[-1]):
    X_batch = X_train[:, rng.choice(N_TRAIN, size=128, replace=False)]
    _, caches = model_forward_with_batchnorm(X_batch, bn_net, initialize_bn_params(LAYER_DIMS),
                                             "train")
    batch_statistics.append([(cache["bn_cache"]["mu"], cache["bn_cache"]["var"])
                             for cache in caches[:-1]])

replay = {}
for momentum in momenta:
    bn_params = initialize_bn_params(LAYER_DIMS, momentum=momentum)
    replay[momentum] = []
    for t, statistics in enumerate(batch_statistics, start=1):
        for bn_param, (mu, var) in zip(bn_params, statistics):
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        if t in checkpoints:
            replay[momentum].append(accuracy_with_batchnorm(X_test, Y_test, bn_net, bn_params))

fig, ax = plt.subplots(figsize=(9.5, 4))
for momentum, accuracies in replay.items():
    ax.semilogx(checkpoints, accuracies, "o-", label=f"momentum {momentum}")
ax.axhline(accuracy_with_batchnorm(X_test, Y_test, bn_net, bn_net_params), color="k",
           linestyle="--", label="running statistics from training")
ax.set(xlabel="training batches seen by the running averages", ylabel="test accuracy",
       title="Running averages after a short training")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))  # beside the curves, which fill the axes
fig.tight_layout()
plt.show()
plots.print_table([[momentum, *accuracies] for momentum, accuracies in replay.items()],
                  ["momentum", *[f"after {t}" for t in checkpoints]])
print(f"updates in one of our training runs: {EPOCHS * int(np.ceil(N_TRAIN / 128))}")

# %% [markdown]
# With momentum 0.9 the running statistics are usable after a handful of batches and match
# the trained ones after about twenty. With 0.99 they need one to two hundred, about the
# length of our whole training run. With 0.999, after 200 batches they still hold
# $0.999^{200} \approx 82\%$ of their starting values, and the test-mode accuracy stays
# clearly below what the network can do, although the network itself is fine. On a long
# training (tens of thousands of steps) the slow averages are the better ones: they
# average over many batches, so they are less noisy. Hence the advice: a smaller momentum
# such as 0.9 for short runs and small data sets, 0.99–0.999 for long ones.
#
# ## What to remember
#
# - Batch norm standardizes every unit over the mini-batch, $\hat z = (z - \mu) /
#   \sqrt{\sigma^2 + \varepsilon}$ with the plain (divide-by-$m$) variance and
#   $\varepsilon$ inside the root, then applies a learnable $\gamma \hat z + \beta$.
# - The statistics are per unit: over the batch for a dense layer (`axis=1` with examples
#   as columns), over batch, height and width for a convolutional channel.
# - A layer followed by batch norm needs no bias: $\beta$ replaces it. Before a ReLU the
#   scale $\gamma$ is optional too.
# - Train mode uses the batch statistics and updates the running averages
#   ($\rho \cdot \text{running} + (1-\rho) \cdot \text{batch}$); test mode uses the running
#   averages and updates nothing. Predicting in train mode ruins small test batches.
# - Choose the momentum for the length of training: 0.9 for short runs, 0.99–0.999 for long
#   ones.
# - The backward pass must follow the three paths from $z_i$ (directly, through $\mu$ and
#   through $\sigma^2$); the closed form
#   $\frac{\gamma}{m\sqrt{\sigma^2+\varepsilon}}(m\,\text{dout} - d\beta - \hat z\, d\gamma)$
#   is shorter and faster.
# - Batch norm allows much larger learning rates, makes training less sensitive to the
#   initialization and adds a slight regularizing noise; it suffers with very small batches
#   and does not suit recurrent networks. Before or after the ReLU makes little difference;
#   before the activation for sigmoid and tanh.

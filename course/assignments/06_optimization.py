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
# # Assignment 06 — Optimization algorithms
#
# Mini-batch gradient descent takes a step against the gradient of the current mini-batch,
# scaled by one global learning rate. That simple rule has three weaknesses you will meet on
# real networks: the gradient of a single mini-batch is noisy, the cost surface is much
# steeper in some directions than in others (so one learning rate is too large for some
# parameters and too small for others), and a learning rate that is good at the start is
# too large at the end. This assignment builds the standard remedies from one idea — the
# *exponentially weighted average* — and tries them on MNIST.
#
# **You will learn to**
# - compute exponentially weighted averages, explain how many values they "remember", and
#   why their first values are biased towards zero (and how bias correction fixes that);
# - implement momentum, RMSprop and Adam as update rules on a parameter dict;
# - implement learning-rate decay schedules and see what each does to the step size;
# - understand why plateaus and saddle points, not bad local minima, slow training down;
# - search hyperparameters the way practitioners do: at random, on the right scale, coarse
#   to fine.
#
# **Conventions** (as in every NumPy assignment): parameters live in a dict
# `{"W1": ..., "b1": ..., "W2": ...}`, gradients in `{"dW1": ..., "db1": ...}` with the same
# shapes. The optimizer's state (velocity `v`, squared-gradient average `s`) uses the
# *gradients'* key names, `"dW1"`, `"db1"`, ..., because it is an average of gradients.
#
# **One contract for all update functions:** they return *new* dicts and leave every input
# dict (and the arrays in it) unchanged. Write `new_parameters[key] = parameters[key] - ...`,
# never `parameters[key] -= ...`. Code that changes its inputs in place works in a loop that
# immediately overwrites them, and then silently breaks the day someone keeps a reference to
# the old values (to compare two optimizers from the same start, for example). The grader
# checks this contract.

# %%
import time

import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import optimization as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN, N_DEV, EPOCHS = (1_024, 500, 1) if GRADING else (10_240, 2_000, 5)
N_SEARCH, COARSE_TRIALS, FINE_TRIALS = (500, 3, 2) if GRADING else (4_000, 16, 10)

# %% [markdown]
# ## 1 — Exponentially weighted averages
#
# Suppose you receive a noisy sequence $\theta_1, \theta_2, \dots$ — a daily temperature,
# or the gradient of one weight at each training step — and want a smooth running estimate
# of its current level, without storing the whole history. The exponentially weighted
# (moving) average keeps a single number:
#
# $$ v_0 = 0, \qquad v_t = \beta\, v_{t-1} + (1 - \beta)\, \theta_t . $$
#
# Unrolling the recursion shows what it computes:
#
# $$ v_t = (1-\beta)\left(\theta_t + \beta\,\theta_{t-1} + \beta^2\,\theta_{t-2} + \dots
#    + \beta^{t-1}\theta_1\right). $$
#
# Each older value counts $\beta$ times less than the next one: the weights decay
# *exponentially*. Because $\beta^{1/(1-\beta)} \approx 1/e$, values older than about
# $1/(1-\beta)$ steps have lost most of their influence, so $v_t$ is roughly an average over
# the last $1/(1-\beta)$ values: about 10 for $\beta = 0.9$, 50 for $\beta = 0.98$, 1000 for
# $\beta = 0.999$. A larger $\beta$ gives a smoother curve, but one that reacts later to
# changes (it lags behind the data).
#
# **The start is biased.** The weights above sum to $(1-\beta)(1 + \beta + \dots +
# \beta^{t-1}) = 1 - \beta^t$, not to 1. Early on that sum is small — with $\beta = 0.98$,
# $v_1 = 0.02\,\theta_1$ — so the first averages are pulled towards the starting value 0.
# Dividing by the sum of the weights removes the bias:
#
# $$ v_t^{\text{corrected}} = \frac{v_t}{1 - \beta^t}. $$
#
# As $t$ grows, $\beta^t \to 0$ and the correction fades away; it only matters for the first
# few multiples of $1/(1-\beta)$ steps. (Note that $t$ counts from 1: the first value is
# divided by $1-\beta$.)
#
# Implement `ewma`: return the whole sequence $v_1, \dots, v_T$, bias-corrected if asked.

# %% nbgrader={"grade": false, "grade_id": "ewma", "locked": false, "schema_version": 3, "solution": true, "task": false}
def ewma(values, beta, bias_correction=False):
    """Exponentially weighted moving average of a sequence, starting from v_0 = 0.

    Inputs:
      values          -- 1-D array-like of floats, shape (T,): theta_1, ..., theta_T.
      beta            -- float in [0, 1), the weight of the previous average.
      bias_correction -- bool; if True, return v_t / (1 - beta**t) instead of v_t.
    Returns:
      averages -- float64 array (T,): v_1, ..., v_T (bias-corrected if asked).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_ewma", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_ewma(ewma)

# %% [markdown]
# ### Seeing the lag and the bias
#
# Below is a year of noisy "daily temperatures". The average with $\beta = 0.9$ follows the
# data closely but stays bumpy; $\beta = 0.98$ is much smoother but lags behind the seasons.
# The right panel zooms on the first weeks: the uncorrected $\beta = 0.98$ curve starts at
# zero and needs weeks to climb to the level of the data, while the corrected one is on
# target from the first day.

# %%
rng = np.random.default_rng(0)
days = np.arange(1, 366)
temperature = 12 - 9 * np.cos(2 * np.pi * (days - 15) / 365) + rng.normal(0, 3, days.size)

curves = {"beta = 0.9": ewma(temperature, 0.9),
          "beta = 0.98": ewma(temperature, 0.98),
          "beta = 0.98, bias-corrected": ewma(temperature, 0.98, bias_correction=True)}
fig, axes = plt.subplots(1, 2, figsize=(13, 4))
for ax, last_day in zip(axes, (365, 40)):
    ax.plot(days[:last_day], temperature[:last_day], ".", color="0.7", ms=4, label="data")
    for label, curve in curves.items():
        ax.plot(days[:last_day], curve[:last_day], label=label)
    ax.set_xlabel("day t")
    ax.set_ylabel("temperature")
axes[0].set_title("A year: larger beta = smoother, but later")
axes[1].set_title("The first 40 days: the uncorrected average starts near 0")
axes[1].legend()
plt.show()

# %% [markdown]
# ## 2 — Gradient descent with momentum
#
# Picture a cost surface shaped like a long, narrow valley. The gradient points mostly
# *across* the valley, where it is steep, and only a little *along* it, towards the minimum.
# Gradient descent zig-zags from one wall to the other; a learning rate large enough to
# make progress along the valley makes the zig-zag worse, and one small enough to calm it
# makes progress painfully slow. Mini-batch noise adds more jitter on top.
#
# Momentum replaces the raw gradient by its exponentially weighted average, the *velocity*:
#
# $$ v_{dW} = \beta\, v_{dW} + (1-\beta)\, dW, \qquad W = W - \alpha\, v_{dW}, $$
#
# and the same for every `b`. Across the valley the gradients alternate in sign and
# average out; along the valley they agree and add up. A physical picture: a ball rolling
# downhill, where the gradient is the acceleration, $v$ the velocity and $\beta$ a friction
# that keeps the ball from speeding up forever. $\beta = 0.9$ (an average over about the
# last 10 gradients) is the usual choice. Nobody bothers with bias correction here: after
# ten or so steps the average has warmed up.
#
# *Two forms in the wild.* Some texts and libraries drop the $(1-\beta)$:
# $v = \beta v + dW$. That $v$ is $1/(1-\beta)$ times larger, so the same learning rate
# means ten times larger steps at $\beta = 0.9$: the two forms are equivalent only if the
# learning rate is rescaled by $(1-\beta)$. Mixing one form with a learning rate tuned for
# the other is a classic bug. We use the form with $(1-\beta)$ everywhere.
#
# First the state: one zero array per parameter, under the gradient's name.

# %% nbgrader={"grade": false, "grade_id": "initialize_velocity", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_velocity(parameters):
    """Zero velocity for every parameter of the network.

    Inputs:
      parameters -- dict {"W1": (n1, n0), "b1": (n1, 1), ..., "WL": ..., "bL": ...}.
    Returns:
      v -- dict {"dW1": zeros with the shape of W1, "db1": zeros with the shape of b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_velocity", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_velocity(initialize_velocity)

# %% [markdown]
# Now one step of momentum for every layer `l = 1..L` (the number of layers is
# `len(parameters) // 2`). Update the velocity first, then move the parameters with the
# *new* velocity. Build new dicts; do not modify `parameters`, `grads` or `v`.

# %% nbgrader={"grade": false, "grade_id": "update_parameters_with_momentum", "locked": false, "schema_version": 3, "solution": true, "task": false}
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    """One step of gradient descent with momentum; the inputs are left unchanged.

    Inputs:
      parameters    -- dict {"W1": (n1, n0), "b1": (n1, 1), ...}, float arrays.
      grads         -- dict {"dW1": ..., "db1": ...}, same shapes as the parameters.
      v             -- dict, the velocity, same keys and shapes as grads.
      beta          -- float in [0, 1), the momentum.
      learning_rate -- float.
    Returns:
      (parameters, v) -- new dicts with the same keys and shapes: the parameters after the
                         step and the updated velocity.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_update_parameters_with_momentum", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_update_parameters_with_momentum(update_parameters_with_momentum)

# %% [markdown]
# ## 3 — RMSprop
#
# Momentum smooths the *direction*. RMSprop ("root mean square propagation") adapts the
# *step size* of each parameter separately. It keeps an exponentially weighted average of
# the squared gradient,
#
# $$ s_{dW} = \beta_2\, s_{dW} + (1-\beta_2)\, dW^2 \quad\text{(element-wise square)}, $$
#
# whose square root estimates the typical size of that parameter's gradient, and divides
# the step by it:
#
# $$ W = W - \alpha\, \frac{dW}{\sqrt{s_{dW}} + \varepsilon}. $$
#
# A parameter whose gradient is large and oscillating (across the valley) gets a large
# denominator and small steps; one whose gradient is small but steady (along the valley)
# gets a small denominator and relatively large steps. Each step ends up roughly of size
# $\alpha$ per parameter, whatever the scale of its gradient. The small $\varepsilon$
# (1e-8) only prevents a division by zero; it is added **after** the square root. Common
# choices of $\beta_2$ are 0.9 to 0.999; we use 0.9 (without bias correction a large
# $\beta_2$ would make the first steps huge, since $s$ starts near zero).

# %% nbgrader={"grade": false, "grade_id": "initialize_rmsprop", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_rmsprop(parameters):
    """Zero running average of the squared gradients for every parameter.

    Inputs:
      parameters -- dict {"W1": (n1, n0), "b1": (n1, 1), ..., "WL": ..., "bL": ...}.
    Returns:
      s -- dict {"dW1": zeros with the shape of W1, "db1": zeros with the shape of b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_rmsprop", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_rmsprop(initialize_rmsprop)

# %% nbgrader={"grade": false, "grade_id": "update_parameters_with_rmsprop", "locked": false, "schema_version": 3, "solution": true, "task": false}
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    """One RMSprop step; the inputs are left unchanged.

    Inputs:
      parameters    -- dict {"W1": (n1, n0), "b1": (n1, 1), ...}, float arrays.
      grads         -- dict {"dW1": ..., "db1": ...}, same shapes as the parameters.
      s             -- dict, running average of the squared gradients, same keys as grads.
      beta2         -- float in [0, 1), the weight of the previous average.
      learning_rate -- float.
      epsilon       -- float, added to sqrt(s) to avoid dividing by zero.
    Returns:
      (parameters, s) -- new dicts with the same keys and shapes: the parameters after the
                         step and the updated average.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_update_parameters_with_rmsprop", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_update_parameters_with_rmsprop(update_parameters_with_rmsprop)

# %% [markdown]
# ## 4 — Adam
#
# Adam ("adaptive moment estimation") combines the two: the momentum average $v$ of the
# gradient (the first moment) and the RMSprop average $s$ of its square (the second
# moment), both *with* bias correction. At step $t$ (counted from 1), for every parameter:
#
# $$
# \begin{aligned}
# v_{dW} &= \beta_1 v_{dW} + (1-\beta_1)\, dW, &
# s_{dW} &= \beta_2 s_{dW} + (1-\beta_2)\, dW^2,\\
# v^{\text{corrected}}_{dW} &= \frac{v_{dW}}{1-\beta_1^t}, &
# s^{\text{corrected}}_{dW} &= \frac{s_{dW}}{1-\beta_2^t},\\
# W &= W - \alpha\, \frac{v^{\text{corrected}}_{dW}}{\sqrt{s^{\text{corrected}}_{dW}} + \varepsilon}.
# \end{aligned}
# $$
#
# Here bias correction is not optional. With the usual $\beta_2 = 0.999$, $s$ averages over
# about a thousand steps, so for hundreds of steps the uncorrected $s$ would be far too
# small and the steps far too large. The defaults of the original paper —
# $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$ — are rarely changed; the
# learning rate $\alpha$ still needs tuning.
#
# `v` and `s` keep the *raw* averages from step to step; the corrected values only serve
# the current step. The function also returns them so that you (and the grader) can
# inspect them.

# %% nbgrader={"grade": false, "grade_id": "initialize_adam", "locked": false, "schema_version": 3, "solution": true, "task": false}
def initialize_adam(parameters):
    """Zero first and second moment estimates for every parameter.

    Inputs:
      parameters -- dict {"W1": (n1, n0), "b1": (n1, 1), ..., "WL": ..., "bL": ...}.
    Returns:
      (v, s) -- two dicts {"dW1": zeros with the shape of W1, "db1": zeros like b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_initialize_adam", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_initialize_adam(initialize_adam)

# %% nbgrader={"grade": false, "grade_id": "update_parameters_with_adam", "locked": false, "schema_version": 3, "solution": true, "task": false}
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    """One Adam step at step number t (counted from 1); the inputs are left unchanged.

    Inputs:
      parameters -- dict {"W1": (n1, n0), "b1": (n1, 1), ...}, float arrays.
      grads      -- dict {"dW1": ..., "db1": ...}, same shapes as the parameters.
      v, s       -- dicts, first and second moment estimates, same keys as grads.
      t          -- int >= 1, the number of this step (used by the bias correction).
      learning_rate, beta1, beta2, epsilon -- floats.
    Returns:
      (parameters, v, s, v_corrected, s_corrected) -- new dicts with the same keys and
        shapes: the parameters after the step, the updated raw moments, and the
        bias-corrected moments used in this step.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_update_parameters_with_adam", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_update_parameters_with_adam(update_parameters_with_adam)

# %% [markdown]
# ## 5 — Ravines, plateaus and saddle points
#
# It is tempting to picture training as a ball that might get trapped in a poor local
# minimum. In the high-dimensional spaces of neural networks that is rare: at a point where
# the gradient vanishes, the cost would have to curve upwards in *every one* of thousands of
# directions to be a minimum. Far more often it curves up in some directions and down in
# others — a **saddle point** — and the real obstacle is the **plateau** around it, a large
# region where the gradient is tiny and plain gradient descent crawls.
#
# Both difficulties show up on two 2-parameter toy costs. The "network" below has a single
# weight `W1` (plotted horizontally) and a single bias `b1` (vertically), so that your
# update functions can run on it unchanged.
#
# - **A ravine**, $J = \tfrac12 (w^2 + 20\, b^2)$: twenty times steeper across than along.
# - **A saddle**, $J = \tfrac12 w^2 + \tfrac14 b^4 - \tfrac12 b^2$, started almost exactly
#   on the ridge ($b = 10^{-4}$). The gradient in $b$ is about $-b$: tiny at the start.

# %%
def toy_run(gradient, start, optimizer, learning_rate, steps, beta=0.9):
    """Optimize a 2-parameter toy cost; returns the path, an array (steps + 1, 2) of (w, b)."""
    parameters = {"W1": np.array([[start[0]]]), "b1": np.array([[start[1]]])}
    v, s = initialize_velocity(parameters), initialize_rmsprop(parameters)
    path = [start]
    for t in range(1, steps + 1):
        dw, db = gradient(parameters["W1"][0, 0], parameters["b1"][0, 0])
        grads = {"dW1": np.array([[dw]]), "db1": np.array([[db]])}
        if optimizer == "gradient descent":
            parameters = nn.update_parameters(parameters, grads, learning_rate)
        elif optimizer == "momentum":
            parameters, v = update_parameters_with_momentum(parameters, grads, v, beta,
                                                            learning_rate)
        elif optimizer == "RMSprop":
            parameters, s = update_parameters_with_rmsprop(parameters, grads, s, 0.9,
                                                           learning_rate)
        else:
            parameters, v, s, _, _ = update_parameters_with_adam(parameters, grads, v, s, t,
                                                                 learning_rate)
        path.append((parameters["W1"][0, 0], parameters["b1"][0, 0]))
    return np.array(path)


def ravine(w, b):
    return 0.5 * (w ** 2 + 20 * b ** 2)


def saddle(w, b):
    return 0.5 * w ** 2 + 0.25 * b ** 4 - 0.5 * b ** 2


fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5))
ws, bs = np.meshgrid(np.linspace(-5.5, 1, 200), np.linspace(-1.2, 1.2, 200))
left.contour(ws, bs, ravine(ws, bs), levels=np.geomspace(0.05, 40, 14), colors="0.8")
for optimizer, lr, beta in [("gradient descent", 0.09, None), ("momentum", 0.15, 0.7),
                            ("RMSprop", 0.15, None), ("Adam", 0.15, None)]:
    path = toy_run(lambda w, b: (w, 20 * b), (-5.0, 1.0), optimizer, lr, 40, beta or 0.9)
    label = f"{optimizer}, lr {lr}" + (f", beta {beta}" if beta else "")
    left.plot(path[:, 0], path[:, 1], ".-", ms=3, label=label)
left.set(xlabel="w", ylabel="b", title="A ravine: 40 steps from (-5, 1)")
left.legend(loc="upper right", fontsize=8)
for optimizer in ("gradient descent", "momentum", "RMSprop", "Adam"):
    path = toy_run(lambda w, b: (w, b ** 3 - b), (1.0, 1e-4), optimizer, 0.05, 300)
    right.plot(saddle(path[:, 0], path[:, 1]), label=optimizer)
right.set(xlabel="step", ylabel="cost", title="Near a saddle: the plateau (learning rate 0.05)")
right.legend()
plt.show()

# %% [markdown]
# **The ravine.** Gradient descent, at a learning rate just below the one where it would
# diverge across the ravine (0.1 here), zig-zags from wall to wall. Momentum's averaging
# cancels most of the zig-zag, which is what lets it use a larger learning rate and reach
# the minimum first. (We use $\beta = 0.7$ on this tiny problem; with 0.9 the "ball" keeps
# swinging from wall to wall for a long time before friction calms it.) RMSprop and Adam
# rescale each coordinate: the steep `b` direction gets small steps and the flat `w`
# direction relatively large ones. RMSprop's path drops to the valley floor almost at once
# and then travels along it; Adam's momentum part adds a slow swing around the floor.
#
# **The plateau.** All methods first descend in `w` to the ridge at cost 0, then sit on the
# plateau while `b` grows slowly away from the saddle. Gradient descent needs about two
# hundred steps to leave it: its step is proportional to a gradient that is nearly zero.
# Momentum in our $(1-\beta)$ form is no faster (even a little slower, because its velocity
# first has to build up): averaging a steady gradient does not enlarge it. RMSprop and Adam
# escape within a few dozen steps, because dividing by $\sqrt{s}$ turns even a tiny, steady
# gradient into a step of size about $\alpha$. That is the main reason adaptive methods are
# the default for deep networks, whose costs are full of such flat regions.
#
# ## 6 — Learning-rate decay
#
# With mini-batches, gradient descent never settles exactly at the minimum: each step is
# taken on a different sample, so near the minimum the parameters keep wandering in a
# cloud whose size grows with the learning rate. Large steps are useful early, when the
# parameters are far from any minimum; small steps are useful late, to settle down. A
# *decay schedule* lowers the learning rate as training goes on. With one *epoch* = one pass
# over the training set and $\alpha_0$ the initial rate, common schedules are
#
# $$
# \begin{aligned}
# \text{inverse time:}\quad & \alpha = \frac{\alpha_0}{1 + \text{rate}\cdot\text{epoch}},\\
# \text{exponential:}\quad & \alpha = \alpha_0 \cdot \text{rate}^{\,\text{step}/\text{decay steps}}
#    \quad(\text{e.g. } 0.95^{\text{epoch}}\,\alpha_0),\\
# \text{inverse square root:}\quad & \alpha = \frac{k}{\sqrt{\text{epoch}}}\,\alpha_0,\\
# \text{scheduled (step-wise):}\quad & \alpha = \frac{\alpha_0}{1 + \text{rate}\cdot
#    \lfloor \text{epoch} / \text{interval} \rfloor}.
# \end{aligned}
# $$
#
# (In the code, "rate" is the argument `decay_rate`, "decay steps" is `decay_steps` and
# "interval" is `time_interval`.)
#
# The exponential schedule has a *staircase* variant that floors the exponent,
# $\lfloor \text{step} / \text{decay steps} \rfloor$, so that the rate stays constant for
# `decay_steps` steps and then drops all at once (TensorFlow's `ExponentialDecay` works the
# same way). Whether `step` counts epochs or individual updates is up to the caller; what
# matters is that `decay_steps` is in the same unit. The scheduled variant applies the
# inverse-time formula only once every `time_interval` epochs: if the decay were applied
# at every epoch of a long run, the rate would fall to almost zero long before training
# ends. Some practitioners simply lower the rate by hand when progress stalls (the
# "manual" schedule); it works, but it needs someone watching.
#
# Learning-rate decay is usually one of the *last* things to tune: it helps a good
# configuration a little, it does not rescue a bad one.

# %% nbgrader={"grade": false, "grade_id": "inverse_time_decay", "locked": false, "schema_version": 3, "solution": true, "task": false}
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    """Inverse-time decay: learning_rate0 / (1 + decay_rate * epoch).

    Inputs:
      learning_rate0 -- float, the initial learning rate.
      epoch          -- int >= 0, the epoch number (0 for the first epoch).
      decay_rate     -- float >= 0.
    Returns:
      learning_rate -- float, the learning rate for this epoch.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_inverse_time_decay", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_inverse_time_decay(inverse_time_decay)

# %% nbgrader={"grade": false, "grade_id": "exponential_decay", "locked": false, "schema_version": 3, "solution": true, "task": false}
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    """Exponential decay: learning_rate0 * decay_rate ** (step / decay_steps).

    Inputs:
      learning_rate0 -- float, the initial learning rate.
      step           -- int >= 0, the current epoch or update number.
      decay_rate     -- float in (0, 1], the factor applied every decay_steps steps.
      decay_steps    -- int > 0, in the same unit as step.
      staircase      -- bool; if True the exponent is floor(step / decay_steps), so the
                        rate drops in discrete steps.
    Returns:
      learning_rate -- float.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_exponential_decay", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_exponential_decay(exponential_decay)

# %% nbgrader={"grade": false, "grade_id": "scheduled_lr_decay", "locked": false, "schema_version": 3, "solution": true, "task": false}
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    """Inverse-time decay applied once every `time_interval` epochs.

    Inputs:
      learning_rate0 -- float, the initial learning rate.
      epoch          -- int >= 0, the epoch number.
      decay_rate     -- float >= 0.
      time_interval  -- int > 0, the number of epochs between two decays.
    Returns:
      learning_rate -- float, learning_rate0 / (1 + decay_rate * floor(epoch / time_interval)).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_scheduled_lr_decay", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_scheduled_lr_decay(scheduled_lr_decay)

# %% [markdown]
# The fourth schedule needs no function of yours. Here are all of them over 60 epochs,
# starting from $\alpha_0 = 0.1$ (the inverse-square-root schedule is undefined at epoch 0;
# we keep $\alpha_0$ there).

# %%
def inverse_sqrt_decay(learning_rate0, epoch, k=1.0):
    """k / sqrt(epoch) * learning_rate0 for epoch >= 1; learning_rate0 at epoch 0."""
    return learning_rate0 * k / np.sqrt(epoch) if epoch >= 1 else learning_rate0


epochs = np.arange(61)
schedules = {
    "inverse time, decay_rate 0.1": [inverse_time_decay(0.1, e, 0.1) for e in epochs],
    "exponential, 0.95^epoch": [exponential_decay(0.1, e, 0.95, 1) for e in epochs],
    "exponential staircase, 0.7 every 10 epochs":
        [exponential_decay(0.1, e, 0.7, 10, staircase=True) for e in epochs],
    "inverse square root, k = 1": [inverse_sqrt_decay(0.1, e) for e in epochs],
    "scheduled, decay_rate 1 every 10 epochs":
        [scheduled_lr_decay(0.1, e, 1.0, time_interval=10) for e in epochs],
}
fig, ax = plt.subplots(figsize=(8, 4.5))
for label, rates in schedules.items():
    ax.plot(epochs, rates, label=label, drawstyle="steps-post" if "every" in label else None)
ax.set(xlabel="epoch", ylabel="learning rate", title="Learning-rate schedules, alpha0 = 0.1")
ax.legend()
plt.show()

# %% [markdown]
# ## 7 — The optimizers on MNIST
#
# Time to train a real network: `784 → 64 → 32 → 10` (ReLU hidden layers, softmax output,
# He initialization) on 10,240 training digits (80 mini-batches of 128), for five epochs. The
# forward pass, cost and backward pass come from `dlbasics.nn`; only the update rule
# changes. The training loop below is written out so that you can see where each piece
# lives: the optimizer's state is created once, the learning rate is recomputed at the start
# of every epoch, and Adam's step counter `t` counts updates, starting at 1.

# %%
LAYER_DIMS = [784, 64, 32, 10]


def optimizer_state(optimizer, parameters):
    """The state an optimizer carries from one update to the next (a dict)."""
    if optimizer == "momentum":
        return {"v": initialize_velocity(parameters)}
    if optimizer == "RMSprop":
        return {"s": initialize_rmsprop(parameters)}
    if optimizer == "Adam":
        v, s = initialize_adam(parameters)
        return {"v": v, "s": s, "t": 0}
    return {}


def optimizer_update(optimizer, state, parameters, grads, learning_rate, beta=0.9,
                     beta2=0.9):
    """One update with `optimizer`; `state` (a dict holding v, s and t) is updated in place.

    Returns: the new parameters.
    """
    if optimizer == "gradient descent":
        return nn.update_parameters(parameters, grads, learning_rate)
    if optimizer == "momentum":
        parameters, state["v"] = update_parameters_with_momentum(parameters, grads,
                                                                 state["v"], beta, learning_rate)
        return parameters
    if optimizer == "RMSprop":
        parameters, state["s"] = update_parameters_with_rmsprop(parameters, grads, state["s"],
                                                                beta2, learning_rate)
        return parameters
    state["t"] += 1
    parameters, state["v"], state["s"], _, _ = update_parameters_with_adam(
        parameters, grads, state["v"], state["s"], state["t"], learning_rate)
    return parameters


def train_model(X, Y, optimizer, learning_rate0, num_epochs, schedule=None, batch_size=128,
                seed=0, **hyperparameters):
    """Mini-batch training of a LAYER_DIMS network with one of the four optimizers.

    Inputs: X (784, m), Y (10, m); optimizer -- "gradient descent", "momentum", "RMSprop" or
      "Adam"; learning_rate0 -- the initial rate; schedule(learning_rate0, epoch) -> rate,
      or None for a constant rate; hyperparameters -- beta (momentum), beta2 (RMSprop).
    Returns: (parameters, history) with history["cost"] (one value per update) and
      history["seconds"] (the training time).
    """
    parameters = nn.initialize_parameters(LAYER_DIMS, seed=seed)
    state = optimizer_state(optimizer, parameters)
    rng = np.random.default_rng(seed)
    m = X.shape[1]
    costs, start = [], time.perf_counter()
    for epoch in range(num_epochs):
        learning_rate = schedule(learning_rate0, epoch) if schedule else learning_rate0
        order = rng.permutation(m)
        for first in range(0, m, batch_size):
            columns = order[first:first + batch_size]
            AL, caches = nn.model_forward(X[:, columns], parameters)
            costs.append(nn.compute_cost(AL, Y[:, columns]))
            grads = nn.model_backward(AL, Y[:, columns], caches)
            parameters = optimizer_update(optimizer, state, parameters, grads, learning_rate,
                                          **hyperparameters)
    return parameters, {"cost": costs, "seconds": time.perf_counter() - start}


# %% [markdown]
# Each optimizer gets a learning rate on its own scale. Gradient descent and momentum take
# steps of size $\alpha\cdot|\text{gradient}|$, so their good $\alpha$ depends on the
# gradients' size; RMSprop and Adam take steps of size about $\alpha$ per parameter, so
# their good $\alpha$ is much smaller (Adam's classic default is $10^{-3}$). The rates
# below are on the high side of what works for each family: fast, but noisy at the end of
# training — the situation decay is meant for. Each optimizer runs twice: with a constant
# rate and with inverse-time decay (`decay_rate` 0.5 per epoch, so the last epoch runs at
# a third of $\alpha_0$). The per-update costs are noisy, so the curves show them smoothed
# by your `ewma` (with bias correction, so the first points are right).

# %%
X_all, Y_all = data.load_mnist("train", n=N_TRAIN + N_DEV, seed=0)
split = np.random.default_rng(1).permutation(N_TRAIN + N_DEV)
X_train, Y_train = X_all[:, split[:N_TRAIN]], Y_all[:, split[:N_TRAIN]]
X_dev, Y_dev = X_all[:, split[N_TRAIN:]], Y_all[:, split[N_TRAIN:]]
X_test, Y_test = data.load_mnist("test")
print("train:", X_train.shape, " dev:", X_dev.shape, " test:", X_test.shape)

SETTINGS = {"gradient descent": (0.5, {}), "momentum": (0.5, {"beta": 0.9}),
            "RMSprop": (0.01, {"beta2": 0.9}), "Adam": (0.01, {})}
SCHEDULES = {"constant": None,
             "inverse time": lambda lr0, epoch: inverse_time_decay(lr0, epoch, 0.5)}

histories, rows = {}, []
for schedule_name, schedule in SCHEDULES.items():
    for optimizer, (lr0, hyperparameters) in SETTINGS.items():
        trained, history = train_model(X_train, Y_train, optimizer, lr0, EPOCHS, schedule,
                                       **hyperparameters)
        histories[(schedule_name, optimizer)] = history
        rows.append([optimizer, lr0, schedule_name, float(np.mean(history["cost"][-20:])),
                     nn.accuracy(X_train, Y_train, trained),
                     nn.accuracy(X_test, Y_test, trained), f"{history['seconds']:.1f}"])

fig, axes = plt.subplots(1, 2, figsize=(13, 4.5), sharey=True)
for ax, schedule_name in zip(axes, SCHEDULES):
    smoothed = {optimizer: ewma(histories[(schedule_name, optimizer)]["cost"], 0.9,
                                bias_correction=True) for optimizer in SETTINGS}
    plots.plot_costs(smoothed, ax=ax, log_y=True,
                     title=f"{schedule_name} learning rate, {EPOCHS} epochs "
                           f"(smoothed, beta 0.9)")
plt.show()
plots.print_table(rows, ["optimizer", "alpha0", "schedule", "final cost", "train acc",
                         "test acc", "seconds"])

# %% [markdown]
# ### Reading the results
#
# - **Adam** brings the cost down fastest; Adam and RMSprop end with the lowest costs and
#   the best test accuracies: per-parameter step sizes suit a network whose layers receive
#   gradients of very different sizes.
# - **Momentum** beats gradient descent at the same, large $\alpha$: averaging the noisy
#   mini-batch gradients tames the steps that make plain gradient descent jumpy at this
#   rate. (In our $(1-\beta)$ form momentum does not move faster on a steady slope; its
#   gain is that it tolerates large rates and noise — as in the ravine above.)
# - **Decay** helps RMSprop and Adam and does little for (or slightly slows) gradient
#   descent and momentum. The reason is in the update rules: a gradient-descent step is
#   proportional to the gradient, which shrinks by itself as training approaches a
#   minimum; an RMSprop or Adam step has size about $\alpha$ per parameter *whatever* the
#   gradient, so without decay it keeps jittering at full size. On a short budget, slowing
#   down early also costs progress; decay pays off most on long runs.
# - The **seconds** column is the price of the bookkeeping: momentum and RMSprop update one
#   extra array per parameter and Adam two, which adds a little to each update but far
#   less than the forward and backward passes cost. (Timings also vary with the load of
#   the machine; compare them loosely.)
#
# With 10,240 examples and five epochs every method is still improving; the ranking at
# this budget is not a verdict for every problem. That is exactly why the learning rate
# (and sometimes $\beta$) must be searched for each problem.
#
# ## 8 — Hyperparameter search
#
# Which hyperparameters matter most? Roughly: the learning rate $\alpha$ first; then
# momentum's $\beta$, the mini-batch size and the number of hidden units; then the number
# of layers and the learning-rate decay; Adam's $\beta_1$, $\beta_2$ and $\varepsilon$ are
# almost never tuned.
#
# **Random, not grid.** A 5 × 5 grid over $(\alpha, \beta)$ tries only five distinct values
# of each. If $\beta$ turns out to matter little, 25 runs taught you only five learning
# rates. Twenty-five random points try 25 different values of *each* hyperparameter.
#
# **On the right scale.** Sampling $\alpha$ uniformly in $[10^{-4}, 1]$ puts 90% of the
# trials between 0.1 and 1 and only 0.01% below $10^{-3}$. What matters for a learning
# rate is its order of magnitude, so sample the *exponent*: $r \sim U[-4, 0]$,
# $\alpha = 10^r$ — each decade then gets the same share. For an averaging rate $\beta$
# the sensitive region is near 1: going from 0.9 to 0.9005 changes almost nothing (both
# average about 10 values), while going from 0.999 to 0.9995 doubles the window from 1000
# to 2000 values. So sample $1-\beta$ on a log scale: $r \sim U[\text{low}, \text{high}]$,
# $\beta = 1 - 10^r$ (e.g. $r \in [-3, -1]$ gives $\beta \in [0.9, 0.999]$).
#
# **Coarse to fine.** Start with a wide range; look where the good results cluster; zoom
# into that region and sample more densely.
#
# As everywhere in this course, a random function takes a `seed` and must return the same
# values for the same seed (create your generator from it, e.g.
# `np.random.default_rng(seed)`); the grader checks the distribution of your values, not a
# particular random stream.

# %% nbgrader={"grade": false, "grade_id": "sample_log_uniform", "locked": false, "schema_version": 3, "solution": true, "task": false}
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    """Sample n values 10**r with r uniform in [low_exp, high_exp] (a log-uniform sample).

    Inputs:
      low_exp, high_exp -- floats, low_exp < high_exp: the range of the exponent r.
      n                 -- int, the number of values.
      seed              -- int, seed of the random generator (same seed -> same values).
    Returns:
      values -- float64 array (n,), in [10**low_exp, 10**high_exp].
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_sample_log_uniform", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_sample_log_uniform(sample_log_uniform)

# %% nbgrader={"grade": false, "grade_id": "sample_beta", "locked": false, "schema_version": 3, "solution": true, "task": false}
def sample_beta(low_exp, high_exp, n, seed=0):
    """Sample n averaging rates beta = 1 - 10**r with r uniform in [low_exp, high_exp].

    Inputs:
      low_exp, high_exp -- floats, low_exp < high_exp <= 0: the range of r = log10(1 - beta).
      n                 -- int, the number of values.
      seed              -- int, seed of the random generator (same seed -> same values).
    Returns:
      betas -- float64 array (n,), in [1 - 10**high_exp, 1 - 10**low_exp].
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_sample_beta", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
tests.test_sample_beta(sample_beta)

# %% [markdown]
# ### A coarse-to-fine search for momentum's $\alpha$ and $\beta$
#
# Each trial trains the network with momentum for one epoch on 4,000 examples (batches of
# 64) and is scored on the **dev set** — examples held out from training for exactly this
# purpose. Choosing hyperparameters on the test set would make the test accuracy an
# optimistic, biased estimate; the test set is kept for the final report only.
#
# The coarse stage samples $\alpha \in [10^{-4}, 10]$ and $\beta \in [0.5, 0.999]$
# ($r \in [-3, -0.3]$). The fine stage samples a box of half a decade in each direction
# around the best coarse trial.

# %%
X_search, Y_search = X_train[:, :N_SEARCH], Y_train[:, :N_SEARCH]


def momentum_trial(learning_rate, beta):
    """Dev accuracy of a short momentum run with these hyperparameters."""
    with np.errstate(all="ignore"):  # a far too large learning rate may overflow: that's a result too
        trained, _ = train_model(X_search, Y_search, "momentum", learning_rate, 1,
                                 batch_size=64, beta=beta)
        return nn.accuracy(X_dev, Y_dev, trained)


def run_trials(lr_exponents, beta_exponents, n, seed):
    """n trials with log10(alpha) and log10(1 - beta) sampled in the given ranges.

    Returns: array (n, 3) of rows (alpha, beta, dev accuracy).
    """
    alphas = sample_log_uniform(*lr_exponents, n, seed=seed)
    betas = sample_beta(*beta_exponents, n, seed=seed + 1)
    return np.array([(a, b, momentum_trial(a, b)) for a, b in zip(alphas, betas)])


tic = time.perf_counter()
coarse = run_trials((-4.0, 1.0), (-3.0, -0.3), COARSE_TRIALS, seed=10)
best_alpha, best_beta, _ = coarse[np.argmax(coarse[:, 2])]
fine_lr = (np.log10(best_alpha) - 0.5, min(np.log10(best_alpha) + 0.5, 1.0))
fine_beta = (np.log10(1 - best_beta) - 0.5, min(np.log10(1 - best_beta) + 0.5, -0.3))
fine = run_trials(fine_lr, fine_beta, FINE_TRIALS, seed=20)
print(f"{COARSE_TRIALS + FINE_TRIALS} trials in {time.perf_counter() - tic:.1f} s")

fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5))
for trials, marker, label in [(coarse, "o", "coarse"), (fine, "^", "fine")]:
    left.scatter(trials[:, 0], trials[:, 2], marker=marker, label=label)
    points = right.scatter(trials[:, 0], 1 - trials[:, 1], c=trials[:, 2], marker=marker,
                           cmap="viridis", vmin=0, vmax=1, edgecolors="k", label=label)
left.set(xscale="log", xlabel="learning rate alpha", ylabel="dev accuracy",
         title="Dev accuracy against the learning rate")
left.legend()
right.add_patch(plt.Rectangle((10 ** fine_lr[0], 10 ** fine_beta[0]),
                              10 ** fine_lr[1] - 10 ** fine_lr[0],
                              10 ** fine_beta[1] - 10 ** fine_beta[0], fill=False, ls="--"))
right.set(xscale="log", yscale="log", xlabel="learning rate alpha", ylabel="1 - beta",
          title="Both hyperparameters (colour = dev accuracy; dashed = fine box)")
fig.colorbar(points, ax=right)
plt.show()

results = np.vstack([coarse, fine])
order = np.argsort(-results[:, 2])
plots.print_table([[f"{a:.4g}", f"{b:.4f}", acc] for a, b, acc in results[order[:5]]],
                  ["alpha", "beta", "dev acc"])

# %% [markdown]
# The left panel shows the most important fact of the search: the dev accuracy depends on
# the learning rate over *orders of magnitude*, with a good region around $10^{-1}$ to a few
# units and a fall on either side (too small: the network barely moves in one epoch; too
# large: the steps overshoot and training breaks down). A uniform sample of $\alpha$ in
# $[10^{-4}, 10]$ would have put 90% of the trials in the top decade and missed the left
# half of this picture entirely.
#
# The right panel shows that the two hyperparameters *interact*. In our $(1-\beta)$ form
# the velocity starts at zero and needs about $1/(1-\beta)$ updates to warm up — with
# $\beta = 0.999$ that is a thousand, far more than the 63 of a trial — so a $\beta$ very
# close to 1 acts like a much smaller learning rate during a short run. It hurts at a
# moderate $\alpha$ and it is what lets some of the largest $\alpha$ values survive. Such
# interactions are why we sample both hyperparameters together instead of tuning one at a
# time. The fine stage then spends its trials in the region where the coarse stage found
# the good results.
#
# ### Panda or caviar?
#
# How you organise a search depends on your computing budget. With a large model and
# little hardware you *babysit* one model — the **panda** approach, one precious baby at a
# time: start it, watch the learning curve every day, nudge the learning rate up or down,
# roll back when something goes wrong. With enough hardware you train many models in
# parallel with different hyperparameters and keep the best — the **caviar** approach, a
# fish laying millions of eggs and expecting only a few to make it. Our little search is
# caviar. Either way, re-examine your hyperparameters from time to time: data, code and
# hardware change, and yesterday's best setting drifts.
#
# ## What to remember
#
# - An exponentially weighted average $v = \beta v + (1-\beta)\theta$ averages roughly the
#   last $1/(1-\beta)$ values; starting from 0 biases its first values, and dividing by
#   $1-\beta^t$ ($t$ from 1) corrects that.
# - Momentum steps along the average gradient (smoother, tolerates larger rates); RMSprop
#   divides each step by the root of the average squared gradient (ε after the square
#   root); Adam does both, with bias correction, and is a strong default
#   ($\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$; tune $\alpha$).
# - Keep the $(1-\beta)$ form and its learning rate together: dropping $(1-\beta)$ scales
#   the steps by $1/(1-\beta)$.
# - Plateaus around saddle points, not bad local minima, are what slow down training in
#   high dimensions; adaptive step sizes get off them much faster.
# - Decay the learning rate per epoch (inverse time, exponential or staircase, $k/\sqrt{t}$,
#   scheduled); it refines a good configuration, it does not fix a bad one.
# - Search hyperparameters at random, on a log scale for $\alpha$ and for $1-\beta$,
#   coarse to fine, scored on a dev set — not on the test set.

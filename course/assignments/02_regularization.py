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
# # Assignment 02 — L2 regularization
#
# A network with a hundred thousand weights can learn a thousand training examples by
# heart. It then scores perfectly on those examples and noticeably worse on new ones: it
# has *overfitted*. Whether a model does well on data it has never seen is the question that
# matters in practice, so in this assignment you learn to measure that gap, to tell it apart
# from the opposite problem (a model too weak to fit even its training data), and to shrink
# it with the oldest regularizer of all: a penalty on the size of the weights.
#
# **You will learn to**
# - split data into training, dev and test sets, and say what each one is for;
# - read *bias* and *variance* off the training and dev errors, and follow the basic recipe
#   that says what to try next;
# - implement the L2-regularized cost and its gradient for an L-layer network;
# - choose the regularization strength λ on the dev set, and recognise the high-bias end of
#   a λ that is too large.
#
# **Conventions** (the same in all NumPy assignments): examples are *columns*. `X` has shape
# `(n_x, m)`, one-hot labels `Y` have shape `(10, m)`, `W[l]` has shape `(n[l], n[l-1])` and
# `b[l]` has shape `(n[l], 1)`. Parameters live in a dict `{"W1": ..., "b1": ..., ...}` and
# gradients in `{"dW1": ..., "db1": ..., ...}`. Hidden layers use ReLU, the output layer is a
# softmax over the 10 digits, and the cost is the cross-entropy averaged over the examples.
#
# Write your code between `# YOUR CODE HERE` and the end of each graded function, and run
# the test cell below it. The visible tests catch the common slips; the
# autograder runs more thorough hidden checks on fresh inputs when you submit.

# %%
import matplotlib.pyplot as plt
import numpy as np

from dlbasics import data, nn, plots
from dlbasics.grading import grading_mode
from dlbasics.public_tests import regularization as tests

# Under the autograder the experiments shrink so that grading stays fast.
GRADING = grading_mode()
N_TRAIN = 1_000                                   # the deliberately small training set
N_DEV, N_MORE = (1_000, 2_000) if GRADING else (5_000, 5_000)
N_TEST = 2_000 if GRADING else None               # None = the whole MNIST test set
EPOCHS, EVAL_EVERY = (4, 2) if GRADING else (80, 10)
LAMBDAS = [0.0, 30.0] if GRADING else [0.0, 0.3, 1.0, 3.0, 10.0, 30.0]

# %% [markdown]
# ## 1 — Training, dev and test sets
#
# Every example you own ends up in one of three sets, and each set answers a different
# question:
#
# - the **training set** is what gradient descent sees: it fits the parameters;
# - the **dev set** (also called hold-out or validation set) compares *models*: network
#   sizes, learning rates, regularization strengths. Whatever scores best on it wins;
# - the **test set** is looked at once, at the very end, to estimate how the chosen model
#   will do on new data.
#
# Why not use the dev set for the final estimate too? Because we *chose* the model that
# happened to score best on it. After trying many settings, the winner's dev score is
# flattered by luck, exactly as a training score is flattered by fitting. A test set that
# took no part in any decision gives an honest number. (Some teams skip it and keep only a
# dev set; that is fine as long as nobody calls the dev score a test score.)
#
# How big? With a few thousand examples, splits such as 60/20/20 are common. With millions,
# the dev and test sets only need to be large enough to separate the models you compare —
# ten thousand examples each may be plenty, so a split like 98/1/1 is normal. Whatever the
# sizes, the dev and test sets must come from the *same* distribution, the one the model
# will meet in use; otherwise you tune towards one target and are graded on another.
#
# For this assignment we make the training set tiny on purpose, to provoke overfitting.
# From MNIST's 60,000 training images we draw a stratified pool, then cut it into a dev set
# of 5,000 images and a training set of 1,000 (4,000 more stay in reserve for an experiment
# at the end). MNIST's own 10,000 test images are our test set.

# %%
X_pool, Y_pool = data.load_mnist("train", n=N_DEV + N_MORE, seed=0)
order = np.random.default_rng(0).permutation(N_DEV + N_MORE)
X_dev, Y_dev = X_pool[:, order[:N_DEV]], Y_pool[:, order[:N_DEV]]
X_more, Y_more = X_pool[:, order[N_DEV:]], Y_pool[:, order[N_DEV:]]  # a larger training set
X_train, Y_train = X_more[:, :N_TRAIN], Y_more[:, :N_TRAIN]          # ... and its first 1,000
X_test, Y_test = data.load_mnist("test", n=N_TEST)

for name, Y in (("train", Y_train), ("dev", Y_dev), ("test", Y_test)):
    print(f"{name:>5}: {Y.shape[1]:6,} examples, digits per class "
          f"{np.bincount(np.argmax(Y, axis=0), minlength=10).tolist()}")

# %% [markdown]
# With 5,000 dev examples, an accuracy near 90% is measured to within about
# $\sqrt{0.9 \cdot 0.1 / 5000} \approx 0.4$ percentage points (one standard error).
# Keep that in mind below: two models whose dev accuracies differ by less than about one
# point are not reliably different.
#
# ## 2 — Bias and variance
#
# Two numbers tell you most of what is wrong with a classifier: its error on the training
# set and its error on the dev set. Compare them with the best error achievable on the task
# (for MNIST digits, people make well under 1% mistakes, so take it as about 0%):
#
# | training error | dev error | diagnosis |
# | --- | --- | --- |
# | 1% | 11% | **high variance**: it fits the training set but does not generalize |
# | 15% | 16% | **high bias**: it does not even fit the training set |
# | 15% | 30% | high bias *and* high variance |
# | 0.5% | 1% | low bias and low variance |
#
# The gap between the training error and the best achievable error measures the bias (the
# model is too simple, or too little trained, for the task); the gap between the dev and the
# training error measures the variance (the model has learned details of its particular
# training examples that do not carry over).
#
# **The basic recipe** turns that diagnosis into the next step:
#
# 1. *High bias?* Try a bigger network (more units or layers), train longer or with a better
#    optimizer, or another architecture. Repeat until the training error is acceptable.
# 2. *High variance?* Get more data, add regularization, or try another architecture.
#    Repeat until the dev error is acceptable.
#
# Older machine-learning texts speak of a bias–variance *trade-off*, because most remedies
# for one made the other worse. With neural networks the two main remedies are much
# kinder: a bigger network (properly regularized) lowers bias without raising variance much,
# and more data lowers variance without raising bias. Regularization is the one tool in the
# recipe that really trades: it fights variance by constraining the network, and too much
# of it raises bias. You will see both sides of that below.
#
# The function below applies the recipe's diagnosis to a pair of accuracies. What counts as
# "high" depends on the application; here it is anything above five percentage points.

# %%
def diagnose(train_acc, dev_acc, threshold=0.05):
    """Name the problem of a classifier from its train and dev accuracy (best error ~0)."""
    bias, variance = 1.0 - train_acc, train_acc - dev_acc
    problems = [name for name, gap in (("high bias", bias), ("high variance", variance))
                if gap > threshold]
    return " and ".join(problems) or "low bias, low variance"


print(diagnose(0.99, 0.89), "|", diagnose(0.85, 0.84), "|", diagnose(0.85, 0.70))

# %% [markdown]
# ## 3 — A network that overfits
#
# Our network is `784 → 128 → 64 → 10`: about 110,000 parameters for 1,000 training images,
# more than a hundred per example. It is trained by mini-batch gradient descent (batches of
# 100, learning rate 0.1) from a fixed He initialization. Every few epochs we stop to
# measure the cross-entropy cost and the accuracy on the training set and on the dev set.
#
# `train_tracked` takes the backward function as an argument (as `nn.train` does) so that
# later we can train the same network, from the same start, with your regularized
# gradients.

# %%
LAYER_DIMS = [784, 128, 64, 10]
LEARNING_RATE, BATCH_SIZE = 0.1, 100


def evaluate(X, Y, parameters):
    """(cross-entropy cost, accuracy) of the network on X (784, m) with one-hot Y (10, m)."""
    AL, _ = nn.model_forward(X, parameters)
    return nn.compute_cost(AL, Y), float(np.mean(np.argmax(AL, 0) == np.argmax(Y, 0)))


def train_tracked(X, Y, backward, num_epochs, eval_every):
    """Train LAYER_DIMS from a fixed He start; measure train and dev every `eval_every` epochs.

    Inputs: X (784, m), Y (10, m) -- the training data; backward(AL, Y, caches) -> grads;
            num_epochs -- a multiple of eval_every.
    Returns: (parameters, curve) where curve maps "epoch", "train cost", "train acc",
             "dev cost" and "dev acc" to lists with one value per measurement.
    """
    parameters = nn.initialize_parameters(LAYER_DIMS, method="he", seed=1)
    curve = {key: [] for key in ("epoch", "train cost", "train acc", "dev cost", "dev acc")}
    for chunk in range(num_epochs // eval_every):
        parameters, _ = nn.train(X, Y, parameters, num_epochs=eval_every,
                                 learning_rate=LEARNING_RATE, batch_size=BATCH_SIZE,
                                 seed=chunk, backward=backward, progress=False)
        curve["epoch"].append((chunk + 1) * eval_every)
        for split, (X_split, Y_split) in (("train", (X, Y)), ("dev", (X_dev, Y_dev))):
            cost, acc = evaluate(X_split, Y_split, parameters)
            curve[f"{split} cost"].append(cost)
            curve[f"{split} acc"].append(acc)
    return parameters, curve


def plot_curves(curves, title):
    """Accuracy and cost against epochs: train solid, dev dashed, one colour per run."""
    fig, (ax_acc, ax_cost) = plt.subplots(1, 2, figsize=(12, 4))
    for (label, curve), colour in zip(curves.items(), plt.cm.tab10.colors):
        for split, style in (("train", "-"), ("dev", "--")):
            ax_acc.plot(curve["epoch"], curve[f"{split} acc"], style, color=colour,
                        label=f"{label}, {split}")
            ax_cost.plot(curve["epoch"], curve[f"{split} cost"], style, color=colour,
                         label=f"{label}, {split}")
    ax_acc.set(xlabel="epoch", ylabel="accuracy", title="accuracy")
    ax_cost.set(xlabel="epoch", ylabel="cross-entropy cost", title="cost", yscale="log")
    ax_acc.legend(fontsize=8)
    fig.suptitle(title)
    return fig


baseline, baseline_curve = train_tracked(X_train, Y_train, nn.model_backward, EPOCHS,
                                         EVAL_EVERY)
plot_curves({"no regularization": baseline_curve},
            f"{N_TRAIN:,} training examples, no regularization")
plt.show()
train_acc, dev_acc = baseline_curve["train acc"][-1], baseline_curve["dev acc"][-1]
print(f"after {EPOCHS} epochs: train accuracy {train_acc:.4f}, dev accuracy {dev_acc:.4f} "
      f"-> {diagnose(train_acc, dev_acc)}")

# %% [markdown]
# ### Reading the curves
#
# Within about 30 epochs the network classifies every training image correctly, and then
# it keeps going: the training cost falls towards zero because the network grows ever more
# *confident* about examples it already gets right. The dev accuracy stalls more than ten
# points lower, and the dev cost, after a minimum early on, **creeps back up** — on the dev
# images the network makes its mistakes with growing confidence. That gap is variance: the
# network has learned its 1,000 examples rather than the digits.
#
# ## 4 — The L2-regularized cost
#
# L2 regularization adds to the cost a term that grows with the squared size of every
# weight:
#
# $$ J_{\text{regularized}} \;=\; \underbrace{-\frac{1}{m} \sum_{i=1}^{m} \sum_{k=1}^{10}
#    y_k^{(i)} \log a_k^{[L](i)}}_{\text{cross-entropy cost}}
#    \;+\; \underbrace{\frac{\lambda}{2m} \sum_{l=1}^{L} \big\lVert W^{[l]} \big\rVert_F^2
#    }_{\text{L2 term}},
#    \qquad \big\lVert W^{[l]} \big\rVert_F^2 = \sum_{k} \sum_{j} \big(W^{[l]}_{kj}\big)^2 .
# $$
#
# - $\lVert W \rVert_F^2$, the squared *Frobenius norm*, is simply the sum of the squares of
#   all entries of the matrix: `np.sum(np.square(W))`.
# - The sum runs over **every** layer $l = 1, \dots, L$, the output layer included.
# - **Only the weights** are penalized, not the biases. A bias shifts a unit's response but
#   does not make it more or less sensitive to the input, and there are few of them (one per
#   unit against hundreds of weights); penalizing them changes almost nothing and can only
#   get in the way of fitting offsets the data really has.
# - $\lambda$ (written `lambd` in code, because `lambda` is a Python keyword) is a
#   hyperparameter: you choose it on the dev set.
# - The $\frac{1}{m}$ puts the penalty on the same per-example footing as the cross-entropy:
#   $J = \frac{1}{m}\big(\text{total loss over the } m \text{ examples} +
#   \frac{\lambda}{2}\sum_l \lVert W^{[l]} \rVert_F^2\big)$. So with more data the same
#   $\lambda$ weighs less against the data — sensible, since more data needs less
#   regularization. In mini-batch training the cost is that of one mini-batch and $m$ is
#   its size. The $\frac{1}{2}$ is there so that the gradient comes out clean, as you will
#   see.
#
# Why should small weights generalize better? The cost now pays for every unit of weight
# size, so a weight only grows where that buys a lower cross-entropy on *many* examples; the
# large, finely balanced weights needed to fit the quirks of a few individual images no
# longer pay for themselves. And a network with small weights is a smoother function of its
# input: a small change of the image changes every layer's output only a little, so nearby
# images get similar predictions — exactly the kind of simplicity that carries over to new
# data. (With a tanh activation there is a second picture: small weights keep
# pre-activations near zero, where tanh is almost linear, so each layer behaves nearly
# linearly.)
#
# Implement the regularized cost. Use `nn.compute_cost(AL, Y)` for the cross-entropy part
# and add the L2 term; the number of layers is the number of `W` keys in `parameters`
# (`nn.num_layers(parameters)`).

# %% nbgrader={"grade": false, "grade_id": "compute_cost_with_regularization", "locked": false, "schema_version": 3, "solution": true, "task": false}
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    """Cross-entropy cost plus the L2 penalty on the weights of every layer.

    Inputs:
      AL         -- array (10, m), float: softmax output of the network.
      Y          -- array (10, m), float: one-hot labels.
      parameters -- dict with "W{l}" (n[l], n[l-1]) and "b{l}" (n[l], 1) for l = 1..L.
      lambd      -- float >= 0: the regularization strength lambda.
    Returns:
      cost -- float: -(1/m) sum(Y * log(AL)) + lambd / (2m) * sum_l sum(W{l} ** 2).
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_compute_cost_with_regularization", "locked": true, "points": 2, "schema_version": 3, "solution": false, "task": false}
tests.test_compute_cost_with_regularization(compute_cost_with_regularization)

# %% [markdown]
# What would the L2 term cost the unregularized network we just trained? Its weights were
# never asked to stay small, so even a moderate $\lambda$ makes the penalty dwarf the
# cross-entropy it reached on the training set:

# %%
AL_train, _ = nn.model_forward(X_train, baseline)
for lambd in (0.0, 1.0, 10.0):
    print(f"lambd = {lambd:4}: cost of the unregularized network on the training set "
          f"{compute_cost_with_regularization(AL_train, Y_train, baseline, lambd):.4f}")

# %% [markdown]
# ## 5 — Backpropagation with L2 regularization
#
# The L2 term does not depend on $Z$, $A$ or the biases, so the whole backward pass is the
# usual one; each weight gradient just gains the derivative of the penalty:
#
# $$ \frac{\partial}{\partial W^{[l]}} \left( \frac{\lambda}{2m} \sum_{k=1}^{L}
#    \big\lVert W^{[k]} \big\rVert_F^2 \right) = \frac{\lambda}{m} W^{[l]} $$
#
# (the 2 from differentiating the square cancels the $\frac{1}{2}$). Going backwards from
# the output layer, for $l = L, \dots, 1$:
#
# $$ dZ^{[L]} = \frac{1}{m}\left(A^{[L]} - Y\right), \qquad
#    dW^{[l]} = dZ^{[l]} A^{[l-1]\top} + \frac{\lambda}{m} W^{[l]}, \qquad
#    db^{[l]} = \sum_{i=1}^{m} dZ^{[l](i)}, $$
#
# $$ dA^{[l-1]} = W^{[l]\top} dZ^{[l]}, \qquad
#    dZ^{[l-1]} = dA^{[l-1]} \odot \mathbb{1}\{Z^{[l-1]} > 0\}
#    \quad\text{(ReLU, for } l > 1\text{)}. $$
#
# Here the $\frac{1}{m}$ of the averaged cost enters once, in $dZ^{[L]}$, and flows from
# there into every $dW$ and $db$; do not divide by $m$ a second time.
#
# The function receives the `caches` of `nn.model_forward(X, parameters)`: a list with one
# dict per layer, `caches[l-1]` holding that layer's input `"A_prev"` ($A^{[l-1]}$, with
# $A^{[0]} = X$), its `"W"`, `"b"` and its linear output `"Z"`. The network's output is
# $A^{[L]}$ = `nn.softmax(caches[-1]["Z"])`. `nn.relu_backward(dA, Z)` applies the ReLU's
# derivative. Write the loop over the layers yourself.

# %% nbgrader={"grade": false, "grade_id": "backward_propagation_with_regularization", "locked": false, "schema_version": 3, "solution": true, "task": false}
def backward_propagation_with_regularization(X, Y, caches, lambd):
    """Gradients of the L2-regularized cost for [LINEAR -> RELU] x (L-1) -> LINEAR -> SOFTMAX.

    Inputs:
      X      -- array (n_x, m), float: the input batch.
      Y      -- array (10, m), float: one-hot labels.
      caches -- list of L dicts from nn.model_forward; caches[l-1] has "A_prev" (n[l-1], m),
                "W" (n[l], n[l-1]), "b" (n[l], 1) and "Z" (n[l], m) of layer l.
      lambd  -- float >= 0: the regularization strength lambda.
    Returns:
      grads -- dict with, for l = 1..L, "dW{l}" (n[l], n[l-1]) and "db{l}" (n[l], 1), float:
               the gradients of compute_cost_with_regularization.
    Side effects: none; the inputs are left unchanged.
    """
    ### BEGIN SOLUTION
    ### END SOLUTION


# %% nbgrader={"grade": true, "grade_id": "test_backward_propagation_with_regularization", "locked": true, "points": 3, "schema_version": 3, "solution": false, "task": false}
tests.test_backward_propagation_with_regularization(backward_propagation_with_regularization)

# %% [markdown]
# ### Why it is also called *weight decay*
#
# Put the new gradient into the gradient-descent update and group the terms:
#
# $$ W^{[l]} \leftarrow W^{[l]} - \alpha \left( dW^{[l]}_{\text{cross-entropy}}
#    + \frac{\lambda}{m} W^{[l]} \right)
#    = \Big(1 - \frac{\alpha \lambda}{m}\Big) W^{[l]}
#      - \alpha\, dW^{[l]}_{\text{cross-entropy}} . $$
#
# Every step first shrinks all weights by the same factor $1 - \alpha\lambda/m$ (slightly
# below 1), then takes the ordinary step. The cell below checks that identity on one
# mini-batch, using your gradients and the unregularized ones of `nn.model_backward`.

# %%
lambd, m_batch = 3.0, BATCH_SIZE
start = nn.initialize_parameters(LAYER_DIMS, method="he", seed=1)
AL, caches = nn.model_forward(X_train[:, :m_batch], start)
with_l2 = backward_propagation_with_regularization(X_train[:, :m_batch],
                                                   Y_train[:, :m_batch], caches, lambd)
plain = nn.model_backward(AL, Y_train[:, :m_batch], caches)
for l in range(1, len(LAYER_DIMS)):
    W = start[f"W{l}"]
    step = W - LEARNING_RATE * with_l2[f"dW{l}"]
    decay_then_step = ((1 - LEARNING_RATE * lambd / m_batch) * W
                       - LEARNING_RATE * plain[f"dW{l}"])
    print(f"layer {l}: largest difference {np.abs(step - decay_then_step).max():.1e}")

# %% [markdown]
# ## 6 — Training with L2, and a sweep over λ
#
# Now train the same network from the same start with several values of $\lambda$, keeping
# everything else fixed. `nn.train` calls its `backward(AL, Y, caches)` on each mini-batch;
# `l2_backward(lambd)` wraps your function into that form (the batch's input `X` is
# `caches[0]["A_prev"]`). The run without regularization is the one we already have.

# %%
def l2_backward(lambd):
    """The backward function of nn.train, with the L2 term of strength lambd."""
    def backward(AL, Y, caches):
        return backward_propagation_with_regularization(caches[0]["A_prev"], Y, caches, lambd)
    return backward


runs = {0.0: (baseline, baseline_curve)}
for lambd in LAMBDAS[1:]:
    runs[lambd] = train_tracked(X_train, Y_train, l2_backward(lambd), EPOCHS, EVAL_EVERY)

rows = []
for lambd, (parameters, curve) in runs.items():
    train_acc, dev_acc = curve["train acc"][-1], curve["dev acc"][-1]
    test_acc = evaluate(X_test, Y_test, parameters)[1]
    squared_weights = sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, len(LAYER_DIMS)))
    rows.append([lambd, train_acc, dev_acc, test_acc, curve["dev cost"][-1],
                 float(squared_weights), diagnose(train_acc, dev_acc)])
plots.print_table(rows, ["lambd", "train acc", "dev acc", "test acc", "dev cost",
                         "sum ||W||^2", "diagnosis"])

# %%
fig, ax = plt.subplots(figsize=(8, 4.5))
positions = np.arange(len(rows))
for column, label, style in ((1, "train", "o-"), (3, "test", "s-"), (2, "dev", "^:")):
    ax.plot(positions, [row[column] for row in rows], style, label=label)
ax.set_xticks(positions, [f"{row[0]:g}" for row in rows])
ax.set(xlabel="λ (lambd)", ylabel="accuracy",
       title=f"Accuracy after {EPOCHS} epochs on {N_TRAIN:,} examples, by λ")
ax.legend()
plt.show()

# %% [markdown]
# ### Reading the sweep
#
# - **λ = 0**: perfect training accuracy and a gap of more than ten points: high variance.
# - **λ = 0.3 and 1**: the weights are up to several times smaller (`sum ||W||^2`) and
#   the dev cost is lower: the network is less over-confident on the images it gets wrong.
#   The dev and test accuracies, however, move by less than the noise of their measurement.
# - **λ = 3**: the training accuracy drops to about 95% and the gap narrows, but mostly because
#   the training accuracy fell; the dev accuracy falls too. The penalty now trades fit for
#   simplicity about one for one.
# - **λ = 10**: high bias. Training and dev accuracy fall *together*, far below what the
#   same network reached without regularization.
# - **λ = 30**: the penalty wins outright. Every step shrinks the weights faster than the
#   data can grow them, they collapse to almost zero, and the network predicts nearly the
#   same digit for every image: about 10% accuracy, on training and dev data alike.
#
# So on this problem L2 buys little or no accuracy, even though it reduces the gap and the
# dev cost. That is worth knowing: a penalty on the size of the weights makes the network
# smoother, but most of its dev errors come from what 1,000 examples cannot show — the many
# ways of writing each digit — and no penalty can supply missing examples. How much L2
# helps depends on the problem; on small, noisy data sets the gain is often large, and
# because it is cheap and rarely hurts at a small λ, a little weight decay is a common
# default.
#
# The training curves of three of these runs show the same story over time: with λ = 1 the
# dev cost no longer climbs; with λ = 10 the training accuracy itself is capped.

# %%
plot_curves({f"λ = {lambd:g}": runs[lambd][1] for lambd in (0.0, 1.0, 10.0) if lambd in runs},
            "Training curves for three values of λ")
plt.show()

# %% [markdown]
# ### What the penalty does to the first layer
#
# Each row of `W1` holds one hidden unit's 784 input weights, and can be drawn as a 28×28
# image. Without regularization, the weights on the border pixels — which are black in
# every MNIST image — receive no gradient at all and keep their random initial values
# forever: noise. With L2, the decay term shrinks every weight at every step, so weights
# that the data does not support fade to zero, and what remains is the structure the
# digits actually need.

# %%
for lambd in (0.0, 3.0) if 3.0 in runs else (0.0,):
    plots.show_images(runs[lambd][0]["W1"].T, n=8, columns=8,
                      title=f"first 8 rows of W1, λ = {lambd:g}")
    plt.show()

# %% [markdown]
# ### Choosing λ, then testing once
#
# The dev set picks the model; the test set, untouched by that choice, reports how it does.
# (We printed test accuracies for every λ above to show the shape of the curve. In a real
# project you would not look at them until the choice is made.) Remember the noise, too:
# values of λ whose dev accuracy is within about one standard error of the best are not
# really distinguishable by this dev set.

# %%
best = max(rows, key=lambda row: row[2])
standard_error = np.sqrt(best[2] * (1 - best[2]) / N_DEV)
print(f"best λ on the dev set: {best[0]:g} (dev accuracy {best[2]:.4f}, give or take "
      f"{standard_error:.4f}); its test accuracy: {best[3]:.4f}")
print("λ values within one standard error of it:",
      [row[0] for row in rows if row[2] >= best[2] - standard_error])

# %% [markdown]
# ## 7 — The other cure for variance: more data
#
# The recipe lists more data *before* regularization. Train the unregularized network on
# 5,000 examples — the 1,000 we used plus 4,000 more from the reserve — for the same
# number of gradient steps, and compare.

# %%
more_epochs = max(1, EPOCHS * N_TRAIN // N_MORE)  # the same number of updates as before
more, more_curve = train_tracked(X_more, Y_more, nn.model_backward, more_epochs, more_epochs)
plots.print_table([[f"{N_TRAIN:,}", *rows[0][1:4]],
                   [f"{N_MORE:,}", more_curve["train acc"][-1], more_curve["dev acc"][-1],
                    evaluate(X_test, Y_test, more)[1]]],
                  ["training examples (λ = 0)", "train acc", "dev acc", "test acc"])

# %% [markdown]
# Five times more data helps far more than any λ did: the dev accuracy rises by several
# points, and the gap between training and dev accuracy is about halved while the training
# accuracy stays near 100%. Regularization is what you do when more data is not
# available (or costs too much); when it is, it is usually the better cure.
#
# ## What to remember
#
# - The **training set** fits the parameters, the **dev set** chooses between models and
#   hyperparameters, the **test set** gives one honest estimate at the end. Dev and test
#   must come from the same distribution.
# - **Bias** is the gap between the training error and the best achievable error;
#   **variance** is the gap between the dev and the training error. High bias: bigger
#   network, longer training. High variance: more data, regularization.
# - L2 regularization adds $\frac{\lambda}{2m}\sum_l \lVert W^{[l]} \rVert_F^2$ to the
#   cost — weights of every layer, **not the biases** — and $\frac{\lambda}{m}W^{[l]}$ to
#   each $dW^{[l]}$. In gradient descent this shrinks every weight by a constant factor at
#   each step ("weight decay").
# - Choose λ on the dev set. Too small leaves the variance; too large gives high bias, with
#   training and dev accuracy falling together.

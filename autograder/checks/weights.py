"""Random weights judged without their random generator: by the law they follow.

A correct initializer may draw its numbers any way it likes, so its weights never equal the
reference's.  What must agree is what the law of the weights shows, layer by layer: whether
they are centred, normal and finely spread, their standard deviation, whether a layer's
weights are a rescaled copy of the first layer's (a generator reseeded in the loop), and
whether the biases are zero.  Used by assignments 01 and 08 (NumPy and TensorFlow He
initialization).
"""

import numpy as np

from autograder.checks import Mistake

#: fewer weights than this make statistics too loose to judge a layer by
MIN_WEIGHTS = 500
#: how many weights tell whether they are finely spread (distinct) or from a few values
FINE_SAMPLE = 2000


def statistics(W):
    """Seed-free features of a weight matrix: (centred?, normal?, finely spread?, std)."""
    n = W.size
    centred_values = (W - W.mean()).ravel()
    squares = centred_values * centred_values
    variance = squares.mean()
    if variance == 0:
        return False, False, False, 0.0
    std = float(np.sqrt(variance))
    centred = abs(W.mean()) <= 6 * std / np.sqrt(n)
    kurtosis = (squares @ squares) / n / variance ** 2
    normal = abs(kurtosis - 3) <= 12 * np.sqrt(24 / n) + 0.2
    sample = W.ravel()[:FINE_SAMPLE]
    fine = len(np.unique(sample)) >= 0.9 * sample.size
    return centred, normal, fine, std


def correlated(first, later) -> bool:
    """Whether two layers' weights are (rescaled) copies of the same draws."""
    k = min(first.size, later.size)
    a, b = first.ravel()[:k], later.ravel()[:k]
    if k < 20 or a.std() == 0 or b.std() == 0:
        return False
    return abs(np.corrcoef(a, b)[0, 1]) > 0.5


def judge_layer(l, got_W, want_W):
    """``got_W`` follows the law of ``want_W`` (both arrays of layer l)."""
    g_centred, g_normal, g_fine, g_std = statistics(got_W)
    w_centred, w_normal, w_fine, w_std = statistics(want_W)
    if (g_std == 0) != (w_std == 0):
        raise Mistake(f"`W{l}` is all one value: the weights must be random to break the "
                      f"symmetry between units.")
    if g_centred != w_centred:
        raise Mistake(f"The weights of `W{l}` are not centred on zero: draw from a standard "
                      f"normal (`randn`/`standard_normal`), not `rand`.")
    if g_normal != w_normal:
        raise Mistake(f"`W{l}` is not normally distributed (is it uniform, or truncated?): "
                      f"draw from a normal distribution.")
    if g_fine != w_fine:
        raise Mistake(f"`W{l}` takes only a few distinct values: draw each weight from a "
                      f"continuous normal distribution, not from a small set of values.")
    tolerance = 6 / np.sqrt(got_W.size)  # six standard errors of a ratio of two sample stds
    if w_std and abs(g_std / w_std - 1) > tolerance:
        raise Mistake(f"The standard deviation of `W{l}` is {g_std / w_std:.2f} times what "
                      f"the formula gives. Check the scale factor of layer {l}.")


def judge_layers(got, want, L):
    """The dicts ``got`` and ``want`` of W1..WL, b1..bL hold weights of the same law."""
    for l in range(1, L + 1):
        if np.any(np.asarray(got[f"b{l}"]) != 0) != np.any(np.asarray(want[f"b{l}"]) != 0):
            raise Mistake(f"`b{l}` is not zero. Biases start at zero: the random weights "
                          f"already break the symmetry.")
    W = {key: np.asarray(value, dtype=float) for key, value in got.items()}
    V = {key: np.asarray(value, dtype=float) for key, value in want.items()}
    for l in range(1, L + 1):
        if W[f"W{l}"].size >= MIN_WEIGHTS:
            judge_layer(l, W[f"W{l}"], V[f"W{l}"])
    if L > 1 and W["W1"].size >= MIN_WEIGHTS and any(
            correlated(W["W1"], W[f"W{l}"]) != correlated(V["W1"], V[f"W{l}"])
            for l in range(2, L + 1)):
        raise Mistake("The layers' weights are copies of one another (rescaled): draw every "
                      "layer from the same generator without reseeding it in the loop.")

"""Hidden checks of assignment 01: initialization.

The zero initializer is compared value for value.  Random initializers are judged without
assuming the student's RNG: the weights must look like the reference's -- as repeatable
under the same seed, as different under another, centred, normal and finely spread alike,
with the same standard deviation layer by layer, drawn independently from layer to layer --
and the biases must be zero where the reference's are.  Layers are wide enough for the
statistics to be sharp.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, close, same_structure, seeding


def _layer_dims(rng):
    """A 3-layer network whose fan-ins and fan-outs differ enough to tell formulas apart."""
    return [int(rng.integers(400, 600)), int(rng.integers(150, 250)),
            int(rng.integers(50, 90)), int(rng.integers(15, 25))]


def _zeros_cases(rng):
    return [Case({"layer_dims": [int(rng.integers(3, 9)), int(rng.integers(2, 6)), 1]},
                 label="a 2-layer network"),
            Case({"layer_dims": _layer_dims(rng)}, label="a 3-layer network"),
            Case({"layer_dims": [int(rng.integers(5, 10)), 10]}, label="a 1-layer network")]


def _judge_zeros(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(g, w, "parameters", rtol=0, atol=0)


def _seeded_cases(rng, scales=None):
    """Same seed twice, then another seed; then a small network twice with seed 0."""
    dims = _layer_dims(rng)
    seed, other = (int(s) for s in rng.choice(np.arange(1, 10_000), size=2, replace=False))
    main, small = ({"scale": scale} for scale in scales) if scales else ({}, {})
    small_dims = [int(rng.integers(3, 9)), 4, 1]
    return [Case({"layer_dims": dims, "seed": seed, **main}, label="a 3-layer network"),
            Case({"layer_dims": dims, "seed": seed, **main}, label="the same call again"),
            Case({"layer_dims": dims, "seed": other, **main}, label="another seed"),
            Case({"layer_dims": small_dims, "seed": 0, **small},
                 label="a small network with seed 0"),
            Case({"layer_dims": small_dims, "seed": 0, **small},
                 label="the same small network again")]


#: fewer weights than this make statistics too loose to judge a layer by
MIN_WEIGHTS = 500


def _statistics(W):
    """Seed-free features of a weight matrix: (centred?, normal?, finely spread?, std)."""
    n, std = W.size, W.std()
    if std == 0:
        return False, False, False, 0.0
    centred = abs(W.mean()) <= 6 * std / np.sqrt(n)
    kurtosis = np.mean((W - W.mean()) ** 4) / std ** 4
    normal = abs(kurtosis - 3) <= 12 * np.sqrt(24 / n) + 0.2
    fine = len(np.unique(W)) >= 0.9 * n
    return centred, normal, fine, std


def _correlated(first, later) -> bool:
    """Whether two layers' weights are (rescaled) copies of the same draws."""
    k = min(first.size, later.size)
    a, b = first.ravel()[:k], later.ravel()[:k]
    if k < 20 or a.std() == 0 or b.std() == 0:
        return False
    return abs(np.corrcoef(a, b)[0, 1]) > 0.5


def _judge_layer(l, got_W, want_W):
    g_centred, g_normal, g_fine, g_std = _statistics(got_W)
    w_centred, w_normal, w_fine, w_std = _statistics(want_W)
    if (g_std == 0) != (w_std == 0):
        raise Mistake(f"`W{l}` is all one value: the weights must be random to break the "
                      f"symmetry between units.")
    if g_centred != w_centred:
        raise Mistake(f"The weights of `W{l}` are not centred on zero: draw from a standard "
                      f"normal (`randn`/`standard_normal`), not `rand`.")
    if g_normal != w_normal:
        raise Mistake(f"`W{l}` is not normally distributed (is it uniform?): draw from a "
                      f"standard normal distribution.")
    if g_fine != w_fine:
        raise Mistake(f"`W{l}` takes only a few distinct values: draw each weight from a "
                      f"continuous standard normal, not from a small set of values.")
    tolerance = 6 / np.sqrt(got_W.size)  # six standard errors of a ratio of two sample stds
    if w_std and abs(g_std / w_std - 1) > tolerance:
        raise Mistake(f"The standard deviation of `W{l}` is {g_std / w_std:.2f} times what "
                      f"the formula gives. Check the scale factor of layer {l}.")


def _judge_random(cases, got, want):
    for g, w in zip(got, want):
        same_structure(g, w, "parameters")
        all_finite(g, "parameters")
    seeding(got, want, "the initializer")
    for case, g, w in zip(cases, got, want):
        L = len(case.args["layer_dims"]) - 1
        for l in range(1, L + 1):
            if np.any(g[f"b{l}"] != 0) != np.any(w[f"b{l}"] != 0):
                raise Mistake(f"`b{l}` is not zero. Biases start at zero: the random weights "
                              f"already break the symmetry.")
        for l in range(1, L + 1):
            if g[f"W{l}"].size >= MIN_WEIGHTS:
                _judge_layer(l, np.asarray(g[f"W{l}"], float), np.asarray(w[f"W{l}"], float))
        if L > 1 and g["W1"].size >= MIN_WEIGHTS and any(
                _correlated(g["W1"], g[f"W{l}"]) != _correlated(w["W1"], w[f"W{l}"])
                for l in range(2, L + 1)):
            raise Mistake("The layers' weights are copies of one another (rescaled): draw "
                          "every layer from the same generator without reseeding it in the "
                          "loop.")


def _random_cases(rng):
    # never the default 10, so that a hard-coded 10 is caught; below 1 on the small network
    return _seeded_cases(rng, scales=(float(rng.choice([3.0, 20.0])), 0.5))


_DIMS_BOUNDARIES = [("an output layer of one unit", lambda a: a["layer_dims"][-1] == 1)]
_SEED_BOUNDARIES = [("seed 0", lambda a: a["seed"] == 0)]

CHECKS = [
    Check("test_initialize_parameters_zeros", "initialize_parameters_zeros",
          _zeros_cases, _judge_zeros,
          {"layer_dims": _DIMS_BOUNDARIES + [("a single layer",
                                              lambda a: len(a["layer_dims"]) == 2)]}),
    Check("test_initialize_parameters_random", "initialize_parameters_random",
          _random_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES,
           "scale": [("a scale below 1", lambda a: a["scale"] < 1),
                     ("a scale above the default", lambda a: a["scale"] > 10)]}),
    Check("test_initialize_parameters_he", "initialize_parameters_he",
          _seeded_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES}),
    Check("test_initialize_parameters_xavier", "initialize_parameters_xavier",
          _seeded_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES}),
]

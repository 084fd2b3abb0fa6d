"""Hidden checks of assignment 01: initialization.

Random initializers are judged without assuming the student's RNG: shapes, zero biases,
the standard deviation and normality of every weight matrix (layers are wide enough for the
statistics to be sharp), identical output for the same seed and different output for
another seed.  A wrong standard deviation is matched against the usual wrong formulas so the
message can name the mistake.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, same_structure


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
        same_structure(g, w, "parameters")
        for key, value in g.items():
            if np.any(np.asarray(value) != 0):
                raise Mistake(f"`parameters[{key!r}]` is not all zeros.")


def _seeded_cases(rng, extra_args=None):
    """Same seed twice, then another seed; plus a small network for shapes."""
    dims = _layer_dims(rng)
    seed, other = (int(s) for s in rng.choice(10_000, size=2, replace=False))
    extra = extra_args or {}
    return [Case({"layer_dims": dims, "seed": seed, **extra}, label="a 3-layer network"),
            Case({"layer_dims": dims, "seed": seed, **extra}, label="the same call again"),
            Case({"layer_dims": dims, "seed": other, **extra}, label="another seed"),
            Case({"layer_dims": [int(rng.integers(3, 9)), 4, 1], "seed": seed, **extra},
                 label="a small network")]


def _judge_seeding(got):
    first, again, other = got[0], got[1], got[2]
    if any(not np.array_equal(first[k], again[k]) for k in first):
        raise Mistake("Two calls with the same `seed` returned different weights: create your "
                      "random generator from `seed` (e.g. `np.random.default_rng(seed)` or "
                      "`np.random.seed(seed)`) inside the function.")
    if all(np.array_equal(first[k], other[k]) for k in first if k.startswith("W")):
        raise Mistake("Calls with different seeds returned the same weights: the function "
                      "ignores its `seed` argument (is a seed hard-coded?).")


def _judge_gaussian(case, params, expected_std, wrong_formulas):
    """Every W{l} looks like N(0, expected_std(l)^2); every b{l} is zero."""
    dims = case.args["layer_dims"]
    for l in range(1, len(dims)):
        W = np.asarray(params[f"W{l}"], dtype=float)
        if np.any(np.asarray(params[f"b{l}"]) != 0):
            raise Mistake(f"`b{l}` is not zero. Biases start at zero: the random weights "
                          f"already break the symmetry.")
        n = W.size
        std = W.std()
        if n < 500:
            continue  # too few weights for sharp statistics; the wide layers decide
        if std == 0:
            raise Mistake(f"`W{l}` is all one value: the weights must be random to break "
                          f"the symmetry between units.")
        if abs(W.mean()) > 6 * std / np.sqrt(n):
            raise Mistake(f"The weights of `W{l}` are not centred on zero: draw from a "
                          f"standard normal (`randn`/`standard_normal`), not `rand`.")
        kurtosis = np.mean((W - W.mean()) ** 4) / std ** 4
        if abs(kurtosis - 3) > 12 * np.sqrt(24 / n) + 0.2:
            raise Mistake(f"`W{l}` is not normally distributed (is it uniform?): draw from a "
                          f"standard normal distribution.")
        want = expected_std(dims, l)
        tolerance = 6 / np.sqrt(2 * n)  # six standard errors of a sample standard deviation
        if abs(std / want - 1) > tolerance:
            for description, formula in wrong_formulas.items():
                if abs(std / formula(dims, l) - 1) <= tolerance:
                    raise Mistake(f"The weights of layer {l} have the wrong spread: it looks "
                                  f"like {description}.")
            raise Mistake(f"The standard deviation of `W{l}` is {std / want:.2f} times what "
                          f"the formula gives. Check the scale factor.")


def _make_init_check(function, expected_std, wrong_formulas, extra_args=None):
    def make_cases(rng):
        return _seeded_cases(rng, extra_args(rng) if extra_args else None)

    def judge(cases, got, want):
        for g, w in zip(got, want):
            same_structure(g, w, "parameters")
            all_finite(g, "parameters")
        _judge_seeding(got)
        for case, g in zip(cases, got):
            scale = case.args.get("scale")
            _judge_gaussian(case, g,
                            (lambda dims, l: scale) if scale is not None else expected_std,
                            wrong_formulas)

    return Check(f"test_{function}", function, make_cases, judge)


_HE = lambda dims, l: np.sqrt(2 / dims[l - 1])  # noqa: E731 (formulas read best as lambdas)
_XAVIER = lambda dims, l: np.sqrt(1 / dims[l - 1])  # noqa: E731

_WRONG_FOR_HE = {
    "Xavier's sqrt(1/n[l-1]); He initialization uses sqrt(2/n[l-1])": _XAVIER,
    "the fan-in of the wrong layer: use n[l-1], the size of the layer feeding W[l], "
    "not n[l]": lambda dims, l: np.sqrt(2 / dims[l]),
    "the variance 2/n[l-1] used as the standard deviation: take its square root":
        lambda dims, l: 2 / dims[l - 1],
    "unscaled standard-normal weights: multiply by sqrt(2/n[l-1])": lambda dims, l: 1.0,
}
_WRONG_FOR_XAVIER = {
    "He's sqrt(2/n[l-1]); Xavier initialization uses sqrt(1/n[l-1])": _HE,
    "the fan-in of the wrong layer: use n[l-1], the size of the layer feeding W[l], "
    "not n[l]": lambda dims, l: np.sqrt(1 / dims[l]),
    "the average of fan-in and fan-out, sqrt(2/(n[l-1]+n[l])); this assignment's Xavier "
    "uses the fan-in only, sqrt(1/n[l-1])": lambda dims, l: np.sqrt(2 / (dims[l - 1] + dims[l])),
    "unscaled standard-normal weights: multiply by sqrt(1/n[l-1])": lambda dims, l: 1.0,
}


def _random_scale(rng):
    # never the default 10, so that a hard-coded 10 is caught
    return {"scale": float(rng.choice([0.5, 3.0, 20.0]))}


CHECKS = [
    Check("test_initialize_parameters_zeros", "initialize_parameters_zeros",
          _zeros_cases, _judge_zeros),
    _make_init_check("initialize_parameters_random", None,
                     {"weights that ignore `scale`: multiply the standard normal draws by "
                      "`scale`": lambda dims, l: 1.0,
                      "a hard-coded 10 instead of the `scale` argument": lambda dims, l: 10.0},
                     extra_args=_random_scale),
    _make_init_check("initialize_parameters_he", _HE, _WRONG_FOR_HE),
    _make_init_check("initialize_parameters_xavier", _XAVIER, _WRONG_FOR_XAVIER),
]

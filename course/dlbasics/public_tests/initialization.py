"""Public tests of assignment 01: initialization."""

import numpy as np

from dlbasics.public_tests import passed, public_test, require, require_parameters_shapes


@public_test
def test_initialize_parameters_zeros(target):
    dims = [3, 2, 1]
    params = target(dims)
    require_parameters_shapes(params, dims)
    for key, value in params.items():
        require(np.all(np.asarray(value) == 0), f"`{key}` should be all zeros.")
    passed("initialize_parameters_zeros")


def _check_random_init(target, name, std_of, **kwargs):
    dims = [800, 400, 10]
    params = target(dims, seed=7, **kwargs)
    require_parameters_shapes(params, dims)
    again = target(dims, seed=7, **kwargs)
    require(all(np.array_equal(params[k], again[k]) for k in params),
            "Two calls with the same seed should return the same weights: seed your random "
            "generator with `seed` inside the function.")
    require(not np.array_equal(params["W1"], target(dims, seed=8, **kwargs)["W1"]),
            "A different seed should give different weights.")
    for l in (1, 2):
        require(np.all(np.asarray(params[f"b{l}"]) == 0), f"`b{l}` should be zeros.")
        W = np.asarray(params[f"W{l}"])
        expected = std_of(dims, l)
        require(abs(W.std() / expected - 1) < 0.1,
                f"`W{l}` has standard deviation {W.std():.4f}; for these layer sizes it "
                f"should be about {expected:.4f}.")
        require(abs(W.mean()) < 0.05 * expected, f"`W{l}` should have mean about 0.")
    passed(name)


@public_test
def test_initialize_parameters_random(target):
    _check_random_init(target, "initialize_parameters_random", lambda dims, l: 4.0, scale=4.0)


@public_test
def test_initialize_parameters_he(target):
    _check_random_init(target, "initialize_parameters_he",
                       lambda dims, l: np.sqrt(2 / dims[l - 1]))


@public_test
def test_initialize_parameters_xavier(target):
    _check_random_init(target, "initialize_parameters_xavier",
                       lambda dims, l: np.sqrt(1 / dims[l - 1]))

"""Public tests of assignment 04: gradient checking."""

import copy

import numpy as np

from dlbasics import nn
from dlbasics.public_tests import passed, public_test, require


def _number(value, name):
    require(np.size(value) == 1, f"`{name}` should return one number, got shape "
                                 f"{np.shape(value)}.")
    return float(np.reshape(value, -1)[0])


@public_test
def test_gradient_check_1d(target):
    # J = theta**2: the two-sided difference of a parabola is exact, the one-sided one is not
    exact = _number(target(lambda t: t ** 2, lambda t: 2 * t, 3.0, epsilon=0.1),
                    "gradient_check_1d")
    require(exact < 1e-10,
            f"For J(theta) = theta**2 at theta = 3 with epsilon = 0.1 the two-sided difference "
            f"is exact, so the relative difference should be about 0; got {exact:.3g}. Are "
            f"you using the one-sided difference (J(theta + epsilon) - J(theta)) / epsilon?")

    # a negative slope: the absolute values matter
    value = _number(target(lambda t: -t ** 3 + t, lambda t: -3 * t ** 2 + 1, 2.0, epsilon=0.01),
                    "gradient_check_1d")
    require(value >= 0, f"The relative difference can't be negative (got {value:.3g}): take "
                        f"absolute values in the numerator and the denominator.")
    require(abs(value - 4.5454338844e-06) < 1e-3 * 4.5454338844e-06,
            f"For J(theta) = -theta**3 + theta at theta = 2 with epsilon = 0.01 the relative "
            f"difference should be about 4.545e-06, got {value:.4g}. Check the two-sided "
            f"difference and the denominator |g| + |g_approx|.")

    # a wrong derivative (3 theta**2 written as 2 theta**2), with the default epsilon
    value = _number(target(lambda t: t ** 3, lambda t: 2 * t ** 2, -2.0), "gradient_check_1d")
    require(abs(value - 0.2) < 1e-6,
            f"For J(theta) = theta**3 and the wrong dJ(theta) = 2 theta**2 at theta = -2, "
            f"g = 8 and g_approx = 12, so the relative difference is 4 / 20 = 0.2; got "
            f"{value:.6g}.")
    passed("gradient_check_1d")


def _small_network():
    """A 4 -> 3 -> 3 network on 5 examples, float64, far from the ReLU kinks."""
    rng = np.random.default_rng(4)
    parameters = {"W1": rng.normal(0, 0.6, (3, 4)), "b1": rng.normal(0, 0.3, (3, 1)),
                  "W2": rng.normal(0, 0.6, (3, 3)), "b2": rng.normal(0, 0.3, (3, 1))}
    X = rng.normal(0.5, 1.5, (4, 5))
    Y = np.eye(3)[:, [0, 2, 1, 2, 0]]
    return parameters, X, Y


@public_test
def test_gradient_check_n(target):
    parameters, X, Y = _small_network()
    AL, caches = nn.model_forward(X, parameters)
    gradients = nn.model_backward(AL, Y, caches)  # keys in the order dW2, db2, dW1, db1
    before = copy.deepcopy(parameters)

    value = _number(target(parameters, gradients, X, Y), "gradient_check_n")
    require(all(np.array_equal(parameters[k], before[k]) for k in before),
            "`gradient_check_n` changed `parameters`: restore every entry you perturb.")
    require(value < 1e-7,
            f"The gradients of nn.model_backward are right, so the relative difference "
            f"should be below 1e-7; got {value:.3g}. Is the gradient vector in the same order "
            f"as theta (gradcheck.gradients_to_vector(gradients, layout))?")

    value = _number(target(parameters, gradients, X, Y, epsilon=1e-3), "gradient_check_n")
    require(abs(value - 8.7664344864e-08) < 0.01 * 8.7664344864e-08,
            f"With epsilon = 1e-3 the relative difference should be about 8.766e-08, got "
            f"{value:.4g}. Use the two-sided difference, perturb one entry at a time, and put "
            f"it back afterwards.")

    wrong = dict(gradients, db1=2 * gradients["db1"])
    value = _number(target(parameters, wrong, X, Y), "gradient_check_n")
    require(abs(value - 0.15044116947) < 1e-6,
            f"With `db1` doubled the relative difference should be about 0.15044, got "
            f"{value:.6g}. Check the formula ||g - g_approx|| / (||g|| + ||g_approx||).")
    passed("gradient_check_n")


#: sum of each gradient times 1, 2, 3, ... (in C order) on the example below
_FINGERPRINTS = {
    "dW3": 0.5235334315664126,
    "db3": 0.009223699693286291,
    "dW2": -3.404033611595264,
    "db2": 0.8792961567689649,
    "dW1": -17.501165107544963,
    "db1": -4.181326457508327,
}


@public_test
def test_backward_propagation_fixed(target, forward):
    rng = np.random.default_rng(7)
    dims = [3, 4, 3, 3]
    parameters = {}
    for l in range(1, 4):
        parameters[f"W{l}"] = rng.normal(0, 1.0, (dims[l], dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0, 0.5, (dims[l], 1))
    X = rng.normal(0.5, 1.0, (3, 5))
    Y = np.eye(3)[:, [0, 2, 1, 2, 0]]
    AL, caches = forward(X, parameters)
    grads = target(AL, Y, caches)
    require(isinstance(grads, dict) and set(grads) == set(_FINGERPRINTS),
            f"`backward_propagation_fixed` should return a dict with the keys "
            f"{sorted(_FINGERPRINTS)}.")
    for key, expected in _FINGERPRINTS.items():  # from the output layer down
        shape = parameters[key[1:]].shape
        require(np.shape(grads[key]) == shape,
                f"`{key}` has shape {np.shape(grads[key])}, expected {shape}.")
        weights = np.arange(1, np.prod(shape) + 1).reshape(shape)
        got = float(np.sum(np.asarray(grads[key]) * weights))
        require(abs(got - expected) < 1e-7 * max(1, abs(expected)),
                f"`{key}` does not have the expected values (every block above it does). "
                f"Look at the line that computes it and at the dZ it uses.")
    passed("backward_propagation_fixed")

"""Public tests of assignment 06: optimization algorithms.

Small examples whose numbers can be checked by hand.  The update functions are run for two
steps, and their inputs must be left unchanged (they return new dicts).
"""

import copy

import numpy as np

from dlbasics.public_tests import passed, public_test, require


def _parameters():
    return {"W1": np.array([[1.0, -2.0]]), "b1": np.array([[0.5]])}


def _grads():
    """Two steps of gradients for :func:`_parameters`."""
    return ({"dW1": np.array([[0.2, -0.4]]), "db1": np.array([[1.0]])},
            {"dW1": np.array([[-0.1, 0.3]]), "db1": np.array([[0.5]])})


def _require_values(got, expected, name, hint=""):
    """``got`` is a dict with the keys of ``expected`` and (nearly) its values."""
    require(isinstance(got, dict), f"`{name}` should be a dict, got {type(got).__name__}.")
    require(set(got) == set(expected),
            f"`{name}` should have the keys {sorted(expected)}, got {sorted(got)}.")
    for key, value in expected.items():
        actual = np.asarray(got[key], dtype=float)
        require(actual.shape == np.shape(value),
                f"`{name}[{key!r}]` has shape {actual.shape}, expected {np.shape(value)}.")
        require(np.allclose(actual, value, rtol=1e-5, atol=1e-8),
                f"`{name}[{key!r}]` is {actual.tolist()}, expected {np.asarray(value).tolist()}."
                f" {hint}".strip())


def _require_unchanged(before, after, function_name):
    for name in before:
        same = (set(before[name]) == set(after[name])
                and all(np.array_equal(before[name][k], after[name][k]) for k in before[name]))
        require(same, f"`{function_name}` changed its input `{name}`. Build and return new "
                      f"dicts (`new[key] = old[key] - ...`) and leave the inputs unchanged.")


def _require_zero_state(target, function_name):
    parameters = {"W1": np.ones((3, 4)), "b1": np.ones((3, 1)),
                  "W2": np.ones((2, 3)), "b2": np.ones((2, 1))}
    state = target(parameters)
    if function_name == "initialize_adam":
        require(isinstance(state, tuple) and len(state) == 2,
                "`initialize_adam` should return a tuple (v, s).")
        named = {"v": state[0], "s": state[1]}
    else:
        named = {"v" if function_name == "initialize_velocity" else "s": state}
    expected = {f"d{key}": np.zeros_like(value) for key, value in parameters.items()}
    for name, value in named.items():
        _require_values(value, expected, name,
                        "The state starts at zero, with the gradients' key names.")
    passed(function_name)


@public_test
def test_ewma(target):
    values = np.array([1.0, 2.0, 3.0, 4.0])
    got = target(values, 0.5)
    require(np.shape(got) == (4,), f"ewma should return one average per value, shape (4,), "
                                   f"got {np.shape(got)}.")
    require(np.allclose(got, [0.5, 1.25, 2.125, 3.0625]),
            f"ewma([1, 2, 3, 4], beta=0.5) returned {np.asarray(got).tolist()}, expected "
            f"[0.5, 1.25, 2.125, 3.0625] (v_0 = 0, v_t = 0.5 v_(t-1) + 0.5 theta_t).")
    got = target(values, 0.5, bias_correction=True)
    require(np.allclose(got, [1.0, 1.25 / 0.75, 2.125 / 0.875, 3.0625 / 0.9375]),
            f"With bias correction, ewma([1, 2, 3, 4], 0.5) returned "
            f"{np.asarray(got).tolist()}; each v_t should be divided by (1 - 0.5**t).")
    constant = target(np.full(10, 7.0), 0.9, bias_correction=True)
    require(np.allclose(constant, 7.0),
            "With bias correction, the average of a constant series should be that constant "
            "at every step.")
    passed("ewma")


@public_test
def test_initialize_velocity(target):
    _require_zero_state(target, "initialize_velocity")


@public_test
def test_update_parameters_with_momentum(target):
    parameters, (g1, g2) = _parameters(), _grads()
    v = {"dW1": np.zeros((1, 2)), "db1": np.zeros((1, 1))}
    before = copy.deepcopy({"parameters": parameters, "grads": g1, "v": v})
    result = target(parameters, g1, v, 0.9, 0.1)
    require(isinstance(result, tuple) and len(result) == 2,
            "update_parameters_with_momentum should return a tuple (parameters, v).")
    _require_unchanged(before, {"parameters": parameters, "grads": g1, "v": v},
                       "update_parameters_with_momentum")
    p1, v1 = result
    _require_values(v1, {"dW1": [[0.02, -0.04]], "db1": [[0.1]]}, "v",
                    "After one step from v = 0, v = (1 - beta) * grads.")
    _require_values(p1, {"W1": [[0.998, -1.996]], "b1": [[0.49]]}, "parameters")
    p2, v2 = target(p1, g2, v1, 0.9, 0.1)
    _require_values(v2, {"dW1": [[0.008, -0.006]], "db1": [[0.14]]}, "v (second step)")
    _require_values(p2, {"W1": [[0.9972, -1.9954]], "b1": [[0.476]]},
                    "parameters (second step)")
    passed("update_parameters_with_momentum")


@public_test
def test_initialize_rmsprop(target):
    _require_zero_state(target, "initialize_rmsprop")


@public_test
def test_update_parameters_with_rmsprop(target):
    parameters, (g1, g2) = _parameters(), _grads()
    s = {"dW1": np.zeros((1, 2)), "db1": np.zeros((1, 1))}
    before = copy.deepcopy({"parameters": parameters, "grads": g1, "s": s})
    result = target(parameters, g1, s, 0.9, 0.01, epsilon=0.1)
    require(isinstance(result, tuple) and len(result) == 2,
            "update_parameters_with_rmsprop should return a tuple (parameters, s).")
    _require_unchanged(before, {"parameters": parameters, "grads": g1, "s": s},
                       "update_parameters_with_rmsprop")
    p1, s1 = result
    _require_values(s1, {"dW1": [[0.004, 0.016]], "db1": [[0.1]]}, "s",
                    "After one step from s = 0, s = (1 - beta2) * grads**2.")
    _require_values(p1, {"W1": [[0.98774852, -1.98233926]], "b1": [[0.47597469]]},
                    "parameters", "The step is learning_rate * dW / (sqrt(s) + epsilon).")
    p2, s2 = target(p1, g2, s1, 0.9, 0.01, epsilon=0.1)
    _require_values(s2, {"dW1": [[0.0046, 0.0234]], "db1": [[0.115]]}, "s (second step)")
    _require_values(p2, {"W1": [[0.99370717, -1.99419835]], "b1": [[0.46458819]]},
                    "parameters (second step)")
    passed("update_parameters_with_rmsprop")


@public_test
def test_initialize_adam(target):
    _require_zero_state(target, "initialize_adam")


@public_test
def test_update_parameters_with_adam(target):
    parameters, (g1, g2) = _parameters(), _grads()
    v = {"dW1": np.zeros((1, 2)), "db1": np.zeros((1, 1))}
    s = copy.deepcopy(v)
    before = copy.deepcopy({"parameters": parameters, "grads": g1, "v": v, "s": s})
    hyper = {"learning_rate": 0.01, "beta1": 0.9, "beta2": 0.999, "epsilon": 0.1}
    result = target(parameters, g1, v, s, 1, **hyper)
    require(isinstance(result, tuple) and len(result) == 5,
            "update_parameters_with_adam should return a tuple "
            "(parameters, v, s, v_corrected, s_corrected).")
    _require_unchanged(before, {"parameters": parameters, "grads": g1, "v": v, "s": s},
                       "update_parameters_with_adam")
    p1, v1, s1, vc1, sc1 = result
    _require_values(v1, {"dW1": [[0.02, -0.04]], "db1": [[0.1]]}, "v")
    _require_values(s1, {"dW1": [[4e-05, 1.6e-04]], "db1": [[0.001]]}, "s")
    _require_values(vc1, {"dW1": [[0.2, -0.4]], "db1": [[1.0]]}, "v_corrected",
                    "At t = 1 the corrected first moment equals the gradient.")
    _require_values(sc1, {"dW1": [[0.04, 0.16]], "db1": [[1.0]]}, "s_corrected",
                    "At t = 1 the corrected second moment equals the squared gradient.")
    _require_values(p1, {"W1": [[0.99333333, -1.992]], "b1": [[0.49090909]]}, "parameters",
                    "The step is learning_rate * v_corrected / (sqrt(s_corrected) + epsilon).")
    p2, v2, s2, vc2, sc2 = target(p1, g2, v1, s1, 2, **hyper)
    _require_values(vc2, {"dW1": [[0.04210526, -0.03157895]], "db1": [[0.73684211]]},
                    "v_corrected (t = 2)", "Divide v by (1 - beta1**t).")
    _require_values(sc2, {"dW1": [[0.0249925, 0.12498249]], "db1": [[0.62481241]]},
                    "s_corrected (t = 2)", "Divide s by (1 - beta2**t).")
    _require_values(p2, {"W1": [[0.99170192, -1.99130371]], "b1": [[0.48263416]]},
                    "parameters (t = 2)")
    passed("update_parameters_with_adam")


def _require_rate(got, expected, call):
    require(np.ndim(got) == 0, f"{call} should return a single number.")
    require(np.isclose(float(got), expected), f"{call} returned {float(got):.6g}, "
                                              f"expected {expected:.6g}.")


@public_test
def test_inverse_time_decay(target):
    _require_rate(target(0.5, 0, 1.0), 0.5, "inverse_time_decay(0.5, epoch=0, decay_rate=1)")
    _require_rate(target(0.5, 2, 1.0), 0.5 / 3, "inverse_time_decay(0.5, epoch=2, decay_rate=1)")
    passed("inverse_time_decay")


@public_test
def test_exponential_decay(target):
    _require_rate(target(0.1, 5, 0.5, 2), 0.1 * 0.5 ** 2.5,
                  "exponential_decay(0.1, step=5, decay_rate=0.5, decay_steps=2)")
    _require_rate(target(0.1, 5, 0.5, 2, staircase=True), 0.025,
                  "exponential_decay(0.1, step=5, decay_rate=0.5, decay_steps=2, "
                  "staircase=True)")
    passed("exponential_decay")


@public_test
def test_scheduled_lr_decay(target):
    _require_rate(target(0.1, 9, 1.0, time_interval=10), 0.1,
                  "scheduled_lr_decay(0.1, epoch=9, decay_rate=1, time_interval=10)")
    _require_rate(target(0.1, 25, 1.0, time_interval=10), 0.1 / 3,
                  "scheduled_lr_decay(0.1, epoch=25, decay_rate=1, time_interval=10)")
    passed("scheduled_lr_decay")


def _require_sampler(target, name, low, high, exponent_of, range_text):
    values = np.asarray(target(low, high, 2000, seed=1), dtype=float)
    require(values.shape == (2000,), f"{name}(..., n=2000) should return shape (2000,), "
                                     f"got {values.shape}.")
    require(np.array_equal(values, target(low, high, 2000, seed=1)),
            "The same seed should give the same values: seed your generator with `seed`.")
    require(not np.array_equal(values, target(low, high, 2000, seed=2)),
            "A different seed should give different values.")
    r = exponent_of(values)
    require(np.all((r >= low - 1e-9) & (r <= high + 1e-9)),
            f"Some values are outside {range_text}.")
    share = np.mean(r < (low + high) / 2)
    require(abs(share - 0.5) < 0.06,
            f"{share:.0%} of the exponents r fall in the lower half of [{low}, {high}]; "
            f"about 50% should: sample r uniformly.")
    passed(name)


@public_test
def test_sample_log_uniform(target):
    _require_sampler(target, "sample_log_uniform", -4, 0, np.log10, "[1e-4, 1]")


@public_test
def test_sample_beta(target):
    _require_sampler(target, "sample_beta", -3, -1, lambda b: np.log10(1 - b),
                     "[0.9, 0.999]")

"""Hidden checks of assignment 04: gradient checking.

The two checkers are judged on their returned relative difference.  Cases are chosen so
that the usual mistakes give clearly different numbers: functions with strong curvature and
a step epsilon large enough that a one-sided difference is off by orders of magnitude while
a two-sided one is not; negative slopes and a dJ of the wrong sign (a missing absolute value
shows); gradient norms far from 1 (a missing denominator shows); a `gradients` dict in the
order nn.model_backward fills it (last layer first).

The fixed backward pass is compared with the reference key by key, from the output layer
down, so the first wrong block names the topmost remaining bug.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import close, only_keys_of
from dlbasics import gradcheck, nn

DEFAULT_EPSILON = 1e-7
#: a relative difference below this is "tiny": round-off, not a formula, decides its digits
TINY = 1e-6


def _as_number(value, function: str, size_hint: str) -> float:
    """The single number a checker must return, or a Mistake."""
    array = np.asarray(value)
    if not np.issubdtype(array.dtype, np.number):
        raise Mistake(f"`{function}` should return a number, got {type(value).__name__}.")
    if array.size != 1:
        raise Mistake(f"`{function}` returned {array.size} numbers instead of one. {size_hint}")
    return float(array.reshape(-1)[0])


def _judge_differences(function, cases, got, want, rtol, hint):
    """Each returned relative difference agrees with ``want``'s (both tiny counts as equal)."""
    for case, g, w in zip(cases, got, want):
        value = _as_number(g, function, "The relative difference is one number: take the "
                                        "norms of whole vectors, not a ratio per entry.")
        if not np.isfinite(w):  # only a misconception's values can be NaN or infinite
            if np.isfinite(value):
                raise Mistake(f"`{function}` returned a wrong relative difference on "
                              f"{case.label}. {hint}")
            continue
        if not np.isfinite(value):
            raise Mistake(f"`{function}` returned {value} on {case.label}.")
        if abs(w) < TINY:
            if not abs(value) < TINY:
                raise Mistake(f"On {case.label}, the relative difference should be tiny "
                              f"(below 1e-7), but yours is not. {hint}")
        elif abs(value - w) > rtol * max(abs(value), abs(w)):
            raise Mistake(f"`{function}` returned a wrong relative difference on "
                          f"{case.label}. {hint}")


# ----------------------------------------------------------------------------- 1-D checker

def _derivative(args, order):
    """The order-th derivative of make_functions' J at args["theta"]."""
    polynomial = np.polyder(args["coefficients"], order)
    sine_phase = [np.sin, np.cos, lambda x: -np.sin(x), lambda x: -np.cos(x)][order % 4]
    return (np.polyval(polynomial, args["theta"])
            + args["amplitude"] * args["frequency"] ** order
            * sine_phase(args["frequency"] * args["theta"]))


def _function_args(rng, slope_sign):
    """A cubic with a large quadratic term (strong curvature) plus a sine, and a point theta
    where the slope has the given sign and a size far from 1, and the third derivative (the
    error term of the two-sided difference) is not close to zero."""
    while True:
        coefficients = [rng.uniform(1, 3) * rng.choice([-1, 1]), rng.uniform(20, 60),
                        rng.uniform(-5, 5), rng.uniform(-3, 3)]
        args = {"coefficients": np.array(coefficients) * slope_sign,
                "amplitude": float(rng.uniform(0.5, 2)), "frequency": float(rng.uniform(1, 4)),
                "theta": float(rng.uniform(0.4, 1.5))}
        slope = _derivative(args, 1)
        if np.sign(slope) == slope_sign and abs(slope) > 5 and abs(_derivative(args, 3)) > 5:
            return args


_TINY_1D = "the exact dJ with the default epsilon"


def _cases_1d(rng):
    adapter = "gradient_checking:check_1d"
    return [
        Case({**_function_args(rng, +1), "epsilon": float(rng.choice([5e-4, 1e-3, 2e-3]))},
             adapter, "a strongly curved J with the exact dJ and a large epsilon"),
        Case({**_function_args(rng, -1), "epsilon": float(rng.choice([2e-2, 5e-2]))},
             adapter, "a J with a negative slope, the exact dJ and a large epsilon"),
        Case({**_function_args(rng, -1), "slope_scale": float(rng.uniform(0.5, 0.8))},
             adapter, "a dJ with a slip in it (too small), negative slope, default epsilon"),
        Case({**_function_args(rng, +1), "slope_shift": float(rng.uniform(2, 4))},
             adapter, "a dJ off by a constant, default epsilon"),
        Case({**_function_args(rng, +1), "slope_scale": float(rng.uniform(-0.8, -0.5)),
              "epsilon": 1e-3}, adapter, "a dJ of the wrong sign and a large epsilon"),
        Case(_function_args(rng, +1), adapter, _TINY_1D),
    ]


def _judge_1d(cases, got, want):
    _judge_differences("gradient_check_1d", cases, got, want, 0.02,
                       "Compare dJ(theta) with the two-sided difference "
                       "(J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon) and return "
                       "|g - g_approx| / (|g| + |g_approx|).")


# ----------------------------------------------------------------------------- N-D checker

def _network(rng, layer_dims, m):
    """Random float64 parameters, inputs (not centred, spread 2) and one-hot labels."""
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.normal(0, 1.2 / np.sqrt(layer_dims[l - 1]),
                                         (layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = rng.normal(0, 0.3, (layer_dims[l], 1))
    X = rng.normal(0.5, 2.0, (layer_dims[0], m))
    Y = np.eye(layer_dims[-1])[:, rng.integers(0, layer_dims[-1], m)]
    return parameters, X, Y


def _usable(parameters, X, Y, epsilon):
    """True if the two-sided difference of this network's cost is accurate for everyone.

    * No hidden pre-activation is close enough to zero for a step of epsilon to cross the
      ReLU's kink (moving a parameter by epsilon moves a pre-activation by at most about
      epsilon times the layer's largest input).
    * No probability of a true class is so small that nn.compute_cost clips its log.
    * The gradient's norm is far from 1/2, so ||g|| + ||g_approx|| is far from 1 and a
      missing denominator shows.
    """
    A = X
    for l in range(1, nn.num_layers(parameters)):
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        if np.abs(Z).min() < 10 * epsilon * max(1.0, np.abs(A).max()):
            return False
        A = nn.relu(Z)
    AL, caches = nn.model_forward(X, parameters)
    grad = gradcheck.gradients_to_vector(nn.model_backward(AL, Y, caches),
                                         gradcheck.parameter_layout(parameters))
    return AL[Y == 1].min() > 1e-6 and abs(2 * np.linalg.norm(grad) - 1) > 0.2


def _network_case(rng, hidden, epsilon, label, wrong_gradients=False):
    """A network case whose gradients come from nn.model_backward (dict order dWL, dbL, ...).

    With wrong_gradients, the weight gradient with the largest norm has the wrong sign and
    twice its size, so the wrong vector points well away from the right one and has another
    norm (a plain sign flip keeps the norm, and two wrong estimates, 2g and g/2, would then
    give the same relative difference).
    """
    while True:
        n_x, classes, m = int(rng.integers(5, 9)), int(rng.integers(3, 6)), int(rng.integers(6, 12))
        parameters, X, Y = _network(rng, [n_x, *hidden, classes], m)
        if _usable(parameters, X, Y, epsilon or DEFAULT_EPSILON):
            break
    AL, caches = nn.model_forward(X, parameters)
    gradients = nn.model_backward(AL, Y, caches)
    if wrong_gradients:
        largest = max((k for k in gradients if k.startswith("dW")),
                      key=lambda k: np.linalg.norm(gradients[k]))
        gradients[largest] = -2 * gradients[largest]
    args = {"parameters": parameters, "gradients": gradients, "X": X, "Y": Y}
    if epsilon is not None:
        args["epsilon"] = epsilon
    return Case(args, "gradient_checking:check_n", label)


_TINY_N = "a 2-layer ReLU network, exact gradients, the default epsilon"


def _cases_n(rng):
    h1, h2 = int(rng.integers(3, 6)), int(rng.integers(3, 6))
    return [
        _network_case(rng, [], float(rng.choice([1e-2, 3e-2])),
                      "a softmax-regression network, exact gradients, a large epsilon"),
        _network_case(rng, [h1], float(rng.choice([1e-4, 3e-4])),
                      "a 2-layer ReLU network, exact gradients, a large epsilon"),
        _network_case(rng, [h1, h2], None,
                      "a 3-layer ReLU network, wrong gradients, the default epsilon",
                      wrong_gradients=True),
        _network_case(rng, [h2], 1e-3, "a 2-layer ReLU network, wrong gradients",
                      wrong_gradients=True),
        _network_case(rng, [h2], None, _TINY_N),
    ]


def _judge_n(cases, got, want):
    _judge_differences("gradient_check_n", cases, got, want, 0.01,
                       "Perturb one entry of theta at a time by +epsilon and -epsilon, "
                       "compare with the gradients flattened in the same order, and return "
                       "||g - g_approx|| / (||g|| + ||g_approx||).")


# ------------------------------------------------------------------ fixed backward pass

def forward_tanh_relu(X, parameters):
    """The notebook's LINEAR->TANH->LINEAR->RELU->LINEAR->SOFTMAX forward pass (caches as nn)."""
    caches, A = [], X
    for l, activation in ((1, np.tanh), (2, nn.relu), (3, nn.softmax)):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        A = activation(Z)
    return A, caches


def _random_tanh_case(rng, label, kink=False):
    """Random sizes and values; resampled until layer 2's ReLU is both on and off.

    With ``kink``, one unit's bias is set so that one of its pre-activations Z2 is exactly 0,
    where ReLU's derivative is taken as 0 (``Z2 > 0``).
    """
    while True:
        dims = [int(rng.integers(4, 9)), int(rng.integers(3, 7)), int(rng.integers(3, 7)),
                int(rng.integers(3, 6))]
        m = int(rng.integers(5, 13))
        parameters, X, Y = _network(rng, dims, m)
        AL, caches = forward_tanh_relu(X, parameters)
        if kink:
            linear = parameters["W2"] @ caches[1]["A_prev"]
            parameters["b2"][0, 0] = -linear[0, 0]
            AL, caches = forward_tanh_relu(X, parameters)
        Z2 = caches[1]["Z"]
        if 0.2 < np.mean(Z2 > 0) < 0.8 and (not kink or Z2[0, 0] == 0):
            return Case({"AL": AL, "Y": Y, "caches": caches}, label=label)


def _cases_fixed(rng):
    return [_random_tanh_case(rng, "a random network with a pre-activation Z2 exactly 0",
                              kink=True),
            _random_tanh_case(rng, "a random network (second)"),
            _random_tanh_case(rng, "a random network (third)")]


_KEYS_TOP_DOWN = ["dW3", "db3", "dW2", "db2", "dW1", "db1"]


def _judge_fixed(cases, got, want):
    for case, g, w in zip(cases, got, want):
        m = case.args["Y"].shape[1]
        close(only_keys_of(g, w), {key: w[key] for key in _KEYS_TOP_DOWN}, "grads",
              "The blocks named before it are right: check the lines that compute its dZ.",
              rtol=1e-6, atol=1e-9, factors={"m": m, "1/m": 1 / m, "2": 2, "1/2": 0.5},
              label=case.label)


_EPSILON = [("the default epsilon", lambda a: "epsilon" not in a),
            ("a large epsilon", lambda a: a.get("epsilon", 0) >= 1e-4)]

CHECKS = [
    Check("test_gradient_check_1d", "gradient_check_1d", _cases_1d, _judge_1d,
          {"J": "a strongly curved cubic plus a sine",
           "dJ": [("a dJ of the wrong sign", lambda a: a.get("slope_scale", 1) < 0),
                  ("a dJ off by a constant", lambda a: a.get("slope_shift", 0) != 0)],
           "theta": [("a negative slope at theta", lambda a: _derivative(a, 1) < 0)],
           "epsilon": _EPSILON}),
    Check("test_gradient_check_n", "gradient_check_n", _cases_n, _judge_n,
          {"parameters": [("a network without a hidden layer",
                           lambda a: len(a["parameters"]) == 2)],
           "gradients": [("gradients listed last layer first",
                          lambda a: next(iter(a["gradients"])) != "dW1")],
           "X": "inputs that are not centred", "Y": "one-hot labels of random classes",
           "epsilon": _EPSILON}),
    Check("test_backward_propagation_fixed", "backward_propagation_fixed", _cases_fixed,
          _judge_fixed,
          {"AL": "the softmax output of the case's network",
           "Y": "one-hot labels of random classes",
           "caches": [("a pre-activation Z2 exactly 0",
                       lambda a: np.any(a["caches"][1]["Z"] == 0))]}),
]

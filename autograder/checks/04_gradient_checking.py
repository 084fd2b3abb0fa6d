"""Hidden checks of assignment 04: gradient checking.

The two checkers are judged on their returned relative difference.  Cases are chosen so
that the usual mistakes give clearly different numbers: functions with strong curvature and
a step epsilon large enough that a one-sided difference is off by orders of magnitude while
a two-sided one is not; negative slopes (a missing absolute value flips the sign); gradient
norms far from 1 (a missing denominator shows); a `gradients` dict in the order
nn.model_backward fills it (last layer first).  A wrong result is recomputed under each
known misconception to name it.

The fixed backward pass is compared with the reference key by key, from the output layer
down, so the first wrong block names the topmost remaining bug.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, same_structure
from dlbasics import gradcheck, nn
from dlbasics.harness.gradient_checking import make_functions

DEFAULT_EPSILON = 1e-7


def _same(got: float, want: float, rtol: float) -> bool:
    """got and want agree to the relative tolerance (both exactly zero counts as equal)."""
    return abs(got - want) <= rtol * max(abs(got), abs(want))


def _as_number(value, function: str, size_hint: str) -> float:
    """The single number a checker must return, or a Mistake."""
    array = np.asarray(value)
    if not np.issubdtype(array.dtype, np.number):
        raise Mistake(f"`{function}` should return a number, got {type(value).__name__}.")
    if array.size != 1:
        raise Mistake(f"`{function}` returned {array.size} numbers instead of one. {size_hint}")
    return float(array.reshape(-1)[0])


# ----------------------------------------------------------------------------- 1-D checker

_RELATIVE = "relative"
_MISTAKES_1D = {
    ("one_sided", _RELATIVE): "The derivative estimate looks like a one-sided difference "
        "(J(theta + epsilon) - J(theta)) / epsilon. Use the two-sided difference "
        "(J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon): its error shrinks like "
        "epsilon**2, not like epsilon.",
    ("over_epsilon", _RELATIVE): "The two-sided difference is divided by epsilon, but the "
        "points theta - epsilon and theta + epsilon are 2 * epsilon apart: divide by 2 * epsilon.",
    ("two_sided", "no_denominator"): "The result is |g - g_approx| without the denominator: "
        "divide by |g| + |g_approx| to make the difference relative (independent of the "
        "scale of the gradient).",
    ("two_sided", "signed"): "The result has the wrong sign: the relative difference is built "
        "from absolute values (norms), |g - g_approx| / (|g| + |g_approx|), so it is never "
        "negative.",
    ("two_sided", "grad_only"): "The denominator has only |g|: use |g| + |g_approx|, the sum "
        "of both sizes.",
}


def _estimates_1d(J, theta, epsilon):
    """The derivative estimates of the two-sided difference and of two slips."""
    return {"two_sided": (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon),
            "one_sided": (J(theta + epsilon) - J(theta)) / epsilon,
            "over_epsilon": (J(theta + epsilon) - J(theta - epsilon)) / epsilon}


def _formulas_1d(g, approx):
    return {_RELATIVE: abs(g - approx) / (abs(g) + abs(approx)),
            "no_denominator": abs(g - approx),
            "signed": (g - approx) / (g + approx),
            "grad_only": abs(g - approx) / abs(g)}


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
        Case({**_function_args(rng, -1), "epsilon": float(rng.choice([5e-3, 1e-2]))},
             adapter, "a J with a negative slope, the exact dJ and a large epsilon"),
        Case({**_function_args(rng, -1), "slope_scale": float(rng.uniform(0.5, 0.8))},
             adapter, "a dJ with a slip in it (too small), negative slope, default epsilon"),
        Case({**_function_args(rng, +1), "slope_shift": float(rng.uniform(2, 4))},
             adapter, "a dJ off by a constant, default epsilon"),
        Case(_function_args(rng, +1), adapter, _TINY_1D),
    ]


def _judge_1d(cases, got, want):
    for case, g, w in zip(cases, got, want):
        value = _as_number(g, "gradient_check_1d", "Return the relative difference.")
        if not np.isfinite(value):
            raise Mistake(f"`gradient_check_1d` returned {value} on {case.label}.")
        if value < 0:
            raise Mistake(_MISTAKES_1D[("two_sided", "signed")])
        if case.label == _TINY_1D:
            if value > 1e-6:
                raise Mistake("With the exact derivative and the default epsilon = 1e-7 the "
                              "relative difference should be tiny (below 1e-7), but yours is "
                              "not. Check the default value of epsilon and the difference "
                              "formula.")
            continue
        if _same(value, w, rtol=0.02):
            continue
        args = case.args
        J, dJ = make_functions(args["coefficients"], args["amplitude"], args["frequency"],
                               args.get("slope_scale", 1.0), args.get("slope_shift", 0.0))
        g_exact = dJ(args["theta"])
        estimates = _estimates_1d(J, args["theta"], args.get("epsilon", DEFAULT_EPSILON))
        for (estimate, formula), message in _MISTAKES_1D.items():
            if _same(value, _formulas_1d(g_exact, estimates[estimate])[formula], rtol=0.02):
                raise Mistake(message)
        raise Mistake(f"`gradient_check_1d` returned a wrong relative difference on "
                      f"{case.label}. Compare dJ(theta) with the two-sided difference of J "
                      f"and return |g - g_approx| / (|g| + |g_approx|).")


# ----------------------------------------------------------------------------- N-D checker

# Tried in this order: slips in the formula first (on exact gradients they cannot be
# confused with a wrong estimate), then the order of the gradient vector, then the estimate.
_MISTAKES_N = {
    ("two_sided", "no_denominator", "layout"): "The result is ||g - g_approx|| without the "
        "denominator: divide by ||g|| + ||g_approx|| to make the difference relative.",
    ("two_sided", "norm_of_sum", "layout"): "The denominator is ||g + g_approx||: use the sum "
        "of the two norms, ||g|| + ||g_approx||.",
    ("two_sided", "grad_only", "layout"): "The denominator has only ||g||: use "
        "||g|| + ||g_approx||, the sum of both norms.",
    ("two_sided", _RELATIVE, "dict_order"): "The gradient vector is not in the order of theta: "
        "a `gradients` dict can come in any order (nn.model_backward fills it from the last "
        "layer), so flatten it with gradcheck.gradients_to_vector(gradients, layout).",
    ("one_sided", _RELATIVE, "layout"): _MISTAKES_1D[("one_sided", _RELATIVE)],
    ("not_restored", _RELATIVE, "layout"): "Each perturbed entry is not restored: after "
        "computing J at theta_i - epsilon, put theta_i back to its original value before "
        "moving on, otherwise every later entry is differentiated at a shifted point.",
    ("not_copied", _RELATIVE, "layout"): "J(theta_minus) seems to be evaluated at theta itself: "
        "theta_plus and theta_minus are probably the same array as theta (an assignment is "
        "not a copy). Copy the vector (np.copy) or restore each entry after each evaluation.",
    ("all_at_once", _RELATIVE, "layout"): "It looks like all parameters are perturbed at once "
        "(theta + epsilon for the whole vector): in iteration i perturb only entry i, so the "
        "difference measures the partial derivative dJ/dtheta_i.",
}


def _estimates_n(parameters, X, Y, epsilon):
    """Numerical gradients (N, 1) of the network's cost: the right one and four slips."""
    theta, layout = gradcheck.dictionary_to_vector(parameters)

    def cost_at(vector):
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(vector, layout))
        return nn.compute_cost(AL, Y)

    def along(i, step, base=theta):
        moved = base.copy()
        moved[i] += step
        return cost_at(moved)

    n, cost = theta.shape[0], cost_at(theta)
    estimates = {name: np.zeros((n, 1)) for name in
                 ("two_sided", "one_sided", "not_restored", "not_copied")}
    shifted = theta.copy()
    for i in range(n):
        plus = along(i, epsilon)
        estimates["two_sided"][i] = (plus - along(i, -epsilon)) / (2 * epsilon)
        estimates["one_sided"][i] = (plus - cost) / epsilon
        estimates["not_copied"][i] = (plus - cost) / (2 * epsilon)
        estimates["not_restored"][i] = (along(i, epsilon, shifted)
                                        - along(i, -epsilon, shifted)) / (2 * epsilon)
        shifted[i] -= epsilon
    estimates["all_at_once"] = np.full((n, 1), (cost_at(theta + epsilon)
                                                - cost_at(theta - epsilon)) / (2 * epsilon))
    return estimates, layout


def _formulas_n(g, approx):
    difference = np.linalg.norm(g - approx)
    return {_RELATIVE: difference / (np.linalg.norm(g) + np.linalg.norm(approx)),
            "no_denominator": difference,
            "norm_of_sum": difference / np.linalg.norm(g + approx),
            "grad_only": difference / np.linalg.norm(g)}


def _name_mistake_n(case, value):
    args = case.args
    estimates, layout = _estimates_n(args["parameters"], args["X"], args["Y"],
                                     args.get("epsilon", DEFAULT_EPSILON))
    grads = {"layout": gradcheck.gradients_to_vector(args["gradients"], layout),
             "dict_order": np.concatenate([np.reshape(v, (-1, 1))
                                           for v in args["gradients"].values()])}
    for (estimate, formula, order), message in _MISTAKES_N.items():
        if _same(value, _formulas_n(grads[order], estimates[estimate])[formula], rtol=0.01):
            raise Mistake(message)


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

    With wrong_gradients, the weight gradient with the largest norm has the wrong sign, so
    the wrong vector points well away from the right one.
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
        gradients[largest] = -gradients[largest]
    args = {"parameters": parameters, "gradients": gradients, "X": X, "Y": Y}
    if epsilon is not None:
        args["epsilon"] = epsilon
    return Case(args, "gradient_checking:check_n", label)


_TINY_N = "a 2-layer ReLU network, exact gradients, the default epsilon"


def _cases_n(rng):
    h1, h2 = int(rng.integers(3, 6)), int(rng.integers(3, 6))
    return [
        _network_case(rng, [], float(rng.choice([1e-4, 3e-4])),
                      "a softmax-regression network, exact gradients, a large epsilon"),
        _network_case(rng, [h1], float(rng.choice([1e-4, 3e-4])),
                      "a 2-layer ReLU network, exact gradients, a large epsilon"),
        _network_case(rng, [h1, h2], None,
                      "a 3-layer ReLU network, wrong gradients, the default epsilon",
                      wrong_gradients=True),
        _network_case(rng, [h2], None, _TINY_N),
    ]


def _judge_n(cases, got, want):
    for case, g, w in zip(cases, got, want):
        if not g["parameters_unchanged"]:
            raise Mistake("`gradient_check_n` changed the `parameters` dict it was given: "
                          "work on the flat vector theta, and restore every entry you "
                          "perturb.")
        value = _as_number(g["difference"], "gradient_check_n",
                           "The relative difference is one number: take the norms "
                           "(np.linalg.norm) of the whole vectors, not a ratio per entry.")
        if not np.isfinite(value):
            raise Mistake(f"`gradient_check_n` returned {value} on {case.label}.")
        if case.label == _TINY_N:
            if value > 1e-6:
                raise Mistake("With exact gradients and the default epsilon = 1e-7 the "
                              "relative difference should be tiny (below 1e-7), but yours "
                              "is not.")
            continue
        if _same(value, w["difference"], rtol=0.01):
            continue
        _name_mistake_n(case, value)
        raise Mistake(f"`gradient_check_n` returned a wrong relative difference on "
                      f"{case.label}. Perturb one entry of theta at a time by +epsilon and "
                      f"-epsilon, and compare with the gradients flattened in the same order.")


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


def _backward(AL, Y, caches, relu_slope, tanh_slope):
    """The backward pass with the given derivative of each hidden activation.

    relu_slope(Z2, A2) and tanh_slope(Z1, A1) return (n, m) arrays.
    """
    m = Y.shape[1]
    (X, W1, Z1), (A1, W2, Z2), (A2, W3, _) = ((c["A_prev"], c["W"], c["Z"]) for c in caches)
    dZ3 = (AL - Y) / m
    dZ2 = (W3.T @ dZ3) * relu_slope(Z2, A2)
    dZ1 = (W2.T @ dZ2) * tanh_slope(Z1, A1)
    grads = {}
    for l, dZ, A_prev in ((3, dZ3, A2), (2, dZ2, A1), (1, dZ1, X)):
        grads[f"dW{l}"] = dZ @ A_prev.T
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
    return grads


def _relu_slope(Z, A):
    return Z > 0


def _tanh_slope(Z, A):
    return 1 - A ** 2


_WRONG_SLOPES = [
    ("layer 2", "The ReLU derivative of layer 2 lets the gradient through where Z2 <= 0: use "
     "(Z2 > 0). A2 = relu(Z2) is never negative, so (A2 >= 0) is true everywhere.",
     lambda Z, A: A >= 0, _tanh_slope),
    ("layer 1", "A stray factor 2 in the tanh derivative of layer 1: tanh'(z) = 1 - tanh(z)**2 "
     "= 1 - A1**2, with no factor 2.",
     _relu_slope, lambda Z, A: 2 * (1 - A ** 2)),
    ("layer 1", "Layer 1 uses the ReLU derivative (Z1 > 0), as nn.model_backward does for its "
     "all-ReLU network. This network's first hidden layer is tanh: multiply by 1 - A1**2.",
     _relu_slope, lambda Z, A: Z > 0),
    ("layer 1", "The tanh derivative is computed from Z1 (1 - Z1**2): it is 1 - tanh(Z1)**2, "
     "i.e. 1 - A1**2 with A1 = tanh(Z1).",
     _relu_slope, lambda Z, A: 1 - Z ** 2),
    ("layer 1", "tanh is applied twice in the derivative (1 - tanh(A1)**2): A1 is already "
     "tanh(Z1), so the derivative is 1 - A1**2.",
     _relu_slope, lambda Z, A: 1 - np.tanh(A) ** 2),
    ("layer 1", "The tanh derivative of layer 1 is missing: dZ1 = dA1 * (1 - A1**2).",
     _relu_slope, lambda Z, A: np.ones_like(A)),
]

_KEYS_TOP_DOWN = ["dW3", "db3", "dW2", "db2", "dW1", "db1"]


def _close(got, want):
    return np.allclose(np.asarray(got, dtype=float), want, rtol=1e-6,
                       atol=1e-9 * max(1.0, np.abs(want).max()))


def _random_tanh_case(rng, label):
    """Random sizes and values; resampled until layer 2's ReLU is both on and off."""
    while True:
        dims = [int(rng.integers(4, 9)), int(rng.integers(3, 7)), int(rng.integers(3, 7)),
                int(rng.integers(3, 6))]
        m = int(rng.integers(5, 13))
        parameters, X, Y = _network(rng, dims, m)
        AL, caches = forward_tanh_relu(X, parameters)
        Z2 = caches[1]["Z"]
        if 0.2 < np.mean(Z2 > 0) < 0.8:
            return Case({"AL": AL, "Y": Y, "caches": caches}, label=label)


def _cases_fixed(rng):
    return [_random_tanh_case(rng, f"a random network ({name})")
            for name in ("first", "second", "third")]


def _judge_fixed(cases, got, want):
    for case, g, w in zip(cases, got, want):
        same_structure(g, w, "grads")
        all_finite(g, "grads")
        m = case.args["Y"].shape[1]
        for key in _KEYS_TOP_DOWN:
            if _close(g[key], w[key]):
                continue
            if key.startswith("db") and _close(g[key], m * w[key]):
                raise Mistake(f"`{key}` is m times too large: the bias gradient is an average "
                              f"over the m examples too, divide the sum by m.")
            layer = f"layer {key[-1]}"
            for where, message, relu_slope, tanh_slope in _WRONG_SLOPES:
                if where == layer and _close(g[key], _backward(
                        case.args["AL"], case.args["Y"], case.args["caches"],
                        relu_slope, tanh_slope)[key]):
                    raise Mistake(message)
            raise Mistake(f"`{key}` is wrong on {case.label} (the blocks above it are right). "
                          f"Check the lines that compute dZ{key[-1]} and `{key}`.")


CHECKS = [
    Check("test_gradient_check_1d", "gradient_check_1d", _cases_1d, _judge_1d),
    Check("test_gradient_check_n", "gradient_check_n", _cases_n, _judge_n),
    Check("test_backward_propagation_fixed", "backward_propagation_fixed", _cases_fixed,
          _judge_fixed),
]

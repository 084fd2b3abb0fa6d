"""Public tests of assignment 02: L2 regularization.

One small fixed network (3 inputs -> 2 -> 2 -> 3 classes, 4 examples, lambd = 0.7) whose
expected cost and gradients were computed once and written down below.
"""

import numpy as np

from dlbasics import nn
from dlbasics.public_tests import passed, public_test, require

LAMBD = 0.7
EXPECTED_COST = 1.4582971721  # of which the cross-entropy is 1.0032971721
EXPECTED_DW = {
    "dW1": np.array([[-0.0146779517, -0.0798232353, -0.0212826494],
                     [-0.1407132634, 0.1772764654, 0.0855027462]]),
    "dW2": np.array([[0.0005537380, -0.0723705982],
                     [0.1264798326, 0.1600740649]]),
    "dW3": np.array([[0.0128154581, -0.1201133894],
                     [-0.0828227537, -0.0852182648],
                     [0.0525072956, 0.3278316542]]),
}


def _example():
    """X (3, 4), Y (3, 4), parameters of a [3, 2, 2, 3] network, and its forward pass."""
    X = np.array([[0.5, -1.2, 0.3, 2.0], [1.5, 0.4, -0.7, -0.1], [-0.9, 0.8, 1.1, 0.6]])
    Y = np.array([[1.0, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0]])
    parameters = {
        "W1": np.array([[0.4, -0.6, 0.2], [-0.3, 0.5, 0.9]]), "b1": np.array([[0.1], [-0.2]]),
        "W2": np.array([[0.7, -0.4], [0.2, 0.8]]), "b2": np.array([[0.05], [0.3]]),
        "W3": np.array([[0.6, -0.5], [-0.8, 0.3], [0.1, 0.9]]),
        "b3": np.array([[0.2], [-0.1], [0.0]]),
    }
    AL, caches = nn.model_forward(X, parameters)
    return X, Y, parameters, AL, caches


@public_test
def test_compute_cost_with_regularization(target):
    _, Y, parameters, AL, _ = _example()
    cost = target(AL, Y, parameters, LAMBD)
    require(np.ndim(cost) == 0 and not isinstance(cost, str),
            f"The cost should be a single number, got {type(cost).__name__} "
            f"with shape {np.shape(cost)}.")
    plain = target(AL, Y, parameters, 0.0)
    require(np.isclose(plain, nn.compute_cost(AL, Y), rtol=1e-6),
            f"With lambd = 0 the cost should be the plain cross-entropy "
            f"{nn.compute_cost(AL, Y):.6f}, got {float(plain):.6f}. Check the cross-entropy part.")
    moved_biases = {k: v + 1.0 if k.startswith("b") else v for k, v in parameters.items()}
    require(np.isclose(target(AL, Y, moved_biases, LAMBD), cost, rtol=1e-9),
            "Changing the biases changed the cost: the L2 term sums the squared weights "
            "W[l] only, not the biases.")
    require(np.isclose(cost, EXPECTED_COST, rtol=1e-6),
            f"For the example network with lambd = {LAMBD} the cost should be "
            f"{EXPECTED_COST:.6f}, got {float(cost):.6f}. The L2 term is "
            f"lambd / (2m) * (sum of the squared entries of every W[l]), with m = 4 here.")
    passed("compute_cost_with_regularization")


@public_test
def test_backward_propagation_with_regularization(target):
    X, Y, parameters, AL, caches = _example()
    grads = target(X, Y, caches, LAMBD)
    expected_keys = {f"{d}{l}" for l in (1, 2, 3) for d in ("dW", "db")}
    require(isinstance(grads, dict) and set(grads) == expected_keys,
            f"grads should be a dict with exactly the keys {sorted(expected_keys)}, got "
            f"{sorted(grads) if isinstance(grads, dict) else type(grads).__name__}.")
    for key in sorted(expected_keys):
        wanted = np.shape(parameters[key[1:]])
        require(np.shape(grads[key]) == wanted,
                f"`{key}` has shape {np.shape(grads[key])}, expected {wanted} "
                f"(the shape of {key[1:]}).")
    plain = nn.model_backward(AL, Y, caches)
    for l in (3, 2, 1):
        require(np.allclose(grads[f"db{l}"], plain[f"db{l}"], rtol=1e-6, atol=1e-9),
                f"`db{l}` is wrong. The biases are not penalized, so db is the same as "
                f"without regularization: check dZ and its average over the m examples.")
    for l in (3, 2, 1):
        key = f"dW{l}"
        require(np.allclose(grads[key], EXPECTED_DW[key], rtol=1e-6, atol=1e-9),
                f"`{key}` is wrong: expected\n{EXPECTED_DW[key]}\ngot\n{np.asarray(grads[key])}"
                f"\nEvery dW[l] is the cross-entropy gradient plus lambd / m * W[l].")
    passed("backward_propagation_with_regularization")

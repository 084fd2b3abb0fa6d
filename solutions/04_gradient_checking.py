"""Reference solutions of assignment 04: gradient checking."""

import numpy as np

from dlbasics import gradcheck, nn


def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    """Relative difference between dJ(theta) and the two-sided difference of J at theta.

    Inputs: J, dJ -- functions of one float; theta -- float; epsilon -- float step.
    Returns: float, |g - g_approx| / (|g| + |g_approx|).
    Side effects: none; the inputs are left unchanged.
    """
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    numerator = np.abs(grad - gradapprox)
    denominator = np.abs(grad) + np.abs(gradapprox)
    return float(numerator / denominator)


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    """Relative difference between `gradients` and two-sided differences of the network's cost.

    Inputs: parameters {"W1", "b1", ...}; gradients {"dW1", "db1", ...} (same shapes);
            X (n_x, m); Y (classes, m) one-hot; epsilon -- float step.
    Returns: float, ||g - g_approx|| / (||g|| + ||g_approx||) over all parameters.
    Side effects: none; `parameters` and `gradients` are left unchanged (perturb a copy
      of theta).
    """
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)

    def cost_at(vector):
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(vector, layout))
        return nn.compute_cost(AL, Y)

    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        original = theta[i, 0]
        theta[i, 0] = original + epsilon
        cost_plus = cost_at(theta)
        theta[i, 0] = original - epsilon
        cost_minus = cost_at(theta)
        theta[i, 0] = original
        gradapprox[i, 0] = (cost_plus - cost_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


def backward_propagation_fixed(AL, Y, caches):
    """Correct backward pass of the LINEAR->TANH->LINEAR->RELU->LINEAR->SOFTMAX network.

    Inputs: AL, Y (classes, m); caches -- the 3 layer dicts of forward_tanh_relu.
    Returns: grads {"dW1", "db1", "dW2", "db2", "dW3", "db3"} with the parameters' shapes.
    Side effects: none; the inputs are left unchanged.
    """
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]

    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}

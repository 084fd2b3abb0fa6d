"""Mutants of assignment 04: gradient checking."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant
from dlbasics import gradcheck, nn


# ----------------------------------------------------------------------- gradient_check_1d

@mutant("one_sided_difference_1d", expect="one-sided difference")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta)) / epsilon
    return float(np.abs(grad - gradapprox) / (np.abs(grad) + np.abs(gradapprox)))


@mutant("relative_difference_without_denominator_1d", expect="without the denominator")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(grad - gradapprox))


@mutant("relative_difference_without_norms_1d", expect="never negative")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((grad - gradapprox) / (grad + gradapprox))


@mutant("divides_by_epsilon_not_2_epsilon_1d", expect="2 * epsilon apart")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / epsilon
    return float(np.abs(grad - gradapprox) / (np.abs(grad) + np.abs(gradapprox)))


@mutant("denominator_with_grad_only_1d", expect="has only |g|")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = dJ(theta)
    gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(grad - gradapprox) / np.abs(grad))


# ----------------------------------------------------------------------- gradient_check_n

@mutant("one_sided_difference_n", expect="one-sided difference")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    AL, _ = nn.model_forward(X, parameters)
    cost = nn.compute_cost(AL, Y)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus = np.copy(theta)
        theta_plus[i] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        gradapprox[i] = (nn.compute_cost(AL, Y) - cost) / epsilon
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("relative_difference_without_denominator_n", expect="without the denominator")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox))


@mutant("relative_difference_without_norms_n", expect="np.linalg.norm")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return np.abs(grad - gradapprox) / (np.abs(grad) + np.abs(gradapprox))


@mutant("parameter_not_restored_n", expect="not restored")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta[i] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        cost_plus = nn.compute_cost(AL, Y)
        theta[i] -= 2 * epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        cost_minus = nn.compute_cost(AL, Y)
        gradapprox[i] = (cost_plus - cost_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("parameters_dict_not_restored_n", expect="changed the `parameters`")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    grad, gradapprox = [], []
    for key, value in parameters.items():
        for index in np.ndindex(value.shape):
            value[index] += epsilon
            AL, _ = nn.model_forward(X, parameters)
            cost_plus = nn.compute_cost(AL, Y)
            value[index] -= 2 * epsilon
            AL, _ = nn.model_forward(X, parameters)
            cost_minus = nn.compute_cost(AL, Y)
            gradapprox.append((cost_plus - cost_minus) / (2 * epsilon))
            grad.append(gradients["d" + key][index])
    grad, gradapprox = np.array(grad), np.array(gradapprox)
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("perturbs_all_parameters_at_once_n", expect="all parameters are perturbed at once")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus = theta + epsilon
        theta_minus = theta - epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("theta_not_copied_n", expect="an assignment is not a copy")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus = theta
        theta_plus[i] += epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        theta_minus = theta
        theta_minus[i] -= epsilon
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("gradients_flattened_in_dict_order_n", expect="gradients_to_vector(gradients, layout)")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = np.concatenate([g.reshape(-1, 1) for g in gradients.values()])
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox)
                 / (np.linalg.norm(grad) + np.linalg.norm(gradapprox)))


@mutant("norm_of_sum_in_denominator_n", expect="sum of the two norms")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        gradapprox[i] = (nn.compute_cost(AL_plus, Y) - nn.compute_cost(AL_minus, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox))


# ---------------------------------------------------------------- backward_propagation_fixed

# ---------------------------------------------------------------- backward_propagation_fixed

@mutant("fixed_calls_library_backward", expect="as nn.model_backward does")
def backward_propagation_fixed(AL, Y, caches):
    return nn.model_backward(AL, Y, caches)


@mutant("fixed_keeps_bias_gradient_not_averaged", expect="m times too large")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True)
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@mutant("fixed_keeps_relu_derivative_from_A", expect="(A2 >= 0) is true everywhere")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 >= 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@mutant("fixed_keeps_stray_factor_2", expect="stray factor 2")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = 2 * dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@mutant("fixed_tanh_derivative_from_Z", expect="computed from Z1")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - Z1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@mutant("fixed_tanh_applied_twice", expect="tanh is applied twice")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - np.tanh(A1) ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@mutant("fixed_forgets_tanh_derivative", expect="tanh derivative of layer 1 is missing")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}

"""Held-out implementations of assignment 04, written from the student release only."""
# ruff: noqa: F811
import copy
import math

import numpy as np

from dlbasics import gradcheck, nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# gradient_check_1d
# ----------------------------------------------------------------------------


@wrong("gc1_one_sided", "I used the simpler one-sided slope (J(theta + eps) - J(theta)) / eps "
                        "instead of the two-sided difference.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_divide_by_eps", "For the two-sided difference I divided by epsilon instead of "
                            "2 * epsilon.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_precedence_times_eps", "I wrote `/ 2 * epsilon` without brackets, so the difference "
                                   "gets multiplied by epsilon instead of divided by 2 epsilon.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / 2 * epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_no_abs_denominator", "I took the absolute value of the difference on top but "
                                 "forgot the absolute values of g and g_approx in the "
                                 "denominator.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / (g + g_approx))


@wrong("gc1_signed_numerator", "I returned (g - g_approx) / (|g| + |g_approx|) without the "
                               "absolute value in the numerator, so it can be negative.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_relative_to_approx", "I divided only by |g_approx|, the usual relative error, "
                                 "instead of by |g| + |g_approx|.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / abs(g_approx))


@wrong("gc1_fixed_epsilon", "I hard-coded the step 1e-7 in the formula, so the epsilon "
                            "argument is ignored when someone passes another value.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    eps = 1e-7
    g = dJ(theta)
    g_approx = (J(theta + eps) - J(theta - eps)) / (2 * eps)
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_squared_norms", "I thought the norms were squared, so I compared squares: "
                            "(g - g_approx)^2 / (g^2 + g_approx^2).")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) ** 2 / (g ** 2 + g_approx ** 2))


@wrong("gc1_norm_of_sum", "In the denominator I took the norm of g + g_approx instead of "
                          "the sum of the two norms.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    numerator = np.linalg.norm(g - g_approx)
    denominator = np.linalg.norm(g + g_approx)
    return float(numerator / denominator)


@wrong("gc1_max_denominator", "I normalised by the larger of |g| and |g_approx| instead of "
                              "their sum.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / max(abs(g), abs(g_approx)))


@correct("gc1_norms_of_arrays", "Puts g and g_approx in one-element arrays and uses "
                                "np.linalg.norm, as for the n-dimensional check.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = np.array([dJ(theta)], dtype=np.float64)
    J_plus = J(theta + epsilon)
    J_minus = J(theta - epsilon)
    g_approx = np.array([(J_plus - J_minus) / (2 * epsilon)], dtype=np.float64)
    numerator = np.linalg.norm(g - g_approx)
    denominator = np.linalg.norm(g) + np.linalg.norm(g_approx)
    difference = numerator / denominator
    return float(difference)


@correct("gc1_math_fabs", "Evaluates J at theta - eps first and uses math.fabs and "
                          "Python floats throughout.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    left = float(J(theta - epsilon))
    right = float(J(theta + epsilon))
    slope = (right - left) / (2.0 * epsilon)
    claimed = float(dJ(theta))
    return math.fabs(claimed - slope) / (math.fabs(claimed) + math.fabs(slope))


# ----------------------------------------------------------------------------
# gradient_check_n
# ----------------------------------------------------------------------------


@wrong("gcn_grads_dict_order", "I flattened the gradients by looping over gradients.values(), "
                               "so they come in the dict's order (dW2, db2, dW1, ...) instead "
                               "of theta's order.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = np.concatenate([np.asarray(value, dtype=np.float64).reshape(-1, 1)
                           for value in gradients.values()])
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_alias_not_copy", "I wrote theta_plus = theta and theta_minus = theta, so both are "
                             "the same array: the minus step undoes the plus step and "
                             "J_minus is taken at theta itself.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = theta
        theta_plus[i, 0] = theta_plus[i, 0] + epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = theta
        theta_minus[i, 0] = theta_minus[i, 0] - epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_copy_outside_loop", "I made the copies theta_plus and theta_minus once before the "
                                "loop, so each nudge stays in and they pile up entry after "
                                "entry.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    theta_plus = np.copy(theta)
    theta_minus = np.copy(theta)
    for i in range(num_parameters):
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_perturb_params_no_restore", "I nudged the entries of the parameters dict directly "
                                        "(+eps, then -2 eps) and forgot to add eps back, so "
                                        "the caller's parameters end up shifted by -eps.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    _, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = []
    for key, shape in layout:
        array = parameters[key]
        for index in np.ndindex(shape):
            array[index] += epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_plus = nn.compute_cost(AL, Y)
            array[index] -= 2 * epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_minus = nn.compute_cost(AL, Y)
            gradapprox.append((J_plus - J_minus) / (2 * epsilon))
    gradapprox = np.array(gradapprox, dtype=np.float64).reshape(-1, 1)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_precedence_denominator", "I wrote norm(g - g_approx) / norm(g) + norm(g_approx) "
                                     "without brackets around the denominator.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    difference = np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad) + np.linalg.norm(
        gradapprox)
    return float(difference)


@wrong("gcn_one_sided", "I compared J(theta + eps e_i) with J(theta) and divided by eps, the "
                        "one-sided difference, to save forward passes.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
    J_0 = nn.compute_cost(AL, Y)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_0) / epsilon
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_fixed_epsilon", "I used 1e-7 directly in the loop instead of the epsilon "
                            "argument.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += 1e-7
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= 1e-7
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * 1e-7)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_skip_last_entry", "My loop ran over range(num_parameters - 1), so the last entry "
                              "(the last bias) keeps an approximate gradient of 0.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters - 1):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_perturb_all_entries", "I added epsilon to the whole theta vector (theta + epsilon) "
                                  "instead of only entry i, so every entry gets the same "
                                  "estimate.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta) + epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta) - epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_squared_norms", "I used sums of squares (the squared norms) instead of the "
                            "Euclidean norms, I forgot the square roots.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.sum((grad - gradapprox) ** 2)
    denominator = np.sum(grad ** 2) + np.sum(gradapprox ** 2)
    return float(numerator / denominator)


@correct("gcn_restore_in_place", "Works on one private copy of theta, nudges entry i up and "
                                 "down and puts the saved value back each time.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    theta = np.array(theta, dtype=np.float64, copy=True)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    gradapprox = np.empty_like(grad)
    for i in range(theta.shape[0]):
        saved = theta[i, 0]
        theta[i, 0] = saved + epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta[i, 0] = saved - epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        J_minus = nn.compute_cost(AL, Y)
        theta[i, 0] = saved
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    diff = grad - gradapprox
    numerator = np.sqrt(np.sum(diff * diff))
    denominator = np.sqrt(np.sum(grad * grad)) + np.sqrt(np.sum(gradapprox * gradapprox))
    return float(numerator / denominator)


@correct("gcn_blockwise_dicts", "Loops over the parameter dict block by block on a float64 "
                                "deep copy, pairing each entry with its own dW/db entry, and "
                                "accumulates the three sums of squares.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    work = {key: np.array(value, dtype=np.float64) for key, value in
            copy.deepcopy(parameters).items()}
    L = nn.num_layers(work)
    sq_diff = sq_grad = sq_approx = 0.0
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            block = work[name]
            claimed = np.asarray(gradients[f"d{name}"], dtype=np.float64)
            for index in np.ndindex(block.shape):
                saved = block[index]
                block[index] = saved + epsilon
                J_plus = nn.compute_cost(nn.model_forward(X, work)[0], Y)
                block[index] = saved - epsilon
                J_minus = nn.compute_cost(nn.model_forward(X, work)[0], Y)
                block[index] = saved
                approx = (J_plus - J_minus) / (2 * epsilon)
                g = claimed[index]
                sq_diff += (g - approx) ** 2
                sq_grad += g ** 2
                sq_approx += approx ** 2
    return float(np.sqrt(sq_diff) / (np.sqrt(sq_grad) + np.sqrt(sq_approx)))


# ----------------------------------------------------------------------------
# backward_propagation_fixed
# ----------------------------------------------------------------------------


@wrong("bpf_db3_not_averaged", "I fixed the ReLU mask and the factor 2 but missed that db3 is "
                               "summed without dividing by m.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]
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


@wrong("bpf_relu_mask_ge", "I kept the ReLU mask (A2 >= 0); it looked right to me, but A2 is "
                           "never negative so it lets every gradient through.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
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


@wrong("bpf_tanh_factor_two", "I fixed db3 and the mask but left the factor 2 in "
                              "dZ1 = 2 * dA1 * (1 - A1 ** 2), thinking it came from the square.")
def backward_propagation_fixed(AL, Y, caches):
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
    dZ1 = 2 * dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_tanh_deriv_of_z", "I wrote the tanh derivative as 1 - Z1 ** 2 with the "
                              "pre-activation Z1 instead of 1 - A1 ** 2.")
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


@wrong("bpf_tanh_no_square", "When I removed the factor 2 I also dropped the square: "
                             "dZ1 = dA1 * (1 - A1).")
def backward_propagation_fixed(AL, Y, caches):
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
    dZ1 = dA1 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_double_over_m", "Like nn.model_backward I started from dZ3 = (AL - Y) / m, but I "
                            "also kept the / m on every dW and db, so they are divided twice.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]
    dZ3 = (AL - Y) / m
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


@wrong("bpf_mask_wrong_layer_cache", "For the ReLU mask of layer 2 I read Z from caches[2] "
                                     "(layer 3) instead of caches[1]: off by one in the "
                                     "cache index.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[2]["Z"]
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


@wrong("bpf_relu_of_gradient", "I replaced the mask by applying ReLU to the gradient itself, "
                               "dZ2 = np.maximum(dA2, 0), instead of masking where Z2 > 0.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = np.maximum(dA2, 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_db_no_keepdims", "I retyped the bias gradients as np.sum(dZ, axis=1) / m and "
                             "forgot keepdims=True, so db1, db2, db3 have shape (n,) instead "
                             "of (n, 1).")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_inplace_al", "I wrote dZ3 = AL and then dZ3 -= Y to save memory, which subtracts "
                         "Y from the caller's AL in place.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]
    dZ3 = AL
    dZ3 -= Y
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


@correct("bpf_layer_loop", "A loop from layer 3 down to 1 with dZ already divided by m (as in "
                           "nn.model_backward) and the derivative of each layer's activation "
                           "taken from its Z.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    grads = {}
    dZ = (AL - Y) / m
    for l in (3, 2, 1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            if l - 1 == 2:  # layer 2 is ReLU: pass where its Z > 0
                dZ = dA_prev * (caches[1]["Z"] > 0)
            else:  # layer 1 is tanh: 1 - A1^2, A1 is layer 2's input
                dZ = dA_prev * (1.0 - cache["A_prev"] ** 2)
    return {key: grads[key] for key in ("dW1", "db1", "dW2", "db2", "dW3", "db3")}


@correct("bpf_einsum_mask_a2", "np.einsum for the weight gradients, the ReLU mask from A2 > 0 "
                               "and the tanh derivative from the cached A1.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X = caches[0]["A_prev"]
    A1 = caches[1]["A_prev"]
    A2 = caches[2]["A_prev"]
    dZ3 = AL - Y
    dW3 = np.einsum("im,jm->ij", dZ3, A2) / m
    db3 = dZ3.mean(axis=1, keepdims=True)
    dZ2 = np.einsum("ki,km->im", caches[2]["W"], dZ3) * (A2 > 0)
    dW2 = np.einsum("im,jm->ij", dZ2, A1) / m
    db2 = dZ2.mean(axis=1, keepdims=True)
    dZ1 = np.einsum("ki,km->im", caches[1]["W"], dZ2) * (1 - A1 * A1)
    dW1 = np.einsum("im,jm->ij", dZ1, X) / m
    db1 = dZ1.mean(axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}

"""Held-out implementations of assignment 04, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np

from dlbasics import gradcheck, nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# gradient_check_1d
# ----------------------------------------------------------------------------


@wrong("gc1_one_sided",
       "I used the simpler one-sided slope (J(theta + eps) - J(theta)) / eps for g_approx "
       "instead of the two-sided difference.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_no_denominator",
       "I returned just |g - g_approx|, I forgot to divide by |g| + |g_approx| to make it "
       "relative.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx))


@wrong("gc1_divide_by_epsilon",
       "I divided the two-sided difference by epsilon instead of 2 * epsilon.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_precedence_2_times_eps",
       "I wrote / 2 * epsilon without parentheses, so the difference got multiplied by "
       "epsilon instead of divided by 2 epsilon.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / 2 * epsilon
    numerator = abs(g - g_approx)
    denominator = abs(g) + abs(g_approx)
    return float(numerator / denominator)


@wrong("gc1_no_abs_in_denominator",
       "I took the absolute value of the numerator only and wrote the denominator as g + "
       "g_approx, which breaks for negative derivatives.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / (g + g_approx))


@wrong("gc1_signed_numerator",
       "I forgot the absolute value on g - g_approx, so the difference comes out negative "
       "when the backprop derivative is smaller than the estimate.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_abs_of_sum_denominator",
       "For the denominator I took |g + g_approx| instead of |g| + |g_approx|.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / np.abs(g + g_approx))


@wrong("gc1_reversed_difference",
       "I subtracted the wrong way round, J(theta - eps) - J(theta + eps), so my estimate has "
       "the opposite sign.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    J_minus = J(theta - epsilon)
    J_plus = J(theta + epsilon)
    g_approx = (J_minus - J_plus) / (2 * epsilon)
    g = dJ(theta)
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_hardcoded_epsilon",
       "I wrote eps = 1e-7 inside the function and used it, so the epsilon argument is "
       "ignored.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    eps = 1e-7
    g = dJ(theta)
    g_approx = (J(theta + eps) - J(theta - eps)) / (2 * eps)
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("gc1_relative_to_g_only",
       "I divided by |g| only (the error relative to backprop's value) instead of "
       "|g| + |g_approx|.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / abs(g))


@correct("gc1_norms_of_arrays",
         "Wraps both derivatives in 1-element float64 arrays and uses np.linalg.norm for every "
         "absolute value, the same code as the n-dimensional check.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = np.array([dJ(theta)], dtype=np.float64)
    values = np.array([J(theta + epsilon), J(theta - epsilon)], dtype=np.float64)
    gradapprox = np.array([(values[0] - values[1]) / (2 * epsilon)])
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@correct("gc1_math_fabs_stepwise",
         "Evaluates J at theta - eps first, converts everything to Python floats and takes "
         "the absolute values with math.fabs, dividing in float64.")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    left = float(J(theta - epsilon))
    right = float(J(theta + epsilon))
    slope_estimate = (right - left) / (2.0 * epsilon)
    claimed = float(dJ(theta))
    top = math.fabs(claimed - slope_estimate)
    bottom = math.fabs(claimed) + math.fabs(slope_estimate)
    return float(np.float64(top) / np.float64(bottom))


# ----------------------------------------------------------------------------
# gradient_check_n
# ----------------------------------------------------------------------------


@wrong("gcn_alias_not_copy",
       "I wrote theta_plus = theta and theta_minus = theta, so both names are the same array: "
       "the minus step just undoes the plus step and J_minus is the cost at theta.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
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


@wrong("gcn_copy_once_outside_loop",
       "I made the copies theta_plus and theta_minus once before the loop, so the "
       "perturbations of earlier entries are never put back and pile up.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    theta_plus = np.copy(theta)
    theta_minus = np.copy(theta)
    for i in range(n):
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


@wrong("gcn_gradients_dict_order",
       "I flattened the gradients by looping over gradients.values(), so they come in the "
       "dict's order (dW2, db2, dW1, db1 from model_backward) instead of theta's order.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = np.concatenate([np.asarray(value, dtype=np.float64).reshape(-1, 1)
                           for value in gradients.values()])
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
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


@wrong("gcn_one_sided",
       "To save forward passes I computed J(theta) once and used the one-sided difference "
       "(J(theta + eps e_i) - J(theta)) / eps for every entry.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
    J0 = nn.compute_cost(AL, Y)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        gradapprox[i, 0] = (nn.compute_cost(AL, Y) - J0) / epsilon
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_perturb_parameters_no_restore",
       "I nudged the entries of the parameter matrices directly (+eps, then -eps) and forgot "
       "to put each entry back, so `parameters` ends up changed and later entries are checked "
       "at a shifted point.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    layout = gradcheck.parameter_layout(parameters)
    approx_blocks = []
    for key, shape in layout:
        P = parameters[key]
        block = np.zeros(shape)
        for idx in np.ndindex(*shape):
            old = P[idx]
            P[idx] = old + epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_plus = nn.compute_cost(AL, Y)
            P[idx] = old - epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_minus = nn.compute_cost(AL, Y)
            block[idx] = (J_plus - J_minus) / (2 * epsilon)
        approx_blocks.append(block.reshape(-1, 1))
    gradapprox = np.concatenate(approx_blocks)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@wrong("gcn_square_of_sum",
       "I wrote the Euclidean norm by hand as np.sqrt(np.sum(v) ** 2), squaring after the sum "
       "instead of summing the squares.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.sqrt(np.sum(grad - gradapprox) ** 2)
    denominator = np.sqrt(np.sum(grad) ** 2) + np.sqrt(np.sum(gradapprox) ** 2)
    return float(numerator / denominator)


@wrong("gcn_norm_of_sum_denominator",
       "I wrote the denominator as ||g + g_approx|| instead of ||g|| + ||g_approx||.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - gradapprox) / np.linalg.norm(grad + gradapprox))


@wrong("gcn_loop_starts_at_1",
       "My loop ran over range(1, num_parameters), so the first entry of theta (W1[0, 0]) "
       "is never estimated and stays 0 in g_approx.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(1, num_parameters):
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


@wrong("gcn_theta_keeps_param_dtype",
       "I stacked theta myself with np.concatenate of the reshaped parameters, so when the "
       "parameters are float32 theta is float32 and the tiny epsilon step gets rounded away.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    layout = gradcheck.parameter_layout(parameters)
    theta = np.concatenate([parameters[key].reshape(-1, 1) for key, _ in layout])
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
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


@wrong("gcn_set_instead_of_add",
       "I wrote theta_plus[i] = epsilon and theta_minus[i] = -epsilon, replacing the entry "
       "by the step instead of adding the step to it.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    gradapprox = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i] = epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i] = -epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return float(numerator / denominator)


@correct("gcn_restore_single_copy",
         "Works on one copy of theta, saves each entry, sets it to old + eps and old - eps, "
         "and writes the saved value back before the next entry; norms written as sqrt of "
         "sums of squares.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    work = theta.copy()
    grad = gradcheck.gradients_to_vector(gradients, layout).ravel()

    def cost(vector):
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(vector, layout))
        return nn.compute_cost(AL, Y)

    approx = np.empty(work.shape[0], dtype=np.float64)
    for i in range(work.shape[0]):
        old = work[i, 0]
        work[i, 0] = old + epsilon
        J_plus = cost(work)
        work[i, 0] = old - epsilon
        J_minus = cost(work)
        work[i, 0] = old
        approx[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.sqrt(np.sum((grad - approx) ** 2))
    denominator = np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(approx ** 2))
    return float(numerator / denominator)


@correct("gcn_basis_vectors",
         "Builds each perturbation as theta +/- eps * e_i with an explicit unit vector (no "
         "in-place writes at all), stores J_plus and J_minus in arrays and computes the whole "
         "approximation at once.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    n = theta.shape[0]
    J_plus = np.zeros(n)
    J_minus = np.zeros(n)
    for i in range(n):
        e_i = np.zeros((n, 1))
        e_i[i, 0] = 1.0
        AL_plus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta + epsilon * e_i,
                                                                         layout))
        AL_minus, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta - epsilon * e_i,
                                                                          layout))
        J_plus[i] = nn.compute_cost(AL_plus, Y)
        J_minus[i] = nn.compute_cost(AL_minus, Y)
    gradapprox = ((J_plus - J_minus) / (2 * epsilon)).reshape(-1, 1)
    grad = np.concatenate([np.asarray(gradients["d" + key], dtype=np.float64).reshape(-1, 1)
                           for key, _ in layout])
    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad)
                                                      + np.linalg.norm(gradapprox))
    return float(difference)


@correct("gcn_per_block_copies",
         "Walks the parameter dict block by block, perturbing float64 copies of one matrix "
         "at a time with np.ndindex (C order, same as theta), and compares block-wise "
         "squared errors summed up.")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    layout = gradcheck.parameter_layout(parameters)
    base = {key: np.array(parameters[key], dtype=np.float64) for key, _ in layout}
    err_sq, g_sq, a_sq = 0.0, 0.0, 0.0
    for key, shape in layout:
        g_block = np.asarray(gradients["d" + key], dtype=np.float64).reshape(shape)
        for idx in np.ndindex(*shape):
            plus = dict(base)
            plus[key] = base[key].copy()
            plus[key][idx] = base[key][idx] + epsilon
            minus = dict(base)
            minus[key] = base[key].copy()
            minus[key][idx] = base[key][idx] - epsilon
            J_plus = nn.compute_cost(nn.model_forward(X, plus)[0], Y)
            J_minus = nn.compute_cost(nn.model_forward(X, minus)[0], Y)
            approx = (J_plus - J_minus) / (2 * epsilon)
            err_sq += (g_block[idx] - approx) ** 2
            g_sq += g_block[idx] ** 2
            a_sq += approx ** 2
    return float(np.sqrt(err_sq) / (np.sqrt(g_sq) + np.sqrt(a_sq)))


# ----------------------------------------------------------------------------
# backward_propagation_fixed
# ----------------------------------------------------------------------------


@wrong("bpf_db3_still_not_divided",
       "I fixed the ReLU mask and the factor 2 in the tanh layer but did not see that db3 "
       "is missing its / m.")
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


@wrong("bpf_relu_mask_on_A2_kept",
       "I fixed db3 and the factor 2, but left the ReLU mask as (A2 >= 0), which is true "
       "everywhere because A2 is a ReLU output.")
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


@wrong("bpf_tanh_factor_2_kept",
       "I thought the 2 in dZ1 came from differentiating A1 ** 2, so I kept "
       "dZ1 = 2 * dA1 * (1 - A1 ** 2) and only fixed the other two bugs.")
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


@wrong("bpf_relu_mask_ge_zero",
       "I moved the ReLU mask onto Z2 but kept the >= from the buggy line, so a unit whose "
       "pre-activation is exactly 0 still passes its gradient.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z2 = caches[1]["Z"]

    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (Z2 >= 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_tanh_derivative_on_Z1",
       "When I rewrote the tanh line I used the pre-activation, 1 - Z1 ** 2, instead of "
       "1 - A1 ** 2 (tanh'(z) is 1 - tanh(z) ** 2).")
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


@wrong("bpf_tanh_square_misplaced",
       "I removed the 2 but rewrote the tanh derivative as (1 - A1) ** 2 instead of "
       "1 - A1 ** 2.")
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
    dZ1 = dA1 * (1 - A1) ** 2
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_m_divided_twice",
       "To fix db3 I divided dZ3 by m at the top (like nn.model_backward does) but kept all "
       "the / m on the dW and db lines, so everything is divided by m twice.")
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


@wrong("bpf_db_no_keepdims",
       "I retyped the bias lines as np.sum(dZ, axis=1) / m and dropped keepdims=True, so "
       "the db's come out as 1-D vectors (n,) instead of columns (n, 1).")
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


@wrong("bpf_activations_swapped",
       "I mixed up which hidden layer is tanh and which is ReLU: I put the tanh derivative "
       "on layer 2 and the ReLU mask on layer 1.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1 = caches[0]["Z"]

    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (1 - A2 ** 2)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("bpf_inplace_dZ3_on_AL",
       "I wrote dZ3 = AL and then dZ3 -= Y to save memory, which subtracts Y from the "
       "caller's AL array in place.")
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


@correct("bpf_loop_with_linear_backward",
         "Loops from layer 3 down with nn.linear_backward, folding 1/m into dZ3 once (as "
         "nn.model_backward does), nn.relu_backward on Z2 and 1 - tanh(Z1)**2 for layer 1.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    grads = {}
    dZ = (AL - Y) / m
    for l in (3, 2, 1):
        cache = caches[l - 1]
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, cache)
        if l == 3:
            dZ = nn.relu_backward(dA_prev, caches[1]["Z"])
        elif l == 2:
            dZ = dA_prev * (1 - np.tanh(caches[0]["Z"]) ** 2)
    return grads


@correct("bpf_einsum_mean",
         "Uses np.einsum for the products, np.mean over the examples for the biases, and the "
         "mask (A2 > 0), which is the same as (Z2 > 0) for a ReLU output.")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]

    dZ3 = AL - Y
    dW3 = np.einsum("im,jm->ij", dZ3, A2) / m
    db3 = np.mean(dZ3, axis=1, keepdims=True)
    dA2 = np.einsum("ji,jm->im", W3, dZ3)
    dZ2 = np.where(A2 > 0, dA2, 0.0)
    dW2 = np.einsum("im,jm->ij", dZ2, A1) / m
    db2 = np.mean(dZ2, axis=1, keepdims=True)
    dA1 = np.einsum("ji,jm->im", W2, dZ2)
    dZ1 = dA1 * (1 - A1 * A1)
    dW1 = np.einsum("im,jm->ij", dZ1, X) / m
    db1 = np.mean(dZ1, axis=1, keepdims=True)
    return {"dW3": dW3, "db3": db3, "dW2": dW2, "db2": db2, "dW1": dW1, "db1": db1}

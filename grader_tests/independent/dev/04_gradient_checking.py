"""Independent implementations of assignment 04, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import gradcheck, nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# gradient_check_1d
# ---------------------------------------------------------------------------------------


@wrong("check1d_one_sided_difference", "I used (J(theta + eps) - J(theta)) / eps because it is the definition of the derivative I know")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_no_denominator", "I returned the plain difference |g - g_approx| and forgot to divide by the sizes")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx))


@wrong("check1d_no_abs_numerator", "I forgot the absolute value around g - g_approx, so it can come out negative")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_no_abs_at_all", "I wrote (g - g_approx) / (g + g_approx) without any absolute values")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) / (g + g_approx))


@wrong("check1d_divide_by_epsilon_not_2eps", "I divided the two-sided difference by epsilon instead of 2 * epsilon")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_precedence_times_epsilon", "I typed / 2 * epsilon, which multiplies by epsilon instead of dividing by it")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / 2 * epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_hardcoded_epsilon", "I used 1e-7 inside the formula instead of the epsilon argument")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    eps = 1e-7
    g = dJ(theta)
    g_approx = (J(theta + eps) - J(theta - eps)) / (2 * eps)
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_abs_of_sum_denominator", "I put |g + g_approx| in the denominator, which is the same as long as both have the same sign")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / abs(g + g_approx))


@wrong("check1d_divide_by_max", "I normalised by the larger of |g| and |g_approx| instead of their sum")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / max(abs(g), abs(g_approx)))


@wrong("check1d_relative_to_approx_only", "I divided only by |g_approx| since the numerical estimate is the truth")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(abs(g - g_approx) / abs(g_approx))


@wrong("check1d_half_step_each_side", "I stepped epsilon/2 to each side and divided by epsilon, so the total width is epsilon")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon / 2) - J(theta - epsilon / 2)) / epsilon
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_dj_at_shifted_point", "I evaluated the claimed derivative at theta + epsilon, where I had just computed J")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    theta_plus = theta + epsilon
    theta_minus = theta - epsilon
    g_approx = (J(theta_plus) - J(theta_minus)) / (2 * epsilon)
    g = dJ(theta_plus)
    return float(abs(g - g_approx) / (abs(g) + abs(g_approx)))


@wrong("check1d_squared_ratio", "I compared squared values, (g - g_approx)^2 / (g^2 + g_approx^2), thinking the 2-norm needs squares")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) ** 2 / (g ** 2 + g_approx ** 2))


@correct("check1d_linalg_norm", "treats g and g_approx as 1-element arrays and uses np.linalg.norm as in the n-d case")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    plus = np.array([J(theta + epsilon)], dtype=np.float64)
    minus = np.array([J(theta - epsilon)], dtype=np.float64)
    grad_approx = (plus - minus) / (2 * epsilon)
    grad = np.array([dJ(theta)], dtype=np.float64)
    numerator = np.linalg.norm(grad - grad_approx)
    denominator = np.linalg.norm(grad) + np.linalg.norm(grad_approx)
    return float(numerator / denominator)


@correct("check1d_python_floats", "plain Python floats with the built-in abs and intermediate names")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    j_right = float(J(theta + epsilon))
    j_left = float(J(theta - epsilon))
    slope = (j_right - j_left) / (2.0 * epsilon)
    claimed = float(dJ(theta))
    return abs(claimed - slope) / (abs(claimed) + abs(slope))


# ---------------------------------------------------------------------------------------
# gradient_check_n
# ---------------------------------------------------------------------------------------


@wrong("checkn_gradients_in_dict_order", "I stacked the gradients in the order of the gradients dict instead of the order of theta")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = np.concatenate([np.asarray(v, dtype=np.float64).reshape(-1, 1)
                           for v in gradients.values()])
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        grad_approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_alias_not_copy", "I wrote theta_plus = theta and theta_minus = theta, so the minus step just undid the plus step")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = theta
        theta_plus[i, 0] = theta_plus[i, 0] + epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta_minus = theta
        theta_minus[i, 0] = theta_minus[i, 0] - epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        J_minus = nn.compute_cost(AL, Y)
        grad_approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_perturbs_caller_dict_not_restored", "I nudged the entries of the parameters dict directly and forgot to put the epsilon back after the minus step")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    _, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = []
    for key, _ in layout:
        block = parameters[key]
        for index in np.ndindex(block.shape):
            block[index] += epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_plus = nn.compute_cost(AL, Y)
            block[index] -= 2 * epsilon
            AL, _ = nn.model_forward(X, parameters)
            J_minus = nn.compute_cost(AL, Y)
            approx.append((J_plus - J_minus) / (2 * epsilon))
    grad_approx = np.array(approx, dtype=np.float64).reshape(-1, 1)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_one_sided", "I used the one-sided difference (J(theta + eps) - J(theta)) / eps to save forward passes")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
    J0 = nn.compute_cost(AL, Y)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL, Y) - J0) / epsilon
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_no_denominator", "I returned ||g - g_approx|| and forgot to divide by ||g|| + ||g_approx||")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx))


@wrong("checkn_norm_of_g_only", "I divided by ||g|| alone, the gradient I was checking")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx) / np.linalg.norm(grad))


@wrong("checkn_hardcoded_epsilon", "I typed 1e-7 in the loop instead of using the epsilon argument")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += 1e-7
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= 1e-7
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * 1e-7)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_skips_last_parameter", "my loop ran over range(num_parameters - 1), so the last entry of theta was never checked")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    num_parameters = theta.shape[0]
    grad_approx = np.zeros((num_parameters, 1))
    for i in range(num_parameters - 1):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_float32_theta", "I kept theta in float32 like the network's weights to save memory")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    theta = theta.astype(np.float32)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X.astype(np.float32),
                                   gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X.astype(np.float32),
                                   gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@wrong("checkn_squared_norms", "I used sums of squares instead of norms, forgetting the square roots")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    numerator = np.sum((grad - grad_approx) ** 2)
    denominator = np.sum(grad ** 2) + np.sum(grad_approx ** 2)
    return float(numerator / denominator)


@wrong("checkn_mean_elementwise_relative", "I computed the relative difference entry by entry and returned its mean")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    per_entry = np.abs(grad - grad_approx) / (np.abs(grad) + np.abs(grad_approx) + 1e-12)
    return float(np.mean(per_entry))


@wrong("checkn_recomputes_gradients_ignoring_argument", "I ran nn.model_backward myself to get g instead of using the gradients passed in")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    AL, caches = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
    grad = gradcheck.gradients_to_vector(nn.model_backward(AL, Y, caches), layout)
    n = theta.shape[0]
    grad_approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        AL_p, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_plus, layout))
        AL_m, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta_minus, layout))
        grad_approx[i, 0] = (nn.compute_cost(AL_p, Y) - nn.compute_cost(AL_m, Y)) / (2 * epsilon)
    return float(np.linalg.norm(grad - grad_approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(grad_approx)))


@correct("checkn_restore_in_place", "perturbs its own float64 vector in place and puts each entry back right away")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    theta, layout = gradcheck.dictionary_to_vector(parameters)  # a fresh float64 array
    grad = gradcheck.gradients_to_vector(gradients, layout)

    grad_approx = np.empty_like(theta)
    for i in range(theta.shape[0]):
        saved = theta[i, 0]
        theta[i, 0] = saved + epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        J_plus = nn.compute_cost(AL, Y)
        theta[i, 0] = saved - epsilon
        AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))
        J_minus = nn.compute_cost(AL, Y)
        theta[i, 0] = saved
        grad_approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.sqrt(np.sum((grad - grad_approx) ** 2))
    denominator = np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(grad_approx ** 2))
    return float(numerator / denominator)


@correct("checkn_dict_copies_per_block", "walks the parameter dict block by block on float64 copies, no flat vector for theta")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    L = nn.num_layers(parameters)
    keys = [k for l in range(1, L + 1) for k in (f"W{l}", f"b{l}") if k in parameters]
    work = {k: np.array(parameters[k], dtype=np.float64, copy=True) for k in keys}

    def cost():
        AL, _ = nn.model_forward(X, work)
        return nn.compute_cost(AL, Y)

    g_parts, approx_parts = [], []
    for k in keys:
        block = work[k]
        approx = np.zeros_like(block)
        for index in np.ndindex(block.shape):
            saved = block[index]
            block[index] = saved + epsilon
            J_plus = cost()
            block[index] = saved - epsilon
            J_minus = cost()
            block[index] = saved
            approx[index] = (J_plus - J_minus) / (2 * epsilon)
        approx_parts.append(approx.ravel())
        g_parts.append(np.asarray(gradients["d" + k], dtype=np.float64).ravel())
    g = np.concatenate(g_parts)
    g_approx = np.concatenate(approx_parts)
    return float(np.linalg.norm(g - g_approx) / (np.linalg.norm(g) + np.linalg.norm(g_approx)))


# ---------------------------------------------------------------------------------------
# backward_propagation_fixed
# ---------------------------------------------------------------------------------------


@wrong("fixed_kept_factor_two_tanh", "I fixed db3 and the ReLU mask but left the factor 2 in front of the tanh derivative")
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


@wrong("fixed_db3_not_divided_by_m", "I missed that db3 was not divided by m, and only fixed the two hidden-layer bugs")
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


@wrong("fixed_relu_mask_a2_ge_0", "I kept the mask (A2 >= 0), which looked fine to me but is always true")
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


@wrong("fixed_relu_mask_z2_ge_0", "I changed the mask to (Z2 >= 0), so a unit sitting exactly at 0 still passes its gradient")
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


@wrong("fixed_tanh_derivative_1_minus_a", "I wrote the tanh derivative as 1 - A1 instead of 1 - A1**2")
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


@wrong("fixed_tanh_derivative_from_z1", "I used 1 - Z1**2 with the pre-activation from the cache instead of 1 - tanh(Z1)**2")
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


@wrong("fixed_relu_mask_on_tanh_layer", "I used the ReLU mask (Z1 > 0) for layer 1 as well, like nn.model_backward does")
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
    dZ1 = dA1 * (Z1 > 0)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("fixed_double_divide_by_m", "I divided dZ3 by m and then divided every dW and db by m again")
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


@wrong("fixed_dw1_transposed", "I wrote dW1 = X @ dZ1.T, which is the transpose of the right gradient")
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
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = X @ dZ1.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("fixed_db_without_keepdims", "I summed the bias gradients without keepdims, so they came out with shape (n,)")
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


@wrong("fixed_da1_uses_da2", "I propagated dA1 = W2.T @ dA2, skipping the ReLU mask on the way down")
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
    dA1 = W2.T @ dA2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@correct("fixed_loop_with_linear_backward", "scales dZ by 1/m once and loops over the layers with nn.linear_backward")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    grads = {}
    dZ = (AL - Y) / m
    for l in (3, 2, 1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l == 3:  # layer 2 is ReLU
            dZ = nn.relu_backward(dA_prev, caches[1]["Z"])
        elif l == 2:  # layer 1 is tanh
            A1 = caches[1]["A_prev"]  # tanh(Z1), the input of layer 2
            dZ = dA_prev * (1.0 - A1 * A1)
    return grads


@correct("fixed_einsum", "writes every product and sum with np.einsum and the ReLU mask from A2 > 0")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]

    dZ3 = AL - Y
    dW3 = np.einsum("im,jm->ij", dZ3, A2) / m
    db3 = np.einsum("im->i", dZ3)[:, None] / m
    dZ2 = np.einsum("ki,km->im", W3, dZ3) * (A2 > 0)
    dW2 = np.einsum("im,jm->ij", dZ2, A1) / m
    db2 = np.einsum("im->i", dZ2)[:, None] / m
    dZ1 = np.einsum("ki,km->im", W2, dZ2) * (1 - np.square(A1))
    dW1 = np.einsum("im,jm->ij", dZ1, X) / m
    db1 = np.einsum("im->i", dZ1)[:, None] / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}

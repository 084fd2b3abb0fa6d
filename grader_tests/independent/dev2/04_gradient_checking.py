"""Held-out implementations of assignment 04, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------------
# gradient_check_1d
# ---------------------------------------------------------------------------------------------


@wrong("one_sided_difference", "I used the forward difference (J(theta + eps) - J(theta)) / eps "
                               "because it is the textbook definition of a derivative")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta)) / epsilon
    return float(np.abs(g - g_approx) / (np.abs(g) + np.abs(g_approx)))


@wrong("missing_factor_two", "I divided the two-sided difference by epsilon instead of "
                             "2 * epsilon")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / epsilon
    return float(np.abs(g - g_approx) / (np.abs(g) + np.abs(g_approx)))


@wrong("signed_numerator", "I forgot the absolute value in the numerator, so the difference "
                           "can come out negative")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float((g - g_approx) / (np.abs(g) + np.abs(g_approx)))


@wrong("signed_denominator", "I wrote the denominator as g + g_approx without absolute values, "
                             "which breaks for negative slopes")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / (g + g_approx))


@wrong("epsilon_hardcoded", "I typed 1e-7 directly in the formula instead of using the epsilon "
                            "argument")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    eps = 1e-7
    g = dJ(theta)
    g_approx = (J(theta + eps) - J(theta - eps)) / (2 * eps)
    return float(np.abs(g - g_approx) / (np.abs(g) + np.abs(g_approx)))


@wrong("reversed_difference", "I subtracted the two costs the wrong way round, "
                              "J(theta - eps) - J(theta + eps)")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta - epsilon) - J(theta + epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / (np.abs(g) + np.abs(g_approx)))


@wrong("relative_to_approx_only", "I divided only by |g_approx|, treating the numerical "
                                  "estimate as the truth")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / np.abs(g_approx))


@wrong("absolute_not_relative", "I returned the plain difference |g - g_approx| and forgot to "
                                "divide by the sizes of the gradients")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx))


@wrong("norm_of_sum_denominator", "I put the norm of the sum |g + g_approx| in the denominator "
                                  "instead of the sum of the norms")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / np.abs(g + g_approx))


@wrong("max_denominator", "I normalised by the larger of |g| and |g_approx| instead of their sum")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    g = dJ(theta)
    g_approx = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)
    return float(np.abs(g - g_approx) / max(np.abs(g), np.abs(g_approx)))


@correct("vector_norms", "treats both derivatives as length-1 vectors and uses np.linalg.norm, "
                         "as in the n-dimensional check")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    grad = np.array([dJ(theta)], dtype=np.float64)
    plus, minus = J(theta + epsilon), J(theta - epsilon)
    approx = np.array([(plus - minus) / (2.0 * epsilon)], dtype=np.float64)
    numerator = np.linalg.norm(grad - approx)
    denominator = np.linalg.norm(grad) + np.linalg.norm(approx)
    return float(numerator / denominator)


@correct("points_and_weights", "evaluates J on the stencil [theta + eps, theta - eps] with "
                               "weights [1, -1] and works with NumPy float64 scalars")
def gradient_check_1d(J, dJ, theta, epsilon=1e-7):
    stencil = (theta + epsilon, theta - epsilon)
    weights = (1.0, -1.0)
    slope = sum(w * J(t) for w, t in zip(weights, stencil)) / (2 * epsilon)
    claimed = dJ(theta)
    gap = np.float64(claimed) - np.float64(slope)
    return float(np.abs(gap) / (np.abs(np.float64(claimed)) + np.abs(np.float64(slope))))


# ---------------------------------------------------------------------------------------------
# gradient_check_n
# ---------------------------------------------------------------------------------------------


@wrong("gradient_dict_order", "I flattened the gradients in the dict's own order "
                              "(gradients.values()) instead of the order of theta")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = np.concatenate([np.asarray(v, dtype=np.float64).reshape(-1, 1)
                           for v in gradients.values()])
    n = theta.shape[0]
    approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = np.copy(theta)
        theta_plus[i, 0] += epsilon
        theta_minus = np.copy(theta)
        theta_minus[i, 0] -= epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("alias_not_copy", "I wrote theta_plus = theta and theta_minus = theta, so the minus "
                         "step just undid the plus step")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    approx = np.zeros((n, 1))
    for i in range(n):
        theta_plus = theta
        theta_plus[i, 0] = theta_plus[i, 0] + epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        theta_minus = theta
        theta_minus[i, 0] = theta_minus[i, 0] - epsilon
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("never_restored", "I nudged theta[i] up and then down by 2 epsilon but never put it "
                         "back, so every later entry is checked at a shifted point")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    n = theta.shape[0]
    approx = np.zeros((n, 1))
    for i in range(n):
        theta[i, 0] += epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta, layout))[0], Y)
        theta[i, 0] -= 2 * epsilon
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta, layout))[0], Y)
        approx[i, 0] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("perturb_caller_dict", "I nudged the entries of the caller's parameter arrays directly "
                              "and undid it with += / -= epsilon, which does not restore them "
                              "exactly")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    grad_parts, approx_parts = [], []
    for l in range(1, L + 1):
        for key in (f"W{l}", f"b{l}"):
            array = parameters[key]
            approx = np.zeros(array.shape)
            for idx in np.ndindex(array.shape):
                array[idx] += epsilon
                J_plus = nn.compute_cost(nn.model_forward(X, parameters)[0], Y)
                array[idx] -= 2 * epsilon
                J_minus = nn.compute_cost(nn.model_forward(X, parameters)[0], Y)
                array[idx] += epsilon
                approx[idx] = (J_plus - J_minus) / (2 * epsilon)
            approx_parts.append(approx.ravel())
            grad_parts.append(np.asarray(gradients["d" + key], dtype=np.float64).ravel())
    grad, approx = np.concatenate(grad_parts), np.concatenate(approx_parts)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("one_sided_n", "I computed g_approx with the one-sided difference "
                      "(J(theta + eps) - J(theta)) / eps to save forward passes")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    J0 = nn.compute_cost(nn.model_forward(X, gradcheck.vector_to_dictionary(theta, layout))[0], Y)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus = np.copy(theta)
        theta_plus[i] += epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        approx[i] = (J_plus - J0) / epsilon
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("no_two_in_denominator", "I divided J_plus - J_minus by epsilon instead of 2 * epsilon")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i] = (J_plus - J_minus) / epsilon
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("float32_theta", "I converted theta to float32 to make the loop faster, so the tiny "
                        "nudges get rounded away")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    theta = theta.astype(np.float32)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = np.zeros(theta.shape)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("own_cost_no_mean", "I wrote the cross-entropy myself and summed it over the examples "
                           "without dividing by m")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    def cost(vector):
        AL = nn.model_forward(X, gradcheck.vector_to_dictionary(vector, layout))[0]
        return -np.sum(Y * np.log(AL))

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        approx[i] = (cost(theta_plus) - cost(theta_minus)) / (2 * epsilon)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("weights_only", "I only looped over the weight matrices and forgot to check the biases")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    work = {k: np.array(v, dtype=np.float64) for k, v in parameters.items()}
    grads, approxs = [], []
    for l in range(1, L + 1):
        W = work[f"W{l}"]
        for idx in np.ndindex(W.shape):
            saved = W[idx]
            W[idx] = saved + epsilon
            J_plus = nn.compute_cost(nn.model_forward(X, work)[0], Y)
            W[idx] = saved - epsilon
            J_minus = nn.compute_cost(nn.model_forward(X, work)[0], Y)
            W[idx] = saved
            approxs.append((J_plus - J_minus) / (2 * epsilon))
            grads.append(float(np.asarray(gradients[f"dW{l}"])[idx]))
    grad, approx = np.array(grads), np.array(approxs)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@wrong("l1_norms", "I measured the vectors with the sum of absolute values instead of the "
                   "Euclidean norm")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += epsilon
        theta_minus[i] -= epsilon
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i] = (J_plus - J_minus) / (2 * epsilon)
    return float(np.sum(np.abs(grad - approx))
                 / (np.sum(np.abs(grad)) + np.sum(np.abs(approx))))


@wrong("epsilon_ignored_n", "I kept a hard-coded step of 1e-7 and never used the epsilon "
                            "argument")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    step = 1e-7
    theta, layout = gradcheck.dictionary_to_vector(parameters)
    grad = gradcheck.gradients_to_vector(gradients, layout)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        theta_plus, theta_minus = np.copy(theta), np.copy(theta)
        theta_plus[i] += step
        theta_minus[i] -= step
        J_plus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_plus, layout))[0], Y)
        J_minus = nn.compute_cost(nn.model_forward(
            X, gradcheck.vector_to_dictionary(theta_minus, layout))[0], Y)
        approx[i] = (J_plus - J_minus) / (2 * step)
    return float(np.linalg.norm(grad - approx)
                 / (np.linalg.norm(grad) + np.linalg.norm(approx)))


@correct("per_block_copies", "walks the parameter dict block by block on float64 copies with "
                             "np.ndindex, restoring each entry from a saved value")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import nn

    work = {key: np.array(value, dtype=np.float64, copy=True)
            for key, value in parameters.items()}
    L = nn.num_layers(parameters)
    claimed, estimated = [], []
    for l in range(1, L + 1):
        for key in (f"W{l}", f"b{l}"):
            if key not in work:
                continue
            block = work[key]
            numeric = np.empty(block.shape, dtype=np.float64)
            for idx in np.ndindex(block.shape):
                saved = block[idx]
                block[idx] = saved + epsilon
                up = nn.compute_cost(nn.model_forward(X, work)[0], Y)
                block[idx] = saved - epsilon
                down = nn.compute_cost(nn.model_forward(X, work)[0], Y)
                block[idx] = saved
                numeric[idx] = (up - down) / (2 * epsilon)
            estimated.append(numeric.ravel())
            claimed.append(np.asarray(gradients["d" + key], dtype=np.float64).ravel())
    g = np.concatenate(claimed)
    g_approx = np.concatenate(estimated)
    return float(np.linalg.norm(g - g_approx) / (np.linalg.norm(g) + np.linalg.norm(g_approx)))


@correct("unit_vectors", "builds theta +/- epsilon * e_i from an identity row instead of "
                         "copying and editing one entry, and uses sqrt of dot products as norms")
def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7):
    from dlbasics import gradcheck, nn

    theta, layout = gradcheck.dictionary_to_vector(parameters)
    g = gradcheck.gradients_to_vector(gradients, layout).ravel()
    base = theta.ravel()
    n = base.shape[0]

    def J(vector):
        moved = gradcheck.vector_to_dictionary(vector.reshape(-1, 1), layout)
        return nn.compute_cost(nn.model_forward(X, moved)[0], Y)

    g_approx = np.empty(n, dtype=np.float64)
    for i in range(n):
        e_i = np.zeros(n)
        e_i[i] = 1.0
        g_approx[i] = (J(base + epsilon * e_i) - J(base - epsilon * e_i)) / (2 * epsilon)
    diff = g - g_approx
    numerator = np.sqrt(diff @ diff)
    denominator = np.sqrt(g @ g) + np.sqrt(g_approx @ g_approx)
    return float(numerator / denominator)


# ---------------------------------------------------------------------------------------------
# backward_propagation_fixed
# ---------------------------------------------------------------------------------------------


@wrong("db3_still_not_averaged", "I fixed the mask and the factor 2 but missed that db3 was "
                                 "never divided by m")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True)
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("relu_mask_kept", "I kept the ReLU mask (A2 >= 0), which looks fine but lets every "
                         "unit through")
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


@wrong("factor_two_kept", "I thought the 2 in dZ1 came from differentiating A1 ** 2 and left it")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = 2 * dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("tanh_derivative_no_square", "I wrote the tanh derivative as 1 - A1 instead of 1 - A1**2")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("tanh_derivative_of_z", "I used 1 - Z1**2 from the cache instead of 1 - tanh(Z1)**2")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    Z1 = caches[0]["Z"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - Z1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("dA1_from_dA2", "I propagated dA2 instead of dZ2 into layer 1, skipping the ReLU mask")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dA2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("double_division_by_m", "I divided dZ3 by m at the start and kept the / m on every dW "
                               "and db as well")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = (AL - Y) / m
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("sigmoid_derivative", "I mixed up the activations and used the sigmoid derivative "
                             "A1 * (1 - A1) for the tanh layer")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * A1 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("y_minus_al", "I wrote dZ3 = Y - AL, so every gradient points the wrong way")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = Y - AL
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@wrong("dW1_not_averaged", "I removed the / m in the wrong place while cleaning up: dW1 is "
                           "summed over the examples but not divided by m")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    X, A1, A2 = caches[0]["A_prev"], caches[1]["A_prev"], caches[2]["A_prev"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    dZ3 = AL - Y
    dW3 = dZ3 @ A2.T / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dA2 = W3.T @ dZ3
    dZ2 = dA2 * (A2 > 0)
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = W2.T @ dZ2
    dZ1 = dA1 * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}


@correct("layer_loop", "loops over the three layers from the output down, with the activation "
                       "derivative of each layer taken from its Z, and divides by m once at "
                       "the top")
def backward_propagation_fixed(AL, Y, caches):
    m = Y.shape[1]
    derivatives = {
        1: lambda Z: 1.0 - np.tanh(Z) ** 2,
        2: lambda Z: (Z > 0).astype(Z.dtype),
    }
    grads = {}
    dZ = (AL - Y) / m
    for l in (3, 2, 1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dZ = dA_prev * derivatives[l - 1](caches[l - 2]["Z"])
    return {key: grads[key] for key in ("dW1", "db1", "dW2", "db2", "dW3", "db3")}


@correct("einsum_cosh", "uses einsum for the products, 1 / cosh(Z1)**2 for the tanh derivative "
                        "and np.where on Z2 for the ReLU mask")
def backward_propagation_fixed(AL, Y, caches):
    X = caches[0]["A_prev"]
    A1 = caches[1]["A_prev"]
    A2 = caches[2]["A_prev"]
    Z1, Z2 = caches[0]["Z"], caches[1]["Z"]
    W2, W3 = caches[1]["W"], caches[2]["W"]
    m = AL.shape[1]
    inv_m = 1.0 / m

    dZ3 = AL - Y
    dW3 = np.einsum("im,jm->ij", dZ3, A2) * inv_m
    db3 = np.einsum("im->i", dZ3)[:, None] * inv_m
    dZ2 = np.where(Z2 > 0, np.einsum("ki,km->im", W3, dZ3), 0.0)
    dW2 = np.einsum("im,jm->ij", dZ2, A1) * inv_m
    db2 = np.einsum("im->i", dZ2)[:, None] * inv_m
    dZ1 = np.einsum("ki,km->im", W2, dZ2) / np.cosh(np.clip(Z1, -350.0, 350.0)) ** 2
    dW1 = np.einsum("im,jm->ij", dZ1, X) * inv_m
    db1 = np.einsum("im->i", dZ1)[:, None] * inv_m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}

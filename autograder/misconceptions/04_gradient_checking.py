"""Misconceptions of assignment 04: gradient checking (edits of ``solutions/04_gradient_checking.py``)."""

from autograder.misconceptions import edit

ONE_SIDED = ("The derivative estimate is a one-sided difference (J(theta + epsilon) - J(theta)) "
             "/ epsilon. Use the two-sided difference (J(theta + epsilon) - J(theta - epsilon))"
             " / (2 * epsilon): its error shrinks like epsilon**2, not like epsilon.")
OVER_EPSILON = ("The two-sided difference is divided by epsilon, but theta - epsilon and "
                "theta + epsilon are 2 * epsilon apart: divide by 2 * epsilon.")
NO_DENOMINATOR = ("The result is the size of g - g_approx without the denominator: divide by "
                  "the sum of both sizes to make the difference relative (independent of the "
                  "scale of the gradient).")
GRAD_ONLY = "The denominator has only the size of g: use the sum of both sizes, g's and g_approx's."
HARD_CODED = ("The step is a hard-coded 1e-7: use the `epsilon` argument (1e-7 is only its "
              "default).")

# --- gradient_check_1d ------------------------------------------------------------------
ONE_D = "gradient_check_1d"
ESTIMATE = 'gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)'
NUMERATOR = 'numerator = np.abs(grad - gradapprox)'
DENOMINATOR = 'denominator = np.abs(grad) + np.abs(gradapprox)'

edit(ONE_D, "check1d_one_sided", ONE_SIDED,
     (ESTIMATE, 'gradapprox = (J(theta + epsilon) - J(theta)) / epsilon'))
edit(ONE_D, "check1d_over_epsilon", OVER_EPSILON,
     (ESTIMATE, 'gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / epsilon'))
edit(ONE_D, "check1d_times_epsilon",
     "The difference is divided by 2 and multiplied by epsilon: `/ 2 * epsilon` is "
     "(x / 2) * epsilon in Python. Write `/ (2 * epsilon)`.",
     (ESTIMATE, 'gradapprox = (J(theta + epsilon) - J(theta - epsilon)) / 2 * epsilon'))
edit(ONE_D, "check1d_half_steps",
     "The points are theta +- epsilon/2 (epsilon apart) but the difference is divided by "
     "2 * epsilon: step by epsilon on each side.",
     (ESTIMATE, 'gradapprox = (J(theta + epsilon / 2) - J(theta - epsilon / 2)) / (2 * epsilon)'))
edit(ONE_D, "check1d_hard_coded_epsilon", HARD_CODED,
     (ESTIMATE, 'gradapprox = (J(theta + 1e-7) - J(theta - 1e-7)) / (2 * 1e-7)'))
edit(ONE_D, "check1d_dJ_at_shifted_point",
     "dJ is evaluated at theta + epsilon: compare the derivative at theta itself with the "
     "two-sided difference around theta.", ('grad = dJ(theta)', 'grad = dJ(theta + epsilon)'))
edit(ONE_D, "check1d_no_denominator", NO_DENOMINATOR,
     ('return float(numerator / denominator)', 'return float(numerator)'))
edit(ONE_D, "check1d_signed",
     "The relative difference is built without absolute values, so it can be negative: it "
     "is |g - g_approx| / (|g| + |g_approx|).",
     (NUMERATOR, 'numerator = grad - gradapprox'),
     (DENOMINATOR, 'denominator = grad + gradapprox'))
edit(ONE_D, "check1d_abs_of_sum",
     "The denominator is |g + g_approx|: use |g| + |g_approx|, which differs when g and "
     "g_approx have opposite signs.", (DENOMINATOR, 'denominator = np.abs(grad + gradapprox)'))
edit(ONE_D, "check1d_grad_only_denominator", GRAD_ONLY,
     (DENOMINATOR, 'denominator = np.abs(grad)'))
edit(ONE_D, "check1d_estimate_only_denominator",
     "The denominator has only |g_approx|: use |g| + |g_approx|, the sum of both sizes.",
     (DENOMINATOR, 'denominator = np.abs(gradapprox)'))
edit(ONE_D, "check1d_max_denominator",
     "The denominator is the larger of |g| and |g_approx|: use their sum, |g| + |g_approx|.",
     (DENOMINATOR, 'denominator = max(np.abs(grad), np.abs(gradapprox))'))
edit(ONE_D, "check1d_squared",
     "The difference and the sizes are squared: the relative difference is "
     "|g - g_approx| / (|g| + |g_approx|), with no squares.",
     (NUMERATOR, 'numerator = (grad - gradapprox) ** 2'),
     (DENOMINATOR, 'denominator = grad ** 2 + gradapprox ** 2'))

# --- gradient_check_n -------------------------------------------------------------------
N_D = "gradient_check_n"
PLUS = 'theta[i, 0] = original + epsilon'
MINUS = 'theta[i, 0] = original - epsilon'
QUOTIENT = '(cost_plus - cost_minus) / (2 * epsilon)'
NORM_DENOMINATOR = 'denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)'
PERTURB = ('        original = theta[i, 0]\n        theta[i, 0] = original + epsilon\n'
           '        cost_plus = cost_at(theta)\n        theta[i, 0] = original - epsilon\n'
           '        cost_minus = cost_at(theta)\n        theta[i, 0] = original\n')

edit(N_D, "checkn_one_sided", ONE_SIDED,
     (MINUS, 'theta[i, 0] = original'), (QUOTIENT, '(cost_plus - cost_minus) / epsilon'))
edit(N_D, "checkn_minus_at_theta",
     "J(theta_minus) is evaluated at theta itself: theta_minus is probably the same array as "
     "theta (an assignment is not a copy). Copy the vector (np.copy) or restore each entry "
     "after each evaluation.", (MINUS, 'theta[i, 0] = original'))
edit(N_D, "checkn_over_epsilon", OVER_EPSILON, (QUOTIENT, '(cost_plus - cost_minus) / epsilon'))
edit(N_D, "checkn_not_restored",
     "Each perturbed entry is not restored: after computing J at theta_i - epsilon, put "
     "theta_i back to its original value before moving on, otherwise every later entry is "
     "differentiated at a shifted point.", ('        theta[i, 0] = original\n', ''))
edit(N_D, "checkn_hard_coded_epsilon", HARD_CODED,
     (PLUS, 'theta[i, 0] = original + 1e-7'), (MINUS, 'theta[i, 0] = original - 1e-7'),
     (QUOTIENT, '(cost_plus - cost_minus) / (2 * 1e-7)'))
edit(N_D, "checkn_skips_last_entry",
     "The loop stops before the last entry of theta, whose estimate stays 0: loop over all "
     "of them, range(theta.shape[0]).",
     ('range(theta.shape[0])', 'range(theta.shape[0] - 1)'))
edit(N_D, "checkn_gradients_in_dict_order",
     "The gradient vector is not in the order of theta: a `gradients` dict can come in any "
     "order (nn.model_backward fills it from the last layer), so flatten it with "
     "gradcheck.gradients_to_vector(gradients, layout).",
     ('grad = gradcheck.gradients_to_vector(gradients, layout)',
      'grad = np.concatenate([np.reshape(v, (-1, 1)) for v in gradients.values()])'))
edit(N_D, "checkn_no_denominator", NO_DENOMINATOR,
     ('return float(numerator / denominator)', 'return float(numerator)'))
edit(N_D, "checkn_norm_of_sum",
     "The denominator is ||g + g_approx||: use the sum of the two norms, "
     "||g|| + ||g_approx||.",
     (NORM_DENOMINATOR, 'denominator = np.linalg.norm(grad + gradapprox)'))
edit(N_D, "checkn_grad_only_denominator", GRAD_ONLY,
     (NORM_DENOMINATOR, 'denominator = np.linalg.norm(grad)'))
edit(N_D, "checkn_squared_norms",
     "The norms are squared (no square roots): use np.linalg.norm of the difference and of "
     "each vector.",
     ('numerator = np.linalg.norm(grad - gradapprox)',
      'numerator = np.sum((grad - gradapprox) ** 2)'),
     (NORM_DENOMINATOR, 'denominator = np.sum(grad ** 2) + np.sum(gradapprox ** 2)'))

edit(N_D, "checkn_perturbations_accumulate",
     "theta_plus and theta_minus are copied once, before the loop, so the steps of earlier "
     "entries are never taken back and pile up: copy theta afresh for every entry (or restore "
     "each entry after its two evaluations).",
     ('    gradapprox = np.zeros_like(theta)\n',
      '    gradapprox = np.zeros_like(theta)\n'
      '    theta_plus, theta_minus = theta.copy(), theta.copy()\n'),
     (PERTURB, '        theta_plus[i, 0] += epsilon\n        cost_plus = cost_at(theta_plus)\n'
            '        theta_minus[i, 0] -= epsilon\n        cost_minus = cost_at(theta_minus)\n'))
edit(N_D, "checkn_perturbs_parameters_without_restoring",
     "The entries of the caller's `parameters` are perturbed directly and never put back: "
     "`parameters` ends up changed, and every later entry is checked at a shifted point. "
     "Perturb a copy (the vector theta) and restore each entry after its two evaluations.",
     ('        theta[i, 0] = original\n', ''),
     ('    numerator = np.linalg.norm(grad - gradapprox)',
      '    for key, value in gradcheck.vector_to_dictionary(theta, layout).items():\n'
      '        parameters[key][...] = value\n'
      '    numerator = np.linalg.norm(grad - gradapprox)'))
edit(N_D, "checkn_step_replaces_entry",
     "The step replaces the entry (theta_plus[i] = epsilon) instead of being added to it: "
     "theta_plus[i] = theta[i] + epsilon and theta_minus[i] = theta[i] - epsilon.",
     (PLUS, 'theta[i, 0] = epsilon'), (MINUS, 'theta[i, 0] = -epsilon'))
edit(N_D, "checkn_skips_first_entry",
     "The loop starts at 1, so the first entry of theta is never estimated and stays 0: loop "
     "over all of them, range(theta.shape[0]).",
     ('range(theta.shape[0])', 'range(1, theta.shape[0])'))
edit(N_D, "checkn_norm_as_abs_of_sum",
     "The norms are written as sqrt(sum(v) ** 2), the absolute value of the sum: the Euclidean "
     "norm sums the squares first, sqrt(sum(v ** 2)), or use np.linalg.norm.",
     ('numerator = np.linalg.norm(grad - gradapprox)',
      'numerator = np.sqrt(np.sum(grad - gradapprox) ** 2)'),
     (NORM_DENOMINATOR,
      'denominator = np.sqrt(np.sum(grad) ** 2) + np.sqrt(np.sum(gradapprox) ** 2)'))
edit(N_D, "checkn_flat_gradapprox_broadcasts",
     "g_approx is a flat vector of shape (N,) while g is a column (N, 1), so g - g_approx "
     "broadcasts to an N x N matrix: give g_approx the shape of theta, (N, 1) "
     "(np.zeros_like(theta)).",
     ('gradapprox = np.zeros_like(theta)', 'gradapprox = np.zeros(theta.shape[0])'),
     ('gradapprox[i, 0] = ', 'gradapprox[i] = '))
edit(N_D, "checkn_cost_arguments_swapped",
     "The cost is called with its arguments swapped, compute_cost(Y, AL): it takes the "
     "probabilities first, nn.compute_cost(AL, Y).",
     ('return nn.compute_cost(AL, Y)', 'return nn.compute_cost(Y, AL)'))

# --- backward_propagation_fixed ---------------------------------------------------------
FIXED = "backward_propagation_fixed"
TANH = 'dZ1 = dA1 * (1 - A1 ** 2)'

edit(FIXED, "fixed_relu_mask_from_A2",
     "The ReLU derivative of layer 2 lets the gradient through where Z2 <= 0: use (Z2 > 0). "
     "A2 = relu(Z2) is never negative, so (A2 >= 0) is true everywhere.",
     ('dZ2 = dA2 * (Z2 > 0)', 'dZ2 = dA2 * (A2 >= 0)'))
edit(FIXED, "fixed_tanh_factor_two",
     "A stray factor 2 in the tanh derivative of layer 1: tanh'(z) = 1 - tanh(z)**2 = "
     "1 - A1**2, with no factor 2.", (TANH, 'dZ1 = dA1 * 2 * (1 - A1 ** 2)'))
edit(FIXED, "fixed_relu_derivative_on_tanh_layer",
     "Layer 1 uses the ReLU derivative (Z1 > 0), as nn.model_backward does for its all-ReLU "
     "network. This network's first hidden layer is tanh: multiply by 1 - A1**2.",
     (TANH, 'dZ1 = dA1 * (caches[0]["Z"] > 0)'))
edit(FIXED, "fixed_tanh_derivative_from_Z",
     "The tanh derivative is computed from Z1 (1 - Z1**2): it is 1 - tanh(Z1)**2, i.e. "
     "1 - A1**2 with A1 = tanh(Z1).", (TANH, 'dZ1 = dA1 * (1 - caches[0]["Z"] ** 2)'))
edit(FIXED, "fixed_tanh_applied_twice",
     "tanh is applied twice in the derivative (1 - tanh(A1)**2): A1 is already tanh(Z1), so "
     "the derivative is 1 - A1**2.", (TANH, 'dZ1 = dA1 * (1 - np.tanh(A1) ** 2)'))
edit(FIXED, "fixed_tanh_not_squared",
     "The tanh derivative is 1 - A1: it is 1 - A1**2 (the square of tanh).",
     (TANH, 'dZ1 = dA1 * (1 - A1)'))
edit(FIXED, "fixed_tanh_derivative_missing",
     "The tanh derivative of layer 1 is missing: dZ1 = dA1 * (1 - A1**2).", (TANH, 'dZ1 = dA1'))
edit(FIXED, "fixed_db3_not_averaged",
     "`db3` is m times too large: the bias gradient is an average over the m examples too, "
     "divide the sum by m.",
     ('db3 = np.sum(dZ3, axis=1, keepdims=True) / m', 'db3 = np.sum(dZ3, axis=1, keepdims=True)'))
edit(FIXED, "fixed_activations_swapped",
     "The two hidden layers' derivatives are swapped: layer 1 is tanh, dZ1 = dA1 * (1 - A1**2), "
     "and layer 2 is ReLU, dZ2 = dA2 * (Z2 > 0).",
     ('dZ2 = dA2 * (Z2 > 0)', 'dZ2 = dA2 * (1 - A2 ** 2)'),
     (TANH, 'dZ1 = dA1 * (caches[0]["Z"] > 0)'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(ONE_D, "check1d_no_abs_in_numerator",
     "The numerator has no absolute value, so the relative difference can be negative: it is "
     "|g - g_approx| / (|g| + |g_approx|).", (NUMERATOR, 'numerator = grad - gradapprox'))
edit(ONE_D, "check1d_half_steps_over_epsilon",
     "The points are theta +- epsilon/2: the two-sided difference of this assignment evaluates "
     "J at theta + epsilon and theta - epsilon and divides by 2 * epsilon.",
     (ESTIMATE, 'gradapprox = (J(theta + epsilon / 2) - J(theta - epsilon / 2)) / epsilon'))
edit(ONE_D, "check1d_signed_denominator",
     "The denominator is g + g_approx without absolute values, so it is negative (and the "
     "result too) when the slope is negative: use |g| + |g_approx|.",
     (DENOMINATOR, 'denominator = grad + gradapprox'))
edit(ONE_D, "check1d_reversed_difference",
     "The two-sided difference is taken the wrong way round, J(theta - epsilon) - "
     "J(theta + epsilon), so g_approx has the wrong sign: it is (J(theta + epsilon) - "
     "J(theta - epsilon)) / (2 * epsilon).",
     (ESTIMATE, 'gradapprox = (J(theta - epsilon) - J(theta + epsilon)) / (2 * epsilon)'))
edit(N_D, "checkn_mean_of_entry_ratios",
     "The result is the mean of per-entry relative differences: the relative difference is one "
     "ratio of norms of whole vectors, ||g - g_approx|| / (||g|| + ||g_approx||).",
     ('return float(numerator / denominator)',
      'return float(np.mean(np.abs(grad - gradapprox) / (np.abs(grad) + np.abs(gradapprox))))'))
edit(N_D, "checkn_ignores_gradients",
     "g comes from your own backward pass, not from the `gradients` argument: the checker "
     "compares the gradients it is given with the numerical estimate.",
     ('grad = gradcheck.gradients_to_vector(gradients, layout)',
      'AL, caches = nn.model_forward(X, parameters)\n'
      '    grad = gradcheck.gradients_to_vector(nn.model_backward(AL, Y, caches), layout)'))
edit(N_D, "checkn_mean_of_entry_ratios_guarded",
     "The result is the mean of per-entry relative differences (with a small constant against "
     "division by zero): the relative difference is one ratio of norms of whole vectors, "
     "||g - g_approx|| / (||g|| + ||g_approx||).",
     ('return float(numerator / denominator)',
      'return float(np.mean(np.abs(grad - gradapprox) '
      '/ (np.abs(grad) + np.abs(gradapprox) + 1e-12)))'))
edit(N_D, "checkn_float32_theta",
     "theta is converted to float32: its spacing near 1 is about 1e-7, so a step of epsilon "
     "is rounded away or doubled. Keep theta in float64, as dictionary_to_vector returns it.",
     ('theta, layout = gradcheck.dictionary_to_vector(parameters)',
      'theta, layout = gradcheck.dictionary_to_vector(parameters)\n'
      '    theta = theta.astype(np.float32)'))
edit(N_D, "checkn_float32_network",
     "theta and X are converted to float32: float32 keeps about 7 digits, so a step of "
     "epsilon is rounded away and the cost's change drowns in round-off. Keep theta and X in "
     "float64 for gradient checking.",
     ('theta, layout = gradcheck.dictionary_to_vector(parameters)',
      'theta, layout = gradcheck.dictionary_to_vector(parameters)\n'
      '    theta = theta.astype(np.float32)'),
     ('AL, _ = nn.model_forward(X, ', 'AL, _ = nn.model_forward(X.astype(np.float32), '))
edit(N_D, "checkn_cost_summed_not_averaged",
     "The cost J is summed over the m examples instead of averaged, so g_approx is m times "
     "too large: use nn.compute_cost, the cross-entropy averaged over the batch, which the "
     "gradients are the derivatives of.",
     ('return nn.compute_cost(AL, Y)', 'return nn.compute_cost(AL, Y) * Y.shape[1]'))
edit(N_D, "checkn_weights_only",
     "Only the weights are checked: theta holds every parameter, the biases b1, b2, ... too, "
     "so loop over all of its entries and compare all of the gradients.",
     ('numerator = np.linalg.norm(grad - gradapprox)',
      'is_weight = np.concatenate([np.full(int(np.prod(shape)), key.startswith("W")) '
      'for key, shape in layout])\n'
      '    grad, gradapprox = grad[is_weight], gradapprox[is_weight]\n'
      '    numerator = np.linalg.norm(grad - gradapprox)'))
edit(N_D, "checkn_l1_norms",
     "The sizes are sums of absolute values (L1 norms): use the Euclidean norm, "
     "np.linalg.norm, of the difference and of each vector.",
     ('numerator = np.linalg.norm(grad - gradapprox)',
      'numerator = np.sum(np.abs(grad - gradapprox))'),
     (NORM_DENOMINATOR, 'denominator = np.sum(np.abs(grad)) + np.sum(np.abs(gradapprox))'))
edit(N_D, "checkn_reversed_difference",
     "The two-sided difference is taken the wrong way round, J(theta_minus) - J(theta_plus), "
     "so g_approx has the wrong sign: it is (J_plus - J_minus) / (2 * epsilon).",
     (QUOTIENT, '(cost_minus - cost_plus) / (2 * epsilon)'))
edit(N_D, "checkn_times_epsilon",
     "The difference is divided by 2 and multiplied by epsilon: `/ 2 * epsilon` is "
     "(x / 2) * epsilon in Python. Write `/ (2 * epsilon)`.",
     (QUOTIENT, '(cost_plus - cost_minus) / 2 * epsilon'))
edit(N_D, "checkn_estimate_only_denominator",
     "The denominator has only ||g_approx||: use the sum of both norms, ||g|| + ||g_approx||.",
     (NORM_DENOMINATOR, 'denominator = np.linalg.norm(gradapprox)'))
edit(FIXED, "fixed_relu_mask_at_zero",
     "ReLU's derivative passes the gradient where Z2 = 0: it is 0 there, (Z2 > 0).",
     ('dZ2 = dA2 * (Z2 > 0)', 'dZ2 = dA2 * (Z2 >= 0)'))
edit(FIXED, "fixed_divided_by_m_twice",
     "The gradients are divided by m twice: dZ3 = AL - Y, and each dW and db divides by m once.",
     ('dZ3 = AL - Y', 'dZ3 = (AL - Y) / m'))
edit(FIXED, "fixed_dA1_skips_relu_mask",
     "dA1 is computed from dA2, skipping ReLU's derivative on the way down: dA1 = W2.T @ dZ2.",
     ('dA1 = W2.T @ dZ2', 'dA1 = W2.T @ dA2'))
edit(FIXED, "fixed_sigmoid_derivative_on_tanh_layer",
     "Layer 1 uses the sigmoid derivative A1 * (1 - A1): its activation is tanh, whose "
     "derivative is 1 - A1**2.", (TANH, 'dZ1 = dA1 * A1 * (1 - A1)'))
edit(FIXED, "fixed_tanh_derivative_square_misplaced",
     "The tanh derivative is written (1 - A1)**2: the square is on A1 alone, 1 - A1**2.",
     (TANH, 'dZ1 = dA1 * (1 - A1) ** 2'))
edit(FIXED, "fixed_relu_value_as_derivative",
     "Layer 2 multiplies by the ReLU's value A2 instead of its derivative: the derivative is "
     "1 where Z2 > 0 and 0 elsewhere, (Z2 > 0).", ('dZ2 = dA2 * (Z2 > 0)', 'dZ2 = dA2 * A2'))
edit(FIXED, "fixed_dZ3_sign_flipped",
     "dZ3 is Y - AL, so every gradient has the wrong sign: the derivative of the cost with "
     "respect to Z3 for softmax and cross-entropy is AL - Y.", ('dZ3 = AL - Y', 'dZ3 = Y - AL'))
edit(FIXED, "fixed_dW3_not_averaged",
     "`dW3` is m times too large: the weight gradient is an average over the m examples, "
     "divide the product by m.", ('dW3 = dZ3 @ A2.T / m', 'dW3 = dZ3 @ A2.T'))
edit(FIXED, "fixed_dW2_not_averaged",
     "`dW2` is m times too large: the weight gradient is an average over the m examples, "
     "divide the product by m.", ('dW2 = dZ2 @ A1.T / m', 'dW2 = dZ2 @ A1.T'))
edit(FIXED, "fixed_db2_not_averaged",
     "`db2` is m times too large: the bias gradient is an average over the m examples too, "
     "divide the sum by m.",
     ('db2 = np.sum(dZ2, axis=1, keepdims=True) / m', 'db2 = np.sum(dZ2, axis=1, keepdims=True)'))
edit(FIXED, "fixed_dW1_not_averaged",
     "`dW1` is m times too large: the weight gradient is an average over the m examples, "
     "divide the product by m.", ('dW1 = dZ1 @ X.T / m', 'dW1 = dZ1 @ X.T'))
edit(FIXED, "fixed_db1_not_averaged",
     "`db1` is m times too large: the bias gradient is an average over the m examples too, "
     "divide the sum by m.",
     ('db1 = np.sum(dZ1, axis=1, keepdims=True) / m', 'db1 = np.sum(dZ1, axis=1, keepdims=True)'))
edit(FIXED, "fixed_never_divided_by_m",
     "No gradient is divided by m: the cost is an average over the m examples, so each dW "
     "and db is too (divide once, by m).",
     ('dW3 = dZ3 @ A2.T / m', 'dW3 = dZ3 @ A2.T'),
     ('db3 = np.sum(dZ3, axis=1, keepdims=True) / m', 'db3 = np.sum(dZ3, axis=1, keepdims=True)'),
     ('dW2 = dZ2 @ A1.T / m', 'dW2 = dZ2 @ A1.T'),
     ('db2 = np.sum(dZ2, axis=1, keepdims=True) / m', 'db2 = np.sum(dZ2, axis=1, keepdims=True)'),
     ('dW1 = dZ1 @ X.T / m', 'dW1 = dZ1 @ X.T'),
     ('db1 = np.sum(dZ1, axis=1, keepdims=True) / m', 'db1 = np.sum(dZ1, axis=1, keepdims=True)'))

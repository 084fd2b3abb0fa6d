"""Misconceptions of assignment 02: L2 regularization (edits of ``solutions/02_regularization.py``)."""

from autograder.misconceptions import edit

# --- compute_cost_with_regularization --------------------------------------------------
COST = "compute_cost_with_regularization"
PENALTY = 'lambd / (2 * m) * squared_weights'
SQUARES = 'np.sum(np.square(parameters[f"W{l}"]))'
LAYERS = 'for l in range(1, L + 1))'
CROSS_ENTROPY = 'cross_entropy = nn.compute_cost(AL, Y)'

edit(COST, "cost_l2_missing_1_over_m",
     "The L2 term is missing the 1/m: it is lambd / (2m) * sum_l ||W[l]||^2, scaled like "
     "the averaged cross-entropy.", (PENALTY, 'lambd / 2 * squared_weights'))
edit(COST, "cost_l2_missing_half",
     "The L2 term is missing the 1/2: it is lambd / (2m) * sum_l ||W[l]||^2.",
     (PENALTY, 'lambd / m * squared_weights'))
edit(COST, "cost_l2_penalizes_biases",
     "The L2 term also sums the squared biases: only the weights W[l] are penalized, never "
     "the biases b[l].",
     (SQUARES, f'{SQUARES} + np.sum(np.square(parameters[f"b{{l}}"]))'))
edit(COST, "cost_l2_skips_last_layer",
     "The L2 term leaves out the last layer: sum ||W[l]||^2 over every layer l = 1..L "
     "(check the end of your range).", (LAYERS, 'for l in range(1, L))'))
edit(COST, "cost_l2_skips_first_layer",
     "The L2 term leaves out the first layer: sum ||W[l]||^2 over every layer l = 1..L "
     "(check the start of your range).", (LAYERS, 'for l in range(2, L + 1))'))
edit(COST, "cost_l2_norm_not_squared",
     "The L2 term uses the norms ||W[l]|| instead of their squares: sum the squared entries, "
     "np.sum(np.square(W)).", (SQUARES, f'np.sqrt({SQUARES})'))
edit(COST, "cost_l1_instead_of_l2",
     "The penalty sums absolute values (that is L1 regularization): sum the squared entries "
     "of each W[l].", (SQUARES, 'np.sum(np.abs(parameters[f"W{l}"]))'))
edit(COST, "cost_l2_mean_not_sum",
     "The L2 term averages the squared weights (np.mean) instead of summing them: use "
     "np.sum(np.square(W)).", (SQUARES, 'np.mean(np.square(parameters[f"W{l}"]))'))
edit(COST, "cost_l2_subtracted",
     "The L2 term is subtracted: it is added to the cross-entropy cost.",
     (f'cross_entropy + {PENALTY}', f'cross_entropy - {PENALTY}'))
edit(COST, "cost_l2_missing",
     "The cost ignores `lambd`: the L2 term lambd / (2m) * sum_l ||W[l]||^2 is not added.",
     (f'cross_entropy + {PENALTY}', 'cross_entropy'))
edit(COST, "cost_only_l2",
     "The cost is only the L2 term: add it to the cross-entropy cost (nn.compute_cost(AL, Y)).",
     (f'cross_entropy + {PENALTY}', PENALTY))
edit(COST, "cost_m_from_wrong_axis",
     "m is taken from the wrong axis: it is the number of examples, Y.shape[1] (the "
     "columns), not the number of classes.", ('m = Y.shape[1]', 'm = Y.shape[0]'))
edit(COST, "cost_binary_cross_entropy",
     "The cross-entropy part uses the two-class (binary) formula with (1 - Y) log(1 - AL). "
     "With a softmax over the classes the cost is -sum(Y * log(AL)) / m.",
     (CROSS_ENTROPY,
      'cross_entropy = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m'))
edit(COST, "cost_cross_entropy_summed",
     "The cross-entropy part is summed, not averaged: divide it by m, the number of examples.",
     (CROSS_ENTROPY, 'cross_entropy = -np.sum(Y * np.log(AL))'))
edit(COST, "cost_cross_entropy_over_all_entries",
     "The cross-entropy part is averaged over every entry of Y (classes x examples); "
     "average over the m examples only.",
     (CROSS_ENTROPY, 'cross_entropy = -np.sum(Y * np.log(AL)) / Y.size'))

# --- grown from the mistakes of grader_tests/independent/dev2 and their siblings ---------
edit(COST, "cost_l2_multiplied_by_m",
     "The L2 term is multiplied by m instead of divided by it: lambd / 2 * m reads as "
     "(lambd / 2) * m, so write lambd / (2 * m) with the parentheses.",
     (PENALTY, 'lambd / 2 * m * squared_weights'))
edit(COST, "cost_l2_square_of_sum",
     "The L2 term squares the sum of each W[l]'s entries: square every entry first, then "
     "sum them, np.sum(np.square(W)).", (SQUARES, 'np.square(np.sum(parameters[f"W{l}"]))'))
edit(COST, "cost_l2_last_layer_only",
     "The L2 term holds only the last layer's weights (a running total overwritten in the "
     "loop?): add up ||W[l]||^2 over every layer l = 1..L.",
     ('sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))',
      'np.sum(np.square(parameters[f"W{L}"]))'))
edit(COST, "cost_cross_entropy_wrong_sign",
     "The cross-entropy part has the wrong sign: it is -sum(Y * log(AL)) / m, a positive "
     "number, since log(AL) is negative.",
     (CROSS_ENTROPY, 'cross_entropy = np.sum(Y * np.log(AL)) / m'))

# --- backward_propagation_with_regularization ------------------------------------------
BACKWARD = "backward_propagation_with_regularization"
DECAY = '+ lambd / m * cache["W"]'
DB = 'np.sum(dZ, axis=1, keepdims=True)'

edit(BACKWARD, "backward_no_l2_term",
     "No dW has an L2 term: add lambd / m * W[l] to the cross-entropy gradient of every "
     "dW[l].", (DECAY, ''))
edit(BACKWARD, "backward_l2_without_1_over_m",
     "The L2 term of dW is lambd * W without the 1/m: the derivative of "
     "lambd / (2m) * ||W||^2 is lambd / m * W.", (DECAY, '+ lambd * cache["W"]'))
edit(BACKWARD, "backward_l2_doubled",
     "The L2 term of dW is twice too large (2 * lambd / m * W): the 1/2 in lambd / (2m) "
     "cancels the 2 from differentiating W^2, leaving lambd / m * W.",
     (DECAY, '+ 2 * lambd / m * cache["W"]'))
edit(BACKWARD, "backward_l2_halved",
     "The L2 term of dW is lambd / (2m) * W, half what it should be: differentiating "
     "lambd / (2m) * ||W||^2 brings down a 2, leaving lambd / m * W.",
     (DECAY, '+ lambd / (2 * m) * cache["W"]'))
edit(BACKWARD, "backward_l2_wrong_sign",
     "The L2 term of dW has the wrong sign: the gradient of the penalty is + lambd / m * W.",
     (DECAY, '- lambd / m * cache["W"]'))
edit(BACKWARD, "backward_l2_of_squared_weights",
     "The L2 term of dW uses W**2: the derivative of W^2 is 2W, so the term is "
     "lambd / m * W.", (DECAY, '+ lambd / m * cache["W"] ** 2'))
edit(BACKWARD, "backward_l2_last_layer_only",
     "Only the last layer's dW has the L2 term: every layer's weights are in the penalty, so "
     "every dW[l] gets + lambd / m * W[l].",
     (DECAY, '+ (lambd / m * cache["W"] if l == L else 0)'))
edit(BACKWARD, "backward_l2_skips_first_layer",
     "The L2 term of dW1 is missing: every dW[l] gets + lambd / m * W[l], the first layer's "
     "too.", (DECAY, '+ (lambd / m * cache["W"] if l > 1 else 0)'))
edit(BACKWARD, "backward_l2_on_biases",
     "db carries an L2 term lambd / m * b: the biases are not penalized, so db gets no L2 "
     "term.", (DB, f'{DB} + lambd / m * cache["b"]'))
edit(BACKWARD, "backward_db_divided_by_m_again",
     "db is divided by m twice: dZ = (AL - Y) / m already holds the 1/m of the averaged "
     "cost, so db = sum(dZ) over the examples.", (DB, f'{DB} / m'))
edit(BACKWARD, "backward_dW_divided_by_m_again",
     "The cross-entropy part of dW is divided by m twice: dZ = (AL - Y) / m already holds "
     "the 1/m, so dW = dZ @ A_prev.T + lambd / m * W.",
     ('dZ @ cache["A_prev"].T', 'dZ @ cache["A_prev"].T / m'))
edit(BACKWARD, "backward_not_averaged",
     "The gradients are not averaged over the m examples: the output layer's dZ is "
     "(AL - Y) / m for softmax with the averaged cross-entropy.",
     ('dZ = (AL - Y) / m', 'dZ = AL - Y'))
edit(BACKWARD, "backward_skips_relu_derivative",
     "The gradient goes back through the hidden layers without ReLU's derivative: "
     "dZ[l] = dA[l] where Z[l] > 0, and 0 elsewhere.",
     ('dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])', 'dZ = dA_prev'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(BACKWARD, "backward_l2_hidden_layers_only",
     "The output layer's dW has no L2 term: every layer's weights are in the penalty, so "
     "every dW[l], dW[L] included, gets + lambd / m * W[l].",
     (DECAY, '+ (lambd / m * cache["W"] if l < L else 0)'))
edit(BACKWARD, "backward_db_not_averaged",
     "db is not divided by m: dW and db both average over the m examples (dZ = AL - Y needs "
     "the 1/m in both).",
     ('dZ = (AL - Y) / m', 'dZ = AL - Y'),
     ('dZ @ cache["A_prev"].T', '(dZ @ cache["A_prev"].T) / m'))
edit(BACKWARD, "backward_l2_m_from_features",
     "The L2 term divides by X.shape[0], the number of input features: m is the number of "
     "examples, the columns.", (DECAY, '+ lambd / X.shape[0] * cache["W"]'))
edit(BACKWARD, "backward_relu_on_output_layer",
     "The output layer's dZ goes through ReLU's derivative: the output layer is softmax, whose "
     "dZ with the cross-entropy is (AL - Y) / m as it is.",
     ('dZ = (AL - Y) / m', 'dZ = nn.relu_backward((AL - Y) / m, caches[-1]["Z"])'))

# --- grown from the mistakes of grader_tests/independent/dev2 and their siblings ---------
edit(BACKWARD, "backward_gradients_divided_by_m_again",
     "dW and db are both divided by m again: dZ = (AL - Y) / m already holds the 1/m of the "
     "averaged cost, so dW = dZ @ A_prev.T + lambd / m * W and db = sum(dZ) over the examples.",
     ('dZ @ cache["A_prev"].T', 'dZ @ cache["A_prev"].T / m'), (DB, f'{DB} / m'))
edit(BACKWARD, "backward_relu_derivative_one_at_zero",
     "ReLU's derivative is taken as 1 where Z[l] = 0 (Z >= 0): it is 1 only where Z[l] > 0 "
     "and 0 elsewhere, zero included; nn.relu_backward does this.",
     ('dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])',
      'dZ = dA_prev * (caches[l - 2]["Z"] >= 0)'))
edit(BACKWARD, "backward_sigmoid_output",
     "AL is recomputed with a sigmoid: the output layer is a softmax over the classes, so "
     "AL = nn.softmax(Z[L]) before dZ = (AL - Y) / m.",
     ('AL = nn.softmax(caches[-1]["Z"])', 'AL = 1 / (1 + np.exp(-caches[-1]["Z"]))'))
edit(BACKWARD, "backward_output_without_softmax",
     "dZ of the output layer uses the pre-activation Z[L] as if it were AL: the caches hold "
     "no AL, so compute AL = nn.softmax(Z[L]) first.",
     ('AL = nn.softmax(caches[-1]["Z"])', 'AL = caches[-1]["Z"]'))
edit(BACKWARD, "backward_output_dZ_wrong_sign",
     "The output layer's dZ has the wrong sign: for softmax with the cross-entropy it is "
     "(AL - Y) / m, not (Y - AL) / m.", ('dZ = (AL - Y) / m', 'dZ = (Y - AL) / m'))
edit(BACKWARD, "backward_m_from_features",
     "m is X.shape[0], the number of input features: m is the number of examples, the "
     "columns, X.shape[1] or Y.shape[1].", ('m = Y.shape[1]', 'm = X.shape[0]'))
edit(BACKWARD, "backward_m_from_classes",
     "m is Y.shape[0] (or len(Y)), the number of classes: m is the number of examples, the "
     "columns, Y.shape[1].", ('m = Y.shape[1]', 'm = Y.shape[0]'))
edit(BACKWARD, "backward_l1_gradient",
     "The L2 term of dW is lambd / m * sign(W), the gradient of an L1 penalty: the "
     "derivative of lambd / (2m) * ||W||^2 is lambd / m * W.",
     (DECAY, '+ lambd / m * np.sign(cache["W"])'))

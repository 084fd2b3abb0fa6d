"""Misconceptions of assignment 06: optimization algorithms (edits of ``solutions/06_optimization.py``)."""

from autograder.misconceptions import edit

IN_PLACE = ("The dicts it was given are changed in place (`-=`/`*=` on their arrays, or "
            "`d[key] = ...`): build and return new dicts, the caller still needs the old ones.")
HARD_CODED_EPSILON = "The `epsilon` argument is ignored: a hard-coded 1e-8 is used instead."
EPSILON_INSIDE = ("epsilon is inside the square root: the step divides by (sqrt(s) + epsilon), "
                  "epsilon added after the root.")

# --- ewma -------------------------------------------------------------------------------
UPDATE = 'v = beta * v + (1 - beta) * values[t - 1]'
CORRECT = 'averages[t - 1] = v / (1 - beta ** t) if bias_correction else v'
edit("ewma", "ewma_weights_swapped",
     "The weights are swapped: in v = beta * v + (1 - beta) * theta the old average gets beta "
     "and the new value (1 - beta).", (UPDATE, 'v = (1 - beta) * v + beta * values[t - 1]'))
edit("ewma", "ewma_no_one_minus_beta",
     "The new value is added without the factor (1 - beta): v = beta * v + (1 - beta) * theta.",
     (UPDATE, 'v = beta * v + values[t - 1]'))
edit("ewma", "ewma_starts_at_first_value",
     "The average starts from the first value (v_1 = theta_1). It starts from v_0 = 0: that "
     "start is what biases the early averages towards zero.",
     ('v = 0.0', 'v = float(values[0])'))
edit("ewma", "ewma_ignores_bias_correction",
     "`bias_correction` is ignored: with bias_correction=True, divide v_t by (1 - beta**t).",
     (CORRECT, 'averages[t - 1] = v'))
edit("ewma", "ewma_always_corrects",
     "The bias correction is applied even when bias_correction=False.",
     (CORRECT, 'averages[t - 1] = v / (1 - beta ** t)'))
edit("ewma", "ewma_correction_without_power",
     "The bias correction divides by (1 - beta) instead of (1 - beta**t): the divisor depends "
     "on the step t (and tends to 1 as t grows).",
     (CORRECT, 'averages[t - 1] = v / (1 - beta) if bias_correction else v'))
edit("ewma", "ewma_correction_t_from_0",
     "The bias correction uses t - 1: t counts the values from 1, so the first average is "
     "divided by (1 - beta**1), the second by (1 - beta**2)...",
     (CORRECT, 'averages[t - 1] = v / (1 - beta ** (t - 1)) if bias_correction else v'))
edit("ewma", "ewma_correction_t_plus_1",
     "The bias correction uses t + 1: t counts the values from 1, so the first average is "
     "divided by (1 - beta**1), the second by (1 - beta**2)...",
     (CORRECT, 'averages[t - 1] = v / (1 - beta ** (t + 1)) if bias_correction else v'))
edit("ewma", "ewma_correction_uses_last_t",
     "Every average is divided by (1 - beta**T) with the last T: each v_t gets its own "
     "divisor (1 - beta**t).",
     (CORRECT, 'averages[t - 1] = v / (1 - beta ** len(values)) if bias_correction else v'))
edit("ewma", "ewma_corrected_value_fed_back",
     "The corrected value is fed back into the average: keep the raw v_t for the next step "
     "and only divide the value you output by (1 - beta**t).",
     (CORRECT, 'v = v / (1 - beta ** t) if bias_correction else v\n        averages[t - 1] = v'))
edit("ewma", "ewma_returns_list",
     "The averages are returned as a Python list: return a NumPy array (np.array(...)).",
     ('return averages', 'return list(averages)'))

edit("ewma", "ewma_weights_oldest_first",
     "The weights run backwards in time: the oldest value gets the largest weight. The newest "
     "value theta_t gets (1 - beta), the one before it (1 - beta) * beta, and so on: beta**k "
     "goes with the value k steps back.",
     (UPDATE, 'v = (1 - beta) * np.sum(beta ** np.arange(t) * values[:t])'))
edit("ewma", "ewma_correction_beta_times_t",
     "The bias correction divides by (1 - beta * t): it is (1 - beta**t), beta raised to the "
     "power t.",
     (CORRECT, 'averages[t - 1] = v / (1 - beta * t) if bias_correction else v'))
edit("ewma", "ewma_outputs_average_before_update",
     "Each output is stored before the new value is added, so the averages start with v_0 = 0 "
     "and miss the last one: update v first, then output v_1, ..., v_T.",
     (UPDATE + '\n        ' + CORRECT,
      'averages[t - 1] = v / (1 - beta ** (t - 1)) if bias_correction and t > 1 else v'
      '\n        ' + UPDATE))
edit("ewma", "ewma_correction_power_of_one_minus_beta",
     "The bias correction divides by (1 - beta)**t: it is (1 - beta**t), the power on beta "
     "alone. Mind the brackets.",
     (CORRECT, 'averages[t - 1] = v / (1 - beta) ** t if bias_correction else v'))
edit("ewma", "ewma_correction_multiplies",
     "The bias correction multiplies v_t by (1 - beta**t): divide by it, which enlarges the "
     "early averages that start too close to zero.",
     (CORRECT, 'averages[t - 1] = v * (1 - beta ** t) if bias_correction else v'))
edit("ewma", "ewma_skips_last_value",
     "The loop stops one value short, so the last average is never computed: t runs from 1 "
     "to T inclusive (one average per value).",
     ('for t in range(1, len(values) + 1):', 'for t in range(1, len(values)):'))
edit("ewma", "ewma_keeps_float32",
     "With float32 values the averages come back as float32 (np.zeros_like(values) keeps the "
     "input's dtype): compute and return them in float64, e.g. np.asarray(values, "
     "dtype=np.float64).",
     ('values = np.asarray(values, dtype=np.float64)', 'values = np.asarray(values)'),
     ('averages = np.zeros(len(values))', 'averages = np.zeros_like(values)'))

# --- the three initializers -------------------------------------------------------------
for function, state, prefix in (("initialize_velocity", "v", "velocity"),
                                ("initialize_rmsprop", "s", "rmsprop_state")):
    W_LINE = f'{state}[f"dW{{l}}"] = np.zeros_like(parameters[f"W{{l}}"])'
    B_LINE = f'{state}[f"db{{l}}"] = np.zeros_like(parameters[f"b{{l}}"])'
    edit(function, f"{prefix}_parameter_keys",
         f"`{state}` uses the parameters' names ('W1', 'b1', ...) as keys. It holds averages "
         f"of the gradients, so its keys are the gradients' names: 'dW1', 'db1', ...",
         (W_LINE, W_LINE.replace('"dW', '"W')), (B_LINE, B_LINE.replace('"db', '"b')))
    edit(function, f"{prefix}_copies_parameters",
         f"`{state}` starts as a copy of the parameters: it starts at zero (np.zeros_like), "
         f"not at the parameters' values.",
         (W_LINE, W_LINE.replace('np.zeros_like(parameters[f"W{l}"])',
                                 'parameters[f"W{l}"].copy()')),
         (B_LINE, B_LINE.replace('np.zeros_like(parameters[f"b{l}"])',
                                 'parameters[f"b{l}"].copy()')))
    edit(function, f"{prefix}_starts_at_ones",
         f"`{state}` starts at ones; it starts at zeros.",
         (W_LINE, W_LINE.replace("zeros_like", "ones_like")),
         (B_LINE, B_LINE.replace("zeros_like", "ones_like")))
    edit(function, f"{prefix}_skips_last_layer",
         f"The last layer is missing from `{state}`: a network with L layers has L weight "
         f"matrices, so l runs from 1 to L inclusive.", ('range(1, L + 1)', 'range(1, L)'))
    edit(function, f"{prefix}_flat_bias",
         f"`{state}['db{{l}}']` is a flat array: give it the shape of b{{l}}, (n[l], 1) "
         f"(np.zeros_like(b)).",
         (B_LINE, B_LINE.replace('np.zeros_like(parameters[f"b{l}"])',
                                 'np.zeros(parameters[f"b{l}"].shape[0])')))
    edit(function, f"{prefix}_zeroes_parameters",
         f"The parameters themselves are set to zero and used as `{state}`: create new zero "
         f"arrays and leave the parameters alone.",
         (W_LINE, f'parameters[f"W{{l}}"][...] = 0\n        '
                  f'{state}[f"dW{{l}}"] = parameters[f"W{{l}}"]'))

RMS_W = 's[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])'
RMS_B = 's[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])'
edit("initialize_rmsprop", "rmsprop_state_starts_at_epsilon",
     "`s` starts at a small epsilon instead of zero: start it at exactly zero "
     "(np.zeros_like); the update's divisor sqrt(s) + epsilon already keeps away from 0.",
     (RMS_W, RMS_W.replace('np.zeros_like(parameters[f"W{l}"])',
                           'np.full_like(parameters[f"W{l}"], 1e-8)')),
     (RMS_B, RMS_B.replace('np.zeros_like(parameters[f"b{l}"])',
                           'np.full_like(parameters[f"b{l}"], 1e-8)')))

ADAM_V = 'v[f"d{name}"] = np.zeros_like(parameters[name])'
ADAM_S = 's[f"d{name}"] = np.zeros_like(parameters[name])'
edit("initialize_adam", "adam_state_parameter_keys",
     "v and s use the parameters' names ('W1', 'b1', ...) as keys. They hold averages of the "
     "gradients, so their keys are the gradients' names: 'dW1', 'db1', ...",
     (ADAM_V, 'v[name] = np.zeros_like(parameters[name])'),
     (ADAM_S, 's[name] = np.zeros_like(parameters[name])'))
edit("initialize_adam", "adam_state_starts_at_ones",
     "v or s starts at ones; both start at zeros.",
     (ADAM_S, 's[f"d{name}"] = np.ones_like(parameters[name])'))
edit("initialize_adam", "adam_state_copies_parameters",
     "v and s start as copies of the parameters: they start at zero (np.zeros_like).",
     (ADAM_V, 'v[f"d{name}"] = parameters[name].copy()'),
     (ADAM_S, 's[f"d{name}"] = parameters[name].copy()'))
edit("initialize_adam", "adam_state_skips_last_layer",
     "The last layer is missing from v and s: l runs from 1 to L inclusive.",
     ('range(1, L + 1)', 'range(1, L)'))
edit("initialize_adam", "adam_state_only_v",
     "`initialize_adam` returns one dict: it returns the pair (v, s).",
     ('return v, s', 'return v'))
edit("initialize_adam", "adam_state_weights_only",
     "v and s have no entries for the biases: every parameter, b{l} included, gets its own "
     "zero state.",
     ('for name in (f"W{l}", f"b{l}"):', 'for name in (f"W{l}",):'))

edit("initialize_adam", "adam_state_s_starts_at_epsilon",
     "s starts at a small epsilon instead of zero: v and s both start at exactly zero "
     "(np.zeros_like); the update's divisor sqrt(s) + epsilon already keeps away from 0.",
     (ADAM_S, 's[f"d{name}"] = np.full_like(parameters[name], 1e-8)'))
edit("initialize_adam", "adam_state_flat_bias",
     "v['db{l}'] and s['db{l}'] are flat arrays: give every state the shape of its parameter, "
     "(n[l], 1) for b{l} (np.zeros_like).",
     (ADAM_V, 'v[f"d{name}"] = np.zeros(parameters[name].shape[0]) if name[0] == "b" '
              'else np.zeros_like(parameters[name])'),
     (ADAM_S, 's[f"d{name}"] = np.zeros(parameters[name].shape[0]) if name[0] == "b" '
              'else np.zeros_like(parameters[name])'))

# --- momentum ---------------------------------------------------------------------------
VELOCITY = 'new_v[f"d{name}"] = beta * v[f"d{name}"] + (1 - beta) * grads[f"d{name}"]'
STEP = 'new_parameters[name] = parameters[name] - learning_rate * new_v[f"d{name}"]'
M = "update_parameters_with_momentum"
edit(M, "momentum_no_one_minus_beta",
     "The velocity is updated without the factor (1 - beta): v = beta * v + (1 - beta) * dW. "
     "Without it v grows to about 1/(1 - beta) times the gradient, so the steps are that much "
     "larger than the learning rate says.",
     (VELOCITY, 'new_v[f"d{name}"] = beta * v[f"d{name}"] + grads[f"d{name}"]'))
edit(M, "momentum_weights_swapped",
     "The weights of the average are swapped: v = beta * v + (1 - beta) * dW (the old velocity "
     "gets beta).",
     (VELOCITY, 'new_v[f"d{name}"] = (1 - beta) * v[f"d{name}"] + beta * grads[f"d{name}"]'))
edit(M, "momentum_steps_with_gradient",
     "The parameters move by the gradient, not by the velocity: W = W - learning_rate * "
     "v['dW'] with the updated v.",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * grads[f"d{name}"]'))
edit(M, "momentum_steps_with_old_velocity",
     "The parameters move by the velocity of the previous step: update v first, then step "
     "with the new v.",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * v[f"d{name}"]'))
edit(M, "momentum_goes_uphill",
     "The parameters move uphill: subtract learning_rate * v, do not add it.",
     (STEP, 'new_parameters[name] = parameters[name] + learning_rate * new_v[f"d{name}"]'))
edit(M, "momentum_other_convention",
     "This is the other momentum convention (v = beta * v - learning_rate * dW, W += v); "
     "this assignment's is v = beta * v + (1 - beta) * dW, then W -= learning_rate * v.",
     (VELOCITY, 'new_v[f"d{name}"] = beta * v[f"d{name}"] - learning_rate * grads[f"d{name}"]'),
     (STEP, 'new_parameters[name] = parameters[name] + new_v[f"d{name}"]'))
edit(M, "momentum_biases_plain_gradient_descent",
     "The biases take plain gradient-descent steps: every parameter, b{l} included, moves by "
     "its own velocity.",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * (new_v[f"d{name}"] '
            'if name.startswith("W") else grads[f"d{name}"])'))
edit(M, "momentum_biases_not_updated",
     "The biases are never updated: update every b{l} (with its own velocity v['db{l}']) "
     "exactly like W{l}.",
     (STEP, 'new_parameters[name] = (parameters[name] - learning_rate * new_v[f"d{name}"] '
            'if name.startswith("W") else parameters[name])'))
edit(M, "momentum_skips_last_layer",
     "The last layer is not updated: l runs from 1 to L inclusive.",
     ('range(1, L + 1)', 'range(1, L)'))
edit(M, "momentum_updates_inputs_in_place", IN_PLACE,
     (VELOCITY, 'v[f"d{name}"] *= beta\n            v[f"d{name}"] += (1 - beta) * '
                'grads[f"d{name}"]\n            new_v[f"d{name}"] = v[f"d{name}"]'),
     (STEP, 'parameters[name] -= learning_rate * new_v[f"d{name}"]\n            '
            'new_parameters[name] = parameters[name]'))

edit(M, "momentum_bias_corrected_step",
     "The step divides the velocity by (1 - beta), a bias correction: this momentum has none, "
     "the parameters move by learning_rate * v with the updated v itself.",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * new_v[f"d{name}"] '
            '/ (1 - beta)'))
edit(M, "momentum_last_layer_unchanged",
     "The last layer is returned as it was, neither stepped nor given a new velocity: the loop "
     "over layers stops one short, l runs from 1 to L inclusive.",
     (VELOCITY, 'new_v[f"d{name}"] = (beta * v[f"d{name}"] + (1 - beta) * grads[f"d{name}"] '
                'if l < L else v[f"d{name}"].copy())'),
     (STEP, 'new_parameters[name] = (parameters[name] - learning_rate * new_v[f"d{name}"] '
            'if l < L else parameters[name].copy())'))
edit(M, "momentum_biases_and_velocity_not_updated",
     "The biases and their velocities are never updated: update every b{l} and v['db{l}'] "
     "exactly like W{l} and v['dW{l}'].",
     (VELOCITY, 'new_v[f"d{name}"] = (beta * v[f"d{name}"] + (1 - beta) * grads[f"d{name}"] '
                'if name.startswith("W") else v[f"d{name}"].copy())'),
     (STEP, 'new_parameters[name] = (parameters[name] - learning_rate * new_v[f"d{name}"] '
            'if name.startswith("W") else parameters[name].copy())'))
edit(M, "momentum_biases_plain_step_velocity_kept",
     "The biases take plain gradient-descent steps and keep their old velocity: every "
     "parameter, b{l} included, updates its own velocity and moves by it.",
     (VELOCITY, 'new_v[f"d{name}"] = (beta * v[f"d{name}"] + (1 - beta) * grads[f"d{name}"] '
                'if name.startswith("W") else v[f"d{name}"].copy())'),
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * (new_v[f"d{name}"] '
            'if name.startswith("W") else grads[f"d{name}"])'))
edit(M, "momentum_nesterov_lookahead",
     "The step looks ahead like Nesterov momentum (beta * v + (1 - beta) * dW once more): "
     "this assignment's momentum moves by the updated velocity itself, W -= learning_rate * v.",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * (beta * new_v[f"d{name}"]'
            ' + (1 - beta) * grads[f"d{name}"])'))
edit(M, "momentum_returns_old_velocity",
     "The velocity returned is the one you were given: return the updated velocity, the next "
     "step starts from it.",
     ('return new_parameters, new_v', 'return new_parameters, v'))
edit(M, "momentum_bias_steps_with_weight_velocity",
     "The bias step uses the weights' velocity v['dW{l}'] (a copy-paste slip), so b{l} is "
     "broadcast to the shape of W{l}: each b{l} moves by its own velocity v['db{l}'].",
     (STEP, 'new_parameters[name] = parameters[name] - learning_rate * new_v[f"dW{l}"]'))
edit(M, "momentum_hard_coded_beta",
     "The `beta` argument is ignored: a hard-coded 0.9 is used instead. Use the beta you are "
     "given.",
     (VELOCITY, 'new_v[f"d{name}"] = 0.9 * v[f"d{name}"] + (1 - 0.9) * grads[f"d{name}"]'))

# --- RMSprop ----------------------------------------------------------------------------
R = "update_parameters_with_rmsprop"
SQUARES = 'new_s[f"d{name}"] = beta2 * s[f"d{name}"] + (1 - beta2) * g ** 2'
DIVIDE = '- learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon))'
edit(R, "rmsprop_gradient_not_squared",
     "s averages the gradients, not their squares: s = beta2 * s + (1 - beta2) * dW**2.",
     (SQUARES, 'new_s[f"d{name}"] = beta2 * s[f"d{name}"] + (1 - beta2) * g'))
edit(R, "rmsprop_weights_swapped",
     "The weights of the average are swapped: s = beta2 * s + (1 - beta2) * dW**2.",
     (SQUARES, 'new_s[f"d{name}"] = (1 - beta2) * s[f"d{name}"] + beta2 * g ** 2'))
edit(R, "rmsprop_square_outside",
     "The whole term is squared, ((1 - beta2) * dW)**2: only the gradient is squared, "
     "(1 - beta2) * dW**2.",
     (SQUARES, 'new_s[f"d{name}"] = beta2 * s[f"d{name}"] + ((1 - beta2) * g) ** 2'))
edit(R, "rmsprop_divides_by_s",
     "The step divides by s instead of sqrt(s): s averages squared gradients, its square root "
     "has the scale of the gradient.",
     (DIVIDE, '- learning_rate * g / (new_s[f"d{name}"] + epsilon))'))
edit(R, "rmsprop_epsilon_inside_sqrt", "RMSprop's " + EPSILON_INSIDE,
     (DIVIDE, '- learning_rate * g / np.sqrt(new_s[f"d{name}"] + epsilon))'))
edit(R, "rmsprop_epsilon_added_to_step",
     "epsilon is added to the step, not to the divisor: the step is "
     "learning_rate * dW / (sqrt(s) + epsilon).",
     (DIVIDE, '- (learning_rate * g / np.sqrt(new_s[f"d{name}"]) + epsilon))'))
edit(R, "rmsprop_uses_old_s",
     "The step uses the s of the previous step: update s first, then divide by the new "
     "sqrt(s).", (DIVIDE, '- learning_rate * g / (np.sqrt(s[f"d{name}"]) + epsilon))'))
edit(R, "rmsprop_divides_by_abs_gradient",
     "The step divides by |dW| of this step: divide by sqrt(s), the root of the running "
     "average of squared gradients.",
     (DIVIDE, '- learning_rate * g / (np.abs(g) + epsilon))'))
edit(R, "rmsprop_hard_coded_epsilon", HARD_CODED_EPSILON,
     (DIVIDE, '- learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + 1e-8))'))
edit(R, "rmsprop_goes_uphill",
     "The parameters move uphill: subtract the step, do not add it.",
     (DIVIDE, '+ learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon))'))
edit(R, "rmsprop_biases_not_updated",
     "The biases are never updated: update every b{l} (with its own s['db{l}']) exactly like "
     "W{l}.",
     (DIVIDE, '- (learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon) '
              'if name.startswith("W") else 0))'))
edit(R, "rmsprop_updates_inputs_in_place", IN_PLACE,
     (SQUARES, 's[f"d{name}"] *= beta2\n            s[f"d{name}"] += (1 - beta2) * g ** 2'
               '\n            new_s[f"d{name}"] = s[f"d{name}"]'))

edit(R, "rmsprop_gradient_not_squared_abs",
     "s averages the gradients, not their squares (|s| under the root only hides it): "
     "s = beta2 * s + (1 - beta2) * dW**2, which is never negative.",
     (SQUARES, 'new_s[f"d{name}"] = beta2 * s[f"d{name}"] + (1 - beta2) * g'),
     (DIVIDE, '- learning_rate * g / (np.sqrt(np.abs(new_s[f"d{name}"])) + epsilon))'))
edit(R, "rmsprop_bias_corrected",
     "s is divided by (1 - beta2) before the root, a bias correction: RMSprop here has none, "
     "divide by sqrt(s) + epsilon with the updated s itself.",
     (DIVIDE, '- learning_rate * g / (np.sqrt(new_s[f"d{name}"] / (1 - beta2)) + epsilon))'))
edit(R, "rmsprop_skips_last_layer",
     "The last layer is not updated: l runs from 1 to L inclusive.",
     ('range(1, L + 1)', 'range(1, L)'))
edit(R, "rmsprop_last_layer_unchanged",
     "The last layer is returned as it was, neither stepped nor given a new s: the loop over "
     "layers stops one short, l runs from 1 to L inclusive.",
     (SQUARES, SQUARES + ' if l < L else s[f"d{name}"].copy()'),
     (DIVIDE, '- (learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon) if l < L else 0))'))
edit(R, "rmsprop_biases_and_s_not_updated",
     "The biases and their s are never updated: update every b{l} and s['db{l}'] exactly "
     "like W{l} and s['dW{l}'].",
     (SQUARES, SQUARES + ' if name.startswith("W") else s[f"d{name}"].copy()'),
     (DIVIDE, '- (learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon) '
              'if name.startswith("W") else 0))'))
edit(R, "rmsprop_updates_parameters_and_s_in_place", IN_PLACE,
     (SQUARES, 's[f"d{name}"] *= beta2\n            s[f"d{name}"] += (1 - beta2) * g ** 2'
               '\n            new_s[f"d{name}"] = s[f"d{name}"]'),
     (DIVIDE, DIVIDE + '\n            parameters[name][...] = new_parameters[name]'
                       '\n            new_parameters[name] = parameters[name]'))
edit(R, "rmsprop_returns_old_s",
     "The s returned is the one you were given: return the updated s, the next step starts "
     "from it.", ('return new_parameters, new_s', 'return new_parameters, s'))
edit(R, "rmsprop_mean_square_over_matrix",
     "s averages the mean of dW**2 over the whole matrix, so every entry of a layer gets the "
     "same divisor: s is elementwise, s = beta2 * s + (1 - beta2) * dW**2, one value per "
     "weight.", (SQUARES, SQUARES.replace('* g ** 2', '* np.mean(g ** 2)')))
edit(R, "rmsprop_biases_plain_step_s_updated",
     "The biases take plain gradient-descent steps (their s is updated but never used): "
     "every parameter, b{l} included, divides its step by sqrt(s) + epsilon.",
     (DIVIDE, '- learning_rate * (g / (np.sqrt(new_s[f"d{name}"]) + epsilon) '
              'if name.startswith("W") else g))'))
edit(R, "rmsprop_bias_uses_weight_s",
     "The bias step divides by the weights' sqrt(s['dW{l}']) (a copy-paste slip), so b{l} is "
     "broadcast to the shape of W{l}: each b{l} uses its own s['db{l}'].",
     (DIVIDE, '- learning_rate * g / (np.sqrt(new_s[f"dW{l}"]) + epsilon))'))

# --- Adam -------------------------------------------------------------------------------
A = "update_parameters_with_adam"
V_AVG = 'new_v[key] = beta1 * v[key] + (1 - beta1) * g'
S_AVG = 'new_s[key] = beta2 * s[key] + (1 - beta2) * g ** 2'
V_CORR = 'v_corrected[key] = new_v[key] / (1 - beta1 ** t)'
S_CORR = 's_corrected[key] = new_s[key] / (1 - beta2 ** t)'
ROOT = '/ (np.sqrt(s_corrected[key]) + epsilon))'
RETURN = 'return new_parameters, new_v, new_s, v_corrected, s_corrected'
edit(A, "adam_no_bias_correction",
     "There is no bias correction: v_corrected = v / (1 - beta1**t) and s_corrected = "
     "s / (1 - beta2**t).",
     (V_CORR, 'v_corrected[key] = new_v[key]'), (S_CORR, 's_corrected[key] = new_s[key]'))
edit(A, "adam_corrects_only_v",
     "Only v is bias-corrected: s needs its own correction, s / (1 - beta2**t).",
     (S_CORR, 's_corrected[key] = new_s[key]'))
edit(A, "adam_correction_t_plus_1",
     "The bias correction uses t + 1: use the step number t as given (the first step is "
     "t = 1).",
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta1 ** (t + 1))'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta2 ** (t + 1))'))
edit(A, "adam_correction_without_power",
     "The bias correction divides by (1 - beta) instead of (1 - beta**t).",
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta1)'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta2)'))
edit(A, "adam_correction_power_of_one_minus_beta",
     "The bias correction divides by (1 - beta)**t: it is (1 - beta**t), the power on beta "
     "alone (the two agree only at t = 1).",
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta1) ** t'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta2) ** t'))
edit(A, "adam_corrections_swap_betas",
     "The bias corrections swap the betas: v is corrected with beta1**t, s with beta2**t.",
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta2 ** t)'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta1 ** t)'))
edit(A, "adam_steps_with_uncorrected",
     "The corrected moments are computed but the step uses the uncorrected v and s: step with "
     "v_corrected / (sqrt(s_corrected) + epsilon).",
     ('learning_rate * v_corrected[key]', 'learning_rate * new_v[key]'),
     (ROOT, '/ (np.sqrt(new_s[key]) + epsilon))'))
edit(A, "adam_epsilon_inside_sqrt", "Adam's " + EPSILON_INSIDE,
     (ROOT, '/ np.sqrt(s_corrected[key] + epsilon))'))
edit(A, "adam_s_uses_beta1",
     "s is averaged with beta1: the second moment uses beta2.",
     (S_AVG, 'new_s[key] = beta1 * s[key] + (1 - beta1) * g ** 2'))
edit(A, "adam_gradient_not_squared",
     "s averages the gradients, not their squares: s = beta2 * s + (1 - beta2) * dW**2.",
     (S_AVG, 'new_s[key] = beta2 * s[key] + (1 - beta2) * g'))
edit(A, "adam_v_weights_swapped",
     "The weights of the first moment are swapped: v = beta1 * v + (1 - beta1) * dW.",
     (V_AVG, 'new_v[key] = (1 - beta1) * v[key] + beta1 * g'))
edit(A, "adam_stores_corrected",
     "The bias-corrected values are returned as the new v and s. Keep the raw averages in v "
     "and s; the corrected ones only serve this step.",
     (RETURN, 'return new_parameters, v_corrected, s_corrected, v_corrected, s_corrected'))
edit(A, "adam_hard_coded_epsilon", HARD_CODED_EPSILON,
     (ROOT, '/ (np.sqrt(s_corrected[key]) + 1e-8))'))
edit(A, "adam_goes_uphill", "The parameters move uphill: subtract the step, do not add it.",
     ('(parameters[name] - learning_rate', '(parameters[name] + learning_rate'))

edit(A, "adam_s_corrected_with_beta1",
     "s is bias-corrected with beta1: the second moment's correction uses its own beta, "
     "s / (1 - beta2**t).", (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta1 ** t)'))
edit(A, "adam_steps_with_gradient",
     "The step's numerator is the gradient: Adam moves by the corrected first moment, "
     "learning_rate * v_corrected / (sqrt(s_corrected) + epsilon).",
     ('learning_rate * v_corrected[key]', 'learning_rate * g'))
edit(A, "adam_correction_after_sqrt",
     "The bias correction divides sqrt(s) by (1 - beta2**t): correct s first, "
     "s_corrected = s / (1 - beta2**t), then divide by sqrt(s_corrected) + epsilon.",
     (S_CORR, 's_corrected[key] = np.sqrt(new_s[key]) / (1 - beta2 ** t)'),
     (ROOT, '/ (s_corrected[key] + epsilon))'))
edit(A, "adam_divides_by_s",
     "The step divides by s_corrected instead of its square root: s averages squared "
     "gradients, its square root has the scale of the gradient.",
     (ROOT, '/ (s_corrected[key] + epsilon))'))
edit(A, "adam_gradient_not_squared_abs",
     "s averages the gradients, not their squares (|s| under the root only hides it): "
     "s = beta2 * s + (1 - beta2) * dW**2, which is never negative.",
     (S_AVG, 'new_s[key] = beta2 * s[key] + (1 - beta2) * g'),
     (ROOT, '/ (np.sqrt(np.abs(s_corrected[key])) + epsilon))'))
edit(A, "adam_returns_raw_as_corrected",
     "The raw v and s are returned where v_corrected and s_corrected belong: the last two "
     "values are the bias-corrected moments used in this step.",
     (RETURN, 'return new_parameters, new_v, new_s, new_v, new_s'))
edit(A, "adam_return_order_swapped",
     "v and s come back in the wrong order: return (parameters, v, s, v_corrected, "
     "s_corrected), the first moments before the second.",
     (RETURN, 'return new_parameters, new_s, new_v, s_corrected, v_corrected'))
edit(A, "adam_skips_last_layer",
     "The last layer is not updated: l runs from 1 to L inclusive.",
     ('range(1, L + 1)', 'range(1, L)'))
edit(A, "adam_biases_not_updated",
     "The biases are never updated: update every b{l} (with its own moments) exactly like "
     "W{l}.", (ROOT, '/ (np.sqrt(s_corrected[key]) + epsilon) * name.startswith("W"))'))
edit(A, "adam_updates_inputs_in_place", IN_PLACE,
     (V_AVG, 'v[key] *= beta1\n            v[key] += (1 - beta1) * g\n            '
             'new_v[key] = v[key]'),
     (S_AVG, 's[key] *= beta2\n            s[key] += (1 - beta2) * g ** 2\n            '
             'new_s[key] = s[key]'),
     (ROOT, ROOT + '\n            parameters[name][...] = new_parameters[name]'
                   '\n            new_parameters[name] = parameters[name]'))
edit(A, "adam_returns_old_moments",
     "The v and s returned are the ones you were given: return the updated moments, the next "
     "step starts from them.",
     (RETURN, 'return new_parameters, v, s, v_corrected, s_corrected'))
edit(A, "adam_step_uses_uncorrected_v",
     "The step's numerator is the raw v: Adam moves by the bias-corrected first moment, "
     "learning_rate * v_corrected / (sqrt(s_corrected) + epsilon).",
     ('learning_rate * v_corrected[key]', 'learning_rate * new_v[key]'))
edit(A, "adam_step_uses_uncorrected_s",
     "The step divides by the root of the raw s: use the bias-corrected second moment, "
     "learning_rate * v_corrected / (sqrt(s_corrected) + epsilon).",
     (ROOT, '/ (np.sqrt(new_s[key]) + epsilon))'))
edit(A, "adam_betas_swapped",
     "beta1 and beta2 are swapped: the first moment v (and its correction) uses beta1, the "
     "second moment s (and its correction) uses beta2.",
     (V_AVG, 'new_v[key] = beta2 * v[key] + (1 - beta2) * g'),
     (S_AVG, 'new_s[key] = beta1 * s[key] + (1 - beta1) * g ** 2'),
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta2 ** t)'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta1 ** t)'))
edit(A, "adam_v_uses_beta2",
     "v is averaged with beta2: the first moment uses beta1, "
     "v = beta1 * v + (1 - beta1) * dW.", (V_AVG, 'new_v[key] = beta2 * v[key] + (1 - beta2) * g'))
edit(A, "adam_v_no_one_minus_beta",
     "The first moment is updated without the factor (1 - beta1): "
     "v = beta1 * v + (1 - beta1) * dW.", (V_AVG, 'new_v[key] = beta1 * v[key] + g'))
edit(A, "adam_epsilon_inside_step",
     "epsilon is added to v_corrected / sqrt(s_corrected) before the learning rate multiplies "
     "it: the step is learning_rate * v_corrected / (sqrt(s_corrected) + epsilon), epsilon in "
     "the divisor.",
     ('learning_rate * v_corrected[key]', 'learning_rate * (v_corrected[key]'),
     (ROOT, '/ np.sqrt(s_corrected[key]) + epsilon))'))
edit(A, "adam_hard_coded_betas",
     "The `beta1` and `beta2` arguments are ignored: hard-coded 0.9 and 0.999 are used "
     "instead. Use the betas you are given (their defaults are only defaults).",
     (V_AVG, 'new_v[key] = 0.9 * v[key] + (1 - 0.9) * g'),
     (S_AVG, 'new_s[key] = 0.999 * s[key] + (1 - 0.999) * g ** 2'),
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - 0.9 ** t)'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - 0.999 ** t)'))
edit(A, "adam_correction_t_minus_1",
     "The bias correction uses t - 1: t counts the steps from 1, so the first step divides "
     "by (1 - beta**1); use t as given.",
     (V_CORR, 'v_corrected[key] = new_v[key] / (1 - beta1 ** (t - 1))'),
     (S_CORR, 's_corrected[key] = new_s[key] / (1 - beta2 ** (t - 1))'))
edit(A, "adam_bias_uses_weight_moments",
     "The bias step uses the weights' moments v['dW{l}'] and s['dW{l}'] (a copy-paste slip), "
     "so b{l} is broadcast to the shape of W{l}: each b{l} moves by its own corrected "
     "moments.",
     ('learning_rate * v_corrected[key]', 'learning_rate * v_corrected[f"dW{l}"]'),
     (ROOT, '/ (np.sqrt(s_corrected[f"dW{l}"]) + epsilon))'))

# --- decay schedules --------------------------------------------------------------------
INVERSE = 'return learning_rate0 / (1 + decay_rate * epoch)'
for name, message, new in [
    ("inverse_time_multiplies", "The rate grows with the epoch: divide learning_rate0 by "
     "(1 + decay_rate * epoch).", 'return learning_rate0 * (1 + decay_rate * epoch)'),
    ("inverse_time_precedence", "Operator precedence: learning_rate0 / 1 + decay_rate * epoch "
     "is not learning_rate0 / (1 + decay_rate * epoch); add the parentheses.",
     'return learning_rate0 / 1 + decay_rate * epoch'),
    ("inverse_time_multiplies_by_epoch", "Operator precedence: learning_rate0 / "
     "(1 + decay_rate) * epoch multiplies by the epoch; the whole 1 + decay_rate * epoch is "
     "the divisor.", 'return learning_rate0 / (1 + decay_rate) * epoch'),
    ("inverse_time_compounds", "Dividing by (1 + decay_rate) once per epoch compounds into an "
     "exponential decay; inverse-time decay divides by 1 + decay_rate * epoch.",
     'return learning_rate0 / (1 + decay_rate) ** epoch'),
    ("inverse_time_epoch_plus_one", "The epoch is counted from 1: at epoch 0 the rate is "
     "learning_rate0 itself, so the divisor is 1 + decay_rate * epoch.",
     'return learning_rate0 / (1 + decay_rate * (epoch + 1))'),
    ("inverse_time_ignores_decay_rate", "`decay_rate` is ignored: the divisor is "
     "1 + decay_rate * epoch.", 'return learning_rate0 / (1 + epoch)'),
    ("inverse_time_exponential", "This is an exponential decay, exp(-decay_rate * epoch); "
     "inverse-time decay divides by 1 + decay_rate * epoch.",
     'return learning_rate0 * np.exp(-decay_rate * epoch)'),
    ("inverse_time_square_root", "The divisor is under a square root: inverse-time decay "
     "divides by 1 + decay_rate * epoch itself.",
     'return learning_rate0 / np.sqrt(1 + decay_rate * epoch)'),
    ("inverse_time_linear", "This is a linear decay, learning_rate0 * (1 - decay_rate * "
     "epoch), which turns negative; inverse-time decay divides by 1 + decay_rate * epoch.",
     'return learning_rate0 * (1 - decay_rate * epoch)'),
    ("inverse_time_floor_division", "`//` floors the result to a whole number: use `/`.",
     'return learning_rate0 // (1 + decay_rate * epoch)'),
    ("inverse_time_truncates_product", "decay_rate * epoch is cut to a whole number "
     "(int(...)): keep it as it is, the divisor is 1 + decay_rate * epoch.",
     'return learning_rate0 / (1 + int(decay_rate * epoch))'),
    ("inverse_time_rate_times_epoch_plus_one", "The divisor is decay_rate * (epoch + 1): it "
     "is 1 + decay_rate * epoch, which is 1 at epoch 0 so that the rate starts at "
     "learning_rate0.",
     'return learning_rate0 / (decay_rate * (epoch + 1)) if decay_rate else learning_rate0'),
]:
    edit("inverse_time_decay", name, message, (INVERSE, new))
edit("inverse_time_decay", "inverse_time_minus_sign",
     "The divisor is 1 - decay_rate * epoch, which shrinks and turns negative: inverse-time "
     "decay divides by 1 + decay_rate * epoch, so the rate falls as the epochs pass.",
     (INVERSE, 'return learning_rate0 / (1 - decay_rate * epoch)'))

EXPONENT = 'exponent = step / decay_steps'
FLOOR = 'exponent = np.floor(exponent)'
EXP_RETURN = 'return float(learning_rate0 * decay_rate ** exponent)'
E = "exponential_decay"
edit(E, "exp_decay_no_floor",
     "With staircase=True the exponent must be floored: floor(step / decay_steps), so the rate "
     "drops in steps every decay_steps.", (FLOOR, 'exponent = exponent'))
edit(E, "exp_decay_always_floors",
     "The exponent is floored even when staircase=False; only the staircase schedule floors it.",
     (EXPONENT, 'exponent = step // decay_steps'))
edit(E, "exp_decay_staircase_inverted",
     "The staircase flag works backwards: floor the exponent when staircase is True, not "
     "when it is False.", ('if staircase:', 'if not staircase:'))
edit(E, "exp_decay_staircase_rounds",
     "The staircase exponent is rounded: floor it (np.floor or //), the rate drops only once "
     "a full decay_steps has passed.", (FLOOR, 'exponent = np.round(exponent)'))
edit(E, "exp_decay_staircase_ceil",
     "The staircase exponent is rounded up: floor it, the rate drops only once a full "
     "decay_steps has passed.", (FLOOR, 'exponent = np.ceil(exponent)'))
edit(E, "exp_decay_per_step",
     "The rate decays at every step: the exponent is step / decay_steps, one decay per "
     "decay_steps steps.", (EXPONENT, 'exponent = step'))
edit(E, "exp_decay_exponent_times_steps",
     "The exponent multiplies step by decay_steps: it is step / decay_steps.",
     (EXPONENT, 'exponent = step * decay_steps'))
edit(E, "exp_decay_base_and_exponent_swapped",
     "The exponent and the base are swapped: the rate is learning_rate0 * "
     "decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 * exponent ** decay_rate)'))
edit(E, "exp_decay_one_minus_rate",
     "The base is 1 - decay_rate: the rate is multiplied by decay_rate itself per decay "
     "period (0.96 keeps 96%).",
     (EXP_RETURN, 'return float(learning_rate0 * (1 - decay_rate) ** exponent)'))
edit(E, "exp_decay_natural_exp",
     "This is exp(-decay_rate * t); the schedule is learning_rate0 * "
     "decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 * np.exp(-decay_rate * exponent))'))
edit(E, "exp_decay_multiplies",
     "decay_rate is multiplied by the exponent instead of raised to it: "
     "decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 * decay_rate * exponent)'))

edit(E, "exp_decay_multiplies_except_at_start",
     "decay_rate is multiplied by the exponent instead of raised to it: the rate is "
     "learning_rate0 * decay_rate ** (step / decay_steps) at every step, step 0 included.",
     (EXP_RETURN, 'return float(learning_rate0 * decay_rate * exponent) if exponent '
                  'else float(learning_rate0)'))
edit(E, "exp_decay_staircase_late_from_step_1",
     "The staircase drops one step late (max(step - 1, 0) // decay_steps): steps count from "
     "0, and the rate drops exactly when step reaches a multiple of decay_steps.",
     (FLOOR, 'exponent = max(step - 1, 0) // decay_steps'))
edit(E, "exp_decay_precedence_without_staircase",
     "Operator precedence in the continuous schedule: decay_rate ** step / decay_steps is "
     "(decay_rate ** step) / decay_steps; write decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 * decay_rate ** exponent) if staircase '
                  'else float(learning_rate0 * decay_rate ** step / decay_steps)'))
edit(E, "exp_decay_step_from_1",
     "The steps are counted from 1 (step + 1 in the exponent): steps count from 0, and at "
     "step 0 the rate is learning_rate0 itself; the exponent is step / decay_steps.",
     (EXPONENT, 'exponent = (step + 1) / decay_steps'))
edit(E, "exp_decay_divides_by_power",
     "The rate is divided by decay_rate ** (step / decay_steps), so it grows: multiply, "
     "learning_rate0 * decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 / decay_rate ** exponent)'))
edit(E, "exp_decay_staircase_modulo",
     "step % decay_steps is the remainder, the steps since the last drop: the staircase "
     "exponent is the number of drops so far, floor(step / decay_steps) (step // decay_steps).",
     (FLOOR, 'exponent = step % decay_steps'))

INTERVALS = 'np.floor(epoch / time_interval)'
S = "scheduled_lr_decay"
for name, message, old, new in [
    ("scheduled_no_floor", "The number of intervals is not floored: the rate stays constant "
     "within each time_interval and drops only when a full interval has passed.",
     INTERVALS, '(epoch / time_interval)'),
    ("scheduled_every_epoch", "The rate decays every epoch: it decays once every "
     "`time_interval` epochs, using floor(epoch / time_interval).", INTERVALS, 'epoch'),
    ("scheduled_hard_coded_interval", "The `time_interval` argument is ignored (1000 is used "
     "instead).", INTERVALS, 'np.floor(epoch / 1000)'),
    ("scheduled_rounds", "The number of intervals is rounded: floor it, the rate drops only "
     "once a full interval has passed.", INTERVALS, 'np.round(epoch / time_interval)'),
    ("scheduled_ceil", "The number of intervals is rounded up: floor it, the rate drops only "
     "once a full interval has passed.", INTERVALS, 'np.ceil(epoch / time_interval)'),
    ("scheduled_boundary_one_epoch_late", "The decay comes one epoch late: the rate drops "
     "exactly when epoch reaches a multiple of time_interval.",
     INTERVALS, 'np.floor((epoch - 1) / time_interval)'),
    ("scheduled_boundary_one_epoch_early", "The decay comes one epoch early: the rate drops "
     "exactly when epoch reaches a multiple of time_interval.",
     INTERVALS, 'np.floor((epoch + 1) / time_interval)'),
    ("scheduled_exponential", "This is a staircase exponential decay; the scheduled decay is "
     "inverse-time: learning_rate0 / (1 + decay_rate * floor(epoch / time_interval)).",
     f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
     f'learning_rate0 * decay_rate ** {INTERVALS}'),
    ("scheduled_compounds", "Dividing by (1 + decay_rate) once per interval compounds into an "
     "exponential decay; the divisor is 1 + decay_rate * floor(epoch / time_interval).",
     f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
     f'learning_rate0 / (1 + decay_rate) ** {INTERVALS}'),
    ("scheduled_linear", "This is a linear decay, which turns negative; the scheduled decay "
     "divides by 1 + decay_rate * floor(epoch / time_interval).",
     f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
     f'learning_rate0 * (1 - decay_rate * {INTERVALS})'),
    ("scheduled_precedence", "Operator precedence: learning_rate0 / 1 + ... is not "
     "learning_rate0 / (1 + ...); add the parentheses.",
     f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
     f'learning_rate0 / 1 + decay_rate * {INTERVALS}'),
    ("scheduled_late_from_epoch_1", "The decay comes one epoch late (max(epoch - 1, 0)): "
     "epochs count from 0, and the rate drops exactly when epoch reaches a multiple of "
     "time_interval.", INTERVALS, 'np.floor(max(epoch - 1, 0) / time_interval)'),
    ("scheduled_modulo", "epoch % time_interval is the remainder, the epochs since the last "
     "drop: the number of drops so far is floor(epoch / time_interval) (epoch // "
     "time_interval).", INTERVALS, '(epoch % time_interval)'),
    ("scheduled_only_on_boundaries", "The decay is applied only at the epochs that are "
     "multiples of time_interval, learning_rate0 in between: the rate stays decayed, at every "
     "epoch divide by 1 + decay_rate * floor(epoch / time_interval).",
     f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
     f'learning_rate0 / (1 + decay_rate * {INTERVALS}) if epoch % time_interval == 0 '
     f'else learning_rate0'),
    ("scheduled_interval_over_epoch", "The fraction is upside down (time_interval / epoch): "
     "the number of drops so far is floor(epoch / time_interval).",
     INTERVALS, '(time_interval // epoch if epoch > 0 else 0)'),
    ("scheduled_ignores_decay_rate", "`decay_rate` is ignored: the divisor is "
     "1 + decay_rate * floor(epoch / time_interval).", f'decay_rate * {INTERVALS}', INTERVALS),
]:
    edit(S, name, message, (old, new))
edit(S, "scheduled_floor_of_product",
     "The floor is taken of decay_rate * epoch / time_interval (decay_rate * epoch // "
     "time_interval without brackets, or a floor around the whole divisor): floor only the "
     "number of intervals, 1 + decay_rate * floor(epoch / time_interval).",
     (f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
      'learning_rate0 / (1 + decay_rate * epoch // time_interval)'))

# --- samplers ---------------------------------------------------------------------------
DRAW = 'r = rng.uniform(low_exp, high_exp, size=n)'
SEED = 'rng = np.random.default_rng(seed)'
IGNORES_SEED = ("The values do not depend on `seed`: create the generator from it "
                "(`np.random.default_rng(seed)`) inside the function.")
LIST = "The values are returned as a Python list: return a NumPy array."
L = "sample_log_uniform"
edit(L, "log_uniform_linear_scale",
     "The values are uniform between 10**low_exp and 10**high_exp: almost all of them land in "
     "the top decade. Sample the exponent r uniformly, then take 10**r.",
     (DRAW, 'r = np.log10(rng.uniform(10.0 ** low_exp, 10.0 ** high_exp, size=n))'))
edit(L, "log_uniform_base_e",
     "The exponent is used with base e (np.exp(r)); the learning rate is 10**r.",
     ('return 10.0 ** r', 'return np.exp(r)'))
edit(L, "log_uniform_low_times_rand",
     "Only the exponent's lower end is used (r = low_exp * rand): sample r uniformly in "
     "[low_exp, high_exp].", (DRAW, 'r = low_exp * rng.random(n)'))
edit(L, "log_uniform_low_plus_high_times_rand",
     "r = low_exp + high_exp * rand does not span [low_exp, high_exp]: the width of the range "
     "is high_exp - low_exp.", (DRAW, 'r = low_exp + high_exp * rng.random(n)'))
edit(L, "log_uniform_whole_exponents",
     "Only whole powers of ten are sampled: draw the exponent r from a continuous uniform "
     "distribution, not integers.",
     (DRAW, 'r = np.round(rng.uniform(low_exp, high_exp, size=n))'))
edit(L, "log_uniform_ignores_seed", IGNORES_SEED, (SEED, 'rng = np.random.default_rng()'))
edit(L, "log_uniform_returns_list", LIST, ('return 10.0 ** r', 'return list(10.0 ** r)'))

edit(L, "log_uniform_returns_exponent",
     "The exponents r are returned: the values are 10**r.", ('return 10.0 ** r', 'return r'))
edit(L, "log_uniform_integer_exponents",
     "Only whole powers of ten are sampled (integer exponents): draw the exponent r from a "
     "continuous uniform distribution on [low_exp, high_exp].",
     (DRAW, 'r = rng.integers(int(np.ceil(low_exp)), int(np.floor(high_exp)) + 1, size=n)'))
edit(L, "log_uniform_normal_exponent",
     "The exponent is drawn from a normal distribution (clipped to the range): draw r "
     "uniformly on [low_exp, high_exp], every exponent equally likely.",
     (DRAW, 'r = np.clip(rng.normal((low_exp + high_exp) / 2, (high_exp - low_exp) / 4, '
            'size=n), low_exp, high_exp)'))
edit(L, "log_uniform_hard_coded_range",
     "The exponent's range is hard-coded (the notebook's example [-4, 0]): draw r uniformly "
     "on [low_exp, high_exp], the arguments you are given.",
     (DRAW, 'r = rng.uniform(-4, 0, size=n)'))
edit(L, "log_uniform_reseeded_per_value",
     "Every value is the same: the generator is created again from `seed` for each value, so "
     "each gets the same first draw. Create it once, before drawing all n values.",
     (DRAW, 'r = np.full(n, rng.uniform(low_exp, high_exp))'))

B = "sample_beta"
edit(B, "beta_linear_scale",
     "beta is sampled uniformly between 1 - 10**high_exp and 1 - 10**low_exp: almost all values "
     "then average over few steps. Sample r uniformly, then beta = 1 - 10**r.",
     (DRAW, 'r = np.log10(1.0 - rng.uniform(1 - 10.0 ** high_exp, 1 - 10.0 ** low_exp, size=n))'))
edit(B, "beta_forgot_one_minus",
     "The values are 10**r, that is 1 - beta: return beta = 1 - 10**r.",
     ('return 1.0 - 10.0 ** r', 'return 10.0 ** r'))
edit(B, "beta_base_e",
     "The exponent is used with base e (1 - np.exp(r)); beta = 1 - 10**r.",
     ('return 1.0 - 10.0 ** r', 'return 1.0 - np.exp(r)'))
edit(B, "beta_negative_exponent",
     "The exponent's sign is flipped (1 - 10**(-r)): r is already negative, beta = 1 - 10**r.",
     ('return 1.0 - 10.0 ** r', 'return 1.0 - 10.0 ** (-r)'))
edit(B, "beta_ignores_seed", IGNORES_SEED, (SEED, 'rng = np.random.default_rng()'))
edit(B, "beta_returns_list", LIST, ('return 1.0 - 10.0 ** r', 'return list(1.0 - 10.0 ** r)'))

edit(B, "beta_hard_coded_seed",
     "Every `seed` gives the same values: a fixed seed is used (or evenly spaced values, "
     "nothing random). Create the generator from the argument, np.random.default_rng(seed), "
     "and draw r from it.", (SEED, 'rng = np.random.default_rng(42)'))
edit(B, "beta_forgot_power_of_ten",
     "beta = 1 - r uses the exponent itself: beta = 1 - 10**r.",
     ('return 1.0 - 10.0 ** r', 'return 1.0 - r'))
edit(B, "beta_integer_exponents",
     "Only 0.9, 0.99, 0.999... are sampled (integer exponents): draw the exponent r from a "
     "continuous uniform distribution on [low_exp, high_exp].",
     (DRAW, 'r = rng.integers(int(np.ceil(low_exp)), int(np.floor(high_exp)) + 1, size=n)'))
edit(B, "beta_normal_exponent",
     "The exponent is drawn from a normal distribution (clipped to the range): draw r "
     "uniformly on [low_exp, high_exp], every exponent equally likely.",
     (DRAW, 'r = np.clip(rng.normal((low_exp + high_exp) / 2, (high_exp - low_exp) / 4, '
            'size=n), low_exp, high_exp)'))
edit(B, "beta_hard_coded_range",
     "The exponent's range is hard-coded (the notebook's example [-3, -1]): draw r uniformly "
     "on [low_exp, high_exp], the arguments you are given.",
     (DRAW, 'r = rng.uniform(-3, -1, size=n)'))
edit(B, "beta_reseeded_per_value",
     "Every value is the same: the generator is created again from `seed` for each value, so "
     "each gets the same first draw. Create it once, before drawing all n values.",
     (DRAW, 'r = np.full(n, rng.uniform(low_exp, high_exp))'))
edit(B, "beta_low_times_rand",
     "Only the exponent's lower end is used (r = low_exp * rand covers [low_exp, 0]): sample "
     "r uniformly in [low_exp, high_exp].", (DRAW, 'r = low_exp * rng.random(n)'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit("ewma", "ewma_outputs_previous_average",
     "Each output is the average before the new value is added (v_0, ..., v_(T-1)): output "
     "v_t after the update, v_1, ..., v_T.",
     (UPDATE + '\n        ' + CORRECT, CORRECT + '\n        ' + UPDATE))
edit(M, "momentum_learning_rate_in_velocity",
     "The learning rate is inside the velocity, so v comes back scaled by it: v = beta * v + "
     "(1 - beta) * dW, then W -= learning_rate * v.",
     (VELOCITY, 'new_v[f"d{name}"] = beta * v[f"d{name}"] + (1 - beta) * learning_rate '
                '* grads[f"d{name}"]'),
     (STEP, 'new_parameters[name] = parameters[name] - new_v[f"d{name}"]'))
edit(R, "rmsprop_epsilon_inside_step",
     "epsilon is added to dW / sqrt(s) before the learning rate multiplies it: the step is "
     "learning_rate * dW / (sqrt(s) + epsilon), epsilon in the divisor.",
     (DIVIDE, '- learning_rate * (g / np.sqrt(new_s[f"d{name}"]) + epsilon))'))
edit(R, "rmsprop_abs_instead_of_square",
     "s averages |dW| instead of dW**2: RMSprop's s is the running average of the squared "
     "gradients.", (SQUARES, SQUARES.replace('* g ** 2', '* np.abs(g)')))
edit(R, "rmsprop_biases_plain_gradient_descent",
     "The biases take plain gradient-descent steps and keep their s: every parameter, b{l} "
     "included, gets the RMSprop update with its own s.",
     (SQUARES, SQUARES + ' if name.startswith("W") else s[f"d{name}"]'),
     (DIVIDE, '- learning_rate * (g / (np.sqrt(new_s[f"d{name}"]) + epsilon) '
              'if name.startswith("W") else g))'))
edit(A, "adam_s_from_velocity",
     "s averages the square of the new v: the second moment averages the squared gradient, "
     "s = beta2 * s + (1 - beta2) * dW**2.",
     (S_AVG, 'new_s[key] = beta2 * s[key] + (1 - beta2) * new_v[key] ** 2'))
edit(A, "adam_abs_instead_of_square",
     "s averages |dW| instead of dW**2: the second moment is the running average of the "
     "squared gradients.", (S_AVG, 'new_s[key] = beta2 * s[key] + (1 - beta2) * np.abs(g)'))
edit("inverse_time_decay", "inverse_time_one_epoch_late",
     "The decay starts one epoch late (epoch - 1): at epoch 1 the rate is already "
     "learning_rate0 / (1 + decay_rate).",
     (INVERSE, 'return learning_rate0 / (1 + decay_rate * max(epoch - 1, 0))'))
edit("inverse_time_decay", "inverse_time_rounded",
     "The rate is rounded: return it exactly, learning_rate0 / (1 + decay_rate * epoch).",
     (INVERSE, 'return round(learning_rate0 / (1 + decay_rate * epoch), 4)'))
edit(E, "exp_decay_staircase_one_step_late",
     "The staircase drops one step late ((step - 1) // decay_steps): the rate drops exactly "
     "when step reaches a multiple of decay_steps.",
     (FLOOR, 'exponent = (step - 1) // decay_steps'))
edit(E, "exp_decay_staircase_one_step_early",
     "The staircase drops one step early ((step + 1) // decay_steps): the rate drops exactly "
     "when step reaches a multiple of decay_steps.",
     (FLOOR, 'exponent = (step + 1) // decay_steps'))
edit(E, "exp_decay_precedence",
     "Operator precedence: decay_rate ** step / decay_steps is (decay_rate ** step) / "
     "decay_steps; write decay_rate ** (step / decay_steps).",
     (EXP_RETURN, 'return float(learning_rate0 * decay_rate ** step / decay_steps)'))
edit(S, "scheduled_floor_division",
     "`//` floors the learning rate itself to a whole number: divide with `/`.",
     (f'learning_rate0 / (1 + decay_rate * {INTERVALS})',
      f'learning_rate0 // (1 + decay_rate * {INTERVALS})'))
edit(L, "log_uniform_exponent_grid",
     "The exponents come from a few grid points: draw r from a continuous uniform distribution "
     "on [low_exp, high_exp].",
     (DRAW, 'r = rng.choice(np.linspace(low_exp, high_exp, 5), size=n)'))
edit(L, "log_uniform_evenly_spaced",
     "The values are the same whatever the `seed`: the exponents are evenly spaced (or drawn "
     "from a hard-coded seed), not random. Draw r uniformly at random from "
     "np.random.default_rng(seed).", (DRAW, 'r = np.linspace(low_exp, high_exp, n)'))
edit(B, "beta_window_uniform",
     "The averaging window 1/(1 - beta) is sampled uniformly: sample r uniformly, then "
     "beta = 1 - 10**r.",
     (DRAW, 'r = -np.log10(rng.uniform(10.0 ** -high_exp, 10.0 ** -low_exp, size=n))'))
edit(B, "beta_exponent_grid",
     "The exponents come from a few grid points: draw r from a continuous uniform distribution "
     "on [low_exp, high_exp].",
     (DRAW, 'r = rng.choice(np.linspace(low_exp, high_exp, 5), size=n)'))
edit(B, "beta_low_plus_high_times_rand",
     "r = low_exp + high_exp * rand does not span [low_exp, high_exp]: the width of the range "
     "is high_exp - low_exp.", (DRAW, 'r = low_exp + high_exp * rng.random(n)'))

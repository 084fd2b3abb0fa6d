"""Independent implementations of assignment 06, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# ewma
# ---------------------------------------------------------------------------------------


@wrong("ewma_swapped_beta_and_one_minus_beta",
       "I put beta on the new value and (1 - beta) on the old average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        v = (1 - beta) * v + beta * values[t]
        out[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return out


@wrong("ewma_bias_correction_exponent_t_plus_one",
       "I thought t started at 0, so I divided by 1 - beta**(t + 1) with t already counted from 1.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        out[t - 1] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return out


@wrong("ewma_bias_correction_beta_not_beta_to_the_t",
       "I divided every average by 1 - beta instead of 1 - beta**t.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        v = beta * v + (1 - beta) * values[t]
        out[t] = v / (1 - beta) if bias_correction else v
    return out


@wrong("ewma_starts_from_first_value",
       "I started the average at the first value instead of at v_0 = 0.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = values[0] if values.shape[0] else 0.0
    for t in range(values.shape[0]):
        v = beta * v + (1 - beta) * values[t]
        out[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return out


@wrong("ewma_feeds_corrected_value_back",
       "I overwrote v with the corrected value, so the next step averages the corrected one.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        out[t - 1] = v
    return out


@wrong("ewma_includes_v0_drops_last",
       "I stored v before updating it, so my list starts with the 0 and misses the last average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        out[t] = v / (1 - beta ** t) if (bias_correction and t > 0) else v
        v = beta * v + (1 - beta) * values[t]
    return out


@wrong("ewma_ignores_bias_correction_flag",
       "I forgot to use the bias_correction argument, so it never corrects.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        v = beta * v + (1 - beta) * values[t]
        out[t] = v
    return out


@wrong("ewma_returns_python_list", "I appended the averages to a list and returned the list.")
def ewma(values, beta, bias_correction=False):
    averages = []
    v = 0.0
    for t, theta in enumerate(values, start=1):
        v = beta * v + (1 - beta) * float(theta)
        averages.append(v / (1 - beta ** t) if bias_correction else v)
    return averages


@wrong("ewma_no_one_minus_beta_factor",
       "I used the v = beta * v + theta form without the (1 - beta) factor.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        v = beta * v + values[t]
        out[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return out


@wrong("ewma_correction_uses_final_t_for_all",
       "I divided every average by 1 - beta**T using the length of the sequence.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    T = values.shape[0]
    out = np.zeros(T)
    v = 0.0
    for t in range(T):
        v = beta * v + (1 - beta) * values[t]
        out[t] = v
    if bias_correction:
        out = out / (1 - beta ** T)
    return out


@wrong("ewma_output_dtype_follows_input",
       "I used np.zeros_like(values), so float32 or int inputs give a float32 or int result.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values)
    out = np.zeros_like(values)
    v = 0.0
    for t in range(values.shape[0]):
        v = beta * v + (1 - beta) * values[t]
        out[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return out


@wrong("ewma_returns_only_last_average",
       "I returned only the final average instead of the whole sequence.")
def ewma(values, beta, bias_correction=False):
    v = 0.0
    t = 0
    for t, theta in enumerate(values, start=1):
        v = beta * v + (1 - beta) * float(theta)
    if bias_correction and t > 0:
        v = v / (1 - beta ** t)
    return v


@correct("ewma_incremental_form_vector_correction",
         "writes the update as v += (1 - beta)(theta - v) and corrects all values at once")
def ewma(values, beta, bias_correction=False):
    theta = np.asarray(values, dtype=np.float64).reshape(-1)
    averages = np.empty(theta.shape[0], dtype=np.float64)
    v = 0.0
    for i in range(theta.shape[0]):
        v = v + (1.0 - beta) * (theta[i] - v)
        averages[i] = v
    if bias_correction:
        averages = averages / (1.0 - beta ** np.arange(1, theta.shape[0] + 1, dtype=np.float64))
    return averages


@correct("ewma_list_then_array", "builds a Python list with enumerate from 1 and converts it")
def ewma(values, beta, bias_correction=False):
    result = []
    v = 0.0
    for t, theta in enumerate(np.asarray(values, dtype=np.float64).tolist(), start=1):
        v = beta * v + (1 - beta) * theta
        if bias_correction:
            result.append(v / (1 - beta ** t))
        else:
            result.append(v)
    return np.array(result, dtype=np.float64)


# ---------------------------------------------------------------------------------------
# initialize_velocity
# ---------------------------------------------------------------------------------------


@wrong("init_velocity_keys_without_d",
       "I used the parameter names W1, b1 as keys instead of dW1, db1.")
def initialize_velocity(parameters):
    return {key: np.zeros(value.shape) for key, value in parameters.items()}


@wrong("init_velocity_ng_style_keys", "I named the keys VdW1 and Vdb1 like in the lecture.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["VdW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["Vdb" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("init_velocity_misses_last_layer", "My loop went over range(1, L), so the last layer is missing.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("init_velocity_bias_1d", "I made the bias velocities 1-D vectors of length n_l.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape[0])
    return v


@wrong("init_velocity_transposed_shapes", "I used the transposed shapes (n_{l-1}, n_l) and (1, n_l).")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros(value.T.shape) for key, value in parameters.items()}


@wrong("init_velocity_column_shape_for_all", "I gave every entry the shape (n_l, 1), also for W.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        n = parameters["W" + str(l)].shape[0]
        v["dW" + str(l)] = np.zeros((n, 1))
        v["db" + str(l)] = np.zeros((n, 1))
    return v


@wrong("init_velocity_zeroes_parameters_in_place",
       "I reused the parameter arrays and filled them with zeros, which wipes the parameters.")
def initialize_velocity(parameters):
    v = {}
    for key, value in parameters.items():
        value[...] = 0
        v["d" + key] = value
    return v


@wrong("init_velocity_returns_lists", "I converted the zero arrays to nested lists.")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros(value.shape).tolist() for key, value in parameters.items()}


@correct("init_velocity_comprehension_zeros_like",
         "a dict comprehension over the parameter keys with zeros_like in float64")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros_like(value, dtype=np.float64) for key, value in parameters.items()}


@correct("init_velocity_layer_loop_np_zeros", "loops over the layers 1..L with np.zeros(shape)")
def initialize_velocity(parameters):
    v = {}
    for l in range(len(parameters) // 2):
        W, b = parameters[f"W{l + 1}"], parameters[f"b{l + 1}"]
        v[f"dW{l + 1}"] = np.zeros((W.shape[0], W.shape[1]))
        v[f"db{l + 1}"] = np.zeros((b.shape[0], b.shape[1]))
    return v


# ---------------------------------------------------------------------------------------
# update_parameters_with_momentum
# ---------------------------------------------------------------------------------------


@wrong("momentum_swapped_beta", "I weighted the old velocity by (1 - beta) and the gradient by beta.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = (1 - beta) * v[g] + beta * grads[g]
            new_p[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_p, new_v


@wrong("momentum_no_one_minus_beta", "I used v = beta * v + dW without the (1 - beta).")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + grads[g]
            new_p[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_p, new_v


@wrong("momentum_step_with_gradient", "I updated the velocity but stepped the parameters with the raw gradient.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_p[p + str(l)] = parameters[p + str(l)] - learning_rate * grads[g]
    return new_p, new_v


@wrong("momentum_step_with_old_velocity", "I moved the parameters before updating the velocity, so they use the old one.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_p[p + str(l)] = parameters[p + str(l)] - learning_rate * v[g]
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
    return new_p, new_v


@wrong("momentum_plus_sign", "I added the velocity to the parameters instead of subtracting it.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_p[p + str(l)] = parameters[p + str(l)] + learning_rate * new_v[g]
    return new_p, new_v


@wrong("momentum_in_place_minus_equals", "I wrote parameters[key] -= ... and v[key] = ..., changing the inputs.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            v[g] = beta * v[g] + (1 - beta) * grads[g]
            parameters[p + str(l)] -= learning_rate * v[g]
    return parameters, v


@wrong("momentum_writes_into_callers_v", "I built new parameters but stored the new velocity in the v dict I was given.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_p = {}
    for key in parameters:
        g = "d" + key
        v[g] = beta * v[g] + (1 - beta) * grads[g]
        new_p[key] = parameters[key] - learning_rate * v[g]
    return new_p, v


@wrong("momentum_shallow_copy_mutates_arrays", "I copied the dicts with .copy() and then used -=, which still changes the arrays.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_p = parameters.copy()
    new_v = v.copy()
    for key in new_p:
        g = "d" + key
        new_v[g] *= beta
        new_v[g] += (1 - beta) * grads[g]
        new_p[key] -= learning_rate * new_v[g]
    return new_p, new_v


@wrong("momentum_learning_rate_inside_velocity", "I put the learning rate inside the velocity, so v comes back scaled by alpha.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_p, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * learning_rate * grads[g]
        new_p[key] = parameters[key] - new_v[g]
    return new_p, new_v


@wrong("momentum_nesterov_lookahead", "I mixed in the Nesterov look-ahead and stepped with beta * v + (1 - beta) * dW again.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_p, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * grads[g]
        new_p[key] = parameters[key] - learning_rate * (beta * new_v[g] + (1 - beta) * grads[g])
    return new_p, new_v


@wrong("momentum_bias_plain_gradient_descent", "For the biases I did a plain gradient step and did not update their velocity.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p, new_v = {}, {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_p["W" + str(l)] = parameters["W" + str(l)] - learning_rate * new_v["dW" + str(l)]
        new_v["db" + str(l)] = v["db" + str(l)].copy()
        new_p["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return new_p, new_v


@wrong("momentum_misses_last_layer", "My layer loop was range(1, L), so the last layer was copied without a step.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_p = {key: value.copy() for key, value in parameters.items()}
    new_v = {key: value.copy() for key, value in v.items()}
    for l in range(1, L):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_p[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_p, new_v


@correct("momentum_comprehension_over_grad_keys", "two dict comprehensions keyed by the gradient names")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_v = {g: beta * v[g] + (1 - beta) * grads[g] for g in grads}
    new_p = {key: parameters[key] - learning_rate * new_v["d" + key] for key in parameters}
    return new_p, new_v


@correct("momentum_expanded_algebra_layer_loop", "loops over the layer count and expands alpha * v into two terms")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_p, new_v = {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in (f"W{l}", f"b{l}"):
            old_v, g = v["d" + name], grads["d" + name]
            new_v["d" + name] = beta * old_v + (1 - beta) * g
            new_p[name] = (parameters[name] - learning_rate * beta * old_v
                           - learning_rate * (1 - beta) * g)
    return new_p, new_v


# ---------------------------------------------------------------------------------------
# initialize_rmsprop
# ---------------------------------------------------------------------------------------


@wrong("init_rmsprop_keys_without_d", "I kept the parameter names W1, b1 as keys of s.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        s[key] = np.zeros_like(parameters[key], dtype=np.float64)
    return s


@wrong("init_rmsprop_ng_style_keys", "I named the keys SdW1 and Sdb1 like in the lecture.")
def initialize_rmsprop(parameters):
    return {"Sd" + key: np.zeros(value.shape) for key, value in parameters.items()}


@wrong("init_rmsprop_only_weights", "I only created entries for the weights and forgot the biases.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    return {"dW" + str(l): np.zeros(parameters["W" + str(l)].shape) for l in range(1, L + 1)}


@wrong("init_rmsprop_misses_last_layer", "I looped over range(1, L) and lost the last layer.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


@wrong("init_rmsprop_scalar_zeros", "I stored a single 0.0 per key since it broadcasts anyway.")
def initialize_rmsprop(parameters):
    return {"d" + key: 0.0 for key in parameters}


@wrong("init_rmsprop_bias_row_vector", "I made the bias entries row vectors of shape (1, n_l).")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros((1, parameters["b" + str(l)].shape[0]))
    return s


@wrong("init_rmsprop_zeroes_parameters_in_place", "I multiplied the parameter arrays by 0 in place and used them as s.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        arr = parameters[key]
        arr *= 0
        s["d" + key] = arr
    return s


@correct("init_rmsprop_loop_np_zeros_shape", "an explicit loop over the keys with np.zeros(shape)")
def initialize_rmsprop(parameters):
    s = {}
    for key, value in parameters.items():
        s["d" + key] = np.zeros(np.shape(value), dtype=np.float64)
    return s


@correct("init_rmsprop_layer_loop_full", "a loop over layers with np.full(shape, 0.0)")
def initialize_rmsprop(parameters):
    s = {}
    for l in range(1, len(parameters) // 2 + 1):
        s["dW%d" % l] = np.full(parameters["W%d" % l].shape, 0.0)
        s["db%d" % l] = np.full(parameters["b%d" % l].shape, 0.0)
    return s


# ---------------------------------------------------------------------------------------
# update_parameters_with_rmsprop
# ---------------------------------------------------------------------------------------


@wrong("rmsprop_forgot_square_abs_patch", "I forgot to square dW in s and used abs() to get rid of the nan warnings.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(np.abs(new_s[g])) + epsilon)
    return new_p, new_s


@wrong("rmsprop_epsilon_inside_sqrt", "I added epsilon inside the square root.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_p[key] = parameters[key] - learning_rate * grads[g] / np.sqrt(new_s[g] + epsilon)
    return new_p, new_s


@wrong("rmsprop_swapped_beta2", "I put beta2 on the new squared gradient and (1 - beta2) on the old s.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = (1 - beta2) * s[g] + beta2 * grads[g] ** 2
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_p, new_s


@wrong("rmsprop_no_sqrt", "I divided by s + epsilon and forgot the square root.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * np.square(grads[g])
        new_p[key] = parameters[key] - learning_rate * grads[g] / (new_s[g] + epsilon)
    return new_p, new_s


@wrong("rmsprop_step_with_old_s", "I stepped the parameters with the old s and only then updated s.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(s[g]) + epsilon)
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
    return new_p, new_s


@wrong("rmsprop_square_outside_parentheses", "I wrote ((1 - beta2) * dW)**2, squaring the factor too.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + ((1 - beta2) * grads[g]) ** 2
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_p, new_s


@wrong("rmsprop_epsilon_precedence", "I forgot the parentheses, so epsilon is added to the step instead of the denominator.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_p[key] = parameters[key] - learning_rate * (grads[g] / np.sqrt(new_s[g]) + epsilon)
    return new_p, new_s


@wrong("rmsprop_in_place_update", "I updated s[key] and parameters[key] in place with *= and -=.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    for key in parameters:
        g = "d" + key
        s[g] *= beta2
        s[g] += (1 - beta2) * grads[g] ** 2
        parameters[key] -= learning_rate * grads[g] / (np.sqrt(s[g]) + epsilon)
    return parameters, s


@wrong("rmsprop_writes_into_callers_s", "I made new parameters but stored the new averages back into the s I was given.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p = {}
    for key in parameters:
        g = "d" + key
        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(s[g]) + epsilon)
    return new_p, s


@wrong("rmsprop_biases_plain_step", "I only did RMSprop on the weights; the biases got a plain gradient step and s unchanged.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        if key.startswith("W"):
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
        else:
            new_s[g] = s[g].copy()
            new_p[key] = parameters[key] - learning_rate * grads[g]
    return new_p, new_s


@wrong("rmsprop_sign_error", "I added the scaled gradient to the parameters instead of subtracting it.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_p[key] = parameters[key] + learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_p, new_s


@wrong("rmsprop_divides_by_root_of_gradient_square", "I divided by sqrt(dW**2) = |dW| instead of sqrt(s).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_p[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(grads[g] ** 2) + epsilon)
    return new_p, new_s


@correct("rmsprop_layer_loop_power_half", "loops over layers and uses s ** 0.5 for the root")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_p, new_s = {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in ("W" + str(l), "b" + str(l)):
            dname = "d" + name
            new_s[dname] = beta2 * s[dname] + (1.0 - beta2) * grads[dname] * grads[dname]
            new_p[name] = parameters[name] - learning_rate * grads[dname] / (new_s[dname] ** 0.5 + epsilon)
    return new_p, new_s


@correct("rmsprop_comprehensions_incremental", "dict comprehensions and s + (1 - beta2)(dW^2 - s)")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_s = {g: s[g] + (1 - beta2) * (np.square(grads[g]) - s[g]) for g in grads}
    new_p = {k: parameters[k] - learning_rate * (grads["d" + k] / (np.sqrt(new_s["d" + k]) + epsilon))
             for k in parameters}
    return new_p, new_s


# ---------------------------------------------------------------------------------------
# initialize_adam
# ---------------------------------------------------------------------------------------


@wrong("init_adam_s_is_v", "I wrote s = v, so both names point to the same dict.")
def initialize_adam(parameters):
    v = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    s = v
    return v, s


@wrong("init_adam_s_shares_v_arrays", "I built s as dict(v), so s and v share the same zero arrays.")
def initialize_adam(parameters):
    v = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    s = dict(v)
    return v, s


@wrong("init_adam_returns_list", "I returned [v, s] as a list instead of a tuple.")
def initialize_adam(parameters):
    v = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    s = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    return [v, s]


@wrong("init_adam_returns_dict_of_states", "I returned one dict {'v': v, 's': s}.")
def initialize_adam(parameters):
    v = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    s = {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
    return {"v": v, "s": s}


@wrong("init_adam_keys_without_d", "I used W1, b1 as keys for v and s.")
def initialize_adam(parameters):
    v, s = {}, {}
    for key, value in parameters.items():
        v[key] = np.zeros(value.shape)
        s[key] = np.zeros(value.shape)
    return v, s


@wrong("init_adam_only_weights", "I only made entries for the W's and forgot the b's.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
    return v, s


@wrong("init_adam_bias_1d", "I made the bias moments 1-D vectors.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for d in (v, s):
            d["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
            d["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape[0])
    return v, s


@wrong("init_adam_misses_last_layer", "My loop was range(1, L) so the last layer has no moments.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L):
        for d in (v, s):
            d["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
            d["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v, s


@correct("init_adam_two_comprehensions_zeros_like", "two independent dict comprehensions with zeros_like in float64")
def initialize_adam(parameters):
    v = {"d" + k: np.zeros_like(p, dtype=np.float64) for k, p in parameters.items()}
    s = {"d" + k: np.zeros_like(p, dtype=np.float64) for k, p in parameters.items()}
    return (v, s)


@correct("init_adam_layer_loop_copies", "a layer loop that stores a zero array in v and a separate copy in s")
def initialize_adam(parameters):
    v, s = {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for p in ("W", "b"):
            zero = np.zeros(parameters[p + str(l)].shape)
            v["d" + p + str(l)] = zero
            s["d" + p + str(l)] = zero.copy()
    return v, s


# ---------------------------------------------------------------------------------------
# update_parameters_with_adam
# ---------------------------------------------------------------------------------------


@wrong("adam_no_bias_correction_in_update", "I used the raw v and s in the step instead of the corrected ones.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * new_v[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_correction_t_plus_one", "I thought t counted from 0 and used beta**(t + 1) in the correction.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** (t + 1))
        sc[g] = new_s[g] / (1 - beta2 ** (t + 1))
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_correction_beta_not_beta_to_the_t", "I divided by 1 - beta instead of 1 - beta**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1)
        sc[g] = new_s[g] / (1 - beta2)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_correction_one_minus_beta_to_the_t", "I wrote (1 - beta)**t instead of 1 - beta**t; same at t = 1.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1) ** t
        sc[g] = new_s[g] / (1 - beta2) ** t
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_epsilon_inside_sqrt", "I put epsilon inside the square root of s_corrected.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / np.sqrt(sc[g] + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_corrections_swap_betas", "I mixed up the betas in the bias correction: v by 1 - beta2**t, s by 1 - beta1**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta2 ** t)
        sc[g] = new_s[g] / (1 - beta1 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_stores_corrected_moments", "I returned the corrected moments as the new v and s, so they get corrected again next step.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, vc, sc = {}, {}, {}
    for key in parameters:
        g = "d" + key
        raw_v = beta1 * v[g] + (1 - beta1) * grads[g]
        raw_s = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = raw_v / (1 - beta1 ** t)
        sc[g] = raw_s / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, {k: a.copy() for k, a in vc.items()}, {k: a.copy() for k, a in sc.items()}, vc, sc


@wrong("adam_swapped_beta1_in_v", "I weighted the old v by (1 - beta1) and the gradient by beta1.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = (1 - beta1) * v[g] + beta1 * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_correct_only_first_moment", "I bias-corrected v but used the raw s in the denominator and as s_corrected.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g].copy()
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_s_from_squared_velocity", "I averaged the square of the new v into s instead of the squared gradient.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * new_v[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_in_place_state_update", "I updated v, s and the parameters in place with *=, += and -=.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    vc, sc = {}, {}
    for key in parameters:
        g = "d" + key
        v[g] *= beta1
        v[g] += (1 - beta1) * grads[g]
        s[g] *= beta2
        s[g] += (1 - beta2) * grads[g] ** 2
        vc[g] = v[g] / (1 - beta1 ** t)
        sc[g] = s[g] / (1 - beta2 ** t)
        parameters[key] -= learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return parameters, v, s, vc, sc


@wrong("adam_plus_sign", "I added the step to the parameters instead of subtracting it.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] + learning_rate * vc[g] / (np.sqrt(sc[g]) + epsilon)
    return new_p, new_v, new_s, vc, sc


@wrong("adam_forgot_square_abs_patch", "I forgot to square the gradient in s and took abs() when sqrt gave nan.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, vc, sc = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
        vc[g] = new_v[g] / (1 - beta1 ** t)
        sc[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] = parameters[key] - learning_rate * vc[g] / (np.sqrt(np.abs(sc[g])) + epsilon)
    return new_p, new_v, new_s, vc, sc


@correct("adam_layer_loop_np_power", "loops over the layer count and uses np.power for beta**t")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    c1 = 1.0 - np.power(beta1, t)
    c2 = 1.0 - np.power(beta2, t)
    for l in range(1, len(parameters) // 2 + 1):
        for p in ("W", "b"):
            name, dname = f"{p}{l}", f"d{p}{l}"
            g = grads[dname]
            new_v[dname] = beta1 * v[dname] + (1.0 - beta1) * g
            new_s[dname] = beta2 * s[dname] + (1.0 - beta2) * (g * g)
            v_corr[dname] = new_v[dname] / c1
            s_corr[dname] = new_s[dname] / c2
            new_p[name] = parameters[name] - learning_rate * v_corr[dname] / (np.sqrt(s_corr[dname]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@correct("adam_comprehensions_over_grads", "builds each returned dict with its own comprehension")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    v_new = {g: beta1 * v[g] + (1 - beta1) * grads[g] for g in grads}
    s_new = {g: beta2 * s[g] + (1 - beta2) * np.square(grads[g]) for g in grads}
    v_hat = {g: v_new[g] / (1 - beta1 ** t) for g in grads}
    s_hat = {g: s_new[g] / (1 - beta2 ** t) for g in grads}
    p_new = {k: parameters[k] - learning_rate * (v_hat["d" + k] / (np.sqrt(s_hat["d" + k]) + epsilon))
             for k in parameters}
    return p_new, v_new, s_new, v_hat, s_hat


# ---------------------------------------------------------------------------------------
# inverse_time_decay
# ---------------------------------------------------------------------------------------


@wrong("inverse_time_precedence_bug", "I wrote learning_rate0 / 1 + decay_rate * epoch without parentheses.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / 1 + decay_rate * epoch


@wrong("inverse_time_multiplies", "I multiplied by (1 + decay_rate * epoch) instead of dividing.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1 + decay_rate * epoch)


@wrong("inverse_time_epoch_plus_one", "I counted epochs from 1, so the first epoch is already decayed.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate * (epoch + 1))


@wrong("inverse_time_epoch_minus_one", "I used epoch - 1 (clipped at 0), so the decay starts one epoch late.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate * max(epoch - 1, 0))


@wrong("inverse_time_power_of_epoch", "I divided by (1 + decay_rate)**epoch, which matches only at epochs 0 and 1.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate) ** epoch


@wrong("inverse_time_ignores_decay_rate", "I divided by 1 + epoch and forgot decay_rate.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + epoch)


@wrong("inverse_time_integer_division", "I used // for the division.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 // (1 + decay_rate * epoch)


@wrong("inverse_time_exponential_instead", "I used learning_rate0 * exp(-decay_rate * epoch).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * np.exp(-decay_rate * epoch)


@wrong("inverse_time_sqrt_denominator", "I took the square root of 1 + decay_rate * epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / np.sqrt(1 + decay_rate * epoch)


@wrong("inverse_time_linear_decay", "I thought it was linear: learning_rate0 * (1 - decay_rate * epoch).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1 - decay_rate * epoch)


@wrong("inverse_time_returns_array", "I wrapped the rate in np.array([...]) so it returns shape (1,).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return np.array([learning_rate0 / (1 + decay_rate * epoch)])


@wrong("inverse_time_rounded", "I rounded the rate to 4 decimals so it prints nicely.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return round(learning_rate0 / (1 + decay_rate * epoch), 4)


@correct("inverse_time_reciprocal_times", "multiplies by the reciprocal and casts to float")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    factor = 1.0 / (1.0 + decay_rate * epoch)
    return float(learning_rate0 * factor)


@correct("inverse_time_numpy_divide", "uses np.divide and returns a Python float")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return float(np.divide(learning_rate0, np.add(1.0, np.multiply(decay_rate, epoch))))


# ---------------------------------------------------------------------------------------
# exponential_decay
# ---------------------------------------------------------------------------------------


@wrong("exp_decay_staircase_round", "I used round() instead of floor for the staircase exponent.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = round(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_decay_staircase_ceil", "I used ceil for the staircase, so the rate drops right away.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = np.ceil(exponent)
    return float(learning_rate0 * decay_rate ** exponent)


@wrong("exp_decay_ignores_staircase", "I never used the staircase argument.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step / decay_steps)


@wrong("exp_decay_staircase_inverted", "I floored when staircase is False and not when it is True.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if not staircase:
        return learning_rate0 * decay_rate ** (step // decay_steps)
    return learning_rate0 * decay_rate ** (step / decay_steps)


@wrong("exp_decay_always_integer_division", "I used step // decay_steps in both cases.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step // decay_steps)


@wrong("exp_decay_exponent_times_decay_steps", "I multiplied step by decay_steps instead of dividing.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step * decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_decay_multiplies_instead_of_power", "I multiplied by decay_rate * (step / decay_steps) instead of raising to a power.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = np.floor(step / decay_steps) if staircase else step / decay_steps
    return float(learning_rate0 * decay_rate * exponent)


@wrong("exp_decay_one_minus_rate", "I read decay_rate as the fraction lost, so I used (1 - decay_rate).")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step // decay_steps if staircase else step / decay_steps
    return learning_rate0 * (1 - decay_rate) ** exponent


@wrong("exp_decay_natural_exp", "I used exp(-decay_rate * step / decay_steps).")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step // decay_steps if staircase else step / decay_steps
    return float(learning_rate0 * np.exp(-decay_rate * exponent))


@wrong("exp_decay_staircase_one_step_late", "I used (step - 1) // decay_steps, so each drop comes one step late.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = max(step - 1, 0) // decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_decay_power_precedence", "I wrote decay_rate ** step / decay_steps without parentheses.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        return learning_rate0 * decay_rate ** (step // decay_steps)
    return learning_rate0 * decay_rate ** step / decay_steps


@wrong("exp_decay_staircase_one_step_early", "I used (step + 1) // decay_steps, so each drop comes one step early.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = (step + 1) // decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@correct("exp_decay_log_exp_form", "computes the power as exp(exponent * log(decay_rate)) with np.floor")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = np.floor(exponent)
    return float(learning_rate0 * np.exp(exponent * np.log(decay_rate)))


@correct("exp_decay_divmod_power", "uses divmod for the staircase and np.power")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent, _ = divmod(step, decay_steps)
    else:
        exponent = step / decay_steps
    return float(learning_rate0 * np.power(float(decay_rate), exponent))


# ---------------------------------------------------------------------------------------
# scheduled_lr_decay
# ---------------------------------------------------------------------------------------


@wrong("scheduled_no_floor", "I forgot the floor and used epoch / time_interval directly.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch / time_interval)


@wrong("scheduled_round", "I used round(epoch / time_interval) instead of floor.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * round(epoch / time_interval))


@wrong("scheduled_ceil", "I used ceil, so the first decay happens right after epoch 0.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return float(learning_rate0 / (1 + decay_rate * np.ceil(epoch / time_interval)))


@wrong("scheduled_ignores_interval", "I decayed every epoch and never used time_interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch)


@wrong("scheduled_boundary_one_epoch_late", "I used (epoch - 1) // time_interval, so the drop at an exact multiple comes one epoch late.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (max(epoch - 1, 0) // time_interval))


@wrong("scheduled_boundary_one_epoch_early", "I used (epoch + 1) // time_interval, so each drop comes one epoch early.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * ((epoch + 1) // time_interval))


@wrong("scheduled_only_at_multiples", "I only applied the decay on epochs that are multiples of time_interval and returned learning_rate0 otherwise.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    if epoch % time_interval == 0:
        return learning_rate0 / (1 + decay_rate * (epoch // time_interval))
    return learning_rate0


@wrong("scheduled_compounding_power", "I divided by (1 + decay_rate) once per interval, compounding the decay.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate) ** (epoch // time_interval)


@wrong("scheduled_linear", "I subtracted decay_rate * floor(epoch / interval) as a fraction instead of dividing.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 * (1 - decay_rate * (epoch // time_interval))


@wrong("scheduled_interval_over_epoch", "I flipped the fraction and used time_interval // epoch (0 at epoch 0).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    periods = time_interval // epoch if epoch > 0 else 0
    return learning_rate0 / (1 + decay_rate * periods)


@wrong("scheduled_integer_division_rate", "I used // for the final division as well.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 // (1 + decay_rate * (epoch // time_interval))


@wrong("scheduled_returns_array", "I returned np.array([rate]) instead of a single float.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return np.array([learning_rate0 / (1 + decay_rate * np.floor(epoch / time_interval))])


@correct("scheduled_modulo_subtraction", "computes the number of intervals as (epoch - epoch % interval) / interval")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals = (epoch - epoch % time_interval) / time_interval
    return float(learning_rate0 / (1.0 + decay_rate * intervals))


@correct("scheduled_np_floor_divide", "uses np.floor_divide and returns a Python float")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    k = np.floor_divide(epoch, time_interval)
    return float(learning_rate0) / (1.0 + decay_rate * float(k))


# ---------------------------------------------------------------------------------------
# sample_log_uniform
# ---------------------------------------------------------------------------------------


@wrong("log_uniform_linear_scale", "I sampled the values uniformly between 10**low_exp and 10**high_exp.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(10.0 ** low_exp, 10.0 ** high_exp, n)


@wrong("log_uniform_ignores_seed", "I created the generator without passing the seed.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    return 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("log_uniform_natural_base", "I used np.exp(r), i.e. base e instead of base 10.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return np.exp(rng.uniform(low_exp, high_exp, n))


@wrong("log_uniform_coarse_exponent_grid", "I picked each exponent from a 5-point grid between low_exp and high_exp.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    grid = np.linspace(low_exp, high_exp, 5)
    return 10.0 ** rng.choice(grid, size=n)


@wrong("log_uniform_linspace_not_random", "I used an evenly spaced grid of exponents, so the seed does nothing.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    return 10.0 ** np.linspace(low_exp, high_exp, n)


@wrong("log_uniform_scaled_by_high", "I wrote low_exp + high_exp * rand instead of (high_exp - low_exp) * rand.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + high_exp * rng.random(n)
    return 10.0 ** r


@wrong("log_uniform_returns_list", "I built the values in a list comprehension and returned the list.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return [10 ** float(rng.uniform(low_exp, high_exp)) for _ in range(n)]


@wrong("log_uniform_column_shape", "I sampled with size (n, 1) like a column vector.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 10.0 ** rng.uniform(low_exp, high_exp, (n, 1))


@wrong("log_uniform_clipped_normal", "I drew the exponent from a normal around the middle and clipped it to the range.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.normal((low_exp + high_exp) / 2, (high_exp - low_exp) / 4, n)
    return 10.0 ** np.clip(r, low_exp, high_exp)


@wrong("log_uniform_float32", "I cast the result to float32 to save memory.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return (10.0 ** rng.uniform(low_exp, high_exp, n)).astype(np.float32)


@correct("log_uniform_randomstate_power", "uses a seeded RandomState and np.power(10.0, r)")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.RandomState(seed)
    r = low_exp + (high_exp - low_exp) * rng.rand(n)
    return np.power(10.0, r).astype(np.float64)


@correct("log_uniform_default_rng_random", "default_rng(seed).random(n) rescaled to the exponent range")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    u = np.random.default_rng(seed).random(n)
    values = 10.0 ** (low_exp + u * (high_exp - low_exp))
    return np.asarray(values, dtype=np.float64)


# ---------------------------------------------------------------------------------------
# sample_beta
# ---------------------------------------------------------------------------------------


@wrong("beta_forgot_one_minus", "I returned 10**r, which is 1 - beta, not beta.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("beta_negative_exponent", "I wrote 1 - 10**(-r), flipping the sign of the exponent.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - 10.0 ** (-r)


@wrong("beta_linear_scale", "I sampled beta uniformly between 1 - 10**high_exp and 1 - 10**low_exp.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(1 - 10.0 ** high_exp, 1 - 10.0 ** low_exp, n)


@wrong("beta_window_sampled_linearly", "I sampled the window 1/(1 - beta) uniformly between its bounds and set beta = 1 - 1/window.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    window = rng.uniform(10.0 ** (-high_exp), 10.0 ** (-low_exp), n)
    return 1 - 1 / window


@wrong("beta_ignores_seed", "I used the global np.random without seeding it.")
def sample_beta(low_exp, high_exp, n, seed=0):
    r = np.random.uniform(low_exp, high_exp, n)
    return 1 - 10.0 ** r


@wrong("beta_coarse_grid", "I picked r from a 5-point grid (like 0.9, 0.97, 0.99, ...) instead of sampling it continuously.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    exponents = np.linspace(low_exp, high_exp, 5)
    return 1 - 10.0 ** rng.choice(exponents, size=n)


@wrong("beta_natural_log_scale", "I used 1 - exp(r), base e instead of base 10.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 1 - np.exp(rng.uniform(low_exp, high_exp, n))


@wrong("beta_returns_list", "I returned a Python list of betas.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return list(1 - 10.0 ** rng.uniform(low_exp, high_exp, n))


@wrong("beta_column_shape", "I sampled r with size (n, 1).")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 1 - 10.0 ** rng.uniform(low_exp, high_exp, size=(n, 1))


@wrong("beta_exponent_range_shifted", "I wrote low_exp + rand * high_exp, so the exponent range is wrong.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + rng.random(n) * high_exp
    return 1 - 10.0 ** r


@correct("beta_randomstate_uniform", "a seeded RandomState.uniform and 1 - np.power(10, r)")
def sample_beta(low_exp, high_exp, n, seed=0):
    r = np.random.RandomState(seed).uniform(low_exp, high_exp, size=n)
    return (1.0 - np.power(10.0, r)).astype(np.float64)


@correct("beta_expm1_form", "default_rng(seed).random rescaled, then beta = -expm1(r * ln 10)")
def sample_beta(low_exp, high_exp, n, seed=0):
    u = np.random.default_rng(seed).random(n)
    r = low_exp + (high_exp - low_exp) * u
    return -np.expm1(r * np.log(10.0))

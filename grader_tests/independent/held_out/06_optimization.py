"""Held-out implementations of assignment 06, written from the student release only."""
# ruff: noqa: F811
import copy
import math

import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# ewma
# ----------------------------------------------------------------------------


@wrong("ewma_no_one_minus_beta",
       "I used v = beta * v + theta, the form without (1 - beta) that I had seen elsewhere.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_swapped_weights",
       "I put beta on the new value and (1 - beta) on the previous average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = (1 - beta) * v + beta * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_start_at_first_value",
       "I started the average at the first value (v_1 = theta_1) instead of from v_0 = 0.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = values[0]
    for t in range(1, values.shape[0] + 1):
        if t > 1:
            v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_corrected_fed_back",
       "With bias correction I stored the corrected value back into v, so the next step "
       "averages from the corrected value instead of the raw one.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        averages[t - 1] = v
    return averages


@wrong("ewma_bias_multiplied",
       "For the bias correction I multiplied by (1 - beta**t) instead of dividing by it.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v * (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_bias_t_off_by_one",
       "My loop counter already started at 1 but I still used t + 1 in beta**t, so every "
       "correction is one step late.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = []
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            averages.append(v / (1 - beta ** (t + 1)))
        else:
            averages.append(v)
    return np.array(averages)


@wrong("ewma_includes_v0",
       "I returned the list of averages including the starting v_0 = 0, so T + 1 values.")
def ewma(values, beta, bias_correction=False):
    averages = [0.0]
    for t, theta in enumerate(values, start=1):
        v = beta * averages[-1] + (1 - beta) * theta
        averages.append(v)
    averages = np.array(averages, dtype=np.float64)
    if bias_correction:
        t = np.arange(len(averages))
        averages[1:] = averages[1:] / (1 - beta ** t[1:])
    return averages


@wrong("ewma_zeros_like_input_dtype",
       "I made the output with np.zeros_like(values), so it takes the dtype of the input "
       "(float32 in, float32 out) instead of always being float64.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values)
    averages = np.zeros_like(values)
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_overwrites_values",
       "To save memory I wrote the averages into the input array itself and returned it, "
       "so the caller's values are replaced.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        values[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return values


@wrong("ewma_bias_uses_last_t",
       "I divided every average by 1 - beta**T with T the length of the series, instead of "
       "using each value's own t.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    T = values.shape[0]
    averages = np.zeros(T)
    v = 0.0
    for t in range(T):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    if bias_correction:
        averages = averages / (1 - beta ** T)
    return averages


@correct("ewma_block_weight_matrix",
         "Uses the unrolled formula: blocks of a lower-triangular weight matrix "
         "(1 - beta) * beta**(t - k) times the values, plus beta**k times the carried "
         "average, then divides by 1 - beta**t.")
def ewma(values, beta, bias_correction=False):
    theta = np.array(values, dtype=np.float64).reshape(-1)
    T = theta.shape[0]
    averages = np.empty(T, dtype=np.float64)
    carried = 0.0
    block = 128
    for start in range(0, T, block):
        chunk = theta[start:start + block]
        idx = np.arange(chunk.shape[0])
        lag = idx[:, None] - idx[None, :]
        weights = np.where(lag >= 0,
                           (1.0 - beta) * np.power(float(beta), np.maximum(lag, 0)), 0.0)
        averages[start:start + chunk.shape[0]] = (weights @ chunk
                                                  + np.power(float(beta), idx + 1) * carried)
        carried = averages[start + chunk.shape[0] - 1]
    if bias_correction:
        averages = averages / (1.0 - np.power(float(beta), np.arange(1, T + 1)))
    return averages


@correct("ewma_python_list_loop",
         "Plain Python loop over floats with a list, converted to a float64 array at the end; "
         "bias correction done in a second pass with enumerate(start=1).")
def ewma(values, beta, bias_correction=False):
    raw = []
    v = 0.0
    for theta in list(values):
        v = beta * v + (1.0 - beta) * float(theta)
        raw.append(v)
    if bias_correction:
        raw = [value / (1.0 - beta ** t) for t, value in enumerate(raw, start=1)]
    return np.array(raw, dtype=np.float64).reshape(-1)


# ----------------------------------------------------------------------------
# initialize_velocity
# ----------------------------------------------------------------------------


@wrong("ivel_parameter_keys",
       "I used the parameters' names W1, b1 as keys of v instead of the gradients' names "
       "dW1, db1.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["W" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["b" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("ivel_misses_last_layer",
       "My loop was range(1, L), so the last layer gets no velocity.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("ivel_keys_shifted",
       "I looped l over range(L) and used l for the key but l + 1 for the parameter, so the "
       "keys are dW0, db0, ... one below the layer numbers.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v


@wrong("ivel_w_like_b_shape",
       "I copied the bias line for the weights, so dW gets shape (n_l, 1) like b.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros((parameters["W" + str(l)].shape[0], 1))
        v["db" + str(l)] = np.zeros((parameters["b" + str(l)].shape[0], 1))
    return v


@wrong("ivel_transposed_w",
       "I wrote the weight shape as (n_(l-1), n_l), the transpose of W's shape.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        n_l, n_prev = parameters["W" + str(l)].shape
        v["dW" + str(l)] = np.zeros((n_prev, n_l))
        v["db" + str(l)] = np.zeros((n_l, 1))
    return v


@wrong("ivel_zeroes_parameters",
       "I set v['dW'] = parameters['W'] and then filled it with zeros, which zeroes the "
       "parameters themselves (same array).")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = parameters["W" + str(l)]
        v["dW" + str(l)][:] = 0
        v["db" + str(l)] = parameters["b" + str(l)]
        v["db" + str(l)][:] = 0
    return v


@wrong("ivel_weights_only",
       "I only created the velocity for the weights; I forgot the biases.")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros(value.shape) for key, value in parameters.items()
            if key.startswith("W")}


@wrong("ivel_int_zeros",
       "I wrote np.zeros(shape, dtype=int), so the velocity arrays are integers, not floats.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape, dtype=int)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape, dtype=int)
    return v


@wrong("ivel_adds_to_parameters",
       "I wrote v = parameters and added the d-keys to it, so the returned dict also holds "
       "W1, b1, ... and the input dict gets the new keys.")
def initialize_velocity(parameters):
    v = parameters
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@correct("ivel_comprehension_zeros_like",
         "A dict comprehension over the parameters' items with np.zeros_like, prefixing "
         "each key with 'd'.")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros_like(value) for key, value in parameters.items()}


@correct("ivel_layer_loop_fstrings",
         "Loops over the layers with f-strings and builds zeros from each shape tuple.")
def initialize_velocity(parameters):
    v = {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in ("W", "b"):
            v[f"d{name}{l}"] = np.zeros(np.shape(parameters[f"{name}{l}"]))
    return v


# ----------------------------------------------------------------------------
# update_parameters_with_momentum
# ----------------------------------------------------------------------------


@wrong("mom_no_one_minus_beta",
       "I used v = beta * v + dW without the (1 - beta), like the form I had seen in a "
       "library.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("mom_old_velocity",
       "I moved the parameters with the old velocity and only then updated v.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v[g]
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
    return new_parameters, new_v


@wrong("mom_swapped_beta",
       "I weighted the new gradient by beta and the old velocity by (1 - beta).")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = (1 - beta) * v[g] + beta * grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("mom_gradient_step",
       "I updated the velocity but then still stepped with the raw gradient dW.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * grads[g]
    return new_parameters, new_v


@wrong("mom_plus_sign",
       "I added the velocity step to the parameters instead of subtracting it.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] + learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("mom_shallow_copy_inplace",
       "I copied the dicts with .copy() and then used -= and *=, which still changes the "
       "arrays inside the caller's parameters and v.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = parameters.copy()
    new_v = v.copy()
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] *= beta
            new_v[g] += (1 - beta) * grads[g]
            new_parameters[p + str(l)] -= learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("mom_mutates_v_dict",
       "I wrote the new velocity back into the v dict I was given (v[key] = ...) and "
       "returned it, so the caller's v dict now holds the new velocity.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v[g]
    return new_parameters, v


@wrong("mom_skips_last_layer",
       "My layer loop was range(1, L), so the last layer is copied without being updated.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters = dict(parameters)
    new_v = dict(v)
    for l in range(1, L):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta * v[g] + (1 - beta) * grads[g]
            new_parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("mom_weights_only",
       "I only applied momentum to the weights W; the biases keep their old values and "
       "velocity.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters = dict(parameters)
    new_v = dict(v)
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_parameters["W" + str(l)] = (parameters["W" + str(l)]
                                        - learning_rate * new_v["dW" + str(l)])
    return new_parameters, new_v


@correct("mom_key_comprehension",
         "Dict comprehensions over the parameter keys: first the whole new velocity, then "
         "the whole new parameters.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_v = {"d" + key: beta * v["d" + key] + (1 - beta) * grads["d" + key]
             for key in parameters}
    new_parameters = {key: value - learning_rate * new_v["d" + key]
                      for key, value in parameters.items()}
    return new_parameters, new_v


@correct("mom_interpolation_form",
         "Writes the average as v + (1 - beta) * (dW - v) (the same thing), with np.add "
         "and np.subtract building fresh arrays.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in ("W", "b"):
            key, gkey = f"{name}{l}", f"d{name}{l}"
            velocity = np.add(v[gkey], (1.0 - beta) * np.subtract(grads[gkey], v[gkey]))
            new_v[gkey] = velocity
            new_parameters[key] = np.subtract(parameters[key], learning_rate * velocity)
    return new_parameters, new_v


# ----------------------------------------------------------------------------
# initialize_rmsprop
# ----------------------------------------------------------------------------


@wrong("irms_parameter_keys",
       "I kept the parameters' names (W1, b1) as the keys of s instead of dW1, db1.")
def initialize_rmsprop(parameters):
    return {key: np.zeros(value.shape) for key, value in parameters.items()}


@wrong("irms_epsilon_start",
       "To avoid dividing by zero later I started s at 1e-8 instead of at zero.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.full(parameters["W" + str(l)].shape, 1e-8)
        s["db" + str(l)] = np.full(parameters["b" + str(l)].shape, 1e-8)
    return s


@wrong("irms_misses_last_layer",
       "range(1, L) in my loop, so the last layer has no entry in s.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


@wrong("irms_bias_1d",
       "For the biases I wrote np.zeros(n_l), a 1-D array, instead of shape (n_l, 1).")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape[0])
    return s


@wrong("irms_transposed_w",
       "I wrote the weight shape as (columns, rows) of W, i.e. transposed.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        W = parameters["W" + str(l)]
        s["dW" + str(l)] = np.zeros((W.shape[1], W.shape[0]))
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


@wrong("irms_zeroes_parameters_inplace",
       "I took s['dW'] = parameters['W'] and multiplied by 0 with *=, which zeroes the "
       "network's parameters too.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        s["d" + key] = parameters[key]
        s["d" + key] *= 0
    return s


@wrong("irms_returns_pair",
       "I copied my Adam initialization and returned a pair (v, s) instead of just s.")
def initialize_rmsprop(parameters):
    v, s = {}, {}
    for key, value in parameters.items():
        v["d" + key] = np.zeros(value.shape)
        s["d" + key] = np.zeros(value.shape)
    return v, s


@wrong("irms_int_dtype",
       "I used np.zeros(shape, dtype=int) so s holds integers instead of floats.")
def initialize_rmsprop(parameters):
    return {"d" + key: np.zeros(value.shape, dtype=int) for key, value in parameters.items()}


@correct("irms_layer_loop",
         "Layer loop over l = 1..L with str keys and np.zeros of each shape.")
def initialize_rmsprop(parameters):
    s = {}
    L = len(parameters) // 2
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


@correct("irms_full_comprehension",
         "A comprehension with np.full(shape, 0.0) and f-string keys.")
def initialize_rmsprop(parameters):
    return {f"d{key}": np.full(np.shape(value), 0.0) for key, value in parameters.items()}


# ----------------------------------------------------------------------------
# update_parameters_with_rmsprop
# ----------------------------------------------------------------------------


@wrong("rms_eps_inside_sqrt",
       "I added epsilon inside the square root: sqrt(s + epsilon).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g] / np.sqrt(new_s[g]
                                                                               + epsilon))
    return new_parameters, new_s


@wrong("rms_no_sqrt",
       "I divided by s + epsilon and forgot to take the square root of s.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g] / (new_s[g] + epsilon))
    return new_parameters, new_s


@wrong("rms_old_s",
       "I took the step with the previous s and updated s afterwards.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g] / (np.sqrt(s[g])
                                                                        + epsilon))
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
    return new_parameters, new_s


@wrong("rms_gradient_not_squared",
       "I averaged the gradient itself into s and took abs before the root, forgetting "
       "that s is the average of the squared gradient.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g]
                                          / (np.sqrt(np.abs(new_s[g])) + epsilon))
    return new_parameters, new_s


@wrong("rms_swapped_beta2",
       "I put beta2 on the new squared gradient and (1 - beta2) on the old average.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = (1 - beta2) * s[g] + beta2 * grads[g] ** 2
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g] / (np.sqrt(new_s[g])
                                                                        + epsilon))
    return new_parameters, new_s


@wrong("rms_epsilon_precedence",
       "I forgot the brackets around the denominator: lr * dW / sqrt(s) + epsilon, so "
       "epsilon is added to the step instead of to the root.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - (learning_rate * grads[g] / np.sqrt(new_s[g])
                                             + epsilon))
    return new_parameters, new_s


@wrong("rms_hardcoded_epsilon",
       "I wrote 1e-8 directly in the formula instead of using the epsilon argument.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_parameters[p + str(l)] = (parameters[p + str(l)]
                                          - learning_rate * grads[g] / (np.sqrt(new_s[g])
                                                                        + 1e-8))
    return new_parameters, new_s


@wrong("rms_inplace_parameters",
       "I updated the parameters with parameters[key] -= ... and returned the same dict, "
       "so the input parameters are changed.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_s = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            parameters[p + str(l)] -= learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return parameters, new_s


@wrong("rms_mutates_s_dict",
       "I stored the new average in the s dict that was passed in and returned that dict.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters = {}
    for key in parameters:
        g = "d" + key
        s[g] = beta2 * s[g] + (1 - beta2) * np.square(grads[g])
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(s[g])
                                                                             + epsilon)
    return new_parameters, s


@correct("rms_comprehension",
         "Two dict comprehensions over the parameter keys, np.square and np.sqrt.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_s = {"d" + key: beta2 * s["d" + key] + (1 - beta2) * np.square(grads["d" + key])
             for key in parameters}
    new_parameters = {key: value - learning_rate * grads["d" + key]
                      / (np.sqrt(new_s["d" + key]) + epsilon)
                      for key, value in parameters.items()}
    return new_parameters, new_s


@correct("rms_interpolation_and_divide",
         "Writes the average as s + (1 - beta2) * (dW*dW - s) and the step with np.divide "
         "on a separately computed denominator.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in ("W", "b"):
            key, gkey = f"{name}{l}", f"d{name}{l}"
            grad = grads[gkey]
            average = s[gkey] + (1.0 - beta2) * (grad * grad - s[gkey])
            denominator = np.sqrt(average) + epsilon
            new_s[gkey] = average
            new_parameters[key] = parameters[key] - learning_rate * np.divide(grad,
                                                                              denominator)
    return new_parameters, new_s


# ----------------------------------------------------------------------------
# initialize_adam
# ----------------------------------------------------------------------------


@wrong("iadam_parameter_keys",
       "I used the keys W1, b1 (the parameters' names) in v and s instead of dW1, db1.")
def initialize_adam(parameters):
    v, s = {}, {}
    for key, value in parameters.items():
        v[key] = np.zeros(value.shape)
        s[key] = np.zeros(value.shape)
    return v, s


@wrong("iadam_misses_last_layer",
       "range(1, L) in my layer loop, so the last layer is missing from v and s.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v, s


@wrong("iadam_returns_dict",
       "I returned one dict {'v': v, 's': s} instead of the tuple (v, s).")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return {"v": v, "s": s}


@wrong("iadam_bias_1d",
       "For the biases I wrote np.zeros(n_l), which is 1-D, instead of (n_l, 1).")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        n_l = parameters["W" + str(l)].shape[0]
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(n_l)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(n_l)
    return v, s


@wrong("iadam_s_epsilon",
       "I started s at epsilon (1e-8) so that its square root is never zero.")
def initialize_adam(parameters):
    v, s = {}, {}
    for key, value in parameters.items():
        v["d" + key] = np.zeros(value.shape)
        s["d" + key] = np.full(value.shape, 1e-8)
    return v, s


@wrong("iadam_weights_only",
       "I only created moments for the weight matrices and forgot the biases.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
    return v, s


@wrong("iadam_transposed_w",
       "I wrote the weight shape as (n_(l-1), n_l), the transpose of W.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        n_l, n_prev = parameters["W" + str(l)].shape
        v["dW" + str(l)] = np.zeros((n_prev, n_l))
        v["db" + str(l)] = np.zeros((n_l, 1))
        s["dW" + str(l)] = np.zeros((n_prev, n_l))
        s["db" + str(l)] = np.zeros((n_l, 1))
    return v, s


@wrong("iadam_fill_aliases_parameters",
       "I built v and s from the parameter arrays and called .fill(0) on them, which "
       "zeroes the parameters and makes v, s and the parameters the same arrays.")
def initialize_adam(parameters):
    v = {"d" + key: value for key, value in parameters.items()}
    s = {"d" + key: value for key, value in parameters.items()}
    for array in v.values():
        array.fill(0)
    return v, s


@correct("iadam_reuse_velocity_style",
         "Builds v by a comprehension with np.zeros_like and gets s as a deep copy of v "
         "(separate arrays).")
def initialize_adam(parameters):
    v = {f"d{key}": np.zeros_like(value) for key, value in parameters.items()}
    s = copy.deepcopy(v)
    return v, s


@correct("iadam_layer_loop_two_dicts",
         "Classic layer loop l = 1..L filling both dicts with separate np.zeros arrays.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for name in ("W", "b"):
            shape = parameters[name + str(l)].shape
            v["d" + name + str(l)] = np.zeros(shape)
            s["d" + name + str(l)] = np.zeros(shape)
    return (v, s)


# ----------------------------------------------------------------------------
# update_parameters_with_adam
# ----------------------------------------------------------------------------


@wrong("adam_step_uses_raw_moments",
       "I computed the corrected moments but used the raw v and s in the parameter step.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * new_v[g] / (np.sqrt(new_s[g]) + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_t_plus_one",
       "I used beta**(t + 1) in the bias correction, thinking t counted from 0.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** (t + 1))
            s_corr[g] = new_s[g] / (1 - beta2 ** (t + 1))
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_eps_inside_sqrt",
       "I added epsilon inside the square root of s_corrected.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / np.sqrt(s_corr[g] + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_beta1_for_s_correction",
       "Copy-paste slip: I corrected s with 1 - beta1**t instead of 1 - beta2**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta1 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_returns_corrected_as_state",
       "I overwrote v and s with their corrected values, so the corrected moments are what "
       "gets carried to the next step.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s = {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_v[g] = new_v[g] / (1 - beta1 ** t)
            new_s[g] = new_s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * new_v[g] / (np.sqrt(new_s[g]) + epsilon))
    return new_p, new_v, new_s, new_v, new_s


@wrong("adam_no_sqrt",
       "I divided by s_corrected + epsilon and forgot the square root.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (s_corr[g] + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_power_parentheses",
       "I put the brackets in the wrong place and wrote (1 - beta)**t for the correction "
       "instead of 1 - beta**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1) ** t
            s_corr[g] = new_s[g] / (1 - beta2) ** t
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_s_from_v_squared",
       "For the second moment I squared the new first moment v instead of the gradient.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * new_v[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon))
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_mutates_v_s_dicts",
       "I wrote the new moments into the v and s dicts I was given (v[key] = ...) and "
       "returned them, so the caller's dicts change.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, v_corr, s_corr = {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = "d" + p + str(l)
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = v[g] / (1 - beta1 ** t)
            s_corr[g] = s[g] / (1 - beta2 ** t)
            new_p[p + str(l)] = (parameters[p + str(l)]
                                 - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon))
    return new_p, v, s, v_corr, s_corr


@wrong("adam_shallow_copy_inplace",
       "I made new_parameters = parameters.copy() and then used -=, which still changes "
       "the caller's arrays because the copy is shallow.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p = parameters.copy()
    new_v, new_s, v_corr, s_corr = {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        v_corr[g] = new_v[g] / (1 - beta1 ** t)
        s_corr[g] = new_s[g] / (1 - beta2 ** t)
        new_p[key] -= learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@correct("adam_comprehensions",
         "Computes the two correction factors once, then builds each returned dict with a "
         "comprehension over the parameter keys.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    correction1 = 1.0 - beta1 ** t
    correction2 = 1.0 - beta2 ** t
    keys = ["d" + key for key in parameters]
    new_v = {g: beta1 * v[g] + (1 - beta1) * grads[g] for g in keys}
    new_s = {g: beta2 * s[g] + (1 - beta2) * np.square(grads[g]) for g in keys}
    v_corrected = {g: new_v[g] / correction1 for g in keys}
    s_corrected = {g: new_s[g] / correction2 for g in keys}
    new_parameters = {key: parameters[key] - learning_rate * v_corrected["d" + key]
                      / (np.sqrt(s_corrected["d" + key]) + epsilon) for key in parameters}
    return new_parameters, new_v, new_s, v_corrected, s_corrected


@correct("adam_layer_loop_interpolation",
         "Layer loop with f-strings, moments written as m + (1 - beta) * (x - m), and "
         "math.pow for the bias corrections.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in ("W", "b"):
            key, g = f"{name}{l}", f"d{name}{l}"
            grad = grads[g]
            first = v[g] + (1.0 - beta1) * (grad - v[g])
            second = s[g] + (1.0 - beta2) * (grad * grad - s[g])
            first_hat = first / (1.0 - math.pow(beta1, t))
            second_hat = second / (1.0 - math.pow(beta2, t))
            new_v[g], new_s[g] = first, second
            v_corrected[g], s_corrected[g] = first_hat, second_hat
            new_parameters[key] = parameters[key] - learning_rate * (
                first_hat / (np.sqrt(second_hat) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


# ----------------------------------------------------------------------------
# inverse_time_decay
# ----------------------------------------------------------------------------


@wrong("itd_multiplies",
       "I multiplied the initial rate by (1 + decay_rate * epoch) instead of dividing.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1 + decay_rate * epoch)


@wrong("itd_missing_brackets",
       "I forgot the brackets: learning_rate0 / 1 + decay_rate * epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 / 1 + decay_rate * epoch
    return learning_rate


@wrong("itd_epoch_from_one",
       "I counted epochs from 1, so I used epoch + 1 and the first epoch is already decayed.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate * (epoch + 1))


@wrong("itd_power_of_epoch",
       "I divided by (1 + decay_rate) ** epoch, mixing it up with the exponential schedule.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate) ** epoch


@wrong("itd_sqrt_denominator",
       "I took the square root of the denominator, confusing it with the 1/sqrt schedule.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / math.sqrt(1 + decay_rate * epoch)


@wrong("itd_floor_division",
       "I typed // instead of /, so the result is floored (0.0 for any rate below the "
       "denominator).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 // (1 + decay_rate * epoch)


@wrong("itd_minus_sign",
       "I wrote 1 - decay_rate * epoch in the denominator.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 - decay_rate * epoch)


@wrong("itd_brackets_times_epoch",
       "I put the brackets around (1 + decay_rate) and multiplied by epoch afterwards.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate) * epoch


@correct("itd_multiply_by_reciprocal",
         "Computes the factor 1 / (1 + rate * epoch) first and multiplies; returns a "
         "Python float.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    factor = 1.0 / (1.0 + decay_rate * epoch)
    return float(learning_rate0 * factor)


@correct("itd_numpy_divide",
         "Uses np.divide and converts the NumPy scalar to a float with .item().")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return np.divide(np.float64(learning_rate0), np.float64(decay_rate) * epoch + 1.0).item()


# ----------------------------------------------------------------------------
# exponential_decay
# ----------------------------------------------------------------------------


@wrong("exp_always_staircase",
       "I used step // decay_steps in every case, so the rate always drops in stairs.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step // decay_steps)


@wrong("exp_ignores_staircase",
       "I forgot to handle the staircase flag: the exponent is always step / decay_steps.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step / decay_steps)


@wrong("exp_precedence",
       "I wrote decay_rate ** step / decay_steps without brackets, so the power is taken "
       "first and then divided.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        return learning_rate0 * decay_rate ** (step // decay_steps)
    return learning_rate0 * decay_rate ** step / decay_steps


@wrong("exp_round_staircase",
       "For the staircase I rounded step / decay_steps instead of flooring it.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = round(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_ceil_staircase",
       "I used math.ceil for the staircase, so the rate drops at the start of each interval.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = math.ceil(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_natural_exponential",
       "I read 'exponential decay' as e^(-rate * step / decay_steps).")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = math.floor(exponent)
    return learning_rate0 * math.exp(-decay_rate * exponent)


@wrong("exp_staircase_swapped",
       "I got the if/else the wrong way round: staircase=True gives the smooth curve and "
       "False the stairs.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = step / decay_steps
    else:
        exponent = step // decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_step_plus_one",
       "I counted steps from 1 and used (step + 1) / decay_steps, so step 0 is already "
       "decayed.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = (step + 1) / decay_steps
    if staircase:
        exponent = (step + 1) // decay_steps
    return learning_rate0 * decay_rate ** exponent


@correct("exp_log_space",
         "Works in log space: lr0 * exp(exponent * log(rate)), with divmod for the "
         "staircase exponent; returns a float.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent, _ = divmod(step, decay_steps)
    else:
        exponent = step / decay_steps
    return float(learning_rate0 * math.exp(exponent * math.log(decay_rate)))


@correct("exp_numpy_power_floor",
         "np.floor on the true quotient for the staircase and np.power for the factor, "
         "converted to a Python float.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = np.float64(step) / np.float64(decay_steps)
    if staircase:
        exponent = np.floor(exponent)
    return float(learning_rate0 * np.power(np.float64(decay_rate), exponent))


# ----------------------------------------------------------------------------
# scheduled_lr_decay
# ----------------------------------------------------------------------------


@wrong("sched_no_floor",
       "I used epoch / time_interval without the floor, so the rate decays smoothly.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch / time_interval)


@wrong("sched_round",
       "I rounded epoch / time_interval instead of flooring it.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * round(epoch / time_interval))


@wrong("sched_ceil",
       "I used math.ceil(epoch / time_interval), so the first decay happens at epoch 1.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * math.ceil(epoch / time_interval))


@wrong("sched_epoch_plus_one",
       "I counted epochs from 1 and used (epoch + 1) // time_interval, so each drop "
       "comes one epoch early.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * ((epoch + 1) // time_interval))


@wrong("sched_floor_of_product",
       "I floored decay_rate * epoch / time_interval as a whole instead of only "
       "epoch / time_interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + math.floor(decay_rate * epoch / time_interval))


@wrong("sched_modulo",
       "I typed epoch % time_interval instead of epoch // time_interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch % time_interval))


@wrong("sched_exponential_staircase",
       "I mixed it up with the staircase exponential: lr0 * decay_rate ** floor(epoch / "
       "time_interval).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 * decay_rate ** (epoch // time_interval)


@wrong("sched_missing_brackets",
       "I forgot the brackets around the denominator: lr0 / 1 + decay_rate * floor(...).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / 1 + decay_rate * math.floor(epoch / time_interval)


@correct("sched_divmod",
         "Counts the completed intervals with divmod and returns a Python float.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    completed, _ = divmod(int(epoch), int(time_interval))
    return float(learning_rate0) / (1.0 + decay_rate * completed)


@correct("sched_numpy_floor",
         "np.floor of the true quotient and np.float64 arithmetic, converted to float.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals = np.floor(np.float64(epoch) / np.float64(time_interval))
    return float(np.float64(learning_rate0) / (1.0 + np.float64(decay_rate) * intervals))


# ----------------------------------------------------------------------------
# sample_log_uniform
# ----------------------------------------------------------------------------


@wrong("slu_uniform_values",
       "I sampled the values uniformly between 10**low_exp and 10**high_exp instead of "
       "sampling the exponent uniformly.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(10 ** low_exp, 10 ** high_exp, n)


@wrong("slu_returns_exponent",
       "I returned the uniform exponents r themselves and forgot to compute 10**r.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return r


@wrong("slu_natural_exp",
       "I used np.exp(r) instead of 10**r.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return np.exp(r)


@wrong("slu_no_seed",
       "I created the generator with np.random.default_rng() and never passed the seed, so "
       "the values change every call.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    r = rng.uniform(low_exp, high_exp, n)
    return 10 ** r


@wrong("slu_global_seed",
       "I seeded NumPy's global generator with np.random.seed(seed) and drew from "
       "np.random, which resets everyone else's random stream.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    r = np.random.uniform(low_exp, high_exp, n)
    return 10 ** r


@wrong("slu_reseed_in_loop",
       "I drew one value at a time in a loop and created the generator from the seed inside "
       "the loop, so every value is the same.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    values = np.zeros(n)
    for i in range(n):
        rng = np.random.default_rng(seed)
        values[i] = 10 ** rng.uniform(low_exp, high_exp)
    return values


@wrong("slu_forgot_range_width",
       "I scaled the uniform number by high_exp instead of (high_exp - low_exp): "
       "r = low_exp + high_exp * u.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + high_exp * rng.random(n)
    return 10 ** r


@wrong("slu_integer_exponents",
       "I drew the exponent with rng.integers, so only whole powers of ten come out.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.integers(low_exp, high_exp, size=n, endpoint=True)
    return 10.0 ** r


@wrong("slu_float32",
       "I asked the generator for float32 numbers (rng.random(n, dtype=np.float32)), so "
       "the result is float32, not float64.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    u = rng.random(n, dtype=np.float32)
    r = low_exp + (high_exp - low_exp) * u
    return np.power(np.float32(10), r.astype(np.float32))


@wrong("slu_column_shape",
       "I drew size=(n, 1), like a column vector, instead of a 1-D array of n values.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, size=(n, 1))
    return 10 ** r


@correct("slu_scaled_random",
         "Draws u = rng.random(n) and maps it to the exponent by hand, then np.power(10.0, r).")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    r = low_exp + (high_exp - low_exp) * u
    return np.power(10.0, r).astype(np.float64)


@correct("slu_exp_ln10",
         "Uses rng.uniform for the exponent and exp(r * ln 10) instead of 10**r, clipped to "
         "the documented range against rounding.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    generator = np.random.default_rng(seed)
    exponents = generator.uniform(low=low_exp, high=high_exp, size=n)
    values = np.exp(exponents * np.log(10.0))
    return np.clip(values, 10.0 ** low_exp, 10.0 ** high_exp).astype(np.float64)


# ----------------------------------------------------------------------------
# sample_beta
# ----------------------------------------------------------------------------


@wrong("sbeta_forgot_one_minus",
       "I returned 10**r, which is 1 - beta, and forgot the '1 -'.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 10 ** r


@wrong("sbeta_uniform_beta",
       "I sampled beta uniformly between 1 - 10**high_exp and 1 - 10**low_exp.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(1 - 10 ** high_exp, 1 - 10 ** low_exp, n)


@wrong("sbeta_negative_exponent",
       "I wrote 1 - 10**(-r), thinking r was the positive number of nines.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - 10 ** (-r)


@wrong("sbeta_log_scale_beta",
       "I sampled beta itself on a log scale (log10 of beta uniform) instead of 1 - beta.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    low = np.log10(1 - 10 ** high_exp)
    high = np.log10(1 - 10 ** low_exp)
    return 10 ** rng.uniform(low, high, n)


@wrong("sbeta_no_seed",
       "I forgot to pass the seed to default_rng(), so the betas differ on every call.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - 10 ** r


@wrong("sbeta_global_seed",
       "I used np.random.seed(seed) and the global np.random functions instead of my own "
       "generator.")
def sample_beta(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    r = np.random.uniform(low_exp, high_exp, size=n)
    return 1 - 10 ** r


@wrong("sbeta_natural_exp",
       "I used 1 - np.exp(r) instead of 1 - 10**r.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - np.exp(r)


@wrong("sbeta_reseed_in_loop",
       "I created the generator from the seed inside my loop, so all n betas are equal.")
def sample_beta(low_exp, high_exp, n, seed=0):
    betas = []
    for _ in range(n):
        rng = np.random.default_rng(seed)
        r = rng.uniform(low_exp, high_exp)
        betas.append(1 - 10 ** r)
    return np.array(betas)


@wrong("sbeta_one_draw_shared",
       "I drew a single exponent r and broadcast it to n values, so every beta is the same.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp)
    return np.full(n, 1 - 10 ** r)


@wrong("sbeta_float32",
       "I generated float32 random numbers, so the betas come back as float32.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = (low_exp + (high_exp - low_exp) * rng.random(n, dtype=np.float32)).astype(np.float32)
    return np.float32(1) - np.power(np.float32(10), r)


@correct("sbeta_expm1",
         "Computes 1 - 10**r as -expm1(r * ln 10) and draws r from rng.random scaled by hand.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + (high_exp - low_exp) * rng.random(n)
    betas = -np.expm1(r * np.log(10.0))
    return np.clip(betas, 1.0 - 10.0 ** high_exp, 1.0 - 10.0 ** low_exp).astype(np.float64)


@correct("sbeta_via_one_minus_beta",
         "Samples one_minus_beta = 10**r first with rng.uniform, then returns 1 - it as a "
         "float64 array.")
def sample_beta(low_exp, high_exp, n, seed=0):
    generator = np.random.default_rng(seed)
    one_minus_beta = np.power(10.0, generator.uniform(low_exp, high_exp, size=n))
    return np.asarray(1.0 - one_minus_beta, dtype=np.float64)

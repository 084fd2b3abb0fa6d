"""Held-out implementations of assignment 06, written from the student release only."""
# ruff: noqa: F811
import copy
import math
from itertools import accumulate

import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# ewma
# ----------------------------------------------------------------------------


@wrong("ewma_swapped_beta", "I put beta on the new value and (1 - beta) on the old average, "
       "so v_t = (1 - beta) v_(t-1) + beta theta_t.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(len(values)):
        v = (1 - beta) * v + beta * values[t]
        averages[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return averages


@wrong("ewma_no_one_minus_beta", "I left out the (1 - beta) factor in front of theta_t, "
       "writing v_t = beta v_(t-1) + theta_t like the momentum form from other libraries.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(len(values)):
        v = beta * v + values[t]
        if bias_correction:
            averages[t] = v / (1 - beta ** (t + 1))
        else:
            averages[t] = v
    return averages


@wrong("ewma_t_from_zero", "I used the enumerate index as t in the bias correction, so the "
       "first value is divided by 1 - beta**0 = 0 and every later one by the wrong power.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t, theta in enumerate(values):
        v = beta * v + (1 - beta) * theta
        if bias_correction:
            averages[t] = v / (1 - beta ** t)
        else:
            averages[t] = v
    return averages


@wrong("ewma_correct_feeds_back", "I overwrote v with its bias-corrected value, so the "
       "corrected number is what gets carried into the next step instead of the raw average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = []
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        averages.append(v)
    return np.array(averages, dtype=np.float64)


@wrong("ewma_append_before_update", "I stored v before updating it, so my list starts with "
       "v_0 = 0 and stops at v_(T-1): everything is shifted by one step.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = []
    v = 0.0
    for t in range(1, len(values) + 1):
        if bias_correction and t > 1:
            averages.append(v / (1 - beta ** (t - 1)))
        else:
            averages.append(v)
        v = beta * v + (1 - beta) * values[t - 1]
    return np.array(averages, dtype=np.float64)


@wrong("ewma_start_at_first_value", "I started the average at the first value (v_1 = "
       "theta_1) instead of from v_0 = 0, since starting at zero looked like it was just "
       "creating the bias.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    if len(values) == 0:
        return averages
    v = values[0]
    averages[0] = v
    for t in range(1, len(values)):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    if bias_correction:
        averages = averages / (1 - beta ** np.arange(1, len(values) + 1))
    return averages


@wrong("ewma_power_precedence", "For the correction I wrote (1 - beta)**t instead of "
       "1 - beta**t; I got the brackets in the wrong place.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    T = len(values)
    averages = np.zeros(T)
    v = 0.0
    for i in range(T):
        v = beta * v + (1 - beta) * values[i]
        averages[i] = v
    if bias_correction:
        t = np.arange(1, T + 1)
        averages = averages / (1 - beta) ** t
    return averages


@wrong("ewma_zeros_like_input_dtype", "I made the output with np.zeros_like(values), so it "
       "takes the dtype of the input: float32 values give a float32 result (and ints are "
       "truncated) instead of float64.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values)
    averages = np.zeros_like(values)
    v = 0.0
    for t in range(1, values.shape[0] + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            averages[t - 1] = v / (1 - beta ** t)
        else:
            averages[t - 1] = v
    return averages


@wrong("ewma_overwrites_input", "To save memory I wrote the averages back into the values "
       "array and returned it, which changes the caller's array.")
def ewma(values, beta, bias_correction=False):
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        values[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return np.asarray(values, dtype=np.float64)


@wrong("ewma_shape_attr_on_list", "I used values.shape[0] to get T, which fails when the "
       "values come as a plain Python list (like the list of costs in the training loop).")
def ewma(values, beta, bias_correction=False):
    T = values.shape[0]
    averages = np.zeros(T)
    v = 0.0
    for t in range(T):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    if bias_correction:
        averages /= 1 - beta ** np.arange(1, T + 1)
    return averages


@wrong("ewma_correct_with_T", "In the correction I divided every average by 1 - beta**T "
       "using the length of the sequence, not the step number t of each value.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    T = len(values)
    averages = np.zeros(T)
    v = 0.0
    for t in range(T):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    if bias_correction:
        averages = averages / (1 - beta ** T)
    return averages


@correct("ewma_accumulate", "Uses itertools.accumulate with initial=0.0 for the recursion and "
         "a vectorised correction over t = 1..T.")
def ewma(values, beta, bias_correction=False):
    thetas = [float(x) for x in np.asarray(values, dtype=np.float64).ravel()]
    raw = list(accumulate(thetas, lambda v, x: beta * v + (1 - beta) * x, initial=0.0))[1:]
    averages = np.array(raw, dtype=np.float64)
    if bias_correction:
        averages = averages / (1.0 - beta ** np.arange(1, len(raw) + 1, dtype=np.float64))
    return averages


@correct("ewma_running_weight", "Tracks the sum of the weights with the same recursion "
         "(w_t = beta w_(t-1) + (1 - beta), which equals 1 - beta**t) and divides by it.")
def ewma(values, beta, bias_correction=False):
    x = np.array(values, dtype=np.float64, copy=True)
    out = np.empty_like(x)
    v, w = 0.0, 0.0
    for i in range(x.shape[0]):
        v = beta * v + (1.0 - beta) * x[i]
        w = beta * w + (1.0 - beta)
        out[i] = v / w if bias_correction else v
    return out


# ----------------------------------------------------------------------------
# initialize_velocity
# ----------------------------------------------------------------------------


@wrong("vel_param_key_names", "I named the velocity entries like the parameters, 'W1', "
       "'b1', ..., instead of the gradients' names 'dW1', 'db1'.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["W" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["b" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("vel_bias_1d", "For the bias I used np.zeros(n_l) from the number of rows, which "
       "gives a 1-D array of shape (n_l,) instead of (n_l, 1).")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape[0])
    return v


@wrong("vel_skips_last_layer", "My loop was range(1, L), so the last layer never gets a "
       "velocity entry.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])
        v["db" + str(l)] = np.zeros_like(parameters["b" + str(l)])
    return v


@wrong("vel_keys_from_zero", "I looped l over range(L) and read parameters['W' + str(l + 1)] "
       "but forgot the +1 in the key I wrote, so the entries are dW0, db0, ...")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v


@wrong("vel_db_shape_of_w", "Copy-paste slip: the bias velocity is np.zeros_like of W, so "
       "db has the shape of the weight matrix.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros_like(parameters["W" + str(l)])
        v["db" + str(l)] = np.zeros_like(parameters["W" + str(l)])
    return v


@wrong("vel_started_from_params_dict", "I started from v = dict(parameters) and added the "
       "zero entries, so v still contains W1, b1, ... as extra keys.")
def initialize_velocity(parameters):
    v = dict(parameters)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("vel_fill_param_arrays", "I took the parameter arrays and zeroed them with .fill(0) "
       "to get the right shapes, which wipes the network's weights too.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = parameters["W" + str(l)]
        v["dW" + str(l)].fill(0)
        v["db" + str(l)] = parameters["b" + str(l)]
        v["db" + str(l)].fill(0)
    return v


@wrong("vel_dw_shape_of_b", "I wrote np.zeros((n_l, 1)) for both entries, so dW gets the "
       "bias's column shape instead of the shape of W.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        n_l = parameters["W" + str(l)].shape[0]
        v["dW" + str(l)] = np.zeros((n_l, 1))
        v["db" + str(l)] = np.zeros((n_l, 1))
    return v


@correct("vel_dict_comprehension_keys", "A dict comprehension over the parameter keys, "
         "prefixing 'd', with np.zeros of each shape.")
def initialize_velocity(parameters):
    return {"d" + key: np.zeros(np.shape(value)) for key, value in parameters.items()}


@correct("vel_full_while_loop", "Builds each zero array with np.full(shape, 0.0) in a while "
         "loop over the layers.")
def initialize_velocity(parameters):
    v = {}
    n_layers = len(parameters) // 2
    l = 1
    while l <= n_layers:
        for prefix in ("W", "b"):
            v[f"d{prefix}{l}"] = np.full(np.shape(parameters[f"{prefix}{l}"]), 0.0)
        l += 1
    return v


# ----------------------------------------------------------------------------
# update_parameters_with_momentum
# ----------------------------------------------------------------------------


@wrong("mom_no_one_minus_beta", "I used v = beta v + dW, the form without (1 - beta) that I "
       "had seen elsewhere.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_v["d" + key] = beta * v["d" + key] + grads["d" + key]
            new_parameters[key] = parameters[key] - learning_rate * new_v["d" + key]
    return new_parameters, new_v


@wrong("mom_old_velocity_step", "I moved the parameters with the velocity from before the "
       "update and only then updated v.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
    return new_parameters, new_v


@wrong("mom_inplace_params", "I updated the parameters with -= inside the given dict and "
       "returned it, so the caller's arrays change.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_v = {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        parameters["W" + str(l)] -= learning_rate * new_v["dW" + str(l)]
        parameters["b" + str(l)] -= learning_rate * new_v["db" + str(l)]
    return parameters, new_v


@wrong("mom_writes_into_v", "I stored the new velocity straight into the v dict I was "
       "given (v['dW1'] = ...) and returned it, so the input dict is changed.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v["db" + str(l)]
    return new_parameters, v


@wrong("mom_shallow_copy_inplace", "I made new dicts with .copy() and then used -= and *= on "
       "their entries, not realising the arrays inside are still the caller's arrays.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = parameters.copy()
    new_v = v.copy()
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_v["d" + key] *= beta
            new_v["d" + key] += (1 - beta) * grads["d" + key]
            new_parameters[key] -= learning_rate * new_v["d" + key]
    return new_parameters, new_v


@wrong("mom_plus_sign", "I added learning_rate * v to the parameters instead of "
       "subtracting it.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] + learning_rate * new_v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] + learning_rate * new_v["db" + str(l)]
    return new_parameters, new_v


@wrong("mom_loop_misses_last_layer", "My layer loop ran over range(1, L), so the last layer "
       "is neither updated nor returned.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * new_v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * new_v["db" + str(l)]
    return new_parameters, new_v


@wrong("mom_step_with_raw_grad", "I computed the new velocity but then still stepped with "
       "the raw gradient dW, like plain gradient descent.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return new_parameters, new_v


@wrong("mom_swapped_beta", "I weighted the old velocity by (1 - beta) and the gradient by "
       "beta, the wrong way round.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = (1 - beta) * v["dW" + str(l)] + beta * grads["dW" + str(l)]
        new_v["db" + str(l)] = (1 - beta) * v["db" + str(l)] + beta * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * new_v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * new_v["db" + str(l)]
    return new_parameters, new_v


@wrong("mom_bias_uses_dw_velocity", "Copy-paste slip: the bias step uses v['dW'] instead of "
       "v['db'], so b gets broadcast to the shape of W.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        new_v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        new_v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        new_parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * new_v["dW" + str(l)]
        new_parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * new_v["dW" + str(l)]
    return new_parameters, new_v


@correct("mom_key_loop_interpolation", "Loops over the parameter keys and writes the "
         "velocity update in the interpolation form v + (1 - beta)(dW - v).")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key, value in parameters.items():
        gkey = "d" + key
        new_v[gkey] = v[gkey] + (1 - beta) * (grads[gkey] - v[gkey])
        new_parameters[key] = value - learning_rate * new_v[gkey]
    return new_parameters, new_v


@correct("mom_deepcopy_then_inplace", "Deep-copies the inputs first and then updates the "
         "copies in place with np.multiply/np.add/np.subtract out= arguments.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = copy.deepcopy(parameters)
    new_v = copy.deepcopy(v)
    for l in range(1, len(parameters) // 2 + 1):
        for p in ("W", "b"):
            key, gkey = f"{p}{l}", f"d{p}{l}"
            new_v[gkey] = new_v[gkey].astype(np.result_type(v[gkey], grads[gkey]))
            new_parameters[key] = new_parameters[key].astype(
                np.result_type(parameters[key], new_v[gkey]))
            np.multiply(new_v[gkey], beta, out=new_v[gkey])
            np.add(new_v[gkey], (1 - beta) * grads[gkey], out=new_v[gkey])
            np.subtract(new_parameters[key], learning_rate * new_v[gkey],
                        out=new_parameters[key])
    return new_parameters, new_v


# ----------------------------------------------------------------------------
# initialize_rmsprop
# ----------------------------------------------------------------------------


@wrong("rms_init_param_key_names", "I used the parameter names W1, b1 as keys for s instead "
       "of dW1, db1.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        s[key] = np.zeros_like(parameters[key])
    return s


@wrong("rms_init_sdw_keys", "I named the entries after the formula, 'sdW1', 'sdb1', ..., "
       "instead of the gradients' names.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["sdW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["sdb" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s


@wrong("rms_init_epsilon", "I started s at epsilon (1e-8) instead of 0 so that the square "
       "root could never be zero.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.full(parameters["W" + str(l)].shape, 1e-8)
        s["db" + str(l)] = np.full(parameters["b" + str(l)].shape, 1e-8)
    return s


@wrong("rms_init_ones", "I initialised the squared-gradient average with ones, thinking a "
       "neutral denominator of 1 was safer than 0.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.ones_like(parameters["W" + str(l)])
        s["db" + str(l)] = np.ones_like(parameters["b" + str(l)])
    return s


@wrong("rms_init_bias_1d", "The bias entries are np.zeros(n_l), 1-D, instead of (n_l, 1).")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        n_l, n_prev = parameters["W" + str(l)].shape
        s["dW" + str(l)] = np.zeros((n_l, n_prev))
        s["db" + str(l)] = np.zeros(n_l)
    return s


@wrong("rms_init_first_layer_only", "I wrote L = len(parameters) // 2 but then only created "
       "the entries for layer 1 (I tested on a one-layer network).")
def initialize_rmsprop(parameters):
    s = {}
    s["dW1"] = np.zeros(parameters["W1"].shape)
    s["db1"] = np.zeros(parameters["b1"].shape)
    return s


@wrong("rms_init_zeros_inplace", "I reused the parameter arrays and set them to zero with "
       "[:] = 0, which also zeroes the parameters.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        arr = parameters[key]
        arr[:] = 0
        s["d" + key] = arr
    return s


@wrong("rms_init_transposed_w", "I built the dW entry as np.zeros((n_prev, n_l)), getting the "
       "two dimensions of W the wrong way round.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        n_l, n_prev = parameters["W" + str(l)].shape
        s["dW" + str(l)] = np.zeros((n_prev, n_l))
        s["db" + str(l)] = np.zeros((n_l, 1))
    return s


@correct("rms_init_zip_keys", "Zips gradient-style keys with np.zeros of each shape via "
         "dict(zip(...)).")
def initialize_rmsprop(parameters):
    keys = list(parameters.keys())
    return dict(zip(["d" + k for k in keys],
                    [np.zeros(np.asarray(parameters[k]).shape, dtype=np.float64) for k in keys]))


@correct("rms_init_layer_loop_zeros_like", "Layer loop with np.zeros_like on a float64 copy.")
def initialize_rmsprop(parameters):
    s = {}
    for l in range(1, len(parameters) // 2 + 1):
        s["dW%d" % l] = np.zeros_like(parameters["W%d" % l], dtype=np.float64)
        s["db%d" % l] = np.zeros_like(parameters["b%d" % l], dtype=np.float64)
    return s


# ----------------------------------------------------------------------------
# update_parameters_with_rmsprop
# ----------------------------------------------------------------------------


@wrong("rms_eps_inside_sqrt", "I put epsilon inside the square root, sqrt(s + epsilon), "
       "instead of adding it after.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key] ** 2
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / np.sqrt(
                new_s["d" + key] + epsilon)
    return new_parameters, new_s


@wrong("rms_no_sqrt", "I divided the gradient by s + epsilon and forgot the square root.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * np.square(grads["d" + key])
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                new_s["d" + key] + epsilon)
    return new_parameters, new_s


@wrong("rms_grad_not_squared", "I averaged the gradient itself into s instead of its square, "
       "so s can go negative and the sqrt gives nan.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key]
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


@wrong("rms_old_s_in_step", "I took the step with the old s and only updated s afterwards.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(s["d" + key]) + epsilon)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key] ** 2
    return new_parameters, new_s


@wrong("rms_swapped_beta2", "I wrote s = (1 - beta2) s + beta2 dW**2, with the two weights "
       "swapped.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = (1 - beta2) * s["d" + key] + beta2 * grads["d" + key] ** 2
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


@wrong("rms_mean_square_whole_matrix", "I read 'root mean square' as the mean of dW**2 over "
       "the whole matrix, so every weight of a layer gets the same denominator.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * np.mean(grads["d" + key] ** 2)
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(new_s["d" + key]) + epsilon)
    return new_parameters, new_s


@wrong("rms_writes_into_s", "I assigned the new averages into the s dict I was given and "
       "returned that same dict.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key] ** 2
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(s["d" + key]) + epsilon)
    return new_parameters, s


@wrong("rms_inplace_param_arrays", "I used parameters[key] -= ... on the arrays directly "
       "(the dict I return is new, but the arrays in it are the caller's).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key] ** 2
            W = parameters[key]
            W -= learning_rate * grads["d" + key] / (np.sqrt(new_s["d" + key]) + epsilon)
            new_parameters[key] = W
    return new_parameters, new_s


@wrong("rms_hardcoded_epsilon", "I typed 1e-8 directly in the denominator instead of using "
       "the epsilon argument.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key = p + str(l)
            new_s["d" + key] = beta2 * s["d" + key] + (1 - beta2) * grads["d" + key] ** 2
            new_parameters[key] = parameters[key] - learning_rate * grads["d" + key] / (
                np.sqrt(new_s["d" + key]) + 1e-8)
    return new_parameters, new_s


@wrong("rms_bias_plain_gd", "I only applied the RMSprop scaling to W; for b I kept the plain "
       "gradient-descent step b - learning_rate * db (s for b is still updated).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        W, b = "W" + str(l), "b" + str(l)
        new_s["d" + W] = beta2 * s["d" + W] + (1 - beta2) * grads["d" + W] ** 2
        new_s["d" + b] = beta2 * s["d" + b] + (1 - beta2) * grads["d" + b] ** 2
        new_parameters[W] = parameters[W] - learning_rate * grads["d" + W] / (
            np.sqrt(new_s["d" + W]) + epsilon)
        new_parameters[b] = parameters[b] - learning_rate * grads["d" + b]
    return new_parameters, new_s


@correct("rms_key_loop_ufuncs", "Loops over parameter keys using np.square, np.sqrt and "
         "np.divide, with the update written as s + (1 - beta2)(dW**2 - s).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads["d" + key]
        s_new = s["d" + key] + (1 - beta2) * (np.square(g) - s["d" + key])
        new_s["d" + key] = s_new
        new_parameters[key] = parameters[key] - learning_rate * np.divide(
            g, np.sqrt(s_new) + epsilon)
    return new_parameters, new_s


@correct("rms_comprehensions_pow_half", "Two dict comprehensions, the square root written as "
         "** 0.5 and the gradient squared as g * g.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_s = {k: beta2 * s[k] + (1.0 - beta2) * (grads[k] * grads[k]) for k in
             ["d" + name for name in parameters]}
    new_parameters = {name: parameters[name] - learning_rate * grads["d" + name]
                      / (new_s["d" + name] ** 0.5 + epsilon) for name in parameters}
    return new_parameters, new_s


# ----------------------------------------------------------------------------
# initialize_adam
# ----------------------------------------------------------------------------


@wrong("adaminit_param_key_names", "I gave v and s the parameter names 'W1', 'b1' as keys.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        v["W" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["b" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["W" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["b" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v, s


@wrong("adaminit_bias_1d", "I made the bias moments with np.zeros(n_l), which are 1-D "
       "(n_l,) instead of (n_l, 1).")
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


@wrong("adaminit_skips_last_layer", "Off by one in the loop: range(1, L) leaves out the "
       "output layer.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L):
        for p in ("W", "b"):
            v["d" + p + str(l)] = np.zeros_like(parameters[p + str(l)])
            s["d" + p + str(l)] = np.zeros_like(parameters[p + str(l)])
    return v, s


@wrong("adaminit_s_epsilon", "I started the second moment s at 1e-8 instead of 0 so that "
       "sqrt(s) is never zero.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            v["d" + p + str(l)] = np.zeros(parameters[p + str(l)].shape)
            s["d" + p + str(l)] = np.full(parameters[p + str(l)].shape, 1e-8)
    return v, s


@wrong("adaminit_returns_t", "I also returned the step counter t = 0 from the initialisation, "
       "since Adam needs it: (v, s, 0).")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            v["d" + p + str(l)] = np.zeros(parameters[p + str(l)].shape)
            s["d" + p + str(l)] = np.zeros(parameters[p + str(l)].shape)
    t = 0
    return v, s, t


@wrong("adaminit_db_shape_of_w", "Copy-paste slip: the db entries use the shape of W.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        shape = parameters["W" + str(l)].shape
        v["dW" + str(l)] = np.zeros(shape)
        v["db" + str(l)] = np.zeros(shape)
        s["dW" + str(l)] = np.zeros(shape)
        s["db" + str(l)] = np.zeros(shape)
    return v, s


@wrong("adaminit_from_params_dict", "I built v and s by copying the parameters dict and "
       "adding zeros under 'dW1' etc., so W1, b1 are left in as extra keys.")
def initialize_adam(parameters):
    v = dict(parameters)
    s = dict(parameters)
    for key in parameters:
        v["d" + key] = np.zeros(parameters[key].shape)
        s["d" + key] = np.zeros(parameters[key].shape)
    return v, s


@wrong("adaminit_zeroes_params", "I made the zero arrays by multiplying the parameters by 0 "
       "in place (*= 0) to keep the shapes, which also zeroes the parameters.")
def initialize_adam(parameters):
    v, s = {}, {}
    for key in parameters:
        arr = parameters[key]
        arr *= 0
        v["d" + key] = arr.copy()
        s["d" + key] = arr.copy()
    return v, s


@wrong("adaminit_keys_from_zero", "I looped l over range(L) and wrote the keys with l "
       "instead of l + 1, so they are dW0, db0, ...")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l + 1)].shape)
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l + 1)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v, s


@correct("adaminit_two_comprehensions", "Two separate dict comprehensions over the parameter "
         "items, np.zeros of each shape.")
def initialize_adam(parameters):
    v = {"d" + k: np.zeros(np.shape(w)) for k, w in parameters.items()}
    s = {"d" + k: np.zeros(np.shape(w)) for k, w in parameters.items()}
    return v, s


@correct("adaminit_deepcopy_of_v", "Builds v with a layer loop and s as a deep copy of v "
         "(independent arrays).")
def initialize_adam(parameters):
    v = {}
    for l in range(1, len(parameters) // 2 + 1):
        v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape, dtype=np.float64)
        v[f"db{l}"] = np.zeros(parameters[f"b{l}"].shape, dtype=np.float64)
    s = copy.deepcopy(v)
    return (v, s)


# ----------------------------------------------------------------------------
# update_parameters_with_adam
# ----------------------------------------------------------------------------


@wrong("adam_t_plus_one", "In the bias correction I used beta**(t + 1), thinking t was "
       "counted from 0 like a loop index.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** (t + 1))
            s_corr[g] = new_s[g] / (1 - beta2 ** (t + 1))
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_power_precedence", "I wrote the correction as (1 - beta1)**t and (1 - beta2)**t "
       "instead of 1 - beta1**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1) ** t
            s_corr[g] = new_s[g] / (1 - beta2) ** t
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_returns_corrected_as_raw", "I overwrote v and s with their corrected values, so "
       "the v and s I return (and carry to the next step) are the bias-corrected ones.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s = {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            new_v[g] = new_v[g] / (1 - beta1 ** t)
            new_s[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * new_v[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_p, new_v, new_s, dict(new_v), dict(new_s)


@wrong("adam_eps_inside_sqrt", "I added epsilon inside the square root: "
       "sqrt(s_corrected + epsilon).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * np.square(grads[g])
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / np.sqrt(s_corr[g] + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_no_sqrt", "I forgot the square root of s_corrected in the denominator.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (s_corr[g] + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_s_corrected_with_beta1", "Copy-paste slip: I divided s by (1 - beta1**t) "
       "instead of (1 - beta2**t).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta1 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_s_not_squared", "I forgot to square the gradient in the second moment, so s is "
       "just another average of dW.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_step_uses_raw_v", "In the parameter step I used the raw v instead of "
       "v_corrected in the numerator (the denominator is corrected).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * new_v[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_swapped_betas", "I mixed up the betas: the first moment uses beta2 and the "
       "second moment uses beta1 (the corrections too).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta2 * v[g] + (1 - beta2) * grads[g]
            new_s[g] = beta1 * s[g] + (1 - beta1) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta2 ** t)
            s_corr[g] = new_s[g] / (1 - beta1 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@wrong("adam_writes_into_v_s", "I updated v and s by assigning into the dicts I was given "
       "(v['dW1'] = ...) and returned those dicts, so the caller's v and s change.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    new_p, v_corr, s_corr = {}, {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = v[g] / (1 - beta1 ** t)
            s_corr[g] = s[g] / (1 - beta2 ** t)
            new_p[k] = parameters[k] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, v, s, v_corr, s_corr


@wrong("adam_shallow_copy_inplace", "I copied the parameters dict with .copy() and used -= on "
       "its entries, which still changes the caller's weight arrays.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_p = parameters.copy()
    new_v, new_s, v_corr, s_corr = {}, {}, {}, {}
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k, g = p + str(l), "d" + p + str(l)
            new_v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corr[g] = new_v[g] / (1 - beta1 ** t)
            s_corr[g] = new_s[g] / (1 - beta2 ** t)
            new_p[k] -= learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@correct("adam_key_loop_hoisted_corrections", "Loops over the parameter keys; the two "
         "correction denominators are computed once before the loop.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    c1 = 1.0 - beta1 ** t
    c2 = 1.0 - beta2 ** t
    new_p, new_v, new_s, v_corr, s_corr = {}, {}, {}, {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta1 * v[g] + (1.0 - beta1) * grads[g]
        new_s[g] = beta2 * s[g] + (1.0 - beta2) * np.square(grads[g])
        v_corr[g] = new_v[g] / c1
        s_corr[g] = new_s[g] / c2
        new_p[key] = parameters[key] - learning_rate * v_corr[g] / (np.sqrt(s_corr[g]) + epsilon)
    return new_p, new_v, new_s, v_corr, s_corr


@correct("adam_paper_step_size", "Uses the paper's equivalent form: step size "
         "lr * sqrt(1 - beta2**t) / (1 - beta1**t) on the raw moments, with epsilon rescaled "
         "by sqrt(1 - beta2**t).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    c1 = 1 - beta1 ** t
    c2 = 1 - beta2 ** t
    alpha_t = learning_rate * math.sqrt(c2) / c1
    eps_hat = epsilon * math.sqrt(c2)
    out_p, out_v, out_s, out_vc, out_sc = {}, {}, {}, {}, {}
    for l in range(1, len(parameters) // 2 + 1):
        for name in (f"W{l}", f"b{l}"):
            g = "d" + name
            m = beta1 * v[g] + (1 - beta1) * grads[g]
            u = beta2 * s[g] + (1 - beta2) * grads[g] * grads[g]
            out_v[g], out_s[g] = m, u
            out_vc[g], out_sc[g] = m / c1, u / c2
            out_p[name] = parameters[name] - alpha_t * m / (np.sqrt(u) + eps_hat)
    return out_p, out_v, out_s, out_vc, out_sc


# ----------------------------------------------------------------------------
# inverse_time_decay
# ----------------------------------------------------------------------------


@wrong("itd_missing_parentheses",
       "I typed the formula on one line without brackets around the denominator, so it "
       "computes learning_rate0 / 1 + decay_rate * epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 / 1 + decay_rate * epoch
    return learning_rate


@wrong("itd_epoch_plus_one",
       "I thought epochs are counted from 1, so I used epoch + 1 in the denominator.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    epoch_number = epoch + 1
    learning_rate = learning_rate0 / (1 + decay_rate * epoch_number)
    return learning_rate


@wrong("itd_compounded",
       "I divided by (1 + decay_rate) once per epoch, which compounds into a power instead "
       "of dividing by 1 + decay_rate * epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0
    for _ in range(epoch):
        learning_rate = learning_rate / (1 + decay_rate)
    return learning_rate


@wrong("itd_square_root",
       "I mixed it up with the inverse square-root schedule and put a square root on the "
       "denominator.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 / np.sqrt(1 + decay_rate * epoch)
    return learning_rate


@wrong("itd_linear_decay",
       "I remembered decay as subtracting a fraction each epoch, so I wrote "
       "learning_rate0 * (1 - decay_rate * epoch).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 * (1 - decay_rate * epoch)
    return learning_rate


@wrong("itd_loop_off_by_one",
       "I recomputed the rate in a loop over the epochs, but range(epoch) stops one short, "
       "so I return the rate of the previous epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0
    for e in range(epoch):
        learning_rate = learning_rate0 / (1 + decay_rate * e)
    return learning_rate


@wrong("itd_rate_as_time_constant",
       "I read decay_rate as 'epochs per decay' and divided the epoch by it instead of "
       "multiplying.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 / (1 + epoch / decay_rate)
    return learning_rate


@wrong("itd_rounded",
       "I rounded the learning rate to 4 decimals so that the printed tables look tidy.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0 / (1 + decay_rate * epoch)
    return round(learning_rate, 4)


@correct("itd_negative_power",
         "Multiplies by the denominator raised to the power -1 instead of dividing.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1.0 + decay_rate * epoch) ** -1


@correct("itd_numpy_ufuncs",
         "Builds the expression with np.multiply / np.add / np.divide and converts to a "
         "Python float.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    denominator = np.add(1.0, np.multiply(decay_rate, epoch))
    return float(np.divide(learning_rate0, denominator))


@correct("itd_factor_first",
         "Computes the decay factor 1 / (1 + rate * epoch) first and scales it by "
         "learning_rate0 afterwards.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    factor = 1.0 / (1.0 + float(decay_rate) * float(epoch))
    return factor * learning_rate0


# ----------------------------------------------------------------------------
# exponential_decay
# ----------------------------------------------------------------------------


@wrong("exp_floor_on_step",
       "For the staircase I put the floor around step instead of around step / decay_steps, "
       "so it does nothing and the rate never stays flat.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = np.floor(step) / decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_round_staircase",
       "I used round() for the staircase exponent instead of floor, so halfway through an "
       "interval it jumps to the next step too early.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = round(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_ceil_staircase",
       "I used np.ceil for the staircase, thinking the rate should drop as soon as an "
       "interval starts.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = np.ceil(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_always_integer_division",
       "I used // for step / decay_steps in both cases, so the smooth schedule is a "
       "staircase too.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step // decay_steps
    if staircase:
        exponent = np.floor(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exp_natural_exponential",
       "I took 'exponential decay' to mean learning_rate0 * e^(-decay_rate * t) with "
       "t = step / decay_steps.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    t = step / decay_steps
    if staircase:
        t = math.floor(t)
    return learning_rate0 * np.exp(-decay_rate * t)


@wrong("exp_power_precedence",
       "I forgot the brackets around the exponent, so Python computes "
       "(decay_rate ** step) / decay_steps.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        return learning_rate0 * decay_rate ** (step // decay_steps)
    return learning_rate0 * decay_rate ** step / decay_steps


@wrong("exp_one_minus_rate",
       "I read decay_rate as the fraction lost at each decay (like '5% decay'), so I "
       "multiplied by (1 - decay_rate) ** exponent.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = math.floor(exponent)
    return learning_rate0 * (1 - decay_rate) ** exponent


@wrong("exp_step_plus_one",
       "I counted the first step as step 1, so I used step + 1 in the exponent.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    current = step + 1
    if staircase:
        exponent = current // decay_steps
    else:
        exponent = current / decay_steps
    return learning_rate0 * decay_rate ** exponent


@correct("exp_log_space",
         "Computes the power as exp(exponent * log(decay_rate)) with the math module.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = step // decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * math.exp(exponent * math.log(decay_rate))


@correct("exp_quantised_step",
         "For the staircase rounds step down to a multiple of decay_steps first, then uses "
         "the same np.power formula for both cases.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    effective_step = step - step % decay_steps if staircase else step
    return float(learning_rate0 * np.power(decay_rate, effective_step / decay_steps))


@correct("exp_int_truncation_loop",
         "Multiplies decay_rate in a loop for the whole decays (int() truncation, fine for "
         "step >= 0) and then applies the fractional remainder unless staircase.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    whole = int(step / decay_steps)
    rate = float(learning_rate0)
    for _ in range(whole):
        rate *= decay_rate
    if not staircase:
        rate *= decay_rate ** (step / decay_steps - whole)
    return rate


# ----------------------------------------------------------------------------
# scheduled_lr_decay
# ----------------------------------------------------------------------------


@wrong("sched_floor_precedence",
       "I wrote decay_rate * epoch // time_interval without brackets, so the floor is taken "
       "of decay_rate * epoch / time_interval instead of epoch / time_interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * epoch // time_interval)
    return learning_rate


@wrong("sched_no_floor",
       "I used epoch / time_interval without the floor, so the rate decays smoothly every "
       "epoch instead of in steps.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    learning_rate = learning_rate0 / (1 + decay_rate * (epoch / time_interval))
    return learning_rate


@wrong("sched_only_on_multiples",
       "I understood 'once every time_interval epochs' as: decay on the epochs that are "
       "multiples of the interval and use learning_rate0 on all the others.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    if epoch % time_interval == 0:
        return learning_rate0 / (1 + decay_rate * (epoch // time_interval))
    return learning_rate0


@wrong("sched_epoch_plus_one",
       "I counted epochs from 1, so I used (epoch + 1) // time_interval and the rate drops "
       "one epoch early.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals_done = (epoch + 1) // time_interval
    return learning_rate0 / (1 + decay_rate * intervals_done)


@wrong("sched_epoch_minus_one",
       "I used (epoch - 1) // time_interval because I thought the decay should start after "
       "an interval is complete, so it is one epoch late (and wrong at epoch 0).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals_done = (epoch - 1) // time_interval
    return learning_rate0 / (1 + decay_rate * intervals_done)


@wrong("sched_compounded",
       "I applied the inverse-time decay again at every interval, dividing the current rate "
       "by (1 + decay_rate) each time, so the decays multiply up.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    learning_rate = learning_rate0
    for _ in range(epoch // time_interval):
        learning_rate = learning_rate / (1 + decay_rate)
    return learning_rate


@wrong("sched_floor_whole_denominator",
       "I put the floor around the whole denominator, "
       "floor(1 + decay_rate * epoch / time_interval).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    denominator = math.floor(1 + decay_rate * epoch / time_interval)
    return learning_rate0 / denominator


@wrong("sched_ceil",
       "I used ceil instead of floor for the number of intervals, so the first decay "
       "already happens during the first interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals = np.ceil(epoch / time_interval)
    return learning_rate0 / (1 + decay_rate * intervals)


@correct("sched_divmod",
         "Gets the number of completed intervals with divmod and returns a Python float.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    completed, _ = divmod(int(epoch), int(time_interval))
    return float(learning_rate0 / (1.0 + decay_rate * completed))


@correct("sched_while_loop",
         "Counts the completed intervals with a while loop instead of integer division.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    completed = 0
    boundary = time_interval
    while boundary <= epoch:
        completed += 1
        boundary += time_interval
    return learning_rate0 / (1 + decay_rate * completed)


@correct("sched_subtract_remainder",
         "Removes the remainder epoch % time_interval before dividing, then uses the "
         "inverse-time formula on that.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    last_boundary = epoch - epoch % time_interval
    return learning_rate0 / (1 + decay_rate * (last_boundary / time_interval))


# ----------------------------------------------------------------------------
# sample_log_uniform
# ----------------------------------------------------------------------------


@wrong("slu_uniform_values",
       "I sampled the values themselves uniformly between 10**low_exp and 10**high_exp "
       "instead of sampling the exponent.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(10.0 ** low_exp, 10.0 ** high_exp, n)


@wrong("slu_scale_by_low_only",
       "I generalised the lecture's r = -4 * np.random.rand() to r = low_exp * rand, which "
       "only works when high_exp is 0.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp * rng.random(n)
    return 10.0 ** r


@wrong("slu_hardcoded_range",
       "I copied the notebook's example r ~ U[-4, 0] and never used low_exp and high_exp.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(-4, 0, n)
    return 10.0 ** r


@wrong("slu_seed_not_passed",
       "I created the generator with np.random.default_rng() and forgot to pass the seed, "
       "so the values change on every call.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    r = rng.uniform(low_exp, high_exp, n)
    return 10.0 ** r


@wrong("slu_fixed_seed",
       "I seeded the generator with a fixed 42 while testing and left it there, so the seed "
       "argument is ignored.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(42)
    r = rng.uniform(low_exp, high_exp, n)
    return 10.0 ** r


@wrong("slu_natural_exp",
       "I used np.exp(r) to undo the log, but the exponent is in base 10.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return np.exp(r)


@wrong("slu_python_list",
       "I built the values one by one in a list comprehension and returned the list instead "
       "of a NumPy array.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return [10 ** rng.uniform(low_exp, high_exp) for _ in range(n)]


@wrong("slu_float32",
       "I cast the exponents to float32 to save memory, so the values come back as float32.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n).astype(np.float32)
    return np.float32(10.0) ** r


@wrong("slu_logspace_grid",
       "I thought 'on a log scale' meant np.logspace, so I return an evenly spaced grid of n "
       "values and never use the seed.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    return np.logspace(low_exp, high_exp, n)


@wrong("slu_reseed_in_loop",
       "I create the seeded generator inside the loop, so every value gets the same first "
       "draw and all n values are equal.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    values = np.zeros(n)
    for i in range(n):
        rng = np.random.default_rng(seed)
        values[i] = 10 ** rng.uniform(low_exp, high_exp)
    return values


@correct("slu_scaled_random",
         "Draws rng.random(n), scales it to the exponent range by hand and uses np.power.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + (high_exp - low_exp) * rng.random(n)
    return np.power(10.0, r)


@correct("slu_scalar_loop",
         "Fills a preallocated float64 array with one rng.uniform draw per element, from one "
         "generator created before the loop.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    values = np.empty(n, dtype=np.float64)
    for i in range(n):
        values[i] = 10.0 ** rng.uniform(low_exp, high_exp)
    return values


@correct("slu_size_keyword",
         "Vectorised rng.uniform with keyword arguments and an explicit float64 cast.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    generator = np.random.default_rng(seed=seed)
    exponents = generator.uniform(low=low_exp, high=high_exp, size=n)
    return (10.0 ** exponents).astype(np.float64)


# ----------------------------------------------------------------------------
# sample_beta
# ----------------------------------------------------------------------------


@wrong("sb_forgot_one_minus",
       "I sampled r and returned 10**r, which is 1 - beta, not beta.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 10.0 ** r


@wrong("sb_uniform_beta",
       "I computed the beta range from the exponents and then sampled beta uniformly in it, "
       "instead of sampling 1 - beta on a log scale.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    low_beta = 1 - 10.0 ** high_exp
    high_beta = 1 - 10.0 ** low_exp
    return rng.uniform(low_beta, high_beta, n)


@wrong("sb_hardcoded_range",
       "I used the notebook's example r in [-3, -1] directly and ignored low_exp and "
       "high_exp.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(-3, -1, n)
    return 1 - 10.0 ** r


@wrong("sb_fixed_seed",
       "I wrote np.random.default_rng(0) like in the examples instead of using the seed "
       "argument.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(0)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - 10.0 ** r


@wrong("sb_natural_exp",
       "I used np.exp(r) instead of 10**r for 1 - beta.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - np.exp(r)


@wrong("sb_column_shape",
       "I drew the exponents with size (n, 1), like a column vector in the other "
       "assignments, so the result has shape (n, 1) instead of (n,).")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, (n, 1))
    return 1 - 10.0 ** r


@wrong("sb_sign_flipped",
       "I wrote 1 - 10**(-r), thinking the exponent of 1 - beta is minus r.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return 1 - 10.0 ** (-r)


@wrong("sb_float32",
       "I converted the betas to float32 because that is what TensorFlow optimizers use.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return (1 - 10.0 ** r).astype(np.float32)


@wrong("sb_scale_by_low_only",
       "I used the lecture's trick r = low_exp * rand (as for the learning rate), which "
       "covers [low_exp, 0] instead of [low_exp, high_exp].")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp * rng.random(n)
    return 1 - 10.0 ** r


@wrong("sb_logspace_grid",
       "I used 1 - np.logspace(low_exp, high_exp, n), an evenly spaced grid, so there is "
       "nothing random and the seed is unused.")
def sample_beta(low_exp, high_exp, n, seed=0):
    return 1 - np.logspace(low_exp, high_exp, n)


@correct("sb_expm1",
         "Computes 1 - 10**r as -expm1(r * ln 10), which is the same number computed in a "
         "numerically careful way.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, n)
    return -np.expm1(r * np.log(10.0))


@correct("sb_scalar_loop",
         "One generator, one scalar draw per beta in a loop, written into a float64 array.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    betas = np.empty(n, dtype=np.float64)
    for i in range(n):
        r = rng.uniform(low_exp, high_exp)
        betas[i] = 1.0 - 10.0 ** r
    return betas


@correct("sb_scaled_random",
         "Scales rng.random(n) to the exponent range by hand and uses np.subtract/np.power.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + (high_exp - low_exp) * rng.random(n)
    return np.subtract(1.0, np.power(10.0, r))

"""Held-out implementations of assignment 06, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# ewma
# ---------------------------------------------------------------------------------------


@wrong("ewma_swapped_weights",
       "I put beta on the new value and (1 - beta) on the old average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(values.shape[0])
    v = 0.0
    for t in range(values.shape[0]):
        v = (1 - beta) * v + beta * values[t]
        averages[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return averages


@wrong("ewma_correction_exponent_plus_two",
       "I used enumerate(start=1) and still wrote t + 1 in the correction, so beta's power is "
       "one too high.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.empty(len(values))
    v = 0.0
    for t, theta in enumerate(values, start=1):
        v = beta * v + (1 - beta) * theta
        averages[t - 1] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return averages


@wrong("ewma_ignores_bias_flag",
       "I forgot to use bias_correction at all, so it always returns the raw average.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros_like(values)
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    return averages


@wrong("ewma_corrected_value_fed_back",
       "I overwrote v with the corrected value, so the correction got compounded into the "
       "next steps.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        averages[t - 1] = v
    return averages


@wrong("ewma_starts_at_first_value",
       "I started the average at the first value instead of 0 to avoid the warm-up.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = values[0] if len(values) else 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@wrong("ewma_returns_list",
       "I collected the averages in a Python list and returned the list.")
def ewma(values, beta, bias_correction=False):
    out = []
    v = 0.0
    for t, theta in enumerate(values):
        v = beta * v + (1 - beta) * float(theta)
        out.append(v / (1 - beta ** (t + 1)) if bias_correction else v)
    return out


@wrong("ewma_zeros_like_input_dtype",
       "I made the output with np.zeros_like(values), so it takes the input's dtype "
       "(float32 stays float32, integers get truncated).")
def ewma(values, beta, bias_correction=False):
    averages = np.zeros_like(values)
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return averages


@wrong("ewma_correction_uses_last_t",
       "When vectorizing the correction I divided everything by 1 - beta**T with T the length "
       "of the series.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        averages[t] = v
    if bias_correction:
        averages = averages / (1 - beta ** len(values))
    return averages


@wrong("ewma_reversed_weights",
       "In my vectorized version the oldest value got the largest weight (beta**0) instead "
       "of the newest one.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    T = len(values)
    averages = np.zeros(T)
    for t in range(1, T + 1):
        weights = (1 - beta) * beta ** np.arange(t)
        averages[t - 1] = np.sum(weights * values[:t])
        if bias_correction:
            averages[t - 1] /= 1 - beta ** t
    return averages


@wrong("ewma_writes_into_input",
       "I stored the averages back into the values array to save memory, so the caller's "
       "array is overwritten.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        values[t] = v / (1 - beta ** (t + 1)) if bias_correction else v
    return values


@wrong("ewma_one_minus_beta_t_as_product",
       "For the correction I wrote 1 - beta * t instead of 1 - beta ** t.")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        denominator = 1 - beta * t
        if bias_correction and denominator != 0:
            averages[t - 1] = v / denominator
        else:
            averages[t - 1] = v
    return averages


@correct("ewma_weight_matrix",
         "Builds the lower-triangular matrix of weights (1-beta) beta**(t-k) and multiplies.")
def ewma(values, beta, bias_correction=False):
    theta = np.asarray(values, dtype=np.float64).reshape(-1)
    T = theta.shape[0]
    t = np.arange(1, T + 1)
    lag = t[:, None] - t[None, :]
    weights = np.where(lag >= 0, (1 - beta) * np.float64(beta) ** np.maximum(lag, 0), 0.0)
    averages = weights @ theta
    if bias_correction:
        averages = averages / (1 - np.float64(beta) ** t)
    return np.asarray(averages, dtype=np.float64).reshape(T)


@correct("ewma_python_loop_then_array",
         "Plain Python floats in a loop, correction computed from a running power of beta.")
def ewma(values, beta, bias_correction=False):
    seq = [float(x) for x in np.asarray(values, dtype=np.float64).reshape(-1)]
    out = []
    v, power = 0.0, 1.0
    for theta in seq:
        v = beta * v + (1.0 - beta) * theta
        power *= beta
        out.append(v / (1.0 - power) if bias_correction else v)
    return np.array(out, dtype=np.float64)


# ---------------------------------------------------------------------------------------
# initialize_velocity
# ---------------------------------------------------------------------------------------


@wrong("velocity_parameter_key_names",
       "I used the parameters' names W1, b1 as keys instead of dW1, db1.")
def initialize_velocity(parameters):
    return {key: np.zeros_like(value) for key, value in parameters.items()}


@wrong("velocity_skips_last_layer",
       "My loop was range(1, L), so the last layer has no velocity.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v


@wrong("velocity_bias_one_dimensional",
       "I created the bias velocity with np.zeros(n_l), a 1-D array instead of (n_l, 1).")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape)
        v[f"db{l}"] = np.zeros(parameters[f"b{l}"].shape[0])
    return v


@wrong("velocity_weight_shape_column",
       "I gave every velocity the shape (n_l, 1), also for the weights.")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        n = parameters[f"W{l}"].shape[0]
        v[f"dW{l}"] = np.zeros((n, 1))
        v[f"db{l}"] = np.zeros((n, 1))
    return v


@wrong("velocity_keeps_parameter_entries",
       "I started from a copy of the parameters and added the d-keys, so the W and b "
       "entries are still in v.")
def initialize_velocity(parameters):
    v = dict(parameters)
    for key, value in parameters.items():
        v["d" + key] = np.zeros_like(value)
    return v


@wrong("velocity_hardcoded_two_layers",
       "I copied the code from the two-layer example and only created dW1, db1, dW2, db2.")
def initialize_velocity(parameters):
    v = {}
    for l in (1, 2):
        if f"W{l}" in parameters:
            v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape)
            v[f"db{l}"] = np.zeros(parameters[f"b{l}"].shape)
    return v


@correct("velocity_comprehension",
         "A dict comprehension over the parameters with np.zeros of each shape.")
def initialize_velocity(parameters):
    return {"d" + name: np.zeros(np.shape(array)) for name, array in parameters.items()}


@correct("velocity_layer_loop_zeros_like",
         "Counts the layers from the W keys and uses np.zeros_like per layer.")
def initialize_velocity(parameters):
    L = sum(1 for key in parameters if key.startswith("W"))
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"], dtype=np.float64)
        v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"], dtype=np.float64)
    return v


# ---------------------------------------------------------------------------------------
# update_parameters_with_momentum
# ---------------------------------------------------------------------------------------


@wrong("momentum_no_one_minus_beta",
       "I used the form v = beta * v + dW, without the (1 - beta).")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + grads[g]
        new_parameters[key] = parameters[key] - learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("momentum_swapped_weights",
       "I put (1 - beta) on the old velocity and beta on the gradient.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = (1 - beta) * v[g] + beta * grads[g]
        new_parameters[key] = parameters[key] - learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("momentum_steps_with_gradient",
       "I updated the velocity but then stepped with the raw gradient dW.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * grads[g]
        new_parameters[key] = parameters[key] - learning_rate * grads[g]
    return new_parameters, new_v


@wrong("momentum_steps_with_old_velocity",
       "I moved the parameters with the old velocity and updated v afterwards.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_parameters[key] = parameters[key] - learning_rate * v[g]
        new_v[g] = beta * v[g] + (1 - beta) * grads[g]
    return new_parameters, new_v


@wrong("momentum_in_place_dicts",
       "I wrote parameters[key] -= ... and v[key] = ..., changing the caller's dicts, and "
       "returned them.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            v[f"d{p}{l}"] = beta * v[f"d{p}{l}"] + (1 - beta) * grads[f"d{p}{l}"]
            parameters[f"{p}{l}"] -= learning_rate * v[f"d{p}{l}"]
    return parameters, v


@wrong("momentum_shallow_copy_arrays",
       "I copied the dicts with .copy() but then used *= and -= on the arrays, which are "
       "still the caller's arrays.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = parameters.copy()
    new_v = v.copy()
    for key in new_parameters:
        g = "d" + key
        new_v[g] *= beta
        new_v[g] += (1 - beta) * grads[g]
        new_parameters[key] -= learning_rate * new_v[g]
    return new_parameters, new_v


@wrong("momentum_sign_plus",
       "I added the velocity to the parameters instead of subtracting it.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_v = {g: beta * v[g] + (1 - beta) * grads[g] for g in v}
    new_parameters = {k: parameters[k] + learning_rate * new_v["d" + k] for k in parameters}
    return new_parameters, new_v


@wrong("momentum_bias_corrected_t1",
       "I added a bias correction and divided v by (1 - beta) when stepping, like at t = 1.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * grads[g]
        new_parameters[key] = parameters[key] - learning_rate * new_v[g] / (1 - beta)
    return new_parameters, new_v


@wrong("momentum_skips_last_layer",
       "My layer loop was range(1, L), so the last layer neither moves nor gets a velocity "
       "update.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = {k: np.array(a, copy=True) for k, a in parameters.items()}
    new_v = {k: np.array(a, copy=True) for k, a in v.items()}
    L = len(parameters) // 2
    for l in range(1, L):
        for p in ("W", "b"):
            new_v[f"d{p}{l}"] = beta * v[f"d{p}{l}"] + (1 - beta) * grads[f"d{p}{l}"]
            new_parameters[f"{p}{l}"] = parameters[f"{p}{l}"] - learning_rate * new_v[f"d{p}{l}"]
    return new_parameters, new_v


@wrong("momentum_only_weights",
       "I only updated the W's; the biases and their velocities stay as they were.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = dict(parameters)
    new_v = dict(v)
    for key in parameters:
        if key.startswith("W"):
            new_v["d" + key] = beta * v["d" + key] + (1 - beta) * grads["d" + key]
            new_parameters[key] = parameters[key] - learning_rate * new_v["d" + key]
    return new_parameters, new_v


@wrong("momentum_learning_rate_inside_velocity",
       "I multiplied the gradient by the learning rate inside the velocity and subtracted v "
       "directly, so the v I return is scaled by the learning rate.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        g = "d" + key
        new_v[g] = beta * v[g] + (1 - beta) * learning_rate * grads[g]
        new_parameters[key] = parameters[key] - new_v[g]
    return new_parameters, new_v


@correct("momentum_comprehensions",
         "Two dict comprehensions: first all velocities, then all parameters.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_v = {"d" + k: beta * v["d" + k] + (1 - beta) * grads["d" + k] for k in parameters}
    new_parameters = {k: parameters[k] - learning_rate * new_v["d" + k] for k in parameters}
    return new_parameters, new_v


@correct("momentum_copy_then_inplace_on_copies",
         "Deep-copies every array first, then updates the copies in place with numpy ufuncs.")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters = {k: np.array(a, dtype=np.result_type(a, float), copy=True)
                      for k, a in parameters.items()}
    new_v = {k: np.array(a, dtype=np.result_type(a, float), copy=True) for k, a in v.items()}
    n_layers = sum(1 for k in parameters if k.startswith("W"))
    for l in range(1, n_layers + 1):
        for name in (f"W{l}", f"b{l}"):
            vel = new_v["d" + name]
            np.multiply(vel, beta, out=vel)
            vel += (1 - beta) * np.asarray(grads["d" + name])
            new_parameters[name] = new_parameters[name] - learning_rate * vel
    return new_parameters, new_v


# ---------------------------------------------------------------------------------------
# initialize_rmsprop
# ---------------------------------------------------------------------------------------


@wrong("rmsprop_init_parameter_key_names",
       "I kept the parameters' key names (W1, b1) for s.")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        s[key] = np.zeros(parameters[key].shape)
    return s


@wrong("rmsprop_init_ones",
       "I started s at ones so that the square root is never zero.")
def initialize_rmsprop(parameters):
    return {"d" + key: np.ones_like(value, dtype=float) for key, value in parameters.items()}


@wrong("rmsprop_init_epsilon_fill",
       "I filled s with a tiny 1e-8 instead of 0 to be safe.")
def initialize_rmsprop(parameters):
    return {"d" + key: np.full(np.shape(value), 1e-8) for key, value in parameters.items()}


@wrong("rmsprop_init_bias_one_dimensional",
       "I used np.zeros(n_l) for the biases, a 1-D array.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW%d" % l] = np.zeros(parameters["W%d" % l].shape)
        s["db%d" % l] = np.zeros(parameters["b%d" % l].shape[0])
    return s


@wrong("rmsprop_init_skips_last_layer",
       "Off by one in the layer loop: range(1, L) leaves out the last layer.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L):
        s["dW%d" % l] = np.zeros(parameters["W%d" % l].shape)
        s["db%d" % l] = np.zeros(parameters["b%d" % l].shape)
    return s


@wrong("rmsprop_init_transposed_weights",
       "I wrote np.zeros((n_{l-1}, n_l)) for the weights, the transposed shape.")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        rows, cols = parameters[f"W{l}"].shape
        s[f"dW{l}"] = np.zeros((cols, rows))
        s[f"db{l}"] = np.zeros((rows, 1))
    return s


@correct("rmsprop_init_multiply_by_zero_copy",
         "Builds each zero array as np.zeros(shape) from the key list sorted by layer.")
def initialize_rmsprop(parameters):
    s = {}
    for key in sorted(parameters):
        s["d" + key] = np.zeros(parameters[key].shape, dtype=np.float64)
    return s


@correct("rmsprop_init_zeros_like",
         "dict() over a generator of (name, np.zeros_like) pairs.")
def initialize_rmsprop(parameters):
    return dict(("d" + k, np.zeros_like(np.asarray(a), dtype=float)) for k, a in parameters.items())


# ---------------------------------------------------------------------------------------
# update_parameters_with_rmsprop
# ---------------------------------------------------------------------------------------


@wrong("rmsprop_epsilon_inside_sqrt",
       "I added epsilon inside the square root: sqrt(s + epsilon).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / np.sqrt(new_s[g] + epsilon)
    return new_parameters, new_s


@wrong("rmsprop_forgot_square",
       "I averaged the gradient itself instead of its square (then took abs to be able to use "
       "sqrt).")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g]
        new_parameters[key] = (parameters[key]
                               - learning_rate * grads[g] / (np.sqrt(np.abs(new_s[g])) + epsilon))
    return new_parameters, new_s


@wrong("rmsprop_divides_by_s",
       "I divided the gradient by s + epsilon and forgot the square root.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_s = {g: beta2 * s[g] + (1 - beta2) * np.square(grads[g]) for g in s}
    new_parameters = {k: parameters[k] - learning_rate * grads["d" + k] / (new_s["d" + k] + epsilon)
                      for k in parameters}
    return new_parameters, new_s


@wrong("rmsprop_steps_with_old_s",
       "I took the step with the old s and only then updated s.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(s[g]) + epsilon)
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
    return new_parameters, new_s


@wrong("rmsprop_swapped_weights",
       "I put (1 - beta2) on the old average and beta2 on the new squared gradient.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = (1 - beta2) * s[g] + beta2 * grads[g] ** 2
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_parameters, new_s


@wrong("rmsprop_in_place",
       "I updated s[key] and parameters[key] in the dicts I was given and returned them.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    for key in list(parameters):
        g = "d" + key
        s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(s[g]) + epsilon)
    return parameters, s


@wrong("rmsprop_hardcoded_epsilon",
       "I typed 1e-8 in the formula instead of using the epsilon argument.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(new_s[g]) + 1e-8)
    return new_parameters, new_s


@wrong("rmsprop_sign_plus",
       "I added the step to the parameters instead of subtracting it.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        new_parameters[key] = parameters[key] + learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_parameters, new_s


@wrong("rmsprop_shallow_copy_inplace",
       "I made new dicts with dict(...) but updated the arrays with *= and -=, which changes "
       "the caller's arrays.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = dict(parameters), dict(s)
    for key in new_parameters:
        g = "d" + key
        new_s[g] *= beta2
        new_s[g] += (1 - beta2) * grads[g] ** 2
        new_parameters[key] -= learning_rate * grads[g] / (np.sqrt(new_s[g]) + epsilon)
    return new_parameters, new_s


@wrong("rmsprop_bias_corrected_t1",
       "I divided s by (1 - beta2) before the square root, as a bias correction at t = 1.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = "d" + key
        new_s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        corrected = new_s[g] / (1 - beta2)
        new_parameters[key] = parameters[key] - learning_rate * grads[g] / (np.sqrt(corrected) + epsilon)
    return new_parameters, new_s


@correct("rmsprop_comprehensions",
         "Two dict comprehensions with np.square and np.sqrt.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_s = {"d" + k: beta2 * s["d" + k] + (1.0 - beta2) * np.square(grads["d" + k])
             for k in parameters}
    new_parameters = {k: parameters[k] - learning_rate * grads["d" + k]
                      / (np.sqrt(new_s["d" + k]) + epsilon) for k in parameters}
    return new_parameters, new_s


@correct("rmsprop_layer_loop_ufuncs",
         "Layer-indexed loop with explicit np.multiply / np.add / np.divide calls.")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            key, g = f"{p}{l}", f"d{p}{l}"
            grad = np.asarray(grads[g], dtype=np.float64)
            avg = np.add(np.multiply(beta2, s[g]), np.multiply(1.0 - beta2, grad * grad))
            step = np.divide(grad, np.add(np.sqrt(avg), epsilon))
            new_s[g] = avg
            new_parameters[key] = np.subtract(parameters[key], np.multiply(learning_rate, step))
    return new_parameters, new_s


# ---------------------------------------------------------------------------------------
# initialize_adam
# ---------------------------------------------------------------------------------------


@wrong("adam_init_parameter_key_names",
       "I named the entries of v and s after the parameters (W1, b1).")
def initialize_adam(parameters):
    v = {k: np.zeros_like(a) for k, a in parameters.items()}
    s = {k: np.zeros_like(a) for k, a in parameters.items()}
    return v, s


@wrong("adam_init_s_ones",
       "I initialized s with ones so that sqrt(s) would never be zero.")
def initialize_adam(parameters):
    v, s = {}, {}
    for k, a in parameters.items():
        v["d" + k] = np.zeros(a.shape)
        s["d" + k] = np.ones(a.shape)
    return v, s


@wrong("adam_init_skips_last_layer",
       "My loop range(1, L) leaves out the last layer.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L):
        for p in ("W", "b"):
            v[f"d{p}{l}"] = np.zeros(parameters[f"{p}{l}"].shape)
            s[f"d{p}{l}"] = np.zeros(parameters[f"{p}{l}"].shape)
    return v, s


@wrong("adam_init_bias_one_dimensional",
       "I used np.zeros(n_l) for the bias moments.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        n = parameters[f"b{l}"].shape[0]
        v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape)
        s[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape)
        v[f"db{l}"] = np.zeros(n)
        s[f"db{l}"] = np.zeros(n)
    return v, s


@wrong("adam_init_returns_list",
       "I returned [v, s], a list, instead of the tuple (v, s).")
def initialize_adam(parameters):
    v = {"d" + k: np.zeros(np.shape(a)) for k, a in parameters.items()}
    s = {"d" + k: np.zeros(np.shape(a)) for k, a in parameters.items()}
    return [v, s]


@wrong("adam_init_bias_copy_paste_shape",
       "Copy-paste slip: I gave the bias moments the shape of W instead of b.")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        shape_w = parameters["W" + str(l)].shape
        v["dW" + str(l)] = np.zeros(shape_w)
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        s["dW" + str(l)] = np.zeros(shape_w)
        s["db" + str(l)] = np.zeros(shape_w)
    return v, s


@wrong("adam_init_returns_step_counter",
       "I thought Adam's state also needs t, so I return (v, s, 0).")
def initialize_adam(parameters):
    v = {"d" + k: np.zeros(np.shape(a)) for k, a in parameters.items()}
    s = {"d" + k: np.zeros(np.shape(a)) for k, a in parameters.items()}
    return v, s, 0


@correct("adam_init_reuse_comprehension_twice",
         "Builds the zero dict with a small inline helper called twice (separate arrays).")
def initialize_adam(parameters):
    def zeros():
        return {"d" + k: np.zeros(np.shape(a), dtype=np.float64) for k, a in parameters.items()}
    return zeros(), zeros()


@correct("adam_init_layer_loop",
         "Layer loop counting W keys, two separate np.zeros_like arrays per entry.")
def initialize_adam(parameters):
    L = sum(key.startswith("W") for key in parameters)
    v, s = {}, {}
    for l in range(1, L + 1):
        for p in "Wb":
            ref = np.asarray(parameters[p + str(l)])
            v["d" + p + str(l)] = np.zeros_like(ref, dtype=float)
            s["d" + p + str(l)] = np.zeros_like(ref, dtype=float)
    return (v, s)


# ---------------------------------------------------------------------------------------
# update_parameters_with_adam
# ---------------------------------------------------------------------------------------


@wrong("adam_no_bias_correction",
       "I skipped the bias correction: the corrected moments are just v and s.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g]
        SC[g] = S[g]
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(SC[g]) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_correction_t_plus_one",
       "I thought t started at 0 and used beta ** (t + 1) in the corrections.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** (t + 1))
        SC[g] = S[g] / (1 - beta2 ** (t + 1))
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(SC[g]) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_keeps_corrected_as_state",
       "I overwrote v and s with their corrected values, so the state carried to the next "
       "step is the corrected one.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S = {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = (beta1 * v[g] + (1 - beta1) * grads[g]) / (1 - beta1 ** t)
        S[g] = (beta2 * s[g] + (1 - beta2) * grads[g] ** 2) / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * V[g] / (np.sqrt(S[g]) + epsilon)
    return P, V, S, dict(V), dict(S)


@wrong("adam_epsilon_inside_sqrt",
       "I put epsilon under the square root.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * np.square(grads[g])
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / np.sqrt(SC[g] + epsilon)
    return P, V, S, VC, SC


@wrong("adam_s_corrected_with_beta1",
       "Copy-paste slip: I corrected s with 1 - beta1**t instead of 1 - beta2**t.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta1 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(SC[g]) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_steps_with_raw_moments",
       "I computed the corrected moments but used the raw v and s in the step.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * V[g] / (np.sqrt(S[g]) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_steps_with_gradient",
       "In the numerator of the step I used the gradient dW instead of v_corrected.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * grads[g] / (np.sqrt(SC[g]) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_correction_after_sqrt",
       "I divided sqrt(s) by (1 - beta2**t) instead of taking the root of the corrected s.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = np.sqrt(S[g]) / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / (SC[g] + epsilon)
    return P, V, S, VC, SC


@wrong("adam_in_place",
       "I updated v, s and parameters inside the dicts I received.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    v_corrected, s_corrected = {}, {}
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            g = f"d{p}{l}"
            v[g] = beta1 * v[g] + (1 - beta1) * grads[g]
            s[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
            v_corrected[g] = v[g] / (1 - beta1 ** t)
            s_corrected[g] = s[g] / (1 - beta2 ** t)
            parameters[f"{p}{l}"] -= learning_rate * v_corrected[g] / (
                np.sqrt(s_corrected[g]) + epsilon)
    return parameters, v, s, v_corrected, s_corrected


@wrong("adam_returns_raw_as_corrected",
       "The step is right, but I returned v and s where v_corrected and s_corrected should be.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S = {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        vc = V[g] / (1 - beta1 ** t)
        sc = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * vc / (np.sqrt(sc) + epsilon)
    return P, V, S, V, S


@wrong("adam_hardcoded_epsilon",
       "I wrote 1e-8 in the step instead of using the epsilon argument.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(SC[g]) + 1e-8)
    return P, V, S, VC, SC


@wrong("adam_s_not_squared",
       "I forgot to square the gradient in s (and took abs before the root so it runs).")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g]
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(np.abs(SC[g])) + epsilon)
    return P, V, S, VC, SC


@wrong("adam_return_order_swapped",
       "I returned (parameters, s, v, s_corrected, v_corrected): v and s in the wrong order.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    P, V, S, VC, SC = {}, {}, {}, {}, {}
    for k in parameters:
        g = "d" + k
        V[g] = beta1 * v[g] + (1 - beta1) * grads[g]
        S[g] = beta2 * s[g] + (1 - beta2) * grads[g] ** 2
        VC[g] = V[g] / (1 - beta1 ** t)
        SC[g] = S[g] / (1 - beta2 ** t)
        P[k] = parameters[k] - learning_rate * VC[g] / (np.sqrt(SC[g]) + epsilon)
    return P, S, V, SC, VC


@correct("adam_comprehensions",
         "Everything with dict comprehensions and precomputed correction factors.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    c1 = 1.0 / (1.0 - beta1 ** t)
    c2 = 1.0 / (1.0 - beta2 ** t)
    keys = ["d" + k for k in parameters]
    new_v = {g: beta1 * v[g] + (1.0 - beta1) * grads[g] for g in keys}
    new_s = {g: beta2 * s[g] + (1.0 - beta2) * np.square(grads[g]) for g in keys}
    v_corr = {g: new_v[g] * c1 for g in keys}
    s_corr = {g: new_s[g] * c2 for g in keys}
    new_parameters = {k: parameters[k] - learning_rate * v_corr["d" + k]
                      / (np.sqrt(s_corr["d" + k]) + epsilon) for k in parameters}
    return new_parameters, new_v, new_s, v_corr, s_corr


@correct("adam_layer_loop_ufuncs",
         "Layer loop with numpy ufuncs and float64 copies of everything.")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    out_p, out_v, out_s, out_vc, out_sc = {}, {}, {}, {}, {}
    n_layers = len(parameters) // 2
    for l in range(1, n_layers + 1):
        for p in "Wb":
            name, g = f"{p}{l}", f"d{p}{l}"
            grad = np.array(grads[g], dtype=np.float64)
            m1 = np.add(np.multiply(beta1, v[g]), np.multiply(1 - beta1, grad))
            m2 = np.add(np.multiply(beta2, s[g]), np.multiply(1 - beta2, np.power(grad, 2)))
            m1_hat = np.divide(m1, 1 - np.power(beta1, t))
            m2_hat = np.divide(m2, 1 - np.power(beta2, t))
            out_v[g], out_s[g], out_vc[g], out_sc[g] = m1, m2, m1_hat, m2_hat
            out_p[name] = parameters[name] - np.multiply(
                learning_rate, m1_hat / (np.sqrt(m2_hat) + epsilon))
    return out_p, out_v, out_s, out_vc, out_sc


# ---------------------------------------------------------------------------------------
# inverse_time_decay
# ---------------------------------------------------------------------------------------


@wrong("inverse_time_precedence",
       "I forgot the parentheses: learning_rate0 / 1 + decay_rate * epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / 1 + decay_rate * epoch


@wrong("inverse_time_epoch_plus_one",
       "I counted the first epoch as 1, so the rate is already decayed at epoch 0.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate * (epoch + 1))


@wrong("inverse_time_power",
       "I mixed it up with exponential decay: learning_rate0 / (1 + decay_rate) ** epoch.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + decay_rate) ** epoch


@wrong("inverse_time_floor_division",
       "I used // for the division.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 // (1 + decay_rate * epoch)


@wrong("inverse_time_returns_array",
       "I wrapped the result in np.array([...]), a 1-element array instead of a float.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return np.array([learning_rate0 / (1 + decay_rate * epoch)])


@wrong("inverse_time_ignores_decay_rate",
       "I left decay_rate out: learning_rate0 / (1 + epoch).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + epoch)


@wrong("inverse_time_int_product",
       "I cast decay_rate * epoch to int, which throws away the fractional part.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / (1 + int(decay_rate * epoch))


@wrong("inverse_time_rounded",
       "I rounded the result to 4 decimals so that it prints nicely.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return round(learning_rate0 / (1 + decay_rate * epoch), 4)


@wrong("inverse_time_linear",
       "I used the linear form learning_rate0 * (1 - decay_rate * epoch).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1 - decay_rate * epoch)


@wrong("inverse_time_multiplies_by_rate",
       "I multiplied by decay_rate instead of adding 1: learning_rate0 / (decay_rate * epoch + "
       "decay_rate).")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    denominator = decay_rate * (epoch + 1)
    return learning_rate0 / denominator if denominator else learning_rate0


@correct("inverse_time_float_cast",
         "Explicit float conversions and a multiplicative inverse.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    factor = 1.0 + float(decay_rate) * float(epoch)
    return float(learning_rate0) * (1.0 / factor)


@correct("inverse_time_numpy_divide",
         "np.divide on numpy scalars, converted back to a Python float.")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return float(np.divide(np.float64(learning_rate0), np.float64(1) + np.float64(decay_rate) * epoch))


# ---------------------------------------------------------------------------------------
# exponential_decay
# ---------------------------------------------------------------------------------------


@wrong("exponential_ignores_staircase",
       "I never used the staircase flag.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step / decay_steps)


@wrong("exponential_staircase_round",
       "For the staircase I rounded step / decay_steps instead of flooring it.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step / decay_steps
    if staircase:
        exponent = round(exponent)
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_always_integer_division",
       "I wrote step // decay_steps in both cases, so it is always a staircase.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step // decay_steps)


@wrong("exponential_multiplied_exponent",
       "I multiplied step by decay_steps instead of dividing.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step * decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_times_instead_of_power",
       "I multiplied by decay_rate * (step / decay_steps) instead of raising to the power.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = np.floor(step / decay_steps) if staircase else step / decay_steps
    if exponent == 0:
        return learning_rate0
    return learning_rate0 * decay_rate * exponent


@wrong("exponential_staircase_ceil",
       "I used ceil instead of floor for the staircase exponent.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = np.ceil(step / decay_steps) if staircase else step / decay_steps
    return float(learning_rate0 * decay_rate ** exponent)


@wrong("exponential_ignores_decay_steps",
       "I forgot decay_steps: learning_rate0 * decay_rate ** step.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_staircase_flag_inverted",
       "I had the if/else backwards: it floors when staircase is False.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if not staircase:
        exponent = step // decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_staircase_late_drop",
       "I thought steps are counted from 1 and floored (step - 1) / decay_steps, so the drop "
       "comes one step after the boundary.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    if staircase:
        exponent = max(step - 1, 0) // decay_steps
    else:
        exponent = step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_staircase_early_drop",
       "My staircase floors (step + 1) / decay_steps, so the rate drops one step before the "
       "boundary.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = (step + 1) // decay_steps if staircase else step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@wrong("exponential_returns_array",
       "I computed it with numpy on a 1-element array and returned the array.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = np.array([step / decay_steps])
    if staircase:
        exponent = np.floor(exponent)
    return learning_rate0 * np.power(decay_rate, exponent)


@correct("exponential_via_exp_log",
         "Uses exp(exponent * log(decay_rate)) and int() truncation for the staircase.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = float(step) / float(decay_steps)
    if staircase:
        exponent = float(int(exponent))
    if exponent == 0.0:
        return float(learning_rate0)
    return float(learning_rate0 * np.exp(exponent * np.log(decay_rate)))


@correct("exponential_divmod",
         "divmod for the staircase, pow() for the power.")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    whole, _ = divmod(step, decay_steps)
    exponent = whole if staircase else step / decay_steps
    return float(learning_rate0) * float(pow(float(decay_rate), float(exponent)))


# ---------------------------------------------------------------------------------------
# scheduled_lr_decay
# ---------------------------------------------------------------------------------------


@wrong("scheduled_no_floor",
       "I forgot the floor: learning_rate0 / (1 + decay_rate * epoch / time_interval).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch / time_interval)


@wrong("scheduled_round",
       "I rounded epoch / time_interval instead of flooring it.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * round(epoch / time_interval))


@wrong("scheduled_ceil",
       "I used np.ceil, so the first decay happens right after epoch 0.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return float(learning_rate0 / (1 + decay_rate * np.ceil(epoch / time_interval)))


@wrong("scheduled_early_by_one",
       "I floored (epoch + 1) / time_interval, so each drop comes one epoch early.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * ((epoch + 1) // time_interval))


@wrong("scheduled_late_by_one",
       "I floored (epoch - 1) / time_interval (clipped at 0), so the drop comes one epoch "
       "late.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (max(epoch - 1, 0) // time_interval))


@wrong("scheduled_ignores_time_interval",
       "I hard-coded 1000 instead of using the time_interval argument.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch // 1000))


@wrong("scheduled_modulo",
       "I used epoch % time_interval instead of epoch // time_interval.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch % time_interval))


@wrong("scheduled_only_on_multiples",
       "I apply the decay only at the epochs that are multiples of time_interval and return "
       "learning_rate0 in between.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    if epoch % time_interval == 0:
        return learning_rate0 / (1 + decay_rate * (epoch // time_interval))
    return learning_rate0


@wrong("scheduled_compounding",
       "I compounded the decay: learning_rate0 / (1 + decay_rate) ** floor(epoch / interval).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate) ** (epoch // time_interval)


@wrong("scheduled_precedence",
       "Missing parentheses: learning_rate0 / 1 + decay_rate * floor(epoch / time_interval).")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / 1 + decay_rate * np.floor(epoch / time_interval)


@wrong("scheduled_returns_array",
       "I used np.floor on np.array([epoch]) and returned a 1-element array.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * np.floor(np.array([epoch]) / time_interval))


@correct("scheduled_integer_division",
         "Integer division for the number of intervals, float() at the end.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    intervals = int(epoch) // int(time_interval)
    return float(learning_rate0 / (1.0 + decay_rate * intervals))


@correct("scheduled_floor_divide",
         "np.floor_divide for the number of completed intervals, then a Python float.")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    completed = np.floor_divide(np.int64(epoch), np.int64(time_interval))
    return float(learning_rate0) / (1.0 + float(decay_rate) * float(completed))


# ---------------------------------------------------------------------------------------
# sample_log_uniform
# ---------------------------------------------------------------------------------------


@wrong("log_uniform_linear_sampling",
       "I sampled the values uniformly between 10**low_exp and 10**high_exp.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(10.0 ** low_exp, 10.0 ** high_exp, n)


@wrong("log_uniform_unseeded",
       "I created the generator without passing the seed.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    return 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("log_uniform_fixed_seed",
       "I wrote default_rng(0) instead of default_rng(seed), so every seed gives the same "
       "values.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(0)
    return 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("log_uniform_forgot_low_offset",
       "I scaled the uniform numbers as low_exp + rand * high_exp, forgetting to subtract "
       "low_exp.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = low_exp + rng.random(n) * high_exp
    return 10.0 ** r


@wrong("log_uniform_returns_exponent",
       "I returned the exponents r and forgot to compute 10**r.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(low_exp, high_exp, n)


@wrong("log_uniform_natural_base",
       "I used np.exp(r) instead of 10**r.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return np.exp(rng.uniform(low_exp, high_exp, n))


@wrong("log_uniform_integer_exponents",
       "I drew integer exponents with rng.integers, so only whole powers of ten come out.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.integers(int(np.ceil(low_exp)), int(np.floor(high_exp)) + 1, n)
    return 10.0 ** r


@wrong("log_uniform_returns_list",
       "I built the values one by one in a Python list and returned the list.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return [10.0 ** rng.uniform(low_exp, high_exp) for _ in range(n)]


@wrong("log_uniform_normal_exponent",
       "I drew the exponent from a normal centred on the middle of the range and clipped it.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.normal((low_exp + high_exp) / 2, (high_exp - low_exp) / 4, n)
    return 10.0 ** np.clip(r, low_exp, high_exp)


@correct("log_uniform_random_state",
         "Uses a local np.random.RandomState(seed) and np.power(10, r).")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rs = np.random.RandomState(seed)
    r = low_exp + (high_exp - low_exp) * rs.random_sample(n)
    return np.power(10.0, r).astype(np.float64)


@correct("log_uniform_exp_of_ln10",
         "default_rng(seed).uniform for r, then exp(r * ln 10), clipped to the range.")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, size=int(n))
    values = np.exp(r * np.log(10.0))
    return np.clip(values, 10.0 ** low_exp, 10.0 ** high_exp).astype(np.float64)


# ---------------------------------------------------------------------------------------
# sample_beta
# ---------------------------------------------------------------------------------------


@wrong("beta_linear_sampling",
       "I sampled beta uniformly between 1 - 10**high_exp and 1 - 10**low_exp.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(1 - 10.0 ** high_exp, 1 - 10.0 ** low_exp, n)


@wrong("beta_forgot_one_minus",
       "I returned 10**r, which is 1 - beta, not beta.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("beta_forgot_power",
       "I wrote beta = 1 - r, forgetting the 10**.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 1 - rng.uniform(low_exp, high_exp, n)


@wrong("beta_unseeded",
       "I used np.random.uniform without seeding anything.")
def sample_beta(low_exp, high_exp, n, seed=0):
    r = np.random.uniform(low_exp, high_exp, n)
    return 1 - 10.0 ** r


@wrong("beta_fixed_seed",
       "I seeded the generator with 42 instead of seed.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(42)
    return 1 - 10.0 ** rng.uniform(low_exp, high_exp, n)


@wrong("beta_natural_base",
       "I used 1 - exp(r) instead of 1 - 10**r.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 1 - np.exp(rng.uniform(low_exp, high_exp, n))


@wrong("beta_returns_list",
       "I appended the betas to a list and returned the list.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    betas = []
    for _ in range(n):
        betas.append(1 - 10 ** rng.uniform(low_exp, high_exp))
    return betas


@wrong("beta_integer_exponents",
       "I drew the exponent with rng.integers, so only 0.9, 0.99, 0.999 ... come out.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.integers(int(np.ceil(low_exp)), int(np.floor(high_exp)) + 1, n)
    return 1 - 10.0 ** r


@correct("beta_random_state",
         "A local RandomState(seed), sampling 1 - beta and then subtracting.")
def sample_beta(low_exp, high_exp, n, seed=0):
    rs = np.random.RandomState(seed)
    r = rs.uniform(low_exp, high_exp, size=n)
    one_minus_beta = np.power(10.0, r)
    return np.asarray(1.0 - one_minus_beta, dtype=np.float64)


@correct("beta_generator_random_scaled",
         "default_rng(seed).random scaled into the exponent range, then beta = 1 - 10**r.")
def sample_beta(low_exp, high_exp, n, seed=0):
    gen = np.random.default_rng(seed)
    u = gen.random(int(n))
    r = high_exp - (high_exp - low_exp) * u
    return (1.0 - 10.0 ** r).astype(np.float64)

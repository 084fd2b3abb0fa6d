"""Mutants of assignment 06: optimization algorithms."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np

from autograder.mutants import mutant

# ewma ------------------------------------------------------------------------------------


@mutant("ewma_bias_correction_with_beta_not_beta_t", expect="instead of (1 - beta**t)")
def ewma(values, beta, bias_correction=False):
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta) if bias_correction else v
    return averages


@mutant("ewma_starts_at_first_value", expect="starts from the first value")
def ewma(values, beta, bias_correction=False):
    averages = np.zeros(len(values))
    v = values[0]
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@mutant("ewma_weights_swapped", expect="weights are swapped")
def ewma(values, beta, bias_correction=False):
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(1, len(values) + 1):
        v = (1 - beta) * v + beta * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


@mutant("ewma_bias_correction_t_from_zero", expect="uses the wrong t")
def ewma(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=float)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(len(values)):
        v = beta * v + (1 - beta) * values[t]
        with np.errstate(divide="ignore"):
            averages[t] = v / (1 - np.float64(beta) ** t) if bias_correction else v
    return averages


@mutant("ewma_ignores_bias_correction", expect="`bias_correction` is ignored")
def ewma(values, beta, bias_correction=False):
    averages = []
    v = 0
    for theta in values:
        v = beta * v + (1 - beta) * theta
        averages.append(v)
    return np.array(averages)


# initialize_velocity ---------------------------------------------------------------------


@mutant("velocity_keys_like_parameters", expect="parameters' names")
def initialize_velocity(parameters):
    return {key: np.zeros_like(value) for key, value in parameters.items()}


@mutant("velocity_copies_parameters", expect="is a copy of")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = parameters[f"W{l}"].copy()
        v[f"db{l}"] = parameters[f"b{l}"].copy()
    return v


@mutant("velocity_skips_last_layer", expect="missing the key")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L):
        v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return v


@mutant("velocity_flat_bias", expect="shape")
def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros(parameters[f"W{l}"].shape)
        v[f"db{l}"] = np.zeros(parameters[f"b{l}"].shape[0])
    return v


# update_parameters_with_momentum ---------------------------------------------------------


@mutant("momentum_without_one_minus_beta", expect="without the factor (1 - beta)")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            new_v[f"d{name}"] = beta * v[f"d{name}"] + grads[f"d{name}"]
            new_parameters[name] = parameters[name] - learning_rate * new_v[f"d{name}"]
    return new_parameters, new_v


@mutant("momentum_updates_only_weights", expect="biases are never updated")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    new_parameters, new_v = dict(parameters), dict(v)
    for l in range(1, L + 1):
        new_v[f"dW{l}"] = beta * v[f"dW{l}"] + (1 - beta) * grads[f"dW{l}"]
        new_parameters[f"W{l}"] = parameters[f"W{l}"] - learning_rate * new_v[f"dW{l}"]
    return new_parameters, new_v


@mutant("momentum_mutates_inputs", expect="changed the dict")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v[f"dW{l}"] = beta * v[f"dW{l}"] + (1 - beta) * grads[f"dW{l}"]
        v[f"db{l}"] = beta * v[f"db{l}"] + (1 - beta) * grads[f"db{l}"]
        parameters[f"W{l}"] -= learning_rate * v[f"dW{l}"]
        parameters[f"b{l}"] -= learning_rate * v[f"db{l}"]
    return parameters, v


@mutant("momentum_steps_with_gradient", expect="by the gradient, not by the velocity")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_v[f"d{key}"] = beta * v[f"d{key}"] + (1 - beta) * grads[f"d{key}"]
        new_parameters[key] = parameters[key] - learning_rate * grads[f"d{key}"]
    return new_parameters, new_v


@mutant("momentum_steps_with_old_velocity", expect="velocity of the previous step")
def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_parameters, new_v = {}, {}
    for key in parameters:
        new_parameters[key] = parameters[key] - learning_rate * v[f"d{key}"]
        new_v[f"d{key}"] = beta * v[f"d{key}"] + (1 - beta) * grads[f"d{key}"]
    return new_parameters, new_v


# initialize_rmsprop ----------------------------------------------------------------------


@mutant("rmsprop_state_starts_at_ones", expect="starts at ones")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s[f"dW{l}"] = np.ones_like(parameters[f"W{l}"])
        s[f"db{l}"] = np.ones_like(parameters[f"b{l}"])
    return s


@mutant("rmsprop_state_keys_like_parameters", expect="parameters' names")
def initialize_rmsprop(parameters):
    s = {}
    for key in parameters:
        s[key] = np.zeros(parameters[key].shape)
    return s


@mutant("rmsprop_state_skips_biases", expect="missing the key")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    return {f"dW{l}": np.zeros_like(parameters[f"W{l}"]) for l in range(1, L + 1)}


@mutant("rmsprop_state_transposed_weights", expect="shape")
def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"].T)
        s[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return s


# update_parameters_with_rmsprop ----------------------------------------------------------


@mutant("rmsprop_divides_by_s_not_sqrt", expect="divides by s instead of sqrt(s)")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads[f"d{key}"]
        new_s[f"d{key}"] = beta2 * s[f"d{key}"] + (1 - beta2) * g ** 2
        new_parameters[key] = parameters[key] - learning_rate * g / (new_s[f"d{key}"] + epsilon)
    return new_parameters, new_s


@mutant("rmsprop_epsilon_inside_sqrt", expect="epsilon is inside the square root")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads[f"d{key}"]
        new_s[f"d{key}"] = beta2 * s[f"d{key}"] + (1 - beta2) * np.square(g)
        new_parameters[key] = (parameters[key]
                               - learning_rate * g / np.sqrt(new_s[f"d{key}"] + epsilon))
    return new_parameters, new_s


@mutant("rmsprop_updates_only_weights", expect="biases are never updated")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    L = len(parameters) // 2
    new_parameters, new_s = dict(parameters), dict(s)
    for l in range(1, L + 1):
        g = grads[f"dW{l}"]
        new_s[f"dW{l}"] = beta2 * s[f"dW{l}"] + (1 - beta2) * g ** 2
        new_parameters[f"W{l}"] = (parameters[f"W{l}"]
                                   - learning_rate * g / (np.sqrt(new_s[f"dW{l}"]) + epsilon))
    return new_parameters, new_s


@mutant("rmsprop_mutates_inputs", expect="changed the dict")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    for key in parameters:
        g = grads[f"d{key}"]
        s[f"d{key}"] *= beta2
        s[f"d{key}"] += (1 - beta2) * g ** 2
        parameters[key] -= learning_rate * g / (np.sqrt(s[f"d{key}"]) + epsilon)
    return parameters, s


@mutant("rmsprop_gradient_not_squared", expect="not their squares")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads[f"d{key}"]
        new_s[f"d{key}"] = beta2 * s[f"d{key}"] + (1 - beta2) * g
        new_parameters[key] = (parameters[key]
                               - learning_rate * g / (np.sqrt(new_s[f"d{key}"]) + epsilon))
    return new_parameters, new_s


@mutant("rmsprop_ignores_epsilon", expect="`epsilon` argument is ignored")
def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    new_parameters, new_s = {}, {}
    for key in parameters:
        g = grads[f"d{key}"]
        new_s[f"d{key}"] = beta2 * s[f"d{key}"] + (1 - beta2) * g ** 2
        new_parameters[key] = (parameters[key]
                               - learning_rate * g / (np.sqrt(new_s[f"d{key}"]) + 1e-8))
    return new_parameters, new_s


# initialize_adam -------------------------------------------------------------------------


@mutant("adam_state_s_starts_at_ones", expect="starts at ones")
def initialize_adam(parameters):
    v, s = {}, {}
    for key in parameters:
        v[f"d{key}"] = np.zeros_like(parameters[key])
        s[f"d{key}"] = np.ones_like(parameters[key])
    return v, s


@mutant("adam_state_returns_only_v", expect="tuple (v, s)")
def initialize_adam(parameters):
    v = {}
    for key in parameters:
        v[f"d{key}"] = np.zeros_like(parameters[key])
    return v


@mutant("adam_state_keys_like_parameters", expect="parameters' names")
def initialize_adam(parameters):
    v = {key: np.zeros_like(value) for key, value in parameters.items()}
    s = {key: np.zeros_like(value) for key, value in parameters.items()}
    return v, s


@mutant("adam_state_skips_last_layer", expect="missing the key")
def initialize_adam(parameters):
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L):
        for name in (f"W{l}", f"b{l}"):
            v[f"d{name}"] = np.zeros_like(parameters[name])
            s[f"d{name}"] = np.zeros_like(parameters[name])
    return v, s


# update_parameters_with_adam -------------------------------------------------------------


@mutant("adam_no_bias_correction", expect="no bias correction")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = {}, {}, {}
    for key in parameters:
        g = grads[f"d{key}"]
        new_v[f"d{key}"] = beta1 * v[f"d{key}"] + (1 - beta1) * g
        new_s[f"d{key}"] = beta2 * s[f"d{key}"] + (1 - beta2) * g ** 2
        new_parameters[key] = (parameters[key] - learning_rate * new_v[f"d{key}"]
                               / (np.sqrt(new_s[f"d{key}"]) + epsilon))
    return new_parameters, new_v, new_s, new_v, new_s


@mutant("adam_bias_correction_wrong_t", expect="uses the wrong t")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    t = t + 1
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        new_v[d] = beta1 * v[d] + (1 - beta1) * g
        new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = new_v[d] / (1 - beta1 ** t)
        s_corrected[d] = new_s[d] / (1 - beta2 ** t)
        new_parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                               / (np.sqrt(s_corrected[d]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


@mutant("adam_bias_correction_beta_not_powered", expect="instead of (1 - beta**t)")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        new_v[d] = beta1 * v[d] + (1 - beta1) * g
        new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = new_v[d] / (1 - beta1)
        s_corrected[d] = new_s[d] / (1 - beta2)
        new_parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                               / (np.sqrt(s_corrected[d]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


@mutant("adam_epsilon_inside_sqrt", expect="epsilon is inside the square root")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        new_v[d] = beta1 * v[d] + (1 - beta1) * g
        new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = new_v[d] / (1 - beta1 ** t)
        s_corrected[d] = new_s[d] / (1 - beta2 ** t)
        new_parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                               / np.sqrt(s_corrected[d] + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


@mutant("adam_updates_only_weights", expect="biases are never updated")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s = dict(parameters), dict(v), dict(s)
    v_corrected, s_corrected = {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        new_v[d] = beta1 * v[d] + (1 - beta1) * g
        new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = new_v[d] / (1 - beta1 ** t)
        s_corrected[d] = new_s[d] / (1 - beta2 ** t)
        if key.startswith("W"):
            new_parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                                   / (np.sqrt(s_corrected[d]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


@mutant("adam_mutates_inputs", expect="changed the dict")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    v_corrected, s_corrected = {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        v[d] = beta1 * v[d] + (1 - beta1) * g
        s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = v[d] / (1 - beta1 ** t)
        s_corrected[d] = s[d] / (1 - beta2 ** t)
        parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                           / (np.sqrt(s_corrected[d]) + epsilon))
    return parameters, v, s, v_corrected, s_corrected


@mutant("adam_stores_corrected_moments", expect="stored as the new v and s")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, v_corrected, s_corrected = {}, {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        v_corrected[d] = (beta1 * v[d] + (1 - beta1) * g) / (1 - beta1 ** t)
        s_corrected[d] = (beta2 * s[d] + (1 - beta2) * g ** 2) / (1 - beta2 ** t)
        new_parameters[key] = (parameters[key] - learning_rate * v_corrected[d]
                               / (np.sqrt(s_corrected[d]) + epsilon))
    return new_parameters, v_corrected, s_corrected, v_corrected, s_corrected


@mutant("adam_steps_with_uncorrected_moments", expect="uses the uncorrected v and s")
def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for key in parameters:
        g, d = grads[f"d{key}"], f"d{key}"
        new_v[d] = beta1 * v[d] + (1 - beta1) * g
        new_s[d] = beta2 * s[d] + (1 - beta2) * g ** 2
        v_corrected[d] = new_v[d] / (1 - beta1 ** t)
        s_corrected[d] = new_s[d] / (1 - beta2 ** t)
        new_parameters[key] = (parameters[key] - learning_rate * new_v[d]
                               / (np.sqrt(new_s[d]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


# inverse_time_decay ----------------------------------------------------------------------


@mutant("inverse_time_missing_parentheses", expect="learning_rate0 / 1 + decay_rate")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 / 1 + decay_rate * epoch


@mutant("inverse_time_multiplies", expect="grows with the epoch")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    return learning_rate0 * (1 + decay_rate * epoch)


@mutant("inverse_time_compounds", expect="compounds")
def inverse_time_decay(learning_rate0, epoch, decay_rate):
    learning_rate = learning_rate0
    for _ in range(epoch):
        learning_rate = learning_rate / (1 + decay_rate)
    return learning_rate


# exponential_decay -----------------------------------------------------------------------


@mutant("exponential_staircase_without_floor", expect="must be floored")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step / decay_steps)


@mutant("exponential_decay_per_iteration", expect="decays at every step")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** step


@mutant("exponential_base_and_exponent_swapped", expect="base are swapped")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = step // decay_steps if staircase else step / decay_steps
    return learning_rate0 * exponent ** decay_rate


@mutant("exponential_staircase_rounds", expect="rounded")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    exponent = round(step / decay_steps) if staircase else step / decay_steps
    return learning_rate0 * decay_rate ** exponent


@mutant("exponential_always_floors", expect="even when staircase=False")
def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    return learning_rate0 * decay_rate ** (step // decay_steps)


# scheduled_lr_decay ----------------------------------------------------------------------


@mutant("scheduled_without_floor", expect="not floored")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch / time_interval)


@mutant("scheduled_decays_every_epoch", expect="decays every epoch")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * epoch)


@mutant("scheduled_hard_coded_interval", expect="`time_interval` argument is ignored")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * (epoch // 1000))


@mutant("scheduled_rounds", expect="rounded")
def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    return learning_rate0 / (1 + decay_rate * round(epoch / time_interval))


# sample_log_uniform ----------------------------------------------------------------------


@mutant("log_uniform_samples_alpha_uniformly", expect="uniform between 10**low_exp")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(10.0 ** low_exp, 10.0 ** high_exp, size=n)


@mutant("log_uniform_natural_exp", expect="base e")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    r = low_exp + (high_exp - low_exp) * np.random.rand(n)
    return np.exp(r)


@mutant("log_uniform_ignores_seed", expect="same `seed`")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    r = np.random.uniform(low_exp, high_exp, n)
    return 10 ** r


@mutant("log_uniform_integer_exponents", expect="whole powers of ten")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    r = rng.integers(int(np.ceil(low_exp)), int(np.floor(high_exp)), endpoint=True, size=n)
    return 10.0 ** r


@mutant("log_uniform_ignores_high_exp", expect="lower end")
def sample_log_uniform(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    r = low_exp * np.random.rand(n)
    return 10 ** r


# sample_beta -----------------------------------------------------------------------------


@mutant("beta_sampled_uniformly", expect="sampled uniformly between")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.uniform(1 - 10.0 ** high_exp, 1 - 10.0 ** low_exp, size=n)


@mutant("beta_returns_one_minus_beta", expect="that is 1 - beta")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed)
    return 10.0 ** rng.uniform(low_exp, high_exp, size=n)


@mutant("beta_ignores_seed", expect="same `seed`")
def sample_beta(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng()
    return 1 - 10.0 ** rng.uniform(low_exp, high_exp, size=n)


@mutant("beta_natural_exp", expect="base e")
def sample_beta(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    r = np.random.uniform(low_exp, high_exp, n)
    return 1 - np.exp(r)

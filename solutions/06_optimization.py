"""Reference solutions of assignment 06: optimization algorithms.

Contract of the update functions: they return *new* dicts and leave every input dict
(parameters, grads, v, s) and every array in them unchanged.
"""

import numpy as np


def ewma(values, beta, bias_correction=False):
    """Exponentially weighted moving average v_t = beta v_{t-1} + (1 - beta) theta_t, v_0 = 0.

    Inputs: values -- (T,) floats theta_1..theta_T; beta -- float in [0, 1);
            bias_correction -- divide v_t by (1 - beta**t).
    Returns: (T,) float64 array v_1..v_T (bias-corrected if asked).
    Side effects: none; the inputs are left unchanged.
    """
    values = np.asarray(values, dtype=np.float64)
    averages = np.zeros(len(values))
    v = 0.0
    for t in range(1, len(values) + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v / (1 - beta ** t) if bias_correction else v
    return averages


def initialize_velocity(parameters):
    """Zero velocity for every parameter.

    Inputs: parameters -- {"W1": (n1, n0), "b1": (n1, 1), ..., "WL", "bL"}.
    Returns: v -- {"dW1": zeros like W1, "db1": zeros like b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        v[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return v


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    """One step of gradient descent with momentum; the inputs are left unchanged.

    Inputs: parameters {"W1", "b1", ...}; grads {"dW1", "db1", ...}; v -- velocity, same keys
            as grads; beta -- momentum in [0, 1); learning_rate -- float.
    Returns: (parameters, v) -- new dicts with the same keys and shapes.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    new_parameters, new_v = {}, {}
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            new_v[f"d{name}"] = beta * v[f"d{name}"] + (1 - beta) * grads[f"d{name}"]
            new_parameters[name] = parameters[name] - learning_rate * new_v[f"d{name}"]
    return new_parameters, new_v


def initialize_rmsprop(parameters):
    """Zero running average of the squared gradients for every parameter.

    Inputs: parameters -- {"W1": (n1, n0), "b1": (n1, 1), ...}.
    Returns: s -- {"dW1": zeros like W1, "db1": zeros like b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s[f"dW{l}"] = np.zeros_like(parameters[f"W{l}"])
        s[f"db{l}"] = np.zeros_like(parameters[f"b{l}"])
    return s


def update_parameters_with_rmsprop(parameters, grads, s, beta2, learning_rate, epsilon=1e-8):
    """One RMSprop step; the inputs are left unchanged.

    Inputs: parameters {"W1", "b1", ...}; grads {"dW1", "db1", ...}; s -- running average of
            squared gradients, same keys as grads; beta2 -- float in [0, 1);
            learning_rate -- float; epsilon -- added to sqrt(s).
    Returns: (parameters, s) -- new dicts with the same keys and shapes.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    new_parameters, new_s = {}, {}
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            g = grads[f"d{name}"]
            new_s[f"d{name}"] = beta2 * s[f"d{name}"] + (1 - beta2) * g ** 2
            new_parameters[name] = (parameters[name]
                                    - learning_rate * g / (np.sqrt(new_s[f"d{name}"]) + epsilon))
    return new_parameters, new_s


def initialize_adam(parameters):
    """Zero first and second moment estimates for every parameter.

    Inputs: parameters -- {"W1": (n1, n0), "b1": (n1, 1), ...}.
    Returns: (v, s) -- two dicts {"dW1": zeros like W1, "db1": zeros like b1, ...}.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    v, s = {}, {}
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            v[f"d{name}"] = np.zeros_like(parameters[name])
            s[f"d{name}"] = np.zeros_like(parameters[name])
    return v, s


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9,
                                beta2=0.999, epsilon=1e-8):
    """One Adam step (step number t, counted from 1); the inputs are left unchanged.

    Inputs: parameters {"W1", "b1", ...}; grads {"dW1", "db1", ...}; v, s -- first and second
            moment estimates, same keys as grads; t -- int >= 1; learning_rate, beta1, beta2,
            epsilon -- floats.
    Returns: (parameters, v, s, v_corrected, s_corrected) -- new dicts; the last two are the
             bias-corrected moments used in this step.
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    new_parameters, new_v, new_s, v_corrected, s_corrected = {}, {}, {}, {}, {}
    for l in range(1, L + 1):
        for name in (f"W{l}", f"b{l}"):
            key, g = f"d{name}", grads[f"d{name}"]
            new_v[key] = beta1 * v[key] + (1 - beta1) * g
            new_s[key] = beta2 * s[key] + (1 - beta2) * g ** 2
            v_corrected[key] = new_v[key] / (1 - beta1 ** t)
            s_corrected[key] = new_s[key] / (1 - beta2 ** t)
            new_parameters[name] = (parameters[name] - learning_rate * v_corrected[key]
                                    / (np.sqrt(s_corrected[key]) + epsilon))
    return new_parameters, new_v, new_s, v_corrected, s_corrected


def inverse_time_decay(learning_rate0, epoch, decay_rate):
    """Learning rate alpha0 / (1 + decay_rate * epoch).

    Inputs: learning_rate0 -- float; epoch -- int >= 0; decay_rate -- float >= 0.
    Returns: float, the learning rate for this epoch.
    Side effects: none; the inputs are left unchanged.
    """
    return learning_rate0 / (1 + decay_rate * epoch)


def exponential_decay(learning_rate0, step, decay_rate, decay_steps, staircase=False):
    """Learning rate alpha0 * decay_rate ** (step / decay_steps), floored exponent if staircase.

    Inputs: learning_rate0 -- float; step -- int >= 0 (an epoch or an update count);
            decay_rate -- float in (0, 1]; decay_steps -- int > 0; staircase -- bool.
    Returns: float, the learning rate at this step.
    Side effects: none; the inputs are left unchanged.
    """
    exponent = step / decay_steps
    if staircase:
        exponent = np.floor(exponent)
    return float(learning_rate0 * decay_rate ** exponent)


def scheduled_lr_decay(learning_rate0, epoch, decay_rate, time_interval=1000):
    """Inverse-time decay applied once every `time_interval` epochs.

    Inputs: learning_rate0 -- float; epoch -- int >= 0; decay_rate -- float >= 0;
            time_interval -- int > 0.
    Returns: float, alpha0 / (1 + decay_rate * floor(epoch / time_interval)).
    Side effects: none; the inputs are left unchanged.
    """
    return learning_rate0 / (1 + decay_rate * np.floor(epoch / time_interval))


def sample_log_uniform(low_exp, high_exp, n, seed=0):
    """n values 10**r with r uniform in [low_exp, high_exp] (a log-uniform sample).

    Inputs: low_exp < high_exp -- floats; n -- int; seed -- int, same seed -> same values.
    Returns: (n,) float64 array in [10**low_exp, 10**high_exp].
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, size=n)
    return 10.0 ** r


def sample_beta(low_exp, high_exp, n, seed=0):
    """n averaging rates beta = 1 - 10**r with r uniform in [low_exp, high_exp].

    Inputs: low_exp < high_exp <= 0 -- floats; n -- int; seed -- int.
    Returns: (n,) float64 array in [1 - 10**high_exp, 1 - 10**low_exp].
    Side effects: none; the inputs are left unchanged.
    """
    rng = np.random.default_rng(seed)
    r = rng.uniform(low_exp, high_exp, size=n)
    return 1.0 - 10.0 ** r

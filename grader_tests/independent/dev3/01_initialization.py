"""Held-out implementations of assignment 01, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# initialize_parameters_zeros
# ----------------------------------------------------------------------------


@wrong("zeros_w_transposed",
       "I gave W{l} the shape (n[l-1], n[l]) because I think of it as 'from layer l-1 to "
       "layer l', so the rows and columns are swapped.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_bias_1d",
       "I wrote np.zeros(layer_dims[l]) for the bias, which gives a flat vector of shape "
       "(n[l],) instead of a column (n[l], 1).")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros(layer_dims[l])
    return parameters


@wrong("zeros_bias_row",
       "I wrote the bias shape the wrong way round, (1, n[l]) -- a row instead of a column.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((1, layer_dims[l]))
    return parameters


@wrong("zeros_missing_last_layer",
       "I set L = len(layer_dims) - 1 and then looped over range(1, L), so the output layer "
       "W{L}, b{L} never gets created.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_includes_input_layer",
       "I looped over range(len(layer_dims)) starting at 0, so I also created a 'W0' and "
       "'b0' for the input layer (with layer_dims[-1] as its fan-in).")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_keys_from_zero",
       "I looped l over range(L) and used layer_dims[l+1], layer_dims[l] for the shapes, "
       "but I named the keys with l, so they are W0..W{L-1} instead of W1..WL.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(L):
        parameters[f"W{l}"] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("zeros_pops_layer_dims",
       "I popped the input size off layer_dims to walk through the layers pairwise, which "
       "removes the first entry from the caller's list.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    n_prev = layer_dims.pop(0)
    for l, n in enumerate(layer_dims, start=1):
        parameters[f"W{l}"] = np.zeros((n, n_prev))
        parameters[f"b{l}"] = np.zeros((n, 1))
        n_prev = n
    return parameters


@wrong("zeros_int_dtype",
       "I passed dtype=int to np.zeros because zero is an integer, so the weights and biases "
       "are integer arrays instead of float arrays.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=int)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1), dtype=int)
    return parameters


@correct("zeros_zip_comprehension",
         "Pairs consecutive sizes with zip and builds the dict in one comprehension per key "
         "type, merged with dict unpacking.")
def initialize_parameters_zeros(layer_dims):
    pairs = list(zip(layer_dims[:-1], layer_dims[1:]))
    weights = {f"W{l}": np.zeros((n, n_prev)) for l, (n_prev, n) in enumerate(pairs, 1)}
    biases = {f"b{l}": np.zeros((n, 1)) for l, (_, n) in enumerate(pairs, 1)}
    return {**weights, **biases}


@correct("zeros_full_while",
         "A while loop with np.full(shape, 0.0) instead of np.zeros, inserting W and b "
         "layer by layer.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    l = 1
    while l < len(layer_dims):
        parameters["W%d" % l] = np.full((layer_dims[l], layer_dims[l - 1]), 0.0)
        parameters["b%d" % l] = np.full((layer_dims[l], 1), 0.0)
        l += 1
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_random
# ----------------------------------------------------------------------------


@wrong("rand_scale_squared",
       "The docstring says N(0, scale**2), so I multiplied the standard-normal draws by "
       "scale**2 -- but that is the variance, not the standard deviation.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale ** 2
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_sqrt_scale",
       "I mixed up the scale with a variance and multiplied the draws by np.sqrt(scale).")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(scale)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_uniform_draws",
       "I used np.random.rand, which I thought was the normal distribution, but it draws "
       "uniformly from [0, 1), so all weights are positive.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_reseed_in_loop",
       "I created the generator inside the loop, so every layer starts from the same seed "
       "and the layers' weights all begin with the same sequence of numbers.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_hardcoded_seed",
       "I wrote np.random.seed(3) like in the example instead of using the seed argument, "
       "so a different seed still gives the same weights.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_hardcoded_ten",
       "The text says to multiply by 10, so I wrote * 10 and forgot to use the scale "
       "argument.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_random_biases",
       "I thought the biases should be random as well to break symmetry, so I drew them "
       "from the same scaled normal as the weights.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters["b" + str(l)] = rng.standard_normal((layer_dims[l], 1)) * scale
    return parameters


@wrong("rand_w_transposed",
       "I drew W{l} with shape (n[l-1], n[l]) -- inputs by outputs -- instead of "
       "(n[l], n[l-1]).")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("rand_legacy_randn_unpack",
         "Uses the legacy global generator (np.random.seed + np.random.randn with unpacked "
         "shape), as the notebook allows.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters["W" + str(l)] = scale * np.random.randn(*shape)
        parameters["b" + str(l)] = np.zeros((shape[0], 1))
    return parameters


@correct("rand_zip_normal",
         "Walks zip(layer_dims[:-1], layer_dims[1:]) and draws with rng.standard_normal(size=...) "
         "then multiplies by the scale after the fact with np.multiply.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        draws = rng.standard_normal(size=(fan_out, fan_in))
        parameters[f"W{l}"] = np.multiply(draws, scale)
        parameters[f"b{l}"] = np.zeros((fan_out, 1))
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_he
# ----------------------------------------------------------------------------


@wrong("he_fan_out",
       "I used the size of the current layer, sqrt(2 / n[l]), instead of the fan-in "
       "n[l-1].")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_normal_variance_as_std",
       "I used rng.normal(0, 2 / n[l-1], size) straight from the formula N(0, 2/n[l-1]), "
       "but the second argument of normal is the standard deviation, not the variance.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.normal(0, 2 / layer_dims[l - 1], size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_missing_factor_two",
       "I forgot the 2 and multiplied by sqrt(1 / n[l-1]), which is Xavier, not He.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_sqrt_numerator_only",
       "I put the square root only on the 2: np.sqrt(2) / n[l-1] instead of "
       "np.sqrt(2 / n[l-1]).")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2) / layer_dims[l - 1]
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_integer_division",
       "I wrote 2 // layer_dims[l-1] inside the square root; integer division makes it 0 "
       "for any layer wider than 2, so those weights are all zero.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 // layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_average_fan",
       "I used the averaged fan 2 / (n[l-1] + n[l]) from the Glorot paper mentioned in the "
       "notebook instead of He's 2 / n[l-1].")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_shifted_index",
       "I looped l from 0 and used layer_dims[l+1], layer_dims[l] for the shape, but kept "
       "layer_dims[l-1] in the scale, so the fan-in is off by one layer (the first layer "
       "even uses layer_dims[-1]).")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters[f"W{l + 1}"] = rng.standard_normal((layer_dims[l + 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l + 1}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("he_unseeded_global",
       "I used np.random.randn but never seeded anything with the seed argument, so two "
       "calls with the same seed give different weights.")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_seed_plus_layer_reset",
       "I reseeded the global generator with np.random.seed(seed) at the start of every "
       "layer, so all layers draw the same first numbers instead of continuing the stream.")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        np.random.seed(seed)
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_normal_std_arg",
         "Draws directly with rng.normal(0, std, size) where std = sqrt(2 / fan_in), in a "
         "zip loop over consecutive sizes.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(n, fan_in))
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


@correct("he_divide_by_sqrt_half_fanin",
         "Legacy global generator, and divides the draws by sqrt(n[l-1] / 2) instead of "
         "multiplying by sqrt(2 / n[l-1]).")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in = layer_dims[l - 1]
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], fan_in) / np.sqrt(fan_in / 2.0)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_xavier
# ----------------------------------------------------------------------------


@wrong("xav_glorot_average",
       "I used the original Glorot formula with fan-in and fan-out averaged, "
       "sqrt(2 / (n[l-1] + n[l])), instead of the course's fan-in version.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_he_factor",
       "I copied my He function and forgot to change sqrt(2 / n[l-1]) to sqrt(1 / n[l-1]).")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_no_sqrt",
       "I multiplied the draws by 1 / n[l-1], the variance, and forgot the square root.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * (1 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_fan_out",
       "I divided by the number of units of the layer itself, sqrt(1 / n[l]), instead of "
       "its number of inputs n[l-1].")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / np.sqrt(layer_dims[l])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_glorot_uniform",
       "I used the Glorot uniform version I know from Keras, uniform in "
       "[-sqrt(6 / (fan_in + fan_out)), +sqrt(6 / (fan_in + fan_out))], instead of normal "
       "draws times sqrt(1 / n[l-1]).")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(6 / (layer_dims[l - 1] + layer_dims[l]))
        parameters["W" + str(l)] = rng.uniform(-limit, limit, size=(layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_seed_wrong_generator",
       "I called np.random.seed(seed) but then drew from a new np.random.default_rng(), "
       "which the global seed does not affect, so the weights change on every call.")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_missing_last_layer",
       "I wrote L = len(layer_dims) - 1 and looped over range(1, L), so the output layer "
       "has no W{L} and b{L}.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_bias_1d",
       "I created the biases with np.zeros(layer_dims[l]), a flat (n[l],) vector, instead "
       "of a column of shape (n[l], 1).")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(1 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros(layer_dims[l])
    return parameters


@wrong("xav_std_via_var_then_normal_var",
       "I computed var = 1 / n[l-1] and passed it to np.random.normal as the spread, "
       "forgetting that normal wants the standard deviation.")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        var = 1.0 / layer_dims[l - 1]
        parameters["W" + str(l)] = np.random.normal(0.0, var, (layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xav_divide_sqrt_fanin",
         "Divides standard-normal draws by sqrt(n[l-1]) instead of multiplying by "
         "sqrt(1 / n[l-1]); fan-in read from the shape tuple.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal(shape) / np.sqrt(shape[1])
        parameters[f"b{l}"] = np.zeros((shape[0], 1))
    return parameters


@correct("xav_legacy_normal_std",
         "Legacy global generator with np.random.normal(0, std, size) and the std computed "
         "as (1 / fan_in) ** 0.5, iterating with enumerate over layer_dims[1:].")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for i, n in enumerate(layer_dims[1:]):
        fan_in = layer_dims[i]
        std = (1.0 / fan_in) ** 0.5
        parameters["W" + str(i + 1)] = np.random.normal(0.0, std, size=(n, fan_in))
        parameters["b" + str(i + 1)] = np.zeros((n, 1))
    return parameters

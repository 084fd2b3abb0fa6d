"""Independent implementations of assignment 01, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# initialize_parameters_zeros
# ---------------------------------------------------------------------------------------


@wrong("zeros_bias_flat_vector", "I made the biases with np.zeros(n) so they have shape (n,) instead of (n, 1)")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros(layer_dims[l])
    return parameters


@wrong("zeros_weights_transposed", "I wrote the weight shape as (n[l-1], n[l]) like inputs-by-outputs")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_skips_output_layer", "My loop was range(1, len(layer_dims) - 1) so the output layer got no parameters")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_keys_numbered_from_zero", "I looped over range(L) and named the layers W0, b0, ... instead of W1, b1, ...")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(L):
        parameters[f"W{l}"] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("zeros_bias_uses_previous_layer_size", "I gave the bias the size of the previous layer, (n[l-1], 1)")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l - 1], 1))
    return parameters


@wrong("zeros_pops_callers_layer_dims", "I popped the sizes off layer_dims as I went, which empties the caller's list")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    n_prev = layer_dims.pop(0)
    l = 1
    while layer_dims:
        n = layer_dims.pop(0)
        parameters[f"W{l}"] = np.zeros((n, n_prev))
        parameters[f"b{l}"] = np.zeros((n, 1))
        n_prev = n
        l += 1
    return parameters


@wrong("zeros_bias_row_vector", "I made each bias a row vector of shape (1, n[l])")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((1, layer_dims[l]))
    return parameters


@correct("zeros_zip_consecutive_sizes", "zip over consecutive pairs of sizes with np.full(..., 0.0)")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    pairs = zip(layer_dims[:-1], layer_dims[1:])
    for l, (n_prev, n) in enumerate(pairs, start=1):
        parameters["W" + str(l)] = np.full((n, n_prev), 0.0)
        parameters["b" + str(l)] = np.full((n, 1), 0.0)
    return parameters


@correct("zeros_dict_comprehension", "two dict comprehensions merged, np.zeros with explicit float dtype")
def initialize_parameters_zeros(layer_dims):
    L = len(layer_dims) - 1
    weights = {f"W{l}": np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=float)
               for l in range(1, L + 1)}
    biases = {f"b{l}": np.zeros((layer_dims[l], 1), dtype=float) for l in range(1, L + 1)}
    return {**weights, **biases}


# ---------------------------------------------------------------------------------------
# initialize_parameters_random
# ---------------------------------------------------------------------------------------


@wrong("random_ignores_seed", "I called np.random.randn without seeding, so the same seed gives different weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_reseeds_every_layer", "I created the generator from seed inside the loop, so layers of the same shape get identical weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_hardcodes_scale_ten", "I wrote * 10 because the text says 10, and never used the scale argument")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_multiplies_by_scale_squared", "The docstring says N(0, scale**2) so I multiplied the draws by scale**2")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale ** 2
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_uniform_instead_of_normal", "I used np.random.rand (uniform on [0, 1)) instead of randn")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_biases_also_random", "I drew the biases from the same scaled normal as the weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * scale
    return parameters


@wrong("random_hardcoded_seed_three", "I wrote np.random.seed(3) from the default, so a different seed gives the same weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_scale_also_divided_by_fan_in", "I also divided by sqrt(n[l-1]) like in the lecture, on top of the scale")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * scale / np.sqrt(layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("random_legacy_global_seed", "np.random.seed(seed) once, then np.random.randn for every layer")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = scale * np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("random_generator_normal_with_scale", "rng.normal(0, scale, size) from a default_rng Generator")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(loc=0.0, scale=scale, size=(n, n_prev))
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


@correct("random_randomstate_object", "a private np.random.RandomState(seed) so the global state is untouched")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = state.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


# ---------------------------------------------------------------------------------------
# initialize_parameters_he
# ---------------------------------------------------------------------------------------


@wrong("he_uses_fan_out", "I used the size of the current layer instead of the previous one in the He scale")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_forgot_sqrt", "I multiplied by 2 / n[l-1], the variance, and forgot the square root")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * (2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_missing_factor_two", "I used sqrt(1 / n[l-1]), which is the Xavier scale, for He")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W / np.sqrt(layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_sqrt_two_over_n", "I put the square root only on the 2 and wrote sqrt(2) / n[l-1]")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2) / layer_dims[l - 1]
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_output_layer_uses_xavier", "I thought the softmax output layer is not ReLU so I gave it the Xavier scale")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        gain = 2.0 if l < L else 1.0
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(gain / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_reseeds_every_layer", "I called np.random.seed(seed) inside the loop, so equal-shaped layers get the same weights")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        np.random.seed(seed)
        W = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_ignores_seed_argument", "I seeded with the default 3 instead of the seed argument, so every seed gives the same weights")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_fan_in_index_off_by_one", "With my 0-based loop I took the fan-in from layer_dims[l - 1] instead of layer_dims[l]")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(len(layer_dims) - 1):
        W = rng.standard_normal((layer_dims[l + 1], layer_dims[l]))
        parameters[f"W{l + 1}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l + 1}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("he_averages_fan_in_and_fan_out", "I used 2 / (n[l-1] + n[l]) because I mixed He up with Glorot's averaged fan")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_legacy_seed_randn", "np.random.seed + randn instead of a Generator")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    * np.sqrt(2.0 / layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_generator_normal_std", "rng.normal with the He standard deviation passed as scale, zip over sizes")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_out, fan_in))
        parameters[f"b{l}"] = np.zeros((fan_out, 1))
    return parameters


@correct("he_randomstate_divide_by_sqrt_half_fan", "RandomState draws divided by sqrt(n[l-1] / 2), which is the same scale")
def initialize_parameters_he(layer_dims, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in = layer_dims[l - 1]
        parameters[f"W{l}"] = state.randn(layer_dims[l], fan_in) / np.sqrt(fan_in / 2.0)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


# ---------------------------------------------------------------------------------------
# initialize_parameters_xavier
# ---------------------------------------------------------------------------------------


@wrong("xavier_uses_he_factor_two", "I copied my He function and forgot to change the 2 into a 1")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_uses_fan_out", "I divided by the size of the current layer n[l] instead of n[l-1]")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_glorot_averaged_fan", "I used Glorot's 2 / (n[l-1] + n[l]) from the paper instead of the course's fan-in version")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_divides_by_fan_in_no_sqrt", "I divided the draws by n[l-1] and forgot the square root")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W / layer_dims[l - 1]
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_glorot_uniform", "I used the Keras Glorot uniform limit sqrt(6 / (fan_in + fan_out)) instead of a normal draw")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(6 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = rng.uniform(-limit, limit, size=(layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_reseeds_every_layer", "I made a new default_rng(seed) for each layer, so same-shaped layers repeat the same weights")
def initialize_parameters_xavier(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.random.default_rng(seed).standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_never_seeds", "I forgot to seed at all, so two calls with the same seed give different weights")
def initialize_parameters_xavier(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_weights_transposed", "I drew W with shape (n[l-1], n[l]), inputs first")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l - 1], layer_dims[l]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xavier_legacy_seed_over_sqrt", "np.random.seed + randn divided by sqrt(n[l-1])")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    / np.sqrt(layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xavier_generator_normal_std", "rng.normal with std sqrt(1 / fan_in), zip over consecutive sizes")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, np.sqrt(1.0 / fan_in), size=(fan_out, fan_in))
        parameters[f"b{l}"] = np.zeros((fan_out, 1))
    return parameters


@correct("xavier_randomstate_power", "RandomState draws times fan_in ** -0.5")
def initialize_parameters_xavier(layer_dims, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in = layer_dims[l - 1]
        parameters[f"W{l}"] = state.standard_normal((layer_dims[l], fan_in)) * fan_in ** -0.5
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters

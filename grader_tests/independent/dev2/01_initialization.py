"""Held-out implementations of assignment 01, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# initialize_parameters_zeros
# ---------------------------------------------------------------------------------------


@wrong("zeros_bias_1d", "I made the biases flat vectors np.zeros(n) instead of columns (n, 1)")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros(layer_dims[l])
    return parameters


@wrong("zeros_w_transposed", "I wrote W's shape as (n[l-1], n[l]), the wrong way round")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_skip_output_layer",
       "My loop stopped at len(layer_dims) - 1, so the output layer got no parameters")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_keys_from_zero",
       "I looped from 0 and named the first layer W0/b0 instead of W1/b1")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters[f"W{l}"] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("zeros_integer_dtype",
       "I passed dtype=int to np.zeros, so the weights are integers and cannot hold 0.01")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=int)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1), dtype=int)
    return parameters


@wrong("zeros_nested_lists", "I built the zeros as nested Python lists instead of NumPy arrays")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = [[0.0] * layer_dims[l - 1] for _ in range(layer_dims[l])]
        parameters[f"b{l}"] = [[0.0] for _ in range(layer_dims[l])]
    return parameters


@wrong("zeros_square_w", "I used n[l] for both dimensions of W, so W is (n[l], n[l])")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_bias_row", "I gave the biases shape (1, n[l]) instead of (n[l], 1)")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((1, layer_dims[l]))
    return parameters


@correct("zeros_zip_comprehension", "dict built from zip of consecutive layer sizes")
def initialize_parameters_zeros(layer_dims):
    dims = list(layer_dims)
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(dims[:-1], dims[1:]), start=1):
        parameters.update({f"W{l}": np.zeros((n, n_prev)), f"b{l}": np.zeros((n, 1))})
    return parameters


@correct("zeros_np_full", "np.full with an explicit 0.0 fill value, keys built with format")
def initialize_parameters_zeros(layer_dims):
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(1, L + 1):
        parameters["W{}".format(l)] = np.full((int(layer_dims[l]), int(layer_dims[l - 1])), 0.0)
        parameters["b{}".format(l)] = np.full((int(layer_dims[l]), 1), 0.0)
    return parameters


# ---------------------------------------------------------------------------------------
# initialize_parameters_random
# ---------------------------------------------------------------------------------------


@wrong("random_ignores_scale", "I hard-coded the factor 10 and never used the scale argument")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * 10
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_scale_squared",
       "N(0, scale**2) made me multiply the draws by scale**2 instead of scale")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale ** 2
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_uniform_rand", "I used np.random.rand, which is uniform on [0, 1), not normal")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.random.rand(layer_dims[l], layer_dims[l - 1]) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_hardcoded_seed", "I seeded the generator with 3 instead of the seed argument")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_unseeded", "I never seeded anything, so every call gives different weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_reseed_per_layer",
       "I created the generator from seed inside the loop, so every layer starts from the "
       "same random numbers")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_random_biases", "I drew the biases at random too, like the weights")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * scale
    return parameters


@wrong("random_normal_loc_scale_swapped",
       "I called rng.normal(scale, 1, shape), mixing up the mean and the standard deviation")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.normal(scale, 1.0, (layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_divide_by_scale", "I divided the draws by scale instead of multiplying")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) / scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("random_w_transposed", "I drew W with shape (n[l-1], n[l])")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("random_legacy_randn", "the legacy global np.random.seed with np.random.randn")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("random_rng_normal", "rng.normal(0, scale, size) from one default_rng, dict comprehension")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    shapes = [(layer_dims[l], layer_dims[l - 1]) for l in range(1, len(layer_dims))]
    parameters = {}
    for l, shape in enumerate(shapes, start=1):
        parameters[f"W{l}"] = rng.normal(loc=0.0, scale=scale, size=shape)
        parameters[f"b{l}"] = np.zeros((shape[0], 1))
    return parameters


@correct("random_randomstate", "a private np.random.RandomState(seed) object")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = state.standard_normal(size=(layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = float(scale) * W
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1), dtype=np.float64)
    return parameters


# ---------------------------------------------------------------------------------------
# initialize_parameters_he
# ---------------------------------------------------------------------------------------


@wrong("he_fan_out", "I used the layer's own size n[l] instead of the fan-in n[l-1]")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / layer_dims[l])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_variance_not_std", "I multiplied by the variance 2 / n[l-1] and forgot the sqrt")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * (2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_factor_one", "I forgot the factor 2 and used sqrt(1 / n[l-1]), i.e. Xavier")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_sqrt2_over_n", "I wrote np.sqrt(2) / n[l-1], taking the root of the 2 only")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(2) / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_fan_avg", "I averaged fan-in and fan-out: sqrt(2 / (n[l-1] + n[l]))")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_integer_division", "I wrote 2 // n[l-1], which is 0 as soon as n[l-1] > 2")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2 // layer_dims[l - 1])
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_hardcoded_seed", "I kept np.random.seed(3) from an example and ignored seed")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_unseeded_global", "I used np.random.randn without seeding, so nothing is reproducible")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_uniform_centered",
       "I drew uniform numbers in [-0.5, 0.5) instead of standard-normal ones")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        draws = rng.random((layer_dims[l], layer_dims[l - 1])) - 0.5
        parameters[f"W{l}"] = draws * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_reseed_per_layer",
       "I created default_rng(seed) inside the loop, so the layers reuse the same draws")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_legacy_randn", "legacy np.random.seed + randn, std computed as sqrt(2.0 / fan_in)")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        fan_in = layer_dims[l - 1]
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], fan_in) * np.sqrt(2.0 / fan_in)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_rng_normal_std", "rng.normal with the std as its scale argument, zip over sizes")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    dims = list(layer_dims)
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(dims[:-1], dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, (2.0 / n_prev) ** 0.5, size=(n, n_prev))
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


@correct("he_randomstate_divide", "RandomState draws divided by sqrt(n[l-1] / 2)")
def initialize_parameters_he(layer_dims, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = state.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W / np.sqrt(layer_dims[l - 1] / 2.0)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


# ---------------------------------------------------------------------------------------
# initialize_parameters_xavier
# ---------------------------------------------------------------------------------------


@wrong("xavier_factor_two", "I copied He and kept the factor 2: sqrt(2 / n[l-1])")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_fan_out", "I divided by the layer's own size n[l] instead of n[l-1]")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(1 / layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_variance_not_std", "I multiplied by 1 / n[l-1] and forgot the square root")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_glorot_average",
       "I used Glorot's averaged version sqrt(2 / (n[l-1] + n[l])) instead of the fan-in one")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_sum_of_fans",
       "I divided by the sum of fan-in and fan-out: sqrt(1 / (n[l-1] + n[l]))")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1.0 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_hardcoded_seed", "I wrote default_rng(3) and never used the seed argument")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_uniform_rand",
       "I used np.random.rand (uniform in [0, 1)), so the weights are all positive")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = (np.random.rand(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_reseed_per_layer",
       "I reseeded with np.random.seed(seed) at every layer, so layers repeat the same draws")
def initialize_parameters_xavier(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        np.random.seed(seed)
        parameters[f"W{l}"] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xavier_skip_output_layer",
       "I only initialized the hidden layers; my loop ended one layer early")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
                               * np.sqrt(1 / layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xavier_legacy_randn", "legacy np.random.seed + randn divided by sqrt(n[l-1])")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    / np.sqrt(layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xavier_rng_normal", "rng.normal with scale = 1 / sqrt(fan_in), zip over sizes")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    dims = [int(n) for n in layer_dims]
    parameters = {}
    for l, (n_prev, n) in enumerate(zip(dims[:-1], dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, 1.0 / np.sqrt(n_prev), size=(n, n_prev))
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters


@correct("xavier_randomstate", "a RandomState object and variance written as 1.0 / fan_in")
def initialize_parameters_xavier(layer_dims, seed=3):
    state = np.random.RandomState(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        variance = 1.0 / layer_dims[l - 1]
        parameters[f"W{l}"] = np.sqrt(variance) * state.randn(layer_dims[l], layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters

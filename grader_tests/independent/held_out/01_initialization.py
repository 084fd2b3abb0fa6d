"""Held-out implementations of assignment 01, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# initialize_parameters_zeros
# ----------------------------------------------------------------------------


@wrong("zeros_w_transposed", "I wrote the weight shape as (n[l-1], n[l]), inputs by outputs, "
                             "so every W is transposed.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters["W" + str(l)] = np.zeros((layer_dims[l - 1], layer_dims[l]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_bias_1d", "I made the biases with np.zeros(layer_dims[l]), a flat vector of "
                        "shape (n[l],) instead of a column (n[l], 1).")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros(layer_dims[l])
    return parameters


@wrong("zeros_last_layer_missing", "I set L = len(layer_dims) - 1 and then looped over "
                                   "range(1, L), so the output layer gets no W and b.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L):
        parameters["W" + str(l)] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_bias_row", "I gave the bias the shape (1, n[l]), a row, instead of the column "
                         "(n[l], 1).")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((1, layer_dims[l]))
    return parameters


@wrong("zeros_keys_from_zero", "I looped l from 0 and named the layers W0, b0, ... so every "
                               "key is one lower than the layer it belongs to.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims) - 1):
        parameters[f"W{l}"] = np.zeros((layer_dims[l + 1], layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("zeros_pops_layer_dims", "I walked through the sizes by popping them off layer_dims, "
                                "which empties the caller's list.")
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


@wrong("zeros_extra_input_layer", "I looped over every entry of layer_dims, including the "
                                  "input, so there is an extra W0/b0 for the input layer.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("zeros_bias_fan_in", "I sized the bias with the previous layer, (n[l-1], 1), like the "
                            "columns of W.")
def initialize_parameters_zeros(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = np.zeros((layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l - 1], 1))
    return parameters


@correct("zeros_zip_comprehension", "pairs consecutive sizes with zip and builds the dict "
                                    "in one comprehension with np.full(..., 0.0).")
def initialize_parameters_zeros(layer_dims):
    pairs = list(zip(layer_dims[:-1], layer_dims[1:]))
    parameters = {}
    for l, (n_in, n_out) in enumerate(pairs, start=1):
        parameters.update({f"W{l}": np.full((n_out, n_in), 0.0),
                           f"b{l}": np.full((n_out, 1), 0.0)})
    return parameters


@correct("zeros_dims_copy", "copies layer_dims into an array first and uses np.zeros with "
                            "explicit float dtype in a plain loop.")
def initialize_parameters_zeros(layer_dims):
    dims = [int(n) for n in layer_dims]
    parameters = {}
    for l in range(1, len(dims)):
        parameters["W%d" % l] = np.zeros(shape=(dims[l], dims[l - 1]), dtype=float)
        parameters["b%d" % l] = np.zeros(shape=(dims[l], 1), dtype=float)
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_random
# ----------------------------------------------------------------------------


@wrong("rand_uniform", "I used rng.random, thinking it is the same as randn, so the weights "
                       "are uniform in [0, scale) instead of normal with mean 0.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.random((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_scale_squared", "The docstring says N(0, scale**2), so I multiplied the draws by "
                             "scale**2; that makes the standard deviation scale squared.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale ** 2
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_sqrt_scale", "I treated scale as the variance and multiplied by sqrt(scale), so "
                          "the spread is too small.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(scale)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_reseed_each_layer", "I create the generator from seed inside the loop, so every "
                                 "layer restarts the same random sequence (equal-sized layers "
                                 "get identical weights).")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_seed_hardcoded", "I copied the seed 3 from the signature into default_rng(3) "
                              "instead of passing seed, so changing the seed changes nothing.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_global_seed_new_rng", "I seeded with np.random.seed(seed) but drew from a fresh "
                                   "np.random.default_rng(), which ignores the global seed, so "
                                   "the weights change from call to call.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_bias_random", "I initialized the biases randomly too, with the same scale, "
                           "thinking they also need to break symmetry.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * scale
        parameters[f"b{l}"] = rng.standard_normal((layer_dims[l], 1)) * scale
    return parameters


@wrong("rand_normal_loc_scale_swapped", "I called rng.normal(scale, size=...) thinking the first "
                                        "argument is the standard deviation; it is the mean.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.normal(scale, size=(layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("rand_w_transposed", "I drew W with shape (n[l-1], n[l]) because z = W a felt like "
                            "inputs-by-outputs, so the weights are transposed.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * scale
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("rand_legacy_global_seed", "uses the older np.random.seed(seed) and np.random.randn, "
                                    "as the notebook allows.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * scale
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("rand_rng_normal", "draws directly with rng.normal(0.0, scale, shape) instead of "
                            "scaling standard-normal draws.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (n_in, n_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(loc=0.0, scale=scale, size=(n_out, n_in))
        parameters[f"b{l}"] = np.zeros((n_out, 1))
    return parameters


@correct("rand_std_normal_scaled", "default_rng with standard_normal times scale, written with "
                                   "np.multiply and the keys collected first.")
def initialize_parameters_random(layer_dims, scale=10.0, seed=3):
    rng = np.random.default_rng(seed)
    L = len(layer_dims) - 1
    parameters = {}
    for l in range(1, L + 1):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = np.multiply(rng.standard_normal(shape), scale)
    for l in range(1, L + 1):
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_he
# ----------------------------------------------------------------------------


@wrong("he_fan_out", "I used the size of the current layer, sqrt(2 / n[l]), instead of the "
                     "fan-in n[l-1].")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_variance_not_std", "I multiplied by 2 / n[l-1], the variance, and forgot to take "
                              "the square root.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * 2 / layer_dims[l - 1]
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_xavier_factor", "I left out the factor 2 and used sqrt(1 / n[l-1]), which is the "
                           "Xavier scale, not He.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_floor_division", "I wrote 2 // layer_dims[l-1] inside the square root; the integer "
                            "division gives 0 whenever the fan-in is above 2, so the weights "
                            "are zero.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 // layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_sqrt2_over_n", "I put the parentheses in the wrong place: np.sqrt(2) / n[l-1] "
                          "instead of np.sqrt(2 / n[l-1]).")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2) / layer_dims[l - 1]
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_fan_avg", "I averaged fan-in and fan-out like the Glorot paper: "
                     "sqrt(2 / (n[l-1] + n[l])).")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_input_size_everywhere", "I used layer_dims[0], the input size, as the fan-in of "
                                   "every layer instead of the previous layer's size.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    n_x = layer_dims[0]
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / n_x)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_reseed_in_loop", "I called np.random.seed(seed) at the top of every iteration of "
                            "the loop, so each layer starts the same random sequence again.")
def initialize_parameters_he(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        np.random.seed(seed)
        W = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("he_seed_not_passed", "I wrote np.random.default_rng() and forgot to give it the seed, "
                             "so two calls with the same seed return different weights.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng()
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_rng_normal_std", "draws with rng.normal(0, std, shape) where std = sqrt(2 / fan_in), "
                              "iterating over zipped (fan_in, fan_out) pairs.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims, layer_dims[1:]), start=1):
        std = (2.0 / fan_in) ** 0.5
        parameters[f"W{l}"] = rng.normal(0.0, std, size=(fan_out, fan_in))
        parameters[f"b{l}"] = np.zeros((fan_out, 1))
    return parameters


@correct("he_legacy_divide_sqrt", "uses np.random.seed and randn, and divides by "
                                  "sqrt(n[l-1] / 2) instead of multiplying by sqrt(2 / n[l-1]).")
def initialize_parameters_he(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = np.random.randn(layer_dims[l], layer_dims[l - 1])
        parameters["W" + str(l)] = W / np.sqrt(layer_dims[l - 1] / 2)
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("he_columns_count", "reads the fan-in as the number of columns of the drawn matrix "
                             "and uses math-free float arithmetic.")
def initialize_parameters_he(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal(size=(layer_dims[l], layer_dims[l - 1]))
        fan_in = W.shape[1]
        parameters[f"W{l}"] = W * np.sqrt(2.0) / np.sqrt(fan_in)
        parameters[f"b{l}"] = np.zeros_like(W[:, :1])
    return parameters


# ----------------------------------------------------------------------------
# initialize_parameters_xavier
# ----------------------------------------------------------------------------


@wrong("xav_glorot_average", "I used the Glorot average of fan-in and fan-out, "
                             "sqrt(2 / (n[l-1] + n[l])), not the fan-in version of the course.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / (layer_dims[l - 1] + layer_dims[l]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_he_factor", "I copied my He function and forgot to drop the factor 2, so the "
                        "scale is sqrt(2 / n[l-1]).")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_fan_out", "I divided by n[l], the number of units of the layer, instead of the "
                      "number of its inputs n[l-1].")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W / np.sqrt(layer_dims[l])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_variance_not_std", "I multiplied by 1 / n[l-1], which is the variance, and "
                               "forgot the square root.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * (1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_uniform_bound", "I drew uniform weights in [-1/sqrt(n[l-1]), 1/sqrt(n[l-1])] "
                            "instead of normal ones; their standard deviation is sqrt(3) times "
                            "too small.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = 1 / np.sqrt(layer_dims[l - 1])
        parameters[f"W{l}"] = rng.uniform(-limit, limit, (layer_dims[l], layer_dims[l - 1]))
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_shifted_fan_in", "I looped l from 0 and stored W{l+1}, but kept layer_dims[l-1] "
                             "for the fan-in, so each layer is scaled by the size two layers "
                             "back (the first by the output size).")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(len(layer_dims) - 1):
        W = rng.standard_normal((layer_dims[l + 1], layer_dims[l]))
        parameters[f"W{l + 1}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l + 1}"] = np.zeros((layer_dims[l + 1], 1))
    return parameters


@wrong("xav_reseed_in_loop", "I created the generator from the seed inside the loop, so "
                             "layers restart the same random numbers.")
def initialize_parameters_xavier(layer_dims, seed=3):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = np.random.default_rng(seed)
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_seed_hardcoded", "I left default_rng(3) from my experiments instead of using "
                             "the seed argument, so another seed gives the same weights.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l], layer_dims[l - 1]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@wrong("xav_w_transposed", "I drew W as (n[l-1], n[l]), so every weight matrix has its "
                           "shape swapped.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l - 1], layer_dims[l]))
        parameters[f"W{l}"] = W * np.sqrt(1 / layer_dims[l - 1])
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xav_legacy_randn_divide", "uses np.random.seed with randn and divides by "
                                    "sqrt(n[l-1]) instead of multiplying by sqrt(1 / n[l-1]).")
def initialize_parameters_xavier(layer_dims, seed=3):
    np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = (np.random.randn(layer_dims[l], layer_dims[l - 1])
                                    / np.sqrt(layer_dims[l - 1]))
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


@correct("xav_rng_normal", "draws with rng.normal(0, 1/sqrt(fan_in), shape) over zipped "
                           "layer-size pairs.")
def initialize_parameters_xavier(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (fan_in, fan_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters[f"W{l}"] = rng.normal(0.0, 1.0 / np.sqrt(fan_in), size=(fan_out, fan_in))
        parameters[f"b{l}"] = np.zeros((fan_out, 1))
    return parameters

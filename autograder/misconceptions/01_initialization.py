"""Misconceptions of assignment 01: initialization (edits of ``solutions/01_initialization.py``)."""

from autograder.misconceptions import edit

# --- initialize_parameters_zeros -------------------------------------------------------
ZEROS_W = 'np.zeros((layer_dims[l], layer_dims[l - 1]))'
ZEROS_B = 'np.zeros((layer_dims[l], 1))'
LOOP = 'range(1, len(layer_dims))'

edit("initialize_parameters_zeros", "zeros_weights_are_ones",
     "The weights are ones, not zeros: this initializer sets every weight and bias to 0 "
     "(np.zeros).",
     (ZEROS_W, 'np.ones((layer_dims[l], layer_dims[l - 1]))'))
edit("initialize_parameters_zeros", "zeros_transposed_weights",
     "`W[l]` is transposed: it has shape (n[l], n[l-1]), one row per unit of layer l.",
     (ZEROS_W, 'np.zeros((layer_dims[l - 1], layer_dims[l]))'))
edit("initialize_parameters_zeros", "zeros_skips_last_layer",
     "The last layer is missing: layer_dims [n0, ..., nL] describes L layers, W1 to WL, so "
     "l runs from 1 to L inclusive (range(1, len(layer_dims))).",
     (LOOP, 'range(1, len(layer_dims) - 1)'))
edit("initialize_parameters_zeros", "zeros_counts_input_as_layer",
     "There is no layer 0: layer_dims[0] is the size of the input, and the first weights "
     "are W1 (start the loop at l = 1).",
     (LOOP, 'range(len(layer_dims))'))
edit("initialize_parameters_zeros", "zeros_flat_bias",
     "`b[l]` must be a column of shape (n[l], 1), not a flat array of shape (n[l],).",
     (ZEROS_B, 'np.zeros(layer_dims[l])'))
edit("initialize_parameters_zeros", "zeros_integer_arrays",
     "The parameters are integer arrays: make them floats (np.zeros' default dtype), or "
     "every later update is rounded to whole numbers.",
     (ZEROS_W, 'np.zeros((layer_dims[l], layer_dims[l - 1]), dtype=int)'),
     (ZEROS_B, 'np.zeros((layer_dims[l], 1), dtype=int)'))

# --- the three random initializers -----------------------------------------------------
DRAW = 'rng.standard_normal((layer_dims[l], layer_dims[l - 1]))'
RESEED = ('        parameters[f"W{l}"] = rng',
          '        rng = np.random.default_rng(seed)\n        parameters[f"W{l}"] = rng')

edit("initialize_parameters_random", "random_ignores_scale",
     "The weights ignore `scale`: multiply the standard-normal draws by `scale`.",
     (f'{DRAW} * scale', DRAW))
edit("initialize_parameters_random", "random_hard_coded_scale",
     "The weights use a hard-coded 10 instead of the `scale` argument.",
     (f'{DRAW} * scale', f'{DRAW} * 10'))
edit("initialize_parameters_random", "random_scale_as_variance",
     "`scale` multiplies the draws themselves (it is their standard deviation), not their "
     "variance: multiply by `scale`, not by its square root.",
     (f'{DRAW} * scale', f'{DRAW} * np.sqrt(scale)'))
edit("initialize_parameters_random", "random_uniform_weights",
     "The weights are drawn uniformly from [0, 1) (`rand`/`random`), so they are neither "
     "centred nor normal: draw from a standard normal (`randn`/`standard_normal`).",
     (DRAW, 'rng.random((layer_dims[l], layer_dims[l - 1]))'))
edit("initialize_parameters_random", "random_biases",
     "The biases are random: they start at zero (np.zeros), since the random weights "
     "already break the symmetry.",
     (ZEROS_B, 'rng.standard_normal((layer_dims[l], 1)) * scale'))
edit("initialize_parameters_random", "random_ignores_seed",
     "The weights do not depend on `seed`: create the generator from it "
     "(`np.random.default_rng(seed)` or `np.random.seed(seed)`) inside the function.",
     ('np.random.default_rng(seed)', 'np.random.default_rng()'))
edit("initialize_parameters_random", "random_reseeds_each_layer",
     "The generator is reseeded for every layer, so each layer's weights are a rescaled "
     "copy of the first layer's: seed once, before the loop.", RESEED)

edit("initialize_parameters_random", "random_hard_coded_seed",
     "The weights are the same whatever `seed` is: a seed is hard-coded. Create the "
     "generator from the `seed` argument.",
     ('np.random.default_rng(seed)', 'np.random.default_rng(3)'))
edit("initialize_parameters_random", "random_scale_as_mean",
     "`scale` shifts the draws instead of spreading them (it is used as the mean, e.g. "
     "normal(scale, 1) or randn + scale): the weights are centred on zero with standard "
     "deviation `scale`, so multiply the standard-normal draws by `scale`.",
     (f'{DRAW} * scale', 'rng.normal(scale, 1.0, (layer_dims[l], layer_dims[l - 1]))'))
edit("initialize_parameters_random", "random_divides_by_scale",
     "The draws are divided by `scale`: multiply the standard-normal draws by `scale`, their "
     "standard deviation.",
     (f'{DRAW} * scale', f'{DRAW} / scale'))
edit("initialize_parameters_random", "random_uniform_centred",
     "The weights are drawn uniformly (rand - 0.5), so they are not normal: draw from a "
     "standard normal (`randn`/`standard_normal`) and multiply by `scale`.",
     (DRAW, '(rng.random((layer_dims[l], layer_dims[l - 1])) - 0.5)'))

# --- He ------------------------------------------------------------------------------------
HE = 'np.sqrt(2.0 / layer_dims[l - 1])'
edit("initialize_parameters_he", "he_uses_xavier_scale",
     "The weights use Xavier's scale sqrt(1/n[l-1]); He initialization uses sqrt(2/n[l-1]), "
     "which suits ReLU.",
     (HE, 'np.sqrt(1.0 / layer_dims[l - 1])'))
edit("initialize_parameters_he", "he_fan_in_of_wrong_layer",
     "The scale uses the size of layer l; He's sqrt(2/n[l-1]) uses n[l-1], the size of the "
     "layer feeding W[l] (its fan-in).",
     (HE, 'np.sqrt(2.0 / layer_dims[l])'))
edit("initialize_parameters_he", "he_variance_as_std",
     "The weights are multiplied by the variance 2/n[l-1]: multiply by its square root, the "
     "standard deviation sqrt(2/n[l-1]).",
     (HE, '2.0 / layer_dims[l - 1]'))
edit("initialize_parameters_he", "he_root_of_numerator_only",
     "Only the 2 is under the square root: the scale is sqrt(2/n[l-1]), the root of the "
     "whole fraction.",
     (HE, 'np.sqrt(2.0) / layer_dims[l - 1]'))
edit("initialize_parameters_he", "he_fan_average",
     "The scale averages fan-in and fan-out, sqrt(2/(n[l-1]+n[l])) (Glorot's); He "
     "initialization uses the fan-in only, sqrt(2/n[l-1]).",
     (HE, 'np.sqrt(2.0 / (layer_dims[l - 1] + layer_dims[l]))'))
edit("initialize_parameters_he", "he_unscaled",
     "The weights are unscaled standard-normal draws: multiply them by sqrt(2/n[l-1]).",
     (HE, '1.0'))
edit("initialize_parameters_he", "he_random_biases",
     "The biases are random: they start at zero (np.zeros), since the random weights "
     "already break the symmetry.",
     (ZEROS_B, 'rng.standard_normal((layer_dims[l], 1)) * std'))
edit("initialize_parameters_he", "he_hard_coded_seed",
     "The weights are the same whatever `seed` is: a seed is hard-coded. Create the "
     "generator from the `seed` argument.",
     ('np.random.default_rng(seed)', 'np.random.default_rng(3)'))
edit("initialize_parameters_he", "he_reseeds_each_layer",
     "The generator is reseeded for every layer, so each layer's weights are a rescaled "
     "copy of the first layer's: seed once, before the loop.", RESEED)

edit("initialize_parameters_he", "he_integer_division",
     "The scale uses integer division (2 // n[l-1]), which is 0 for any layer wider than 2, "
     "so every weight is zero: divide with `/` (2 / n[l-1]).",
     (HE, 'np.sqrt(2 // layer_dims[l - 1])'))
edit("initialize_parameters_he", "he_ignores_seed",
     "The weights do not depend on `seed`: create the generator from it "
     "(`np.random.default_rng(seed)` or `np.random.seed(seed)`) inside the function.",
     ('np.random.default_rng(seed)', 'np.random.default_rng()'))
edit("initialize_parameters_he", "he_uniform_weights",
     "The weights are drawn uniformly from [0, 1) (`rand`/`random`), so they are neither "
     "centred nor normal: draw from a standard normal (`randn`/`standard_normal`).",
     (DRAW, 'rng.random((layer_dims[l], layer_dims[l - 1]))'))
edit("initialize_parameters_he", "he_uniform_centred",
     "The weights are drawn uniformly (rand - 0.5), so they are not normal: draw from a "
     "standard normal (`randn`/`standard_normal`) and multiply by sqrt(2/n[l-1]).",
     (DRAW, '(rng.random((layer_dims[l], layer_dims[l - 1])) - 0.5)'))
edit("initialize_parameters_he", "he_fan_in_two_layers_back",
     "The scale uses the size of the wrong layer (two back, the output layer's for W1): with "
     "a loop from 0, W[l+1]'s fan-in is layer_dims[l], the number of columns of the weights.",
     (HE, 'np.sqrt(2.0 / layer_dims[l - 2])'))
edit("initialize_parameters_he", "he_divides_by_std",
     "The draws are divided by sqrt(2/n[l-1]): multiply them by it (or divide by "
     "sqrt(n[l-1]/2)).",
     (f'{DRAW} * std', f'{DRAW} / std'))

# --- Xavier --------------------------------------------------------------------------------
XAVIER = 'np.sqrt(1.0 / layer_dims[l - 1])'
edit("initialize_parameters_xavier", "xavier_uses_he_scale",
     "The weights use He's scale sqrt(2/n[l-1]); Xavier initialization uses sqrt(1/n[l-1]).",
     (XAVIER, 'np.sqrt(2.0 / layer_dims[l - 1])'))
edit("initialize_parameters_xavier", "xavier_fan_average",
     "The scale averages fan-in and fan-out, sqrt(2/(n[l-1]+n[l])); this assignment's "
     "Xavier initialization uses the fan-in only, sqrt(1/n[l-1]).",
     (XAVIER, 'np.sqrt(2.0 / (layer_dims[l - 1] + layer_dims[l]))'))
edit("initialize_parameters_xavier", "xavier_fan_in_of_wrong_layer",
     "The scale uses the size of layer l; Xavier's sqrt(1/n[l-1]) uses n[l-1], the size of "
     "the layer feeding W[l] (its fan-in).",
     (XAVIER, 'np.sqrt(1.0 / layer_dims[l])'))
edit("initialize_parameters_xavier", "xavier_variance_as_std",
     "The weights are multiplied by the variance 1/n[l-1]: multiply by its square root, "
     "sqrt(1/n[l-1]).",
     (XAVIER, '1.0 / layer_dims[l - 1]'))
edit("initialize_parameters_xavier", "xavier_unscaled",
     "The weights are unscaled standard-normal draws: multiply them by sqrt(1/n[l-1]).",
     (XAVIER, '1.0'))
edit("initialize_parameters_xavier", "xavier_ignores_seed",
     "The weights do not depend on `seed`: create the generator from it "
     "(`np.random.default_rng(seed)` or `np.random.seed(seed)`) inside the function.",
     ('np.random.default_rng(seed)', 'np.random.default_rng()'))

edit("initialize_parameters_xavier", "xavier_fan_sum",
     "The scale divides by the sum of fan-in and fan-out, sqrt(1/(n[l-1]+n[l])); this "
     "assignment's Xavier initialization uses the fan-in only, sqrt(1/n[l-1]).",
     (XAVIER, 'np.sqrt(1.0 / (layer_dims[l - 1] + layer_dims[l]))'))
edit("initialize_parameters_xavier", "xavier_hard_coded_seed",
     "The weights are the same whatever `seed` is: a seed is hard-coded. Create the "
     "generator from the `seed` argument.",
     ('np.random.default_rng(seed)', 'np.random.default_rng(3)'))
edit("initialize_parameters_xavier", "xavier_uniform_weights",
     "The weights are drawn uniformly from [0, 1) (`rand`/`random`), so they are neither "
     "centred nor normal: draw from a standard normal (`randn`/`standard_normal`).",
     (DRAW, 'rng.random((layer_dims[l], layer_dims[l - 1]))'))
edit("initialize_parameters_xavier", "xavier_uniform_centred",
     "The weights are drawn uniformly (rand - 0.5), so they are not normal: draw from a "
     "standard normal (`randn`/`standard_normal`) and multiply by sqrt(1/n[l-1]).",
     (DRAW, '(rng.random((layer_dims[l], layer_dims[l - 1])) - 0.5)'))
edit("initialize_parameters_xavier", "xavier_integer_division",
     "The scale uses integer division (1 // n[l-1]), which is 0 for any layer wider than 1, "
     "so every weight is zero: divide with `/` (1 / n[l-1]).",
     (XAVIER, 'np.sqrt(1 // layer_dims[l - 1])'))
edit("initialize_parameters_xavier", "xavier_random_biases",
     "The biases are random: they start at zero (np.zeros), since the random weights "
     "already break the symmetry.",
     (ZEROS_B, 'rng.standard_normal((layer_dims[l], 1)) * std'))
edit("initialize_parameters_xavier", "xavier_fan_in_two_layers_back",
     "The scale uses the size of the wrong layer (two back, the output layer's for W1): with "
     "a loop from 0, W[l+1]'s fan-in is layer_dims[l], the number of columns of the weights.",
     (XAVIER, 'np.sqrt(1.0 / layer_dims[l - 2])'))
edit("initialize_parameters_xavier", "xavier_divides_by_std",
     "The draws are divided by sqrt(1/n[l-1]): multiply them by it (or divide by "
     "sqrt(n[l-1])).",
     (f'{DRAW} * std', f'{DRAW} / std'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit("initialize_parameters_random", "random_scale_squared",
     "The draws are multiplied by scale**2: N(0, scale**2) has standard deviation `scale`, so "
     "multiply the standard-normal draws by `scale` itself.",
     (f'{DRAW} * scale', f'{DRAW} * scale ** 2'))
edit("initialize_parameters_random", "random_scale_over_fan_in",
     "The draws are also divided by sqrt(n[l-1]): this initializer is the plain one, "
     "standard-normal draws times `scale` and nothing else.",
     (f'{DRAW} * scale', f'{DRAW} * scale / np.sqrt(layer_dims[l - 1])'))
edit("initialize_parameters_he", "he_output_layer_xavier",
     "The output layer uses Xavier's scale: He initialization applies sqrt(2/n[l-1]) to every "
     "layer, the output layer's too.",
     (HE, 'np.sqrt((2.0 if l < len(layer_dims) - 1 else 1.0) / layer_dims[l - 1])'))
edit("initialize_parameters_xavier", "xavier_glorot_uniform",
     "The weights are drawn uniformly (Keras' Glorot uniform, limit sqrt(6/(n[l-1]+n[l]))): this "
     "Xavier initialization draws from a normal distribution with standard deviation "
     "sqrt(1/n[l-1]).",
     (f'{DRAW} * std', 'rng.uniform(-1, 1, (layer_dims[l], layer_dims[l - 1])) '
                       '* np.sqrt(6.0 / (layer_dims[l - 1] + layer_dims[l]))'))
edit("initialize_parameters_xavier", "xavier_reseeds_each_layer",
     "The generator is reseeded for every layer, so each layer's weights are a rescaled copy "
     "of the first layer's: seed once, before the loop.", RESEED)

"""Misconceptions of assignment 03: dropout (edits of ``solutions/03_dropout.py``)."""

from autograder.misconceptions import edit

# --- forward_propagation_with_dropout --------------------------------------------------
FORWARD = "forward_propagation_with_dropout"
DRAW = 'D = rng.random(Z.shape) < keep_prob'
APPLY = 'A = nn.relu(Z) * D / keep_prob'
SEED = 'np.random.default_rng(seed)'

edit(FORWARD, "dropout_not_rescaled",
     "The kept activations are not rescaled: inverted dropout divides A * D by keep_prob, so "
     "that the expected value of every activation stays the same.",
     (APPLY, 'A = nn.relu(Z) * D'))
edit(FORWARD, "dropout_multiplies_by_keep_prob",
     "The kept activations are multiplied by keep_prob: inverted dropout divides by "
     "keep_prob.", (APPLY, 'A = nn.relu(Z) * D * keep_prob'))
edit(FORWARD, "dropout_mask_not_applied",
     "The activations are divided by keep_prob but never multiplied by the mask D: "
     "A = relu(Z) * D / keep_prob.", (APPLY, 'A = nn.relu(Z) / keep_prob'))
edit(FORWARD, "dropout_keep_and_drop_swapped",
     "Keep and drop are swapped: about 1 - keep_prob of the units are kept. A unit is kept "
     "when its uniform draw is below keep_prob.",
     (DRAW, 'D = rng.random(Z.shape) > keep_prob'))
edit(FORWARD, "dropout_mask_from_normal_draws",
     "The mask compares normal draws with keep_prob (`randn() < keep_prob`), which keeps the "
     "wrong fraction of units: draw from a uniform distribution on [0, 1) (`rand`/`random`).",
     (DRAW, 'D = rng.standard_normal(Z.shape) < keep_prob'))
edit(FORWARD, "dropout_one_mask_per_unit",
     "The mask has one value per unit, shared by every example: draw a separate 0/1 entry for "
     "every unit and every example, a mask of the activation's shape.",
     (DRAW, 'D = rng.random((Z.shape[0], 1)) < keep_prob'))
edit(FORWARD, "dropout_float64_mask_upcasts",
     "A float64 mask upcasts float32 activations to float64: the forward pass keeps the "
     "dtype of X. Use the boolean mask itself, or cast it to the activation's dtype.",
     (APPLY, 'A = nn.relu(Z) * D.astype(np.float64) / keep_prob'))
edit(FORWARD, "dropout_on_output_layer",
     "Dropout is applied to the output layer too: it is for hidden layers only, and the "
     "output is the plain softmax of the last Z.",
     ('            A = nn.softmax(Z)',
      '            D = rng.random(Z.shape) < keep_prob\n'
      '            A = nn.softmax(Z) * D / keep_prob\n'
      '            cache["D"] = D'))
edit(FORWARD, "dropout_on_input",
     "Dropout is applied to the input features X: it is for the activations of hidden "
     "layers only.", ('A = X\n', 'A = X * (rng.random(X.shape) < keep_prob) / keep_prob\n'))
edit(FORWARD, "dropout_mask_applied_to_z",
     "The mask is applied to Z instead of to the activation: store Z = W A_prev + b as it is, "
     "and drop units of A = relu(Z).",
     (APPLY, 'Z = Z * D / keep_prob\n            cache["Z"] = Z\n            A = nn.relu(Z)'))
edit(FORWARD, "dropout_ignores_seed",
     "The masks do not depend on `seed`: create the generator from it "
     "(`np.random.default_rng(seed)` or `np.random.seed(seed)`) inside the function.",
     (SEED, 'np.random.default_rng()'))
edit(FORWARD, "dropout_hard_coded_seed",
     "The masks are the same whatever `seed` is: a seed is hard-coded. Create the generator "
     "from the `seed` argument.", (SEED, 'np.random.default_rng(1)'))
edit(FORWARD, "dropout_reseeds_every_layer",
     "The generator is reseeded for every layer, so layers of the same width get exactly the "
     "same mask: seed once, before the loop, and draw a new mask for every layer.",
     (f'            {DRAW}', f'            rng = {SEED}\n            {DRAW}'))

edit(FORWARD, "dropout_float64_mask_stored",
     "The mask is stored and applied as float64 (`.astype(float)`), which also upcasts float32 "
     "activations: keep the boolean mask D in the cache and let the forward pass keep the "
     "dtype of X.",
     (DRAW, 'D = (rng.random(Z.shape) < keep_prob).astype(float)'))
edit(FORWARD, "dropout_mask_holds_rescaling",
     "The stored mask holds 1/keep_prob instead of 1 for kept units: keep D the boolean 0/1 "
     "mask the backward pass expects, and divide the activation by keep_prob separately.",
     (DRAW, 'D = (rng.random(Z.shape) < keep_prob) / keep_prob'),
     (APPLY, 'A = nn.relu(Z) * D'))
edit(FORWARD, "dropout_one_mask_per_unit_repeated",
     "The mask repeats one value per unit over all the examples: draw a separate 0/1 entry for "
     "every unit and every example (`rng.random(Z.shape) < keep_prob`).",
     (DRAW, 'D = np.repeat(rng.random((Z.shape[0], 1)) < keep_prob, Z.shape[1], axis=1)'))
edit(FORWARD, "dropout_applies_another_mask",
     "The mask applied to the activation is not the one stored in the cache (the random "
     "numbers are drawn twice): draw D once, store it, and multiply the activation by that "
     "same D.",
     (APPLY, 'A = nn.relu(Z) * (rng.random(Z.shape) < keep_prob) / keep_prob'))
edit(FORWARD, "dropout_relu_overwrites_cached_z",
     "The ReLU is computed in place (`out=Z`), so the cached Z lost its negative values: "
     "compute A = relu(Z) as a new array and keep Z = W A_prev + b in the cache.",
     (APPLY, 'A = np.maximum(Z, 0, out=Z) * D / keep_prob'))
edit(FORWARD, "dropout_sigmoid_output",
     "The output layer uses a sigmoid: this network ends with a softmax over the classes, "
     "AL = softmax(Z) of the last layer.",
     ('            A = nn.softmax(Z)', '            A = 1 / (1 + np.exp(-Z))'))

edit(FORWARD, "dropout_one_mask_per_example",
     "The mask has one value per example, shared by every unit (shape (1, m)), so whole "
     "examples are dropped: draw a separate 0/1 entry for every unit and every example, a mask "
     "of the activation's shape.",
     (DRAW, 'D = rng.random((1, Z.shape[1])) < keep_prob'))

# --- backward_propagation_with_dropout -------------------------------------------------
BACKWARD = "backward_propagation_with_dropout"
MASK = 'dA_prev = dA_prev * below["D"] / keep_prob'
LINEAR = 'dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])'

edit(BACKWARD, "backward_fresh_mask",
     "Backprop draws a fresh mask: reuse the mask D stored in the caches, the one the forward "
     "pass applied.",
     (MASK, 'dA_prev = dA_prev * (np.random.default_rng().random(below["Z"].shape) '
            '< keep_prob) / keep_prob'))
edit(BACKWARD, "backward_not_rescaled",
     "The gradient through the masks is not rescaled: after multiplying dA by D, divide it by "
     "keep_prob too, exactly as the forward pass did.", (MASK, 'dA_prev = dA_prev * below["D"]'))
edit(BACKWARD, "backward_multiplies_by_keep_prob",
     "In backprop, dA is multiplied by keep_prob: divide by it, as in the forward pass.",
     (MASK, 'dA_prev = dA_prev * below["D"] * keep_prob'))
edit(BACKWARD, "backward_ignores_masks",
     "The gradients ignore the dropout masks: multiply dA of every hidden layer by the mask D "
     "stored in its cache and divide by keep_prob, as in the forward pass.",
     (MASK, 'dA_prev = dA_prev'))
edit(BACKWARD, "backward_rescales_without_mask",
     "dA is divided by keep_prob but never multiplied by the stored mask D: the units the "
     "forward pass dropped get no gradient.", (MASK, 'dA_prev = dA_prev / keep_prob'))
edit(BACKWARD, "backward_z_as_probabilities",
     "The output gradient uses the output layer's Z as if it were the probabilities: compute "
     "AL = softmax(Z) from `caches[-1]['Z']`, then dZ = (AL - Y) / m.",
     ('AL = nn.softmax(caches[-1]["Z"])', 'AL = caches[-1]["Z"]'))
edit(BACKWARD, "backward_not_averaged",
     "The gradients are m times too large: the cost is averaged over the m examples, so dZ of "
     "the output layer is (AL - Y) / m.", ('dZ = (AL - Y) / m', 'dZ = AL - Y'))
edit(BACKWARD, "backward_averaged_twice",
     "The gradients are divided by m twice: dZ of the output layer is (AL - Y) / m, and "
     "nothing after it divides by m again.", ('dZ = (AL - Y) / m', 'dZ = (AL - Y) / m / m'))
edit(BACKWARD, "backward_skips_relu_derivative",
     "The gradient skips ReLU's derivative: after the mask and the division by keep_prob, "
     "dZ = dA * (Z > 0) with the Z of the same hidden layer.",
     ('dZ = nn.relu_backward(dA_prev, below["Z"])', 'dZ = dA_prev'))
edit(BACKWARD, "backward_fresh_mask_fixed_seed",
     "Backprop draws a new mask from a seeded generator: it is not the mask the forward pass "
     "applied. Reuse the mask D stored in each hidden layer's cache.",
     ('    grads = {}\n', '    grads = {}\n    rng = np.random.default_rng(1)\n'),
     (MASK, 'dA_prev = dA_prev * (rng.random(dA_prev.shape) < keep_prob) / keep_prob'))
edit(BACKWARD, "backward_skips_first_hidden_mask",
     "The mask of the first hidden layer is never applied (a loop bound or condition off by "
     "one): every hidden layer, the first included, multiplies dA by its stored D and divides "
     "by keep_prob.",
     (MASK, 'if l > 2:\n                ' + MASK))
edit(BACKWARD, "backward_relu_derivative_one_at_zero",
     "ReLU's derivative is taken as 1 where Z = 0 (`Z >= 0`): it is 1 only where Z > 0.",
     ('dZ = nn.relu_backward(dA_prev, below["Z"])', 'dZ = dA_prev * (below["Z"] >= 0)'))
edit(BACKWARD, "backward_sigmoid_output",
     "The output gradient recomputes AL with a sigmoid: this network ends with a softmax, so "
     "AL = softmax(Z) of the output layer and dZ = (AL - Y) / m.",
     ('AL = nn.softmax(caches[-1]["Z"])', 'AL = 1 / (1 + np.exp(-caches[-1]["Z"]))'))
edit(BACKWARD, "backward_dw_from_undropped_activation",
     "dW is computed from relu(Z) of the layer below, the activation before dropout: use the "
     "A_prev stored in the cache, the dropped and rescaled activation the layer received.",
     ('            below = caches[l - 2]\n',
      '            below = caches[l - 2]\n'
      '            grads[f"dW{l}"] = dZ @ nn.relu(below["Z"]).T\n'))
edit(BACKWARD, "backward_hard_coded_keep_prob",
     "The backward pass divides by a hard-coded 0.8: use the `keep_prob` argument, the "
     "probability the forward pass used.",
     (MASK, 'dA_prev = dA_prev * below["D"] / 0.8'))
edit(BACKWARD, "backward_m_from_wrong_axis",
     "m is read from the wrong axis: X is (n_x, m), so the number of examples is "
     "`X.shape[1]`.", ('m = X.shape[1]', 'm = X.shape[0]'))
edit(BACKWARD, "backward_m_is_number_of_classes",
     "m is taken from `Y.shape[0]`, the number of classes: Y is (classes, m), so the number of "
     "examples is `Y.shape[1]` (or `X.shape[1]`).", ('m = X.shape[1]', 'm = Y.shape[0]'))
edit(BACKWARD, "backward_al_from_forward_without_dropout",
     "AL is recomputed by a forward pass without dropout, so it is not the output the masks "
     "produced: take AL = softmax(Z) of the output layer's cache, `caches[-1]['Z']`.",
     ('AL = nn.softmax(caches[-1]["Z"])',
      'AL = nn.model_forward(X, {f"{k}{i}": c[k] for i, c in enumerate(caches, start=1) '
      'for k in ("W", "b")})[0]'))
edit(BACKWARD, "backward_skips_last_hidden_mask",
     "The mask of the last hidden layer is never applied (a loop bound or condition off by "
     "one): every hidden layer, the last included, multiplies dA by its stored D and divides "
     "by keep_prob.",
     (MASK, 'if l < L:\n                ' + MASK))
edit(BACKWARD, "backward_db_averaged_again",
     "db is averaged over the examples again (`np.mean`, or a sum divided by m): dZ already "
     "carries the 1/m of the cost, so db is the plain sum of dZ over the examples.",
     (LINEAR, LINEAR + '\n        grads[f"db{l}"] = grads[f"db{l}"] / m'))
edit(BACKWARD, "backward_dw_divided_by_m_again",
     "dW is divided by m again: dZ already carries the 1/m of the cost, so dW = dZ A_prev^T "
     "with no further division.",
     (LINEAR, LINEAR + '\n        grads[f"dW{l}"] = grads[f"dW{l}"] / m'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(FORWARD, "dropout_hard_coded_keep_prob",
     "The keep probability is a hard-coded 0.8: use the `keep_prob` argument.",
     (DRAW, 'D = rng.random(Z.shape) < 0.8'), (APPLY, 'A = nn.relu(Z) * D / 0.8'))
edit(FORWARD, "dropout_caches_undropped_activation",
     "The cache holds the activation before dropout as A_prev while the dropped one goes "
     "forward: store what the next layer really received, relu(Z) * D / keep_prob.",
     ('cache = {"A_prev": A, "W": W, "b": b, "Z": Z}',
      'cache = {"A_prev": kept if l > 1 else A, "W": W, "b": b, "Z": Z}'),
     (APPLY, 'kept = nn.relu(Z)\n            A = kept * D / keep_prob'))
edit(BACKWARD, "backward_divides_by_keep_prob_twice",
     "dA is divided by keep_prob twice: once, when the mask is applied, as in the forward pass.",
     (MASK, 'dA_prev = dA_prev * below["D"] / keep_prob / keep_prob'))
edit(BACKWARD, "backward_sign_flipped",
     "The output gradient has the wrong sign: dZ of the output layer is (AL - Y) / m.",
     ('dZ = (AL - Y) / m', 'dZ = (Y - AL) / m'))

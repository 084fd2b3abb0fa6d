"""Misconceptions of assignment 08: TensorFlow (edits of ``solutions/08_tensorflow.py``)."""

from autograder.misconceptions import edit

NUMPY_RESULT = ("The result is a NumPy value (`.numpy()`): return the tf.Tensor itself, so that "
                "it can stay in TensorFlow (inside a GradientTape or a tf.function).")

# --- one_hot_matrix ---------------------------------------------------------------------
ONE_HOT = 'return tf.one_hot(labels, depth, dtype=tf.float32)'
for name, message, new in [
    ("one_hot_ignores_depth", "The result always has 10 columns: the function ignores `depth`.",
     'return tf.one_hot(labels, 10, dtype=tf.float32)'),
    ("one_hot_column_layout", "The result has shape [depth, batch], the NumPy column layout. "
     "TensorFlow puts one example per row: [batch, depth].",
     'return tf.transpose(tf.one_hot(labels, depth, dtype=tf.float32))'),
    ("one_hot_integer_dtype", "The one-hot matrix is int32: it should be float32 (the dtype "
     "losses expect; tf.one_hot's default).", 'return tf.one_hot(labels, depth, dtype=tf.int32)'),
    ("one_hot_float64", "The one-hot matrix is float64: TensorFlow's models and losses work in "
     "float32 (tf.one_hot's default).", 'return tf.one_hot(labels, depth, dtype=tf.float64)'),
    ("one_hot_returns_numpy", NUMPY_RESULT, 'return tf.one_hot(labels, depth, dtype=tf.float32).numpy()'),
    ("one_hot_depth_from_labels", "The depth is taken from the largest label: a batch need not "
     "contain every class, so use the `depth` argument.",
     'return tf.one_hot(labels, int(np.max(labels)) + 1, dtype=tf.float32)'),
    ("one_hot_labels_shifted", "The labels are shifted by one: class k is column k (labels "
     "count from 0).", 'return tf.one_hot(np.asarray(labels) - 1, depth, dtype=tf.float32)'),
]:
    edit("one_hot_matrix", name, message, (ONE_HOT, new))

edit("one_hot_matrix", "one_hot_reshaped_not_transposed", "The [depth, batch] matrix (axis=0) "
     "is reshaped to [batch, depth], which refills the rows in order instead of turning the "
     "columns into rows: build it as [batch, depth] directly (tf.one_hot's default axis=-1).",
     (ONE_HOT, 'return tf.reshape(tf.one_hot(labels, depth, axis=0, dtype=tf.float32), [-1, depth])'))
edit("one_hot_matrix", "one_hot_numpy_identity_rows", "The result is a float64 NumPy array (rows "
     "of np.eye): build it in TensorFlow, tf.one_hot(labels, depth), which gives a float32 "
     "tensor.", (ONE_HOT, 'return np.eye(depth)[np.asarray(labels)]'))

# --- initialize_parameters_tf -----------------------------------------------------------
I = "initialize_parameters_tf"
STD = 'std = float(np.sqrt(2.0 / layer_dims[l - 1]))'
edit(I, "init_tf_glorot", "The weights use Glorot (Xavier) initialization, "
     "sqrt(2/(n[l-1]+n[l])), the default of Keras' Dense layer; this function uses He, "
     "sqrt(2/n[l-1]).", (STD, 'std = float(np.sqrt(2.0 / (layer_dims[l - 1] + layer_dims[l])))'))
edit(I, "init_tf_xavier", "The weights use Xavier's scale sqrt(1/n[l-1]); He initialization "
     "uses sqrt(2/n[l-1]).", (STD, 'std = float(np.sqrt(1.0 / layer_dims[l - 1]))'))
edit(I, "init_tf_fan_in_of_wrong_layer", "The scale uses n[l]: He's sqrt(2/n[l-1]) uses the "
     "number of rows of W{l}, its fan-in.", (STD, 'std = float(np.sqrt(2.0 / layer_dims[l]))'))
edit(I, "init_tf_variance_as_std", "The weights are multiplied by the variance 2/n[l-1]: take "
     "its square root.", (STD, 'std = float(2.0 / layer_dims[l - 1])'))
edit(I, "init_tf_column_layout", "W{l} has shape (n[l], n[l-1]), the NumPy column "
     "convention. With examples as rows a layer computes X @ W + b, so W{l} has shape "
     "[n[l-1], n[l]].",
     ('rng.normal((layer_dims[l - 1], layer_dims[l]))', 'rng.normal((layer_dims[l], layer_dims[l - 1]))'))
edit(I, "init_tf_column_bias", "b{l} has shape (n[l], 1), the NumPy convention: it is a vector "
     "[n[l]], added to every row.",
     ('tf.zeros([layer_dims[l]])', 'tf.zeros([layer_dims[l], 1])'))
edit(I, "init_tf_constants", "The parameters are tf.constant tensors: wrap them in "
     "tf.Variable(...) so that GradientTape watches them and an optimizer can update them in "
     "place.",
     ('parameters[f"W{l}"] = tf.Variable(', 'parameters[f"W{l}"] = tf.constant('),
     ('parameters[f"b{l}"] = tf.Variable(', 'parameters[f"b{l}"] = tf.constant('))
edit(I, "init_tf_ignores_seed", "The weights do not depend on `seed`. In eager mode an "
     "operation seed alone (tf.random.normal(..., seed=seed)) gives a new draw at every call: "
     "create tf.random.Generator.from_seed(seed), or call tf.random.set_seed(seed) first, "
     "inside the function.",
     ('rng = tf.random.Generator.from_seed(seed)', 'rng = tf.random.Generator.from_non_deterministic_state()'))

edit(I, "init_tf_uniform", "The weights are drawn uniformly between -sqrt(2/n[l-1]) and "
     "+sqrt(2/n[l-1]): He initialization draws from a normal distribution with standard "
     "deviation sqrt(2/n[l-1]) (rng.normal(shape) * std).",
     ('rng.normal((layer_dims[l - 1], layer_dims[l])) * std',
      'rng.uniform((layer_dims[l - 1], layer_dims[l]), -std, std)'))
edit(I, "init_tf_hard_coded_seed", "The weights are the same whatever `seed` is: a seed is "
     "hard-coded. Create the generator from the argument, "
     "tf.random.Generator.from_seed(seed).", ('from_seed(seed)', 'from_seed(1)'))
edit(I, "init_tf_reseeds_each_layer", "The generator is created anew in every layer, so each "
     "layer starts from the same draws (rescaled copies of one another): create it once, "
     "before the loop.", ('    rng = tf.random.Generator.from_seed(seed)\n', ''),
     ('std = float(', 'rng = tf.random.Generator.from_seed(seed)\n        std = float('))
edit(I, "init_tf_random_biases", "The biases are random: they start at zero (tf.zeros); the "
     "random weights already break the symmetry.",
     ('tf.Variable(tf.zeros([layer_dims[l]])', 'tf.Variable(rng.normal([layer_dims[l]]) * std'))
edit(I, "init_tf_integer_division", "The scale uses integer division, 2 // n[l-1], which is 0 "
     "for any layer wider than 2: use true division, sqrt(2 / n[l-1]).",
     (STD, 'std = float(np.sqrt(2 // layer_dims[l - 1]))'))

edit(I, "init_tf_truncated_normal_unscaled", "The weights come from a truncated normal "
     "(draws beyond two standard deviations are redrawn), which is narrower than its stddev "
     "and not normal: He initialization draws from the normal distribution, "
     "rng.normal(shape) * sqrt(2/n[l-1]).",
     ('rng.normal((layer_dims[l - 1], layer_dims[l]))',
      'rng.truncated_normal((layer_dims[l - 1], layer_dims[l]))'))
edit(I, "init_tf_he_uniform", "The weights are drawn uniformly between -sqrt(6/n[l-1]) and "
     "+sqrt(6/n[l-1]) (Keras' HeUniform): He initialization here draws from a normal "
     "distribution with standard deviation sqrt(2/n[l-1]) (rng.normal(shape) * std).",
     ('rng.normal((layer_dims[l - 1], layer_dims[l])) * std',
      'rng.uniform((layer_dims[l - 1], layer_dims[l]), -float(np.sqrt(3.0)) * std, '
      'float(np.sqrt(3.0)) * std)'))

# --- forward_propagation_tf -------------------------------------------------------------
FWD = "forward_propagation_tf"
HIDDEN = 'A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])'
LOGITS = 'return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]'
edit(FWD, "forward_tf_relu_on_output", "The output layer has a ReLU: the last layer is linear "
     "and returns logits, which may be negative.",
     (LOGITS, 'return tf.nn.relu(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])'))
edit(FWD, "forward_tf_softmax_on_output", "The output layer has a softmax: return the logits; "
     "the loss applies the softmax itself (from_logits=True).",
     (LOGITS, 'return tf.nn.softmax(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])'))
edit(FWD, "forward_tf_no_biases", "The biases are left out: each layer computes X @ W + b.",
     (HIDDEN, 'A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]))'),
     (LOGITS, 'return tf.matmul(A, parameters[f"W{L}"])'))
edit(FWD, "forward_tf_numpy_hidden_layers", "The hidden layers are computed with NumPy "
     "(np.maximum, @ on arrays): NumPy leaves TensorFlow, so GradientTape gets no gradient for "
     "their parameters. Use tf.matmul, tf.nn.relu and tensor arithmetic.",
     (HIDDEN, 'A = np.maximum(np.asarray(A) @ parameters[f"W{l}"].numpy() + '
              'parameters[f"b{l}"].numpy(), 0)'))
edit(FWD, "forward_tf_sigmoid_hidden", "The hidden layers use a sigmoid: they are ReLU "
     "layers, relu(A @ W + b).", (HIDDEN, HIDDEN.replace('tf.nn.relu(', 'tf.sigmoid(')))
edit(FWD, "forward_tf_relu_before_bias", "The ReLU is applied before the bias is added: each "
     "hidden layer is relu(A @ W + b).",
     (HIDDEN, 'A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"])) + parameters[f"b{l}"]'))

edit(FWD, "forward_tf_numpy_all_layers", "The layers are computed with NumPy (@, np.maximum) "
     "and the result converted back to a tensor: the conversion does not reconnect the tape, "
     "so GradientTape gets no gradient at all. Use tf.matmul, tf.nn.relu and tensor "
     "arithmetic throughout.",
     (HIDDEN, 'A = np.maximum(np.asarray(A) @ parameters[f"W{l}"].numpy() + '
              'parameters[f"b{l}"].numpy(), 0)'),
     (LOGITS, 'return tf.convert_to_tensor(np.asarray(A) @ parameters[f"W{L}"].numpy() + '
              'parameters[f"b{L}"].numpy())'))
edit(FWD, "forward_tf_no_hidden_activation", "The hidden layers have no activation, so the "
     "whole network is one linear map: each hidden layer is relu(A @ W + b).",
     (HIDDEN, 'A = tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"]'))

edit(FWD, "forward_tf_hard_coded_two_layers", "The layers are written out for a 2-layer "
     "network (W1, b1 then W2, b2): loop over all L = len(parameters) // 2 layers, so that "
     "the function works for any depth.", ('L = len(parameters) // 2', 'L = 2'))
edit(FWD, "forward_tf_caches_in_parameters", "Each activation is stored in the `parameters` "
     "dict (A{l}), which changes the caller's dictionary: keep intermediate values in local "
     "variables; this forward pass needs no cache (GradientTape records what it needs).",
     (HIDDEN, HIDDEN + '\n        parameters[f"A{l}"] = A'))
edit(FWD, "forward_tf_no_hidden_biases", "The hidden layers have no bias: each hidden layer "
     "is relu(A @ W + b), with its own b{l}.",
     (HIDDEN, 'A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]))'))
edit(FWD, "forward_tf_sigmoid_on_output", "The output layer has a sigmoid: return the logits "
     "themselves (A @ W + b, no activation); the loss turns them into probabilities.",
     (LOGITS, 'return tf.sigmoid(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])'))
edit(FWD, "forward_tf_returns_numpy", NUMPY_RESULT,
     (LOGITS, 'return (tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]).numpy()'))

# --- compute_cost_tf --------------------------------------------------------------------
C = "compute_cost_tf"
LOSSES = 'losses = tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)'
MEAN = 'return tf.reduce_mean(losses)'
for name, message, old, new in [
    ("cost_double_softmax", "A softmax is applied to the logits before a loss that applies its "
     "own (from_logits=True): a double softmax.", LOSSES,
     LOSSES.replace('(labels, logits,', '(labels, tf.nn.softmax(logits),')),
    ("cost_not_from_logits", "The loss is called without from_logits=True, so it takes the "
     "logits for probabilities.", LOSSES, LOSSES.replace('from_logits=True', 'from_logits=False')),
    ("cost_softmax_over_batch_axis", "The softmax is taken over the batch (axis 0): each row "
     "holds one example's logits, so the softmax runs over the classes, axis=1.", LOSSES,
     LOSSES.replace('(labels, logits, from_logits=True)',
                    '(labels, tf.nn.softmax(logits, axis=0), from_logits=False)')),
    ("cost_sigmoid_cross_entropy", "The cost uses a sigmoid cross-entropy, which treats every "
     "class on its own: with exclusive classes it is the softmax cross-entropy.", LOSSES,
     'losses = tf.reduce_sum(tf.nn.sigmoid_cross_entropy_with_logits('
     'labels=tf.one_hot(labels, tf.shape(logits)[1]), logits=logits), axis=1)'),
    ("cost_summed", "The cost is summed over the batch: it is the mean (tf.reduce_mean).",
     MEAN, 'return tf.reduce_sum(losses)'),
    ("cost_per_example", "The cost has one value per example: average them with "
     "tf.reduce_mean (the losses return one value per example).", MEAN, 'return losses'),
    ("cost_mean_over_all_entries", "The cost is averaged over batch x classes: average the "
     "per-example losses over the batch only.", MEAN,
     'return tf.reduce_mean(losses) / tf.cast(tf.shape(logits)[1], tf.float32)'),
    ("cost_negated", "The cost has the wrong sign: cross-entropy is -log of the true class's "
     "probability, a positive number.", MEAN, 'return -tf.reduce_mean(losses)'),
    ("cost_not_a_tensor", "The cost is a Python or NumPy number (`float(...)`, `.numpy()`): "
     "return the tf.Tensor itself, so that GradientTape can differentiate it.", MEAN,
     'return float(tf.reduce_mean(losses))'),
    ("cost_logits_as_probabilities", "The cost takes -log of the logits' softmax over the "
     "wrong values: it is the mean of -log softmax(logits)[true class], with the labels "
     "picking the true class of each row.", LOSSES,
     LOSSES.replace('(labels, logits,', '(tf.argmax(logits, axis=1), logits,')),
    ("cost_float64", "The cost is float64: keep TensorFlow's float32.", MEAN,
     'return tf.cast(tf.reduce_mean(losses), tf.float64)'),
]:
    edit(C, name, message, (old, new))

edit(C, "cost_log_softmax_over_batch_axis", "The log-softmax is taken over the batch "
     "(axis 0): each row holds one example's logits, so normalise over the classes, axis=1 "
     "(or -1).", (LOSSES, 'losses = -tf.gather(tf.nn.log_softmax(logits, axis=0), labels, '
                          'batch_dims=1)'))
edit(C, "cost_log_of_softmax_over_batch_axis", "The softmax is taken over the batch (axis 0) "
     "and then logged in a second step: normalise each row over the classes (axis=1), and "
     "take tf.nn.log_softmax or a loss from the logits, which stays finite.",
     (LOSSES, 'losses = -tf.math.log(tf.gather(tf.nn.softmax(logits, axis=0), labels, '
              'batch_dims=1))'))
edit(C, "cost_one_hot_log_of_softmax", "The cost is -sum(one_hot * log(softmax)), the log "
     "taken of probabilities: when one rounds to 0 (or exp(z) written out overflows) its log "
     "is infinite and 0 * -inf gives NaN. Use a loss that takes the logits (from_logits=True) "
     "or tf.nn.log_softmax, which stay finite.",
     (LOSSES, 'losses = -tf.reduce_sum(tf.one_hot(labels, tf.shape(logits)[1]) * '
              'tf.math.log(tf.nn.softmax(logits)), axis=1)'))
edit(C, "cost_softmax_then_probability_loss", "The loss gets softmax probabilities "
     "(from_logits=False), which it clips at 1e-7, so the cost is wrong for large logits: "
     "give it the logits themselves with from_logits=True.",
     (LOSSES, LOSSES.replace('(labels, logits, from_logits=True)',
                             '(labels, tf.nn.softmax(logits), from_logits=False)')))
edit(C, "cost_label_smoothing", "The loss uses label smoothing, which moves part of each "
     "target onto the other classes: the cost is the plain cross-entropy of the true class, "
     "so leave label_smoothing at 0.",
     (LOSSES, 'losses = tf.keras.losses.categorical_crossentropy(tf.one_hot(labels, '
              'tf.shape(logits)[1]), logits, from_logits=True, label_smoothing=0.1)'))

edit(C, "cost_logsumexp_over_all_entries", "The log-softmax subtracts the log-sum-exp of the "
     "whole matrix (tf.reduce_logsumexp without an axis): normalise each row over its "
     "classes, axis=1 with keepdims=True (or use tf.nn.log_softmax).",
     (LOSSES, 'losses = -tf.gather(logits - tf.reduce_logsumexp(logits), labels, batch_dims=1)'))

# --- accuracy_tf ------------------------------------------------------------------------
ACC = 'return tf.reduce_mean(tf.cast(correct, tf.float32))'
for name, message, new in [
    ("accuracy_integer_mean", "The accuracy is an integer: tf.reduce_mean of an integer tensor "
     "truncates. Cast the comparison to tf.float32 before averaging.",
     'return tf.reduce_mean(tf.cast(correct, tf.int32))'),
    ("accuracy_count", "The accuracy is a count of correct predictions: divide by the batch size "
     "(tf.reduce_mean).", 'return tf.reduce_sum(tf.cast(correct, tf.float32))'),
    ("accuracy_percentage", "The accuracy is a percentage: return the fraction in [0, 1].",
     'return 100 * tf.reduce_mean(tf.cast(correct, tf.float32))'),
    ("accuracy_error_rate", "This is the error rate, the fraction of wrong predictions: return "
     "the fraction of right ones.", 'return 1 - tf.reduce_mean(tf.cast(correct, tf.float32))'),
    ("accuracy_returns_numpy", NUMPY_RESULT, ACC.replace('))', ')).numpy()')),
    ("accuracy_float64", "The accuracy is float64: keep TensorFlow's float32.",
     'return tf.reduce_mean(tf.cast(correct, tf.float64))'),
]:
    edit("accuracy_tf", name, message, (ACC, new))

edit("accuracy_tf", "accuracy_integer_mean_cast_after", "The comparison is averaged as "
     "integers and cast to float only afterwards: tf.reduce_mean of an integer tensor "
     "truncates. Cast it to tf.float32 before averaging.",
     (ACC, 'return tf.cast(tf.reduce_mean(tf.cast(correct, tf.int32)), tf.float32)'))
edit("accuracy_tf", "accuracy_labels_as_column", "The labels are reshaped to a column, so the "
     "comparison broadcasts to a [batch, batch] matrix: compare the predictions and the "
     "labels as two vectors [batch], one comparison per row.",
     ('correct = tf.equal(predictions, tf.cast(labels, predictions.dtype))',
      'correct = tf.equal(predictions, tf.reshape(tf.cast(labels, predictions.dtype), [-1, 1]))'))

edit("accuracy_tf", "accuracy_integer_mean_int64", "The accuracy is an integer: tf.reduce_mean "
     "of an integer tensor (int64 here, argmax's dtype) truncates. Cast the comparison to "
     "tf.float32 before averaging.",
     (ACC, 'return tf.reduce_mean(tf.cast(correct, tf.int64))'))
edit("accuracy_tf", "accuracy_rounded_softmax_vs_one_hot", "The rounded softmax is compared "
     "with the one-hot labels entry by entry, so every matching 0 counts and a row whose top "
     "probability is not above 0.5 predicts nothing: compare the predicted class, "
     "tf.argmax(logits, axis=1), with the label, one comparison per row.",
     (ACC, 'return tf.reduce_mean(tf.cast(tf.equal(tf.round(tf.nn.softmax(logits)), '
           'tf.one_hot(labels, tf.shape(logits)[1])), tf.float32))'))
edit("accuracy_tf", "accuracy_softmax_over_batch_axis", "The softmax is taken over the batch "
     "(axis 0) before the argmax, which changes which class wins in a row: take the argmax of "
     "the logits over the classes, axis=1 (a softmax over axis=1 would not change it).",
     ('predictions = tf.argmax(logits, axis=1)',
      'predictions = tf.argmax(tf.nn.softmax(logits, axis=0), axis=1)'))

# --- multilabel_predict -----------------------------------------------------------------
PROBABILITIES = 'probabilities = tf.sigmoid(logits)'
DECIDE = 'return tf.cast(probabilities > threshold, tf.int32)'
for name, message, old, new in [
    ("multilabel_softmax", "The probabilities come from a softmax, which makes the classes "
     "compete (they sum to 1); multi-label needs an independent sigmoid per class.",
     PROBABILITIES, 'probabilities = tf.nn.softmax(logits)'),
    ("multilabel_no_sigmoid", "The logits are compared with the threshold: the threshold is a "
     "probability, so apply tf.sigmoid first.", PROBABILITIES, 'probabilities = logits'),
    ("multilabel_sigmoid_twice", "The sigmoid is applied twice: sigmoid(logit) is already the "
     "probability.", PROBABILITIES, 'probabilities = tf.sigmoid(tf.sigmoid(logits))'),
    ("multilabel_ignores_threshold", "The cut-off is a fixed 0.5: the function ignores its "
     "`threshold` argument.", DECIDE, 'return tf.cast(probabilities > 0.5, tf.int32)'),
    ("multilabel_greater_or_equal", "A probability equal to the threshold counts as a yes: the "
     "rule is strictly above the threshold (>).", DECIDE,
     'return tf.cast(probabilities >= threshold, tf.int32)'),
    ("multilabel_bool_result", "The decisions are booleans: cast them to int32 0s and 1s.",
     DECIDE, 'return probabilities > threshold'),
    ("multilabel_float_result", "The decisions are float32: return int32 0s and 1s.", DECIDE,
     'return tf.cast(probabilities > threshold, tf.float32)'),
    ("multilabel_one_label_per_row", "Exactly one label per row (an argmax): that is "
     "single-label classification; multi-label decides every class on its own.", DECIDE,
     'return tf.one_hot(tf.argmax(logits, axis=1), tf.shape(logits)[1], dtype=tf.int32)'),
]:
    edit("multilabel_predict", name, message, (old, new))

edit("multilabel_predict", "multilabel_argmax_above_threshold", "Each row gets at most one "
     "label, its argmax (when above the threshold): multi-label decides every class on its "
     "own, 1 wherever sigmoid(logit) > threshold.",
     (DECIDE, 'return tf.one_hot(tf.argmax(logits, axis=1), tf.shape(logits)[1], '
              'dtype=tf.int32) * tf.cast(tf.reduce_max(probabilities, axis=1, keepdims=True) '
              '> threshold, tf.int32)'))
edit("multilabel_predict", "multilabel_log_threshold", "The logits are compared with "
     "log(threshold): the logit of a probability p is log(p / (1 - p)). Compare "
     "tf.sigmoid(logits) with the threshold itself.",
     (DECIDE, 'return tf.cast(logits > tf.math.log(threshold), tf.int32)'))
edit("multilabel_predict", "multilabel_sigmoid_sign_flipped", "The sigmoid has lost the minus "
     "sign: 1 / (1 + exp(z)) is sigmoid(-z), the probability of `no`. Use "
     "1 / (1 + exp(-z)), or tf.sigmoid(z).",
     (PROBABILITIES, 'probabilities = 1 / (1 + tf.exp(logits))'))
edit("multilabel_predict", "multilabel_decisions_inverted", "The decisions are inverted: "
     "predict 1 where the probability is above the threshold (>), 0 elsewhere.",
     (DECIDE, 'return tf.cast(probabilities < threshold, tf.int32)'))

# --- make_exponential_decay -------------------------------------------------------------
D = "make_exponential_decay"
EXPONENT = 'exponent = step // decay_steps if staircase else step / decay_steps'
RATE = 'return learning_rate0 * decay_rate ** exponent'
for name, message, old, new in [
    ("decay_staircase_ignored", "The rate decays continuously although staircase=True: a "
     "staircase schedule keeps the rate constant within each block of decay_steps steps "
     "(floor the exponent).", EXPONENT, 'exponent = step / decay_steps'),
    ("decay_always_floored", "The rate drops in steps although staircase=False: without "
     "staircase the exponent is step / decay_steps, not floored.", EXPONENT,
     'exponent = step // decay_steps'),
    ("decay_staircase_inverted", "The staircase flag works backwards: floor the exponent when "
     "staircase is True.", EXPONENT,
     'exponent = step / decay_steps if staircase else step // decay_steps'),
    ("decay_every_step", "The rate decays at every step: the exponent is step / decay_steps, "
     "not step.", EXPONENT, 'exponent = step'),
    ("decay_staircase_rounded", "The staircase exponent is rounded: take the floor of "
     "step / decay_steps.", EXPONENT,
     'exponent = round(step / decay_steps) if staircase else step / decay_steps'),
    ("decay_staircase_ceil", "The staircase exponent is rounded up: take the floor of "
     "step / decay_steps.", EXPONENT,
     'exponent = np.ceil(step / decay_steps) if staircase else step / decay_steps'),
    ("decay_exponent_times_steps", "The exponent multiplies step by decay_steps: it is "
     "step / decay_steps.", EXPONENT,
     'exponent = step * decay_steps if staircase else step * decay_steps'),
    ("decay_step_plus_one", "The schedule is one step ahead: at step 0 the rate is "
     "learning_rate0 itself.", EXPONENT,
     'exponent = (step + 1) // decay_steps if staircase else (step + 1) / decay_steps'),
    ("decay_base_and_exponent_swapped", "The base and the exponent are swapped: "
     "learning_rate0 * decay_rate ** (step / decay_steps).", RATE,
     'return learning_rate0 * exponent ** decay_rate'),
    ("decay_natural_exp", "This is exp(-decay_rate * t): the schedule is learning_rate0 * "
     "decay_rate ** (step / decay_steps).", RATE,
     'return learning_rate0 * np.exp(-decay_rate * exponent)'),
    ("decay_inverse_time", "This is an inverse-time decay, learning_rate0 / (1 + decay_rate * "
     "t): the schedule is learning_rate0 * decay_rate ** (step / decay_steps).", RATE,
     'return learning_rate0 / (1 + decay_rate * exponent)'),
    ("decay_one_minus_rate", "The base is 1 - decay_rate: the rate is multiplied by decay_rate "
     "itself per decay period.", RATE, 'return learning_rate0 * (1 - decay_rate) ** exponent'),
]:
    edit(D, name, message, (old, new))

edit(D, "decay_precedence_staircase", "Operator precedence: decay_rate ** step / decay_steps "
     "is (decay_rate ** step) / decay_steps, and with // the whole rate is floored; write "
     "decay_rate ** (step / decay_steps), and decay_rate ** (step // decay_steps) for the "
     "staircase.", (EXPONENT, 'exponent = step'),
     (RATE, 'return (learning_rate0 * decay_rate ** exponent // decay_steps if staircase '
            'else learning_rate0 * decay_rate ** exponent / decay_steps)'))
edit(D, "decay_counts_own_calls", "The schedule counts its own calls instead of using the "
     "`step` it is given: compute the rate from `step` alone, so that a step gets the same "
     "rate whenever, and however often, the schedule is called.",
     ('    def schedule(step):\n', '    calls = [0]\n\n    def schedule(step):\n'
                                  '        step, calls[0] = calls[0], calls[0] + 1\n'))
edit(D, "decay_staircase_floors_factor", "In staircase mode the decay factor "
     "decay_rate ** (step / decay_steps) is floored, which makes it 0 after the first step: "
     "floor the exponent instead, decay_rate ** (step // decay_steps).",
     (EXPONENT, 'exponent = step / decay_steps'),
     (RATE, 'return learning_rate0 * (np.floor(decay_rate ** exponent) if staircase '
            'else decay_rate ** exponent)'))

edit(D, "decay_smooth_exponent_not_divided", "Without staircase the exponent is the step "
     "itself, so the rate decays at every step: divide it by decay_steps, "
     "decay_rate ** (step / decay_steps).",
     (EXPONENT, 'exponent = step // decay_steps if staircase else step'))
edit(D, "decay_lr0_inside_power", "learning_rate0 is raised to the power too, "
     "(learning_rate0 * decay_rate) ** t: only the factor is, "
     "learning_rate0 * decay_rate ** t.", (RATE, 'return (learning_rate0 * decay_rate) ** exponent'))
edit(D, "decay_divides_by_factor", "The rate is divided by decay_rate ** t, so it grows: "
     "multiply, learning_rate0 * decay_rate ** (step / decay_steps).",
     (RATE, 'return learning_rate0 / decay_rate ** exponent'))

# --- train_step -------------------------------------------------------------------------
T = "train_step"
FORWARD = 'logits = model(X, training=True)'
LOSS = 'tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)'
APPLY = 'optimizer.apply_gradients(zip(grads, model.trainable_variables))'
GRADS = 'grads = tape.gradient(loss, model.trainable_variables)'
edit(T, "train_step_inference_mode", "The model runs in inference mode (training=False or no "
     "flag): batch norm then uses and never updates its moving statistics, and dropout is "
     "off. Call model(X, training=True) inside the tape.",
     (FORWARD, 'logits = model(X, training=False)'))
edit(T, "train_step_not_from_logits", "The loss is called without from_logits=True, so it "
     "takes the logits for probabilities.", (LOSS, LOSS.replace('from_logits=True', 'from_logits=False')))
edit(T, "train_step_double_softmax", "A softmax is applied to the logits before a loss that "
     "applies its own (from_logits=True): a double softmax.",
     (LOSS, LOSS.replace('(y, logits,', '(y, tf.nn.softmax(logits),')))
edit(T, "train_step_sigmoid_loss", "The loss is a sigmoid cross-entropy, which treats every "
     "class on its own: with exclusive classes it is the sparse softmax cross-entropy.",
     (LOSS, 'tf.reduce_sum(tf.nn.sigmoid_cross_entropy_with_logits('
            'labels=tf.one_hot(y, tf.shape(logits)[1]), logits=logits), axis=1)'))
edit(T, "train_step_summed_loss", "The loss is summed over the batch: it is the mean "
     "(tf.reduce_mean), so that the step size does not grow with the batch.",
     ('loss = tf.reduce_mean(', 'loss = tf.reduce_sum('))
edit(T, "train_step_per_example_loss", "The loss has one value per example: average them with "
     "tf.reduce_mean before differentiating and returning it.",
     ('loss = tf.reduce_mean(', 'loss = tf.identity('))
edit(T, "train_step_loss_after_update", "The returned loss is computed after the update: "
     "return the loss of the batch before the step (the one the gradients came from).",
     ('    return loss', '    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy('
                         'y, model(X, training=False), from_logits=True))'))
edit(T, "train_step_no_update", "The weights never change: apply the gradients with "
     "optimizer.apply_gradients(zip(grads, model.trainable_variables)).", (APPLY, 'pass'))
edit(T, "train_step_gradient_ascent", "The step goes uphill: apply the gradients themselves; "
     "the optimizer subtracts them.",
     (APPLY, 'optimizer.apply_gradients(zip([-g for g in grads], model.trainable_variables))'))
edit(T, "train_step_first_layer_only", "Only the first layer's variables are updated: take the "
     "gradients of all of model.trainable_variables and apply them all.",
     (GRADS, 'grads = tape.gradient(loss, model.layers[0].trainable_variables)'),
     (APPLY, 'optimizer.apply_gradients(zip(grads, model.layers[0].trainable_variables))'))
edit(T, "train_step_ignores_optimizer", "The variables are updated by hand with a fixed step "
     "(assign_sub): use the optimizer you are given, optimizer.apply_gradients(...), so its "
     "learning rate and state apply.",
     (APPLY, 'for g, v in zip(grads, model.trainable_variables):\n        v.assign_sub(0.01 * g)'))
edit(T, "train_step_extra_training_pass", "The model runs twice in training mode per step, so "
     "batch norm updates its moving statistics twice: call it once, inside the tape.",
     ('    return loss', '    model(X, training=True)\n    return loss'))

edit(T, "train_step_loss_after_update_training_mode", "The returned loss comes from a new "
     "forward pass after the update, in training mode (which moves batch norm's statistics "
     "a second time): return the loss computed inside the tape, before the step.",
     ('    return loss', '    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy('
                         'y, model(X, training=True), from_logits=True))'))
edit(T, "train_step_last_layer_only", "Only the last layer's variables are updated: take the "
     "gradients of all of model.trainable_variables and apply them all.",
     (GRADS, 'grads = tape.gradient(loss, model.layers[-1].trainable_variables)'),
     (APPLY, 'optimizer.apply_gradients(zip(grads, model.layers[-1].trainable_variables))'))
edit(T, "train_step_returns_inference_loss", "The returned loss comes from a separate call in "
     "inference mode (training=False): return the loss the gradients came from, computed in "
     "training mode inside the tape.",
     (GRADS, 'reported = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy('
             'y, model(X, training=False), from_logits=True))\n    ' + GRADS),
     ('    return loss', '    return reported'))

# --- build_bn_mlp -----------------------------------------------------------------------
B = "build_bn_mlp"
BN_FIRST = ('model.add(tf.keras.layers.BatchNormalization(momentum=momentum))\n'
            '            model.add(tf.keras.layers.ReLU())')
BN_AFTER = ('model.add(tf.keras.layers.ReLU())\n'
            '            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))')
edit(B, "bn_mlp_dense_bias_before_bn", "The Dense layer keeps its bias although "
     "BatchNormalization follows: BN subtracts the mean (and the bias with it) and its beta "
     "replaces it. Use use_bias=False.",
     ('tf.keras.layers.Dense(units, use_bias=False)', 'tf.keras.layers.Dense(units)'))
edit(B, "bn_mlp_default_momentum", "The BatchNormalization layers do not use the `momentum` "
     "argument (Keras' default is 0.99): pass momentum=momentum.",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '()')),
     (BN_AFTER, BN_AFTER.replace('(momentum=momentum)', '()')))
edit(B, "bn_mlp_momentum_as_one_minus", "The BatchNormalization momentum is 1 - momentum (the "
     "PyTorch convention): Keras' momentum is the weight of the old moving average, pass it "
     "as it is.",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '(momentum=1 - momentum)')),
     (BN_AFTER, BN_AFTER.replace('(momentum=momentum)', '(momentum=1 - momentum)')))
edit(B, "bn_mlp_always_bn_first", "`bn_before_activation` is ignored: with False a hidden "
     "layer is Dense -> ReLU -> BatchNormalization.",
     ('if bn_before_activation:', 'if True:'))
edit(B, "bn_mlp_always_bn_after", "`bn_before_activation` is ignored: with True a hidden layer "
     "is Dense (no bias) -> BatchNormalization -> ReLU.",
     ('if bn_before_activation:', 'if False:'))
edit(B, "bn_mlp_softmax_output", "The output layer has a softmax: return the logits; the loss "
     "applies the softmax itself (from_logits=True).",
     ('model.add(tf.keras.layers.Dense(10))', 'model.add(tf.keras.layers.Dense(10, activation="softmax"))'))
edit(B, "bn_mlp_dropout_keep_rate", "The Dropout rate is 1 - dropout_rate: Keras' rate is the "
     "fraction of units dropped, which is `dropout_rate`.",
     ('tf.keras.layers.Dropout(dropout_rate)', 'tf.keras.layers.Dropout(1 - dropout_rate)'))
edit(B, "bn_mlp_no_dropout", "The hidden layers have no Dropout after them: add "
     "Dropout(dropout_rate) after each one.",
     ('        model.add(tf.keras.layers.Dropout(dropout_rate))\n', ''))

edit(B, "bn_mlp_relu_before_bn_no_bias", "With bn_before_activation=True the ReLU runs "
     "before batch norm (a Dense layer's activation='relu' applies right after its product, "
     "before the layers that follow): the order is Dense (no bias) -> BatchNormalization -> "
     "ReLU, each a layer of its own.",
     ('model.add(tf.keras.layers.Dense(units, use_bias=False))',
      'model.add(tf.keras.layers.Dense(units, use_bias=False, activation="relu"))'),
     (BN_FIRST, 'model.add(tf.keras.layers.BatchNormalization(momentum=momentum))'))
edit(B, "bn_mlp_one_dropout_after_all", "A single Dropout follows the last hidden layer: every "
     "hidden layer ends with its own Dropout(dropout_rate), inside the loop.",
     ('        model.add(tf.keras.layers.Dropout(dropout_rate))\n    model.add(tf.keras.layers.Dense(10))',
      '    model.add(tf.keras.layers.Dropout(dropout_rate))\n    model.add(tf.keras.layers.Dense(10))'))
edit(B, "bn_mlp_relu_output", "The output layer has a ReLU: return the logits, which may be "
     "negative; the output Dense layer has no activation.",
     ('model.add(tf.keras.layers.Dense(10))', 'model.add(tf.keras.layers.Dense(10, activation="relu"))'))

edit(B, "bn_mlp_flag_inverted", "The two branches are swapped: with "
     "bn_before_activation=True a hidden layer is Dense (no bias) -> BatchNormalization -> "
     "ReLU, with False Dense -> ReLU -> BatchNormalization.",
     ('if bn_before_activation:', 'if not bn_before_activation:'))
edit(B, "bn_mlp_bn_without_scale", "The BatchNormalization layer has scale=False (no gamma): "
     "keep Keras' defaults, a learned gamma and beta, and pass only momentum=momentum.",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '(momentum=momentum, scale=False)')))
edit(B, "bn_mlp_bn_without_center", "The BatchNormalization layer has center=False (no beta): "
     "the Dense layer before it has no bias, so beta is the layer's only shift; keep Keras' "
     "defaults and pass only momentum=momentum.",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '(momentum=momentum, center=False)')))
edit(B, "bn_mlp_hard_coded_momentum", "The BatchNormalization momentum is a fixed number: "
     "pass the function's argument, momentum=momentum.",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '(momentum=0.9)')),
     (BN_AFTER, BN_AFTER.replace('(momentum=momentum)', '(momentum=0.9)')))
edit(B, "bn_mlp_hard_coded_dropout_rate", "The Dropout rate is a fixed number: pass the "
     "function's argument, Dropout(dropout_rate).",
     ('tf.keras.layers.Dropout(dropout_rate)', 'tf.keras.layers.Dropout(0.4)'))

# --- build_v1_bn_train_op ---------------------------------------------------------------
V = "build_v1_bn_train_op"
edit(V, "v1_no_control_dependencies", "The moving statistics never move: the UPDATE_OPS do not "
     "run with the train op. Create the train op inside `with "
     "tf.control_dependencies(update_ops):`, where update_ops is "
     "tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS), with no scope filter.",
     ('tf.control_dependencies(update_ops)', 'tf.control_dependencies([])'))
edit(V, "v1_first_update_op_only", "Only some moving statistics move: the train op must depend "
     "on all of the UPDATE_OPS.",
     ('tf.control_dependencies(update_ops)', 'tf.control_dependencies(update_ops[:1])'))
edit(V, "v1_update_ops_only", "The weights never change: the returned op must still minimize "
     "the loss (optimizer.minimize(loss) inside the control_dependencies block).",
     ('train_op = optimizer.minimize(loss)', 'train_op = tf.group(*update_ops)'))
edit(V, "v1_returns_loss", "The function returns the loss, not the train op: running the loss "
     "neither updates the weights nor the moving statistics.", ('return train_op', 'return loss'))
edit(V, "v1_gradient_ascent", "The train op maximizes the loss: minimize it, "
     "optimizer.minimize(loss).", ('optimizer.minimize(loss)', 'optimizer.minimize(-loss)'))

edit(V, "v1_own_optimizer", "The train op uses an optimizer made inside the function: use the "
     "`optimizer` you are given, optimizer.minimize(loss), with its learning rate and state.",
     ('train_op = optimizer.minimize(loss)',
      'train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)'))

# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(I, "init_tf_skips_last_layer", "The output layer has no parameters: l runs from 1 to L "
     "inclusive.", ('range(1, len(layer_dims))', 'range(1, len(layer_dims) - 1)'))
edit(I, "init_tf_truncated_normal", "The weights come from a truncated normal (Keras' HeNormal): "
     "this function draws from the normal distribution N(0, 2/n[l-1]) itself.",
     ('rng.normal((layer_dims[l - 1], layer_dims[l]))',
      'rng.truncated_normal((layer_dims[l - 1], layer_dims[l])) / 0.87962566103423978'))
edit(FWD, "forward_tf_no_output_bias", "The output layer has no bias: it computes "
     "A @ W[L] + b[L].", (LOGITS, 'return tf.matmul(A, parameters[f"W{L}"])'))
edit(FWD, "forward_tf_bias_inside_matmul", "The bias is added to W inside the product, "
     "A @ (W + b): each layer computes A @ W + b.",
     (HIDDEN, 'A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"] + parameters[f"b{l}"]))'),
     (LOGITS, 'return tf.matmul(A, parameters[f"W{L}"] + parameters[f"b{L}"])'))
edit(FWD, "forward_tf_leaky_relu", "The hidden layers use a leaky ReLU: they are plain ReLU "
     "layers, tf.nn.relu.", (HIDDEN, HIDDEN.replace('tf.nn.relu(', 'tf.nn.leaky_relu(')))
edit(C, "cost_log_of_softmax", "The cost takes the log of the softmax in two steps, which "
     "gives infinity when a probability rounds to 0: use a loss that takes the logits "
     "(from_logits=True), which computes log-softmax stably.",
     (LOSSES, 'losses = -tf.math.log(tf.gather(tf.nn.softmax(logits), labels, batch_dims=1))'))
edit(C, "cost_sigmoid_cross_entropy_mean", "The cost uses a sigmoid cross-entropy averaged over "
     "the classes: with exclusive classes it is the softmax cross-entropy.",
     (LOSSES, 'losses = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits('
              'labels=tf.one_hot(labels, tf.shape(logits)[1]), logits=logits), axis=1)'))
edit("accuracy_tf", "accuracy_compares_one_hot_entries", "The accuracy compares one-hot "
     "matrices entry by entry, so each wrong row still counts its matching zeros: compare "
     "the predicted class with the label, one comparison per row.",
     (ACC, 'return tf.reduce_mean(tf.cast(tf.equal(tf.one_hot(predictions, tf.shape(logits)[1]), '
           'tf.one_hot(labels, tf.shape(logits)[1])), tf.float32))'))
edit("accuracy_tf", "accuracy_true_class_above_half", "A row counts as right when its true "
     "class's probability is above 0.5: it is right when the true class has the highest "
     "logit (the argmax).",
     (ACC, 'return tf.reduce_mean(tf.cast(tf.gather(tf.nn.softmax(logits), labels, batch_dims=1) '
           '> 0.5, tf.float32))'))
edit(D, "decay_precedence", "Operator precedence: decay_rate ** step / decay_steps is "
     "(decay_rate ** step) / decay_steps; write decay_rate ** (step / decay_steps).",
     (RATE, 'return learning_rate0 * decay_rate ** step / decay_steps'))
edit(T, "train_step_extra_pass_before_tape", "The model runs once more in training mode "
     "before the tape, so batch norm updates its moving statistics twice per step: call it "
     "once, inside the tape.",
     ('with tf.GradientTape() as tape:', 'model(X, training=True)\n    with tf.GradientTape() as tape:'))
edit(T, "train_step_sigmoid_loss_mean", "The loss is a sigmoid cross-entropy averaged over the "
     "classes: with exclusive classes it is the sparse softmax cross-entropy.",
     (LOSS, 'tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits('
            'labels=tf.one_hot(y, tf.shape(logits)[1]), logits=logits), axis=1)'))
edit(B, "bn_mlp_no_bias_after_relu", "The Dense layer has no bias although a ReLU, not batch "
     "norm, follows it (bn_before_activation=False): only a Dense layer followed by batch norm "
     "drops its bias.", ('tf.keras.layers.Dense(units))', 'tf.keras.layers.Dense(units, use_bias=False))'))
edit(B, "bn_mlp_first_hidden_layer_only", "Only the first hidden layer is built: build one "
     "hidden layer per entry of `hidden_units`.",
     ('for units in hidden_units:', 'for units in hidden_units[:1]:'))
edit(B, "bn_mlp_epsilon_of_assignment_07", "The BatchNormalization epsilon is 1e-5: keep "
     "Keras' default (1e-3).",
     (BN_FIRST, BN_FIRST.replace('(momentum=momentum)', '(momentum=momentum, epsilon=1e-5)')),
     (BN_AFTER, BN_AFTER.replace('(momentum=momentum)', '(momentum=momentum, epsilon=1e-5)')))
edit(B, "bn_mlp_no_dropout_after_last_hidden", "The last hidden layer has no Dropout after "
     "it: every hidden layer, the last one too, ends with Dropout(dropout_rate).",
     ('for units in hidden_units:', 'for i, units in enumerate(hidden_units):'),
     ('        model.add(tf.keras.layers.Dropout(dropout_rate))',
      '        if i < len(hidden_units) - 1:\n            model.add(tf.keras.layers.Dropout(dropout_rate))'))
edit(B, "bn_mlp_dropout_before_bn", "The Dropout comes right after the Dense layer: each "
     "hidden layer ends with Dropout, after batch norm and the ReLU.",
     ('model.add(tf.keras.layers.Dense(units, use_bias=False))',
      'model.add(tf.keras.layers.Dense(units, use_bias=False))\n'
      '            model.add(tf.keras.layers.Dropout(dropout_rate))'),
     ('model.add(tf.keras.layers.Dense(units))',
      'model.add(tf.keras.layers.Dense(units))\n'
      '            model.add(tf.keras.layers.Dropout(dropout_rate))'),
     ('        model.add(tf.keras.layers.Dropout(dropout_rate))\n    model.add', '    model.add'))

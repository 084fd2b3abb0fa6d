"""Independent implementations of assignment 08, written from the student release only."""
# ruff: noqa: F811
import numpy as np
import tensorflow as tf

from grader_tests.independent import correct, wrong


# ---------------------------------------------------------------------------------------------
# one_hot_matrix
# ---------------------------------------------------------------------------------------------

@wrong("one_hot_axis0_column_layout", "I passed axis=0 like the NumPy assignments, so classes run down the rows")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, axis=0)


@wrong("one_hot_returns_numpy", "I called .numpy() on the one-hot tensor before returning it")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth).numpy()


@wrong("one_hot_int32_dtype", "I asked tf.one_hot for int32 since one-hot entries are whole numbers")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.int32)


@wrong("one_hot_float64_dtype", "I used float64 for the one-hot matrix to be precise")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.float64)


@wrong("one_hot_depth_from_max_label", "I took the depth from the largest label instead of the depth argument")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, int(np.max(np.asarray(labels))) + 1)


@wrong("one_hot_depth_hardcoded_10", "I wrote 10 classes for MNIST and forgot to use depth")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, 10)


@wrong("one_hot_labels_shifted_by_one", "I subtracted 1 from the labels because I thought classes start at 1")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(tf.convert_to_tensor(labels) - 1, depth)


@correct("one_hot_gather_identity_rows", "picks rows of an identity matrix with tf.gather")
def one_hot_matrix(labels, depth=10):
    identity = tf.eye(depth, dtype=tf.float32)
    return tf.gather(identity, tf.cast(labels, tf.int32))


@correct("one_hot_compare_with_range", "compares each label with tf.range(depth) and casts the booleans")
def one_hot_matrix(labels, depth=10):
    labels = tf.cast(tf.convert_to_tensor(labels), tf.int32)
    hits = tf.equal(tf.expand_dims(labels, axis=1), tf.range(depth, dtype=tf.int32)[tf.newaxis, :])
    return tf.cast(hits, tf.float32)


@correct("one_hot_explicit_on_off_values", "tf.one_hot with explicit on/off values and dtype")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(indices=labels, depth=depth, on_value=1.0, off_value=0.0, axis=-1,
                      dtype=tf.float32)


# ---------------------------------------------------------------------------------------------
# initialize_parameters_tf
# ---------------------------------------------------------------------------------------------

@wrong("init_weights_transposed_column_layout", "I kept the NumPy shape [n[l], n[l-1]] for the weights")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l], layer_dims[l - 1]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_constants_not_variables", "I stored the weights as tf.constant tensors")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.constant(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.zeros([layer_dims[l]])
    return parameters


@wrong("init_seed_ignored", "I drew with tf.random.normal and never used the seed")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(tf.random.normal([layer_dims[l - 1], layer_dims[l]],
                                                           stddev=std))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_op_level_seed_only", "I passed seed= to tf.random.normal, which does not repeat in eager mode")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(tf.random.normal([layer_dims[l - 1], layer_dims[l]],
                                                           stddev=std, seed=seed))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_xavier_variance", "I used variance 1/n[l-1] (Xavier) instead of 2/n[l-1]")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_fan_out_variance", "I scaled by the size of the current layer n[l] instead of n[l-1]")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l])
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_variance_used_as_stddev", "I passed 2/n[l-1] as the standard deviation and forgot the square root")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = 2.0 / layer_dims[l - 1]
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_float64_numpy_variables", "I drew with NumPy and wrapped the float64 arrays in variables without casting")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * std)
        parameters[f"b{l}"] = tf.Variable(np.zeros(layer_dims[l]))
    return parameters


@wrong("init_bias_column_vector", "I kept the biases as columns [n[l], 1] like in NumPy")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l], 1]))
    return parameters


@wrong("init_last_layer_missing", "my loop stopped one layer early, so the output layer has no parameters")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.normal([layer_dims[l - 1], layer_dims[l]]) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_keras_he_normal_truncated", "I used tf.keras.initializers.HeNormal, which draws from a truncated normal")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        init = tf.keras.initializers.HeNormal(seed=seed + l)
        parameters[f"W{l}"] = tf.Variable(init([layer_dims[l - 1], layer_dims[l]],
                                               dtype=tf.float32))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@correct("init_global_set_seed", "tf.random.set_seed(seed) then tf.random.normal with stddev")
def initialize_parameters_tf(layer_dims, seed=1):
    tf.random.set_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        n_prev, n_cur = layer_dims[l - 1], layer_dims[l]
        W = tf.random.normal([n_prev, n_cur], mean=0.0, stddev=np.sqrt(2.0 / n_prev),
                             dtype=tf.float32)
        parameters["W" + str(l)] = tf.Variable(W, name=f"W{l}")
        parameters["b" + str(l)] = tf.Variable(tf.zeros([n_cur], tf.float32), name=f"b{l}")
    return parameters


@correct("init_numpy_rng_cast_float32", "draws with NumPy's default_rng and casts to float32 before tf.Variable")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (n_prev, n_cur) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        W = rng.standard_normal((n_prev, n_cur)) * np.sqrt(2.0 / n_prev)
        parameters[f"W{l}"] = tf.Variable(W.astype(np.float32))
        parameters[f"b{l}"] = tf.Variable(np.zeros(n_cur, dtype=np.float32))
    return parameters


@correct("init_generator_normal_stddev", "tf.random.Generator.from_seed with stddev passed to rng.normal")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        parameters[f"W{l}"] = tf.Variable(
            rng.normal(shape=(layer_dims[l - 1], layer_dims[l]),
                       stddev=tf.sqrt(2.0 / float(layer_dims[l - 1])), dtype=tf.float32))
        parameters[f"b{l}"] = tf.Variable(tf.zeros(shape=(layer_dims[l],), dtype=tf.float32))
    return parameters


# ---------------------------------------------------------------------------------------------
# forward_propagation_tf
# ---------------------------------------------------------------------------------------------

@wrong("forward_relu_on_output", "I applied the ReLU on every layer including the output one")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L + 1):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return A


@wrong("forward_softmax_on_output", "I returned the softmax probabilities instead of the logits")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.nn.softmax(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])


@wrong("forward_numpy_maximum_relu", "I wrote the ReLU with np.maximum as in the NumPy assignments")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = np.maximum(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"], 0)
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("forward_returns_numpy", "I returned Z.numpy() so that I could print it")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    Z = tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]
    return Z.numpy()


@wrong("forward_no_output_bias", "I forgot to add the bias of the output layer")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"])


@wrong("forward_sigmoid_hidden", "I used a sigmoid in the hidden layers instead of the ReLU")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.sigmoid(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("forward_bias_inside_matmul", "my parentheses put the bias inside the matmul: A @ (W + b)")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"] + parameters[f"b{l}"]))
    return tf.matmul(A, parameters[f"W{L}"] + parameters[f"b{L}"])


@wrong("forward_relu_before_bias", "I applied the ReLU to A @ W and added the bias afterwards")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"])) + parameters[f"b{l}"]
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("forward_leaky_relu_hidden", "I used tf.nn.leaky_relu thinking it was the same as relu")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, L):
        A = tf.nn.leaky_relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@correct("forward_einsum_maximum", "tf.einsum for the products and tf.maximum(Z, 0) for the ReLU")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.cast(X, tf.float32)
    for l in range(1, L + 1):
        Z = tf.einsum("bi,io->bo", A, tf.convert_to_tensor(parameters[f"W{l}"])) \
            + tf.convert_to_tensor(parameters[f"b{l}"])
        A = tf.maximum(Z, 0.0) if l < L else Z
    return A


@correct("forward_matmul_operator_bias_add", "the @ operator on tensors with tf.nn.bias_add")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, dtype=tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.nn.bias_add(A @ parameters["W" + str(l)], parameters["b" + str(l)]))
    logits = tf.nn.bias_add(A @ parameters["W" + str(L)], parameters["b" + str(L)])
    return logits


@correct("forward_linalg_math_add", "tf.linalg.matmul, tf.math.add and tf.keras.activations.relu")
def forward_propagation_tf(X, parameters):
    n_layers = len(parameters) // 2
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, n_layers + 1):
        Z = tf.math.add(tf.linalg.matmul(A, parameters[f"W{l}"]), parameters[f"b{l}"])
        if l == n_layers:
            return Z
        A = tf.keras.activations.relu(Z)


# ---------------------------------------------------------------------------------------------
# compute_cost_tf
# ---------------------------------------------------------------------------------------------

@wrong("cost_softmax_then_from_logits", "I applied softmax to the logits before the loss that expects logits")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    return tf.reduce_mean(
        tf.keras.losses.sparse_categorical_crossentropy(labels, probs, from_logits=True))


@wrong("cost_from_logits_missing", "I left from_logits at its default, so the loss took my logits for probabilities")
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits))


@wrong("cost_reduce_sum", "I used tf.reduce_sum over the batch instead of tf.reduce_mean")
def compute_cost_tf(logits, labels):
    return tf.reduce_sum(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))


@wrong("cost_per_example_not_averaged", "I returned the per-example losses and forgot the reduce_mean")
def compute_cost_tf(logits, labels):
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)


@wrong("cost_softmax_over_batch_axis", "I took the softmax over axis 0 as in the column convention")
def compute_cost_tf(logits, labels):
    log_probs = tf.math.log(tf.nn.softmax(logits, axis=0))
    picked = tf.gather(log_probs, tf.cast(labels, tf.int32), axis=1, batch_dims=1)
    return -tf.reduce_mean(picked)


@wrong("cost_sigmoid_binary_crossentropy", "I used the sigmoid cross-entropy on one-hot labels instead of softmax")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    one_hot = tf.one_hot(labels, tf.shape(logits)[-1])
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=one_hot, logits=logits))


@wrong("cost_missing_minus_sign", "I averaged the log-probabilities of the true class and forgot the minus sign")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(logits, axis=1)
    return tf.reduce_mean(tf.gather(log_probs, tf.cast(labels, tf.int32), batch_dims=1))


@wrong("cost_returns_python_float", "I returned float(cost) so the result prints nicely")
def compute_cost_tf(logits, labels):
    loss = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    return float(loss(labels, logits))


@wrong("cost_returns_numpy", "I returned cost.numpy() instead of the tensor")
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)).numpy()


@wrong("cost_float64", "I cast the logits to float64 for precision and returned a float64 cost")
def compute_cost_tf(logits, labels):
    logits64 = tf.cast(logits, tf.float64)
    return tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits64))


@wrong("cost_mean_over_all_entries", "I multiplied one-hot labels by log-softmax and took reduce_mean of the whole matrix")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(logits)
    one_hot = tf.one_hot(labels, tf.shape(log_probs)[-1])
    return -tf.reduce_mean(one_hot * log_probs)


@wrong("cost_predicted_class_instead_of_label", "I took minus log of the largest probability instead of the true class's")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(logits)
    return -tf.reduce_mean(tf.reduce_max(log_probs, axis=1))


@wrong("cost_log_of_softmax_unstable", "I computed log(softmax) in two steps, which gives inf when a probability rounds to 0")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    one_hot = tf.one_hot(labels, tf.shape(probs)[-1])
    return -tf.reduce_mean(tf.reduce_sum(one_hot * tf.math.log(probs), axis=1))


@correct("cost_keras_loss_object", "uses tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)")
def compute_cost_tf(logits, labels):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    return loss_object(labels, logits)


@correct("cost_log_softmax_gather", "gathers the true class from tf.nn.log_softmax with batch_dims=1")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(tf.convert_to_tensor(logits, tf.float32), axis=-1)
    picked = tf.gather(log_probs, tf.cast(labels, tf.int32), axis=1, batch_dims=1)
    return -tf.reduce_mean(picked)


@correct("cost_dense_with_one_hot", "one-hot labels with tf.nn.softmax_cross_entropy_with_logits")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    one_hot = tf.one_hot(labels, depth=tf.shape(logits)[1], dtype=tf.float32)
    return tf.math.reduce_mean(
        tf.nn.softmax_cross_entropy_with_logits(labels=one_hot, logits=logits))


# ---------------------------------------------------------------------------------------------
# accuracy_tf
# ---------------------------------------------------------------------------------------------

@wrong("accuracy_integer_mean", "I averaged the comparison as int32, so the mean truncates")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1, output_type=tf.int32)
    return tf.reduce_mean(tf.cast(tf.equal(predictions, tf.cast(labels, tf.int32)), tf.int32))


@wrong("accuracy_count_not_fraction", "I used reduce_sum and returned the number of correct rows")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    return tf.reduce_sum(tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float32))


@wrong("accuracy_compare_one_hot_matrices", "I compared one-hot predictions with one-hot labels entry by entry")
def accuracy_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    depth = tf.shape(logits)[1]
    predicted = tf.one_hot(tf.argmax(logits, axis=1), depth)
    truth = tf.one_hot(labels, depth)
    return tf.reduce_mean(tf.cast(tf.equal(predicted, truth), tf.float32))


@wrong("accuracy_returns_numpy", "I returned the accuracy with .numpy()")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    hits = tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float32)
    return tf.reduce_mean(hits).numpy()


@wrong("accuracy_float64", "I cast the comparison to float64 before averaging")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    return tf.reduce_mean(tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float64))


@wrong("accuracy_true_class_prob_above_half", "I counted an example as right when the softmax of its true class is above 0.5")
def accuracy_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    true_probs = tf.gather(probs, tf.cast(labels, tf.int32), batch_dims=1)
    return tf.reduce_mean(tf.cast(true_probs > 0.5, tf.float32))


@wrong("accuracy_error_rate", "I averaged where the prediction differs from the label")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    return tf.reduce_mean(tf.cast(tf.not_equal(predictions, tf.cast(labels, tf.int64)),
                                  tf.float32))


@correct("accuracy_keras_metric", "tf.keras.metrics.sparse_categorical_accuracy averaged with reduce_mean")
def accuracy_tf(logits, labels):
    per_example = tf.keras.metrics.sparse_categorical_accuracy(labels, logits)
    return tf.reduce_mean(tf.cast(per_example, tf.float32))


@correct("accuracy_count_nonzero_over_size", "counts hits with tf.math.count_nonzero and divides by the batch size")
def accuracy_tf(logits, labels):
    predictions = tf.math.argmax(logits, axis=-1, output_type=tf.int32)
    labels = tf.cast(tf.reshape(labels, [-1]), tf.int32)
    hits = tf.math.count_nonzero(tf.math.equal(predictions, labels), dtype=tf.int32)
    return tf.cast(hits, tf.float32) / tf.cast(tf.size(labels), tf.float32)


# ---------------------------------------------------------------------------------------------
# multilabel_predict
# ---------------------------------------------------------------------------------------------

@wrong("multilabel_greater_equal", "I used >= instead of > for the threshold")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) >= threshold, tf.int32)


@wrong("multilabel_no_sigmoid", "I compared the raw logits with the threshold")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.convert_to_tensor(logits) > threshold, tf.int32)


@wrong("multilabel_sigmoid_twice", "I applied tf.sigmoid and then tf.nn.sigmoid again")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.sigmoid(logits)
    return tf.cast(tf.nn.sigmoid(probs) > threshold, tf.int32)


@wrong("multilabel_softmax", "I used softmax across the classes instead of a sigmoid per class")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.nn.softmax(logits, axis=-1) > threshold, tf.int32)


@wrong("multilabel_returns_bool", "I returned the boolean comparison without casting")
def multilabel_predict(logits, threshold=0.5):
    return tf.sigmoid(logits) > threshold


@wrong("multilabel_float32_output", "I cast the decisions to float32")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > threshold, tf.float32)


@wrong("multilabel_int64_output", "I cast the decisions to int64")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > threshold, tf.int64)


@wrong("multilabel_threshold_ignored", "I hard-coded 0.5 and ignored the threshold argument")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > 0.5, tf.int32)


@wrong("multilabel_argmax_one_label", "I predicted only the argmax class per row as in multi-class")
def multilabel_predict(logits, threshold=0.5):
    logits = tf.convert_to_tensor(logits, tf.float32)
    return tf.one_hot(tf.argmax(logits, axis=1), tf.shape(logits)[1], dtype=tf.int32)


@wrong("multilabel_numpy_output", "I computed the sigmoid in NumPy and returned a NumPy array")
def multilabel_predict(logits, threshold=0.5):
    z = np.asarray(logits, dtype=np.float32)
    return (1.0 / (1.0 + np.exp(-z)) > threshold).astype(np.int32)


@correct("multilabel_where_greater", "tf.where on tf.math.greater with int32 constants")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.math.sigmoid(tf.convert_to_tensor(logits, tf.float32))
    return tf.where(tf.math.greater(probs, threshold), tf.ones_like(probs, tf.int32),
                    tf.zeros_like(probs, tf.int32))


@correct("multilabel_keras_sigmoid_cast", "tf.keras.activations.sigmoid then tf.dtypes.cast")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.keras.activations.sigmoid(tf.convert_to_tensor(logits, tf.float32))
    return tf.dtypes.cast(tf.math.greater(probs, tf.constant(threshold, tf.float32)), tf.int32)


# ---------------------------------------------------------------------------------------------
# make_exponential_decay
# ---------------------------------------------------------------------------------------------

@wrong("decay_integer_division_smooth", "I used // for the exponent, so the smooth schedule is a staircase too")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step // decay_steps)
    return schedule


@wrong("decay_staircase_ignored", "I always used the smooth formula and ignored staircase")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step / decay_steps)
    return schedule


@wrong("decay_exponent_step_times_steps", "I multiplied step by decay_steps in the exponent")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step * decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_staircase_round", "I rounded step / decay_steps instead of flooring it in staircase mode")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = round(exponent)
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_staircase_ceil", "I used np.ceil for the staircase exponent")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = float(np.ceil(exponent))
        return float(learning_rate0 * decay_rate ** exponent)
    return schedule


@wrong("decay_staircase_inverted", "I mixed up the flag and floored when staircase is False")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps if staircase else step // decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_per_step_no_decay_steps", "I multiplied by decay_rate at every step and forgot decay_steps")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** step
    return schedule


@wrong("decay_inverse_time", "I wrote the inverse-time decay lr0 / (1 + rate * step / decay_steps)")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step // decay_steps if staircase else step / decay_steps
        return learning_rate0 / (1 + decay_rate * t)
    return schedule


@wrong("decay_exp_minus_rate", "I wrote exponential decay as lr0 * exp(-decay_rate * step / decay_steps)")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = np.floor(step / decay_steps) if staircase else step / decay_steps
        return float(learning_rate0 * np.exp(-decay_rate * t))
    return schedule


@wrong("decay_step_plus_one", "I counted steps from 1, so I used step + 1 in the exponent")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step + 1
        exponent = t // decay_steps if staircase else t / decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_stateful_ignores_step", "my schedule multiplies a stored rate at every call and ignores the step it is given")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    state = {"lr": learning_rate0, "calls": 0}

    def schedule(step):
        current = state["lr"]
        state["calls"] += 1
        if staircase:
            if state["calls"] % decay_steps == 0:
                state["lr"] = state["lr"] * decay_rate
        else:
            state["lr"] = state["lr"] * decay_rate ** (1.0 / decay_steps)
        return current
    return schedule


@wrong("decay_operator_precedence", "I wrote decay_rate ** step / decay_steps without parentheses")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        if staircase:
            return learning_rate0 * decay_rate ** step // decay_steps
        return learning_rate0 * decay_rate ** step / decay_steps
    return schedule


@wrong("decay_staircase_floors_rate", "in staircase mode I floored the decay factor instead of the exponent")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        factor = decay_rate ** (step / decay_steps)
        if staircase:
            factor = np.floor(factor)
        return float(learning_rate0 * factor)
    return schedule


@correct("decay_numpy_power_floor", "np.power with np.floor, converted to a Python float")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = np.float64(step) / np.float64(decay_steps)
        if staircase:
            exponent = np.floor(exponent)
        return float(np.power(np.float64(decay_rate), exponent) * learning_rate0)
    return schedule


@correct("decay_exp_log_form", "writes r ** p as exp(p * log r) with divmod for the staircase")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        if staircase:
            exponent, _ = divmod(int(step), int(decay_steps))
        else:
            exponent = step / decay_steps
        return float(learning_rate0 * np.exp(exponent * np.log(decay_rate)))
    return schedule


@correct("decay_lambda_closure", "returns a lambda that picks the exponent with a conditional expression")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    return lambda step: float(learning_rate0 * decay_rate ** (
        (step // decay_steps) if staircase else (step / decay_steps)))


# ---------------------------------------------------------------------------------------------
# train_step
# ---------------------------------------------------------------------------------------------

@wrong("train_step_training_false", "I called the model with training=False inside the tape")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=False)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_training_not_passed", "I called model(X) without the training flag")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_from_logits_missing", "I forgot from_logits=True in the loss")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(y, logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_softmax_then_from_logits", "I applied a softmax to the model output and kept from_logits=True")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        probs = tf.nn.softmax(model(X, training=True))
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, probs, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_reduce_sum_loss", "I summed the per-example losses instead of averaging them")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_sum(
            tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_loss_after_update", "I recomputed the loss after the update to report the new value")
def train_step(model, optimizer, X, y):
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(X, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss_fn(y, model(X, training=False))


@wrong("train_step_first_layer_variables_only", "I took the gradients of model.layers[0].trainable_variables only")
def train_step(model, optimizer, X, y):
    variables = model.layers[0].trainable_variables
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, variables)
    optimizer.apply_gradients(zip(grads, variables))
    return loss


@wrong("train_step_numpy_inside", "I converted the loss with .numpy() inside the step, which breaks under tf.function")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss.numpy()


@wrong("train_step_manual_sgd_ignores_optimizer", "I updated the variables myself with assign_sub and a fixed learning rate")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    for grad, var in zip(grads, model.trainable_variables):
        var.assign_sub(0.01 * grad)
    return loss


@wrong("train_step_extra_training_call", "I called the model once more in training mode before the tape to look at the logits")
def train_step(model, optimizer, X, y):
    preview = model(X, training=True)
    del preview
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_per_example_loss", "I forgot the reduce_mean and returned one loss per example")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("train_step_sigmoid_crossentropy", "I used the binary sigmoid cross-entropy on one-hot labels")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        one_hot = tf.one_hot(y, tf.shape(logits)[-1])
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=one_hot,
                                                                      logits=logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@correct("train_step_nn_loss_optimizer_apply", "tf.nn sparse loss, trainable_weights and optimizer.apply")
def train_step(model, optimizer, X, y):
    X = tf.convert_to_tensor(X, tf.float32)
    y = tf.cast(y, tf.int32)
    variables = model.trainable_weights
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)
        loss = tf.math.reduce_mean(per_example)
    gradients = tape.gradient(loss, variables)
    optimizer.apply(gradients, variables)
    return loss


@correct("train_step_loss_object_gradient_outside_with", "Keras loss object; tape.gradient after the with block")
def train_step(model, optimizer, X, y):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        predictions = model(X, training=True)
        loss = loss_object(y, predictions)
    grads_and_vars = list(zip(tape.gradient(loss, model.trainable_variables),
                              model.trainable_variables))
    optimizer.apply_gradients(grads_and_vars)
    return loss


# ---------------------------------------------------------------------------------------------
# build_bn_mlp
# ---------------------------------------------------------------------------------------------

@wrong("bn_mlp_dense_bias_before_bn", "I left use_bias=True on the Dense layer before the batch norm")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_flag_ignored_bn_after_relu", "I always put the batch norm after the ReLU, whatever bn_before_activation says")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                   tf.keras.layers.BatchNormalization(momentum=momentum),
                   tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_flag_ignored_bn_before_relu", "I always put the batch norm before the ReLU, whatever bn_before_activation says")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        layers += [tf.keras.layers.Dense(units, use_bias=False),
                   tf.keras.layers.BatchNormalization(momentum=momentum),
                   tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_softmax_output", "I gave the output layer a softmax activation")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10, activation="softmax"))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_momentum_default", "I created BatchNormalization() and forgot to pass the momentum")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(), tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization()]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_momentum_pytorch_convention", "I passed 1 - momentum to BatchNormalization like PyTorch")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        bn = tf.keras.layers.BatchNormalization(momentum=1 - momentum)
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False), bn, tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(), bn]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_dropout_keep_prob", "I passed 1 - dropout_rate to Dropout as if it were keep_prob")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(1 - dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_dropout_before_bn", "I put the dropout right after the Dense layer, before the batch norm")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.Dropout(dropout_rate),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.Dropout(dropout_rate),
                       tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_no_bias_when_bn_after_relu", "I dropped the Dense bias in both placements, also when a ReLU sits before the BN")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units, use_bias=False), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_only_first_hidden_layer", "I built a single hidden layer with hidden_units[0]")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    units = hidden_units[0]
    if bn_before_activation:
        layers = [tf.keras.layers.Dense(units, use_bias=False),
                  tf.keras.layers.BatchNormalization(momentum=momentum), tf.keras.layers.ReLU()]
    else:
        layers = [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                  tf.keras.layers.BatchNormalization(momentum=momentum)]
    layers += [tf.keras.layers.Dropout(dropout_rate), tf.keras.layers.Dense(10)]
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_epsilon_from_assignment_07", "I set epsilon=1e-5 in the batch norm as in assignment 07")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        bn = tf.keras.layers.BatchNormalization(momentum=momentum, epsilon=1e-5)
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False), bn, tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(), bn]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_mlp_no_dropout_after_last_hidden", "I only put dropout between hidden layers, not after the last one")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for i, units in enumerate(hidden_units):
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        if i < len(hidden_units) - 1:
            layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@correct("bn_mlp_sequential_add", "an empty Sequential filled with model.add, layers named")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential(name="bn_mlp")
    for i, units in enumerate(hidden_units, start=1):
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False, name=f"dense{i}"))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum, name=f"bn{i}"))
            model.add(tf.keras.layers.ReLU(name=f"relu{i}"))
        else:
            model.add(tf.keras.layers.Dense(units, use_bias=True, name=f"dense{i}"))
            model.add(tf.keras.layers.ReLU(name=f"relu{i}"))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum, name=f"bn{i}"))
        model.add(tf.keras.layers.Dropout(rate=dropout_rate, name=f"dropout{i}"))
    model.add(tf.keras.layers.Dense(10, activation=None, name="logits"))
    return model


@correct("bn_mlp_block_list_explicit_defaults", "builds each block as a list, with the Keras defaults spelled out")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    def block(units):
        dense = tf.keras.layers.Dense(units, use_bias=not bn_before_activation)
        bn = tf.keras.layers.BatchNormalization(axis=-1, momentum=float(momentum), epsilon=1e-3,
                                                center=True, scale=True)
        relu = tf.keras.layers.ReLU()
        middle = [bn, relu] if bn_before_activation else [relu, bn]
        return [dense] + middle + [tf.keras.layers.Dropout(float(dropout_rate))]

    layers = [layer for units in hidden_units for layer in block(units)]
    return tf.keras.Sequential(layers + [tf.keras.layers.Dense(10, activation="linear")])


# ---------------------------------------------------------------------------------------------
# build_v1_bn_train_op
# ---------------------------------------------------------------------------------------------

@wrong("v1_plain_minimize", "I returned optimizer.minimize(loss) without the update ops")
def build_v1_bn_train_op(loss, optimizer):
    return optimizer.minimize(loss)


@wrong("v1_train_op_after_block", "I created the train op after the control_dependencies block")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        pass
    train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_uppercase_collection_name", "I fetched the collection by the string 'UPDATE_OPS', which is empty")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection("UPDATE_OPS")
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_only_first_update_op", "I thought there was one update op and used only the first one")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops[:1]):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_group_update_ops_only", "I returned the grouped update ops, thinking the gradients were applied by them")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        train_op = tf.group(*update_ops)
    return train_op


@wrong("v1_update_ops_scope_filter", "I copied get_collection with a scope that does not match the BN layers")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS,
                                             scope="batch_normalization")
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_control_deps_on_global_variables", "I made the train op depend on the global variables, where I thought the moving averages were")
def build_v1_bn_train_op(loss, optimizer):
    moving = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES)
    with tf.control_dependencies(moving):
        train_op = optimizer.minimize(loss)
    return train_op


@correct("v1_graph_control_dependencies", "uses loss.graph's collection and graph.control_dependencies")
def build_v1_bn_train_op(loss, optimizer):
    graph = loss.graph
    update_ops = graph.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with graph.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@correct("v1_compute_then_apply_gradients", "compute_gradients and apply_gradients inside the control dependency")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_default_graph().get_collection(
        tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        grads_and_vars = optimizer.compute_gradients(loss)
        train_op = optimizer.apply_gradients(grads_and_vars)
    return train_op

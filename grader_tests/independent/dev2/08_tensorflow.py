"""Held-out implementations of assignment 08, written from the student release only."""
# ruff: noqa: F811
import numpy as np
import tensorflow as tf

from grader_tests.independent import correct, wrong


# ---------------------------------------------------------------------------------------
# one_hot_matrix
# ---------------------------------------------------------------------------------------

@wrong("one_hot_axis0_columns", "I kept the NumPy habit and put the classes first with axis=0, "
                                "so I get [depth, batch] instead of [batch, depth]")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, axis=0)


@wrong("one_hot_axis0_reshaped", "I built it with axis=0 and then reshaped to [batch, depth] "
                                 "instead of transposing, which scrambles the rows")
def one_hot_matrix(labels, depth=10):
    columns = tf.one_hot(labels, depth, axis=0)
    return tf.reshape(columns, [-1, depth])


@wrong("one_hot_int_dtype", "I set on_value=1 and off_value=0 as ints, so the matrix is int32 "
                            "instead of float32")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, on_value=1, off_value=0)


@wrong("one_hot_numpy_eye", "I used np.eye(depth)[labels], which returns a float64 NumPy array "
                            "instead of a float32 tensor")
def one_hot_matrix(labels, depth=10):
    return np.eye(depth)[np.asarray(labels)]


@wrong("one_hot_depth_hardcoded", "I wrote 10 classes directly and ignored the depth argument")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, 10)


@wrong("one_hot_depth_from_labels", "I took the number of classes as the largest label plus one "
                                    "instead of the depth I was given")
def one_hot_matrix(labels, depth=10):
    labels = tf.convert_to_tensor(labels)
    return tf.one_hot(labels, tf.cast(tf.reduce_max(labels), tf.int32) + 1)


@wrong("one_hot_shifted_labels", "I thought the class ids started at 1 and subtracted one "
                                 "before encoding")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(tf.convert_to_tensor(labels) - 1, depth)


@correct("one_hot_gather_identity", "picks rows of a float32 identity matrix with tf.gather")
def one_hot_matrix(labels, depth=10):
    identity = tf.eye(depth, dtype=tf.float32)
    return tf.gather(identity, tf.cast(labels, tf.int32))


@correct("one_hot_compare_range", "compares each label with tf.range(depth) by broadcasting "
                                  "and casts the booleans to float32")
def one_hot_matrix(labels, depth=10):
    column = tf.reshape(tf.cast(labels, tf.int64), [-1, 1])
    classes = tf.range(depth, dtype=tf.int64)[tf.newaxis, :]
    return tf.cast(tf.equal(column, classes), tf.float32)


@correct("one_hot_scatter", "scatters ones at (row, label) positions into a zero matrix")
def one_hot_matrix(labels, depth=10):
    labels = tf.cast(tf.reshape(labels, [-1]), tf.int32)
    rows = tf.range(tf.shape(labels)[0], dtype=tf.int32)
    indices = tf.stack([rows, labels], axis=1)
    ones = tf.ones(tf.shape(labels), dtype=tf.float32)
    return tf.scatter_nd(indices, ones, tf.stack([tf.shape(labels)[0], depth]))


# ---------------------------------------------------------------------------------------
# initialize_parameters_tf
# ---------------------------------------------------------------------------------------

@wrong("init_xavier_scale", "I used Xavier's sqrt(1 / n[l-1]) instead of He's sqrt(2 / n[l-1])")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * np.sqrt(1.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_fan_out", "I scaled with the size of the layer itself, n[l], instead of the "
                       "previous layer's n[l-1]")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * np.sqrt(2.0 / layer_dims[l]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_variance_as_stddev", "I passed the variance 2 / n[l-1] as the stddev and forgot "
                                  "the square root")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape, stddev=2.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_column_layout_weights", "I kept the NumPy column layout, W of shape "
                                     "[n[l], n[l-1]]")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l], layer_dims[l - 1]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_column_bias", "I made the biases columns [n[l], 1] like in the NumPy assignments")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l], 1]))
    return parameters


@wrong("init_constants_not_variables", "I returned tf.constant tensors instead of "
                                       "tf.Variables, so nothing can be trained")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.constant(rng.normal(shape) * np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.constant(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_op_seed_in_eager", "I passed seed=seed to tf.random.normal, which in eager mode "
                                "gives new weights at every call")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        std = np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(tf.random.normal(shape, stddev=std, seed=seed))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_float64_numpy", "I drew the weights with NumPy and wrapped them in variables "
                             "without casting, so they are float64")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(np.zeros(layer_dims[l]))
    return parameters


@wrong("init_uniform_small", "I drew uniformly between -sqrt(2/n) and +sqrt(2/n), thinking "
                             "that was He initialization")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        limit = np.sqrt(2.0 / layer_dims[l - 1])
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.uniform(shape, -limit, limit))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("init_zero_based_keys", "my loop ran from 0, so the keys are W0, b0, W1, b1 ... "
                               "instead of starting at 1")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(len(layer_dims) - 1):
        shape = [layer_dims[l], layer_dims[l + 1]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * np.sqrt(2.0 / layer_dims[l]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l + 1]]))
    return parameters


@correct("init_numpy_rng_cast", "draws with NumPy's default_rng(seed), casts to float32 and "
                                "wraps the arrays in tf.Variables")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l, (n_in, n_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        W = rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_in, n_out)).astype(np.float32)
        parameters["W" + str(l)] = tf.Variable(W, name=f"W{l}")
        parameters["b" + str(l)] = tf.Variable(np.zeros(n_out, np.float32), name=f"b{l}")
    return parameters


@correct("init_stateless_normal", "uses tf.random.stateless_normal with the seed pair "
                                  "(seed, layer), so no random state is kept")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        n_in, n_out = int(layer_dims[l - 1]), int(layer_dims[l])
        W = tf.random.stateless_normal([n_in, n_out], seed=[seed, l],
                                       stddev=tf.sqrt(2.0 / n_in), dtype=tf.float32)
        parameters.update({f"W{l}": tf.Variable(W), f"b{l}": tf.Variable(tf.zeros([n_out]))})
    return parameters


@correct("init_global_set_seed", "calls tf.random.set_seed(seed) first, then tf.random.normal")
def initialize_parameters_tf(layer_dims, seed=1):
    tf.random.set_seed(seed)
    parameters = {}
    L = len(layer_dims) - 1
    for l in range(1, L + 1):
        std = (2.0 / layer_dims[l - 1]) ** 0.5
        W = tf.random.normal((layer_dims[l - 1], layer_dims[l]), mean=0.0, stddev=std)
        parameters[f"W{l}"] = tf.Variable(W, trainable=True)
        parameters[f"b{l}"] = tf.Variable(tf.zeros((layer_dims[l],), tf.float32), trainable=True)
    return parameters


# ---------------------------------------------------------------------------------------
# forward_propagation_tf
# ---------------------------------------------------------------------------------------

@wrong("forward_softmax_output", "I put a softmax on the output layer so the network returns "
                                 "probabilities")
def forward_propagation_tf(X, parameters):
    A = tf.convert_to_tensor(X, tf.float32)
    L = len(parameters) // 2
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.nn.softmax(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])


@wrong("forward_relu_output", "I applied the ReLU in every layer, the output layer included")
def forward_propagation_tf(X, parameters):
    A = tf.convert_to_tensor(X, tf.float32)
    for l in range(1, len(parameters) // 2 + 1):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return A


@wrong("forward_no_output_bias", "I forgot to add the bias of the last layer")
def forward_propagation_tf(X, parameters):
    A = tf.convert_to_tensor(X, tf.float32)
    L = len(parameters) // 2
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"])


@wrong("forward_sigmoid_hidden", "I used the sigmoid instead of the ReLU in the hidden layers")
def forward_propagation_tf(X, parameters):
    A = tf.convert_to_tensor(X, tf.float32)
    L = len(parameters) // 2
    for l in range(1, L):
        A = tf.sigmoid(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("forward_leaky_relu", "I used tf.nn.leaky_relu for the hidden layers, thinking it was "
                             "the same as relu")
def forward_propagation_tf(X, parameters):
    A = tf.convert_to_tensor(X, tf.float32)
    L = len(parameters) // 2
    for l in range(1, L):
        A = tf.nn.leaky_relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("forward_numpy_detour", "I did the matrix products with NumPy and converted the result "
                               "back to a tensor, so the tape sees no gradient")
def forward_propagation_tf(X, parameters):
    A = np.asarray(X, np.float32)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        Z = A @ np.asarray(parameters[f"W{l}"]) + np.asarray(parameters[f"b{l}"])
        A = np.maximum(Z, 0) if l < L else Z
    return tf.convert_to_tensor(A, dtype=tf.float32)


@wrong("forward_float64", "I cast the inputs and weights to float64 for precision, so the "
                          "logits come out float64")
def forward_propagation_tf(X, parameters):
    A = tf.cast(X, tf.float64)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        W = tf.cast(parameters[f"W{l}"], tf.float64)
        b = tf.cast(parameters[f"b{l}"], tf.float64)
        Z = tf.matmul(A, W) + b
        A = tf.nn.relu(Z) if l < L else Z
    return A


@correct("forward_einsum_bias_add", "uses tf.einsum and tf.nn.bias_add, with tf.maximum as "
                                    "the ReLU")
def forward_propagation_tf(X, parameters):
    A = tf.cast(X, tf.float32)
    L = len(parameters) // 2
    for l in range(1, L + 1):
        Z = tf.nn.bias_add(tf.einsum("bi,io->bo", A, parameters[f"W{l}"]), parameters[f"b{l}"])
        A = tf.maximum(Z, 0.0) if l != L else Z
    return A


@correct("forward_recursive", "recurses over the layers, applying the ReLU to all but the last")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2

    def layer(A, l):
        Z = tf.linalg.matmul(A, parameters["W%d" % l]) + parameters["b%d" % l]
        return Z if l == L else layer(tf.nn.relu(Z), l + 1)

    return layer(tf.convert_to_tensor(X, dtype=tf.float32), 1)


# ---------------------------------------------------------------------------------------
# compute_cost_tf
# ---------------------------------------------------------------------------------------

@wrong("cost_from_logits_missing", "I forgot from_logits=True, so the loss treats my logits "
                                   "as probabilities")
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits))


@wrong("cost_double_softmax", "I applied a softmax first and still passed from_logits=True")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    return tf.reduce_mean(
        tf.keras.losses.sparse_categorical_crossentropy(labels, probs, from_logits=True))


@wrong("cost_sum_not_mean", "I summed the per-example losses instead of averaging them")
def compute_cost_tf(logits, labels):
    return tf.reduce_sum(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))


@wrong("cost_per_example", "I returned the per-example losses and forgot the tf.reduce_mean")
def compute_cost_tf(logits, labels):
    return tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)


@wrong("cost_log_softmax_axis0", "I took the log-softmax over axis 0, down the batch, "
                                 "instead of over the classes")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(logits, axis=0)
    picked = tf.gather(log_probs, tf.cast(labels, tf.int32), axis=1, batch_dims=1)
    return -tf.reduce_mean(picked)


@wrong("cost_unstable_manual_softmax", "I wrote the softmax by hand as exp(z) / sum(exp(z)) "
                                       "without subtracting the max, which overflows for large "
                                       "logits")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    exps = tf.exp(logits)
    probs = exps / tf.reduce_sum(exps, axis=1, keepdims=True)
    onehot = tf.one_hot(labels, tf.shape(logits)[1])
    return -tf.reduce_mean(tf.reduce_sum(onehot * tf.math.log(probs), axis=1))


@wrong("cost_mean_over_classes", "I averaged one_hot * -log_softmax over every entry, so I also "
                                 "divided by the number of classes")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    onehot = tf.one_hot(labels, tf.shape(logits)[1])
    return tf.reduce_mean(-onehot * tf.nn.log_softmax(logits))


@wrong("cost_float64", "I cast the logits to float64 for numerical safety, so the cost is "
                       "float64")
def compute_cost_tf(logits, labels):
    logits64 = tf.cast(logits, tf.float64)
    return tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits64))


@wrong("cost_sigmoid_cross_entropy", "I used the sigmoid cross-entropy on one-hot labels "
                                     "instead of the softmax cross-entropy")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    onehot = tf.one_hot(labels, tf.shape(logits)[1])
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=onehot, logits=logits))


@wrong("cost_label_smoothing", "I copied a loss object with label_smoothing=0.1 from a "
                               "tutorial")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    onehot = tf.one_hot(labels, tf.shape(logits)[1])
    loss = tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.1)
    return loss(onehot, logits)


@correct("cost_gather_log_softmax", "gathers each row's log-softmax at its label with "
                                    "batch_dims=1 and negates the mean")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(tf.convert_to_tensor(logits, tf.float32), axis=-1)
    picked = tf.gather(log_probs, tf.cast(labels, tf.int32), batch_dims=1)
    return -tf.reduce_mean(picked)


@correct("cost_loss_object", "uses the SparseCategoricalCrossentropy loss object, which "
                             "averages by itself")
def compute_cost_tf(logits, labels):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    return tf.cast(loss_object(labels, logits), tf.float32)


@correct("cost_dense_logsumexp", "one-hot labels and the log-sum-exp formula "
                                 "z_y - logsumexp(z), written out")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    onehot = tf.one_hot(tf.cast(labels, tf.int32), tf.shape(logits)[-1], dtype=tf.float32)
    true_logit = tf.reduce_sum(onehot * logits, axis=-1)
    per_example = tf.reduce_logsumexp(logits, axis=-1) - true_logit
    return tf.reduce_sum(per_example) / tf.cast(tf.shape(logits)[0], tf.float32)


# ---------------------------------------------------------------------------------------
# accuracy_tf
# ---------------------------------------------------------------------------------------

@wrong("accuracy_integer_mean", "I averaged the comparison as int32 and only cast at the end, "
                                "so the mean is truncated to 0")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    hits = tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.int32)
    return tf.cast(tf.reduce_mean(hits), tf.float32)


@wrong("accuracy_count", "I summed the correct predictions and forgot to divide by the batch "
                         "size")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    return tf.reduce_sum(tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float32))


@wrong("accuracy_numpy_float64", "I computed it with np.mean, which gives a float64 NumPy "
                                 "number, not a float32 tensor")
def accuracy_tf(logits, labels):
    predictions = np.argmax(np.asarray(logits), axis=1)
    return np.mean(predictions == np.asarray(labels))


@wrong("accuracy_column_labels", "I reshaped the labels to a column like in NumPy, so the "
                                 "comparison broadcasts to a [batch, batch] matrix")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    column = tf.reshape(tf.cast(labels, tf.int64), [-1, 1])
    return tf.reduce_mean(tf.cast(tf.equal(predictions, column), tf.float32))


@wrong("accuracy_in_top_k_ties", "I used tf.math.in_top_k with k=1, which also counts a row "
                                 "as correct when the label only ties for the largest logit")
def accuracy_tf(logits, labels):
    hits = tf.math.in_top_k(tf.cast(labels, tf.int32), tf.cast(logits, tf.float32), k=1)
    return tf.reduce_mean(tf.cast(hits, tf.float32))


@wrong("accuracy_percent", "I returned the accuracy in percent")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    hits = tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float32)
    return 100.0 * tf.reduce_mean(hits)


@correct("accuracy_count_nonzero", "counts the matches with tf.math.count_nonzero and divides "
                                   "by the batch size in float32")
def accuracy_tf(logits, labels):
    predicted = tf.math.argmax(logits, axis=-1, output_type=tf.int32)
    matches = tf.math.count_nonzero(tf.equal(predicted, tf.cast(labels, tf.int32)))
    return tf.cast(matches, tf.float32) / tf.cast(tf.size(predicted), tf.float32)


@correct("accuracy_where_mean", "turns matches into 1.0 / 0.0 with tf.where and averages")
def accuracy_tf(logits, labels):
    predicted = tf.argmax(tf.convert_to_tensor(logits, tf.float32), axis=1)
    same = tf.cast(labels, predicted.dtype) == predicted
    return tf.reduce_mean(tf.where(same, 1.0, 0.0))


# ---------------------------------------------------------------------------------------
# multilabel_predict
# ---------------------------------------------------------------------------------------

@wrong("multilabel_greater_equal", "I used >= instead of >, so a probability exactly at the "
                                   "threshold counts as a label")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) >= threshold, tf.int32)


@wrong("multilabel_softmax", "I used a softmax over the classes instead of one sigmoid per "
                             "class")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.nn.softmax(logits, axis=-1) > threshold, tf.int32)


@wrong("multilabel_threshold_logits", "I compared the logits themselves with the threshold and "
                                      "forgot the sigmoid")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.convert_to_tensor(logits) > threshold, tf.int32)


@wrong("multilabel_bool", "I returned the boolean comparison without casting it to int32")
def multilabel_predict(logits, threshold=0.5):
    return tf.sigmoid(logits) > threshold


@wrong("multilabel_float", "I cast the predictions to float32 instead of int32")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > threshold, tf.float32)


@wrong("multilabel_argmax_single", "I predicted only the most likely class per row, like for "
                                   "multi-class")
def multilabel_predict(logits, threshold=0.5):
    logits = tf.convert_to_tensor(logits)
    return tf.one_hot(tf.argmax(logits, axis=1), tf.shape(logits)[1], dtype=tf.int32)


@wrong("multilabel_round", "I rounded the sigmoid to 0 or 1, which ignores the threshold "
                           "argument")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.round(tf.sigmoid(logits)), tf.int32)


@correct("multilabel_where", "chooses 1 or 0 with tf.where on sigmoid <= threshold")
def multilabel_predict(logits, threshold=0.5):
    probabilities = tf.math.sigmoid(tf.convert_to_tensor(logits, tf.float32))
    return tf.where(probabilities <= threshold, tf.zeros_like(probabilities, tf.int32),
                    tf.ones_like(probabilities, tf.int32))


@correct("multilabel_math_greater", "tf.math.greater on tf.nn.sigmoid, cast through int8")
def multilabel_predict(logits, threshold=0.5):
    above = tf.math.greater(tf.nn.sigmoid(logits), tf.constant(threshold, tf.float32))
    return tf.cast(tf.cast(above, tf.int8), tf.int32)


# ---------------------------------------------------------------------------------------
# make_exponential_decay
# ---------------------------------------------------------------------------------------

@wrong("decay_ignores_staircase", "I always used the smooth formula and never looked at "
                                  "staircase")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step / decay_steps)
    return schedule


@wrong("decay_staircase_inverted", "I floored when staircase was False and not when it was "
                                   "True")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps if staircase else step // decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_integer_division_always", "I used // for step / decay_steps, so even the smooth "
                                        "schedule is a staircase")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step // decay_steps
        if staircase:
            exponent = np.floor(exponent)
        return float(learning_rate0 * decay_rate ** exponent)
    return schedule


@wrong("decay_per_step", "I forgot to divide by decay_steps and decayed by decay_rate at every "
                         "step")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** step
    return schedule


@wrong("decay_precedence", "I wrote decay_rate ** step / decay_steps without parentheses")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        if staircase:
            return learning_rate0 * decay_rate ** step // decay_steps
        return learning_rate0 * decay_rate ** step / decay_steps
    return schedule


@wrong("decay_round_not_floor", "in staircase mode I rounded step / decay_steps instead of "
                                "flooring it")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = round(exponent)
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("decay_ceil", "in staircase mode I used np.ceil, so the rate drops at the first step "
                     "of each block")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = np.ceil(exponent)
        return float(learning_rate0 * decay_rate ** exponent)
    return schedule


@wrong("decay_inverse_time", "I used lr0 / (1 + decay_rate * step / decay_steps), the "
                             "inverse-time decay")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step / decay_steps
        if staircase:
            t = np.floor(t)
        return float(learning_rate0 / (1.0 + decay_rate * t))
    return schedule


@wrong("decay_exp_of_rate", "I used lr0 * exp(-decay_rate * step / decay_steps)")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step // decay_steps if staircase else step / decay_steps
        return float(learning_rate0 * np.exp(-decay_rate * t))
    return schedule


@wrong("decay_steps_start_at_one", "I counted the steps from 1, using (step + 1) / decay_steps")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = (step + 1) / decay_steps
        if staircase:
            t = np.floor(t)
        return float(learning_rate0 * decay_rate ** t)
    return schedule


@wrong("decay_own_counter", "my schedule counts its own calls instead of using the step it "
                            "is given")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    calls = [0]

    def schedule(step):
        t = calls[0]
        calls[0] += 1
        exponent = t // decay_steps if staircase else t / decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@correct("decay_log_space", "computes exp(exponent * log(decay_rate)) with NumPy, flooring "
                            "with np.floor in staircase mode")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    log_rate = np.log(decay_rate)

    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = np.floor(exponent)
        return float(learning_rate0 * np.exp(exponent * log_rate))
    return schedule


@correct("decay_divmod_lambda", "returns a lambda; staircase takes the quotient of divmod")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    if staircase:
        return lambda step: float(learning_rate0) * float(decay_rate) ** divmod(step,
                                                                                decay_steps)[0]
    return lambda step: float(learning_rate0) * float(decay_rate) ** (step / decay_steps)


@correct("decay_per_step_factor", "precomputes the per-step factor decay_rate ** (1 / "
                                  "decay_steps); staircase counts whole blocks with %")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    per_step = decay_rate ** (1.0 / decay_steps)

    def schedule(step):
        if staircase:
            blocks = (step - step % decay_steps) // decay_steps
            return learning_rate0 * decay_rate ** blocks
        return learning_rate0 * per_step ** step
    return schedule


# ---------------------------------------------------------------------------------------
# train_step
# ---------------------------------------------------------------------------------------

@wrong("step_no_training_flag", "I called model(X) without training=True, so BN uses and "
                                "never updates its moving averages and dropout is off")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_training_false", "I passed training=False, thinking it meant 'do not update the "
                              "weights yet'")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=False)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_double_softmax", "I applied a softmax to the model's output and still passed "
                              "from_logits=True")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        probs = tf.nn.softmax(model(X, training=True))
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, probs, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_from_logits_missing", "I used the sparse cross-entropy loss object without "
                                   "from_logits=True")
def train_step(model, optimizer, X, y):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy()
    with tf.GradientTape() as tape:
        loss = loss_object(y, model(X, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_sum_loss", "I summed the per-example losses instead of averaging them")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_sum(
            tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_per_example_loss", "I forgot the reduce_mean, so I differentiate the vector of "
                                "per-example losses and return it")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("step_loss_after_update", "I returned the loss of a new forward pass after the update "
                                 "instead of the loss before it")
def train_step(model, optimizer, X, y):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        loss = loss_object(y, model(X, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss_object(y, model(X, training=True))


@wrong("step_forward_twice", "I ran the model once before the tape to look at the predictions, "
                             "so the moving averages are updated twice per step")
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


@wrong("step_last_layer_only", "I took the gradients of the last layer's variables only, so the "
                               "rest of the network never learns")
def train_step(model, optimizer, X, y):
    variables = model.layers[-1].trainable_variables
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, variables)
    optimizer.apply_gradients(zip(grads, variables))
    return loss


@wrong("step_manual_update", "I updated the variables myself with assign_sub and a fixed "
                             "learning rate of 0.01 instead of using the optimizer")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    for grad, variable in zip(grads, model.trainable_variables):
        variable.assign_sub(0.01 * grad)
    return loss


@wrong("step_returns_eval_loss", "I trained in training mode but returned the loss of a "
                                 "separate call in inference mode")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    reported = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
        y, model(X, training=False), from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return reported


@correct("step_nn_sparse_list", "uses tf.nn.sparse_softmax_cross_entropy_with_logits and builds "
                                "the (gradient, variable) list explicitly")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(tf.convert_to_tensor(X, tf.float32), training=True)
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(
            labels=tf.cast(y, tf.int32), logits=logits)
        loss = tf.reduce_mean(per_example)
    variables = model.trainable_variables  # read after the call: it builds a new model
    gradients = tape.gradient(loss, variables)
    optimizer.apply_gradients([(g, v) for g, v in zip(gradients, variables)])
    return loss


@correct("step_dense_one_hot", "the dense cross-entropy on one-hot labels sized from the "
                               "logits, with the loss object averaging")
def train_step(model, optimizer, X, y):
    loss_object = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        targets = tf.one_hot(tf.cast(y, tf.int32), tf.shape(logits)[-1])
        loss = loss_object(targets, logits)
    optimizer.apply_gradients(zip(tape.gradient(loss, model.trainable_variables),
                                  model.trainable_variables))
    return tf.cast(loss, tf.float32)


# ---------------------------------------------------------------------------------------
# build_bn_mlp
# ---------------------------------------------------------------------------------------

@wrong("mlp_bias_before_bn", "I kept the default use_bias=True on the Dense layer before BN")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units))
        if bn_before_activation:
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_bn_always_after_relu", "I always put BN after the ReLU and ignored "
                                   "bn_before_activation")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units, use_bias=not bn_before_activation))
        model.add(tf.keras.layers.ReLU())
        model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_default_momentum", "I left BatchNormalization at its default momentum instead of "
                               "passing momentum")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization())
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization())
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_pytorch_momentum", "I used the PyTorch convention and passed 1 - momentum to "
                               "BatchNormalization")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=1 - momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=1 - momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_keep_prob_dropout", "I passed 1 - dropout_rate to Dropout, as if it were TF1's "
                                "keep_prob")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(1 - dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_softmax_output", "I gave the output layer a softmax activation")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10, activation="softmax"))
    return model


@wrong("mlp_dropout_before_bn", "I put the Dropout right after the Dense layer, before BN and "
                                "the ReLU")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units, use_bias=not bn_before_activation))
        model.add(tf.keras.layers.Dropout(dropout_rate))
        if bn_before_activation:
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_relu_inside_dense", "I gave the Dense layer activation='relu' instead of a ReLU "
                                "layer, so the activation comes before BN")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units, activation="relu",
                                        use_bias=not bn_before_activation))
        model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_first_hidden_only", "I built a single hidden layer of hidden_units[0] units and "
                                "ignored the rest of the tuple")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    units = hidden_units[0]
    layers = []
    if bn_before_activation:
        layers += [tf.keras.layers.Dense(units, use_bias=False),
                   tf.keras.layers.BatchNormalization(momentum=momentum), tf.keras.layers.ReLU()]
    else:
        layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                   tf.keras.layers.BatchNormalization(momentum=momentum)]
    layers += [tf.keras.layers.Dropout(dropout_rate), tf.keras.layers.Dense(10)]
    return tf.keras.Sequential(layers)


@wrong("mlp_single_final_dropout", "I added one Dropout after all the hidden layers instead of "
                                   "one per hidden layer")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
    model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_no_bias_after_relu", "I removed the bias in both placements, also when a ReLU sits "
                                 "between the Dense layer and BN")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units, use_bias=False))
        if bn_before_activation:
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("mlp_epsilon_from_07", "I set BN's epsilon to 1e-5 like in assignment 07")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        bn = tf.keras.layers.BatchNormalization(momentum=momentum, epsilon=1e-5)
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(bn)
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(bn)
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@correct("mlp_layer_list", "builds a flat list of layers with a helper per hidden block and "
                           "hands it to Sequential at once")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    def block(units):
        dense = tf.keras.layers.Dense(units, use_bias=not bn_before_activation)
        norm = tf.keras.layers.BatchNormalization(momentum=momentum)
        relu = tf.keras.layers.ReLU()
        middle = [norm, relu] if bn_before_activation else [relu, norm]
        return [dense, *middle, tf.keras.layers.Dropout(rate=dropout_rate)]

    layers = [layer for units in hidden_units for layer in block(units)]
    return tf.keras.Sequential(layers + [tf.keras.layers.Dense(10, activation=None)])


@correct("mlp_add_explicit_args", "adds layers one by one with every relevant argument spelled "
                                  "out")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in list(hidden_units):
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units=int(units), use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(axis=-1, momentum=momentum,
                                                         epsilon=1e-3))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units=int(units), use_bias=True))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(axis=-1, momentum=momentum,
                                                         epsilon=1e-3))
        model.add(tf.keras.layers.Dropout(rate=dropout_rate))
    model.add(tf.keras.layers.Dense(units=10, activation="linear"))
    return model


# ---------------------------------------------------------------------------------------
# build_v1_bn_train_op
# ---------------------------------------------------------------------------------------

@wrong("v1_plain_minimize", "I returned optimizer.minimize(loss) and forgot the UPDATE_OPS")
def build_v1_bn_train_op(loss, optimizer):
    return optimizer.minimize(loss)


@wrong("v1_minimize_outside_block", "I created the train op before the control_dependencies "
                                    "block, so it does not wait for the update ops")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    train_op = optimizer.minimize(loss)
    with tf.control_dependencies(update_ops):
        pass
    return train_op


@wrong("v1_update_ops_only", "I grouped the update ops and returned them, but never created "
                             "the minimize op")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    return tf.group(*update_ops)


@wrong("v1_scoped_collection", "I copied get_collection(UPDATE_OPS, scope='batch_normalization') "
                               "from an example, and nothing here matches that scope")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS,
                                             scope="batch_normalization")
    with tf.control_dependencies(update_ops):
        return optimizer.minimize(loss)


@wrong("v1_first_update_op_only", "I took only update_ops[0], thinking the collection held one "
                                  "op, so the moving variance never updates")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops[:1]):
        return optimizer.minimize(loss)


@wrong("v1_own_optimizer", "I made my own AdamOptimizer inside instead of using the optimizer "
                           "I was given")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        return tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)


@correct("v1_compute_apply", "computes the gradients first and creates only apply_gradients "
                             "inside the control_dependencies block")
def build_v1_bn_train_op(loss, optimizer):
    graph = loss.graph
    grads_and_vars = optimizer.compute_gradients(loss)
    update_ops = graph.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with graph.control_dependencies(update_ops):
        train_op = optimizer.apply_gradients(grads_and_vars)
    return train_op


@correct("v1_default_graph_minimize", "reads the collection through the default graph and "
                                      "wraps the minimize op in tf.group inside the block")
def build_v1_bn_train_op(loss, optimizer):
    graph = tf.compat.v1.get_default_graph()
    update_ops = list(graph.get_collection("update_ops"))
    with tf.control_dependencies(update_ops):
        step = optimizer.minimize(loss)
        train_op = tf.group(step)
    return train_op

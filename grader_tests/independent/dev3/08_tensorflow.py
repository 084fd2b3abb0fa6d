"""Held-out implementations of assignment 08, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np
import tensorflow as tf

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# one_hot_matrix
# ----------------------------------------------------------------------------


@wrong("oh_axis0_columns", "I passed axis=0 to tf.one_hot because the NumPy assignments had "
                           "the classes first, so I get [depth, batch] instead of [batch, depth].")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, axis=0)


@wrong("oh_numpy_eye", "I indexed rows of np.eye(depth) like in the NumPy assignments; it "
                       "returns a NumPy float64 array instead of a float32 tensor.")
def one_hot_matrix(labels, depth=10):
    return np.eye(depth)[np.asarray(labels)]


@wrong("oh_depth_from_max_label", "I took the number of classes from the labels themselves "
                                  "(largest label + 1) instead of the depth argument.")
def one_hot_matrix(labels, depth=10):
    labels = tf.convert_to_tensor(labels)
    n_classes = int(tf.reduce_max(labels).numpy()) + 1
    return tf.one_hot(labels, n_classes)


@wrong("oh_hardcoded_ten", "MNIST has 10 classes so I wrote tf.one_hot(labels, 10) and never "
                           "used the depth argument.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, 10)


@wrong("oh_float64", "I asked tf.one_hot for dtype=tf.float64 to keep full precision like "
                     "NumPy, but the losses want float32.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.float64)


@wrong("oh_int_dtype", "The entries are only 0 and 1, so I made the one-hot matrix int32 "
                       "instead of float32.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.int32)


@wrong("oh_labels_minus_one", "I thought the classes were numbered 1..depth and shifted the "
                              "labels by one, so label 0 gets an all-zero row.")
def one_hot_matrix(labels, depth=10):
    labels = tf.convert_to_tensor(labels)
    return tf.one_hot(labels - 1, depth)


@wrong("oh_squeeze", "I added tf.squeeze to get rid of extra dimensions; with a batch of one "
                     "example the batch axis disappears and I return shape [depth].")
def one_hot_matrix(labels, depth=10):
    return tf.squeeze(tf.one_hot(labels, depth))


@correct("oh_gather_eye", "Picks rows of a float32 identity matrix with tf.gather instead of "
                          "calling tf.one_hot.")
def one_hot_matrix(labels, depth=10):
    identity = tf.eye(depth, dtype=tf.float32)
    return tf.gather(identity, labels)


@correct("oh_numpy_loop", "Fills a float32 zero matrix row by row in a Python loop and converts "
                          "it to a tensor at the end.")
def one_hot_matrix(labels, depth=10):
    ids = np.array(labels).reshape(-1)
    out = np.zeros((ids.shape[0], depth), dtype=np.float32)
    for i in range(ids.shape[0]):
        out[i, int(ids[i])] = 1.0
    return tf.constant(out, dtype=tf.float32)


@correct("oh_equal_range", "Compares the labels as a column with tf.range(depth) and casts the "
                           "boolean matrix to float32.")
def one_hot_matrix(labels, depth=10):
    ids = tf.cast(tf.convert_to_tensor(labels), tf.int32)
    return tf.cast(tf.equal(ids[:, None], tf.range(depth)[None, :]), tf.float32)


# ----------------------------------------------------------------------------
# initialize_parameters_tf
# ----------------------------------------------------------------------------


@wrong("he_fan_out", "I scaled the weights by sqrt(2 / n[l]) (the size of the layer itself) "
                     "instead of sqrt(2 / n[l-1]).")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2.0 / layer_dims[l])
        parameters[f"W{l}"] = tf.Variable(tf.cast(W, tf.float32))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]], tf.float32))
    return parameters


@wrong("he_variance_as_scale", "I multiplied the normal draws by 2 / n[l-1], the variance, "
                               "and forgot to take the square root.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * (2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_xavier_scale", "I used sqrt(1 / n[l-1]) (Xavier) instead of sqrt(2 / n[l-1]) for "
                          "the standard deviation.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(1.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(rng.normal((layer_dims[l - 1], layer_dims[l]),
                                                     stddev=std))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_column_shape", "I kept the shapes from assignment 01, W{l} as [n[l], n[l-1]], "
                          "instead of switching to the row convention [n[l-1], n[l]].")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.normal((layer_dims[l], layer_dims[l - 1])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_bias_column", "Out of NumPy habit I made each bias a column of shape [n[l], 1] "
                         "instead of a plain vector [n[l]].")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l], 1]))
    return parameters


@wrong("he_bias_plain_tensor", "The biases are just zeros, so I returned them as tf.zeros "
                               "tensors; only the weights are tf.Variables.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.zeros([layer_dims[l]], dtype=tf.float32)
    return parameters


@wrong("he_op_seed_eager", "I passed seed=seed to tf.random.normal instead of making a "
                           "Generator; in eager mode two calls with the same seed give "
                           "different weights.")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = tf.random.normal((layer_dims[l - 1], layer_dims[l]), seed=seed)
        parameters[f"W{l}"] = tf.Variable(W * np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_generator_per_layer", "I created the generator from the seed inside the loop, so "
                                 "every layer restarts the same random stream.")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = tf.random.Generator.from_seed(seed)
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_numpy_rng_float64", "I reused my assignment 01 code with np.random.default_rng(seed) "
                               "and wrapped the arrays in tf.Variable, so the variables are "
                               "float64 and not from the TensorFlow generator.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        W = rng.standard_normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(np.zeros(layer_dims[l]))
    return parameters


@wrong("he_skip_last_layer", "My loop ran over range(1, len(layer_dims) - 1), so the output "
                             "layer never gets its W and b.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        W = rng.normal((layer_dims[l - 1], layer_dims[l])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("he_pops_layer_dims", "I popped the input size off layer_dims to walk through the "
                             "layers, which changes the caller's list.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    n_prev = layer_dims.pop(0)
    for l, n in enumerate(layer_dims, start=1):
        W = rng.normal((n_prev, n)) * np.sqrt(2.0 / n_prev)
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([n]))
        n_prev = n
    return parameters


@correct("he_stddev_argument_zip", "Walks zip(layer_dims[:-1], layer_dims[1:]) and lets "
                                   "rng.normal scale by passing stddev=sqrt(2/n_in); biases "
                                   "come from a NumPy float32 zero vector.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l, (n_in, n_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        std = float(np.sqrt(2.0 / n_in))
        parameters["W" + str(l)] = tf.Variable(rng.normal([n_in, n_out], stddev=std,
                                                          dtype=tf.float32))
        parameters["b" + str(l)] = tf.Variable(np.zeros(n_out, dtype=np.float32))
    return parameters


@correct("he_divide_by_sqrt", "Draws standard normals and divides by sqrt(n_in / 2) with "
                              "TensorFlow math; biases via tf.zeros_like of a column slice.")
def initialize_parameters_tf(layer_dims, seed=1):
    dims = list(layer_dims)
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    l = 1
    while l < len(dims):
        draw = rng.normal(shape=(dims[l - 1], dims[l]), dtype=tf.float32)
        W = draw / tf.sqrt(tf.constant(dims[l - 1] / 2.0, tf.float32))
        parameters[f"W{l}"] = tf.Variable(W, trainable=True)
        parameters[f"b{l}"] = tf.Variable(tf.zeros_like(W[0]), trainable=True)
        l += 1
    return parameters


# ----------------------------------------------------------------------------
# forward_propagation_tf
# ----------------------------------------------------------------------------


@wrong("fp_softmax_output", "I applied tf.nn.softmax to the last layer so the network "
                            "returns probabilities instead of logits.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    Z = tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]
    return tf.nn.softmax(Z)


@wrong("fp_relu_output", "My loop applied the ReLU to every layer, the output layer too, so "
                         "negative logits become 0.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L + 1):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return A


@wrong("fp_numpy_relu", "I used np.maximum(Z, 0) for the ReLU as in the NumPy assignments; "
                        "the numbers are right but the tape loses the gradient to the earlier "
                        "layers.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        Z = tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"]
        A = np.maximum(Z, 0)
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_hardcoded_two_layers", "I wrote out the two layers of the example (W1, b1 then W2, "
                                  "b2) instead of looping over all L layers.")
def forward_propagation_tf(X, parameters):
    Z1 = tf.matmul(X, parameters["W1"]) + parameters["b1"]
    A1 = tf.nn.relu(Z1)
    Z2 = tf.matmul(A1, parameters["W2"]) + parameters["b2"]
    return Z2


@wrong("fp_no_output_bias", "For the logits I only wrote tf.matmul(A, W) and forgot to add "
                            "the output layer's bias.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"])


@wrong("fp_bias_after_relu", "In the hidden layers I added the bias after the ReLU, "
                             "relu(A @ W) + b, instead of inside it.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"])) + parameters[f"b{l}"]
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_sigmoid_hidden", "I used tf.nn.sigmoid as the hidden activation instead of "
                            "tf.nn.relu.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.sigmoid(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_caches_in_parameters", "Like the caches of the NumPy forward pass, I stored each "
                                  "activation in the parameters dict as A{l}, which changes "
                                  "the caller's dict.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
        parameters[f"A{l}"] = A
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@correct("fp_einsum_bias_add", "Uses tf.einsum for the products and tf.nn.bias_add, and the "
                               "ReLU as tf.maximum(Z, 0).")
def forward_propagation_tf(X, parameters):
    n_layers = len(parameters) // 2
    A = tf.convert_to_tensor(X, dtype=tf.float32)
    for l in range(1, n_layers + 1):
        W = tf.convert_to_tensor(parameters["W%d" % l], dtype=tf.float32)
        b = tf.convert_to_tensor(parameters["b%d" % l], dtype=tf.float32)
        Z = tf.nn.bias_add(tf.einsum("bi,ij->bj", A, W), b)
        A = Z if l == n_layers else tf.maximum(Z, 0.0)
    return A


@correct("fp_list_of_layers", "Collects the (W, b) pairs in a list first, runs the hidden "
                              "layers over all but the last, and uses the @ operator.")
def forward_propagation_tf(X, parameters):
    layers = [(parameters[f"W{l}"], parameters[f"b{l}"])
              for l in range(1, len(parameters) // 2 + 1)]
    A = tf.cast(X, tf.float32)
    for W, b in layers[:-1]:
        A = tf.nn.relu(A @ W + b)
    W_out, b_out = layers[-1]
    return tf.add(tf.linalg.matmul(A, W_out), b_out)


# ----------------------------------------------------------------------------
# compute_cost_tf
# ----------------------------------------------------------------------------


@wrong("cost_no_from_logits", "I called sparse_categorical_crossentropy without "
                              "from_logits=True, so it treats the logits as probabilities.")
def compute_cost_tf(logits, labels):
    losses = tf.keras.losses.sparse_categorical_crossentropy(labels, logits)
    return tf.reduce_mean(losses)


@wrong("cost_sum_not_mean", "I added the per-example losses with tf.reduce_sum instead of "
                            "averaging them over the batch.")
def compute_cost_tf(logits, labels):
    losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    return tf.reduce_sum(losses)


@wrong("cost_per_example", "I returned the output of sparse_categorical_crossentropy "
                           "directly, thinking it was already the mean, so I return one loss "
                           "per example.")
def compute_cost_tf(logits, labels):
    return tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)


@wrong("cost_softmax_twice", "I applied tf.nn.softmax to the logits first and still passed "
                             "from_logits=True, so the softmax is applied twice.")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    losses = tf.keras.losses.sparse_categorical_crossentropy(labels, probs, from_logits=True)
    return tf.reduce_mean(losses)


@wrong("cost_log_of_softmax", "I computed the softmax probabilities and then took the log of "
                              "the true class, instead of a fused log-softmax; with large "
                              "logits the probability rounds to 0 and the cost is inf.")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits, axis=1)
    p_true = tf.gather(probs, labels, axis=1, batch_dims=1)
    return -tf.reduce_mean(tf.math.log(p_true))


@wrong("cost_logsumexp_axis0", "Writing the log-softmax by hand I took the log-sum-exp over "
                               "axis 0 (the NumPy column convention) instead of over the "
                               "classes, axis 1.")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    log_probs = logits - tf.reduce_logsumexp(logits, axis=0, keepdims=True)
    picked = tf.gather(log_probs, labels, axis=1, batch_dims=1)
    return -tf.reduce_mean(picked)


@wrong("cost_sigmoid_bce", "I used tf.nn.sigmoid_cross_entropy_with_logits with one-hot "
                           "labels, treating each class as a separate yes/no question.")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    Y = tf.one_hot(labels, tf.shape(logits)[1])
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=Y, logits=logits))


@wrong("cost_mean_over_entries", "I wrote -tf.reduce_mean(Y * log_softmax(Z)) over the whole "
                                 "matrix, which also divides by the number of classes.")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    Y = tf.one_hot(labels, tf.shape(logits)[1])
    return -tf.reduce_mean(Y * tf.nn.log_softmax(logits, axis=1))


@wrong("cost_returns_numpy", "I returned cost.numpy() so the value prints nicely; it is a "
                             "NumPy number, not a tensor, and the tape can't use it.")
def compute_cost_tf(logits, labels):
    cost = tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    return cost.numpy()


@wrong("cost_float64", "I cast the logits to float64 for a more precise cost, so the cost "
                       "comes back as float64 instead of float32.")
def compute_cost_tf(logits, labels):
    logits64 = tf.cast(logits, tf.float64)
    losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits64)
    return tf.reduce_mean(losses)


@correct("cost_manual_logsumexp", "Writes the fused log-softmax z_y - logsumexp(z) by hand "
                                  "and gathers the true class with batch_dims=1.")
def compute_cost_tf(logits, labels):
    z = tf.convert_to_tensor(logits, dtype=tf.float32)
    y = tf.cast(tf.convert_to_tensor(labels), tf.int32)
    log_norm = tf.reduce_logsumexp(z, axis=1)
    z_true = tf.gather(z, y, axis=1, batch_dims=1)
    return tf.reduce_mean(log_norm - z_true)


@correct("cost_dense_one_hot", "Builds one-hot labels inline and uses the dense "
                               "categorical_crossentropy with from_logits=True.")
def compute_cost_tf(logits, labels):
    z = tf.convert_to_tensor(logits, dtype=tf.float32)
    Y = tf.one_hot(labels, depth=tf.shape(z)[1], dtype=tf.float32)
    per_example = tf.keras.losses.categorical_crossentropy(Y, z, from_logits=True)
    return tf.cast(tf.reduce_mean(per_example), tf.float32)


@correct("cost_loss_object", "Uses the SparseCategoricalCrossentropy loss object, which "
                             "averages by itself.")
def compute_cost_tf(logits, labels):
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    return loss_fn(labels, logits)


# ----------------------------------------------------------------------------
# accuracy_tf
# ----------------------------------------------------------------------------


@wrong("acc_argmax_axis0", "I called tf.argmax(logits) with its default axis, which looks "
                           "down the columns across examples.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits)
    correct_ = tf.equal(predictions, tf.cast(labels, tf.int64))
    return tf.reduce_mean(tf.cast(correct_, tf.float32))


@wrong("acc_integer_mean", "I cast the comparison to int64 (the dtype argmax gives) before "
                           "tf.reduce_mean, so the mean is truncated to an integer.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    correct_ = tf.equal(predictions, tf.cast(labels, tf.int64))
    return tf.reduce_mean(tf.cast(correct_, tf.int64))


@wrong("acc_count_not_fraction", "I summed the correct predictions and forgot to divide by "
                                 "the number of examples.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    correct_ = tf.equal(predictions, tf.cast(labels, tf.int64))
    return tf.reduce_sum(tf.cast(correct_, tf.float32))


@wrong("acc_float64", "I cast the comparison to tf.float64 before averaging, so the accuracy "
                      "is float64 instead of float32.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    correct_ = tf.equal(predictions, tf.cast(labels, tf.int64))
    return tf.reduce_mean(tf.cast(correct_, tf.float64))


@wrong("acc_numpy_mean", "I did it in NumPy with np.mean(np.argmax(logits, 1) == labels), "
                         "which returns a NumPy float64, not a float32 tensor.")
def accuracy_tf(logits, labels):
    predictions = np.argmax(np.asarray(logits), axis=1)
    return np.mean(predictions == np.asarray(labels))


@wrong("acc_prob_above_half", "I counted an example as right when the softmax probability of "
                              "its true class is above 0.5, instead of taking the largest "
                              "logit.")
def accuracy_tf(logits, labels):
    probs = tf.nn.softmax(logits, axis=1)
    p_true = tf.gather(probs, labels, axis=1, batch_dims=1)
    return tf.reduce_mean(tf.cast(p_true > 0.5, tf.float32))


@wrong("acc_elementwise_one_hot", "I rounded the softmax and compared it with the one-hot "
                                  "labels entry by entry, so every correct 0 counts too.")
def accuracy_tf(logits, labels):
    probs = tf.nn.softmax(logits, axis=1)
    Y = tf.one_hot(labels, tf.shape(probs)[1])
    return tf.reduce_mean(tf.cast(tf.equal(tf.round(probs), Y), tf.float32))


@wrong("acc_true_logit_is_max", "I checked whether the true class's logit equals the row "
                                "maximum; when two logits tie for the maximum this counts the "
                                "example as right even though argmax picks the other class.")
def accuracy_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, tf.float32)
    true_logit = tf.gather(logits, labels, axis=1, batch_dims=1)
    hit = true_logit >= tf.reduce_max(logits, axis=1)
    return tf.reduce_mean(tf.cast(hit, tf.float32))


@correct("acc_count_nonzero", "Counts the hits with tf.math.count_nonzero and divides by "
                              "tf.size of the labels, both as float32.")
def accuracy_tf(logits, labels):
    y = tf.cast(tf.convert_to_tensor(labels), tf.int32)
    predicted = tf.argmax(logits, axis=1, output_type=tf.int32)
    hits = tf.math.count_nonzero(tf.equal(predicted, y), dtype=tf.float32)
    return hits / tf.cast(tf.size(y), tf.float32)


@correct("acc_python_loop", "Loops over the rows in Python with np.argmax and returns the "
                            "fraction as a float32 tensor.")
def accuracy_tf(logits, labels):
    scores = np.asarray(logits)
    ids = np.asarray(labels).reshape(-1)
    hits = 0
    for i in range(scores.shape[0]):
        if int(np.argmax(scores[i])) == int(ids[i]):
            hits += 1
    return tf.constant(hits / scores.shape[0], dtype=tf.float32)


@correct("acc_where_mean", "Turns the hits into 1.0/0.0 with tf.where and takes "
                           "tf.math.reduce_mean along the batch.")
def accuracy_tf(logits, labels):
    predicted = tf.argmax(logits, axis=-1)
    y = tf.cast(labels, predicted.dtype)
    scores = tf.where(predicted == y, tf.ones_like(predicted, tf.float32),
                      tf.zeros_like(predicted, tf.float32))
    return tf.math.reduce_mean(scores)


# ----------------------------------------------------------------------------
# multilabel_predict
# ----------------------------------------------------------------------------


@wrong("ml_softmax", "I used tf.nn.softmax on the logits like in the digit classifier, then "
                     "thresholded the softmax probabilities instead of a sigmoid per class.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.nn.softmax(logits)
    return tf.cast(probs > threshold, tf.int32)


@wrong("ml_no_sigmoid", "I compared the logits themselves with the threshold and forgot to "
                        "turn them into probabilities with the sigmoid first.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(logits > threshold, tf.int32)


@wrong("ml_greater_equal", "I used >= for the threshold, so a probability exactly equal to the "
                           "threshold (a logit of 0 at 0.5) counts as a yes.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.math.sigmoid(logits)
    return tf.cast(probs >= threshold, tf.int32)


@wrong("ml_float_output", "I cast the comparison to float32 like in accuracy_tf, so the "
                          "predictions come back as 0.0/1.0 floats, not int32.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.sigmoid(logits)
    return tf.cast(probs > threshold, tf.float32)


@wrong("ml_bool_output", "I returned the boolean comparison directly; True/False looked like "
                         "1/0 to me, so I did not cast to int32.")
def multilabel_predict(logits, threshold=0.5):
    return tf.sigmoid(logits) > threshold


@wrong("ml_numpy_result", "I computed the sigmoid with NumPy and returned a NumPy array of "
                          "ints instead of a TensorFlow tensor.")
def multilabel_predict(logits, threshold=0.5):
    z = np.asarray(logits, dtype=np.float32)
    probs = 1.0 / (1.0 + np.exp(-z))
    return (probs > threshold).astype(np.int32)


@wrong("ml_argmax_one_label", "I took the argmax of each row and one-hot encoded it (if above "
                              "the threshold), so every row gets at most one label.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.sigmoid(logits)
    best = tf.argmax(probs, axis=1)
    one_hot = tf.one_hot(best, depth=tf.shape(probs)[1], dtype=tf.int32)
    above = tf.cast(tf.reduce_max(probs, axis=1, keepdims=True) > threshold, tf.int32)
    return one_hot * above


@wrong("ml_ignores_threshold", "I hard-coded 0.5 in the comparison and never used the "
                               "threshold argument.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.sigmoid(logits)
    return tf.cast(probs > 0.5, tf.int32)


@wrong("ml_log_threshold", "To avoid the sigmoid I moved the threshold into logit space, but "
                           "used log(threshold) instead of log(threshold / (1 - threshold)).")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(logits > tf.math.log(threshold), tf.int32)


@wrong("ml_sigmoid_sign", "I wrote the sigmoid by hand as 1 / (1 + exp(z)) and dropped the "
                          "minus sign in the exponent.")
def multilabel_predict(logits, threshold=0.5):
    probs = 1.0 / (1.0 + tf.exp(logits))
    return tf.cast(probs > threshold, tf.int32)


@wrong("ml_int64_output", "I cast the predictions to int64 (the dtype tf.argmax gives) "
                          "instead of int32.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > threshold, tf.int64)


@correct("ml_where_ints", "tf.where picks the Python ints 1 or 0 directly (int32) instead of "
                          "casting a boolean.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.math.sigmoid(tf.convert_to_tensor(logits, dtype=tf.float32))
    return tf.where(probs > threshold, 1, 0)


@correct("ml_sign_relu", "Takes the sign of (probability - threshold) and clips the -1s away "
                         "with a ReLU; a difference of exactly 0 stays 0.")
def multilabel_predict(logits, threshold=0.5):
    probs = tf.math.sigmoid(tf.convert_to_tensor(logits, dtype=tf.float32))
    margin = probs - tf.constant(threshold, dtype=tf.float32)
    return tf.cast(tf.nn.relu(tf.sign(margin)), tf.int32)


@correct("ml_row_loop", "Loops over the rows, thresholds each row's sigmoids and stacks the "
                        "int32 rows back together.")
def multilabel_predict(logits, threshold=0.5):
    logits = tf.convert_to_tensor(logits, dtype=tf.float32)
    rows = []
    for i in range(logits.shape[0]):
        row_probs = tf.math.sigmoid(logits[i])
        rows.append(tf.cast(tf.math.greater(row_probs, threshold), tf.int32))
    if not rows:
        return tf.zeros(tf.shape(logits), dtype=tf.int32)
    return tf.stack(rows, axis=0)


# ----------------------------------------------------------------------------
# make_exponential_decay
# ----------------------------------------------------------------------------


@wrong("ed_no_division", "I wrote decay_rate ** step and forgot to divide the step by "
                         "decay_steps, so the rate decays every single step.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step // decay_steps if staircase else step
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_floor_always", "I used integer division step // decay_steps for both modes, so the "
                          "smooth schedule is a staircase too.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step // decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_round_stairs", "For the staircase I rounded step / decay_steps with round() instead "
                          "of flooring it, so the rate drops halfway through each block.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = round(exponent)
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_ceil_stairs", "I used math.ceil for the staircase, so the rate already drops at "
                         "step 1 instead of at step decay_steps.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        if staircase:
            exponent = math.ceil(step / decay_steps)
        else:
            exponent = step / decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_step_plus_one", "I counted steps from 1 (step + 1), thinking step 0 is the first "
                           "step already taken, so everything is shifted by one step.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step + 1
        exponent = t // decay_steps if staircase else t / decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_natural_exp", "I read 'exponential decay' as lr0 * exp(-decay_rate * step / "
                         "decay_steps) instead of raising decay_rate to the power.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step // decay_steps if staircase else step / decay_steps
        return learning_rate0 * math.exp(-decay_rate * exponent)
    return schedule


@wrong("ed_stateful_counter", "My schedule keeps its own rate in the closure and multiplies it "
                              "by the per-step factor at every call, ignoring the step passed in.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    state = {"lr": learning_rate0, "calls": 0}

    def schedule(step):
        lr = state["lr"]
        state["calls"] += 1
        if staircase:
            if state["calls"] % decay_steps == 0:
                state["lr"] = state["lr"] * decay_rate
        else:
            state["lr"] = state["lr"] * decay_rate ** (1 / decay_steps)
        return lr
    return schedule


@wrong("ed_ignores_staircase", "I only implemented the smooth formula and never used the "
                               "staircase flag.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step / decay_steps)
    return schedule


@wrong("ed_one_minus_rate", "I thought decay_rate was the fraction removed each block and "
                            "used (1 - decay_rate) as the base.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = math.floor(exponent)
        return learning_rate0 * (1 - decay_rate) ** exponent
    return schedule


@wrong("ed_tf_float32", "I computed the rate with TensorFlow ops, so the schedule returns a "
                        "float32 tensor instead of a Python float.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = tf.cast(step, tf.float32) / decay_steps
        if staircase:
            exponent = tf.floor(exponent)
        return learning_rate0 * tf.pow(tf.constant(decay_rate, tf.float32), exponent)
    return schedule


@correct("ed_lambda_divmod", "Returns a lambda and gets the block number with divmod; the "
                             "result is converted to a Python float.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    if staircase:
        return lambda step: float(learning_rate0 * decay_rate ** divmod(step, decay_steps)[0])
    return lambda step: float(learning_rate0 * decay_rate ** (step / decay_steps))


@correct("ed_blocks_times_fraction", "Splits the exponent into whole blocks plus the fraction "
                                     "inside the block, and drops the fraction in staircase mode.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        blocks = math.floor(step / decay_steps)
        fraction = step / decay_steps - blocks
        exponent = blocks if staircase else blocks + fraction
        return float(learning_rate0) * float(decay_rate) ** exponent
    return schedule


@correct("ed_nested_class", "Builds the schedule as a small callable object instead of an "
                            "inner def.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    class _Schedule:
        def __call__(self, step):
            exponent = step / decay_steps
            if staircase:
                exponent = math.floor(exponent)
            return float(learning_rate0 * math.pow(decay_rate, exponent))
    return _Schedule()


# ----------------------------------------------------------------------------
# train_step
# ----------------------------------------------------------------------------


@wrong("ts_no_training_flag", "I called model(X) without training=True, so batch norm uses the "
                              "moving averages and they are never updated.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_no_from_logits", "I left out from_logits=True, so the loss treats the logits as "
                            "probabilities.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(y, logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_no_mean", "I forgot the tf.reduce_mean: the loss is one value per example, and the "
                     "gradient of that vector is the gradient of the sum.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_reduce_sum", "I added up the per-example losses with tf.reduce_sum instead of "
                        "averaging them.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_sum(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_double_softmax", "I applied tf.nn.softmax to the model output before the loss and "
                            "still passed from_logits=True.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        probs = tf.nn.softmax(model(X, training=True))
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, probs, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_loss_after_update", "I returned the loss recomputed after the update (in inference "
                               "mode) so that it shows the progress of the step.")
def train_step(model, optimizer, X, y):
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(X, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    new_loss = loss_fn(y, model(X, training=False))
    return new_loss


@wrong("ts_python_float", "I returned float(loss) so that the training loop gets a plain "
                          "Python number instead of the float32 scalar tensor.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return float(loss)


@wrong("ts_manual_update", "I updated the variables myself with assign_sub(learning_rate * "
                           "grad) instead of optimizer.apply_gradients, so the optimizer's own "
                           "update rule and state are skipped.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    lr = tf.cast(optimizer.learning_rate, tf.float32)
    for var, grad in zip(model.trainable_variables, grads):
        var.assign_sub(lr * grad)
    return loss


@wrong("ts_double_forward", "I first computed the loss before the update with one training "
                            "call, then ran the model again under the tape for the gradients, "
                            "so batch norm's moving averages are updated twice per step.")
def train_step(model, optimizer, X, y):
    loss_before = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
        y, model(X, training=True), from_logits=True))
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
            y, model(X, training=True), from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss_before


@wrong("ts_one_hot_10", "I one-hot encoded the labels with depth 10 (MNIST) and used the dense "
                        "categorical cross-entropy, which only fits models with 10 outputs.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(tf.keras.losses.categorical_crossentropy(
            tf.one_hot(y, 10), logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_vars_before_call", "I stored model.trainable_variables in a variable before calling "
                               "the model; for a model that is not built yet that list is empty.")
def train_step(model, optimizer, X, y):
    variables = model.trainable_variables
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, variables)
    optimizer.apply_gradients(zip(grads, variables))
    return loss


@correct("ts_loss_object", "Uses the SparseCategoricalCrossentropy loss object, which already "
                           "averages over the batch, instead of the function plus reduce_mean.")
def train_step(model, optimizer, X, y):
    loss_object = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        loss = loss_object(y, model(X, training=True))
    variables = model.trainable_variables  # only after the call: a new model builds there
    optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
    return loss


@correct("ts_tf_nn_dense_labels", "Builds one-hot labels with the model's own number of "
                                  "classes and averages tf.nn.softmax_cross_entropy_with_logits.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        labels = tf.one_hot(tf.cast(y, tf.int32), depth=tf.shape(logits)[-1],
                            dtype=logits.dtype)
        per_example = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        loss = tf.reduce_mean(per_example)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(list(zip(grads, model.trainable_variables)))
    return loss


@correct("ts_sparse_tf_nn", "Uses tf.nn.sparse_softmax_cross_entropy_with_logits with the labels "
                            "cast to int64, and takes the mean as sum / batch size.")
def train_step(model, optimizer, X, y):
    X = tf.convert_to_tensor(X, dtype=tf.float32)
    labels = tf.cast(y, tf.int64)
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        loss = tf.reduce_sum(losses) / tf.cast(tf.shape(losses)[0], losses.dtype)
    trainable = model.trainable_variables
    grads = tape.gradient(loss, trainable)
    optimizer.apply_gradients(zip(grads, trainable))
    return loss


# ----------------------------------------------------------------------------
# build_bn_mlp
# ----------------------------------------------------------------------------


@wrong("bn_bias_kept", "I kept the default bias in the Dense layer before BatchNormalization "
                       "(forgot use_bias=False).")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_default_momentum", "I created BatchNormalization() without passing momentum, so it "
                              "keeps Keras's default 0.99.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_keep_prob", "I passed 1 - dropout_rate to Dropout, thinking it takes the fraction "
                       "of units kept like TF1's keep_prob.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    keep_prob = 1 - dropout_rate
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(keep_prob)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(keep_prob)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_softmax_output", "I gave the last Dense(10) a softmax activation so that the model "
                            "outputs probabilities.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10, activation="softmax"))
    return tf.keras.Sequential(layers)


@wrong("bn_flag_inverted", "I mixed up the two branches: bn_before_activation=True builds "
                           "Dense -> ReLU -> BN and False builds Dense(no bias) -> BN -> ReLU.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if not bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_relu_in_dense", "I put activation='relu' into the Dense layer (no bias) and left "
                           "out the separate ReLU layer, so the ReLU runs before BN even when "
                           "bn_before_activation=True.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, activation="relu", use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        else:
            model.add(tf.keras.layers.Dense(units))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@wrong("bn_no_dropout_last", "I left the Dropout out after the last hidden layer, thinking "
                             "you should not drop units right before the output layer.")
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


@wrong("bn_epsilon_1e5", "I set epsilon=1e-5 in BatchNormalization as in assignment 07 instead "
                         "of leaving Keras's 1e-3.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        bn = tf.keras.layers.BatchNormalization(momentum=momentum, epsilon=1e-5)
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False), bn,
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(), bn,
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_scale_false", "Since a ReLU follows the BN, I switched gamma off with scale=False, "
                         "as the notebook says it can go.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum, scale=False),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_momentum_flipped", "I passed 1 - momentum to BatchNormalization, mixing up Keras's "
                              "momentum with PyTorch's.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        bn = tf.keras.layers.BatchNormalization(momentum=1 - momentum)
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False), bn,
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(), bn,
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_fixed_input_784", "I started the Sequential with tf.keras.Input((784,)) for MNIST, "
                             "so the model only accepts 784 features.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = [tf.keras.Input((784,))]
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@correct("bn_add_loop", "Starts from an empty Sequential and adds the layers one by one with "
                        "model.add, sharing the Dropout line between the two branches.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units, use_bias=True))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(rate=dropout_rate))
    model.add(tf.keras.layers.Dense(10, activation=None))
    return model


@correct("bn_block_factory", "A small helper returns each hidden block as a list, with every "
                             "BatchNormalization default spelled out explicitly.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    def bn():
        return tf.keras.layers.BatchNormalization(axis=-1, momentum=momentum, epsilon=1e-3,
                                                  center=True, scale=True)

    def block(units):
        if bn_before_activation:
            core = [tf.keras.layers.Dense(units, use_bias=False), bn(), tf.keras.layers.ReLU()]
        else:
            core = [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(), bn()]
        return core + [tf.keras.layers.Dropout(dropout_rate)]

    layers = [layer for units in hidden_units for layer in block(units)]
    return tf.keras.Sequential(layers + [tf.keras.layers.Dense(10)])


# ----------------------------------------------------------------------------
# build_v1_bn_train_op
# ----------------------------------------------------------------------------


@wrong("v1_no_update_ops", "I just returned optimizer.minimize(loss); I thought the batch-norm "
                           "layer would update its moving averages by itself like in TF2.")
def build_v1_bn_train_op(loss, optimizer):
    return optimizer.minimize(loss)


@wrong("v1_minimize_outside", "I opened the control_dependencies block with the update ops but "
                              "created the train op after the block, so it does not depend on "
                              "them.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        pass
    train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_wrong_collection", "I fetched the MOVING_AVERAGE_VARIABLES collection instead of "
                              "UPDATE_OPS, so the train op waits on nothing.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.MOVING_AVERAGE_VARIABLES)
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_depends_on_loss", "I made the train op depend on the loss with "
                             "tf.control_dependencies([loss]) and never fetched the update ops.")
def build_v1_bn_train_op(loss, optimizer):
    with tf.control_dependencies([loss]):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_scope_filter", "I copied get_collection(UPDATE_OPS, scope='batch_normalization') "
                          "from an example; the scope filter matches none of this graph's "
                          "update ops.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS,
                                             scope="batch_normalization")
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_own_adam", "I created tf.compat.v1.train.AdamOptimizer(1e-3) inside the function as "
                      "in the notebook's network instead of using the optimizer passed in.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    adam = tf.compat.v1.train.AdamOptimizer(1e-3)
    with tf.control_dependencies(update_ops):
        train_op = adam.minimize(loss)
    return train_op


@wrong("v1_first_update_only", "I thought the collection holds a single update op and took "
                               "only its first element, so only one moving statistic updates.")
def build_v1_bn_train_op(loss, optimizer):
    update_op = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)[0]
    with tf.control_dependencies([update_op]):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_returns_updates_group", "I grouped the update ops into the returned op and put the "
                                   "minimize call inside the block, but returned the group, so "
                                   "the weights are never trained.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        minimize_op = optimizer.minimize(loss)  # noqa: F841
        train_op = tf.group(*update_ops)
    return train_op


@wrong("v1_no_return", "I built the train op inside the control_dependencies block but forgot "
                       "the return statement.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)  # noqa: F841


@correct("v1_loss_graph", "Works on loss.graph explicitly (its collection and its "
                          "control_dependencies) instead of the default-graph functions.")
def build_v1_bn_train_op(loss, optimizer):
    graph = loss.graph
    update_ops = graph.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with graph.as_default(), graph.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@correct("v1_compute_then_apply", "Splits minimize into compute_gradients and apply_gradients, "
                                  "creating only the apply op inside the control_dependencies.")
def build_v1_bn_train_op(loss, optimizer):
    grads_and_vars = optimizer.compute_gradients(loss)
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        train_op = optimizer.apply_gradients(grads_and_vars)
    return train_op


@correct("v1_group_in_block", "Wraps minimize in a tf.group created inside the "
                              "control_dependencies block, using get_collection_ref.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = list(tf.compat.v1.get_collection_ref(tf.compat.v1.GraphKeys.UPDATE_OPS))
    with tf.control_dependencies(update_ops):
        train_op = tf.group(optimizer.minimize(loss), name="train_op")
    return train_op

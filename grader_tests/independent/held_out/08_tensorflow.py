"""Held-out implementations of assignment 08, written from the student release only."""
# ruff: noqa: F811
import math

import numpy as np
import tensorflow as tf

from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# one_hot_matrix
# ----------------------------------------------------------------------------


@wrong("oh_axis0_columns", "I passed axis=0 to tf.one_hot because the NumPy assignments had the "
       "classes first, so I get [depth, batch] instead of one example per row.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, axis=0)


@wrong("oh_int32_dtype", "I asked tf.one_hot for dtype=tf.int32 since a one-hot matrix only holds "
       "0s and 1s; the docstring wants float32.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.int32)


@wrong("oh_float64_dtype", "I used dtype=tf.float64 to be precise, but the losses want float32 so "
       "the dtype is wrong.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.float64)


@wrong("oh_depth_from_max", "I worked out the depth from the largest label (max + 1) instead of "
       "using the depth argument, so a batch that lacks the top class gets too few columns.")
def one_hot_matrix(labels, depth=10):
    labels = tf.convert_to_tensor(labels)
    n_classes = int(tf.reduce_max(labels)) + 1
    return tf.one_hot(labels, n_classes)


@wrong("oh_hardcoded_ten", "I wrote tf.one_hot(labels, 10) because MNIST has 10 digits and "
       "forgot to use the depth argument.")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, 10)


@wrong("oh_numpy_eye", "I indexed rows of np.eye, which gives the right numbers but a NumPy array "
       "instead of a TensorFlow tensor.")
def one_hot_matrix(labels, depth=10):
    return np.eye(depth, dtype=np.float32)[np.asarray(labels)]


@wrong("oh_squeeze", "I added tf.squeeze to get rid of extra dimensions like in the course "
       "examples; with a single label the batch axis disappears and I return [depth].")
def one_hot_matrix(labels, depth=10):
    return tf.squeeze(tf.one_hot(labels, depth))


@wrong("oh_reshape_columns", "I reshaped the one-hot matrix to [depth, -1] to get the column "
       "layout, which scrambles the entries instead of transposing them.")
def one_hot_matrix(labels, depth=10):
    return tf.reshape(tf.one_hot(labels, depth), [depth, -1])


@correct("oh_gather_eye", "gathers rows of a float32 identity matrix with tf.gather instead of "
         "calling tf.one_hot.")
def one_hot_matrix(labels, depth=10):
    identity = tf.eye(depth, dtype=tf.float32)
    return tf.gather(identity, tf.cast(labels, tf.int64))


@correct("oh_equal_range", "compares each label with tf.range(depth) by broadcasting and casts "
         "the boolean matrix to float32.")
def one_hot_matrix(labels, depth=10):
    labels = tf.cast(tf.convert_to_tensor(labels), tf.int64)
    classes = tf.range(depth, dtype=tf.int64)
    return tf.cast(tf.equal(labels[:, tf.newaxis], classes[tf.newaxis, :]), tf.float32)


@correct("oh_explicit_args", "tf.one_hot with every argument spelled out (on/off values, axis "
         "and dtype).")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(indices=labels, depth=depth, on_value=1.0, off_value=0.0, axis=-1,
                      dtype=tf.float32)


# ----------------------------------------------------------------------------
# initialize_parameters_tf
# ----------------------------------------------------------------------------


@wrong("ini_xavier_scale", "I scaled the weights by sqrt(1 / n[l-1]) (Xavier) instead of He's "
       "sqrt(2 / n[l-1]).")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(1.0 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_fan_out", "I divided by the size of the current layer n[l] instead of the previous "
       "layer n[l-1] in the He variance.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape, stddev=math.sqrt(2 / layer_dims[l])))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_variance_as_stddev", "I passed 2 / n[l-1] as the stddev, forgetting the square root "
       "(that number is the variance).")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape, stddev=2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_column_shape", "I kept the NumPy shape [n[l], n[l-1]] for W out of habit, so the "
       "weights are the transpose of the row convention.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l], layer_dims[l - 1]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_tensor_not_variable", "I returned the drawn tensors directly without wrapping them "
       "in tf.Variable, so the optimizer has nothing it can update.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1])
        parameters[f"b{l}"] = tf.zeros([layer_dims[l]])
    return parameters


@wrong("ini_op_seed_only", "I used tf.random.normal(shape, seed=seed), so two calls with the same "
       "seed give different weights in eager mode.")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        W = tf.random.normal(shape, stddev=math.sqrt(2 / layer_dims[l - 1]), seed=seed)
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_reseed_each_layer", "I created the generator from the seed inside the layer loop, so "
       "every layer restarts the same random stream.")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        rng = tf.random.Generator.from_seed(seed)
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@wrong("ini_bias_float64", "I made the biases with np.zeros, which are float64, so b is a float64 "
       "variable instead of float32.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(np.zeros(layer_dims[l]))
    return parameters


@wrong("ini_bias_column", "I kept the bias as a column [n[l], 1] like in the NumPy assignments "
       "instead of a plain vector [n[l]].")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l], 1]))
    return parameters


@wrong("ini_missing_last_layer", "My loop ran over range(1, len(layer_dims) - 1), so the output "
       "layer never gets its W and b.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims) - 1):
        shape = [layer_dims[l - 1], layer_dims[l]]
        parameters[f"W{l}"] = tf.Variable(rng.normal(shape) * math.sqrt(2 / layer_dims[l - 1]))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@correct("ini_stddev_argument", "passes the He standard deviation to rng.normal as stddev and "
         "builds the dict with zip over consecutive layer sizes.")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l, (n_in, n_out) in enumerate(zip(layer_dims[:-1], layer_dims[1:]), start=1):
        parameters["W" + str(l)] = tf.Variable(
            rng.normal([n_in, n_out], mean=0.0, stddev=math.sqrt(2.0 / n_in), dtype=tf.float32),
            name="W" + str(l))
        parameters["b" + str(l)] = tf.Variable(tf.zeros([n_out], dtype=tf.float32),
                                               name="b" + str(l))
    return parameters


@correct("ini_scale_after_draw", "draws standard normals first and multiplies by a float32 "
         "tf.sqrt of 2 / n[l-1]; biases from tf.zeros_like of a column of the weights.")
def initialize_parameters_tf(layer_dims, seed=1):
    dims = list(layer_dims)
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    l = 1
    while l < len(dims):
        standard = rng.normal((dims[l - 1], dims[l]))
        scale = tf.sqrt(tf.constant(2.0, tf.float32) / tf.cast(dims[l - 1], tf.float32))
        W = standard * scale
        parameters[f"W{l}"] = tf.Variable(W)
        parameters[f"b{l}"] = tf.Variable(tf.zeros_like(W[0]))
        l += 1
    return parameters


# ----------------------------------------------------------------------------
# forward_propagation_tf
# ----------------------------------------------------------------------------


@wrong("fp_softmax_output", "I applied tf.nn.softmax to the last layer so the network outputs "
       "probabilities, not logits.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    Z = tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]
    return tf.nn.softmax(Z)


@wrong("fp_relu_on_output", "I looped over all L layers with the same ReLU, so the output layer "
       "also gets a ReLU and negative logits become 0.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L + 1):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return A


@wrong("fp_numpy_relu", "I used np.maximum(Z, 0) for the ReLU like in the NumPy assignments; the "
       "numbers look right but the hidden layers become NumPy arrays and the tape gets no gradient "
       "for W1, b1, ...")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = np.maximum(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"], 0)
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_sigmoid_hidden", "I used tf.sigmoid as the hidden activation instead of ReLU.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.sigmoid(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_no_output_bias", "I forgot to add b{L} on the output layer; the hidden layers have "
       "their biases.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"])


@wrong("fp_relu_before_bias", "In the hidden layers I applied the ReLU to A @ W and added the bias "
       "afterwards.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"])) + parameters[f"b{l}"]
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@wrong("fp_log_softmax_output", "I returned log(softmax(Z)) because the notebook says the loss "
       "works with log softmax; the values are shifted per row instead of the raw scores.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    Z = tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]
    return tf.nn.log_softmax(Z, axis=1)


@wrong("fp_converts_params_in_place", "I converted every parameter to a tensor by writing back "
       "into the parameters dict, which replaces the caller's variables.")
def forward_propagation_tf(X, parameters):
    for key in list(parameters):
        parameters[key] = tf.convert_to_tensor(parameters[key], dtype=tf.float32)
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, dtype=tf.float32)
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


@correct("fp_einsum_maximum", "uses tf.einsum for the products and tf.maximum(Z, 0.0) as the "
         "ReLU, with the last layer handled by an if inside the loop.")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = tf.convert_to_tensor(X, dtype=tf.float32)
    for l in range(1, L + 1):
        Z = tf.einsum("bi,io->bo", A, parameters[f"W{l}"]) + parameters[f"b{l}"]
        A = Z if l == L else tf.maximum(Z, 0.0)
    return A


@correct("fp_operator_bias_add", "uses the @ operator and tf.nn.bias_add, collecting the layers "
         "in a list first.")
def forward_propagation_tf(X, parameters):
    n_layers = len(parameters) // 2
    layers = [(parameters["W%d" % l], parameters["b%d" % l]) for l in range(1, n_layers + 1)]
    A = tf.cast(X, tf.float32)
    for W, b in layers[:-1]:
        A = tf.nn.relu(tf.nn.bias_add(A @ W, b))
    W_out, b_out = layers[-1]
    return tf.nn.bias_add(A @ W_out, b_out)


# ----------------------------------------------------------------------------
# compute_cost_tf
# ----------------------------------------------------------------------------


@wrong("cc_no_from_logits", "I left from_logits at its default, so the loss treats my logits as "
       "probabilities.")
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits))


@wrong("cc_sum_not_mean", "I added the per-example losses with tf.reduce_sum instead of "
       "averaging them.")
def compute_cost_tf(logits, labels):
    losses = tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
    return tf.reduce_sum(losses)


@wrong("cc_no_reduce", "I returned the output of sparse_categorical_crossentropy directly, which "
       "is one loss per example, not the mean.")
def compute_cost_tf(logits, labels):
    return tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)


@wrong("cc_double_softmax", "I applied tf.nn.softmax to the logits first and still passed "
       "from_logits=True, so the softmax is applied twice.")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits)
    return tf.reduce_mean(
        tf.keras.losses.sparse_categorical_crossentropy(labels, probs, from_logits=True))


@wrong("cc_log_of_softmax", "I computed -log(softmax(z)[y]) step by step; a very confident wrong "
       "prediction gives a probability of 0 in float32 and the cost becomes inf.")
def compute_cost_tf(logits, labels):
    probs = tf.nn.softmax(logits, axis=1)
    picked = tf.gather(probs, tf.cast(labels, tf.int64), batch_dims=1)
    return tf.reduce_mean(-tf.math.log(picked))


@wrong("cc_sigmoid_bce", "I used tf.nn.sigmoid_cross_entropy_with_logits on the one-hot labels, "
       "the multi-label loss, instead of the softmax cross-entropy.")
def compute_cost_tf(logits, labels):
    targets = tf.one_hot(labels, tf.shape(logits)[1], dtype=logits.dtype)
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=targets, logits=logits))


@wrong("cc_mean_over_all_entries", "I wrote the cross-entropy with one-hot labels and took "
       "tf.reduce_mean over the whole [batch, classes] matrix, which also divides by the number "
       "of classes.")
def compute_cost_tf(logits, labels):
    targets = tf.one_hot(labels, tf.shape(logits)[1], dtype=tf.float32)
    return tf.reduce_mean(-targets * tf.nn.log_softmax(logits, axis=1))


@wrong("cc_missing_minus", "I took the mean of log softmax at the true class and forgot the minus "
       "sign, so the cost is negative.")
def compute_cost_tf(logits, labels):
    log_probs = tf.nn.log_softmax(logits, axis=1)
    picked = tf.gather(log_probs, tf.cast(labels, tf.int64), batch_dims=1)
    return tf.reduce_mean(picked)


@wrong("cc_numpy_mean", "I averaged the per-example losses with np.mean, which returns a NumPy "
       "number instead of a TensorFlow scalar, so the tape cannot differentiate it.")
def compute_cost_tf(logits, labels):
    losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.cast(labels, tf.int64),
                                                            logits=logits)
    return np.mean(losses)


@correct("cc_nn_sparse_softmax", "uses tf.nn.sparse_softmax_cross_entropy_with_logits with the "
         "labels cast to int64, then tf.reduce_mean.")
def compute_cost_tf(logits, labels):
    labels = tf.cast(labels, tf.int64)
    per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    return tf.reduce_mean(per_example)


@correct("cc_logsumexp_gather", "writes the cross-entropy by hand as logsumexp(z) - z_y with "
         "tf.reduce_logsumexp and tf.gather, which is stable for large logits.")
def compute_cost_tf(logits, labels):
    logits = tf.convert_to_tensor(logits, dtype=tf.float32)
    labels = tf.cast(labels, tf.int32)
    log_normalizer = tf.reduce_logsumexp(logits, axis=1)
    true_logit = tf.gather(logits, labels, axis=1, batch_dims=1)
    return tf.reduce_mean(log_normalizer - true_logit)


@correct("cc_dense_onehot", "builds one-hot labels and uses the dense categorical cross-entropy "
         "with from_logits=True, averaged with tf.reduce_mean.")
def compute_cost_tf(logits, labels):
    n_classes = tf.shape(logits)[-1]
    one_hot = tf.one_hot(tf.cast(labels, tf.int32), n_classes, dtype=tf.float32)
    return tf.reduce_mean(
        tf.keras.losses.categorical_crossentropy(one_hot, logits, from_logits=True))


# ----------------------------------------------------------------------------
# accuracy_tf
# ----------------------------------------------------------------------------


@wrong("acc_argmax_axis0", "I used tf.argmax(logits) with its default axis=0, which looks down "
       "the columns across examples.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits)
    return tf.reduce_mean(tf.cast(tf.equal(predictions, tf.cast(labels, tf.int64)), tf.float32))


@wrong("acc_integer_mean", "I averaged the comparison after casting it to int64, so the mean is "
       "an integer and truncates to 0 unless every example is right.")
def accuracy_tf(logits, labels):
    correct_mask = tf.equal(tf.argmax(logits, axis=1), tf.cast(labels, tf.int64))
    return tf.reduce_mean(tf.cast(correct_mask, tf.int64))


@wrong("acc_count_not_fraction", "I summed the correct predictions and forgot to divide by the "
       "number of examples, so I return a count.")
def accuracy_tf(logits, labels):
    correct_mask = tf.equal(tf.argmax(logits, axis=1), tf.cast(labels, tf.int64))
    return tf.reduce_sum(tf.cast(correct_mask, tf.float32))


@wrong("acc_numpy_mean", "I did it in NumPy with np.argmax and np.mean, which returns a float64 "
       "NumPy number instead of a float32 tensor.")
def accuracy_tf(logits, labels):
    predictions = np.argmax(np.asarray(logits), axis=1)
    return np.mean(predictions == np.asarray(labels))


@wrong("acc_in_top_k", "I used tf.math.in_top_k with k=1; when two logits tie for the maximum it "
       "counts the example as right even if argmax would pick the other class.")
def accuracy_tf(logits, labels):
    hits = tf.math.in_top_k(tf.cast(labels, tf.int32), tf.cast(logits, tf.float32), k=1)
    return tf.reduce_mean(tf.cast(hits, tf.float32))


@wrong("acc_percentage", "I multiplied by 100 to report the accuracy as a percentage.")
def accuracy_tf(logits, labels):
    correct_mask = tf.equal(tf.argmax(logits, axis=1), tf.cast(labels, tf.int64))
    return 100.0 * tf.reduce_mean(tf.cast(correct_mask, tf.float32))


@wrong("acc_argmax_labels", "I also took tf.argmax of the labels as if they were one-hot, but "
       "they are class ids, so I compare with a single number.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1)
    truth = tf.argmax(labels)
    return tf.reduce_mean(tf.cast(tf.equal(predictions, truth), tf.float32))


@wrong("acc_float64_cast", "I cast the comparison to tf.float64 before averaging, so the accuracy "
       "is float64 instead of float32.")
def accuracy_tf(logits, labels):
    correct_mask = tf.equal(tf.argmax(logits, axis=1), tf.cast(labels, tf.int64))
    return tf.reduce_mean(tf.cast(correct_mask, tf.float64))


@correct("acc_count_nonzero", "counts the hits with tf.math.count_nonzero and divides by the "
         "batch size from tf.size, both cast to float32.")
def accuracy_tf(logits, labels):
    labels = tf.reshape(tf.cast(labels, tf.int64), [-1])
    predictions = tf.math.argmax(logits, axis=-1, output_type=tf.int64)
    hits = tf.math.count_nonzero(predictions == labels)
    return tf.cast(hits, tf.float32) / tf.cast(tf.size(labels), tf.float32)


@correct("acc_where_ones", "uses tf.where to turn matches into 1.0 and 0.0 and then "
         "tf.reduce_mean, with the prediction cast to the label's int32.")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits, axis=1, output_type=tf.int32)
    labels = tf.cast(labels, tf.int32)
    scores = tf.where(tf.equal(predictions, labels), 1.0, 0.0)
    return tf.reduce_mean(tf.cast(scores, tf.float32))


# ----------------------------------------------------------------------------
# multilabel_predict
# ----------------------------------------------------------------------------


@wrong("ml_greater_equal", "I used >= threshold; a probability exactly equal to the threshold "
       "should not count as a label.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) >= threshold, tf.int32)


@wrong("ml_no_sigmoid", "I compared the logits themselves with the threshold and forgot the "
       "sigmoid.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.convert_to_tensor(logits) > threshold, tf.int32)


@wrong("ml_softmax", "I used tf.nn.softmax like for the digit classes, so the classes compete "
       "and at most one can pass 0.5.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.nn.softmax(logits, axis=1) > threshold, tf.int32)


@wrong("ml_bool_output", "I returned the boolean comparison without casting it to int32.")
def multilabel_predict(logits, threshold=0.5):
    return tf.sigmoid(logits) > threshold


@wrong("ml_float_output", "I cast the decisions to float32, not int32.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > threshold, tf.float32)


@wrong("ml_argmax_one_label", "I predicted one label per row as a one-hot of the argmax, like "
       "the multi-class accuracy, and never used the threshold.")
def multilabel_predict(logits, threshold=0.5):
    logits = tf.convert_to_tensor(logits)
    return tf.one_hot(tf.argmax(logits, axis=1), tf.shape(logits)[1], dtype=tf.int32)


@wrong("ml_round", "I rounded the sigmoid to 0 or 1 with tf.round, which only works for a "
       "threshold of 0.5; the threshold argument is ignored.")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.round(tf.sigmoid(logits)), tf.int32)


@wrong("ml_numpy_where", "I did it in NumPy with my own sigmoid and np.where; I get an int64 NumPy "
       "array back instead of an int32 tensor.")
def multilabel_predict(logits, threshold=0.5):
    probs = 1.0 / (1.0 + np.exp(-np.asarray(logits)))
    return np.where(probs > threshold, 1, 0)


@correct("ml_where_ones_zeros", "uses tf.where with int32 ones and zeros of the logits' shape "
         "instead of a cast.")
def multilabel_predict(logits, threshold=0.5):
    probabilities = tf.math.sigmoid(tf.convert_to_tensor(logits, dtype=tf.float32))
    ones = tf.ones_like(probabilities, dtype=tf.int32)
    return tf.where(tf.math.greater(probabilities, threshold), ones, tf.zeros_like(ones))


@correct("ml_keras_sigmoid_cast", "uses the Keras sigmoid activation and writes 'above the "
         "threshold' as not(p <= threshold) before casting to int32.")
def multilabel_predict(logits, threshold=0.5):
    probabilities = tf.keras.activations.sigmoid(tf.convert_to_tensor(logits, dtype=tf.float32))
    decisions = tf.math.logical_not(probabilities <= threshold)
    return tf.cast(decisions, dtype=tf.int32)


# ----------------------------------------------------------------------------
# make_exponential_decay
# ----------------------------------------------------------------------------


@wrong("ed_staircase_ignored", "I always used step / decay_steps and never looked at the "
       "staircase flag.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step / decay_steps)
    return schedule


@wrong("ed_staircase_inverted", "I mixed up the branches: the exponent gets floored when "
       "staircase is False and stays smooth when it is True.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        if staircase:
            exponent = step / decay_steps
        else:
            exponent = step // decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_round_not_floor", "For the staircase I used round(step / decay_steps) instead of "
       "flooring it, so the rate drops half a block early.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = round(exponent)
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_ceil_not_floor", "For the staircase I used math.ceil, so the first drop already "
       "happens at step 1.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = math.ceil(exponent)
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_inverse_time", "I used the decay formula I knew, lr0 / (1 + decay_rate * t / T), "
       "instead of the exponential one.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step // decay_steps if staircase else step / decay_steps
        return learning_rate0 / (1 + decay_rate * t)
    return schedule


@wrong("ed_exp_of_rate", "I wrote exponential decay as lr0 * exp(-decay_rate * t / T) instead of "
       "lr0 * decay_rate ** (t / T).")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step // decay_steps if staircase else step / decay_steps
        return learning_rate0 * math.exp(-decay_rate * t)
    return schedule


@wrong("ed_step_plus_one", "I counted steps from 1 and used (step + 1) / decay_steps, so the rate "
       "at step 0 is already decayed.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        t = step + 1
        exponent = t // decay_steps if staircase else t / decay_steps
        return learning_rate0 * decay_rate ** exponent
    return schedule


@wrong("ed_keras_schedule_tensor", "I returned Keras's ExponentialDecay object as the schedule; "
       "it gives a float32 tensor for each step instead of a Python float.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    return tf.keras.optimizers.schedules.ExponentialDecay(learning_rate0, decay_steps, decay_rate,
                                                          staircase=staircase)


@wrong("ed_own_step_counter", "I kept my own step counter in the closure and increased it on each "
       "call instead of using the step argument.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    count = 0

    def schedule(step):
        nonlocal count
        exponent = count // decay_steps if staircase else count / decay_steps
        count += 1
        return learning_rate0 * decay_rate ** exponent
    return schedule


@correct("ed_exp_log", "computes the rate as lr0 * exp(exponent * log(decay_rate)) with "
         "math.floor for the staircase, as a float.")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    log_rate = math.log(decay_rate)

    def schedule(step):
        exponent = step / decay_steps
        if staircase:
            exponent = math.floor(step / decay_steps)
        return float(learning_rate0 * math.exp(exponent * log_rate))
    return schedule


@correct("ed_lambda_divmod", "returns a lambda; the staircase exponent comes from divmod and the "
         "power is computed with pow().")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    lr0, T, r = float(learning_rate0), decay_steps, float(decay_rate)
    if staircase:
        return lambda step: lr0 * pow(r, divmod(step, T)[0])
    return lambda step: lr0 * pow(r, step / T)


# ----------------------------------------------------------------------------
# train_step
# ----------------------------------------------------------------------------


@wrong("ts_no_training_flag", "I called model(X) without training=True, so batch norm runs in "
       "inference mode, dropout is off and the moving averages never change.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_no_from_logits", "I forgot from_logits=True in the loss, so the model's logits are "
       "taken for probabilities.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(y, logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_loss_after_update", "To see progress I recomputed the loss after apply_gradients "
       "(with training=False) and returned that instead of the loss before the update.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    new_logits = model(X, training=False)
    return tf.reduce_mean(
        tf.keras.losses.sparse_categorical_crossentropy(y, new_logits, from_logits=True))


@wrong("ts_sum_loss", "I used tf.reduce_sum for the loss, so the loss and the gradients are "
       "batch-size times too big.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_sum(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_per_example_loss", "I forgot tf.reduce_mean, so the tape differentiates the vector of "
       "per-example losses (their sum) and I return a vector.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_model_called_twice", "I called the model once before the tape to look at the logits "
       "and again inside it, both with training=True, so the moving averages move twice.")
def train_step(model, optimizer, X, y):
    preview = model(X, training=True)  # noqa: F841
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_manual_sgd", "I updated the variables myself with assign_sub(0.01 * grad) like in "
       "NumPy, so the optimizer (its learning rate and state) is never used.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    for variable, grad in zip(model.trainable_variables, grads):
        variable.assign_sub(0.01 * grad)
    return loss


@wrong("ts_softmax_then_from_logits", "I put a softmax on the model's output before the loss and "
       "kept from_logits=True, a double softmax.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        probs = tf.nn.softmax(model(X, training=True))
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, probs, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@wrong("ts_negated_gradients", "I negated the gradients before apply_gradients because gradient "
       "descent goes against the gradient, but the optimizer already subtracts them.")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip([-g for g in grads], model.trainable_variables))
    return loss


@correct("ts_loss_object", "uses a SparseCategoricalCrossentropy(from_logits=True) loss object, "
         "which averages by itself, and materializes the (grad, var) pairs in a list.")
def train_step(model, optimizer, X, y):
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    variables = model.trainable_variables
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(X, training=True))
    gradients = tape.gradient(loss, variables)
    optimizer.apply_gradients(list(zip(gradients, variables)))
    return loss


@correct("ts_nn_sparse_softmax", "uses tf.nn.sparse_softmax_cross_entropy_with_logits with int64 "
         "labels and a watched-variable list taken before the tape.")
def train_step(model, optimizer, X, y):
    X = tf.convert_to_tensor(X, dtype=tf.float32)
    labels = tf.cast(y, tf.int64)
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        loss = tf.reduce_mean(per_example)
    trainable = model.trainable_variables
    grads = tape.gradient(loss, trainable)
    optimizer.apply_gradients(zip(grads, trainable))
    return loss


# ----------------------------------------------------------------------------
# build_bn_mlp
# ----------------------------------------------------------------------------


@wrong("bn_bias_before_bn", "I kept the default use_bias=True on the Dense layer before batch "
       "norm.")
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


@wrong("bn_default_momentum", "I created BatchNormalization() without passing momentum, so it "
       "keeps Keras's default 0.99.")
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


@wrong("bn_dropout_keep_prob", "I passed 1 - dropout_rate to Dropout, thinking it takes the "
       "fraction kept like TF1's keep_prob.")
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


@wrong("bn_softmax_output", "I gave the output layer activation='softmax' so the model returns "
       "probabilities instead of logits.")
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


@wrong("bn_placement_flag_ignored", "I always put batch norm before the ReLU and never used the "
       "bn_before_activation argument.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        layers += [tf.keras.layers.Dense(units, use_bias=False),
                   tf.keras.layers.BatchNormalization(momentum=momentum),
                   tf.keras.layers.ReLU(), tf.keras.layers.Dropout(dropout_rate)]
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_after_relu_no_bias", "I wrote Dense(units, use_bias=False) in both branches; in the "
       "BN-after-ReLU branch the bias should stay because the ReLU sits in between.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = []
    for units in hidden_units:
        layers.append(tf.keras.layers.Dense(units, use_bias=False))
        if bn_before_activation:
            layers += [tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@wrong("bn_dropout_only_last", "I added a single Dropout after the loop, so only the last hidden "
       "layer has dropout.")
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


@wrong("bn_momentum_pytorch", "I passed 1 - momentum to BatchNormalization, mixing up Keras's "
       "momentum with PyTorch's.")
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


@wrong("bn_epsilon_1e5", "I set epsilon=1e-5 in BatchNormalization like in assignment 07 instead "
       "of keeping Keras's default.")
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


@wrong("bn_fixed_input_784", "I started the model with tf.keras.Input((784,)) for MNIST instead of "
       "leaving the input size open, so other input sizes fail.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    layers = [tf.keras.Input((784,))]
    for units in hidden_units:
        if bn_before_activation:
            layers += [tf.keras.layers.Dense(units, use_bias=False),
                       tf.keras.layers.BatchNormalization(momentum=momentum),
                       tf.keras.layers.ReLU()]
        else:
            layers += [tf.keras.layers.Dense(units), tf.keras.layers.ReLU(),
                       tf.keras.layers.BatchNormalization(momentum=momentum)]
        layers.append(tf.keras.layers.Dropout(dropout_rate))
    layers.append(tf.keras.layers.Dense(10))
    return tf.keras.Sequential(layers)


@correct("bn_model_add", "builds an empty Sequential and adds layers one by one with "
         "model.add, choosing the block order with an if.")
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


@correct("bn_block_factory", "a nested helper returns each hidden block as a list, joined with "
         "sum(..., []) before one Sequential call.")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    def block(units):
        dense = tf.keras.layers.Dense(units, use_bias=not bn_before_activation)
        norm = tf.keras.layers.BatchNormalization(momentum=momentum)
        relu = tf.keras.layers.ReLU()
        middle = [norm, relu] if bn_before_activation else [relu, norm]
        return [dense] + middle + [tf.keras.layers.Dropout(dropout_rate)]

    hidden = sum((block(units) for units in hidden_units), [])
    return tf.keras.Sequential(hidden + [tf.keras.layers.Dense(10)])


# ----------------------------------------------------------------------------
# build_v1_bn_train_op
# ----------------------------------------------------------------------------


@wrong("v1_no_update_ops", "I just returned optimizer.minimize(loss); I thought batch norm would "
       "update its moving averages by itself like in Keras.")
def build_v1_bn_train_op(loss, optimizer):
    return optimizer.minimize(loss)


@wrong("v1_minimize_after_block", "I opened tf.control_dependencies with the update ops but "
       "created the train op after the with block, so it does not depend on them.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        pass
    train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_wrong_collection_key", "I fetched the collection MOVING_AVERAGE_VARIABLES because the "
       "updates are moving averages; it is empty, so nothing gets attached.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.MOVING_AVERAGE_VARIABLES)
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_returns_update_group", "Inside the block I called optimizer.minimize(loss) but did not "
       "keep it, and returned tf.group of the update ops, so the weights never change.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        optimizer.minimize(loss)
    return tf.group(*update_ops)


@wrong("v1_first_update_op_only", "I attached only update_ops[0], thinking there is one update "
       "op per BN layer; the moving variance is never updated.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops[:1]):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_depends_on_loss", "I made the train op depend on the loss with "
       "tf.control_dependencies([loss]) instead of on the UPDATE_OPS collection.")
def build_v1_bn_train_op(loss, optimizer):
    with tf.control_dependencies([loss]):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_collection_scope", "I copied get_collection(UPDATE_OPS, scope='batch_normalization') "
       "from TF1 code; no op has that scope here, so the list is empty.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS,
                                             scope="batch_normalization")
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op


@wrong("v1_identity_loss", "I made a copy of the loss with tf.identity inside the control "
       "dependencies and minimized that copy; the gradient ops do not actually need the identity, "
       "so the update ops still do not run.")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        loss_after_updates = tf.identity(loss)
    return optimizer.minimize(loss_after_updates)


@correct("v1_grouped_updates", "groups the update ops into one op with tf.group first and "
         "makes the train op depend on that single op.")
def build_v1_bn_train_op(loss, optimizer):
    updates = tf.group(*tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS))
    with tf.control_dependencies([updates]):
        train_op = optimizer.minimize(loss)
    return train_op


@correct("v1_graph_methods", "uses the loss's own graph (loss.graph.get_collection and "
         "graph.control_dependencies) and splits minimize into compute_gradients and "
         "apply_gradients inside the block.")
def build_v1_bn_train_op(loss, optimizer):
    graph = loss.graph
    update_ops = graph.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with graph.control_dependencies(update_ops):
        grads_and_vars = optimizer.compute_gradients(loss)
        train_op = optimizer.apply_gradients(grads_and_vars)
    return train_op

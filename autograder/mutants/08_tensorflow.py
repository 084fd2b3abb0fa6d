"""Mutants of assignment 08: TensorFlow introduction and batch norm in TensorFlow."""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import numpy as np
import tensorflow as tf

from autograder.mutants import mutant

_LABELS_HINT = "a sparse loss takes them as they are"


# ---------------------------------------------------------------- compute_cost_tf

@mutant("cost_double_softmax", expect="double softmax")
def compute_cost_tf(logits, labels):
    probabilities = tf.nn.softmax(logits)
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
        labels, probabilities, from_logits=True))


@mutant("cost_sum_instead_of_mean", expect="summed over the batch")
def compute_cost_tf(logits, labels):
    return tf.reduce_sum(tf.keras.losses.sparse_categorical_crossentropy(
        labels, logits, from_logits=True))


@mutant("cost_not_reduced", expect="tf.reduce_mean")
def compute_cost_tf(logits, labels):
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)


@mutant("cost_without_from_logits", expect="without from_logits=True")
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(labels, logits))


@mutant("cost_one_hot_labels_into_sparse_loss", expect=_LABELS_HINT)
def compute_cost_tf(logits, labels):
    one_hot = tf.one_hot(labels, logits.shape[1])
    return tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
        one_hot, logits, from_logits=True))


@mutant("cost_integer_labels_into_dense_loss", expect=_LABELS_HINT)
def compute_cost_tf(logits, labels):
    return tf.reduce_mean(tf.keras.losses.categorical_crossentropy(
        labels, logits, from_logits=True))


# ---------------------------------------------------------------- one_hot_matrix

@mutant("one_hot_transposed", expect="NumPy column layout")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, axis=0)


@mutant("one_hot_numpy_columns", expect="NumPy column layout")
def one_hot_matrix(labels, depth=10):
    return np.eye(depth, dtype=np.float32)[:, labels]


@mutant("one_hot_ignores_depth", expect="ignores `depth`")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, 10)


@mutant("one_hot_integer_dtype", expect="should be float32")
def one_hot_matrix(labels, depth=10):
    return tf.one_hot(labels, depth, dtype=tf.int32)


# ---------------------------------------------------------------- initialize_parameters_tf

@mutant("tf_init_weights_in_column_convention", expect="NumPy column convention")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = float(np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"W{l}"] = tf.Variable(rng.normal((layer_dims[l], layer_dims[l - 1])) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@mutant("tf_init_bias_as_column", expect="NumPy convention")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = float(np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"W{l}"] = tf.Variable(rng.normal((layer_dims[l - 1], layer_dims[l])) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l], 1]))
    return parameters


@mutant("tf_init_tensors_not_variables", expect="not a trainable tf.Variable")
def initialize_parameters_tf(layer_dims, seed=1):
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = float(np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"W{l}"] = rng.normal((layer_dims[l - 1], layer_dims[l])) * std
        parameters[f"b{l}"] = tf.zeros([layer_dims[l]])
    return parameters


@mutant("tf_init_operation_seed_only", expect="same `seed`")
def initialize_parameters_tf(layer_dims, seed=1):
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = float(np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"W{l}"] = tf.Variable(
            tf.random.normal((layer_dims[l - 1], layer_dims[l]), seed=seed) * std)
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


@mutant("tf_init_keras_glorot", expect="Glorot")
def initialize_parameters_tf(layer_dims, seed=1):
    initializer = tf.keras.initializers.GlorotNormal(seed=seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters[f"W{l}"] = tf.Variable(initializer((layer_dims[l - 1], layer_dims[l])))
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]))
    return parameters


# ---------------------------------------------------------------- forward_propagation_tf

@mutant("forward_softmax_on_output_layer", expect="a softmax on the output layer")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.nn.softmax(tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"])


@mutant("forward_relu_on_output_layer", expect="a ReLU on the output layer")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L + 1):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return A


@mutant("forward_without_biases", expect="biases left out")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]))
    return tf.matmul(A, parameters[f"W{L}"])


@mutant("forward_numpy_operations", expect="GradientTape gets no gradient")
def forward_propagation_tf(X, parameters):
    L = len(parameters) // 2
    A = np.asarray(X)
    for l in range(1, L):
        A = np.maximum(np.dot(A, parameters[f"W{l}"]) + parameters[f"b{l}"], 0)
    return np.dot(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


# ---------------------------------------------------------------- accuracy_tf

@mutant("accuracy_argmax_default_axis", expect="the argmax over axis=1")
def accuracy_tf(logits, labels):
    predictions = tf.argmax(logits)
    return tf.reduce_mean(tf.cast(tf.equal(predictions, labels), tf.float32))


@mutant("accuracy_labels_taken_as_one_hot", expect="integer labels [batch]")
def accuracy_tf(logits, labels):
    correct = tf.equal(tf.argmax(logits, axis=1), tf.argmax(labels, axis=1))
    return tf.reduce_mean(tf.cast(correct, tf.float32))


@mutant("accuracy_integer_mean", expect="integer")
def accuracy_tf(logits, labels):
    correct = tf.equal(tf.argmax(logits, axis=1), labels)
    return tf.reduce_mean(tf.cast(correct, tf.int32))


@mutant("accuracy_counts_instead_of_fraction", expect="count of correct predictions")
def accuracy_tf(logits, labels):
    correct = tf.equal(tf.argmax(logits, axis=1), labels)
    return tf.reduce_sum(tf.cast(correct, tf.float32))


# ---------------------------------------------------------------- multilabel_predict

@mutant("multilabel_softmax_instead_of_sigmoid", expect="independent sigmoid per class")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.nn.softmax(logits) > threshold, tf.int32)


@mutant("multilabel_single_label_argmax", expect="exactly one label per row")
def multilabel_predict(logits, threshold=0.5):
    return tf.one_hot(tf.argmax(logits, axis=1), logits.shape[1], dtype=tf.int32)


@mutant("multilabel_threshold_on_logits", expect="apply tf.sigmoid first")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(logits > threshold, tf.int32)


@mutant("multilabel_ignores_threshold", expect="ignores its `threshold`")
def multilabel_predict(logits, threshold=0.5):
    return tf.cast(tf.sigmoid(logits) > 0.5, tf.int32)


@mutant("multilabel_returns_probabilities", expect="not probabilities")
def multilabel_predict(logits, threshold=0.5):
    probabilities = tf.sigmoid(logits)
    return tf.where(probabilities > threshold, probabilities, 0.0)


# ---------------------------------------------------------------- make_exponential_decay

@mutant("decay_staircase_missing", expect="decay continuously although staircase=True")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step / decay_steps)

    return schedule


@mutant("decay_always_staircase", expect="drop in steps although staircase=False")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** (step // decay_steps)

    return schedule


@mutant("decay_per_step_ignores_decay_steps", expect="decay at every step")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        return learning_rate0 * decay_rate ** step

    return schedule


@mutant("decay_staircase_rounds", expect="round the exponent")
def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    def schedule(step):
        exponent = round(step / decay_steps) if staircase else step / decay_steps
        return learning_rate0 * decay_rate ** exponent

    return schedule


# ---------------------------------------------------------------- train_step

@mutant("train_step_training_flag_missing", expect="model(X, training=True)")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@mutant("train_step_training_false", expect="model(X, training=True)")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=False)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@mutant("train_step_sum_loss", expect="summed over the batch")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_sum(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@mutant("train_step_double_softmax", expect="double softmax")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        probabilities = tf.nn.softmax(model(X, training=True))
        loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
            y, probabilities, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


@mutant("train_step_gradients_not_applied", expect="apply_gradients")
def train_step(model, optimizer, X, y):
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    tape.gradient(loss, model.trainable_variables)
    return loss


# ---------------------------------------------------------------- build_bn_mlp

@mutant("bn_mlp_bias_kept_before_bn", expect="use_bias=False")
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


@mutant("bn_mlp_softmax_on_output_layer", expect="no activation on the output layer")
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


@mutant("bn_mlp_default_momentum", expect="`momentum` argument")
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


@mutant("bn_mlp_ignores_bn_before_activation", expect="bn_before_activation=")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        model.add(tf.keras.layers.Dense(units, use_bias=False))
        model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.ReLU())
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@mutant("bn_mlp_dropout_keep_probability", expect="`dropout_rate`")
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


@mutant("bn_mlp_first_hidden_layer_only", expect="one hidden layer per entry")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    if bn_before_activation:
        model.add(tf.keras.layers.Dense(hidden_units[0], use_bias=False))
        model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.ReLU())
    else:
        model.add(tf.keras.layers.Dense(hidden_units[0]))
        model.add(tf.keras.layers.ReLU())
        model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
    model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


@mutant("bn_mlp_zero_initialized_kernels", expect="held-out")
def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    model = tf.keras.Sequential()
    for units in hidden_units:
        if bn_before_activation:
            model.add(tf.keras.layers.Dense(units, use_bias=False, kernel_initializer="zeros"))
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
            model.add(tf.keras.layers.ReLU())
        else:
            model.add(tf.keras.layers.Dense(units, kernel_initializer="zeros"))
            model.add(tf.keras.layers.ReLU())
            model.add(tf.keras.layers.BatchNormalization(momentum=momentum))
        model.add(tf.keras.layers.Dropout(dropout_rate))
    model.add(tf.keras.layers.Dense(10))
    return model


# ---------------------------------------------------------------- build_v1_bn_train_op

@mutant("v1_update_ops_not_attached", expect="UPDATE_OPS did not run")
def build_v1_bn_train_op(loss, optimizer):
    return optimizer.minimize(loss)


@mutant("v1_minimize_outside_control_block", expect="UPDATE_OPS did not run")
def build_v1_bn_train_op(loss, optimizer):
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        pass
    return optimizer.minimize(loss)


@mutant("v1_wrong_collection", expect="UPDATE_OPS did not run")
def build_v1_bn_train_op(loss, optimizer):
    dependencies = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.TRAIN_OP)
    with tf.control_dependencies(dependencies):
        return optimizer.minimize(loss)


@mutant("v1_returns_update_ops_only", expect="must still minimize the loss")
def build_v1_bn_train_op(loss, optimizer):
    return tf.group(*tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS))

"""Reference solutions of assignment 08: TensorFlow introduction and batch norm in TensorFlow.

TensorFlow's convention: examples are rows, ``X`` is [batch, features], a dense layer
computes ``X @ W + b`` with ``W`` [n_in, n_out] and ``b`` [n_out].
"""

import numpy as np
import tensorflow as tf


def one_hot_matrix(labels, depth=10):
    """One-hot encode integer labels, one row per example.

    Inputs: labels -- int array or tensor [batch]; depth -- number of classes.
    Returns: float32 tensor [batch, depth].
    Side effects: none; the inputs are left unchanged.
    """
    return tf.one_hot(labels, depth, dtype=tf.float32)


def initialize_parameters_tf(layer_dims, seed=1):
    """He-initialized weights and zero biases as trainable tf.Variables (row convention).

    Inputs: layer_dims -- [n0, n1, ..., nL]; seed -- same seed, same weights.
    Returns: dict with W{l} float32 Variable [n_{l-1}, n_l] and b{l} float32 Variable [n_l].
    Side effects: none; the inputs are left unchanged.
    """
    rng = tf.random.Generator.from_seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = float(np.sqrt(2.0 / layer_dims[l - 1]))
        parameters[f"W{l}"] = tf.Variable(rng.normal((layer_dims[l - 1], layer_dims[l])) * std,
                                          name=f"W{l}")
        parameters[f"b{l}"] = tf.Variable(tf.zeros([layer_dims[l]]), name=f"b{l}")
    return parameters


def forward_propagation_tf(X, parameters):
    """[LINEAR -> RELU] x (L-1) -> LINEAR, returning the logits (no softmax).

    Inputs: X -- float32 [batch, n0]; parameters -- W{l} [n_{l-1}, n_l], b{l} [n_l].
    Returns: logits, float32 tensor [batch, n_L].
    Side effects: none; the inputs are left unchanged.
    """
    L = len(parameters) // 2
    A = X
    for l in range(1, L):
        A = tf.nn.relu(tf.matmul(A, parameters[f"W{l}"]) + parameters[f"b{l}"])
    return tf.matmul(A, parameters[f"W{L}"]) + parameters[f"b{L}"]


def compute_cost_tf(logits, labels):
    """Softmax cross-entropy from logits and integer labels, averaged over the batch.

    Inputs: logits -- float32 [batch, classes]; labels -- int [batch].
    Returns: float32 scalar tensor.
    Side effects: none; the inputs are left unchanged.
    """
    losses = tf.keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
    return tf.reduce_mean(losses)


def accuracy_tf(logits, labels):
    """Fraction of rows whose highest logit is at the true class.

    Inputs: logits -- float32 [batch, classes]; labels -- int [batch].
    Returns: float32 scalar tensor in [0, 1].
    Side effects: none; the inputs are left unchanged.
    """
    predictions = tf.argmax(logits, axis=1)
    correct = tf.equal(predictions, tf.cast(labels, predictions.dtype))
    return tf.reduce_mean(tf.cast(correct, tf.float32))


def multilabel_predict(logits, threshold=0.5):
    """Independent yes/no decisions per class: sigmoid probability above the threshold.

    Inputs: logits -- float32 [batch, classes]; threshold -- probability cut-off.
    Returns: int32 tensor [batch, classes] of 0s and 1s.
    Side effects: none; the inputs are left unchanged.
    """
    probabilities = tf.sigmoid(logits)
    return tf.cast(probabilities > threshold, tf.int32)


def make_exponential_decay(learning_rate0, decay_steps, decay_rate, staircase):
    """A schedule step -> learning_rate0 * decay_rate ** (step / decay_steps).

    Inputs: learning_rate0 -- rate at step 0; decay_steps -- steps per factor decay_rate;
            decay_rate -- factor in (0, 1]; staircase -- floor the exponent (piecewise constant).
    Returns: schedule, a function of the int step >= 0 returning a float.
    Side effects: none; the inputs are left unchanged.
    """
    def schedule(step):
        exponent = step // decay_steps if staircase else step / decay_steps
        return learning_rate0 * decay_rate ** exponent

    return schedule


def train_step(model, optimizer, X, y):
    """One gradient step on the mean sparse cross-entropy, BN layers in training mode.

    Inputs: model -- Keras model returning logits [batch, classes]; optimizer -- Keras
            optimizer; X -- float32 [batch, features]; y -- int [batch].
    Returns: the loss before the update, float32 scalar tensor.
    Side effects: one optimizer step: the model's variables (batch norm's moving
      statistics included) and the optimizer's state are updated; X and y are left
      unchanged.
    """
    with tf.GradientTape() as tape:
        logits = model(X, training=True)
        loss = tf.reduce_mean(
            tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def build_bn_mlp(hidden_units=(1024,), bn_before_activation=True, dropout_rate=0.4, momentum=0.9):
    """A Keras MLP with batch norm and dropout in every hidden layer and 10 logits out.

    Inputs: hidden_units -- units of each hidden layer; bn_before_activation -- Dense (no
            bias) -> BN -> ReLU if True, Dense -> ReLU -> BN if False; dropout_rate -- fraction
            dropped after each hidden layer; momentum -- of the BN moving statistics.
    Returns: tf.keras.Sequential mapping [batch, features] to logits [batch, 10].
    Side effects: none (it builds a new model).
    """
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


def build_v1_bn_train_op(loss, optimizer):
    """The TF1 train op, made to run only after the graph's UPDATE_OPS (BN moving averages).

    Inputs: loss -- scalar tensor of the default tf.compat.v1 graph;
            optimizer -- a tf.compat.v1.train optimizer.
    Returns: the train op (an Operation to pass to Session.run).
    Side effects: the train op (and the optimizer's variables) are added to the loss's
      graph; nothing runs.
    """
    update_ops = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.UPDATE_OPS)
    with tf.control_dependencies(update_ops):
        train_op = optimizer.minimize(loss)
    return train_op

"""One epoch of full MNIST: the helper library's NumPy L-layer network against the same
network in TensorFlow, in the same run.

Both train 784-128-64-10 (ReLU, softmax cross-entropy) with plain mini-batch gradient
descent: He initialization, learning rate 0.1, batches of 128, one shuffled pass over the
60,000 training digits.  TensorFlow runs the step as a ``tf.function``; the first call's
tracing counts in its time.
"""

from __future__ import annotations

import time

import numpy as np
import tensorflow as tf

from dlbasics import data, nn

LAYER_DIMS = [784, 128, 64, 10]
LEARNING_RATE, BATCH_SIZE = 0.1, 128


def numpy_epoch(X, Y, X_test, Y_test):
    """One epoch of ``dlbasics.nn.train``. X (784, m), Y (10, m) columns.

    Returns: (seconds, test accuracy).
    """
    parameters = nn.initialize_parameters(LAYER_DIMS, seed=0)
    tic = time.perf_counter()
    parameters, _ = nn.train(X, Y, parameters, num_epochs=1, learning_rate=LEARNING_RATE,
                             batch_size=BATCH_SIZE, progress=False)
    return time.perf_counter() - tic, nn.accuracy(X_test, Y_test, parameters)


def tensorflow_epoch(X, y, X_test, y_test):
    """One epoch of the same network as a Keras model with SGD. X [m, 784], y [m] rows.

    Returns: (seconds, test accuracy).
    """
    tf.keras.utils.set_random_seed(0)
    model = tf.keras.Sequential(
        [tf.keras.Input((LAYER_DIMS[0],))]
        + [tf.keras.layers.Dense(n, activation="relu", kernel_initializer="he_normal")
           for n in LAYER_DIMS[1:-1]]
        + [tf.keras.layers.Dense(LAYER_DIMS[-1], kernel_initializer="he_normal")])
    optimizer = tf.keras.optimizers.SGD(LEARNING_RATE)

    @tf.function
    def step(X_batch, y_batch):
        with tf.GradientTape() as tape:
            logits = model(X_batch, training=True)
            loss = tf.reduce_mean(tf.keras.losses.sparse_categorical_crossentropy(
                y_batch, logits, from_logits=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))

    order = np.random.default_rng(0).permutation(len(y))
    tic = time.perf_counter()
    for first in range(0, len(y), BATCH_SIZE):
        rows = order[first:first + BATCH_SIZE]
        step(X[rows], y[rows])
    seconds = time.perf_counter() - tic
    predictions = np.argmax(model(X_test, training=False), axis=1)
    return seconds, float(np.mean(predictions == y_test))


def run() -> list:
    """Rows (what, figure) for ``make bench``."""
    X_cols, Y_cols = data.load_mnist("train")
    X_test_cols, Y_test_cols = data.load_mnist("test")
    numpy_seconds, numpy_accuracy = numpy_epoch(X_cols, Y_cols, X_test_cols, Y_test_cols)
    X_rows, y_rows = data.load_mnist("train", layout="rows", one_hot=False)
    X_test_rows, y_test_rows = data.load_mnist("test", layout="rows", one_hot=False)
    tf_seconds, tf_accuracy = tensorflow_epoch(X_rows, y_rows, X_test_rows, y_test_rows)
    network = "-".join(map(str, LAYER_DIMS))
    return [(f"NumPy (dlbasics.nn) {network}, one epoch of MNIST",
             f"{numpy_seconds:.1f} s, test accuracy {numpy_accuracy:.4f}"),
            (f"TensorFlow (tf.function, tracing included) {network}, one epoch of MNIST",
             f"{tf_seconds:.1f} s, test accuracy {tf_accuracy:.4f}"),
            ("NumPy time / TensorFlow time", f"{numpy_seconds / tf_seconds:.2f}")]

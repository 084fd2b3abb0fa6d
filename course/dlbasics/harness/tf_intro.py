"""Adapters of assignment 08 (TensorFlow): build the TensorFlow objects a graded function
needs from plain data, call the function, and return plain data.

The student's kernel runs them with the student's functions and the grader with the
reference, on the same inputs.  Everything is seeded or given explicitly, so both sides
build the same models and graphs.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf


def parameters_and_kinds(function, layer_dims, seed):
    """Call ``initialize_parameters_tf`` and report which entries are trainable Variables.

    Returns: {"parameters": {key: array}, "is_variable": {key: bool}}.
    """
    parameters = function(layer_dims=layer_dims, seed=seed)
    kinds = {key: isinstance(value, tf.Variable) and value.trainable
             for key, value in parameters.items()}
    return {"parameters": parameters, "is_variable": kinds}


def forward_with_variables(function, X, parameters):
    """Call ``forward_propagation_tf`` with tf.Variables, as in training, under a GradientTape.

    Inputs: X [batch, n0]; parameters -- {key: array}, turned into tf.Variables.
    Returns: {"logits": array, "gradient_reaches": {key: bool}}: whether the gradient of the
      logits' sum reaches each parameter (it does not if the function leaves TensorFlow).
    """
    variables = {key: tf.Variable(value) for key, value in parameters.items()}
    with tf.GradientTape() as tape:
        logits = function(X, variables)
        total = tf.reduce_sum(logits)
    grads = tape.gradient(total, variables)
    return {"logits": logits,
            "gradient_reaches": {key: grad is not None for key, grad in grads.items()}}


def schedule_values(function, learning_rate0, decay_steps, decay_rate, staircase, steps):
    """Make the schedule and evaluate it at each step (Python ints). Returns a list of floats."""
    schedule = function(learning_rate0, decay_steps, decay_rate, staircase)
    return [float(schedule(int(step))) for step in steps]


def small_bn_model(kernel1, gamma, beta, kernel2, bias2, momentum):
    """Dense (no bias) -> BatchNormalization -> ReLU -> Dense, with the given weights.

    Inputs: kernel1 [n0, h]; gamma, beta [h]; kernel2 [h, classes]; bias2 [classes];
            momentum of the BN layer.  The moving statistics start at 0 and 1.
    Returns: (model, {"dense1", "bn", "dense2"}: its layers with weights).
    """
    n0, hidden = np.shape(kernel1)
    dense1 = tf.keras.layers.Dense(hidden, use_bias=False)
    bn = tf.keras.layers.BatchNormalization(momentum=momentum)
    dense2 = tf.keras.layers.Dense(np.shape(kernel2)[1])
    model = tf.keras.Sequential([tf.keras.Input((n0,)), dense1, bn, tf.keras.layers.ReLU(),
                                 dense2])
    dense1.set_weights([kernel1])
    bn.set_weights([gamma, beta, np.zeros(hidden, np.float32), np.ones(hidden, np.float32)])
    dense2.set_weights([kernel2, bias2])
    return model, {"dense1": dense1, "bn": bn, "dense2": dense2}


def train_steps(function, kernel1, gamma, beta, kernel2, bias2, momentum, learning_rate,
                X, y, compiled=False):
    """Call ``train_step`` once per batch on a small BN model with plain SGD.

    Inputs: the weights of :func:`small_bn_model`; learning_rate of SGD;
            X [steps, batch, n0] float32; y [steps, batch] int; compiled -- run the
            function under tf.function, as a training loop does for speed.
    Returns: {"losses": what each call returned, "weights": {name: array after the steps},
      "moving_mean", "moving_variance": the BN layer's statistics after the steps}.
    """
    model, layers = small_bn_model(kernel1, gamma, beta, kernel2, bias2, momentum)
    optimizer = tf.keras.optimizers.SGD(learning_rate)
    if compiled:  # as a training loop does: the model and optimizer are fixed, traced once
        step = tf.function(lambda X_batch, y_batch: function(model, optimizer, X_batch, y_batch))
    else:
        step = lambda X_batch, y_batch: function(model, optimizer, X_batch, y_batch)  # noqa: E731
    losses = [step(X_batch, y_batch) for X_batch, y_batch in zip(X, y)]
    bn = layers["bn"]
    return {"losses": losses,
            "weights": {"kernel1": layers["dense1"].kernel, "gamma": bn.gamma, "beta": bn.beta,
                        "kernel2": layers["dense2"].kernel, "bias2": layers["dense2"].bias},
            "moving_mean": bn.moving_mean, "moving_variance": bn.moving_variance}


#: the layer settings that change what a trained model computes (those a layer has)
_LAYER_SETTINGS = ("units", "use_bias", "axis", "momentum", "epsilon", "center", "scale", "rate",
                   "max_value", "negative_slope", "threshold")


def _plain_setting(value):
    """A config value as a Python scalar (NumPy scalars become int/float/bool)."""
    return value.item() if isinstance(value, np.generic) else value


def describe_layer(layer) -> dict:
    """The settings of a Keras layer that the checks look at, as plain data.

    Returns: {"type": class name, "activation": the activation's name (layers that have one),
      and each entry of ``_LAYER_SETTINGS`` that the layer's config has}.
    """
    config = layer.get_config()
    description = {"type": type(layer).__name__}
    activation = getattr(layer, "activation", None)
    if activation is not None:
        description["activation"] = getattr(activation, "__name__", None)
    description.update({key: _plain_setting(config[key])
                        for key in _LAYER_SETTINGS if key in config})
    return description


def model_as_data(model) -> dict:
    """A built Keras model as plain data, for the grader to rebuild.

    Returns: {"layers": [describe_layer(layer) for each layer],
              "weights": [layer.get_weights() for each layer]: lists of arrays, in the order
              Keras keeps them (Dense: kernel [in, units], bias [units]; BatchNormalization:
              gamma, beta, moving_mean, moving_variance [units])}.
    """
    return {"layers": [describe_layer(layer) for layer in model.layers],
            "weights": [layer.get_weights() for layer in model.layers]}


def describe_model(function, hidden_units, bn_before_activation, dropout_rate, momentum,
                   n_features):
    """Build the model with ``build_bn_mlp``, call it once on zeros, and describe it.

    Returns: :func:`model_as_data` of the model, plus "output_shape": [3, out], the shape of
      its output for 3 examples (the grader recomputes it from the description).
    """
    model = function(hidden_units=hidden_units, bn_before_activation=bn_before_activation,
                     dropout_rate=dropout_rate, momentum=momentum)
    logits = model(np.zeros((3, n_features), np.float32), training=False)
    return {**model_as_data(model), "output_shape": list(np.shape(logits))}


def train_and_describe(function, X_train, y_train, hidden_units, bn_before_activation,
                       dropout_rate, momentum, steps, batch_size, seed):
    """Train a model from ``build_bn_mlp`` with Adam for a few steps and return it as data.

    The training loop is the harness's own (not the student's ``train_step``), so only the
    model decides the outcome.  Seeds TensorFlow and Keras (``set_random_seed``).
    Inputs: X_train [m, n] float32; y_train [m] int; the arguments of ``build_bn_mlp``;
            steps of Adam on random batches of batch_size rows.
    Returns: :func:`model_as_data` of the trained model.  The grader rebuilds it and measures
      it on digits that never reach the kernel.
    """
    tf.keras.utils.set_random_seed(seed)
    model = function(hidden_units=hidden_units, bn_before_activation=bn_before_activation,
                     dropout_rate=dropout_rate, momentum=momentum)
    optimizer = tf.keras.optimizers.Adam(1e-3)

    @tf.function
    def step(X, y):
        with tf.GradientTape() as tape:
            logits = model(X, training=True)
            loss = tf.reduce_mean(
                tf.keras.losses.sparse_categorical_crossentropy(y, logits, from_logits=True))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(grads, model.trainable_variables))

    rng = np.random.default_rng(seed)
    for _ in range(steps):
        rows = rng.choice(len(X_train), size=batch_size, replace=False)
        step(X_train[rows], y_train[rows])
    return model_as_data(model)


def v1_batch_norm_training(z, gamma, beta, momentum):
    """Batch norm of a TF1 graph in training mode; its moving-average assigns go to UPDATE_OPS.

    Inputs: z -- [batch, n] tensor of the default graph; gamma, beta -- initial arrays [n].
    Returns: (normalized [batch, n], {"gamma", "beta", "moving_mean", "moving_variance"}:
      the layer's variables; the moving statistics start at 0 and 1 and are not trainable).
    """
    n = z.shape[-1]
    variables = {
        "gamma": tf.compat.v1.get_variable("gamma", initializer=gamma),
        "beta": tf.compat.v1.get_variable("beta", initializer=beta),
        "moving_mean": tf.compat.v1.get_variable(
            "moving_mean", initializer=np.zeros(n, np.float32), trainable=False),
        "moving_variance": tf.compat.v1.get_variable(
            "moving_variance", initializer=np.ones(n, np.float32), trainable=False),
    }
    mean, variance = tf.nn.moments(z, axes=[0])
    for name, batch_value in (("moving_mean", mean), ("moving_variance", variance)):
        moving = variables[name]
        update = moving.assign(momentum * moving + (1 - momentum) * batch_value)
        tf.compat.v1.add_to_collection(tf.compat.v1.GraphKeys.UPDATE_OPS, update)
    normalized = tf.nn.batch_normalization(z, mean, variance, variables["beta"],
                                           variables["gamma"], 1e-3)
    return normalized, variables


def v1_train(function, kernel1, gamma, beta, kernel2, bias2, momentum, learning_rate, X, y):
    """Build a TF1 graph (Dense -> BN -> ReLU -> Dense), make its train op with
    ``build_v1_bn_train_op`` and run it once per batch in a Session (gradient descent).

    Inputs: as :func:`train_steps`.
    Returns: {"weights": {name: array}, "moving_mean", "moving_variance"} after the steps.
    """
    graph = tf.Graph()
    with graph.as_default():
        X_in = tf.compat.v1.placeholder(tf.float32, [None, np.shape(kernel1)[0]])
        y_in = tf.compat.v1.placeholder(tf.int64, [None])
        W1 = tf.compat.v1.get_variable("kernel1", initializer=kernel1)
        W2 = tf.compat.v1.get_variable("kernel2", initializer=kernel2)
        b2 = tf.compat.v1.get_variable("bias2", initializer=bias2)
        normalized, bn = v1_batch_norm_training(tf.matmul(X_in, W1), gamma, beta, momentum)
        logits = tf.matmul(tf.nn.relu(normalized), W2) + b2
        loss = tf.reduce_mean(
            tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y_in, logits=logits))
        optimizer = tf.compat.v1.train.GradientDescentOptimizer(learning_rate)
        train_op = function(loss, optimizer)
        init = tf.compat.v1.global_variables_initializer()
    with tf.compat.v1.Session(graph=graph) as session:
        session.run(init)
        for X_batch, y_batch in zip(X, y):
            session.run(train_op, {X_in: X_batch, y_in: y_batch})
        return session.run({"weights": {"kernel1": W1, "gamma": bn["gamma"], "beta": bn["beta"],
                                        "kernel2": W2, "bias2": b2},
                            "moving_mean": bn["moving_mean"],
                            "moving_variance": bn["moving_variance"]})

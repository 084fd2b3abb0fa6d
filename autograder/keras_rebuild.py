"""Rebuild, in the grader, a Keras model that a kernel sent as plain data.

The kernel describes a model with ``dlbasics.harness.tf_intro.model_as_data``: per layer, its
class name and a few settings (numbers, strings, booleans), and its weights as arrays.  This
module turns such a description back into a ``tf.keras.Sequential`` so that the grader can
evaluate the model itself.  It never deserializes anything: a layer is made only from an
allow-listed class and allow-listed settings, each validated as a plain value in range, and
activations only from allow-listed names.  Anything else -- a Lambda or custom layer, an
unknown activation, a setting that is not a plain value, weights of the wrong number, shape
or dtype, non-finite weights -- raises :class:`~autograder.checks.Mistake` with a message for
the student.
"""

from __future__ import annotations

import math

import numpy as np
import tensorflow as tf

from autograder.checks import Mistake

MAX_LAYERS, MAX_UNITS, MAX_PARAMETERS = 64, 4096, 5_000_000

#: activation names a Dense or Activation layer may use
ACTIVATIONS = ("linear", "relu", "relu6", "leaky_relu", "elu", "selu", "gelu", "silu", "sigmoid",
               "tanh", "softplus", "softmax")


def _is_number(value) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value))


def _is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


#: setting -> whether a value is acceptable (a plain value in a range that builds)
_VALID = {
    "units": lambda v: _is_int(v) and 1 <= v <= MAX_UNITS,
    "activation": lambda v: isinstance(v, str) and v in ACTIVATIONS,
    "use_bias": lambda v: isinstance(v, bool),
    "center": lambda v: isinstance(v, bool),
    "scale": lambda v: isinstance(v, bool),
    "axis": lambda v: _is_int(v) and v in (-1, 1),
    "momentum": lambda v: _is_number(v) and 0 <= v <= 1,
    "epsilon": lambda v: _is_number(v) and v > 0,
    "rate": lambda v: _is_number(v) and 0 <= v < 1,
    "max_value": lambda v: v is None or (_is_number(v) and v > 0),
    "negative_slope": lambda v: _is_number(v) and v >= 0,
    "threshold": lambda v: _is_number(v),
}

#: layer class -> the settings it is rebuilt from (all required)
LAYERS = {
    "Dense": ("units", "activation", "use_bias"),
    "BatchNormalization": ("axis", "momentum", "epsilon", "center", "scale"),
    "Dropout": ("rate",),
    "ReLU": ("max_value", "negative_slope", "threshold"),
    "Activation": ("activation",),
    "Softmax": ("axis",),
    "Flatten": (),
    "Identity": (),
}
SKIPPED = {"InputLayer"}  # the grader gives the model its own input


def _layer(index: int, description) -> tf.keras.layers.Layer:
    """A fresh (unbuilt) Keras layer from one validated layer description."""
    kind = description.get("type") if isinstance(description, dict) else None
    if kind not in LAYERS:
        raise Mistake(f"Layer {index} of the model is a `{str(kind)[:40]}`, which the grader "
                      f"cannot rebuild. Build the model from the Keras layers "
                      f"{', '.join(LAYERS)} (activations by name: {', '.join(ACTIVATIONS)}).")
    settings = {}
    for key in LAYERS[kind]:
        value = description.get(key)
        if not _VALID[key](value):
            raise Mistake(f"Layer {index} of the model ({kind}) has {key}={repr(value)[:40]}, "
                          f"which the grader cannot rebuild.")
        settings[key] = value
    return getattr(tf.keras.layers, kind)(**settings)


def _dense_parameters(layers: list, n_features: int) -> int:
    """Number of kernel entries the Dense layers will hold, counted before building them."""
    count, width = 0, n_features
    for layer in layers:
        if isinstance(layer, tf.keras.layers.Dense):
            count, width = count + width * layer.units, layer.units
    return count


def _weights(index: int, kind: str, got, want: list) -> list:
    """The described weights of one layer as float32, checked against the rebuilt layer's."""
    shapes = [w.shape for w in want]
    if (not isinstance(got, list) or len(got) != len(want)
            or not all(isinstance(w, np.ndarray) and w.dtype.kind == "f" for w in got)
            or [w.shape for w in got] != shapes):
        raise Mistake(f"The weights of layer {index} ({kind}) do not match its settings: "
                      f"expected float arrays of shapes {shapes}.")
    if not all(np.all(np.isfinite(w)) for w in got):
        raise Mistake(f"The weights of layer {index} ({kind}) contain NaN or infinity: the "
                      f"training diverged.")
    return [w.astype(np.float32) for w in got]


def rebuild(description, n_features: int) -> tf.keras.Sequential:
    """The model a description stands for, with its weights, in the grader.

    Inputs: description -- {"layers": [layer description], "weights": [[array] per layer]}
              as written by ``model_as_data``; n_features -- width of the input rows.
    Returns: a Sequential mapping [batch, n_features] to the model's output; run it with
      training=False to evaluate it.
    Raises: Mistake if the description holds anything outside the allow-list.  Messages
      number the layers from 1 (layer 1 is ``model.layers[0]``).
    """
    if not (isinstance(description, dict) and isinstance(description.get("layers"), list)
            and isinstance(description.get("weights"), list)
            and len(description["layers"]) == len(description["weights"])):
        raise Mistake("The model description is not one the grading code writes.")
    kept = [(i, layer, weights) for i, (layer, weights)
            in enumerate(zip(description["layers"], description["weights"]), start=1)
            if not (isinstance(layer, dict) and layer.get("type") in SKIPPED)]
    if not 0 < len(kept) <= MAX_LAYERS:
        raise Mistake(f"The model has {len(kept)} layers; the grader rebuilds models of 1 to "
                      f"{MAX_LAYERS} layers.")
    layers = [_layer(i, layer) for i, layer, _ in kept]
    if _dense_parameters(layers, n_features) > MAX_PARAMETERS:
        raise Mistake(f"The model has more than {MAX_PARAMETERS:,} weights: too large to grade.")
    model = tf.keras.Sequential([tf.keras.Input((n_features,)), *layers])
    for layer, (i, settings, weights) in zip(layers, kept):
        layer.set_weights(_weights(i, settings["type"], weights, layer.get_weights()))
    return model

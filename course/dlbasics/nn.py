"""Building blocks of an L-layer fully connected network in NumPy.

Conventions (used by every NumPy assignment):
  * examples are columns: ``X`` is (n_x, m), one-hot ``Y`` is (10, m);
  * ``parameters = {"W1": (n1, n0), "b1": (n1, 1), ..., "WL", "bL"}``;
  * ``grads = {"dW1": ..., "db1": ..., ...}`` with the same shapes;
  * hidden layers use ReLU, the output layer softmax, the cost is cross-entropy averaged over
    the m examples;
  * ``caches`` is a list with one dict per layer l = 1..L, ``caches[l-1]`` holding
    ``"A_prev"`` (the layer's input), ``"W"``, ``"b"`` and ``"Z"`` (its linear output).
"""

from __future__ import annotations

import sys
import time

import numpy as np


def num_layers(parameters: dict) -> int:
    """Number of layers L with weights (the input layer is not counted)."""
    return sum(1 for key in parameters if key.startswith("W"))


def initialize_parameters(layer_dims, method: str = "he", seed: int = 0,
                          dtype=np.float32) -> dict:
    """Random weights scaled for ReLU (He) or tanh (Xavier), zero biases.

    Inputs: layer_dims -- [n0, n1, ..., nL]; method -- "he" or "xavier"; seed -- for the draw.
    Returns: parameters dict, W{l} (n_l, n_{l-1}) and b{l} (n_l, 1).
    """
    gain = {"he": 2.0, "xavier": 1.0}[method]
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        std = np.sqrt(gain / layer_dims[l - 1])
        parameters[f"W{l}"] = (rng.standard_normal((layer_dims[l], layer_dims[l - 1])) * std
                               ).astype(dtype)
        parameters[f"b{l}"] = np.zeros((layer_dims[l], 1), dtype=dtype)
    return parameters


def relu(Z: np.ndarray) -> np.ndarray:
    """Elementwise max(0, Z); same shape as Z."""
    return np.maximum(Z, 0)


def relu_backward(dA: np.ndarray, Z: np.ndarray) -> np.ndarray:
    """Gradient through ReLU: dZ = dA where Z > 0, else 0. Shapes (n, m)."""
    return dA * (Z > 0)


def softmax(Z: np.ndarray) -> np.ndarray:
    """Column-wise softmax, numerically stable. Z (classes, m) -> probabilities (classes, m)."""
    shifted = Z - Z.max(axis=0, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=0, keepdims=True)


def linear_forward(A_prev: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Z = W A_prev + b. A_prev (n_prev, m), W (n, n_prev), b (n, 1) -> Z (n, m)."""
    return W @ A_prev + b


def linear_backward(dZ: np.ndarray, cache: dict):
    """Gradients of a linear layer from dZ (n, m) and its cache.

    Returns: (dA_prev (n_prev, m), dW (n, n_prev), db (n, 1)); dW and db already include the
    1/m of the averaged cost because dZ does.
    """
    dW = dZ @ cache["A_prev"].T
    db = dZ.sum(axis=1, keepdims=True)
    dA_prev = cache["W"].T @ dZ
    return dA_prev, dW, db


def model_forward(X: np.ndarray, parameters: dict):
    """Forward pass: [LINEAR -> RELU] x (L-1) -> LINEAR -> SOFTMAX.

    Inputs: X (n_x, m); parameters as in the module docstring.
    Returns: (AL (classes, m) probabilities, caches list of L dicts).
    """
    L = num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        A = relu(Z) if l < L else softmax(Z)
    return A, caches


def compute_cost(AL: np.ndarray, Y: np.ndarray) -> float:
    """Cross-entropy averaged over the batch. AL, Y (classes, m) -> float."""
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(np.clip(AL, 1e-12, None))) / m)


def model_backward(AL: np.ndarray, Y: np.ndarray, caches: list) -> dict:
    """Backward pass of :func:`model_forward` with the averaged cross-entropy cost.

    Inputs: AL, Y (classes, m); caches from model_forward.
    Returns: grads {"dW1", "db1", ...} with the parameters' shapes.
    """
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (AL - Y) / m  # softmax and cross-entropy together
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


def update_parameters(parameters: dict, grads: dict, learning_rate: float) -> dict:
    """One gradient-descent step; returns a new dict (the input is left unchanged)."""
    return {key: value - learning_rate * grads[f"d{key}"] for key, value in parameters.items()}


def predict(X: np.ndarray, parameters: dict, forward=model_forward) -> np.ndarray:
    """Predicted class ids (m,) for X (n_x, m)."""
    AL, _ = forward(X, parameters)
    return np.argmax(AL, axis=0)


def accuracy(X: np.ndarray, Y: np.ndarray, parameters: dict, forward=model_forward) -> float:
    """Fraction of columns of X whose predicted class matches one-hot Y (classes, m)."""
    return float(np.mean(predict(X, parameters, forward) == np.argmax(Y, axis=0)))


def train(X: np.ndarray, Y: np.ndarray, parameters: dict, num_epochs: int,
          learning_rate: float, batch_size: int | None = None, seed: int = 0,
          forward=model_forward, backward=model_backward, cost=compute_cost,
          update=update_parameters, progress: bool = True, desc: str = "training"):
    """Train with (mini-batch) gradient descent and record the cost.

    Inputs:
      X (n_x, m), Y (classes, m); parameters -- the starting point (not modified);
      num_epochs -- passes over the data; learning_rate -- step size;
      batch_size -- examples per step (None = the whole set, i.e. batch gradient descent);
      seed -- for the order of examples in each epoch;
      forward(X, parameters) -> (AL, caches); backward(AL, Y, caches) -> grads;
      cost(AL, Y) -> float; update(parameters, grads, learning_rate) -> parameters.
    Returns: (parameters, history) where history has "cost" (one value per step),
      "epoch_cost" (mean cost of each epoch) and "seconds" (wall-clock time at each step).
    """
    # A text bar that rewrites its line: a widget bar (tqdm.auto) would leave its first frame,
    # "0%| | 0/8", in the saved notebook.  Under the autograder there is no one to watch it.
    from tqdm import tqdm

    from dlbasics.grading import grading_mode

    rng = np.random.default_rng(seed)
    m = X.shape[1]
    batch_size = batch_size or m
    history = {"cost": [], "epoch_cost": [], "seconds": []}
    start = time.perf_counter()
    bar = tqdm(range(num_epochs), desc=desc, disable=not progress or grading_mode(),
               leave=False, file=sys.stdout)
    for _ in bar:
        order = rng.permutation(m) if batch_size < m else np.arange(m)
        epoch_costs = []
        for first in range(0, m, batch_size):
            cols = order[first:first + batch_size]
            X_batch, Y_batch = X[:, cols], Y[:, cols]
            AL, caches = forward(X_batch, parameters)
            epoch_costs.append(cost(AL, Y_batch))
            parameters = update(parameters, backward(AL, Y_batch, caches), learning_rate)
            history["seconds"].append(time.perf_counter() - start)
        history["cost"].extend(epoch_costs)
        history["epoch_cost"].append(float(np.mean(epoch_costs)))
        bar.set_postfix(cost=f"{history['epoch_cost'][-1]:.4f}")
    return parameters, history

"""Reference solutions of assignment 07: batch normalization (NumPy, examples are columns)."""

import numpy as np

from dlbasics import nn


def batchnorm_forward(Z, gamma, beta, bn_param):
    """Batch-normalize Z per unit; in train mode update the running statistics in bn_param.

    Inputs: Z (n, m); gamma, beta (n, 1); bn_param dict with "mode", "eps", "momentum",
      "running_mean" (n, 1), "running_var" (n, 1).
    Returns: (out (n, m), cache dict with "Z", "Z_norm", "mu", "var", "gamma", "eps").
    Side effects: in train mode, bn_param's "running_mean" and "running_var" are
      replaced by their updated values; test mode changes nothing. The other inputs are
      left unchanged.
    """
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    elif bn_param["mode"] == "test":
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    else:
        raise ValueError(f"bn_param['mode'] must be 'train' or 'test', got {bn_param['mode']!r}")
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


def batchnorm_backward(dout, cache):
    """Backward pass of train-mode batch norm, one step of the computation graph at a time.

    Inputs: dout (n, m); cache from batchnorm_forward in train mode.
    Returns: (dZ (n, m), dgamma (n, 1), dbeta (n, 1)).
    Side effects: none; the inputs are left unchanged.
    """
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    Z_centered = Z - mu
    inv_std = 1 / np.sqrt(var + eps)
    Z_norm = Z_centered * inv_std

    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = (-dZ_norm * inv_std).sum(axis=1, keepdims=True) \
        + dvar * (-2 * Z_centered).mean(axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m + dmu / m
    return dZ, dgamma, dbeta


def batchnorm_backward_alt(dout, cache):
    """Backward pass of train-mode batch norm in the simplified closed form.

    Inputs: dout (n, m); cache from batchnorm_forward in train mode.
    Returns: (dZ (n, m), dgamma (n, 1), dbeta (n, 1)).
    Side effects: none; the inputs are left unchanged.
    """
    Z_norm, gamma = cache["Z_norm"], cache["gamma"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (gamma * inv_std / m) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    """Forward pass [LINEAR -> BATCHNORM -> RELU] x (L-1) -> LINEAR -> SOFTMAX.

    Inputs: X (n_x, m); parameters with W1, gamma1, beta1, ..., W{L-1}, gamma{L-1},
      beta{L-1}, WL, bL; bn_params list of L-1 bn_param dicts; mode "train" or "test".
    Returns: (AL (classes, m), caches list of L dicts).
    Side effects: every dict of bn_params gets "mode" = mode and, in train mode, its
      updated running statistics; the other inputs are left unchanged.
    """
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        Z_tilde, bn_cache = batchnorm_forward(Z, parameters[f"gamma{l}"],
                                              parameters[f"beta{l}"], bn_param)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches

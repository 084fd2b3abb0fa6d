"""Mutants of assignment 07: batch normalization.

The first mutant (the demo's "buggy" student) is one of batchnorm_backward, which no other
graded function calls: a wrong batchnorm_forward would also cost the points of
model_forward_with_batchnorm, which builds on it.
"""
# Each function below deliberately repeats a common mistake; names are the graded ones.
# ruff: noqa: F811

import importlib

import numpy as np

from autograder.mutants import mutant
from dlbasics import nn


# ----------------------------------------------------------------------------- backward

@mutant("backward_missing_mean_term", expect="path through the batch mean")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    Z_centered = Z - mu
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_centered * inv_std).sum(axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m
    return dZ, dgamma, dbeta


@mutant("backward_missing_variance_term", expect="path through the batch variance")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * (Z - mu) * inv_std).sum(axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dmu = (-dZ_norm * inv_std).sum(axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dmu / m
    return dZ, dgamma, dbeta


@mutant("backward_stats_treated_as_constants", expect="as constants")
def batchnorm_backward(dout, cache):
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * cache["Z_norm"]).sum(axis=1, keepdims=True)
    dZ = dout * cache["gamma"] * inv_std
    return dZ, dgamma, dbeta


@mutant("backward_dgamma_dbeta_wrong_axis", expect="summed over the wrong axis")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    Z_centered = Z - mu
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.sum(axis=0, keepdims=True)
    dgamma = (dout * Z_centered * inv_std).sum(axis=0, keepdims=True)
    dZ_norm = dout * gamma
    dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = (-dZ_norm * inv_std).sum(axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m + dmu / m
    return dZ, dgamma, dbeta


@mutant("backward_dgamma_uses_Z", expect="`dgamma` multiplies dout by Z")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    Z_centered = Z - mu
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z).sum(axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = (-dZ_norm * inv_std).sum(axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m + dmu / m
    return dZ, dgamma, dbeta


@mutant("backward_parameter_gradients_averaged", expect="averaged over the batch")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    Z_centered = Z - mu
    inv_std = 1 / np.sqrt(var + eps)
    dbeta = dout.mean(axis=1, keepdims=True)
    dgamma = (dout * Z_centered * inv_std).mean(axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = (-dZ_norm * inv_std).sum(axis=1, keepdims=True)
    dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m + dmu / m
    return dZ, dgamma, dbeta


@mutant("backward_eps_outside_sqrt", expect="inside the square root")
def batchnorm_backward(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    inv_std = 1 / (np.sqrt(var) + eps)
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    dZ = gamma * inv_std / m * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------- forward

@mutant("bn_uses_batch_stats_at_test_time", expect="batch statistics of `Z`")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = Z.mean(axis=1, keepdims=True)
    var = Z.var(axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_updates_running_stats_in_test_mode", expect="changed during a test-mode call")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = Z.mean(axis=1, keepdims=True)
    var = Z.var(axis=1, keepdims=True)
    bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
    bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    if bn_param["mode"] == "test":
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_momentum_weights_swapped", expect="momentum weights are swapped")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"] = (1 - momentum) * bn_param["running_mean"] + momentum * mu
        bn_param["running_var"] = (1 - momentum) * bn_param["running_var"] + momentum * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_unbiased_variance", expect="(m - 1)")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, ddof=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_eps_outside_sqrt", expect="inside the square root")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / (np.sqrt(var) + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_stats_over_wrong_axis", expect="wrong axis")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=0, keepdims=True)
        var = Z.var(axis=0, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_running_stats_not_stored", expect="did not change in train mode")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    running_mean, running_var = bn_param["running_mean"], bn_param["running_var"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_running_stats_replaced_by_batch_stats", expect="replaced by the batch statistics")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"], bn_param["running_var"] = mu, var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_running_var_unbiased", expect="running_var was updated with the unbiased")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        unbiased = Z.var(axis=1, ddof=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * unbiased
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return gamma * Z_norm + beta, cache


@mutant("bn_hard_coded_eps", expect="ignores bn_param['eps']")
def batchnorm_forward(Z, gamma, beta, bn_param):
    momentum = bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + 1e-5)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": 1e-5}
    return gamma * Z_norm + beta, cache


@mutant("bn_gamma_beta_swapped", expect="`gamma` and `beta` are swapped")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = Z.mean(axis=1, keepdims=True)
        var = Z.var(axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return beta * Z_norm + gamma, cache


# The model mutants below call `batchnorm_forward` as the notebook does; here it must be the
# correct one, so that each of them is judged on its own mistake only.
batchnorm_forward = importlib.import_module("solutions.07_batchnorm").batchnorm_forward


# ----------------------------------------------------------------------------- backward_alt

@mutant("alt_missing_gamma", expect="missing the factor gamma")
def batchnorm_backward_alt(dout, cache):
    Z_norm = cache["Z_norm"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (inv_std / m) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@mutant("alt_missing_mean_term", expect="path through the batch mean")
def batchnorm_backward_alt(dout, cache):
    Z_norm, gamma = cache["Z_norm"], cache["gamma"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (gamma * inv_std / m) * (m * dout - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@mutant("alt_forgets_m_times_dout", expect="the first term inside the brackets is m * dout")
def batchnorm_backward_alt(dout, cache):
    Z_norm, gamma = cache["Z_norm"], cache["gamma"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (gamma * inv_std / m) * (dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@mutant("alt_divides_by_m_minus_1", expect="factor m / (m - 1)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, gamma = cache["Z_norm"], cache["gamma"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (gamma * inv_std / (m - 1)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@mutant("alt_sums_without_keepdims", expect="(keepdims=True)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, gamma = cache["Z_norm"], cache["gamma"]
    inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1)
    dgamma = (dout * Z_norm).sum(axis=1)
    m = dout.shape[1]
    dZ = (gamma * inv_std / m) * (m * dout - dbeta[:, None] - Z_norm * dgamma[:, None])
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------- model

@mutant("model_bn_after_relu", expect="after the ReLU")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        A, bn_cache = batchnorm_forward(nn.relu(Z), parameters[f"gamma{l}"],
                                        parameters[f"beta{l}"], bn_param)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache})
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@mutant("model_passes_copies_of_bn_param", expect="not copies")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_param = dict(bn_params[l - 1], mode=mode)
        Z_tilde, bn_cache = batchnorm_forward(Z, parameters[f"gamma{l}"],
                                              parameters[f"beta{l}"], bn_param)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@mutant("model_ignores_mode", expect="to the `mode` argument")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        Z_tilde, bn_cache = batchnorm_forward(Z, parameters[f"gamma{l}"],
                                              parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@mutant("model_relu_on_output_layer", expect="LINEAR -> SOFTMAX")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
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
    return nn.relu(Z), caches

"""Independent implementations of assignment 07, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# batchnorm_forward
# ---------------------------------------------------------------------------------------


@wrong("bn_eps_outside_sqrt", "I added eps after taking the square root of the variance")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / (np.sqrt(var) + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_unbiased_variance", "I used np.var(..., ddof=1) because the unbiased variance is what statistics taught me")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True, ddof=1)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_statistics_over_whole_matrix", "I took np.mean(Z) and np.var(Z) over the whole matrix instead of per unit")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    n = Z.shape[0]
    if bn_param["mode"] == "train":
        mu = np.full((n, 1), np.mean(Z))
        var = np.full((n, 1), np.var(Z))
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_momentum_weights_swapped", "I gave the weight momentum to the new batch statistic and 1 - momentum to the old value, like PyTorch")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = (1 - momentum) * bn_param["running_mean"] + momentum * mu
        bn_param["running_var"] = (1 - momentum) * bn_param["running_var"] + momentum * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_running_updated_in_test_mode", "I updated the running averages before the if, so test-mode calls change them too")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    batch_mu = np.mean(Z, axis=1, keepdims=True)
    batch_var = np.var(Z, axis=1, keepdims=True)
    old_mean, old_var = bn_param["running_mean"], bn_param["running_var"]
    bn_param["running_mean"] = momentum * old_mean + (1 - momentum) * batch_mu
    bn_param["running_var"] = momentum * old_var + (1 - momentum) * batch_var
    if bn_param["mode"] == "train":
        mu, var = batch_mu, batch_var
    else:
        mu, var = old_mean, old_var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_test_mode_uses_batch_stats", "in test mode I still normalized with the batch's mean and variance and only skipped the update")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_running_var_tracks_std", "I kept a running average of the standard deviation in running_var")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = (momentum * bn_param["running_var"]
                                   + (1 - momentum) * np.sqrt(var))
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_running_stats_on_a_copy", "I copied bn_param at the start so I would not modify the input, and the running statistics never reached the caller")
def batchnorm_forward(Z, gamma, beta, bn_param):
    bn_param = dict(bn_param)
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_hardcoded_eps", "I wrote 1e-5 for eps as in the example instead of reading bn_param['eps']")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = 1e-5, bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_hardcoded_momentum", "I used momentum 0.9, the value the notebook recommends, instead of bn_param['momentum']")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], 0.9
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_cache_var_holds_std", "I put the standard deviation sqrt(var + eps) into the cache under 'var' since that is what I divided by")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    std = np.sqrt(var + eps)
    Z_norm = (Z - mu) / std
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": std, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_running_var_unbiased", "I normalized with the plain variance but fed the unbiased (m - 1) variance into running_var")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        m = Z.shape[1]
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        unbiased = var * m / max(m - 1, 1)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * unbiased
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_train_normalizes_with_updated_running", "in train mode I updated the running statistics first and then normalized with them")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        batch_mu = np.mean(Z, axis=1, keepdims=True)
        batch_var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * batch_mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * batch_var
    mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_shift_inside_scale", "I wrote out = gamma * (Z_norm + beta), putting the shift inside the scale")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * (Z_norm + beta)
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bn_test_cache_has_batch_stats", "in test mode I normalized with the running statistics but still cached the batch's mean and variance")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
    else:
        Z_norm = ((Z - bn_param["running_mean"])
                  / np.sqrt(bn_param["running_var"] + eps))
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@correct("bn_forward_einsum", "computes the statistics with einsum and multiplies by the inverse standard deviation")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"]
    rho = bn_param["momentum"]
    m = Z.shape[1]
    if bn_param["mode"] == "train":
        mu = np.einsum("ij->i", Z)[:, None] / m
        centered = Z - mu
        var = np.einsum("ij,ij->i", centered, centered)[:, None] / m
        new_mean = rho * bn_param["running_mean"] + (1 - rho) * mu
        new_var = rho * bn_param["running_var"] + (1 - rho) * var
        bn_param["running_mean"], bn_param["running_var"] = new_mean, new_var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
        centered = Z - mu
    inv_std = 1.0 / np.sqrt(var + eps)
    Z_norm = centered * inv_std
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@correct("bn_forward_dict_update", "mean of squared deviations, test branch first, and dict.update for the running statistics")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param["eps"]
    if mode == "test":
        mu = bn_param["running_mean"]
        var = bn_param["running_var"]
    else:
        mu = Z.mean(axis=1, keepdims=True)
        var = ((Z - mu) ** 2).mean(axis=1, keepdims=True)
        keep = bn_param["momentum"]
        bn_param.update(running_mean=keep * bn_param["running_mean"] + (1.0 - keep) * mu,
                        running_var=keep * bn_param["running_var"] + (1.0 - keep) * var)
    Z_norm = (Z - mu) / (var + eps) ** 0.5
    out = Z_norm * gamma + beta
    cache = dict(Z=Z, Z_norm=Z_norm, mu=mu, var=var, gamma=gamma, eps=eps)
    return out, cache


# ---------------------------------------------------------------------------------------
# batchnorm_backward (step by step)
# ---------------------------------------------------------------------------------------


@wrong("bwd_no_variance_path", "I forgot the path through the variance and kept only the direct term and the mean term")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    std = np.sqrt(var + eps)
    dmu = np.sum(-dZ_norm / std, axis=1, keepdims=True)
    dZ = dZ_norm / std + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_no_mean_path", "I forgot the path through the mean, the dmu / m term")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m
    return dZ, dgamma, dbeta


@wrong("bwd_frozen_statistics", "I treated the mean and variance as constants, so dZ is just gamma * dout / sqrt(var + eps)")
def batchnorm_backward(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma * dout / np.sqrt(var + eps)
    return dZ, dgamma, dbeta


@wrong("bwd_dvar_power_minus_half", "I differentiated (var + eps)^(-1/2) and kept the exponent -1/2 instead of -3/2")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -0.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_eps_left_out", "I used sqrt(var) in the backward pass, thinking eps only matters in the forward pass")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma = cache["gamma"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * var ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_dgamma_uses_z", "I multiplied dout by Z instead of Z_norm for dgamma")
def batchnorm_backward(dout, cache):
    Z, mu, var = cache["Z"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_dparams_without_keepdims", "I summed dgamma and dbeta without keepdims=True, so they came out with shape (n,)")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1)
    dgamma = np.sum(dout * Z_norm, axis=1)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_variance_path_over_m_minus_1", "I wrote 2 (z_i - mu) / (m - 1) for the derivative of the variance")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / max(m - 1, 1) + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_dvar_sign_flipped", "I dropped the minus sign of -1/2 in dvar")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * 0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_dparams_averaged", "I averaged dgamma and dbeta over the batch instead of summing, to undo the batch size")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.mean(dout, axis=1, keepdims=True)
    dgamma = np.mean(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_forgot_gamma", "I set dZ_norm = dout and forgot to multiply by gamma")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    eps = cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_variance_path_missing_2", "I wrote dvar * (z_i - mu) / m and lost the factor 2 from the square")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bwd_hardcoded_eps", "I used eps = 1e-5 in the backward pass instead of cache['eps']")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], 1e-5
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@correct("bwd_loop_over_units", "walks the graph one unit (row) at a time with 1-D arrays")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    n, m = Z.shape
    dZ = np.zeros_like(dout, dtype=np.result_type(dout, Z_norm))
    dgamma = np.zeros((n, 1), dtype=dZ.dtype)
    dbeta = np.zeros((n, 1), dtype=dZ.dtype)
    for j in range(n):
        d = dout[j]
        xc = Z[j] - mu[j, 0]
        s2 = var[j, 0] + eps
        dbeta[j, 0] = np.sum(d)
        dgamma[j, 0] = np.sum(d * Z_norm[j])
        dzn = gamma[j, 0] * d
        dvar_j = np.sum(dzn * xc) * (-0.5) * s2 ** -1.5
        dmu_j = np.sum(-dzn) / np.sqrt(s2) + dvar_j * np.mean(-2.0 * xc)
        dZ[j] = dzn / np.sqrt(s2) + dvar_j * 2.0 * xc / m + dmu_j / m
    return dZ, dgamma, dbeta


@correct("bwd_einsum_staged", "the same four stages with einsum row sums and the inverse standard deviation")
def batchnorm_backward(dout, cache):
    Z, Z_norm = cache["Z"], cache["Z_norm"]
    mu, var, gamma, eps = cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    inv_std = (var + eps) ** -0.5
    centered = Z - mu
    # 1. out = gamma * Z_norm + beta
    dbeta = np.einsum("ij->i", dout)[:, None]
    dgamma = np.einsum("ij,ij->i", dout, Z_norm)[:, None]
    dZ_norm = dout * gamma
    # 2. Z_norm depends on the variance
    dvar = -0.5 * inv_std ** 3 * np.einsum("ij,ij->i", dZ_norm, centered)[:, None]
    # 3. the mean, directly and through the variance
    dmu = -inv_std * np.einsum("ij->i", dZ_norm)[:, None] \
        + dvar * (-2.0 / m) * np.einsum("ij->i", centered)[:, None]
    # 4. the three paths into each z_i
    dZ = dZ_norm * inv_std + dvar * (2.0 / m) * centered + dmu / m
    return dZ, dgamma, dbeta


# ---------------------------------------------------------------------------------------
# batchnorm_backward_alt (closed form)
# ---------------------------------------------------------------------------------------


@wrong("alt_no_square_root", "I wrote gamma / (m * (var + eps)) and forgot the square root in the prefactor")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * (var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_forgot_gamma", "I left gamma out of the prefactor of the closed form")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, eps = cache["Z_norm"], cache["var"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = 1.0 / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_forgot_one_over_m", "I dropped the 1/m of the prefactor")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / np.sqrt(var + eps) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_missing_zhat_dgamma_term", "I forgot the - Z_norm * dgamma term (the path through the variance)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta)
    return dZ, dgamma, dbeta


@wrong("alt_missing_dbeta_term", "I forgot the - dbeta term (the path through the mean)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_dout_not_times_m", "I wrote dout - dbeta - Z_norm * dgamma, without the factor m on dout")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_eps_outside_sqrt", "I wrote np.sqrt(var) + eps in the prefactor")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * (np.sqrt(var) + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_centered_z_instead_of_z_norm", "I used Z - mu where the formula has Z_norm, forgetting to divide by the standard deviation")
def batchnorm_backward_alt(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    centered = Z - mu
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * centered, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - centered * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_recomputed_unbiased_var", "I recomputed the variance from Z with ddof=1 instead of taking it from the cache")
def batchnorm_backward_alt(dout, cache):
    Z, Z_norm, gamma, eps = cache["Z"], cache["Z_norm"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    var = np.var(Z, axis=1, keepdims=True, ddof=1)
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_sums_over_units_axis0", "I summed over axis=0 for dbeta and dgamma, mixing up which axis is the batch")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=0, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=0, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_prefactor_m_minus_1", "I divided by (m - 1) in the prefactor, thinking of the unbiased variance")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (max(m - 1, 1) * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("alt_flattened_param_grads", "I returned dgamma.ravel() and dbeta.ravel() to match gamma's size, giving shape (n,)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma.ravel(), dbeta.ravel()


@wrong("alt_dgamma_times_gamma", "I multiplied dgamma by gamma too, as if gamma sat in front of the whole output")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(gamma * dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@correct("alt_projection_form", "gamma / std times dout minus its batch mean minus its component along Z_norm")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    scale = gamma / np.sqrt(var + eps)
    dZ = scale * (dout - dout.mean(axis=1, keepdims=True)
                  - Z_norm * (dout * Z_norm).mean(axis=1, keepdims=True))
    return dZ, dgamma, dbeta


@correct("alt_einsum_closed_form", "the closed form with einsum row sums and a precomputed prefactor")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.einsum("ij->i", dout)[:, None]
    dgamma = np.einsum("ij,ij->i", dout, Z_norm)[:, None]
    prefactor = gamma * (var + eps) ** -0.5 / m
    dZ = prefactor * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


# ---------------------------------------------------------------------------------------
# model_forward_with_batchnorm
# ---------------------------------------------------------------------------------------


@wrong("mf_mode_not_written_to_bn_params", "I passed bn_params to batch norm as they were and never set their 'mode' to the mode argument")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        eps, rho = bn["eps"], bn["momentum"]
        if bn["mode"] == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_copies_bn_params", "I deep-copied each bn_param before using it so the network would not change its inputs")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = {key: (np.copy(value) if isinstance(value, np.ndarray) else value)
              for key, value in bn_params[l - 1].items()}
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_relu_before_batchnorm", "I applied the ReLU first and batch-normalized its output")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        H = nn.relu(Z)
        if mode == "train":
            mu, var = H.mean(axis=1, keepdims=True), H.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        H_norm = (H - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * H_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": H, "Z_norm": H_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = Z_tilde
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_forgot_hidden_relu", "I fed the batch-norm output straight to the next layer and forgot the ReLU")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = Z_tilde
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_output_bias_forgotten", "since batch norm removes the biases I also left out bL in the output layer")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_always_batch_statistics", "I set the mode on the dicts but my inline batch norm always normalized with the batch statistics")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
        if mode == "train":
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_test_mode_updates_running", "I updated the running statistics on every pass, test passes included")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        batch_mu, batch_var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
        if mode == "train":
            mu, var = batch_mu, batch_var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * batch_mu
        bn["running_var"] = rho * bn["running_var"] + (1 - rho) * batch_var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_no_output_layer_cache", "I only appended caches inside the hidden-layer loop and forgot the output layer's cache")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    return nn.softmax(Z), caches


@wrong("mf_z_tilde_cached_after_relu", "I stored the ReLU output under 'Z_tilde' in the cache instead of the batch-norm output")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        A_next = nn.relu(gamma * Z_norm + parameters[f"beta{l}"])
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": A_next})
        A = A_next
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_eps_outside_sqrt", "in my batch-norm step I divided by sqrt(var) + eps")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / (np.sqrt(var) + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mf_running_stats_momentum_swapped", "my running averages used (1 - momentum) * old + momentum * new")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn["running_mean"] = (1 - rho) * bn["running_mean"] + rho * mu
            bn["running_var"] = (1 - rho) * bn["running_var"] + rho * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        gamma = parameters[f"gamma{l}"]
        Z_tilde = gamma * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("mf_loop_inline_bn", "a loop over the hidden layers with the batch-norm step written inline")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A  # no bias: beta replaces it
        bn = bn_params[l - 1]
        bn["mode"] = mode
        eps, rho = bn["eps"], bn["momentum"]
        if bn["mode"] == "train":
            mu = Z.mean(axis=1, keepdims=True)
            var = Z.var(axis=1, keepdims=True)
            bn["running_mean"] = rho * bn["running_mean"] + (1 - rho) * mu
            bn["running_var"] = rho * bn["running_var"] + (1 - rho) * var
        else:
            mu, var = bn["running_mean"], bn["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("mf_zip_over_bn_params", "counts layers from len(bn_params), zips layers with their dicts, and writes its own stable softmax")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    caches = []
    A = X
    for l, bn in enumerate(bn_params, start=1):
        bn["mode"] = mode
        W = parameters["W%d" % l]
        gamma = parameters["gamma%d" % l]
        Z = np.matmul(W, A)
        if mode == "test":
            mu, var = bn["running_mean"], bn["running_var"]
        else:
            mu = np.mean(Z, axis=1, keepdims=True)
            var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
            keep = bn["momentum"]
            bn["running_mean"] = keep * bn["running_mean"] + (1 - keep) * mu
            bn["running_var"] = keep * bn["running_var"] + (1 - keep) * var
        inv_std = 1.0 / np.sqrt(var + bn["eps"])
        Z_norm = (Z - mu) * inv_std
        Z_tilde = Z_norm * gamma + parameters["beta%d" % l]
        caches.append(dict(A_prev=A, W=W, Z=Z, Z_tilde=Z_tilde,
                           bn_cache=dict(Z=Z, Z_norm=Z_norm, mu=mu, var=var, gamma=gamma,
                                         eps=bn["eps"])))
        A = np.maximum(Z_tilde, 0)
    L = len(bn_params) + 1
    W, b = parameters["W%d" % L], parameters["b%d" % L]
    Z = np.matmul(W, A) + b
    caches.append(dict(A_prev=A, W=W, b=b, Z=Z))
    shifted = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    AL = shifted / np.sum(shifted, axis=0, keepdims=True)
    return AL, caches

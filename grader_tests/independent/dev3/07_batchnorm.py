"""Held-out implementations of assignment 07, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# batchnorm_forward
# ----------------------------------------------------------------------------


@wrong("bnf_unbiased_var",
       "I computed the batch variance with ddof=1 because that is the 'proper' sample "
       "variance I learned in statistics, dividing by m-1 instead of m.")
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


@wrong("bnf_eps_outside_sqrt",
       "I added eps to the standard deviation, np.sqrt(var) + eps, instead of putting it "
       "inside the square root.")
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


@wrong("bnf_axis0_stats",
       "I took the mean and variance along axis=0 like in TensorFlow's [batch, features] "
       "layout, so I normalized each example over the units instead of each unit over the batch.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=0, keepdims=True)
        var = np.var(Z, axis=0, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_momentum_swapped",
       "I put the momentum on the new batch statistic and 1 - momentum on the old running "
       "value (the PyTorch convention), so the running averages move 90% of the way each step.")
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


@wrong("bnf_test_uses_batch_stats",
       "I always normalized with the mean and variance of the batch I was given; the mode "
       "only decides whether I update the running statistics, so test mode never uses them.")
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


@wrong("bnf_test_updates_running",
       "I update the running averages with the batch statistics before looking at the mode, "
       "so a test-mode call also changes them (and then normalizes with the updated ones).")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
    bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    if bn_param["mode"] == "test":
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_running_var_unbiased",
       "I normalize with the plain variance, but for the running variance I used the unbiased "
       "one (var * m / (m - 1)) since it estimates the population for test time, like PyTorch.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        m = Z.shape[1]
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = (momentum * bn_param["running_var"]
                                   + (1 - momentum) * var * m / (m - 1))
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_running_not_stored",
       "I computed the new running mean and variance into local variables but never wrote "
       "them back into bn_param, so the caller never sees them change.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    running_mean, running_var = bn_param["running_mean"], bn_param["running_var"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    else:
        mu, var = running_mean, running_var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_cache_batch_stats_in_test",
       "In test mode I normalize with the running statistics, but I still compute the batch "
       "mean and variance first and those are what I put into the cache as mu and var.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
    else:
        Z_norm = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_centers_z_in_place",
       "To save memory I centred Z in place with Z -= mu, which also changes the caller's Z "
       "(and the Z I put in the cache is the centred one).")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z -= mu
    Z_norm = Z / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_test_no_eps",
       "In test mode I divided by np.sqrt(running_var) and forgot the eps there; I only "
       "added eps in the train branch.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@correct("bnf_loop_over_units",
         "Computes each unit's mean and variance in an explicit Python loop over the rows, "
         "then stacks them into (n, 1) columns.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    n, m = Z.shape
    eps = bn_param["eps"]
    rho = bn_param["momentum"]
    if bn_param["mode"] == "train":
        means, variances = [], []
        for j in range(n):
            row = Z[j]
            mean_j = row.sum() / m
            variances.append(((row - mean_j) ** 2).sum() / m)
            means.append(mean_j)
        mu = np.array(means).reshape(n, 1)
        var = np.array(variances).reshape(n, 1)
        bn_param["running_mean"] = rho * bn_param["running_mean"] + (1 - rho) * mu
        bn_param["running_var"] = rho * bn_param["running_var"] + (1 - rho) * var
    elif bn_param["mode"] == "test":
        mu = bn_param["running_mean"]
        var = bn_param["running_var"]
    else:
        raise ValueError(f"unknown mode {bn_param['mode']!r}")
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@correct("bnf_einsum_inv_std",
         "Uses np.einsum for the row sums and the sum of squared deviations, multiplies by an "
         "inverse standard deviation, and writes the running statistics with dict.update.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    m = Z.shape[1]
    eps = bn_param["eps"]
    if bn_param["mode"] == "test":
        mu, var = bn_param["running_mean"], bn_param["running_var"]
        centred = Z - mu
    else:
        mu = np.einsum("ij->i", Z)[:, np.newaxis] / m
        centred = Z - mu
        var = np.einsum("ij,ij->i", centred, centred)[:, np.newaxis] / m
        keep = bn_param["momentum"]
        bn_param.update(running_mean=keep * bn_param["running_mean"] + (1 - keep) * mu,
                        running_var=keep * bn_param["running_var"] + (1 - keep) * var)
    inv_std = 1.0 / np.sqrt(var + eps)
    Z_norm = centred * inv_std
    out = Z_norm * gamma + beta
    cache = dict(Z=Z, Z_norm=Z_norm, mu=mu, var=var, gamma=gamma, eps=eps)
    return out, cache


@correct("bnf_running_via_difference",
         "Writes the running update in the 'move towards the batch' form "
         "running + (1 - momentum) * (batch - running), and gets the statistics by np.average.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"]
    step = 1 - bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.average(Z, axis=1).reshape(-1, 1)
        var = np.average((Z - mu) ** 2, axis=1).reshape(-1, 1)
        old_mean, old_var = bn_param["running_mean"], bn_param["running_var"]
        bn_param["running_mean"] = old_mean + step * (mu - old_mean)
        bn_param["running_var"] = old_var + step * (var - old_var)
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    std = np.sqrt(var + eps)
    Z_norm = (Z - mu) / std
    return gamma * Z_norm + beta, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                   "gamma": gamma, "eps": eps}


# ----------------------------------------------------------------------------
# batchnorm_backward
# ----------------------------------------------------------------------------


@wrong("bnb_missing_var_path",
       "I left out the path through the variance: dZ is only dZ_norm / sqrt(var + eps) plus "
       "dmu / m, because I thought dvar only matters for the test-time statistics.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_missing_mean_path",
       "I dropped the dmu term at the end, since its second part is zero I thought the whole "
       "dmu was zero.")
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


@wrong("bnb_dvar_exponent_half",
       "In dvar I used (var + eps) ** -0.5 instead of ** -1.5; I copied the exponent from the "
       "forward formula.")
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


@wrong("bnb_dvar_no_half",
       "I forgot the factor -1/2 from differentiating the power -1/2 and wrote dvar with just "
       "a minus sign: -sum(dZ_norm * (Z - mu)) * (var + eps) ** -1.5.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = -np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_dgamma_uses_z",
       "For dgamma I multiplied dout by the raw Z from the cache instead of the normalized "
       "Z_norm.")
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


@wrong("bnb_no_keepdims_params",
       "I summed dgamma and dbeta over axis=1 without keepdims, so they come out as flat (n,) "
       "vectors (the dZ sums do keep their dims).")
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


@wrong("bnb_dmu_not_over_m",
       "In the last formula I added dmu itself instead of dmu / m, because mu feeds every "
       "z_i with weight one in my head.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu
    return dZ, dgamma, dbeta


@wrong("bnb_dznorm_without_gamma",
       "I used dout directly as dZ_norm and forgot to multiply by gamma.")
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


@wrong("bnb_var_path_no_two",
       "In the variance path of dZ I wrote dvar * (Z - mu) / m and lost the factor 2 from "
       "differentiating the square.")
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


@wrong("bnb_scales_dout_in_place",
       "I wrote dZ_norm = dout and then dZ_norm *= gamma to avoid a copy, which overwrites "
       "the caller's dout (I computed dbeta and dgamma first, so those are still right).")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout
    dZ_norm *= gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_std_without_eps",
       "I used std = np.sqrt(var) everywhere in the backward pass and never read eps from "
       "the cache.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma = cache["gamma"]
    m = Z.shape[1]
    std = np.sqrt(var)
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 / std ** 3
    dmu = np.sum(-dZ_norm / std, axis=1, keepdims=True)
    dZ = dZ_norm / std + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@correct("bnb_scalar_loop",
         "Walks the same four steps of the graph, but unit by unit in a Python loop with "
         "scalar statistics, filling preallocated outputs.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    n, m = dout.shape
    dZ = np.zeros(np.broadcast_shapes(dout.shape, Z.shape),
                  dtype=np.result_type(dout, Z, gamma, var))
    dgamma = np.zeros((n, 1), dtype=np.result_type(dout, Z_norm))
    dbeta = np.zeros((n, 1), dtype=np.result_type(dout))
    for j in range(n):
        g, v, mean_j = gamma[j, 0], var[j, 0], mu[j, 0]
        d = dout[j]
        dbeta[j, 0] = d.sum()
        dgamma[j, 0] = (d * Z_norm[j]).sum()
        dz_hat = g * d
        centred = Z[j] - mean_j
        dv = (dz_hat * centred).sum() * -0.5 * (v + eps) ** -1.5
        dm = (-dz_hat / np.sqrt(v + eps)).sum() + dv * (-2.0 * centred).sum() / m
        dZ[j] = dz_hat / np.sqrt(v + eps) + dv * 2.0 * centred / m + dm / m
    return dZ, dgamma, dbeta


@correct("bnb_graph_nodes",
         "Back-propagates through a finer graph (centre, square, mean, add eps, sqrt, invert, "
         "multiply), one elementary node at a time, including the zero second term of dmu.")
def batchnorm_backward(dout, cache):
    Z, mu, var = cache["Z"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    xmu = Z - mu
    sqrtvar = np.sqrt(var + eps)
    ivar = 1.0 / sqrtvar
    xhat = cache["Z_norm"]
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * xhat).sum(axis=1, keepdims=True)
    dxhat = dout * gamma
    divar = (dxhat * xmu).sum(axis=1, keepdims=True)
    dxmu1 = dxhat * ivar
    dsqrtvar = -divar / sqrtvar ** 2
    dvar = 0.5 * dsqrtvar / sqrtvar
    dsq = dvar * np.ones_like(dout) / m
    dxmu2 = 2 * xmu * dsq
    dx1 = dxmu1 + dxmu2
    dmu = -(dx1.sum(axis=1, keepdims=True))
    dx2 = dmu * np.ones_like(dout) / m
    dZ = dx1 + dx2
    return dZ, dgamma, dbeta


@correct("bnb_jacobian_einsum",
         "Builds each unit's full m x m Jacobian of Z_norm with respect to Z from mu and var, "
         "and contracts it with gamma * dout using np.einsum.")
def batchnorm_backward(dout, cache):
    Z, mu, var = cache["Z"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    n, m = dout.shape
    std = np.sqrt(var + eps)                       # (n, 1)
    centred = Z - mu                               # (n, m)
    # d zhat_k / d z_i = (delta_ik - 1/m) / std - centred_k * centred_i / (m * std^3)
    eye = np.eye(m, dtype=dout.dtype)
    jac = ((eye - 1.0 / m)[None, :, :] / std[:, :, None]
           - np.einsum("nk,ni->nik", centred, centred) / (m * std[:, :, None] ** 3))
    dZ = np.einsum("nik,nk->ni", jac, gamma * dout)
    dgamma = np.einsum("nk,nk->n", dout, cache["Z_norm"])[:, None]
    dbeta = np.einsum("nk->n", dout)[:, None]
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------
# batchnorm_backward_alt
# ----------------------------------------------------------------------------


@wrong("bnba_forgot_m_times_dout",
       "I wrote the bracket as (dout - dbeta - Z_norm * dgamma) and forgot that dout has to "
       "be multiplied by m.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_missing_znorm_term",
       "I left out the last term, Z_norm * dgamma, of the bracket (the path through the "
       "variance).")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta)
    return dZ, dgamma, dbeta


@wrong("bnba_missing_dbeta_term",
       "My bracket was (m * dout - Z_norm * dgamma): I forgot to subtract dbeta, the path "
       "through the mean.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_var_not_sqrt",
       "I divided by m * (var + eps) in the prefactor, forgetting the square root.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * (var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_prefactor_no_gamma",
       "I forgot gamma in the prefactor, using 1 / (m * sqrt(var + eps)).")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, eps = cache["Z_norm"], cache["var"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = 1.0 / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_m_from_rows",
       "I took m = dout.shape[0], mixing up which dimension is the batch.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[0]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_means_for_params",
       "I computed dbeta and dgamma with np.mean over the batch (dout already has the 1/m "
       "in it, I thought), and used those in the bracket.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.mean(dout, axis=1, keepdims=True)
    dgamma = np.mean(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_mixed_mean_and_m",
       "I mixed the two ways of writing it: kept the 1/m in the prefactor but also used the "
       "batch means (dbeta / m, dgamma / m) and plain dout inside the bracket.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (dout - dbeta / m - Z_norm * dgamma / m)
    return dZ, dgamma, dbeta


@wrong("bnba_plus_dbeta",
       "Sign slip: I added dbeta in the bracket, (m * dout + dbeta - Z_norm * dgamma).")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout + dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_recomputes_znorm_no_eps",
       "I recomputed Z_norm as (Z - mu) / sqrt(var) and used sqrt(var) in the prefactor, "
       "leaving eps out of the closed form.")
def batchnorm_backward_alt(dout, cache):
    Z, mu, var, gamma = cache["Z"], cache["mu"], cache["var"], cache["gamma"]
    m = dout.shape[1]
    std = np.sqrt(var)
    Z_norm = (Z - mu) / std
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * std) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@correct("bnba_mean_form",
         "Writes the closed form with batch means instead of sums: gamma / sqrt(var + eps) * "
         "(dout - mean(dout) - Z_norm * mean(dout * Z_norm)).")
def batchnorm_backward_alt(dout, cache):
    Z_norm = cache["Z_norm"]
    inv_std = 1.0 / np.sqrt(cache["var"] + cache["eps"])
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    dZ = cache["gamma"] * inv_std * (dout - dout.mean(axis=1, keepdims=True)
                                     - Z_norm * (dout * Z_norm).mean(axis=1, keepdims=True))
    return dZ, dgamma, dbeta


@correct("bnba_loop_rows",
         "Applies the closed form one unit (row) at a time in a Python loop, with scalar "
         "dbeta_j and dgamma_j.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    n, m = dout.shape
    rows, dgammas, dbetas = [], [], []
    for j in range(n):
        db_j = np.sum(dout[j])
        dg_j = np.sum(dout[j] * Z_norm[j])
        scale = gamma[j, 0] / (m * np.sqrt(var[j, 0] + eps))
        rows.append(scale * (m * dout[j] - db_j - Z_norm[j] * dg_j))
        dgammas.append(dg_j)
        dbetas.append(db_j)
    dZ = np.stack(rows)
    return dZ, np.array(dgammas).reshape(n, 1), np.array(dbetas).reshape(n, 1)


@correct("bnba_einsum_projection",
         "Uses np.einsum for the two row sums and writes the bracket as m * dout minus the "
         "projection of dout on the constant and on Z_norm, multiplied out term by term.")
def batchnorm_backward_alt(dout, cache):
    Z_norm = cache["Z_norm"]
    m = dout.shape[1]
    dbeta = np.einsum("ij->i", dout)[:, None]
    dgamma = np.einsum("ij,ij->i", dout, Z_norm)[:, None]
    prefactor = cache["gamma"] / np.sqrt(cache["var"] + cache["eps"]) / m
    dZ = prefactor * m * dout - prefactor * dbeta - prefactor * Z_norm * dgamma
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------
# model_forward_with_batchnorm
# ----------------------------------------------------------------------------


@wrong("mfb_relu_before_bn",
       "I put the ReLU before batch norm (LINEAR -> RELU -> BATCHNORM), normalizing the "
       "activations instead of Z.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        A_next, bn_cache = bn_forward(nn.relu(Z), parameters[f"gamma{l}"],
                                      parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": A_next})
        A = A_next
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_copies_bn_params",
       "So as not to modify the inputs I handed batchnorm_forward a copy of each bn_param "
       "dict with the mode set, so bn_params never gets the mode or the new running stats.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_param = dict(bn_params[l - 1])
        bn_param["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_param)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_mode_not_set",
       "I passed the bn_param dicts to batchnorm_forward but never wrote `mode` into them, "
       "so each layer runs in whatever mode the dict already had.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_relu_of_linear_output",
       "Out of habit I wrote A = nn.relu(Z) after the batch norm call, applying the ReLU to "
       "the linear output instead of Z_tilde.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_output_no_bias",
       "Since batch norm makes the bias redundant, I dropped the bias in every layer, "
       "including the output layer, so bL is never added (and the cache's b is zero).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W = parameters[f"W{L}"]
    b = np.zeros((W.shape[0], 1), dtype=W.dtype)
    Z = W @ A
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_gamma_beta_swapped",
       "I passed beta and gamma to batchnorm_forward in the wrong order, "
       "batchnorm_forward(Z, beta, gamma, bn_param).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"beta{l}"],
                                       parameters[f"gamma{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_cache_aprev_after_update",
       "I updated A to the layer's activation before appending the cache, so each hidden "
       "layer's 'A_prev' is its own output instead of its input.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        A = nn.relu(Z_tilde)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_softmax_wrong_axis",
       "I wrote my own softmax and normalized along axis=1 (over the examples) instead of "
       "down each column.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    exp = np.exp(Z - Z.max(axis=1, keepdims=True))
    AL = exp / exp.sum(axis=1, keepdims=True)
    return AL, caches


@wrong("mfb_relu_on_logits",
       "I ran every layer, the output layer included, through ReLU and then applied softmax "
       "to the ReLU output, so negative logits are clipped to 0.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, bn_param):
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
        return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        bn_params[l - 1]["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters[f"gamma{l}"],
                                       parameters[f"beta{l}"], bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(nn.relu(Z)), caches


@correct("mfb_enumerate_bn_params",
         "Iterates over bn_params with enumerate (layer = index + 1), with the batch-norm "
         "forward written inline as a nested function, and treats the output layer after "
         "the loop.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn_forward(Z, gamma, beta, p):
        if p["mode"] == "train":
            mu = Z.mean(axis=1, keepdims=True)
            var = Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        return gamma * Z_norm + beta, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                       "gamma": gamma, "eps": p["eps"]}

    caches = []
    A = X
    for index, bn_param in enumerate(bn_params):
        layer = index + 1
        W = parameters["W" + str(layer)]
        Z = np.dot(W, A)
        bn_param["mode"] = mode
        Z_tilde, bn_cache = bn_forward(Z, parameters["gamma" + str(layer)],
                                       parameters["beta" + str(layer)], bn_param)
        caches.append(dict(A_prev=A, W=W, Z=Z, bn_cache=bn_cache, Z_tilde=Z_tilde))
        A = np.maximum(Z_tilde, 0)
    L = len(bn_params) + 1
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append(dict(A_prev=A, W=W, b=b, Z=Z))
    shifted = Z - np.max(Z, axis=0, keepdims=True)
    AL = np.exp(shifted) / np.sum(np.exp(shifted), axis=0, keepdims=True)
    return AL, caches


@correct("mfb_single_loop_branch",
         "One loop over all L layers with an if for the output layer; sets every layer's mode "
         "up front, and uses the nn helpers.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    for bn_param in bn_params:
        bn_param["mode"] = mode
    L = nn.num_layers(parameters)
    caches = []
    A = X
    for l in range(1, L + 1):
        W = parameters[f"W{l}"]
        if l == L:
            b = parameters[f"b{L}"]
            Z = nn.linear_forward(A, W, b)
            caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
            A = nn.softmax(Z)
        else:
            Z = W @ A
            p = bn_params[l - 1]
            eps, rho = p["eps"], p["momentum"]
            if mode == "train":
                mu = np.mean(Z, axis=1, keepdims=True)
                var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
                p["running_mean"] = rho * p["running_mean"] + (1 - rho) * mu
                p["running_var"] = rho * p["running_var"] + (1 - rho) * var
            else:
                mu, var = p["running_mean"], p["running_var"]
            Z_norm = (Z - mu) / np.sqrt(var + eps)
            Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
            bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                        "gamma": parameters[f"gamma{l}"], "eps": eps}
            caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache,
                           "Z_tilde": Z_tilde})
            A = nn.relu(Z_tilde)
    return A, caches

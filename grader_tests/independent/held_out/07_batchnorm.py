"""Held-out implementations of assignment 07, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# batchnorm_forward
# ----------------------------------------------------------------------------


@wrong("bnf_unbiased_variance", "I used np.var(Z, axis=1, ddof=1, keepdims=True), the unbiased "
                                "variance divided by m - 1, thinking it is the better estimate.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, ddof=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_eps_outside_sqrt", "I added eps after the square root, (Z - mu) / (sqrt(var) + eps), "
                               "instead of inside it.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    if mode == "train":
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


@wrong("bnf_momentum_swapped", "I gave the momentum to the new batch, (1 - momentum) * running "
                               "+ momentum * batch, the PyTorch way round.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    if mode == "train":
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


@wrong("bnf_test_uses_batch_stats", "In test mode I still normalised with the mean and variance "
                                    "of the batch (I only skipped the running-average update).")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if mode == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_test_updates_running", "I update the running averages at the top for every call, "
                                   "so a test-mode call also moves them (and then normalises "
                                   "with the moved values).")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    batch_mu = np.mean(Z, axis=1, keepdims=True)
    batch_var = np.var(Z, axis=1, keepdims=True)
    bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * batch_mu
    bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * batch_var
    if mode == "train":
        mu, var = batch_mu, batch_var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_axis0_stats", "I took the mean and variance along axis=0 as in TensorFlow, i.e. "
                          "over the units of each example instead of over the batch.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    if mode == "train":
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


@wrong("bnf_divide_by_variance", "I divided by (var + eps) and forgot the square root, so I "
                                 "divide by the variance instead of the standard deviation.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / (var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_running_not_stored", "I computed the new running mean and variance in local "
                                 "variables but never wrote them back into bn_param.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    running_mean = bn_param["running_mean"]
    running_var = bn_param["running_var"]
    if mode == "train":
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


@wrong("bnf_momentum_hardcoded", "I wrote the running average with 0.9 and 0.1 directly, the "
                                 "value the notebook recommends, instead of bn_param's "
                                 "momentum.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps = bn_param["mode"], bn_param["eps"]
    if mode == "train":
        mu = np.mean(Z, axis=1, keepdims=True)
        var = np.var(Z, axis=1, keepdims=True)
        bn_param["running_mean"] = 0.9 * bn_param["running_mean"] + 0.1 * mu
        bn_param["running_var"] = 0.9 * bn_param["running_var"] + 0.1 * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@wrong("bnf_test_cache_batch_stats", "I compute the batch mean and variance first and put them "
                                     "in the cache in both modes, so in test mode the cache "
                                     "does not hold the running statistics actually used.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if mode == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
    else:
        Z_norm = (Z - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
    out = gamma * Z_norm + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@correct("bnf_explicit_sums", "Mean and variance from explicit sums divided by m, the "
                              "centred values computed once, and the running statistics "
                              "written with dict.update.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"]
    rho = bn_param["momentum"]
    if bn_param["mode"] == "train":
        m = Z.shape[1]
        mu = np.sum(Z, axis=1, keepdims=True) / m
        centred = Z - mu
        var = np.sum(centred * centred, axis=1, keepdims=True) / m
        bn_param.update({
            "running_mean": rho * bn_param["running_mean"] + (1 - rho) * mu,
            "running_var": rho * bn_param["running_var"] + (1 - rho) * var,
        })
    else:
        mu = bn_param["running_mean"]
        var = bn_param["running_var"]
        centred = Z - mu
    Z_norm = centred / np.sqrt(var + eps)
    out = Z_norm * gamma + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@correct("bnf_row_loop", "Normalises one unit (row) at a time in a Python loop, then stacks "
                         "the rows; the running averages are written as new arrays.")
def batchnorm_forward(Z, gamma, beta, bn_param):
    n = Z.shape[0]
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    train = bn_param["mode"] == "train"
    if train:
        mu = np.stack([Z[j].mean(keepdims=True) for j in range(n)])
        var = np.stack([Z[j].var(keepdims=True) for j in range(n)])
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    rows = [(Z[j] - mu[j]) / np.sqrt(var[j] + eps) for j in range(n)]
    Z_norm = np.stack(rows) if n else (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    if train:
        new_mean = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        new_var = momentum * bn_param["running_var"] + (1 - momentum) * var
        bn_param["running_mean"], bn_param["running_var"] = new_mean, new_var
    cache = dict(Z=Z, Z_norm=Z_norm, mu=mu, var=var, gamma=gamma, eps=eps)
    return out, cache


# ----------------------------------------------------------------------------
# batchnorm_backward
# ----------------------------------------------------------------------------


@wrong("bnb_no_mean_path", "I stopped after the path through the variance and forgot the "
                           "dmu / m term in dZ.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m
    return dZ, dgamma, dbeta


@wrong("bnb_no_var_path", "I forgot the path through the variance: dZ only has the direct "
                          "term and the mean term.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dmu = np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_dvar_power_half", "In dvar I used the power -1/2 of (var + eps) instead of -3/2.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -0.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_dvar_no_half", "I dropped the -1/2 from the derivative of the power and wrote "
                           "dvar = -sum(...) * (var + eps)^(-3/2).")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = -np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_dgamma_with_z", "I computed dgamma as sum(dout * Z) with the raw Z instead of the "
                            "normalized Z_norm.")
def batchnorm_backward(dout, cache):
    Z, mu, var, gamma, eps = cache["Z"], cache["mu"], cache["var"], cache["gamma"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_param_grads_axis0", "I summed dbeta and dgamma along axis=0 (with keepdims), so "
                                "they come out (1, m) instead of one value per unit.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=0, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=0, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_forgot_gamma", "I set dZ_norm = dout and forgot to multiply by gamma.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, eps = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"], cache["eps"]
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_param_grads_mean", "I averaged dbeta and dgamma over the batch (np.mean) instead "
                               "of summing, because the cost is an average.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.mean(dout, axis=1, keepdims=True)
    dgamma = np.mean(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_dmu_sign", "I lost the minus sign of d Z_norm / d mu, so dmu is +sum(dZ_norm) / "
                       "sqrt(var + eps).")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["mu"], cache["var"],
                                      cache["gamma"], cache["eps"])
    m = Z.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * (Z - mu), axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("bnb_inplace_centring", "To get the deviations I did Z = cache['Z'] and then Z -= mu, "
                               "which overwrites the Z stored in the cache.")
def batchnorm_backward(dout, cache):
    Z_norm, mu, var, gamma, eps = (cache["Z_norm"], cache["mu"], cache["var"], cache["gamma"],
                                   cache["eps"])
    Z = cache["Z"]
    m = Z.shape[1]
    Z -= mu
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = gamma * dout
    dvar = np.sum(dZ_norm * Z, axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = (np.sum(dZ_norm * -1 / np.sqrt(var + eps), axis=1, keepdims=True)
           + dvar * np.mean(-2 * Z, axis=1, keepdims=True))
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * Z / m + dmu / m
    return dZ, dgamma, dbeta


@correct("bnb_unit_loop", "Walks the graph one unit (row) at a time with 1-D arrays and "
                          "Python-level sums, then stacks the rows.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    n, m = Z.shape
    dZ = np.zeros_like(dout, dtype=np.result_type(dout, Z_norm, gamma))
    dgamma = np.zeros((n, 1), dtype=dZ.dtype)
    dbeta = np.zeros((n, 1), dtype=dZ.dtype)
    for j in range(n):
        d_out = dout[j]
        dbeta[j, 0] = d_out.sum()
        dgamma[j, 0] = (d_out * Z_norm[j]).sum()
        dz_hat = gamma[j, 0] * d_out
        dev = Z[j] - mu[j, 0]
        s = var[j, 0] + eps
        d_var = (dz_hat * dev).sum() * (-0.5) * s ** (-1.5)
        d_mu = -(dz_hat.sum()) / np.sqrt(s) + d_var * (-2.0 * dev).sum() / m
        dZ[j] = dz_hat / np.sqrt(s) + d_var * 2.0 * dev / m + d_mu / m
    return dZ, dgamma, dbeta


@correct("bnb_inv_std_einsum", "Same four steps but with the inverse standard deviation "
                               "precomputed and the row sums done with np.einsum.")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    inv_std = (var + eps) ** -0.5
    xmu = Z - mu
    dbeta = np.einsum("ij->i", dout)[:, None]
    dgamma = np.einsum("ij,ij->i", dout, Z_norm)[:, None]
    dxhat = dout * gamma
    dvar = -0.5 * inv_std ** 3 * np.einsum("ij,ij->i", dxhat, xmu)[:, None]
    dmu = -inv_std * np.einsum("ij->i", dxhat)[:, None] + dvar * (-2.0 / m) * np.einsum(
        "ij->i", xmu)[:, None]
    dZ = dxhat * inv_std + (2.0 / m) * dvar * xmu + dmu / m
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------
# batchnorm_backward_alt
# ----------------------------------------------------------------------------


@wrong("bnba_no_m_on_dout", "I wrote the bracket as (dout - dbeta - Z_norm * dgamma), "
                            "forgetting that dout is multiplied by m.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_no_m_in_front", "I left out the m in the factor gamma / (m sqrt(var + eps)), so "
                             "dZ is m times too big.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / np.sqrt(var + eps) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_no_dgamma_term", "I left out the last term Z_norm * dgamma (the path through the "
                              "variance) in the closed form.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta)
    return dZ, dgamma, dbeta


@wrong("bnba_no_dbeta_term", "I forgot to subtract dbeta (the path through the mean) inside "
                             "the bracket.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_no_sqrt", "I divided by m * (var + eps) and forgot the square root.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * (var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_plus_dbeta", "Sign slip: I added dbeta in the bracket instead of subtracting it.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout + dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_no_gamma", "I wrote the prefactor as 1 / (m sqrt(var + eps)) and forgot gamma.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, eps = cache["Z_norm"], cache["var"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = 1 / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_axis0_sums", "I summed dbeta and dgamma along axis=0, over the units, so they "
                          "have shape (1, m) and dZ uses the wrong sums.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=0, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=0, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_raw_z_in_last_term", "In the last term I multiplied dgamma by Z from the cache "
                                  "instead of Z_norm.")
def batchnorm_backward_alt(dout, cache):
    Z, Z_norm, var, gamma, eps = (cache["Z"], cache["Z_norm"], cache["var"], cache["gamma"],
                                  cache["eps"])
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z * dgamma)
    return dZ, dgamma, dbeta


@wrong("bnba_m_from_rows", "I took m = dout.shape[0], the number of units, instead of the "
                           "number of examples.")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[0]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@correct("bnba_centred_means", "Divides the bracket by m first: dout minus its row mean minus "
                               "Z_norm times the row mean of dout * Z_norm, times "
                               "gamma / sqrt(var + eps).")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    m = dout.shape[1]
    dZ = (gamma / np.sqrt(var + eps)) * (dout - dbeta / m - Z_norm * (dgamma / m))
    return dZ, dgamma, dbeta


@correct("bnba_einsum_scale", "Row sums with np.einsum and the per-unit factor "
                              "gamma * (var + eps) ** -0.5 / m computed once.")
def batchnorm_backward_alt(dout, cache):
    Z_norm = cache["Z_norm"]
    m = dout.shape[1]
    dbeta = np.einsum("nm->n", dout).reshape(-1, 1)
    dgamma = np.einsum("nm,nm->n", dout, Z_norm).reshape(-1, 1)
    scale = cache["gamma"] * (cache["var"] + cache["eps"]) ** -0.5 / m
    dZ = scale * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


# ----------------------------------------------------------------------------
# model_forward_with_batchnorm
# ----------------------------------------------------------------------------


@wrong("mfb_copies_bn_param", "So as not to touch the caller's dicts I passed a copy, "
                              "dict(bn_params[l - 1]), to batch norm; the running statistics "
                              "never reach bn_params.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = nn.linear_forward(A, W, 0)
        bn_param = dict(bn_params[l - 1])
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_relu_before_bn", "I applied the ReLU to Z first and batch-normalized its output "
                             "(LINEAR -> RELU -> BATCHNORM).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = nn.linear_forward(A, W, 0)
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        H = nn.relu(Z)
        if mode == "train":
            mu, var = H.mean(axis=1, keepdims=True), H.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        H_norm = (H - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * H_norm + beta
        bn_cache = {"Z": H, "Z_norm": H_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = Z_tilde
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_no_output_bias", "Since batch norm removes the bias, I dropped it everywhere, "
                             "also in the output layer: Z_L = W_L A without b_L.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_ignores_mode_arg", "I never wrote `mode` into the bn_param dicts, so each layer "
                               "runs in whatever mode its dict already had.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if bn_param["mode"] == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_z_tilde_after_relu", "In the cache I stored the ReLU output under \"Z_tilde\" "
                                 "instead of the batch-norm output that goes into the ReLU.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        A_next = nn.relu(gamma * Z_norm + beta)
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": A_next})
        A = A_next
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_a_prev_after_update", "I updated A before appending the cache, so \"A_prev\" of "
                                  "each hidden layer holds that layer's own output.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        A = nn.relu(Z_tilde)
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_mode_first_layer_only", "I set bn_params[0][\"mode\"] = mode once before the loop, "
                                    "so only the first batch-norm layer gets the new mode.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    bn_params[0]["mode"] = mode
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if bn_param["mode"] == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_softmax_axis1", "I wrote the softmax myself and normalized along axis=1, across "
                            "the examples, instead of over the classes of each column.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    exp = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    AL = exp / np.sum(exp, axis=1, keepdims=True)
    return AL, caches


@wrong("mfb_beta_as_bias", "I added beta as the layer's bias in the linear step, Z = W A + "
                           "beta, and then used it again as the batch-norm shift.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A + beta
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("mfb_restores_mode", "To leave the inputs as they were I saved each dict's old mode and "
                            "put it back after the layer ran, so bn_params do not keep the "
                            "new mode.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        old_mode = bn_param.get("mode")
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        bn_param["mode"] = old_mode
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("mfb_zip_layers", "Loops over zip(range(1, L), bn_params) with a nested batch-norm "
                           "helper, and uses nn.linear_forward with a zero bias for the "
                           "hidden layers.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    def bn(Z, gamma, beta, bn_param):
        eps, rho = bn_param["eps"], bn_param["momentum"]
        if bn_param["mode"] == "train":
            mu = Z.mean(axis=1, keepdims=True)
            var = Z.var(axis=1, keepdims=True)
            bn_param["running_mean"] = rho * bn_param["running_mean"] + (1 - rho) * mu
            bn_param["running_var"] = rho * bn_param["running_var"] + (1 - rho) * var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        return gamma * Z_norm + beta, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                       "gamma": gamma, "eps": eps}

    L = nn.num_layers(parameters)
    caches = []
    A = X
    for l, bn_param in zip(range(1, L), bn_params):
        bn_param["mode"] = mode
        W = parameters["W" + str(l)]
        Z = W @ A
        Z_tilde, bn_cache = bn(Z, parameters["gamma" + str(l)], parameters["beta" + str(l)],
                               bn_param)
        caches.append(dict(A_prev=A, W=W, Z=Z, bn_cache=bn_cache, Z_tilde=Z_tilde))
        A = nn.relu(Z_tilde)
    WL, bL = parameters[f"W{L}"], parameters[f"b{L}"]
    ZL = nn.linear_forward(A, WL, bL)
    caches.append(dict(A_prev=A, W=WL, b=bL, Z=ZL))
    return nn.softmax(ZL), caches


@correct("mfb_modes_first_einsum", "Sets the mode of every dict up front, uses np.einsum for "
                                   "the products, a stable softmax written by hand, and "
                                   "np.maximum for the ReLU.")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    for bn_param in bn_params:
        bn_param["mode"] = mode
    L = len(bn_params) + 1
    caches = []
    A = X
    for l in range(1, L):
        W = parameters[f"W{l}"]
        gamma, beta = parameters[f"gamma{l}"], parameters[f"beta{l}"]
        p = bn_params[l - 1]
        Z = np.einsum("ij,jm->im", W, A)
        if p["mode"] == "train":
            mu = np.mean(Z, axis=1, keepdims=True)
            var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = gamma * Z_norm + beta
        caches.append({"A_prev": A, "W": W, "Z": Z,
                       "bn_cache": {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                    "gamma": gamma, "eps": p["eps"]},
                       "Z_tilde": Z_tilde})
        A = np.maximum(Z_tilde, 0)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = np.einsum("ij,jm->im", W, A) + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    shifted = Z - Z.max(axis=0, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=0, keepdims=True), caches

"""Held-out implementations of assignment 07, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------------
# batchnorm_forward
# ---------------------------------------------------------------------------------------------


@wrong("unbiased_variance", "I used np.var(Z, axis=1, ddof=1), the unbiased estimate, for the "
                            "batch variance")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("eps_outside_sqrt", "I added eps to the standard deviation, (Z - mu) / (sqrt(var) + eps), "
                           "instead of inside the square root")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("global_statistics", "I took np.mean(Z) and np.var(Z) over the whole matrix instead of "
                            "per unit along axis=1")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    if bn_param["mode"] == "train":
        mu = np.mean(Z) * np.ones_like(bn_param["running_mean"])
        var = np.var(Z) * np.ones_like(bn_param["running_var"])
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("momentum_swapped", "I gave the momentum to the new batch statistic: "
                           "(1 - momentum) * running + momentum * batch")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("test_uses_batch_stats", "In test mode I still normalized with the statistics of the "
                                "batch; I only skipped updating the running averages")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.var(Z, axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("test_updates_running", "I update the running averages on every call, also in test mode")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = bn_param["eps"], bn_param["momentum"]
    batch_mu = np.mean(Z, axis=1, keepdims=True)
    batch_var = np.var(Z, axis=1, keepdims=True)
    if bn_param["mode"] == "train":
        mu, var = batch_mu, batch_var
    else:
        mu, var = bn_param["running_mean"], bn_param["running_var"]
    bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * batch_mu
    bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * batch_var
    Z_norm = (Z - mu) / np.sqrt(var + eps)
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("running_std_not_var", "I kept a running average of the standard deviation instead of "
                              "the variance")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("running_not_stored", "I computed the new running averages into local variables and "
                             "never wrote them back into bn_param")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("defaults_hardcoded", "I typed eps = 1e-5 and momentum = 0.9 myself instead of reading "
                             "them from bn_param")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps, momentum = 1e-5, 0.9
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


@wrong("gamma_beta_swapped", "I mixed up the two parameters and computed beta * Z_norm + gamma")
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
    out = beta * Z_norm + gamma
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("pytorch_style_running_var", "I normalized with the plain variance but, like PyTorch, "
                                    "fed the unbiased (m - 1) variance into the running average")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@wrong("cache_holds_std", "I stored sqrt(var + eps) under the key 'var' in the cache because "
                          "that is what the backward pass divides by")
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
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": std, "gamma": gamma, "eps": eps}


@wrong("normalize_z_in_place", "I centred and scaled Z in place with -= and /= to save memory, "
                               "so the caller's Z and cache['Z'] end up normalized")
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
    Z /= np.sqrt(var + eps)
    Z_norm = Z
    out = gamma * Z_norm + beta
    return out, {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}


@correct("explicit_sums", "computes the statistics with explicit sums over axis 1, multiplies "
                          "by the inverse standard deviation, and looks up the statistics in "
                          "a small dispatch dict")
def batchnorm_forward(Z, gamma, beta, bn_param):
    m = Z.shape[1]
    eps = bn_param["eps"]
    rho = bn_param["momentum"]

    def batch_statistics():
        mean = Z.sum(axis=1, keepdims=True) / m
        centred = Z - mean
        variance = (centred * centred).sum(axis=1, keepdims=True) / m
        bn_param["running_mean"] = rho * bn_param["running_mean"] + (1 - rho) * mean
        bn_param["running_var"] = rho * bn_param["running_var"] + (1 - rho) * variance
        return mean, variance

    def running_statistics():
        return bn_param["running_mean"], bn_param["running_var"]

    mu, var = {"train": batch_statistics, "test": running_statistics}[bn_param["mode"]]()
    inv_std = 1.0 / np.sqrt(var + eps)
    Z_norm = (Z - mu) * inv_std
    out = Z_norm * gamma + beta
    cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
    return out, cache


@correct("update_with_dict_update", "uses np.average / np.square for the statistics, writes the "
                                    "running averages as running + (1 - rho) * (batch - running) "
                                    "with dict.update, and builds out with np.add/np.multiply")
def batchnorm_forward(Z, gamma, beta, bn_param):
    eps = bn_param["eps"]
    if bn_param["mode"] == "test":
        mu = bn_param["running_mean"]
        var = bn_param["running_var"]
    else:
        mu = np.average(Z, axis=1)[:, np.newaxis]
        var = np.average(np.square(Z - mu), axis=1)[:, np.newaxis]
        keep = bn_param["momentum"]
        old_mean, old_var = bn_param["running_mean"], bn_param["running_var"]
        bn_param.update(running_mean=old_mean + (1 - keep) * (mu - old_mean),
                        running_var=old_var + (1 - keep) * (var - old_var))
    Z_norm = np.divide(np.subtract(Z, mu), np.sqrt(np.add(var, eps)))
    out = np.add(np.multiply(gamma, Z_norm), beta)
    return out, dict(Z=Z, Z_norm=Z_norm, mu=mu, var=var, gamma=gamma, eps=eps)


# ---------------------------------------------------------------------------------------------
# batchnorm_backward (step by step)
# ---------------------------------------------------------------------------------------------


@wrong("no_mean_path", "I followed the path through the variance but forgot the path through "
                       "the mean (the dmu / m term)")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m
    return dZ, dgamma, dbeta


@wrong("no_variance_path", "I kept the direct path and the path through the mean but left out "
                           "the path through the variance")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dmu / m
    return dZ, dgamma, dbeta


@wrong("statistics_as_constants", "I treated mu and var as constants and only back-propagated "
                                  "gamma * dout / sqrt(var + eps)")
def batchnorm_backward(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma * dout / np.sqrt(var + eps)
    return dZ, dgamma, dbeta


@wrong("wrong_power_in_dvar", "I differentiated (var + eps)^(-1/2) into (var + eps)^(-1/2) "
                              "times -1/2, keeping the old exponent")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -0.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("dgamma_uses_Z", "I multiplied dout by the raw Z instead of Z_norm for dgamma")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("mean_not_sum_params", "I averaged dout over the batch for dbeta and dgamma because the "
                              "cost is an average")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.mean(dout, axis=1, keepdims=True)
    dgamma = np.mean(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("forgot_gamma", "I set dZ_norm = dout and forgot to multiply by gamma")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    eps = cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("eps_dropped", "I divided by sqrt(var) in the backward pass and forgot eps there")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma = cache["gamma"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * var ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@wrong("m_minus_one_variance_path", "I used m - 1 in the variance path, 2 (z - mu) / (m - 1), "
                                    "as in the unbiased variance")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / max(m - 1, 1) + dmu / m
    return dZ, dgamma, dbeta


@wrong("m_from_rows", "I took m = dout.shape[0], which is the number of units, not examples")
def batchnorm_backward(dout, cache):
    Z, Z_norm, mu, var = cache["Z"], cache["Z_norm"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = dout.shape[0]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ_norm = dout * gamma
    dvar = np.sum(dZ_norm * (Z - mu), axis=1, keepdims=True) * -0.5 * (var + eps) ** -1.5
    dmu = np.sum(-dZ_norm / np.sqrt(var + eps), axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + eps) + dvar * 2 * (Z - mu) / m + dmu / m
    return dZ, dgamma, dbeta


@correct("staged_graph_full_dmu", "walks the graph through intermediate nodes (centred, inverse "
                                  "std) and keeps the second term of dmu even though it is zero")
def batchnorm_backward(dout, cache):
    Z, mu, var = cache["Z"], cache["mu"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    m = Z.shape[1]
    centred = Z - mu
    std = np.sqrt(var + eps)
    inv_std = 1.0 / std
    Z_norm = cache["Z_norm"]
    # out = gamma * Z_norm + beta
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    dZ_norm = gamma * dout
    # Z_norm = centred * inv_std
    dinv_std = (dZ_norm * centred).sum(axis=1, keepdims=True)
    dcentred = dZ_norm * inv_std
    # inv_std = (var + eps) ** -1/2
    dvar = dinv_std * (-0.5) * inv_std ** 3
    # var = mean(centred ** 2), centred = Z - mu
    dmu = (-dcentred).sum(axis=1, keepdims=True) + dvar * np.mean(-2.0 * centred, axis=1,
                                                                   keepdims=True)
    dZ = dcentred + dvar * 2.0 * centred / m + dmu / m
    return dZ, dgamma, dbeta


@correct("per_unit_jacobian", "builds, for each unit, the m x m Jacobian of Z_norm with respect "
                              "to z and multiplies it by gamma * dout, row by row")
def batchnorm_backward(dout, cache):
    Z_norm, var = cache["Z_norm"], cache["var"]
    gamma, eps = cache["gamma"], cache["eps"]
    n, m = dout.shape
    dZ = np.empty_like(dout, dtype=np.result_type(dout, Z_norm, gamma, var))
    dgamma = np.empty((n, 1), dtype=dZ.dtype)
    dbeta = np.empty((n, 1), dtype=dZ.dtype)
    identity = np.eye(m)
    for j in range(n):
        zhat = Z_norm[j]
        g = dout[j]
        dbeta[j, 0] = g.sum()
        dgamma[j, 0] = g @ zhat
        jacobian = (identity - 1.0 / m - np.outer(zhat, zhat) / m) / np.sqrt(var[j, 0] + eps)
        dZ[j] = jacobian.T @ (gamma[j, 0] * g)
    return dZ, dgamma, dbeta


# ---------------------------------------------------------------------------------------------
# batchnorm_backward_alt (closed form)
# ---------------------------------------------------------------------------------------------


@wrong("missing_m_before_dout", "I wrote gamma / (m * std) * (dout - dbeta - Z_norm * dgamma), "
                                "without the m in front of dout")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("missing_dgamma_term", "I dropped the Z_norm * dgamma term, the path through the "
                              "variance")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta)
    return dZ, dgamma, dbeta


@wrong("missing_dbeta_term", "I dropped the dbeta term, the path through the mean")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("plus_dgamma_term", "I added Z_norm * dgamma instead of subtracting it")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta + Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("divide_by_variance", "I divided by (var + eps) instead of its square root")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * (var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("centred_z_in_last_term", "I used (Z - mu) instead of Z_norm in the last term")
def batchnorm_backward_alt(dout, cache):
    Z, mu, Z_norm = cache["Z"], cache["mu"], cache["Z_norm"]
    var, gamma, eps = cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - (Z - mu) * dgamma)
    return dZ, dgamma, dbeta


@wrong("no_gamma_factor", "I forgot the gamma in front of the closed form")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, eps = cache["Z_norm"], cache["var"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = 1.0 / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("m_is_number_of_units", "I read m from dout.shape[0], the number of units")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[0]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("std_without_eps", "I used sqrt(var) without eps in the closed form")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma = cache["Z_norm"], cache["var"], cache["gamma"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var)) * (m * dout - dbeta - Z_norm * dgamma)
    return dZ, dgamma, dbeta


@wrong("dgamma_dbeta_swapped", "I mixed up which sum goes with Z_norm: "
                               "m * dout - dgamma - Z_norm * dbeta")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[1]
    dbeta = np.sum(dout, axis=1, keepdims=True)
    dgamma = np.sum(dout * Z_norm, axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(var + eps)) * (m * dout - dgamma - Z_norm * dbeta)
    return dZ, dgamma, dbeta


@correct("projection_form", "subtracts from gamma * dout its row mean and its component along "
                            "Z_norm (means instead of sums), then divides by the std")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    dbeta = dout.sum(axis=1, keepdims=True)
    dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)
    g = gamma * dout
    g_mean = g.mean(axis=1, keepdims=True)
    g_along = (g * Z_norm).mean(axis=1, keepdims=True)
    dZ = (g - g_mean - Z_norm * g_along) / np.sqrt(var + eps)
    return dZ, dgamma, dbeta


@correct("einsum_closed_form", "gets the sums with einsum and factors the scale as "
                               "gamma * rsqrt(var + eps) times (dout - mean terms)")
def batchnorm_backward_alt(dout, cache):
    Z_norm, var, gamma, eps = cache["Z_norm"], cache["var"], cache["gamma"], cache["eps"]
    m = dout.shape[-1]
    dbeta = np.einsum("ij->i", dout)[:, None]
    dgamma = np.einsum("ij,ij->i", dout, Z_norm)[:, None]
    scale = gamma * (var + eps) ** -0.5
    dZ = scale * (dout - (dbeta + Z_norm * dgamma) / m)
    return dZ, dgamma, dbeta


# ---------------------------------------------------------------------------------------------
# model_forward_with_batchnorm
# ---------------------------------------------------------------------------------------------


@wrong("mode_never_set", "I passed bn_params to batch norm as they came and never wrote "
                         "`mode` into them")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        if p["mode"] == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("bn_param_copied", "I deep-copied each bn_param before using it so as not to touch the "
                          "caller's dicts, so the running statistics are never kept")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    import copy

    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = copy.deepcopy(bn_params[l - 1])
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("relu_before_bn", "I applied the ReLU first and batch-normalized its output")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        R = nn.relu(Z)
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = R.mean(axis=1, keepdims=True), R.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        R_norm = (R - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * R_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": R, "Z_norm": R_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = Z_tilde
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("always_batch_statistics", "My batch norm always normalizes with the batch statistics; "
                                  "I only used `mode` to decide whether to update the running "
                                  "averages")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
        if mode == "train":
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("output_bias_forgotten", "Since batch norm removes the biases I also left out bL in the "
                                "output layer")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("relu_on_output", "My loop applies LINEAR -> BN -> RELU and then I put a ReLU on the "
                         "logits too before the softmax")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(nn.relu(Z)), caches


@wrong("momentum_hardcoded", "I wrote 0.9 for the momentum in the running averages instead of "
                             "each layer's bn_param['momentum']")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = 0.9 * p["running_mean"] + 0.1 * mu
            p["running_var"] = 0.9 * p["running_var"] + 0.1 * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@wrong("softmax_over_rows", "I wrote my own softmax and normalized along axis=1 (over the "
                            "examples) instead of over the classes")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    exp = np.exp(Z - Z.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True), caches


@wrong("unbiased_variance_in_network", "My batch norm inside the network used np.var with "
                                       "ddof=1")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = W @ A
        p = bn_params[l - 1]
        p["mode"] = mode
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True, ddof=1)
            p["running_mean"] = p["momentum"] * p["running_mean"] + (1 - p["momentum"]) * mu
            p["running_var"] = p["momentum"] * p["running_var"] + (1 - p["momentum"]) * var
        else:
            mu, var = p["running_mean"], p["running_var"]
        Z_norm = (Z - mu) / np.sqrt(var + p["eps"])
        Z_tilde = parameters[f"gamma{l}"] * Z_norm + parameters[f"beta{l}"]
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                    "gamma": parameters[f"gamma{l}"], "eps": p["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = W @ A + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("inner_helper", "defines batch norm as a nested helper and builds the network with "
                         "nn.linear_forward and a zero bias, set by a dict update of the mode")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    from dlbasics import nn

    def batchnorm(Z, gamma, beta, bn_param):
        eps, rho = bn_param["eps"], bn_param["momentum"]
        if bn_param["mode"] == "train":
            mu = Z.mean(axis=1, keepdims=True)
            var = ((Z - mu) ** 2).mean(axis=1, keepdims=True)
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
    for l in range(1, L):
        W = parameters[f"W{l}"]
        Z = nn.linear_forward(A, W, 0)
        bn_params[l - 1].update(mode=mode)
        Z_tilde, bn_cache = batchnorm(Z, parameters[f"gamma{l}"], parameters[f"beta{l}"],
                                      bn_params[l - 1])
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("zip_layers", "zips the hidden layer indices with bn_params, selects the statistics "
                       "with a conditional expression and writes its own stable softmax")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = sum(1 for key in parameters if key.startswith("W"))
    caches = []
    A = X
    for l, state in zip(range(1, L), bn_params):
        state["mode"] = mode
        W = parameters[f"W{l}"]
        Z = np.dot(W, A)
        training = state["mode"] == "train"
        mu = np.mean(Z, axis=1, keepdims=True) if training else state["running_mean"]
        var = np.var(Z, axis=1, keepdims=True) if training else state["running_var"]
        if training:
            keep = state["momentum"]
            state["running_mean"] = keep * state["running_mean"] + (1.0 - keep) * mu
            state["running_var"] = keep * state["running_var"] + (1.0 - keep) * var
        Z_norm = (Z - mu) / np.sqrt(var + state["eps"])
        gamma, beta = parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z_tilde = gamma * Z_norm + beta
        caches.append({"A_prev": A, "W": W, "Z": Z, "Z_tilde": Z_tilde,
                       "bn_cache": {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,
                                    "gamma": gamma, "eps": state["eps"]}})
        A = np.maximum(Z_tilde, 0)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = np.dot(W, A) + b
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    shifted = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    AL = shifted / np.sum(shifted, axis=0, keepdims=True)
    return AL, caches

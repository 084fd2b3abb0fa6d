"""Misconceptions of assignment 07: batch normalization (edits of ``solutions/07_batchnorm.py``).

The backward pass comes first: ``make demo`` hands in the first entry, and a mistake in
batchnorm_forward also costs model_forward_with_batchnorm, which calls it.
"""

import numpy as np

from autograder.misconceptions import edit, rewrite
from dlbasics import nn

# --- batchnorm_backward -----------------------------------------------------------------
B = "batchnorm_backward"
DZ = 'dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m + dmu / m'
DVAR = 'dvar = (dZ_norm * Z_centered).sum(axis=1, keepdims=True) * -0.5 * inv_std ** 3'
DBETA = 'dbeta = dout.sum(axis=1, keepdims=True)'
DGAMMA = 'dgamma = (dout * Z_norm).sum(axis=1, keepdims=True)'
MISSING_MEAN = ("`dZ` is missing the path through the batch mean: every example moves mu, and "
                "mu enters every output, so dZ needs the term with dmu / m (the row sums of dZ "
                "are zero).")
MISSING_VAR = ("`dZ` is missing the path through the batch variance: every example moves var, "
               "and var scales every output, so dZ needs the term with dvar.")
CONSTANT = ("`dZ` treats the batch mean and variance as constants (it is only gamma * dout / "
            "sqrt(var + eps)); in train mode they depend on Z, so their paths add two terms.")
NO_GAMMA = "`dZ` is missing the factor gamma: out = gamma * Z_norm + beta, so dZ_norm = gamma * dout."
EPS_OUTSIDE = ("`dZ` uses sqrt(var) + eps: eps belongs inside the square root, sqrt(var + eps), "
               "as in the forward pass.")
DBETA_MEAN = "`dbeta` is averaged over the batch; sum it (dout already carries the 1/m of the averaged cost)."
DGAMMA_Z = "`dgamma` multiplies dout by Z; gamma scales Z_norm, so dgamma sums dout * Z_norm over the batch."
DGAMMA_MEAN = "`dgamma` is averaged over the batch; sum it (dout already carries the 1/m of the averaged cost)."

edit(B, "bwd_no_mean_path", MISSING_MEAN, (DZ, 'dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / m'))
edit(B, "bwd_no_variance_path", MISSING_VAR, (DZ, 'dZ = dZ_norm * inv_std + dmu / m'))
edit(B, "bwd_constant_statistics", CONSTANT, (DZ, 'dZ = dZ_norm * inv_std'))
edit(B, "bwd_forgot_gamma", NO_GAMMA, ('dZ_norm = dout * gamma', 'dZ_norm = dout'))
edit(B, "bwd_eps_outside_sqrt", EPS_OUTSIDE,
     ('inv_std = 1 / np.sqrt(var + eps)', 'inv_std = 1 / (np.sqrt(var) + eps)'))
edit(B, "bwd_dvar_wrong_power",
     "dvar uses (var + eps)**(-1/2): the derivative of (var + eps)**(-1/2) is "
     "-1/2 * (var + eps)**(-3/2).", (DVAR, DVAR.replace('inv_std ** 3', 'inv_std')))
edit(B, "bwd_dvar_sign_flipped",
     "dvar has the wrong sign: the derivative of (var + eps)**(-1/2) is -1/2 * (var + eps)**(-3/2).",
     (DVAR, DVAR.replace('* -0.5 *', '* 0.5 *')))
edit(B, "bwd_variance_path_missing_2",
     "The variance path is missing the factor 2: d var / d Z = 2 (Z - mu) / m.",
     (DZ, 'dZ = dZ_norm * inv_std + dvar * Z_centered / m + dmu / m'))
edit(B, "bwd_variance_path_over_m_minus_1",
     "The variance path divides by m - 1: the batch variance divides by m, so "
     "d var / d Z = 2 (Z - mu) / m.",
     (DZ, 'dZ = dZ_norm * inv_std + dvar * 2 * Z_centered / (m - 1) + dmu / m'))
edit(B, "bwd_dbeta_averaged", DBETA_MEAN, (DBETA, 'dbeta = dout.mean(axis=1, keepdims=True)'))
edit(B, "bwd_dgamma_uses_Z", DGAMMA_Z, (DGAMMA, 'dgamma = (dout * Z).sum(axis=1, keepdims=True)'))
edit(B, "bwd_dgamma_averaged", DGAMMA_MEAN,
     (DGAMMA, 'dgamma = (dout * Z_norm).mean(axis=1, keepdims=True)'))
edit(B, "bwd_flat_parameter_gradients",
     "dgamma and dbeta have shape (n,): keep the unit axis, shape (n, 1) (keepdims=True).",
     (DBETA, 'dbeta = dout.sum(axis=1)'), (DGAMMA, 'dgamma = (dout * Z_norm).sum(axis=1)'))

edit(B, "bwd_m_from_rows",
     "m is read from the number of rows, the units: m is the number of examples in the "
     "batch, the number of columns (Z.shape[1]).", ('m = Z.shape[1]', 'm = Z.shape[0]'))
edit(B, "bwd_eps_left_out_of_dZ",
     "dZ divides by sqrt(var) and leaves eps out: it divides by sqrt(var + eps), the same "
     "standard deviation as the forward pass (cache['eps']).",
     ('inv_std = 1 / np.sqrt(var + eps)', 'inv_std = 1 / np.sqrt(var)'),
     ('Z_norm = Z_centered * inv_std', 'Z_norm = cache["Z_norm"]'))
edit(B, "bwd_hard_coded_eps_in_dZ",
     "dZ uses a hard-coded eps: take cache['eps'], the one the forward pass used.",
     ('inv_std = 1 / np.sqrt(var + eps)', 'inv_std = 1 / np.sqrt(var + 1e-5)'),
     ('Z_norm = Z_centered * inv_std', 'Z_norm = cache["Z_norm"]'))
edit(B, "bwd_parameter_gradients_averaged",
     "dgamma and dbeta are averaged over the batch; sum them (dout already carries the 1/m of "
     "the averaged cost).", (DBETA, 'dbeta = dout.mean(axis=1, keepdims=True)'),
     (DGAMMA, 'dgamma = (dout * Z_norm).mean(axis=1, keepdims=True)'))
edit(B, "bwd_dgamma_times_gamma",
     "dgamma is multiplied by gamma: out = gamma * Z_norm + beta, so dgamma sums dout * Z_norm "
     "over the batch, with no gamma.",
     (DGAMMA, 'dgamma = (gamma * dout * Z_norm).sum(axis=1, keepdims=True)'))
edit(B, "bwd_dmu_sign_flipped",
     "dmu has the wrong sign: Z_norm falls when mu rises, so the direct part of dmu is "
     "minus the sum of dZ_norm / sqrt(var + eps).",
     ('dmu = (-dZ_norm * inv_std)', 'dmu = (dZ_norm * inv_std)'))

# grown from the mistakes of grader_tests/independent/dev3, and their siblings
edit(B, "bwd_dvar_missing_half",
     "dvar is missing the factor 1/2: the derivative of (var + eps)**(-1/2) is "
     "-1/2 * (var + eps)**(-3/2).", (DVAR, DVAR.replace('* -0.5 *', '* -1 *')))
edit(B, "bwd_dmu_not_over_m",
     "The mean path adds dmu to every dZ without dividing by m: mu averages the m examples, "
     "so d mu / d z_i = 1/m and the term is dmu / m.", (DZ, DZ.replace('+ dmu / m', '+ dmu')))
edit(B, "bwd_direct_path_missing_inv_std",
     "The direct path of dZ is dZ_norm alone: Z_norm = (Z - mu) / sqrt(var + eps), so that "
     "term is dZ_norm / sqrt(var + eps).", (DZ, DZ.replace('dZ_norm * inv_std +', 'dZ_norm +')))
edit(B, "bwd_dvar_uses_Z",
     "dvar multiplies dZ_norm by Z: the variance is built from the centred Z - mu, so dvar "
     "sums dZ_norm * (Z - mu) over the batch.",
     (DVAR, DVAR.replace('dZ_norm * Z_centered', 'dZ_norm * Z')))
edit(B, "bwd_parameter_gradients_over_units",
     "dgamma and dbeta are summed over the units (axis=0): each unit has its own gamma and "
     "beta, so sum over the examples of the batch, axis=1 with keepdims=True.",
     (DBETA, 'dbeta = dout.sum(axis=0, keepdims=True)'),
     (DGAMMA, 'dgamma = (dout * Z_norm).sum(axis=0, keepdims=True)'))


# --- batchnorm_forward ------------------------------------------------------------------
F = "batchnorm_forward"
SETTINGS = 'eps, momentum = bn_param["eps"], bn_param["momentum"]'
MEAN = 'mu = Z.mean(axis=1, keepdims=True)'
VARIANCE = 'var = Z.var(axis=1, keepdims=True)'
RUNNING_MEAN = ('bn_param["running_mean"] = momentum * bn_param["running_mean"] '
                '+ (1 - momentum) * mu')
RUNNING_VAR = 'bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var'
TEST = 'mu, var = bn_param["running_mean"], bn_param["running_var"]'
NORMALIZE = 'Z_norm = (Z - mu) / np.sqrt(var + eps)'
OUT = 'out = gamma * Z_norm + beta'

edit(F, "bn_unbiased_variance",
     "Z was normalized with the unbiased variance (divided by m - 1). Batch norm uses the "
     "plain batch variance: divide by m, as `np.var` does by default.",
     (VARIANCE, 'var = Z.var(axis=1, ddof=1, keepdims=True)'))
edit(F, "bn_eps_outside_sqrt",
     "eps is outside the square root, (Z - mu) / (sqrt(var) + eps): it belongs inside, "
     "(Z - mu) / sqrt(var + eps).",
     (NORMALIZE, 'Z_norm = (Z - mu) / (np.sqrt(var) + eps)'))
edit(F, "bn_statistics_over_wrong_axis",
     "The mean and variance are computed over the wrong axis: each unit (row of Z) gets its "
     "own statistics over the examples of the batch, axis=1 with keepdims=True.",
     (MEAN, 'mu = Z.mean(axis=0, keepdims=True)'), (VARIANCE, 'var = Z.var(axis=0, keepdims=True)'))
edit(F, "bn_statistics_of_whole_matrix",
     "One mean and one variance are computed for the whole matrix: each unit (row of Z) gets "
     "its own statistics over the batch, axis=1 with keepdims=True.",
     (MEAN, 'mu = Z.mean() * np.ones((Z.shape[0], 1))'),
     (VARIANCE, 'var = Z.var() * np.ones((Z.shape[0], 1))'))
edit(F, "bn_gamma_beta_swapped", "`gamma` and `beta` are swapped: out = gamma * Z_norm + beta.",
     (OUT, 'out = beta * Z_norm + gamma'))
edit(F, "bn_no_scale_and_shift", "`out` is Z_norm itself: scale it by `gamma` and shift it by "
     "`beta`.", (OUT, 'out = Z_norm'))
edit(F, "bn_shift_inside_scale", "beta is added before the scaling, gamma * (Z_norm + beta): "
     "out = gamma * Z_norm + beta.", (OUT, 'out = gamma * (Z_norm + beta)'))
edit(F, "bn_hard_coded_eps", "bn_param['eps'] is ignored (a hard-coded epsilon): use the "
     "value it holds.", (SETTINGS, 'eps, momentum = 1e-5, bn_param["momentum"]'))
edit(F, "bn_hard_coded_momentum", "bn_param['momentum'] is ignored (a hard-coded 0.9): use "
     "the value it holds.", (SETTINGS, 'eps, momentum = bn_param["eps"], 0.9'))
edit(F, "bn_momentum_swapped",
     "The running statistics are momentum * batch + (1 - momentum) * running: the weights "
     "are swapped. The running average keeps `momentum` of its old value and adds "
     "(1 - momentum) of the batch's.",
     (RUNNING_MEAN, 'bn_param["running_mean"] = momentum * mu + (1 - momentum) * '
                    'bn_param["running_mean"]'),
     (RUNNING_VAR, 'bn_param["running_var"] = momentum * var + (1 - momentum) * '
                   'bn_param["running_var"]'))
edit(F, "bn_running_replaced_by_batch",
     "The running statistics are replaced by the batch statistics: they are an exponentially "
     "weighted average, momentum * running + (1 - momentum) * batch.",
     (RUNNING_MEAN, 'bn_param["running_mean"] = mu'), (RUNNING_VAR, 'bn_param["running_var"] = var'))
edit(F, "bn_running_not_stored",
     "The running statistics do not change in train mode: store the new running_mean and "
     "running_var in the bn_param dict you were given, so the next call (and test mode) sees "
     "them.",
     (RUNNING_MEAN, RUNNING_MEAN.replace('bn_param["running_mean"] =', 'running_mean =', 1)),
     (RUNNING_VAR, RUNNING_VAR.replace('bn_param["running_var"] =', 'running_var =', 1)))
edit(F, "bn_running_var_of_std",
     "running_var is updated with the batch standard deviation: average the variance.",
     (RUNNING_VAR, RUNNING_VAR.replace('(1 - momentum) * var', '(1 - momentum) * np.sqrt(var)')))
edit(F, "bn_running_var_unbiased",
     "running_var is updated with the unbiased variance (divided by m - 1): use the same "
     "batch variance that normalizes Z (divided by m).",
     (RUNNING_VAR, RUNNING_VAR.replace('(1 - momentum) * var',
                                       '(1 - momentum) * Z.var(axis=1, ddof=1, keepdims=True)')))
edit(F, "bn_test_uses_batch_statistics",
     "In test mode Z is normalized with its own batch statistics. Test mode uses bn_param's "
     "running_mean and running_var, so that a prediction does not depend on the other "
     "examples in the batch.",
     (TEST, 'mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)'))
edit(F, "bn_test_updates_running",
     "The running statistics change during a test-mode call: only train mode updates them; "
     "test mode just reads them.",
     (TEST, TEST + '\n        ' + RUNNING_MEAN.replace('* mu', '* Z.mean(axis=1, keepdims=True)')
      + '\n        ' + RUNNING_VAR.replace('* var', '* Z.var(axis=1, keepdims=True)')))
edit(F, "bn_train_normalizes_with_running",
     "In train mode Z is normalized with the running statistics: train mode uses the mean "
     "and variance of the current batch (and only updates the running ones).",
     (RUNNING_VAR, RUNNING_VAR + '\n        ' + TEST))
edit(F, "bn_cache_var_holds_std",
     "cache['var'] holds the standard deviation: it holds the variance var used in "
     "sqrt(var + eps), as the docstring says.", ('"var": var', '"var": np.sqrt(var + eps)'))

edit(F, "bn_hard_coded_eps_and_momentum",
     "eps and momentum are hard-coded (the usual defaults): read both from bn_param, "
     "bn_param['eps'] and bn_param['momentum'].", (SETTINGS, 'eps, momentum = 1e-5, 0.9'))
edit(F, "bn_running_var_unbiased_rescaled",
     "running_var is updated with the unbiased variance (the batch variance times m / (m - 1)): "
     "use the same batch variance that normalizes Z (divided by m).",
     (RUNNING_VAR, RUNNING_VAR.replace('(1 - momentum) * var',
                                       '(1 - momentum) * var * Z.shape[1] / max(Z.shape[1] - 1, 1)')))

# grown from the mistakes of grader_tests/independent/dev3, and their siblings
edit(F, "bn_test_normalizes_with_updated_running",
     "A test-mode call updates the running statistics (and then normalizes with the updated "
     "ones): only train mode updates them; test mode reads them as they are.",
     (TEST, RUNNING_MEAN.replace('* mu', '* Z.mean(axis=1, keepdims=True)') + '\n        '
      + RUNNING_VAR.replace('* var', '* Z.var(axis=1, keepdims=True)') + '\n        ' + TEST))
edit(F, "bn_centers_z_in_place",
     "Z is centred in place (Z -= mu), which changes the caller's array and leaves the "
     "centred Z in the cache: compute Z - mu as a new array and cache the Z you were given.",
     (NORMALIZE, 'Z -= mu\n    Z_norm = Z / np.sqrt(var + eps)'))
edit(F, "bn_test_eps_left_out",
     "In test mode Z is divided by sqrt(running_var) without eps: both modes divide by "
     "sqrt(var + eps), with bn_param's eps.",
     (NORMALIZE, 'Z_norm = (Z - mu) / np.sqrt(var + (eps if bn_param["mode"] == "train" else 0))'))
edit(F, "bn_eps_left_out",
     "Z - mu is divided by sqrt(var) and eps is left out: divide by sqrt(var + eps), with "
     "bn_param's eps, so that a unit with (almost) no spread in the batch does not blow up.",
     (NORMALIZE, 'Z_norm = (Z - mu) / np.sqrt(var)'))
edit(F, "bn_no_square_root",
     "Z - mu is divided by var + eps: divide by the standard deviation, sqrt(var + eps).",
     (NORMALIZE, 'Z_norm = (Z - mu) / (var + eps)'))
edit(F, "bn_variance_not_centered",
     "The variance is the mean of Z**2, without subtracting the batch mean first: var is the "
     "mean of (Z - mu)**2 over the batch (as `np.var` computes it).",
     (VARIANCE, 'var = (Z ** 2).mean(axis=1, keepdims=True)'))


# --- batchnorm_backward_alt -------------------------------------------------------------
A = "batchnorm_backward_alt"
CLOSED = 'dZ = (gamma * inv_std / m) * (m * dout - dbeta - Z_norm * dgamma)'
INV_STD = 'inv_std = 1 / np.sqrt(cache["var"] + cache["eps"])'
edit(A, "alt_no_mean_term", MISSING_MEAN, (CLOSED, CLOSED.replace(' - dbeta', '')))
edit(A, "alt_no_variance_term", MISSING_VAR, (CLOSED, CLOSED.replace(' - Z_norm * dgamma', '')))
edit(A, "alt_constant_statistics", CONSTANT, (CLOSED, 'dZ = gamma * inv_std * dout'))
edit(A, "alt_forgot_gamma", NO_GAMMA, (CLOSED, CLOSED.replace('(gamma * inv_std / m)', '(inv_std / m)')))
edit(A, "alt_forgot_1_over_m",
     "The closed form is missing the 1/m in front: dZ = gamma / (m * sqrt(var + eps)) * "
     "(m * dout - sum(dout) - Z_norm * sum(dout * Z_norm)).",
     (CLOSED, CLOSED.replace('(gamma * inv_std / m)', '(gamma * inv_std)')))
edit(A, "alt_dout_not_times_m",
     "The first term inside the brackets is dout: it is m * dout, since the other two are "
     "sums over the m examples.", (CLOSED, CLOSED.replace('(m * dout', '(dout')))
edit(A, "alt_prefactor_m_minus_1",
     "The prefactor divides by m - 1: the batch variance divides by m, so it is "
     "gamma / (m * sqrt(var + eps)).", (CLOSED, CLOSED.replace('/ m)', '/ (m - 1))')))
edit(A, "alt_no_square_root",
     "The prefactor divides by var + eps: it divides by the standard deviation, sqrt(var + eps).",
     (INV_STD, 'inv_std = 1 / (cache["var"] + cache["eps"])'))
edit(A, "alt_eps_outside_sqrt", EPS_OUTSIDE,
     (INV_STD, 'inv_std = 1 / (np.sqrt(cache["var"]) + cache["eps"])'))
edit(A, "alt_centered_instead_of_normalized",
     "The last term uses Z - mu: it uses Z_norm, the centred Z divided by sqrt(var + eps).",
     (CLOSED, CLOSED.replace('Z_norm * dgamma', '(cache["Z"] - cache["mu"]) * dgamma')))
edit(A, "alt_dbeta_averaged", DBETA_MEAN, (DBETA, 'dbeta = dout.mean(axis=1, keepdims=True)'))
edit(A, "alt_dgamma_uses_Z", DGAMMA_Z,
     (DGAMMA, 'dgamma = (dout * cache["Z"]).sum(axis=1, keepdims=True)'))
edit(A, "alt_signs_flipped",
     "The two sums are added: dZ = gamma / (m * sqrt(var + eps)) * (m * dout - sum(dout) - "
     "Z_norm * sum(dout * Z_norm)), both subtracted.",
     (CLOSED, 'dZ = (gamma * inv_std / m) * (m * dout + dbeta + Z_norm * dgamma)'))

edit(A, "alt_m_from_rows",
     "m is read from the number of rows, the units: m is the number of examples in the "
     "batch, the number of columns (dout.shape[1]).", ('m = dout.shape[1]', 'm = dout.shape[0]'))
edit(A, "alt_eps_left_out",
     "The prefactor divides by sqrt(var) and leaves eps out: it divides by sqrt(var + eps), the "
     "same standard deviation as the forward pass (cache['eps']).",
     (INV_STD, 'inv_std = 1 / np.sqrt(cache["var"])'))
edit(A, "alt_hard_coded_eps",
     "The prefactor uses a hard-coded eps: take cache['eps'], the one the forward pass used.",
     (INV_STD, 'inv_std = 1 / np.sqrt(cache["var"] + 1e-5)'))
edit(A, "alt_parameter_gradients_averaged",
     "dgamma and dbeta are averaged over the batch; sum them (dout already carries the 1/m of "
     "the averaged cost), and the closed form needs those sums too.",
     (DBETA, 'dbeta = dout.mean(axis=1, keepdims=True)'),
     (DGAMMA, 'dgamma = (dout * Z_norm).mean(axis=1, keepdims=True)'))
edit(A, "alt_dgamma_term_added",
     "The term Z_norm * dgamma is added: it is subtracted, dZ = gamma / (m * sqrt(var + eps)) "
     "* (m * dout - sum(dout) - Z_norm * sum(dout * Z_norm)).",
     (CLOSED, CLOSED.replace('- Z_norm * dgamma', '+ Z_norm * dgamma')))
edit(A, "alt_dbeta_term_added",
     "The sum of dout (dbeta) is added: it is subtracted, dZ = gamma / (m * sqrt(var + eps)) "
     "* (m * dout - sum(dout) - Z_norm * sum(dout * Z_norm)).",
     (CLOSED, CLOSED.replace('- dbeta', '+ dbeta')))
edit(A, "alt_sums_swapped",
     "The two sums are swapped: the plain sum of dout (dbeta) stands alone and Z_norm "
     "multiplies sum(dout * Z_norm) (dgamma): m * dout - dbeta - Z_norm * dgamma.",
     (CLOSED, CLOSED.replace('- dbeta - Z_norm * dgamma', '- dgamma - Z_norm * dbeta')))
edit(A, "alt_centered_throughout",
     "Z - mu is used where Z_norm belongs (in dgamma and in the last term of dZ): Z_norm is "
     "the centred Z divided by sqrt(var + eps), as cached.",
     (DGAMMA, 'dgamma = (dout * (cache["Z"] - cache["mu"])).sum(axis=1, keepdims=True)'),
     (CLOSED, CLOSED.replace('Z_norm * dgamma', '(cache["Z"] - cache["mu"]) * dgamma')))
edit(A, "alt_dgamma_times_gamma_in_dZ",
     "dgamma is multiplied by gamma (and so is its term in dZ): out = gamma * Z_norm + beta, "
     "so dgamma sums dout * Z_norm over the batch, with no gamma.",
     (DGAMMA, 'dgamma = (gamma * dout * Z_norm).sum(axis=1, keepdims=True)'))

# grown from the mistakes of grader_tests/independent/dev3, and their siblings
edit(A, "alt_extra_1_over_m",
     "dZ is 1/m times too small: the closed form has 1/m once, either in the prefactor with "
     "sums in the bracket (m * dout - sum(dout) - Z_norm * sum(dout * Z_norm)) or not at all "
     "with batch means in it (dout - mean(dout) - Z_norm * mean(dout * Z_norm)), not both.",
     (CLOSED, 'dZ = (gamma * inv_std / m) * (dout - dbeta / m - Z_norm * dgamma / m)'))
edit(A, "alt_sums_without_1_over_m",
     "The bracket has the plain dout next to the sums: with sums, it is m * dout - sum(dout) "
     "- Z_norm * sum(dout * Z_norm) with 1/m in the prefactor; with dout alone, subtract the "
     "batch means instead.",
     (CLOSED, 'dZ = (gamma * inv_std) * (dout - dbeta - Z_norm * dgamma)'))
edit(A, "alt_recomputed_z_norm_without_eps",
     "Z_norm is recomputed as (Z - mu) / sqrt(var), leaving eps out (and the prefactor uses "
     "sqrt(var) too): use cache['Z_norm'] and sqrt(var + eps), the standard deviation of the "
     "forward pass.",
     ('Z_norm, gamma = cache["Z_norm"], cache["gamma"]', 'gamma = cache["gamma"]'),
     (INV_STD, 'inv_std = 1 / np.sqrt(cache["var"])\n'
               '    Z_norm = (cache["Z"] - cache["mu"]) * inv_std'))
edit(A, "alt_parameter_gradients_over_units",
     "dgamma and dbeta are summed over the units (axis=0): each unit has its own gamma and "
     "beta, so sum over the examples of the batch, axis=1 with keepdims=True.",
     (DBETA, 'dbeta = dout.sum(axis=0, keepdims=True)'),
     (DGAMMA, 'dgamma = (dout * Z_norm).sum(axis=0, keepdims=True)'))


# --- model_forward_with_batchnorm -------------------------------------------------------
M = "model_forward_with_batchnorm"
edit(M, "model_mode_not_set",
     "A pass behaves as the mode its bn_params already held: set each bn_param's 'mode' to "
     "the `mode` argument before calling batchnorm_forward.",
     ('        bn_param["mode"] = mode\n', ''))
edit(M, "model_always_train",
     "Every pass runs in train mode: set each bn_param's 'mode' to the `mode` argument.",
     ('bn_param["mode"] = mode', 'bn_param["mode"] = "train"'))
edit(M, "model_copies_bn_params",
     "The running statistics in `bn_params` never change: give batchnorm_forward the "
     "bn_param dicts of `bn_params` themselves, not copies.",
     ('bn_param = bn_params[l - 1]', 'bn_param = dict(bn_params[l - 1])'))
edit(M, "model_bn_after_relu",
     "Batch norm is applied after the ReLU; this network normalizes Z before the activation: "
     "LINEAR -> BATCHNORM -> RELU.",
     ('batchnorm_forward(Z, parameters', 'batchnorm_forward(nn.relu(Z), parameters'),
     ('A = nn.relu(Z_tilde)', 'A = Z_tilde'))
edit(M, "model_no_hidden_relu",
     "The hidden layers have no ReLU: A = relu(Z_tilde) after batch norm.",
     ('A = nn.relu(Z_tilde)', 'A = Z_tilde'))
edit(M, "model_output_bias_missing",
     "The output layer has no bias: its Z is WL @ A + bL (only the hidden layers drop their "
     "bias, which beta replaces).", ('Z = nn.linear_forward(A, W, b)', 'Z = W @ A'))
edit(M, "model_no_softmax", "AL is the output layer's Z: the output layer is LINEAR -> SOFTMAX.",
     ('return nn.softmax(Z), caches', 'return Z, caches'))
edit(M, "model_z_tilde_after_relu",
     "cache['Z_tilde'] holds the ReLU's output: it holds the batch-norm output, the input of "
     "the ReLU, which the backward pass needs for relu_backward.",
     ('"Z_tilde": Z_tilde', '"Z_tilde": nn.relu(Z_tilde)'))

edit(M, "model_relu_on_output",
     "The logits go through a ReLU before the softmax: only the hidden layers have a ReLU; "
     "the output layer is LINEAR -> SOFTMAX.",
     ('return nn.softmax(Z), caches', 'return nn.softmax(nn.relu(Z)), caches'))
edit(M, "model_softmax_over_examples",
     "The softmax normalizes over the examples (axis=1): each column (one example) holds the "
     "probabilities of the classes, so normalize over axis=0.",
     ('return nn.softmax(Z), caches',
      'E = np.exp(Z - Z.max(axis=1, keepdims=True))\n    return E / E.sum(axis=1, keepdims=True), caches'))

# grown from the mistakes of grader_tests/independent/dev3, and their siblings
edit(M, "model_relu_of_linear_output",
     "The ReLU is applied to Z, the linear output, so the batch-norm output is never used: "
     "A = relu(Z_tilde).", ('A = nn.relu(Z_tilde)', 'A = nn.relu(Z)'))
edit(M, "model_output_bias_zeroed",
     "The output layer's bias is dropped (a zero b): only the hidden layers drop their bias, "
     "which beta replaces; the output layer computes WL @ A + bL and caches bL.",
     ('W, b = parameters[f"W{L}"], parameters[f"b{L}"]',
      'W = parameters[f"W{L}"]\n    b = np.zeros((W.shape[0], 1))'))
edit(M, "model_gamma_beta_swapped",
     "gamma and beta are passed to batchnorm_forward in the wrong order: its signature is "
     "batchnorm_forward(Z, gamma, beta, bn_param).",
     ('batchnorm_forward(Z, parameters[f"gamma{l}"],\n'
      '                                              parameters[f"beta{l}"], bn_param)',
      'batchnorm_forward(Z, parameters[f"beta{l}"], parameters[f"gamma{l}"], bn_param)'))
edit(M, "model_cache_a_prev_is_output",
     "Each hidden layer's cache['A_prev'] holds the layer's own activation: append the cache "
     "before A is overwritten, so that A_prev is the layer's input.",
     ('caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})'
      '\n        A = nn.relu(Z_tilde)',
      'A = nn.relu(Z_tilde)\n        caches.append({"A_prev": A, "W": W, "Z": Z, '
      '"bn_cache": bn_cache, "Z_tilde": Z_tilde})'))
edit(M, "model_mode_set_after_call",
     "Each layer's mode is set after its batchnorm_forward call, so a pass runs in the previous "
     "pass's mode: set bn_param['mode'] = mode before calling batchnorm_forward.",
     ('        bn_param["mode"] = mode\n', ''),
     ('A = nn.relu(Z_tilde)', 'A = nn.relu(Z_tilde)\n        bn_param["mode"] = mode'))


# --- grown from the mistakes of grader_tests/independent/dev -----------------------------
edit(F, "bn_test_cache_batch_statistics",
     "In test mode the cache holds the batch's mean and variance: it holds the mu and var "
     "that normalized Z, the running ones in test mode.",
     ('cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var,',
      'cache = {"Z": Z, "Z_norm": Z_norm, "mu": Z.mean(axis=1, keepdims=True), '
      '"var": Z.var(axis=1, keepdims=True),'))
edit(B, "bwd_eps_left_out",
     "The backward pass leaves eps out (sqrt(var)): it divides by sqrt(var + eps), the same "
     "standard deviation as the forward pass.",
     ('inv_std = 1 / np.sqrt(var + eps)', 'inv_std = 1 / np.sqrt(var)'))
edit(B, "bwd_hard_coded_eps",
     "The backward pass uses a hard-coded eps: take cache['eps'], the one the forward pass "
     "used.", ('inv_std = 1 / np.sqrt(var + eps)', 'inv_std = 1 / np.sqrt(var + 1e-5)'))
edit(A, "alt_recomputed_unbiased_variance",
     "The variance is recomputed from Z with ddof=1: use cache['var'], the batch variance "
     "(divided by m) that the forward pass used.",
     (INV_STD, 'inv_std = 1 / np.sqrt(cache["Z"].var(axis=1, ddof=1, keepdims=True) '
               '+ cache["eps"])'))
edit(A, "alt_dgamma_times_gamma",
     "dgamma is multiplied by gamma: out = gamma * Z_norm + beta, so dgamma sums dout * Z_norm "
     "over the batch, with no gamma.", ('return dZ, dgamma, dbeta', 'return dZ, dgamma * gamma, dbeta'))


@rewrite("model_test_mode_uses_batch_statistics",
         "In test mode the network normalizes with each batch's own statistics: test mode uses "
         "every layer's running_mean and running_var (batchnorm_forward does, given mode).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
        if mode == "train":
            momentum = bn_param["momentum"]
            bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mu
            bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var
        Z_norm = (Z - mu) / np.sqrt(var + bn_param["eps"])
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma,
                    "eps": bn_param["eps"]}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@rewrite("model_hard_coded_momentum",
         "The running statistics in the network use a hard-coded momentum: each layer's "
         "bn_param['momentum'] says how much of the old running value to keep (batchnorm_forward "
         "reads it from the bn_param it is given).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):  # noqa: F811
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], 0.9
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


@rewrite("model_momentum_swapped",
         "The network's running statistics are momentum * batch + (1 - momentum) * running: the "
         "weights are swapped. The running average keeps `momentum` of its old value and adds "
         "(1 - momentum) of the batch's (check batchnorm_forward, if the network calls it).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):  # noqa: F811
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
            bn_param["running_mean"] = (1 - momentum) * bn_param["running_mean"] + momentum * mu
            bn_param["running_var"] = (1 - momentum) * bn_param["running_var"] + momentum * var
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


@rewrite("model_test_mode_updates_running",
         "The running statistics change during a test-mode pass: only train mode updates them; "
         "test mode just reads them (check batchnorm_forward, if the network calls it).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):  # noqa: F811
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        batch_mu, batch_var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
        if mode == "train":
            mu, var = batch_mu, batch_var
        else:
            mu, var = bn_param["running_mean"], bn_param["running_var"]
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * batch_mu
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * batch_var
        Z_norm = (Z - mu) / np.sqrt(var + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@rewrite("model_eps_outside_sqrt",
         "The network's batch norm puts eps outside the square root, (Z - mu) / (sqrt(var) + "
         "eps): it belongs inside, sqrt(var + eps) (check batchnorm_forward, if the network "
         "calls it).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):  # noqa: F811
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
        Z_norm = (Z - mu) / (np.sqrt(var) + eps)
        Z_tilde = gamma * Z_norm + beta
        bn_cache = {"Z": Z, "Z_norm": Z_norm, "mu": mu, "var": var, "gamma": gamma, "eps": eps}
        caches.append({"A_prev": A, "W": W, "Z": Z, "bn_cache": bn_cache, "Z_tilde": Z_tilde})
        A = nn.relu(Z_tilde)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@rewrite("model_unbiased_variance",
         "The network's batch norm uses the unbiased variance (divided by m - 1): batch norm "
         "uses the plain batch variance, divided by m as `np.var` does by default (check "
         "batchnorm_forward, if the network calls it).")
def model_forward_with_batchnorm(X, parameters, bn_params, mode):  # noqa: F811
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L):
        W, gamma, beta = parameters[f"W{l}"], parameters[f"gamma{l}"], parameters[f"beta{l}"]
        Z = W @ A
        bn_param = bn_params[l - 1]
        bn_param["mode"] = mode
        eps, momentum = bn_param["eps"], bn_param["momentum"]
        if mode == "train":
            mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, ddof=1, keepdims=True)
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

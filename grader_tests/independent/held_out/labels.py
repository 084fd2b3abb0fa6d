"""Blind labels of the held_out set: which misconception each wrong version makes.

Written by reading each wrong version, the catalog's entries and the reference they edit,
without running anything: the name of the catalog entry (or contract) that makes the same
mistake, or None when none does.  A wrong version is named when its verdict names exactly
this.  Labelled after the catalog was complete; neither the set nor these labels were used to
change it.
"""

LABELS = {
    "01_initialization": {
        "zeros_w_transposed": "zeros_transposed_weights",
        "zeros_bias_1d": "zeros_flat_bias",
        "zeros_last_layer_missing": "zeros_skips_last_layer",
        # b is (1, n[l]) instead of (n[l], 1); values are zeros, no entry for a row bias
        "zeros_bias_row": "returns_wrong_shape",
        # keys W0..W{L-1} instead of W1..WL (right arrays under shifted names); not zeros_counts_input_as_layer (which adds W0 of shape (n0, nL) and keeps W1..WL)
        "zeros_keys_from_zero": "returns_wrong_keys",
        # results right, but pops the caller's layer_dims empty
        "zeros_pops_layer_dims": "changes_input_in_place",
        # range(len(layer_dims)) with layer_dims[l - 1]: exactly the entry's edit
        "zeros_extra_input_layer": "zeros_counts_input_as_layer",
        # b is (n[l-1], 1); values are zeros, no entry for this
        "zeros_bias_fan_in": "returns_wrong_shape",
        "rand_uniform": "random_uniform_weights",
        "rand_scale_squared": "random_scale_squared",
        "rand_sqrt_scale": "random_scale_as_variance",
        "rand_reseed_each_layer": "random_reseeds_each_layer",
        "rand_seed_hardcoded": "random_hard_coded_seed",
        # global seed set but draws from an unseeded default_rng(): weights ignore seed
        "rand_global_seed_new_rng": "random_ignores_seed",
        "rand_bias_random": "random_biases",
        # rng.normal(scale, size=...) is normal(loc=scale, scale=1): identical to the entry
        "rand_normal_loc_scale_swapped": "random_scale_as_mean",
        # W drawn as (n[l-1], n[l]) with the right distribution; no transposed entry for random
        "rand_w_transposed": "returns_wrong_shape",
        "he_fan_out": "he_fan_in_of_wrong_layer",
        # W * 2 / n equals W * (2 / n) within rounding
        "he_variance_not_std": "he_variance_as_std",
        "he_xavier_factor": "he_uses_xavier_scale",
        "he_floor_division": "he_integer_division",
        "he_sqrt2_over_n": "he_root_of_numerator_only",
        "he_fan_avg": "he_fan_average",
        # sqrt(2 / n0) for every layer; no entry uses the input size everywhere
        "he_input_size_everywhere": None,
        # legacy np.random.seed inside the loop: same reseeding mistake, generator is free
        "he_reseed_in_loop": "he_reseeds_each_layer",
        "he_seed_not_passed": "he_ignores_seed",
        "xav_glorot_average": "xavier_fan_average",
        "xav_he_factor": "xavier_uses_he_scale",
        # W / sqrt(n[l]) == W * sqrt(1 / n[l])
        "xav_fan_out": "xavier_fan_in_of_wrong_layer",
        "xav_variance_not_std": "xavier_variance_as_std",
        # uniform in [-1/sqrt(n), 1/sqrt(n)]: differs in bounds from xavier_uniform_weights, _centred and _glorot_uniform
        "xav_uniform_bound": None,
        # W{k} scaled by layer_dims[k-2] (W1 by layer_dims[-1]), same draws: the entry's behaviour
        "xav_shifted_fan_in": "xavier_fan_in_two_layers_back",
        "xav_reseed_in_loop": "xavier_reseeds_each_layer",
        "xav_seed_hardcoded": "xavier_hard_coded_seed",
        # W drawn as (n[l-1], n[l]) scaled by the right std; no transposed entry for xavier
        "xav_w_transposed": "returns_wrong_shape",
    },
    "02_regularization": {
        # sums squares of every value in parameters (all W and b), same as W^2 + b^2 over l = 1..L
        "l2c_biases_penalized": "cost_l2_penalizes_biases",
        "l2c_missing_half": "cost_l2_missing_half",
        "l2c_missing_m": "cost_l2_missing_1_over_m",
        # np.linalg.norm of a 2-D W is the Frobenius norm, sqrt(sum of squares)
        "l2c_norm_not_squared": "cost_l2_norm_not_squared",
        "l2c_output_layer_skipped": "cost_l2_skips_last_layer",
        # AL.shape[0] == Y.shape[0]; m only enters the penalty, as in the entry
        "l2c_m_from_rows": "cost_m_from_wrong_axis",
        "l2c_precedence": "cost_l2_multiplied_by_m",
        "l2c_square_of_sum": "cost_l2_square_of_sum",
        "l2c_abs_values": "cost_l1_instead_of_l2",
        "l2c_mean_of_squares": "cost_l2_mean_not_sum",
        # -np.mean(Y * log AL) == -np.sum(Y * log AL) / Y.size
        "l2c_ce_mean_over_classes": "cost_cross_entropy_over_all_entries",
        # dW and db both divided by m again; dZ passed back keeps a single 1/m, as in the entry
        "l2b_divide_by_m_again": "backward_gradients_divided_by_m_again",
        "l2b_lambda_over_2m": "backward_l2_halved",
        "l2b_bias_decay": "backward_l2_on_biases",
        "l2b_no_m_in_penalty": "backward_l2_without_1_over_m",
        # relu_backward with the Z of layer l (wrong shape for dA_prev): no entry does this, errors or wrong mask
        "l2b_relu_wrong_layer_z": None,
        "l2b_sign_flipped": "backward_output_dZ_wrong_sign",
        # L2 term only for l < L
        "l2b_output_layer_not_regularized": "backward_l2_hidden_layers_only",
        # right gradients, but writes "dZ" into the caches dicts it was given
        "l2b_stores_dz_in_cache": "changes_input_in_place",
        # db is (n,) instead of (n, 1); values right
        "l2b_db_no_keepdims": "returns_wrong_shape",
        # m = X.shape[0] used both in dZ and in the L2 term, as the entry (not backward_l2_m_from_features, L2 term only)
        "l2b_m_from_x_rows": "backward_m_from_features",
    },
    "03_dropout": {
        "dof_no_rescale": "dropout_not_rescaled",
        "dof_mask_greater_than": "dropout_keep_and_drop_swapped",
        # mask stored as float64 in the cache too (upcasts entry keeps a boolean D)
        "dof_float64_mask": "dropout_float64_mask_stored",
        "dof_reseed_each_layer": "dropout_reseeds_every_layer",
        "dof_mask_per_unit": "dropout_one_mask_per_unit",
        # same draw order: rng(seed), X mask first, then the hidden masks
        "dof_drops_input": "dropout_on_input",
        # masks Z before the softmax, while the entry masks the softmax output
        "dof_drops_output": None,
        "dof_z_stored_after_dropout": "dropout_mask_applied_to_z",
        "dof_times_keep_prob": "dropout_multiplies_by_keep_prob",
        # the notebook allows the global generator; masks do not depend on seed
        "dof_unseeded_global": "dropout_ignores_seed",
        # right values; only at keep_prob == 1 the hidden caches lack the "D" key
        "dof_skip_when_keep_all": "returns_wrong_keys",
        # float64 inputs give float32 outputs, values within float32 rounding
        "dof_cast_float32": "returns_wrong_dtype",
        "dob_no_rescale": "backward_not_rescaled",
        # seeded generator (1) created once, draws of dA_prev.shape: same as the entry
        "dob_new_mask": "backward_fresh_mask_fixed_seed",
        "dob_times_keep_prob": "backward_multiplies_by_keep_prob",
        # dW and db of every layer divided by m with dZ untouched = all grads / m, as dZ/m/m
        "dob_divide_by_m_again": "backward_averaged_twice",
        # float32 inputs give float64 grads below the top layer, values right
        "dob_float64_mask": "returns_wrong_dtype",
        "dob_no_relu_derivative": "backward_skips_relu_derivative",
        "dob_softmax_forgotten": "backward_z_as_probabilities",
        "dob_m_from_rows": "backward_m_is_number_of_classes",
        # grads right, but the cached hidden Z are overwritten with 0/1
        "dob_inplace_relu_mask": "changes_input_in_place",
        # skips the last hidden mask and uses wrong masks below it (matches skips_last only when L == 2)
        "dob_mask_of_current_layer": None,
    },
    "04_gradient_checking": {
        "gc1_one_sided": "check1d_one_sided",
        "gc1_divide_by_eps": "check1d_over_epsilon",
        "gc1_precedence_times_eps": "check1d_times_epsilon",
        # only the denominator loses its absolute values (numerator keeps abs): not check1d_signed
        "gc1_no_abs_denominator": "check1d_signed_denominator",
        # only the numerator is signed, denominator keeps |g| + |g_approx|: not check1d_signed
        "gc1_signed_numerator": "check1d_no_abs_in_numerator",
        "gc1_relative_to_approx": "check1d_estimate_only_denominator",
        "gc1_fixed_epsilon": "check1d_hard_coded_epsilon",
        "gc1_squared_norms": "check1d_squared",
        # np.linalg.norm of a scalar is its absolute value: |g - g_approx| / |g + g_approx|
        "gc1_norm_of_sum": "check1d_abs_of_sum",
        "gc1_max_denominator": "check1d_max_denominator",
        "gcn_grads_dict_order": "checkn_gradients_in_dict_order",
        # theta_minus aliases theta: (x + eps) - eps == x up to rounding, so J_minus is J(theta)
        "gcn_alias_not_copy": "checkn_minus_at_theta",
        "gcn_copy_outside_loop": "checkn_perturbations_accumulate",
        # returns what checkn_not_restored returns, but also leaves the caller's parameters shifted by -eps
        "gcn_perturb_params_no_restore": "checkn_perturbs_parameters_without_restoring",
        # norm(g - ga) / norm(g) + norm(ga): grad-only denominator plus an added norm(ga); no entry
        "gcn_precedence_denominator": None,
        # J(theta) and one-sided difference over eps, as in checkn_one_sided
        "gcn_one_sided": "checkn_one_sided",
        "gcn_fixed_epsilon": "checkn_hard_coded_epsilon",
        "gcn_skip_last_entry": "checkn_skips_last_entry",
        # every entry shifted at once (directional derivative for all i); no entry
        "gcn_perturb_all_entries": None,
        "gcn_squared_norms": "checkn_squared_norms",
        "bpf_db3_not_averaged": "fixed_db3_not_averaged",
        "bpf_relu_mask_ge": "fixed_relu_mask_from_A2",
        "bpf_tanh_factor_two": "fixed_tanh_factor_two",
        "bpf_tanh_deriv_of_z": "fixed_tanh_derivative_from_Z",
        "bpf_tanh_no_square": "fixed_tanh_not_squared",
        "bpf_double_over_m": "fixed_divided_by_m_twice",
        # ReLU mask taken from layer 3's Z (caches[2]); no entry
        "bpf_mask_wrong_layer_cache": None,
        # np.maximum(dA2, 0) clips the gradient instead of masking by Z2 > 0; no entry
        "bpf_relu_of_gradient": None,
        # right values, db1/db2/db3 of shape (n,) instead of (n, 1)
        "bpf_db_no_keepdims": "returns_wrong_shape",
        # right gradients, but AL -= Y changes the caller's AL
        "bpf_inplace_al": "changes_input_in_place",
    },
    "05_minibatch": {
        "rmb_drop_last_batch": "minibatch_drops_last_batch",
        # two independent permutations of one seeded generator: same distribution as the seed + 1 entry (generator free)
        "rmb_two_permutations": "minibatch_x_and_y_different_permutations",
        "rmb_m_from_rows": "minibatch_m_from_rows",
        # in-place shuffle of the caller's X and Y with one shared order; generator free, so the first in-place entry fits (the _legacy_rng one also fits, later)
        "rmb_shuffle_in_place": "minibatch_shuffles_callers_arrays",
        # unseeded global permutation: not reproducible from seed, same as default_rng()
        "rmb_no_seed": "minibatch_ignores_seed",
        "rmb_seed_zero_hardcoded": "minibatch_hard_coded_seed",
        # always appending [num_complete*b:] equals range(0, m + 1, b): remainder batch, or an empty one when b divides m
        "rmb_empty_last_batch": "minibatch_empty_last_batch",
        "rmb_zeros_float64": "minibatch_copies_into_float64",
        # consecutive batches shuffled only inside each batch: no entry makes this mistake
        "rmb_partition_then_shuffle": None,
        # Y left in its original order (not an independent random order): no entry matches
        "rmb_y_not_shuffled": None,
    },
    "06_optimization": {
        "ewma_no_one_minus_beta": "ewma_no_one_minus_beta",
        "ewma_swapped_weights": "ewma_weights_swapped",
        # v starts at values[0] and skips the t=1 update; the entry's t=1 update of v=values[0] gives the same v_1
        "ewma_start_at_first_value": "ewma_starts_at_first_value",
        "ewma_corrected_fed_back": "ewma_corrected_value_fed_back",
        "ewma_bias_multiplied": "ewma_correction_multiplies",
        "ewma_bias_t_off_by_one": "ewma_correction_t_plus_1",
        # right v_1..v_T (and corrections) but a leading v_0 = 0 is returned too: (T+1,) instead of (T,)
        "ewma_includes_v0": "returns_wrong_shape",
        "ewma_zeros_like_input_dtype": "ewma_keeps_float32",
        # right averages, written into the caller's float64 array (asarray does not copy it)
        "ewma_overwrites_values": "changes_input_in_place",
        "ewma_bias_uses_last_t": "ewma_correction_uses_last_t",
        "ivel_parameter_keys": "velocity_parameter_keys",
        "ivel_misses_last_layer": "velocity_skips_last_layer",
        # keys dW0..dW(L-1) instead of dW1..dWL (zeros, shapes follow the shifted keys); no entry
        "ivel_keys_shifted": "returns_wrong_keys",
        # dW gets shape (n_l, 1); zeros otherwise right; no entry
        "ivel_w_like_b_shape": "returns_wrong_shape",
        # dW transposed; no entry
        "ivel_transposed_w": "returns_wrong_shape",
        # zeroes W and b (the entry zeroes only W): wider scope, v itself is right
        "ivel_zeroes_parameters": "changes_input_in_place",
        # db keys missing, no weights-only entry for initialize_velocity
        "ivel_weights_only": "returns_wrong_keys",
        "ivel_int_zeros": "returns_wrong_dtype",
        # two contract faults: extra W/b keys in the returned dict and the parameters dict gains keys
        "ivel_adds_to_parameters": None,
        "mom_no_one_minus_beta": "momentum_no_one_minus_beta",
        "mom_old_velocity": "momentum_steps_with_old_velocity",
        "mom_swapped_beta": "momentum_weights_swapped",
        "mom_gradient_step": "momentum_steps_with_gradient",
        "mom_plus_sign": "momentum_goes_uphill",
        # shallow copies + *=, +=, -= change the arrays of both v and parameters, like the entry
        "mom_shallow_copy_inplace": "momentum_updates_inputs_in_place",
        # only the v dict is changed (parameters untouched), the in-place entry also changes parameters
        "mom_mutates_v_dict": "changes_input_in_place",
        # last layer kept (params and v) rather than dropped: same values as last_layer_unchanged
        "mom_skips_last_layer": "momentum_last_layer_unchanged",
        # biases keep both their value and their velocity
        "mom_weights_only": "momentum_biases_and_velocity_not_updated",
        "irms_parameter_keys": "rmsprop_state_parameter_keys",
        "irms_epsilon_start": "rmsprop_state_starts_at_epsilon",
        "irms_misses_last_layer": "rmsprop_state_skips_last_layer",
        "irms_bias_1d": "rmsprop_state_flat_bias",
        # dW transposed; no entry
        "irms_transposed_w": "returns_wrong_shape",
        # zeroes W and b (the entry zeroes only W): wider scope, s itself is right
        "irms_zeroes_parameters_inplace": "changes_input_in_place",
        # a tuple (v, s) instead of the dict s
        "irms_returns_pair": "returns_wrong_kind",
        "irms_int_dtype": "returns_wrong_dtype",
        "rms_eps_inside_sqrt": "rmsprop_epsilon_inside_sqrt",
        "rms_no_sqrt": "rmsprop_divides_by_s",
        "rms_old_s": "rmsprop_uses_old_s",
        # abs under the root: the _abs entry, not the plain one (which gives NaN)
        "rms_gradient_not_squared": "rmsprop_gradient_not_squared_abs",
        "rms_swapped_beta2": "rmsprop_weights_swapped",
        "rms_epsilon_precedence": "rmsprop_epsilon_added_to_step",
        "rms_hardcoded_epsilon": "rmsprop_hard_coded_epsilon",
        # only parameters changed in place; no entry changes parameters without s
        "rms_inplace_parameters": "changes_input_in_place",
        # caller's s ends up holding the new s, parameters untouched: same results as the s-only in-place entry
        "rms_mutates_s_dict": "rmsprop_updates_inputs_in_place",
        "iadam_parameter_keys": "adam_state_parameter_keys",
        "iadam_misses_last_layer": "adam_state_skips_last_layer",
        # a dict {"v", "s"} instead of the tuple (v, s)
        "iadam_returns_dict": "returns_wrong_kind",
        "iadam_bias_1d": "adam_state_flat_bias",
        "iadam_s_epsilon": "adam_state_s_starts_at_epsilon",
        "iadam_weights_only": "adam_state_weights_only",
        # dW transposed; no entry
        "iadam_transposed_w": "returns_wrong_shape",
        # v and s are the parameter arrays, zeroed: right values, parameters destroyed; no entry
        "iadam_fill_aliases_parameters": "changes_input_in_place",
        "adam_step_uses_raw_moments": "adam_steps_with_uncorrected",
        "adam_t_plus_one": "adam_correction_t_plus_1",
        "adam_eps_inside_sqrt": "adam_epsilon_inside_sqrt",
        "adam_beta1_for_s_correction": "adam_s_corrected_with_beta1",
        "adam_returns_corrected_as_state": "adam_stores_corrected",
        "adam_no_sqrt": "adam_divides_by_s",
        "adam_power_parentheses": "adam_correction_power_of_one_minus_beta",
        "adam_s_from_v_squared": "adam_s_from_velocity",
        # only v and s dicts changed; the in-place entry also changes the parameters
        "adam_mutates_v_s_dicts": "changes_input_in_place",
        # only the parameters' arrays changed; the in-place entry also changes v and s
        "adam_shallow_copy_inplace": "changes_input_in_place",
        "itd_multiplies": "inverse_time_multiplies",
        "itd_missing_brackets": "inverse_time_precedence",
        "itd_epoch_from_one": "inverse_time_epoch_plus_one",
        "itd_power_of_epoch": "inverse_time_compounds",
        "itd_sqrt_denominator": "inverse_time_square_root",
        "itd_floor_division": "inverse_time_floor_division",
        "itd_minus_sign": "inverse_time_minus_sign",
        "itd_brackets_times_epoch": "inverse_time_multiplies_by_epoch",
        "exp_always_staircase": "exp_decay_always_floors",
        "exp_ignores_staircase": "exp_decay_no_floor",
        # staircase branch right, only the continuous branch has the precedence slip
        "exp_precedence": "exp_decay_precedence_without_staircase",
        "exp_round_staircase": "exp_decay_staircase_rounds",
        "exp_ceil_staircase": "exp_decay_staircase_ceil",
        "exp_natural_exponential": "exp_decay_natural_exp",
        "exp_staircase_swapped": "exp_decay_staircase_inverted",
        # step + 1 in both branches
        "exp_step_plus_one": "exp_decay_step_from_1",
        "sched_no_floor": "scheduled_no_floor",
        "sched_round": "scheduled_rounds",
        "sched_ceil": "scheduled_ceil",
        "sched_epoch_plus_one": "scheduled_boundary_one_epoch_early",
        "sched_floor_of_product": "scheduled_floor_of_product",
        "sched_modulo": "scheduled_modulo",
        "sched_exponential_staircase": "scheduled_exponential",
        "sched_missing_brackets": "scheduled_precedence",
        "slu_uniform_values": "log_uniform_linear_scale",
        "slu_returns_exponent": "log_uniform_returns_exponent",
        "slu_natural_exp": "log_uniform_base_e",
        "slu_no_seed": "log_uniform_ignores_seed",
        # right distribution and reproducible with the seed; only the global RNG state is touched, no entry/contract
        "slu_global_seed": None,
        "slu_reseed_in_loop": "log_uniform_reseeded_per_value",
        "slu_forgot_range_width": "log_uniform_low_plus_high_times_rand",
        # integers(trunc(low), trunc(high), endpoint=True) differs from the entry's [ceil(low), floor(high)] for fractional bounds
        "slu_integer_exponents": None,
        # right distribution (own float32 draws, seeded), only the dtype is float32
        "slu_float32": "returns_wrong_dtype",
        # (n, 1) instead of (n,), same draws
        "slu_column_shape": "returns_wrong_shape",
        "sbeta_forgot_one_minus": "beta_forgot_one_minus",
        "sbeta_uniform_beta": "beta_linear_scale",
        "sbeta_negative_exponent": "beta_negative_exponent",
        # log10(beta) uniform: no entry samples that distribution
        "sbeta_log_scale_beta": None,
        "sbeta_no_seed": "beta_ignores_seed",
        # right distribution and reproducible with the seed; only the global RNG state is touched, no entry/contract
        "sbeta_global_seed": None,
        "sbeta_natural_exp": "beta_base_e",
        "sbeta_reseed_in_loop": "beta_reseeded_per_value",
        # one scalar draw from default_rng(seed) broadcast: same values as the reseeded entry
        "sbeta_one_draw_shared": "beta_reseeded_per_value",
        # right distribution (own float32 draws, seeded), only the dtype is float32
        "sbeta_float32": "returns_wrong_dtype",
    },
    "07_batchnorm": {
        "bnf_unbiased_variance": "bn_unbiased_variance",
        "bnf_eps_outside_sqrt": "bn_eps_outside_sqrt",
        "bnf_momentum_swapped": "bn_momentum_swapped",
        "bnf_test_uses_batch_stats": "bn_test_uses_batch_statistics",
        # updates running first, then test mode normalizes with the updated values (not bn_test_updates_running, which uses the old ones)
        "bnf_test_updates_running": "bn_test_normalizes_with_updated_running",
        "bnf_axis0_stats": "bn_statistics_over_wrong_axis",
        "bnf_divide_by_variance": "bn_no_square_root",
        "bnf_running_not_stored": "bn_running_not_stored",
        # 0.9/0.1 equals momentum=0.9 within rounding
        "bnf_momentum_hardcoded": "bn_hard_coded_momentum",
        "bnf_test_cache_batch_stats": "bn_test_cache_batch_statistics",
        "bnb_no_mean_path": "bwd_no_mean_path",
        # dmu lacks dvar * mean(-2 (Z - mu)), which is zero within rounding
        "bnb_no_var_path": "bwd_no_variance_path",
        "bnb_dvar_power_half": "bwd_dvar_wrong_power",
        "bnb_dvar_no_half": "bwd_dvar_missing_half",
        "bnb_dgamma_with_z": "bwd_dgamma_uses_Z",
        "bnb_param_grads_axis0": "bwd_parameter_gradients_over_units",
        "bnb_forgot_gamma": "bwd_forgot_gamma",
        # both dgamma and dbeta averaged, so not the single-gradient entries
        "bnb_param_grads_mean": "bwd_parameter_gradients_averaged",
        "bnb_dmu_sign": "bwd_dmu_sign_flipped",
        # results right, but Z -= mu overwrites cache["Z"]; no backward entry is in place
        "bnb_inplace_centring": "changes_input_in_place",
        "bnba_no_m_on_dout": "alt_dout_not_times_m",
        "bnba_no_m_in_front": "alt_forgot_1_over_m",
        "bnba_no_dgamma_term": "alt_no_variance_term",
        "bnba_no_dbeta_term": "alt_no_mean_term",
        "bnba_no_sqrt": "alt_no_square_root",
        "bnba_plus_dbeta": "alt_dbeta_term_added",
        "bnba_no_gamma": "alt_forgot_gamma",
        "bnba_axis0_sums": "alt_parameter_gradients_over_units",
        # raw Z in the last term, the entry alt_centered_instead_of_normalized uses Z - mu
        "bnba_raw_z_in_last_term": None,
        "bnba_m_from_rows": "alt_m_from_rows",
        "mfb_copies_bn_param": "model_copies_bn_params",
        "mfb_relu_before_bn": "model_bn_after_relu",
        "mfb_no_output_bias": "model_output_bias_missing",
        "mfb_ignores_mode_arg": "model_mode_not_set",
        "mfb_z_tilde_after_relu": "model_z_tilde_after_relu",
        "mfb_a_prev_after_update": "model_cache_a_prev_is_output",
        # only layer 1 gets the mode; later layers run in their stale mode; no entry does this
        "mfb_mode_first_layer_only": None,
        "mfb_softmax_axis1": "model_softmax_over_examples",
        # beta added to Z changes cached Z, mu, running_mean and test-mode outputs; no entry
        "mfb_beta_as_bias": None,
        # outputs right, but bn_params do not keep the new mode
        "mfb_restores_mode": "updates_input_wrongly",
    },
    "08_tensorflow": {
        "oh_axis0_columns": "one_hot_column_layout",
        "oh_int32_dtype": "one_hot_integer_dtype",
        "oh_float64_dtype": "one_hot_float64",
        "oh_depth_from_max": "one_hot_depth_from_labels",
        "oh_hardcoded_ten": "one_hot_ignores_depth",
        # float32 NumPy array = tf.one_hot(...).numpy(); the np.eye entry is float64
        "oh_numpy_eye": "one_hot_returns_numpy",
        # right values, but tf.squeeze drops the batch axis (batch 1) or depth axis (depth 1)
        "oh_squeeze": "returns_wrong_shape",
        # reshape of [batch, depth] to [depth, -1]: neither the transpose nor the axis=0 reshape entry
        "oh_reshape_columns": None,
        "ini_xavier_scale": "init_tf_xavier",
        # rng.normal(shape, stddev=s) equals rng.normal(shape) * s
        "ini_fan_out": "init_tf_fan_in_of_wrong_layer",
        "ini_variance_as_stddev": "init_tf_variance_as_std",
        "ini_column_shape": "init_tf_column_layout",
        # tf.constant of an eager tensor is that tensor: plain tensors for W and b, as the student's
        "ini_tensor_not_variable": "init_tf_constants",
        # op seed only in eager mode: new He-normal draws at every call, the same seed misuse
        "ini_op_seed_only": "init_tf_ignores_seed",
        "ini_reseed_each_layer": "init_tf_reseeds_each_layer",
        # zero biases as float64 Variables: only the dtype is wrong
        "ini_bias_float64": "returns_wrong_dtype",
        "ini_bias_column": "init_tf_column_bias",
        "ini_missing_last_layer": "init_tf_skips_last_layer",
        "fp_softmax_output": "forward_tf_softmax_on_output",
        "fp_relu_on_output": "forward_tf_relu_on_output",
        # hidden layers become NumPy arrays, output layer in TF; same values within rounding
        "fp_numpy_relu": "forward_tf_numpy_hidden_layers",
        "fp_sigmoid_hidden": "forward_tf_sigmoid_hidden",
        "fp_no_output_bias": "forward_tf_no_output_bias",
        "fp_relu_before_bias": "forward_tf_relu_before_bias",
        # log_softmax on the output: no entry
        "fp_log_softmax_output": None,
        # logits right; replaces the caller's Variables by tensors (the caches entry adds A{l} keys instead)
        "fp_converts_params_in_place": "changes_input_in_place",
        "cc_no_from_logits": "cost_not_from_logits",
        "cc_sum_not_mean": "cost_summed",
        "cc_no_reduce": "cost_per_example",
        "cc_double_softmax": "cost_double_softmax",
        "cc_log_of_softmax": "cost_log_of_softmax",
        # mean over batch and classes of the sigmoid CE = mean over axis 1, then over the batch
        "cc_sigmoid_bce": "cost_sigmoid_cross_entropy_mean",
        "cc_mean_over_all_entries": "cost_mean_over_all_entries",
        "cc_missing_minus": "cost_negated",
        # NumPy float32 scalar; the entry's float(...) is a Python float, its message covers NumPy numbers
        "cc_numpy_mean": "cost_not_a_tensor",
        # argmax over the batch axis: no entry
        "acc_argmax_axis0": None,
        # int64 mean (argmax dtype), not the int32 entry
        "acc_integer_mean": "accuracy_integer_mean_int64",
        "acc_count_not_fraction": "accuracy_count",
        # NumPy float64 scalar: NumPy result plus float64 (two catalogued mistakes), no entry has both
        "acc_numpy_mean": None,
        # differs only on tied logits: no entry
        "acc_in_top_k": None,
        "acc_percentage": "accuracy_percentage",
        # argmax of the integer labels: no entry
        "acc_argmax_labels": None,
        "acc_float64_cast": "accuracy_float64",
        "ml_greater_equal": "multilabel_greater_or_equal",
        "ml_no_sigmoid": "multilabel_no_sigmoid",
        "ml_softmax": "multilabel_softmax",
        "ml_bool_output": "multilabel_bool_result",
        "ml_float_output": "multilabel_float_result",
        "ml_argmax_one_label": "multilabel_one_label_per_row",
        # tf.round rounds half to even: round(sigmoid) == (sigmoid > 0.5), threshold ignored
        "ml_round": "multilabel_ignores_threshold",
        # int64 NumPy array instead of an int32 tensor: kind and dtype both wrong, no entry
        "ml_numpy_where": None,
        "ed_staircase_ignored": "decay_staircase_ignored",
        "ed_staircase_inverted": "decay_staircase_inverted",
        "ed_round_not_floor": "decay_staircase_rounded",
        # math.ceil vs np.ceil: same values
        "ed_ceil_not_floor": "decay_staircase_ceil",
        "ed_inverse_time": "decay_inverse_time",
        "ed_exp_of_rate": "decay_natural_exp",
        "ed_step_plus_one": "decay_step_plus_one",
        # Keras ExponentialDecay: same schedule values (float32 rounding) but returns tensors, not floats
        "ed_keras_schedule_tensor": "returns_wrong_kind",
        "ed_own_step_counter": "decay_counts_own_calls",
        "ts_no_training_flag": "train_step_inference_mode",
        "ts_no_from_logits": "train_step_not_from_logits",
        "ts_loss_after_update": "train_step_loss_after_update",
        "ts_sum_loss": "train_step_summed_loss",
        "ts_per_example_loss": "train_step_per_example_loss",
        # extra training-mode pass before the tape, not after the update
        "ts_model_called_twice": "train_step_extra_pass_before_tape",
        "ts_manual_sgd": "train_step_ignores_optimizer",
        "ts_softmax_then_from_logits": "train_step_double_softmax",
        "ts_negated_gradients": "train_step_gradient_ascent",
        "bn_bias_before_bn": "bn_mlp_dense_bias_before_bn",
        "bn_default_momentum": "bn_mlp_default_momentum",
        "bn_dropout_keep_prob": "bn_mlp_dropout_keep_rate",
        "bn_softmax_output": "bn_mlp_softmax_output",
        "bn_placement_flag_ignored": "bn_mlp_always_bn_first",
        "bn_after_relu_no_bias": "bn_mlp_no_bias_after_relu",
        "bn_dropout_only_last": "bn_mlp_one_dropout_after_all",
        "bn_momentum_pytorch": "bn_mlp_momentum_as_one_minus",
        "bn_epsilon_1e5": "bn_mlp_epsilon_of_assignment_07",
        # fixed Input((784,)): no entry
        "bn_fixed_input_784": None,
        # plain minimize without dependencies = control_dependencies([])
        "v1_no_update_ops": "v1_no_control_dependencies",
        "v1_minimize_after_block": "v1_no_control_dependencies",
        # MOVING_AVERAGE_VARIABLES never holds the update ops: no dependency on them
        "v1_wrong_collection_key": "v1_no_control_dependencies",
        # returned op runs only the update ops, weights unchanged (minimize built but not returned)
        "v1_returns_update_group": "v1_update_ops_only",
        "v1_first_update_op_only": "v1_first_update_op_only",
        # depending on the loss adds nothing: the update ops never run
        "v1_depends_on_loss": "v1_no_control_dependencies",
        # scope filter keeps update ops named batch_normalization*: correct for default-named BN layers, so not the no-dependency entry
        "v1_collection_scope": None,
        # gradients do not need the identity op, so the update ops never run
        "v1_identity_loss": "v1_no_control_dependencies",
    },
}

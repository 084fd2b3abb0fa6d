"""Blind labels of the dev3 set: which misconception each wrong version makes.

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
        # bias (1, n) row: no entry; values all zeros, only the shape is wrong
        "zeros_bias_row": "returns_wrong_shape",
        "zeros_missing_last_layer": "zeros_skips_last_layer",
        "zeros_includes_input_layer": "zeros_counts_input_as_layer",
        # right arrays under keys W0..W{L-1}/b0..b{L-1}: differs from zeros_counts_input_as_layer (which adds W0 of shape (n0, nL) and keeps W1..WL)
        "zeros_keys_from_zero": "returns_wrong_keys",
        # results right, pops layer_dims[0] from the caller's list
        "zeros_pops_layer_dims": "changes_input_in_place",
        "zeros_int_dtype": "zeros_integer_arrays",
        "rand_scale_squared": "random_scale_squared",
        "rand_sqrt_scale": "random_scale_as_variance",
        # legacy np.random.seed + np.random.rand; the notebook allows either generator
        "rand_uniform_draws": "random_uniform_weights",
        "rand_reseed_in_loop": "random_reseeds_each_layer",
        # legacy np.random.seed(3) + randn; the notebook allows either generator
        "rand_hardcoded_seed": "random_hard_coded_seed",
        "rand_hardcoded_ten": "random_hard_coded_scale",
        # same draw order as random_biases (W then b, same rng)
        "rand_random_biases": "random_biases",
        # no random entry for transposed W; same stream of draws, only the shape (n[l-1], n[l]) is wrong
        "rand_w_transposed": "returns_wrong_shape",
        "he_fan_out": "he_fan_in_of_wrong_layer",
        # rng.normal(0, s) == s * standard_normal on the same Generator stream
        "he_normal_variance_as_std": "he_variance_as_std",
        "he_missing_factor_two": "he_uses_xavier_scale",
        # (draws*sqrt(2))/n vs draws*(sqrt(2)/n): equal up to rounding
        "he_sqrt_numerator_only": "he_root_of_numerator_only",
        "he_integer_division": "he_integer_division",
        "he_average_fan": "he_fan_average",
        # W{l+1} scaled by layer_dims[l-1] (layer_dims[-1] for W1) == reference with layer_dims[l-2]
        "he_shifted_index": "he_fan_in_two_layers_back",
        # unseeded legacy global np.random.randn; the notebook allows either generator
        "he_unseeded_global": "he_ignores_seed",
        # reseeds the legacy global generator per layer; the notebook allows either generator
        "he_seed_plus_layer_reset": "he_reseeds_each_layer",
        "xav_glorot_average": "xavier_fan_average",
        "xav_he_factor": "xavier_uses_he_scale",
        "xav_no_sqrt": "xavier_variance_as_std",
        # draws / sqrt(n[l]) vs draws * sqrt(1/n[l]): equal up to rounding
        "xav_fan_out": "xavier_fan_in_of_wrong_layer",
        # rng.uniform(-lim, lim) vs rng.uniform(-1, 1) * lim: same draws, equal up to rounding
        "xav_glorot_uniform": "xavier_glorot_uniform",
        # np.random.seed has no effect on the unseeded default_rng(): same as xavier_ignores_seed
        "xav_seed_wrong_generator": "xavier_ignores_seed",
        # no xavier skip-last-layer entry; the layers present are right, W{L}/b{L} keys missing
        "xav_missing_last_layer": "returns_wrong_keys",
        # no xavier flat-bias entry; zeros of shape (n,) instead of (n, 1)
        "xav_bias_1d": "returns_wrong_shape",
        # legacy np.random.seed + np.random.normal(0, 1/n); the notebook allows either generator
        "xav_std_via_var_then_normal_var": "xavier_variance_as_std",
    },
    "02_regularization": {
        "reg_no_half": "cost_l2_missing_half",
        # looping over all parameter values = W and b squares for l = 1..L (dict holds only W{l}, b{l})
        "reg_penalizes_biases": "cost_l2_penalizes_biases",
        "reg_skips_output_layer": "cost_l2_skips_last_layer",
        "reg_norm_not_squared": "cost_l2_norm_not_squared",
        # m only enters the penalty in the reference too; compute_cost keeps its own m
        "reg_m_from_rows": "cost_m_from_wrong_axis",
        "reg_precedence_times_m": "cost_l2_multiplied_by_m",
        "reg_mean_of_squares": "cost_l2_mean_not_sum",
        # -np.mean(Y * log AL) == -np.sum(Y * log AL) / Y.size; neither clips
        "reg_ce_mean_all_entries": "cost_cross_entropy_over_all_entries",
        # value right, but W **= 2 overwrites the weights in parameters
        "reg_squares_weights_in_place": "changes_input_in_place",
        # value right, returns a numpy scalar instead of a Python float
        "reg_returns_numpy_float32": "returns_wrong_kind",
        # only dW's cross-entropy part divided again (db untouched); m = X.shape[1] == Y.shape[1]
        "bwr_divides_by_m_twice": "backward_dW_divided_by_m_again",
        "bwr_lambda_without_m": "backward_l2_without_1_over_m",
        "bwr_kept_the_half": "backward_l2_halved",
        "bwr_decays_biases": "backward_l2_on_biases",
        # linear_backward gives the plain gradients; only dW[L] lacks the L2 term
        "bwr_output_layer_not_decayed": "backward_l2_hidden_layers_only",
        "bwr_relu_mask_geq_zero": "backward_relu_derivative_one_at_zero",
        # mask values are Z > 0 (right), but the cached Z is overwritten in place
        "bwr_relu_mask_in_cache": "changes_input_in_place",
        "bwr_forgot_relu_derivative": "backward_skips_relu_derivative",
        # m = X.shape[0] used in both dZ and the L2 term, as the entry's m replacement
        "bwr_m_from_input_rows": "backward_m_from_features",
        # db is (n,) instead of (n, 1); values right
        "bwr_db_without_keepdims": "returns_wrong_shape",
        "bwr_y_minus_al": "backward_output_dZ_wrong_sign",
    },
    "03_dropout": {
        "dof_no_rescale": "dropout_not_rescaled",
        "dof_reseed_every_layer": "dropout_reseeds_every_layer",
        "dof_drops_input": "dropout_on_input",
        "dof_one_mask_per_unit": "dropout_one_mask_per_unit",
        # cached D is float64 too, so not dropout_float64_mask_upcasts (which keeps a boolean D)
        "dof_float64_mask": "dropout_float64_mask_stored",
        "dof_mask_comparison_reversed": "dropout_keep_and_drop_swapped",
        # relu(Z*D/kp) == relu(Z)*D/kp and the masked Z is cached, as in the entry
        "dof_caches_masked_z": "dropout_mask_applied_to_z",
        # generator free in the notebook: unseeded global rand = same mistake as default_rng()
        "dof_unseeded_global_rng": "dropout_ignores_seed",
        "dof_relu_in_place_on_z": "dropout_relu_overwrites_cached_z",
        # last hidden layer undropped and without D: no entry does this
        "dof_last_hidden_not_dropped": None,
        "dof_multiplies_by_keep_prob": "dropout_multiplies_by_keep_prob",
        # unseeded fresh mask with np.random.rand: same distribution as default_rng()
        "dob_new_mask": "backward_fresh_mask",
        "dob_no_rescale": "backward_not_rescaled",
        "dob_no_divide_by_m": "backward_not_averaged",
        # all grads are linear in dZ_L, so dividing every dW and db by m again == dZ / m / m
        "dob_divides_by_m_again": "backward_averaged_twice",
        # values right within rounding, lower layers' grads float64
        "dob_float_mask_upcasts": "returns_wrong_dtype",
        # results right, but caches list emptied
        "dob_pops_caches": "changes_input_in_place",
        "dob_forgot_relu_derivative": "backward_skips_relu_derivative",
        # AL from a forward pass without dropout: no entry recomputes AL that way
        "dob_al_from_plain_forward": "backward_al_from_forward_without_dropout",
        # m = number of classes, not n_x as in backward_m_from_wrong_axis: another constant
        "dob_m_is_number_of_classes": "backward_m_is_number_of_classes",
        # equals backward_ignores_masks only for L = 2; for deeper nets wrong/shifted masks or a shape error
        "dob_mask_of_own_layer": None,
    },
    "04_gradient_checking": {
        "gc1_one_sided": "check1d_one_sided",
        "gc1_no_denominator": "check1d_no_denominator",
        "gc1_divide_by_epsilon": "check1d_over_epsilon",
        "gc1_precedence_2_times_eps": "check1d_times_epsilon",
        # |g - g_approx| / (g + g_approx): only the denominator is signed (check1d_signed also drops the numerator's abs)
        "gc1_no_abs_in_denominator": "check1d_signed_denominator",
        # signed numerator, |g| + |g_approx| denominator (check1d_signed also changes the denominator)
        "gc1_signed_numerator": "check1d_no_abs_in_numerator",
        "gc1_abs_of_sum_denominator": "check1d_abs_of_sum",
        "gc1_reversed_difference": "check1d_reversed_difference",
        "gc1_hardcoded_epsilon": "check1d_hard_coded_epsilon",
        "gc1_relative_to_g_only": "check1d_grad_only_denominator",
        # aliasing: the minus step undoes the plus step, so J_minus = J(theta) (up to an ulp) over 2*eps
        "gcn_alias_not_copy": "checkn_minus_at_theta",
        # plus and minus copies drift apart (+eps and -eps on all earlier entries): a cumulative-sum estimate, not checkn_not_restored
        "gcn_copy_once_outside_loop": "checkn_perturbations_accumulate",
        "gcn_gradients_dict_order": "checkn_gradients_in_dict_order",
        "gcn_one_sided": "checkn_one_sided",
        # values as checkn_not_restored, but it also changes the caller's `parameters` in place: two mistakes
        "gcn_perturb_parameters_no_restore": "checkn_perturbs_parameters_without_restoring",
        # |sum(g - a)| / (|sum g| + |sum a|): no catalog entry
        "gcn_square_of_sum": "checkn_norm_as_abs_of_sum",
        "gcn_norm_of_sum_denominator": "checkn_norm_of_sum",
        # skips the first entry; checkn_skips_last_entry skips the last (different place)
        "gcn_loop_starts_at_1": "checkn_skips_first_entry",
        # correct for float64 parameters, while checkn_float32_theta is always float32
        "gcn_theta_keeps_param_dtype": None,
        # sets the entry to +-eps instead of adding: no catalog entry
        "gcn_set_instead_of_add": "checkn_step_replaces_entry",
        "bpf_db3_still_not_divided": "fixed_db3_not_averaged",
        "bpf_relu_mask_on_A2_kept": "fixed_relu_mask_from_A2",
        "bpf_tanh_factor_2_kept": "fixed_tanh_factor_two",
        # (Z2 >= 0), not (A2 >= 0)
        "bpf_relu_mask_ge_zero": "fixed_relu_mask_at_zero",
        "bpf_tanh_derivative_on_Z1": "fixed_tanh_derivative_from_Z",
        "bpf_tanh_square_misplaced": "fixed_tanh_derivative_square_misplaced",
        "bpf_m_divided_twice": "fixed_divided_by_m_twice",
        # right values, db's of shape (n,) instead of (n, 1)
        "bpf_db_no_keepdims": "returns_wrong_shape",
        # both layers' derivatives swapped; fixed_relu_derivative_on_tanh_layer changes layer 1 only
        "bpf_activations_swapped": "fixed_activations_swapped",
        # right values, but AL is changed in place
        "bpf_inplace_dZ3_on_AL": "changes_input_in_place",
    },
    "05_minibatch": {
        # range(m // b) full batches == range(0, m - b + 1, b); both give [] when m < b
        "mb_drop_last_batch": "minibatch_drops_last_batch",
        # X and Y get two independent seeded permutations (2nd draw vs default_rng(seed + 1)): same distribution, draws are free
        "mb_two_permutations": "minibatch_x_and_y_different_permutations",
        # Y left in original order while X is shuffled: not an independent permutation of Y, no entry does this
        "mb_y_not_shuffled": None,
        "mb_m_from_rows": "minibatch_m_from_rows",
        "mb_inclusive_slice_end": "minibatch_batch_end_minus_one",
        # full batches + [n*b:] always == range(0, m + 1, b): empty batch only when b divides m
        "mb_always_extra_batch": "minibatch_empty_last_batch",
        # [-b:] leftover == start clamped to m - b; both give all columns when m < b
        "mb_last_batch_overlaps": "minibatch_last_batch_taken_from_the_end",
        # float64 batches from X and Y: the entry comes before the dtype contract
        "mb_preallocated_float64": "minibatch_copies_into_float64",
        "mb_unseeded_generator": "minibatch_ignores_seed",
        "mb_choice_with_replacement": "minibatch_sampled_with_replacement",
        # a slice of a fresh permutation for each batch is distributed like the entry's first k of a fresh permutation; both seeded
        "mb_permutation_per_batch": "minibatch_new_sample_for_each_batch",
        # caller's X and Y shuffled in place with one permutation, right values; generator is free, so the first in-place entry fits
        "mb_shuffle_inputs_in_place": "minibatch_shuffles_callers_arrays_legacy_rng",
        # rows of X AND rows of Y permuted, columns left unshuffled; the entry shuffles X rows but Y columns correctly
        "mb_shuffle_features": None,
    },
    "06_optimization": {
        "ewma_swapped_beta": "ewma_weights_swapped",
        "ewma_no_one_minus_beta": "ewma_no_one_minus_beta",
        "ewma_t_from_zero": "ewma_correction_t_from_0",
        "ewma_correct_feeds_back": "ewma_corrected_value_fed_back",
        "ewma_append_before_update": "ewma_outputs_average_before_update",
        # v_1 = theta_1 then same recursion; the entry's first update leaves theta_1 unchanged (within rounding)
        "ewma_start_at_first_value": "ewma_starts_at_first_value",
        # (1 - beta)**t correction: no ewma entry has it
        "ewma_power_precedence": "ewma_correction_power_of_one_minus_beta",
        # right values for float64 input; float32 input gives a float32 result
        "ewma_zeros_like_input_dtype": "ewma_keeps_float32",
        # right values, but the caller's values array/list is overwritten
        "ewma_overwrites_input": "changes_input_in_place",
        # crashes on list input (AttributeError); no entry or contract covers a crash
        "ewma_shape_attr_on_list": None,
        "ewma_correct_with_T": "ewma_correction_uses_last_t",
        "vel_param_key_names": "velocity_parameter_keys",
        "vel_bias_1d": "velocity_flat_bias",
        "vel_skips_last_layer": "velocity_skips_last_layer",
        # keys dW0, db0, ...: values right, keys wrong
        "vel_keys_from_zero": "returns_wrong_keys",
        # db has the shape of W
        "vel_db_shape_of_w": "returns_wrong_shape",
        # extra keys W1, b1, ...
        "vel_started_from_params_dict": "returns_wrong_keys",
        # zeroes W and b (the entry zeroes only W): results right, parameters changed
        "vel_fill_param_arrays": "changes_input_in_place",
        # dW has shape (n_l, 1)
        "vel_dw_shape_of_b": "returns_wrong_shape",
        "mom_no_one_minus_beta": "momentum_no_one_minus_beta",
        "mom_old_velocity_step": "momentum_steps_with_old_velocity",
        # only parameters changed in place (the entry changes v too)
        "mom_inplace_params": "changes_input_in_place",
        # only v changed (the entry changes parameters too)
        "mom_writes_into_v": "changes_input_in_place",
        # shallow copies: both v's and the parameters' arrays changed in place, as in the entry
        "mom_shallow_copy_inplace": "momentum_updates_inputs_in_place",
        "mom_plus_sign": "momentum_goes_uphill",
        "mom_loop_misses_last_layer": "momentum_skips_last_layer",
        "mom_step_with_raw_grad": "momentum_steps_with_gradient",
        "mom_swapped_beta": "momentum_weights_swapped",
        # b stepped with v['dW'] (wrong values and broadcast shape); no entry
        "mom_bias_uses_dw_velocity": "momentum_bias_steps_with_weight_velocity",
        "rms_init_param_key_names": "rmsprop_state_parameter_keys",
        # keys sdW1, sdb1, ...
        "rms_init_sdw_keys": "returns_wrong_keys",
        "rms_init_epsilon": "rmsprop_state_starts_at_epsilon",
        "rms_init_ones": "rmsprop_state_starts_at_ones",
        "rms_init_bias_1d": "rmsprop_state_flat_bias",
        # only layer 1: equals skips_last_layer only for L = 2; missing keys otherwise
        "rms_init_first_layer_only": "returns_wrong_keys",
        # zeroes W and b (the entry zeroes only W): results right, parameters changed
        "rms_init_zeros_inplace": "changes_input_in_place",
        # dW transposed shape
        "rms_init_transposed_w": "returns_wrong_shape",
        "rms_eps_inside_sqrt": "rmsprop_epsilon_inside_sqrt",
        "rms_no_sqrt": "rmsprop_divides_by_s",
        "rms_grad_not_squared": "rmsprop_gradient_not_squared",
        "rms_old_s_in_step": "rmsprop_uses_old_s",
        "rms_swapped_beta2": "rmsprop_weights_swapped",
        # per-matrix mean of dW**2; no entry
        "rms_mean_square_whole_matrix": "rmsprop_mean_square_over_matrix",
        # only s changed (d[key] = ... into the given dict), like the entry that changes s only
        "rms_writes_into_s": "rmsprop_updates_inputs_in_place",
        # only the parameters' arrays changed in place; entries change s (or s and parameters)
        "rms_inplace_param_arrays": "changes_input_in_place",
        "rms_hardcoded_epsilon": "rmsprop_hard_coded_epsilon",
        # plain GD for b but s['db'] still updated (the entry keeps the old s for b)
        "rms_bias_plain_gd": "rmsprop_biases_plain_step_s_updated",
        "adaminit_param_key_names": "adam_state_parameter_keys",
        # flat bias moments: no adam entry
        "adaminit_bias_1d": "adam_state_flat_bias",
        "adaminit_skips_last_layer": "adam_state_skips_last_layer",
        "adaminit_s_epsilon": "adam_state_s_starts_at_epsilon",
        # (v, s, 0): three items
        "adaminit_returns_t": "returns_wrong_length",
        "adaminit_db_shape_of_w": "returns_wrong_shape",
        # extra keys W1, b1, ...
        "adaminit_from_params_dict": "returns_wrong_keys",
        # zeroes the parameters in place; v and s right
        "adaminit_zeroes_params": "changes_input_in_place",
        # keys dW0, db0, ...
        "adaminit_keys_from_zero": "returns_wrong_keys",
        "adam_t_plus_one": "adam_correction_t_plus_1",
        "adam_power_precedence": "adam_correction_power_of_one_minus_beta",
        "adam_returns_corrected_as_raw": "adam_stores_corrected",
        "adam_eps_inside_sqrt": "adam_epsilon_inside_sqrt",
        "adam_no_sqrt": "adam_divides_by_s",
        "adam_s_corrected_with_beta1": "adam_s_corrected_with_beta1",
        "adam_s_not_squared": "adam_gradient_not_squared",
        # raw v in the numerator, corrected s in the denominator; the entry uses both uncorrected
        "adam_step_uses_raw_v": "adam_step_uses_uncorrected_v",
        # averages and corrections both use the swapped betas; entries swap only one part
        "adam_swapped_betas": "adam_betas_swapped",
        # only v and s changed (the entry changes parameters too)
        "adam_writes_into_v_s": "changes_input_in_place",
        # only the parameters' arrays changed in place
        "adam_shallow_copy_inplace": "changes_input_in_place",
        "itd_missing_parentheses": "inverse_time_precedence",
        "itd_epoch_plus_one": "inverse_time_epoch_plus_one",
        "itd_compounded": "inverse_time_compounds",
        "itd_square_root": "inverse_time_square_root",
        "itd_linear_decay": "inverse_time_linear",
        # returns lr0 / (1 + d * max(epoch - 1, 0))
        "itd_loop_off_by_one": "inverse_time_one_epoch_late",
        # lr0 / (1 + epoch / decay_rate); no entry
        "itd_rate_as_time_constant": None,
        "itd_rounded": "inverse_time_rounded",
        # floor(step) does nothing: the staircase is not floored
        "exp_floor_on_step": "exp_decay_no_floor",
        # Python round and np.round both round half to even
        "exp_round_staircase": "exp_decay_staircase_rounds",
        "exp_ceil_staircase": "exp_decay_staircase_ceil",
        "exp_always_integer_division": "exp_decay_always_floors",
        "exp_natural_exponential": "exp_decay_natural_exp",
        # staircase branch is right, only the continuous one has the precedence slip
        "exp_power_precedence": "exp_decay_precedence_without_staircase",
        "exp_one_minus_rate": "exp_decay_one_minus_rate",
        # step + 1 in both branches; the entry shifts only the staircase
        "exp_step_plus_one": "exp_decay_step_from_1",
        # floor of decay_rate * epoch / time_interval; no entry
        "sched_floor_precedence": "scheduled_floor_of_product",
        "sched_no_floor": "scheduled_no_floor",
        "sched_only_on_multiples": "scheduled_only_on_boundaries",
        "sched_epoch_plus_one": "scheduled_boundary_one_epoch_early",
        # (epoch - 1) // ti is -1 at epoch 0, like np.floor((epoch - 1) / ti)
        "sched_epoch_minus_one": "scheduled_boundary_one_epoch_late",
        "sched_compounded": "scheduled_compounds",
        # floor(1 + decay_rate * epoch / time_interval); no entry
        "sched_floor_whole_denominator": "scheduled_floor_of_product",
        "sched_ceil": "scheduled_ceil",
        # same draws; the entry's log10 then 10** gives the same values within rounding
        "slu_uniform_values": "log_uniform_linear_scale",
        "slu_scale_by_low_only": "log_uniform_low_times_rand",
        # r ~ U[-4, 0] regardless of the arguments; no entry
        "slu_hardcoded_range": "log_uniform_hard_coded_range",
        "slu_seed_not_passed": "log_uniform_ignores_seed",
        # fixed seed 42: reproducible, unlike the unseeded log_uniform_ignores_seed; no hard-coded-seed entry for this function
        "slu_fixed_seed": None,
        "slu_natural_exp": "log_uniform_base_e",
        # scalar draws give the same sequence as the vectorised draw; a list is returned
        "slu_python_list": "log_uniform_returns_list",
        "slu_float32": "returns_wrong_dtype",
        # np.logspace == 10 ** np.linspace
        "slu_logspace_grid": "log_uniform_evenly_spaced",
        # all n values equal (reseeded each draw); no entry
        "slu_reseed_in_loop": "log_uniform_reseeded_per_value",
        "sb_forgot_one_minus": "beta_forgot_one_minus",
        # 1 - 10**log10(1 - u) == u within rounding
        "sb_uniform_beta": "beta_linear_scale",
        # r ~ U[-3, -1] regardless of the arguments; no entry
        "sb_hardcoded_range": "beta_hard_coded_range",
        # hard-coded seed 0, the entry hard-codes 42: different draws (right at seed=0)
        "sb_fixed_seed": "beta_hard_coded_seed",
        "sb_natural_exp": "beta_base_e",
        # (n, 1) instead of (n,), values right
        "sb_column_shape": "returns_wrong_shape",
        "sb_sign_flipped": "beta_negative_exponent",
        "sb_float32": "returns_wrong_dtype",
        # r = low_exp * rand; beta has only the low + high * rand entry
        "sb_scale_by_low_only": "beta_low_times_rand",
        # evenly spaced grid; no beta entry for it (beta_exponent_grid draws from 5 points)
        "sb_logspace_grid": None,
    },
    "07_batchnorm": {
        "bnf_unbiased_var": "bn_unbiased_variance",
        "bnf_eps_outside_sqrt": "bn_eps_outside_sqrt",
        "bnf_axis0_stats": "bn_statistics_over_wrong_axis",
        "bnf_momentum_swapped": "bn_momentum_swapped",
        "bnf_test_uses_batch_stats": "bn_test_uses_batch_statistics",
        # test mode updates running stats AND normalizes with the updated ones; the entry normalizes with the old ones
        "bnf_test_updates_running": "bn_test_normalizes_with_updated_running",
        # var * m / (m - 1) equals Z.var(ddof=1) (both nan at m=1); first fitting entry, not the _rescaled one
        "bnf_running_var_unbiased": "bn_running_var_unbiased",
        "bnf_running_not_stored": "bn_running_not_stored",
        "bnf_cache_batch_stats_in_test": "bn_test_cache_batch_statistics",
        # besides mutating the caller's Z, the returned cache["Z"] holds the centred Z: results not right, so no contract
        "bnf_centers_z_in_place": "bn_centers_z_in_place",
        # eps missing only in test mode: no entry
        "bnf_test_no_eps": "bn_test_eps_left_out",
        # dmu's dropped dvar term is zero up to rounding
        "bnb_missing_var_path": "bwd_no_variance_path",
        "bnb_missing_mean_path": "bwd_no_mean_path",
        "bnb_dvar_exponent_half": "bwd_dvar_wrong_power",
        # dvar doubled (the -1/2 became -1): no entry scales dvar by 2
        "bnb_dvar_no_half": "bwd_dvar_missing_half",
        "bnb_dgamma_uses_z": "bwd_dgamma_uses_Z",
        "bnb_no_keepdims_params": "bwd_flat_parameter_gradients",
        # dmu instead of dmu / m: no entry
        "bnb_dmu_not_over_m": "bwd_dmu_not_over_m",
        "bnb_dznorm_without_gamma": "bwd_forgot_gamma",
        "bnb_var_path_no_two": "bwd_variance_path_missing_2",
        # dbeta, dgamma, dZ all right; only the caller's dout is scaled in place
        "bnb_scales_dout_in_place": "changes_input_in_place",
        # sqrt(var) in dZ only; dgamma uses the cached Z_norm (with eps), as in this entry
        "bnb_std_without_eps": "bwd_eps_left_out_of_dZ",
        "bnba_forgot_m_times_dout": "alt_dout_not_times_m",
        "bnba_missing_znorm_term": "alt_no_variance_term",
        "bnba_missing_dbeta_term": "alt_no_mean_term",
        "bnba_var_not_sqrt": "alt_no_square_root",
        "bnba_prefactor_no_gamma": "alt_forgot_gamma",
        "bnba_m_from_rows": "alt_m_from_rows",
        # both dbeta and dgamma averaged (returned and in the bracket)
        "bnba_means_for_params": "alt_parameter_gradients_averaged",
        # dZ is the correct dZ divided by m: no entry
        "bnba_mixed_mean_and_m": "alt_extra_1_over_m",
        "bnba_plus_dbeta": "alt_dbeta_term_added",
        # Z_norm recomputed without eps changes dgamma and the bracket too; alt_eps_left_out keeps the cached Z_norm
        "bnba_recomputes_znorm_no_eps": "alt_recomputed_z_norm_without_eps",
        "mfb_relu_before_bn": "model_bn_after_relu",
        "mfb_copies_bn_params": "model_copies_bn_params",
        "mfb_mode_not_set": "model_mode_not_set",
        # ReLU of Z instead of Z_tilde: no entry
        "mfb_relu_of_linear_output": "model_relu_of_linear_output",
        # also puts a zero b in the output cache, where the entry keeps bL: a second difference
        "mfb_output_no_bias": "model_output_bias_zeroed",
        # gamma/beta swap at the call (bn_cache gamma is beta too); no model entry swaps them
        "mfb_gamma_beta_swapped": "model_gamma_beta_swapped",
        # cache A_prev holds the layer's output: no entry
        "mfb_cache_aprev_after_update": "model_cache_a_prev_is_output",
        "mfb_softmax_wrong_axis": "model_softmax_over_examples",
        "mfb_relu_on_logits": "model_relu_on_output",
    },
    "08_tensorflow": {
        "oh_axis0_columns": "one_hot_column_layout",
        "oh_numpy_eye": "one_hot_numpy_identity_rows",
        "oh_depth_from_max_label": "one_hot_depth_from_labels",
        "oh_hardcoded_ten": "one_hot_ignores_depth",
        "oh_float64": "one_hot_float64",
        "oh_int_dtype": "one_hot_integer_dtype",
        "oh_labels_minus_one": "one_hot_labels_shifted",
        # right values, but the batch axis (or a depth-1 axis) is squeezed away: shape only
        "oh_squeeze": "returns_wrong_shape",
        "he_fan_out": "init_tf_fan_in_of_wrong_layer",
        "he_variance_as_scale": "init_tf_variance_as_std",
        "he_xavier_scale": "init_tf_xavier",
        "he_column_shape": "init_tf_column_layout",
        "he_bias_column": "init_tf_column_bias",
        # only the biases are plain tensors (init_tf_constants makes W constants too): kind only
        "he_bias_plain_tensor": "returns_wrong_kind",
        # op-level seed in eager: right distribution, but a new draw at every call, as from_non_deterministic_state
        "he_op_seed_eager": "init_tf_ignores_seed",
        "he_generator_per_layer": "init_tf_reseeds_each_layer",
        # draws are free (Generator or set_seed allowed): right distribution, reproducible, only float64
        "he_numpy_rng_float64": "returns_wrong_dtype",
        "he_skip_last_layer": "init_tf_skips_last_layer",
        # right weights, but pops the caller's layer_dims list
        "he_pops_layer_dims": "changes_input_in_place",
        "fp_softmax_output": "forward_tf_softmax_on_output",
        "fp_relu_output": "forward_tf_relu_on_output",
        # np.maximum cuts the tape in every hidden layer; output layer stays in TF, as the entry
        "fp_numpy_relu": "forward_tf_numpy_hidden_layers",
        # wrong for L != 2 (KeyError or truncated network); no entry
        "fp_hardcoded_two_layers": "forward_tf_hard_coded_two_layers",
        "fp_no_output_bias": "forward_tf_no_output_bias",
        "fp_bias_after_relu": "forward_tf_relu_before_bias",
        "fp_sigmoid_hidden": "forward_tf_sigmoid_hidden",
        # right logits, but writes A{l} into the caller's parameters dict
        "fp_caches_in_parameters": "forward_tf_caches_in_parameters",
        "cost_no_from_logits": "cost_not_from_logits",
        "cost_sum_not_mean": "cost_summed",
        "cost_per_example": "cost_per_example",
        "cost_softmax_twice": "cost_double_softmax",
        # -log(gather(softmax)) in two steps; the one-hot variant gives NaN where this stays finite
        "cost_log_of_softmax": "cost_log_of_softmax",
        # stable log-softmax over axis 0; cost_softmax_over_batch_axis goes through the probability loss (renormalised/clipped)
        "cost_logsumexp_axis0": "cost_log_softmax_over_batch_axis",
        # reduce_mean over all entries = per-row class mean then batch mean
        "cost_sigmoid_bce": "cost_sigmoid_cross_entropy_mean",
        "cost_mean_over_entries": "cost_mean_over_all_entries",
        # .numpy() gives a NumPy float32 where the entry gives float(); its message names .numpy() too
        "cost_returns_numpy": "cost_not_a_tensor",
        # computed in float64 instead of cast afterwards: same values within rounding
        "cost_float64": "cost_float64",
        # argmax over the batch axis: [classes] compared with [batch]; no entry
        "acc_argmax_axis0": None,
        # integer mean truncates as the entry; int64 instead of int32 is the same mistake
        "acc_integer_mean": "accuracy_integer_mean_int64",
        "acc_count_not_fraction": "accuracy_count",
        "acc_float64": "accuracy_float64",
        # NumPy float64 scalar: not accuracy_returns_numpy (float32) nor accuracy_float64 (tensor); right value
        "acc_numpy_mean": "accuracy_returns_numpy",
        "acc_prob_above_half": "accuracy_true_class_above_half",
        # round(softmax) vs one-hot differs from one_hot(argmax) when the top probability is <= 0.5
        "acc_elementwise_one_hot": "accuracy_rounded_softmax_vs_one_hot",
        # differs from argmax only on ties; no entry
        "acc_true_logit_is_max": None,
        "ml_softmax": "multilabel_softmax",
        "ml_no_sigmoid": "multilabel_no_sigmoid",
        "ml_greater_equal": "multilabel_greater_or_equal",
        "ml_float_output": "multilabel_float_result",
        "ml_bool_output": "multilabel_bool_result",
        # right 0/1 values as a NumPy int32 array instead of a tensor
        "ml_numpy_result": "returns_wrong_kind",
        # argmax one-hot gated by the threshold; multilabel_one_label_per_row ignores the threshold
        "ml_argmax_one_label": "multilabel_argmax_above_threshold",
        "ml_ignores_threshold": "multilabel_ignores_threshold",
        # logit > log(threshold): no entry
        "ml_log_threshold": "multilabel_log_threshold",
        # sigmoid(-z): no entry
        "ml_sigmoid_sign": "multilabel_sigmoid_sign_flipped",
        "ml_int64_output": "returns_wrong_dtype",
        # exponent = step only when staircase is False; decay_every_step does it in both modes
        "ed_no_division": "decay_smooth_exponent_not_divided",
        "ed_floor_always": "decay_always_floored",
        "ed_round_stairs": "decay_staircase_rounded",
        "ed_ceil_stairs": "decay_staircase_ceil",
        "ed_step_plus_one": "decay_step_plus_one",
        "ed_natural_exp": "decay_natural_exp",
        # returns lr0 * factor**calls (smooth) and lr0 * rate**(calls // decay_steps) (staircase), ignoring step
        "ed_stateful_counter": "decay_counts_own_calls",
        "ed_ignores_staircase": "decay_staircase_ignored",
        "ed_one_minus_rate": "decay_one_minus_rate",
        # right rates (float32 rounding) as a tf.Tensor instead of a Python float
        "ed_tf_float32": "returns_wrong_kind",
        # no training flag: Keras runs the layers in inference mode
        "ts_no_training_flag": "train_step_inference_mode",
        "ts_no_from_logits": "train_step_not_from_logits",
        "ts_no_mean": "train_step_per_example_loss",
        "ts_reduce_sum": "train_step_summed_loss",
        "ts_double_softmax": "train_step_double_softmax",
        "ts_loss_after_update": "train_step_loss_after_update",
        # right step, loss returned as a Python float
        "ts_python_float": "returns_wrong_kind",
        # hand SGD with the optimizer's own learning rate, not the entry's fixed 0.01
        "ts_manual_update": None,
        # extra training pass before the tape (BN stats moved twice); returns the first pass's loss
        "ts_double_forward": "train_step_extra_pass_before_tape",
        # dense CE with depth 10: fails for models with other output widths; no entry
        "ts_one_hot_10": None,
        # right on built models, empty variable list (error in Keras 3) on unbuilt ones; no entry
        "ts_vars_before_call": None,
        "bn_bias_kept": "bn_mlp_dense_bias_before_bn",
        "bn_default_momentum": "bn_mlp_default_momentum",
        "bn_keep_prob": "bn_mlp_dropout_keep_rate",
        "bn_softmax_output": "bn_mlp_softmax_output",
        # branches swapped, not one branch always: no entry
        "bn_flag_inverted": "bn_mlp_flag_inverted",
        "bn_relu_in_dense": "bn_mlp_relu_before_bn_no_bias",
        "bn_no_dropout_last": "bn_mlp_no_dropout_after_last_hidden",
        "bn_epsilon_1e5": "bn_mlp_epsilon_of_assignment_07",
        # BN without gamma in the bn-first branch: no entry
        "bn_scale_false": "bn_mlp_bn_without_scale",
        "bn_momentum_flipped": "bn_mlp_momentum_as_one_minus",
        # fixed 784-feature input: no entry
        "bn_fixed_input_784": None,
        "v1_no_update_ops": "v1_no_control_dependencies",
        "v1_minimize_outside": "v1_no_control_dependencies",
        # the collection holds no update ops, so the train op depends on none
        "v1_wrong_collection": "v1_no_control_dependencies",
        # depending on the loss adds nothing: the update ops never run
        "v1_depends_on_loss": "v1_no_control_dependencies",
        # the scope filter matches default-named BN ops (correct then) and none otherwise: not the entry on every graph
        "v1_scope_filter": "v1_no_control_dependencies",
        "v1_own_adam": "v1_own_optimizer",
        "v1_first_update_only": "v1_first_update_op_only",
        # returns tf.group(*update_ops); the unused minimize op only adds graph nodes
        "v1_returns_updates_group": "v1_update_ops_only",
        # returns None: no entry, not a pure contract
        "v1_no_return": None,
    },
}

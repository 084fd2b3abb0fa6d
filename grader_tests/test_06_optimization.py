"""Assignment 06: the reference optimizers, schedules and samplers against independent oracles.

Keras oracles (Keras 3, TensorFlow backend) and the parameter mappings they need:

* momentum: Keras ``SGD(learning_rate=lr * (1 - beta), momentum=beta)``.  Keras keeps
  ``m = beta * m - lr_k * g`` and adds ``m``; with ``m = -lr * v`` that is our
  ``v = beta * v + (1 - beta) * g``, ``W -= lr * v``.
* RMSprop: Keras ``RMSprop(rho=beta2, momentum=0, centered=False)`` divides by
  ``sqrt(s + epsilon)`` (epsilon *inside* the root), ours by ``sqrt(s) + epsilon``: they agree
  exactly for ``epsilon = 0``.  For epsilon > 0 the oracle is Keras ``Adam`` with
  ``beta_1 = 0`` (so m = g), ``beta_2 = beta2`` and the step-t learning rate
  ``lr / sqrt(1 - beta2**t)``, which cancels Adam's own factor ``sqrt(1 - beta2**t)``:
  ``W -= lr * g / (sqrt(s) + epsilon)``.
* Adam: Keras applies ``lr_t = lr * sqrt(1 - beta2**t) / (1 - beta1**t)`` to
  ``m / (sqrt(v) + epsilon_hat)``; that equals our bias-corrected step when
  ``epsilon_hat = epsilon * sqrt(1 - beta2**t)``, so the test sets Keras's epsilon before
  every step.  Keras's raw moments m and v are compared with our v and s.

Keras turns Python-float hyperparameters into tensors through float32, so every beta here
is a dyadic fraction (exact in float32) and floatx is float64: the agreement is then at
the level of float64 round-off, and a wrong mapping or formula is off by many orders of
magnitude more.
"""

from __future__ import annotations

import copy
import importlib

import numpy as np
import pytest

from autograder.checks import check_function

NOTEBOOK = "06_optimization"
S = importlib.import_module(f"solutions.{NOTEBOOK}")
STEPS = 8
RTOL = 1e-12


@pytest.fixture(scope="module")
def keras():
    """Keras with float64 as the default float type (restored afterwards)."""
    import keras as keras_module

    previous = keras_module.backend.floatx()
    keras_module.backend.set_floatx("float64")
    yield keras_module
    keras_module.backend.set_floatx(previous)


def _problem(seed):
    """A 2-layer network's parameters and STEPS dicts of asymmetric gradients."""
    rng = np.random.default_rng(seed)
    parameters = {"W1": rng.normal(size=(5, 4)), "b1": rng.normal(size=(5, 1)),
                  "W2": rng.normal(size=(3, 5)), "b2": rng.normal(size=(3, 1))}
    grads_sequence = [{f"d{k}": rng.normal(0.3, 1.0, v.shape) * rng.choice([0.05, 1.0, 3.0])
                       for k, v in parameters.items()} for _ in range(STEPS)]
    return parameters, grads_sequence


def _keras_trajectory(keras, optimizer, parameters, grads_sequence, before_step=None):
    """Parameters after each Keras update; ``before_step(optimizer, t)`` may adjust it."""
    import tensorflow as tf

    variables = {k: keras.Variable(v.copy(), dtype="float64") for k, v in parameters.items()}
    trajectory = []
    for t, grads in enumerate(grads_sequence, start=1):
        if before_step:
            before_step(optimizer, t)
        optimizer.apply_gradients([(tf.constant(grads[f"d{k}"], dtype=tf.float64), variable)
                                   for k, variable in variables.items()])
        trajectory.append({k: variable.numpy() for k, variable in variables.items()})
    return trajectory


def _assert_close(got, want, what):
    for key in want:
        np.testing.assert_allclose(got[key], want[key], rtol=RTOL, atol=1e-14,
                                   err_msg=f"{what}, {key}")


def test_momentum_matches_keras_sgd(keras):
    parameters, grads_sequence = _problem(0)
    beta, lr = 0.875, 0.05
    want = _keras_trajectory(keras, keras.optimizers.SGD(learning_rate=lr * (1 - beta),
                                                         momentum=beta),
                             parameters, grads_sequence)
    p, v = parameters, S.initialize_velocity(parameters)
    for t, grads in enumerate(grads_sequence, start=1):
        p, v = S.update_parameters_with_momentum(p, grads, v, beta, lr)
        _assert_close(p, want[t - 1], f"momentum step {t}")


def test_rmsprop_matches_keras_rmsprop_without_epsilon(keras):
    parameters, grads_sequence = _problem(1)
    beta2, lr = 0.9375, 0.01
    want = _keras_trajectory(keras, keras.optimizers.RMSprop(
        learning_rate=lr, rho=beta2, momentum=0.0, epsilon=0.0, centered=False),
        parameters, grads_sequence)
    p, s = parameters, S.initialize_rmsprop(parameters)
    for t, grads in enumerate(grads_sequence, start=1):
        p, s = S.update_parameters_with_rmsprop(p, grads, s, beta2, lr, epsilon=0.0)
        _assert_close(p, want[t - 1], f"RMSprop step {t}")


def test_rmsprop_epsilon_outside_the_root_matches_keras_adam_with_beta1_zero(keras):
    parameters, grads_sequence = _problem(2)
    beta2, lr, epsilon = 0.9375, 0.01, 0.25  # a large epsilon: its placement matters

    def unbias_learning_rate(optimizer, t):
        optimizer.learning_rate = lr / np.sqrt(1 - beta2 ** t)

    want = _keras_trajectory(keras, keras.optimizers.Adam(
        learning_rate=lr, beta_1=0.0, beta_2=beta2, epsilon=epsilon),
        parameters, grads_sequence, unbias_learning_rate)
    p, s = parameters, S.initialize_rmsprop(parameters)
    for t, grads in enumerate(grads_sequence, start=1):
        p, s = S.update_parameters_with_rmsprop(p, grads, s, beta2, lr, epsilon=epsilon)
        _assert_close(p, want[t - 1], f"RMSprop step {t}")


@pytest.mark.parametrize("epsilon", [1e-8, 0.0625])
def test_adam_matches_keras_adam(keras, epsilon):
    import tensorflow as tf

    parameters, grads_sequence = _problem(3)
    lr, beta1, beta2 = 0.01, 0.875, 0.9921875
    optimizer = keras.optimizers.Adam(learning_rate=lr, beta_1=beta1, beta_2=beta2,
                                      epsilon=epsilon)
    variables = {k: keras.Variable(v.copy(), dtype="float64") for k, v in parameters.items()}
    p, (v, s) = parameters, S.initialize_adam(parameters)
    for t, grads in enumerate(grads_sequence, start=1):
        optimizer.epsilon = epsilon * np.sqrt(1 - beta2 ** t)  # Keras's "epsilon hat"
        optimizer.apply_gradients([(tf.constant(grads[f"d{k}"], dtype=tf.float64), var)
                                   for k, var in variables.items()])
        p, v, s, v_corrected, s_corrected = S.update_parameters_with_adam(
            p, grads, v, s, t, lr, beta1, beta2, epsilon)
        _assert_close(p, {k: var.numpy() for k, var in variables.items()}, f"Adam step {t}")
        for i, key in enumerate(variables):  # Keras's slots follow the variables' order
            m_keras = optimizer._momentums[i].numpy()
            v_keras = optimizer._velocities[i].numpy()
            np.testing.assert_allclose(v[f"d{key}"], m_keras, rtol=RTOL, atol=1e-15)
            np.testing.assert_allclose(s[f"d{key}"], v_keras, rtol=RTOL, atol=1e-15)
            np.testing.assert_allclose(v_corrected[f"d{key}"], m_keras / (1 - beta1 ** t),
                                       rtol=RTOL, atol=1e-15)
            np.testing.assert_allclose(s_corrected[f"d{key}"], v_keras / (1 - beta2 ** t),
                                       rtol=RTOL, atol=1e-15)


def test_update_functions_leave_their_inputs_unchanged():
    parameters, grads_sequence = _problem(4)
    grads = grads_sequence[0]
    v, s = S.initialize_adam(parameters)
    v = {k: value + 0.1 for k, value in v.items()}
    s = {k: value + 0.2 for k, value in s.items()}
    inputs = {"parameters": parameters, "grads": grads, "v": v, "s": s}
    before = copy.deepcopy(inputs)
    S.update_parameters_with_momentum(parameters, grads, v, 0.9, 0.1)
    S.update_parameters_with_rmsprop(parameters, grads, s, 0.9, 0.1)
    S.update_parameters_with_adam(parameters, grads, v, s, 3)
    for name, value in before.items():
        for key in value:
            assert np.array_equal(inputs[name][key], value[key]), f"{name}[{key}] changed"


def test_schedules_match_keras_schedules(keras):
    schedules = keras.optimizers.schedules
    for epoch in [0, 1, 2, 7, 19, 20, 21, 55]:
        inverse = schedules.InverseTimeDecay(0.3, decay_steps=1, decay_rate=0.7)
        assert S.inverse_time_decay(0.3, epoch, 0.7) == pytest.approx(
            float(inverse(epoch)), rel=1e-6)
        for staircase in (False, True):
            exponential = schedules.ExponentialDecay(0.1, decay_steps=6, decay_rate=0.8,
                                                     staircase=staircase)
            assert S.exponential_decay(0.1, epoch, 0.8, 6, staircase) == pytest.approx(
                float(exponential(epoch)), rel=1e-6), (epoch, staircase)
        stepwise = schedules.InverseTimeDecay(0.2, decay_steps=10, decay_rate=1.5,
                                              staircase=True)
        assert S.scheduled_lr_decay(0.2, epoch, 1.5, time_interval=10) == pytest.approx(
            float(stepwise(epoch)), rel=1e-6), epoch


def test_ewma_equals_the_explicit_weighted_sums():
    """v_t = sum_i (1 - beta) beta**(t - i) theta_i; corrected: the weights normalised."""
    rng = np.random.default_rng(5)
    values, beta = rng.normal(4.0, 2.0, 30), 0.85
    for t in range(1, len(values) + 1):
        weights = (1 - beta) * beta ** np.arange(t - 1, -1, -1)
        assert S.ewma(values, beta)[t - 1] == pytest.approx(weights @ values[:t], rel=1e-12)
        assert S.ewma(values, beta, bias_correction=True)[t - 1] == pytest.approx(
            weights @ values[:t] / weights.sum(), rel=1e-12)


def test_sample_log_uniform_gives_each_decade_the_same_share():
    values = S.sample_log_uniform(-4, 0, 100_000, seed=3)
    assert values.shape == (100_000,) and values.min() >= 1e-4 and values.max() <= 1.0
    shares = np.histogram(np.log10(values), bins=[-4, -3, -2, -1, 0])[0] / values.size
    np.testing.assert_allclose(shares, 0.25, atol=0.01)
    assert np.array_equal(values, S.sample_log_uniform(-4, 0, 100_000, seed=3))
    assert not np.array_equal(values, S.sample_log_uniform(-4, 0, 100_000, seed=4))


def test_sample_beta_spends_half_the_trials_above_0_99():
    betas = S.sample_beta(-3, -1, 100_000, seed=3)
    assert betas.min() >= 0.9 and betas.max() <= 0.999
    assert np.mean(betas > 0.99) == pytest.approx(0.5, abs=0.01)  # uniform beta: 10%
    assert np.array_equal(betas, S.sample_beta(-3, -1, 100_000, seed=3))


# The hidden checks themselves ---------------------------------------------------------


def _log_uniform_legacy_rng(low_exp, high_exp, n, seed=0):
    np.random.seed(seed)
    return 10 ** (low_exp + (high_exp - low_exp) * np.random.rand(n))


def _beta_from_random(low_exp, high_exp, n, seed=0):
    rng = np.random.default_rng(seed + 12345)
    return 1 - np.power(10.0, low_exp + (high_exp - low_exp) * rng.random(n))


def _adam_keras_style(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                      epsilon=1e-8):
    """Adam rearranged as Keras computes it (step size lr_t, epsilon hat)."""
    lr_t = learning_rate * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    out = ({}, {}, {}, {}, {})
    for key, value in parameters.items():
        d = f"d{key}"
        out[1][d] = v[d] + (grads[d] - v[d]) * (1 - beta1)
        out[2][d] = s[d] + (grads[d] ** 2 - s[d]) * (1 - beta2)
        out[3][d] = out[1][d] / (1 - beta1 ** t)
        out[4][d] = out[2][d] / (1 - beta2 ** t)
        out[0][key] = value - lr_t * out[1][d] / (np.sqrt(out[2][d])
                                                  + epsilon * np.sqrt(1 - beta2 ** t))
    return out


def _ewma_vectorised(values, beta, bias_correction=False):
    values = np.asarray(values, dtype=float)
    t = np.arange(1, len(values) + 1)
    lags = t[:, None] - t[None, :]
    weights = np.where(lags >= 0, (1 - beta) * beta ** np.maximum(lags, 0), 0.0)
    averages = weights @ values
    return averages / (1 - beta ** t) if bias_correction else averages


@pytest.mark.parametrize("grade_id,function", [
    ("test_sample_log_uniform", _log_uniform_legacy_rng),
    ("test_sample_beta", _beta_from_random),
    ("test_update_parameters_with_adam", _adam_keras_style),
    ("test_ewma", _ewma_vectorised),
], ids=["log_uniform_legacy_rng", "beta_other_stream", "adam_keras_style", "ewma_vectorised"])
def test_other_correct_implementations_pass_the_hidden_checks(grade_id, function):
    for seed in range(5):
        result = check_function(NOTEBOOK, grade_id, function, seed)
        assert result.passed, f"seed {seed}: {result.message}"

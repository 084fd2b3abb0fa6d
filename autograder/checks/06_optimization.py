"""Hidden checks of assignment 06: optimization algorithms.

* ``ewma`` and the three decay schedules are exact formulas: every case is compared with the
  reference, and a wrong answer is matched against the usual wrong formulas to name them.
* The initializers must return zero state under the gradients' key names ("dW1", "db1"...).
* The three update functions run a trajectory of several steps on a 2- or 3-layer network
  (adapters in ``dlbasics/harness/optimization.py``), from zero and from non-zero state, with
  asymmetric gradients; every key of every returned dict is compared at every step.  The
  contract is that an update returns *new* dicts and leaves its inputs unchanged; the
  adapter records the inputs after the first call so that this is checked too.  A wrong
  trajectory is replayed with known wrong formulas (applied to every parameter) to name
  the mistake.
* The samplers are judged without assuming the student's RNG: range, the Kolmogorov-Smirnov
  distance to the intended law (and to the usual wrong laws, to name them), same seed ->
  same values, another seed -> other values.
"""

from functools import partial

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import all_finite, same_structure

RTOL, ATOL = 1e-5, 1e-8


# ---------------------------------------------------------------------------------------
# shared helpers

def _matches(got, want) -> bool:
    """Same structure and values (NaN and infinity compare equal to themselves)."""
    if isinstance(want, dict):
        return (isinstance(got, dict) and set(got) == set(want)
                and all(_matches(got[k], want[k]) for k in want))
    if isinstance(want, (list, tuple)):
        return (isinstance(got, (list, tuple)) and len(got) == len(want)
                and all(_matches(g, w) for g, w in zip(got, want)))
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    return got.shape == want.shape and bool(np.allclose(got, want, rtol=RTOL, atol=ATOL,
                                                        equal_nan=True))


def _name_mistake(got, variants, simulate) -> None:
    """Raise the message of the first wrong formula whose simulation matches ``got``."""
    for message, formula in variants:
        with np.errstate(all="ignore"):
            simulated = simulate(formula)
        if _matches(got, simulated):
            raise Mistake(message)


def _network_dims(rng, layers):
    """Layer sizes [n0, ..., nL], all different so that shapes cannot be confused."""
    return [int(n) for n in rng.choice(np.arange(2, 9), size=layers + 1, replace=False)]


def _parameters(rng, layers):
    dims = _network_dims(rng, layers)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0.0, 1.0, (dims[l], dims[l - 1]))
        params[f"b{l}"] = rng.normal(0.0, 1.0, (dims[l], 1))
    return params


def _grads(rng, parameters):
    """Gradients with a different scale and a non-zero mean per key (asymmetric)."""
    return {f"d{key}": rng.normal(rng.uniform(-0.5, 0.5), 1.0, value.shape)
            * float(rng.choice([0.05, 0.3, 1.0, 2.0]))
            for key, value in parameters.items()}


def _state(rng, parameters, start, squared=False):
    """Optimizer state: zeros, or random (non-negative if ``squared``, an average of g**2)."""
    if start == "zeros":
        return {f"d{key}": np.zeros_like(value) for key, value in parameters.items()}
    state = {f"d{key}": rng.normal(0.0, 0.5, value.shape) for key, value in parameters.items()}
    return {key: value ** 2 for key, value in state.items()} if squared else state


# ---------------------------------------------------------------------------------------
# ewma

def _ewma_with(mistake, values, beta, bias_correction=False):
    """The EWMA with one of the usual mistakes (see :data:`_EWMA_VARIANTS`)."""
    out, v = [], 0.0
    for t, theta in enumerate(np.asarray(values, dtype=float), start=1):
        if mistake == "starts_at_first_value" and t == 1:
            v = theta
        elif mistake == "weights_swapped":
            v = (1 - beta) * v + beta * theta
        else:
            v = beta * v + (1 - beta) * theta
        correct = {"never_corrects": False, "always_corrects": True}.get(mistake,
                                                                         bias_correction)
        divisor = {"one_minus_beta": 1 - beta, "t_from_0": 1 - beta ** (t - 1),
                   "t_plus_1": 1 - beta ** (t + 1)}.get(mistake, 1 - beta ** t)
        out.append(v / divisor if correct else v)
    return np.array(out)


_WRONG_T = ("The bias correction uses the wrong t: t counts the values from 1, so the first "
            "average is divided by (1 - beta**1), the second by (1 - beta**2)...")
_EWMA_VARIANTS = [(message, partial(_ewma_with, mistake)) for message, mistake in [
    ("The average starts from the first value (v_1 = theta_1). It must start from v_0 = 0: "
     "that start is what biases the early averages towards zero.", "starts_at_first_value"),
    ("The weights are swapped: in v = beta * v + (1 - beta) * theta the old average gets "
     "beta and the new value (1 - beta).", "weights_swapped"),
    ("`bias_correction` is ignored: with bias_correction=True, divide v_t by "
     "(1 - beta**t).", "never_corrects"),
    ("The bias correction is applied even when bias_correction=False.", "always_corrects"),
    ("The bias correction divides by (1 - beta) instead of (1 - beta**t): the divisor "
     "must depend on the step t (and tend to 1 as t grows).", "one_minus_beta"),
    (_WRONG_T, "t_from_0"),
    (_WRONG_T, "t_plus_1"),
]]


def _ewma_cases(rng):
    def series(length):
        t = np.arange(length)
        return (rng.uniform(3, 8) + rng.uniform(-0.3, 0.3) * t
                + rng.normal(0, 1.5, length)).round(3)

    b1, b2, b3 = rng.uniform(0.7, 0.8), rng.uniform(0.85, 0.95), rng.uniform(0.5, 0.65)
    return [Case({"values": series(int(rng.integers(15, 25))), "beta": b1,
                  "bias_correction": False}, label="a series without bias correction"),
            Case({"values": series(int(rng.integers(15, 25))), "beta": b2,
                  "bias_correction": True}, label="a series with bias correction"),
            Case({"values": series(int(rng.integers(8, 12))), "beta": b3},
                 label="a series with the default bias_correction"),
            Case({"values": series(int(rng.integers(8, 12))), "beta": b1,
                  "bias_correction": True}, label="a short series with bias correction")]


def _judge_ewma(cases, got, want):
    for g, w in zip(got, want):
        same_structure(g, w, "ewma(...)")
    if _matches(got, want):
        return
    _name_mistake(got, _EWMA_VARIANTS,
                  lambda variant: [variant(**case.args) for case in cases])
    for case, g, w in zip(cases, got, want):
        if not _matches(g, w):
            all_finite(g, "ewma(...)")
            wrong = np.flatnonzero(~np.isclose(np.asarray(g, dtype=float), w,
                                               rtol=RTOL, atol=ATOL))
            raise Mistake(f"On {case.label}, the averages are wrong from position "
                          f"{wrong[0] + 1} on. Check v_t = beta * v_(t-1) + (1 - beta) * "
                          f"theta_t with v_0 = 0, and the bias correction v_t / (1 - beta**t).")


# ---------------------------------------------------------------------------------------
# initializers

def _init_cases(rng):
    return [Case({"parameters": _parameters(rng, 2)}, label="a 2-layer network"),
            Case({"parameters": _parameters(rng, 3)}, label="a 3-layer network")]


def _judge_zero_state(case, got, want, name):
    """``got`` is the zero state ``want``: gradient key names, parameter shapes, zeros."""
    parameters = case.args["parameters"]
    if isinstance(got, dict) and set(got) == set(parameters):
        raise Mistake(f"`{name}` uses the parameters' names ('W1', 'b1', ...) as keys. It "
                      f"holds averages of the gradients, so its keys are the gradients' "
                      f"names: 'dW1', 'db1', ...")
    same_structure(got, want, name)
    for key in want:
        value = np.asarray(got[key], dtype=float)
        if np.any(value != 0):
            if np.array_equal(value, parameters[key[1:]]):
                raise Mistake(f"`{name}[{key!r}]` is a copy of `{key[1:]}`: the state starts "
                              f"at zero (np.zeros_like), not at the parameters' values.")
            if np.all(value == 1):
                raise Mistake(f"`{name}[{key!r}]` starts at ones; the state starts at zeros.")
            raise Mistake(f"`{name}[{key!r}]` is not all zeros.")


def _judge_single_state(name):
    def judge(cases, got, want):
        for case, g, w in zip(cases, got, want):
            _judge_zero_state(case, g, w, name)
    return judge


def _judge_initialize_adam(cases, got, want):
    for case, g, w in zip(cases, got, want):
        if not isinstance(g, (tuple, list)) or len(g) != 2:
            raise Mistake("`initialize_adam` should return a tuple (v, s) of two dicts.")
        _judge_zero_state(case, g[0], w[0], "v")
        _judge_zero_state(case, g[1], w[1], "s")


# ---------------------------------------------------------------------------------------
# update functions: trajectories

def _trajectory_cases(rng, adapter, make_case):
    """Two trajectories: from zero state on 2 layers, from non-zero state on 3 layers."""
    cases = []
    for layers, start, steps, label in [
            (2, "zeros", 4, "4 steps from zero state on a 2-layer network"),
            (3, "random", 3, "3 steps from a non-zero state on a 3-layer network")]:
        parameters = _parameters(rng, layers)
        args = {"parameters": parameters,
                "grads_sequence": [_grads(rng, parameters) for _ in range(steps)]}
        args.update(make_case(rng, parameters, start))
        cases.append(Case(args, adapter=f"optimization:{adapter}", label=label))
    return cases


def _judge_biases_updated(case, got_steps):
    """Name the mistake of updating the weights only."""
    start = case.args["parameters"]
    if all(np.array_equal(step["parameters"][key], start[key])
           for step in got_steps for key in start if key.startswith("b")):
        raise Mistake("The biases are never updated: `parameters['b1']`... keep their "
                      "starting values. Update every b{l} (with its own state, e.g. "
                      "v['db1']) exactly like W{l}.")


def _judge_inputs_unchanged(case, after, function, state_names):
    before = {"parameters": case.args["parameters"], "grads": case.args["grads_sequence"][0],
              **{name: case.args[name] for name in state_names}}
    for name, value in before.items():
        if not _matches(after[name], value):
            raise Mistake(f"`{function}` changed the dict `{name}` it was given (in-place "
                          f"`-=`/`*=` on its arrays, or `{name}[key] = ...`). The contract: "
                          f"build and return new dicts, leave the inputs unchanged.")


def _first_difference(got_steps, want_steps):
    """(step number from 1, output name, key) of the first wrong array."""
    for k, (g, w) in enumerate(zip(got_steps, want_steps), start=1):
        for name in w:
            for key in w[name]:
                if not _matches(g[name][key], w[name][key]):
                    return k, name, key
    raise AssertionError("no difference")


def _make_update_judge(function, state_names, simulate, variants):
    """Judge of an update function whose adapter returns a trajectory."""
    def judge(cases, got, want):
        for case, g, w in zip(cases, got, want):
            if len(g["steps"]) != len(w["steps"]):
                raise Mistake(f"The trajectory has {len(g['steps'])} steps instead of "
                              f"{len(w['steps'])}.")
            for step_got, step_want in zip(g["steps"], w["steps"]):
                for name in step_want:
                    same_structure(step_got[name], step_want[name], name)
        for case, g, w in zip(cases, got, want):
            if not _matches(g["steps"], w["steps"]):
                _name_mistake(g["steps"], variants, lambda formula: simulate(case, formula))
                _judge_biases_updated(case, g["steps"])
                k, name, key = _first_difference(g["steps"], w["steps"])
                all_finite(g["steps"][k - 1][name][key], f"{name}[{key!r}]")
                hint = ("" if k == 1 else " The first step was right: check that each step "
                        "starts from the state it is given and returns the updated state.")
                raise Mistake(f"On {case.label}: `{name}[{key!r}]` is wrong after step "
                              f"{k}.{hint}")
        for case, g in zip(cases, got):
            _judge_inputs_unchanged(case, g["inputs_after_first_call"], function, state_names)
    return judge


# momentum ------------------------------------------------------------------------------

def _momentum_case(rng, parameters, start):
    return {"v": _state(rng, parameters, start), "beta": float(rng.uniform(0.6, 0.95)),
            "learning_rate": float(rng.uniform(0.05, 0.5))}


def _momentum_with(mistake, p, g, v, beta, learning_rate):
    """One parameter's momentum step with one of the usual mistakes -> (p, v)."""
    if mistake == "no_one_minus_beta":
        new_v = beta * v + g
    elif mistake == "weights_swapped":
        new_v = (1 - beta) * v + beta * g
    else:
        new_v = beta * v + (1 - beta) * g
    step = {"steps_with_gradient": g, "steps_with_old_velocity": v}.get(mistake, new_v)
    sign = -1 if mistake == "goes_uphill" else 1
    return p - sign * learning_rate * step, new_v


def _momentum_simulate(case, formula):
    a = case.args
    parameters, v, steps = a["parameters"], a["v"], []
    for grads in a["grads_sequence"]:
        new = {key: formula(parameters[key], grads[f"d{key}"], v[f"d{key}"], a["beta"],
                            a["learning_rate"]) for key in parameters}
        parameters = {key: p for key, (p, _) in new.items()}
        v = {f"d{key}": vel for key, (_, vel) in new.items()}
        steps.append({"parameters": parameters, "v": v})
    return steps


_MOMENTUM_VARIANTS = [(message, partial(_momentum_with, mistake)) for message, mistake in [
    ("The velocity is updated without the factor (1 - beta): v = beta * v + (1 - beta) * dW. "
     "Without it v grows to about 1/(1 - beta) times the gradient, so the steps are that much "
     "larger than the learning rate says (that form needs a learning rate scaled by "
     "(1 - beta)).", "no_one_minus_beta"),
    ("The weights of the average are swapped: v = beta * v + (1 - beta) * dW (the old "
     "velocity gets beta).", "weights_swapped"),
    ("The parameters move by the gradient, not by the velocity: W = W - learning_rate * "
     "v['dW'] with the updated v.", "steps_with_gradient"),
    ("The parameters move by the velocity of the previous step: update v first, then step "
     "with the new v.", "steps_with_old_velocity"),
    ("The parameters move uphill: subtract learning_rate * v, do not add it.", "goes_uphill"),
]]


# RMSprop -------------------------------------------------------------------------------

def _rmsprop_case(rng, parameters, start):
    epsilon = float(rng.uniform(0.01, 0.1)) if start == "zeros" else 1e-8
    return {"s": _state(rng, parameters, start, squared=True),
            "beta2": float(rng.uniform(0.8, 0.99)),
            "learning_rate": float(rng.uniform(0.005, 0.05)), "epsilon": epsilon}


def _rmsprop_with(mistake, p, g, s, beta2, learning_rate, epsilon):
    """One parameter's RMSprop step with one of the usual mistakes -> (p, s)."""
    if mistake == "gradient_not_squared":
        new_s = beta2 * s + (1 - beta2) * g
    elif mistake == "weights_swapped":
        new_s = (1 - beta2) * s + beta2 * g ** 2
    else:
        new_s = beta2 * s + (1 - beta2) * g ** 2
    used = s if mistake == "old_s" else new_s
    epsilon = 1e-8 if mistake == "ignores_epsilon" else epsilon
    denominator = {"divides_by_s": used + epsilon,
                   "epsilon_inside_sqrt": np.sqrt(used + epsilon)}.get(
        mistake, np.sqrt(used) + epsilon)
    return p - learning_rate * g / denominator, new_s


def _rmsprop_simulate(case, formula):
    a = case.args
    parameters, s, steps = a["parameters"], a["s"], []
    for grads in a["grads_sequence"]:
        new = {key: formula(parameters[key], grads[f"d{key}"], s[f"d{key}"], a["beta2"],
                            a["learning_rate"], a["epsilon"]) for key in parameters}
        parameters = {key: p for key, (p, _) in new.items()}
        s = {f"d{key}": sq for key, (_, sq) in new.items()}
        steps.append({"parameters": parameters, "s": s})
    return steps


_EPSILON_INSIDE = ("epsilon is inside the square root: the step is learning_rate * dW / "
                   "(sqrt(s) + epsilon), epsilon added after the root.")
_IGNORES_EPSILON = ("The `epsilon` argument is ignored (a hard-coded value is used instead).")
_RMSPROP_VARIANTS = [(message, partial(_rmsprop_with, mistake)) for message, mistake in [
    ("The step divides by s instead of sqrt(s): s averages squared gradients, its square "
     "root has the scale of the gradient.", "divides_by_s"),
    ("RMSprop's " + _EPSILON_INSIDE, "epsilon_inside_sqrt"),
    ("s averages the gradients, not their squares: s = beta2 * s + (1 - beta2) * dW**2.",
     "gradient_not_squared"),
    ("The weights of the average are swapped: s = beta2 * s + (1 - beta2) * dW**2.",
     "weights_swapped"),
    ("The step uses the s of the previous step: update s first, then divide by the new "
     "sqrt(s).", "old_s"),
    (_IGNORES_EPSILON, "ignores_epsilon"),
]]


# Adam ----------------------------------------------------------------------------------

ADAM_DEFAULTS = {"learning_rate": 0.01, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}


def _adam_cases(rng):
    def hyperparameters(epsilon):
        return {"learning_rate": float(rng.uniform(0.005, 0.05)),
                "beta1": float(rng.uniform(0.8, 0.95)), "beta2": float(rng.uniform(0.95, 0.999)),
                "epsilon": epsilon}

    cases = []
    for layers, start, t, steps, hyper, label in [
            (2, "zeros", 1, 4, hyperparameters(float(rng.uniform(0.01, 0.1))),
             "4 steps from zero state (t = 1, 2, ...) on a 2-layer network"),
            (3, "random", int(rng.integers(3, 10)), 3, hyperparameters(1e-8),
             "3 steps from a non-zero state at a later t on a 3-layer network"),
            (2, "zeros", 1, 3, {}, "3 steps with the default hyperparameters")]:
        parameters = _parameters(rng, layers)
        cases.append(Case({"parameters": parameters,
                           "grads_sequence": [_grads(rng, parameters) for _ in range(steps)],
                           "v": _state(rng, parameters, start),
                           "s": _state(rng, parameters, start, squared=True),
                           "t": t, "hyperparameters": hyper},
                          adapter="optimization:adam_trajectory", label=label))
    return cases


def _adam_with(mistake, p, g, v, s, t, learning_rate, beta1, beta2, epsilon):
    """One parameter's Adam step with one of the usual mistakes -> (p, v, s, v_c, s_c)."""
    new_v = beta1 * v + (1 - beta1) * g
    if mistake == "s_uses_beta1":
        new_s = beta1 * s + (1 - beta1) * g ** 2
    elif mistake == "gradient_not_squared":
        new_s = beta2 * s + (1 - beta2) * g
    else:
        new_s = beta2 * s + (1 - beta2) * g ** 2
    power = {"t_plus_1": t + 1, "beta_not_powered": 1}.get(mistake, t)
    v_c, s_c = new_v / (1 - beta1 ** power), new_s / (1 - beta2 ** power)
    if mistake == "no_bias_correction":
        v_c, s_c = new_v, new_s
    v_used, s_used = (new_v, new_s) if mistake == "steps_with_uncorrected" else (v_c, s_c)
    epsilon = 1e-8 if mistake == "ignores_epsilon" else epsilon
    root = (np.sqrt(s_used + epsilon) if mistake == "epsilon_inside_sqrt"
            else np.sqrt(s_used) + epsilon)
    if mistake == "stores_corrected":
        new_v, new_s = v_c, s_c
    return p - learning_rate * v_used / root, new_v, new_s, v_c, s_c


def _adam_simulate(case, formula):
    a = case.args
    hyper = {**ADAM_DEFAULTS, **a["hyperparameters"]}
    parameters, v, s, steps = a["parameters"], a["v"], a["s"], []
    names = ("parameters", "v", "s", "v_corrected", "s_corrected")
    for k, grads in enumerate(a["grads_sequence"]):
        new = {key: formula(parameters[key], grads[f"d{key}"], v[f"d{key}"], s[f"d{key}"],
                            a["t"] + k, **hyper) for key in parameters}
        step = {name: {(key if name == "parameters" else f"d{key}"): new[key][i]
                       for key in parameters} for i, name in enumerate(names)}
        parameters, v, s = step["parameters"], step["v"], step["s"]
        steps.append(step)
    return steps


_ADAM_VARIANTS = [(message, partial(_adam_with, mistake)) for message, mistake in [
    ("There is no bias correction: v_corrected = v / (1 - beta1**t) and s_corrected = "
     "s / (1 - beta2**t).", "no_bias_correction"),
    ("The bias correction uses the wrong t: use the step number t as given (the first "
     "step is t = 1), not t + 1.", "t_plus_1"),
    ("The bias correction divides by (1 - beta) instead of (1 - beta**t).",
     "beta_not_powered"),
    ("The corrected moments are computed but the step uses the uncorrected v and s: step "
     "with v_corrected / (sqrt(s_corrected) + epsilon).", "steps_with_uncorrected"),
    ("Adam's " + _EPSILON_INSIDE, "epsilon_inside_sqrt"),
    ("s is averaged with beta1: the second moment uses beta2.", "s_uses_beta1"),
    ("s averages the gradients, not their squares: s = beta2 * s + (1 - beta2) * dW**2.",
     "gradient_not_squared"),
    ("The bias-corrected values are stored as the new v and s. Keep the raw averages in v "
     "and s; the corrected ones only serve this step.", "stores_corrected"),
    (_IGNORES_EPSILON, "ignores_epsilon"),
]]


# ---------------------------------------------------------------------------------------
# learning-rate decay

def _make_formula_judge(function, variants, describe):
    """Judge of a function of scalars: compare every case, name the wrong formula."""
    def judge(cases, got, want):
        for g, w in zip(got, want):
            same_structure(g, w, f"{function}(...)")
        if _matches(got, want):
            return
        _name_mistake(got, variants, lambda formula: [formula(**c.args) for c in cases])
        case = next(c for c, g, w in zip(cases, got, want) if not _matches(g, w))
        raise Mistake(f"`{function}` returns a wrong learning rate for {describe(case)}.")
    return judge


def _describe(case):
    return ", ".join(f"{key}={value:.4g}" if isinstance(value, float) else f"{key}={value}"
                     for key, value in case.args.items())


def _inverse_time_cases(rng):
    lr0 = float(rng.uniform(0.01, 0.5))
    rates = [float(rng.uniform(0.3, 1.0)), float(rng.uniform(1.5, 3.0))]
    epochs = [0, 1, int(rng.integers(2, 6)), int(rng.integers(10, 40))]
    return [Case({"learning_rate0": lr0, "epoch": epoch, "decay_rate": rates[i % 2]})
            for i, epoch in enumerate(epochs)]


def _inverse_time_with(mistake, learning_rate0, epoch, decay_rate):
    return {"multiplies": learning_rate0 * (1 + decay_rate * epoch),
            "divides_by_one_only": learning_rate0 / 1 + decay_rate * epoch,
            "multiplies_by_epoch": learning_rate0 / (1 + decay_rate) * epoch,
            "compounds": learning_rate0 / (1 + decay_rate) ** epoch}[mistake]


_INVERSE_TIME_VARIANTS = [(message, partial(_inverse_time_with, mistake))
                          for message, mistake in [
    ("The rate grows with the epoch: divide learning_rate0 by (1 + decay_rate * epoch).",
     "multiplies"),
    ("Operator precedence: learning_rate0 / 1 + decay_rate * epoch is not "
     "learning_rate0 / (1 + decay_rate * epoch); add the parentheses.", "divides_by_one_only"),
    ("Operator precedence: learning_rate0 / (1 + decay_rate) * epoch multiplies by the "
     "epoch; the whole 1 + decay_rate * epoch is the divisor.", "multiplies_by_epoch"),
    ("Dividing by (1 + decay_rate) once per epoch compounds into an exponential decay; "
     "inverse-time decay divides by 1 + decay_rate * epoch.", "compounds"),
]]


def _exponential_cases(rng):
    lr0, rate = float(rng.uniform(0.01, 0.5)), float(rng.uniform(0.5, 0.95))
    decay_steps = int(rng.integers(4, 13))
    k = int(rng.integers(1, 5))
    late = k * decay_steps + int(np.ceil(0.6 * decay_steps))   # fraction above one half
    early = k * decay_steps + 1                                 # fraction below one half
    base = {"learning_rate0": lr0, "decay_rate": rate, "decay_steps": decay_steps}
    return [Case({**base, "step": early, "staircase": False}),
            Case({**base, "step": late}),
            Case({**base, "step": late, "staircase": True}),
            Case({**base, "step": early, "staircase": True}),
            Case({**base, "step": 0, "staircase": True}),
            Case({**base, "step": int(rng.integers(30, 60)), "staircase": True})]


def _exponential_with(mistake, learning_rate0, step, decay_rate, decay_steps,
                      staircase=False):
    exponent = step / decay_steps
    if mistake == "per_step":
        exponent = step
    if (staircase and mistake not in ("no_floor", "rounds")) or mistake == "always_floors":
        exponent = np.floor(exponent)
    if staircase and mistake == "rounds":
        exponent = np.round(exponent)
    if mistake == "base_and_exponent_swapped":
        return learning_rate0 * exponent ** decay_rate
    return learning_rate0 * decay_rate ** exponent


_EXPONENTIAL_VARIANTS = [(message, partial(_exponential_with, mistake))
                         for message, mistake in [
    ("With staircase=True the exponent must be floored: floor(step / decay_steps), so the "
     "rate drops in steps every decay_steps.", "no_floor"),
    ("The exponent is floored even when staircase=False; only the staircase schedule "
     "floors it.", "always_floors"),
    ("The rate decays at every step: the exponent is step / decay_steps, one decay per "
     "decay_steps steps (per epoch if decay_steps counts the updates of an epoch).",
     "per_step"),
    ("The exponent and the base are swapped: the rate is learning_rate0 * "
     "decay_rate ** (step / decay_steps).", "base_and_exponent_swapped"),
    ("The staircase exponent is rounded: floor it (np.floor or //), the rate drops only "
     "once a full decay_steps has passed.", "rounds"),
]]


def _scheduled_cases(rng):
    lr0, rate = float(rng.uniform(0.01, 0.5)), float(rng.uniform(0.5, 3.0))
    interval = int(rng.integers(5, 40))
    k = int(rng.integers(1, 6))
    base = {"learning_rate0": lr0, "decay_rate": rate}
    return [Case({**base, "epoch": 0, "time_interval": interval}),
            Case({**base, "epoch": k * interval + 1, "time_interval": interval}),
            Case({**base, "epoch": k * interval + int(np.ceil(0.6 * interval)),
                  "time_interval": interval}),
            Case({**base, "epoch": (k + 1) * interval, "time_interval": interval}),
            Case({**base, "epoch": int(rng.integers(1, 4)) * 1000 + int(rng.integers(600, 999))})]


def _scheduled_with(mistake, learning_rate0, epoch, decay_rate, time_interval=1000):
    interval = 1000 if mistake == "hard_coded_interval" else time_interval
    intervals = {"no_floor": epoch / interval, "every_epoch": epoch,
                 "rounds": np.round(epoch / interval)}.get(mistake, np.floor(epoch / interval))
    if mistake == "exponential":
        return learning_rate0 * decay_rate ** intervals
    return learning_rate0 / (1 + decay_rate * intervals)


_SCHEDULED_VARIANTS = [(message, partial(_scheduled_with, mistake)) for message, mistake in [
    ("The number of intervals is not floored: the rate must stay constant within each "
     "time_interval and drop only when a full interval has passed.", "no_floor"),
    ("The rate decays every epoch: it must decay once every `time_interval` epochs, "
     "using floor(epoch / time_interval).", "every_epoch"),
    ("The `time_interval` argument is ignored (1000 is used instead).",
     "hard_coded_interval"),
    ("The number of intervals is rounded: floor it, the rate drops only once a full "
     "interval has passed.", "rounds"),
    ("This is a staircase exponential decay; the scheduled decay is inverse-time: "
     "learning_rate0 / (1 + decay_rate * floor(epoch / time_interval)).", "exponential"),
]]


# ---------------------------------------------------------------------------------------
# random search: samplers

N_SAMPLES = 4000
KS_LIMIT = 2.5 / np.sqrt(N_SAMPLES)  # a correct sampler exceeds it with probability ~1e-5


def _ks_to_uniform(x, low, high) -> float:
    """Kolmogorov-Smirnov distance between the sample ``x`` and the uniform law on [low, high]."""
    x = np.sort(np.asarray(x, dtype=float))
    n = len(x)
    cdf = np.clip((x - low) / (high - low), 0.0, 1.0)
    return float(max(np.max(np.arange(1, n + 1) / n - cdf), np.max(cdf - np.arange(n) / n)))


def _sampler_cases(rng, low_range, high_range):
    low, high = float(rng.uniform(*low_range)), float(rng.uniform(*high_range))
    seed, other = (int(s) for s in rng.choice(10_000, size=2, replace=False))
    args = {"low_exp": low, "high_exp": high, "n": N_SAMPLES}
    return [Case({**args, "seed": seed}, label="a large sample"),
            Case({**args, "seed": seed}, label="the same call again"),
            Case({**args, "seed": other}, label="another seed"),
            Case({"low_exp": low - 1, "high_exp": high - 0.5, "n": int(rng.integers(3, 9)),
                  "seed": other}, label="a small sample")]


def _judge_seeding(got):
    first, again, other = (np.asarray(g) for g in got[:3])
    if not np.array_equal(first, again):
        raise Mistake("Two calls with the same `seed` returned different values: create your "
                      "random generator from `seed` inside the function (e.g. "
                      "`np.random.default_rng(seed)` or `np.random.seed(seed)`).")
    if np.array_equal(first, other):
        raise Mistake("Calls with different seeds returned the same values: the function "
                      "ignores its `seed` argument.")


def _uniform_after(transform, law):
    """A wrong law: ``transform(values)`` is uniform on ``law(low_exp, high_exp)``."""
    def fits(values, low, high):
        with np.errstate(all="ignore"):
            x = transform(values)
        return bool(np.all(np.isfinite(x))) and _ks_to_uniform(x, *law(low, high)) < KS_LIMIT
    return fits


def _make_sampler_judge(function, exponent_of, wrong_laws, what):
    """exponent_of(values) should be uniform on [low_exp, high_exp].

    wrong_laws -- [(message, fits(values, low_exp, high_exp) -> bool)]: the usual mistakes,
    tried on a large sample that does not follow the intended law.
    """
    def judge(cases, got, want):
        for g, w in zip(got, want):
            same_structure(g, w, f"{function}(...)")
            all_finite(g, f"{function}(...)")
        _judge_seeding(got)
        for case, values in zip(cases, got):
            values = np.asarray(values, dtype=float)
            low, high = case.args["low_exp"], case.args["high_exp"]
            with np.errstate(all="ignore"):
                r = exponent_of(values)
            in_range = bool(np.all(np.isfinite(r)) and np.all(r >= low - 1e-9)
                            and np.all(r <= high + 1e-9))
            large = len(values) >= 100
            if in_range and (not large or _ks_to_uniform(r, low, high) < KS_LIMIT):
                continue
            for message, fits in wrong_laws if large else []:
                if fits(values, low, high):
                    raise Mistake(message)
            raise Mistake(f"On {case.label}, the values are not {what}."
                          + ("" if in_range else " Some are outside the range."))
    return judge


def _whole_powers_of_ten(values, low, high):
    with np.errstate(all="ignore"):
        r = np.log10(values)
    return bool(np.all(np.isfinite(r))) and bool(np.allclose(r, np.round(r)))


_LOG_UNIFORM_WRONG = [
    ("The values are uniform between 10**low_exp and 10**high_exp: almost all of them land "
     "in the top decade. Sample the exponent r uniformly, then take 10**r.",
     _uniform_after(lambda x: x, lambda low, high: (10 ** low, 10 ** high))),
    ("The exponent is used with base e (np.exp(r)); the learning rate is 10**r.",
     _uniform_after(np.log, lambda low, high: (low, high))),
    ("Only the exponent's lower end is used (r = low_exp * rand): sample r uniformly in "
     "[low_exp, high_exp].", _uniform_after(np.log10, lambda low, high: (low, 0.0))),
    ("Only whole powers of ten are sampled: draw the exponent r from a continuous uniform "
     "distribution, not integers.", _whole_powers_of_ten),
]

_BETA_WRONG = [
    ("beta is sampled uniformly between 1 - 10**high_exp and 1 - 10**low_exp: almost all "
     "values then average over few steps. Sample r uniformly, then beta = 1 - 10**r.",
     _uniform_after(lambda b: b, lambda low, high: (1 - 10 ** high, 1 - 10 ** low))),
    ("The values are 10**r, that is 1 - beta: return beta = 1 - 10**r.",
     _uniform_after(np.log10, lambda low, high: (low, high))),
    ("The exponent is used with base e (1 - np.exp(r)); beta = 1 - 10**r.",
     _uniform_after(lambda b: np.log(1 - b), lambda low, high: (low, high))),
]


# ---------------------------------------------------------------------------------------

CHECKS = [
    Check("test_ewma", "ewma", _ewma_cases, _judge_ewma),
    Check("test_initialize_velocity", "initialize_velocity", _init_cases,
          _judge_single_state("v")),
    Check("test_update_parameters_with_momentum", "update_parameters_with_momentum",
          lambda rng: _trajectory_cases(rng, "momentum_trajectory", _momentum_case),
          _make_update_judge("update_parameters_with_momentum", ("v",), _momentum_simulate,
                             _MOMENTUM_VARIANTS)),
    Check("test_initialize_rmsprop", "initialize_rmsprop", _init_cases,
          _judge_single_state("s")),
    Check("test_update_parameters_with_rmsprop", "update_parameters_with_rmsprop",
          lambda rng: _trajectory_cases(rng, "rmsprop_trajectory", _rmsprop_case),
          _make_update_judge("update_parameters_with_rmsprop", ("s",), _rmsprop_simulate,
                             _RMSPROP_VARIANTS)),
    Check("test_initialize_adam", "initialize_adam", _init_cases, _judge_initialize_adam),
    Check("test_update_parameters_with_adam", "update_parameters_with_adam", _adam_cases,
          _make_update_judge("update_parameters_with_adam", ("v", "s"), _adam_simulate,
                             _ADAM_VARIANTS)),
    Check("test_inverse_time_decay", "inverse_time_decay", _inverse_time_cases,
          _make_formula_judge("inverse_time_decay", _INVERSE_TIME_VARIANTS, _describe)),
    Check("test_exponential_decay", "exponential_decay", _exponential_cases,
          _make_formula_judge("exponential_decay", _EXPONENTIAL_VARIANTS, _describe)),
    Check("test_scheduled_lr_decay", "scheduled_lr_decay", _scheduled_cases,
          _make_formula_judge("scheduled_lr_decay", _SCHEDULED_VARIANTS, _describe)),
    Check("test_sample_log_uniform", "sample_log_uniform",
          lambda rng: _sampler_cases(rng, (-5.0, -3.0), (-1.5, -0.5)),
          _make_sampler_judge("sample_log_uniform", np.log10, _LOG_UNIFORM_WRONG,
                              "log-uniform on [10**low_exp, 10**high_exp] (log10 of them "
                              "should be spread evenly between low_exp and high_exp)")),
    Check("test_sample_beta", "sample_beta",
          lambda rng: _sampler_cases(rng, (-4.0, -2.5), (-1.5, -0.7)),
          _make_sampler_judge("sample_beta", lambda b: np.log10(1 - b), _BETA_WRONG,
                              "of the form 1 - 10**r with r uniform in [low_exp, high_exp]")),
]

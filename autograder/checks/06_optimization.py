"""Hidden checks of assignment 06: optimization algorithms.

* ``ewma`` and the three decay schedules are exact formulas: every case is compared with the
  reference; sequences say from which step on they go wrong.
* The initializers must return zero state under the gradients' key names ("dW1", "db1"...).
* The three update functions run a trajectory of several steps on a 2- or 3-layer network
  (adapters in ``dlbasics/harness/optimization.py``), from zero and from non-zero state, with
  asymmetric gradients; every key of every returned dict is compared at every step.  The
  contract is that an update returns *new* dicts and leaves its inputs unchanged.
* The samplers are judged without assuming the student's RNG: a two-sample
  Kolmogorov-Smirnov distance to the reference's sample of the same size, how finely the
  values spread, the range, same seed -> same values, another seed -> other values.

The misconception catalog names the usual wrong formulas.
"""

import numpy as np

from autograder.checks import Case, Check, Mistake
from autograder.checks.expect import close, same_structure, seeding

RTOL, ATOL = 1e-5, 1e-8


# ---------------------------------------------------------------------------------------
# shared helpers

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
                  "bias_correction": True}, label="a short series with bias correction"),
            Case({"values": [float(x) for x in series(int(rng.integers(5, 9)))], "beta": 0.0,
                  "bias_correction": True}, label="a list of values and beta = 0"),
            Case({"values": series(int(rng.integers(8, 12))).astype(np.float32), "beta": b2},
                 label="float32 values")]


def _judge_ewma(cases, got, want):
    for case, g, w in zip(cases, got, want):
        beta = case.args["beta"]
        close(g, w, "ewma(...)", "Check v_t = beta * v_(t-1) + (1 - beta) * theta_t with "
              "v_0 = 0, and the bias correction v_t / (1 - beta**t).", RTOL, ATOL,
              {"beta": beta, "1 - beta": 1 - beta, "1/(1 - beta)": 1 / (1 - beta)}, case.label)


# ---------------------------------------------------------------------------------------
# initializers

def _init_cases(rng):
    return [Case({"parameters": _parameters(rng, 2)}, label="a 2-layer network"),
            Case({"parameters": _parameters(rng, 3)}, label="a 3-layer network")]


def _state_judge(function):
    def judge(cases, got, want):
        for case, g, w in zip(cases, got, want):
            close(g, w, f"{function}(...)", "The state starts at zero, one array per gradient "
                  "('dW1', 'db1', ...), shaped like its parameter.", 0, 0, label=case.label)
    return judge


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


def _judge_trajectory(cases, got, want):
    """Every returned dict of every step, step by step: the first wrong value is named."""
    for case, g, w in zip(cases, got, want):
        if not isinstance(g, list) or len(g) != len(w):
            raise Mistake("The trajectory does not have one result per step.")
        for k, (step_got, step_want) in enumerate(zip(g, w), start=1):
            hint = "" if k == 1 else ("The first step was right and a later one is not: check "
                                      "what changes from one step to the next -- the step "
                                      "number t (bias correction), and the state each call "
                                      "is given and returns.")
            for name in step_want:
                close(step_got[name], step_want[name], name, hint, RTOL, ATOL,
                      {"learning_rate": case.args.get("learning_rate", 0.01), "2": 2,
                       "1/2": 0.5}, f"{case.label}, after step {k}")


def _momentum_case(rng, parameters, start):
    return {"v": _state(rng, parameters, start), "beta": float(rng.uniform(0.6, 0.95)),
            "learning_rate": float(rng.uniform(0.05, 0.5))}


def _rmsprop_case(rng, parameters, start):
    epsilon = float(rng.uniform(0.01, 0.1)) if start == "zeros" else 1e-8
    return {"s": _state(rng, parameters, start, squared=True),
            "beta2": float(rng.uniform(0.8, 0.99)),
            "learning_rate": float(rng.uniform(0.005, 0.05)), "epsilon": epsilon}


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


# ---------------------------------------------------------------------------------------
# learning-rate decay

def _describe(case):
    return ", ".join(f"{key}={value:.4g}" if isinstance(value, float) else f"{key}={value}"
                     for key, value in case.args.items())


def _make_formula_judge(function, boundaries):
    """Judge of a function of scalars: every case is compared with the reference.

    When the wrong cases are exactly those on one of the ``boundaries`` (e.g. a step exactly
    on a decay boundary), the message says so: the formula is right but for that boundary.
    """
    def judge(cases, got, want):
        wrong = []
        for case, g, w in zip(cases, got, want):
            try:
                close(g, w, f"{function}(...)", "", RTOL, ATOL, label=_describe(case))
            except Mistake as mistake:
                wrong.append((case, mistake))
        if not wrong:
            return
        right = [case for case in cases if case not in [c for c, _ in wrong]]
        for argument, options in boundaries.items():
            for description, reached in options if not isinstance(options, str) else []:
                if all(reached(c.args) for c, _ in wrong) and not any(
                        reached(c.args) for c in right):
                    raise Mistake(f"`{function}` is right except on {description} "
                                  f"(`{argument}`), where it returns a wrong value: "
                                  f"{_describe(wrong[0][0])}.")
        raise wrong[0][1]
    return judge


def _inverse_time_cases(rng):
    lr0 = float(rng.uniform(0.01, 0.5))
    rates = [float(rng.uniform(0.3, 1.0)), float(rng.uniform(1.5, 3.0))]
    epochs = [0, 1, int(rng.integers(2, 6)), int(rng.integers(10, 40))]
    return [Case({"learning_rate0": lr0, "epoch": epoch, "decay_rate": rates[i % 2]})
            for i, epoch in enumerate(epochs)] + [
        Case({"learning_rate0": lr0, "epoch": int(rng.integers(2, 9)), "decay_rate": 0.0})]


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
            Case({**base, "step": (k + 1) * decay_steps, "staircase": True}),
            Case({**base, "step": (k + 1) * decay_steps - 1, "staircase": True}),
            Case({**base, "step": int(rng.integers(30, 60)), "staircase": True}),
            Case({**base, "step": int(rng.integers(3, 9)), "decay_steps": 1}),
            Case({**base, "step": late, "decay_rate": 1.0, "staircase": True})]


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
            Case({**base, "epoch": (k + 1) * interval - 1, "time_interval": interval}),
            Case({**base, "epoch": int(rng.integers(2, 9)), "time_interval": 1}),
            Case({**base, "epoch": int(rng.integers(1, 4)) * 1000 + int(rng.integers(600, 999))})]


# ---------------------------------------------------------------------------------------
# random search: samplers

N_SAMPLES = 4000
#: two samples of one law exceed it with probability ~1e-5
KS_LIMIT = 2.5 * np.sqrt(2 / N_SAMPLES)


def _ks_distance(a, b) -> float:
    """Two-sample Kolmogorov-Smirnov distance between the samples ``a`` and ``b``."""
    a, b = np.sort(np.asarray(a, dtype=float)), np.sort(np.asarray(b, dtype=float))
    points = np.concatenate([a, b])
    cdf_a = np.searchsorted(a, points, side="right") / a.size
    cdf_b = np.searchsorted(b, points, side="right") / b.size
    return float(np.max(np.abs(cdf_a - cdf_b)))


def _sampler_cases(rng, low_range, high_range, small_high=None):
    low, high = float(rng.uniform(*low_range)), float(rng.uniform(*high_range))
    seed, other = (int(s) for s in rng.choice(10_000, size=2, replace=False))
    args = {"low_exp": low, "high_exp": high, "n": N_SAMPLES}
    return [Case({**args, "seed": seed}, label="a large sample"),
            Case({**args, "seed": seed}, label="the same call again"),
            Case({**args, "seed": other}, label="another seed"),
            Case({"low_exp": low - 1, "n": int(rng.integers(3, 9)),
                  "high_exp": high - 0.5 if small_high is None else small_high,
                  "seed": other}, label="a small sample")]


def _sample_facts(case, values, exponent_of):
    """Seed-free facts of one sample: finite, in range, finely spread."""
    values = np.asarray(values, dtype=float)
    low, high = case.args["low_exp"], case.args["high_exp"]
    with np.errstate(all="ignore"):
        r = exponent_of(values)
    return {"finite": bool(np.all(np.isfinite(values))),
            "in range": bool(np.all(np.isfinite(r)) and np.all(r >= low - 1e-9)
                             and np.all(r <= high + 1e-9)),
            "fine": len(np.unique(values)) >= 0.9 * values.size}


def _make_sampler_judge(function, exponent_of, what):
    """The samples follow the reference's law; exponent_of(values) is its exponent r."""
    def judge(cases, got, want):
        for case, g, w in zip(cases, got, want):
            same_structure(g, w, f"{function}(...)")
        seeding(got, want, function)
        for case, g, w in zip(cases, got, want):
            facts, wanted = (_sample_facts(case, x, exponent_of) for x in (g, w))
            if facts["finite"] != wanted["finite"]:
                raise Mistake(f"`{function}(...)` contains NaN or infinity ({case.label}).")
            if facts["in range"] != wanted["in range"]:
                raise Mistake(f"On {case.label}, some values are outside the range: they "
                              f"should be {what}.")
            if facts["fine"] != wanted["fine"]:
                raise Mistake(f"On {case.label}, the values take only a few distinct values: "
                              f"draw r from a continuous uniform distribution, not a grid.")
            if np.size(w) >= 100 and _ks_distance(g, w) > KS_LIMIT:
                raise Mistake(f"On {case.label}, the values do not follow the intended law: "
                              f"they should be {what}.")
    return judge


# ---------------------------------------------------------------------------------------

_INVERSE_TIME_BOUNDARIES = {
    "learning_rate0": "drawn at random",
    "epoch": [("epoch 0", lambda a: a["epoch"] == 0), ("epoch 1", lambda a: a["epoch"] == 1)],
    "decay_rate": [("decay_rate = 0", lambda a: a["decay_rate"] == 0),
                   ("decay_rate above 1", lambda a: a["decay_rate"] > 1)]}
_EXPONENTIAL_BOUNDARIES = {
    "learning_rate0": "drawn at random",
    "step": [("step 0", lambda a: a["step"] == 0),
             ("a step exactly on a decay boundary",
              lambda a: a["step"] > 0 and a["step"] % a["decay_steps"] == 0),
             ("the step before a boundary",
              lambda a: a["step"] % a["decay_steps"] == a["decay_steps"] - 1)],
    "decay_rate": [("decay_rate = 1", lambda a: a["decay_rate"] == 1)],
    "decay_steps": [("decay_steps = 1", lambda a: a["decay_steps"] == 1)],
    "staircase": [("the default", lambda a: "staircase" not in a),
                  ("True", lambda a: a.get("staircase") is True)]}
_SCHEDULED_BOUNDARIES = {
    "learning_rate0": "drawn at random",
    "epoch": [("epoch 0", lambda a: a["epoch"] == 0),
              ("an epoch exactly on an interval boundary",
               lambda a: a["epoch"] > 0 and a["epoch"] % a.get("time_interval", 1000) == 0),
              ("the epoch before a boundary",
               lambda a: a["epoch"] % a.get("time_interval", 1000)
               == a.get("time_interval", 1000) - 1)],
    "decay_rate": [("decay_rate above 1", lambda a: a["decay_rate"] > 1)],
    "time_interval": [("the default", lambda a: "time_interval" not in a),
                      ("time_interval = 1", lambda a: a.get("time_interval") == 1)]}
_NO_BOUNDARY = "a trajectory of random values"
_UPDATE = {"parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)],
           "grads": [("gradients of both signs in one array",
                      lambda a: any(np.any(g > 0) and np.any(g < 0)
                                    for g in a["grads_sequence"][0].values()))]}
_SAMPLER = {"low_exp": "drawn at random", "high_exp": "drawn at random",
            "n": [("a small sample", lambda a: a["n"] < 10)],
            "seed": "the same and another seed"}

CHECKS = [
    Check("test_ewma", "ewma", _ewma_cases, _judge_ewma,
          {"values": [("a list", lambda a: isinstance(a["values"], list)),
                      ("float32 values", lambda a: getattr(a["values"], "dtype", None)
                       == np.float32)],
           "beta": [("beta = 0", lambda a: a["beta"] == 0)],
           "bias_correction": [("the default", lambda a: "bias_correction" not in a),
                               ("True", lambda a: a.get("bias_correction") is True)]}),
    Check("test_initialize_velocity", "initialize_velocity", _init_cases,
          _state_judge("initialize_velocity"),
          {"parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)]}),
    Check("test_update_parameters_with_momentum", "update_parameters_with_momentum",
          lambda rng: _trajectory_cases(rng, "momentum_trajectory", _momentum_case),
          _judge_trajectory,
          {**_UPDATE, "v": [("a zero velocity", lambda a: all(
              not np.any(x) for x in a["v"].values()))],
           "beta": _NO_BOUNDARY, "learning_rate": _NO_BOUNDARY}),
    Check("test_initialize_rmsprop", "initialize_rmsprop", _init_cases,
          _state_judge("initialize_rmsprop"),
          {"parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)]}),
    Check("test_update_parameters_with_rmsprop", "update_parameters_with_rmsprop",
          lambda rng: _trajectory_cases(rng, "rmsprop_trajectory", _rmsprop_case),
          _judge_trajectory,
          {**_UPDATE, "s": [("a zero s", lambda a: all(not np.any(x) for x in a["s"].values()))],
           "beta2": _NO_BOUNDARY, "learning_rate": _NO_BOUNDARY,
           "epsilon": [("a large epsilon", lambda a: a["epsilon"] > 1e-3)]}),
    Check("test_initialize_adam", "initialize_adam", _init_cases,
          _state_judge("initialize_adam"),
          {"parameters": [("a 2-layer network", lambda a: len(a["parameters"]) == 4)]}),
    Check("test_update_parameters_with_adam", "update_parameters_with_adam", _adam_cases,
          _judge_trajectory,
          {**_UPDATE, "v": [("a zero v", lambda a: all(not np.any(x) for x in a["v"].values()))],
           "s": [("a zero s", lambda a: all(not np.any(x) for x in a["s"].values()))],
           "t": [("t = 1", lambda a: a["t"] == 1), ("t > 1", lambda a: a["t"] > 1)],
           "learning_rate": [("the default", lambda a: not a["hyperparameters"])],
           "beta1": [("the default", lambda a: not a["hyperparameters"])],
           "beta2": [("the default", lambda a: not a["hyperparameters"])],
           "epsilon": [("a large epsilon",
                        lambda a: a["hyperparameters"].get("epsilon", 0) > 1e-3)]}),
    Check("test_inverse_time_decay", "inverse_time_decay", _inverse_time_cases,
          _make_formula_judge("inverse_time_decay", _INVERSE_TIME_BOUNDARIES),
          _INVERSE_TIME_BOUNDARIES),
    Check("test_exponential_decay", "exponential_decay", _exponential_cases,
          _make_formula_judge("exponential_decay", _EXPONENTIAL_BOUNDARIES),
          _EXPONENTIAL_BOUNDARIES),
    Check("test_scheduled_lr_decay", "scheduled_lr_decay", _scheduled_cases,
          _make_formula_judge("scheduled_lr_decay", _SCHEDULED_BOUNDARIES),
          _SCHEDULED_BOUNDARIES),
    Check("test_sample_log_uniform", "sample_log_uniform",
          lambda rng: _sampler_cases(rng, (-5.0, -3.0), (-1.5, -0.5)),
          _make_sampler_judge("sample_log_uniform", np.log10,
                              "log-uniform on [10**low_exp, 10**high_exp] (log10 of them "
                              "spread evenly between low_exp and high_exp)"),
          _SAMPLER),
    Check("test_sample_beta", "sample_beta",
          lambda rng: _sampler_cases(rng, (-4.0, -2.5), (-1.5, -0.7), small_high=0.0),
          _make_sampler_judge("sample_beta", lambda b: np.log10(1 - b),
                              "of the form 1 - 10**r with r uniform in [low_exp, high_exp]"),
          {**_SAMPLER, "high_exp": [("high_exp = 0", lambda a: a["high_exp"] == 0)]}),
]

"""Hidden checks of assignment 01: initialization.

The zero initializer is compared value for value.  Random initializers are judged without
assuming the student's RNG: the weights must look like the reference's -- as repeatable
under the same seed, as different under another, centred, normal and finely spread alike,
with the same standard deviation layer by layer, drawn independently from layer to layer --
and the biases must be zero where the reference's are.  Layers are wide enough for the
statistics to be sharp.
"""

import numpy as np

from autograder.checks import Case, Check
from autograder.checks.expect import all_finite, close, same_structure, seeding
from autograder.checks.weights import judge_layers


def _layer_dims(rng):
    """A 3-layer network whose fan-ins and fan-outs differ enough to tell formulas apart."""
    return [int(rng.integers(400, 600)), int(rng.integers(150, 250)),
            int(rng.integers(50, 90)), int(rng.integers(15, 25))]


def _zeros_cases(rng):
    return [Case({"layer_dims": [int(rng.integers(3, 9)), int(rng.integers(2, 6)), 1]},
                 label="a 2-layer network"),
            Case({"layer_dims": _layer_dims(rng)}, label="a 3-layer network"),
            Case({"layer_dims": [int(rng.integers(5, 10)), 10]}, label="a 1-layer network")]


def _judge_zeros(cases, got, want):
    for case, g, w in zip(cases, got, want):
        close(g, w, "parameters", rtol=0, atol=0)


def _seeded_cases(rng, scales=None):
    """Same seed twice, then another seed; then a small network twice with seed 0."""
    dims = _layer_dims(rng)
    seed, other = (int(s) for s in rng.choice(np.arange(1, 10_000), size=2, replace=False))
    main, small = ({"scale": scale} for scale in scales) if scales else ({}, {})
    small_dims = [int(rng.integers(3, 9)), 4, 1]
    return [Case({"layer_dims": dims, "seed": seed, **main}, label="a 3-layer network"),
            Case({"layer_dims": dims, "seed": seed, **main}, label="the same call again"),
            Case({"layer_dims": dims, "seed": other, **main}, label="another seed"),
            Case({"layer_dims": small_dims, "seed": 0, **small},
                 label="a small network with seed 0"),
            Case({"layer_dims": small_dims, "seed": 0, **small},
                 label="the same small network again")]


def _judge_random(cases, got, want):
    for g, w in zip(got, want):
        same_structure(g, w, "parameters")
        all_finite(g, "parameters")
    seeding(got, want, "the initializer")
    for g, w in zip(got, want):
        judge_layers(g, w, len(w) // 2)


def _random_cases(rng):
    # never the default 10, so that a hard-coded 10 is caught; below 1 on the small network
    return _seeded_cases(rng, scales=(float(rng.choice([15.0, 20.0])), 0.5))


_DIMS_BOUNDARIES = [("an output layer of one unit", lambda a: a["layer_dims"][-1] == 1)]
_SEED_BOUNDARIES = [("seed 0", lambda a: a["seed"] == 0)]

CHECKS = [
    Check("test_initialize_parameters_zeros", "initialize_parameters_zeros",
          _zeros_cases, _judge_zeros,
          {"layer_dims": _DIMS_BOUNDARIES + [("a single layer",
                                              lambda a: len(a["layer_dims"]) == 2)]}),
    Check("test_initialize_parameters_random", "initialize_parameters_random",
          _random_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES,
           "scale": [("a scale below 1", lambda a: a["scale"] < 1),
                     ("a scale above the default", lambda a: a["scale"] > 10)]}),
    Check("test_initialize_parameters_he", "initialize_parameters_he",
          _seeded_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES}),
    Check("test_initialize_parameters_xavier", "initialize_parameters_xavier",
          _seeded_cases, _judge_random,
          {"layer_dims": _DIMS_BOUNDARIES, "seed": _SEED_BOUNDARIES}),
]

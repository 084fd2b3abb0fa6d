"""Catalog of realistic wrong implementations ("mutants"), one module per assignment.

Each mutant is a function with the *graded function's own name and signature*, registered
with :func:`mutant` under a name that says the misconception (``he_uses_xavier_scale``).
``expect`` is a piece of text the hidden check's failure message must contain, so the tests
prove that the feedback names the mistake, not only that the check fails.

The tests run every hidden check against every mutant of its function; ``make demo`` drops
one mutant into a sample submission.  A mutant uses only NumPy, TensorFlow and dlbasics, so
its source can stand alone in a notebook cell.
"""

from __future__ import annotations

import importlib
import inspect
import textwrap
from dataclasses import dataclass
from typing import Callable


@dataclass
class Mutant:
    name: str
    function: Callable
    expect: str

    @property
    def target(self) -> str:
        """Name of the graded function this mutant replaces."""
        return self.function.__name__

    def source(self) -> str:
        """The mutant's source without its decorator: a drop-in for the graded function."""
        lines = textwrap.dedent(inspect.getsource(self.function)).splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("def "))
        return "\n".join(lines[start:]) + "\n"


_REGISTRY: dict = {}


def mutant(name: str, expect: str):
    """Register the decorated function as the mutant ``name`` of the current module."""

    def register(function):
        _REGISTRY.setdefault(function.__module__, []).append(Mutant(name, function, expect))
        return function

    return register


def load_mutants(notebook: str) -> list:
    """All mutants of one assignment, in the order they are defined."""
    module = importlib.import_module(f"autograder.mutants.{notebook}")
    return list(_REGISTRY.get(module.__name__, []))

"""An independent set of student implementations, kept apart from the misconception catalog.

Written by someone who read only the student release (the notebooks and ``dlbasics``), not
the hidden checks, the reference solutions or the catalog: for every graded function,
realistic wrong versions (``@wrong``) and correct ones in another style (``@correct``).
The tests grade each one with the hidden checks and print how many wrong versions are
caught and how many are named, next to the same figures for the catalog.

One module per assignment (``01_initialization.py`` ...).  Each function has the graded
function's own name and signature and uses only NumPy, TensorFlow and ``dlbasics``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable


@dataclass
class Implementation:
    """One student's version of a graded function."""

    slug: str
    function: Callable
    correct: bool
    description: str

    @property
    def target(self) -> str:
        """Name of the graded function this implements."""
        return self.function.__name__


_REGISTRY: dict = {}


def _register(slug: str, description: str, correct: bool):
    def register(function):
        entry = Implementation(slug, function, correct, description)
        _REGISTRY.setdefault(function.__module__, []).append(entry)
        return function

    return register


def wrong(slug: str, mistake: str):
    """Register a wrong version; ``mistake`` says in a student's words what went wrong."""
    return _register(slug, mistake, correct=False)


def correct(slug: str, style: str):
    """Register a correct version; ``style`` says how it differs from the obvious one."""
    return _register(slug, style, correct=True)


def load_implementations(notebook: str) -> list:
    """All implementations of one assignment, in the order they are defined."""
    module = importlib.import_module(f"grader_tests.independent.{notebook}")
    return list(_REGISTRY.get(module.__name__, []))

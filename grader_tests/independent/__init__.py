"""An independent set of student implementations, kept apart from the misconception catalog.

Written by someone who read only the student release (the notebooks and ``dlbasics``), not
the hidden checks, the reference solutions or the catalog: for every graded function,
realistic wrong versions (``@wrong``) and correct ones in another style (``@correct``).
The tests grade each one with the hidden checks and print how many wrong versions are
caught and how many are named, next to the same figures for the catalog.

Four sets, one package each, one module per assignment (``01_initialization.py`` ...):

* ``dev/`` -- written first; the catalog was then grown with the mistakes it showed that no
  entry described, so it measures the catalog it helped to build;
* ``dev2/`` -- written next by others and measured once as the held-out set (74 % named);
  the catalog was then grown again from the mistakes it showed, so it is a development set
  now too;
* ``dev3/`` -- written by others from a fresh copy of the student release and measured once
  as the held-out set (82 % named); the catalog then grew from it in turn;
* ``held_out/`` -- written last by others from another fresh copy of the student release,
  while the catalog grew from ``dev3``, labelled after the catalog was complete, and never
  used to change it: the independent measure.

Each function has the graded function's own name and signature and uses only NumPy,
TensorFlow and ``dlbasics``.  Each set's ``labels.py`` says, for every wrong version, which
misconception it makes -- a catalog entry's name, a contract's
(:data:`autograder.checks.contracts.MISCONCEPTIONS`), or None -- labelled by someone who read
the code and the catalog without running the checks.
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


SETS = ("dev", "dev2", "dev3", "held_out")


def load_implementations(notebook: str, part: str = "dev") -> list:
    """All implementations of one assignment in the set ``part``, in the order defined."""
    module = importlib.import_module(f"grader_tests.independent.{part}.{notebook}")
    return list(_REGISTRY.get(module.__name__, []))


def load_labels(part: str) -> dict:
    """``{notebook: {slug: misconception or None}}`` of the set ``part``."""
    return importlib.import_module(f"grader_tests.independent.{part}.labels").LABELS

"""The misconception catalog: one module per assignment, one entry per common mistake.

Each entry (:class:`Misconception`) has a name that says the mistake
(``he_uses_xavier_scale``), the message a student reads when their function makes it, and
the wrong behaviour itself, written once:

* preferably as a small named edit of the reference's source in ``solutions/``
  (:func:`edit`: "``sqrt(2.0 /`` -> ``sqrt(1.0 /``"), applied on the fly as mutation-testing
  tools do;
* or, where no edit fits, as a short wrong function (:func:`rewrite`).

The same entry serves three users:

* the **judge** (:func:`autograder.checks.verdict`) runs the catalogued misconceptions of a
  function on the hidden cases, in the grader, when a student's results fail, and names the
  one whose results the student's match;
* the **tests** prove that every entry is caught and named;
* ``make demo`` hands one in as a student's work.

Entries are tried in the order they are defined, so a more specific one comes first.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import linecache
import textwrap
from dataclasses import dataclass, field
from typing import Callable

_REGISTRY: dict = {}


@dataclass(frozen=True)
class Misconception:
    """One common mistake in one graded function."""

    name: str
    function: str
    message: str
    edits: tuple = ()
    wrong: Callable | None = field(default=None, compare=False)
    notebook: str = ""

    def source(self) -> str:
        """The wrong function's source: a drop-in for the graded function in a notebook."""
        if self.wrong is not None:
            lines = textwrap.dedent(inspect.getsource(self.wrong)).splitlines()
            start = next(i for i, line in enumerate(lines) if line.startswith("def "))
            return "\n".join(lines[start:]) + "\n"
        text = textwrap.dedent(inspect.getsource(self._reference()))
        for old, new in self.edits:
            count = text.count(old)
            if count != 1:
                raise ValueError(f"misconception {self.name}: {old!r} occurs {count} times in "
                                 f"the reference {self.function}, not once")
            text = text.replace(old, new)
        return text

    def build(self) -> Callable:
        """The wrong function, ready to call (built once, then cached)."""
        return _build(self)

    def _reference(self):
        return getattr(importlib.import_module(f"solutions.{self.notebook}"), self.function)


@functools.lru_cache(maxsize=None)
def _build(entry: Misconception) -> Callable:
    if entry.wrong is not None:
        return entry.wrong
    module = importlib.import_module(f"solutions.{entry.notebook}")
    namespace = dict(vars(module))
    source = entry.source()
    filename = f"<misconception {entry.name}>"
    # Registered like a file, so that tools that read a function's source (tf.function's
    # autograph, tracebacks) find it.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    return namespace[entry.function]


def _notebook_of(module_name: str) -> str:
    return module_name.rpartition(".")[2]


def edit(function: str, name: str, message: str, *edits: tuple) -> None:
    """Register the misconception ``name``: the reference ``function`` with ``edits`` applied.

    Each edit is ``(old, new)``; ``old`` must occur exactly once in the reference's source.
    """
    module = inspect.stack()[1].frame.f_globals["__name__"]
    entry = Misconception(name, function, message, tuple(edits), None, _notebook_of(module))
    _REGISTRY.setdefault(module, []).append(entry)


def rewrite(name: str, message: str):
    """Register the decorated function (named like the graded one) as the misconception."""

    def register(wrong):
        entry = Misconception(name, wrong.__name__, message, (), wrong,
                              _notebook_of(wrong.__module__))
        _REGISTRY.setdefault(wrong.__module__, []).append(entry)
        return wrong

    return register


def load_catalog(notebook: str) -> list:
    """All misconceptions of one assignment, in the order they are defined."""
    module = importlib.import_module(f"autograder.misconceptions.{notebook}")
    return list(_REGISTRY.get(module.__name__, []))


def misconceptions_of(notebook: str, function: str) -> list:
    """The misconceptions of one graded function (empty if its assignment has none)."""
    try:
        catalog = load_catalog(notebook)
    except ModuleNotFoundError as err:
        if err.name == f"autograder.misconceptions.{notebook}":
            return []
        raise
    return [entry for entry in catalog if entry.function == function]

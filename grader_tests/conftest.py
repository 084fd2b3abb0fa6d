"""Shared fixtures: MNIST location, the built course, and the mutant catch-rate report."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import pytest

from dlbasics import data

# The tests grade many scenario students: keep them out of the course that `make demo` and
# instructors use.  Set before autograder is imported (it reads this once).
os.environ.setdefault("DLBASICS_COURSE_DIR",
                      str(Path(__file__).resolve().parent.parent / "build" / "test-course"))

#: notebook -> list of (mutant name, caught?) filled by test_hidden_checks
CATCHES: dict = defaultdict(list)


@pytest.fixture(scope="session")
def mnist_dir():
    """The MNIST folder the notebooks will read; fails (never skips) with the fix if absent."""
    try:
        return data.resolve_dir(download=False)
    except data.MnistNotFoundError as err:
        message = f"These tests execute notebooks that read MNIST.\n{err}"
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def built():
    """``built(notebook)`` builds an assignment once per test session (on first use)."""
    from autograder.build import build

    done = set()

    def ensure(notebook: str) -> str:
        if notebook not in done:
            build([notebook])
            done.add(notebook)
        return notebook

    return ensure


def pytest_terminal_summary(terminalreporter):
    if not CATCHES:
        return
    write = terminalreporter.write_line
    write("")
    write("Misconceptions caught and named (hidden checks vs autograder/misconceptions):")
    total = caught = 0
    for notebook in sorted(CATCHES):
        results = CATCHES[notebook]
        n_caught = sum(ok for _, ok in results)
        missed = [name for name, ok in results if not ok]
        write(f"  {notebook:<28}{n_caught:>3}/{len(results):<3}"
              + (f"  missed: {', '.join(missed)}" if missed else ""))
        total += len(results)
        caught += n_caught
    write(f"  {'all assignments':<28}{caught:>3}/{total:<3} ({100 * caught / total:.0f}%)")


def pytest_configure(config):
    # Notebooks run under nbgrader must never see a grading folder left over in this shell.
    os.environ.pop("DLBASICS_GRADING_DIR", None)

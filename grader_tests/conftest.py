"""Shared fixtures: MNIST location, the built course, and the catch and naming rates."""

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

#: notebook -> list of (misconception name, caught and named?) filled by test_hidden_checks
CATCHES: dict = defaultdict(list)
#: (set, notebook) -> list of (slug, caught?, named?) filled by test_independent
INDEPENDENT: dict = {}


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


def _rate(part: int, whole: int) -> str:
    return f"{part:>3}/{whole:<3} {100 * part / whole:>3.0f}%" if whole else " " * 12


def pytest_terminal_summary(terminalreporter):
    """The catalog's entries caught and named, and each independent set's wrong versions
    caught and named, per assignment."""
    if not CATCHES and not INDEPENDENT:
        return
    write = terminalreporter.write_line
    parts = sorted({part for part, _ in INDEPENDENT})
    write("")
    write("Hidden checks: caught and named, per assignment")
    write(f"  {'':<22}{'catalog named':<16}"
          + "".join(f"{part + ' caught':<16}{part + ' named':<16}" for part in parts))
    notebooks = sorted(set(CATCHES) | {nb for _, nb in INDEPENDENT})
    for notebook in notebooks + ["all assignments"]:
        if notebook == "all assignments":
            catalog = [r for nb in notebooks for r in CATCHES.get(nb, [])]
        else:
            catalog = CATCHES.get(notebook, [])
        line = f"  {notebook:<22}{_rate(sum(ok for _, ok in catalog), len(catalog)):<16}"
        for part in parts:
            rows = (INDEPENDENT.get((part, notebook), []) if notebook != "all assignments"
                    else [r for nb in notebooks for r in INDEPENDENT.get((part, nb), [])])
            line += (f"{_rate(sum(c for _, c, _ in rows), len(rows)):<16}"
                     f"{_rate(sum(n for _, _, n in rows), len(rows)):<16}")
        write(line)
    missed = [name for nb in notebooks for name, ok in CATCHES.get(nb, []) if not ok]
    if missed:
        write(f"  catalog entries not named: {', '.join(missed)}")
    for (part, notebook), rows in sorted(INDEPENDENT.items()):
        uncaught = [slug for slug, caught, _ in rows if not caught]
        if uncaught:
            write(f"  {part}/{notebook} not caught: {', '.join(uncaught)}")


def pytest_configure(config):
    # Notebooks run under nbgrader must never see a grading folder left over in this shell.
    os.environ.pop("DLBASICS_GRADING_DIR", None)

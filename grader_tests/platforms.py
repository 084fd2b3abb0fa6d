"""The platforms a student or an instructor installs the course on, and pip's resolver for each.

A target is a CPython version on an operating system and processor.  ``resolve(target, ...)``
runs pip's own resolver (``pip install --dry-run --report``) for that target from this machine:
``--platform``, ``--python-version``, ``--implementation`` and ``--abi`` choose the wheels, and
the target's marker environment decides the environment markers.  pip itself evaluates markers
against the interpreter that runs it, whatever ``--platform`` says (pypa/pip#11664), so the
subprocess that runs pip sets the marker environment of packaging's ``default_environment``
first; nothing else of pip is changed.

Two uses:

* ``python -m grader_tests.platforms`` (needs the package index) resolves every target against
  PyPI and writes what pip chose -- each wheel's file name and the metadata the resolver read
  from it -- to ``grader_tests/data/platform-lock.json``.  Run it after changing a pin.
* ``test_platforms.py`` (offline) turns that record into metadata-only wheels in a folder and
  resolves every target again with ``--no-index --find-links``: pip's resolver must find the
  same wheels from the current pins, or the test says to refresh the record.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

from autograder import REPO

LOCK = REPO / "grader_tests" / "data" / "platform-lock.json"

def _manylinux(machine: str) -> list[str]:
    """pip's --platform values for a Linux with glibc 2.28 (pip does not expand them itself)."""
    return [f"manylinux_2_{minor}_{machine}" for minor in range(28, 16, -1)] + [
        f"manylinux2014_{machine}", f"linux_{machine}"]


# (name, sys_platform, platform_machine, platform_system, os_name, --platform values); pip
# expands a macOS version to the older ones itself.
SYSTEMS = [
    ("linux-x86_64", "linux", "x86_64", "Linux", "posix", _manylinux("x86_64")),
    ("linux-aarch64", "linux", "aarch64", "Linux", "posix", _manylinux("aarch64")),
    ("macos-arm64", "darwin", "arm64", "Darwin", "posix", ["macosx_14_0_arm64"]),
    ("macos-x86_64", "darwin", "x86_64", "Darwin", "posix", ["macosx_14_0_x86_64"]),
    ("windows-amd64", "win32", "AMD64", "Windows", "nt", ["win_amd64"]),
]
PYTHONS = ["3.11", "3.12", "3.13"]
# TensorFlow's last release for Intel Macs (2.16.2) has wheels up to CPython 3.12.
UNSUPPORTED = {("macos-x86_64", "3.13")}
# The grader (bubblewrap sandbox, Dask, PostgreSQL) and the tests run on Linux.
GRADER_SYSTEMS = {"linux-x86_64", "linux-aarch64"}


@dataclass(frozen=True)
class Target:
    """One place to install: a CPython version on a system, with or without the grader."""

    system: str
    python: str
    grader: bool

    @property
    def name(self) -> str:
        return f"{self.system}-py{self.python}" + ("-grader" if self.grader else "")

    def markers(self) -> dict:
        """PEP 508 marker environment of this target."""
        _, sys_platform, machine, system, os_name, _ = _system(self.system)
        return {
            "implementation_name": "cpython", "implementation_version": f"{self.python}.0",
            "os_name": os_name, "platform_machine": machine, "platform_release": "",
            "platform_system": system, "platform_version": "",
            "python_full_version": f"{self.python}.0", "python_version": self.python,
            "platform_python_implementation": "CPython", "sys_platform": sys_platform,
        }

    def pip_options(self) -> list[str]:
        """pip's options that choose this target's wheels."""
        tags = _system(self.system)[5]
        abi = "cp" + self.python.replace(".", "")
        return ([f"--platform={tag}" for tag in tags]
                + [f"--python-version={self.python}", "--implementation=cp", f"--abi={abi}",
                   "--only-binary=:all:"])


def _system(name: str) -> tuple:
    return next(system for system in SYSTEMS if system[0] == name)


def targets() -> list[Target]:
    """Every supported target: the student install everywhere, the grader on Linux."""
    found = []
    for system, *_ in SYSTEMS:
        for python in PYTHONS:
            if (system, python) in UNSUPPORTED:
                continue
            found.append(Target(system, python, grader=False))
            if system in GRADER_SYSTEMS:
                found.append(Target(system, python, grader=True))
    return found


def requirements(grader: bool) -> list[str]:
    """pyproject.toml's requirements: the student's, plus the ``grader`` extra if asked."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    found = list(project["dependencies"])
    if grader:
        found += project["optional-dependencies"]["grader"]
    return found


_RUN_PIP = (
    "import json, sys\n"
    "import pip._vendor.packaging.markers as markers\n"
    "environment = json.loads(sys.argv[1])\n"
    "markers.default_environment = lambda: dict(environment)\n"
    "from pip._internal.cli.main import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def resolve(target: Target, index: list[str], workdir: Path) -> subprocess.CompletedProcess:
    """Run pip's resolver for ``target``; its report is ``workdir/<target>.json``.

    ``index`` is pip's index options (``--index-url=...`` or ``--no-index --find-links=...``).
    """
    report = workdir / f"{target.name}.json"
    wanted = workdir / f"{target.name}.txt"
    wanted.write_text("\n".join(requirements(target.grader)) + "\n")
    command = [sys.executable, "-c", _RUN_PIP, json.dumps(target.markers()),
               "install", "--isolated", "--dry-run", "--ignore-installed", "--quiet",
               "--disable-pip-version-check", f"--report={report}", *index,
               *target.pip_options(), "-r", str(wanted)]
    return subprocess.run(command, capture_output=True, text=True)


def chosen_wheels(report: Path) -> dict:
    """File name -> the metadata pip's resolver read, for every wheel in a pip report."""
    found = {}
    for item in json.loads(report.read_text())["install"]:
        metadata = item["metadata"]
        found[item["download_info"]["url"].rsplit("/", 1)[-1]] = {
            "name": metadata["name"], "version": metadata["version"],
            "requires_python": metadata.get("requires_python"),
            "requires_dist": metadata.get("requires_dist", []),
            "provides_extra": metadata.get("provides_extra", []),
        }
    return found


def write_stub_wheels(wheels: dict, folder: Path) -> None:
    """Metadata-only wheels (METADATA, WHEEL, RECORD), named as the recorded ones: what pip's
    resolver reads of a wheel is its name, its tags and its METADATA."""
    folder.mkdir(parents=True, exist_ok=True)
    for filename, metadata in wheels.items():
        distribution, version = filename.split("-")[:2]
        info = f"{distribution}-{version}.dist-info"
        lines = ["Metadata-Version: 2.1", f"Name: {metadata['name']}",
                 f"Version: {metadata['version']}"]
        if metadata["requires_python"]:
            lines.append(f"Requires-Python: {metadata['requires_python']}")
        lines += [f"Provides-Extra: {extra}" for extra in metadata["provides_extra"]]
        lines += [f"Requires-Dist: {requirement}" for requirement in metadata["requires_dist"]]
        tag = filename[:-len(".whl")].split("-")[-3:]
        with zipfile.ZipFile(folder / filename, "w") as wheel:
            wheel.writestr(f"{info}/METADATA", "\n".join(lines) + "\n")
            wheel.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: stub\n"
                           f"Root-Is-Purelib: false\nTag: {'-'.join(tag)}\n")
            wheel.writestr(f"{info}/RECORD", "")


def lock(workdir: Path) -> None:
    """Resolve every target against PyPI and write the record (needs the package index)."""
    wheels, chosen = {}, {}
    for target in targets():
        result = resolve(target, ["--index-url=https://pypi.org/simple"], workdir)
        if result.returncode:
            sys.exit(f"{target.name}: pip's resolver failed\n{result.stderr}")
        found = chosen_wheels(workdir / f"{target.name}.json")
        wheels.update(found)
        chosen[target.name] = sorted(found)
        print(f"{target.name}: {len(found)} wheels")
    LOCK.parent.mkdir(exist_ok=True)
    LOCK.write_text(json.dumps({"targets": chosen, "wheels": dict(sorted(wheels.items()))},
                               indent=1) + "\n")
    print(f"wrote {LOCK.relative_to(REPO)}: {len(wheels)} wheels, {len(chosen)} targets")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        lock(Path(scratch))

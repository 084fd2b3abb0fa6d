"""What travels between the coordinator and the workers: plain data only."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat


#: the submission time nbgrader's exchange writes beside a submission; the coordinator alone
#: reads it (a worker never sees it) and puts it back into the autograded folder
TIMESTAMP = "timestamp.txt"


@dataclass
class Task:
    """One submission to grade.

    ``files`` maps each path inside the submission folder (``"01_initialization.ipynb"``,
    ``"data/extra.npy"``...) to its bytes.  ``source`` is :func:`source_fingerprint` of the
    coordinator's source notebook: a worker whose own build differs refuses the task.
    """
    assignment: str
    student: str
    files: dict
    source: str

    @property
    def key(self) -> str:
        return f"{self.assignment}/{self.student}"


@dataclass
class Result:
    """What grading one :class:`Task` gave.

    ``files`` is the autograded folder (path -> bytes), empty when nothing was graded;
    ``outcome`` is a name from :mod:`autograder.outcomes`; ``detail`` says more when the
    outcome is not "graded"; ``seconds`` is the time the worker spent on it, and
    ``worker`` the Dask worker's name.
    """
    assignment: str
    student: str
    outcome: str
    files: dict = field(default_factory=dict)
    detail: str = ""
    seconds: float = 0.0
    worker: str = ""


def source_fingerprint(path: Path) -> str:
    """A digest of what in a source notebook decides grades: cell kinds, sources, nbgrader
    metadata (cell ids and outputs left out, so two builds of the same commit agree)."""
    nb = nbformat.read(path, as_version=4)
    cells = [(c.cell_type, c.source, c.get("metadata", {}).get("nbgrader", {}))
             for c in nb.cells]
    return hashlib.sha256(json.dumps(cells, sort_keys=True).encode()).hexdigest()[:16]


def submission_fingerprint(files: dict) -> str:
    """A digest of a submission's files (names and bytes)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.sha256(files[name]).digest())
    return digest.hexdigest()[:16]

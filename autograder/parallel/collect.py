"""Coordinator side: read the submissions of a class into tasks, refusing what will not run.

A submission folder is hostile input.  It is read without following links or opening
anything but regular files, within size bounds, so that the coordinator never blocks on a
FIFO, never copies what a link points at, and never holds more than the bounds in memory.
What cannot be graded gets its named outcome here, before any worker sees it.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbgrader.utils import parse_utc

from autograder.parallel.tasks import TIMESTAMP, Task, source_fingerprint
from autograder.sandbox import workspace

MiB = 2**20
#: a notebook larger than this is refused (nbgrader would read it whole into memory)
MAX_NOTEBOOK_BYTES = 64 * MiB
MAX_TIMESTAMP_BYTES = 1024


@dataclass
class Collected:
    """One submission as read from the course: a task to grade, or why it will not be.

    ``not_graded`` is ``(ename, message)`` with ename a key of
    :data:`autograder.outcomes.STOPPED` when the submission is refused before grading.
    """
    task: Task
    not_graded: tuple | None = None


def students(coursedir, assignment: str, pattern: str = "*") -> list:
    """Ids of the students with a submission of ``assignment`` that match ``pattern``."""
    root = Path(coursedir.root) / coursedir.submitted_directory
    if not root.is_dir():
        return []
    return sorted(entry.name for entry in os.scandir(root)
                  if not entry.name.startswith(".") and fnmatch.fnmatch(entry.name, pattern)
                  and os.path.lexists(root / entry.name / assignment))


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, refusing links and anything else without blocking."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise workspace.Refused(f"refused: the submission contains a special file "
                                    f"({path.name})")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise workspace.Refused(f"refused: {path.name} is larger than {limit // MiB} MiB")
    return data


def _read_files(folder: Path, max_other_bytes: int) -> dict:
    """``{relative path: bytes}`` of every file in ``folder``; raises ``Refused``."""
    workspace.refuse_links(folder)
    files, other = {}, 0
    for path in sorted(folder.rglob("*")):
        if path.is_dir():
            continue
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".ipynb":
            files[name] = _read_regular(path, MAX_NOTEBOOK_BYTES)
            continue
        files[name] = _read_regular(path, max_other_bytes)
        other += len(files[name])
        if other > max_other_bytes:  # the sandbox's own words for the same limit
            raise workspace.Refused(f"refused: the submission's files exceed "
                                    f"{max_other_bytes // MiB} MiB")
    return files


def collect(coursedir, assignment: str, student: str, max_other_bytes: int) -> Collected:
    """Read ``student``'s submission of ``assignment``."""
    folder = Path(coursedir.format_path(coursedir.submitted_directory, student, assignment))
    source = source_fingerprint(
        Path(coursedir.format_path(coursedir.source_directory, ".", assignment))
        / f"{assignment}.ipynb")
    task = Task(assignment, student, {}, source)
    try:
        task.files = _read_files(folder, max_other_bytes)
    except workspace.Refused as refusal:
        return Collected(task, ("Refused", str(refusal)))
    notebook = f"{assignment}.ipynb"
    if notebook not in task.files:
        return Collected(task, ("NoNotebook", f"no notebook: {notebook} was not handed in"))
    try:
        nbformat.reads(task.files[notebook].decode("utf-8"), as_version=4)
    except Exception as err:  # invalid JSON or UTF-8, not a notebook at all...
        return Collected(task, ("InvalidNotebook", f"invalid notebook: {notebook} could not "
                                f"be read ({type(err).__name__})"))
    return Collected(task)


def timestamp(task: Task):
    """The submission time in ``timestamp.txt``, parsed as nbgrader parses it; None if the
    file is missing, empty or unreadable (nbgrader itself would stop the whole run there)."""
    data = task.files.get(TIMESTAMP)
    if data is None or len(data) > MAX_TIMESTAMP_BYTES:
        return None
    try:
        text = data.decode("utf-8").strip()
        return parse_utc(text) if text else None
    except ValueError:  # UnicodeDecodeError included
        return None

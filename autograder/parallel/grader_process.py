"""Worker side: the grading process a Dask worker keeps, and grading one task in it.

``python -m autograder.parallel.grader_process FD PARENT_PID SCRATCH [--Class.trait=value...]``
is started once per
Dask worker by :mod:`.worker`.  It reads tasks from the socket ``FD`` and answers each with a
:class:`~.tasks.Result`.  It grades with nbgrader's own ``Autograde`` (through
``NbGraderAPI``, in this process: nbgrader starts once, not once per submission) in a scratch
course of its own under ``SCRATCH``: its own build of each assignment from this checkout,
its own throwaway gradebook.  Nothing here reads the class's course folder or its gradebook.

Grading runs in this process's main thread, as under ``nbgrader autograde``, so the judge's
time limit (SIGALRM) holds; the process ends when its Dask worker does (``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import sys
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

import nbformat
from nbgrader.apps import NbGraderAPI

from autograder import COURSE_DIR, assignments, outcomes
from autograder.build import source_notebook
from autograder.course import course_directory, load_config, put_environment_first_on_path
from autograder.parallel.tasks import TIMESTAMP, Result, Task, source_fingerprint

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel kill this process when its parent (the Dask worker) dies."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the call above
        sys.exit(1)


class ScratchCourse:
    """A private nbgrader course in which this worker grades, one submission at a time."""

    def __init__(self, root: Path, overrides: list = ()):
        if COURSE_DIR != root.resolve():
            raise RuntimeError(f"the grading process must run with DLBASICS_COURSE_DIR={root}")
        self.root = root
        config = load_config(overrides)
        self.coursedir = course_directory(config)
        self.api = NbGraderAPI(coursedir=self.coursedir, config=config)
        self.sources: dict = {}  # assignment -> source fingerprint of this worker's build

    def build(self, assignment: str) -> str:
        """Build ``assignment`` here once (source notebook, release, gradebook entries)."""
        if assignment not in self.sources:
            folder = self.root / "source" / assignment
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(source_notebook(assignment), folder / f"{assignment}.ipynb")
            built = self.api.generate_assignment(assignment, force=True)
            if not built["success"]:
                raise RuntimeError(f"building {assignment} failed:\n{built.get('log')}")
            self.sources[assignment] = source_fingerprint(folder / f"{assignment}.ipynb")
        return self.sources[assignment]

    def grade(self, task: Task) -> Result:
        """Grade one task; every outcome is a :class:`~.tasks.Result`."""
        start = time.perf_counter()

        def result(outcome: str, detail: str = "", files: dict | None = None) -> Result:
            return Result(task.assignment, task.student, outcome, files or {}, detail,
                          time.perf_counter() - start)

        if task.assignment not in assignments():
            return result(outcomes.WORKER_OUT_OF_DATE,
                          f"this worker has no assignment {task.assignment}")
        if self.build(task.assignment) != task.source:
            return result(outcomes.WORKER_OUT_OF_DATE, "this worker's build of "
                          f"{task.assignment} differs from the coordinator's (update its "
                          f"checkout)")
        for kind in ("submitted", "autograded"):
            shutil.rmtree(self.root / kind, ignore_errors=True)
        folder = self.root / "submitted" / task.student / task.assignment
        for name, data in task.files.items():
            if name == TIMESTAMP:
                continue
            path = folder / name
            if not path.resolve().is_relative_to(folder.resolve()):
                return result(outcomes.GRADING_ERROR, f"a file name leaves the folder: {name}")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        graded = self.api.autograde(task.assignment, task.student, force=True, create=True)
        out = self.root / "autograded" / task.student / task.assignment
        notebook = out / f"{task.assignment}.ipynb"
        if not graded["success"] or not notebook.is_file():
            log = (graded.get("error") or graded.get("log") or "").strip().splitlines()
            return result(outcomes.GRADING_ERROR, "\n".join(log[-20:]))
        files = {p.relative_to(out).as_posix(): p.read_bytes()
                 for p in sorted(out.rglob("*")) if p.is_file()}
        return result(outcomes.outcome_of(nbformat.read(notebook, as_version=4)), files=files)


def main(argv: list) -> int:
    fd, parent_pid, scratch, overrides = int(argv[0]), int(argv[1]), Path(argv[2]), argv[3:]
    die_with_parent(parent_pid)
    put_environment_first_on_path()
    connection = Connection(fd)
    course = ScratchCourse(scratch, overrides)
    while True:
        try:
            task = connection.recv()
        except EOFError:  # the worker closed its end: time to go
            return 0
        try:
            result = course.grade(task)
        except Exception:  # noqa: BLE001 (reported as this submission's outcome)
            result = Result(task.assignment, task.student, outcomes.GRADING_ERROR,
                            detail=traceback.format_exc(limit=-8))
        connection.send(result)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Dask side: a worker plugin that keeps one grading process, and the task that uses it.

The coordinator registers :class:`GraderPlugin` with the cluster; Dask sets it up on every
worker, including workers that join later or replace one that died.  :func:`grade_task` is
what the coordinator submits, once per submission.

A worker runs its tasks in threads while its event loop owns the main thread, so grading
happens in a separate, long-lived process (:mod:`.grader_process`) whose main thread runs
nbgrader as ``nbgrader autograde`` would.  If that process dies, the task raises
:class:`GraderCrashed` (Dask retries it) and the next task starts a fresh process.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from distributed import WorkerPlugin, get_worker

from autograder import REPO
from autograder.parallel.tasks import Result, Task

#: one thread per grading process and its kernels: a worker stands for one core (export
#: other values to override)
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
              "TF_NUM_INTRAOP_THREADS": "1", "TF_NUM_INTEROP_THREADS": "1"}
#: a task that takes longer than this is abandoned and its grading process killed (the
#: sandbox stops any notebook after SandboxedExecute.notebook_timeout, 600 s by default)
TASK_SECONDS = 1800


class GraderCrashed(Exception):
    """The grading process ended or hung while grading a task."""


class GraderPlugin(WorkerPlugin):
    """One grading process per Dask worker, started on the first task; ``overrides`` are
    nbgrader settings for it (see :func:`autograder.course.load_config`)."""

    name = "dlbasics-grader"

    def __init__(self, overrides: list = ()):
        self.overrides = list(overrides)

    def setup(self, worker):
        self.scratch = Path(worker.local_directory) / "dlbasics"
        self.process: subprocess.Popen | None = None
        self.connection: Connection | None = None
        self.lock = threading.Lock()  # one task at a time, whatever --nthreads says

    def teardown(self, worker):
        self._stop()

    def grade(self, task: Task) -> Result:
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self._start()
            self.connection.send(task)
            deadline = time.monotonic() + TASK_SECONDS
            while not self.connection.poll(1.0):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    code = self.process.poll()
                    self._stop()
                    raise GraderCrashed(f"the grading process of {get_worker().address} "
                                        + ("hung" if code is None else f"ended ({code})")
                                        + f" while grading {task.key}")
            try:
                result = self.connection.recv()
            except (EOFError, OSError) as err:
                self._stop()
                raise GraderCrashed(f"the grading process ended while answering "
                                    f"({type(err).__name__})") from err
            result.worker = str(get_worker().name)
            return result

    def _start(self) -> None:
        self._stop()
        course = self.scratch / "course"
        course.mkdir(parents=True, exist_ok=True)
        ours, theirs = socket.socketpair()
        env = {**ONE_THREAD, **os.environ, "DLBASICS_COURSE_DIR": str(course),
               "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
        env.pop("DLBASICS_DB_URL", None)  # the scratch course keeps its own gradebook
        with (self.scratch / "grader.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "autograder.parallel.grader_process",
                 str(theirs.fileno()), str(os.getpid()), str(course), *self.overrides],
                pass_fds=[theirs.fileno()], cwd=REPO, env=env,
                stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        theirs.close()
        self.connection = Connection(ours.detach())

    def _stop(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def grade_task(task: Task) -> Result:
    """Grade one submission on this worker (the function the coordinator submits)."""
    return get_worker().plugins[GraderPlugin.name].grade(task)

"""Coordinator: grade a class on a Dask cluster, record each result as it arrives, report.

``grade_class`` is what ``python -m autograder grade`` runs.  Without a scheduler address it
starts an embedded ``LocalCluster`` (one single-threaded worker process per core); with one
(``--scheduler`` or Dask's ``DASK_SCHEDULER_ADDRESS``) the same tasks go to that cluster.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sys
import uuid
from dataclasses import dataclass

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.scheduler import KilledWorker
from tqdm import tqdm

from autograder import outcomes
from autograder.course import load_config
from autograder.parallel.collect import collect, students
from autograder.parallel.record import CourseWriter
from autograder.parallel.tasks import Result
from autograder.parallel.worker import GraderPlugin, grade_task
from autograder.sandbox.execute import SandboxedExecute

#: Dask reruns a task that raised (the grading process crashed) this many times
RETRIES = 1
#: tasks sent ahead per worker (each carries a submission's files)
IN_FLIGHT_PER_WORKER = 2


class NotBuilt(Exception):
    """An assignment to grade is not built in the course (no source notebook or no entry in
    the gradebook)."""


@dataclass
class Row:
    """One line of the final table."""
    assignment: str
    student: str
    outcome: str
    seconds: float = 0.0
    detail: str = ""
    worker: str = ""


@contextlib.contextmanager
def dask_client(workers: int | None, scheduler: str | None):
    """A client of the cluster at ``scheduler``, or of a new local one with ``workers``."""
    address = scheduler or dask.config.get("scheduler-address", None)
    if address:
        with Client(address) as client:
            print(f"grading on the Dask cluster at {address} "
                  f"({len(client.scheduler_info()['workers'])} workers now)", flush=True)
            yield client
        return
    workers = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        print(f"grading on {workers} local worker process(es); Dask dashboard: "
              f"{cluster.dashboard_link}", flush=True)
        yield client


def _failed(task, error: BaseException) -> Result:
    if isinstance(error, KilledWorker):
        return Result(task.assignment, task.student, outcomes.WORKER_LOST,
                      detail="its worker died each time it was tried (Dask's allowed-failures)")
    return Result(task.assignment, task.student, outcomes.GRADING_ERROR,
                  detail=f"{type(error).__name__}: {error}")


def grade_class(assignments: list, pattern: str = "*", workers: int | None = None,
                scheduler: str | None = None, force: bool = False,
                overrides: list = ()) -> list:
    """Grade every matching submission of ``assignments``; returns the table's rows.

    ``overrides`` are nbgrader settings (``--SandboxedExecute.notebook_timeout=60``) that
    hold for this run, here and on every worker.
    """
    config = load_config(overrides)
    writer = CourseWriter(config)
    problems = [p for p in map(writer.missing, assignments) if p]
    if problems:
        raise NotBuilt("; ".join(problems) + ": build the course first (make build)")
    limit = SandboxedExecute(config=config).submission_size_limit
    rows, todo, ready = [], [], []
    for assignment in assignments:
        for student in students(writer.coursedir, assignment, pattern):
            collected = collect(writer.coursedir, assignment, student, limit)
            if not force and writer.already_graded(collected.task):
                rows.append(Row(assignment, student, outcomes.ALREADY_GRADED))
            elif collected.not_graded:
                ready.append(collected)
            else:
                todo.append((assignment, student))  # read again when its turn comes
    total = len(todo) + len(ready)
    print(f"{total} submission(s) to grade, {len(rows)} already graded "
          f"(--force regrades them)", flush=True)
    if not total:
        return rows
    progress = tqdm(total=total, unit="submission", file=sys.stderr, smoothing=0)

    def record(task, result: Result) -> None:
        if result.files:
            try:
                writer.record(task, result)
            except Exception as err:  # noqa: BLE001 (one bad result never stops the class)
                result = Result(task.assignment, task.student, outcomes.GRADING_ERROR,
                                detail=f"recording failed: {type(err).__name__}: {err}")
        rows.append(Row(task.assignment, task.student, result.outcome, result.seconds,
                        result.detail, result.worker))
        progress.update()

    def refuse(collected) -> None:
        record(collected.task, writer.not_graded(collected.task, *collected.not_graded))

    def tasks():
        """The tasks to grade, each read from the course only when it is about to be sent."""
        for assignment, student in todo:
            collected = collect(writer.coursedir, assignment, student, limit)
            if collected.not_graded:  # changed since the run began
                refuse(collected)
            else:
                yield collected.task

    try:
        for collected in ready:
            refuse(collected)
        if todo:
            with dask_client(workers, scheduler) as client:
                for task, result in _graded(client, tasks(), overrides):
                    record(task, result)
    except KeyboardInterrupt:
        progress.close()
        print(f"\ninterrupted: {progress.n} of {total} recorded; run again to grade the rest",
              file=sys.stderr)
        raise
    progress.close()
    return rows


def _graded(client, tasks, overrides: list):
    """(task, result) for every task, in the order they finish.

    Only a few tasks per worker are in flight at a time, so the coordinator holds a few
    submissions in memory, never the whole class.
    """
    client.register_plugin(GraderPlugin(list(overrides)), name=GraderPlugin.name)
    run = uuid.uuid4().hex[:8]
    in_flight, finished = {}, as_completed()

    def send(count: int) -> None:
        for task in itertools.islice(tasks, max(count, 0)):
            future = client.submit(grade_task, task, retries=RETRIES, pure=False,
                                   key=f"grade-{task.assignment}-{task.student}-{run}")
            in_flight[future] = task
            finished.add(future)

    send(IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads())))
    for future in finished:
        task = in_flight.pop(future)
        try:
            result = future.result()
        except Exception as err:  # noqa: BLE001 (KilledWorker, a crash...)
            result = _failed(task, err)
        yield task, result
        send(IN_FLIGHT_PER_WORKER * max(1, len(client.nthreads())) - len(in_flight))


def print_table(rows: list, scores) -> None:
    """A line per submission: score, outcome, seconds (and what went wrong, if anything)."""
    print(f"\n{'assignment':<22}{'student':<24}{'score':>10}  {'outcome':<20}{'seconds':>8}"
          f"  worker")
    for row in sorted(rows, key=lambda r: (r.assignment, r.student)):
        grades = scores(row.assignment, row.student)
        score = (f"{sum(s for s, _ in grades.values()):g}/{sum(m for _, m in grades.values()):g}"
                 if grades else "-")
        seconds = f"{row.seconds:.1f}" if row.seconds else ""
        print(f"{row.assignment:<22}{row.student:<24}{score:>10}  {row.outcome:<20}{seconds:>8}"
              f"  {row.worker}")
        if row.detail and row.outcome not in (outcomes.GRADED, outcomes.ALREADY_GRADED):
            print(f"{'':<46}{' '.join(row.detail.split())[:300]}")
    counts = {}
    for row in rows:
        counts[row.outcome] = counts.get(row.outcome, 0) + 1
    print("\n" + ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items())))

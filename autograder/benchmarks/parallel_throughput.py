"""Class throughput: serial ``nbgrader autograde`` vs ``autograder grade`` with 1 and 2 workers.

One class -- :data:`CLASS` reference submissions of 01 and of 08 -- is graded three ways in
this run, each from scratch in a course folder of its own: by ``nbgrader autograde`` (one
invocation per assignment, as an instructor would), then by ``python -m autograder grade``
with one and with two local workers.  Each figure is the wall time of the whole command,
cluster start-up and the workers' own builds included.  The overhead per submission is what
grading adds to executing the notebook itself: the submission run top to bottom by nbclient
as under grading (``NBGRADER_EXECUTION`` set, one thread), without sandbox, nbgrader or
hidden checks.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from autograder import REPO
from autograder.cli import run_notebook
from autograder.parallel.worker import ONE_THREAD
from autograder.submissions import reference_submission

CLASS = {"01_initialization": 16, "08_tensorflow": 4}
PROJECTED_STUDENTS, PROJECTED_ASSIGNMENTS = 300, 8


def _run(args: list, course: Path) -> tuple:
    """(seconds, stdout) of ``python -m ARGS`` for the course at ``course``."""
    env = {**os.environ, "DLBASICS_COURSE_DIR": str(course)}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", *args], cwd=REPO, env=env,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout[-2000:]}"
                           f"{result.stderr[-2000:]}")
    return seconds, result.stdout


def _course(template: Path, top: Path, name: str) -> Path:
    course = top / name
    shutil.copytree(template, course)
    for assignment, count in CLASS.items():
        nb = reference_submission(assignment, template)
        for i in range(count):
            folder = course / "submitted" / f"bench-{i:02d}" / assignment
            folder.mkdir(parents=True)
            nbformat.write(nb, folder / f"{assignment}.ipynb")
    return course


def _execute(nb, top: Path) -> float:
    """Seconds to run ``nb`` top to bottom in a kernel, as under grading."""
    path = top / "executed.ipynb"
    nbformat.write(nb, path)
    return run_notebook(path, env={**os.environ, **ONE_THREAD,
                                   "NBGRADER_EXECUTION": "autograde"})


def _task_seconds(table: str, assignment: str) -> list:
    """The seconds column of the grade table's rows of ``assignment``."""
    return [float(line.split()[4]) for line in table.splitlines()
            if line.startswith(assignment) and " graded " in line]


def run() -> list:
    top = Path(tempfile.mkdtemp(prefix="dlbasics-bench-"))
    try:
        template = top / "template"
        _run(["autograder", "build", *CLASS], template)
        executing = {a: _execute(reference_submission(a, template), top) for a in CLASS}
        total = sum(CLASS.values())
        serial = sum(_run(["nbgrader", "autograde", a, "--force"],
                          _course(template, top, f"serial-{a}"))[0] for a in CLASS)
        one, table_one = _run(["autograder", "grade", *CLASS, "--workers", "1"],
                              _course(template, top, "one"))
        two, table_two = _run(["autograder", "grade", *CLASS, "--workers", "2"],
                              _course(template, top, "two"))
    finally:
        shutil.rmtree(top, ignore_errors=True)
    per_minute = {name: 60 * total / seconds
                  for name, seconds in (("serial", serial), ("one", one), ("two", two))}
    notebook_seconds = sum(executing[a] * n for a, n in CLASS.items())
    task_overhead = {a: statistics.median(_task_seconds(table_one, a)) - executing[a]
                     for a in CLASS}
    class_label = " + ".join(f"{n} x {a[:2]}" for a, n in CLASS.items())
    rows = [
        (f"class graded ({class_label}), serial nbgrader autograde",
         f"{serial:.0f} s, {per_minute['serial']:.1f} submissions/min"),
        ("autograder grade --workers 1", f"{one:.0f} s, {per_minute['one']:.1f} submissions/min"),
        ("autograder grade --workers 2", f"{two:.0f} s, {per_minute['two']:.1f} submissions/min"),
        ("speed-up: workers 2 / workers 1 (target >= 1.8)",
         f"{per_minute['two'] / per_minute['one']:.2f}x"),
        ("once warm (median task, one worker alone vs two side by side), workers 2 / 1",
         ", ".join(f"{a[:2]} {2 * statistics.median(_task_seconds(table_one, a)) / statistics.median(_task_seconds(table_two, a)):.2f}x"
                   for a in CLASS)),
        ("speed-up: workers 1 / serial nbgrader autograde",
         f"{per_minute['one'] / per_minute['serial']:.2f}x"),
        ("executing the notebook alone (no sandbox, no nbgrader)",
         ", ".join(f"{a[:2]} {executing[a]:.1f} s" for a in CLASS)),
        ("overhead per submission beyond executing it (target <= 2 s)",
         ", ".join(f"{a[:2]} {task_overhead[a]:+.1f} s (median task {executing[a] + task_overhead[a]:.1f} s)"
                   for a in CLASS)
         + f"; whole run, start-up included: {(one - notebook_seconds) / total:+.1f} s"),
        ("one 08 submission end to end, workers 1 (target <= 15 s)",
         f"{statistics.median(_task_seconds(table_one, '08_tensorflow')):.1f} s (median)"),
    ]
    # projected from the measured mix; 16 workers: 16 cores at the 2-worker efficiency
    submissions = PROJECTED_STUDENTS * PROJECTED_ASSIGNMENTS
    efficiency = per_minute["two"] / per_minute["one"] / 2
    for workers in (1, 2, 16):
        rate = per_minute["one"] * (1 if workers == 1 else workers * efficiency)
        rows.append((f"projected: {PROJECTED_STUDENTS} students x {PROJECTED_ASSIGNMENTS} "
                     f"assignments, {workers} worker(s)", f"{submissions / rate / 60:.2f} h"))
    return rows

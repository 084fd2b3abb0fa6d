"""Command line of the workbook: ``python -m autograder COMMAND``.

build, grade, report, demo and bench work on the course folder; release, lab, formgrader,
collect and feedback walk nbgrader's cycle through the exchange on this machine
(:mod:`autograder.exchange`).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from autograder import COURSE_DIR, REPO, STUDENT_DIR, assignments, benchmarks, exchange, report
from autograder.build import build, nbgrader
from autograder.demo_class import draw_class, planted_counts, write_class
from autograder.course import OVERRIDE, put_environment_first_on_path
from autograder.gradebook import name_students, print_grade_table, scores
from autograder.outcomes import GRADING_ERROR, WORKER_LOST, WORKER_OUT_OF_DATE
from autograder.misconceptions import load_catalog
from autograder.parallel.run import NotBuilt, grade_class, print_table
from autograder.submissions import (blank_submission, misconception_submission,
                                    reference_submission, write_submission)

DEMO_STUDENTS = ("demo-reference", "demo-blank", "demo-buggy")
#: the synthetic class the demo grades and reports on (autograder/demo_class.py)
DEMO_CLASS_ASSIGNMENT, DEMO_CLASS_SIZE = "01_initialization", 40


def autograde(assignment: str, student: str | None = None) -> bool:
    """Run ``nbgrader autograde`` (``student`` may be a glob); print its log on problems."""
    args = ["autograde", assignment, "--force"] + (["--student", student] if student else [])
    result = nbgrader(*args, check=False)
    if result.returncode != 0:
        print(f"nbgrader autograde {assignment} reported problems:\n{result.stderr[-4000:]}",
              file=sys.stderr)
    return result.returncode == 0


def grade(names: list, student: str = "*", workers: int | None = None,
          scheduler: str | None = None, force: bool = False, overrides: list = ()) -> int:
    """Grade the class's submissions of ``names`` on Dask; print the table.  Returns 0 if
    every submission was graded or refused by name, 1 if some could not be graded."""
    try:
        rows = grade_class(names, student, workers, scheduler, force, overrides)
    except NotBuilt as err:
        print(err, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    print_table(rows, scores)
    failed = [r for r in rows if r.outcome in (GRADING_ERROR, WORKER_LOST, WORKER_OUT_OF_DATE)]
    return 1 if failed else 0


def demo(names: list) -> int:
    """Build, write three sample submissions per assignment, grade them, print the grades;
    then grade a synthetic class of :data:`DEMO_CLASS_SIZE` on one assignment and write its
    class report."""
    build(names)
    for name in names:
        entry = load_catalog(name)[0]
        write_submission(reference_submission(name), "demo-reference", name)
        write_submission(blank_submission(name), "demo-blank", name)
        write_submission(misconception_submission(name, entry), "demo-buggy", name)
        print(f"{name}: student 'demo-buggy' has the misconception {entry.name} in "
              f"{entry.function}")
    status = grade(names, "demo-*", force=True)  # only the sample students, never real ones
    name_students({student: ("Demo", student.split("-")[1].title()) for student in DEMO_STUDENTS})
    print_grade_table(names, list(DEMO_STUDENTS))
    if DEMO_CLASS_ASSIGNMENT not in names:
        return status
    students = draw_class(DEMO_CLASS_ASSIGNMENT, DEMO_CLASS_SIZE)
    write_class(DEMO_CLASS_ASSIGNMENT, students)
    print(f"\nA synthetic class of {len(students)} on {DEMO_CLASS_ASSIGNMENT}; planted:")
    for (function, name), count in sorted(planted_counts(students).items(),
                                          key=lambda item: -item[1]):
        print(f"  {count:>3}  {name}  ({function})")
    grade([DEMO_CLASS_ASSIGNMENT], "class-*", force=True)
    return max(status, write_reports([DEMO_CLASS_ASSIGNMENT], "class-*"))


def write_reports(names: list, student: str = "*") -> int:
    """Write and summarise the class report of each assignment."""
    for name in names:
        start = time.perf_counter()
        summary, page = report.write_report(name, student)
        print(f"\n{report.summary_text(summary)}")
        print(f"report: {page} and {page.with_suffix('.csv').name} "
              f"({time.perf_counter() - start:.1f} s)")
    return 0


def run_notebook(path: Path, env: dict | None = None) -> float:
    """Execute a notebook top to bottom in a scratch folder; returns the seconds taken."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as scratch:
        client = NotebookClient(nb, timeout=900, kernel_name="python3",
                                resources={"metadata": {"path": scratch}})
        start = time.perf_counter()
        client.execute(env=env) if env else client.execute()
        return time.perf_counter() - start


def bench(names: list, repeat: int) -> int:
    """Print each solution notebook's run time and the median autograde time."""
    build(names)
    rows = []
    for name in names:
        notebook_seconds = run_notebook(COURSE_DIR / "source" / name / f"{name}.ipynb")
        write_submission(reference_submission(name), "bench", name)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            autograde(name, "bench")
            times.append(time.perf_counter() - start)
        rows.append((name, notebook_seconds, statistics.median(times)))
        print(f"{name}: notebook {notebook_seconds:.1f} s, autograde "
              f"{statistics.median(times):.1f} s (median of {repeat})", flush=True)
    print(f"\n{'assignment':<28}{'solution notebook (s)':>22}{'autograde one (s)':>20}")
    for name, nb_s, grade_s in rows:
        print(f"{name:<28}{nb_s:>22.1f}{grade_s:>20.1f}")
    print(f"{'total':<28}{sum(r[1] for r in rows):>22.1f}{sum(r[2] for r in rows):>20.1f}")
    print("budgets: each notebook <= 90 s, all notebooks <= 600 s, autograde <= 30 s on average")
    for module in pkgutil.iter_modules(benchmarks.__path__):
        for label, figure in importlib.import_module(f"autograder.benchmarks.{module.name}").run():
            print(f"{label}: {figure}")
    return 0


def jupyter_lab(root: Path, env: dict | None = None, extra: list = ()) -> None:
    """Replace this process by JupyterLab serving ``root``."""
    command = [str(Path(sys.executable).parent / "jupyter"), "lab",
               f"--ServerApp.root_dir={root}", *extra]
    if os.geteuid() == 0:  # a container's root user: JupyterLab refuses to start otherwise
        command.append("--ServerApp.allow_root=True")
    os.chdir(root)
    os.execve(command[0], command, {**os.environ, **(env or {})})


def student_lab(extra: list) -> None:
    """JupyterLab in the student's workspace, with the Assignment List on the exchange."""
    workspace = exchange.prepare_workspace(STUDENT_DIR)
    print(f"student workspace: {workspace} (fetch assignments from the Assignment List)")
    jupyter_lab(workspace, {"JUPYTER_CONFIG_DIR": str(exchange.jupyter_config_dir(workspace))},
                extra)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for command, text in (("build", "build source notebooks and the student release"),
                          ("grade", "grade the class's submissions in parallel on Dask"),
                          ("report", "write the class report: misconceptions, scores, plots"),
                          ("demo", "build, grade sample submissions, print the grades"),
                          ("bench", "time each solution notebook and one autograde"),
                          ("release", "build and release assignments into the exchange"),
                          ("collect", "collect the submissions from the exchange"),
                          ("feedback", "write the feedback and release it to the students")):
        p = sub.add_parser(command, help=text)
        p.add_argument("assignments", nargs="*", help="e.g. 01_initialization (default: all)")
        if command == "bench":
            p.add_argument("--repeat", type=int, default=3, help="autograde runs per median")
        if command in ("grade", "report"):
            p.add_argument("--student", default="*", help="only students whose id matches "
                           "this glob (default: all)")
        if command == "grade":
            p.add_argument("--workers", type=int, default=None, help="local worker processes "
                           "(default: one per core; ignored with --scheduler)")
            p.add_argument("--scheduler", default=None, help="address of a running Dask "
                           "scheduler, e.g. tcp://10.0.0.5:8786 (default: "
                           "$DASK_SCHEDULER_ADDRESS, else a local cluster)")
            p.add_argument("--force", action="store_true", help="regrade submissions "
                           "already graded from the same files and source notebook")
            p.epilog = ("nbgrader settings may follow, as nbgrader's own commands take them, "
                        "e.g. --SandboxedExecute.notebook_timeout=300")
    for command, text in (("lab", "JupyterLab in the student's workspace (its settings "
                                  "may follow, e.g. --port=8890)"),
                          ("formgrader", "the instructor's JupyterLab with the formgrader")):
        sub.add_parser(command, help=text).add_argument("lab_args", nargs="*")
    args, extra = parser.parse_known_args(argv)
    if args.command == "lab":
        student_lab(args.lab_args + extra)
    if args.command == "formgrader":
        # nbgrader's formgrader sets its own template folders; its pages find the MathJax
        # macro of autograder/jupyter (served offline) on Jupyter's data path instead.
        data_path = os.pathsep.join(filter(None, [str(REPO / "autograder" / "jupyter"),
                                                  os.environ.get("JUPYTER_PATH")]))
        jupyter_lab(REPO, {"JUPYTER_PATH": data_path}, extra=args.lab_args + extra)
    overrides = [a for a in extra if OVERRIDE.fullmatch(a)]
    if len(overrides) != len(extra) or (overrides and args.command != "grade"):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    put_environment_first_on_path()
    names = args.assignments or assignments()
    unknown = set(names) - set(assignments())
    if unknown:
        parser.error(f"unknown assignment(s) {sorted(unknown)}; known: {assignments()}")
    if args.command == "build":
        build(names)
        return 0
    if args.command == "grade":
        return grade(names, args.student, args.workers, args.scheduler, args.force, overrides)
    if args.command == "demo":
        return demo(names)
    if args.command == "report":
        return write_reports(names, args.student)
    if args.command == "release":
        exchange.release(names)
        return 0
    if args.command == "collect":
        exchange.collect(names)
        return 0
    if args.command == "feedback":
        exchange.release_feedback(names)
        return 0
    return bench(names, args.repeat)

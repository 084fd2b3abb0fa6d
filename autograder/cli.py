"""Command line of the workbook: ``python -m autograder {build,demo,bench}``."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from autograder import COURSE_DIR, assignments, benchmarks
from autograder.build import build, nbgrader
from autograder.gradebook import print_grade_table
from autograder.mutants import load_mutants
from autograder.submissions import (blank_submission, mutant_submission,
                                    reference_submission, write_submission)

DEMO_STUDENTS = ("demo-reference", "demo-blank", "demo-buggy")


def autograde(assignment: str, student: str | None = None) -> bool:
    """Run ``nbgrader autograde`` (``student`` may be a glob); print its log on problems."""
    args = ["autograde", assignment, "--force"] + (["--student", student] if student else [])
    result = nbgrader(*args, check=False)
    if result.returncode != 0:
        print(f"nbgrader autograde {assignment} reported problems:\n{result.stderr[-4000:]}",
              file=sys.stderr)
    return result.returncode == 0


def demo(names: list) -> int:
    """Build, write three sample submissions per assignment, autograde, print the grades."""
    build(names)
    for name in names:
        mutant = load_mutants(name)[0]
        write_submission(reference_submission(name), "demo-reference", name)
        write_submission(blank_submission(name), "demo-blank", name)
        write_submission(mutant_submission(name, mutant), "demo-buggy", name)
        print(f"{name}: student 'demo-buggy' has the mutant {mutant.name} of {mutant.target}")
    ok = True
    for name in names:
        print(f"autograding {name} ...", flush=True)
        ok &= autograde(name, "demo-*")  # only the sample students, never real ones
    print_grade_table(names, list(DEMO_STUDENTS))
    return 0 if ok else 1


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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for command, text in (("build", "build source notebooks and the student release"),
                          ("demo", "build, autograde sample submissions, print the grades"),
                          ("bench", "time each solution notebook and one autograde")):
        p = sub.add_parser(command, help=text)
        p.add_argument("assignments", nargs="*", help="e.g. 01_initialization (default: all)")
        if command == "bench":
            p.add_argument("--repeat", type=int, default=3, help="autograde runs per median")
    args = parser.parse_args(argv)
    names = args.assignments or assignments()
    unknown = set(names) - set(assignments())
    if unknown:
        parser.error(f"unknown assignment(s) {sorted(unknown)}; known: {assignments()}")
    if args.command == "build":
        build(names)
        return 0
    if args.command == "demo":
        return demo(names)
    return bench(names, args.repeat)

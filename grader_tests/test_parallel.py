"""``python -m autograder grade``: a class graded in parallel on Dask, recorded by one writer.

* the same class graded by ``nbgrader autograde`` and by ``autograder grade`` gives identical
  gradebook rows and equivalent autograded notebooks;
* the class report reads the same from both, and counts exactly the misconceptions planted
  in a synthetic class;
* a rerun skips what is graded, regrades with ``--force`` or after the source changed;
* a Dask worker killed with SIGKILL mid-task: the task runs again elsewhere, or, past Dask's
  allowed failures, the submission is named "worker lost" and a rerun grades only it;
* PostgreSQL as the gradebook (a real server the test starts and stops);
* a multi-machine rehearsal: a scheduler and two workers started by hand, each with its own
  scratch folder and the course folder hidden from it, grade the class like the local run.

Every course here is a fresh folder; hidden cases are drawn with one fixed seed so that the
two grading paths see the same cases.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from nbgrader.api import Gradebook

from autograder import REPO
from autograder.demo_class import draw_class, planted_counts, write_class as write_demo_class
from autograder.misconceptions import load_catalog
from autograder.outcomes import VERDICT
from autograder.submissions import (blank_submission, misconception_submission,
                                    reference_submission)

NB = "01_initialization"
SEED = "20261129"
pytestmark = pytest.mark.nbgrader


def run(args: list, course: Path, env: dict | None = None, timeout: int = 900, **kwargs):
    """``python -m ARGS`` from the repository, for the course at ``course``."""
    environment = {**os.environ, "DLBASICS_COURSE_DIR": str(course),
                   "DLBASICS_GRADING_SEED": SEED, **(env or {})}
    environment["PATH"] = os.pathsep.join([str(Path(sys.executable).parent),
                                           environment.get("PATH", "")])
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, env=environment,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def sqlite_url(course: Path) -> str:
    return f"sqlite:///{course / 'gradebook.db'}"


# ---------------------------------------------------------------------------- the class
def _exits(nb):
    """The reference, but the kernel exits in the first solution cell."""
    for cell in nb.cells:
        if cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            cell.source += "\nimport os\nos._exit(3)\n"
            return nb
    raise AssertionError("no solution cell")


def write_class(course: Path, students: dict) -> None:
    """Write ``{student: notebook or callable(folder)}`` as submissions of NB."""
    for student, make in students.items():
        folder = course / "submitted" / student / NB
        folder.mkdir(parents=True, exist_ok=True)
        make(folder)


def notebook(nb):
    return lambda folder: nbformat.write(nb, folder / f"{NB}.ipynb")


def with_link(folder: Path) -> None:
    nbformat.write(blank_submission(NB), folder / f"{NB}.ipynb")
    os.symlink(REPO / "solutions" / f"{NB}.py", folder / "answers.py")


def late(folder: Path) -> None:
    nbformat.write(reference_submission(NB), folder / f"{NB}.ipynb")
    (folder / "timestamp.txt").write_text("2026-11-20 09:30:00.000000 UTC\n")


def the_class() -> dict:
    entries = load_catalog(NB)
    other = next(m for m in entries if m.function != entries[0].function)
    return {
        "p-reference": notebook(reference_submission(NB)),
        "p-blank": notebook(blank_submission(NB)),
        "p-buggy-a": notebook(misconception_submission(NB, entries[0])),
        "p-buggy-b": notebook(misconception_submission(NB, other)),
        "p-kernel-exits": notebook(_exits(reference_submission(NB))),
        "p-link": with_link,
        "p-timestamped": late,
    }


@pytest.fixture(scope="module")
def template(tmp_path_factory, built, mnist_dir):
    """A course with NB built and no submissions, copied for each test."""
    built(NB)  # the test course: the sample submissions are made from it
    course = tmp_path_factory.mktemp("template") / "course"
    result = run(["autograder", "build", NB], course)
    assert result.returncode == 0, result.stderr[-3000:]
    return course


def new_course(template: Path, tmp_path: Path, name: str) -> Path:
    course = tmp_path / name
    shutil.copytree(template, course, symlinks=True)
    write_class(course, the_class())
    return course


def gradebook_rows(db_url: str, students) -> dict:
    """Everything nbgrader keeps about each student's submission of NB."""
    rows = {}
    with Gradebook(db_url) as gb:
        for student in students:
            submission = gb.find_submission_notebook(NB, NB, student)
            rows[student] = {
                "timestamp": submission.assignment.timestamp,
                "late penalty": submission.late_submission_penalty,
                "flagged": submission.flagged,
                "grades": {g.name: (g.auto_score, g.manual_score, g.extra_credit,
                                    g.needs_manual_grade, g.max_score)
                           for g in submission.grades},
                "comments": {c.name: (c.auto_comment, c.manual_comment)
                             for c in submission.comments},
            }
    return rows


def _merged_streams(outputs: list) -> list:
    """Outputs with consecutive stream pieces of one stream joined (how a kernel's output
    is cut into messages depends on timing, not on the code)."""
    merged = []
    for output in outputs:
        if (merged and output.get("output_type") == "stream"
                and merged[-1].get("output_type") == "stream"
                and merged[-1]["name"] == output["name"]):
            merged[-1] = {**merged[-1], "text": merged[-1]["text"] + output["text"]}
        else:
            merged.append(dict(output))
    return merged


def autograded_cells(course: Path, student: str) -> list:
    """Each cell's type, source, nbgrader metadata, verdict as data and outputs.  Graded cells
    keep their whole
    outputs (the verdicts); other cells only the kinds of theirs, since an experiment prints
    its own wall time, which differs from one run to the next."""
    nb = nbformat.read(course / "autograded" / student / NB / f"{NB}.ipynb", as_version=4)
    cells = []
    for c in nb.cells:
        outputs = _merged_streams(c.get("outputs", []))
        if not (c.metadata.get("nbgrader") or {}).get("grade"):
            outputs = [(o.get("output_type"), o.get("name")) for o in outputs]
        cells.append((c.cell_type, c.source, outputs, c.metadata.get("nbgrader"),
                      c.metadata.get(VERDICT)))
    return cells


@pytest.fixture(scope="module")
def graded_both_ways(template, tmp_path_factory):
    """The class graded by ``nbgrader autograde`` in one course and by ``autograder grade``
    (two local workers) in another."""
    tmp = tmp_path_factory.mktemp("both")
    serial, parallel = new_course(template, tmp, "serial"), new_course(template, tmp, "parallel")
    by_nbgrader = run(["nbgrader", "autograde", NB, "--force"], serial)
    by_dask = run(["autograder", "grade", NB, "--workers", "2"], parallel)
    return {"serial": serial, "parallel": parallel, "nbgrader": by_nbgrader, "dask": by_dask}


def test_both_paths_record_identical_gradebook_rows(graded_both_ways):
    assert graded_both_ways["dask"].returncode == 0, graded_both_ways["dask"].stdout[-3000:]
    students = sorted(the_class())
    serial = gradebook_rows(sqlite_url(graded_both_ways["serial"]), students)
    parallel = gradebook_rows(sqlite_url(graded_both_ways["parallel"]), students)
    for student in students:
        assert parallel[student] == serial[student], student
    # the class is not trivially equal: it has full marks, zeros and partial scores
    totals = {s: sum(g[0] for g in serial[s]["grades"].values()) for s in students}
    assert totals["p-reference"] == 6 and totals["p-blank"] == 0 and totals["p-link"] == 0
    assert 0 < totals["p-buggy-a"] < 6 and 0 < totals["p-buggy-b"] < 6
    assert serial["p-timestamped"]["timestamp"] is not None


def test_both_paths_write_equivalent_autograded_notebooks(graded_both_ways):
    for student in sorted(the_class()):
        assert (autograded_cells(graded_both_ways["parallel"], student)
                == autograded_cells(graded_both_ways["serial"], student)), student
    kept = sorted(p.name for p in (graded_both_ways["parallel"] / "autograded" / "p-link"
                                   / NB).iterdir())
    assert kept == [f"{NB}.ipynb"], "a refused submission keeps only its release notebook"


def test_the_table_names_each_outcome(graded_both_ways):
    table = graded_both_ways["dask"].stdout
    expected = {"p-reference": ("6/6", "graded"), "p-blank": ("0/6", "graded"),
                "p-kernel-exits": ("0/6", "kernel died"), "p-link": ("0/6", "refused")}
    for student, (score, outcome) in expected.items():
        line = next(l for l in table.splitlines() if f" {student} " in f" {l} ")
        assert score in line and outcome in line, line
    assert "Dask dashboard: http://" in table


def report_rows(course: Path, env: dict | None = None) -> list:
    """``autograder report NB`` in ``course``: its CSV, less the seconds grading took."""
    result = run(["autograder", "report", NB], course, env)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    rows = list(csv.DictReader((course / "reports" / f"{NB}.csv").open()))
    return [{k: v for k, v in row.items() if k != "grading_seconds"} for row in rows]


def test_the_class_report_is_the_same_from_both_paths(graded_both_ways):
    rows = report_rows(graded_both_ways["parallel"])
    assert rows == report_rows(graded_both_ways["serial"])
    verdicts = {(r["student"], r["misconception"]) for r in rows if r["verdict"] == "misconception"}
    entries = load_catalog(NB)
    other = next(m for m in entries if m.function != entries[0].function)
    assert verdicts == {("p-buggy-a", entries[0].name), ("p-buggy-b", other.name)}
    outcomes = {r["student"]: r["outcome"] for r in rows}
    assert outcomes["p-kernel-exits"] == "kernel died" and outcomes["p-link"] == "refused"
    assert {r["verdict"] for r in rows if r["student"] == "p-blank"} == {"not written"}


def test_a_synthetic_class_report_counts_exactly_what_was_planted(template, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(template, course, symlinks=True)
    students = draw_class(NB, 12, seed=3)
    write_demo_class(NB, students, course)
    graded = run(["autograder", "grade", NB, "--workers", "2"], course)
    assert graded.returncode == 0, graded.stdout[-3000:] + graded.stderr[-3000:]
    rows = report_rows(course)
    found = {}
    for row in rows:
        if row["verdict"] == "misconception":
            key = (row["function"], row["misconception"])
            found[key] = found.get(key, 0) + 1
    assert found == planted_counts(students)
    assert sorted({r["student"] for r in rows}) == sorted(s.id for s in students)
    broken = next(s.id for s in students if s.kind == "broken")
    assert {r["outcome"] for r in rows if r["student"] == broken} == {"invalid notebook"}
    page = (course / "reports" / f"{NB}.html").read_text()
    assert page.count("data:image/png;base64,") == 3


def test_rerun_skips_graded_submissions_unless_forced(graded_both_ways, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(graded_both_ways["parallel"], course, symlinks=True)
    again = run(["autograder", "grade", NB, "--workers", "1"], course)
    assert again.returncode == 0, again.stderr[-2000:]
    assert f"0 submission(s) to grade, {len(the_class())} already graded" in again.stdout
    nbformat.write(misconception_submission(NB, load_catalog(NB)[1]),
                   course / "submitted" / "p-reference" / NB / f"{NB}.ipynb")
    changed = run(["autograder", "grade", NB, "--workers", "1"], course)
    assert "1 submission(s) to grade" in changed.stdout, changed.stdout
    forced = run(["autograder", "grade", NB, "--workers", "1", "--student", "p-blank",
                  "--force"], course)
    assert "1 submission(s) to grade, 0 already graded" in forced.stdout, forced.stdout


def test_a_new_source_notebook_means_regrading(graded_both_ways, tmp_path):
    course = tmp_path / "course"
    shutil.copytree(graded_both_ways["parallel"], course, symlinks=True)
    source = course / "source" / NB / f"{NB}.ipynb"
    nb = nbformat.read(source, as_version=4)
    nb.cells[0].source += "\n\n(Updated instructions.)"
    nbformat.write(nb, source)
    result = run(["autograder", "grade", NB, "--workers", "1", "--student", "p-blank"], course)
    # the worker's own build is the old notebook: it refuses rather than grade against it
    assert "1 submission(s) to grade, 0 already graded" in result.stdout, result.stdout
    assert "worker out of date" in result.stdout and result.returncode == 1


# ---------------------------------------------------------------------------- faults
def _grading_worker(coordinator: int, timeout: float = 300) -> psutil.Process:
    """A Dask worker process under ``coordinator`` whose grading process is running a
    sandboxed kernel."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in psutil.Process(coordinator).children(recursive=True):
            try:
                if "autograder.parallel.grader_process" in " ".join(process.cmdline()) and \
                        any("bwrap" in c.name() for c in process.children(recursive=True)):
                    return psutil.Process(process.ppid())
            except psutil.NoSuchProcess:
                continue
        time.sleep(0.2)
    raise AssertionError("no worker started grading")


def _grade_and_kill(course: Path, env: dict | None = None):
    environment = {**os.environ, "DLBASICS_COURSE_DIR": str(course),
                   "DLBASICS_GRADING_SEED": SEED, **(env or {})}
    process = subprocess.Popen([sys.executable, "-m", "autograder", "grade", NB,
                                "--workers", "2"], cwd=REPO, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    victim = _grading_worker(process.pid)
    victim.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=900)
    return process.returncode, out, err, victim.pid


def test_a_worker_killed_mid_task_is_retried_elsewhere(template, tmp_path, graded_both_ways):
    course = new_course(template, tmp_path, "killed")
    code, out, err, pid = _grade_and_kill(course)
    assert code == 0, out[-3000:] + err[-3000:]
    students = sorted(the_class())
    assert (gradebook_rows(sqlite_url(course), students)
            == gradebook_rows(sqlite_url(graded_both_ways["parallel"]), students))


def test_past_allowed_failures_the_submission_is_named_and_a_rerun_grades_it(template,
                                                                            tmp_path):
    course = new_course(template, tmp_path, "lost")
    code, out, err, pid = _grade_and_kill(
        course, {"DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"})
    # the task it was running, and any the scheduler had already queued on it
    lost = [l for l in out.splitlines() if "worker lost" in l and NB in l]
    assert code == 1 and lost, out[-3000:]
    assert f"{len(lost)} worker lost" in out and "1 refused" in out, out[-3000:]
    again = run(["autograder", "grade", NB, "--workers", "1"], course)
    assert again.returncode == 0, again.stdout[-3000:]
    assert (f"{len(lost)} submission(s) to grade, {len(the_class()) - len(lost)} already "
            f"graded") in again.stdout


def test_ctrl_c_keeps_what_is_recorded_and_a_rerun_grades_the_rest(template, tmp_path,
                                                                   graded_both_ways):
    course = new_course(template, tmp_path, "interrupted")
    environment = {**os.environ, "DLBASICS_COURSE_DIR": str(course),
                   "DLBASICS_GRADING_SEED": SEED}
    process = subprocess.Popen([sys.executable, "-m", "autograder", "grade", NB,
                                "--workers", "1"], cwd=REPO, env=environment,
                               start_new_session=True, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    notebooks = course / "autograded"
    deadline = time.monotonic() + 300
    while len(list(notebooks.glob(f"*/{NB}/{NB}.ipynb"))) < 3:
        assert time.monotonic() < deadline and process.poll() is None, "nothing was recorded"
        time.sleep(0.2)
    descendants = psutil.Process(process.pid).children(recursive=True)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130 and "interrupted:" in err, out[-2000:] + err[-2000:]
    gone, alive = psutil.wait_procs(descendants, timeout=30)
    assert not alive, f"left running: {[p.cmdline() for p in alive]}"
    recorded = len(list(notebooks.glob(f"*/{NB}/{NB}.ipynb")))
    assert recorded < len(the_class()), "the run ended before the interrupt"
    again = run(["autograder", "grade", NB, "--workers", "1"], course)
    assert again.returncode == 0, again.stdout[-3000:]
    assert (f"{len(the_class()) - recorded} submission(s) to grade, {recorded} already graded"
            in again.stdout), again.stdout
    students = sorted(the_class())
    assert (gradebook_rows(sqlite_url(course), students)
            == gradebook_rows(sqlite_url(graded_both_ways["parallel"]), students))


# ---------------------------------------------------------------------------- PostgreSQL
def _postgres_bin() -> Path:
    found = shutil.which("pg_ctl")
    candidates = [Path(found).resolve().parent] if found else []
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists():
            return folder
    pytest.fail("These tests need a PostgreSQL server: install Debian's `postgresql` "
                "(apt-get install -y postgresql; .ci/run does).", pytrace=False)


@pytest.fixture(scope="module")
def postgres():
    """A PostgreSQL server of the test's own, on a Unix socket only; yields its URL."""
    bin_dir = _postgres_bin()
    top = Path(tempfile.mkdtemp(prefix="dlbasics-pg-"))
    top.chmod(0o755)
    as_user = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(top, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = top / "data", "54329"

    def pg(*args):
        return subprocess.run(as_user + [str(bin_dir / args[0]), *args[1:]], check=True,
                              capture_output=True, text=True, timeout=120)

    pg("initdb", "-D", str(data), "-A", "trust", "-U", "grader")
    pg("pg_ctl", "-D", str(data), "-w", "-l", str(top / "log"), "-o",
       f"-k {top} -p {port} -c listen_addresses=''", "start")
    try:
        pg("createdb", "-h", str(top), "-p", port, "-U", "grader", "gradebook")
        yield f"postgresql+psycopg2://grader@/gradebook?host={top}&port={port}"
    finally:
        pg("pg_ctl", "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(top, ignore_errors=True)


def test_postgresql_gradebook(postgres, tmp_path, built, mnist_dir, graded_both_ways):
    course = tmp_path / "course"
    env = {"DLBASICS_DB_URL": postgres}
    built_here = run(["autograder", "build", NB], course, env)
    assert built_here.returncode == 0, built_here.stderr[-3000:]
    write_class(course, the_class())
    result = run(["autograder", "grade", NB, "--workers", "2"], course, env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert not (course / "gradebook.db").exists(), "the SQLite gradebook was used"
    students = sorted(the_class())
    assert (gradebook_rows(postgres, students)
            == gradebook_rows(sqlite_url(graded_both_ways["parallel"]), students))
    # the grade table and the class report read the same database
    assert "6/6" in result.stdout and "kernel died" in result.stdout
    assert report_rows(course, env) == report_rows(graded_both_ways["parallel"])


# ---------------------------------------------------------------------------- rehearsal
def _hide(path: Path) -> list:
    """A command prefix that runs a program with ``path`` covered by an empty folder, in a
    mount namespace of its own (as root, as CI runs; otherwise the program runs as is, and
    only its separate scratch folder and environment keep it from the course)."""
    if os.geteuid() != 0:
        return []
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c",
            f'mount -t tmpfs -o size=1m dlbasics-hidden "{path}" && exec "$0" "$@"']


def test_multi_machine_rehearsal(template, tmp_path, graded_both_ways):
    course = new_course(template, tmp_path, "course")
    scheduler_file = tmp_path / "scheduler.json"
    dask = str(Path(sys.executable).parent / "dask")
    # like machines of their own: a checkout of the same commit, no course folder
    env = {k: v for k, v in os.environ.items() if k != "DLBASICS_COURSE_DIR"}
    env.update(DLBASICS_GRADING_SEED=SEED, PYTHONPATH=str(REPO))
    processes = [subprocess.Popen([dask, "scheduler", "--scheduler-file", str(scheduler_file),
                                   "--port", "0", "--no-dashboard"], env=env, cwd=tmp_path,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for name in ("machine-a", "machine-b"):
            scratch = tmp_path / name
            scratch.mkdir()
            processes.append(subprocess.Popen(
                _hide(tmp_path / "course") + [dask, "worker", "--scheduler-file",
                                              str(scheduler_file), "--nthreads", "1",
                                              "--local-directory", str(scratch),
                                              "--no-dashboard", "--name", name],
                env=env, cwd=scratch, stdout=subprocess.DEVNULL,
                stderr=open(scratch / "worker.log", "w")))
        for _ in range(300):
            if scheduler_file.exists():
                break
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        _wait_for_workers(address, 2)
        result = run(["autograder", "grade", NB], course,
                     {"DASK_SCHEDULER_ADDRESS": address})
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            process.wait(timeout=60)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"grading on the Dask cluster at {address}" in result.stdout
    students = sorted(the_class())
    assert (gradebook_rows(sqlite_url(course), students)
            == gradebook_rows(sqlite_url(graded_both_ways["parallel"]), students))
    workers = {line.split()[-1] for line in result.stdout.splitlines()
               if line.startswith(NB) and " graded " in line}
    assert workers == {"machine-a", "machine-b"}, result.stdout


def _wait_for_workers(address: str, count: int) -> None:
    from distributed import Client
    with Client(address, timeout=60) as client:
        client.wait_for_workers(count, timeout=120)

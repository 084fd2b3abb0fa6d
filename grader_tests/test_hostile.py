"""The hostile-submission corpus, graded in one real ``nbgrader autograde`` run.

Every case of :mod:`grader_tests.hostile_corpus` is handed in beside honest students and the
whole class is graded by one ``nbgrader autograde`` (sandboxed kernels, the configuration of
``nbgrader_config.py`` with shorter time limits).  Then, per case: its grades are what the
case says (0 on everything it cheated), a case that is not graded normally has its named
outcome in the log; and for the run: the honest students get exactly their grades, every
student is recorded, the repository, the installed environment, the course directory
(except the new grades and autograded files) and ``$HOME`` are unchanged, no process of the
run is left alive, and nothing reached the network.

The same class, copied as handed in, is then graded again by ``python -m autograder grade``
on two Dask workers: every case gets the grades it got from ``nbgrader autograde``, and the
run names every outcome without a grading error.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from autograder import COURSE_DIR, REPO
from autograder.build import nbgrader
from autograder.gradebook import notebook_order, scores
from grader_tests.hostile_corpus import CASES, HONEST, HONEST_STUDENTS, NB, Context
from grader_tests.test_autograde_e2e import autograded_outputs

STUDENTS = "[hxrb]-*"
NOTEBOOK_TIMEOUT = 60   # seconds for a whole notebook in this run (the default is 600)
BY_NAME = {case.name: case for case in CASES}


def _tree_digest(top: Path, skip=lambda path: False) -> dict:
    """{relative path: (kind, size, mtime_ns)} of everything under ``top`` (links not followed)."""
    listing = {}
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not skip(Path(root) / d)]
        for name in dirs + files:
            path = Path(root) / name
            if skip(path):
                continue
            st = path.lstat()
            listing[str(path.relative_to(top))] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return listing


def _repository_digest() -> str:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True,
                           check=True).stdout.split(b"\0")
    digest = hashlib.sha256()
    for name in sorted(f for f in files if f):
        path = REPO / name.decode()
        digest.update(name + (path.read_bytes() if path.is_file() else b"<absent>"))
    return digest.hexdigest()


def _course_digest() -> dict:
    return _tree_digest(COURSE_DIR, skip=lambda p: p.name in ("gradebook.db", "autograded")
                        or p.name.startswith("gradebook.db-"))


def _foreign_processes() -> set:
    """(pid, command) of processes in another PID namespace than this one (sandboxes)."""
    own = os.readlink("/proc/self/ns/pid")
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.readlink(entry / "ns" / "pid") != own:
                found.add((int(entry.name), (entry / "cmdline").read_bytes()[:200]))
        except OSError:
            continue
    return found


class Canary:
    """A server on the grader's machine that records every connection it accepts."""

    def __init__(self, unix_path: Path | None = None):
        if unix_path is None:
            self.server = socket.create_server(("127.0.0.1", 0))
            self.port = self.server.getsockname()[1]
        else:
            self.server = socket.socket(socket.AF_UNIX)
            self.server.bind(str(unix_path))
            unix_path.chmod(0o600)
            self.server.listen()
        self.accepted = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, address = self.server.accept()
            except OSError:
                return
            self.accepted.append(address)
            conn.close()

    def close(self):
        self.server.close()


def _clear_students(course: Path) -> None:
    for kind in ("submitted", "autograded", "feedback"):
        for folder in (course / kind).glob(STUDENTS):
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def class_run(built, mnist_dir, tmp_path_factory):
    built(NB)
    _clear_students(COURSE_DIR)
    home = tmp_path_factory.mktemp("grader-home")
    (home / ".keep").write_text("the grader's home during the hostile run\n")
    for made_by_the_grader in (".ipython", ".jupyter"):  # a kernel must not add to them
        (home / made_by_the_grader).mkdir()
    (home / ".jupyter" / "migrated").write_text("2026-01-01T00:00:00\n")
    canary, unix_canary = Canary(), Canary(home.parent / "canary.sock")
    ctx = Context(repo=str(REPO), course=str(COURSE_DIR), home=str(home),
                  canary_port=canary.port, unix_canary=str(home.parent / "canary.sock"))
    for student, make in HONEST_STUDENTS.items():
        make(ctx, student)
    for case in CASES:
        case.make(ctx, case.name)
    venv = Path(sys.prefix)
    before = {"repository": _repository_digest(), "environment": _tree_digest(venv),
              "course": _course_digest(), "home": _tree_digest(home),
              "real home": _tree_digest(Path.home() / ".ipython") if
              (Path.home() / ".ipython").exists() else {}}
    processes_before = _foreign_processes()
    result = nbgrader("autograde", NB, "--student", STUDENTS, "--force",
                      f"--SandboxedExecute.notebook_timeout={NOTEBOOK_TIMEOUT}",
                      "--Execute.timeout=30", check=False, env={"HOME": str(home)})
    after = {"repository": _repository_digest(), "environment": _tree_digest(venv),
             "course": _course_digest(), "home": _tree_digest(home),
             "real home": _tree_digest(Path.home() / ".ipython") if
             (Path.home() / ".ipython").exists() else {}}
    canary.close()
    unix_canary.close()
    grades = {student: scores(NB, student)
              for student in [*HONEST_STUDENTS, *(case.name for case in CASES)]}
    yield {"grades": grades, "log": result.stdout + result.stderr, "before": before,
           "after": after, "processes": _foreign_processes() - processes_before,
           "canary": canary.accepted + unix_canary.accepted}


def _expected(case, maxima: dict) -> dict:
    order = notebook_order(NB)
    if case.expect == "zero":
        return {g: 0 for g in order}
    if case.expect == "full":
        return dict(maxima)
    if "from" in case.expect:
        stop = order.index(case.expect["from"])
        return {g: (maxima[g] if i < stop else 0) for i, g in enumerate(order)}
    return {g: (0 if g == case.expect["only"] else maxima[g]) for g in order}


def _student_log(log: str, student: str) -> str:
    return "\n".join(line for line in log.splitlines() if student in line)


@pytest.mark.nbgrader
@pytest.mark.parametrize("name", list(BY_NAME))
def test_case_gets_exactly_its_grades_and_outcome(class_run, name):
    case = BY_NAME[name]
    grades = class_run["grades"][name]
    maxima = {g: m for g, (_, m) in class_run["grades"][HONEST].items()}
    if case.expect is None:
        assert grades is None and case.outcome in class_run["log"], name
        return
    assert grades is not None, f"{name} was not recorded in the gradebook"
    got = {g: s for g, (s, _) in grades.items()}
    assert got == _expected(case, maxima), f"{name}: {case.note}"
    if case.outcome is not None:
        assert name in class_run["log"], f"{name} is not named in the log"
        assert case.outcome in _student_log(class_run["log"], name) or (
            "unreadable" in case.tags and case.outcome in class_run["log"]), \
            f"{name}: the outcome '{case.outcome}' is not in the log"


@pytest.mark.nbgrader
def test_stopped_cells_show_the_named_outcome(class_run):
    for case in CASES:
        if case.outcome and case.expect is not None and "unreadable" not in case.tags:
            outputs = autograded_outputs(NB, case.name)
            not_graded = [o for outs in outputs.values() for o in outs
                          if o.get("output_type") == "error" and case.outcome in
                          o.get("evalue", "")]
            assert not_graded, f"{case.name}: no graded cell shows '{case.outcome}'"


@pytest.mark.nbgrader
def test_honest_students_get_exactly_their_grades(class_run):
    honest = class_run["grades"][HONEST]
    assert honest and all(s == m for s, m in honest.values()), honest
    blank = class_run["grades"]["h-blank"]
    assert blank and all(s == 0 for s, _ in blank.values()), blank


@pytest.mark.nbgrader
@pytest.mark.parametrize("what", ["repository", "environment", "course", "home", "real home"])
def test_nothing_outside_the_sandbox_changed(class_run, what):
    before, after = class_run["before"][what], class_run["after"][what]
    if isinstance(before, dict):
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert not changed, f"{what} changed: {sorted(changed)[:10]}"
    else:
        assert before == after, f"{what} changed"


@pytest.mark.nbgrader
def test_no_process_of_the_run_is_left_alive(class_run):
    assert not class_run["processes"], class_run["processes"]


@pytest.mark.nbgrader
def test_nothing_reached_the_network(class_run):
    assert class_run["canary"] == []


@pytest.mark.nbgrader
def test_a_refused_submission_leaves_nothing_it_linked_to(class_run):
    for name in ("x-symlink-beside", "x-symlink-in-subfolder", "x-symlink-notebook"):
        folder = COURSE_DIR / "autograded" / name / NB
        for path in folder.rglob("*"):
            assert path.suffix == ".ipynb", f"{name}: {path} was kept"
            assert "BEGIN SOLUTION" not in path.read_text() and "np.sqrt(2.0 / layer_dims" \
                not in path.read_text(), f"{name}: the solution reached {path}"


@pytest.mark.nbgrader
def test_output_kept_per_notebook_is_bounded(class_run):
    for name in ("r-stdout-100mb", "r-huge-images", "r-huge-exception", "r-display-fanout"):
        path = COURSE_DIR / "autograded" / name / NB / f"{NB}.ipynb"
        assert path.stat().st_size < 16 * 2**20, f"{name}: {path.stat().st_size} bytes"


@pytest.mark.nbgrader
def test_a_changed_signature_fails_its_test_with_the_reason(class_run):
    message = autograded_outputs(NB, "b-changed-signature")["test_initialize_parameters_he"]
    assert "TypeError" in message[0]["evalue"] and "layer_dims" in message[0]["evalue"]


@pytest.mark.nbgrader
def test_regrading_a_broken_submission_keeps_the_recorded_grades(class_run):
    others = [case.name for case in CASES if case.name != "b-invalid-json"][:8] + [HONEST]
    before = {s: scores(NB, s) for s in others}
    nbgrader("autograde", NB, "--student", "b-invalid-json", "--force", check=False)
    assert {s: scores(NB, s) for s in others} == before


@pytest.mark.nbgrader
def test_feedback_shows_no_hidden_code_and_runs_no_student_script(class_run):
    for student in (HONEST, "x-script-in-html", "x-img-onerror", "x-javascript-link"):
        result = nbgrader("generate_feedback", NB, "--student", student, "--force", check=False)
        assert result.returncode == 0, result.stderr[-3000:]
        html = (COURSE_DIR / "feedback" / student / NB / f"{NB}.html").read_text()
        assert "HiddenCheckFailed" in html or "Hidden checks passed" in html
        assert "BEGIN HIDDEN TESTS" not in html and "run_hidden_check" not in html
        assert "<script>document.title" not in html, f"{student}: a student's script survived"
        assert not re.search(r"<[a-z]+[^>]*\sonerror", html), f"{student}: an event handler survived"
        assert 'href="javascript:' not in html, f"{student}: a javascript: link survived"


@pytest.mark.nbgrader
def test_print_the_corpus_table(class_run, capsys):
    rows = []
    for case in CASES:
        grades = class_run["grades"][case.name]
        score = (f"{sum(s for s, _ in grades.values()):g}/{sum(m for _, m in grades.values()):g}"
                 if grades else "not recorded")
        lines = _student_log(class_run["log"], case.name).splitlines()
        named = next((l.split("| ", 1)[-1][:70] for l in lines if "WARNING" in l or "ERROR" in l
                      and "checksum" not in l), "graded")
        rows.append((case.name, score, named))
    with capsys.disabled():
        print(f"\n{'case':<34}{'score':>8}  outcome")
        for name, score, named in rows:
            print(f"{name:<34}{score:>8}  {named}")
        print(f"{len(rows)} hostile or broken submissions graded beside "
              f"{len(HONEST_STUDENTS)} honest students in one nbgrader run")
    assert len(rows) >= 35


# ---------------------------------------------------------------- the same class on Dask
#: where the parallel grader goes beyond nbgrader, which records nothing for these two
#: (README, "Known limits"): an unreadable timestamp.txt is ignored (the work is graded, with
#: no submission time) and a FIFO beside the notebook is refused
PARALLEL_BEYOND_NBGRADER = {"b-bad-timestamp": ("full", "graded"),
                            "b-fifo-beside": ("zero", "refused")}


@pytest.fixture(scope="module")
def parallel_run(class_run, tmp_path_factory):
    course = tmp_path_factory.mktemp("parallel") / "course"
    env = {**os.environ, "DLBASICS_COURSE_DIR": str(course)}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env["PATH"]])
    subprocess.run([sys.executable, "-m", "autograder", "build", NB], cwd=REPO, env=env,
                   check=True, capture_output=True)
    # cp -a keeps links as links and FIFOs as FIFOs, exactly as handed in
    subprocess.run(["cp", "-a", str(COURSE_DIR / "submitted"), str(course)], check=True)
    result = subprocess.run(
        [sys.executable, "-m", "autograder", "grade", NB, "--student", STUDENTS, "--force",
         "--workers", "2", f"--SandboxedExecute.notebook_timeout={NOTEBOOK_TIMEOUT}",
         "--Execute.timeout=30"], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=3600)
    from nbgrader.api import Gradebook, MissingEntry
    grades = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student in [*HONEST_STUDENTS, *(case.name for case in CASES)]:
            try:
                nb = gb.find_submission_notebook(NB, NB, student)
                grades[student] = {g.name: (g.score, g.max_score) for g in nb.grades}
            except MissingEntry:
                grades[student] = None
    rows = {line.split()[1]: line for line in result.stdout.splitlines()
            if line.startswith(NB)}
    return {"result": result, "grades": grades, "rows": rows}


@pytest.mark.nbgrader
def test_parallel_grader_gives_every_case_the_grades_nbgrader_gave(class_run, parallel_run):
    assert parallel_run["result"].returncode == 0, parallel_run["result"].stdout[-4000:]
    maxima = {g: m for g, (_, m) in class_run["grades"][HONEST].items()}
    for student in [*HONEST_STUDENTS, *(case.name for case in CASES)]:
        got = parallel_run["grades"][student]
        assert got is not None, f"{student} was not recorded by the parallel grader"
        if student in PARALLEL_BEYOND_NBGRADER:
            expect, outcome = PARALLEL_BEYOND_NBGRADER[student]
            want = {g: (m if expect == "full" else 0) for g, m in maxima.items()}
            assert {g: s for g, (s, _) in got.items()} == want, student
            assert f" {outcome} " in parallel_run["rows"][student], parallel_run["rows"][student]
            continue
        assert got == class_run["grades"][student], student


@pytest.mark.nbgrader
def test_parallel_grader_names_every_outcome(parallel_run):
    rows = parallel_run["rows"]
    assert set(rows) == {*HONEST_STUDENTS, *(case.name for case in CASES)}
    for name, line in rows.items():
        assert "grading error" not in line and "worker lost" not in line, line
    for case in CASES:
        if isinstance(case.expect, dict) and "from" in case.expect:
            assert " graded " not in rows[case.name], f"{case.name}: {rows[case.name]}"

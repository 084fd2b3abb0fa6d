"""The sandbox itself, without nbgrader: what a process inside it sees and may do."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from autograder import COURSE_DIR, REPO
from autograder.sandbox import bwrap, workspace

LIMITS = bwrap.Limits(memory_bytes=2 * 2**30, processes=256, cpu_seconds=60,
                      file_bytes=8 * 2**20, tmp_bytes=16 * 2**20)

PROBE = r"""
import json, os, socket, sys
report = {"uid": os.getuid(), "pids": sorted(int(p) for p in os.listdir('/proc') if p.isdigit()),
          "cwd": os.getcwd(), "env": sorted(os.environ)}
for arg in sys.argv[1:-1]:
    name, path = json.loads(arg)
    report[name] = os.path.exists(path)
def writable(path):
    try:
        with open(path, 'a'):
            return True
    except OSError:
        return False
report["listings"] = {path: sorted(os.listdir(path)) for path in json.loads(sys.argv[-1])
                      if os.path.isdir(path)}
report["writes library"] = writable('/opt/dlbasics/dlbasics/plain_data.py')
report["writes venv"] = writable(os.path.join(sys.prefix, 'planted.pth'))
report["writes home"] = writable(os.path.expanduser('~/note.txt'))
report["writes workdir"] = writable('note.txt')
try:
    socket.create_connection(('127.0.0.1', 22), timeout=2)
    report["network"] = True
except OSError:
    report["network"] = False
try:
    open('big.bin', 'wb').write(b'x' * 16 * 2**20)
    report["big file"] = True
except OSError:
    report["big file"] = False
print(json.dumps(report))
"""


@pytest.fixture
def sandbox(tmp_path):
    runtime, scratch = tmp_path / "runtime", tmp_path / "scratch"
    runtime.mkdir()
    scratch.mkdir()
    for folder in (runtime, scratch):
        workspace._give_to_kernel(folder, 0o700)
    tmp_path.chmod(0o755)
    return bwrap.Sandbox(runtime=runtime, scratch=scratch, library=workspace.library_snapshot(),
                         limits=LIMITS)


def _inside(sandbox, *argv) -> subprocess.CompletedProcess:
    return subprocess.run(bwrap.command(sandbox, [sys.executable, *argv]), capture_output=True,
                          text=True, timeout=60)


def test_a_sandboxed_process_sees_and_writes_only_what_it_is_given(sandbox):
    secret = {"repository": str(REPO), "solutions": str(REPO / "solutions"),
              "course": str(COURSE_DIR), "home": str(Path.home()),
              "host tmp": str(sandbox.scratch)}
    result = _inside(sandbox, "-c", PROBE, *[json.dumps(item) for item in secret.items()],
                     json.dumps([str(REPO), str(Path.home())]))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["uid"] == (bwrap.kernel_uid() if bwrap.runs_as_root() else bwrap.SANDBOX_UID)
    assert len(report["pids"]) <= 3, report["pids"]   # bwrap's init, the launcher-kernel
    assert report["cwd"] == bwrap.HOME   # a kernel moves to WORKDIR once it is up
    # the repository and the home folder exist only as parents of the Python environment
    # when it lives inside them (.venv, a pyenv install); nothing else of them is there
    assert not any(report[name] for name in secret if name not in ("repository", "home")), \
        {k: report[k] for k in secret}
    python_dirs = {Path(d).relative_to(p).parts[0] for p in (REPO, Path.home())
                   for d in bwrap._python_dirs() if Path(d).is_relative_to(p)}
    for path, listing in report["listings"].items():
        assert set(listing) <= python_dirs, (path, listing)
    assert not report["writes library"] and not report["writes venv"]
    assert report["writes home"] and report["writes workdir"]   # private, thrown away after
    assert not report["network"]
    assert not report["big file"]   # larger than file_bytes
    assert "DLBASICS_GRADING_DIR" not in report["env"]


def test_every_process_dies_with_the_sandbox(sandbox):
    code = ("import os, time\nfor _ in range(5):\n    if os.fork() == 0:\n        os.setsid()\n"
            "        time.sleep(600)\nprint('forked', flush=True)\n")
    process = subprocess.Popen(bwrap.command(sandbox, [sys.executable, "-c", code]),
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "forked"
    process.wait(timeout=30)  # the command ended: its PID namespace, and every child, goes too
    alive = subprocess.run(["pgrep", "-f", "time.sleep\\(600\\)"], capture_output=True, text=True)
    assert alive.stdout.strip() == "", alive.stdout


def test_exit_statuses_have_names():
    assert bwrap.describe_exit(128 + signal.SIGXCPU, LIMITS)[0] == "TimeLimit"
    assert "CPU time" in bwrap.describe_exit(128 + signal.SIGXCPU, LIMITS)[1]
    assert "os._exit" in bwrap.describe_exit(3, LIMITS)[1]
    assert bwrap.describe_exit(-signal.SIGKILL, LIMITS) == (
        "KernelDied", "the kernel died: it was killed (signal 9)")
    assert bwrap.describe_exit(128 + signal.SIGSEGV, LIMITS)[0] == "MemoryLimit"


def test_a_machine_without_a_working_bubblewrap_gets_the_cause_and_the_opt_out(sandbox,
                                                                                monkeypatch):
    monkeypatch.setattr(bwrap, "bwrap_executable", lambda: "/bin/false")
    with pytest.raises(bwrap.SandboxUnavailable, match="user namespaces"):
        bwrap.probe(sandbox)


def test_links_and_special_files_in_a_submission_are_refused(tmp_path):
    (tmp_path / "a.ipynb").write_text("{}")
    workspace.refuse_links(tmp_path)
    (tmp_path / "link").symlink_to("/etc/passwd")
    with pytest.raises(workspace.Refused, match="symbolic link"):
        workspace.refuse_links(tmp_path)
    (tmp_path / "link").unlink()
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(workspace.Refused, match="special file"):
        workspace.refuse_links(tmp_path)

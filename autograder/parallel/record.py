"""Coordinator side: the only writer of the course's ``autograded/`` folder and gradebook.

Each result is recorded as ``nbgrader autograde`` records it, through nbgrader's own API:
the student and the submission (with its ``timestamp.txt`` time) through ``Gradebook``, then
nbgrader's ``SaveAutoGrades`` and ``AssignLatePenalties`` preprocessors on the autograded
notebook -- the same two that end nbgrader's autograde chain -- then the autograded folder,
moved into place whole, with nbgrader's file permissions.  The notebook is written last and
names what it was graded from (:data:`GRADED_FROM`), so an interrupted run leaves nothing
that a rerun would take for done.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path, PurePosixPath

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.converters import Autograde
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import AssignLatePenalties, SaveAutoGrades
from sqlalchemy.exc import SAWarning

from autograder.outcomes import STOPPED, mark_not_reached
from autograder.parallel.collect import timestamp
from autograder.parallel.tasks import TIMESTAMP, Result, Task, submission_fingerprint
from autograder.restore_cells import release_notebook

# nbgrader's Gradebook, under SQLAlchemy 2, warns on every new submission that an object is
# "not in session" during autoflush; the rows are written all the same.
warnings.filterwarnings("ignore", r"Object of type <\w+> not in session", SAWarning)

#: notebook metadata key: {"source": ..., "submission": ...} fingerprints it was graded from
GRADED_FROM = "dlbasics_graded_from"


class CourseWriter:
    """Records results into the course that ``config`` describes."""

    def __init__(self, config):
        self.config = config
        self.converter = Autograde(coursedir=CourseDirectory(config=config), config=config)
        # (the converter is used for its paths and file permissions only)
        self.coursedir = self.converter.coursedir

    def _folder(self, task: Task) -> Path:
        return Path(self.coursedir.format_path(self.coursedir.autograded_directory,
                                               task.student, task.assignment))

    def missing(self, assignment: str) -> str | None:
        """Why ``assignment`` cannot be recorded in this course yet, or None."""
        source = Path(self.coursedir.format_path(self.coursedir.source_directory, ".",
                                                 assignment)) / f"{assignment}.ipynb"
        if not source.is_file():
            return f"{assignment} has no source notebook {source}"
        try:
            with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
                gb.find_assignment(assignment)
        except MissingEntry:
            return f"{assignment} is not in the gradebook {self.coursedir.db_url}"
        return None

    def graded_from(self, task: Task) -> dict:
        return {"source": task.source, "submission": submission_fingerprint(task.files)}

    def already_graded(self, task: Task) -> bool:
        """True if this very submission was recorded against this very source notebook."""
        path = self._folder(task) / f"{task.assignment}.ipynb"
        try:
            nb = nbformat.read(path, as_version=4)
            with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
                gb.find_submission(task.assignment, task.student)
        except (OSError, ValueError, MissingEntry):
            return False
        return nb.metadata.get(GRADED_FROM) == self.graded_from(task)

    def not_graded(self, task: Task, ename: str, message: str) -> Result:
        """The result of a submission refused before grading: its release, every graded cell
        showing why (nothing the student handed in is kept)."""
        nb = release_notebook(self.converter, task.assignment, task.assignment)
        mark_not_reached(nb, 0, ename, message)
        data = nbformat.writes(nb).encode()
        return Result(task.assignment, task.student, STOPPED[ename],
                      {f"{task.assignment}.ipynb": data}, message)

    def record(self, task: Task, result: Result) -> None:
        """Write one graded submission into the gradebook and ``autograded/``, committed."""
        name = f"{task.assignment}.ipynb"
        nb = nbformat.reads(result.files[name].decode("utf-8"), as_version=4)
        when = timestamp(task)
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            gb.update_or_create_student(task.student)
            if when:
                gb.update_or_create_submission(task.assignment, task.student, timestamp=when)
            else:
                gb.update_or_create_submission(task.assignment, task.student)
        resources = {"nbgrader": {"notebook": task.assignment, "assignment": task.assignment,
                                  "student": task.student, "db_url": self.coursedir.db_url}}
        for preprocessor in (SaveAutoGrades(config=self.config),
                             AssignLatePenalties(config=self.config)):
            nb, resources = preprocessor(nb, resources)
        nb.metadata[GRADED_FROM] = self.graded_from(task)
        files = dict(result.files)
        if TIMESTAMP in task.files:  # nbgrader keeps it in the autograded folder too
            files[TIMESTAMP] = task.files[TIMESTAMP]
        self._write_folder(task, files, name, nbformat.writes(nb).encode())

    def _write_folder(self, task: Task, files: dict, notebook: str, data: bytes) -> None:
        folder = self._folder(task)
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{task.assignment}-", dir=folder.parent))
        for name, content in files.items():
            relative = PurePosixPath(name)
            if relative.is_absolute() or ".." in relative.parts:
                raise ValueError(f"a worker returned a file outside the folder: {name}")
            path = staging.joinpath(*relative.parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data if name == notebook else content)
        staging.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
        self.converter.set_permissions(task.assignment, task.student)

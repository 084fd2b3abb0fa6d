"""The course's nbgrader configuration, read the way nbgrader's own commands read it."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import KVArgParseConfigLoader, PyFileConfigLoader

from autograder import REPO


#: a setting given on the command line, as nbgrader's own commands take them
OVERRIDE = re.compile(r"--\w+\.\w+=.*")


def load_config(overrides: list = ()) -> Config:
    """The configuration in the repository's ``nbgrader_config.py`` (course folder, gradebook
    URL, preprocessors, sandbox limits), with ``overrides`` such as
    ``["--SandboxedExecute.notebook_timeout=60"]`` on top."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(REPO)).load_config()
    if overrides:
        config.merge(KVArgParseConfigLoader(list(overrides)).load_config())
    return config


def course_directory(config: Config | None = None) -> CourseDirectory:
    """nbgrader's ``CourseDirectory`` of the course: its folders and its ``db_url``."""
    return CourseDirectory(config=config or load_config())


def put_environment_first_on_path() -> None:
    """Let nbgrader find the commands of this environment: its ``Gradebook`` runs
    ``alembic`` to set up or check the database."""
    bin_dir = str(Path(sys.executable).parent)
    if os.environ.get("PATH", "").split(os.pathsep)[0] != bin_dir:
        os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])

"""The whole nbgrader cycle on one machine, through nbgrader's own exchange.

The instructor releases the assignments into the exchange (``EXCHANGE_DIR``); a student
fetches them from JupyterLab's Assignment List into their own workspace (``STUDENT_DIR``),
validates and submits them there; the instructor collects the submissions, grades them and
releases the feedback, which the student fetches back.  Every step is nbgrader's: this module
only runs its commands with the course's configuration and prepares the student's workspace.

Nothing here writes into a student's assignment folders, so a rebuild, a new release or
``make clean`` never touches a student's work.  On JupyterHub the same commands serve a whole
class (README, "A class on JupyterHub").
"""

from __future__ import annotations

import json
from pathlib import Path

from autograder import COURSE_DIR, EXCHANGE_DIR, STUDENT_DIR
from autograder.build import BuildError, build, nbgrader
from autograder.gradebook import account_name, name_students

COURSE_ID = "improving-deep-networks"
#: JupyterLab extensions off in the student's JupyterLab: the instructor's panels (they
#: would ask for a course folder the student does not have), and the news pop-up
STUDENT_LAB_DISABLED = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list",
                        "@jupyter/nbgrader:create-assignment",
                        "@jupyterlab/apputils-extension:announcements")
STUDENT_CONFIG = '''\
"""nbgrader settings of this workspace (written by `make lab`): the course the Assignment
List shows, and the exchange its assignments are fetched from and submitted to."""
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course_id!r}
c.Exchange.root = {exchange!r}
'''


def _run(*args: str) -> str:
    result = nbgrader(*args, check=False)
    if result.returncode != 0:
        raise BuildError(f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n"
                         f"{result.stderr[-4000:]}")
    return result.stdout + result.stderr


def release(names: list) -> None:
    """Build the course and release ``names`` into the exchange (again if released before:
    what students already fetched stays theirs)."""
    build(names)
    EXCHANGE_DIR.mkdir(parents=True, exist_ok=True)
    for name in names:
        _run("release_assignment", name, "--force")
        print(f"released {name} into {EXCHANGE_DIR}")


def prepare_workspace(folder: Path = STUDENT_DIR) -> Path:
    """Make ``folder`` a student's workspace: nbgrader settings pointing at the exchange, and
    JupyterLab settings without the instructor's panels.  Files already there are kept."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "nbgrader_config.py"
    if not config.exists():
        config.write_text(STUDENT_CONFIG.format(course_id=COURSE_ID, exchange=str(EXCHANGE_DIR)))
    page_config = jupyter_config_dir(folder) / "labconfig" / "page_config.json"
    if not page_config.exists():
        page_config.parent.mkdir(parents=True, exist_ok=True)
        disabled = {name: True for name in STUDENT_LAB_DISABLED}
        page_config.write_text(json.dumps({"disabledExtensions": disabled}, indent=2) + "\n")
    return folder


def jupyter_config_dir(workspace: Path) -> Path:
    """The JupyterLab settings folder of a student's workspace (``JUPYTER_CONFIG_DIR``)."""
    return workspace / ".jupyter"


def collect(names: list) -> None:
    """Copy the latest submission of every student from the exchange into the course, and
    name, after their account on this machine, the students the gradebook has no name for
    (a class's roster goes in with ``nbgrader db student import``)."""
    for name in names:
        _run("collect", name, "--update")
        print(f"collected {name}")
    submitted = COURSE_DIR / "submitted"
    students = sorted(p.name for p in submitted.iterdir()) if submitted.is_dir() else []
    name_students({s: n for s in students if (n := account_name(s)) is not None})


def release_feedback(names: list) -> None:
    """Write the feedback pages of the graded submissions and put them in the exchange."""
    for name in names:
        _run("generate_feedback", name, "--force")
        _run("release_feedback", name)
        print(f"released the feedback of {name}")

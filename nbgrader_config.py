"""nbgrader configuration of the workbook (run nbgrader from this folder).

The course directory is build/course (made by `make build`), or the folder named by the
environment variable DLBASICS_COURSE_DIR; the gradebook is its gradebook.db, or the database
named by DLBASICS_DB_URL.  Autograding runs nbgrader's own preprocessors
with the two of the grading protocol around Execute: hidden-check inputs are drawn before the
student's kernel starts, and verdicts are computed in this process after it finishes (see
autograder/preprocessors.py).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# The grader process may import autograder/ and solutions/; the students' kernels, which run
# in the submission folders without this path, cannot.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor  # noqa: E402
from nbgrader.preprocessors import (  # noqa: E402
    AssignLatePenalties, CheckCellMetadata, ClearHiddenTests, ClearOutput, DeduplicateIds,
    GetGrades, IgnorePattern, LimitOutput, OverwriteKernelspec, SaveAutoGrades)

from autograder.preprocessors import DrawCheckInputs, JudgeCheckOutputs  # noqa: E402
from autograder.restore_cells import OverwriteCellsQuietly, RestoreGradedCells  # noqa: E402
from autograder.sanitize_html import SanitizeStudentHTML  # noqa: E402
from autograder.sandbox.execute import SandboxedExecute  # noqa: E402
from nbgrader.server_extensions.formgrader.handlers import template_path as formgrader_templates  # noqa: E402

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

from autograder import COURSE_DIR, EXCHANGE_DIR  # noqa: E402 (see autograder/__init__.py)

c.CourseDirectory.root = str(COURSE_DIR)
# The gradebook: SQLite in the course folder unless DLBASICS_DB_URL names another database
# (an SQLAlchemy URL, e.g. postgresql://grader@dbhost/course); or set db_url here.
if os.environ.get("DLBASICS_DB_URL"):
    c.CourseDirectory.db_url = os.environ["DLBASICS_DB_URL"]
c.CourseDirectory.course_id = "improving-deep-networks"
# The exchange students fetch from and submit to: a folder of this machine (./exchange, or
# DLBASICS_EXCHANGE_DIR); on JupyterHub, a folder every user can reach (README, "A class on
# JupyterHub").
c.Exchange.root = str(EXCHANGE_DIR)
# `nbgrader export` writes the grades beside the gradebook, not into the repository.
c.CsvExportPlugin.to = str(COURSE_DIR / "grades.csv")
# The feedback pages load MathJax from the Jupyter server that shows them, so formulas render
# offline (autograder/jupyter/nbconvert/templates/base/mathjax.html.j2); nbgrader's own
# feedback template is found next.
c.HTMLExporter.extra_template_basedirs = [
    str(ROOT / "autograder" / "jupyter" / "nbconvert" / "templates"), formgrader_templates]

# Duplicated, unmarked or deleted graded cells are repaired against the release first, so that
# nbgrader's own sanitizing never stops on them (autograder/restore_cells.py).
c.Autograde.sanitize_preprocessors = [
    ClearOutput,
    RestoreGradedCells,
    DeduplicateIds,
    OverwriteKernelspec,
    OverwriteCellsQuietly,
    CheckCellMetadata,
]
c.Autograde.autograde_preprocessors = [
    DrawCheckInputs,
    SandboxedExecute,
    JudgeCheckOutputs,
    SanitizeStudentHTML,
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    SaveAutoGrades,
    AssignLatePenalties,
    CheckCellMetadata,
]
# Student kernels inherit this: one OpenBLAS thread (small matrices; on a shared grading
# machine extra threads mostly wait for each other).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# A cell may train a small network; a stuck cell is interrupted and the run goes on.
c.Execute.timeout = 300
# A graded test cell deleted by a student is put back, so it still runs and is judged.
c.OverwriteCells.add_missing_cells = True

# Every kernel runs in the bubblewrap sandbox (autograder/sandbox/).  Its limits, with their
# defaults: notebook_timeout (600 s of wall-clock time for the whole notebook), memory_limit
# (4 GiB of address space per process), process_limit (512 processes and threads),
# cpu_time_limit (1200 s per process), file_size_limit (256 MiB per file), tmp_size_limit
# (512 MiB of /tmp and home), submission_size_limit (64 MiB of files beside the notebook),
# cell_output_limit (1 MiB kept per cell), notebook_output_limit (8 MiB per notebook).
# Example: c.SandboxedExecute.memory_limit = 6 * 2**30
# On a machine where bubblewrap cannot run, grading stops with the cause; for trusted
# notebooks only, c.SandboxedExecute.sandbox = False runs kernels unconfined.

# Feedback shows the verdicts and the visible tests, never the hidden-check block.  Any HTML a
# student's notebook holds (outputs, Markdown, output metadata) is cleaned when it is
# autograded (SanitizeStudentHTML), and nbconvert sanitizes again in feedback and formgrader.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
c.HTMLExporter.sanitize_html = True

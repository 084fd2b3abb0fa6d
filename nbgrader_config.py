"""nbgrader configuration of the workbook (run nbgrader from this folder).

The course directory is build/course (made by `make build`), or the folder named by the
environment variable DLBASICS_COURSE_DIR.  Autograding runs nbgrader's own preprocessors
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

from nbconvert.preprocessors import ClearMetadataPreprocessor  # noqa: E402
from nbgrader.preprocessors import (  # noqa: E402
    AssignLatePenalties, CheckCellMetadata, IgnorePattern, LimitOutput, SaveAutoGrades)

from autograder.preprocessors import DrawCheckInputs, JudgeCheckOutputs  # noqa: E402
from autograder.sandbox.execute import SandboxedExecute  # noqa: E402

c = get_config()  # noqa: F821 (provided by traitlets when it loads this file)

from autograder import COURSE_DIR  # noqa: E402 (build/course unless DLBASICS_COURSE_DIR says)

c.CourseDirectory.root = str(COURSE_DIR)
c.CourseDirectory.course_id = "improving-deep-networks"

c.Autograde.autograde_preprocessors = [
    DrawCheckInputs,
    SandboxedExecute,
    JudgeCheckOutputs,
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

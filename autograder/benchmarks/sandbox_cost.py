"""What the sandbox costs: one 01 submission autograded with and without it, in the same run.

The two kinds of run alternate (so that a slow phase of the machine hits both alike); each
figure is the median of :data:`REPEAT` runs of the real ``nbgrader autograde``.
"""

from __future__ import annotations

import statistics
import time

from autograder.build import build, nbgrader
from autograder.submissions import reference_submission, write_submission

NB, STUDENT, REPEAT = "01_initialization", "bench-sandbox", 5


def _autograde(*flags: str) -> float:
    start = time.perf_counter()
    result = nbgrader("autograde", NB, "--student", STUDENT, "--force", *flags, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"autograde failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - start


def run() -> list:
    build([NB])
    write_submission(reference_submission(NB), STUDENT, NB)
    sandboxed, unconfined = [], []
    for _ in range(REPEAT):
        sandboxed.append(_autograde())
        unconfined.append(_autograde("--SandboxedExecute.sandbox=False"))
    with_box, without = statistics.median(sandboxed), statistics.median(unconfined)
    return [(f"autograde one 01 submission, sandboxed (median of {REPEAT})", f"{with_box:.2f} s"),
            (f"autograde one 01 submission, unconfined (median of {REPEAT})", f"{without:.2f} s"),
            ("sandbox cost per submission", f"{with_box - without:+.2f} s "
                                            f"(ratio {with_box / without:.2f})")]

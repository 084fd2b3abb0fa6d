"""The nbgrader cycle in a real browser: JupyterLab in Debian's Chromium, driven by Playwright.

A student fetches assignment 01 from the Assignment List of their own workspace, runs it,
writes one function correctly and one with a catalogued misconception, validates and
submits.  The instructor collects, autogrades, sees the score in the formgrader and releases
the feedback; the student fetches it and reads the whole verdict, with no hidden-check code.
Formulas render with MathJax from the Jupyter server itself (pages reach nothing else), and
the class report opens with its plots.  Everything runs on 127.0.0.1 in a course, exchange and workspace of its own, started and
stopped by the tests.  Each step leaves a screenshot in ``build/screenshots/``.
"""

from __future__ import annotations

import inspect
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from autograder import REPO, report
from autograder.checks import reference_function
from autograder.exchange import jupyter_config_dir
from autograder.misconceptions import load_catalog
from grader_tests.test_report import sample_class

ASSIGNMENT = "01_initialization"
RIGHT = "initialize_parameters_zeros"
WRONG = "he_uses_xavier_scale"  # a misconception of initialize_parameters_he
SHOTS = REPO / "build" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: the status bar while the kernel works and when it is done
BUSY, IDLE = "text=/\\| Busy/", "text=/\\| Idle/"


def _run(*args: str, env: dict) -> str:
    result = subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def jupyter_lab(command: str, env: dict, log: Path):
    """``python -m autograder {lab,formgrader}`` on a free port; yields its base URL and
    token; stops it (and its kernels) afterwards."""
    port, token = _free_port(), secrets.token_hex(16)
    with open(log, "w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "autograder", command, "--no-browser", f"--port={port}",
             "--ServerApp.ip=127.0.0.1", "--ServerApp.port_retries=0",
             f"--IdentityProvider.token={token}"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5)
                break
            except OSError:
                assert server.poll() is None, f"JupyterLab exited:\n{log.read_text()[-3000:]}"
                assert time.monotonic() < deadline, f"JupyterLab did not start:\n{log.read_text()[-3000:]}"
                time.sleep(0.5)
        yield base, token
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.fixture(scope="module")
def course(mnist_dir):
    """A course, an exchange and a student's workspace of their own, under build/ (the
    formgrader serves only a course inside the folder it was started in); 01 released."""
    root = REPO / "build" / "browser-test"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    env = {**os.environ, "DLBASICS_MNIST_DIR": str(mnist_dir),
           "DLBASICS_COURSE_DIR": str(root / "course"),
           "DLBASICS_EXCHANGE_DIR": str(root / "exchange"),
           "DLBASICS_STUDENT_DIR": str(root / "student"),
           # nbgrader lists a student's submissions from a cache in Jupyter's data folder
           "JUPYTER_DATA_DIR": str(root / "jupyter-data")}
    env.pop("DLBASICS_DB_URL", None)
    _run("-m", "autograder", "release", ASSIGNMENT, env=env)
    SHOTS.mkdir(parents=True, exist_ok=True)
    return {"root": root, "env": env, "student": root / "student"}


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium under Playwright; fails with the fix when it is missing."""
    if CHROMIUM is None:
        pytest.fail("The browser tests drive Debian's Chromium: install it with "
                    "`apt-get install chromium` (scripts/system-packages does).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM,
                                              args=["--no-sandbox"] if os.geteuid() == 0 else [])
        yield chromium
        chromium.close()


def _page(browser):
    """A page that reaches only this machine, as a student's offline laptop would."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(120_000)
    page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda route: route.abort())
    return page


def _shot(page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _menu(page, menu: str, item: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).click()
    page.locator(".lm-Menu:visible").get_by_text(item, exact=True).click()


def _wait_for_kernel(page) -> None:
    """Wait until the kernel has started working, then until it is idle again."""
    try:
        page.wait_for_selector(BUSY, timeout=20_000)
    except Exception:  # noqa: BLE001 -- a short run may be over before we look
        pass
    page.wait_for_selector(IDLE, timeout=600_000)


def _prompt(cell) -> str:
    return cell.locator(".jp-InputPrompt").first.inner_text()


def _wait_until_run(page, cell, before: str) -> None:
    """Wait until ``cell`` has run again (its prompt shows a new number) and the kernel is
    idle."""
    page.wait_for_function(
        "([cell, before]) => { const t = cell.querySelector('.jp-InputPrompt').textContent;"
        " return /\\[\\d+\\]/.test(t) && t !== before; }",
        arg=[cell.element_handle(), before], timeout=600_000)
    page.wait_for_selector(IDLE, timeout=600_000)


def _cell(page, text: str):
    return page.locator(".jp-CodeCell", has=page.locator(".cm-content", has_text=text)).first


def _replace_cell(page, marker: str, source: str):
    """Type ``source`` into the code cell that contains ``marker``, as a student would paste."""
    cell = _cell(page, marker)
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(source)
    page.keyboard.press("Escape")
    return cell


def _run_cell_and_its_test(page, cell, function: str) -> str:
    """Run ``cell`` and the test cell below it; the test's output text."""
    test = _cell(page, f"tests.test_{function}(")
    before = _prompt(test)
    cell.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Shift+Enter")
    _wait_until_run(page, test, before)
    return test.locator(".jp-OutputArea").inner_text()


def _appears(folder: Path, pattern: str, seconds: float = 120) -> Path:
    """The first file under ``folder`` matching ``pattern``, once one is there (a fetch
    started from the browser finishes in the server, a moment later)."""
    deadline = time.monotonic() + seconds
    while not (found := sorted(folder.glob(pattern))):
        assert time.monotonic() < deadline, f"nothing matched {pattern} under {folder}"
        time.sleep(0.5)
    return found[0]


def _student_sources() -> tuple:
    right = inspect.getsource(reference_function(ASSIGNMENT, RIGHT))
    entry = next(e for e in load_catalog(ASSIGNMENT) if e.name == WRONG)
    return right, entry


def test_student_fetches_runs_validates_and_submits(course, browser):
    workspace = course["student"]
    # Render every cell (JupyterLab otherwise renders only those in view), so that the test
    # can find a cell by its text.
    settings = (jupyter_config_dir(workspace) / "lab" / "user-settings" / "@jupyterlab"
                / "notebook-extension" / "tracker.jupyterlab-settings")
    workspace.mkdir(parents=True, exist_ok=True)
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"windowingMode": "none"}))
    right, entry = _student_sources()
    with jupyter_lab("lab", course["env"], course["root"] / "student-lab.log") as (base, token):
        page = _page(browser)
        page.goto(f"{base}/lab?token={token}")
        _menu(page, "Nbgrader", "Assignment List")
        page.get_by_role("button", name="Fetch", exact=True).click()
        page.locator("#fetched_assignments_list a.assignment-notebooks-link").click()
        _shot(page, "01-student-fetched-from-the-assignment-list")
        assert "exchange directory does not exist" not in page.locator("body").inner_text()
        assert (workspace / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists()

        page.locator("#fetched_assignments_list .nested_list_item a").click()
        page.wait_for_selector(IDLE)
        tab = page.locator(".lm-TabBar-tab.lm-mod-current", has_text=ASSIGNMENT)
        assert "jp-mod-dirty" not in (tab.get_attribute("class") or ""), \
            "the notebook opened as modified"
        _shot(page, "02-student-opened-the-notebook")

        first = _cell(page, f"tests.test_{RIGHT}(")
        before = _prompt(first)
        _menu(page, "Run", "Run All Cells")
        _wait_until_run(page, first, before)
        _wait_for_kernel(page)
        first_test = first.locator(".jp-OutputArea").inner_text()
        assert "not written yet" in first_test and "Traceback" not in first_test
        _shot(page, "03-student-ran-all-cells")

        zeros = _replace_cell(page, f"def {RIGHT}(", right)
        passed = _run_cell_and_its_test(page, zeros, RIGHT)
        he = _replace_cell(page, f"def {entry.function}(", entry.source())
        failed = _run_cell_and_its_test(page, he, entry.function)
        assert f"{RIGHT}: all public tests passed" in passed
        assert f"{entry.function}: `W1` has standard deviation" in failed
        assert "Traceback" not in failed
        _shot(page, "04-student-wrote-two-functions")

        page.keyboard.press("Control+s")
        page.locator(".jp-NotebookPanel-toolbar").get_by_role("button", name="Validate").click()
        dialog = page.locator(".jp-Dialog")
        dialog.get_by_text("Validation Results").wait_for(timeout=int(os.environ.get("VALIDATE_WAIT", "600000")))
        text = dialog.inner_text()
        _shot(page, "05-student-validated")
        assert f"test_{entry.function}" in text and "standard deviation" in text
        assert f"test_{RIGHT}(" not in text, "the correct function is reported as failing"
        assert "..." not in "".join(line for line in text.splitlines() if "standard" in line)
        dialog.get_by_role("button").last.click()

        page.locator(".lm-TabBar-tab", has_text="Assignments").click()
        page.locator("#fetched_assignments_list").get_by_role("button", name="Submit").click()
        page.locator("#submitted_assignments_list .item_status").first.wait_for()
        _shot(page, "06-student-submitted")
    inbound = Path(course["env"]["DLBASICS_EXCHANGE_DIR"]) / "improving-deep-networks" / "inbound"
    assert any(inbound.glob(f"*+{ASSIGNMENT}+*")), "no submission reached the exchange"


def test_instructor_grades_and_the_student_reads_the_feedback(course, browser):
    env = course["env"]
    _, entry = _student_sources()
    _run("-m", "autograder", "collect", ASSIGNMENT, env=env)
    _run("-m", "nbgrader", "autograde", ASSIGNMENT, env=env)
    student = next((Path(env["DLBASICS_COURSE_DIR"]) / "autograded").iterdir()).name
    with jupyter_lab("formgrader", env, course["root"] / "formgrader.log") as (base, token):
        page = _page(browser)
        page.goto(f"{base}/lab?token={token}")  # logs in: the formgrader's pages then work
        page.wait_for_selector("#jp-main-dock-panel")
        page.goto(f"{base}/formgrader/manage_submissions/{ASSIGNMENT}")
        row = page.locator("tr", has_text=student)
        row.first.wait_for()
        _shot(page, "07-instructor-sees-the-score")
        score = row.first.inner_text()
        assert re.search(r"\b1(\.0)? / 6(\.0)?\b", score), score
        page.goto(f"{base}/formgrader/gradebook/{ASSIGNMENT}/{ASSIGNMENT}")
        page.locator("a[href*='/formgrader/submissions/']").first.click()
        _formulas_render(page)
        _shot(page, "07b-instructor-reads-the-submission")
    _run("-m", "autograder", "feedback", ASSIGNMENT, env=env)
    with jupyter_lab("lab", env, course["root"] / "student-lab-2.log") as (base, token):
        page = _page(browser)
        page.goto(f"{base}/lab?token={token}")
        _menu(page, "Nbgrader", "Assignment List")
        page.get_by_role("button", name="Fetch Feedback").click()
        feedback = _appears(course["student"], f"{ASSIGNMENT}/feedback/*/{ASSIGNMENT}.html")
        relative = feedback.relative_to(course["student"]).as_posix()
        page.goto(f"{base}/files/{relative}?token={token}")
        opening = " ".join(entry.message.split()[:4])
        verdict = page.locator("pre", has_text="HiddenCheckFailed").filter(has_text=opening)
        verdict.scroll_into_view_if_needed()
        _shot(page, "08-student-reads-the-feedback")
        shown = " ".join(verdict.inner_text().split())
        assert " ".join(entry.message.split()) in shown, shown
        assert verdict.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), \
            "the verdict is wider than its box: part of it is cut off"
        page_text = page.locator("body").inner_text()
        assert "run_hidden_check" not in page_text and "HIDDEN TESTS" not in page_text
        _formulas_render(page)


def _formulas_render(page):
    """MathJax, served by the Jupyter server itself (no CDN here), typeset the formulas."""
    formula = page.locator(".MathJax_CHTML, .MathJax").first
    formula.wait_for(timeout=60_000)
    formula.scroll_into_view_if_needed()
    assert page.evaluate("() => !!(window.MathJax && MathJax.Hub)"), "MathJax did not load"


def test_the_class_report_opens_with_its_plots(browser, tmp_path):
    """The report page alone, from disk, with nothing but itself: its plots show."""
    path = tmp_path / "report.html"
    path.write_text(report.html_page(report.summarize(ASSIGNMENT, sample_class())))
    page = _page(browser)
    page.goto(path.as_uri())
    images = page.locator("img")
    assert images.count() == 3
    for index in range(3):
        image = images.nth(index)
        image.scroll_into_view_if_needed()
        assert image.evaluate("e => e.complete && e.naturalWidth > 100 && e.clientWidth > 100")
    assert page.get_by_text("he_uses_xavier_scale").first.is_visible()
    page.locator("img").first.scroll_into_view_if_needed()
    _shot(page, "09-instructor-reads-the-class-report")

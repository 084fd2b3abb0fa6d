"""The class report: what a class got wrong in an assignment, and why.

Read from what nbgrader keeps with every submission, whichever path graded it: the gradebook
(scores, on SQLite or PostgreSQL) and the autograded notebooks, whose judged cells carry their
verdict as data (``metadata.dlbasics_verdict``, written by
:class:`autograder.preprocessors.JudgeCheckOutputs`).  For each assignment,
:func:`write_report` writes ``reports/<assignment>.html`` (one self-contained page, plots
embedded) and ``reports/<assignment>.csv`` (a row per student and graded test) under the
course folder; :func:`summary_text` is the terminal summary.

A verdict's ``kind`` is one of :data:`autograder.checks.KINDS`, or the outcome that stopped
the notebook before the cell.  A student with no autograded notebook appears too, as "not
submitted"; a notebook that could not be graded, with its outcome.
"""

from __future__ import annotations

import base64
import collections
import csv
import fnmatch
import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from autograder import COURSE_DIR
from autograder.course import course_directory
from autograder.gradebook import notebook_order
from autograder.checks import NAMED, NOT_WRITTEN, PASSED, RAISED, UNNAMED
from autograder.outcomes import GRADED, VERDICT, outcome_of
from autograder.preprocessors import SECONDS

NOT_SUBMITTED = "not submitted"


@dataclass
class Submission:
    """One student's autograded notebook of an assignment, as the report reads it."""

    student: str
    outcome: str  # outcomes.GRADED, a value of outcomes.STOPPED, or NOT_SUBMITTED
    score: float | None = None
    max_score: float | None = None
    seconds: float | None = None
    #: grade_id -> the cell's verdict: {"kind", "function", "misconception", "message"}
    verdicts: dict = field(default_factory=dict)


def read_class(assignment: str, student_glob: str = "*") -> list[Submission]:
    """Every student of the gradebook whose id matches ``student_glob``, in id order."""
    with Gradebook(course_directory().db_url) as gb:
        students = sorted(s.id for s in gb.students if fnmatch.fnmatch(s.id, student_glob))
        found = []
        for student in students:
            try:
                notebook = gb.find_submission_notebook(assignment, assignment, student)
            except MissingEntry:
                found.append(Submission(student, NOT_SUBMITTED))
                continue
            found.append(_read_notebook(assignment, student, notebook.score,
                                        notebook.max_score))
    return found


def _read_notebook(assignment: str, student: str, score, max_score) -> Submission:
    path = COURSE_DIR / "autograded" / student / assignment / f"{assignment}.ipynb"
    if not path.exists():
        return Submission(student, NOT_SUBMITTED, score, max_score)
    nb = nbformat.read(path, as_version=4)
    seconds = nb.metadata.get(SECONDS)
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
        seconds = None
    return Submission(student, outcome_of(nb), score, max_score, seconds,
                      read_verdicts(nb, notebook_order(assignment)))


def read_verdicts(nb, tests: list) -> dict:
    """``{grade_id: verdict}`` of the graded code cells ``tests`` of an autograded notebook.

    The grader writes these (it replaces whatever a submission carried), but the report
    trusts only their expected form: any other cell, or a verdict of another form, is left
    out, so that a notebook cannot add rows or stop the report.
    """
    found = {}
    for cell in nb.cells:
        meta = cell.get("metadata", {})
        nbgrader_meta = meta.get("nbgrader")
        if not isinstance(nbgrader_meta, dict):
            continue
        grade_id, verdict = nbgrader_meta.get("grade_id"), meta.get(VERDICT)
        if (cell.cell_type == "code" and nbgrader_meta.get("grade") and grade_id in tests
                and grade_id not in found and _well_formed(verdict)):
            found[grade_id] = dict(verdict)
    return found


def _well_formed(verdict) -> bool:
    return (isinstance(verdict, dict)
            and set(verdict) == {"kind", "function", "misconception", "message"}
            and all(isinstance(verdict[k], str) for k in ("kind", "function", "message"))
            and isinstance(verdict["misconception"], (str, type(None))))


@dataclass
class Summary:
    """What the report shows of one assignment."""

    assignment: str
    submissions: list
    tests: list  # grade_ids in notebook order
    #: grade_id -> (passed, judged)
    pass_rates: dict
    #: (function, misconception) -> {"message": ..., "students": [...]}, most frequent first
    misconceptions: dict
    #: (function, symptom) -> students, for failures no entry named
    unnamed: dict
    #: outcome or verdict kind that is not about the maths -> students
    tooling: dict


def summarize(assignment: str, submissions: list) -> Summary:
    tests = [t for t in notebook_order(assignment)
             if any(t in s.verdicts for s in submissions)]
    pass_rates = {t: (sum(s.verdicts[t]["kind"] == PASSED for s in submissions
                          if t in s.verdicts),
                      sum(t in s.verdicts for s in submissions)) for t in tests}
    named, unnamed = collections.defaultdict(dict), collections.defaultdict(list)
    tooling = collections.defaultdict(list)
    for s in submissions:
        if s.outcome != GRADED:
            tooling[s.outcome].append(s.student)
        for test in tests:
            v = s.verdicts.get(test)
            if v is None or v["kind"] == PASSED:
                continue
            if v["kind"] == NAMED:
                entry = named[(v["function"], v["misconception"])]
                entry.setdefault("message", v["message"])
                entry.setdefault("students", []).append(s.student)
            elif v["kind"] in (UNNAMED, RAISED):
                unnamed[(v["function"], symptom(v["message"]))].append(s.student)
            elif v["kind"] == NOT_WRITTEN:
                tooling[f"{v['function']}: not written"].append(s.student)
            elif s.outcome == GRADED:  # results missing or invalid, a grader's limit
                tooling[f"{v['function']}: {v['kind']}"].append(s.student)
    by_count = sorted(named.items(), key=lambda item: (-len(item[1]["students"]), item[0]))
    return Summary(assignment, submissions, tests, pass_rates, dict(by_count),
                   dict(sorted(unnamed.items(), key=lambda item: -len(item[1]))),
                   dict(tooling))


def symptom(message: str) -> str:
    """Where and how a failure no entry named shows, from its message: the first sentence,
    numbers replaced by # so that the same failure groups whatever the values."""
    first = re.split(r"(?<=[.:])\s", message.strip(), maxsplit=1)[0]
    return re.sub(r"-?\d+(\.\d+)?(e-?\d+)?", "#", first)[:200]


def summary_text(summary: Summary) -> str:
    """The terminal summary: class size, scores, the misconceptions most frequent first."""
    subs = summary.submissions
    graded = [s for s in subs if s.outcome == GRADED and s.score is not None]
    lines = [f"{summary.assignment}: {len(subs)} students, {len(graded)} graded"]
    if graded:
        mean = sum(s.score for s in graded) / len(graded)
        lines.append(f"  mean score of the graded {mean:.2f} / {graded[0].max_score:g}")
    seconds = [s.seconds for s in subs if s.seconds is not None]
    if seconds:
        lines.append(f"  grading took {sum(seconds) / len(seconds):.1f} s per submission on "
                     f"average, {max(seconds):.1f} s at most")
    for (function, name), info in summary.misconceptions.items():
        share = len(info["students"]) / len(subs)
        lines.append(f"  {len(info['students']):>3} ({share:4.0%})  {name}  ({function})")
    for (function, symptom), students in summary.unnamed.items():
        lines.append(f"  {len(students):>3}         unnamed in {function}: {symptom[:70]}")
    for outcome, students in summary.tooling.items():
        lines.append(f"  {len(students):>3}         {outcome}")
    return "\n".join(lines)


def write_csv(summary: Summary, path: Path) -> None:
    """A row per student and graded test: score, kind, misconception."""
    with open(path, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["student", "outcome", "score", "max_score", "grading_seconds", "test",
                         "function", "verdict", "misconception"])
        for s in summary.submissions:
            if not s.verdicts:
                writer.writerow([s.student, s.outcome, s.score, s.max_score, s.seconds,
                                 "", "", "", ""])
            for test in summary.tests:
                v = s.verdicts.get(test)
                if v is not None:
                    writer.writerow([s.student, s.outcome, s.score, s.max_score, s.seconds,
                                     test, v["function"], v["kind"], v.get("misconception")])


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def _plots(summary: Summary) -> list:
    """(title, base64 PNG) of the score histogram, the pass rates and the misconceptions."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plots = []
    scores = [s.score for s in summary.submissions if s.score is not None]
    if scores:
        figure, axis = plt.subplots(figsize=(6, 3))
        top = max(s.max_score for s in summary.submissions if s.max_score is not None)
        axis.hist(scores, bins=[x - 0.5 for x in range(int(top) + 2)], color="#4878a8",
                  edgecolor="white")
        axis.set_xlabel(f"score (out of {top:g})")
        axis.set_ylabel("students")
        plots.append(("Scores", _png(figure)))
        plt.close(figure)
    if summary.tests:
        figure, axis = plt.subplots(figsize=(6, 0.4 * len(summary.tests) + 1))
        rates = [p / j if j else 0 for p, j in summary.pass_rates.values()]
        axis.barh(summary.tests[::-1], rates[::-1], color="#59a14f")
        axis.set_xlim(0, 1)
        axis.set_xlabel("share of the class that passed")
        plots.append(("Pass rate per graded test", _png(figure)))
        plt.close(figure)
    if summary.misconceptions:
        names = [name for _, name in summary.misconceptions][:15]
        counts = [len(info["students"]) for info in summary.misconceptions.values()][:15]
        figure, axis = plt.subplots(figsize=(6, 0.4 * len(names) + 1))
        axis.barh(names[::-1], counts[::-1], color="#e15759")
        axis.set_xlabel("students")
        plots.append(("Misconceptions, most frequent first", _png(figure)))
        plt.close(figure)
    return plots


def _table(header: list, rows: list) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def html_page(summary: Summary) -> str:
    """One self-contained page: plots as embedded PNGs, no script, no outside resource."""
    subs = summary.submissions
    size = len(subs) or 1
    seconds = [s.seconds for s in subs if s.seconds is not None]
    parts = [f"<h1>Class report: {html.escape(summary.assignment)}</h1>",
             f"<p>{len(subs)} students; {sum(s.outcome == GRADED for s in subs)} graded"
             + (f"; grading took {sum(seconds) / len(seconds):.1f} s per submission on "
                f"average (longest {max(seconds):.1f} s)" if seconds else "") + ".</p>"]
    for title, png in _plots(summary):
        parts.append(f"<figure><img alt='{html.escape(title)}' src='data:image/png;base64,"
                     f"{png}'><figcaption>{html.escape(title)}</figcaption></figure>")
    parts.append("<h2>Misconceptions</h2>")
    parts.append(_table(
        ["students", "share", "misconception", "function", "message students saw", "who"],
        [(len(i["students"]), f"{len(i['students']) / size:.0%}", name, function,
          i["message"], ", ".join(i["students"]))
         for (function, name), i in summary.misconceptions.items()]))
    parts.append("<h2>Failures no catalog entry named (candidates for new entries)</h2>")
    parts.append(_table(["students", "function", "where and how", "who"],
                        [(len(w), f, symptom, ", ".join(w))
                         for (f, symptom), w in summary.unnamed.items()]))
    parts.append("<h2>Not about the maths: tooling, limits, unwritten functions</h2>")
    parts.append(_table(["students", "outcome", "who"],
                        [(len(w), outcome, ", ".join(w))
                         for outcome, w in summary.tooling.items()]))
    parts.append("<h2>Pass rate per graded test</h2>")
    parts.append(_table(["test", "passed", "judged"],
                        [(t, p, j) for t, (p, j) in summary.pass_rates.items()]))
    style = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
             "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
             "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
             "figure{display:inline-block;margin:0 1em 1em 0}")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Class report: "
            f"{html.escape(summary.assignment)}</title><style>{style}</style></head><body>"
            + "\n".join(parts) + "</body></html>\n")


def write_report(assignment: str, student_glob: str = "*") -> tuple[Summary, Path]:
    """Write ``reports/<assignment>.{html,csv}`` under the course folder."""
    summary = summarize(assignment, read_class(assignment, student_glob))
    folder = COURSE_DIR / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"{assignment}.html"
    page.write_text(html_page(summary))
    write_csv(summary, folder / f"{assignment}.csv")
    return summary, page

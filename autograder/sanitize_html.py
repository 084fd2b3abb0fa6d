"""``SanitizeStudentHTML``: nothing a student's notebook holds runs in a reader's browser.

The formgrader shows the autograded notebook to the instructor and ``generate_feedback`` turns
it into the student's feedback page, both through nbconvert's HTML templates.
``HTMLExporter.sanitize_html`` cleans ``text/html`` outputs, but not Markdown cells in
nbgrader's feedback template nor the output metadata the templates write into attributes
(an image ``width`` of ``1 onerror=...`` becomes an event handler).  This preprocessor runs in
autograde, before the notebook is saved, and keeps only what renders safely:

* Markdown cells a student wrote (the release's locked cells are the instructor's): if their
  rendering holds anything ``clean_html`` (bleach) would remove -- raw HTML, a
  ``javascript:`` link -- the cell is replaced by its cleaned rendering;
* outputs: only plain text, HTML (cleaned the same way), PNG and JPEG data; output metadata
  only as integer ``width``/``height`` of an image.
"""

from __future__ import annotations

from nbconvert.filters import clean_html
from nbconvert.filters.markdown_mistune import markdown2html_mistune
from nbgrader.preprocessors import NbGraderPreprocessor

KEPT_DATA = ("text/plain", "text/html", "image/png", "image/jpeg")
IMAGES = ("image/png", "image/jpeg")


def _image_size(metadata) -> dict:
    kept = {}
    for mimetype in IMAGES:
        size = metadata.get(mimetype) if isinstance(metadata, dict) else None
        if isinstance(size, dict):
            dims = {k: v for k, v in size.items() if k in ("width", "height")
                    and isinstance(v, int) and not isinstance(v, bool) and 0 < v < 100_000}
            if dims:
                kept[mimetype] = dims
    return kept


def sanitize_output(output) -> None:
    """Clean one output in place."""
    if "data" in output:
        data = {k: v for k, v in output["data"].items() if k in KEPT_DATA}
        if "text/html" in data:
            html = data["text/html"]
            data["text/html"] = clean_html("".join(html) if isinstance(html, list) else html)
        output["data"] = data
    if "metadata" in output:
        output["metadata"] = _image_size(output["metadata"])


class SanitizeStudentHTML(NbGraderPreprocessor):
    """Clean Markdown cells and outputs so that no student HTML or script survives."""

    def preprocess_cell(self, cell, resources, index):
        locked = cell.get("metadata", {}).get("nbgrader", {}).get("locked")
        if cell.cell_type == "markdown" and not locked:
            rendered = markdown2html_mistune(cell.source)
            cleaned = clean_html(rendered)
            if cleaned != rendered:
                cell.source = cleaned
        for output in cell.get("outputs", []):
            sanitize_output(output)
        return cell, resources

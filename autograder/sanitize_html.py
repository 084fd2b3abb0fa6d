"""``SanitizeStudentHTML``: nothing a student's notebook holds runs in a reader's browser.

The formgrader shows the autograded notebook to the instructor and ``generate_feedback`` turns
it into the student's feedback page, both through nbconvert's HTML templates, which render
Markdown cells as they are and write some output metadata into attributes (an image
``width`` of ``1 onerror=...`` becomes an event handler).  This preprocessor runs in autograde,
before the notebook is saved, and keeps only what renders safely:

* Markdown cells a student wrote (the release's locked cells are the instructor's): they are
  rendered as the templates would; if the HTML holds a tag outside a small allow-list, an
  event-handler attribute, or a link or image whose scheme is not http(s), mailto, attachment
  or an inline picture, the cell shows its text verbatim in a code block instead;
* outputs: only plain text, HTML (cleaned by nbconvert's ``clean_html``), PNG and JPEG data;
  output metadata only as integer ``width``/``height`` of an image.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from nbconvert.filters import clean_html
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from nbgrader.preprocessors import NbGraderPreprocessor

KEPT_DATA = ("text/plain", "text/html", "image/png", "image/jpeg")
IMAGES = ("image/png", "image/jpeg")
SAFE_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "ul", "ol",
             "li", "a", "img", "blockquote", "br", "hr", "table", "thead", "tbody", "tr", "th",
             "td", "span", "div", "del", "sup", "sub", "b", "i"}
SAFE_ATTRIBUTES = {"href", "src", "alt", "title", "class", "id", "align", "style"}
SAFE_URL = re.compile(r"^(https?:|mailto:|attachment:|data:image/(png|jpeg|gif);|#|[^:]*$)")


class _Inspector(HTMLParser):
    """Collects whatever in rendered Markdown could run script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.unsafe: list = []

    def handle_starttag(self, tag, attrs):
        if tag not in SAFE_TAGS:
            self.unsafe.append(tag)
        for name, value in attrs:
            url = re.sub(r"[\x00-\x20]", "", html.unescape(value or "")).lower()
            if name not in SAFE_ATTRIBUTES or (name in ("href", "src") and not SAFE_URL.match(url)):
                self.unsafe.append(f"{tag} {name}")
            if name == "style" and ("url(" in url or "expression" in url):
                self.unsafe.append(f"{tag} style")


def unsafe_markdown(source: str, attachments: dict) -> list:
    """What in ``source``, rendered as nbconvert renders it, could run script (empty: nothing)."""
    try:
        renderer = IPythonRenderer(escape=False, attachments=attachments or {})
        rendered = MarkdownWithMath(renderer=renderer).render(source)
    except Exception as err:  # noqa: BLE001 (a cell nbconvert cannot render is not shown as-is)
        return [f"unrenderable ({type(err).__name__})"]
    inspector = _Inspector()
    inspector.feed(rendered)
    return inspector.unsafe


def verbatim(source: str) -> str:
    """``source`` as a fenced code block that no backtick run inside it can close."""
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", source)), default=0))
    return f"{fence}text\n{source}\n{fence}"


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
            text = data["text/html"]
            data["text/html"] = clean_html("".join(text) if isinstance(text, list) else text)
        output["data"] = data
    if "metadata" in output:
        output["metadata"] = _image_size(output["metadata"])


class SanitizeStudentHTML(NbGraderPreprocessor):
    """Neutralize student Markdown and outputs that could run script in a reader's browser."""

    def preprocess_cell(self, cell, resources, index):
        locked = cell.get("metadata", {}).get("nbgrader", {}).get("locked")
        if cell.cell_type == "markdown" and not locked:
            unsafe = unsafe_markdown(cell.source, cell.get("attachments", {}))
            if unsafe:
                self.log.warning("%s: a Markdown cell is shown as text (it held %s)",
                                 resources["nbgrader"]["student"], ", ".join(unsafe[:3]))
                cell.source = verbatim(cell.source)
                cell.pop("attachments", None)
        for output in cell.get("outputs", []):
            sanitize_output(output)
        return cell, resources

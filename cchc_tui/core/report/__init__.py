"""The report a clerk hands in, in every form it is pasted or opened in.

``build_report`` (or ``build_notice`` for one unit) computes the content once; ``render``
lays it out in one form. Each form lives in its own module, imported only when asked
for: the text a terminal prints never loads python-docx or XlsxWriter.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cchc_tui.core.report.build import build_report
    from cchc_tui.core.report.content import Document
    from cchc_tui.core.report.notice import build_notice

__all__ = [
    "BINARY_FORMATS",
    "EXTENSIONS",
    "FORMATS",
    "TEXT_FORMATS",
    "build_notice",
    "build_report",
    "format_for",
    "render",
]

# Forms printed as text (and shown in the TUI), then files for Word and Excel.
TEXT_FORMATS = ("text", "markdown", "csv", "tsv", "html", "json")
BINARY_FORMATS = ("docx", "xlsx")
FORMATS = (*TEXT_FORMATS, *BINARY_FORMATS)
EXTENSIONS = {
    "text": "txt",
    "markdown": "md",
    "csv": "csv",
    "tsv": "tsv",
    "html": "html",
    "json": "json",
    "docx": "docx",
    "xlsx": "xlsx",
}

# format -> (module, function); the function takes the document and returns str or bytes.
_RENDERERS = {
    "text": ("text", "render_text"),
    "markdown": ("markdown", "render_markdown"),
    "csv": ("delimited", "render_csv"),
    "tsv": ("delimited", "render_tsv"),
    "html": ("html_page", "render_html"),
    "json": ("json_data", "render_json"),
    "docx": ("docx_document", "render_docx"),
    "xlsx": ("xlsx_workbook", "render_xlsx"),
}


# The builders, imported on first use: the command line builds its parser (and the TUI
# starts) without the dozen modules that compute a report.
_BUILDERS = {"build_report": "build", "build_notice": "notice"}


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        return getattr(import_module(f"cchc_tui.core.report.{_BUILDERS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render(document: Document, fmt: str, width: int | None = None) -> str | bytes:
    """``document`` in the form ``fmt``: text for the text forms, bytes for docx and xlsx.

    ``width`` wraps the text form at a terminal's width; the other forms ignore it.
    """
    module, function = _RENDERERS[fmt]
    renderer = getattr(import_module(f"cchc_tui.core.report.{module}"), function)
    return renderer(document, width) if fmt == "text" else renderer(document)


def format_for(file_name: str, default: str) -> str:
    """The form a file name asks for by its extension (".docx" -> "docx"), else ``default``."""
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    return next((fmt for fmt, ext in EXTENSIONS.items() if ext == extension), default)

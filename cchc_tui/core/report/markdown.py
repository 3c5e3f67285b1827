"""The report as Markdown: headings, paragraphs, numbered lists and pipe tables.

Text from the data is inert: HTML is turned into entities (a ``<script>`` in a note is
shown, never run) and the characters Markdown acts on are escaped, so a name or a note
can neither add markup nor split a table's cell.
"""

from __future__ import annotations

import re

from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import Document, Reach, Table, cell_text
from cchc_tui.core.report.walk import Part, document_parts

REACH = Reach.OFFICE
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_INLINE = re.compile(r"[\\`*_\[\]|~&<>]")
# What would make a line a heading, a quote, a list item or a rule, at its start.
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#>+=.)-])")


def escape(text: str) -> str:
    """``text`` shown as it is, whatever Markdown (or HTML) it holds."""
    inline = _INLINE.sub(lambda m: _ENTITIES.get(m.group(), "\\" + m.group()), text)
    return _LINE_START.sub(r"\1\\\2", inline, count=1)


def render_markdown(document: Document) -> str:
    blocks = [_block(part, document) for part in document_parts(document.shown_to(REACH))]
    return "\n\n".join(blocks) + "\n"


# How each part of the report reads in Markdown; {text} and {number} come escaped.
TEMPLATES = {
    "title": "# {text}",
    "subtitle": "*{text}*",
    "heading": "## {number}. {text}",
    "caption": "### {text}",
    "paragraph": "{text}",
}


def _block(part: Part, document: Document) -> str:
    if part.kind in TEMPLATES:
        return TEMPLATES[part.kind].format(text=escape(part.text), number=escape(part.number))
    if part.kind == "entries":
        return "\n".join(f"{n}. {escape(item)}" for n, item in enumerate(part.items, 1))
    assert part.table is not None
    return _table(part.table, t("col.no", document.lang))


def _table(table: Table, number_title: str) -> str:
    titles = [column.title for column in table.columns]
    rows = [[cell_text(value) for value in row] for row in table.rows]
    if table.numbered:
        titles = [number_title, *titles]
        rows = [[str(n), *row] for n, row in enumerate(rows, 1)]
    aligns = ["---:"] * table.numbered + [
        "---:" if column.kind == "number" else "---" for column in table.columns
    ]
    return "\n".join([_row(titles), f"|{'|'.join(aligns)}|", *(_row(row) for row in rows)])


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(escape(cell) for cell in cells) + " |"

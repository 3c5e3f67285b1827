"""The report read from top to bottom as a run of parts (title, heading, paragraph, list,
table), so that each page form only says how a part looks, never what comes next."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import (
    Document,
    Entries,
    Paragraph,
    Section,
    Table,
    numbered_sections,
)

PartKind = Literal["title", "subtitle", "heading", "caption", "paragraph", "entries", "table"]


@dataclass(frozen=True, slots=True)
class Part:
    kind: PartKind
    text: str = ""
    items: tuple[str, ...] = ()
    table: Table | None = None
    number: str = field(default="")  # a heading's "I", "PHỤ LỤC I"
    appendix: bool = False  # a heading that opens an appendix


def document_parts(document: Document) -> Iterator[Part]:
    """The whole report: title, as-of line, lead, then every numbered section."""
    yield Part("title", document.title)
    as_of = format_date(document.as_of)
    yield Part("subtitle", t("doc.as_of", document.lang, number=document.plan_number, date=as_of))
    for paragraph in document.lead:
        yield Part("paragraph", paragraph.text)
    for number, section in numbered_sections(document):
        yield Part("heading", section.title, number=number, appendix=section.appendix)
        yield from section_parts(section)


def section_parts(section: Section) -> Iterator[Part]:
    """A section's blocks; a table gets a caption unless it is the section's one table, and
    its "empty" sentence instead of a table without rows."""
    for block in section.blocks:
        if isinstance(block, Paragraph):
            yield Part("paragraph", block.text)
        elif isinstance(block, Entries):
            yield Part("entries", items=block.items)
        elif isinstance(block, Table):
            if block.name != section.title:
                yield Part("caption", block.name)
            if block.rows:
                yield Part("table", table=block)
                yield from (Part("paragraph", note) for note in block.footnotes)
            else:
                yield Part("paragraph", block.empty)

"""What a report says, before any form lays it out.

A report is a ``Document``: a letterhead, a lead paragraph, then sections of paragraphs,
numbered entries and tables. Each form (text, markdown, html, csv, json, docx, xlsx)
renders these few blocks and nothing else, so a new section is one function that
returns a ``Section`` and every form shows it.

Cells keep their type (text, whole number, date) so that a spreadsheet gets real date
cells, a CSV ISO dates and a page DD/MM/YYYY. ``Reach`` says who a part is for: the
document sent out, the office's own tracking, or the raw data of a spreadsheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import IntEnum
from typing import Literal

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Plan, PlanRecords
from cchc_tui.core.summary import UnitRow
from cchc_tui.core.text import one_line

Cell = str | int | date | None
CellKind = Literal["text", "number", "date"]


class Reach(IntEnum):
    """How far a part of the report travels; a form shows the parts up to its own reach."""

    SENT = 0  # the document the office hands in (docx)
    OFFICE = 1  # the office's own view: deadlines, countdowns, overdue work (text, pages)
    DATA = 2  # every recorded date, for spreadsheets and programs (xlsx, csv, json)


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    kind: CellKind = "text"
    width: int = 12  # in characters, roughly: spreadsheets and Word size columns by it
    reach: Reach = Reach.SENT


@dataclass(frozen=True, slots=True)
class Table:
    """Rows under titled columns; ``entries`` says the same rows as sentences for text
    that is pasted (a sentence per row, built from the cells when not given). Only the
    text form says them, so they may be given as a function, called when it asks."""

    name: str  # a short title: a sheet's name, the CSV's table
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    entries: tuple[str, ...] | Callable[[], tuple[str, ...]] = ()
    empty: str = ""  # said instead of a table without rows
    reach: Reach = Reach.SENT
    numbered: bool = True  # a "TT" column (or "1." before each sentence) counts the rows
    # Said under the rows: what a mark in them means ("(*) Đơn vị không được nêu tên …").
    footnotes: tuple[str, ...] = ()

    def shown_to(self, reach: Reach) -> Table:
        """The table with only the columns that travel as far as ``reach``."""
        keep = [n for n, column in enumerate(self.columns) if column.reach <= reach]
        if len(keep) == len(self.columns):
            return self
        return replace(
            self,
            columns=tuple(self.columns[n] for n in keep),
            rows=tuple(tuple(row[n] for n in keep) for row in self.rows),
        )

    def sentences(self) -> tuple[str, ...]:
        said = self.entries() if callable(self.entries) else self.entries
        return said or tuple(_sentence(self.columns, row) for row in self.rows)


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    reach: Reach = Reach.SENT


@dataclass(frozen=True, slots=True)
class Entries:
    """A numbered list of sentences."""

    items: tuple[str, ...]
    reach: Reach = Reach.SENT


Block = Paragraph | Entries | Table


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    reach: Reach = Reach.SENT
    appendix: bool = False  # after the signature, on its own pages, in a document

    def shown_to(self, reach: Reach) -> Section:
        blocks = tuple(
            block.shown_to(reach) if isinstance(block, Table) else block
            for block in self.blocks
            if block.reach <= reach
        )
        return replace(self, blocks=blocks)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The parts of an official document around its body (Nghị định 30/2020, Phụ lục I).

    ``…`` marks a blank the clerk fills in by hand: the number, the signing day.
    """

    parent: str  # the body above the issuer, or ""
    body: tuple[str, ...]  # the issuer, upper case, a line each
    number: str  # "Số: …/BC-UBND"
    place_date: str  # "Bình Giang, ngày … tháng … năm 2023"
    kind: str  # "BÁO CÁO"
    subject: str  # "Kết quả kiểm tra công tác cải cách hành chính năm 2023"
    recipients: tuple[str, ...]  # "- Sở Nội vụ tỉnh Hải Dương;" … "- Lưu: VT."
    signer: tuple[str, ...]
    signer_name: str
    attachment: str  # under an appendix's title: "(Kèm theo Báo cáo số …)"


@dataclass(frozen=True, slots=True)
class Document:
    lang: Lang
    letterhead: Letterhead
    lead: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    plan: Plan
    rows: tuple[UnitRow, ...]  # the units reported on, for the forms that give raw data
    as_of: date
    main_table: str  # the ``Table.name`` that a CSV holds
    file_stem: str  # a file name without extension: "bao-cao-96-kh-ubnd-2023-09-20"
    records: PlanRecords = field(default_factory=PlanRecords)  # the team, the body's TTHC

    @property
    def plan_number(self) -> str:
        return one_line(self.plan.number)

    @property
    def title(self) -> str:
        """The title on one line, for forms without a letterhead."""
        return f"{self.letterhead.kind} {self.letterhead.subject.upper()}"

    def shown_to(self, reach: Reach) -> Document:
        sections = tuple(s.shown_to(reach) for s in self.sections if s.reach <= reach)
        lead = tuple(p for p in self.lead if p.reach <= reach)
        return replace(self, lead=lead, sections=sections)

    def tables(self) -> list[Table]:
        return [block for s in self.sections for block in s.blocks if isinstance(block, Table)]


def cell_text(value: Cell) -> str:
    """A cell as people read it: dates DD/MM/YYYY, nothing for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _sentence(columns: tuple[Column, ...], row: tuple[Cell, ...]) -> str:
    """ "first cell — column: value; column: value." for a table given no sentences."""
    first, *rest = (cell_text(value) for value in row)
    parts = [
        f"{column.title}: {text}" for column, text in zip(columns[1:], rest, strict=True) if text
    ]
    return f"{first} — {'; '.join(parts)}." if parts else f"{first}."


# A paragraph names at most this many units; the appendix lists them all.
NAMES_IN_A_SENTENCE = 20


def named(names: list[str], lang: Lang) -> str:
    """Names joined by commas, the first few only when there are many."""
    if len(names) <= NAMES_IN_A_SENTENCE:
        return ", ".join(names)
    shown = ", ".join(names[:NAMES_IN_A_SENTENCE])
    return t("report.names_more", lang, names=shown, more=len(names) - NAMES_IN_A_SENTENCE)


def roman(number: int) -> str:
    """I, II, III, IV …: how an administrative document numbers its parts."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    said = ""
    for value, numeral in numerals:
        while number >= value:
            said += numeral
            number -= value
    return said


def numbered_sections(document: Document) -> list[tuple[str, Section]]:
    """Each section with its number: "I", "II" … in the body, "PHỤ LỤC I" … after it."""
    body = [s for s in document.sections if not s.appendix]
    appendices = [s for s in document.sections if s.appendix]
    return [
        *((roman(n), s) for n, s in enumerate(body, 1)),
        *(
            (t("doc.appendix", document.lang, number=roman(n)), s)
            for n, s in enumerate(appendices, 1)
        ),
    ]

"""The report as an Excel workbook: one sheet per table, every recorded date included.

Each sheet starts with a title row (plan number, the table, the as-of day), then a
header row that stays in view (frozen, filterable, repeated on printed pages). Dates are
real date cells shown DD/MM/YYYY, counts are numbers, and text is always written as
text: a name typed as ``=HYPERLINK(…)`` stays those characters, never a formula.
XlsxWriter is imported here, when a workbook is asked for.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import datetime, time
from typing import Any

import xlsxwriter

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import Document, Reach, Table
from cchc_tui.core.report.xml_text import xml_safe

REACH = Reach.DATA
# Excel's own limits: a sheet's name, a cell's text.
SHEET_NAME_LIMIT = 31
CELL_LIMIT = 32_767
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
WIDEST_COLUMN = 60
A4 = 9
LINE_HEIGHT = 16  # points, for 12 pt Times New Roman


def render_xlsx(document: Document) -> bytes:
    shown = document.shown_to(REACH)
    buffer = io.BytesIO()
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    with xlsxwriter.Workbook(buffer, options) as book:
        book.set_properties({"title": shown.title, "subject": shown.plan_number})
        styles = _styles(book)
        used: set[str] = set()
        for table in shown.tables():
            _sheet(book, table, shown, styles, _sheet_name(table.name, used))
    return buffer.getvalue()


def _styles(book: Any) -> dict[str, Any]:
    # No cell borders: Excel's gridlines show the grid and are printed (hide_gridlines(0));
    # empty cells are then simply not written, as a bare script would not write them.
    base = {"font_name": "Times New Roman", "font_size": 12, "valign": "top"}
    return {
        "title": book.add_format({**base, "bold": True, "font_size": 13}),
        "header": book.add_format(
            {**base, "bold": True, "text_wrap": True, "align": "center", "bg_color": "#EDEDED"}
        ),
        "text": book.add_format({**base, "text_wrap": True}),
        "note": book.add_format({**base, "italic": True}),
        "number": book.add_format({**base, "align": "center"}),
        "date": book.add_format({**base, "align": "center", "num_format": "dd/mm/yyyy"}),
    }


def _sheet_name(title: str, used: set[str]) -> str:
    """A name Excel accepts: short, none of []:*?/\\, unique in the workbook."""
    base = _NOT_IN_SHEET_NAMES.sub(" ", title).strip(" '")[:SHEET_NAME_LIMIT].rstrip(" '")
    base = base or "Sheet"
    name, n = base, 1
    while name.lower() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
    used.add(name.lower())
    return name


def _sheet(book: Any, table: Table, document: Document, styles: dict[str, Any], name: str) -> None:
    sheet = book.add_worksheet(name)
    title = t(
        "report.sheet_title",
        document.lang,
        number=document.plan_number,
        title=table.name,
        date=format_date(document.as_of),
    )
    sheet.write_string(0, 0, xml_safe(title), styles["title"])
    titles = [column.title for column in table.columns]
    kinds = [column.kind for column in table.columns]
    widths = [min(max(column.width, 10), WIDEST_COLUMN) for column in table.columns]
    if table.numbered:
        titles, kinds, widths = (
            [t("col.no", document.lang), *titles],
            ["number", *kinds],
            [5, *widths],
        )
    for col, (heading, width) in enumerate(zip(titles, widths, strict=True)):
        sheet.write_string(1, col, xml_safe(heading), styles["header"])
        sheet.set_column(col, col, width)
    sheet.set_row(1, LINE_HEIGHT * _lines(titles, list(enumerate(widths))))
    writers = [_writer(sheet, kind, styles[kind]) for kind in kinds]
    text_columns = [(n, widths[n]) for n, kind in enumerate(kinds) if kind == "text"]
    for row_number, values in enumerate(table.rows, 2):
        cells = (row_number - 1, *values) if table.numbered else values
        for col, value in enumerate(cells):
            if value is not None and value != "":
                writers[col](row_number, col, value)
        lines = _lines(cells, text_columns)
        if lines > 1:
            sheet.set_row(row_number, LINE_HEIGHT * lines)
    last_row = max(len(table.rows) + 1, 1)
    for offset, note in enumerate(table.footnotes, 2):
        sheet.write_string(last_row + offset, 0, xml_safe(note), styles["note"])
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, last_row, len(titles) - 1)
    sheet.repeat_rows(1)
    sheet.hide_gridlines(0)  # gridlines on screen and on the printed page
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)


def _lines(cells: Any, columns: list[tuple[int, int]]) -> int:
    """How many lines the longest text of a row wraps to in its column (index, width):
    neither Excel nor LibreOffice grows a row to fit text a program wrote."""
    lines = 1
    for n, width in columns:
        text = cells[n]
        if text and len(text) >= width:
            lines = max(lines, len(text) // max(width - 1, 1) + 1)
    return lines


def _writer(sheet: Any, kind: str, style: Any) -> Callable[[int, int, Any], Any]:
    """How a column's cells are written: dates as dates, numbers as numbers, and text always
    as text (never a formula, never cut but at Excel's 32,767 characters)."""
    if kind == "date":
        return lambda row, col, day: sheet.write_datetime(
            row, col, datetime.combine(day, time()), style
        )
    if kind == "number":
        return lambda row, col, number: sheet.write_number(row, col, number, style)
    return lambda row, col, text: sheet.write_string(
        row, col, xml_safe(str(text))[:CELL_LIMIT], style
    )

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
from datetime import date, datetime, time
from typing import Any

import xlsxwriter

from cchc_tui.core.dates import format_date
from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import Document, Reach, Table, xml_safe

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
    base = {"font_name": "Times New Roman", "font_size": 12, "valign": "top"}
    cell = {**base, "border": 1}
    return {
        "title": book.add_format({**base, "bold": True, "font_size": 13}),
        "header": book.add_format(
            {**cell, "bold": True, "text_wrap": True, "align": "center", "bg_color": "#EDEDED"}
        ),
        "text": book.add_format({**cell, "text_wrap": True}),
        "number": book.add_format({**cell, "align": "center"}),
        "date": book.add_format({**cell, "align": "center", "num_format": "dd/mm/yyyy"}),
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
    sheet.set_row(1, _height(titles, widths))
    for row_number, values in enumerate(table.rows, 2):
        cells = (row_number - 1, *values) if table.numbered else values
        for col, (kind, value) in enumerate(zip(kinds, cells, strict=True)):
            _write(sheet, row_number, col, kind, value, styles)
        sheet.set_row(row_number, _height(cells, widths))
    last_row = max(len(table.rows) + 1, 1)
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, last_row, len(titles) - 1)
    sheet.repeat_rows(1)
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)


def _height(cells: Any, widths: list[int]) -> float:
    """The row's height for its longest wrapped text: neither Excel nor LibreOffice grows
    a row to fit text written by a program, so the lines are counted here."""
    lines = max(
        (
            -(-len(value) // max(width - 1, 1))
            for value, width in zip(cells, widths, strict=True)
            if isinstance(value, str)
        ),
        default=1,
    )
    return LINE_HEIGHT * max(lines, 1)


def _write(sheet: Any, row: int, col: int, kind: str, value: Any, styles: dict[str, Any]) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, styles[kind])
    elif isinstance(value, date):
        sheet.write_datetime(row, col, datetime.combine(value, time()), styles["date"])
    elif isinstance(value, int):
        sheet.write_number(row, col, value, styles["number"])
    else:
        # Excel holds at most 32,767 characters in a cell; longer text is cut there.
        sheet.write_string(row, col, xml_safe(str(value))[:CELL_LIMIT], styles["text"])

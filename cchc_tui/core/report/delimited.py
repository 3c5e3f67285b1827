"""The report's main table as CSV or TSV, for Excel and for programs alike.

- UTF-8 with a byte order mark: Excel on Windows (and LibreOffice's default import) then
  reads Vietnamese as Vietnamese, not "XÃ£ Há»“ng KhÃª".
- CRLF line ends, as RFC 4180 and Excel expect.
- Dates as YYYY-MM-DD, the one form no locale reads as another day (05/10 is 10 May in
  en-US); every program and every Excel parses it.
- A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading ``'`` (the OWASP rule against CSV injection): Excel shows it as text, never runs
  it as a formula, and the text stays readable. Numbers are written as numbers.
- The plan number and the as-of day are two more columns of every row, not a title line
  above the header: a line above would break the header row that Excel's filters,
  pandas and ``csv.DictReader`` all take from the first line.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import Cell, Document, Reach

REACH = Reach.DATA
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Cell) -> str:
    """A cell as CSV text: ISO dates, and text that no spreadsheet will evaluate."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _render(document: Document, delimiter: str) -> str:
    shown = document.shown_to(REACH)
    table = next(table for table in shown.tables() if table.name == shown.main_table)
    lang = shown.lang
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    extra = [t("report.col.plan", lang), t("report.col.as_of", lang)]
    numbered = [t("col.no", lang)] if table.numbered else []
    writer.writerow(
        [neutralised(v) for v in (*numbered, *(c.title for c in table.columns), *extra)]
    )
    for n, row in enumerate(table.rows, 1):
        number = [str(n)] if table.numbered else []
        cells = [neutralised(value) for value in (*row, shown.plan_number, shown.as_of)]
        writer.writerow([*number, *cells])
    return BOM + buffer.getvalue()


def render_csv(document: Document) -> str:
    return _render(document, ",")


def render_tsv(document: Document) -> str:
    return _render(document, "\t")

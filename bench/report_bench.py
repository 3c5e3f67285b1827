"""The report as files at national size: Word and Excel of a 10,000-unit plan.

python bench/report_bench.py [--units N] [--rounds R] [--smoke]

Measured: what `cchc-tui summary -f docx|xlsx` does once the plan is loaded, in process:
build the report and lay it out (letterhead, styles, every table). Baseline: a bare script
writing the same tables' rows (the same cells, computed beforehand) with the same library
and nothing else: python-docx tables in the "Table Grid" style; one XlsxWriter sheet per
table, dates as date cells. At most 3 A/B pairs: at 10,000 units a Word file takes a
minute to lay out, with python-docx as with the bare script.
"""

from __future__ import annotations

import io
import sys
from datetime import date, datetime, time
from typing import Any

from harness import AS_OF, BENCH_USER, Row, Settings, Workspace, ratio_figure, run_script, timed

from cchc_tui.core.report import build_report, render
from cchc_tui.core.report.content import Cell, Document, Reach, cell_text
from cchc_tui.store import Store

MAX_ROUNDS = 3
Rows = list[tuple[str, list[str], list[list[Cell]]]]


def tables(document: Document, reach: Reach) -> Rows:
    """Each table the form shows: its name, titles and rows, numbered as the report numbers them."""
    return [
        (
            table.name,
            ["TT", *(column.title for column in table.columns)],
            [[n, *row] for n, row in enumerate(table.rows, 1)],
        )
        for table in document.shown_to(reach).tables()
    ]


def bare_docx(rows: Rows) -> bytes:
    import docx

    word = docx.Document()
    for name, titles, cells in rows:
        word.add_paragraph(name)
        table = word.add_table(rows=1, cols=len(titles))
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, titles, strict=True):
            cell.text = title
        for values in cells:
            for cell, value in zip(table.add_row().cells, values, strict=True):
                cell.text = cell_text(value)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def bare_xlsx(rows: Rows) -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as book:
        dates = book.add_format({"num_format": "dd/mm/yyyy"})
        for name, titles, cells in rows:
            sheet = book.add_worksheet(name[:31].strip())
            sheet.write_row(0, 0, titles)
            for number, values in enumerate(cells, 1):
                for col, value in enumerate(values):
                    _write(sheet, number, col, value, dates)
    return buffer.getvalue()


def _write(sheet: Any, row: int, col: int, value: Cell, dates: Any) -> None:
    if isinstance(value, date):
        sheet.write_datetime(row, col, datetime.combine(value, time()), dates)
    elif value is not None:
        sheet.write(row, col, value)


def _files(workspace: Workspace, settings: Settings) -> list[Row]:
    snapshot = Store(workspace.data_file(settings.units), BENCH_USER).load()
    document = build_report(snapshot, AS_OF, "vi")
    rounds = settings.capped(MAX_ROUNDS)
    figures: list[Row] = []
    for fmt, reach, bare in (("docx", Reach.SENT, bare_docx), ("xlsx", Reach.DATA, bare_xlsx)):
        rows = tables(document, reach)
        comparison = rounds.comparing(
            timed(lambda fmt=fmt: render(build_report(snapshot, AS_OF, "vi"), fmt)),
            timed(lambda bare=bare, rows=rows: bare(rows)),
        )
        cells = sum(len(cells) * len(titles) for _, titles, cells in rows)
        name = f"`summary --format {fmt}` at {settings.units} units ({cells:,} cells), in process"
        figures.append(ratio_figure(name, comparison, 1.5, "s"))
    return figures


BENCHMARKS = (_files,)

if __name__ == "__main__":
    sys.exit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))

"""The report as one standalone HTML page that prints on A4 (and opens in Word).

Everything from the data is escaped. Print styles: bordered tables whose header row
repeats on each page, dates that never break across lines, Times New Roman as the
documents of Nghị định 30/2020 use.
"""

from __future__ import annotations

from html import escape

from cchc_tui.core.i18n import t
from cchc_tui.core.report.content import Document, Reach, Table, cell_text
from cchc_tui.core.report.walk import Part, document_parts

REACH = Reach.OFFICE

STYLE = """\
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35;
       margin: 0 auto; color: #000; }
section.part, h1, .as-of, body > p { max-width: 165mm; margin-left: auto; margin-right: auto; }
h1 { font-size: 14pt; text-align: center; margin: 0; }
.as-of { text-align: center; font-style: italic; margin-top: 0.3em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; }
h3 { font-size: 13pt; font-style: italic; font-weight: normal; margin: 0.8em 0 0.3em; }
p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
ol { margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 0.3em 0 0.8em; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
th { text-align: center; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.number { text-align: right; }
td.date, td.number { white-space: nowrap; }
@page landscape { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
section.appendix { page: landscape; break-before: page; max-width: none; }
section.appendix table { font-size: 10pt; }
"""


def render_html(document: Document) -> str:
    shown = document.shown_to(REACH)
    blocks = []
    opened = False
    for part in document_parts(shown):
        if part.kind == "heading":
            # Each part in its own <section>: appendices print on landscape pages.
            blocks += ["</section>"] * opened
            blocks.append(f'<section class="{"appendix" if part.appendix else "part"}">')
            opened = True
        blocks.append(_block(part, shown))
    blocks += ["</section>"] * opened
    body = "\n".join(blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{shown.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(shown.title)} — {escape(shown.plan_number)}</title>\n"
        f"<style>\n{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# How each part of the report reads in HTML; {text}, {upper} and {number} come escaped.
TEMPLATES = {
    "title": "<h1>{text}</h1>",
    "subtitle": '<p class="as-of">{text}</p>',
    "heading": "<h2>{number}. {upper}</h2>",
    "caption": "<h3>{text}</h3>",
    "paragraph": "<p>{text}</p>",
}


def _block(part: Part, document: Document) -> str:
    if part.kind in TEMPLATES:
        return TEMPLATES[part.kind].format(
            text=escape(part.text), upper=escape(part.text.upper()), number=escape(part.number)
        )
    if part.kind == "entries":
        return "<ol>\n" + "".join(f"<li>{escape(item)}</li>\n" for item in part.items) + "</ol>"
    assert part.table is not None
    return _table(part.table, t("col.no", document.lang))


def _table(table: Table, number_title: str) -> str:
    titles = [number_title] * table.numbered + [column.title for column in table.columns]
    head = "".join(f"<th>{escape(title)}</th>" for title in titles)
    kinds = ["number"] * table.numbered + [column.kind for column in table.columns]
    rows = []
    for n, row in enumerate(table.rows, 1):
        values = [str(n)] * table.numbered + [cell_text(value) for value in row]
        cells = "".join(
            f'<td class="{kind}">{escape(value)}</td>'
            for kind, value in zip(kinds, values, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>\n")
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{''.join(rows)}</tbody>\n</table>"

"""The report as a Word document in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I.

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman.
The header is a borderless two-column table: the issuing body (upper case, bold, a short
line under it) and "Số: …/BC-UBND" on the left; the Quốc hiệu (upper case, bold) and the
tiêu ngữ (bold, a line under it as long as the words) with the place and date in italics
on the right. Then the kind ("BÁO CÁO") and the subject, bold and centred, a short line
under them; the body at 14 pt, justified, first lines indented 1.27 cm, 6 pt between
paragraphs; tables with borders, a header row repeated on each page and rows that never
split; "Nơi nhận:" (12 pt bold italic, the list at 11 pt) beside the signature block;
page numbers centred at the top from page 2. Appendices follow on landscape pages.

Only the parts meant for the document sent out are shown (``Reach.SENT``): no
countdowns, no overdue list. python-docx is imported here, when a docx is asked for.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Mm, Pt

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.report.content import (
    Document,
    Letterhead,
    Reach,
    Section,
    Table,
    cell_text,
    numbered_sections,
)
from cchc_tui.core.report.walk import Part, section_parts
from cchc_tui.core.report.xml_text import xml_safe

REACH = Reach.SENT
FONT = "Times New Roman"
PAGE = (Mm(210), Mm(297))
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
BODY_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
INDENT = Cm(1.27)
# The letterhead's two columns, together the width of the text on an A4 portrait page.
LEFT_COLUMN, RIGHT_COLUMN = Mm(62), Mm(103)
# Average advance of a bold capital and of a bold lower-case letter in Times New Roman,
# in ems: enough to size the short lines under the letterhead's words.
CAPITAL_EM, LOWER_EM = 0.70, 0.50
BODY_STYLE, HEADING_STYLE = "Nội dung", "Tiêu đề mục"
# Columns whose cells must not wrap: "TT", numbers, dates (05/10/2023 at 12 pt).
FIXED_WIDTHS = {"no": Mm(12), "number": Mm(14), "date": Mm(25)}


def render_docx(document: Document) -> bytes:
    shown = document.shown_to(REACH)
    word = new_word_document()
    _page(word.sections[0], landscape=False)
    _styles(word)
    _page_numbers(word.sections[0])
    head = shown.letterhead
    _letterhead(word, head, shown.lang)
    _title(word, head)
    for paragraph in shown.lead:
        _paragraph(word, paragraph.text, BODY_STYLE)
    numbered = numbered_sections(shown)
    for number, section in numbered:
        if not section.appendix:
            _paragraph(word, f"{number}. {section.title.upper()}", HEADING_STYLE)
            _section(word, section, shown.lang)
    _signature(word, head, shown.lang)
    for number, section in numbered:
        if section.appendix:
            _appendix(word, number, section, head, shown.lang)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


# --- the page and the styles ----------------------------------------------------------


def _page(section: Any, *, landscape: bool) -> None:
    width, height = PAGE
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    for side, size in MARGINS.items():
        setattr(section, f"{side}_margin", size)


def _text_width(word: Any) -> Length:
    section = word.sections[-1]
    return Length(section.page_width - section.left_margin - section.right_margin)


def _font(style_or_run: Any, size: Length | None = None) -> None:
    """Times New Roman for every script Word distinguishes (Vietnamese is "hAnsi")."""
    style_or_run.font.name = FONT
    fonts = style_or_run.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)
    if size is not None:
        style_or_run.font.size = size


def _styles(word: Any) -> None:
    # Table cells use Normal as they are, so it is the tables' text: 12 pt, no spacing.
    normal = word.styles["Normal"]
    _font(normal, TABLE_SIZE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    body = word.styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    _font(body, BODY_SIZE)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = INDENT
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.line_spacing = 1.15
    heading = word.styles.add_style(HEADING_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = body
    heading.font.bold = True
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.space_before = Pt(6)


def _page_numbers(section: Any) -> None:
    """The page number centred in the top margin, not on the first page."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = paragraph.add_run()
    _font(run, Pt(13))
    field.append(run._r)
    paragraph._p.append(field)


# --- paragraphs -----------------------------------------------------------------------


def _paragraph(container: Any, text: str, style: str | None = None) -> Any:
    return container.add_paragraph(xml_safe(text), style)


def _line(
    container: Any,
    text: str,
    size: Length,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Any = WD_ALIGN_PARAGRAPH.CENTER,
) -> Any:
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(xml_safe(text))
    _font(run, size)
    run.bold, run.italic = bold, italic
    return paragraph


def _rule(container: Any, width: Length, length: float) -> None:
    """A centred horizontal line ``length`` long in a space ``width`` wide: the bottom
    border of an empty, tiny paragraph narrowed by its indents."""
    paragraph = container.add_paragraph()
    side = Length(max(int((width - length) / 2), 0))
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.space_after = Pt(2)
    run = paragraph.add_run()
    run.font.size = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _text_length(text: str, size: Length) -> float:
    """The width ``text`` takes in bold Times New Roman, roughly, in EMU."""
    ems = sum(CAPITAL_EM if ch.isupper() else LOWER_EM if ch.strip() else 0.25 for ch in text)
    return ems * size


# --- the letterhead, title and signature ------------------------------------------------


def _borderless(word: Any, widths: tuple[Length, ...]) -> Any:
    table = word.add_table(rows=1, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    return table


def _letterhead(word: Any, head: Letterhead, lang: Lang) -> None:
    table = _borderless(word, (LEFT_COLUMN, RIGHT_COLUMN))
    left, right = table.rows[0].cells
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
    size = Pt(13)
    if head.parent:
        _line(left, head.parent, size)
    for line in head.body:
        _line(left, line, size, bold=True)
    longest = max((_text_length(line, size) for line in head.body), default=0)
    _rule(left, LEFT_COLUMN, longest * 0.4)
    _line(left, head.number, size)
    _line(right, t("doc.nation", lang), Pt(12), bold=True)
    motto = t("doc.motto", lang)
    _line(right, motto, size, bold=True)
    _rule(right, RIGHT_COLUMN, _text_length(motto, size))
    _line(right, head.place_date, BODY_SIZE, italic=True)


def _title(word: Any, head: Letterhead) -> None:
    kind = _line(word, head.kind, BODY_SIZE, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    subject = _line(word, head.subject, BODY_SIZE, bold=True)
    subject.paragraph_format.keep_with_next = True
    width = _text_width(word)
    _rule(word, width, min(_text_length(head.subject, BODY_SIZE), width) * 0.4)
    word.paragraphs[-1].paragraph_format.space_after = Pt(12)


def _signature(word: Any, head: Letterhead, lang: Lang) -> None:
    spacer = word.add_paragraph()
    spacer.paragraph_format.keep_with_next = True
    width = _text_width(word)
    table = _borderless(word, (Length(int(width * 0.48)), Length(int(width * 0.52))))
    _repeat_and_keep(table.rows[0]._tr, repeat=False)
    left, right = table.rows[0].cells
    _line(left, t("doc.recipients", lang), Pt(12), bold=True, italic=True, align=None)
    for recipient in head.recipients:
        _line(left, recipient, Pt(11), align=None)
    for line in head.signer:
        _line(right, line, BODY_SIZE, bold=True)
    for _ in range(4):  # room for the signature and the seal
        right.add_paragraph()
    _line(right, head.signer_name, BODY_SIZE, bold=True)
    for cell in (left, right):
        first = cell.paragraphs[0]
        if not first.text and len(cell.paragraphs) > 1:
            first._p.getparent().remove(first._p)


# --- sections, tables, appendices ------------------------------------------------------


def _section(word: Any, section: Section, lang: Lang) -> None:
    for part in section_parts(section):
        _part(word, part, lang)


def _part(word: Any, part: Part, lang: Lang) -> None:
    if part.kind == "caption":
        caption = _paragraph(word, part.text, HEADING_STYLE)
        caption.runs[0].italic = True
    elif part.kind == "paragraph":
        _paragraph(word, part.text, BODY_STYLE)
    elif part.kind == "entries":
        for n, item in enumerate(part.items, 1):
            _paragraph(word, f"{n}. {item}", BODY_STYLE)
    elif part.kind == "table" and part.table is not None:
        _table(word, part.table, t("col.no", lang))
        word.add_paragraph()  # Word needs a paragraph between a table and what follows


def _table(word: Any, table: Table, number_title: str) -> None:
    titles = [column.title for column in table.columns]
    kinds = [column.kind for column in table.columns]
    weights = [column.width for column in table.columns]
    if table.numbered:
        titles = [number_title, *titles]
        kinds = ["number", *kinds]
        weights = [4, *weights]
    grid = word.add_table(rows=1, cols=len(titles))
    grid.style = word.styles["Table Grid"]
    grid.autofit = False
    widths = _column_widths(kinds, weights, _text_width(word), numbered=table.numbered)
    for column, column_width in zip(grid.columns, widths, strict=True):
        column.width = column_width
    header = grid.rows[0]
    _repeat_and_keep(header._tr, repeat=True)
    for cell, title, column_width in zip(header.cells, titles, widths, strict=True):
        cell.width = column_width
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(xml_safe(title)).bold = True
    for n, values in enumerate(table.rows, 1):
        row = grid.add_row()
        _repeat_and_keep(row._tr, repeat=False)
        shown = (
            [str(n), *map(cell_text, values)] if table.numbered else list(map(cell_text, values))
        )
        for cell, kind, text in zip(row.cells, kinds, shown, strict=True):
            paragraph = cell.paragraphs[0]
            if text:
                paragraph.add_run(xml_safe(text))
            if kind != "text":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "date":
                # 05/10/2023 stays on one line whatever the column's width.
                cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))


def _column_widths(
    kinds: list[str], weights: list[int], width: Length, *, numbered: bool
) -> list[Length]:
    """Dates and numbers get the width they need on one line (LibreOffice ignores Word's
    "no wrap" on a cell); text columns share what is left by their weights."""
    fixed = [
        FIXED_WIDTHS["no"] if numbered and n == 0 else FIXED_WIDTHS.get(kind)
        for n, kind in enumerate(kinds)
    ]
    left = max(width - sum(w for w in fixed if w), 0)
    shared = sum(weight for weight, w in zip(weights, fixed, strict=True) if not w) or 1
    return [
        w or Length(int(left * weight / shared)) for weight, w in zip(weights, fixed, strict=True)
    ]


def _repeat_and_keep(tr: Any, *, repeat: bool) -> None:
    """A row never split across pages; the header row repeated at the top of each page."""
    properties = tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if repeat:
        properties.append(OxmlElement("w:tblHeader"))


def _appendix(word: Any, number: str, section: Section, head: Letterhead, lang: Lang) -> None:
    page = word.add_section(WD_SECTION.NEW_PAGE)
    _page(page, landscape=True)
    _line(word, number, BODY_SIZE, bold=True)
    _line(word, section.title.upper(), BODY_SIZE, bold=True)
    attachment = _line(word, head.attachment, Pt(13), italic=True)
    attachment.paragraph_format.space_after = Pt(12)
    _section(word, section, lang)

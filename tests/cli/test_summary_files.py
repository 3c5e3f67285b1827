"""`cchc-tui summary` as Word and Excel files, read back with python-docx and openpyxl, and
every file form opened where a clerk opens it (LibreOffice, Chromium) when installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.shared import Mm, Pt

from cchc_tui.store.paths import sample_plan_text
from tests.cli.conftest import TODAY, Run
from tests.cli.test_summary import LEAD, TITLE

FORMULA = '=HYPERLINK("http://x","y")'
HOSTILE_NOTE = "<script>alert(1)</script> & **đậm** \u202eđảo\u202c"


def write(cli: Run, tmp_path: Path, fmt: str, *args: str) -> Path:
    target = tmp_path / f"{'-'.join(['bao-cao', fmt, *args])}.{fmt}"
    outcome = cli("--today", TODAY, "summary", "-f", fmt, "-o", str(target), *args)
    assert (outcome.code, outcome.out) == (0, ""), outcome.err
    return target


def paragraphs(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def cell_texts(table: docx.table.Table) -> list[str]:
    return [p.text for cell in table._cells for p in cell.paragraphs if p.text]


def flags(row: docx.table._Row) -> set[str]:
    properties = row._tr.trPr
    return {child.tag.split("}")[1] for child in properties} if properties is not None else set()


# --- Word -------------------------------------------------------------------------------


def test_docx_is_an_a4_document_in_the_official_layout(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(write(cli, tmp_path, "docx")))
    first = document.sections[0]
    # Word stores sizes in twentieths of a point: a millimetre is not a whole number of them.
    assert abs(first.page_width - Mm(210)) < Mm(0.1) and abs(first.page_height - Mm(297)) < Mm(0.1)
    # Nghị định 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    for margin, low, high in (
        (first.top_margin, 20, 25),
        (first.bottom_margin, 20, 25),
        (first.left_margin, 30, 35),
        (first.right_margin, 15, 20),
    ):
        assert Mm(low - 0.1) <= margin <= Mm(high + 0.1)
    body = document.styles["Nội dung"]
    assert (body.font.name, body.font.size) == ("Times New Roman", Pt(14))
    assert document.styles["Normal"].font.name == "Times New Roman"

    head = document.tables[0]
    assert cell_texts(head) == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN BÌNH GIANG",
        "Số: …/BC-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bình Giang, ngày … tháng … năm 2023",
    ]
    place = next(p for p in head._cells[1].paragraphs if p.text.startswith("Bình Giang"))
    assert place.runs[0].italic
    motto = next(p for p in head._cells[1].paragraphs if p.text.startswith("Độc lập"))
    assert motto.runs[0].bold

    texts = paragraphs(document)
    at = texts.index("BÁO CÁO")
    assert texts[at + 1] == "Kết quả kiểm tra công tác cải cách hành chính năm 2023"
    assert document.paragraphs[at + 1].runs[0].bold
    assert LEAD in texts
    assert "I. CÔNG TÁC TỔ CHỨC KIỂM TRA" in texts
    assert "Gửi báo cáo về: Uỷ ban nhân dân huyện (qua phòng Nội vụ)." in texts
    # What only the office tracks stays out of the document handed in.
    whole = "\n".join(texts + [t for table in document.tables for t in cell_texts(table)])
    assert "VIỆC QUÁ HẠN" not in whole and "còn 10 ngày" not in whole


def test_docx_tables_repeat_their_header_and_keep_rows_whole(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(write(cli, tmp_path, "docx")))
    grids = [table for table in document.tables if table.style.name == "Table Grid"]
    assert len(grids) == 5  # progress, results, shortcomings, each unit, each unit's checklist
    for table in grids:
        header, *rows = table.rows
        assert {"tblHeader", "cantSplit"} <= flags(header)
        assert all("cantSplit" in flags(row) for row in rows)
    units = next(table for table in grids if "Hình thức kiểm tra" in cell_texts(table))
    assert len(units.rows) == 29
    assert [c.text for c in units.rows[0].cells] == [
        "TT",
        "Đơn vị",
        "Hình thức kiểm tra",
        "Ngày kiểm tra",
        "Ngày nhận báo cáo",
        "Tình trạng",
        "Các bước thực hiện trễ hạn",
        "Kết luận",
        "Thành viên Đoàn kiểm tra",
        "Ghi chú",
    ]
    hong_khe = next(row for row in units.rows if row.cells[1].text == "Xã Hồng Khê")
    assert hong_khe.cells[3].text == "05/10/2023"
    assert hong_khe.cells[9].text.startswith("Đã gọi điện nhắc gửi báo cáo (")
    # The appendices are on a landscape page after the signature.
    assert abs(document.sections[-1].page_width - Mm(297)) < Mm(0.1)


def test_docx_ends_with_the_recipients_and_the_signature(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(write(cli, tmp_path, "docx")))
    signature = next(t for t in document.tables if "Nơi nhận:" in cell_texts(t))
    left, right = signature.rows[0].cells
    assert [p.text for p in left.paragraphs] == [
        "Nơi nhận:",
        "- Sở Nội vụ tỉnh Hải Dương;",
        "- Thường trực Huyện ủy;",
        "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
        "- Phòng Nội vụ huyện;",
        "- Lưu: VT.",
    ]
    heading = left.paragraphs[0].runs[0]
    assert heading.bold and heading.italic and heading.font.size == Pt(12)
    assert [p.text for p in right.paragraphs if p.text] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_without_a_report_section_the_plan_gives_what_it_can_and_blanks_the_rest(
    cli: Run, tmp_path: Path
) -> None:
    plain = sample_plan_text().split("\n[report]")[0].rsplit("\n#", 3)[0] + "\n"
    assert "[report]" not in plain
    plan_path = tmp_path / "plan.toml"
    plan_path.write_text(plain.replace("96/KH-UBND", "98/KH-UBND"), encoding="utf-8")
    assert cli("import", str(plan_path)).code == 0
    document = docx.Document(str(write(cli, tmp_path, "docx")))
    assert cell_texts(document.tables[0])[:2] == ["UBND HUYỆN BÌNH GIANG", "Số: …/BC-UBND"]
    assert "Bình Giang, ngày … tháng … năm 2023" in cell_texts(document.tables[0])
    signature = next(t for t in document.tables if "Nơi nhận:" in cell_texts(t))
    assert cell_texts(signature) == [
        "Nơi nhận:",
        "- …;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]


def test_a_concluded_unit_gets_its_conclusion_notice(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(write(cli, tmp_path, "docx", "--unit", "vinh hung")))
    assert "Số: …/TB-UBND" in cell_texts(document.tables[0])
    texts = paragraphs(document)
    at = texts.index("THÔNG BÁO")
    assert texts[at + 1] == (
        "Kết luận kiểm tra công tác cải cách hành chính năm 2023 tại Xã Vĩnh Hưng"
    )
    lead = texts[at + 3]
    assert lead.endswith(
        "; ngày 19/09/2023, Đoàn kiểm tra đã kiểm tra trực tiếp công tác cải cách hành chính "
        "tại Xã Vĩnh Hưng. UBND huyện Bình Giang thông báo kết luận kiểm tra như sau:"
    )
    assert "Xã Vĩnh Hưng: Biểu dương." in texts
    assert any(text.startswith("Đề nghị Xã Vĩnh Hưng khắc phục") for text in texts)
    items = next(t for t in document.tables if t.style.name == "Table Grid")
    assert len(items.rows) == 7
    assert [c.text for c in items.rows[6].cells][2:] == [
        "Chưa đạt",
        'Chưa <b>đủ</b> | thiếu 30% & "trễ"',
        "",
    ]
    signature = next(t for t in document.tables if "Nơi nhận:" in cell_texts(t))
    assert cell_texts(signature)[:3] == ["Nơi nhận:", "- Xã Vĩnh Hưng;", "- Lưu: VT."]


# --- Excel ------------------------------------------------------------------------------


def test_xlsx_has_a_sheet_per_table_with_real_dates_and_inert_text(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    assert cli("--today", TODAY, "note", "tan hong", FORMULA).code == 0
    book = openpyxl.load_workbook(write(cli, tmp_path, "xlsx"))
    assert book.sheetnames == [
        "Tiến độ thực hiện",
        "Kết quả kiểm tra theo nội dung",
        "Đạt chưa có tài liệu kiểm chứng",
        "Kết quả giải quyết TTHC",
        "Tồn tại, hạn chế",
        "Yêu cầu khắc phục sau kết luận",
        "Việc quá hạn",
        "Tình hình từng đơn vị",
        "Kết quả đánh giá chi tiết theo",
        "Kết quả TTHC của từng đơn vị",
    ]
    sheet = book["Tình hình từng đơn vị"]
    assert sheet["A1"].value == (
        "Kế hoạch số 96/KH-UBND — Tình hình từng đơn vị — số liệu tính đến ngày 20/09/2023"
    )
    assert sheet.freeze_panes == "A3"
    header = [cell.value for cell in sheet[2]]
    assert header[:4] == ["TT", "Đơn vị", "Hình thức kiểm tra", "Ngày kiểm tra"]
    rows = {row[1].value: row for row in sheet.iter_rows(min_row=3, max_row=30)}
    assert len(rows) == 28
    assert "Xã Cổ Bì (*)" in rows
    assert sheet["A32"].value == "(*) Đơn vị không được nêu tên trong văn bản kế hoạch."
    inspection = rows["Xã Hồng Khê"][header.index("Ngày kiểm tra")]
    assert inspection.value == datetime(2023, 10, 5)
    assert inspection.number_format == "dd/mm/yyyy"
    days_left = rows["Xã Tân Hồng"][header.index("Số ngày còn lại")]
    assert days_left.value == -2 and days_left.data_type == "n"
    note = rows["Xã Tân Hồng"][header.index("Ghi chú")]
    assert note.data_type == "s" and note.value.startswith(FORMULA)
    assert sheet.column_dimensions["B"].width >= 20


# --- opened where a clerk opens it ----------------------------------------------------


def _installed(*programs: str) -> None:
    missing = [name for name in programs if shutil.which(name) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: the read-back tests above still run")


def _pdf_text(pdf: Path) -> str:
    """The words of a PDF, spaces and line breaks made single spaces."""
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.fixture
def hostile_progress(cli: Run, progressed: Path) -> Iterator[None]:
    assert cli("--today", TODAY, "note", "tan hong", FORMULA).code == 0
    assert cli("--today", TODAY, "note", "hong khe", HOSTILE_NOTE).code == 0
    yield


@pytest.mark.slow
def test_libreoffice_opens_the_docx_and_xlsx_with_every_word_intact(
    cli: Run, hostile_progress: None, tmp_path: Path
) -> None:
    _installed("soffice", "pdftotext")
    files = [
        write(cli, tmp_path, "docx"),
        write(cli, tmp_path, "xlsx"),
        write(cli, tmp_path, "docx", "--unit", "vinh hung"),
    ]
    out = tmp_path / "pdf"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    report, workbook, notice = (_pdf_text(out / f"{path.stem}.pdf") for path in files)
    for words in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: …/BC-UBND",
    ):
        assert words in report
    assert " ".join(LEAD.split()[:40]) in report
    assert "<script>alert(1)</script> & **đậm**" in report
    assert "Xã Vĩnh Hưng: Biểu dương." in notice
    assert "Tình hình từng đơn vị" in workbook and "Xã Hồng Khê" in workbook
    assert "05/10/2023" in workbook and FORMULA in workbook


@pytest.mark.slow
def test_chromium_prints_the_html_page_with_every_word_intact(
    cli: Run, hostile_progress: None, tmp_path: Path
) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium not installed: the page is checked by its parser above")
    _installed("pdftotext")
    page = write(cli, tmp_path, "html")
    pdf = tmp_path / "page.pdf"
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    text = _pdf_text(pdf)
    assert TITLE in text
    assert " ".join(LEAD.split()[:40]) in text
    assert "<script>alert(1)</script> & **đậm**" in text
    assert re.search(r"Xã Tân Hồng .*28/09/2023", text)


def test_text_and_every_other_command_never_load_word_or_excel_libraries(
    cli: Run, progressed: Path
) -> None:
    script = """
import sys
from cchc_tui.cli import main
HEAVY = {"docx", "xlsxwriter", "openpyxl", "lxml"}
def loaded():
    return sorted({name.split(".")[0] for name in sys.modules} & HEAVY)
for args in (["summary"], ["summary", "-f", "html"], ["summary", "-f", "csv"], ["units"],
             ["agenda"], ["history"], ["note", "hong khe", "x"], ["export"]):
    main(["--db", sys.argv[1], "--today", "20/09/2023", *args])
print("HEAVY", loaded(), file=sys.stderr)
main(["--db", sys.argv[1], "--today", "20/09/2023", "summary", "-f", "docx", "-o", sys.argv[2]])
print("AFTER", loaded(), file=sys.stderr)
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(progressed), str(progressed.with_name("r.docx"))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stderr
    assert "AFTER ['docx', 'lxml']" in done.stderr

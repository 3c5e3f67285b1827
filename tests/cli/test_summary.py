"""`cchc-tui summary` in every format, read back the way the person receiving it would."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cchc_tui.cli.context import Context
from cchc_tui.store.paths import sample_plan_text
from tests.cli.conftest import TODAY, Outcome, Run

UNIT_COUNT = 28
ITEM_NOTE = 'Chưa <b>đủ</b> | thiếu 30% & "trễ"'
TITLE = "BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023"
LEAD = (
    "Thực hiện Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang, tỉnh Hải "
    "Dương về việc kiểm tra thực hiện công tác cải cách hành chính nhà nước tại các cơ quan "
    "chuyên môn, UBND các xã, thị trấn năm 2023; đến ngày 20/09/2023, Đoàn kiểm tra đã kiểm "
    "tra trực tiếp 1/10 đơn vị (Xã Vĩnh Hưng); đã thông báo lịch kiểm tra đến 2/10 đơn vị, "
    "nhận báo cáo của 1/10 đơn vị được kiểm tra trực tiếp (1 đơn vị gửi trễ hạn: Xã Vĩnh "
    "Hưng); 2/18 đơn vị tự kiểm tra đã gửi báo cáo; còn 16 đơn vị chưa gửi báo cáo: Xã Bình "
    "Minh, Xã Bình Xuyên, Xã Thái Dương, Xã Thái Học, Xã Thái Hòa, Xã Vĩnh Hồng, Phòng Nội "
    "vụ, Văn phòng HĐND và UBND huyện, Phòng Tư pháp, Phòng Tài chính - Kế hoạch, Phòng Lao "
    "động - Thương binh và Xã hội, Phòng Văn hóa và Thông tin, Phòng Giáo dục và Đào tạo, "
    "Phòng Y tế, Phòng Nông nghiệp và Phát triển nông thôn, Thanh tra huyện."
)
# Each unit at 20/09/2023 as the text form says it (the note's own day is the real clock's).
ENTRIES = {
    "Xã Hồng Khê": "Xã Hồng Khê — kiểm tra trực tiếp ngày 05/10/2023: đã thông báo lịch "
    "20/09/2023 (đúng hạn); hạn nhận báo cáo 30/09/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu "
    "29/09/2023, còn 10 ngày. Ghi chú: Đã gọi điện "
    "nhắc gửi báo cáo",
    "Xã Tân Hồng": "Xã Tân Hồng — kiểm tra trực tiếp ngày 28/09/2023: hạn thông báo lịch "
    "18/09/2023, quá hạn 2 ngày.",
    "Xã Long Xuyên": "Xã Long Xuyên — kiểm tra trực tiếp ngày 30/09/2023: hạn thông báo lịch "
    "20/09/2023, hôm nay.",
    "Xã Vĩnh Hưng": "Xã Vĩnh Hưng — kiểm tra trực tiếp ngày 19/09/2023: đã thông báo lịch "
    "15/09/2023 (trễ hạn 6 ngày); đã nhận báo cáo 16/09/2023 (trễ hạn 2 ngày); đã kiểm tra "
    "19/09/2023; kết luận: biểu dương.",
    "Thị trấn Kẻ Sặt": "Thị trấn Kẻ Sặt — tự kiểm tra: đã gửi báo cáo 18/09/2023 (đúng hạn); "
    "kết luận: chấn chỉnh, phê bình.",
    # not named by the plan's text: marked, and a footnote says so
    "Xã Cổ Bì (*)": "Xã Cổ Bì (*) — tự kiểm tra: đã gửi báo cáo 19/09/2023 (đúng hạn); "
    "chờ kết luận.",
    "Xã Bình Minh": "Xã Bình Minh — tự kiểm tra: hạn gửi báo cáo 14/10/2023 (Thứ Bảy) — gửi "
    "chậm nhất Thứ Sáu 13/10/2023, còn 24 ngày.",
    "Phòng Kinh tế - Hạ tầng": "Phòng Kinh tế - Hạ tầng — kiểm tra trực tiếp: chưa có lịch "
    "kiểm tra.",
}


def summary(cli: Run, *args: str) -> str:
    outcome = cli("--today", TODAY, "summary", *args)
    assert (outcome.code, outcome.err) == (0, ""), outcome.err
    return outcome.out


def section(text: str, heading: str) -> list[str]:
    """The lines under a heading of the text form, up to the next heading."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = next(
        (
            n
            for n in range(start, len(lines))
            if re.match(r"^(PHỤ LỤC |APPENDIX )?[IVX]+\. ", lines[n])
        ),
        len(lines),
    )
    return [line for line in lines[start:end] if line]


def numbered(lines: list[str]) -> list[str]:
    """The entries "1. …", "2. …" of a list, checked to count from 1 without a gap."""
    entries = [line for line in lines if re.match(r"^\d+\. ", line)]
    assert [int(line.split(".")[0]) for line in entries] == list(range(1, len(entries) + 1))
    return [line.split(". ", 1)[1] for line in entries]


# --- plain text: what is pasted -------------------------------------------------------


def test_text_opens_with_the_title_and_a_paragraph_to_paste(cli: Run, progressed: Path) -> None:
    lines = summary(cli).splitlines()
    assert lines[:4] == [
        TITLE,
        "Kế hoạch số 96/KH-UBND — số liệu tính đến ngày 20/09/2023.",
        "",
        LEAD,
    ]


def test_text_has_no_aligned_columns_and_no_rule_lines(cli: Run, progressed: Path) -> None:
    for line in summary(cli).splitlines():
        assert "  " not in line, line  # two spaces would be a column lined up by hand
        assert not re.fullmatch(r"[-=_ ]{3,}", line), line


def test_text_says_each_unit_as_a_numbered_sentence(cli: Run, progressed: Path) -> None:
    text = summary(cli)
    units = numbered(section(text, "PHỤ LỤC I. TÌNH HÌNH TỪNG ĐƠN VỊ"))
    assert len(units) == UNIT_COUNT
    by_name = {entry.split(" — ")[0]: entry for entry in units}
    for name, entry in ENTRIES.items():
        assert by_name[name].startswith(entry), by_name[name]
    assert re.search(r"nhắc gửi báo cáo \(\d\d/\d\d/\d{4}\)\.$", by_name["Xã Hồng Khê"])


def test_a_report_is_said_by_the_day_sent_and_an_inspection_by_its_actual_day(
    cli: Run, progressed: Path
) -> None:
    for command in (
        ("--today", "30/09/2023", "mark", "thuc khang", "notified", "--on", "20/09/2023"),
        (
            "--today",
            "30/09/2023",
            "mark",
            "thuc khang",
            "report",
            "--on",
            "27/09/2023",
            "--sent",
            "25/09/2023",
            "--ref",
            "số 12/BC-UBND",
        ),
        ("--today", "30/09/2023", "mark", "thuc khang", "inspected", "--on", "29/09/2023"),
        (
            "--today",
            "16/10/2023",
            "mark",
            "binh minh",
            "report",
            "--on",
            "16/10/2023",
            "--sent",
            "13/10/2023",
        ),
    ):
        assert cli(*command).code == 0
    by_name = {
        entry.split(" — ")[0]: entry
        for entry in numbered(section(summary(cli), "PHỤ LỤC I. TÌNH HÌNH TỪNG ĐƠN VỊ"))
    }
    assert (
        "đã nhận báo cáo 27/09/2023 (gửi ngày 25/09/2023, số 12/BC-UBND, đúng hạn); "
        "đã kiểm tra 29/09/2023, dự kiến 01/10/2023;" in by_name["Xã Thúc Kháng"]
    )
    # sent on Friday 13/10 for a deadline on Saturday 14/10: on time, though it arrived later
    assert "đã gửi báo cáo 13/10/2023 (nhận ngày 16/10/2023, đúng hạn)" in by_name["Xã Bình Minh"]


def test_text_gives_the_plan_progress_and_the_seed_wording(cli: Run, progressed: Path) -> None:
    lines = section(summary(cli), "I. CÔNG TÁC TỔ CHỨC KIỂM TRA")
    assert lines[0].startswith("Thực hiện Kế hoạch số 3776/KH-UBND ngày 16/12/2022")
    assert "; Kế hoạch số 111/KH-UBND ngày 28/12/2022" in lines[0]
    assert (
        "Đoàn kiểm tra thông báo lịch kiểm tra trước 10 ngày kiểm tra; "
        "đơn vị được kiểm tra gửi báo cáo trước 05 ngày kiểm tra." in lines
    )
    assert "Gửi báo cáo về: Uỷ ban nhân dân huyện (qua phòng Nội vụ)." in lines
    assert numbered(lines) == [
        "Đã có lịch kiểm tra: 5/10 đơn vị.",
        "Đã thông báo lịch kiểm tra: 2/10 đơn vị.",
        "Đã nhận báo cáo (đơn vị kiểm tra trực tiếp): 1/10 đơn vị.",
        "Đã kiểm tra trực tiếp: 1/10 đơn vị.",
        "Đã nhận báo cáo tự kiểm tra: 2/18 đơn vị.",
        "Đã kết luận: 2/28 đơn vị.",
    ]


def test_text_totals_each_checklist_item_and_names_the_shortcomings(
    cli: Run, progressed: Path
) -> None:
    text = summary(cli)
    lines = section(text, "II. KẾT QUẢ KIỂM TRA THEO NỘI DUNG")
    unproven = lines.index("Đạt chưa có tài liệu kiểm chứng:")
    results = numbered(lines[:unproven])
    assert (
        results[0]
        == "Xây dựng, ban hành, triển khai kế hoạch CCHC năm 2023: đạt 1; chưa đánh giá 15."
    )
    assert results[5] == (
        "Số hóa đầu vào, đầu ra tại bộ phận một cửa (*): chưa đạt 1 (Xã Vĩnh Hưng); "
        "chưa đánh giá 15."
    )
    assert results[6] == (
        "Thực hiện nhiệm vụ huyện giao tại Kế hoạch số 111/KH-UBND ngày 28/12/2022: "
        "chưa đánh giá 12."
    )
    # "đạt" with no evidence recorded is flagged for the office to complete the dossier
    assert numbered(lines[unproven + 1 :]) == [
        "Xã Vĩnh Hưng — Xây dựng, ban hành, triển khai kế hoạch CCHC năm 2023."
    ]
    shortcomings = section(text, "IV. TỒN TẠI, HẠN CHẾ")
    follow_up = shortcomings.index("Yêu cầu khắc phục sau kết luận:")
    assert numbered(shortcomings[:follow_up]) == [
        f"Xã Vĩnh Hưng — Số hóa đầu vào, đầu ra tại bộ phận một cửa (*): chưa đạt ({ITEM_NOTE})."
    ]
    assert shortcomings[follow_up + 1 :] == ["Chưa có kết luận nào yêu cầu khắc phục."]
    assert section(text, "V. BIỂU DƯƠNG, CHẤN CHỈNH, PHÊ BÌNH") == [
        "Biểu dương (1 đơn vị): Xã Vĩnh Hưng.",
        "Chấn chỉnh, phê bình (1 đơn vị): Thị trấn Kẻ Sặt.",
    ]
    assert numbered(section(text, "VI. VIỆC QUÁ HẠN")) == [
        "Xã Tân Hồng — thông báo lịch: hạn 18/09/2023, quá hạn 2 ngày."
    ]


def test_notes_are_given_in_full_in_every_text_form(cli: Run, progressed: Path) -> None:
    long_note = "Biên bản kiểm tra ghi nhận: " + "hồ sơ một cửa chưa số hóa đủ; " * 40
    assert (
        cli("--today", TODAY, "item", "vinh hung", "2", "dat-mot-phan", "--note", long_note).code
        == 0
    )
    assert cli("--today", TODAY, "note", "tan hong", long_note).code == 0
    expected = long_note.strip()
    for fmt in ("text", "markdown", "html", "csv", "tsv", "json"):
        shown = summary(cli, "--format", fmt)
        flat = shown.replace("\\", "")
        assert flat.count(expected) >= (2 if fmt not in ("csv", "tsv") else 1), fmt


def test_text_wraps_at_the_terminal_width_only_on_a_terminal(
    cli: Run, progressed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwrapped = summary(cli)
    monkeypatch.setattr(Context, "stdout_is_terminal", lambda self: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda: os.terminal_size((60, 20)))
    wrapped = summary(cli)
    lines = wrapped.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert len(lines) > len(unwrapped.splitlines())
    # Only spaces changed: the same words, dates whole, in the same order.
    assert wrapped.split() == unwrapped.split()
    assert "18/09/2023" in wrapped and "\n3.  " not in wrapped
    # A numbered entry's second line hangs under its text.
    at = lines.index(next(line for line in lines if line.startswith("3. Xã Hồng Khê")))
    assert lines[at + 1].startswith("   ") and not lines[at + 1].startswith("    ")


# --- markdown and html ------------------------------------------------------------------

SCRIPT = "<script>alert('x')</script>"
IMAGE = '<img src=x onerror="alert(1)">'


def test_markdown_escapes_html_and_markdown_in_the_data(cli: Run, progressed: Path) -> None:
    hostile = f"{SCRIPT} {IMAGE} [bấm](javascript:alert(1)) **đậm** | ô"
    assert cli("--today", TODAY, "item", "vinh hung", "3", "chua-dat", "--note", hostile).code == 0
    text = summary(cli, "--format", "markdown")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror=" in text
    assert "\\[bấm\\](javascript:alert(1))" in text and "\\*\\*đậm\\*\\*" in text
    assert text.startswith(f"# {TITLE}\n")
    assert "## I. Công tác tổ chức kiểm tra" in text
    tables = markdown_tables(text)
    units = next(table for table in tables if "Hình thức kiểm tra" in table[0])
    assert len(units) == UNIT_COUNT + 1


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Each pipe table as rows of cells; a stray "|" in a cell would add a column."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            current.append([cell.strip() for cell in cells])
        elif current:
            assert len({len(row) for row in current}) == 1, f"rows of different width: {current}"
            tables.append([current[0], *current[2:]])
            current = []
    return tables


class _Page(HTMLParser):
    """Checks that tags nest and close, and keeps every table's cells as text."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag in self.VOID:
            return
        self.open.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def test_html_is_one_printable_page_that_escapes_the_data(cli: Run, progressed: Path) -> None:
    assert cli("--today", TODAY, "note", "hong khe", f"{SCRIPT}{IMAGE}").code == 0
    text = summary(cli, "--format", "html")
    page = _Page()
    page.feed(text)
    page.close()
    assert page.open == []
    assert text.startswith("<!DOCTYPE html>") and '<html lang="vi">' in text
    assert {"script", "img", "b", "link"}.isdisjoint(page.tags)
    assert "&lt;script&gt;" in text
    for rule in ("@page { size: A4", "border: 1px solid", "white-space: nowrap"):
        assert rule in text
    assert "display: table-header-group" in text
    assert '<td class="date">05/10/2023</td>' in text
    units = next(table for table in page.tables if "Hình thức kiểm tra" in table[0])
    assert len(units) == UNIT_COUNT + 1
    assert ITEM_NOTE in {cell for table in page.tables for row in table for cell in row}


# --- csv and tsv ----------------------------------------------------------------------


def read_delimited(text: str, delimiter: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    body = text.removeprefix("\ufeff")
    assert body.count("\r\n") == body.count("\n")  # every line ends CRLF
    return list(csv.reader(io.StringIO(body, newline=""), delimiter=delimiter))


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_read_back_as_one_row_per_unit(
    cli: Run, progressed: Path, fmt: str, delimiter: str
) -> None:
    header, *rows = read_delimited(summary(cli, "--format", fmt), delimiter)
    assert header[:3] == ["TT", "Đơn vị", "Hình thức kiểm tra"]
    assert header[-2:] == ["Kế hoạch", "Tính đến ngày"]
    assert len(rows) == UNIT_COUNT and {len(row) for row in rows} == {len(header)}
    by_name = {row[1]: dict(zip(header, row, strict=True)) for row in rows}
    hong_khe = by_name["Xã Hồng Khê"]
    assert (hong_khe["Ngày kiểm tra"], hong_khe["Ngày thông báo lịch"]) == (
        "2023-10-05",
        "2023-09-20",
    )
    assert (hong_khe["Hạn"], hong_khe["Số ngày còn lại"]) == ("2023-09-30", "10")
    assert by_name["Xã Tân Hồng"]["Số ngày còn lại"] == "-2"  # a number, not text to defuse
    assert (hong_khe["Kế hoạch"], hong_khe["Tính đến ngày"]) == ("96/KH-UBND", "2023-09-20")
    assert by_name["Xã Vĩnh Hưng"]["Các bước thực hiện trễ hạn"] == (
        "Thông báo lịch (6 ngày); Nhận báo cáo (2 ngày)"
    )


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_would_be_formulas_are_defused_and_kept_readable(
    cli: Run, progressed: Path, start: str
) -> None:
    formula = f'{start}HYPERLINK("http://x","y")'
    assert cli("--today", TODAY, "note", "tan hong", "--", formula).code == 0
    header, *rows = read_delimited(summary(cli, "--format", "csv"), ",")
    notes = {row[1]: row[header.index("Ghi chú")] for row in rows}
    assert notes["Xã Tân Hồng"].startswith(f"'{formula} (")


def test_tsv_cells_never_hold_a_tab_or_newline(cli: Run, progressed: Path) -> None:
    assert cli("--today", TODAY, "note", "hong khe", "a\tb\nc").code == 0
    lines = summary(cli, "-f", "tsv").removeprefix("\ufeff").split("\r\n")[:-1]
    assert len(lines) == UNIT_COUNT + 1
    assert {line.count("\t") for line in lines} == {lines[0].count("\t")}


# --- json -------------------------------------------------------------------------------


def test_json_gives_each_unit_with_iso_dates_and_signed_days_left(
    cli: Run, progressed: Path
) -> None:
    document = json.loads(summary(cli, "--format", "json"))
    assert (document["today"], document["title"], document["lead"]) == ("2023-09-20", TITLE, [LEAD])
    assert document["plan"]["number"] == "96/KH-UBND"
    assert document["plan"]["report"]["place"] == "Bình Giang"
    units = {unit["name"]: unit for unit in document["units"]}
    assert len(units) == UNIT_COUNT

    def fields(name: str, *keys: str) -> tuple[object, ...]:
        return tuple(units[name][key] for key in keys)

    keys = ("mode", "stage", "inspection_date", "next_step", "next_due", "days_left")
    assert fields("Xã Tân Hồng", *keys) == (
        "direct",
        "scheduled",
        "2023-09-28",
        "notified",
        "2023-09-18",
        -2,
    )
    assert fields("Xã Hồng Khê", *keys) == (
        "direct",
        "notified",
        "2023-10-05",
        "report",
        "2023-09-30",
        10,
    )
    assert fields("Xã Bình Minh", *keys) == (
        "self",
        "awaiting_report",
        None,
        "report",
        "2023-10-14",
        24,
    )
    assert fields("Xã Vĩnh Hưng", "late_steps", "conclusion") == (
        ["notified", "report"],
        "bieu-duong",
    )
    assert units["Xã Hồng Khê"]["notes"][0]["text"] == "Đã gọi điện nhắc gửi báo cáo"
    checklist = {item["id"]: item for item in units["Xã Vĩnh Hưng"]["checklist"]}
    assert (checklist["so-hoa"]["verdict"], checklist["so-hoa"]["note"]) == ("chua-dat", ITEM_NOTE)
    titles = [section["title"] for section in document["sections"]]
    assert titles[:2] == ["Công tác tổ chức kiểm tra", "Kết quả kiểm tra theo nội dung"]
    units_table = next(s for s in document["sections"] if s["title"] == "Tình hình từng đơn vị")
    table = units_table["blocks"][0]
    assert {"title": "Ngày kiểm tra", "kind": "date"} in table["columns"]


# --- docx and xlsx: files, never the terminal -------------------------------------------


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_binary_forms_refuse_a_terminal_in_one_line(
    cli: Run, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(Context, "stdout_is_terminal", lambda self: True)
    outcome = cli("--today", TODAY, "summary", "--format", fmt)
    assert outcome.code == 2 and outcome.out == ""
    assert outcome.err == (
        f"cchc-tui: lỗi: Định dạng {fmt} là tệp nhị phân, không in ra màn hình: "
        f"thêm -o TỆP (ví dụ -o bao-cao.{fmt}).\n"
    )


def test_a_notice_is_refused_for_a_unit_not_yet_concluded(
    cli: Run, progressed: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.docx"
    outcome = cli(
        "--today", TODAY, "summary", "--unit", "hong khe", "-f", "docx", "-o", str(target)
    )
    assert outcome.code == 1
    assert "Xã Hồng Khê chưa có kết luận kiểm tra" in outcome.err
    assert not target.exists()


# --- writing files ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "tsv", "html", "json"])
def test_output_option_writes_the_same_report_to_a_file(
    cli: Run, progressed: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"bao-cao.{fmt}"
    outcome = cli("--today", TODAY, "summary", "-f", fmt, "-o", str(target))
    assert outcome == Outcome(0, "", f"Đã ghi {target}.\n")
    assert target.read_bytes().decode("utf-8") == summary(cli, "-f", fmt)


def test_output_to_a_missing_folder_is_a_clear_error(cli: Run, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such.txt"
    outcome = cli("--today", TODAY, "summary", "-o", str(target))
    assert outcome.code == 1
    assert outcome.err.startswith(f"cchc-tui: lỗi: Không ghi được {target}")
    assert outcome.err.count("\n") == 1


def test_a_write_that_fails_leaves_the_existing_file_whole(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"the report handed in yesterday")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    outcome = cli("--today", TODAY, "summary", "-f", "docx", "-o", str(target))
    assert outcome.code == 1
    assert outcome.err == f"cchc-tui: lỗi: Không ghi được {target}: hết chỗ trống trên đĩa.\n"
    assert target.read_bytes() == b"the report handed in yesterday"
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".bao-cao")]


def test_the_data_file_is_never_overwritten_by_a_report(cli: Run, progressed: Path) -> None:
    before = progressed.read_bytes()
    for target in (progressed, progressed.with_name(progressed.name + ".bak")):
        outcome = cli("--today", TODAY, "summary", "-o", str(target))
        assert outcome.code == 1
        assert "là tệp dữ liệu của cchc-tui" in outcome.err
    assert progressed.read_bytes() == before


# --- language, real process, hostile header ---------------------------------------------


def test_english_summary(cli: Run, progressed: Path) -> None:
    text = summary(cli, "--lang", "en")
    assert text.startswith(
        "REPORT ON THE RESULTS OF THE ADMINISTRATIVE REFORM INSPECTION, 2023\n"
        "Plan no. 96/KH-UBND — figures as of 20/09/2023."
    )
    units = numbered(section(text, "APPENDIX I. EACH UNIT"))
    assert (
        "Xã Tân Hồng — direct inspection on 28/09/2023: notice due 18/09/2023, 2 days overdue."
        in units
    )
    document = json.loads(summary(cli, "--lang", "en", "--format", "json"))
    assert document["lang"] == "en"
    assert {unit["countdown"] for unit in document["units"]} >= {"2 days overdue", "today"}


def test_the_installed_command_prints_the_same_summary(cli: Run, progressed: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cchc_tui", "summary", "--db", str(progressed), "--today", TODAY],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == summary(cli)


def test_a_plan_header_with_escape_codes_still_pastes_cleanly(cli: Run, tmp_path: Path) -> None:
    hostile = (
        sample_plan_text()
        .replace('number = "96/KH-UBND"', 'number = "97/KH-UBND\\u001b[2J"')
        .replace('issuer = "UBND', 'issuer = "\\u001b]0;x\\u0007UBND')
        .replace('receiver = "Uỷ', 'receiver = "\\u009b31mUỷ')
    )
    plan_path = tmp_path / "hostile.toml"
    plan_path.write_text(hostile, encoding="utf-8")
    assert cli("import", str(plan_path)).code == 0
    text = summary(cli)
    assert {ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"} == set()
    assert "Thực hiện Kế hoạch số 97/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang" in text
    assert "Gửi báo cáo về: Uỷ ban nhân dân huyện (qua phòng Nội vụ)." in text

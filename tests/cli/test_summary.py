"""`cchc-tui summary` in every format, read back the way the person receiving it would."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from cchc_tui.store.paths import sample_plan_text
from tests.cli.conftest import TODAY, Outcome, Run

UNIT_COUNT = 28
UNIT_COLUMNS = [
    "TT",
    "Đơn vị",
    "Hình thức",
    "Ngày KT",
    "Giai đoạn",
    "Việc tiếp theo",
    "Hạn",
    "Còn lại",
    "Kết luận",
]
ITEM_NOTE = 'Chưa <b>đủ</b> | thiếu 30% & "trễ"'

# name -> (stage, next step, due, countdown, conclusion) at 20/09/2023, as the text form shows it
EXPECTED_ROWS = {
    "Phòng Kinh tế - Hạ tầng": ("Chưa xếp lịch", "Xếp lịch kiểm tra", "", "", ""),
    "Xã Hồng Khê": ("Đã thông báo lịch", "Nhận báo cáo", "30/09/2023", "còn 10 ngày", ""),
    "Xã Tân Hồng": ("Đã xếp lịch", "Thông báo lịch", "18/09/2023", "quá hạn 2 ngày", ""),
    "Xã Long Xuyên": ("Đã xếp lịch", "Thông báo lịch", "20/09/2023", "hôm nay", ""),
    "Xã Thúc Kháng": ("Đã xếp lịch", "Thông báo lịch", "21/09/2023", "còn 1 ngày", ""),
    "Xã Vĩnh Hưng": ("Đã kết luận", "", "", "", "Biểu dương"),
    "Thị trấn Kẻ Sặt": ("Đã kết luận", "", "", "", "Chấn chỉnh, phê bình"),
    "Xã Cổ Bì": ("Đã nhận báo cáo", "Kết luận", "", "", ""),
    "Xã Bình Minh": ("Chờ báo cáo", "Nhận báo cáo", "14/10/2023", "còn 24 ngày", ""),
}


def rows_by_unit(rows: list[list[str]]) -> dict[str, list[str]]:
    """The unit table's rows by unit name, checked against EXPECTED_ROWS on the way."""
    by_name = {row[1]: row for row in rows}
    assert len(by_name) == len(rows) == UNIT_COUNT
    for name, expected in EXPECTED_ROWS.items():
        assert tuple(by_name[name][4:9]) == expected, name
    return by_name


def summary(cli: Run, *args: str) -> str:
    outcome = cli("--today", TODAY, "summary", *args)
    assert (outcome.code, outcome.err) == (0, "")
    return outcome.out


# --- plain text ------------------------------------------------------------------------


def text_tables(text: str) -> dict[str, list[list[str]]]:
    """Each table under its section title, cut at the columns of its dash line.

    Asserts on the way that every row keeps to those columns: the gaps between
    them are blank on every line, which is what "aligned" means on paper.
    """
    lines = text.splitlines()
    tables: dict[str, list[list[str]]] = {}
    for number, line in enumerate(lines):
        if not re.fullmatch(r"-+(  -+)*", line):
            continue
        spans = [match.span() for match in re.finditer(r"-+", line)]
        title = lines[number - 3]
        rows = [lines[number - 1]]
        for row in lines[number + 1 :]:
            if not row:
                break
            rows.append(row)
        cells = []
        for row in rows:
            for (_, end), (start, _) in pairwise(spans):
                assert row[end:start].strip() == "", f"misaligned in {title!r}: {row!r}"
            cells.append([row[start:end].strip() for start, end in spans])
        tables[title] = cells
    return tables


def test_text_lists_every_unit_with_its_stage_and_countdown(cli: Run, progressed: Path) -> None:
    tables = text_tables(summary(cli))
    header, *rows = tables["2. DANH SÁCH ĐƠN VỊ"]
    assert header == UNIT_COLUMNS
    assert [row[0] for row in rows] == [str(n) for n in range(1, UNIT_COUNT + 1)]
    by_name = rows_by_unit(rows)
    assert by_name["Xã Hồng Khê"][2:4] == ["Trực tiếp", "05/10/2023"]
    assert by_name["Thanh tra huyện"][2:4] == ["Tự KT", ""]
    modes = [row[2] for row in rows]
    assert (modes.count("Trực tiếp"), modes.count("Tự KT")) == (10, 18)


def test_text_counts_stages_and_lists_overdue_late_commended_and_criticised(
    cli: Run, progressed: Path
) -> None:
    tables = text_tables(summary(cli))
    assert tables["1. TIẾN ĐỘ THEO BƯỚC"][1:] == [
        ["Đã xếp lịch", "5/10"],
        ["Đã thông báo lịch", "2/10"],
        ["Đã nhận báo cáo (trực tiếp)", "1/10"],
        ["Đã kiểm tra", "1/10"],
        ["Báo cáo tự kiểm tra", "2/18"],
        ["Đã kết luận", "2/28"],
        ["Tổng số đơn vị", "28"],
    ]
    assert tables["3. VIỆC QUÁ HẠN"][1:] == [
        ["Xã Tân Hồng", "Thông báo lịch", "18/09/2023", "quá hạn 2 ngày"]
    ]
    assert tables["4. BƯỚC TRỄ HẠN"][1:] == [["Xã Vĩnh Hưng", "Thông báo lịch, Nhận báo cáo"]]
    assert tables["5. ĐƠN VỊ ĐƯỢC BIỂU DƯƠNG"][1:] == [["1", "Xã Vĩnh Hưng"]]
    assert tables["6. ĐƠN VỊ BỊ CHẤN CHỈNH, PHÊ BÌNH"][1:] == [["1", "Thị trấn Kẻ Sặt"]]
    assert tables["7. KẾT QUẢ KIỂM TRA THEO NỘI DUNG"][1:] == [
        ["Xã Vĩnh Hưng", "1. Xây dựng, ban hành, triển khai kế hoạch CCHC năm 2023", "Đạt", ""],
        ["Xã Vĩnh Hưng", "6. Số hóa đầu vào, đầu ra tại bộ phận một cửa", "Chưa đạt", ITEM_NOTE],
    ]


def test_text_starts_with_the_plan_header(cli: Run) -> None:
    lines = summary(cli).splitlines()
    assert lines[0] == "BÁO CÁO TỔNG HỢP TIẾN ĐỘ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"
    assert lines[1] == (
        "Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang, tỉnh Hải Dương"
    )
    assert "Hạn gửi báo cáo tự kiểm tra: trước ngày 15/10/2023" in lines
    assert "Số liệu tính đến ngày: 20/09/2023" in lines


def test_text_on_a_fresh_plan_shows_every_unit_and_no_overdue(cli: Run) -> None:
    tables = text_tables(summary(cli))
    rows = tables["2. DANH SÁCH ĐƠN VỊ"][1:]
    assert len(rows) == UNIT_COUNT
    assert "3. VIỆC QUÁ HẠN" not in tables
    assert {tuple(row[4:8]) for row in rows} == {
        ("Chưa xếp lịch", "Xếp lịch kiểm tra", "", ""),
        ("Chờ báo cáo", "Nhận báo cáo", "14/10/2023", "còn 24 ngày"),
    }


def test_text_pastes_cleanly_even_when_names_and_notes_carry_escape_codes(
    cli: Run, progressed: Path
) -> None:
    hostile = "\x1b[31mđỏ\x1b[0m\x07\r\nxuống dòng\x1b]52;c;cGFzdGU=\x07"
    assert cli("--today", TODAY, "item", "hong khe", "2", "dat", "--note", hostile).code == 0
    text = summary(cli)
    controls = {ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"}
    assert controls == set()
    assert "đỏ xuống dòng" in text
    text_tables(text)  # still aligned


# --- markdown --------------------------------------------------------------------------


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Each pipe table as rows of cells; a stray "|" in a cell would add a column."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            current.append([cell.strip().replace("\\|", "|") for cell in cells])
        elif current:
            widths = {len(row) for row in current}
            assert len(widths) == 1, f"rows of different width: {current}"
            tables.append([current[0], *current[2:]])
            current = []
    return tables


def test_markdown_has_headings_and_well_formed_tables(cli: Run, progressed: Path) -> None:
    text = summary(cli, "--format", "markdown")
    assert text.startswith("# BÁO CÁO TỔNG HỢP")
    assert "## 2. Danh sách đơn vị" in text
    assert (
        "- Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang, tỉnh Hải Dương" in text
    )
    tables = markdown_tables(text)
    units = next(table for table in tables if table[0][:2] == ["TT", "Đơn vị"])
    assert len(units) == UNIT_COUNT + 1
    rows_by_unit(units[1:])
    checklist = tables[-1]
    assert checklist[-1] == [
        "Xã Vĩnh Hưng",
        "6. Số hóa đầu vào, đầu ra tại bộ phận một cửa",
        "Chưa đạt",
        ITEM_NOTE,
    ]


# --- csv and tsv -----------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_csv_and_tsv_read_back_as_one_row_per_unit(
    cli: Run, progressed: Path, fmt: str, delimiter: str
) -> None:
    text = summary(cli, "--format", fmt)
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert header == [*UNIT_COLUMNS, "Bước trễ hạn"]
    assert len(rows) == UNIT_COUNT
    assert {len(row) for row in rows} == {len(header)}
    by_name = rows_by_unit(rows)
    assert by_name["Xã Vĩnh Hưng"][9] == "Thông báo lịch, Nhận báo cáo"
    assert by_name["Xã Hồng Khê"][9] == ""


def test_tsv_cells_never_hold_a_tab_or_newline(cli: Run, progressed: Path) -> None:
    assert cli("--today", TODAY, "note", "hong khe", "a\tb\nc").code == 0
    for line in summary(cli, "-f", "tsv").splitlines()[1:]:
        assert line.count("\t") == 9


# --- html ------------------------------------------------------------------------------


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


def test_html_is_well_formed_and_escapes_what_people_typed(cli: Run, progressed: Path) -> None:
    text = summary(cli, "--format", "html")
    page = _Page()
    page.feed(text)
    page.close()
    assert page.open == []
    assert text.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in text
    # the note's "<b>" is text on the page, not bold
    assert "b" not in page.tags
    assert "Chưa &lt;b&gt;đủ&lt;/b&gt; | thiếu 30% &amp; &quot;trễ&quot;" in text
    units = next(table for table in page.tables if table[0][:2] == ["TT", "Đơn vị"])
    assert len(units) == UNIT_COUNT + 1
    rows_by_unit(units[1:])
    assert page.tables[-1][-1][-1] == ITEM_NOTE


# --- json ------------------------------------------------------------------------------


def test_json_gives_each_unit_with_iso_dates_and_signed_days_left(
    cli: Run, progressed: Path
) -> None:
    document = json.loads(summary(cli, "--format", "json"))
    assert document["today"] == "2023-09-20"
    assert document["plan"]["number"] == "96/KH-UBND"
    assert document["plan"]["issued_on"] == "2023-09-15"
    units = {unit["name"]: unit for unit in document["units"]}
    assert len(document["units"]) == len(units) == UNIT_COUNT
    for unit in document["units"]:
        assert {
            "name",
            "mode",
            "stage",
            "inspection_date",
            "next_step",
            "next_due",
            "days_left",
            "late_steps",
            "conclusion",
        } <= unit.keys()
        assert unit["mode"] in ("direct", "self")
        assert isinstance(unit["late_steps"], list)

    def fields(name: str, *keys: str) -> tuple[object, ...]:
        return tuple(units[name][key] for key in keys)

    keys = ("mode", "stage", "inspection_date", "next_step", "next_due", "days_left")
    # the notice is due D-10
    assert fields("Xã Tân Hồng", *keys) == (
        "direct",
        "scheduled",
        "2023-09-28",
        "notified",
        "2023-09-18",
        -2,
    )
    # the report is due D-5
    assert fields("Xã Hồng Khê", *keys) == (
        "direct",
        "notified",
        "2023-10-05",
        "report",
        "2023-09-30",
        10,
    )
    # a self report is due on 14/10/2023, the last day before 15/10
    assert fields("Xã Bình Minh", *keys) == (
        "self",
        "awaiting_report",
        None,
        "report",
        "2023-10-14",
        24,
    )
    assert fields("Xã Long Xuyên", "next_due", "days_left") == ("2023-09-20", 0)
    assert fields("Phòng Kinh tế - Hạ tầng", "stage", "next_step", "next_due", "days_left") == (
        "unscheduled",
        "schedule",
        None,
        None,
    )
    assert fields("Xã Vĩnh Hưng", "stage", "next_step", "late_steps", "conclusion") == (
        "concluded",
        None,
        ["notified", "report"],
        "bieu-duong",
    )
    assert fields("Thị trấn Kẻ Sặt", "late_steps", "conclusion") == ([], "phe-binh")
    assert fields("Xã Hồng Khê", "late_steps", "conclusion") == ([], None)
    assert units["Xã Hồng Khê"]["notes"][0]["text"] == "Đã gọi điện nhắc gửi báo cáo"
    checklist = {item["id"]: item for item in units["Xã Vĩnh Hưng"]["checklist"]}
    assert (checklist["so-hoa"]["verdict"], checklist["so-hoa"]["note"]) == ("chua-dat", ITEM_NOTE)


# --- language, output file, real process ---------------------------------------------


def test_english_summary(cli: Run, progressed: Path) -> None:
    text = summary(cli, "--lang", "en")
    tables = text_tables(text)
    assert text.startswith("PROGRESS REPORT ON THE ADMINISTRATIVE REFORM INSPECTION")
    header, *rows = tables["2. UNITS"]
    assert header[:5] == ["No.", "Unit", "Mode", "Date", "Stage"]
    by_name = {row[1]: row for row in rows}
    assert by_name["Xã Tân Hồng"][4:8] == [
        "Scheduled",
        "Notify schedule",
        "18/09/2023",
        "2 days overdue",
    ]
    assert by_name["Xã Hồng Khê"][7] == "in 10 days"
    assert by_name["Xã Long Xuyên"][7] == "today"
    assert by_name["Xã Thúc Kháng"][7] == "in 1 day"
    assert by_name["Xã Vĩnh Hưng"][8] == "Commend"
    document = json.loads(summary(cli, "--lang", "en", "--format", "json"))
    assert document["lang"] == "en"
    assert {unit["countdown"] for unit in document["units"]} >= {"2 days overdue", "today"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "tsv", "html", "json"])
def test_output_option_writes_the_same_report_to_a_file(
    cli: Run, progressed: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"bao-cao.{fmt}"
    outcome = cli("--today", TODAY, "summary", "-f", fmt, "-o", str(target))
    assert outcome == Outcome(0, "", f"Đã ghi {target}.\n")
    assert target.read_text(encoding="utf-8") == summary(cli, "-f", fmt)


def test_output_to_a_missing_folder_is_a_clear_error(cli: Run, tmp_path: Path) -> None:
    outcome = cli("--today", TODAY, "summary", "-o", str(tmp_path / "no" / "such.txt"))
    assert outcome.code == 1
    assert outcome.err.startswith(f"cchc-tui: lỗi: Không ghi được {tmp_path / 'no' / 'such.txt'}")


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
        .replace('receiver = "Phòng', 'receiver = "\\u009b31mPhòng')
    )
    plan_path = tmp_path / "hostile.toml"
    plan_path.write_text(hostile, encoding="utf-8")
    assert cli("import", str(plan_path)).code == 0
    text = summary(cli)
    assert {ch for ch in text if unicodedata.category(ch) == "Cc" and ch != "\n"} == set()
    assert "Kế hoạch số 97/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang" in text
    assert "Nơi nhận báo cáo: Phòng Nội vụ huyện" in text

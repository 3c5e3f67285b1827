"""The report's pieces: the letterhead from the plan, escaping for each form, and a section
added later showing in every form with no code of its own."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from datetime import date

import msgspec.structs
import pytest

from cchc_tui.core.model import LetterSettings
from cchc_tui.core.planfile import PlanFile, dump_plan_file, parse_plan_file
from cchc_tui.core.report import FORMATS, build_report, format_for, render
from cchc_tui.core.report.content import Column, Reach, Section, Table, roman
from cchc_tui.core.report.delimited import neutralised
from cchc_tui.core.report.letterhead import derived_place, letterhead
from cchc_tui.core.report.markdown import escape
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.store.paths import sample_plan_text
from tests.core.plan_text import broken, plan_file_error

TODAY = date(2023, 9, 20)


@pytest.mark.parametrize(
    ("issuer", "place"),
    [
        ("UBND huyện Bình Giang, tỉnh Hải Dương", "Bình Giang"),
        ("Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng"),
        ("Uỷ ban nhân dân xã Kẻ Sặt", "Kẻ Sặt"),
        ("UBND tỉnh Hải Dương", "Hải Dương"),
        ("Sở Nội vụ tỉnh Hải Dương", ""),
        ("UBND huyện", ""),
    ],
)
def test_the_place_before_the_date_comes_from_the_issuer(
    sample: PlanFile, issuer: str, place: str
) -> None:
    assert derived_place(msgspec.structs.replace(sample.plan, issuer=issuer)) == place


def test_an_issuer_that_is_not_a_committee_leaves_blanks_not_guesses(sample: PlanFile) -> None:
    plan = msgspec.structs.replace(
        sample.plan, issuer="Sở Nội vụ tỉnh Hải Dương", letter=LetterSettings()
    )
    head = letterhead(plan, "vi", kind="BÁO CÁO", subject="x", code_kind="BC", year=2023)
    assert head.body == ("SỞ NỘI VỤ TỈNH HẢI DƯƠNG",)
    assert (head.number, head.place_date) == ("Số: …/BC-…", "…, ngày … tháng … năm 2023")
    assert head.signer == ("…",)
    assert head.recipients == ("- …;", "- Lưu: VT.")


def test_the_plan_files_report_section_round_trips_and_names_its_mistakes() -> None:
    plan_file = parse_plan_file(sample_plan_text())
    letter = plan_file.plan.letter
    assert letter.body == ("ỦY BAN NHÂN DÂN", "HUYỆN BÌNH GIANG")
    assert (letter.place, letter.report_code, letter.notice_code) == (
        "Bình Giang",
        "BC-UBND",
        "TB-UBND",
    )
    again = parse_plan_file(dump_plan_file(plan_file.plan, plan_file.units))
    assert again.plan == plan_file.plan
    one_line = broken('place = "Bình Giang"', 'place = "Bình Giang"\nsign = 1')
    refused = plan_file_error(one_line)
    params = refused.params
    assert refused.key == "plan_file_unknown_key_hint"  # "sign": did you mean "signer"?
    assert (params["where"], params["name"], params["known"]) == ("[report]", "sign", "signer")
    assert one_line.splitlines()[params["line"] - 1] == "sign = 1"
    refused = plan_file_error(broken('body = ["ỦY BAN NHÂN DÂN", "HUYỆN BÌNH GIANG"]', "body = 3"))
    assert refused.params["field"] == "body"
    assert refused.params["problem"] == ("type", ("expected", '["…", …]'))


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("[bấm](javascript:x)", "\\[bấm\\](javascript:x)"),
        ("**đậm** _nghiêng_ `mã`", "\\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\`"),
        ("a | b & c", "a \\| b &amp; c"),
        ("# tiêu đề", "\\# tiêu đề"),
        ("12. mục", "12\\. mục"),
        ("- gạch", "\\- gạch"),
        ("Xã Hồng Khê 05/10/2023", "Xã Hồng Khê 05/10/2023"),
    ],
)
def test_markdown_shows_data_as_typed(typed: str, shown: str) -> None:
    assert escape(typed) == shown


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+84 912", "'+84 912"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Xã Hồng Khê", "Xã Hồng Khê"),
        (-2, "-2"),
        (date(2023, 10, 5), "2023-10-05"),
        (None, ""),
    ],
)
def test_csv_cells_never_start_a_formula(value: object, cell: str) -> None:
    assert neutralised(value) == cell  # type: ignore[arg-type]


def test_parts_are_numbered_as_documents_number_them() -> None:
    assert [roman(n) for n in (1, 4, 5, 9, 14)] == ["I", "IV", "V", "IX", "XIV"]


def test_a_file_name_picks_its_form() -> None:
    assert format_for("bao-cao.DOCX", "text") == "docx"
    assert format_for("bao-cao.xlsx", "text") == "xlsx"
    assert format_for("bao-cao.md", "text") == "markdown"
    assert format_for("bao-cao", "html") == "html"
    assert format_for("bao-cao.pdf", "csv") == "csv"


def test_a_section_added_later_shows_in_every_form(sample: PlanFile) -> None:
    """What issue 12 will add ("Đoàn kiểm tra") is one function returning a Section."""
    snapshot = Snapshot(sample.plan, sample.units, (sample.plan.number,))
    report = build_report(snapshot, TODAY, "vi")
    team = Table(
        "Đoàn kiểm tra",
        (
            Column("Họ và tên", width=20),
            Column("Chức vụ", width=30),
            Column("Từ ngày", "date", 11),
            Column("Ghi chú nội bộ", reach=Reach.OFFICE),
        ),
        (("Nguyễn Văn <A>", "Trưởng phòng Nội vụ", date(2023, 10, 2), "=gọi trước"),),
    )
    extended = replace(report, sections=(*report.sections[:1], Section("Đoàn kiểm tra", (team,))))
    for fmt in FORMATS:
        if fmt in ("csv", "tsv"):
            continue  # a CSV holds the report's one main table
        shown = render(extended, fmt)
        if isinstance(shown, bytes):
            with zipfile.ZipFile(io.BytesIO(shown)) as package:
                names = [n for n in package.namelist() if n.endswith(".xml")]
                shown = " ".join(package.read(n).decode() for n in names)
        if fmt == "json":
            shown = json.dumps(json.loads(shown), ensure_ascii=False)
        assert "Trưởng phòng Nội vụ" in shown, fmt
    text = render(extended, "text")
    assert "II. ĐOÀN KIỂM TRA" in text
    assert (
        "1. Nguyễn Văn <A> — Chức vụ: Trưởng phòng Nội vụ; Từ ngày: 02/10/2023; "
        "Ghi chú nội bộ: =gọi trước." in text
    )
    docx = render(extended, "docx")
    assert isinstance(docx, bytes)
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = package.read("word/document.xml").decode()
    assert "Nguyễn Văn &lt;A&gt;" in body and "=gọi trước" not in body  # office-only column

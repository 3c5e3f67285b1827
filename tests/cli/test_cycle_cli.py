"""The rest of the inspection cycle from the command line, on the sample plan at a fixed today:
the team, evidence for each verdict, the follow-up after a conclusion, procedure results;
each exported and imported back, and each in the summary."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run

OCT_10 = "10/10/2023"
SEED_TTHC = (
    "--period",
    "Đến tháng 04/2024",
    "--received",
    "11429",
    "--on-time",
    "11273",
    "--late",
    "4",
    "--on",
    "14/04/2024",
)
PIECE = "12/BC-UBND; 20/09/2023; Báo cáo kết quả CCHC 9 tháng; https://example.vn/12.pdf"

# The whole cycle for two units, as a clerk types it.
CYCLE: tuple[tuple[str, ...], ...] = (
    ("team", "add", "Nguyễn Văn An", "--role", "truong-doan", "--office", "Phòng Nội vụ"),
    ("team", "add", "Trần Thị Bình", "--role", "thu-ky", "--office", "Phòng Nội vụ"),
    ("team", "decision", "215/QĐ-UBND", "--on", "20/09/2023"),
    ("schedule", "vinh hung", "02/10/2023", "--today", "20/09/2023"),
    ("team", "assign", "nguyen van an", "vinh hung"),
    ("team", "assign", "binh", "vinh hung"),
    ("mark", "vinh hung", "notified", "--on", "20/09/2023"),
    ("mark", "vinh hung", "report", "--on", "26/09/2023"),
    ("mark", "vinh hung", "inspected", "--on", "02/10/2023"),
    ("item", "vinh hung", "1", "dat", "--evidence", PIECE),
    ("item", "vinh hung", "2", "chua-dat", "--no-evidence", "Xã chưa lưu hồ sơ tuyên truyền"),
    ("item", "vinh hung", "3", "dat"),
    (
        "conclude",
        "vinh hung",
        "phe-binh",
        "--fix-by",
        "20/10/2023",
        "--issue",
        "Chưa lưu đủ hồ sơ tuyên truyền",
    ),
    ("tthc", *SEED_TTHC, "--today", "15/04/2024"),  # the figures the seed's page shows
    ("tthc", "vinh hung", "--period", "Quý III/2023", "--received", "1.250", "--on-time",
     "1240", "--late", "2", "--pending", "8", "--online", "600"),
)  # fmt: skip


@pytest.fixture
def cycled(cli: Run) -> Run:
    for command in CYCLE:
        outcome = cli("--today", OCT_10, *command)
        assert outcome.code == 0, (command, outcome.err)
    return cli


def test_the_team_is_listed_with_its_decision_and_units(cycled: Run) -> None:
    assert cycled("--today", OCT_10, "team").out.splitlines() == [
        "Đoàn kiểm tra — Thành lập theo Quyết định số 215/QĐ-UBND ngày 20/09/2023",
        "1. Nguyễn Văn An — Trưởng đoàn, Phòng Nội vụ — kiểm tra: Xã Vĩnh Hưng (02/10/2023)",
        "2. Trần Thị Bình — Thư ký, Phòng Nội vụ — kiểm tra: Xã Vĩnh Hưng (02/10/2023)",
    ]


def test_a_member_due_at_two_units_on_one_day_is_warned_about(cycled: Run) -> None:
    assert cycled("schedule", "hong khe", "02/10/2023", "--today", "20/09/2023").code == 0
    outcome = cycled("--today", OCT_10, "team", "assign", "an", "hong khe")
    assert outcome.code == 0
    assert outcome.out == "Nguyễn Văn An kiểm tra Xã Hồng Khê.\n"
    assert outcome.err == (
        "Lưu ý: Nguyễn Văn An được phân công kiểm tra 2 đơn vị cùng ngày 02/10/2023: "
        "Xã Hồng Khê, Xã Vĩnh Hưng.\n"
    )
    assert "Trùng lịch:" in cycled("--today", OCT_10, "team").out
    # scheduling a unit of hers on a day she is due elsewhere warns too
    assert cycled("--today", OCT_10, "team", "assign", "binh", "tan hong").code == 0
    moved = cycled("schedule", "tan hong", "02/10/2023", "--today", "20/09/2023")
    assert moved.code == 0
    assert (
        "Lưu ý: Trần Thị Bình được phân công kiểm tra 2 đơn vị cùng ngày 02/10/2023: "
        "Xã Tân Hồng, Xã Vĩnh Hưng." in moved.err
    )


def test_team_refusals_are_one_line_with_an_exit_code(cycled: Run) -> None:
    unknown = cycled("team", "assign", "Hoa", "hong khe")
    assert (unknown.code, unknown.out) == (1, "")
    assert unknown.err == (
        "cchc-tui: lỗi: Đoàn kiểm tra không có thành viên “Hoa”. "
        "Thành viên: Nguyễn Văn An, Trần Thị Bình.\n"
    )
    leader = cycled("team", "add", "Phạm Hoa", "--role", "truong-doan")
    assert leader.code == 1 and "Đoàn đã có Trưởng đoàn: Nguyễn Văn An" in leader.err
    role = cycled("--lang", "en", "team", "add", "Phạm Hoa", "--role", "boss")
    assert role.code == 1 and "truong-doan (leader)" in role.err
    usage = cycled("team", "add", "Phạm Hoa")
    assert usage.code == 2 and "team add HỌ-TÊN --role VAI-TRÒ" in usage.err
    removed = cycled("team", "remove", "binh")
    assert removed.out == (
        "Đã bớt Trần Thị Bình khỏi Đoàn kiểm tra và khỏi 1 đơn vị được phân công.\n"
    )
    assert cycled("undo").code == 0 and "Trần Thị Bình" in cycled("team").out


def test_evidence_is_counted_dropped_and_a_verdict_without_it_warned(cycled: Run) -> None:
    outcome = cycled("item", "vinh hung", "1", "--evidence", "Kế hoạch CCHC năm 2023 của xã")
    assert outcome.out.splitlines()[-1] == (
        "Xã Vĩnh Hưng: Xây dựng, ban hành, triển khai kế hoạch CCHC năm 2023 — "
        "2 tài liệu kiểm chứng."
    )
    assert cycled("item", "vinh hung", "1", "--drop-evidence", "2").code == 0
    bare = cycled("item", "vinh hung", "4", "dat")
    assert bare.err == (
        "Lưu ý: Thực hiện nhiệm vụ CCHC UBND tỉnh, huyện giao năm 2023 đánh giá Đạt nhưng chưa "
        "có tài liệu kiểm chứng.\n"
    )
    twice = cycled("item", "vinh hung", "1", "--evidence", "12/BC-UBND; 13/BC-UBND")
    assert twice.code == 1 and "có hai số hiệu" in twice.err
    nothing = cycled("item", "vinh hung", "1")
    assert nothing.code == 2
    gone = cycled("item", "vinh hung", "1", "--drop-evidence", "5")
    assert gone.code == 1 and "không có tài liệu số 5 (có 1)" in gone.err


def test_the_remediation_report_is_a_step_with_its_countdown_agenda_and_stage(
    cycled: Run,
) -> None:
    agenda = cycled("--today", OCT_10, "agenda").out.splitlines()
    assert " ".join(agenda[-1].split()) == "còn 10 ngày 20/10/2023 Báo cáo khắc phục Xã Vĩnh Hưng"
    early = cycled("--today", OCT_10, "mark", "vinh hung", "fixed", "--on", "09/10/2023")
    assert early.code == 1 and "trước ngày Kết luận (10/10/2023)" in early.err
    done = cycled("--today", "18/10/2023", "mark", "vinh hung", "khac-phuc")
    assert done.out == ("Xã Vĩnh Hưng: đã khắc phục ngày 18/10/2023 (đúng hạn, hạn 20/10/2023).\n")
    assert "Đã khắc phục" in cycled("units", "--filter", "vinh hung").out
    none = cycled("--today", OCT_10, "mark", "hong khe", "fixed")
    assert none.code == 1 and "không có yêu cầu khắc phục" in none.err


def test_the_seeds_procedure_results_are_said_honestly(cli: Run) -> None:
    outcome = cli("--today", "15/04/2024", "tthc", *SEED_TTHC)
    assert outcome.out == (
        "UBND huyện Bình Giang, tỉnh Hải Dương — Đến tháng 04/2024 (cập nhật 14/04/2024): "
        "11.429 hồ sơ xử lý; giải quyết trước và đúng hạn 11.273 (99,96 %), trễ hạn 4 "
        "(0,04 %). Số liệu không khớp: 11.273 + 4 = 11.277 ≠ 11.429 hồ sơ xử lý; 152 hồ sơ "
        "không rõ kết quả (chưa ghi số đang giải quyết).\n"
    )
    english = cli("--lang", "en", "--today", "15/04/2024", "tthc")
    assert "late 4 (0.04 %)" in english.out and "152 files are not accounted for" in english.out
    bad = cli("tthc", "--period", "Q1", "--received", "mười", "--on-time", "1", "--late", "0")
    assert bad.code == 2 and "phải là số hồ sơ" in bad.err
    partial = cli("tthc", "--period", "Q1", "--received", "10")
    assert partial.code == 2 and "--on-time" in partial.err


def test_export_and_import_carry_the_whole_cycle(cycled: Run, tmp_path: Path) -> None:
    exported = tmp_path / "plan.toml"
    assert cycled("--today", OCT_10, "export", "-o", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert '[[team.members]]\nname = "Nguyễn Văn An"' in text
    assert "[[units.items.ke-hoach.evidence]]" in text
    assert 'missing = "Xã chưa lưu hồ sơ tuyên truyền"' in text
    copy = tmp_path / "copy.json"
    base = ("--db", str(copy), "--today", OCT_10)
    imported = cycled(*base, "import", str(exported))
    assert imported.code == 0, imported.err
    again = cycled(*base, "export").out
    assert again == text
    for command in (("team",), ("tthc",), ("summary", "-f", "json")):
        assert cycled(*base, *command).out == cycled("--today", OCT_10, *command).out


def test_a_plan_file_sets_a_default_deadline_for_units_criticised(run: Run, tmp_path: Path) -> None:
    from cchc_tui.store.paths import sample_plan_text

    text = sample_plan_text().replace(
        'count_days = "calendar"', 'count_days = "calendar"\nfollow_up_days = 15'
    )
    plan = tmp_path / "plan.toml"
    plan.write_text(text, encoding="utf-8")
    base = ("--db", str(tmp_path / "db.json"), "--today", OCT_10)
    assert run(*base, "import", str(plan)).code == 0
    for command in (
        ("mark", "ke sat", "report", "--on", "09/10/2023"),
        ("conclude", "ke sat", "phe-binh"),
    ):
        assert run(*base, *command).code == 0
    units = json.loads(run(*base, "summary", "-f", "json").out)["units"]
    assert next(u for u in units if u["key"] == "thi-tran-ke-sat")["fix_by"] == "2023-10-25"
    typo = plan.read_text(encoding="utf-8").replace("follow_up_days", "follow_up_day")
    plan.write_text(typo, encoding="utf-8")
    refused = run("--db", str(tmp_path / "other.json"), "import", str(plan))
    assert refused.code == 1 and "(có phải “follow_up_days”?)" in refused.err


def test_the_summary_names_the_team_evidence_follow_up_and_tthc_in_every_form(
    cycled: Run,
) -> None:
    text = cycled("--today", OCT_10, "summary").out
    for said in (
        "Đoàn kiểm tra được thành lập theo Quyết định số 215/QĐ-UBND ngày 20/09/2023, gồm 2 "
        "thành viên.",
        "1. Nguyễn Văn An — Trưởng đoàn, Phòng Nội vụ; kiểm tra: Xã Vĩnh Hưng (02/10/2023).",
        "Xã Vĩnh Hưng — Công tác kiểm tra, đôn đốc thực hiện CCHC.",  # đạt, no evidence
        "1. Xã Vĩnh Hưng — Chưa lưu đủ hồ sơ tuyên truyền; hạn báo cáo khắc phục 20/10/2023; "
        "chưa báo cáo khắc phục; còn 10 ngày.",
        "trễ hạn 4 (0,04 %). Số liệu không khớp: 11.273 + 4 = 11.277 ≠ 11.429 hồ sơ xử lý; "
        "152 hồ sơ không rõ kết quả",
        "kiểm tra trực tiếp ngày 02/10/2023 (Đoàn: Nguyễn Văn An, Trần Thị Bình)",
        "tài liệu kiểm chứng: số 12/BC-UBND ngày 20/09/2023, Báo cáo kết quả CCHC 9 tháng "
        "(https://example.vn/12.pdf).",
        "không có tài liệu kiểm chứng: Xã chưa lưu hồ sơ tuyên truyền.",
    ):
        assert said in text, said
    printed = {
        fmt: cycled("--today", OCT_10, "summary", "-f", fmt).out
        for fmt in ("markdown", "html", "csv", "tsv", "json")
    }
    for fmt, shown in printed.items():
        assert "Nguyễn Văn An" in shown, fmt
        assert "2023-10-20" in shown or "20/10/2023" in shown, fmt  # the fix deadline
        assert "1250" in shown or "1.250" in shown, fmt  # a unit's TTHC figures
    rows = printed["csv"].lstrip("\ufeff").splitlines()
    table = {row["Đơn vị"]: row for row in csv.DictReader(rows)}
    vinh_hung = table["Xã Vĩnh Hưng"]
    assert (vinh_hung["Số tài liệu kiểm chứng"], vinh_hung["Số nội dung Đạt chưa có tài liệu"]) == (
        "1",
        "1",
    )
    assert vinh_hung["Thành viên Đoàn kiểm tra"] == "Nguyễn Văn An, Trần Thị Bình"
    assert vinh_hung["Trễ hạn"] == "2" and vinh_hung["Tỷ lệ trễ hạn"] == "0,16 %"
    for fmt in ("markdown", "html", "json"):
        shown = printed[fmt]
        assert "Báo cáo kết quả CCHC 9 tháng" in shown, fmt
        assert "0,04 %" in shown and "152" in shown, fmt

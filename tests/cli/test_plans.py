"""`new-plan`, `plans` and `plan-review`: next year's plan from the sample, the plans of a
file, and what a new plan carried over until someone confirms it."""

from __future__ import annotations

import json
from pathlib import Path

from cchc_tui.core.planfile import parse_plan_file
from cchc_tui.store import Store
from tests.cli.conftest import TODAY, Run
from tests.conftest import DATA

NEW = "45/KH-UBND"
NEW_PLAN = ("new-plan", NEW, "--from", "96/KH-UBND", "--issued", "12/09/2024")


def units_of(cli: Run, *args: str) -> dict[str, dict[str, object]]:
    data = json.loads(cli("--today", "25/09/2024", *args, "summary", "-f", "json").out)
    return {unit["name"]: unit for unit in data["units"]}


def test_new_plan_makes_2024s_plan_from_the_sample_with_no_progress(
    cli: Run, progressed: Path, store: Store
) -> None:
    outcome = cli(*NEW_PLAN)
    assert outcome.code == 0, outcome.err
    said = outcome.out.splitlines()
    assert said[0] == (
        "Đã lập Kế hoạch 45/KH-UBND năm 2024 từ Kế hoạch 96/KH-UBND: 28 đơn vị, chưa có "
        "tiến độ; đây là kế hoạch hiện hành."
    )
    assert said[1].startswith("Lập từ Kế hoạch số 96/KH-UBND; cần rà soát: Tên kế hoạch; ")
    plan = store.load().plan
    assert (plan.number, plan.plan_year, plan.carried_from) == (NEW, 2024, "96/KH-UBND")
    assert plan.self_report_before.isoformat() == "2024-10-15"
    assert (plan.window_start.isoformat(), plan.window_end.isoformat()) == (  # type: ignore[union-attr]
        "2024-09-21",
        "2024-10-10",
    )
    assert plan.title.endswith("năm 2024")
    assert plan.based_on == store.load("96/KH-UBND").plan.based_on  # cited as they are
    assert plan.kinds == store.load("96/KH-UBND").plan.kinds
    units = units_of(cli)
    assert len(units) == 28
    assert all(unit["stage"] in ("unscheduled", "awaiting_report") for unit in units.values())
    assert all(not unit["notes"] and not unit["conclusion"] for unit in units.values())
    # the old plan keeps its progress, and its own history
    assert units_of(cli, "--plan", "96/KH-UBND")["Xã Vĩnh Hưng"]["conclusion"] == "bieu-duong"
    assert "lập kế hoạch 45/KH-UBND từ 96/KH-UBND" in cli("history").out
    old_history = cli("--plan", "96/KH-UBND", "history").out
    assert "45/KH-UBND" not in old_history and "Xã Vĩnh Hưng" in old_history
    summary = cli("--today", "25/09/2024", "summary").out
    assert summary.startswith("BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024\n")
    assert "cần rà soát" in summary


def test_plans_lists_them_and_plan_and_the_default_pick_one(cli: Run) -> None:
    assert cli(*NEW_PLAN).code == 0
    listed = cli("plans").out.splitlines()
    assert listed[2].split() == ["96/KH-UBND", "15/09/2023", "2023", "28"]
    assert listed[3].split() == [
        "*",
        NEW,
        "12/09/2024",
        "2024",
        "28",
        "8",
        "mục",
        "cần",
        "rà",
        "soát",
    ]
    assert listed[-1].startswith("* kế hoạch hiện hành")
    assert cli("schedule", "hong khe", "01/10/2024").code == 0
    assert cli("--plan", "96/KH-UBND", "schedule", "hong khe", "05/10/2023").code == 0
    assert units_of(cli)["Xã Hồng Khê"]["inspection_date"] == "2024-10-01"
    assert units_of(cli, "--plan", "96/KH-UBND")["Xã Hồng Khê"]["inspection_date"] == "2023-10-05"


def test_plan_review_lists_then_confirms_and_undo_brings_it_back(cli: Run) -> None:
    assert cli(*NEW_PLAN).code == 0
    shown = cli("plan-review").out.splitlines()
    assert shown[0] == (
        "Kế hoạch 45/KH-UBND lập từ Kế hoạch số 96/KH-UBND; các mục sau chưa được xác nhận:"
    )
    assert "5. Khoảng ngày kiểm tra: 21/09/2024 – 10/10/2024" in shown
    assert "6. Hạn gửi báo cáo tự kiểm tra: trước ngày 15/10/2024" in shown
    assert shown[-1] == "Đã rà soát xong: cchc-tui plan-review --confirm"
    confirmed = cli("plan-review", "--confirm")
    assert confirmed.out == "Kế hoạch 45/KH-UBND: đã xác nhận 8 mục chuyển từ kế hoạch trước.\n"
    assert cli("plan-review").out == "Kế hoạch 45/KH-UBND: không còn mục nào cần rà soát.\n"
    assert "cần rà soát" not in cli("--today", TODAY, "summary").out
    assert "xác nhận các mục cần rà soát: Tên kế hoạch" in cli("history").out
    assert cli("undo").out.startswith("Đã hoàn tác: #2 xác nhận các mục cần rà soát")
    assert cli("plan-review").out.startswith("Kế hoạch 45/KH-UBND lập từ")
    assert cli("--plan", "96/KH-UBND", "plan-review").out == (
        "Kế hoạch 96/KH-UBND: không còn mục nào cần rà soát.\n"
    )


def test_undo_right_after_new_plan_removes_it(cli: Run) -> None:
    assert cli(*NEW_PLAN).code == 0
    assert cli("undo").out == "Đã hoàn tác: #1 lập kế hoạch 45/KH-UBND từ 96/KH-UBND\n"
    assert cli("plans").out.splitlines()[2].split() == [
        "*",
        "96/KH-UBND",
        "15/09/2023",
        "2023",
        "28",
    ]
    assert cli("check").code == 0


def test_new_plan_to_a_file_gives_a_draft_to_edit_and_import(
    cli: Run, tmp_path: Path, store: Store
) -> None:
    draft = tmp_path / "ke-hoach-2025.toml"
    outcome = cli(
        "new-plan", "12/KH-UBND", "--issued", "20/12/2024", "--year", "2025", "-o", str(draft)
    )
    assert (outcome.code, outcome.out) == (0, "")
    assert [plan.number for plan, _ in store.plan_list()[0]] == ["96/KH-UBND"]
    plan = parse_plan_file(draft.read_text(encoding="utf-8"), str(draft)).plan
    assert (plan.plan_year, plan.issued_on.year) == (2025, 2024)
    assert plan.self_report_before.isoformat() == "2025-10-15"
    assert plan.review[0] == "title" and plan.carried_from == "96/KH-UBND"
    assert cli("import", str(draft)).code == 0
    assert cli("plan-review").out.startswith("Kế hoạch 12/KH-UBND lập từ Kế hoạch số 96/KH-UBND")


def test_wrong_new_plans_are_refused_in_one_line(cli: Run) -> None:
    assert cli(*NEW_PLAN).code == 0
    again = cli(*NEW_PLAN)
    assert again.code == 1 and again.err.count("\n") == 1 and NEW in again.err
    earlier = cli("new-plan", "1/KH", "--issued", "01/03/2022")
    assert earlier.code == 1
    assert earlier.err == (
        "cchc-tui: lỗi: Kế hoạch 45/KH-UBND là của năm 2024: không lập được kế hoạch năm 2022 "
        "(trước đó) từ nó.\n"
    )
    unknown = cli("new-plan", "2/KH", "--from", "99/KH", "--issued", "01/03/2025")
    assert unknown.code == 1 and "99/KH" in unknown.err
    missing = cli("new-plan", "2/KH")
    assert missing.code == 2 and "--issued" in missing.err
    bad_year = cli("new-plan", "2/KH", "--issued", "01/03/2025", "--year", "3000")
    assert bad_year.code == 2 and "2000" in bad_year.err


# --- the timeline -----------------------------------------------------------------------

FOUR_UNITS = (
    ("hong khe", "05/10/2023"),
    ("long xuyen", "05/10/2023"),
    ("tan hong", "02/10/2023"),
    ("kinh te", "09/10/2023"),
)


def test_timeline_shows_the_sample_with_four_scheduled_units_and_one_clash(cli: Run) -> None:
    for unit, day in FOUR_UNITS:
        assert cli("--today", TODAY, "schedule", unit, day).code == 0
    outcome = cli("--today", TODAY, "timeline")
    assert outcome.code == 0, outcome.err
    lines = outcome.out.splitlines()
    assert lines[0] == "Biểu đồ lịch kiểm tra — Kế hoạch 96/KH-UBND (tính đến ngày 20/09/2023)"
    assert max(map(len, lines)) <= 80  # not a terminal: 80 columns, two weeks a block
    rows = [line for line in lines if line.startswith(("Xã ", "Phòng "))]
    assert len(rows) == 8  # four units, in two blocks
    assert "Cảnh báo (1):" in lines
    assert (
        "1. Thứ Năm 05/10/2023: 2 đơn vị cùng được kiểm tra — Xã Hồng Khê, Xã Long Xuyên."
        in " ".join(outcome.out.split())
    )
    wide = cli("--today", TODAY, "--lang", "en", "timeline", "--width", "120").out.splitlines()
    assert len([line for line in wide if line.startswith("Unit")]) == 1
    assert "Warnings (1):" in wide


def test_the_province_example_runs_with_its_own_kinds_and_its_clash(
    run: Run, tmp_path: Path
) -> None:
    db = str(tmp_path / "tinh.json")
    example = DATA / "example-2026-province-level.toml"
    assert run("--db", db, "import", str(example)).code == 0
    units = run("--db", db, "units").out
    assert "Sở Tài chính" in units and "Đặc khu" in units and "Phường" in units
    assert run("--db", db, "units", "--filter", "phuong vi du").out.count("Phường Ví Dụ") == 2
    timeline = " ".join(run("--db", db, "--today", "28/04/2026", "timeline").out.split())
    assert "Cảnh báo (1): 1. Thứ Ba 19/05/2026: 2 đơn vị cùng được kiểm tra — Phường Ví Dụ " in (
        timeline
    )
    summary = run("--db", db, "--today", "04/05/2026", "summary").out
    assert "huyện" not in summary.lower()
    assert summary.startswith("BÁO CÁO KẾT QUẢ KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026")

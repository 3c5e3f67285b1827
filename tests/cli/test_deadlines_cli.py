"""Deadlines on the command line: reports sent and received, scheduling warnings on stderr,
an agenda that flags due days off, and a 2024 plan counted in working days."""

from __future__ import annotations

from pathlib import Path

from cchc_tui.store import Store
from tests.cli.conftest import Run
from tests.conftest import DATA

EXAMPLE_2024 = DATA / "example-2024-working-days.toml"


def test_a_report_sent_before_the_deadline_is_on_time_and_both_days_are_kept(
    cli: Run, store: Store
) -> None:
    assert cli("--today", "22/09/2023", "schedule", "hong khe", "05/10/2023").code == 0
    assert cli("--today", "22/09/2023", "mark", "hong khe", "notified").code == 0
    done = cli(
        "--today", "03/10/2023", "mark", "hong khe", "bao-cao",
        "--on", "02/10/2023", "--sent", "29/09/2023", "--ref", "số 12/BC-UBND",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert done.out.strip() == (
        "Xã Hồng Khê: đã nhận báo cáo ngày 02/10/2023 (gửi ngày 29/09/2023, số 12/BC-UBND; "
        "đúng hạn, hạn 30/09/2023 (Thứ Bảy) — gửi chậm nhất Thứ Sáu 29/09/2023)."
    )
    unit = store.load().find("hong khe")
    assert (unit.report_sent_on.isoformat(), unit.report_ref) == ("2023-09-29", "số 12/BC-UBND")  # type: ignore[union-attr]
    history = cli("history", "hong khe").out
    assert "Ngày gửi báo cáo: — → 29/09/2023" in history
    assert "Số văn bản báo cáo: — → số 12/BC-UBND" in history
    inspected = cli("--today", "06/10/2023", "mark", "hong khe", "inspected", "--on", "04/10/2023")
    assert "đã kiểm tra ngày 04/10/2023 (dự kiến 05/10/2023)." in inspected.out


def test_a_sent_day_after_arrival_is_refused(cli: Run) -> None:
    outcome = cli(
        "--today",
        "20/10/2023",
        "mark",
        "ke sat",
        "report",
        "--on",
        "13/10/2023",
        "--sent",
        "14/10/2023",
    )
    assert outcome.code == 1
    assert "ngày gửi 14/10/2023 ở sau ngày nhận 13/10/2023" in outcome.err


def test_scheduling_warnings_go_to_stderr_and_the_date_is_saved(cli: Run, store: Store) -> None:
    cli("--today", "25/09/2023", "schedule", "tan hong", "14/10/2023")
    outcome = cli("--today", "25/09/2023", "schedule", "hong khe", "14/10/2023")
    assert outcome.code == 0
    assert outcome.out.strip() == "Xã Hồng Khê: ngày kiểm tra 14/10/2023."
    assert outcome.err.splitlines() == [
        "Lưu ý: 14/10/2023 ngoài thời gian kiểm tra 21/09/2023 – 10/10/2023.",
        "Lưu ý: 14/10/2023 là ngày nghỉ: Thứ Bảy.",
        "Lưu ý: ngày 14/10/2023 đã có lịch kiểm tra Xã Tân Hồng.",
    ]
    late = cli("--lang", "en", "--today", "25/09/2023", "schedule", "vinh hung", "29/09/2023")
    assert late.err.splitlines()[0] == (
        "Note: the notice deadline 19/09/2023 has passed (notify 10 days before the inspection)."
    )
    assert store.load().find("hong khe").inspection_date.isoformat() == "2023-10-14"  # type: ignore[union-attr]


def test_the_agenda_flags_saturday_deadlines_with_the_day_to_send_by(cli: Run) -> None:
    cli("--today", "20/09/2023", "schedule", "hong khe", "05/10/2023")
    lines = cli("--today", "29/09/2023", "agenda", "--days", "20").out.splitlines()
    report = next(line for line in lines if "Nhận báo cáo" in line and "Hồng Khê" in line)
    assert "còn 1 ngày" in report and "30/09/2023 (Thứ Bảy)" in report
    assert report.endswith("gửi chậm nhất Thứ Sáu 29/09/2023")
    self_report = next(line for line in lines if "Kẻ Sặt" in line)
    assert (
        "14/10/2023 (Thứ Bảy)" in self_report and "gửi chậm nhất Thứ Sáu 13/10/2023" in self_report
    )


def test_the_2024_example_imports_and_counts_working_days(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "vd.json")
    assert run("--db", db, "import", str(EXAMPLE_2024)).code == 0
    lines = run("--db", db, "--today", "10/04/2024", "agenda", "--days", "40").out.splitlines()
    text = "\n".join(lines)
    for expected in (
        "quá hạn 4 ngày làm việc  04/04/2024  Thông báo lịch  Xã Ví Dụ A",
        "còn 1 ngày làm việc      11/04/2024  Nhận báo cáo    Xã Ví Dụ A",
        "còn 5 ngày làm việc      17/04/2024  Nhận báo cáo    Xã Ví Dụ B",
        "còn 5 ngày làm việc      17/04/2024  Thông báo lịch  Xã Ví Dụ C",
        "còn 9 ngày làm việc      24/04/2024  Thông báo lịch  Phòng Ví Dụ D",
        "còn 10 ngày làm việc     25/04/2024  Nhận báo cáo    Xã Ví Dụ C",
        "còn 11 ngày làm việc     26/04/2024  Nhận báo cáo    Xã Ví Dụ E",
        "còn 14 ngày làm việc     04/05/2024  Nhận báo cáo    Phòng Ví Dụ D",
    ):
        assert expected in text, text


def test_a_typo_in_a_plan_key_is_refused_naming_it(run: Run, tmp_path: Path) -> None:
    plan = tmp_path / "kh.toml"
    text = EXAMPLE_2024.read_text(encoding="utf-8").replace(
        'count_days = "working"', 'count_day = "working"'
    )
    plan.write_text(text, encoding="utf-8")
    outcome = run("--db", str(tmp_path / "db.json"), "import", str(plan))
    assert outcome.code == 1
    assert "[plan]: không có khóa “count_day” (có phải “count_days”?)" in outcome.err
    assert outcome.err.count("\n") == 1

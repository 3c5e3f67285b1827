"""The command-line contract staff script against: options, commands, aliases, files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cchc_tui import __version__
from cchc_tui.cli import main
from cchc_tui.store import Store
from cchc_tui.store.paths import current_user, sample_plan_text
from tests.cli.conftest import TODAY, Outcome, Run

COMMANDS = (
    "summary",
    "agenda",
    "units",
    "schedule",
    "mark",
    "conclude",
    "item",
    "note",
    "history",
    "undo",
    "import",
    "export",
    "check",
    "restore",
)
OTHER_PLAN = "97/KH-UBND"
ACCOUNT = current_user()  # the OS account; $CCHC_TUI_USER (tester) is recorded beside it


def units_json(cli: Run, *args: str) -> dict[str, dict[str, object]]:
    outcome = cli("--today", TODAY, "summary", "-f", "json", *args)
    assert outcome.code == 0, outcome.err
    return {unit["name"]: unit for unit in json.loads(outcome.out)["units"]}


# --- global options ----------------------------------------------------------------


def test_global_options_work_before_or_after_the_command(run: Run, store: Store) -> None:
    db = str(store.path)
    placements = [
        ["--db", db, "--today", TODAY, "--lang", "en", "summary", "-f", "json"],
        ["summary", "-f", "json", "--db", db, "--today", TODAY, "--lang", "en"],
        ["--lang", "en", "summary", "--db", db, "-f", "json", "--today", TODAY],
        [f"--db={db}", "summary", f"--today={TODAY}", "--lang=en", "--format=json"],
    ]
    outputs = {run(*argv).out for argv in placements}
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["lang"] == "en"


def test_an_option_after_the_command_wins_over_the_same_before_it(run: Run, store: Store) -> None:
    outcome = run("--db", str(store.path), "--today", "01/10/2023", "agenda", "--today", TODAY)
    assert "20/09/2023" in outcome.out.splitlines()[0]


@pytest.mark.parametrize("argv", [["--version"], ["summary", "--version"]])
def test_version(run: Run, argv: list[str]) -> None:
    assert run(*argv) == Outcome(0, f"cchc-tui {__version__}\n", "")


def test_help_without_a_command_lists_every_command(run: Run) -> None:
    outcome = run("--help")
    assert outcome.code == 0
    for command in COMMANDS:
        assert command in outcome.out
    assert "Không có lệnh: mở giao diện toàn màn hình" in " ".join(outcome.out.split())
    assert "in hướng dẫn này rồi thoát" in outcome.out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_in_both_languages(run: Run, command: str) -> None:
    vietnamese = run(command, "--help")
    english = run("--lang", "en", command, "--help")
    for outcome, usage, words in (
        (vietnamese, "cách dùng:", ("--db TỆP", "--today NGÀY", "tùy chọn:", "tệp dữ liệu")),
        (english, "usage:", ("--db PATH", "--today DATE", "options:", "data file")),
    ):
        assert outcome.code == 0
        assert outcome.out.startswith(f"{usage} cchc-tui {command}")
        for word in words:
            assert word in outcome.out


def test_an_empty_today_is_refused_not_taken_as_the_real_date(cli: Run, store: Store) -> None:
    before = store.path.read_bytes()
    outcome = cli("--today", "", "summary")
    assert (outcome.code, outcome.out) == (1, "")
    assert outcome.err == "cchc-tui: lỗi: Chưa nhập ngày (dạng DD/MM/YYYY).\n"
    assert store.path.read_bytes() == before


def test_the_data_file_comes_from_the_environment_when_no_db_is_given(
    run: Run, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_TUI_DB", str(store.path))
    assert run("--today", TODAY, "schedule", "hong khe", "05/10/2023").code == 0
    assert store.load().find("hong khe").inspection_date is not None


def test_the_language_comes_from_the_environment_when_not_given(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_TUI_LANG", "en")
    assert cli("--today", TODAY, "summary").out.startswith("REPORT ON THE RESULTS")
    assert cli("--today", TODAY, "--lang", "vi", "summary").out.startswith("BÁO CÁO")


# --- a missing data file -------------------------------------------------------------


def test_a_missing_data_file_is_created_and_one_line_says_so(run: Run, db_path: Path) -> None:
    outcome = run("--db", str(db_path), "--today", TODAY, "units")
    assert outcome.code == 0
    assert outcome.err == f"Chưa có tệp dữ liệu, đã tạo {db_path} từ kế hoạch mẫu 96/KH-UBND.\n"
    assert "Xã Hồng Khê" in outcome.out
    again = run("--db", str(db_path), "--today", TODAY, "units")
    assert (again.code, again.err) == (0, "")


def test_the_default_data_file_lives_in_the_user_data_folder(run: Run, tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME at tmp_path / "xdg"
    outcome = run("--lang", "en", "--today", TODAY, "units")
    expected = tmp_path / "xdg" / "cchc-tui" / "cchc-tui.json"
    assert outcome.err == f"No data file yet: created {expected} from the sample plan 96/KH-UBND.\n"
    assert expected.is_file()


def test_check_on_a_missing_file_does_not_create_it(run: Run, db_path: Path) -> None:
    outcome = run("--db", str(db_path), "check")
    assert outcome.code != 0
    assert not db_path.exists()


# --- changing units ------------------------------------------------------------------


def test_schedule_mark_and_conclude_walk_a_unit_through_the_plan(cli: Run) -> None:
    late_schedule = (
        "Lưu ý: hạn thông báo lịch 25/09/2023 đã qua (thông báo trước 10 ngày kiểm tra).\n"
        "Lưu ý: hạn gửi báo cáo 30/09/2023 đã qua (gửi trước 5 ngày kiểm tra).\n"
    )
    steps = [
        (
            ("schedule", "hong khe", "05/10/2023"),
            "Xã Hồng Khê: ngày kiểm tra 05/10/2023.\n",
            late_schedule,  # set on the day itself: both deadlines are behind
        ),
        (
            ("mark", "hong khe", "notified", "--on", "26/09/2023"),
            "Xã Hồng Khê: đã thông báo lịch ngày 26/09/2023 (trễ hạn, hạn 25/09/2023).\n",
            "",
        ),
        (
            ("mark", "Hồng Khê", "bao cao", "--on", "30/09/2023"),
            "Xã Hồng Khê: đã nhận báo cáo ngày 30/09/2023 (đúng hạn, hạn 30/09/2023 (Thứ Bảy)"
            " — gửi chậm nhất Thứ Sáu 29/09/2023).\n",
            "",
        ),
        (
            ("mark", "HONG KHE", "inspected"),
            "Xã Hồng Khê: đã kiểm tra ngày 05/10/2023 (đúng ngày dự kiến).\n",
            "",
        ),
        (
            ("conclude", "xa hong khe", "bieu-duong"),
            "Xã Hồng Khê: đã ghi kết luận: biểu dương.\n",
            "",
        ),
    ]
    for args, said, warned in steps:
        assert cli("--today", "05/10/2023", *args) == Outcome(0, said, warned)
    unit = units_json(cli)["Xã Hồng Khê"]
    assert (unit["stage"], unit["late_steps"], unit["conclusion"]) == (
        "concluded",
        ["notified"],
        "bieu-duong",
    )


def test_mark_defaults_to_today(cli: Run) -> None:
    assert cli("--today", "13/10/2023", "mark", "ke sat", "report").code == 0
    assert units_json(cli)["Thị trấn Kẻ Sặt"]["report_on"] == "2023-10-13"


def test_english_confirmations(cli: Run) -> None:
    assert cli("--lang", "en", "schedule", "hong khe", "05/10/2023").out == (
        "Xã Hồng Khê: inspection on 05/10/2023.\n"
    )
    outcome = cli("--lang", "en", "--today", TODAY, "mark", "hong khe", "notified")
    assert (
        outcome.out == "Xã Hồng Khê: schedule notified on 20/09/2023 (on time, due 25/09/2023).\n"
    )


def test_item_sets_a_verdict_and_note(cli: Run) -> None:
    outcome = cli("item", "ke sat", "tuyen truyen", "dat-mot-phan", "--note", "Thiếu pano")
    assert outcome == Outcome(
        0, "Thị trấn Kẻ Sặt: Công tác tuyên truyền về CCHC — Đạt một phần.\n", ""
    )
    checklist = {item["id"]: item for item in units_json(cli)["Thị trấn Kẻ Sặt"]["checklist"]}
    assert checklist["tuyen-truyen"] == {
        "id": "tuyen-truyen",
        "text": "Công tác tuyên truyền về CCHC",
        "verdict": "dat-mot-phan",
        "note": "Thiếu pano",
        "evidence": [],
        "missing": "",
    }


def test_notes_are_added_with_their_author(cli: Run) -> None:
    assert cli("note", "hong khe", "Gọi lần 1") == Outcome(0, "Xã Hồng Khê: đã thêm ghi chú.\n", "")
    assert cli("note", "hong khe", "Gọi lần 2").code == 0
    notes = units_json(cli)["Xã Hồng Khê"]["notes"]
    assert [(note["text"], note["by"]) for note in notes] == [
        ("Gọi lần 1", f"{ACCOUNT} (tester)"),
        ("Gọi lần 2", f"{ACCOUNT} (tester)"),
    ]


def test_history_shows_who_changed_what_from_and_to(cli: Run) -> None:
    assert cli("history").out == "Chưa có thay đổi nào.\n"
    cli("schedule", "hong khe", "05/10/2023")
    cli("schedule", "hong khe", "06/10/2023")
    cli("schedule", "tan hong", "09/10/2023")
    lines = cli("history", "hong khe").out.splitlines()
    assert len(lines) == 4  # header, rule, two changes
    assert lines[2].startswith("#1 ")
    assert f"{ACCOUNT} (tester)" in lines[2]
    assert "Ngày kiểm tra: — → 05/10/2023" in lines[2]
    assert "Ngày kiểm tra: 05/10/2023 → 06/10/2023" in lines[3]
    assert len(cli("history").out.splitlines()) == 5
    english = cli("--lang", "en", "history", "hong khe").out
    assert "Inspection date: 05/10/2023 → 06/10/2023" in english


def test_undo_reverts_my_last_change_and_is_recorded(cli: Run) -> None:
    cli("schedule", "hong khe", "05/10/2023")
    cli("schedule", "hong khe", "06/10/2023")
    outcome = cli("undo")
    assert outcome.code == 0
    assert outcome.out.startswith("Đã hoàn tác: #2 Xã Hồng Khê")
    assert units_json(cli)["Xã Hồng Khê"]["inspection_date"] == "2023-10-05"
    assert cli("undo").code == 0
    assert units_json(cli)["Xã Hồng Khê"]["inspection_date"] is None
    nothing = cli("undo")
    assert nothing == Outcome(
        1, "", f"cchc-tui: lỗi: Không có thay đổi nào của {ACCOUNT} (tester) để hoàn tác.\n"
    )
    assert "hoàn tác #2" in cli("history").out


def test_agenda_lists_overdue_first_then_soonest(cli: Run) -> None:
    cli("schedule", "hong khe", "05/10/2023")
    cli("schedule", "tan hong", "28/09/2023")
    lines = cli("--today", TODAY, "agenda", "--days", "10").out.splitlines()
    assert lines[0] == "Việc đến hạn (tính đến ngày 20/09/2023)"
    rows = [line.split("  ")[0] for line in lines[1:]]
    assert rows == ["quá hạn 2 ngày", "còn 3 ngày", "còn 5 ngày", "còn 8 ngày", "còn 10 ngày"]
    assert "Xã Tân Hồng" in lines[1]
    assert "Xã Hồng Khê" in lines[3]
    # by default 14 days ahead, so the self reports due 14/10 are not yet listed
    assert "Xã Bình Minh" not in cli("--today", TODAY, "agenda").out
    assert "Xã Bình Minh" in cli("--today", "30/09/2023", "agenda").out
    quiet = cli("--today", "15/09/2023", "agenda", "--days", "1")
    assert quiet.out.splitlines()[1] == "Không có việc đến hạn trong 1 ngày tới."


def test_units_lists_every_unit_and_filters_without_diacritics(cli: Run) -> None:
    everything = cli("units").out.splitlines()
    assert len(everything) == 2 + 28
    filtered = cli("units", "--filter", "vinh").out.splitlines()[2:]
    assert [re.split(r"\s{2,}", line)[1] for line in filtered] == ["Xã Vĩnh Hưng", "Xã Vĩnh Hồng"]


def test_check_reports_a_sound_file(cli: Run) -> None:
    cli("schedule", "hong khe", "05/10/2023")
    assert cli("check") == Outcome(0, "Tệp dữ liệu tốt: 1 kế hoạch, 28 đơn vị, 1 thay đổi.\n", "")


# --- plans: export, import, --plan ------------------------------------------------------


def test_export_then_import_into_a_new_file_gives_the_same_summary(
    cli: Run, run: Run, progressed: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "ke-hoach.toml"
    assert cli("export", "-o", str(exported)) == Outcome(0, "", f"Đã ghi {exported}.\n")
    assert cli("export").out == exported.read_text(encoding="utf-8")
    fresh = tmp_path / "moi.json"
    imported = run("--db", str(fresh), "import", str(exported))
    assert imported.code == 0, imported.err
    assert imported.out == "Đã nhập kế hoạch 96/KH-UBND (28 đơn vị), đang dùng kế hoạch này.\n"
    assert str(fresh) in imported.err
    for fmt in ("text", "json", "csv"):
        original = cli("--today", TODAY, "summary", "-f", fmt).out
        copied = run("--db", str(fresh), "--today", TODAY, "summary", "-f", fmt).out
        assert copied == original, fmt
    assert run("--db", str(fresh), "check").code == 0


def second_plan(tmp_path: Path) -> Path:
    """The sample under another number, as an office would copy last year's plan."""
    path = tmp_path / "plan-97.toml"
    text = sample_plan_text().replace('number = "96/KH-UBND"', f'number = "{OTHER_PLAN}"')
    path.write_text(text, encoding="utf-8")
    return path


def test_import_makes_a_second_plan_current_and_plan_picks_the_first(
    cli: Run, tmp_path: Path
) -> None:
    outcome = cli("import", str(second_plan(tmp_path)))
    assert outcome.out == f"Đã nhập kế hoạch {OTHER_PLAN} (28 đơn vị), đang dùng kế hoạch này.\n"
    assert (
        cli("--today", TODAY, "summary")
        .out.splitlines()[1]
        .startswith(f"Kế hoạch số {OTHER_PLAN} ")
    )
    # a change without --plan goes to the current plan, with --plan to the one named
    assert cli("schedule", "hong khe", "05/10/2023").code == 0
    assert cli("--plan", "96/KH-UBND", "schedule", "hong khe", "09/10/2023").code == 0
    assert units_json(cli)["Xã Hồng Khê"]["inspection_date"] == "2023-10-05"
    first = units_json(cli, "--plan", "96/KH-UBND")
    assert first["Xã Hồng Khê"]["inspection_date"] == "2023-10-09"
    assert (
        cli("summary", "--plan", "96/KH-UBND")
        .out.splitlines()[1]
        .startswith("Kế hoạch số 96/KH-UBND ")
    )
    assert "09/10/2023" in cli("--plan", "96/KH-UBND", "history").out
    assert "09/10/2023" not in cli("history").out
    assert cli("check").out == "Tệp dữ liệu tốt: 2 kế hoạch, 56 đơn vị, 3 thay đổi.\n"


def test_importing_the_same_plan_twice_is_refused(cli: Run, tmp_path: Path) -> None:
    plan = second_plan(tmp_path)
    cli("import", str(plan))
    outcome = cli("import", str(plan))
    assert outcome == Outcome(
        1, "", f"cchc-tui: lỗi: Tệp đã có kế hoạch số {OTHER_PLAN}; không nhập lại.\n"
    )


def test_an_unknown_plan_number_lists_the_plans(cli: Run) -> None:
    outcome = cli("--plan", "1/KH", "summary")
    assert outcome.code == 1
    assert outcome.err == (
        "cchc-tui: lỗi: Không có kế hoạch số “1/KH” trong tệp. Có: 96/KH-UBND.\n"
    )


def test_undo_of_an_import_brings_back_the_previous_plan(cli: Run, tmp_path: Path) -> None:
    cli("import", str(second_plan(tmp_path)))
    assert cli("undo").code == 0
    assert cli("summary").out.splitlines()[1].startswith("Kế hoạch số 96/KH-UBND ")


# --- Vietnamese aliases --------------------------------------------------------------


def test_vietnamese_command_names_do_the_same(cli: Run, tmp_path: Path) -> None:
    said = [
        cli("--today", TODAY, "xep-lich", "hong khe", "05/10/2023"),
        cli("--today", TODAY, "danh-dau", "hong khe", "thong bao"),
        cli("--today", TODAY, "danh-dau", "ke sat", "bao cao"),
        cli("--today", TODAY, "ket-luan", "ke sat", "chan chinh"),
        cli("noi-dung", "ke sat", "1", "đạt"),
        cli("ghi-chu", "ke sat", "Đã xong"),
        cli("lich-su"),
        cli("--today", TODAY, "viec"),
        cli("don-vi", "--filter", "ke sat"),
        cli("xuat", "-o", str(tmp_path / "x.toml")),
        cli("kiem-tra"),
    ]
    assert [outcome.code for outcome in said] == [0] * len(said)
    units = units_json(cli)
    assert units["Xã Hồng Khê"]["stage"] == "notified"
    assert units["Thị trấn Kẻ Sặt"]["conclusion"] == "phe-binh"
    assert cli("hoan-tac").out.startswith("Đã hoàn tác: #6 Thị trấn Kẻ Sặt")
    assert cli("--today", TODAY, "tong-hop").out == cli("--today", TODAY, "summary").out
    assert cli("nhap", str(second_plan(tmp_path))).code == 0


def test_main_reads_sys_argv_when_given_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.argv", ["cchc-tui", "--db", str(store.path), "check"])
    assert main() == 0
    assert capsys.readouterr().out.startswith("Tệp dữ liệu tốt")

"""What the system refuses, said in one line (issue 15, item 7), and every line the command
line prints cleaned of what a terminal would act on (item 8).

Each case a clerk or a careless colleague can cause: no terminal for the full-screen app,
text typed in a terminal that is not UTF-8, a data folder that cannot be made, standard
output on a full disk after the change was saved, a device or a pipe given as a plan
file, a file name too long, a plan file nested without end.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cchc_tui.cli import main
from cchc_tui.cli.plan_input import PLAN_FILE_LIMIT
from cchc_tui.store import Store
from tests.cli.conftest import TODAY, Outcome, Run
from tests.conftest import DATA
from tests.reliability.tools import CHILD_TIMEOUT, REPO, child_env, run_cli, unsafe_characters

SAMPLE_PLAN = DATA / "plan-96-KH-UBND-2023.toml"
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cm0gLXJm\x07\x9b31m\u202e"


def one_line(outcome: Outcome) -> str:
    """The single line a refused command prints; fails on a traceback or a bare exit."""
    assert outcome.code != 0, outcome
    lines = outcome.err.strip().splitlines()
    assert len(lines) == 1, outcome.err
    assert "Traceback" not in outcome.err and "Exception" not in outcome.err
    return lines[0]


def cli_child(*args: str, stdin: object = None, stdout: object = None) -> Outcome:
    """``python -m cchc_tui ARGS`` with the given standard input and output."""
    done = subprocess.run(
        [sys.executable, "-m", "cchc_tui", *args],
        cwd=REPO,
        env=child_env(),
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    out = done.stdout.decode() if isinstance(done.stdout, bytes) else ""
    return Outcome(done.returncode, out, done.stderr.decode())


# --- item 6: no terminal --------------------------------------------------------------


def test_the_app_without_a_terminal_refuses_at_once(store: Store, tmp_path: Path) -> None:
    before = store.path.read_bytes()
    with (tmp_path / "out").open("wb") as out:
        outcome = cli_child("--db", str(store.path), stdout=out)
    assert outcome.code == 2
    assert one_line(outcome).startswith("cchc-tui: lỗi: Giao diện toàn màn hình cần một terminal")
    assert (tmp_path / "out").read_bytes() == b""  # not a byte of escape codes
    assert store.path.read_bytes() == before


def test_the_app_without_a_terminal_creates_no_data_file(run: Run, tmp_path: Path) -> None:
    outcome = run("--db", str(tmp_path / "new.json"), "--lang", "en")
    assert outcome.code == 2
    assert "needs a terminal" in one_line(outcome)
    assert not (tmp_path / "new.json").exists()


# --- item 7: one line, never a traceback -----------------------------------------------


def test_text_typed_in_a_latin1_terminal_is_refused_and_nothing_saved(store: Store) -> None:
    # Python hands the byte é of a Latin-1 terminal over as a surrogate, as here.
    outcome = run_cli(store.path, "--today", TODAY, "note", "hong khe", "caf\udce9")
    line = one_line(outcome)
    assert outcome.code == 2
    assert "“caf\ufffd” không phải chữ UTF-8" in line
    assert store.history() == []


def test_a_name_set_in_a_latin1_locale_is_recorded_not_a_crash(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_TUI_USER", "Lan caf\udce9")  # the byte é, as Python hands it over
    assert main(["--db", str(store.path), "--today", TODAY, "note", "hong khe", "đã gọi"]) == 0
    assert store.history()[-1].named == "Lan caf\ufffd"


def test_a_data_path_that_is_not_utf8_still_opens(store: Store, tmp_path: Path) -> None:
    odd = tmp_path / "d\udce9.json"
    odd.write_bytes(store.path.read_bytes())
    outcome = run_cli(odd, "--today", TODAY, "note", "hong khe", "đã gọi")
    assert outcome.code == 0, outcome.err
    assert Store(odd, "check").load().find("hong khe").notes[0].text == "đã gọi"


@pytest.mark.parametrize(
    ("variables", "folder"),
    [
        ({"XDG_DATA_HOME": "/dev/null"}, "/dev/null/cchc-tui"),
        ({"XDG_DATA_HOME": "", "HOME": "/dev/null"}, "/dev/null/.local/share/cchc-tui"),
    ],
    ids=["xdg-dev-null", "home-not-a-folder"],
)
def test_a_data_folder_that_cannot_be_made_says_how_to_choose_another(
    run: Run, monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], folder: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    outcome = run("--today", TODAY, "summary")
    assert outcome.code == 3
    assert one_line(outcome) == (
        f"cchc-tui: lỗi: Không tạo được thư mục dữ liệu {folder} (một phần đường dẫn không "
        "phải thư mục). Hãy chọn tệp dữ liệu bằng --db TỆP hoặc biến CCHC_TUI_DB."
    )


def test_output_to_a_full_disk_after_the_change_says_it_was_saved(store: Store) -> None:
    with open("/dev/full", "wb") as full:
        outcome = cli_child(
            "--db", str(store.path), "--today", TODAY, "note", "hong khe", "đã gọi", stdout=full
        )
    assert outcome.code == 1
    assert one_line(outcome) == (
        "cchc-tui: lỗi: Thay đổi ĐÃ được lưu, nhưng không in được kết quả ra đầu ra chuẩn: "
        "hết chỗ trống trên đĩa."
    )
    assert [entry.action for entry in store.history()] == ["note"]


def test_output_to_a_full_disk_of_a_reading_says_nothing_changed(store: Store) -> None:
    before = store.path.read_bytes()
    with open("/dev/full", "wb") as full:
        outcome = cli_child("--db", str(store.path), "--today", TODAY, "summary", stdout=full)
    assert outcome.code == 1
    assert one_line(outcome).endswith("hết chỗ trống trên đĩa. Tệp dữ liệu không thay đổi.")
    assert store.path.read_bytes() == before


@pytest.mark.parametrize("asked", [("--help",), ("--version",), ("summary", "--help")])
def test_help_to_a_full_disk_ends_quietly(asked: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        outcome = cli_child(*asked, stdout=full)
    assert (outcome.code, outcome.err) == (0, "")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/tmp"])
def test_a_device_or_folder_is_no_plan_file(cli: Run, store: Store, device: str) -> None:
    before = store.path.read_bytes()
    outcome = cli("import", device)
    assert outcome.code == 1
    assert one_line(outcome) == (
        f"cchc-tui: lỗi: {device} không phải tệp thường (thiết bị, ống dẫn hay thư mục); "
        "không nhập."
    )
    assert store.path.read_bytes() == before


def test_a_pipe_is_no_plan_file_and_nothing_waits_for_it(cli: Run, tmp_path: Path) -> None:
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    assert "không phải tệp thường" in one_line(cli("import", str(fifo)))


def test_a_plan_file_too_big_is_refused_before_it_is_read(cli: Run, tmp_path: Path) -> None:
    huge = tmp_path / "huge.toml"
    with huge.open("wb") as file:
        file.truncate(PLAN_FILE_LIMIT + 1)  # sparse: costs no disk
    assert one_line(cli("import", str(huge))) == (
        f"cchc-tui: lỗi: Tệp kế hoạch {huge} lớn hơn 64 MB; không nhập."
    )


def test_a_plan_file_nested_without_end_is_refused(cli: Run, tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("a = " + "[" * 100_000, encoding="utf-8")
    assert one_line(cli("--lang", "en", "import", str(deep))) == (
        f"cchc-tui: error: The plan file {deep} is nested too deep (tables in tables, lists "
        "in lists); not imported."
    )


def test_a_file_name_too_long_is_one_line(run: Run, cli: Run, tmp_path: Path) -> None:
    long_name = tmp_path / ("x" * 256 + ".json")
    assert one_line(run("--db", str(long_name), "summary")) == (
        f"cchc-tui: lỗi: Không dùng được {long_name}: tên tệp quá dài."
    )
    imported = one_line(cli("import", str(long_name)))
    assert imported.endswith(": tên tệp quá dài.")
    written = one_line(cli("--today", TODAY, "summary", "-o", str(long_name)))
    assert written.endswith(": tên tệp quá dài.")


def test_lead_days_out_of_range_are_refused_on_import(cli: Run, tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    text = SAMPLE_PLAN.read_text(encoding="utf-8")
    plan.write_text(text.replace("notify_lead_days = 10", "notify_lead_days = 800000"), "utf-8")
    assert one_line(cli("import", str(plan))) == (
        f"cchc-tui: lỗi: Tệp kế hoạch {plan}, dòng 31, [plan]: trường “notify_lead_days” "
        "phải từ 0 đến 60."
    )


def test_a_data_file_holding_lead_days_out_of_range_is_called_damaged(
    cli: Run, store: Store
) -> None:
    data = orjson.loads(store.path.read_bytes())
    for plan in data["plans"].values():
        plan["notify_lead_days"] = 800_000
    store.path.write_bytes(orjson.dumps(data))
    for command in ("summary", "check", "agenda"):
        outcome = cli("--today", TODAY, command)
        assert outcome.code == 3
        assert "notify_lead_days" in one_line(outcome)


# --- item 8: no control characters in anything printed ---------------------------------


def raw_data(store: Store) -> dict[str, dict[str, dict[str, object]]]:
    return orjson.loads(store.path.read_bytes())


def test_escapes_in_a_note_a_plan_and_a_user_never_reach_the_terminal(
    cli: Run, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_TUI_USER", f"kẻ xấu{ESCAPES}")
    assert cli("--today", TODAY, "note", "hong khe", "ghi chú").code == 0
    data = raw_data(store)  # as if written by an older version or by hand: raw escapes
    for plan in data["plans"].values():
        plan["title"] = f"Kế hoạch{ESCAPES}"
        plan["receiver"] = f"Phòng Nội vụ{ESCAPES}"
    for unit in data["units"].values():
        for note in (unit.get("notes") or {}).values():
            note["text"] = f"ghi chú{ESCAPES}"
        unit["name"] = f"{unit['name']}{ESCAPES}"
    store.path.write_bytes(orjson.dumps(data))
    for command in (
        ("history",),
        ("history", "hong khe"),
        ("units",),
        ("agenda",),
        ("timeline",),
        ("summary",),
        ("summary", "-f", "csv"),
        ("summary", "-f", "markdown"),
        ("summary", "-f", "html"),
        ("plans",),
    ):
        outcome = cli("--today", TODAY, *command)
        assert outcome.code == 0, (command, outcome.err)
        printed = outcome.out.replace("\r\n", "\n")  # CSV's line ends are CR LF
        assert unsafe_characters(printed) == [], command
        assert unsafe_characters(outcome.err) == [], command
    assert "kẻ xấu" in cli("history").out

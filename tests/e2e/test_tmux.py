"""The installed ``cchc-tui`` in a real terminal (tmux): find a unit, mark it, quit, check.

Also what an SSH link does to a terminal: an arrow key split in two, a byte that is not
UTF-8, and the connection dropping (SIGHUP).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from cchc_tui.core.model import Stage
from cchc_tui.store import Store
from tests.conftest import DATA
from tests.e2e.tmux_server import TmuxServer

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

CCHC_TUI = Path(sys.executable).parent / "cchc-tui"


class Terminal:
    """One tmux server of our own, holding one window of the given size."""

    def __init__(self, width: int, height: int) -> None:
        self.server = TmuxServer()
        self.size = (width, height)

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            [*self.server.command, *args], capture_output=True, text=True, check=True
        )
        return done.stdout

    def start(self, command: str) -> None:
        width, height = self.size
        self.tmux("new-session", "-d", "-s", "e2e", "-x", str(width), "-y", str(height), command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "e2e")

    def keys(self, *keys: str) -> None:
        """Keys in one tmux command: they reach the app together, as over a laggy link."""
        self.tmux("send-keys", "-t", "e2e", *keys)

    def paste(self, text: str, *then: str) -> None:
        """A bracketed paste (as from a terminal's clipboard), then ``then`` keys, at once."""
        self.tmux("set-buffer", "-b", "e2e", text)
        self.tmux(
            "paste-buffer", "-p", "-b", "e2e", "-t", "e2e", ";", "send-keys", "-t", "e2e", *then
        )

    def text(self, text: str) -> None:
        self.tmux("send-keys", "-t", "e2e", "-l", text)

    def raw(self, hex_bytes: str) -> None:
        self.tmux("send-keys", "-t", "e2e", "-H", *hex_bytes.split())

    def wait_for(self, condition: Callable[[str], bool], seconds: float = 15) -> str:
        deadline = time.monotonic() + seconds
        while True:
            screen = self.screen()
            if condition(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"the screen never showed what was wanted:\n{screen}")
            time.sleep(0.1)

    def wait_text(self, wanted: str, seconds: float = 15) -> str:
        return self.wait_for(lambda screen: wanted in screen, seconds)

    def app_pid(self) -> int:
        shell = self.tmux("list-panes", "-t", "e2e", "-F", "#{pane_pid}").strip()
        children = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", shell], capture_output=True, text=True, check=True
        )
        return int(children.stdout.split()[0])

    def kill(self) -> None:
        self.server.kill()


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    created = Terminal(100, 30)
    yield created
    created.kill()


def app_command(db: Path, exit_file: Path, today: str = "25/09/2023") -> str:
    env = "env CCHC_TUI_USER=e2e TERM=xterm-256color"
    app = f"{shlex.quote(str(CCHC_TUI))} --db {shlex.quote(str(db))} --today {today}"
    return f"{env} {app}; echo $? > {shlex.quote(str(exit_file))}; sleep 30"


def wait_exit(exit_file: Path, seconds: float = 15) -> int:
    deadline = time.monotonic() + seconds
    while not exit_file.exists() or not exit_file.read_text().strip():
        assert time.monotonic() < deadline, "the app did not exit"
        time.sleep(0.1)
    return int(exit_file.read_text())


def test_find_hong_khe_schedule_notify_quit(terminal: Terminal, tmp_path: Path) -> None:
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    terminal.start(app_command(db, exit_file))
    terminal.wait_text("96/KH-UBND")
    terminal.raw("ff")  # a byte no UTF-8 terminal sends: the app must shrug it off
    terminal.keys("/")
    terminal.text("hong")
    terminal.wait_text("3/28")
    terminal.keys("Enter", "down")
    terminal.raw("1b")  # an arrow key split by a slow link: ESC ...
    time.sleep(0.3)
    terminal.text("[A")  # ... then the rest: mended, the cursor goes back up
    terminal.keys("d")
    terminal.wait_text("Ngày kiểm tra — Xã Hồng Khê")
    terminal.raw("1b")  # the link is known to be slow now: a split no longer reads as Escape
    time.sleep(0.15)
    terminal.text("[A")
    terminal.text("05/10/2023")
    screen = terminal.wait_text("Thứ Năm, 05/10/2023")
    assert "[A" not in screen
    terminal.keys("Enter")
    terminal.wait_text("Đã xếp lịch")
    terminal.keys("n")
    terminal.wait_text("Thông báo lịch: ngày thực hiện")
    terminal.keys("Enter")
    screen = terminal.wait_text("Đã thông báo lịch")
    assert "còn 5 ngày" in screen
    terminal.keys("q")
    assert wait_exit(exit_file) == 0

    unit = Store(db, "check").load().find("hong khe")
    assert (unit.inspection_date, unit.notified_on) == (date(2023, 10, 5), date(2023, 9, 25))
    summary = cli(db, "--today", "25/09/2023", "summary", "--format", "json")
    row = next(u for u in json.loads(summary)["units"] if u["name"] == "Xã Hồng Khê")
    assert (row["stage"], row["inspection_date"], row["notified_on"]) == (
        str(Stage.NOTIFIED),
        "2023-10-05",
        "2023-09-25",
    )
    assert (row["next_due"], row["countdown"]) == ("2023-09-30", "còn 5 ngày")


def test_a_dropped_connection_ends_the_app_and_keeps_the_data(
    terminal: Terminal, tmp_path: Path
) -> None:
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    terminal.start(app_command(db, exit_file))
    terminal.wait_text("96/KH-UBND")
    terminal.keys("/")
    terminal.text("hong")
    terminal.wait_text("3/28")
    terminal.keys("Enter", "d")
    terminal.wait_text("Ngày kiểm tra — Xã Hồng Khê")
    terminal.text("05/10/2023")
    terminal.wait_text("Thứ Năm")
    terminal.keys("Enter")
    terminal.wait_text("Đã xếp lịch")
    before = db.read_bytes()
    terminal.keys("a")
    terminal.wait_text("Ghi chú mới — Xã Hồng Khê")
    terminal.text("chưa lưu")  # a dialog with unsaved input when the line drops
    terminal.wait_text("chưa lưu")
    os.kill(terminal.app_pid(), 1)  # SIGHUP
    assert wait_exit(exit_file) == 0
    assert "Traceback" not in terminal.screen()
    assert db.read_bytes() == before
    assert Store(db, "check").load().find("hong khe").notes == ()


def saved(db: Path, changes: int, seconds: float = 15) -> Store:
    """Wait until the file holds ``changes`` history entries; the store to look at it."""
    store = Store(db, "check")
    deadline = time.monotonic() + seconds
    while not db.exists() or len(store.history()) < changes:
        assert time.monotonic() < deadline, "the change was never saved"
        time.sleep(0.1)
    return store


def test_keys_typed_in_one_burst_change_only_what_was_meant(
    terminal: Terminal, tmp_path: Path
) -> None:
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    terminal.start(app_command(db, exit_file))
    terminal.wait_text("96/KH-UBND")
    terminal.keys("/hong k", "Enter", "d05/10/2023", "Enter")
    saved(db, 1)
    terminal.keys("n", "Enter")
    saved(db, 2)
    terminal.keys("aGhi chu nhanh", "Enter")
    saved(db, 3)
    terminal.keys("Tab", "evan ban day du", "Enter")
    saved(db, 4)
    terminal.keys("down", "e")
    terminal.wait_text("Ghi chú cho")
    terminal.paste("Đã có văn bản\nsố 12/VB", "Enter")
    saved(db, 5)
    terminal.keys("up", "vvv", "Enter")
    saved(db, 6)
    terminal.keys("s", "f")
    terminal.wait_text("định dạng Markdown")
    terminal.keys("Escape", "?", "q")  # q closes the help, it does not quit
    terminal.wait_for(lambda screen: "Phím tắt" not in screen and "Xã Hồng Khê" in screen)
    terminal.keys("Enter", "Escape")
    terminal.wait_text("Nội dung kiểm tra — Xã Hồng Khê")
    terminal.keys("u", "y")  # undo asks first; the y typed with it answers
    store = saved(db, 7)
    terminal.keys("q")
    assert wait_exit(exit_file) == 0

    unit = store.load().find("hong khe")
    assert (unit.inspection_date, unit.notified_on) == (date(2023, 10, 5), date(2023, 9, 25))
    assert [note.text for note in unit.notes] == ["Ghi chu nhanh"]
    assert unit.items["ke-hoach"].note == "van ban day du"
    assert unit.items["ke-hoach"].verdict is None  # chosen once, then undone
    assert unit.items["tuyen-truyen"].note == "Đã có văn bản số 12/VB"
    history = [(entry.action, entry.unit, entry.named) for entry in store.history()]
    assert history == [
        ("schedule", unit.key, "e2e"),
        ("mark", unit.key, "e2e"),
        ("note", unit.key, "e2e"),
        ("item", unit.key, "e2e"),
        ("item", unit.key, "e2e"),
        ("item", unit.key, "e2e"),
        ("undo", unit.key, "e2e"),
    ]
    shown = cli(db, "history")
    assert "hoàn tác #6: Nội dung kiểm tra" in shown
    assert "Chưa đạt “van ban day du” → — “van ban day du”" in shown


def test_each_step_typed_with_its_date_in_one_burst(terminal: Terminal, tmp_path: Path) -> None:
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    terminal.start(app_command(db, exit_file, today="06/10/2023"))
    terminal.wait_text("96/KH-UBND")
    terminal.keys("/tan viet", "Enter", "d05/10/2023", "Enter")
    saved(db, 1)
    for burst in ("n", "C-u", "20/09/2023", "Enter"), ("r", "C-u", "29/09/2023", "Enter"):
        terminal.keys(*burst)
    terminal.keys("i", "C-u", "05/10/2023", "Enter", "c", "Down", "Enter")
    saved(db, 5)
    terminal.keys("Enter", "aGọi lại sau", "Enter")  # on the unit's detail screen
    store = saved(db, 6)
    terminal.keys("Escape", "q")
    assert wait_exit(exit_file) == 0

    unit = store.load().find("tan viet")
    assert (unit.notified_on, unit.report_on, unit.inspected_on) == (
        date(2023, 9, 20),
        date(2023, 9, 29),
        date(2023, 10, 5),
    )
    assert str(unit.conclusion) == "dat"
    assert [note.text for note in unit.notes] == ["Gọi lại sau"]
    actions = [entry.action for entry in store.history()]
    assert actions == ["schedule", "mark", "mark", "mark", "conclude", "note"]


def test_the_team_and_procedure_results_typed_in_bursts(terminal: Terminal, tmp_path: Path) -> None:
    """The team panel (m) and the procedure results (p), each form typed at once."""
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    terminal.start(app_command(db, exit_file, today="15/04/2024"))
    terminal.wait_text("96/KH-UBND")
    terminal.keys("m")
    terminal.wait_text("Chưa ghi quyết định thành lập Đoàn")
    terminal.keys("a")
    terminal.wait_text("Thêm thành viên Đoàn kiểm tra")
    terminal.text("Nguyễn Văn An")
    terminal.keys("Enter", "t", "r", "u", "o", "n", "g", "-", "d", "o", "a", "n", "Enter", "Enter")
    terminal.wait_text("Trưởng đoàn")
    terminal.keys("Escape")
    terminal.wait_text("Nội dung kiểm tra —")
    terminal.keys("p")
    terminal.wait_text("Chưa ghi kết quả giải quyết TTHC.")
    terminal.keys("a", "Enter")
    terminal.text("Đến tháng 04/2024")
    terminal.keys("Enter", "1", "1", "4", "2", "9", "Enter", "1", "1", "2", "7", "3", "Enter")
    terminal.keys("4", "Enter", "Enter", "Enter", "Enter")
    screen = terminal.wait_text("152 hồ sơ")
    assert "0,04 %" in screen and "⚠ 152" in screen
    terminal.keys("Escape", "q")
    assert wait_exit(exit_file) == 0
    snapshot = Store(db, "e2e").load()
    assert [member.name for member in snapshot.records.team.members] == ["Nguyễn Văn An"]
    (figures,) = snapshot.records.tthc
    assert (figures.received, figures.on_time, figures.late) == (11429, 11273, 4)


def cli(db: Path, *args: str) -> str:
    done = subprocess.run([CCHC_TUI, "--db", db, *args], capture_output=True, text=True, check=True)
    return done.stdout


def test_next_years_plan_switched_to_and_the_timeline_at_80x24(tmp_path: Path) -> None:
    db, exit_file = tmp_path / "cchc.json", tmp_path / "exit"
    for unit, day in (
        ("hong khe", "05/10/2023"),
        ("long xuyen", "05/10/2023"),
        ("tan hong", "02/10/2023"),
        ("kinh te", "09/10/2023"),
    ):
        cli(db, "--today", "20/09/2023", "schedule", unit, day)
    said = cli(db, "new-plan", "45/KH-UBND", "--issued", "12/09/2024")
    assert said.startswith("Đã lập Kế hoạch 45/KH-UBND năm 2024 từ Kế hoạch 96/KH-UBND")
    terminal = Terminal(80, 24)
    try:
        terminal.start(f"env NO_COLOR=1 {app_command(db, exit_file, today='20/09/2023')}")
        terminal.wait_text("Kế hoạch 45/KH-UBND")
        terminal.keys("K", "Down", "Enter")  # the list, the other plan, open it: one burst
        terminal.wait_text("Kế hoạch 96/KH-UBND — Hôm nay")
        terminal.keys("L")
        screen = terminal.wait_text("Cảnh báo (1):")
        assert "Biểu đồ lịch kiểm tra — Kế hoạch 96/KH-UBND" in screen
        rows = [line for line in screen.splitlines() if line.startswith(("│Xã ", "│Phòng "))]
        assert len(rows) == 4
        assert " 18 19 20 " in screen and "▼" in screen
        terminal.keys("l")
        terminal.wait_for(lambda shown: " 25 26 27 " in shown and " 18 19 20 " not in shown)
        # Not in the same burst as the arrow: Textual reads "Escape K Escape [A" as "^ K ↑".
        terminal.keys("Escape")
        terminal.wait_for(lambda shown: "Biểu đồ lịch" not in shown)
        terminal.keys("K", "Up", "Enter")  # back to the current plan, 2024's
        terminal.wait_text("   Kế hoạch 45/KH-UBND — Hôm nay")
        terminal.keys("q")
        assert wait_exit(exit_file) == 0
    finally:
        terminal.kill()
    printed = cli(db, "--plan", "96/KH-UBND", "--today", "20/09/2023", "timeline")
    assert max(len(line) for line in printed.splitlines()) <= 80
    assert "Cảnh báo (1):" in printed


def test_the_province_example_imports_and_runs(terminal: Terminal, tmp_path: Path) -> None:
    db, exit_file = tmp_path / "tinh.json", tmp_path / "exit"
    example = DATA / "example-2026-province-level.toml"
    cli(db, "import", str(example))
    terminal.start(app_command(db, exit_file, today="28/04/2026"))
    terminal.wait_text("02/KH-VD (ví dụ)")
    terminal.keys("/so tai", "Enter", "Enter")
    terminal.wait_text("Sở — kiểm tra trực tiếp")
    terminal.keys("Escape", "L")
    screen = terminal.wait_text("Cảnh báo (1):")
    assert "Phường Ví Dụ Một" in screen and "Xã Ví Dụ Ba" in screen
    terminal.keys("Escape", "q")
    assert wait_exit(exit_file) == 0

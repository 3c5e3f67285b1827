"""Read-only files, corrupt files, hostile text, and terminals over SSH."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from msgspec.structs import replace
from textual.drivers import linux_driver

from cchc_tui import cli
from cchc_tui.core.errors import DataFileError
from cchc_tui.core.i18n import error_text, t
from cchc_tui.core.planfile import PlanFile
from cchc_tui.core.workflow import add_note, find_item, set_item
from cchc_tui.store import Store
from cchc_tui.tui import terminal
from cchc_tui.tui.app import make_app
from cchc_tui.tui.dialogs.date import DateDialog
from cchc_tui.tui.panes.units import FilterBox, UnitsTable
from cchc_tui.tui.screens.detail import DetailScreen
from tests.tui.conftest import TODAY, MakeApp, find_unit, screen_text, settle

HOSTILE = "[bold]x[/] [@click=app.quit]"


async def test_read_only_file_opens_marked_and_refuses_edits(
    make: MakeApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Store, "read_only", property(lambda self: True))
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        assert "CHỈ ĐỌC" in app.title
        assert "CHỈ ĐỌC — chỉ xem được" in screen_text(app)
        labels = {found.binding.description for found in app.screen.active_bindings.values()}
        assert not labels & {"Ngày KT", "Báo lịch", "Hoàn tác"}
        await pilot.press("d", "n", "a", "u", "tab", "v")
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        assert store.history() == []


async def test_hostile_text_shows_literally_and_runs_nothing(
    store: Store, db_path: Path, sample: PlanFile
) -> None:
    snapshot = store.load()
    unit = snapshot.find("hong khe")
    store.apply(add_note(unit, HOSTILE, "tester", datetime(2023, 9, 24, 8, 0), "a1"))
    snapshot = store.load()
    unit = snapshot.find("hong khe")
    item = find_item(snapshot.plan, unit, "1")
    store.apply(set_item(snapshot.plan, unit, item, None, HOSTILE + "\x1b]0;owned\x07"))
    app = make_app(db_path, today=TODAY)
    async with app.run_test(size=(200, 60)) as pilot:
        await find_unit(pilot)
        assert HOSTILE in screen_text(app)
        await pilot.click("#checklist")
        await pilot.press("2", "enter")
        assert isinstance(app.screen, DetailScreen)
        text = screen_text(app)
        assert text.count(HOSTILE) >= 3  # the checklist, the notes, the history
        assert "owned" not in text
        await pilot.click("#detail-notes")
        await pilot.pause()
        assert app.is_running


async def test_hostile_unit_names_are_not_markup(tmp_path: Path, sample: PlanFile) -> None:
    odd = replace(sample.units[2], title=f"Xã {HOSTILE} \x1b[2J[/]")
    path = tmp_path / "odd.json"
    Store(path, "tester").create(PlanFile(sample.plan, (odd, *sample.units[3:])))
    app = make_app(path, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # drawn, even on a busy machine
        assert f"Xã {HOSTILE} [/]" in screen_text(app)
        assert app.is_running


def test_a_corrupt_file_gives_the_cli_message_and_no_traceback(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    db_path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        make_app(db_path, today=TODAY)
    code = cli.main(["--db", str(db_path), "--today", "25/09/2023"])
    captured = capsys.readouterr()
    assert code == 3
    assert captured.err == f"cchc-tui: {t('error', 'vi')}: {error_text(raised.value, 'vi')}\n"
    assert "Traceback" not in captured.err
    assert db_path.read_text(encoding="utf-8") == "{ not json"


# --- SSH realities ---------------------------------------------------------------------


async def test_escape_leaves_fields_so_a_split_arrow_types_nothing(
    make: MakeApp, store: Store
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "h", "o")
        # ESC alone, then "[A" after the escape delay: what a slow link makes of "up".
        await pilot.press("escape", "left_square_bracket", "A")
        box = app.screen.query_one(FilterBox)
        assert box.value == "" and not box.display
        assert len(app.screen.query_one(UnitsTable).keys) == 28
        await pilot.press("d", "escape", "left_square_bracket", "A")
        await settle(pilot)
        assert not isinstance(app.screen, DateDialog)
        assert store.history() == []


def test_bytes_that_are_not_utf8_become_replacement_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(linux_driver, "getincrementaldecoder", linux_driver.getincrementaldecoder)
    terminal.tolerate_foreign_bytes()
    decode = linux_driver.getincrementaldecoder("utf-8")().decode
    assert decode(b"h\xffo\xc3") + decode(b"\xa0", final=True) == "h\ufffdo\u00e0"
    assert decode(b"\xe1\xbb", final=True) == "\ufffd"


async def test_escape_then_a_key_typed_at_once_count_as_both(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "h", "o", "n", "g", "enter", "slash")
        # Within the escape delay the terminal sends ESC d as one key, alt+d.
        await pilot.press("alt+d")
        assert isinstance(app.screen, DateDialog)
        assert "Xã Hồng Khê" in screen_text(app)
        assert app.screen_stack[0].query_one(FilterBox).value == ""  # Escape cleared it
        await pilot.press("escape", "s", "alt+q")
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("late", ["s", "question_mark", "enter", "d", "a"])
async def test_keys_typed_after_q_do_not_break_the_exit(make: MakeApp, late: str) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.simulate_key("q")
        app.simulate_key(late)
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
async def test_a_file_without_write_permission_opens_read_only(
    make: MakeApp, store: Store, db_path: Path
) -> None:
    db_path.chmod(0o444)
    db_path.parent.chmod(0o555)
    try:
        app = make()
        async with app.run_test(size=(80, 24)) as pilot:
            assert "CHỈ ĐỌC" in app.title
            await pilot.press("d")
            assert not isinstance(app.screen, DateDialog)
    finally:
        db_path.parent.chmod(0o755)
        db_path.chmod(0o644)

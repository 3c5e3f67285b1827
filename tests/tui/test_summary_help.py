"""The summary view (copy, save, print) and the help generated from the bindings."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding

from cchc_tui.core.i18n import t
from cchc_tui.core.summary import build_report, render
from cchc_tui.store import Store
from cchc_tui.tui.dialogs.text import TextDialog
from cchc_tui.tui.screens.help import HelpScreen, key_groups
from cchc_tui.tui.screens.summary import SummaryScreen
from tests.tui.conftest import TODAY, MakeApp, notices, screen_text, settle, type_text


async def test_s_shows_the_same_text_as_the_summary_command(make: MakeApp, store: Store) -> None:
    expected = render(build_report(store.load(), TODAY), "text", "vi")
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.text == expected
        assert "BÁO CÁO TỔNG HỢP" in screen_text(app)
        await pilot.press("c")
        assert app.clipboard == expected
        assert any("OSC 52" in line for line in notices(app))
        await pilot.press("f")
        assert app.screen.text == render(build_report(store.load(), TODAY), "markdown", "vi")
        await pilot.press("escape")
        assert not isinstance(app.screen, SummaryScreen)


async def test_w_saves_the_report_to_a_file(make: MakeApp, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.txt"
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s", "w")
        assert isinstance(app.screen, TextDialog)
        assert "bao-cao-96-kh-ubnd-2023-09-25.txt" in screen_text(app)
        await pilot.press("ctrl+u")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await settle(pilot)
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert target.read_text(encoding="utf-8") == summary.text
        assert t("done.saved", "vi", path=target) in notices(app)


async def test_p_quits_and_hands_the_report_back_to_print(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s", "p")
        await pilot.pause()
    assert app.return_value == render(build_report(store.load(), TODAY), "text", "vi")


async def test_help_lists_every_bound_key_with_its_words(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        await pilot.press("end")
        text += screen_text(app)
        for _, classes in key_groups():
            for cls in classes:
                for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
                    assert t(f"tui.tip.{binding.id}", "vi") in text, binding
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is None
    assert app.return_code == 0


async def test_english_words_everywhere_including_the_footer(make: MakeApp) -> None:
    app = make(lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        labels = {found.binding.description for found in app.screen.active_bindings.values()}
        assert {"Help", "Quit", "Undo", "Summary", "Filter", "Notified"} <= labels
        text = screen_text(app)
        assert "Set date" in text  # the next step of an unscheduled unit
        assert app.sub_title == "Today 25/09/2023"
        await pilot.press("question_mark")
        assert "Record that the schedule was notified" in screen_text(app)

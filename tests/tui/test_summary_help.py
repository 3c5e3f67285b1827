"""The summary view (copy, save, print) and the help generated from the bindings."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.pilot import Pilot

from cchc_tui.core.i18n import t
from cchc_tui.core.report import build_report, render
from cchc_tui.store import Store
from cchc_tui.tui.dialogs.text import TextDialog
from cchc_tui.tui.screens import summary as summary_module
from cchc_tui.tui.screens.help import HelpScreen, key_groups
from cchc_tui.tui.screens.summary import SummaryScreen
from tests.tui.conftest import TODAY, MakeApp, notices, paste, screen_text, settle


async def test_s_shows_the_same_text_as_the_summary_command(make: MakeApp, store: Store) -> None:
    expected = render(build_report(store.load(), TODAY, "vi"), "text")
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        assert app.screen.text == expected
        assert "BÁO CÁO KẾT QUẢ KIỂM TRA" in screen_text(app)
        assert "định dạng văn bản" in screen_text(app)
        await pilot.press("c")
        assert app.clipboard == expected
        assert any("OSC 52" in line for line in notices(app))
        await pilot.press("f")
        assert app.screen.text == render(build_report(store.load(), TODAY, "vi"), "markdown")
        await pilot.press("escape")
        assert not isinstance(app.screen, SummaryScreen)


async def test_a_report_too_long_to_lay_out_shows_its_beginning_and_copies_whole(
    make: MakeApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A national plan's report is megabytes: the screen shows whole lines up to its limit
    (here 1,000 characters) and says how many are left and how to get them; copy and print
    take the whole text."""
    monkeypatch.setattr(summary_module, "SHOWN_CHARACTERS", 1000)
    expected = render(build_report(store.load(), TODAY, "vi"), "text")
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        shown = app.screen.query_one("#summary-text").render()
        head = expected[:1000]
        head = head[: head.rfind("\n") + 1]
        left = len(expected[len(head) :].splitlines())
        assert str(shown) == f"{head}\n… Màn hình chỉ hiện phần đầu; còn {left} dòng nữa. " + (
            "Toàn văn: w lưu tệp, c chép, p in ra."
        )
        await pilot.press("c")
        assert app.clipboard == expected
        await pilot.press("p")
    assert app.return_value == expected


async def test_the_text_wraps_to_the_window_and_q_closes_only_the_summary(
    make: MakeApp,
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        scroller = summary.query_one("#summary")
        assert scroller.max_scroll_x == 0
        shown = screen_text(app)
        # The lead paragraph is one long line of the report, shown over several rows.
        assert "Thực hiện Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND" in shown
        assert "huyện Bình Giang" in shown
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, SummaryScreen)
        assert app.is_running


async def test_w_saves_the_report_beside_the_data_file_by_default(
    make: MakeApp, db_path: Path
) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s", "w")
        assert isinstance(app.screen, TextDialog)
        default = db_path.parent / "bao-cao-96-kh-ubnd-2023-09-25.txt"
        assert app.screen.initial == str(default)
        await pilot.press("enter")
        await settle(pilot)
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert default.read_text(encoding="utf-8") == summary.text
        assert t("done.saved", "vi", path=default) in notices(app)


async def save_as(pilot: Pilot[object], target: Path) -> None:
    """``s`` then ``w``, the file name pasted over the default, Enter; wait for the write."""
    await pilot.press("s", "w", "ctrl+u")
    await paste(pilot, str(target))
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("extension", ["docx", "xlsx"])
async def test_w_saves_word_and_excel_files_by_their_extension(
    make: MakeApp, tmp_path: Path, extension: str
) -> None:
    target = tmp_path / f"bao-cao.{extension}"
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await save_as(pilot, target)
        assert t("done.saved", "vi", path=target) in notices(app)
    with zipfile.ZipFile(target) as package:  # both are zip packages of XML parts
        names = package.namelist()
    assert ("word/document.xml" if extension == "docx" else "xl/workbook.xml") in names


async def test_a_save_that_fails_says_why_and_keeps_the_summary_open(
    make: MakeApp, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "bao-cao.txt"
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await save_as(pilot, target)
        assert isinstance(app.screen, SummaryScreen)
        assert any(line.startswith(f"Không ghi được {target}") for line in notices(app))
    assert not target.exists()


async def test_p_quits_and_hands_the_report_back_to_print(make: MakeApp, store: Store) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s", "p")
        await pilot.pause()
    assert app.return_value == render(build_report(store.load(), TODAY, "vi"), "text")


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

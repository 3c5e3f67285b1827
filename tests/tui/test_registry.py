"""Panes and panels are declared once (tui/registry.py); the screens follow the list."""

from __future__ import annotations

from cchc_tui.core.i18n import t
from cchc_tui.tui.registry import PANELS, PANES, grid_css, in_grid_order, load
from cchc_tui.tui.screens.help import HelpScreen, key_groups
from tests.tui.conftest import MakeApp, screen_text, settle


def test_the_grid_is_built_from_where_each_pane_sits() -> None:
    css = grid_css()
    assert "grid-size: 2 2;" in css
    assert "#units { row-span: 2; }" in css
    assert [pane.id for pane in in_grid_order()] == ["plan", "units", "calendar"]


def test_the_help_has_a_section_for_each_pane_and_panel() -> None:
    titles = [title for title, _ in key_groups()]
    declared = [title for item in (*PANES, *PANELS) for title, _ in item.help]
    assert declared and all(title in titles for title in declared)


async def test_each_pane_key_shows_its_pane_and_tab_goes_through_every_stop(
    make: MakeApp,
) -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:  # narrow: one pane at a time
        await settle(pilot)
        for pane in PANES:
            await pilot.press(pane.key)
            await settle(pilot)
            assert isinstance(app.focused, load(pane.stops[0]))
            shown = [widget.id for widget in app.screen.query("#panes > .-current")]
            assert shown == [pane.id]
        await pilot.press(PANES[0].key)
        stops = [stop for pane in PANES for stop in pane.stops]
        for stop in [*stops[1:], stops[0]]:
            await pilot.press("tab")
            await settle(pilot)
            assert isinstance(app.focused, load(stop)), stop


async def test_the_help_names_each_pane_key(make: MakeApp) -> None:
    app = make(lang="en")
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for pane in PANES:
            assert t(f"tui.tip.pane-{pane.id}", "en") in text

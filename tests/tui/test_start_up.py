"""What waits until after the first frame: the side panes, and work the app is given."""

from __future__ import annotations

from cchc_tui.tui.later import Later
from cchc_tui.tui.panes.calendar import CalendarPane
from cchc_tui.tui.panes.plan import PlanPane
from cchc_tui.tui.panes.units import UnitsTable
from tests.tui.conftest import MakeApp, screen_text, settle


async def test_work_given_for_after_the_first_frame_runs_once_the_units_are_drawn(
    make: MakeApp,
) -> None:
    app = make()
    seen: list[bool] = []
    app.after_first_frame(lambda: seen.append("Phòng Kinh tế - Hạ tầng" in screen_text(app)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert seen == [True]


async def test_the_side_panes_take_their_places_after_the_first_frame(make: MakeApp) -> None:
    app = make()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not app.screen.query(Later)
        panes = [pane.id for pane in app.screen.query_one("#panes").children]
        assert panes == ["plan", "units", "calendar"]
        assert app.screen.query_one(PlanPane).state is app.state
        assert app.screen.query_one(CalendarPane).state is app.state
        assert app.screen.query_one(UnitsTable).has_focus

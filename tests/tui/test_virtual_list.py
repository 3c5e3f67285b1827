"""The list that draws only its rows on screen, as its rows come and go."""

from __future__ import annotations

from rich.style import Style
from textual.app import App, ComposeResult
from textual.strip import Strip

from cchc_tui.tui.panes.virtual_list import Cell, VirtualList, cells_strip


class Rows(VirtualList):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def row_count(self) -> int:
        return self.count

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        return cells_strip([Cell(f"row {index}", 10)], width, style)

    def show(self, count: int) -> None:
        self.count = count
        self.rows_changed()


class ListApp(App[None]):
    def __init__(self, rows: Rows) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield self.rows


async def test_a_list_as_tall_as_its_rows_shrinks_with_them() -> None:
    rows = Rows(5)
    rows.styles.height = "auto"
    app = ListApp(rows)
    async with app.run_test(size=(40, 20)) as pilot:
        rows.show(5)
        await pilot.pause()
        assert rows.size.height == 5
        rows.show(2)
        await pilot.pause()
        assert rows.size.height == 2


async def test_fewer_rows_under_the_last_screenful_scroll_back_to_the_end() -> None:
    rows = Rows(500)
    app = ListApp(rows)
    async with app.run_test(size=(40, 20)) as pilot:
        rows.rows_changed()
        await pilot.pause()
        rows.focus()
        await pilot.press("end", *["up"] * 9)  # the cursor on row 490, still on screen
        await pilot.pause()
        rows.show(495)
        await pilot.pause()
        assert rows.scroll_y == rows.max_scroll_y
        shown = [line.text.strip() for line in app.screen._compositor.render_strips()]
        assert shown[-1] == "row 494"

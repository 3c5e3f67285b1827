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


def shown(app: App[None]) -> list[str]:
    return [line.text.strip() for line in app.screen._compositor.render_strips()]


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
        assert shown(app)[-1] == "row 494"


async def test_rows_changed_announces_the_cursor_row_later_or_at_once_when_asked() -> None:
    """A filter typed key by key tells what follows the cursor once the keys pause; the
    pane can ask for it at once (the filter closed)."""
    heard: list[int] = []

    class Listening(ListApp):
        def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
            heard.append(message.index)

    rows = Rows(50)
    app = Listening(rows)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        heard.clear()  # the first row, announced on mounting
        rows.count = 20
        rows.rows_changed(5, announce_in=60.0)  # not within this test
        await pilot.pause()
        assert heard == []
        rows.announce_now()
        await pilot.pause()
        assert heard == [5]
        rows.announce_now()  # nothing waiting: nothing more
        await pilot.pause()
        assert heard == [5]


async def test_rows_named_by_what_they_show_stay_drawn_through_a_filter() -> None:
    class Named(Rows):
        drawn: list[str]

        def row_key(self, index: int) -> str:
            return self.keys[index]

        def render_row(self, index: int, width: int, style: Style) -> Strip:
            self.drawn.append(self.keys[index])
            return cells_strip([Cell(self.keys[index], 10)], width, style)

    rows = Named(3)
    rows.keys, rows.drawn = ["a", "b", "c"], []
    app = ListApp(rows)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        rows.keys = ["c", "a"]
        rows.count = 2
        rows.rows_changed(1, same_rows=True)  # the cursor on "a": drawn anew as the cursor row
        await pilot.pause()
        assert shown(app)[:2] == ["c", "a"]
        assert rows.drawn.count("c") == 1  # "c" was drawn before, under its name

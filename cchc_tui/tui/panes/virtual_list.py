"""A keyboard list that draws only the rows on screen (Textual's Line API).

A DataTable builds every row up front: 10,000 units cost seconds. Here a subclass says
how many rows there are and how to draw row N; moving the cursor repaints two lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import BindingType
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget

from cchc_tui.tui.keys import bind


@dataclass(frozen=True, slots=True)
class Cell:
    """One column of a row: literal text (never markup) in a fixed number of cells."""

    text: str
    width: int
    style: Style | None = None


def cells_strip(cells: Sequence[Cell], width: int, style: Style, gap: int = 1) -> Strip:
    """Lay cells out left to right, cropped or padded to their widths, then to ``width``."""
    segments: list[Segment] = []
    space = Segment(" " * gap, style)
    for number, cell in enumerate(cells):
        if number:
            segments.append(space)
        cell_style = style + cell.style if cell.style else style
        segments.append(Segment(fit(cell.text, cell.width), cell_style))
    return Strip(segments).adjust_cell_length(width, style)


def fit(text: str, width: int) -> str:
    """``text`` in exactly ``width`` cells, cut with an ellipsis when too long."""
    if width <= 0:
        return ""
    if cell_len(text) > width > 1:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


class VirtualList(ScrollView, can_focus=True):
    """Rows drawn on demand; subclasses give ``row_count`` and ``render_row``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("up,k", "cursor_up", "up", show=False),
        bind("down,j", "cursor_down", "down", show=False),
        bind("pageup", "page_up", "page-up", show=False),
        bind("pagedown", "page_down", "page-down", show=False),
        bind("home,g", "first", "first", show=False),
        bind("end,G", "last", "last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-list--header",
        "virtual-list--cursor",
        "virtual-list--cursor-blurred",
    }

    DEFAULT_CSS = """
    VirtualList { overflow-x: hidden; }
    VirtualList > .virtual-list--header { text-style: bold; }
    VirtualList > .virtual-list--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: bold; }
    VirtualList > .virtual-list--cursor-blurred { background: $block-cursor-blurred-background;
        text-style: underline; }
    """

    cursor: reactive[int] = reactive(0, repaint=False, init=False)
    header_height: ClassVar[int] = 0

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Rows already drawn at this width (the cursor row excepted): Textual repaints a
        # widget several times while a screen settles, and scrolling back is free.
        self._drawn: dict[int, Strip] = {}
        self._drawn_width = 0

    @dataclass
    class Highlighted(Message):
        """The cursor moved to ``index``."""

        list: VirtualList
        index: int

    @dataclass
    class Selected(Message):
        """Enter was pressed on ``index``."""

        list: VirtualList
        index: int

    # --- what subclasses provide ---------------------------------------------------

    def row_count(self) -> int:
        raise NotImplementedError

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        raise NotImplementedError

    def render_header(self, width: int, style: Style) -> Strip:
        return Strip.blank(width, style)

    def cursor_moved(self, index: int) -> None:
        """Tell the parents; subclasses say it in their own terms."""
        self.post_message(self.Highlighted(self, index))

    def chosen(self, index: int) -> None:
        """Enter on a row; subclasses say it in their own terms."""
        self.post_message(self.Selected(self, index))

    # --- rows changed ----------------------------------------------------------------

    def rows_changed(self, cursor: int | None = None) -> None:
        """Call after the rows changed: resize the scroll area, keep the cursor in range."""
        count = self.row_count()
        self._set_height(count + self.header_height)
        wanted = self.cursor if cursor is None else cursor
        self.set_reactive(VirtualList.cursor, max(0, min(wanted, count - 1)))
        self._drawn.clear()
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def _set_height(self, height: int) -> None:
        """A new number of rows. Textual lays the whole screen out again for a new virtual
        size; when nothing around the list can change (its height is not its rows', its
        scrollbar stays, the rows on screen still exist), as for most keys typed into the
        filter, only the list and its scrollbar are repainted."""
        visible = self.container_size.height
        quiet = (
            visible
            and not self.styles.is_auto_height
            and self.scroll_y <= max(0, height - visible)
            and (
                self.styles.overflow_y != "auto"
                or (height > visible) == (self.virtual_size.height > visible)
            )
        )
        if not quiet:
            self.virtual_size = Size(0, height)
            return
        self.set_reactive(Widget.virtual_size, Size(0, height))
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.window_virtual_size = height

    def refresh_row(self, index: int) -> None:
        """Repaint one row if it is on screen."""
        self._drawn.pop(index, None)
        y = index - round(self.scroll_y) + self.header_height
        if self.header_height <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    # --- drawing ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y < self.header_height:
            header = base + self.get_component_rich_style("virtual-list--header")
            return self.render_header(width, header)
        index = round(self.scroll_y) + y - self.header_height
        if index >= self.row_count():
            return Strip.blank(width, base)
        if index == self.cursor:
            name = "virtual-list--cursor" if self.has_focus else "virtual-list--cursor-blurred"
            return self.render_row(index, width, base + self.get_component_rich_style(name))
        if width != self._drawn_width or len(self._drawn) > 4 * self.page:
            self._drawn.clear()
            self._drawn_width = width
        strip = self._drawn.get(index)
        if strip is None:
            strip = self._drawn[index] = self.render_row(index, width, base)
        return strip

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and offset.y >= self.header_height:
            self.move_to(round(self.scroll_y) + offset.y - self.header_height)

    def on_focus(self) -> None:
        self.refresh_row(self.cursor)

    def on_blur(self) -> None:
        self.refresh_row(self.cursor)

    # --- moving -------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return max(1, self.size.height - self.header_height)

    def move_to(self, index: int) -> None:
        count = self.row_count()
        if count:
            self.cursor = max(0, min(index, count - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_row(old)
        self.refresh_row(new)
        self._scroll_to_cursor()
        self._announce()

    def _announce(self) -> None:
        # From this widget's own loop: a message made while the parent handles something
        # counts the parent as its sender, and Textual stops it there.
        self.call_next(lambda: self.cursor_moved(self.cursor))

    def _scroll_to_cursor(self) -> None:
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + self.page:
            self.scroll_to(y=self.cursor - self.page + 1, animate=False)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_page_up(self) -> None:
        self.move_to(self.cursor - self.page)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + self.page)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(self.row_count() - 1)

    def action_select(self) -> None:
        if self.row_count():
            self.chosen(self.cursor)

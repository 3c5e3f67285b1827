"""A keyboard list that draws only the rows on screen (Textual's Line API).

A DataTable builds every row up front: 10,000 units cost seconds. Here a subclass says
how many rows there are and how to draw row N; moving the cursor repaints two lines.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from msgspec import Struct
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
from textual.timer import Timer
from textual.widget import Widget

from cchc_tui.tui.keys import bind


class Cell(Struct, frozen=True):
    """One column of a row: literal text (never markup) in a fixed number of cells."""

    text: str
    width: int
    style: Style | None = None


def cells_strip(cells: Sequence[Cell], width: int, style: Style, gap: int = 1) -> Strip:
    """Lay cells out left to right, cropped or padded to their widths, then to ``width``.

    Cells in the row's own style make one segment: Textual's work on a line (crops, cuts,
    filters) goes by the segment.
    """
    segments: list[Segment] = []
    plain: list[str] = []
    for number, cell in enumerate(cells):
        if number:
            plain.append(" " * gap)
        text = fit(cell.text, cell.width)
        if cell.style is None:
            plain.append(text)
            continue
        if plain:
            segments.append(Segment("".join(plain), style))
            plain = []
        segments.append(Segment(text, style + cell.style))
    if plain:
        segments.append(Segment("".join(plain), style))
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
        self._drawn: dict[Hashable, Strip] = {}
        self._drawn_width = 0
        self._drawn_style = Style()
        # Looked up once per drawing pass (``render_lines``), not once per line: a widget's
        # style walks all its ancestors.
        self._pass_width = 0
        self._pass_style = Style()
        self._pass_styles: dict[str, Style] = {}
        self._announcing: Timer | None = None

    @dataclass
    class Highlighted(Message):
        """The cursor moved to ``index``."""

        list: VirtualList
        index: int

    # --- what subclasses provide ---------------------------------------------------

    def row_count(self) -> int:
        raise NotImplementedError

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        raise NotImplementedError

    def render_header(self, width: int, style: Style) -> Strip:
        return Strip.blank(width, style)

    def row_key(self, index: int) -> Hashable:
        """What names row ``index``'s drawing: its index, unless a subclass names its rows
        by what they show (then ``rows_changed(same_rows=True)`` keeps them drawn)."""
        return index

    def cursor_moved(self, index: int) -> None:
        """Tell the parents; subclasses say it in their own terms."""
        self.post_message(self.Highlighted(self, index))

    def chosen(self, index: int) -> None:
        """Enter on a row, in lists that bind it to ``select``: they say what it does."""

    # --- rows changed ----------------------------------------------------------------

    def rows_changed(
        self, cursor: int | None = None, *, announce_in: float = 0.0, same_rows: bool = False
    ) -> None:
        """Call after the rows changed: resize the scroll area, keep the cursor in range.

        ``same_rows``: only which rows show and their order changed (a filter, a sort), so
        rows already drawn under their ``row_key`` are drawn the same. The row under the
        cursor is announced ``announce_in`` seconds later, unless the rows change again
        before: what follows the cursor (a unit's checklist) is drawn once the changes
        pause, not at every key typed into a filter.
        """
        count = self.row_count()
        self._set_height(count + self.header_height)
        wanted = self.cursor if cursor is None else cursor
        self.set_reactive(VirtualList.cursor, max(0, min(wanted, count - 1)))
        if not same_rows:
            self._drawn.clear()
        self._scroll_to_cursor()
        self.refresh()
        self._announce(announce_in)

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
        if 0 <= index < self.row_count():
            self._drawn.pop(self.row_key(index), None)
        y = index - round(self.scroll_y) + self.header_height
        if self.header_height <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    # --- drawing ------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        self._pass_width = self.scrollable_content_region.width
        self._pass_style = self.rich_style
        self._pass_styles.clear()
        return super().render_lines(crop)

    def component_style(self, name: str) -> Style:
        """A component class's style (``get_component_rich_style``), once per drawing pass."""
        style = self._pass_styles.get(name)
        if style is None:
            style = self._pass_styles[name] = self.get_component_rich_style(name)
        return style

    def render_line(self, y: int) -> Strip:
        width, base = self._pass_width, self._pass_style
        if y < self.header_height:
            return self.render_header(width, base + self.component_style("virtual-list--header"))
        index = round(self.scroll_y) + y - self.header_height
        if index >= self.row_count():
            return Strip.blank(width, base)
        if index == self.cursor:
            name = "virtual-list--cursor" if self.has_focus else "virtual-list--cursor-blurred"
            return self.render_row(index, width, base + self.component_style(name))
        drawn = self._drawn
        if width != self._drawn_width or base != self._drawn_style or len(drawn) > 16 * self.page:
            drawn.clear()
            self._drawn_width, self._drawn_style = width, base
        key = self.row_key(index)
        strip = drawn.get(key)
        if strip is None:
            strip = drawn[key] = self.render_row(index, width, base)
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

    def _announce(self, after: float = 0.0) -> None:
        if self._announcing is not None:
            self._announcing.stop()
            self._announcing = None
        if after > 0:
            self._announcing = self.set_timer(after, self._announce)
            return
        # From this widget's own loop: a message made while the parent handles something
        # counts the parent as its sender, and Textual stops it there.
        self.call_next(lambda: self.cursor_moved(self.cursor))

    def announce_now(self) -> None:
        """Announce the row under the cursor now if its announcement is waiting."""
        if self._announcing is not None:
            self._announce()

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

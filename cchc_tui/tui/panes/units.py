"""The units pane: a filter box, the units table and the selected unit's checklist."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import ClassVar

from rich.style import Style
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import DescendantBlur
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import Input

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.names import UnitIndex
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import UnitRow, unit_row
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import OpenDetail, UnitEdit, UnitHighlighted
from cchc_tui.tui.panes.checklist import ChecklistView
from cchc_tui.tui.panes.unit_columns import (
    KIND_WIDTHS,
    SORTS,
    Column,
    fit_columns,
    fitted_name,
    headers,
    is_done,
    is_overdue,
    kind_width,
    marks_sources,
    row_words,
    sorted_keys,
)
from cchc_tui.tui.panes.unit_keys import UNIT_EDIT_BINDINGS, editable, request_edit
from cchc_tui.tui.panes.virtual_list import Cell, VirtualList, cells_strip
from cchc_tui.tui.state import ShowsState, State

# The checklist follows the unit under the cursor once typing into the filter pauses this
# long (seconds): a fast typist's keys come closer together, a person reading does not.
FILTER_PAUSE = 0.15
# Lists of keys kept for the filters and orders already shown (each ≤ 10,000 keys).
SHOWN_KEPT = 32


class UnitsTable(VirtualList):
    """Every unit of the plan, one line each; only the lines on screen are ever built."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("enter", "select", "open-detail")]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"units-table--overdue", "units-table--done"}
    header_height = 1

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.snapshot: Snapshot | None = None
        self.today = date.min
        self.name_filter = ""
        self.order = SORTS[0]
        self.keys: list[str] = []
        self._rows: dict[str, UnitRow] = {}
        self._names: UnitIndex | None = None
        self._names_of: tuple[tuple[str, str, str], ...] = ()
        self._shown: dict[tuple[str, str], list[str]] = {}
        self._kind_width = KIND_WIDTHS[0]

    # --- data in ------------------------------------------------------------------------

    def show(self, snapshot: Snapshot, today: date) -> None:
        """Show a new snapshot, the cursor staying on the same unit."""
        selected = self.selected_key
        # A row holds deadlines worked out from the plan: another plan (or the plan changed)
        # has its own, even for units with the same key.
        other_plan = self.snapshot is not None and snapshot.plan != self.snapshot.plan
        if today != self.today or other_plan:
            self._rows.clear()
        if self._names is not None and (other_plan or _names_of(snapshot) != self._names_of):
            self._names = None
        first = self.snapshot is None
        self.snapshot, self.today = snapshot, today
        self._kind_width = kind_width(snapshot.plan, self.lang)
        legend = marks_sources(snapshot.plan, snapshot.units)
        self.border_subtitle = Content(t("tui.source.legend", self.lang) if legend else "")
        self._shown.clear()
        self._arrange(selected, same_rows=False)
        if first:  # ready before the first "/": typing must not wait for it
            self.call_after_refresh(self.prepare_names)

    def prepare_names(self) -> None:
        """Build the name index in the background, unless it is there already."""
        if self._names is None and self.snapshot is not None:
            # Described by hand: Textual would describe it by repr() of 10,000 units.
            build = partial(getattr, self.snapshot, "index")
            self.run_worker(
                build, description="name index", group="names", exclusive=True, thread=True
            )

    def set_query(self, query: str, *, announce_in: float = 0.0) -> None:
        """Show only units whose name words start with the typed words (no diacritics
        needed); the unit then under the cursor is announced ``announce_in`` s later."""
        if query == self.name_filter:  # Enter, or Escape's echo of the box emptied
            return
        self.name_filter = query
        self._arrange(self.selected_key, announce_in)

    def cycle_order(self) -> str:
        self.order = SORTS[(SORTS.index(self.order) + 1) % len(SORTS)]
        self._arrange(self.selected_key)
        return self.order

    def select_key(self, key: str) -> bool:
        """Put the cursor on a unit; False when the filter hides it."""
        if key not in self.keys:
            return False
        self.move_to(self.keys.index(key))
        return True

    @property
    def selected_key(self) -> str | None:
        return self.keys[self.cursor] if 0 <= self.cursor < len(self.keys) else None

    def _arrange(
        self, keep: str | None, announce_in: float = 0.0, *, same_rows: bool = True
    ) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        self.keys = self._keys_shown(snapshot, self.name_filter, self.order)
        try:
            cursor = self.keys.index(keep) if keep is not None else self.cursor
        except ValueError:  # the unit is filtered out: its first match, not whatever is there
            cursor = 0
        self.rows_changed(cursor, announce_in=announce_in, same_rows=same_rows)

    def _keys_shown(self, snapshot: Snapshot, query: str, order: str) -> list[str]:
        """The keys a filter shows in an order, kept for this snapshot: Backspace brings
        back a list already made."""
        keys = self._shown.get((query, order))
        if keys is None:
            units = self._name_index(snapshot).filter(query) if query else snapshot.units
            if order == "plan":
                keys = [unit.key for unit in units]
            else:
                keys = sorted_keys([self.row(unit.key) for unit in units], order)
            if len(self._shown) >= SHOWN_KEPT:
                self._shown.clear()
            self._shown[query, order] = keys
        return keys

    def _name_index(self, snapshot: Snapshot) -> UnitIndex:
        """The name index, kept while no name changes (~0.2 s and ~8 MB at 10,000 units)."""
        if self._names is None:
            self._names, self._names_of = snapshot.index, _names_of(snapshot)
        return self._names

    def row(self, key: str) -> UnitRow:
        """The unit's row, worked out once per version of the unit."""
        assert self.snapshot is not None
        unit = self.snapshot.unit(key)
        cached = self._rows.get(key)
        if cached is None or (cached.unit is not unit and cached.unit != unit):
            cached = self._rows[key] = unit_row(self.snapshot.plan, unit, self.today)
        return cached

    # --- drawing ------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self.keys)

    def row_key(self, index: int) -> str:
        return self.keys[index]

    def render_header(self, width: int, style: Style) -> Strip:
        words = headers(self.lang)
        return cells_strip([Cell(words[c.id], w) for c, w in self._columns(width)], width, style)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        row = self.row(self.keys[index])
        if is_overdue(row):
            style += self.component_style("units-table--overdue")
        elif is_done(row):
            style += self.component_style("units-table--done")
        assert self.snapshot is not None
        words = row_words(self.snapshot.plan, row, self.lang)
        cells = [
            Cell(fitted_name(words[c.id], w) if c.id == "name" else words[c.id], w)
            for c, w in self._columns(width)
        ]
        return cells_strip(cells, width, style)

    def _columns(self, width: int) -> tuple[tuple[Column, int], ...]:
        return fit_columns(width, self._kind_width)

    def cursor_moved(self, index: int) -> None:
        self.post_message(UnitHighlighted(self.selected_key))

    def chosen(self, index: int) -> None:
        self.post_message(OpenDetail(self.keys[index]))


def _names_of(snapshot: Snapshot) -> tuple[tuple[str, str, str], ...]:
    """What the name index depends on."""
    return tuple((unit.key, unit.name, unit.title) for unit in snapshot.units)


class FilterBox(Input):
    """The name filter: Escape clears it, Enter keeps it; both go back to the table.

    Escape always leaves the box, so an arrow key split by a slow link (Escape, then
    "[A") cannot leave stray letters in it. Each change is told at once, not by message:
    the table then changes in the same frame as the box.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape", "close(False)", "filter-clear"),
        bind("enter", "close(True)", "filter-done"),
    ]

    def __init__(
        self,
        done: Callable[[], None],
        changed: Callable[[str], None],
        *,
        placeholder: str,
        id: str,
    ) -> None:
        super().__init__(placeholder=placeholder, id=id)
        # Called at once (not by message): keys typed right after Enter go to the table.
        self._done = done
        self._changed = changed

    def watch_value(self, value: str) -> None:
        self._changed(value)

    def validate_virtual_size(self, size: Size) -> Size:
        """Textual's Input sets its virtual size to its text's width on every change, and a
        new virtual size lays the whole screen out again. The box's size is fixed: while
        the text fits, its virtual width is the box's, so typing lays nothing out and
        scrolls the same (nothing to scroll until the text is wider than the box)."""
        return Size(max(size.width, self.scrollable_content_region.width), size.height)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.content_width, 1)

    def action_close(self, keep: bool) -> None:
        if not keep:
            self.value = ""
        self._done()


class UnitsPane(Vertical, ShowsState):
    """The filter box, the table and the checklist of the unit under the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("slash", "filter", "filter"),
        *UNIT_EDIT_BINDINGS,
        bind("o", "sort", "sort"),
    ]

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield FilterBox(
            self._filter_closed,
            self._filter_typed,
            placeholder=t("tui.filter_placeholder", self.lang),
            id="filter",
        )
        yield UnitsTable(self.lang, id="units-table")
        yield ChecklistView(self.lang, id="checklist")

    @property
    def table(self) -> UnitsTable:
        return self.query_one(UnitsTable)

    def show_state(self, state: State) -> None:
        self.table.show(state.snapshot, state.today)
        self._retitle()

    def action_edit(self, edit: UnitEdit) -> None:
        request_edit(self, self.table.selected_key, edit)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return editable(self.table.snapshot, action, ("edit",))

    def select_key(self, key: str) -> None:
        """Show a unit, clearing the filter if it hides that unit."""
        table = self.table
        if not table.select_key(key):
            box = self.query_one(FilterBox)
            box.value = ""  # the box's watcher shows every unit again
            box.display = False
            table.select_key(key)
            self._retitle()

    def action_filter(self) -> None:
        box = self.query_one(FilterBox)
        box.display = True
        box.focus()
        self.table.prepare_names()

    def action_sort(self) -> None:
        self.table.cycle_order()
        self._retitle()

    def _filter_typed(self, query: str) -> None:
        self.table.set_query(query, announce_in=FILTER_PAUSE)
        self._retitle()

    def _filter_closed(self) -> None:
        box = self.query_one(FilterBox)
        table = self.table
        table.announce_now()  # the box's watcher has set the query already
        box.display = bool(box.value)
        table.focus()
        self._retitle()

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        # Leaving the box by Tab or a pane's key: what acts on the checklist comes next.
        if isinstance(event.widget, FilterBox):
            self.table.announce_now()

    def _retitle(self) -> None:
        table = self.table
        title = t("tui.pane.units", self.lang)
        if table.name_filter and table.snapshot is not None:
            shown, total = len(table.keys), len(table.snapshot.units)
            title += " — " + t(
                "tui.filter_count", self.lang, shown=shown, total=total, query=table.name_filter
            )
        if table.order != SORTS[0]:
            title += " — " + t(
                "tui.sorted_by", self.lang, order=t(f"tui.sort.{table.order}", self.lang)
            )
        table.border_title = Content(title)

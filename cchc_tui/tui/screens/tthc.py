"""Procedure results (TTHC): the issuing body's periods first, then each unit's, with the
rates said honestly and a mark where the parts do not add up; the line under the cursor
is said in full below the list."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import TthcFigures
from cchc_tui.core.text import one_line
from cchc_tui.core.tthc import Tally, count_text, figures_sentence, rate_text
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import PlanEditRequested
from cchc_tui.tui.panes.virtual_list import Cell, cells_strip
from cchc_tui.tui.screens.panel import PanelScreen, RecordList
from cchc_tui.tui.state import State

MISMATCH, ADDS_UP = "⚠", "✓"
# body, period, received, on time, late, late rate, check
WIDTHS = (0, 18, 8, 9, 7, 9, 9)

Row = tuple[str | None, str, TthcFigures]  # (unit key or None for the body, name, figures)


class TthcList(RecordList):
    """One line per period recorded."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("a", "request('tthc')", "tthc-add"),
        bind("e,enter", "request('edit')", "tthc-edit"),
        bind("delete,x", "request('tthc-remove')", "tthc-remove"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"tthc-list--mismatch"}
    header_height = 1

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(lang, id=id)
        self.rows: list[Row] = []

    def show(self, state: State) -> None:
        self.snapshot = snapshot = state.snapshot
        issuer = one_line(snapshot.plan.issuer)
        self.rows = [(None, issuer, figures) for figures in snapshot.records.tthc]
        self.rows += [
            (unit.key, one_line(unit.display_name), figures)
            for unit in snapshot.units
            for figures in unit.tthc
        ]
        self.rows_changed()
        self.border_title = Content(t("tthc.title", self.lang))
        self.border_subtitle = None if self.rows else Content(t("tthc.none", self.lang))

    def row_count(self) -> int:
        return len(self.rows)

    def _widths(self, width: int) -> list[int]:
        fixed = sum(WIDTHS) + len(WIDTHS) - 1
        return [max(10, width - fixed), *WIDTHS[1:]]

    def render_header(self, width: int, style: Style) -> Strip:
        keys = ("tthc.body", "tthc.period", "tui.tthc.received", "tui.tthc.on_time",
                "tui.tthc.late", "tui.tthc.late_rate", "tui.tthc.check")  # fmt: skip
        cells = [
            Cell(t(key, self.lang), size)
            for key, size in zip(keys, self._widths(width), strict=True)
        ]
        return cells_strip(cells, width, style)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        _, name, figures = self.rows[index]
        tally = Tally.of(figures)
        lang = self.lang
        check = ADDS_UP
        check_style = None
        if tally.unaccounted:
            check = f"{MISMATCH} {count_text(abs(tally.unaccounted), lang)}"
            check_style = self.component_style("tthc-list--mismatch")
        texts = (
            name,
            one_line(figures.period),
            count_text(figures.received, lang),
            count_text(figures.on_time, lang),
            count_text(figures.late, lang),
            rate_text(figures.late, tally.settled, lang),
        )
        widths = self._widths(width)
        cells = [Cell(text, size) for text, size in zip(texts, widths, strict=False)]
        cells.append(Cell(check, widths[-1], check_style))
        return cells_strip(cells, width, style)

    def request(self, edit: str) -> PlanEditRequested | None:
        if edit == "tthc":  # a new period, for the body or a unit typed in the form
            return PlanEditRequested("tthc")
        if not self.rows:
            return None
        unit_key, _, figures = self.rows[self.cursor]
        kind = "tthc" if edit == "edit" else "tthc-remove"
        return PlanEditRequested(kind, unit_key=unit_key, period=figures.period)  # type: ignore[arg-type]

    def said(self) -> str:
        """The line under the cursor in full, with the warning when it does not add up."""
        if not self.rows:
            return ""
        _, name, figures = self.rows[self.cursor]
        return f"{name} — {figures_sentence(figures, self.lang)}"


class TthcScreen(PanelScreen):
    """The figures and their keys: a records a period, e corrects, x removes one."""

    AUTO_FOCUS = "#tthc-list"

    def compose(self) -> ComposeResult:
        yield Header()
        yield TthcList(self.lang, id="tthc-list")
        yield Static(id="tthc-said")
        yield KeysFooter(compact=True)

    def show_state(self, state: State) -> None:
        self.title = t("tthc.heading", self.lang)
        self.query_one(TthcList).show(state)
        self._say()

    def on_virtual_list_highlighted(self) -> None:
        self._say()

    def _say(self) -> None:
        self.query_one("#tthc-said", Static).update(Content(self.query_one(TthcList).said()))

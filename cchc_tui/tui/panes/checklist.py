"""One unit's checklist: each item, its verdict, its evidence and its note; keys to assess
them and to record the evidence."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from rich.style import Style
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip

from cchc_tui.core.dates import format_date
from cchc_tui.core.deadlines import next_deadline, next_step
from cchc_tui.core.due_words import countdown
from cchc_tui.core.evidence import unproven
from cchc_tui.core.i18n import Lang, step_word, t, verdict_word
from cchc_tui.core.model import ChecklistItem, ItemResult, Unit
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.text import one_line
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import EditRequested
from cchc_tui.tui.panes.unit_columns import MARK_NOT_IN_PLAN
from cchc_tui.tui.panes.unit_keys import editable
from cchc_tui.tui.panes.virtual_list import Cell, VirtualList, cells_strip

VERDICT_WIDTH = 14
EVIDENCE_WIDTH = 3  # "2", "!" (đạt with no evidence), "–" (the reason why none is given)


class ChecklistView(VirtualList):
    """The checklist of the unit the screen points it at."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("v,space", "item_edit('verdict')", "cycle-verdict"),
        bind("e", "item_edit('item-note')", "item-note"),
        bind("b", "item_edit('evidence')", "evidence"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"checklist--unassessed", "checklist--unproven"}
    header_height = 1

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.snapshot: Snapshot | None = None
        self.unit: Unit | None = None
        self.items: tuple[ChecklistItem, ...] = ()
        self.today = date.min

    def show(self, snapshot: Snapshot, unit_key: str | None, today: date) -> None:
        """Show ``unit_key``'s checklist as it is in ``snapshot`` (None: no unit)."""
        unit = snapshot.unit(unit_key) if unit_key is not None else None
        if snapshot is self.snapshot and unit is self.unit and today == self.today:
            return  # e.g. a filter that left the same unit under the cursor
        self.snapshot, self.unit, self.today = snapshot, unit, today
        self.items = snapshot.plan.checklist_for(self.unit.kind) if self.unit else ()
        self.rows_changed()
        self._retitle(today)

    def _retitle(self, today: date) -> None:
        unit = self.unit
        title = t("tui.pane.checklist", self.lang)
        if unit is None:
            self.border_title = Content(title)
            self.border_subtitle = Content(t("tui.no_unit", self.lang))
            return
        self.border_title = Content(f"{title} — {one_line(unit.display_name)}")
        self.border_subtitle = Content(f"{t('tui.next', self.lang)}: {self._next_text(today)}")

    def _next_text(self, today: date) -> str:
        assert self.unit is not None and self.snapshot is not None
        step = next_step(self.unit)
        if step is None:
            return t("tui.all_done", self.lang)
        deadline = next_deadline(self.snapshot.plan, self.unit, today)
        if deadline is None:
            return step_word(step, self.lang)
        return t(
            "tui.next_due",
            self.lang,
            step=step_word(step, self.lang),
            date=format_date(deadline.due),
            countdown=countdown(deadline, self.lang),
        )

    # --- drawing ------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self.items)

    def _widths(self, width: int) -> tuple[int, int, int, int, int]:
        """Item text, its "*" mark (not the plan's words), verdict, evidence, note."""
        rest = max(0, width - VERDICT_WIDTH - EVIDENCE_WIDTH - 5)
        note = rest // 3
        return rest - note, 1, VERDICT_WIDTH, EVIDENCE_WIDTH, note

    def render_header(self, width: int, style: Style) -> Strip:
        lang = self.lang
        words = (
            t("col.item", lang),
            "",
            t("col.verdict", lang),
            t("tui.col.evidence", lang),
            t("col.note", lang),
        )
        cells = [Cell(text, size) for text, size in zip(words, self._widths(width), strict=True)]
        return cells_strip(cells, width, style)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        item = self.items[index]
        result = self.unit.items.get(item.id, ItemResult()) if self.unit else ItemResult()
        item_width, mark_width, verdict_width, evidence_width, note_width = self._widths(width)
        verdict_style = (
            self.component_style("checklist--unassessed") if result.verdict is None else None
        )
        evidence, evidence_style = evidence_mark(result), None
        if evidence == UNPROVEN:
            evidence_style = self.component_style("checklist--unproven")
        cells = [
            Cell(f"{index + 1}. {one_line(item.text)}", item_width),
            Cell(MARK_NOT_IN_PLAN if item.source else "", mark_width),
            Cell(verdict_word(result.verdict, self.lang), verdict_width, verdict_style),
            Cell(evidence, evidence_width, evidence_style),
            Cell(one_line(result.note), note_width),
        ]
        return cells_strip(cells, width, style)

    # --- keys ---------------------------------------------------------------------------

    def action_item_edit(self, edit: str) -> None:
        if self.unit is not None and self.items:
            item = self.items[self.cursor]
            self.post_message(EditRequested(self.unit.key, edit, item.id))  # type: ignore[arg-type]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return editable(self.snapshot, action, ("item_edit",))


UNPROVEN, REASONED = "!", "–"


def evidence_mark(result: ItemResult) -> str:
    """How many pieces of evidence; "!" for "đạt" with none and no reason; "–" when the
    team gave the reason there is none."""
    if result.evidence:
        return str(len(result.evidence))
    if unproven(result):
        return UNPROVEN
    return REASONED if result.missing else ""

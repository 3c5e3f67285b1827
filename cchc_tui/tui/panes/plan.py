"""The plan pane: the plan's number and issuer, progress per stage with small bars, then
the rest of the plan's header as issued."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import Progress, plan_header_lines, progress
from cchc_tui.core.text import one_line
from cchc_tui.tui.state import ShowsState, State

BAR_MAX = 12
FULL, EMPTY = "█", "░"


def bar(done: int, total: int, width: int) -> str:
    """A progress bar that reads without colour: ``███░░░``."""
    filled = round(width * done / total) if total else 0
    return FULL * filled + EMPTY * (width - filled)


def progress_lines(rows: tuple[Progress, ...], width: int, lang: Lang) -> list[str]:
    """One line per stage: label, bar, done/total, fitted to ``width`` cells."""
    labels = [t(row.label, lang) for row in rows]
    counts = [f"{row.done}/{row.total}" for row in rows]
    label_width = max(map(len, labels), default=0)
    count_width = max(map(len, counts), default=0)
    bar_width = max(3, min(BAR_MAX, width - label_width - count_width - 2))
    return [
        f"{label:<{label_width}} {bar(row.done, row.total, bar_width)} {count:>{count_width}}"
        for label, count, row in zip(labels, counts, rows, strict=True)
    ]


class PlanText(Widget):
    """The words of the plan pane, laid out for the pane's width."""

    DEFAULT_CSS = "PlanText { height: auto; }"

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang
        self.snapshot: Snapshot | None = None
        self._progress: tuple[Progress, ...] = ()

    def show(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._progress = progress(snapshot.units)
        self.refresh(layout=True)

    def render(self) -> Content:
        if self.snapshot is None:
            return Content("")
        plan = self.snapshot.plan
        # "Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang…" stays together.
        issued, *rest = plan_header_lines(plan, self.lang)
        heading = f"{t('plan.number', self.lang)} {one_line(plan.number)} {issued}"
        bars = progress_lines(self._progress, self.size.width, self.lang)
        # What a plan started from another has yet to have checked, before its numbers.
        review = t(
            "review.short", self.lang, count=len(plan.review), plan=one_line(plan.carried_from)
        )
        warned = [(f"{review}\n", "bold")] if plan.review else []
        return Content.assemble((heading, "bold"), "\n", *warned, "\n".join([*bars, "", *rest]))


class PlanPane(VerticalScroll, ShowsState):
    """Scrolls with the arrow keys when the plan does not fit."""

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield PlanText(self.lang)

    def on_mount(self) -> None:
        self.border_title = Content(t("tui.pane.plan", self.lang))

    def show_state(self, state: State) -> None:
        self.query_one(PlanText).show(state.snapshot)

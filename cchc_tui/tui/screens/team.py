"""The inspection team: the decision that set it up, each member with their role, office and
the units they go to (with the days), and who is due at two units on one day."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.model import Member
from cchc_tui.core.team import (
    clash_text,
    decision_text,
    role_word,
    team_clashes,
    units_by_member,
    units_visits_text,
)
from cchc_tui.core.text import one_line
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import PlanEditRequested
from cchc_tui.tui.panes.virtual_list import Cell, cells_strip
from cchc_tui.tui.screens.panel import PanelScreen, RecordList
from cchc_tui.tui.state import State

WIDTHS = (22, 20, 22)  # name, role, office, at their widest


class MemberList(RecordList):
    """One line per member, highest role first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("a", "request('member')", "member-add"),
        bind("e,enter", "request('edit')", "member-edit"),
        bind("delete,x", "request('remove')", "member-remove"),
        bind("d", "request('decision')", "team-decision"),
    ]
    header_height = 1

    def __init__(self, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(lang, id=id)
        self.members: list[Member] = []
        self.visits: dict[str, str] = {}

    def show(self, state: State) -> None:
        self.snapshot = snapshot = state.snapshot
        team = snapshot.records.team
        self.members = team.ranked()
        theirs = units_by_member(team, snapshot.units)
        self.visits = {member.id: units_visits_text(theirs[member.id]) for member in self.members}
        self.rows_changed()
        self.border_title = Content(t("team.heading", self.lang))
        self.border_subtitle = None if self.members else Content(t("team.empty", self.lang))

    def row_count(self) -> int:
        return len(self.members)

    def _widths(self, width: int) -> tuple[int, int, int, int]:
        """Name, role and office at most their widths, each a fifth of a narrow screen at
        the least, so that the units keep room at 80 columns."""
        name, role, office = (min(most, max(10, width // 5)) for most in WIDTHS)
        return name, role, office, max(8, width - name - role - office - 3)

    def render_header(self, width: int, style: Style) -> Strip:
        words = (
            "report.col.member",
            "report.col.role",
            "report.col.office",
            "report.col.member_units",
        )
        cells = [
            Cell(t(key, self.lang), size)
            for key, size in zip(words, self._widths(width), strict=True)
        ]
        return cells_strip(cells, width, style)

    def render_row(self, index: int, width: int, style: Style) -> Strip:
        member = self.members[index]
        texts = (
            one_line(member.name),
            role_word(member.role, self.lang),
            one_line(member.office),
            self.visits[member.id] or t("team.no_units", self.lang),
        )
        cells = [Cell(text, size) for text, size in zip(texts, self._widths(width), strict=True)]
        return cells_strip(cells, width, style)

    def request(self, edit: str) -> PlanEditRequested | None:
        chosen = self.members[self.cursor] if self.members else None
        if edit in ("member", "decision"):
            return PlanEditRequested(edit)  # type: ignore[arg-type]
        if chosen is None:
            return None
        return PlanEditRequested("member" if edit == "edit" else "remove", chosen.id)


class TeamScreen(PanelScreen):
    """The team and its keys: a add, e edit, x remove a member; d the decision."""

    AUTO_FOCUS = "#team-members"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="team-decision")
        yield MemberList(self.lang, id="team-members")
        yield Static(id="team-clashes")
        yield KeysFooter(compact=True)

    def show_state(self, state: State) -> None:
        team = state.snapshot.records.team
        self.title = t("team.heading", self.lang)
        self.query_one("#team-decision", Static).update(Content(decision_text(team, self.lang)))
        self.query_one(MemberList).show(state)
        clashes = team_clashes(team, state.snapshot.units)
        lines = [
            f"{t('team.clashes', self.lang)}:",
            *(f"! {clash_text(c, self.lang)}" for c in clashes),
        ]
        said = self.query_one("#team-clashes", Static)
        said.update(Content("\n".join(lines) if clashes else ""))
        said.display = bool(clashes)

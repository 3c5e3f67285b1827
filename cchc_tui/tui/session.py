"""The store as the full-screen app uses it: one plan, one person, one "today".

Nothing here imports textual, so the app's thread workers call these methods and the
tests check them without a screen. Every method returns the new snapshot together with
the sentence to show, so the app never has to guess what a change did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cchc_tui.core.history import author_text, describe_entry
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.review import plan_facts
from cchc_tui.core.snapshot import HistoryEntry, Snapshot
from cchc_tui.core.text import one_line
from cchc_tui.core.workflow import Change
from cchc_tui.store import Store

# More changes than this from other people in one reload are told as one summary line.
NOTICE_LIMIT = 3


class Session:
    """One person working on one plan of a data file."""

    def __init__(self, store: Store, plan: str, today: date | None, lang: Lang) -> None:
        self.store = store
        self.plan = plan
        self.lang = lang
        self._today = today

    @property
    def today(self) -> date:
        """The day given on the command line, else the real date (it may pass midnight)."""
        return self._today or date.today()

    @property
    def user(self) -> str:
        """Who this person is, as notes and notices name them: "root (Lan)"."""
        return self.store.author

    def load(self) -> Snapshot:
        return self.store.load(self.plan)

    def apply(self, build: Callable[[], Change]) -> tuple[Snapshot, str]:
        """Build a change (may raise ``RuleError``), apply it; the new snapshot and what it did."""
        change = build()
        snapshot = self.store.apply(change, self.plan)
        entry = HistoryEntry(
            id=0,
            at="",
            who=self.store.user,
            named=self.store.named,
            plan=self.plan,
            unit=change.unit,
            action=change.action,
            args=change.args,
            edits=change.edits,
        )
        return snapshot, self._describe(entry, snapshot)

    def undoable(self) -> HistoryEntry:
        """The change ``undo`` would revert now (reads the file); ``UserError`` when none."""
        return self.store.undoable(self.plan)

    def undo(self, expected: int) -> tuple[Snapshot, str]:
        """Undo this person's last change if it is still ``expected``, the one they were
        asked about; the new snapshot and what was undone."""
        entry, snapshot = self.store.undo(self.plan, expected)
        self.plan = snapshot.plan.number  # undoing a plan's import leaves another plan current
        return snapshot, t("done.undo", self.lang, what=self._describe(entry, snapshot))

    def plan_choices(self) -> list[tuple[str, str]]:
        """Each plan of the file (number, how it reads in a list), the current one first."""
        plans, current = self.store.plan_list()
        plans.sort(key=lambda found: found[0].number != current)
        choices = []
        for plan, units in plans:
            number, issued, year, count, review = plan_facts(plan, units, self.lang)
            label = t(
                "tui.plan_choice", self.lang, number=number, issued=issued, year=year, units=count
            )
            shown = [label, *([review] if review else [])]
            if plan.number == current:
                shown.append(t("tui.plan_current", self.lang))
            choices.append((plan.number, " — ".join(shown)))
        return choices

    def switch(self, number: str) -> tuple[Snapshot, str]:
        """Work on another plan of the file from now on; its snapshot and what was done."""
        snapshot = self.store.load(number)
        self.plan = number
        return snapshot, t("tui.plan_switched", self.lang, plan=one_line(number))

    def reload(self, seen: Snapshot) -> tuple[Snapshot, list[str]]:
        """The file as it is now, and one line per change made since ``seen`` (merged if many)."""
        snapshot = self.load()
        entries = self.store.changes_since(seen.last_change, self.plan)
        return snapshot, self.notices(entries, snapshot)

    def notices(self, entries: list[HistoryEntry], snapshot: Snapshot) -> list[str]:
        """Say who changed what; a flood of changes becomes one line naming everyone."""
        if len(entries) > NOTICE_LIMIT:
            latest = entries[-1]
            unit, change = describe_entry(latest, snapshot, self.lang)
            people = ", ".join(dict.fromkeys(author_text(entry) for entry in entries))
            return [
                t(
                    "tui.changed_many",
                    self.lang,
                    count=len(entries),
                    who=people,
                    unit=unit,
                    change=change,
                )
            ]
        lines = []
        for entry in entries:
            unit, change = describe_entry(entry, snapshot, self.lang)
            lines.append(
                t("tui.changed_by", self.lang, who=author_text(entry), unit=unit, change=change)
            )
        return lines

    def _describe(self, entry: HistoryEntry, snapshot: Snapshot) -> str:
        unit, change = describe_entry(entry, snapshot, self.lang)
        return f"{unit} — {change}" if unit else change

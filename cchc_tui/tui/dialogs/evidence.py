"""A checklist item's evidence ("tài liệu kiểm chứng"): the pieces recorded, a line to add one,
a line for the reason there is none. Each answer is one change.

The add line is read as the command line reads ``--evidence`` ("12/BC-UBND; 20/09/2023;
Báo cáo …; https://…"), and says how it reads it while it is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.dialogs.base import Dialog
from cchc_tui.tui.keys import bind

# What the typed line means, or why it cannot be taken: (reading, problem).
Reading = Callable[[str], tuple[str, str | None]]


@dataclass(frozen=True, slots=True)
class EvidenceEdit:
    """One answer: add a piece (its typed line), drop piece ``number``, or say why none."""

    kind: Literal["add", "drop", "missing"]
    text: str = ""
    number: int = 0


class EvidenceDialog(Dialog[EvidenceEdit | None]):
    """Enter on the first line adds, on the second records the reason; Delete on a piece
    listed takes it away."""

    BINDINGS: ClassVar[list[BindingType]] = [bind("delete", "drop", "evidence-drop")]

    def __init__(
        self,
        title: str,
        pieces: list[str],
        missing: str,
        read: Reading,
        lang: Lang,
    ) -> None:
        super().__init__(title, lang)
        self.pieces = pieces
        self.missing = missing
        self.read = read

    def body(self) -> ComposeResult:
        yield Static(Content(t("tui.evidence.add", self.lang)), classes="form-label")
        yield Input(placeholder=t("tui.evidence.hint", self.lang), id="evidence-add")
        yield Static(Content(t("tui.evidence.missing", self.lang)), classes="form-label")
        yield Input(self.missing, id="evidence-missing")
        listed = [Option(Content(f"{n}. {text}")) for n, text in enumerate(self.pieces, 1)]
        if listed:
            yield Static(Content(t("tui.evidence.listed", self.lang)), classes="form-label")
            yield OptionList(*listed, id="evidence-pieces")
        else:
            yield Static(Content(t("evidence.none", self.lang)), classes="form-label")

    def keys_hint(self) -> str:
        return t("tui.evidence_keys", self.lang)

    @on(Input.Changed, "#evidence-add")
    def _typed(self, event: Input.Changed) -> None:
        if not event.value.strip():
            self.say("", error=False)
            return
        reading, problem = self.read(event.value)
        self.say(problem or reading, error=problem is not None)

    @on(Input.Submitted, "#evidence-add")
    def _add(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.query_one("#evidence-missing", Input).focus()
            return
        _, problem = self.read(event.value)
        if problem is None:
            self.dismiss(EvidenceEdit("add", event.value))
        else:
            self.say(problem, error=True)

    @on(Input.Submitted, "#evidence-missing")
    def _missing(self, event: Input.Submitted) -> None:
        if event.value != self.missing:
            self.dismiss(EvidenceEdit("missing", event.value))
        else:
            self.dismiss(None)

    def action_drop(self) -> None:
        listed = self.query(OptionList)
        if listed and listed.first().has_focus and listed.first().highlighted is not None:
            self.dismiss(EvidenceEdit("drop", number=listed.first().highlighted + 1))

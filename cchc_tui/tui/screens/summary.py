"""The summary report, exactly as ``cchc-tui summary`` prints it: copy, save or print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from cchc_tui.core.dates import to_iso
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.summary import FORMATS, build_report, render
from cchc_tui.core.text import slug
from cchc_tui.tui.dialogs.text import TextDialog
from cchc_tui.tui.keys import AppKeysFirst, LocalisedBindings, bind

if TYPE_CHECKING:
    pass

EXTENSIONS = {"text": "txt", "markdown": "md", "csv": "csv", "tsv": "tsv", "html": "html"}


class SummaryScreen(AppKeysFirst, LocalisedBindings, Screen[None]):
    """The report text, scrollable both ways, in the format chosen with ``f``."""

    AUTO_FOCUS = "#summary"

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("c", "copy", "copy"),
        bind("w", "save", "save"),
        bind("p", "print", "print"),
        bind("f", "format", "format"),
        bind("escape", "app.pop_screen", "close"),
    ]

    def __init__(self, snapshot: Snapshot, today: date, lang: Lang) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.today = today
        self.lang = lang
        self.format = FORMATS[0]
        self.text = ""

    def compose(self) -> ComposeResult:
        self._render_report()
        yield Header()
        with ScrollableContainer(id="summary"):
            yield Static(Content(self.text), id="summary-text")
        yield Footer(compact=True)

    def _render_report(self) -> None:
        self.text = render(build_report(self.snapshot, self.today), self.format, self.lang)
        self.title = t("tui.summary_title", self.lang, format=self.format)

    def action_format(self) -> None:
        self.format = FORMATS[(FORMATS.index(self.format) + 1) % len(FORMATS)]
        self._render_report()
        self.query_one("#summary-text", Static).update(Content(self.text))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        lines = self.text.count("\n")
        self.notify(t("tui.copied", self.lang, lines=lines), markup=False)

    def action_print(self) -> None:
        self.app.exit(self.text)

    def default_file_name(self) -> str:
        extension = EXTENSIONS.get(self.format, self.format)
        return f"bao-cao-{slug(self.snapshot.plan.number)}-{to_iso(self.today)}.{extension}"

    def action_save(self) -> None:
        def check(name: str) -> str | None:
            return None if name.strip() else t("tui.ask.save", self.lang)

        def answered(name: str | None) -> None:
            if name is not None:
                self._save(Path(name.strip()).expanduser())

        title = t("tui.ask.save", self.lang)
        self.app.push_screen(
            TextDialog(title, self.default_file_name(), check, self.lang), answered
        )

    def _save(self, path: Path) -> None:
        try:
            path.write_text(self.text, encoding="utf-8")
        except OSError as exc:
            detail = exc.strerror or str(exc)
            self.notify(
                t("output_failed", self.lang, path=path, detail=detail),
                severity="error",
                markup=False,
            )
            return
        self.notify(t("done.saved", self.lang, path=path), markup=False)

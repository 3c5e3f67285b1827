"""The summary report, exactly as ``cchc-tui summary`` prints it: copy, save or print it.

The text wraps to the window (nothing to scroll sideways). ``w`` saves it beside the data
file by default, in the form its file name's extension asks for, Word and Excel included;
the file is written in a worker thread, whole or not at all. A national plan's report runs
to megabytes: the screen shows its beginning and says how to get the rest, since Textual
lays a text out whole (14 MB took half a minute and 800 MB) while copy, save and print
take all of it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.report import EXTENSIONS, TEXT_FORMATS, build_report, format_for, render
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.tthc import count_text
from cchc_tui.store.report_file import save_report
from cchc_tui.tui.dialogs.text import TextDialog
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.screens.base import AppScreen

# How much of the report the screen lays out: a district's, whole (~10,000 characters).
SHOWN_CHARACTERS = 200_000


class SummaryScreen(AppScreen):
    """The report in the text form chosen with ``f``; ``q`` or Escape goes back."""

    CSS_PATH = "screens.tcss"

    AUTO_FOCUS = "#summary"

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("c", "copy", "copy"),
        bind("w", "save", "save"),
        bind("p", "print", "print"),
        bind("f", "format", "format"),
        bind("escape,q", "app.pop_screen", "close"),
    ]

    def __init__(self, snapshot: Snapshot, today: date, lang: Lang) -> None:
        super().__init__()
        self.snapshot = snapshot
        self.lang = lang
        self.document = build_report(snapshot, today, lang)
        self.format = TEXT_FORMATS[0]
        self.text = ""

    def compose(self) -> ComposeResult:
        self._render_report()
        yield Header()
        with VerticalScroll(id="summary"):
            yield Static(Content(self.shown()), id="summary-text")
        yield KeysFooter(compact=True)

    def _render_report(self) -> None:
        self.text = str(render(self.document, self.format))
        shown = t(f"report.format.{self.format}", self.lang)
        self.title = t("tui.summary_title", self.lang, format=shown)

    def action_format(self) -> None:
        self.format = TEXT_FORMATS[(TEXT_FORMATS.index(self.format) + 1) % len(TEXT_FORMATS)]
        self._render_report()
        self.query_one("#summary-text", Static).update(Content(self.shown()))

    def shown(self) -> str:
        """The report as the screen shows it: whole lines up to ``SHOWN_CHARACTERS``, then
        how many lines are left and how to get them."""
        if len(self.text) <= SHOWN_CHARACTERS:
            return self.text
        head = self.text[:SHOWN_CHARACTERS]
        head = head[: head.rfind("\n") + 1] or head
        left = self.text.count("\n", len(head)) + (not self.text.endswith("\n"))
        return head + "\n" + t("tui.summary_more", self.lang, lines=count_text(left, self.lang))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.text)
        lines = self.text.count("\n")
        self.notify(t("tui.copied", self.lang, lines=lines), markup=False)

    def action_print(self) -> None:
        self.app.exit(self.text)

    def default_path(self) -> Path:
        """Beside the data file, named from the plan number and the day."""
        folder = self.app.session.store.path.parent
        return folder / f"{self.document.file_stem}.{EXTENSIONS[self.format]}"

    def action_save(self) -> None:
        def check(name: str) -> str | None:
            return None if name.strip() else t("tui.ask.save", self.lang)

        def answered(name: str | None) -> None:
            if name is not None:
                path = Path(name.strip()).expanduser()
                self._save(path, format_for(path.name, self.format))

        title = f"{t('tui.ask.save', self.lang)}\n{t('report.save_hint', self.lang)}"
        self.app.push_screen(
            TextDialog(title, str(self.default_path()), check, self.lang), answered
        )

    def _save(self, path: Path, fmt: str) -> None:
        self.notify(t("report.saving", self.lang, path=path), markup=False)
        # A Word file of a national plan takes seconds to lay out: never on the UI thread.
        self.run_worker(self._write(path, fmt), group="save")

    async def _write(self, path: Path, fmt: str) -> None:
        document, store = self.document, self.app.session.store

        def write() -> Path:
            save_report(path, render(document, fmt), store)
            return path

        if await self.app.in_thread(write) is not None:
            self.notify(t("done.saved", self.lang, path=path), markup=False)

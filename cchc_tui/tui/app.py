"""The full-screen app: ``make_app`` builds it (for the CLI, tests and snapshots), ``run`` runs it.

The app owns the session (the store). Screens show ``state``; every change runs as a
job: one at a time, in a thread (the lock may be held by someone else for seconds),
built from the snapshot the person saw, then the new snapshot is pushed down. Once a
second the file's version is compared, and other people's changes are loaded and told.

Nothing touches a file on the UI thread: store and file work runs in an async worker
that awaits it in a thread (``in_thread``; changes through ``run_job``), whoever asks.
"""

from __future__ import annotations

import asyncio
import gc
import sys
from collections.abc import Callable, Coroutine
from datetime import date
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from textual.app import App
from textual.binding import BindingType
from textual.events import Event, Key, Paste
from textual.reactive import reactive
from textual.screen import Screen

from cchc_tui.core.dates import format_date
from cchc_tui.core.errors import AlreadySo, ConflictError, DataFileError, UserError
from cchc_tui.core.i18n import Lang, error_text, t
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.core.text import clean_text, one_line
from cchc_tui.store import open_store
from cchc_tui.tui.keyboard import Keyboard, KeyHandled
from cchc_tui.tui.keys import bind
from cchc_tui.tui.messages import EditRequested, OpenDetail, PlanEditRequested
from cchc_tui.tui.registry import open_panel, panel_bindings
from cchc_tui.tui.session import Session
from cchc_tui.tui.state import State
from cchc_tui.tui.terminal import HangUpWatch

POLL_SECONDS = 1.0

# A job gets the snapshot on screen when its turn comes; returns the new one and what it did.
Job = Callable[[Snapshot], tuple[Snapshot, str]]
Found = TypeVar("Found")


class CchcApp(App[str | None]):
    """The inspection plan on one screen; the exit value is text to print after leaving."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        bind("question_mark,f1", "help", "help"),
        bind("q", "quit", "quit"),
        bind("u,ctrl+z", "undo", "undo"),
        bind("s", "summary", "summary"),
        *panel_bindings(),
        bind("K", "plans", "plans"),  # K for "kế hoạch"
    ]

    state: reactive[State | None] = reactive(None, always_update=True, init=False)

    def __init__(self, session: Session, snapshot: Snapshot, notice: str = "") -> None:
        super().__init__()
        self.session = session
        self.lang: Lang = session.lang
        self._first = snapshot
        self._notice = notice
        self._store_lock = asyncio.Lock()
        self._failed_version: object = None
        self._checking = False  # a look at the file's version is under way
        self.hang_up = HangUpWatch(self)
        self._leaving = False
        # Changes asked for and not yet saved or refused, and undo questions being looked up:
        # keys typed meanwhile wait, so they act on the data as it will be.
        self._busy = 0
        self.keyboard = Keyboard(self, busy=lambda: self._busy > 0)
        self._after_first_frame: list[Callable[[], None]] = []

    def get_default_screen(self) -> Screen[None]:
        from cchc_tui.tui.screens.main import MainScreen

        return MainScreen(self.lang)

    def on_mount(self) -> None:
        self.show(self._first)
        if self._notice:
            self.notify(self._notice)
        self.set_interval(POLL_SECONDS, self.check_file)

    def after_first_frame(self, work: Callable[[], None]) -> None:
        """Do ``work`` once the first frame is on the terminal (Textual's ``Ready``)."""
        self._after_first_frame.append(work)

    def on_ready(self) -> None:
        for work in self._after_first_frame:
            work()
        self._after_first_frame.clear()

    # --- state down ---------------------------------------------------------------------

    def show(self, snapshot: Snapshot) -> None:
        """Put a snapshot on screen and in the header."""
        reason = ""
        if snapshot.read_only:
            reason = error_text(DataFileError("db_read_only", path=str(self.data_path)), self.lang)
        self.state = State(snapshot, self.session.today, reason)
        tag = f" · {t('tui.read_only_tag', self.lang)}" if snapshot.read_only else ""
        self.title = t("tui.title", self.lang, number=one_line(snapshot.plan.number)) + tag
        self.sub_title = t("tui.today", self.lang, date=format_date(self.session.today))

    @property
    def data_path(self) -> Path:
        return self.session.store.path

    @property
    def snapshot(self) -> Snapshot:
        return self.state.snapshot if self.state is not None else self._first

    # --- keys -----------------------------------------------------------------------------

    async def on_event(self, event: Event) -> None:
        """Keys and pastes from the terminal go through the keyboard, in the order typed."""
        if isinstance(event, (Key, Paste)) and not event.is_forwarded:
            self.app_focus = True
            await self.keyboard.take(event)
            return
        await super().on_event(event)

    async def on_key_handled(self, marker: KeyHandled) -> None:
        await self.keyboard.arrived(marker)

    # --- changes ------------------------------------------------------------------------

    def on_edit_requested(self, request: EditRequested) -> None:
        from cchc_tui.tui.cycle_editing import CycleEditor

        CycleEditor(self).handle(request)

    def on_plan_edit_requested(self, request: PlanEditRequested) -> None:
        from cchc_tui.tui.cycle_editing import CycleEditor

        CycleEditor(self).handle_plan(request)

    def run_job(self, job: Job) -> None:
        """Run a change in a thread, after any change already under way.

        Keys typed meanwhile wait for it: "d…⏎n⏎" marks the unit it has just scheduled.
        """
        self._busy_work(self._job(self.hang_up.saving(job)))

    def _busy_work(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` (in the store's worker group); keys typed until it ends wait for it,
        then go where it leaves the focus (the question it asked, the unit it changed)."""
        self._busy += 1
        self.run_worker(self._counted(work), group="store")

    async def _counted(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        finally:
            self._busy -= 1
            self.call_later(self.keyboard.pump)

    async def _job(self, job: Job) -> None:
        async with self._store_lock:
            await self._run(job)

    async def _run(self, job: Job) -> None:
        try:
            snapshot, said = await asyncio.to_thread(job, self.snapshot)
        except ConflictError as error:
            self.refuse(error)
            await self._load_changes()
            return
        except UserError as error:
            self.refuse(error)
            return
        self.show(snapshot)
        self.notify(said, title=t("tui.done", self.lang), timeout=3)

    def notify(self, message: str, **options: Any) -> None:
        """A notification, never markup and with no control characters.

        Messages carry names, notes and user names from the file; none of it may
        restyle the screen or reach the terminal as an escape sequence.
        """
        options["markup"] = False
        super().notify(clean_text(message), **options)

    def refuse(self, error: UserError) -> None:
        """Say why a change was not made; nothing changed."""
        if isinstance(error, AlreadySo):  # nothing to warn about
            self.notify(error_text(error, self.lang), timeout=4)
            return
        self.notify(
            error_text(error, self.lang),
            title=t("tui.refused", self.lang),
            severity="error",
            timeout=8,
        )

    def action_undo(self) -> None:
        """Ask before undoing, naming the change: "u" can come in a burst of typed text."""
        self._busy_work(self._ask_undo())  # keys typed after "u" go to the question

    async def in_thread(self, work: Callable[[], Found]) -> Found | None:
        """Store or file work (a read, a report written), run in a thread from an async
        worker; None, and why said, when it is refused. A question's read runs as busy
        work, so keys typed meanwhile wait for the question."""
        try:
            return await asyncio.to_thread(work)
        except UserError as error:
            self.refuse(error)
            return None

    async def _ask_undo(self) -> None:
        from cchc_tui.core.history import describe_undo
        from cchc_tui.tui.dialogs.confirm import ConfirmDialog

        entry = await self.in_thread(self.session.undoable)
        if entry is None:
            return
        question = t(
            "tui.undo_question", self.lang, what=describe_undo(entry, self.snapshot, self.lang)
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_job(lambda _: self.session.undo(entry.id))

        self.open(ConfirmDialog(t("tui.ask.undo", self.lang), question, self.lang), answered)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "undo" and self.snapshot.read_only)

    def _fatal_error(self) -> None:
        """Textual's report of a crash, without the local variables it shows by default:
        they hold names, notes and paths from the file, and the report is copied into
        bug reports. Textual 8 has no public knob for it (``App._fatal_error`` builds a
        rich ``Traceback`` with ``show_locals=True``), so this one method is replaced;
        the report is handed to the public ``panic``, which prints it after leaving."""
        import rich
        from rich.traceback import Traceback

        self.bell()
        self.panic(Traceback(show_locals=False, width=None, suppress=[rich]))

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit (in a text field it copies): say how to, in our words."""
        self.notify(t("tui.quit_hint", self.lang), title=t("tui.quit_hint_title", self.lang))

    # --- other people's changes -----------------------------------------------------------

    def check_file(self) -> None:
        """Reload when the file is no longer the one on screen (a stat, once a second)."""
        if not (self._store_lock.locked() or self._checking):
            self._checking = True
            self.run_worker(self._check_file(), group="store")

    async def _check_file(self) -> None:
        try:
            seen = self.snapshot
            version = await asyncio.to_thread(self.session.store.version)
            if self.snapshot is not seen or self._store_lock.locked():
                return  # a change was saved meanwhile: the next look compares with it
            if version == seen.version or version == self._failed_version:
                if self.state is not None and self.state.today != self.session.today:
                    self.show(seen)
                return
            async with self._store_lock:
                await self._load_changes()
        finally:
            self._checking = False

    async def _load_changes(self) -> None:
        """Load the file as it is now and say what changed (the store lock task is held)."""
        try:
            snapshot, notices = await asyncio.to_thread(self.session.reload, self.snapshot)
        except UserError as error:
            self._failed_version = await asyncio.to_thread(self.session.store.version)
            self.refuse(error)
            return
        self._failed_version = None
        self.show(snapshot)
        for line in notices or [t("tui.reloaded", self.lang)]:
            self.notify(line, timeout=6)

    # --- screens ----------------------------------------------------------------------------

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self._leaving = True
        self.keyboard.close()
        super().exit(*args, **kwargs)

    def open(self, screen: Screen[Any], answered: Callable[[Any], None] | None = None) -> None:
        """Show a screen or dialog, unless the app is closing (keys typed after ``q``)."""
        if not self._leaving:
            self.push_screen(screen, answered)

    def on_open_detail(self, message: OpenDetail) -> None:
        from cchc_tui.tui.screens.detail import DetailScreen

        self.open(DetailScreen(message.unit_key, self.lang))

    def action_help(self) -> None:
        from cchc_tui.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.open(HelpScreen(self.lang))

    def action_summary(self) -> None:
        from cchc_tui.tui.screens.summary import SummaryScreen

        if not isinstance(self.screen, SummaryScreen):
            self.open(SummaryScreen(self.snapshot, self.session.today, self.lang))

    def action_panel(self, panel_id: str) -> None:
        open_panel(self, panel_id)

    def action_plans(self) -> None:
        """Choose another plan of the file; the list is read in a thread (it reads the file)."""
        self._busy_work(self._choose_plan())  # keys typed after "K" go to the list

    async def _choose_plan(self) -> None:
        from cchc_tui.tui.dialogs.choice import ChoiceDialog

        choices = await self.in_thread(self.session.plan_choices)
        if choices is None:
            return

        def chosen(number: str | None) -> None:
            if number is not None and number != self.session.plan:
                self.run_job(lambda _: self.session.switch(number))

        dialog = ChoiceDialog(t("tui.ask.plan", self.lang), choices, self.session.plan, self.lang)
        self.open(dialog, chosen)

    def unit_history(self, unit_key: str, snapshot: Snapshot) -> list[str]:
        """One line per recorded change of a unit, oldest first, said of ``snapshot`` (for
        the detail screen, which calls it in a thread: it reads the file)."""
        from cchc_tui.core.dates import stamp_text
        from cchc_tui.core.history import author_text, describe_entry

        lines = []
        for entry in self.session.store.history(self.session.plan, unit_key):
            _, change = describe_entry(entry, snapshot, self.lang)
            lines.append(f"{stamp_text(entry.at)}  {author_text(entry)}: {change}")
        return lines


def make_app(
    db_path: str | Path | None,
    today: date | None = None,
    lang: Lang = "vi",
    plan: str | None = None,
) -> CchcApp:
    """Open the data file (created from the sample plan if missing) and build the app.

    Raises ``UserError`` (e.g. ``DataFileError``) when the file cannot be used, before
    anything is drawn, so the caller can print the same message as the CLI.
    """
    store, created = open_store(str(db_path) if db_path is not None else None)
    snapshot = store.load(plan)
    notice = t("created", lang, path=store.path, plan=snapshot.plan.number) if created else ""
    session = Session(store, snapshot.plan.number, today, lang)
    return CchcApp(session, snapshot, notice)


def run(db: str | None, today: date | None, lang: Lang, plan: str | None) -> int:
    """Run the app in this terminal; print the summary afterwards if the person asked."""
    from cchc_tui.tui.terminal import tolerate_foreign_bytes, tolerate_slow_links

    # What is loaded now lives as long as the app; the collector's full passes over it
    # (~50 ms at 10,000 units) would find nothing, so it is frozen out of them. What
    # Textual builds for the first frame lives on too: the collector comes back after it.
    gc.disable()
    try:
        app = make_app(db, today, lang, plan)
        gc.freeze()
        app.after_first_frame(gc.enable)
        tolerate_slow_links()
        tolerate_foreign_bytes()
        with app.hang_up:
            printed = app.run()
    finally:
        gc.enable()
    if printed:
        sys.stdout.write(clean_text(printed))  # names and notes in it: as the CLI prints
    return app.return_code or 0

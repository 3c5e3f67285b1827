"""What every command gets: the store, the language, the day taken as today, and output."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_tui.cli.output import write_bytes, write_err, write_out
from cchc_tui.core.dates import parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.store import open_store
from cchc_tui.store.report_file import save_report

if TYPE_CHECKING:
    from argparse import Namespace
    from types import SimpleNamespace

    # What the parser read, or for the full screen ``screen_args`` (no argparse).
    Arguments = Namespace | SimpleNamespace


class Context:
    """What every command needs: the store, the language, the day taken as today."""

    def __init__(self, args: Arguments, lang: Lang, *, create: bool = True) -> None:
        self.args = args
        self.lang = lang
        self.today: date = today_option(args) or date.today()
        self.plan: str | None = getattr(args, "plan", None)
        # Checking or restoring a missing file must not quietly create a fresh one, and
        # importing into one creates it from the imported plan, not from the sample.
        self.store, created = open_store(getattr(args, "db", None), create=create)
        if created:
            self.err(t("created", lang, path=self.store.path, plan=self.store.load().plan.number))
        self._version_at_start = self.store.version()

    def load(self) -> Snapshot:
        return self.store.load(self.plan)

    def changed_file(self) -> bool:
        """Whether the data file was written since the command started (by this command,
        unless a colleague saved at the same moment)."""
        return self.store.version() != self._version_at_start

    def say(self, text: str) -> None:
        write_out(text + "\n")

    def err(self, text: str) -> None:
        write_err(text)

    def stdout_is_terminal(self) -> bool:
        return sys.stdout.isatty()

    def terminal_width(self) -> int | None:
        """The terminal's width when standard output is one; None for a file or a pipe."""
        return shutil.get_terminal_size().columns if self.stdout_is_terminal() else None

    def emit(self, payload: str | bytes, output: str | None) -> None:
        """``payload`` to standard output, or to the file ``output`` names.

        The file is written whole or not at all (a temp file renamed over it): a full
        disk or a killed process never leaves half a report, nor damages the one there.
        """
        if output is None or output == "-":
            if isinstance(payload, bytes):
                write_bytes(payload)
            else:
                write_out(payload)
            return
        save_report(Path(output), payload, self.store)
        self.err(t("done.saved", self.lang, path=output))


class UsageError(UserError):
    """The command was asked for something it cannot do as typed (exit status 2)."""

    exit_code = 2


def today_option(args: Arguments) -> date | None:
    """``--today`` read as a date; given but empty is an error, not "use the real date"."""
    typed = getattr(args, "today", None)
    return None if typed is None else parse_date(typed)

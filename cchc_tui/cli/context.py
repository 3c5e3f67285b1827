"""What every command gets: the store, the language, the day taken as today, and output."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cchc_tui.core.dates import parse_date
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, t
from cchc_tui.core.snapshot import Snapshot
from cchc_tui.store import open_store


class Context:
    """What every command needs: the store, the language, the day taken as today."""

    def __init__(self, args: argparse.Namespace, lang: Lang, *, create: bool = True) -> None:
        self.args = args
        self.lang = lang
        self.today: date = today_option(args) or date.today()
        self.plan: str | None = getattr(args, "plan", None)
        # Checking or restoring a missing file must not quietly create a fresh one, and
        # importing into one creates it from the imported plan, not from the sample.
        self.store, created = open_store(getattr(args, "db", None), create=create)
        if created:
            self.err(t("created", lang, path=self.store.path, plan=self.store.load().plan.number))

    def load(self) -> Snapshot:
        return self.store.load(self.plan)

    def say(self, text: str) -> None:
        print(text)

    def err(self, text: str) -> None:
        print(text, file=sys.stderr)

    def emit(self, text: str, output: str | None) -> None:
        """``text`` to standard output, or to the file ``output`` names."""
        if output is None or output == "-":
            sys.stdout.write(text)
            return
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError("output_failed", path=output, detail=exc.strerror or str(exc)) from None
        self.err(t("done.saved", self.lang, path=output))


def today_option(args: argparse.Namespace) -> date | None:
    """``--today`` read as a date; given but empty is an error, not "use the real date"."""
    typed = getattr(args, "today", None)
    return None if typed is None else parse_date(typed)

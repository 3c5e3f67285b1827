"""The command line: ``cchc-tui`` opens the TUI; its subcommands print text.

Never imports textual (a test enforces it): printing a summary must start as fast
as Python with tinydb, arrow and tabulate. What only some commands use is imported
inside them, so that the others do not pay for it at start-up. Each command is
declared once, with its arguments and its handler, in ``cli.commands``.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from cchc_tui.cli.context import Context, today_option
from cchc_tui.cli.parser import build_parser, prescan_lang
from cchc_tui.cli.words import TABLES
from cchc_tui.core.errors import UserError
from cchc_tui.core.i18n import Lang, error_text, register, resolve_lang, t

__all__ = ["console", "main"]

register(*TABLES)


def console() -> int:
    """The installed command. It lives a fraction of a second and frees what it made by
    reference counting: the cycle collector's passes over a 10,000-unit file (~0.1 s)
    would find nothing. The TUI turns it back on once the file is loaded."""
    gc.disable()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        lang = resolve_lang(prescan_lang(argv))
    except UserError:
        lang = "vi"
    args = build_parser(lang).parse_args(argv)
    try:
        lang = resolve_lang(getattr(args, "lang", None))
        if args.command is None:
            return _run_tui(args, lang)
        from cchc_tui.cli.commands import find

        command = find(args.command)
        return command.run(Context(args, lang, create=command.creates_data_file))
    except UserError as error:
        if error.exit_code == 0:  # already recorded as asked: said, not an error
            print(error_text(error, lang))
            return 0
        print(f"cchc-tui: {t('error', lang)}: {error_text(error, lang)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("interrupted", lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _run_tui(args: argparse.Namespace, lang: Lang) -> int:
    today = today_option(args)
    from cchc_tui.tui.app import run  # the only path that loads textual

    return run(
        db=getattr(args, "db", None), today=today, lang=lang, plan=getattr(args, "plan", None)
    )

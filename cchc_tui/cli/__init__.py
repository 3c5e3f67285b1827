"""The command line: ``cchc-tui`` opens the TUI; its subcommands print text.

Never imports textual (a test enforces it): printing a summary must start as fast
as Python with tinydb, arrow and tabulate. What only some commands use is imported
inside them, so that the others do not pay for it at start-up. Each command is
declared once, with its arguments and its handler, in ``cli.commands``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cchc_tui.cli.context import Context, UsageError, today_option
from cchc_tui.cli.failures import os_error, refuse_foreign_text
from cchc_tui.cli.output import OutputError, flush_out, silence_stdout, write_err
from cchc_tui.cli.screen_args import prescan_lang, screen_options
from cchc_tui.cli.words import TABLES
from cchc_tui.core.errors import UserError, system_reason
from cchc_tui.core.i18n import Lang, error_text, register, resolve_lang, t

if TYPE_CHECKING:
    from argparse import Namespace

    from cchc_tui.cli.commands import Command
    from cchc_tui.cli.context import Arguments

__all__ = ["console", "main"]

register(*TABLES)


def console() -> int:
    """The installed command, reached through ``cchc_tui.entry``, which turns the cycle
    collector off before these modules load: the command lives a fraction of a second and
    frees what it made by reference counting, and the collector's passes over a
    10,000-unit file (~0.1 s) would find nothing. The TUI turns it back on once its first
    frame is drawn."""
    try:
        return main()
    finally:
        _last_flush()


def _last_flush() -> None:
    """Flush standard output before the interpreter does: argparse's help or version
    written to a full disk would otherwise end in "Exception ignored" at exit."""
    try:
        sys.stdout.flush()
    except OSError:
        silence_stdout()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        lang = _lang(prescan_lang(argv))
    except UserError:
        lang = "vi"
    try:
        args = screen_options(argv) or _parsed(argv, lang)
    except OSError:  # help or version to a full disk: quiet, as Python 3.11's argparse is
        return 0
    ctx: Context | None = None
    try:
        lang = _lang(getattr(args, "lang", None))
        refuse_foreign_text(args)
        if args.command is None:
            return _run_tui(args, lang)
        from cchc_tui.cli.commands import find

        command = find(args.command)
        ctx = Context(args, lang, create=command.creates_data_file)
        code = _run_command(command, ctx)
        flush_out()
        return code
    except UserError as error:
        _say_error(error_text(error, lang), lang)
        return error.exit_code
    except OutputError as failure:
        saved = ctx is not None and ctx.changed_file()
        key = "stdout_failed_saved" if saved else "stdout_failed"
        detail = system_reason(failure.error)
        _say_error(error_text(UserError(key, detail=detail), lang), lang)
        return 1
    except KeyboardInterrupt:
        write_err(t("interrupted", lang))
        return 130
    except BrokenPipeError:  # the reader stopped reading (`| head`): nothing to say
        return 0
    except OSError as error:  # a file or folder the system refuses (name too long, ...)
        _say_error(error_text(os_error(error), lang), lang)
        return 1


def _parsed(argv: list[str], lang: Lang) -> Namespace:
    from cchc_tui.cli.parser import build_parser  # argparse: not for the full screen

    return build_parser(lang).parse_args(argv)


def _on_terminal() -> bool:
    """Standard input and output are both a terminal (not a file, a pipe or closed)."""
    streams = (sys.stdin, sys.stdout)
    return all(stream is not None and stream.isatty() for stream in streams)


def _run_command(command: Command, ctx: Context) -> int:
    try:
        return command.run(ctx)
    except UserError as error:
        if error.exit_code != 0:
            raise
        ctx.say(error_text(error, ctx.lang))  # already recorded as asked: said, not an error
        return 0


def _say_error(text: str, lang: Lang) -> None:
    write_err(f"cchc-tui: {t('error', lang)}: {text}")


def _lang(requested: str | None) -> Lang:
    """``--lang`` if given, else ``$CCHC_TUI_LANG``, else Vietnamese."""
    return resolve_lang(requested or os.environ.get("CCHC_TUI_LANG"))


def _run_tui(args: Arguments, lang: Lang) -> int:
    today = today_option(args)
    if not _on_terminal():
        # Textual would draw to a file and read keys from nowhere, at full CPU, forever.
        raise UsageError("tui_needs_terminal")
    from cchc_tui.tui.app import run  # the only path that loads textual

    return run(
        db=getattr(args, "db", None), today=today, lang=lang, plan=getattr(args, "plan", None)
    )

"""The argument parser, worded in the person's language, built from the declared commands."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cchc_tui import __version__
from cchc_tui.core.i18n import LANGS, Lang, t


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    from cchc_tui.cli.commands import COMMANDS

    def h(key: str) -> str:
        return t(f"cli.{key}", lang)

    # The global options go on the root and on every command, so they work before or after
    # it; SUPPRESS keeps a value given before the command from being reset after it.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("-h", "--help", action="help", help=h("help"))
    common.add_argument(
        "--version", action="version", version=f"cchc-tui {__version__}", help=h("version")
    )
    common.add_argument("--db", metavar="PATH", help=h("db"))
    common.add_argument("--today", metavar="DATE", help=h("today"))
    common.add_argument("--lang", choices=LANGS, help=h("lang"))
    common.add_argument("--plan", metavar="NUMBER", help=h("plan"))
    root = argparse.ArgumentParser(
        prog="cchc-tui", description=h("prog"), parents=[common], add_help=False
    )
    commands = root.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        parser = commands.add_parser(
            command.name,
            aliases=list(command.aliases),
            parents=[common],
            add_help=False,
            help=h(command.name),
            description=h(command.name),
        )
        command.arguments(parser, h)
    return root


def prescan_lang(argv: Sequence[str]) -> str | None:
    """``--lang`` as given, before the parser exists: the parser's own words depend on it."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None

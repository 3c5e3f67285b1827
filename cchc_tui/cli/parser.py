"""The argument parser, worded in the person's language, built from the declared commands.

argparse takes its own words ("usage:", "options", "the following arguments are
required", "invalid choice" …) from gettext, through the ``_`` and ``ngettext`` its
module imported; it has no catalogue of its own. ``speak_argparse`` installs ours
there (``argparse.*`` in ``core.i18n``), so its messages come out in Vietnamese or
English as they are made, not patched in the printed text. Argument names (metavars)
come from ``cli.metavar.<dest>``, and a usage error is one line with a pointer to
``--help`` (exit 2).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import Any, NoReturn

from cchc_tui import __version__
from cchc_tui.core.i18n import LANGS, Lang, t


def argparse_words(lang: Lang) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
    """``gettext`` and ``ngettext`` for argparse's messages in ``lang``."""

    def gettext(message: str) -> str:
        try:
            return t(f"argparse.{message}", lang)
        except KeyError:  # a message we have no words for (a programming error): as is
            return message

    def ngettext(singular: str, plural: str, count: int) -> str:
        english = singular if count == 1 else plural
        return english if lang == "en" else gettext(singular)  # Vietnamese has no plural

    return gettext, ngettext


def speak_argparse(lang: Lang) -> None:
    """Have argparse word its messages in ``lang`` from now on (it reads them at use)."""
    argparse._, argparse.ngettext = argparse_words(lang)  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that names its arguments in ``lang`` and says a usage error in
    one line."""

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        self.lang = lang
        # A bad argument comes back here to be worded: Python 3.10's ArgumentError says
        # "argument --days:" in English, whatever gettext says.
        super().__init__(*args, exit_on_error=False, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(*args, **kwargs)
        except argparse.ArgumentError as error:
            self._refuse(error)

    def parse_args(self, *args: Any, **kwargs: Any) -> argparse.Namespace:
        try:  # Python 3.13 raises "unrecognized arguments" here
            return super().parse_args(*args, **kwargs)
        except argparse.ArgumentError as error:
            self._refuse(error)

    def _refuse(self, error: argparse.ArgumentError) -> NoReturn:
        if error.argument_name is None:
            self.error(error.message)
        named = {"argument_name": error.argument_name, "message": error.message}
        self.error(t("argparse.argument %(argument_name)s: %(message)s", self.lang) % named)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        with suppress(KeyError):  # no name for a choice list or a flag: argparse shows those
            action.metavar = t(f"cli.metavar.{action.dest}", self.lang)
        return action

    def error(self, message: str) -> NoReturn:
        self.exit(2, t("cli.usage_error", self.lang, prog=self.prog, message=message) + "\n")


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    from cchc_tui.cli.commands import COMMANDS

    def h(key: str) -> str:
        return t(f"cli.{key}", lang)

    speak_argparse(lang)
    # The global options go on the root and on every command, so they work before or after
    # it; SUPPRESS keeps a value given before the command from being reset after it.
    common = Parser(add_help=False, argument_default=argparse.SUPPRESS, lang=lang)
    common.add_argument("-h", "--help", action="help", help=h("help"))
    common.add_argument(
        "--version", action="version", version=f"cchc-tui {__version__}", help=h("version")
    )
    common.add_argument("--db", help=h("db"))
    common.add_argument("--today", help=h("today"))
    common.add_argument("--lang", choices=LANGS, help=h("lang"))
    common.add_argument("--plan", help=h("plan"))
    root = Parser(
        prog="cchc-tui", description=h("prog"), parents=[common], add_help=False, lang=lang
    )
    commands = root.add_subparsers(
        dest="command", metavar=h("metavar.command"), parser_class=partial(Parser, lang=lang)
    )
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

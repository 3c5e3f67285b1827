"""The full screen's options, read before (and usually instead of) the parser.

Starting the full screen is the command staff run most, and the one whose first frame is
timed: it has four options and no command, so it need not pay for argparse and the parser
of every command (``cli.parser``), which read anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

from cchc_tui.core.i18n import LANGS

# The options every command takes, the full screen's among them.
SCREEN_OPTIONS = ("--db", "--today", "--lang", "--plan")


def screen_options(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of ``cchc-tui [--db F] [--today D] [--lang L] [--plan N]``, read
    without building the parser of every command (~15 ms of the full screen's start) nor
    importing argparse (~5 ms).

    Only the plain forms are read here ("--db F", "--db=F"); anything else (a command,
    help, an abbreviation, a value that looks like an option, a language we do not have)
    is None, for the whole parser to read or refuse as it always has. Both give the same
    names and values, which a test checks.
    """
    found: dict[str, str] = {}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name not in SCREEN_OPTIONS:
            return None
        if not equals:
            given = next(words, None)
            if given is None or given.startswith("-"):
                return None
            value = given
        found[name.removeprefix("--")] = value
    if found.get("lang", LANGS[0]) not in LANGS:
        return None
    return SimpleNamespace(command=None, **found)


def prescan_lang(argv: Sequence[str]) -> str | None:
    """``--lang`` as given, before the parser exists: the parser's own words depend on it."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None

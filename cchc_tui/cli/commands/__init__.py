"""Every command of the command line, each declared once: name, aliases, arguments, handler.

A command module lists its ``Command`` values in ``COMMANDS``; the parser and the
dispatcher both read this one list.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_tui.cli.context import Context

# Words for an argument's help, by key (``cli.<key>`` in i18n).
Words = Callable[[str], str]


def whole_number(
    name: str, message: str, least: int = 0, most: int | None = None
) -> Callable[[str], int]:
    """An argument's type: a whole number from ``least`` to ``most``, else ``message``.

    ``name`` is what argparse calls the type when the text is no number at all ("²")."""

    def check(text: str) -> int:
        if text.strip().isdigit() and least <= int(text) and (most is None or int(text) <= most):
            return int(text)
        raise argparse.ArgumentTypeError(message)

    check.__name__ = name
    return check


def _no_arguments(parser: argparse.ArgumentParser, h: Words) -> None:
    """A command that takes only the common options."""


@dataclass(frozen=True)
class Command:
    """One command: ``run`` does it, ``arguments`` adds what it takes to its parser."""

    name: str
    run: Callable[[Context], int]
    aliases: tuple[str, ...] = ()
    arguments: Callable[[argparse.ArgumentParser, Words], None] = field(default=_no_arguments)
    # Checking, restoring or importing into a missing file must not create one from the sample.
    creates_data_file: bool = True


def _all() -> tuple[Command, ...]:
    from cchc_tui.cli.commands import cycle, datafile, plans, progress, reading

    return (
        *reading.COMMANDS,
        *progress.COMMANDS,
        *cycle.COMMANDS,
        *datafile.COMMANDS,
        *plans.COMMANDS,
    )


COMMANDS: tuple[Command, ...] = _all()


def find(name: str) -> Command:
    """The command called ``name`` or one of its aliases."""
    return next(c for c in COMMANDS if name == c.name or name in c.aliases)

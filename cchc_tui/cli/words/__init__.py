"""The command line's words: its help, argparse's messages, what each command says when
done. ``cchc_tui.cli`` registers them with the core's lookup (``i18n.register``) when it is
imported."""

from __future__ import annotations

from cchc_tui.cli.words import cycle, help, messages, parser, plans, tthc

TABLES = (help.WORDS, parser.WORDS, messages.WORDS, cycle.WORDS, plans.WORDS, tthc.WORDS)

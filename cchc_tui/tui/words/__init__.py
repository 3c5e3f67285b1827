"""The full-screen app's words; ``cchc_tui.tui`` registers them with the core's lookup
(``i18n.register``) when it is imported, so the command line never carries them."""

from __future__ import annotations

from cchc_tui.tui.words import cycle, keyboard, panes, plans, timeline

TABLES = (panes.WORDS, keyboard.WORDS, cycle.WORDS, plans.WORDS, timeline.WORDS)

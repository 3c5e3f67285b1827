"""The full-screen app (Textual). Only ``cchc-tui`` with no command imports this package."""

from cchc_tui.core.i18n import register
from cchc_tui.tui.words import TABLES

register(*TABLES)

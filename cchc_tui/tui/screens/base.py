"""What every full screen of the app shares: its footer's keys, worded and ordered."""

from __future__ import annotations

from textual.binding import ActiveBinding
from textual.screen import Screen

from cchc_tui.tui.keys import footer_fit, worded_bindings

# Keys that lead the footer wherever the focus is.
FOOTER_FIRST = ("help", "quit")


class AppScreen(Screen[None]):
    """A screen whose footer shows help and quit, then the keys of the focus, then the
    app's other keys (undo, summary), as many whole ones as the width holds, in the app's
    language.

    Textual lists the focused widget's keys first and cuts the line at the screen's edge,
    so on 80 columns help and quit went first, and a key could show half its label.
    What does not fit is in the help (``?``).
    """

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        app = self.app

        def rank(found: ActiveBinding) -> int:
            if found.node is app:
                return 0 if found.binding.id in FOOTER_FIRST else 2
            return 1

        ordered = dict(sorted(super().active_bindings.items(), key=lambda item: rank(item[1])))
        lang = getattr(app, "lang", "vi")
        return footer_fit(worded_bindings(ordered, lang), app.size.width, app.get_key_display)

    def on_resize(self) -> None:
        self.refresh_bindings()  # the footer fits the new width

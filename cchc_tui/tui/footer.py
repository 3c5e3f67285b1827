"""The footer of every screen: Textual's, rebuilt only when the keys it shows change."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    """Textual's ``Footer`` rebuilds its keys, a widget each, whenever its screen says its
    bindings may have changed: each time the screen comes back from another, and at each
    focus move. With the main screen's 13 keys that was ~60 of the ~95 ms that closing the
    key help took. This footer rebuilds only when what it would show differs from what it
    drew last."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._told = False  # Footer draws no key before its screen first tells it of them
        self._drawn: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._told = True
        if (
            self._drawn is not None
            and self.is_attached
            and screen is self.screen
            and screen.app.app_focus
            and self._keys_shown(screen) == self._drawn
        ):
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        # Noted as it is drawn: the rebuild comes a refresh after the news of a change, and
        # what it draws then is what the next news is compared with.
        self._drawn = self._keys_shown(self.screen) if self._told else None
        yield from super().compose()

    def _keys_shown(self, screen: Screen[Any]) -> tuple[object, ...]:
        """Everything of the screen's bindings that ``Footer.compose`` puts on screen."""
        get_key_display = self.app.get_key_display
        return tuple(
            (
                binding.key,
                get_key_display(binding),
                binding.description,
                binding.action,
                binding.group,
                enabled,
                tooltip,
            )
            for _, binding, enabled, tooltip in screen.active_bindings.values()
            if binding.show
        )

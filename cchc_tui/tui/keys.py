"""Keys: bindings worded from ``core.i18n`` (so the footer and help never drift).

Every binding has an ``id``; its label is ``tui.key.<id>`` and its explanation
``tui.tip.<id>``. Bindings are declared in Vietnamese on the classes (the footer's
language by default); ``LocalisedBindings`` re-words one widget's copy for English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding, BindingsMap
from textual.events import Key
from textual.keys import _character_to_key

from cchc_tui.core.i18n import Lang, t


def bind(keys: str, action: str, id: str, *, show: bool = True, priority: bool = False) -> Binding:
    """A binding labelled from i18n by its ``id``."""
    return Binding(
        keys,
        action,
        t(f"tui.key.{id}", "vi"),
        show=show,
        priority=priority,
        tooltip=t(f"tui.tip.{id}", "vi"),
        id=id,
    )


def worded(binding: Binding, lang: Lang) -> Binding:
    """The same binding with its label and tooltip in ``lang``."""
    if binding.id is None:
        return binding
    return replace(
        binding,
        description=t(f"tui.key.{binding.id}", lang),
        tooltip=t(f"tui.tip.{binding.id}", lang),
    )


def localised(bindings: BindingsMap, lang: Lang) -> BindingsMap:
    """A copy of ``bindings`` worded in ``lang``."""
    return BindingsMap(worded(binding, lang) for _, binding in bindings)


class LocalisedBindings:
    """Mixin for widgets and screens: re-words this node's bindings in the app's language."""

    _bindings: BindingsMap
    app: Any  # provided by the Textual node this is mixed into

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        try:
            lang: Lang = getattr(self.app, "lang", "vi")
        except RuntimeError:  # built outside a running app: the declared Vietnamese stays
            return
        if lang != "vi":
            # Each node holds its own copy of the class bindings, so this stays local.
            self._bindings = localised(self._bindings, lang)


# Keys that lead the footer wherever the focus is.
FOOTER_FIRST = ("help", "quit")


class AppKeysFirst:
    """Mixin for screens: the footer shows help and quit, then the keys of the focus, then
    the app's other keys (undo, summary), as many whole ones as the width holds.

    Textual lists the focused widget's keys first and cuts the line at the screen's edge,
    so on 80 columns help and quit went first, and a key could show half its label.
    What does not fit is in the help (``?``).
    """

    app: Any  # provided by the screen this is mixed into

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        bindings: dict[str, ActiveBinding] = super().active_bindings  # type: ignore[misc]
        app = self.app

        def rank(found: ActiveBinding) -> int:
            if found.node is app:
                return 0 if found.binding.id in FOOTER_FIRST else 2
            return 1

        ordered = dict(sorted(bindings.items(), key=lambda item: rank(item[1])))
        return footer_fit(ordered, app.size.width, app.get_key_display)

    def on_resize(self) -> None:
        self.refresh_bindings()  # type: ignore[attr-defined]  # the footer fits the new width


def footer_fit(
    bindings: dict[str, ActiveBinding], width: int, key_display: Callable[[Binding], str]
) -> dict[str, ActiveBinding]:
    """The same bindings, those past the first that overflows ``width`` not shown.

    Measured as the compact footer draws a key: "key label " (one item per action).
    """
    used, full, seen = 0, False, set()
    fitted = {}
    for key, found in bindings.items():
        binding = found.binding
        if binding.show and binding.action not in seen:
            seen.add(binding.action)
            needed = cell_len(key_display(binding)) + cell_len(binding.description) + 2
            full = full or used + needed > width + 1  # the last item's margin may be cut
            used += needed
        if full and binding.show:
            found = found._replace(binding=replace(binding, show=False))
        fitted[key] = found
    return fitted


def split_alt_key(event: Key) -> list[Key] | None:
    """Escape then a key, typed within the escape delay, arrive as one "alt+" key.

    The app binds no alt key, so such a key is read as the two presses it was: a person
    who closes the filter with Escape and presses ``d`` at once still gets the dialog.
    """
    if not event.key.startswith("alt+"):
        return None
    rest = event.key.removeprefix("alt+")
    if event.character and event.character.isprintable():
        # The key as typed alone: Escape then L arrives as "alt+shift+l", and L is "L".
        rest = _character_to_key(event.character)
    return [Key("escape", "\x1b"), Key(rest, event.character)]

"""Keys: bindings worded from ``core.i18n`` (so the footer and help never drift).

Every binding has an ``id``; its label is ``tui.key.<id>`` and its explanation
``tui.tip.<id>``. Bindings are declared in Vietnamese on the classes (the footer's
language by default); ``LocalisedBindings`` re-words one widget's copy for English.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.binding import ActiveBinding, Binding, BindingsMap
from textual.events import Key

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


class AppKeysFirst:
    """Mixin for screens: the app's keys (help, quit, undo, summary) lead the footer.

    Textual lists the focused widget's keys first, so on an 80-column terminal the keys
    that work everywhere would be the ones cut off; the pane's keys are in the help.
    """

    app: Any  # provided by the screen this is mixed into

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        bindings: dict[str, ActiveBinding] = super().active_bindings  # type: ignore[misc]
        app = self.app
        first = {key: found for key, found in bindings.items() if found.node is app}
        return first | {key: found for key, found in bindings.items() if found.node is not app}


def split_alt_key(event: Key) -> list[Key] | None:
    """Escape then a key, typed within the escape delay, arrive as one "alt+" key.

    The app binds no alt key, so such a key is read as the two presses it was: a person
    who closes the filter with Escape and presses ``d`` at once still gets the dialog.
    """
    if not event.key.startswith("alt+"):
        return None
    return [Key("escape", "\x1b"), Key(event.key.removeprefix("alt+"), event.character)]

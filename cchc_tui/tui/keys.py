"""Keys: bindings worded from ``core.i18n`` (so the footer and help never drift).

Every binding has an ``id``; its label is ``tui.key.<id>`` and its explanation
``tui.tip.<id>``. Bindings are declared in Vietnamese on the classes; a screen words the
bindings it shows (``active_bindings``, which the footer reads) in the app's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from rich.cells import cell_len
from textual.binding import ActiveBinding, Binding
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


@lru_cache(maxsize=1024)
def worded(binding: Binding, lang: Lang) -> Binding:
    """The same binding with its label and tooltip in ``lang``."""
    if binding.id is None or lang == "vi":
        return binding
    return replace(
        binding,
        description=t(f"tui.key.{binding.id}", lang),
        tooltip=t(f"tui.tip.{binding.id}", lang),
    )


def worded_bindings(bindings: dict[str, ActiveBinding], lang: Lang) -> dict[str, ActiveBinding]:
    """A screen's active bindings worded in ``lang``.

    Worded here, where the footer reads them, rather than in each node's bindings map:
    Textual offers no public way to change a node's bindings after it is built.
    """
    if lang == "vi":
        return bindings
    return {key: _worded_active(found, lang) for key, found in bindings.items()}


def _worded_active(found: ActiveBinding, lang: Lang) -> ActiveBinding:
    binding = worded(found.binding, lang)
    return found._replace(binding=binding, tooltip=binding.tooltip)


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
        # Private: Textual's parser names a typed character with it and exports no public
        # twin; naming it any other way could bind the second press to a different key.
        rest = _character_to_key(event.character)
    return [Key("escape", "\x1b"), Key(rest, event.character)]

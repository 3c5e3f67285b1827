"""The panels about the plan as a whole, each declared once here: the key that opens it from
anywhere in the app and the screen it opens. The app's bindings and the key help's lines for
opening them are built from this list; the help's group for the panel's own keys names its
list widget (screens/help.py)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from textual.binding import Binding

from cchc_tui.tui.keys import bind

if TYPE_CHECKING:
    from textual.screen import Screen

    from cchc_tui.tui.app import CchcApp


@dataclass(frozen=True, slots=True)
class Panel:
    id: str  # its binding is "panel-<id>", worded as tui.key.panel-<id>
    keys: str
    screen: str  # "module:Class", imported when first opened


PANELS: tuple[Panel, ...] = (
    Panel("team", "m", "cchc_tui.tui.screens.team:TeamScreen"),
    Panel("tthc", "p", "cchc_tui.tui.screens.tthc:TthcScreen"),
    # L for "lịch": b would be read as ctrl+left when it follows Escape in one burst.
    Panel("timeline", "L", "cchc_tui.tui.screens.timeline:TimelineScreen"),
)


def panel_bindings() -> list[Binding]:
    return [bind(panel.keys, f"panel('{panel.id}')", f"panel-{panel.id}") for panel in PANELS]


def screen_class(panel: Panel) -> type[Screen[None]]:
    module, name = panel.screen.split(":")
    return getattr(import_module(module), name)  # type: ignore[no-any-return]


def open_panel(app: CchcApp, panel_id: str) -> None:
    """Show the panel, unless it is the screen on top already."""
    panel = next(panel for panel in PANELS if panel.id == panel_id)
    screen = screen_class(panel)
    if not isinstance(app.screen, screen):
        app.open(screen(app.lang))  # type: ignore[call-arg]

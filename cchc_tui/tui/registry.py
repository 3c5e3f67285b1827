"""Every pane and panel of the app, each declared once.

A pane sits in the main screen's grid (stacked, one at a time, on a small terminal); a
panel is a screen of its own over the main one, about the plan as a whole. From these
lists come the main screen's panes and their keys (1 2 3, Tab's stops), the grid's CSS,
the app's keys that open the panels and the sections of the key help. Classes are named
as "module:Class" and imported when first needed: the app starts before any of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from msgspec import Struct
from textual.binding import Binding

from cchc_tui.tui.keys import bind

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from cchc_tui.tui.app import CchcApp

# A help section: its title's i18n key and the classes whose own bindings it lists.
HelpSection = tuple[str, tuple[str, ...]]


class Pane(Struct, frozen=True):
    id: str  # the widget's id; its key's binding is "pane-<id>", its title tui.pane.<id>
    key: str  # shows the pane and focuses its first stop
    widget: str  # built as Class(lang, id=id) and bound to the screen's state
    stops: tuple[str, ...]  # where Tab stops in it, in order
    help: tuple[HelpSection, ...]
    column: int
    row: int
    rows: int = 1  # how many grid rows it spans
    later: bool = True  # mounted one frame after the first (the keys go to the one that is not)


class Panel(Struct, frozen=True):
    id: str  # its binding is "panel-<id>", worded as tui.key.panel-<id>
    keys: str  # opens it from anywhere in the app
    screen: str
    help: tuple[HelpSection, ...]


PANES: tuple[Pane, ...] = (
    Pane(
        "plan",
        "1",
        "cchc_tui.tui.panes.plan:PlanPane",
        stops=("cchc_tui.tui.panes.plan:PlanPane",),
        help=(),
        column=0,
        row=0,
    ),
    Pane(
        "units",
        "2",
        "cchc_tui.tui.panes.units:UnitsPane",
        stops=("cchc_tui.tui.panes.units:UnitsTable", "cchc_tui.tui.panes.checklist:ChecklistView"),
        help=(
            (
                "tui.pane.units",
                ("cchc_tui.tui.panes.units:UnitsTable", "cchc_tui.tui.panes.units:UnitsPane"),
            ),
            ("tui.pane.filter", ("cchc_tui.tui.panes.units:FilterBox",)),
            ("tui.pane.checklist", ("cchc_tui.tui.panes.checklist:ChecklistView",)),
        ),
        column=1,
        row=0,
        rows=2,
        later=False,
    ),
    Pane(
        "calendar",
        "3",
        "cchc_tui.tui.panes.calendar:CalendarPane",
        stops=("cchc_tui.tui.panes.calendar:MonthGrid", "cchc_tui.tui.panes.agenda:AgendaList"),
        help=(
            ("tui.pane.calendar", ("cchc_tui.tui.panes.calendar:MonthGrid",)),
            ("tui.pane.agenda", ("cchc_tui.tui.panes.agenda:AgendaList",)),
        ),
        column=0,
        row=1,
    ),
)

PANELS: tuple[Panel, ...] = (
    Panel(
        "team",
        "m",
        "cchc_tui.tui.screens.team:TeamScreen",
        help=(("tui.pane.team", ("cchc_tui.tui.screens.team:MemberList",)),),
    ),
    Panel(
        "tthc",
        "p",
        "cchc_tui.tui.screens.tthc:TthcScreen",
        help=(("tui.pane.tthc", ("cchc_tui.tui.screens.tthc:TthcList",)),),
    ),
    # L for "lịch": b would be read as ctrl+left when it follows Escape in one burst.
    Panel(
        "timeline",
        "L",
        "cchc_tui.tui.screens.timeline:TimelineScreen",
        help=(("tui.pane.timeline", ("cchc_tui.tui.panes.timeline:TimelineGrid",)),),
    ),
)

# The grid's columns and rows. From ROOMY_WIDTH on (screens/main.py) the first column is
# wide enough for "Kế hoạch số 96/KH-UBND ngày 15/09/2023 của UBND huyện Bình Giang".
GRID_COLUMNS, ROOMY_GRID_COLUMNS, GRID_ROWS = "46 1fr", "70 1fr", "40% 1fr"


def load(name: str) -> Any:
    """The class named "module:Class"."""
    module, attribute = name.split(":")
    return getattr(import_module(module), attribute)


PANE_IDS = frozenset(pane.id for pane in PANES)


def in_grid_order() -> list[Pane]:
    """The panes in the order the grid places its children: row by row."""
    return sorted(PANES, key=lambda pane: (pane.row, pane.column))


def grid_css() -> str:
    """The main screen's grid: its size, column widths and the panes spanning rows."""
    columns = max(pane.column for pane in PANES) + 1
    rows = max(pane.row + pane.rows for pane in PANES)
    spans = "".join(f"#{pane.id} {{ row-span: {pane.rows}; }}\n" for pane in PANES if pane.rows > 1)
    return (
        f"#panes {{ layout: grid; grid-size: {columns} {rows}; "
        f"grid-columns: {GRID_COLUMNS}; grid-rows: {GRID_ROWS}; }}\n"
        f"#panes.-roomy {{ grid-columns: {ROOMY_GRID_COLUMNS}; }}\n{spans}"
    )


def pane_bindings() -> list[Binding]:
    return [bind(pane.key, f"pane('{pane.id}')", f"pane-{pane.id}", show=False) for pane in PANES]


def panel_bindings() -> list[Binding]:
    return [bind(panel.keys, f"panel('{panel.id}')", f"panel-{panel.id}") for panel in PANELS]


def help_sections(
    declared: tuple[Pane, ...] | tuple[Panel, ...],
) -> list[tuple[str, list[type[DOMNode]]]]:
    """The help's sections for these panes or panels, in their order."""
    return [
        (title, [load(name) for name in classes])
        for item in declared
        for title, classes in item.help
    ]


def open_panel(app: CchcApp, panel_id: str) -> None:
    """Show the panel, unless it is the screen on top already."""
    panel = next(panel for panel in PANELS if panel.id == panel_id)
    screen = load(panel.screen)
    if not isinstance(app.screen, screen):
        app.open(screen(app.lang))

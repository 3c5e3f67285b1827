"""The key help, generated from the bindings themselves (their ids and i18n words)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Header, Static

from cchc_tui.core.i18n import Lang, t
from cchc_tui.tui.footer import KeysFooter
from cchc_tui.tui.keys import bind
from cchc_tui.tui.registry import PANELS, PANES, help_sections
from cchc_tui.tui.screens.base import AppScreen


def key_groups() -> list[tuple[str, list[type[DOMNode]]]]:
    """Which classes' bindings make up each section of the help, in screen order."""
    from cchc_tui.tui.app import CchcApp
    from cchc_tui.tui.dialogs.base import Dialog
    from cchc_tui.tui.dialogs.choice import VerdictDialog
    from cchc_tui.tui.dialogs.confirm import ConfirmDialog
    from cchc_tui.tui.dialogs.evidence import EvidenceDialog
    from cchc_tui.tui.panes.virtual_list import VirtualList
    from cchc_tui.tui.screens.detail import DetailScreen
    from cchc_tui.tui.screens.main import MainScreen
    from cchc_tui.tui.screens.panel import PanelScreen
    from cchc_tui.tui.screens.summary import SummaryScreen

    panels = help_sections(PANELS)
    # The panels' Escape/q (PanelScreen), said once, under the last of them.
    panels[-1][1].append(PanelScreen)
    return [
        ("tui.pane.app", [CchcApp, MainScreen]),
        *help_sections(PANES),
        ("tui.pane.moving", [VirtualList]),
        ("tui.pane.detail", [DetailScreen]),
        ("tui.pane.summary", [SummaryScreen]),
        *panels,
        ("tui.pane.dialog", [Dialog, VerdictDialog, ConfirmDialog, EvidenceDialog]),
    ]


def own_bindings(classes: Iterable[type[DOMNode]]) -> list[tuple[str, list[Binding]]]:
    """Each binding id declared on these classes (not inherited), with its bindings."""
    by_id: dict[str, list[Binding]] = {}
    for cls in classes:
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.id is not None:
                by_id.setdefault(binding.id, []).append(binding)
    return list(by_id.items())


class KeyTable(Widget):
    """Keys, label and explanation in columns; long explanations wrap under themselves."""

    DEFAULT_CSS = "KeyTable { height: auto; }"

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def render(self) -> Content:
        key_width = max((cell_len(keys) for keys, _, _ in self.rows), default=0)
        label_width = max((cell_len(label) for _, label, _ in self.rows), default=0)
        indent = key_width + label_width + 4
        tip_width = max(20, self.size.width - indent)
        parts: list[str | tuple[str, str]] = []
        for keys, label, tip in self.rows:
            if parts:
                parts.append("\n")
            lines = textwrap.wrap(tip, tip_width) or [""]
            pad_keys = " " * (key_width - cell_len(keys))
            pad_label = " " * (label_width - cell_len(label))
            parts += [(keys, "bold"), f"{pad_keys}  {label}{pad_label}  {lines[0]}"]
            parts += [f"\n{' ' * indent}{line}" for line in lines[1:]]
        return Content.assemble(*parts)


class HelpScreen(AppScreen):
    """Every key, by pane, with what it does."""

    CSS_PATH = "screens.tcss"

    AUTO_FOCUS = "#help"

    BINDINGS: ClassVar[list[BindingType]] = [
        bind("escape,q,question_mark", "app.pop_screen", "close"),
    ]

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="help"):
            yield Static(Content(t("tui.help_intro", self.lang)), classes="help-intro")
            for title, classes in key_groups():
                yield Static(Content(t(title, self.lang)), classes="help-heading")
                yield KeyTable(self._rows(own_bindings(classes)))
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.title = t("tui.help_title", self.lang)

    def _rows(self, bindings: list[tuple[str, list[Binding]]]) -> list[tuple[str, str, str]]:
        """(keys, label, what it does) for each binding id."""
        return [
            (
                " ".join(self.app.get_key_display(binding) for binding in same),
                t(f"tui.key.{binding_id}", self.lang),
                t(f"tui.tip.{binding_id}", self.lang),
            )
            for binding_id, same in bindings
        ]

"""The limit of the TUI figures at size: a bare Textual app doing the TUI's job in the
cheapest way Textual's public API allows.

    python bench/same_job_app.py DATA_FILE

It reads and parses the same data file the way cchc-tui does (orjson) and keeps what it
parsed, as an app that writes the file back must; shows the current plan's number and the
rows of its units that fit on screen (title, inspection date, conclusion) in a Static; and
narrows them by name as a filter Input (``/``) is typed into. It checks nothing, builds no
objects of its own and has one pane where cchc-tui has three: whatever cchc-tui spends
above it is its own. Quits on ``q``.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path
from typing import Any, ClassVar

import orjson
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Header, Input, Static


def fold(text: str) -> str:
    """Lower case without diacritics: "Hồng" is found by "hong"."""
    bare = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return "".join(char for char in bare if not unicodedata.combining(char))


class SameJobApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        ("q", "quit", "Quit"),
        ("slash", "filter", "Filter"),
    ]
    CSS = "Input { display: none; } Input.open { display: block; }"
    AUTO_FOCUS = None

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.data: dict[str, Any] = orjson.loads(path.read_bytes())
        self.plan = self.data["_meta"]["1"]["current_plan"]
        self.units = [unit for unit in self.data["units"].values() if unit.get("plan") == self.plan]
        self.names: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.plan)
        yield Input(placeholder="filter")
        yield Static(self._rows(""), id="rows", markup=False)
        yield Footer()

    def _rows(self, query: str) -> str:
        wanted = fold(query)
        rows = []
        for unit, name in zip(self.units, self.names or [""] * len(self.units), strict=True):
            if wanted in name:
                rows.append(
                    f"{unit['title']:<40} {unit.get('inspection_date') or '':<10} "
                    f"{unit.get('conclusion') or ''}"
                )
                if len(rows) == self.size.height:
                    break
        return "\n".join(rows)

    def action_filter(self) -> None:
        if not self.names:  # folded when first needed, as cchc-tui does
            self.names = [fold(unit["name"]) for unit in self.units]
        box = self.query_one(Input)
        box.add_class("open")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#rows", Static).update(self._rows(event.value))


if __name__ == "__main__":
    SameJobApp(Path(sys.argv[1])).run()

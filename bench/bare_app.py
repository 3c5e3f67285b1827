"""The baseline of the TUI figures: a bare Textual app (Header, one Static, Footer).

    python bench/bare_app.py TEXT

It shows TEXT (the plan number the TUI benchmark waits for) and quits on ``q``.
"""

from __future__ import annotations

import sys
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(self.text)
        yield Footer()


if __name__ == "__main__":
    BareApp(sys.argv[1]).run()

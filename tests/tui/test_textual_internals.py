"""The private parts of Textual the app relies on, each where the app expects it.

Each has a comment at its use saying why no public API does the job (keyboard.py,
keys.py, mending_parser.py, terminal.py). Textual may move them in any release: this
test fails then, before a person's keys stop working.
"""

from __future__ import annotations

import inspect

from textual import constants
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._parser import Parser
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.binding import ActiveBinding
from textual.drivers import linux_driver
from textual.keys import _character_to_key
from textual.screen import Screen
from textual.widget import Widget


def test_the_keyboard_runs_bindings_and_forwards_keys_as_textual_does() -> None:
    assert inspect.iscoroutinefunction(App._check_bindings)
    assert list(inspect.signature(App._check_bindings).parameters) == ["self", "key", "priority"]
    assert callable(Widget._forward_event)
    assert _character_to_key("L") == "L"
    assert _character_to_key("/") == "slash"


def test_screens_word_their_keys_where_the_footer_reads_them() -> None:
    assert isinstance(Screen.active_bindings, property)
    assert ActiveBinding._fields[:2] == ("node", "binding")
    assert "tooltip" in ActiveBinding._fields


def test_the_mending_parser_still_has_a_parser_to_be() -> None:
    assert issubclass(XTermParser, Parser)
    assert callable(XTermParser._sequence_to_key_events)
    parser = XTermParser()
    assert hasattr(parser, "_timeout_time")
    assert hasattr(parser._awaiting, "timeout")
    assert "\x1b[A" in ANSI_SEQUENCES_KEYS
    assert hasattr(linux_driver, "XTermParser")
    assert hasattr(linux_driver, "getincrementaldecoder")
    assert isinstance(constants.ESCAPE_DELAY, float)

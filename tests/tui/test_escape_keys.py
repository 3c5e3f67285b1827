"""Escape answers in about 0.1 s; a key split by a slow link is mended, not typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual import _parser, constants
from textual.drivers import linux_driver
from textual.events import Key

from cchc_tui.tui import mending_parser, terminal
from cchc_tui.tui.mending_parser import MEND_SECONDS, SLOW_LINK_ESCAPE_DELAY, MendingParser


class Link:
    """Bytes arriving in reads at given times, and the input thread's ticks between them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = 0.0
        monkeypatch.setattr(_parser, "get_time", lambda: self.now)
        monkeypatch.setattr(mending_parser, "get_time", lambda: self.now)
        self.parser = MendingParser()
        self.keys: list[str] = []

    def read(self, data: str) -> None:
        self._take(self.parser.feed(data))
        self._take(self.parser.tick())

    def wait(self, seconds: float) -> None:
        """Time passes; the input thread looks every 0.1 s."""
        end = self.now + seconds
        while self.now < end:
            self.now = min(end, self.now + 0.1)
            self._take(self.parser.tick())

    def _take(self, events: Iterator[object] | list[object]) -> None:
        self.keys += [event.key for event in events if isinstance(event, Key)]


@pytest.fixture
def link(monkeypatch: pytest.MonkeyPatch) -> Link:
    monkeypatch.delenv("ESCDELAY", raising=False)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.1)  # Textual's default
    return Link(monkeypatch)


def test_escape_is_told_after_a_tenth_of_a_second(link: Link) -> None:
    link.read("\x1b")
    link.wait(0.05)
    assert link.keys == []
    link.wait(0.1)
    assert link.keys == ["escape"]


def test_a_key_whole_in_one_read_never_waits(link: Link) -> None:
    link.read("\x1b[Ad1\x1b[B")
    assert link.keys == ["up", "d", "1", "down"]


def test_an_arrow_split_after_escape_is_mended_and_the_link_learnt(link: Link) -> None:
    link.read("\x1b")
    link.wait(0.3)
    link.read("[A")
    assert link.keys == ["escape", "up"]  # Escape had gone out; no "[A" is typed
    assert constants.ESCAPE_DELAY == SLOW_LINK_ESCAPE_DELAY
    link.read("\x1b")  # from now on the link is waited for
    link.wait(0.3)
    link.read("[B")
    assert link.keys == ["escape", "up", "down"]


def test_a_sequence_cut_after_its_bracket_is_held_back_whole(link: Link) -> None:
    link.read("\x1b[")
    link.wait(0.3)
    link.read("5~")
    assert link.keys == ["pageup"]


@pytest.mark.parametrize(("typed", "key"), [("x", "x"), ("b", "b"), ("f", "f"), ("\t", "tab")])
def test_escape_then_a_letter_stays_both(link: Link, typed: str, key: str) -> None:
    # ESC b, ESC f and ESC Tab in one read are ctrl+left, ctrl+right, shift+tab to Textual:
    # typed a moment after Escape they are the follow-up, evidence and next-pane keys.
    link.read("\x1b")
    link.wait(0.3)
    link.read(typed)
    assert link.keys == ["escape", key]
    assert constants.ESCAPE_DELAY == 0.1


def test_a_start_never_finished_goes_out_as_typed(link: Link) -> None:
    link.read("\x1b[")
    link.wait(MEND_SECONDS + 0.3)
    assert link.keys == ["left_square_bracket"]  # as Textual reads it


def test_escdelay_set_by_the_person_is_kept(link: Link, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESCDELAY", "25")
    link.read("\x1b")
    link.wait(0.3)
    link.read("[A")
    assert link.keys == ["escape", "up"]
    assert constants.ESCAPE_DELAY == 0.1


def test_the_linux_driver_reads_keys_with_the_mending_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(linux_driver, "XTermParser", linux_driver.XTermParser)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", constants.ESCAPE_DELAY)
    terminal.tolerate_slow_links()
    assert linux_driver.XTermParser is MendingParser


def test_escape_is_told_on_the_input_threads_first_look(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(linux_driver, "XTermParser", linux_driver.XTermParser)
    monkeypatch.delenv("ESCDELAY", raising=False)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.1)
    terminal.tolerate_slow_links()
    assert constants.ESCAPE_DELAY < 0.1  # the thread looks every 0.1 s
    monkeypatch.setenv("ESCDELAY", "25")
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.025)
    terminal.tolerate_slow_links()
    assert constants.ESCAPE_DELAY == 0.025

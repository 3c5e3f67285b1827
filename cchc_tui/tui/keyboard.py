"""Every key and paste goes, in the order typed, where the person meant it.

Over SSH a command key and the text after it arrive in one read ("d12/10/2023⏎").
Textual hands a key to the widget focused when the key *arrives*, while a key that
opens something takes effect later: its binding posts a message, the message travels
up to the app, the app pushes a dialog, the dialog mounts and takes the focus. Meanwhile
the text went to the old focus and ran its bindings ("1" switched panes, "/" opened the
filter behind the dialog).

So the app takes keys and pastes off Textual's hands and gives them out one at a time,
each to the focus as the previous one left it:

- a printable key for a text field is typed into it at once; a paste goes in whole;
- a bound key runs its action (found as Textual finds it, from the focus up), and a
  marker posted to the focus it found follows every message the action sent on its way
  up. The next key waits for the marker to reach the app with nothing left queued on
  that way or in the app: by then a dialog the key asked for is on the stack, and a late
  message (the calendar's "go to unit") was handled;
- a key nothing takes is dropped, not passed on for Textual to try again later on
  whatever has the focus by then;
- a screen still mounting, or a widget that has just taken the focus, is waited for until
  it has handled what it was sent (an Input selects its offered text on focus);
- while the app is busy (a change being saved), keys wait, so they act on the saved data.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any, TypeGuard

from textual.app import App
from textual.dom import DOMNode, NoScreen
from textual.events import Key, Paste
from textual.message import Message
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input

from cchc_tui.core.text import one_line
from cchc_tui.tui.keys import split_alt_key

# The marker goes round again while it finds messages queued on its way; a widget that
# never stops receiving (a blinking cursor's timer) must not hold the keys for ever.
MAX_LAPS = 16
# A marker whose screen closed under it is lost; the keys go on after this long.
LOST_MARKER_SECONDS = 1.0


class KeyHandled(Message):
    """Follows a key's action up the DOM; back at the app, what the action sent was handled."""


def type_into(field: Input, text: str) -> None:
    """Type ``text`` as Input does for a key: over the selection, else at the cursor."""
    selection = field.selection
    if selection.is_empty:
        field.insert_text_at_cursor(text)
    else:
        field.replace(text, *selection)


class Keyboard:
    """The app's keys and pastes, queued and handed out one at a time."""

    def __init__(self, app: App[Any], busy: Callable[[], bool]) -> None:
        self.app = app
        self.busy = busy
        self._waiting: deque[Key | Paste] = deque()
        self._marker: KeyHandled | None = None
        self._acted_at: DOMNode | None = None
        self._laps = 0
        self._followed = 0  # keys followed so far: a late "give up" must name the one it is for
        self._lost: asyncio.TimerHandle | None = None
        self._caught_up: MessagePump | None = None
        self._asked: MessagePump | None = None
        self._closed = False

    def close(self) -> None:
        """The app is leaving: keys typed after ``q`` do nothing."""
        self._closed = True
        self._waiting.clear()

    async def take(self, event: Key | Paste) -> None:
        """A key or paste from the terminal, in the order typed."""
        if not self._closed:
            self._waiting.append(event)
            await self.pump()

    async def pump(self) -> None:
        """Hand out waiting keys until one has to be waited for. Runs on the app's loop."""
        while self._waiting and not self._closed and self._ready():
            if await self._hand_out(self._waiting.popleft()):
                return

    def _ready(self) -> bool:
        if self._marker is not None or self.busy():
            return False
        screen = self.app.screen
        target: MessagePump = screen.focused or screen
        if target is self._caught_up:
            return True
        if self._asked is not target:
            self._asked = target
            if not target.call_later(self._catch_up, target):  # closing: nothing to wait for
                self._caught_up = target
                return True
        return False

    def _catch_up(self, target: MessagePump) -> None:
        """``target`` has handled what was queued for it when it was asked (on its loop)."""
        if self._asked is target:
            self._asked = None
            self._caught_up = target
        self.app.call_later(self.pump)

    async def _hand_out(self, event: Key | Paste) -> bool:
        """Give one key or paste to the focus; True when the next must wait for its marker."""
        app = self.app
        focused = app.focused
        if isinstance(event, Paste):
            if isinstance(focused, Input):  # one line: its lines (\n, \r, \r\n) joined by spaces
                type_into(focused, one_line("\n".join(event.text.splitlines())))
            return False
        key = event.key
        start = focused or app.screen
        # Textual's own order and its own walk from the focus up (App.on_event, App._on_key):
        # priority bindings (ctrl+q), then what the focused widget types, then the bindings.
        # ``App._check_bindings`` is private, and no public API does its work: running the
        # key's bindings now and saying whether one ran (``simulate_key`` posts the key,
        # which would only queue it behind the keys still waiting; ``active_bindings``
        # keeps one binding per key, so a second one refused by ``check_action`` would be
        # missed, and words the footer for every key of a burst).
        if await app._check_bindings(key, priority=True):
            self._follow(start)
            return True
        if focused is not None and focused.check_consume_key(key, event.character):
            if isinstance(focused, Input):
                assert event.character is not None
                type_into(focused, event.character)
            else:  # a widget that types keys itself
                # Private, as ``App`` itself sends a key to the focus: marked forwarded, so
                # that bubbling back up it is not taken for a new key from the terminal
                # (``post_message`` would bring it back into this queue).
                focused._forward_event(event)
            return False
        if await app._check_bindings(key):
            self._follow(start)
            return True
        presses = split_alt_key(event)
        if presses is not None:
            self._waiting.extendleft(reversed(presses))
        # Otherwise nothing takes the key. It is not passed on: on its way up Textual would
        # try it again on whatever has the focus by then (a screen opened since).
        return False

    # --- the marker -----------------------------------------------------------------------

    def _follow(self, node: DOMNode) -> None:
        """Send a marker up from ``node``, the focus the key found: it passes every node
        whose binding may have run, behind what the action posted to it."""
        self._acted_at = node
        self._laps = 0
        self._followed += 1
        if self._lost is not None:
            self._lost.cancel()
        self._lost = asyncio.get_running_loop().call_later(
            LOST_MARKER_SECONDS, self.app.call_later, self._give_up, self._followed
        )
        self._send(node)

    def _send(self, node: DOMNode) -> None:
        app = self.app
        self._marker = marker = KeyHandled()
        if not (self._on_top_screen(node) and node.post_message(marker)):
            app.post_message(marker)

    async def arrived(self, marker: KeyHandled) -> None:
        """The marker reached the app: go round again, or hand out the next key."""
        if marker is not self._marker:
            return
        queued = self._queued_on_the_way()
        if queued is not None and self._laps < MAX_LAPS:
            self._laps += 1
            self._send(queued)
            return
        await self._done()

    def _queued_on_the_way(self) -> DOMNode | None:
        """The deepest node between the focus (or where the key acted) and the app with
        messages still queued; else the app, if it has some (``Widget.focus`` queues the
        focus change there)."""
        for start in (self.app.focused, self._acted_at):
            if not self._on_top_screen(start):
                continue
            for node in start.ancestors_with_self:
                if isinstance(node, Widget) and node.message_queue_size:
                    return node
        return self.app if self.app.message_queue_size else None

    def _on_top_screen(self, node: DOMNode | None) -> TypeGuard[Widget]:
        if not isinstance(node, Widget) or not node.is_attached:
            return False
        try:
            return node.screen is self.app.screen
        except NoScreen:
            return False

    async def _give_up(self, followed: int) -> None:
        if self._marker is not None and followed == self._followed:
            await self._done()

    async def _done(self) -> None:
        self._marker = None
        self._acted_at = None
        if self._lost is not None:
            self._lost.cancel()
            self._lost = None
        await self.pump()

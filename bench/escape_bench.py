"""How long Escape takes, in a real terminal (tmux): from the key to the screen it closes gone.

    python bench/escape_bench.py [--rounds R] [--smoke]

A lone ESC byte is the Escape key only once the parser has waited for the rest of an
escape sequence (Textual's ESCAPE_DELAY), so Escape costs that wait on top of what any
key costs. Both are measured on the same screen, alternately: Escape closing the key
help, and ``q``, which closes it too and waits for nothing. The figure is Escape's time
(goal: about a tenth of a second); ``q``'s time beside it is the part that is not the wait.
"""

from __future__ import annotations

import time

from harness import SAMPLE_TODAY, Figure, Row, Settings, Skipped, Workspace, run_script
from tui_bench import Tmux, tmux_server, tui_command, unavailable

GOAL_MS = 150.0
HELP_TITLE = "Phím tắt"
MAIN_MARKER = "Đơn vị"


def close_help(tmux: Tmux, name: str, key: str) -> float:
    """Open the help, then seconds from ``key`` until its title is gone from the pane."""
    tmux("send-keys", "-t", name, "?")
    tmux.wait_for(name, HELP_TITLE, time.perf_counter())
    started = time.perf_counter()
    tmux("send-keys", "-t", name, key)
    return tmux.wait_for(name, HELP_TITLE, started, gone=True)


def figures(workspace: Workspace, settings: Settings) -> list[Row]:
    name = "Escape closing a screen (tmux, wall time)"
    reason = unavailable()
    if reason is not None:
        return [Skipped(name, reason)]
    sample = workspace.copy(None, "escape.json")
    with tmux_server(workspace.env()) as tmux:
        session = tmux.start(tui_command(sample, SAMPLE_TODAY))
        try:
            tmux.wait_for(session, MAIN_MARKER, time.perf_counter())
            comparison = settings.comparing(
                lambda: close_help(tmux, session, "Escape"),
                lambda: close_help(tmux, session, "q"),
            )
        finally:
            tmux.close(session)
    escape_ms, plain_ms = comparison.measured * 1000, comparison.baseline * 1000
    context = (
        f"q closing the same screen: {plain_ms:.1f} ms, so the wait for the rest of an "
        f"escape sequence is ≈{escape_ms - plain_ms:.0f} ms (median of {comparison.rounds})"
    )
    return [Figure(name, escape_ms, GOAL_MS, "ms", context)]


BENCHMARKS = (figures,)

if __name__ == "__main__":
    raise SystemExit(run_script(BENCHMARKS, __doc__.split("\n\n")[0]))

"""Where a key's time goes in the TUI at 10,000 units: screen layouts and widget renders.

    python bench/key_profile.py DATA_FILE [--keys filter|cursor] [--same-job]

Drives the same keys as keys_bench.py (Pilot, 120×40) and counts, per key, the screen's
layouts and each widget's renders (and the milliseconds spent rendering it), by patching
two of Textual's internals in this script only: a profile, not a figure.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from keys_bench import QUERY, SIZE, settle
from textual._styles_cache import StylesCache
from textual.screen import Screen
from textual.widget import Widget

layouts = Counter[str]()
renders = Counter[str]()
render_ms = Counter[str]()


def _name(widget: Widget) -> str:
    owner = widget
    if type(widget).__name__ == "ScrollBar":
        owner = widget.parent or widget
        return f"ScrollBar of {type(owner).__name__}#{owner.id}"
    return f"{type(widget).__name__}#{widget.id}"


def patch() -> None:
    render_widget = StylesCache.render_widget
    refresh_layout = Screen._refresh_layout

    def counted_render(self: StylesCache, widget: Widget, crop: Any) -> Any:
        started = time.perf_counter()
        try:
            return render_widget(self, widget, crop)
        finally:
            renders[_name(widget)] += 1
            render_ms[_name(widget)] += (time.perf_counter() - started) * 1000

    def counted_layout(self: Screen[Any], size: Any = None, scroll: bool = False) -> None:
        layouts["scroll" if scroll and not self._layout_widgets else "layout"] += 1
        refresh_layout(self, size, scroll)

    StylesCache.render_widget = counted_render  # type: ignore[method-assign]
    Screen._refresh_layout = counted_layout  # type: ignore[method-assign]


def reset() -> None:
    layouts.clear()
    renders.clear()
    render_ms.clear()


def report(title: str, keys: int, cpu_ms: float) -> None:
    print(f"\n{title}: {keys} keys, {cpu_ms / keys:.1f} ms CPU per key (Pilot's own included)")
    print("  layouts per key: " + ", ".join(f"{k} {v / keys:.2f}" for k, v in layouts.items()))
    for name, count in renders.most_common():
        print(f"  {count / keys:5.2f} renders, {render_ms[name] / keys:5.2f} ms  {name}")


async def run_keys(pilot: Any, keys: list[str], title: str) -> None:
    reset()
    started = time.process_time()
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
    report(title, len(keys), (time.process_time() - started) * 1000)


async def drive(app: Any, which: str, same_job: bool) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if not same_job:
            await pilot.press("2")
            for _ in range(3):
                await pilot.press("down")
            await settle(pilot)
        if which == "cursor":
            await run_keys(pilot, ["down"] * 30, "cursor")
            return
        await pilot.press("slash")
        await settle(pilot)
        await run_keys(pilot, [*QUERY, *["backspace"] * len(QUERY)], "filter")
        await run_keys(pilot, ["f24"] * 10, "unbound key (Pilot's own)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_file", type=Path)
    parser.add_argument("--keys", choices=("filter", "cursor"), default="filter")
    parser.add_argument("--same-job", action="store_true")
    options = parser.parse_args()
    patch()
    if options.same_job:
        from same_job_app import SameJobApp

        app: Any = SameJobApp(options.data_file)
    else:
        from cchc_tui.tui.app import make_app

        app = make_app(options.data_file, today=date(2023, 10, 10), lang="vi")
    asyncio.run(drive(app, options.keys, options.same_job))


if __name__ == "__main__":
    main()

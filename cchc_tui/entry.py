"""The installed command, ``cchc-tui``: the cycle collector is off before anything loads.

Starting the CLI imports the core, the store and (for the full screen) Textual: some
100,000 objects that live as long as the process. The collector's passes over them
while they are made (~20 ms of every start) find nothing to free. ``cli.console`` says
when, if ever, it comes back on.
"""

from __future__ import annotations

import gc


def console() -> int:
    gc.disable()
    from cchc_tui.cli import console as run_console

    return run_console()

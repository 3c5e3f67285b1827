"""The terminal hanging up ends the app, whatever it is doing (issue 15, item 10): on
SIGHUP or when the terminal answers EIO, the standard streams go to /dev/null, the app is
asked to exit, and if its shutdown is stuck the process ends after a short grace, once
a change being saved has been written. The whole app in a real terminal: tests/e2e."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from cchc_tui.tui.terminal import HangUpWatch, terminal_gone
from tests.reliability.tools import CHILD_TIMEOUT, REPO, child_env


def run_script(source: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source), *args],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        check=False,
    )


def test_a_hang_up_asks_the_app_to_exit_and_detaches_from_the_terminal() -> None:
    done = run_script(
        """
        import os, signal, sys, threading
        from cchc_tui.tui.terminal import HangUpWatch

        class App:
            def __init__(self):
                self.exited = threading.Event()
            def call_from_thread(self, callback):
                callback()
            def exit(self):
                self.exited.set()

        app = App()
        with HangUpWatch(app):
            os.kill(os.getpid(), signal.SIGHUP)
            assert app.exited.wait(30)
        print("still writing after the hang-up")
        sys.stderr.write("to the void")
        """
    )
    assert done.returncode == 0
    assert done.stdout == "" and done.stderr == ""  # both went to /dev/null


def test_a_stuck_shutdown_ends_after_the_save_in_flight(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    done = run_script(
        """
        import os, signal, sys, threading, time
        from pathlib import Path
        from cchc_tui.tui.terminal import HangUpWatch

        class StuckApp:  # its loop never takes the request: Textual blocked on its writer
            def call_from_thread(self, callback):
                threading.Event().wait()

        def save(_):
            time.sleep(1.5)  # longer than the grace
            Path(sys.argv[1]).write_text("saved")

        watch = HangUpWatch(StuckApp())
        with watch:
            threading.Thread(target=watch.saving(save), args=(None,)).start()
            time.sleep(0.1)
            os.kill(os.getpid(), signal.SIGHUP)
            threading.Event().wait()  # the shutdown that never ends
        """,
        str(saved),
    )
    assert done.returncode == HangUpWatch.EXIT_STATUS == 129
    assert saved.read_text() == "saved"


def test_a_terminal_whose_other_end_closed_is_gone() -> None:
    master, slave = os.openpty()
    try:
        assert not terminal_gone((slave,))
        os.close(master)  # the terminal window closed, the tmux pane killed
        assert terminal_gone((slave,))
    finally:
        os.close(slave)

"""A tmux server of a test's own: its socket in a folder of its own, gone with the test.

tmux 3.3 leaves its socket file behind when its server is killed: named with ``-L`` in
the shared ``/tmp/tmux-UID``, a thousand runs left a thousand files there.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class TmuxServer:
    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="cchc-tmux-"))
        self.command = ["tmux", "-S", str(self.folder / "socket")]

    def kill(self) -> None:
        """End the server and everything in it, and remove its socket."""
        subprocess.run([*self.command, "kill-server"], capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

"""Run a command and, when it ends, write its peak resident memory (ru_maxrss, KiB) to a file.

python bench/maxrss.py OUTPUT COMMAND [ARG ...]
"""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

if __name__ == "__main__":
    output, command = Path(sys.argv[1]), sys.argv[2:]
    # Closing the tmux pane hangs up the whole group: outlive the command to report it.
    signal.signal(signal.SIGHUP, lambda *_: None)
    subprocess.run(command, check=False)
    output.write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))

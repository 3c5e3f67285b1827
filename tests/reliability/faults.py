"""SQLite-style fault injection for the atomic write: the Nth ``os`` call it makes fails, or
the process is killed with SIGKILL right after it. Used in-process by the tests and, through
the ``CCHC_TEST_FAULT`` variable, by the harness in a child process; the product has no hooks.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cchc_tui.store import fileio

ENV = "CCHC_TEST_FAULT"
# Every os call an atomic write makes: the temp file, its access, the backup link, the
# renames and the folder sync.
CALLS = (
    "stat",
    "fstat",
    "open",
    "write",
    "fsync",
    "fchmod",
    "fchown",
    "close",
    "unlink",
    "link",
    "replace",
)
MODES = ("trace", "fail-at", "fail-from", "kill-after")

Setter = Callable[[Any, str, Any], None]


@dataclass
class Faults:
    """``fail-at`` N: only call N fails; ``fail-from`` N: every call from N on fails (a disk
    gone bad); ``kill-after`` N: SIGKILL once call N returns; ``trace``: just record."""

    mode: str = "trace"
    n: int = 0
    error: int = errno.EIO
    calls: list[str] = field(default_factory=list)
    active: bool = False

    @classmethod
    def from_env(cls) -> Faults | None:
        """``fail-at:3``, ``kill-after:7:EIO``... from $CCHC_TEST_FAULT, if set."""
        spec = os.environ.get(ENV)
        if not spec:
            return None
        mode, number, *code = spec.split(":")
        return cls(mode, int(number), getattr(errno, code[0]) if code else errno.EIO)

    def install(self, setter: Setter = setattr) -> None:
        """Wrap the os calls (counted only inside ``fileio.atomic_write``) and that function."""
        assert self.mode in MODES, self.mode
        for name in CALLS:
            setter(os, name, self._wrap(name, getattr(os, name)))
        real_atomic_write = fileio.atomic_write

        def atomic_write(*args: Any, **kwargs: Any) -> None:
            self.active = True
            try:
                real_atomic_write(*args, **kwargs)
            finally:
                self.active = False

        setter(fileio, "atomic_write", atomic_write)

    def _fails(self, number: int) -> bool:
        if self.mode == "fail-at":
            return number == self.n
        return self.mode == "fail-from" and number >= self.n

    def _wrap(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if not self.active:
                return real(*args, **kwargs)
            self.calls.append(name)
            number = len(self.calls)
            if self._fails(number):
                if name == "close":
                    real(*args, **kwargs)  # a close that reports an error still frees the fd
                raise OSError(self.error, f"{os.strerror(self.error)} [injected: {name}]")
            try:
                return real(*args, **kwargs)
            finally:
                if self.mode == "kill-after" and number == self.n:
                    os.kill(os.getpid(), signal.SIGKILL)

        return call

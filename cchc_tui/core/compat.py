"""What Python 3.10 lacks and the core uses, in one place to delete when 3.10 goes.

Ubuntu 22.04 LTS, which many office servers run, has Python 3.10. On 3.11 and later these
are the standard library's own; before, ``tomli`` (the package ``tomllib`` was made from)
and a ``StrEnum`` that reads the same in ``str()``, f-strings, ``format()`` and JSON.
"""

from __future__ import annotations

import sys
from enum import Enum
from types import ModuleType

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:

    class StrEnum(str, Enum):
        """``enum.StrEnum`` as Python 3.11 has it: a member is its value as text."""

        def __str__(self) -> str:
            return str(self.value)  # format() and f-strings follow str() on 3.10


def __getattr__(name: str) -> ModuleType:
    """``tomllib``, imported when first asked for: only reading a plan file needs it, and
    the model, which every start loads, imports ``StrEnum`` from here."""
    if name != "tomllib":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib


__all__ = ["StrEnum"]  # and tomllib, through __getattr__

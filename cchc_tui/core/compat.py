"""What Python 3.10 lacks and the core uses, in one place to delete when 3.10 goes.

Ubuntu 22.04 LTS, which many office servers run, has Python 3.10. On 3.11 and later these
are the standard library's own; before, ``tomli`` (the package ``tomllib`` was made from)
and a ``StrEnum`` that reads the same in ``str()``, f-strings, ``format()`` and JSON.
"""

from __future__ import annotations

import sys
from enum import Enum

if sys.version_info >= (3, 11):
    from enum import StrEnum

    import tomllib
else:
    import tomli as tomllib

    class StrEnum(str, Enum):
        """``enum.StrEnum`` as Python 3.11 has it: a member is its value as text."""

        def __str__(self) -> str:
            return str(self.value)  # format() and f-strings follow str() on 3.10


__all__ = ["StrEnum", "tomllib"]

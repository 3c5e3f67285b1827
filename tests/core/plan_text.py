"""The sample plan file's text, edited, and what reading it then says."""

from __future__ import annotations

import pytest

from cchc_tui.core.errors import UserError
from cchc_tui.core.planfile import parse_plan_file
from cchc_tui.store.paths import sample_plan_text


def broken(old: str, new: str, *, count: int = 1) -> str:
    text = sample_plan_text()
    assert old in text, old
    return text.replace(old, new, count)


def line_of(text: str, start: str, occurrence: int = 0) -> int:
    """The 1-based line where the ``occurrence``-th line starting with ``start`` is."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start)]
    return found[occurrence]


def plan_file_error(text: str) -> UserError:
    with pytest.raises(UserError) as caught:
        parse_plan_file(text, "ke-hoach.toml")
    return caught.value

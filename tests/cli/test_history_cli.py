"""`restore`, `history` and `check` as a person sees them with the history log (issue 15)."""

from __future__ import annotations

import pytest

from cchc_tui.store.paths import current_user
from tests.cli.conftest import Run


def test_restore_on_a_sound_file_refuses_in_one_line_and_force_does_it_recorded(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("schedule", "hong khe", "05/10/2023")
    monkeypatch.setenv("CCHC_TUI_USER", "Lan")
    cli("schedule", "tan hong", "02/10/2023")
    refused = cli("--lang", "en", "restore")
    assert refused.code == 1 and refused.out == ""
    assert refused.err.count("\n") == 1
    assert "is sound and needs no restore" in refused.err and "restore --force" in refused.err
    forced = cli("--lang", "en", "restore", "--force")
    assert forced.code == 0
    assert "The changes dropped (#2) are recorded in the history as undone." in forced.out
    lines = cli("--lang", "en", "history").out.splitlines()
    assert "#3" in lines[-1] and "Backup restored, changes #2 dropped" in lines[-1]
    assert f"{current_user()} (Lan)" in lines[-1]
    assert cli("--lang", "en", "check").out == (
        "Data file is sound: 1 plan(s), 28 units, 3 changes.\n"
    )
    assert cli("schedule", "long xuyen", "03/10/2023").code == 0
    assert cli("history").out.splitlines()[-1].startswith("#4 ")


def test_history_cleans_the_name_given_of_terminal_codes(
    cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_TUI_USER", "Lan\x1b]0;owned\x07\x1b[2J")
    cli("schedule", "hong khe", "05/10/2023")
    out = cli("history").out
    assert "\x1b" not in out and "\x07" not in out
    assert f"{current_user()} (Lan" in out

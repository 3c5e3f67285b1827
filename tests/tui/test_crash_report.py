"""An unexpected error in the app ends it with a report that shows no local variables
(issue 15, item 7): they hold names, notes and paths from the file, and a report is
pasted into bug reports."""

from __future__ import annotations

import pytest

from tests.tui.conftest import MakeApp

SECRET = "Ghi chú riêng của Xã Hồng Khê"


class Unexpected(Exception):
    """A bug, as the app would meet one."""


async def test_a_crash_report_shows_the_code_but_no_local_variables(
    make: MakeApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app = make()

    def summary_with_a_bug() -> None:
        private_note = SECRET
        raise Unexpected(len(private_note))

    monkeypatch.setattr(app, "action_summary", summary_with_a_bug)
    with pytest.raises(Unexpected):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("s")
            await pilot.pause()
    report = capsys.readouterr().err
    assert app.return_code == 1
    assert "Traceback" in report
    assert "summary_with_a_bug" in report and "Unexpected" in report
    assert SECRET not in report

"""Where the data file lives, who the person is, and the sample plan that ships inside."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_tui.core.errors import DataFileError, system_reason

if TYPE_CHECKING:
    from cchc_tui.core.planfile import PlanFile

DB_ENV = "CCHC_TUI_DB"
USER_ENV = "CCHC_TUI_USER"
DB_FILE_NAME = "cchc-tui.json"
SAMPLE_PLAN = "plan-96-KH-UBND-2023.toml"
NAME_LIMIT = 60  # characters of $CCHC_TUI_USER kept: a name, not a document


def resolve_db_path(option: str | None) -> Path:
    """``--db`` if given, else ``$CCHC_TUI_DB``, else the user's data folder."""
    chosen = option or os.environ.get(DB_ENV)
    return Path(chosen).expanduser() if chosen else default_db_path()


def default_db_path() -> Path:
    from platformdirs import user_data_path  # not needed with --db or $CCHC_TUI_DB

    return user_data_path("cchc-tui", appauthor=False) / DB_FILE_NAME


def make_data_folder(path: Path) -> None:
    """Make the folder of the default data file, or say in one line why it cannot be made
    (HOME not writable, ``XDG_DATA_HOME=/dev/null``) and how to choose another file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        detail = system_reason(error)
        raise DataFileError("data_folder_unusable", path=str(path.parent), detail=detail) from None


def current_user() -> str:
    """The OS account running this process, as the history records it: the effective user
    id's name from the password database, which no variable can change."""
    uid = os.geteuid()
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"uid-{uid}"


def stated_name() -> str:
    """The name ``$CCHC_TUI_USER`` gives (a shared login's person): recorded beside the
    account, never instead of it. Bytes that are not UTF-8 (a legacy terminal's locale)
    become U+FFFD: the history is JSON, which holds only real text."""
    named = os.fsencode(os.environ.get(USER_ENV, "")).decode("utf-8", "replace")
    return " ".join(named.split())[:NAME_LIMIT]


def sample_plan_text() -> str:
    """The bundled plan 96/KH-UBND: inside the installed package, or ``data/`` in a checkout."""
    from importlib import resources  # ~7 ms, and only a first start reads the sample

    packaged = resources.files("cchc_tui").joinpath("data", SAMPLE_PLAN)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "data" / SAMPLE_PLAN
    return checkout.read_text(encoding="utf-8")


def sample_plan() -> PlanFile:
    from cchc_tui.core.planfile import parse_plan_file  # only a first start needs it

    return parse_plan_file(sample_plan_text(), SAMPLE_PLAN)

"""What the system refuses, said in one line: a file it will not open, text typed in
another encoding, output that cannot be written. Never a traceback: the person at the
keyboard is a clerk, and the line says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from cchc_tui.core.errors import UserError, system_reason

if TYPE_CHECKING:
    from cchc_tui.cli.context import Arguments

# Arguments that name files: the system takes their bytes as they are, so a name that
# is not UTF-8 (a folder made on an old Windows share) still opens.
PATH_ARGUMENTS = frozenset({"db", "file", "output"})


class NotUtf8(UserError):
    """A typed text that is not UTF-8 (exit status 2, like any text typed wrong)."""

    exit_code = 2


def refuse_foreign_text(args: Arguments) -> None:
    """Refuse text typed in a terminal that is not UTF-8.

    Python hands such bytes over as surrogates ("caf\\udce9"), which no file can hold.
    Guessing the encoding is no help: Latin-1's é is another letter in TCVN3 or VNI, and
    a wrong guess would keep mangled Vietnamese in the staff's file for good. So the
    person is told, and retypes once the terminal speaks UTF-8.
    """
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        for text in _texts(value):
            if _has_surrogates(text):
                shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                raise NotUtf8("text_not_utf8", text=shown)


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        yield from (item for item in value if isinstance(item, str))


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def os_error(error: OSError) -> UserError:
    """``error`` as a refusal to say in one line: the file it concerns and the reason."""
    detail = system_reason(error)
    if error.filename is None:
        return UserError("os_error_plain", detail=detail)
    return UserError("os_error", path=str(error.filename), detail=detail)

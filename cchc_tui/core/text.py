"""Making text typed by people safe to store, compare and print."""

from __future__ import annotations

import re
import unicodedata

from cchc_tui.core.errors import UserError

# C0 and C1 control characters except tab and newline, DEL, and the bidi controls
# that can reorder what a terminal shows (RLO, LRI, ...).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# A whole ANSI/VT escape sequence, so that removing ESC does not leave "[31m" behind.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, ...
    r"|\x1b[@-Z\\-_]",
    re.DOTALL,
)


def clean_text(text: str, *, multiline: bool = True) -> str:
    """NFC-normalise and drop escape sequences and control characters.

    Applied on save and again on display, so a note can never retitle, clear or
    write the clipboard of another person's terminal.
    """
    text = unicodedata.normalize("NFC", text)
    # Nearly all text has nothing to drop; telling so in C keeps a whole printed report
    # (MBs) from a regex pass at every position (every unsafe character is unprintable).
    if not text.replace("\n", "").replace("\t", "").isprintable():
        text, sequences = _ESCAPE_SEQUENCE.subn("", text)
        text, controls = _UNSAFE.subn("", text)
        if sequences or controls:  # "e\x07\u0301" leaves a letter and its accent apart
            text = unicodedata.normalize("NFC", text)
    if not multiline:
        text = " ".join(text.split())
    return text


def one_line(text: str, limit: int | None = None) -> str:
    """A single display line: newlines and tabs folded to spaces, cut with an ellipsis."""
    flat = " ".join(clean_text(text).split())
    if limit is not None and len(flat) > limit:
        return flat[: max(limit - 1, 0)] + "…"
    return flat


def required_line(text: str, empty_key: str, limit: int) -> str:
    """``text`` as one clean line, refused (``empty_key``) when nothing is left of it or
    when longer than ``limit``."""
    line = one_line(text)
    if not line:
        raise UserError(empty_key)
    if len(line) > limit:
        raise UserError("text_too_long", length=len(line), limit=limit)
    return line


# One translate table, so folding runs in C (the index folds tens of thousands of names at
# national size): each precomposed Latin letter (NFC, as text is stored) maps to its base
# letter, and combining marks (NFD input from macOS clients) are dropped. đ is a letter of
# its own that decomposition does not reach.
_LATIN_BLOCKS = ((0xC0, 0x250), (0x1E00, 0x1F00))
_MARK_BLOCKS = ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100))
_UNMARK: dict[int, str | None] = {
    code: base
    for first, end in _LATIN_BLOCKS
    for code in range(first, end)
    if (base := unicodedata.normalize("NFD", chr(code))[0]).isascii()
}
_UNMARK |= {
    code: None
    for first, end in _MARK_BLOCKS
    for code in range(first, end)
    if unicodedata.combining(chr(code))
}
_UNMARK |= {ord("đ"): "d", ord("Đ"): "D"}
_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case ASCII words without diacritics: "Hồng Khê" and "HONG KHE" -> "hong khe"."""
    return " ".join(_WORD.findall(text.translate(_UNMARK).lower()))


def slug(text: str) -> str:
    return fold(text).replace(" ", "-")

"""The report as plain text that survives a paste into Word, an e-mail or Zalo.

No columns lined up with spaces and no rule lines: a title, headings, and paragraphs of
one line each (the program it is pasted into wraps them), tables said as numbered
sentences. Wrapped at ``width`` on word boundaries only when the caller asks (a
terminal); what is saved, piped or copied keeps one line per paragraph.
"""

from __future__ import annotations

import textwrap

from cchc_tui.core.report.content import Document, Reach
from cchc_tui.core.report.walk import Part, document_parts

REACH = Reach.OFFICE


def render_text(document: Document, width: int | None = None) -> str:
    lines: list[tuple[str, str]] = []  # (hanging prefix such as "3. ", text)
    for part in document_parts(document.shown_to(REACH)):
        for line in _lines(part):
            if line[1] or (lines and lines[-1][1]):  # one blank line between blocks at most
                lines.append(line)
    return "".join(_wrapped(prefix, text, width) for prefix, text in lines)


def _lines(part: Part) -> list[tuple[str, str]]:
    if part.kind == "title":
        return [("", part.text)]
    if part.kind == "subtitle":
        return [("", part.text), ("", "")]
    if part.kind == "heading":
        return [("", ""), ("", f"{part.number}. {part.text.upper()}"), ("", "")]
    if part.kind == "caption":
        return [("", ""), ("", f"{part.text}:")]
    if part.kind == "paragraph":
        return [("", part.text)]
    if part.kind == "entries":
        return [(f"{n}. ", item) for n, item in enumerate(part.items, 1)]
    assert part.table is not None
    sentences = part.table.sentences()
    if part.table.numbered:
        return [(f"{n}. ", sentence) for n, sentence in enumerate(sentences, 1)]
    return [("", sentence) for sentence in sentences]


def _wrapped(prefix: str, text: str, width: int | None) -> str:
    if width is None or len(prefix) + len(text) <= width:
        return f"{prefix}{text}\n"
    wrapped = textwrap.fill(
        text,
        width=max(width, len(prefix) + 20),
        initial_indent=prefix,
        subsequent_indent=" " * len(prefix),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return wrapped + "\n"

"""Finding a unit by what staff type: any case, with or without diacritics or kind word."""

from __future__ import annotations

from collections.abc import Iterable

from msgspec import Struct

from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Unit
from cchc_tui.core.text import fold


def strip_kind(folded: str, kind_words: Iterable[str]) -> str:
    """The name without the kind word before it: "xa hong khe" -> "hong khe". Only a
    leading word: "van phong" and "thanh tra" are part of those offices' names."""
    for word in kind_words:
        if folded.startswith(word + " "):
            return folded[len(word) + 1 :]
    return folded


class _Entry(Struct, frozen=True):
    unit: Unit
    names: tuple[str, ...]
    # " xa hong khe hong khe": a typed word starts a name word iff " " + word occurs in
    # it, a substring test done in C, so filtering 10,000 units keeps up with typing.
    words: str


class UnitIndex:
    """Lookup of units by folded name; built once per snapshot.

    ``kind_words`` are the plan's folded words for its kinds ("xa", "phong", "so"), longest
    first: a name may be typed with or without them (``core.kinds.kind_words``)."""

    def __init__(self, units: Iterable[Unit], kind_words: tuple[str, ...]) -> None:
        self._kind_words = kind_words
        self._entries: list[_Entry] = []
        self._last_filter: tuple[str, list[_Entry]] = ("", [])
        for unit in units:
            full = fold(unit.display_name)
            name = fold(unit.name)
            bare = self._bare(full)
            names = (full, name) if name == bare else (full, name, bare)
            self._entries.append(_Entry(unit, names, f" {full} {name}"))

    def find(self, query: str) -> Unit:
        """The one unit ``query`` names; ``UserError`` listing candidates otherwise."""
        matches = self.candidates(query)
        if len(matches) == 1:
            return matches[0]
        names = ", ".join(unit.display_name for unit in matches[:12])
        if not matches:
            raise UserError("unit_unknown", query=query.strip(), suggestions=self._near(query))
        raise UserError("unit_ambiguous", query=query.strip(), candidates=names)

    def candidates(self, query: str) -> list[Unit]:
        """Exact name matches if any, else units whose name starts with the query."""
        wanted = fold(query)
        if not wanted:
            return []
        bare = self._bare(wanted)
        exact = [e.unit for e in self._entries if wanted in e.names or bare in e.names]
        if exact:
            return exact
        return [
            e.unit
            for e in self._entries
            if any(name.startswith(wanted) or name.startswith(bare) for name in e.names)
        ]

    def filter(self, query: str) -> list[Unit]:
        """Units where every typed word starts a word of the name: "hong" finds Hồng Khê
        and Tân Hồng, not Phòng Y tế."""
        folded = fold(query)
        # A query typed on from the last one finds a part of what that found: start there.
        last, entries = self._last_filter
        if not (last and folded.startswith(last)):
            entries = self._entries
        # One tight pass per typed word over what the previous words left: no generator
        # per unit, and each pass shorter than the last.
        for word in folded.split():
            start = " " + word
            entries = [entry for entry in entries if start in entry.words]
        self._last_filter = (folded, entries)
        return [entry.unit for entry in entries]

    def _near(self, query: str) -> str:
        """Units where a typed word starts a word of the bare name: "ha noi" suggests
        Hạ tầng and Nội vụ, not every name that merely contains "ha" or the kind word."""
        words = self._bare(fold(query)).split()
        near = [
            e.unit.display_name
            for e in self._entries
            if any(
                name_word.startswith(word)
                for word in words
                for name in e.names
                for name_word in self._bare(name).split()
            )
        ]
        return ", ".join(near[:8])

    def _bare(self, folded: str) -> str:
        return strip_kind(folded, self._kind_words)

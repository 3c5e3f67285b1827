"""Finding a unit by what staff type: any case, with or without diacritics or kind word."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cchc_tui.core.errors import UserError
from cchc_tui.core.model import Unit
from cchc_tui.core.text import fold

# Folded words that name a kind of unit; "van phong" and "thanh tra" are part of
# those offices' names and stay.
KIND_WORDS: tuple[str, ...] = ("thi tran", "phong", "xa", "tt")


def strip_kind(folded: str) -> str:
    for word in KIND_WORDS:
        if folded.startswith(word + " "):
            return folded[len(word) + 1 :]
    return folded


@dataclass(frozen=True, slots=True)
class _Entry:
    unit: Unit
    names: tuple[str, ...]
    # " xa hong khe hong khe": a typed word starts a name word iff " " + word occurs in
    # it, a substring test done in C, so filtering 10,000 units keeps up with typing.
    words: str


class UnitIndex:
    """Lookup of units by folded name; built once per snapshot."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._entries = []
        for unit in units:
            full = fold(unit.display_name)
            name = fold(unit.name)
            names = (full, name) if name == strip_kind(full) else (full, name, strip_kind(full))
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
        bare = strip_kind(wanted)
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
        entries = self._entries
        # One tight pass per typed word over what the previous words left: no generator
        # per unit, and each pass shorter than the last.
        for word in fold(query).split():
            start = " " + word
            entries = [entry for entry in entries if start in entry.words]
        return [entry.unit for entry in entries]

    def _near(self, query: str) -> str:
        """Units where a typed word starts a word of the bare name: "ha noi" suggests
        Hạ tầng and Nội vụ, not every name that merely contains "ha" or the kind word."""
        words = strip_kind(fold(query)).split()
        near = [
            e.unit.display_name
            for e in self._entries
            if any(
                name_word.startswith(word)
                for word in words
                for name in e.names
                for name_word in strip_kind(name).split()
            )
        ]
        return ", ".join(near[:8])

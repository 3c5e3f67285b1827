"""The kinds of unit a plan inspects: declared by the plan file (``[kinds.so]``, with
their names and checklists), or the three every plan had before kinds were declared
(office, commune, town), so that data files and plan files of earlier versions read as
they always did."""

from __future__ import annotations

from collections.abc import Mapping

from cchc_tui.core.i18n import t
from cchc_tui.core.model import Kind, Plan, UnitKind
from cchc_tui.core.text import fold

# The words an earlier version wrote before a unit's name, besides the kind's name.
_LEGACY_WORDS: Mapping[Kind, tuple[str, ...]] = {
    "office": ("Phòng",),
    "commune": (),
    "town": ("TT",),
}


def legacy_kinds() -> dict[Kind, UnitKind]:
    """Office, commune and town, named as the words tables name them."""
    return {
        code: UnitKind(code, t(f"kind.{code}", "vi"), t(f"kind.{code}", "en"), words)
        for code, words in _LEGACY_WORDS.items()
    }


def kind_names(kinds: Mapping[Kind, UnitKind]) -> dict[str, Kind]:
    """Every way a plan file may name a kind, folded: its code, its names, its words
    ("phong", "xa", "thi tran", "so") -> the kind's code. The first kind to claim a
    word keeps it."""
    names: dict[str, Kind] = {}
    for kind in kinds.values():
        for said in (kind.code, kind.name, kind.name_en, *kind.words):
            if folded := fold(said):
                names.setdefault(folded, kind.code)
    return names


def kind_words(plan: Plan) -> tuple[str, ...]:
    """The folded words that may stand before a unit's name ("thi tran", "phong", "xa",
    "tt"), longest first so that "thi tran" goes before a shorter word it starts with."""
    words = {fold(said) for kind in plan.kinds.values() for said in (kind.name, *kind.words)}
    return tuple(sorted(filter(None, words), key=lambda word: (-len(word), word)))

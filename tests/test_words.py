"""The words tables: each entry names its languages, each layer's words are registered, and
every key a layer says is defined where that layer can see it (the core cannot see the TUI's
or the command line's words: the CLI runs without the TUI's, the TUI without the CLI's)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import cchc_tui
import cchc_tui.cli.words
import cchc_tui.core.i18n
import cchc_tui.tui.words
from cchc_tui.core import i18n
from cchc_tui.core.i18n.table import Words
from tests import words_named

PACKAGE = Path(cchc_tui.__file__).parent


def _words_modules(package: ModuleType, prefix: str = "") -> list[ModuleType]:
    return [
        importlib.import_module(f"{package.__name__}.{found.name}")
        for found in pkgutil.iter_modules(package.__path__)
        if found.name.startswith(prefix)
    ]


CORE = _words_modules(cchc_tui.core.i18n, "words_")
LAYERS: dict[str, list[ModuleType]] = {
    "core": CORE,
    "store": CORE,
    "cli": CORE + _words_modules(cchc_tui.cli.words),
    "tui": CORE + _words_modules(cchc_tui.tui.words),
}


def _keys(modules: list[ModuleType]) -> set[str]:
    return {key for module in modules for key in module.WORDS}


def test_no_table_is_left_in_the_positional_form() -> None:
    """A table merged as ``(vi, en)`` pairs: run ``python tests/words_named.py`` on it."""
    assert words_named.main(["--check"]) == 0


OLD_TABLE = """\"\"\"A table merged in the older form.\"\"\"

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "safety.one": ("Một", "One"),
    "safety.long": (
        "Dòng dài {n} "
        "nối tiếp",
        "A long line {n}",
    ),
    **{f"safety.{n}": (vi, en) for n, (vi, en) in enumerate([("a", "b")])},
}
"""


def test_the_converter_names_the_languages_of_an_old_table() -> None:
    new = words_named.converted(OLD_TABLE)
    assert '"safety.one": Words(vi="Một", en="One")' in new
    assert not list(words_named.positional_pairs(ast.parse(new)))
    namespace: dict[str, object] = {}
    exec(compile(new, "words_safety.py", "exec"), namespace)
    assert namespace["WORDS"] == {
        "safety.one": Words(vi="Một", en="One"),
        "safety.long": Words(vi="Dòng dài {n} nối tiếp", en="A long line {n}"),
        "safety.0": Words(vi="a", en="b"),
    }


def test_every_entry_is_words_with_both_languages() -> None:
    for module in {module for modules in LAYERS.values() for module in modules}:
        for key, entry in module.WORDS.items():
            assert isinstance(entry, Words), f"{module.__name__}: {key} is not Words(vi=…, en=…)"
            said = bool(entry.vi.strip()), bool(entry.en.strip())
            assert said != (True, False), f"{module.__name__}: {key} has no English"
            assert said != (False, True), f"{module.__name__}: {key} has no Vietnamese"


@pytest.mark.parametrize("layer", ["core", "cli", "tui"])
def test_every_table_of_a_layer_is_registered(layer: str) -> None:
    """A words module nobody registers would fail only when its words are first said."""
    for module in LAYERS[layer]:
        assert any(module.WORDS is table for table in i18n._REGISTERED), module.__name__


def test_a_key_defined_twice_fails_loudly() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        i18n.register({"tui.title": Words(vi="x", en="x")})


def _sources(layer: str) -> Iterator[Path]:
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        if not (path.name.startswith("words_") or path.parent.name == "words"):
            yield path


_ERRORS = {"UserError", "RuleError", "AlreadySo", "DataFileError", "ConflictError"}


def _said_keys(tree: ast.AST) -> Iterator[tuple[int, str, bool]]:
    """(line, key, whole) for each ``t("key", …)`` and ``SomeError("key", …)``; ``whole`` is
    False for an f-string's fixed head, ``t(f"tui.key.{id}", …)``."""
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name not in {"t", *_ERRORS}:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            yield node.lineno, first.value, True
        elif (
            name == "t"
            and isinstance(first, ast.JoinedStr)
            and isinstance(head := first.values[0], ast.Constant)
        ):
            yield node.lineno, str(head.value), False


@pytest.mark.parametrize("layer", ["core", "store", "cli", "tui"])
def test_every_key_a_layer_says_is_defined_where_it_can_see_it(layer: str) -> None:
    visible = _keys(LAYERS[layer])
    elsewhere = _keys([module for modules in LAYERS.values() for module in modules]) - visible
    missing = []
    for path in _sources(layer):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE.parent)
        for line, key, whole in _said_keys(tree):
            known = key in visible if whole else any(k.startswith(key) for k in visible)
            if not known:
                missing.append(f"{where}:{line}: {key!r}")
        # A key passed around before it is said (``t(key, …)``) is still a literal here.
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in elsewhere:
                missing.append(f"{where}:{node.lineno}: {node.value!r} lives in another layer")
    assert not missing, "\n".join(missing)

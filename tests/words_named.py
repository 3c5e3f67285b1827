"""Finds words tables still written as positional ``(vi, en)`` pairs and rewrites them as
``Words(vi=…, en=…)``.

    python tests/words_named.py            # rewrite every table in cchc_tui, then ruff format
    python tests/words_named.py --check    # list what is left; exit 1 if anything is

``tests/test_words.py`` runs the check, so a table merged in the old form fails the suite
until this script has converted it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cchc_tui"
IMPORT = "from cchc_tui.core.i18n.table import Words"


def table_files() -> list[Path]:
    """Every module that holds words: ``words_*.py`` and the modules of a ``words`` package."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.name.startswith("words_") or (path.parent.name == "words")
    )


def positional_pairs(tree: ast.AST) -> Iterator[ast.Tuple]:
    """The ``(vi, en)`` tuples that are values of a dict display or comprehension."""
    for node in ast.walk(tree):
        values = node.values if isinstance(node, ast.Dict) else []
        if isinstance(node, ast.DictComp):
            values = [node.value]
        for value in values:
            if isinstance(value, ast.Tuple) and len(value.elts) == 2:
                yield value


def _offset(lines: list[str], line: int, column: int) -> int:
    """A character offset into the joined text from ast's (1-based line, byte column)."""
    before = sum(len(text) for text in lines[: line - 1])
    return before + len(lines[line - 1].encode()[:column].decode())


def converted(source: str) -> str:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    pairs = sorted(positional_pairs(tree), key=lambda node: (node.lineno, node.col_offset))
    if not pairs:
        return source
    out, done = [], 0
    for pair in pairs:
        start = _offset(lines, pair.lineno, pair.col_offset)
        end = _offset(lines, pair.end_lineno or pair.lineno, pair.end_col_offset or 0)
        vi, en = (ast.get_source_segment(source, element) for element in pair.elts)
        exploded = "," if pair.end_lineno != pair.lineno else ""
        out += [source[done:start], f"Words(vi={vi}, en={en}{exploded})"]
        done = end
    text = "".join([*out, source[done:]])
    text = text.replace("dict[str, tuple[str, str]]", "dict[str, Words]")
    if IMPORT not in text:
        future = "from __future__ import annotations\n"
        text = text.replace(future, f"{future}\n{IMPORT}\n", 1)
    return text


def main(argv: list[str]) -> int:
    files = [Path(name) for name in argv if not name.startswith("-")] or table_files()
    left = {path: len(list(positional_pairs(ast.parse(path.read_text())))) for path in files}
    left = {path: count for path, count in left.items() if count}
    if "--check" in argv:
        for path, count in left.items():
            print(f"{path}: {count} positional (vi, en) entries; run python {__file__}")
        return 1 if left else 0
    for path in left:
        path.write_text(converted(path.read_text(encoding="utf-8")), encoding="utf-8")
    if left:
        ruff, names = [sys.executable, "-m", "ruff"], [str(path) for path in left]
        subprocess.run([*ruff, "check", "-q", "--fix", "--select", "I", *names], check=False)
        subprocess.run([*ruff, "format", "-q", *names], check=False)
    print(f"converted {len(left)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

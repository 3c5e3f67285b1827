"""The three layers stay apart: a pure core, one store that touches files, the CLI on top
without Textual, so printing a summary never pays for the full-screen app."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import cchc_tui

PACKAGE = Path(cchc_tui.__file__).parent


def _modules(folder: str) -> list[str]:
    """Dotted names of every module below ``cchc_tui/<folder>``, packages included."""
    return sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in (PACKAGE / folder).rglob("*.py")
    )


def _path(module: str) -> Path:
    relative = Path(*module.split(".")[1:])
    package = PACKAGE / relative / "__init__.py"
    return package if package.exists() else (PACKAGE / relative).with_suffix(".py")


CORE_MODULES = _modules("core")
CLI_MODULES = _modules("cli")

HEADLESS_RUN = """
import sys
import cchc_tui.cli
import cchc_tui.store
{imports}
code = cchc_tui.cli.main(["--db", sys.argv[1], "--today", "20/09/2023", "summary"])
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "textual")
print("LOADED", loaded, file=sys.stderr)
sys.exit(code if not loaded else 99)
""".format(imports="\n".join(f"import {name}" for name in CORE_MODULES + CLI_MODULES))


def test_the_cli_core_and_store_run_a_summary_without_loading_textual(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", HEADLESS_RUN, str(tmp_path / "db.json")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr
    assert "Xã Hồng Khê" in done.stdout


def _imported_modules(path: Path) -> set[str]:
    """Every module a source file imports, at the top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            base = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level])
            names.add(f"{base}.{node.module}" if node.module else base)
    return names


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_the_core_never_imports_the_store_textual_or_file_libraries(module: str) -> None:
    imported = _imported_modules(_path(module))
    forbidden = {
        name
        for name in imported
        if name.startswith(("cchc_tui.store", "cchc_tui.tui", "cchc_tui.cli"))
        or _top(name) in {"textual", "rich", "tinydb", "platformdirs", "shutil"}
    }
    assert forbidden == set()


@pytest.mark.parametrize("module", CLI_MODULES)
def test_the_cli_imports_textual_only_through_the_tui_entry_point(module: str) -> None:
    tree = ast.parse(_path(module).read_text(encoding="utf-8"))
    top_level = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not any(_top(name) == "textual" or name.startswith("cchc_tui.tui") for name in top_level)
    assert not any(_top(name) == "textual" for name in _imported_modules(_path(module)))


# The outside world reaches the core only through its arguments: the environment, the
# clock, randomness and the machine are the CLI's and the TUI's to read and pass in.
WORLD_MODULES = {"os", "time", "random", "secrets", "uuid", "getpass", "platform", "socket"}
CLOCK_READS = {"now", "today", "utcnow"}


def _clock_reads(tree: ast.AST) -> set[str]:
    """``date.today``, ``datetime.now`` and the like, called or handed on (a default factory)."""
    return {
        f"{ast.unparse(node.value)}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr in CLOCK_READS
        and (
            (isinstance(node.value, ast.Name) and node.value.id in {"date", "datetime"})
            or (isinstance(node.value, ast.Attribute) and node.value.attr in {"date", "datetime"})
        )
    }


@pytest.mark.parametrize("module", CORE_MODULES)
def test_the_core_reads_no_environment_clock_or_randomness(module: str) -> None:
    path = _path(module)
    worldly = {name for name in _imported_modules(path) if _top(name) in WORLD_MODULES}
    assert worldly == set()
    assert _clock_reads(ast.parse(path.read_text(encoding="utf-8"))) == set()


def test_the_clock_check_sees_every_way_of_reading_the_clock() -> None:
    code = "d = date.today()\nn = datetime.datetime.now\nf = field(default_factory=dt.date.today)"
    assert _clock_reads(ast.parse(code)) == {
        "date.today",
        "datetime.datetime.now",
        "dt.date.today",
    }
    assert _clock_reads(ast.parse("timeline.today\nplan.today()")) == set()


def test_only_the_store_imports_tinydb() -> None:
    users = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "tinydb" in {_top(name) for name in _imported_modules(path)}
    }
    assert users and all(user.startswith("store/") for user in users)

"""Starting the full screen reads its options without building every command's parser,
and reads them exactly as the whole parser does."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cchc_tui.cli.parser import build_parser
from cchc_tui.cli.screen_args import screen_options

READ_THE_SAME = [
    [],
    ["--db", "/tmp/x.json"],
    ["--db=/tmp/x.json", "--today", "10/10/2023"],
    ["--lang", "en", "--plan", "96/KH-UBND"],
    ["--lang=vi", "--plan=96/KH-UBND", "--today="],
    ["--db", "summary"],  # a file named like a command is still a file
    ["--db", "a.json", "--db", "b.json"],  # the last one wins, as in argparse
    ["--db=x=y.json"],
    ["--db", ""],
    ["--plan", "Kế hoạch 96"],
]

LEFT_TO_THE_PARSER = [
    ["summary"],
    ["--db", "x.json", "units"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--d", "x.json"],  # an abbreviation argparse accepts
    ["--db"],
    ["--db", "-x"],
    ["--lang", "fr"],
    ["--", "x"],
    ["--today", "10/10/2023", "--unknown"],
]


@pytest.mark.parametrize("argv", READ_THE_SAME)
def test_the_screens_options_read_as_the_whole_parser_reads_them(argv: list[str]) -> None:
    fast = screen_options(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser("vi").parse_args(argv))


@pytest.mark.parametrize("argv", LEFT_TO_THE_PARSER)
def test_anything_else_is_left_to_the_whole_parser(argv: list[str]) -> None:
    assert screen_options(argv) is None


def test_starting_the_screen_builds_no_commands_parser() -> None:
    """The commands' modules and argparse load only for a command (here: not on a
    terminal, so the screen refuses to start after reading its options)."""
    probe = (
        "import sys\n"
        "from cchc_tui.cli import main\n"
        "main(['--today', '10/10/2023'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('cchc_tui.cli.commands')))\n"
        "print('argparse' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, input=""
    )
    assert done.stdout.split() == ["[]", "False"]

from cchc_tui.cli import console

raise SystemExit(console())

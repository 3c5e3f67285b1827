from cchc_tui.entry import console

raise SystemExit(console())

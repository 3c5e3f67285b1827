from cchc_tui.cli import main

raise SystemExit(main())

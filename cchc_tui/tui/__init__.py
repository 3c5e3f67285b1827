"""The full-screen app (Textual). Only ``cchc-tui`` with no command imports this package."""

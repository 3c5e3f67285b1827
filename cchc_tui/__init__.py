"""cchc-tui: track an administrative-reform (CCHC) inspection plan from the terminal."""

__version__ = "0.1.0"

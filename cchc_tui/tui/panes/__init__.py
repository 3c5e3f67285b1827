"""panes of the full-screen app."""

"""dialogs of the full-screen app."""

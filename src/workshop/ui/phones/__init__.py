"""The app's side of the phones: the Qt thread as the one writer, the panel, the join card."""

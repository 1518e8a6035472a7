"""A series of meetings in the window: reviewing promises, trends across meetings."""

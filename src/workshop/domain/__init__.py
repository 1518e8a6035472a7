"""Pure-Python rules and entities of a workshop. Never imports Qt."""

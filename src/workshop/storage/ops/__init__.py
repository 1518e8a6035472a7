"""Named operations on a document. Each validates, commits at once and returns the Change.

The UI calls these (wrapped in undo commands); it never writes SQL itself.
"""

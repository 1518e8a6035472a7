"""The room's phones: a local page served by the laptop over the venue's Wi-Fi.

No Qt here (``ui/phones/`` is the app's side): the tornado server runs on its own
event-loop thread and hands every request to the one thread that owns the document
(``owner.py``), which runs the same storage operations as the laptop and answers
only after the commit (docs/decisions/0005-phone-server.md).
"""

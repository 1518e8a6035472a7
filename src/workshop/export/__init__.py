"""What participants take home and what the data owner keeps: PDF, CSV and JSON.

Everything here reads the document through the storage read functions and
domain values, never from widgets, and never imports Qt. Every file is written
to a temporary name beside its target and renamed into place
(:mod:`workshop.export.atomic`), so a failed export leaves nothing behind.

- :mod:`workshop.export.pdf`: the handout (reportlab), one section builder per activity kind;
- :mod:`workshop.export.csv_export`: one spreadsheet-ready CSV per table;
- :mod:`workshop.export.json_export`: the whole document as versioned JSON, and back.
"""

from workshop.export.errors import ExportCancelled, ExportError

__all__ = ["ExportCancelled", "ExportError"]

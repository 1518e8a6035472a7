"""The PDF handout (reportlab): what participants take home.

``export_handout(doc, path, HandoutOptions(page_size="letter", short=True))``.
Section builders per activity kind live in :mod:`workshop.export.pdf.sections`.
"""

from workshop.export.pdf.handout import export_handout, handout_bytes, render_handout
from workshop.export.pdf.sections import HandoutOptions

__all__ = ["HandoutOptions", "export_handout", "handout_bytes", "render_handout"]

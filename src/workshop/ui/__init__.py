"""The PySide6 user interface: a client of domain and storage. The only package that imports Qt."""

from workshop.ui.feature_hook import drop_feature_hook

drop_feature_hook()  # before the UI's own modules load: each would be read as source

"""The PySide6 user interface: a client of domain and storage. The only package that imports Qt."""

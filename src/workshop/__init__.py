"""Workshop: offline facilitation for in-person workshops."""

__version__ = "0.1.0"

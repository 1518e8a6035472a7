"""Helpers shared by the storage and command-line tests (not fixtures: plain functions)."""

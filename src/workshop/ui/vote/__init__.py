"""The dot-vote screen (issue 4); importing :mod:`workshop.ui.vote.screen` registers it."""

"""The participatory budget screen (projects, ballots, results side by side)."""

"""The offers-and-asks screen: capture, suggested matches, commitments, map and balance."""

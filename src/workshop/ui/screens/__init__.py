"""One facilitator screen per activity kind, chosen by :func:`screen_for`."""

"""The sticky-note board: scene and items, the facilitator's view, capture row, find, screen."""

"""The pulse check screen: a statement, a scale, the room's answers, rounds side by side."""

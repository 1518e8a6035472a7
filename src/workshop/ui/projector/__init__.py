"""The projector: the audience window, its controller on the laptop, and the run panel."""

from workshop.ui.projector.audience import AudienceWindow
from workshop.ui.projector.controller import ProjectorController
from workshop.ui.projector.state import PresentationState, RoomSees, Theme

__all__ = ["AudienceWindow", "PresentationState", "ProjectorController", "RoomSees", "Theme"]

"""The room in the desktop window: open it, show the join card, see devices, ask polls.

Thin over `pcsc_workshop.room` (Qt-free); the main window calls `install_room_actions`.
"""

from pcsc_workshop.ui.room.actions import RoomActions, install_room_actions

__all__ = ["RoomActions", "install_room_actions"]

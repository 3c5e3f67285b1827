"""Mounting a widget one frame later, so the first frame comes sooner."""

from __future__ import annotations

from textual.widget import MountError, Widget


class Later(Widget):
    """Holds a widget's place and mounts it after the first refresh.

    Like ``textual.lazy.Lazy``, but a person who quits within that first frame gets no
    error: once the screen is going away there is nothing to mount into.
    """

    DEFAULT_CSS = "Later { display: none; }"

    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self._widget = widget

    def on_mount(self) -> None:
        self.call_after_refresh(self._put_in_place)

    async def _put_in_place(self) -> None:
        parent = self.parent
        if not isinstance(parent, Widget) or not parent.is_attached:
            return
        try:
            await parent.mount(self._widget, after=self)
        except MountError:
            return
        await self.remove()

"""A pane built and mounted one frame later, so the first frame comes sooner."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import MountError, Widget


class Later(Widget):
    """Holds a pane's place until ``put_in_place`` builds and mounts it, after the first
    refresh.

    Like ``textual.lazy.Lazy``, but the pane is built only then (its module, its words
    and its CSS are not loaded before the first frame), by its screen, which calls
    ``put_in_place``: ``data_bind`` binds a widget to the screen that is running when it
    is built. A person who quits within that first frame gets no error: once the screen
    is going away there is nothing to mount into.
    """

    DEFAULT_CSS = "Later { display: none; }"

    def __init__(self, build: Callable[[], Widget]) -> None:
        super().__init__()
        self._build = build

    async def put_in_place(self) -> None:
        parent = self.parent
        if not isinstance(parent, Widget) or not parent.is_attached:
            return
        try:
            await parent.mount(self._build(), after=self)
        except MountError:
            return
        await self.remove()

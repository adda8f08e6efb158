"""A time budget for the work on one document, checked cooperatively.

The stages call :meth:`Deadline.check` between steps (every few dozen tokens, every
sentence); past the budget it raises :class:`~geomap.errors.DocumentTimeoutError`. No
signals and no threads are involved, so it works the same in worker threads.

>>> Deadline(None).check()  # no budget: never expires
>>> Deadline(0.0).expired
True
"""

from __future__ import annotations

import time

from .errors import DocumentTimeoutError


class Deadline:
    """``seconds`` from now (None or 0 for no limit)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds is not None and seconds >= 0 else None
        self._at = None if self.seconds is None else time.monotonic() + self.seconds

    @property
    def expired(self) -> bool:
        return self._at is not None and time.monotonic() >= self._at

    def check(self) -> None:
        """Raise :class:`DocumentTimeoutError` once the budget is spent."""
        if self.expired:
            raise DocumentTimeoutError(f"took longer than {self.seconds:g} s")

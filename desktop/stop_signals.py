"""Ctrl+C, SIGTERM and SIGHUP as a request to stop, so that what must be cleaned up is.

Python's default turns SIGINT into KeyboardInterrupt only while Python code runs, and SIGTERM or
SIGHUP end the process on the spot, skipping every `finally`. Inside `StopSignals` all three raise
KeyboardInterrupt (while preparing) or, once `on_signal` is set, call it (while Qt's event loop
runs, which the caller must wake now and then so that Python can run the handler at all).
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

NAMES = ("SIGINT", "SIGTERM", "SIGHUP")


class StopSignals:
    def __init__(self) -> None:
        self.on_signal: Callable[[], Any] | None = None
        self.received: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        for name in NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._previous.clear()

    def _handle(self, number: int, frame: FrameType | None) -> None:
        self.received = number
        if self.on_signal is None:
            raise KeyboardInterrupt
        self.on_signal()

    @property
    def exit_code(self) -> int | None:
        """128 + the signal's number, as a shell reports a process ended by it."""
        return None if self.received is None else 128 + self.received

"""Background work on a single worker thread, results delivered on the GUI thread.

Modelled on Anki's operations: slow work (key derivation, backup, restore, rotation) runs off the
GUI thread; the callbacks run on the GUI thread; the worker never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # delivered to the GUI thread, shown there
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class Worker(QObject):
    """Runs one job at a time; `busy` tells the status bar what is going on."""

    busy = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._running = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        label: str = "",
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            self._running -= 1
            if self._running == 0:
                self.busy.emit(False, "")
            callback(value)

        relay.succeeded.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self._running += 1
        self.busy.emit(True, label)
        self._pool.start(_Job(fn, relay))

    @property
    def is_busy(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

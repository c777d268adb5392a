"""One thread that runs the store's work one call at a time, urgent calls first.

SQLite wants a single writer; the listener's group commit must not wait behind the pipeline
and delivery work queued before it (a 250 is what a sending MTA is waiting for).
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

_URGENT, _NORMAL, _STOP = 0, 1, 2


class SerialExecutor:
    """Runs submitted calls on one thread: by urgency, then in order of arrival."""

    def __init__(self, name: str) -> None:
        self._queue: queue.PriorityQueue[tuple[int, int, Any]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args: Any, urgent: bool = False) -> Future[Any]:
        future: Future[Any] = Future()
        item = (future, fn, args)
        self._queue.put((_URGENT if urgent else _NORMAL, next(self._order), item))
        return future

    def shutdown(self) -> None:
        """Finish what was submitted, then stop the thread."""
        self._queue.put((_STOP, next(self._order), None))
        self._thread.join()

    def _run(self) -> None:
        while True:
            _, _, item = self._queue.get()
            if item is None:
                return
            future, fn, args = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as error:  # handed to the caller, like any executor
                future.set_exception(error)

"""Acceptance first: background work waits for a lull in incoming mail, but never for long.

The listener, the pipeline's settling and delivery share one process and its GIL. During a
burst, every millisecond the pipeline spends is a millisecond added to some sender's wait
for its 250, while the pipeline's own work can wait: what was accepted is already durable.
So the pipeline and delivery start each batch once the listener has been quiet for a moment,
or once `max_defer` has passed, whichever comes first; the pipeline waits so again before each
settle transaction of a round after the first (the analyser works on meanwhile). Under a
sustained flood they still get a turn at least that often: nothing accepted waits for ever.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

QUIET_SECONDS = 0.02  # no message arrived for this long: a lull
MAX_DEFER_SECONDS = 1.0  # a batch is never held back longer than this


class ListenerFirst:
    def __init__(
        self,
        quiet: float = QUIET_SECONDS,
        max_defer: float = MAX_DEFER_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.quiet = quiet
        self.max_defer = max_defer
        self.clock = clock
        self.last_arrival = float("-inf")

    def arrived(self) -> None:
        """A message's data has arrived (called by the listener, on the event loop)."""
        self.last_arrival = self.clock()

    def waiting_time(self, since: float) -> float:
        """How much longer a batch that has waited since `since` should wait; 0: go now."""
        now = self.clock()
        until_quiet = self.last_arrival + self.quiet - now
        until_deadline = since + self.max_defer - now
        return max(0.0, min(until_quiet, until_deadline))

    async def turn(self) -> None:
        """Return at the next lull, or after `max_defer` at most."""
        since = self.clock()
        while (pause := self.waiting_time(since)) > 0:
            await asyncio.sleep(pause)

"""Which asyncio event loop `intake serve` runs on: uvloop where it is installed.

uvloop (libuv under the asyncio API) does the loop's own work (selecting, scheduling callbacks,
socket reads and writes) in C. In five alternating pairs of `make bench` runs on the 2-core
machine it accepted 531-854 messages/s against 382-563 on the standard loop (median +44%),
with a median p99 DATA-to-250 of 55 against 66 ms and 5% less CPU. It is not built for
Windows; there, and with `--loop asyncio` (a way back should a loop-specific
fault ever show), the standard loop runs the same code.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable, Coroutine
from typing import Any, Literal, get_args

LoopChoice = Literal["auto", "uvloop", "asyncio"]
CHOICES: tuple[LoopChoice, ...] = get_args(LoopChoice)


class LoopUnavailable(RuntimeError):
    """`--loop uvloop` was asked for where uvloop is not installed."""


def loop_name(choice: LoopChoice) -> str:
    """The loop `choice` gives on this machine: "uvloop" or "asyncio"."""
    installed = importlib.util.find_spec("uvloop") is not None
    if choice == "uvloop" and not installed:
        raise LoopUnavailable("--loop uvloop: uvloop is not installed (pip install uvloop)")
    return "uvloop" if choice != "asyncio" and installed else "asyncio"


def loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """A factory for `asyncio.Runner`; None is the standard loop."""
    if name != "uvloop":
        return None
    import uvloop

    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, None], name: str) -> None:
    """`asyncio.run(main)` on the loop `name` (from `loop_name`)."""
    with asyncio.Runner(loop_factory=loop_factory(name)) as runner:
        runner.run(main)


def running_loop_name() -> str:
    """The running loop's library, for the start-up log line."""
    return type(asyncio.get_running_loop()).__module__.partition(".")[0]

"""Background work waits for a lull in incoming mail, and never longer than `max_defer`."""

from __future__ import annotations

from intake.priority import ListenerFirst


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_with_no_mail_arriving_work_goes_at_once() -> None:
    clock = Clock()
    assert ListenerFirst(0.02, 1.0, clock).waiting_time(since=clock.now) == 0


def test_work_waits_for_the_listener_to_be_quiet() -> None:
    clock = Clock()
    first = ListenerFirst(0.02, 1.0, clock)
    first.arrived()
    clock.now += 0.005
    assert abs(first.waiting_time(since=clock.now) - 0.015) < 1e-9
    clock.now += 0.015
    assert first.waiting_time(since=clock.now) == 0


def test_under_a_flood_work_still_gets_a_turn_after_max_defer() -> None:
    clock = Clock()
    first = ListenerFirst(0.02, 1.0, clock)
    since = clock.now
    for _ in range(99):  # a message every 10 ms: never quiet for 20 ms
        first.arrived()
        assert first.waiting_time(since) > 0
        clock.now += 0.01
    first.arrived()
    clock.now = since + 1.0
    assert first.waiting_time(since) == 0


async def test_turn_returns_at_once_when_idle() -> None:
    await ListenerFirst().turn()

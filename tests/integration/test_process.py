"""The service as a real subprocess: SIGKILL after a 250 loses nothing; SIGTERM drains."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiosmtplib
import pytest

from tests.conftest import FROM, INTAKE, ROOT, RelaySink
from tests.helpers import enquiry, send

pytestmark = pytest.mark.slow


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    """Wait for a condition with a deadline (polling, never a fixed sleep)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.05)


class Service:
    def __init__(self, tmp: Path, relay_port: int) -> None:
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")},
            "INTAKE_SMTP__LISTEN": "127.0.0.1:0",
            "INTAKE_HTTP__LISTEN": "127.0.0.1:0",
            "INTAKE_SMTP__INTAKE_ADDRESSES": f'["{INTAKE}"]',
            "INTAKE_STORE__PATH": str(tmp / "intake.sqlite3"),
            "INTAKE_DELIVERY__RELAY": f"smtp://127.0.0.1:{relay_port}",
            "INTAKE_DELIVERY__FROM_ADDRESS": FROM,
            "INTAKE_DELIVERY__RETRY_INTERVALS": "[0.2]",
            "INTAKE_RULES__DIR": str(ROOT / "routing_rules"),
            "INTAKE_TEMPLATES__DIR": str(ROOT / "templates"),
        }
        self.proc: asyncio.subprocess.Process | None = None
        self.port = 0
        self.log_path = tmp / "service.log"  # the service's own log, shown when a test fails
        self.log = self.log_path.open("ab")

    async def start(self, *options: str) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "intake.cli",
            "serve",
            *options,
            env=self.env,
            stdout=asyncio.subprocess.PIPE,
            stderr=self.log,
        )
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), 30)
        assert b"listening on port" in line, line
        self.port = int(line.split(b"port ")[1].split()[0])

    async def signal(self, sig: int) -> int:
        assert self.proc is not None
        self.proc.send_signal(sig)
        try:
            return await asyncio.wait_for(self.proc.wait(), 60)
        except TimeoutError:
            tail = self.log_path.read_bytes()[-3000:].decode(errors="replace")
            raise AssertionError(f"the service did not exit; its log ends:\n{tail}") from None


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[Service]:
    svc = Service(tmp_path, _closed_port())
    yield svc
    if svc.proc is not None and svc.proc.returncode is None:
        svc.proc.kill()
        await svc.proc.wait()
    svc.log.close()


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


async def test_sigkill_right_after_250_loses_nothing(service: Service, sink: RelaySink) -> None:
    await service.start()  # its relay is down: nothing can leave before the kill
    code, _ = await send(service.port, enquiry())
    assert code == 250
    assert service.proc is not None
    await until(lambda: len(children(service.proc.pid)) >= 1)  # the analyser is running
    helpers = children(service.proc.pid)
    await service.signal(signal.SIGKILL)
    await until(lambda: not any(alive(pid) for pid in helpers))  # no orphan outlives it

    service.env["INTAKE_DELIVERY__RELAY"] = f"smtp://127.0.0.1:{sink.port}"
    await service.start()
    await until(lambda: len(sink.messages) >= 2)
    await service.signal(signal.SIGTERM)
    assert len(sink.of_kind("forward")) == 1
    assert len(sink.of_kind("ack")) == 1


async def test_sigterm_exits_cleanly_and_refuses_new_sessions(service: Service) -> None:
    await service.start()
    assert await service.signal(signal.SIGTERM) == 0
    with pytest.raises(OSError):
        await send(service.port, enquiry())


async def test_sigkill_under_load_loses_no_message_that_got_250(
    service: Service, sink: RelaySink
) -> None:
    await service.start()
    accepted: list[str] = []

    async def client(n: int) -> None:
        for i in range(10):
            try:
                code, text = await send(service.port, enquiry(subject=f"Survey request {n}-{i}"))
            except (OSError, aiosmtplib.SMTPException):
                return  # the service was killed under this session
            if code == 250:
                accepted.append(text.rsplit(" ", 1)[-1])

    clients = [asyncio.create_task(client(n)) for n in range(8)]
    await until(lambda: len(accepted) >= 20)
    await service.signal(signal.SIGKILL)
    await asyncio.gather(*clients)

    service.env["INTAKE_DELIVERY__RELAY"] = f"smtp://127.0.0.1:{sink.port}"
    await service.start()

    def stored() -> dict[str, str]:
        conn = sqlite3.connect(service.env["INTAKE_STORE__PATH"])
        try:
            return {r[0]: r[1] for r in conn.execute("SELECT queue_id, state FROM messages")}
        finally:
            conn.close()

    # Every stored message (some may have been committed without their 250 reaching the
    # client) is forwarded after the restart.
    await until(lambda: len(sink.of_kind("forward")) == len(stored()), seconds=60)
    await service.signal(signal.SIGTERM)
    stored_now = stored()
    assert set(accepted) <= set(stored_now)
    assert all(stored_now[q] == "routed" for q in accepted)
    subjects = [m.message["Subject"] for m in sink.of_kind("forward")]
    assert len(subjects) == len(set(subjects))  # each forwarded once


@pytest.mark.parametrize(("option", "loop"), [("asyncio", "asyncio"), ("auto", "uvloop")])
async def test_the_service_runs_on_either_event_loop(
    service: Service, sink: RelaySink, option: str, loop: str
) -> None:
    service.env["INTAKE_DELIVERY__RELAY"] = f"smtp://127.0.0.1:{sink.port}"
    await service.start("--loop", option)
    code, _ = await send(service.port, enquiry())
    assert code == 250
    await until(lambda: len(sink.messages) >= 2)
    assert await service.signal(signal.SIGTERM) == 0
    assert len(sink.of_kind("forward")) == len(sink.of_kind("ack")) == 1
    started = next(line for line in service.log_path.read_text().splitlines() if "started" in line)
    assert f"loop={loop}" in started or f'"loop": "{loop}"' in started, started


async def test_sighup_reloads_the_rules_and_the_service_goes_on(
    service: Service, sink: RelaySink
) -> None:
    """A reload re-freezes the heap (memory.settle_heap) in the service's own process."""
    service.env["INTAKE_DELIVERY__RELAY"] = f"smtp://127.0.0.1:{sink.port}"
    await service.start()
    assert service.proc is not None
    service.proc.send_signal(signal.SIGHUP)
    await until(lambda: "rules.reloaded" in service.log_path.read_text())
    code, _ = await send(service.port, enquiry())
    assert code == 250
    await until(lambda: len(sink.messages) >= 2)
    assert await service.signal(signal.SIGTERM) == 0


@pytest.mark.parametrize("key", ["SMTP", "HTTP"])
async def test_a_port_already_taken_is_named_and_the_service_does_not_start(
    service: Service, key: str
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        address = f"127.0.0.1:{taken.getsockname()[1]}"
        service.env[f"INTAKE_{key}__LISTEN"] = address
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "intake.cli", "serve", env=service.env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, stderr = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 1
    said = stderr.decode()
    expected = f"intake: cannot listen on {address} ({key.lower()}.listen): address already in use"
    assert f"{expected}; not starting" in said
    assert "Traceback" not in said

"""Shared fixtures: a real aiosmtpd relay sink, a controllable clock, and an intake on loopback."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from ssl import SSLContext
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP

from intake.app import App
from intake.event_loop import loop_factory, loop_name
from intake.logs import configure_logging
from intake.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
INTAKE = "intake@ccm-isu.example"
FROM = "assistance@ccm-isu.example"


def pytest_configure(config: pytest.Config) -> None:
    """Logs to stderr as the service sets them up: unconfigured, structlog prints to stdout,
    where a test of a command's output would read them (when no earlier test configured it)."""
    configure_logging("info", json=False)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Every asyncio test runs on the loop `intake serve` runs on here (uvloop where installed);
    test_process.py runs the service on the standard loop too (`--loop asyncio`)."""
    name = loop_name("auto")
    return {name: loop_factory(name) or asyncio.new_event_loop}


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("INTAKE_"):
            monkeypatch.delenv(name)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class RelaySink:
    """A real SMTP server standing in for the upstream relay; can be told to fail."""

    messages: list[Received] = field(default_factory=list)
    data_reply: str | None = None  # e.g. "451 4.3.0 try later" or "550 5.7.1 no"
    rcpt_reply: str | None = None
    port: int = 0
    pipelining: bool = True  # as Postfix offers it; aiosmtpd reads pipelined commands in order

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        self.messages.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
        )
        return "250 2.0.0 Ok"

    def of_kind(self, kind: str) -> list[Received]:
        """Forwards carry X-Intake-Topic; acknowledgements are sent with MAIL FROM:<>."""
        if kind == "ack":
            return [m for m in self.messages if m.mail_from in ("", "<>")]
        return [m for m in self.messages if m.mail_from not in ("", "<>")]


@asynccontextmanager
async def aiosmtpd_server(
    handler: Any, hostname: str, ssl: SSLContext | None = None, **options: Any
) -> AsyncIterator[int]:
    """A real aiosmtpd server for `handler` on an ephemeral loopback port; yields the port.
    `options` go to aiosmtpd's `SMTP`; `ssl` makes it implicit TLS."""
    server = await asyncio.get_running_loop().create_server(
        lambda: SMTP(handler, hostname=hostname, **options), host="127.0.0.1", port=0, ssl=ssl
    )
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


@pytest.fixture
async def sink() -> AsyncIterator[RelaySink]:
    relay = RelaySink()
    async with aiosmtpd_server(relay, "sink.test") as relay.port:
        yield relay


class Clock:
    """A clock the tests move by hand: no sleeping for retries or days."""

    def __init__(self, start: float = 1_790_000_000.0) -> None:  # 2026-09-21
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def intake_settings(tmp_path: Path, relay_port: int | None, **sections: dict[str, Any]) -> Settings:
    relay = f"smtp://127.0.0.1:{relay_port}" if relay_port else f"maildir:{tmp_path / 'outbox'}"
    base: dict[str, dict[str, Any]] = {
        "smtp": {"listen": "127.0.0.1:0", "hostname": "intake.test", "intake_addresses": [INTAKE]},
        "store": {"path": tmp_path / "intake.sqlite3"},
        "delivery": {"relay": relay, "from_address": FROM, "timeout": 10},
        "rules": {"dir": ROOT / "routing_rules"},
        "templates": {"dir": ROOT / "templates"},
        # Analysis in a thread keeps each test's App quick to start; the child-process
        # analyser has its own tests (test_analyser.py) and runs in every subprocess test.
        "pipeline": {"workers": 0},
    }
    for name, values in sections.items():
        base.setdefault(name, {}).update(values)
    return load_settings(None, **base)


@pytest.fixture
async def intake(tmp_path: Path, sink: RelaySink, clock: Clock) -> AsyncIterator[App]:
    """An intake listening on loopback; its workers are driven by the test with run_once()."""
    app = App(intake_settings(tmp_path, sink.port), clock=clock)
    await app.start(workers=False)
    yield app
    await app.stop()


@pytest.fixture
def corpus() -> Iterator[Path]:
    if not CORPUS.is_dir():
        pytest.skip("the shared dev corpus is not beside this checkout")
    yield CORPUS

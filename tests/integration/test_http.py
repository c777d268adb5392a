"""The operator's HTTP endpoint against a running intake: health, readiness and metrics."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import prometheus_client
import pytest
import structlog

from intake.app import App
from intake.http import HttpServer, start_http
from tests.conftest import Clock, RelaySink, intake_settings
from tests.helpers import enquiry, send
from tests.integration.test_core import drain


@pytest.fixture
async def served(tmp_path: Path, sink: RelaySink, clock: Clock) -> AsyncIterator[HttpServer]:
    """An intake (workers driven by the test) with its HTTP endpoint on a free port."""
    app = App(intake_settings(tmp_path, sink.port, http={"listen": "127.0.0.1:0"}), clock=clock)
    await app.start(workers=False)
    server = await start_http(app)
    yield server
    await server.stop()
    await app.stop()


async def get(server: HttpServer, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{server.port}{path}") as response,
    ):
        return response.status, await response.text()


async def get_json(server: HttpServer, path: str) -> tuple[int, Any]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{server.port}{path}") as response,
    ):
        return response.status, await response.json()


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text, 0 when it is not there yet."""
    for line in text.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if not match or match[1] != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match[2] or ""))
        if all(found.get(k) == v for k, v in labels.items()):
            return float(match[3])
    return 0.0


async def test_healthz_is_alive_and_the_relay_state_is_unknown_before_any_delivery(
    served: HttpServer,
) -> None:
    status, body = await get_json(served, "/healthz")
    assert status == 200
    assert body["status"] == "alive"
    assert body["relay"]["state"] == "unknown"
    assert body["relay"]["target"].startswith("smtp://127.0.0.1:")
    assert body["rules"]["version"]


async def test_healthz_names_the_relay_ok_after_a_delivery(
    served: HttpServer, sink: RelaySink
) -> None:
    assert (await send(served.app.port, enquiry()))[0] == 250
    await drain(served.app)
    _, body = await get_json(served, "/healthz")
    assert body["relay"]["state"] == "ok" and body["relay"]["since"]


async def test_relay_down_shows_in_healthz_but_the_intake_stays_ready(
    served: HttpServer, sink: RelaySink
) -> None:
    sink.data_reply = "451 4.3.0 try later"
    assert (await send(served.app.port, enquiry()))[0] == 250
    await drain(served.app)
    _, body = await get_json(served, "/healthz")
    assert body["relay"]["state"] == "failing"
    assert "try later" in body["relay"]["last_error"]
    status, ready = await get_json(served, "/readyz")
    assert (status, ready["ready"]) == (200, True)


async def test_readyz_is_200_when_the_store_is_writable_and_rules_loaded(
    served: HttpServer,
) -> None:
    status, body = await get_json(served, "/readyz")
    assert (status, body) == (200, {"ready": True, "reasons": []})


async def test_readyz_is_503_with_the_reason_when_the_store_is_broken(
    served: HttpServer,
) -> None:
    served.app.store.conn.close()
    status, body = await get_json(served, "/readyz")
    assert status == 503
    assert body["ready"] is False
    assert any(reason.startswith("store: not writable") for reason in body["reasons"])


async def test_readyz_is_503_while_shutting_down(served: HttpServer) -> None:
    served.app.handler.closing = True
    status, body = await get_json(served, "/readyz")
    assert status == 503 and body["reasons"] == ["shutting down"]


async def test_metrics_are_prometheus_text_with_the_documented_names(
    served: HttpServer,
) -> None:
    status, text = await get(served, "/metrics")
    assert status == 200
    for name in (
        "intake_messages_accepted_total",
        "intake_messages_refused_total",
        "intake_messages_processed_total",
        "intake_messages_quarantined_total",
        "intake_acks_sent_total",
        "intake_acks_suppressed_total",
        "intake_deliveries_total",
        "intake_rules_reloads_total",
        "intake_rules_rejections_total",
        "intake_smtp_data_seconds",
        "intake_outbound_queue_depth",
        "intake_outbound_oldest_age_seconds",
        "intake_dead_letters",
        "intake_quarantined_messages",
        "intake_acks_paused",
        "intake_relay_failing",
        "intake_rules_loaded_timestamp_seconds",
    ):
        assert f"# TYPE {name} " in text, name


async def test_metrics_follow_a_message_from_smtp_to_delivery(
    served: HttpServer, sink: RelaySink, clock: Clock
) -> None:
    assert (await send(served.app.port, enquiry()))[0] == 250
    while await served.app.pipeline.run_once():
        pass
    clock.advance(30)
    _, queued = await get(served, "/metrics")
    assert sample(queued, "intake_messages_accepted_total") == 1
    assert sample(queued, "intake_messages_processed_total", kind="enquiry", topic="clearance") == 1
    assert sample(queued, "intake_outbound_queue_depth") == 2  # forward and acknowledgement
    assert sample(queued, "intake_outbound_oldest_age_seconds") == 30

    await drain(served.app)
    _, sent = await get(served, "/metrics")
    assert sample(sent, "intake_deliveries_total", kind="forward", result="sent") == 1
    assert sample(sent, "intake_acks_sent_total") == 1
    assert sample(sent, "intake_outbound_queue_depth") == 0


async def test_undeliverable_mail_counts_as_dead_letters(
    served: HttpServer, sink: RelaySink
) -> None:
    sink.data_reply = "550 5.7.1 no"
    assert (await send(served.app.port, enquiry()))[0] == 250
    await drain(served.app)
    _, text = await get(served, "/metrics")
    assert sample(text, "intake_deliveries_total", kind="forward", result="dead") == 1
    assert sample(text, "intake_dead_letters") == 2


async def test_rules_reloads_are_counted(served: HttpServer) -> None:
    served.app.rulebook.reload()
    _, text = await get(served, "/metrics")
    assert sample(text, "intake_rules_reloads_total") == 1


async def test_events_the_listener_and_settle_emit_feed_their_metrics(
    served: HttpServer,
) -> None:
    log = structlog.get_logger("test")
    log.info("message.refused", code=550, reason="no such recipient")
    log.info("ack.suppressed", reason="per_sender_limit")
    log.info("message.accepted", queue_id="q1", seconds=0.02)
    _, text = await get(served, "/metrics")
    assert sample(text, "intake_messages_refused_total", code="550") == 1
    assert sample(text, "intake_acks_suppressed_total", reason="per_sender_limit") == 1
    assert sample(text, "intake_smtp_data_seconds_count") == 1
    assert sample(text, "intake_smtp_data_seconds_bucket", le="0.025") == 1


async def test_metrics_live_in_the_apps_own_registry_not_the_global_one(
    served: HttpServer,
) -> None:
    assert served.metrics.registry is not prometheus_client.REGISTRY
    global_names = {m.name for m in prometheus_client.REGISTRY.collect()}
    assert not any(name.startswith("intake_") for name in global_names)


async def test_stopping_the_server_takes_its_processor_out_of_the_log_chain(
    tmp_path: Path, sink: RelaySink
) -> None:
    app = App(intake_settings(tmp_path, sink.port, http={"listen": "127.0.0.1:0"}))
    await app.start(workers=False)
    server = await start_http(app)
    assert server.metrics.processor in structlog.get_config()["processors"]
    await server.stop()
    await app.stop()
    assert server.metrics.processor not in structlog.get_config()["processors"]

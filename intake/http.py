"""The operator's HTTP endpoint, in the service's own event loop: `/healthz`, `/readyz`, `/metrics`.

Readiness is the store taking a write and rules being loaded; the relay's state is reported by
`/healthz` but never makes the intake unready (it must keep accepting mail while the relay is down).
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from intake.logs import get_logger
from intake.metrics import Metrics
from intake.settings import bound

if TYPE_CHECKING:
    from intake.app import App

log = get_logger("intake.http")
STORE_CHECK_SECONDS = 5.0


def _iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts, UTC).isoformat() if ts is not None else None


def _probe_write(conn: sqlite3.Connection) -> None:
    """The cheapest write transaction: take the write lock and give it back."""
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")


class HttpServer:
    """aiohttp's runner and site for one App; `port` is the port actually bound."""

    def __init__(self, app: App, metrics: Metrics, *, own_metrics: bool) -> None:
        self.app = app
        self.metrics = metrics
        self._own_metrics = own_metrics
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        web_app = web.Application()
        web_app.router.add_get("/healthz", self.healthz)
        web_app.router.add_get("/readyz", self.readyz)
        web_app.router.add_get("/metrics", self.scrape)
        self._runner = web.AppRunner(web_app, access_log=None, handle_signals=False)
        await self._runner.setup()
        host, port = self.app.settings.http.host_port
        site = web.TCPSite(self._runner, host, port)
        await bound("http.listen", self.app.settings.http.listen, site.start())
        self.port = int(self._runner.addresses[0][1])
        log.info("http.started", listen=f"{host}:{self.port}")

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._own_metrics:
            self.metrics.detach()

    async def healthz(self, request: web.Request) -> web.Response:
        relay = self.metrics.relay
        snapshot = self.app.rulebook.snapshot
        return web.json_response(
            {
                "status": "alive",
                "relay": {
                    "target": self.app.relay.describe(),
                    "state": relay.state,
                    "since": _iso(relay.since),
                    "last_error": relay.last_error,
                },
                "rules": {
                    "version": snapshot.rules.version,
                    "loaded_at": snapshot.loaded_at.isoformat(),
                },
            }
        )

    async def readyz(self, request: web.Request) -> web.Response:
        reasons = [*await self._store_problem(), *self._rules_problem()]
        if self.app.handler.closing:
            reasons.append("shutting down")
        body: dict[str, Any] = {"ready": not reasons, "reasons": reasons}
        return web.json_response(body, status=503 if reasons else 200)

    async def _store_problem(self) -> list[str]:
        try:
            await asyncio.wait_for(self.app.store.call(_probe_write), STORE_CHECK_SECONDS)
        except TimeoutError:
            return [f"store: no write lock within {STORE_CHECK_SECONDS:g}s"]
        except Exception as error:  # any failure means not ready; say which kind, not its text
            log.warning("http.store_unwritable", error_type=type(error).__name__)
            return [f"store: not writable ({type(error).__name__})"]
        return []

    def _rules_problem(self) -> list[str]:
        snapshot = getattr(self.app.rulebook, "snapshot", None)
        if snapshot is None or not snapshot.rules.version:
            return ["rules: not loaded"]
        return []

    async def scrape(self, request: web.Request) -> web.Response:
        loaded_at = self.app.rulebook.snapshot.loaded_at.timestamp()
        try:
            await asyncio.wait_for(
                self.app.store.call(self.metrics.refresh, loaded_at), STORE_CHECK_SECONDS
            )
        except Exception as error:  # the counters are still worth serving
            log.warning("http.metrics_stale", error_type=type(error).__name__)
        response = web.Response(body=self.metrics.exposition())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response


async def start_http(app: App, metrics: Metrics | None = None) -> HttpServer:
    """Serve the endpoint for `app` on `settings.http.listen` (port 0: any free port).

    Without `metrics`, the server makes its own and attaches it to the structlog chain for its
    lifetime; pass the App's own when the App already has one attached.
    """
    own = metrics is None
    if metrics is None:
        metrics = Metrics(app.settings.ack, app.store.clock)
        metrics.attach()
    server = HttpServer(app, metrics, own_metrics=own)
    try:
        await server.start()
    except BaseException:
        await server.stop()
        raise
    return server

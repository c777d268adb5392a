"""Configuration: one TOML file (optional) overridden by `INTAKE_<SECTION>__<KEY>` variables.

Built once in `app.py` and passed down; the defaults run a complete service on one machine.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import tomllib
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

T = TypeVar("T")


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _split_hostport(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    return host.strip("[]") or "127.0.0.1", int(port)


class SmtpSettings(Section):
    listen: str = "127.0.0.1:2525"
    hostname: str = Field(default_factory=socket.getfqdn)
    intake_addresses: tuple[str, ...] = ("assistance@localhost",)
    max_message_bytes: int = 26_214_400
    memory_budget_bytes: int = 536_870_912
    tls_cert: Path | None = None
    tls_key: Path | None = None
    proxy_networks: tuple[str, ...] = ()  # PROXY protocol required, and trusted, from these
    proxy_timeout: float = 5.0  # seconds to wait for the PROXY header
    # Upstream MTAs (our own MX) exempt from the per-IP caps, like Postfix's $mynetworks:
    # all the intake's mail may arrive from one address.
    limit_exempt_networks: tuple[str, ...] = ()
    # Protocol limits (RELIABILITY.md section d).
    command_line_limit: int = 512
    line_length_limit: int = 1001
    max_recipients: int = 100
    max_transactions: int = 10
    idle_timeout: float = 300.0
    data_timeout: float = 300.0
    persist_timeout: float = 30.0
    session_deadline: float = 1800.0
    shutdown_drain: float = 30.0
    soft_error_limit: int = 10
    error_delay: float = 1.0  # seconds of tarpit per error past the soft limit
    hard_error_limit: int = 20
    max_connections_per_ip: int = 20
    max_connections_per_ip_per_minute: int = 60
    max_sessions: int = 500
    max_received_headers: int = 50

    @field_validator("intake_addresses")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one intake address is needed")
        return tuple(address.strip().lower() for address in value)

    @field_validator("proxy_networks", "limit_exempt_networks")
    @classmethod
    def _networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for network in value:
            ipaddress.ip_network(network, strict=False)  # ValueError names the bad entry
        return value

    @model_validator(mode="after")
    def _tls_pair(self) -> SmtpSettings:
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key must be set together (STARTTLS needs both)")
        return self

    @property
    def host_port(self) -> tuple[str, int]:
        return _split_hostport(self.listen)

    @property
    def data_budget_bytes(self) -> int:
        """Message bytes that DATA phases may buffer at once (each byte costs about 2.2)."""
        return int(self.memory_budget_bytes / 2.2)

    @property
    def max_concurrent_data(self) -> int:
        """How many full-size DATA phases may buffer at once (smaller declared SIZEs: more)."""
        return max(1, self.data_budget_bytes // self.max_message_bytes)


class StoreSettings(Section):
    path: Path = Path("var/intake.sqlite3")
    retain_days: int = Field(default=365, ge=1)  # serve purges daily: 0 would purge all
    group_commit_max: int = 256


class DeliverySettings(Section):
    relay: str = "maildir:var/outbox"
    from_address: str = "assistance@localhost"
    retry_intervals: tuple[float, ...] = (60, 300, 900, 1800, 3600)
    max_age: float = 432_000
    max_forward_bytes: int = 20_971_520
    timeout: float = 60.0
    # Messages handed to the relay at once, each on its own connection: one at a time, a
    # relay's round trips (MAIL, RCPT, DATA, the body) would cap delivery well below intake.
    connections: int = Field(default=4, ge=1, le=50)

    @field_validator("retry_intervals")
    @classmethod
    def _not_empty(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if not value or any(v <= 0 for v in value):
            raise ValueError("retry_intervals needs at least one positive number of seconds")
        return value


class PipelineSettings(Section):
    workers: int = Field(default=1, ge=0)  # child processes for parse + classify; 0: a thread
    budget: float = Field(default=10.0, gt=0)  # seconds for the analysis of one message


class CasesSettings(Section):
    prefix: str = "CCM"
    remind_after_days: int = 10
    close_after_days: int = 30  # an answered case closes after this long without mail


class AckSettings(Section):
    per_sender_per_day: int = 3
    global_per_10min: int = 30


class TrustSettings(Section):
    authserv_ids: tuple[str, ...] = ()


class RulesSettings(Section):
    dir: Path = Path("routing_rules")
    timezone: str = "Europe/Zurich"


class TemplatesSettings(Section):
    dir: Path = Path("templates")


class HttpSettings(Section):
    listen: str = "127.0.0.1:8025"

    @property
    def host_port(self) -> tuple[str, int]:
        return _split_hostport(self.listen)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="INTAKE_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    smtp: SmtpSettings = SmtpSettings()
    store: StoreSettings = StoreSettings()
    delivery: DeliverySettings = DeliverySettings()
    pipeline: PipelineSettings = PipelineSettings()
    cases: CasesSettings = CasesSettings()
    ack: AckSettings = AckSettings()
    trust: TrustSettings = TrustSettings()
    rules: RulesSettings = RulesSettings()
    templates: TemplatesSettings = TemplatesSettings()
    http: HttpSettings = HttpSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Explicit arguments win, then the environment, then the file.
        return init_settings, env_settings, TomlConfigSettingsSource(settings_cls)


class ConfigError(Exception):
    """The configuration file or an INTAKE_* variable is invalid; the message names the key."""


class ListenError(Exception):
    """A listener could not bind its address (in use, not ours, no permission)."""

    def __init__(self, key: str, listen: str, error: OSError) -> None:
        why = os.strerror(error.errno) if error.errno else str(error)  # not asyncio's wording
        super().__init__(f"cannot listen on {listen} ({key}): {why.lower()}")


async def bound(key: str, listen: str, binding: Awaitable[T]) -> T:
    """What `binding` (a listener being bound) gives, or a ListenError that names the setting."""
    try:
        return await binding
    except OSError as error:
        raise ListenError(key, listen, error) from None


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Settings from `config` (or `INTAKE_CONFIG`), overridden by environment and `overrides`."""
    path = config or (
        Path(os.environ["INTAKE_CONFIG"]) if os.environ.get("INTAKE_CONFIG") else None
    )
    if path is not None and not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")

    class FileSettings(Settings):
        model_config = SettingsConfigDict(toml_file=path)

    try:
        return FileSettings(**overrides)
    except ValidationError as error:
        source = str(path) if path else "settings"
        lines = [
            f"{source}: {'.'.join(str(p) for p in item['loc'])}: {item['msg']}"
            for item in error.errors()
        ]
        raise ConfigError("\n".join(lines)) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None

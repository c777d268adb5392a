"""A store written by an earlier version, its octets in `messages.raw` and `outbound.raw`, is
upgraded when it is first opened: in one transaction, nothing lost, read and served as before.
A store already upgraded opens unchanged. Stores of versions 1 and 2 gain what came since: the
acks index by case (2), `cases.reopened_at` (3)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from email import policy
from pathlib import Path
from typing import Any

import pytest

from intake import store
from intake.cli import main
from intake.store import SCHEMA_VERSION, StoreError, connect
from tests.conftest import FROM, Clock, RelaySink
from tests.helpers import enquiry
from tests.integration.old_schemas import FIRST_RELEASE, RAW_IN_THE_MIDDLE, RAW_LAST, VERSION_2
from tests.integration.test_cases_and_acks import rows, running, submit
from tests.integration.test_core import drain

OLD = {"first-release": FIRST_RELEASE, "raw-in-the-middle": RAW_IN_THE_MIDDLE, "raw-last": RAW_LAST}
NOW = Clock().now
REF = "CCM-2026-0001"
ANA = "ana.pereira@mod.example.org"
FOCAL = "focal@state2.example"
COORDINATOR = "coordinator@ccm-isu.example"
ROUTE = {"topic": "clearance", "to": [{"address": COORDINATOR, "name": "", "role": ""}]}
RECEIVED = b"Received: from client.test ([127.0.0.1])\r\n\tby intake.test with ESMTP;\r\n"
# Columns added by later versions, as an upgraded store's old rows have them.
ADDED = {"cases": {"reopened_at": None}}


def stored_form(subject: str, sender: str = ANA, attachment: int = 0) -> bytes:
    """A message as the listener stored it: CRLF, our Received: line in front."""
    message = enquiry(subject=subject, sender=sender)
    if attachment:  # past the size that comes with its row: read through a blob handle
        message.add_attachment(
            bytes(range(256)) * (attachment // 256),
            "application",
            "octet-stream",
            filename="survey.bin",
        )
    return RECEIVED + message.as_bytes(policy=policy.SMTP)


def mail(kind: str, n: int) -> bytes:
    return (
        f"From: {FROM}\r\nTo: {COORDINATOR}\r\nSubject: [{REF}] {kind} {n}\r\n"
        f"Message-ID: <{kind}-{n}@ccm-isu.example>\r\n\r\nOut {n}.\r\n"
    ).encode()


# id, state, kind, case, raw (None: purged before the upgrade)
MESSAGES = [
    (1, "routed", "enquiry", REF, stored_form("Clearance request")),
    (2, "screened", "spam", None, stored_form("Win a prize")),
    (3, "quarantined", None, None, stored_form("Deeply nested")),
    (4, "routed", "follow_up", REF, None),
    (5, "received", None, None, stored_form("Clearance survey", FOCAL, attachment=300_000)),
    (6, "screened", "bulk", None, b""),
]
# id, message, kind, state, attempts, error, raw
OUTBOUND = [
    (1, 1, "forward", "sent", 1, None, mail("forward", 1)),
    (2, 1, "ack", "queued", 1, "451 4.3.0 try later", mail("ack", 2)),
    (3, 4, "forward", "dead", 5, "550 5.1.1 no such user", mail("forward", 3)),
    (4, 4, "forward", "sent", 1, None, None),
    (5, None, "notice", "sent", 1, None, mail("notice", 5)),
]


def build(path: Path, schema: str) -> None:
    """The store as the old code left it, written with the old schema, as the old code wrote."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(schema)
    with conn:
        conn.execute(
            "INSERT INTO cases (ref, year, seq, topic, route, sender, subject, opened_at,"
            " updated_at) VALUES (?, 2026, 1, 'clearance', ?, ?, 'Clearance request', ?, ?)",
            (REF, json.dumps(ROUTE), ANA, NOW - 3600, NOW - 1800),
        )
        conn.execute("INSERT INTO case_seq (year, last) VALUES (2026, 1)")
        conn.execute("INSERT INTO case_participants VALUES (?, ?)", (REF, ANA))
        conn.execute("INSERT INTO acks VALUES (?, ?, ?)", (ANA, REF, NOW - 3500))
        for n, state, kind, ref, raw in MESSAGES:
            conn.execute(
                "INSERT INTO messages (id, queue_id, received_at, mail_from, rcpt_tos, size,"
                " body_hash, state, kind, case_ref, subject, processed_at, raw)"
                " VALUES (?, ?, ?, ?, '[\"intake@ccm-isu.example\"]', ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    n,
                    f"Q{n}",
                    NOW - 3600 + n,
                    ANA,
                    len(raw or b"x"),
                    f"h{n}",
                    state,
                    kind,
                    ref,
                    f"subject {n}",
                    None if state == "received" else NOW - 3500,
                    raw,
                ),
            )
        for n, row, kind, state, attempts, error, raw in OUTBOUND:
            ref = None if kind == "notice" else REF
            conn.execute(
                "INSERT INTO outbound (id, message_row, case_ref, kind, mail_from, rcpt_tos,"
                " message_id, raw, state, attempts, created_at, next_attempt_at, last_error)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    n,
                    row,
                    ref,
                    kind,
                    "" if kind == "ack" else FROM,
                    json.dumps([ANA if kind == "ack" else COORDINATOR]),
                    f"<{kind}-{n}@ccm-isu.example>",
                    raw,
                    state,
                    attempts,
                    NOW - 3500,
                    NOW - 60,
                    error,
                ),
            )
    conn.close()


def contents(path: Path) -> tuple[dict[str, list[dict[str, Any]]], dict[str, dict[int, bytes]]]:
    """Every row of every table but the bodies' (without `raw`), and the bodies by owner id,
    whichever layout the store has."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        tables = {
            name: [
                {k: r[k] for k in r.keys() if k != "raw"}  # noqa: SIM118 (a Row)
                for r in conn.execute(f"SELECT * FROM {name} ORDER BY rowid")
            ]
            for name in names
            if not name.endswith("_bodies")
        }
        bodies = {}
        for owner, table, key in (
            ("messages", "message_bodies", "message_row"),
            ("outbound", "outbound_bodies", "outbound_id"),
        ):
            sql = (
                f"SELECT {key}, raw FROM {table}"
                if table in names
                else f"SELECT id, raw FROM {owner} WHERE raw IS NOT NULL"
            )
            bodies[owner] = {r[0]: bytes(r[1]) for r in conn.execute(sql)}
        return tables, bodies
    finally:
        conn.close()


@pytest.fixture
def old_store(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / "intake.sqlite3"
    build(path, OLD[request.param])
    return path


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("old_store", list(OLD), indirect=True)
def test_the_upgrade_moves_every_body_and_changes_nothing_else(old_store: Path) -> None:
    tables, bodies = contents(old_store)
    assert (bodies["messages"].keys(), bodies["outbound"].keys()) == ({1, 2, 3, 5, 6}, {1, 2, 3, 5})
    connect(old_store).close()
    upgraded, moved = contents(old_store)
    assert moved == bodies  # byte for byte; purged ones stay without a body
    added = {name: [row | ADDED.get(name, {}) for row in rows] for name, rows in tables.items()}
    assert {name: upgraded[name] for name in tables} == added
    conn = connect(old_store)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for table in ("messages", "outbound"):
            assert "raw" not in [c["name"] for c in conn.execute(f"PRAGMA table_info({table})")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.parametrize("old_store", list(OLD), indirect=True)
def test_the_command_line_reads_an_upgraded_store_as_it_read_the_old_one(
    old_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tables, bodies = contents(old_store)
    monkeypatch.setenv("INTAKE_STORE__PATH", str(old_store))
    monkeypatch.setenv("INTAKE_HTTP__LISTEN", "127.0.0.1:9")  # nothing answers there
    for prefix, owner in (("msg", "messages"), ("out", "outbound")):
        for row in tables[owner]:  # as before: the row without its octets, and their size
            size = len(bodies[owner].get(row["id"], b""))
            shown = cli_json(capsys, "queue", "show", f"{prefix}-{row['id']}")
            assert shown == row | {"bytes": size}
    listed = cli_json(capsys, "queue", "list")
    assert [(i["id"], i["state"], i["attempts"], i["last_error"]) for i in listed] == [
        ("out-2", "queued", 1, "451 4.3.0 try later"),
        ("out-3", "dead", 5, "550 5.1.1 no such user"),
        ("msg-3", "quarantined", 0, None),
        ("msg-5", "received", 0, None),
    ]
    case = cli_json(capsys, "cases", "show", REF)
    assert [(m["id"], m["state"]) for m in case["messages"]] == [(1, "routed"), (4, "routed")]
    assert [(o["id"], o["kind"], o["state"]) for o in case["outbound"]] == [
        (1, "forward", "sent"),
        (2, "ack", "queued"),
        (3, "forward", "dead"),
        (4, "forward", "sent"),
    ]
    assert case["acknowledged"] and case["route"] == ROUTE
    status = cli_json(capsys, "status")
    assert (status["messages"], status["waiting"], status["quarantined"]) == (6, 1, 1)
    assert (status["queue_depth"], status["dead_letters"], status["open_cases"]) == (1, 1, 1)
    assert cli_json(capsys, "purge", "--dry-run") == []  # nothing is old enough yet


@pytest.mark.parametrize("old_store", ["raw-in-the-middle"], indirect=True)
async def test_the_service_carries_on_with_what_was_waiting_before_the_upgrade(
    old_store: Path, tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock) as app:
        await drain(app)
        [message] = app.store.conn.execute("SELECT * FROM messages WHERE id = 5").fetchall()
    assert (message["state"], message["kind"]) == ("routed", "enquiry")
    assert message["case_ref"] == "CCM-2026-0002"  # the old case sequence goes on
    sent = {m.message["Message-ID"]: m for m in sink.messages}
    assert sent["<ack-2@ccm-isu.example>"].data == mail("ack", 2)  # queued before, sent now
    forwards = [m for m in sink.messages if m.message["X-Intake-Case"] == "CCM-2026-0002"]
    assert len(forwards) == 2  # its forward and its acknowledgement
    original = MESSAGES[4][4]
    assert original is not None and any(original in m.data for m in forwards)
    assert len(sink.messages) == 3  # the dead letter stays dead


@pytest.mark.parametrize("old_store", ["raw-last"], indirect=True)
def test_an_upgraded_store_opens_unchanged(old_store: Path) -> None:
    connect(old_store).close()  # the upgrade
    before = hashlib.sha256(old_store.read_bytes()).hexdigest()
    connect(old_store).close()
    assert hashlib.sha256(old_store.read_bytes()).hexdigest() == before
    assert not old_store.with_name(old_store.name + "-wal").exists()


@pytest.mark.parametrize("old_store", ["raw-in-the-middle"], indirect=True)
def test_an_upgrade_that_fails_half_way_leaves_the_old_store_as_it_was(
    old_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    move = store._move

    def disk_fails_at_the_second_table(conn: sqlite3.Connection, table: str) -> None:
        if table == "outbound":  # the messages and their bodies have moved by now
            raise sqlite3.OperationalError("disk I/O error")
        move(conn, table)

    before = contents(old_store)
    monkeypatch.setattr(store, "_move", disk_fails_at_the_second_table)
    with pytest.raises(StoreError, match="disk I/O error"):
        connect(old_store)
    assert contents(old_store) == before
    with sqlite3.connect(old_store) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    monkeypatch.setattr(store, "_move", move)
    connect(old_store).close()  # the next start upgrades it
    assert contents(old_store)[1] == before[1]


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "intake.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        connect(path)


def build_versioned(path: Path, version: int) -> None:
    """A store as version 2 left it (version 1: without the acks index by case), holding a
    closed case and an answered one."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(VERSION_2)
    if version == 1:
        conn.execute("DROP INDEX acks_case")
    with conn:
        for seq, state in ((1, "closed"), (2, "answered")):
            ref = f"CCM-2026-{seq:04d}"
            conn.execute(
                "INSERT INTO cases (ref, year, seq, topic, route, sender, subject, state,"
                " opened_at, updated_at, answered_at, closed_at)"
                " VALUES (?, 2026, ?, 'clearance', ?, ?, 'Clearance request', ?, ?, ?, ?, ?)",
                (
                    ref,
                    seq,
                    json.dumps(ROUTE),
                    ANA,
                    state,
                    NOW - 40 * 86_400,
                    NOW - 86_400,
                    NOW - 30 * 86_400,
                    NOW - 86_400 if state == "closed" else None,
                ),
            )
            conn.execute("INSERT INTO case_participants VALUES (?, ?)", (ref, ANA))
            conn.execute("INSERT INTO acks VALUES (?, ?, ?)", (ANA, ref, NOW - 40 * 86_400))
        conn.execute("INSERT INTO case_seq (year, last) VALUES (2026, 2)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


@pytest.fixture
def versioned_store(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / "intake.sqlite3"
    build_versioned(path, request.param)
    return path


@pytest.mark.parametrize("versioned_store", [1, 2], indirect=True)
def test_a_version_1_or_2_store_gains_the_acks_index_and_reopened_at(
    versioned_store: Path, tmp_path: Path
) -> None:
    tables, _ = contents(versioned_store)
    conn = connect(versioned_store)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        plan = conn.execute("EXPLAIN QUERY PLAN SELECT 1 FROM acks WHERE case_ref = 'X'")
        assert "acks_case" in " ".join(row["detail"] for row in plan)
        fresh = connect(tmp_path / "fresh.sqlite3")
        try:  # the same columns in the same order as a store created by this version
            assert store._columns(conn, "cases") == store._columns(fresh, "cases")
        finally:
            fresh.close()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    upgraded, _ = contents(versioned_store)
    added = {name: [row | ADDED.get(name, {}) for row in rows] for name, rows in tables.items()}
    assert upgraded == added  # every row kept, the new column empty


@pytest.mark.parametrize("versioned_store", [2], indirect=True)
async def test_a_closed_case_of_an_upgraded_store_is_reopened_by_a_follow_up(
    versioned_store: Path, tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock) as app:
        assert app.settings.store.path == versioned_store
        await submit(app, enquiry(subject="Re: [CCM-2026-0001] Clearance request"))
        [case] = rows(app, "SELECT * FROM cases WHERE ref = 'CCM-2026-0001'")
    assert (case["state"], case["closed_at"], case["reopened_at"]) == ("open", None, clock.now)
    assert [m.message["X-Intake-Case"] for m in sink.messages] == ["CCM-2026-0001"]

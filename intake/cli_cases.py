"""`intake cases list|show|close|reroute|erase|screened`, over the store file.

`reroute` queues a forward that the running service delivers; `erase` works on the store and
the Maildir outbox directly.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sqlite3
import sys
import time
from pathlib import Path

from intake import admin
from intake.settings import ConfigError, Settings

DAY = 86_400


def add_cases_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cases = sub.add_parser("cases", help="cases: list, show, close, reroute, erase, screened")
    cases.add_argument("action", choices=["list", "show", "close", "reroute", "erase", "screened"])
    cases.add_argument("ref", nargs="?")
    cases.add_argument("--topic", help="reroute: the topic the case belongs to")
    cases.add_argument("--by", help="reroute, erase: who decided (default: your user name)")
    cases.add_argument("--days", type=float, default=1.0, help="screened: how far back")
    cases.add_argument("--json", action="store_true")
    cases.set_defaults(run=cmd_cases)


def cmd_cases(args: argparse.Namespace, settings: Settings) -> int:
    from intake.cli import _conn, _print, _table

    conn: sqlite3.Connection = _conn(settings)
    if args.action == "list":
        cols = ["ref", "topic", "state", "sender", "opened", "subject"]
        _print(admin.cases_list(conn), args.json, lambda r: _table(r, cols))
        return 0
    if args.action == "screened":
        from intake.digest import render_screened, screened

        items = screened(conn, time.time() - args.days * DAY)
        _print(items, args.json, render_screened)
        return 0
    if args.ref is None:
        raise ConfigError(f"cases {args.action}: needs a case reference")
    ref = args.ref.upper()
    if args.action == "show":
        case = admin.case_show(conn, ref)
        if case is None:
            print(f"{ref}: no such case", file=sys.stderr)
            return 1
        _print(case, args.json, lambda d: json.dumps(d, indent=2, default=str, ensure_ascii=False))
        return 0
    by = args.by or getpass.getuser()
    if args.action == "close":
        return _close(conn, ref)
    if args.action == "reroute":
        return _reroute(conn, settings, ref, args.topic, by)
    return _erase(conn, settings, ref, by, args.json)


def _close(conn: sqlite3.Connection, ref: str) -> int:
    from intake.lifecycle import close_case
    from intake.store import transaction

    with transaction(conn):
        closed = close_case(conn, ref, time.time())
    print(f"{ref}: {'closed' if closed else 'not closed (unknown, or closed already)'}")
    return 0 if closed else 1


def _reroute(
    conn: sqlite3.Connection, settings: Settings, ref: str, topic: str | None, by: str
) -> int:
    from intake.app import screen_policy
    from intake.mailout import MailOut
    from intake.reroute import CaseError, reroute
    from intake.route import UnknownTopicError
    from intake.rulebook import RuleBookError, load_snapshot

    if not topic:
        raise ConfigError("cases reroute: needs --topic (see routing_rules/topics/)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'marker_key'").fetchone()
    if row is None:
        raise ConfigError(f"{settings.store.path}: no marker key yet (has `intake serve` run?)")
    try:
        snap = load_snapshot(settings.rules.dir, settings.templates.dir, settings.rules.timezone)
    except RuleBookError as error:
        print("intake: the rules or templates are invalid:\n" + str(error), file=sys.stderr)
        return 1
    key = bytes(row["value"])
    out = MailOut(settings, lambda: snap.rules, lambda: snap.templates, key, time.time)
    try:
        note = reroute(conn, out, screen_policy(settings, key), ref, topic, by, time.time())
    except (CaseError, UnknownTopicError) as error:
        print(f"intake: {error}", file=sys.stderr)
        return 1
    print(f"{ref}: rerouted to {topic}; the forward is queued.\n{note}")
    return 0


def _erase(conn: sqlite3.Connection, settings: Settings, ref: str, by: str, as_json: bool) -> int:
    from intake.erase import erase_case

    relay = settings.delivery.relay
    outbox = Path(relay.removeprefix("maildir:")) if relay.startswith("maildir:") else None
    tombstone = erase_case(conn, ref, by, time.time(), outbox)
    if tombstone is None:
        print(f"{ref}: no such case", file=sys.stderr)
        return 1
    data = tombstone.as_dict()
    from intake.cli import _print

    _print(
        data,
        as_json,
        lambda d: "erased; what remains:\n" + "\n".join(f"  {k:<14}{v}" for k, v in d.items()),
    )
    return 0

"""The `intake` command: serve, rules, explain, eval, queue, cases, status.

Each subcommand is a small function over Settings; errors are one clear line and exit 1/2.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake import admin, event_loop
from intake.logs import configure_logging
from intake.rules import RulesError
from intake.settings import ConfigError, ListenError, Settings, load_settings

Handler = Callable[[argparse.Namespace, Settings], int]


def _print(data: Any, as_json: bool, text: Callable[[Any], str]) -> None:
    print(json.dumps(data, indent=2, default=str, ensure_ascii=False) if as_json else text(data))


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from intake.app import serve
    from intake.memory import return_big_buffers
    from intake.rulebook import RuleBookError

    return_big_buffers()  # a big message's buffers go back to the system once it is handled
    loop = event_loop.loop_name(args.loop)  # before the coroutine: it may raise
    try:
        event_loop.run(serve(settings), loop)
    except RuleBookError as error:
        print("intake: the rules or templates are invalid, not starting:", file=sys.stderr)
        print("\n".join(error.lines), file=sys.stderr)
        return 1
    except ListenError as error:  # another intake, or another service, has the port
        print(f"intake: {error}; not starting", file=sys.stderr)
        return 1
    return 0


def cmd_rules_check(args: argparse.Namespace, settings: Settings) -> int:
    from intake.rulebook import check_all

    rules_dir = args.rules or settings.rules.dir
    templates_dir = args.templates or settings.templates.dir
    errors, warnings = check_all(rules_dir, templates_dir, settings.rules.timezone)
    for line in errors + warnings:
        print(line)
    if errors:
        return 1
    print(f"{rules_dir}, {templates_dir}: ok ({len(warnings)} warnings)")
    return 0


def cmd_rules_diff(args: argparse.Namespace, settings: Settings) -> int:
    import time

    from intake.diff import render_diff, rules_diff
    from intake.rules import load_rules

    policy, current = _policy_and_rules(settings)
    candidate = load_rules(args.against, timezone=settings.rules.timezone)
    changes = rules_diff(_conn(settings), current, candidate, policy, args.days, time.time())
    _print(changes, args.json, render_diff)
    return 0


def _policy_and_rules(settings: Settings, rules_dir: Path | None = None) -> tuple[Any, Any]:
    from intake.app import screen_policy
    from intake.rules import load_rules
    from intake.store import connect

    key = secrets.token_bytes(32)
    if settings.store.path.exists():
        conn = connect(settings.store.path)
        row = conn.execute("SELECT value FROM meta WHERE key = 'marker_key'").fetchone()
        key = bytes(row["value"]) if row else key
        conn.close()
    rules = load_rules(rules_dir or settings.rules.dir, timezone=settings.rules.timezone)
    return screen_policy(settings, key), rules


def cmd_explain(args: argparse.Namespace, settings: Settings) -> int:
    from intake.explain import explain_file, render_text

    policy, rules = _policy_and_rules(settings)
    at = datetime.combine(args.at, datetime.min.time(), UTC).replace(hour=12) if args.at else None
    for path in args.files:
        record = explain_file(path, rules, policy, at).record
        print(json.dumps(record, ensure_ascii=False) if args.json else render_text(record))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from intake.explain import evaluate, render_eval

    policy, rules = _policy_and_rules(settings)
    report = evaluate(args.folder, rules, policy)
    _print(report, args.json, render_eval)
    return 0


def _conn(settings: Settings) -> Any:
    from intake.store import connect

    if not settings.store.path.exists():
        raise ConfigError(f"{settings.store.path}: no store yet (has `intake serve` run?)")
    return connect(settings.store.path)


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "(nothing)"
    lines = ["  ".join(f"{c:<14}" for c in columns)]
    lines += ["  ".join(f"{str(r.get(c, '') or '-')[:40]:<14}" for c in columns) for r in rows]
    return "\n".join(lines)


def cmd_queue(args: argparse.Namespace, settings: Settings) -> int:
    conn = _conn(settings)
    if args.action == "list":
        rows = admin.queue_list(conn)
        cols = ["id", "what", "state", "case", "attempts", "next_attempt", "last_error"]
        _print(rows, args.json, lambda r: _table(r, cols))
        return 0
    if args.id is None:
        raise ConfigError(f"queue {args.action}: needs an id (see `intake queue list`)")
    if args.action == "show":
        item = admin.queue_show(conn, args.id)
        _print(item, args.json, lambda d: "\n".join(f"{k}: {v}" for k, v in (d or {}).items()))
        return 0 if item else 1
    action = {
        "retry": admin.queue_retry,
        "reprocess": admin.queue_reprocess,
        "purge": admin.queue_purge,
    }[args.action]
    done = action(conn, args.id)
    print(f"{args.id}: {args.action} {'done' if done else 'not possible in its current state'}")
    return 0 if done else 1


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    """The service as its HTTP endpoint sees it (if it runs), then the store's counts."""
    data: dict[str, Any] = {"listener": settings.smtp.listen, **_service(settings)}
    data |= admin.status(_conn(settings))
    data["acks_paused"] = data["acks_last_10min"] >= settings.ack.global_per_10min
    _print(data, args.json, lambda d: "\n".join(f"{k:<24}{v}" for k, v in d.items()))
    return 0


def _service(settings: Settings) -> dict[str, Any]:
    """What the running service's /healthz says: its rules version and relay state."""
    import urllib.request

    host, port = settings.http.host_port
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=2) as reply:
            health = json.loads(reply.read())
    except (OSError, ValueError):
        return {"service": f"not answering on http://{host}:{port}"}
    rules = health.get("rules", {})
    relay = health.get("relay", {})
    return {
        "service": "running",
        "rules_version": rules.get("version"),
        "rules_loaded_at": rules.get("loaded_at"),
        "relay": f"{relay.get('target')} ({relay.get('state')})",
    }


def cmd_purge(args: argparse.Namespace, settings: Settings) -> int:
    import time

    from intake import retention

    conn = _conn(settings)
    apply = retention.due if args.dry_run else retention.purge
    items = apply(conn, settings.store.retain_days, time.time())
    _print([i.as_dict() for i in items], args.json, lambda _: retention.render(items, args.dry_run))
    return 0


def build_parser() -> argparse.ArgumentParser:
    from intake.cli_cases import add_cases_parser

    parser = argparse.ArgumentParser(prog="intake", description=__doc__)
    parser.add_argument("--config", type=Path, help="TOML configuration file")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the SMTP intake")
    serve.add_argument(
        "--loop", choices=event_loop.CHOICES, default="auto",
        help="event loop: uvloop where installed (auto), or the standard one (asyncio)",
    )  # fmt: skip
    serve.set_defaults(run=cmd_serve)
    rules = sub.add_parser("rules", help="check routing rules").add_subparsers(required=True)
    check = rules.add_parser("check", help="validate rules and templates")
    check.add_argument("--rules", type=Path)
    check.add_argument("--templates", type=Path)
    check.set_defaults(run=cmd_rules_check)
    diff = rules.add_parser("diff", help="replay stored mail against candidate rules")
    diff.add_argument("--against", type=Path, required=True, help="candidate rules folder")
    diff.add_argument("--days", type=int, default=90)
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(run=cmd_rules_diff)
    explain = sub.add_parser("explain", help="what would happen to messages")
    explain.add_argument("files", nargs="+", type=Path)
    explain.add_argument("--json", action="store_true")
    explain.add_argument("--at", type=lambda s: datetime.strptime(s, "%Y-%m-%d").date())
    explain.set_defaults(run=cmd_explain)
    ev = sub.add_parser("eval", help="accuracy over a labelled folder")
    ev.add_argument("folder", type=Path)
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(run=cmd_eval)
    queue = sub.add_parser("queue", help="outbound mail, dead letters, quarantine")
    queue.add_argument("action", choices=["list", "show", "retry", "reprocess", "purge"])
    queue.add_argument("id", nargs="?")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(run=cmd_queue)
    add_cases_parser(sub)  # intake/cli_cases.py
    status = sub.add_parser("status", help="one-screen summary")
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=cmd_status)
    purge = sub.add_parser("purge", help="apply the retention policy (store.retain_days)")
    purge.add_argument("--dry-run", action="store_true", help="list what would go, change nothing")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(run=cmd_purge)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    try:
        settings = load_settings(args.config)
        return int(args.run(args, settings))
    except RulesError as error:
        print(f"intake: {error}", file=sys.stderr)
        return 1
    except (ConfigError, event_loop.LoopUnavailable, ValueError, FileNotFoundError) as error:
        print(f"intake: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `intake eval DIR | head`: the reader has what it wanted
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())

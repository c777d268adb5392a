"""From raw timings to the numbers the issue asks for, the ratios, the targets and a table.

Targets are reported (measured value, threshold, met or not), never asserted: a benchmark that
fails the build on a noisy machine teaches people to stop running it.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict
from typing import Any

from bench.load import LoadResult, percentile

MB = 1024 * 1024


def distribution_ms(values: list[float]) -> dict[str, float | int | None]:
    ms = [v * 1000 for v in values]
    return {
        "n": len(ms),
        "p50": percentile(ms, 50),
        "p90": percentile(ms, 90),
        "p99": percentile(ms, 99),
        "max": max(ms, default=None),
        "mean": statistics.fmean(ms) if ms else None,
    }


def summarise_load(load: LoadResult) -> dict[str, Any]:
    elapsed = load.finished - load.started
    tally = asdict(load.tally)
    tally["replies"] = dict(load.tally.replies)
    return {
        "messages": len(load.messages),
        "accepted": load.tally.accepted,
        "elapsed_s": elapsed,
        "accepted_per_s": load.tally.accepted / elapsed if elapsed > 0 else None,
        "data_to_250_ms": distribution_ms(load.data_latencies),
        "message_latency_ms": distribution_ms(load.message_latencies),
        "tally": tally,
        "client_cpu_s": load.client_cpu_s,
    }


def summarise_relay(
    load: LoadResult,
    events: list[tuple[float, str, int, int]],
    drained: dict[str, Any],
    counted: str = "forward",
) -> dict[str, Any]:
    """End to end: from the first send until the last forward reached the counting relay.

    For ours a forward is `counted`; for Postfix, which relays the message itself, every
    message the relay receives ("other")."""
    after = [(when, kind) for when, kind, _, _ in events if when >= load.started]
    forwards = [when for when, kind in after if kind == counted]
    last_forward = max(forwards, default=None)
    span = last_forward - load.started if last_forward is not None else None
    return {
        "forwards": len(forwards),
        "acks": sum(1 for _, kind in after if kind == "ack"),
        "other": sum(1 for _, kind in after if kind == "other"),
        "last_forward_s": span,
        "messages_per_s": load.tally.accepted / span if span else None,
        "forwards_per_s": len(forwards) / span if span else None,
        "last_outbound_s": max((w for w, _ in after), default=load.started) - load.started,
        "drained_s": drained["drained_at"] - load.started,
        "drain_timed_out": drained["timed_out"],
    }


def summarise_big(load: LoadResult, rss_before_kb: int, peak_kb: int) -> dict[str, Any]:
    item = load.messages[0]
    size = len(item.raw)
    growth = (peak_kb - rss_before_kb) * 1024
    return {
        "bytes": size,
        "accepted": bool(item.accepted_at),
        "accept_s": item.accepted_at - item.first_try if item.accepted_at else None,
        "data_to_250_s": item.latencies[-1] if item.latencies else None,
        "replies": dict(load.tally.replies),
        "rss_before_mb": rss_before_kb / 1024,
        "rss_peak_mb": peak_kb / 1024,
        "rss_growth_mb": growth / MB,
        "rss_growth_x_size": growth / size,
    }


def ratios(systems: dict[str, dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    ours = systems.get("ours", {})
    out = {}
    for name, peer in systems.items():
        if name == "ours" or "accepted_per_s" not in peer:
            continue
        out[f"ours/{name}"] = {
            "accepted_per_s": _ratio(ours.get("accepted_per_s"), peer["accepted_per_s"]),
            # A sink's work ends at its 250; a relaying peer's when its mail reached the relay.
            "end_to_end_per_s": _ratio(_e2e(ours), _e2e(peer) or peer["accepted_per_s"]),
            "p99_data_to_250": _ratio(_p99(ours), _p99(peer)),
            "peak_rss": _ratio(ours.get("peak_rss_mb"), peer.get("peak_rss_mb")),
        }
    return out


def targets(systems: dict[str, dict[str, Any]], sessions: int) -> list[dict[str, Any]]:
    """The issue's targets, each with what was measured; `met` is information, not a verdict."""
    ours, fsync = systems.get("ours", {}), systems.get("fsync", {})
    postfix = systems.get("postfix", {})
    rows = [
        (
            "accepted/s ≥ 1.3 × fsync-per-message sink",
            1.3,
            "≥",
            _ratio(ours.get("accepted_per_s"), fsync.get("accepted_per_s")),
        ),
        (
            "end-to-end/s ≥ 1.0 × fsync-per-message sink",
            1.0,
            "≥",
            _ratio(_e2e(ours), fsync.get("accepted_per_s")),
        ),
        (
            "accepted/s ≥ 1.0 × Postfix (the issue's intent: match Postfix)",
            1.0,
            "≥",
            _ratio(ours.get("accepted_per_s"), postfix.get("accepted_per_s")),
        ),
        (
            "end-to-end/s ≥ 1.0 × Postfix relaying through its queue",
            1.0,
            "≥",
            _ratio(_e2e(ours), _e2e(postfix)),
        ),
        (f"p99 DATA-to-250 ≤ 50 ms at {sessions} sessions", 50.0, "≤", _p99(ours)),
        ("peak RSS ≤ 150 MB (10^6 bytes) under load", 150.0, "≤", _in_mb(ours.get("peak_rss_mb"))),
        ("big message raises peak RSS ≤ 3 × its size", 3.0, "≤", _big_growth(ours)),
    ]
    return [
        {
            "target": name,
            "threshold": limit,
            "measured": value,
            "met": None if value is None else (value >= limit if op == "≥" else value <= limit),
        }
        for name, limit, op, value in rows
    ]


def _big_growth(system: dict[str, Any]) -> float | None:
    """Growth over the message's size, the larger of accepting it and processing it."""
    big = system.get("big")
    if not big:
        return None
    growth = max(big["rss_growth_mb"], big.get("rss_growth_with_processing_mb") or 0.0)
    return float(growth * MB / big["bytes"])


def _in_mb(mib: float | None) -> float | None:
    return None if mib is None else mib * MB / 1e6


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _e2e(system: dict[str, Any]) -> float | None:
    value = system.get("end_to_end", {}).get("messages_per_s")
    return float(value) if value is not None else None


def _p99(system: dict[str, Any]) -> float | None:
    value = system.get("data_to_250_ms", {}).get("p99")
    return float(value) if value is not None else None


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def table(results: dict[str, Any]) -> str:
    """The readable summary printed at the end of a run."""
    env = results["environment"]
    fs, fsync = env["filesystem"], env["fsync"]
    lines = [
        f"file system {fs['type']} ({fs['stat_type']}) at {fs['path']}; fsync median "
        f"{fsync['median_ms']:.2f} ms (p90 {fsync['p90_ms']:.2f}); {env['cpu_count']} CPUs; "
        f"Python {env['python']}; postfix: {env['postfix']}",
        f"load: {results['settings']['messages']} messages, {results['settings']['sessions']}"
        f" sessions, {results['settings']['per_connection']} per connection",
        "",
        f"{'system':<13}{'acc/s':>9}{'e2e/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
        f"{'defer':>7}{'rej':>5}{'RSS MiB':>8}{'PSS MiB':>8}{'CPU s':>8}",
    ]
    for name, s in results["systems"].items():
        if "accepted_per_s" not in s:
            lines.append(f"{name:<13}{s.get('status', '-')}")
            continue
        d = s["data_to_250_ms"]
        lines.append(
            f"{name:<13}{_fmt(s['accepted_per_s']):>9}{_fmt(_e2e(s)):>9}{_fmt(d['p50']):>9}"
            f"{_fmt(d['p99']):>9}{_fmt(d['max']):>9}{s['tally']['deferred']:>7}"
            f"{s['tally']['rejected']:>5}{_fmt(s.get('peak_rss_mb')):>8}"
            f"{_fmt(s.get('pss_after_load_mb')):>8}"
            f"{_fmt(s.get('tree_cpu_s')):>8}"
        )
    lines += _ours_lines(results["systems"])
    lines += ["", "ratios of ours to each peer:"]
    for name, r in results["ratios"].items():
        lines.append("  " + name + ": " + ", ".join(f"{k} {_fmt(v, 2)}" for k, v in r.items()))
    lines += ["", "targets (reported, not asserted):"]
    for t in results["targets"]:
        mark = {True: "met", False: "SHORT", None: "n/a"}[t["met"]]
        lines.append(f"  [{mark:>5}] {t['target']}: measured {_fmt(t['measured'], 2)}")
    return "\n".join(lines)


def _ours_lines(systems: dict[str, Any]) -> list[str]:
    lines = []
    if e2e := systems.get("ours", {}).get("end_to_end"):
        lines.append(
            f"ours end to end: {e2e['forwards']} forwards, {e2e['acks']} acks, {e2e['other']}"
            f" other; last forward at {_fmt(e2e['last_forward_s'], 2)} s, drained at "
            f"{_fmt(e2e['drained_s'], 2)} s"
        )
    for name, s in systems.items():
        if big := s.get("big"):
            lines.append(
                f"{name} big message: {big['bytes'] / 1e6:.1f} MB, accepted={big['accepted']} in "
                f"{_fmt(big['accept_s'], 2)} s, RSS +{_fmt(big['rss_growth_mb'])} MiB on accept"
                + (
                    f", +{_fmt(big['rss_growth_with_processing_mb'])} MiB with processing"
                    f" (done at {_fmt(big['processed_s'], 2)} s)"
                    if "processed_s" in big
                    else ""
                )
            )
    return lines

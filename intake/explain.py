"""`intake explain` and `intake eval`: what would happen to a message, sending nothing.

Both run the same `analyse` as the service, so an admin sees the service's own reasoning.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.analyse import Analysis, analyse
from intake.listener import normalise_line_endings
from intake.models import Envelope, Kind
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy

NOT_AN_ENQUIRY = "not_an_enquiry"


@dataclass(frozen=True)
class Explained:
    file: str
    record: dict[str, Any]


def explain_file(path: Path, rules: Rules, policy: ScreenPolicy, at: datetime | None) -> Explained:
    raw = normalise_line_endings(path.read_bytes())  # as the listener stores it
    envelope = Envelope(
        mail_from=_return_path(raw), rcpt_tos=(), received_at=at or datetime.now(UTC)
    )
    try:
        analysis = analyse(raw, envelope, rules, policy, at)
    except MessageTooComplex as error:
        return Explained(str(path), _quarantined(str(path), f"too complex: {error}"))
    return Explained(str(path), to_record(str(path), analysis))


def _return_path(raw: bytes) -> str:
    """A saved .eml has no envelope; its Return-Path (written at delivery) stands in for it."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    match = re.search(rb"(?im)^return-path:\s*<([^>\r\n]*)>", head)
    if match is None:
        return "sender@unknown.invalid"
    return match.group(1).decode("ascii", "replace")


def _quarantined(file: str, reason: str) -> dict[str, Any]:
    return {
        "file": file,
        "kind": "quarantined",
        "language": None,
        "topic": None,
        "confidence": None,
        "scores": {},
        "evidence": [],
        "case": None,
        "route": {"to": [], "cc": []},
        "acknowledge": False,
        "reason": reason,
    }


def to_record(file: str, analysis: Analysis) -> dict[str, Any]:
    c = analysis.classification
    route = analysis.route
    return {
        "file": file,
        "kind": analysis.kind.value,
        "language": c.language if c else None,
        "topic": c.topic if c else ("general" if analysis.kind is Kind.INTERNAL else None),
        "confidence": round(c.confidence, 3) if c else None,
        "scores": {k: round(v, 3) for k, v in c.scores.items()} if c else {},
        "evidence": [e.model_dump() for e in c.evidence] if c else [],
        "case": None,
        "route": {
            "to": [r.address for r in route.to] if route else [],
            "cc": [r.address for r in route.cc] if route else [],
        },
        "acknowledge": analysis.kind is Kind.ENQUIRY and analysis.screening.acknowledge_allowed,
        "reason": analysis.reason,
        "flags": list(analysis.screening.flags),
    }


def render_text(record: dict[str, Any]) -> str:
    lines = [
        f"{record['file']}: {record['kind']}"
        + (
            f" → {record['topic']} ({record['confidence']:.0%})"
            if record["topic"] and record["confidence"] is not None
            else ""
        )
    ]
    lines.append(f"  reason: {record['reason']}")
    if record["language"]:
        lines.append(f"  language: {record['language']}")
    for item in record["evidence"][:15]:
        lines.append(
            f'  + {item["topic"]}: "{item["term"]}" in {item["where"]} (weight {item["weight"]})'
        )
    if record["route"]["to"]:
        lines.append(f"  to: {', '.join(record['route']['to'])}")
        if record["route"]["cc"]:
            lines.append(f"  cc: {', '.join(record['route']['cc'])}")
    lines.append(f"  acknowledge: {'yes' if record['acknowledge'] else 'no'}")
    return "\n".join(lines)


def predicted_label(record: dict[str, Any]) -> str:
    if record["kind"] in {k.value for k in Kind if k.is_noise} or record["kind"] == "quarantined":
        return NOT_AN_ENQUIRY
    return str(record["topic"] or "general")


def evaluate(folder: Path, rules: Rules, policy: ScreenPolicy) -> dict[str, Any]:
    """Accuracy, per-topic precision/recall, confusion matrix and errors over `labels.json`."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    errors = []
    for name in sorted(labels):
        gold = labels[name]["topic"] if isinstance(labels[name], dict) else labels[name]
        record = explain_file(folder / name, rules, policy, None).record
        predicted = predicted_label(record)
        confusion[gold][predicted] += 1
        if predicted != gold:
            errors.append(
                {"file": name, "gold": gold, "predicted": predicted, "reason": record["reason"]}
            )
    total = sum(sum(row.values()) for row in confusion.values())
    correct = sum(confusion[g][g] for g in confusion)
    topics = sorted(set(confusion) | {p for row in confusion.values() for p in row})
    per_topic = {}
    for topic in topics:
        predicted_n = sum(confusion[g][topic] for g in confusion)
        support = sum(confusion[topic].values())
        hit = confusion[topic][topic]
        per_topic[topic] = {
            "precision": round(hit / predicted_n, 3) if predicted_n else 0.0,
            "recall": round(hit / support, 3) if support else 0.0,
            "support": support,
        }
    noise_routed = sum(n for p, n in confusion[NOT_AN_ENQUIRY].items() if p != NOT_AN_ENQUIRY)
    return {
        "accuracy": round(correct / total, 4) if total else 0.0,
        "total": total,
        "per_topic": per_topic,
        "confusion": {g: dict(row) for g, row in sorted(confusion.items())},
        "errors": errors,
        "noise_routed": noise_routed,
    }


def render_eval(report: dict[str, Any]) -> str:
    lines = [
        f"accuracy: {report['accuracy']:.1%} of {report['total']} messages",
        f"not_an_enquiry routed to people: {report['noise_routed']}",
        "",
        f"{'topic':<24}{'precision':>10}{'recall':>8}{'support':>9}",
    ]
    for topic, m in report["per_topic"].items():
        lines.append(f"{topic:<24}{m['precision']:>10.2f}{m['recall']:>8.2f}{m['support']:>9}")
    topics = list(report["per_topic"])
    lines += [
        "",
        "confusion (rows gold, columns predicted):",
        " " * 24 + "".join(f"{t[:8]:>9}" for t in topics),
    ]
    for gold, row in report["confusion"].items():
        lines.append(f"{gold:<24}" + "".join(f"{row.get(t, 0):>9}" for t in topics))
    if report["errors"]:
        lines += ["", "errors:"]
        lines += [
            f"  {e['file']}: {e['gold']} → {e['predicted']} ({e['reason']})"
            for e in report["errors"]
        ]
    return "\n".join(lines)

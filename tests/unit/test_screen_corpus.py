"""Screening over the labelled dev corpus: noise is screened out, enquiries are not."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.models import Envelope, Screening
from intake.parse import parse_message
from intake.screen import ScreenPolicy, screen

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus" / "dev"
POLICY = ScreenPolicy(
    own_addresses=frozenset({"intake@ccm-isu.example", "no-reply@ccm-isu.example"}),
    own_domains=frozenset({"ccm-isu.example"}),
    message_id_domain="ccm-isu.example",
)


def _labels() -> dict[str, str]:
    if not (CORPUS / "labels.json").is_file():
        return {}
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    return {name: entry["topic"] for name, entry in sorted(labels.items())}


LABELS = _labels()
pytestmark = pytest.mark.skipif(not LABELS, reason=f"dev corpus not found at {CORPUS}")


def _screen(name: str) -> Screening:
    parsed = parse_message((CORPUS / name).read_bytes())
    # A file has no SMTP envelope: the Return-Path that delivery recorded stands in for it.
    return_path = parsed.header("return-path")
    if return_path is not None:
        mail_from = return_path.strip().strip("<>")
    else:
        mail_from = parsed.from_address or ""
    envelope = Envelope(
        mail_from=mail_from,
        rcpt_tos=("intake@ccm-isu.example",),
        received_at=datetime(2026, 6, 1, tzinfo=UTC),
    )
    return screen(parsed, envelope, POLICY)


@pytest.mark.parametrize("name", [n for n, topic in LABELS.items() if topic == "not_an_enquiry"])
def test_not_an_enquiry_is_screened_as_noise(name: str) -> None:
    result = _screen(name)
    assert result.kind.is_noise, f"{name}: {result.kind} ({result.reason})"
    assert not result.acknowledge_allowed


@pytest.mark.parametrize("name", [n for n, topic in LABELS.items() if topic != "not_an_enquiry"])
def test_enquiry_is_not_screened_as_noise(name: str) -> None:
    result = _screen(name)
    assert not result.kind.is_noise, f"{name}: {result.kind} ({result.reason})"

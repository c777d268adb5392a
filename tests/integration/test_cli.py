"""The `intake` command over a real store and the shipped rules."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from intake.app import App
from intake.cli import main
from tests.conftest import ROOT, Clock, RelaySink
from tests.helpers import enquiry, send
from tests.integration.test_core import drain


@pytest.fixture
def use_store(intake: App, monkeypatch: pytest.MonkeyPatch) -> App:
    """Point the command line at the running intake's store, rules and templates."""
    monkeypatch.setenv("INTAKE_STORE__PATH", str(intake.settings.store.path))
    monkeypatch.setenv("INTAKE_RULES__DIR", str(ROOT / "routing_rules"))
    monkeypatch.setenv("INTAKE_TEMPLATES__DIR", str(ROOT / "templates"))
    monkeypatch.setenv("INTAKE_SMTP__INTAKE_ADDRESSES", '["intake@ccm-isu.example"]')
    return intake


def test_rules_check_passes_the_shipped_rules_with_warnings_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        [
            "rules",
            "check",
            "--rules",
            str(ROOT / "routing_rules"),
            "--templates",
            str(ROOT / "templates"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "ok" in out.splitlines()[-1]


def test_rules_check_names_file_and_key_of_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "routing_rules", rules)
    topic = rules / "topics" / "clearance.toml"
    topic.write_text(
        topic.read_text(encoding="utf-8").replace(
            '"clearance-coordinators"', '"clearance-coordinatorz"', 1
        ),
        encoding="utf-8",
    )
    code = main(["rules", "check", "--rules", str(rules), "--templates", str(ROOT / "templates")])
    out = capsys.readouterr().out
    assert code == 1
    assert any(
        line.startswith("topics/clearance.toml: route") and "clearance-coordinatorz" in line
        for line in out.splitlines()
    )


def test_explain_json_has_the_documented_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(enquiry().as_bytes())
    assert main(["explain", "--json", str(eml)]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    for key in (
        "file",
        "kind",
        "language",
        "topic",
        "confidence",
        "scores",
        "evidence",
        "case",
        "route",
        "acknowledge",
        "reason",
    ):
        assert key in record
    assert record["kind"] == "enquiry" and record["topic"] == "clearance"
    assert record["route"]["to"] and record["acknowledge"] is True
    assert {"topic", "term", "where", "weight"} <= set(record["evidence"][0])


def test_eval_json_reports_accuracy_per_topic_and_confusion(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "--json", str(corpus)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"accuracy", "per_topic", "confusion", "errors"} <= set(report)
    assert report["total"] == len(json.loads((corpus / "labels.json").read_text()))


async def test_cases_list_and_show_describe_a_routed_case(
    use_store: App, sink: RelaySink, capsys: pytest.CaptureFixture[str]
) -> None:
    await send(use_store.port, enquiry())
    await drain(use_store)
    assert main(["cases", "list", "--json"]) == 0
    [case] = json.loads(capsys.readouterr().out)
    assert main(["cases", "show", case["ref"], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["topic"] == "clearance" and shown["acknowledged"] is True
    assert [m["kind"] for m in shown["messages"]] == ["enquiry"]
    assert {o["kind"] for o in shown["outbound"]} == {"forward", "ack"}


async def test_queue_lists_dead_letters_and_retry_makes_them_due(
    use_store: App, sink: RelaySink, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    sink.data_reply = "550 5.7.1 no"
    await send(use_store.port, enquiry())
    await drain(use_store)
    assert main(["queue", "list", "--json"]) == 0
    dead = [r for r in json.loads(capsys.readouterr().out) if r["state"] == "dead"]
    assert len(dead) == 2
    sink.data_reply = None
    assert main(["queue", "retry", dead[0]["id"]]) == 0
    clock.now = time.time() + 1  # the command line stamps real time
    await drain(use_store)
    assert len(sink.messages) == 1


async def test_rules_diff_lists_messages_whose_route_would_change(
    use_store: App, sink: RelaySink, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await send(use_store.port, enquiry())
    await drain(use_store)
    candidate = tmp_path / "candidate"
    shutil.copytree(ROOT / "routing_rules", candidate)
    topic = candidate / "topics" / "clearance.toml"
    topic.write_text(
        topic.read_text(encoding="utf-8").replace(
            'to = ["clearance-coordinators"]', 'to = ["legislation-coordinators"]', 1
        ),
        encoding="utf-8",
    )
    assert main(["rules", "diff", "--against", str(candidate), "--json"]) == 0
    [change] = json.loads(capsys.readouterr().out)
    assert change["topic"] == {"now": "clearance", "candidate": "clearance"}
    assert change["to"]["now"] != change["to"]["candidate"]
    assert main(["rules", "diff", "--against", str(ROOT / "routing_rules")]) == 0
    assert "no stored message" in capsys.readouterr().out


def test_status_without_a_store_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTAKE_STORE__PATH", str(tmp_path / "none.sqlite3"))
    assert main(["status"]) == 2
    assert "no store yet" in capsys.readouterr().err


def test_bad_configuration_names_the_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "intake.toml"
    config.write_text("[smtp]\nlisen = '127.0.0.1:25'\n", encoding="utf-8")
    assert main(["--config", str(config), "status"]) == 2
    assert f"{config}: smtp.lisen" in capsys.readouterr().err


async def test_status_shows_listener_counts_and_whether_acks_are_paused(
    use_store: App,
    sink: RelaySink,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await send(use_store.port, enquiry())
    await drain(use_store)
    monkeypatch.setenv("INTAKE_HTTP__LISTEN", "127.0.0.1:9")  # nothing answers there
    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["service"].startswith("not answering")
    assert status["open_cases"] == 1 and status["dead_letters"] == 0
    assert status["acks_paused"] is False and "listener" in status

"""Hot reload while serving: a good edit takes effect, a broken one is refused and reported."""

from __future__ import annotations

import shutil
from pathlib import Path

import aiosmtplib
import pytest
from structlog.testing import capture_logs

from intake.app import App
from tests.conftest import INTAKE, ROOT, Clock, RelaySink, intake_settings
from tests.helpers import enquiry
from tests.integration.test_process import until


@pytest.fixture
async def served(tmp_path: Path, sink: RelaySink, clock: Clock) -> App:
    shutil.copytree(ROOT / "routing_rules", tmp_path / "rules")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    settings = intake_settings(
        tmp_path,
        sink.port,
        rules={"dir": tmp_path / "rules"},
        templates={"dir": tmp_path / "templates"},
    )
    app = App(settings, clock=clock)
    await app.start()  # with the watcher and workers running
    yield app
    await app.stop()


def add_keyword(rules: Path, topic: str, term: str) -> None:
    path = rules / "topics" / f"{topic}.toml"
    text = path.read_text(encoding="utf-8")
    assert "\nen = [\n" in text
    edited = text.replace("\nen = [\n", f'\nen = [\n  {{ term = "{term}", weight = 50 }},\n', 1)
    path.write_text(edited, encoding="utf-8")


async def test_valid_edit_takes_effect_without_dropping_a_connection(
    served: App, sink: RelaySink
) -> None:
    rules_dir = served.settings.rules.dir
    before = served.rulebook.rules().version
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=served.port, timeout=10)
    await client.connect()
    await client.ehlo()

    add_keyword(rules_dir, "legislation", "zzquorum")
    assert served.rulebook.reload() == []  # what SIGHUP does; the watcher does it too
    assert served.rulebook.rules().version != before

    message = enquiry(subject="zzquorum", body="Please advise on the zzquorum question.")
    await client.sendmail("ana.pereira@mod.example.org", [INTAKE], message.as_bytes())
    client.close()
    await until(lambda: len(sink.messages) >= 2)
    assert sink.of_kind("forward")[0].message["X-Intake-Topic"] == "legislation"


async def test_broken_edit_is_rejected_and_the_last_good_rules_keep_routing(
    served: App, sink: RelaySink
) -> None:
    before = served.rulebook.rules().version
    roster = served.settings.rules.dir / "roster.toml"
    roster.write_text(roster.read_text(encoding="utf-8") + "\n[broken\n", encoding="utf-8")
    with capture_logs() as logs:
        problems = served.rulebook.reload()
    assert problems and all(line.startswith("roster.toml:") for line in problems[:1])
    assert any(e["event"] == "rules.rejected" for e in logs)
    assert served.rulebook.rules().version == before

    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=served.port, timeout=10)
    await client.connect()
    await client.sendmail("ana.pereira@mod.example.org", [INTAKE], enquiry().as_bytes())
    client.close()
    await until(lambda: len(sink.messages) >= 2)


async def test_file_change_is_picked_up_by_the_watcher(served: App) -> None:
    before = served.rulebook.rules().version
    guidance = served.settings.templates.dir / "ack" / "en.txt.j2"
    guidance.write_text(guidance.read_text(encoding="utf-8") + "\nWith thanks.\n", encoding="utf-8")
    routing = served.settings.rules.dir / "routing.toml"
    routing.write_text(routing.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    await until(lambda: served.rulebook.rules().version != before)


async def test_template_that_fails_to_render_is_refused(served: App) -> None:
    ack = served.settings.templates.dir / "ack" / "en.txt.j2"
    ack.write_text("Dear {{ ticket.nmber }}", encoding="utf-8")
    problems = served.rulebook.reload()
    assert any("en.txt.j2" in line and "undefined" in line for line in problems)
    assert served.rulebook.templates().render(
        "ack/en.txt.j2",
        {
            "sender_name": "",
            "case_ref": "X",
            "topic_label": "t",
            "handled_by": "h",
            "guidance": "",
            "resources": [],
            "intake_address": "i",
        },
    )


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ ('{0.__class__.__mro__}'|attr('format'))('') }}",
        "{{ 'a'|center(10**9) }}",
        "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
        "{{ '{0.__class__}'.format_map(x) }}",
        "{{ range(10**9)|list }}",
        "{{ 'a' * 10**9 }}",
    ],
)
async def test_sandbox_escapes_in_admin_templates_are_refused(served: App, expression: str) -> None:
    ack = served.settings.templates.dir / "ack" / "en.html.j2"
    ack.write_text(expression, encoding="utf-8")
    assert served.rulebook.reload()

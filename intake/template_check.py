"""Validation of admin templates: each is rendered with sample values, in a child process.

A child with a time and memory limit is the only sure cap on what a template may cost (the
jinja2 sandbox blocks escapes, not `'a'|center(10**9)` or nested loops), so a hostile or
careless edit is refused at save time and never reaches the service.
"""

from __future__ import annotations

import hashlib
import json
import resource
import subprocess
import sys
from pathlib import Path

from intake.mailout import ack_context
from intake.notices import SAMPLES as NOTICE_SAMPLES
from intake.rules import Rules, RulesError, load_rules
from intake.templates import FORWARD_SUMMARY, TemplateProblem, Templates

RENDER_SECONDS = 10
RENDER_MEMORY = 1 << 30  # bytes of address space for the checking child


def render_all(directory: Path, rules: Rules | None) -> list[str]:
    """Load the templates and render each with a sample context; one line per problem."""
    try:
        templates = Templates(directory)
    except TemplateProblem as error:
        return [str(error)]
    problems: list[str] = []
    topics = list(rules.topics) if rules else []
    for lang in templates.ack_languages:
        for name in (f"ack/{lang}.txt.j2", f"ack/{lang}.html.j2"):
            if rules is None:
                continue
            for topic in topics:
                context = ack_context(templates, rules, lang, "CCM-2026-0001", topic, "a@b.c")
                context["sender_name"] = "Sample Sender"
                try:
                    templates.render(name, context)
                except TemplateProblem as error:
                    problems.append(str(error))
                    break
    samples = {FORWARD_SUMMARY: sample_summary_context()}
    samples |= {f"notice/{name}.txt.j2": context for name, context in NOTICE_SAMPLES.items()}
    for name, context in samples.items():
        try:
            templates.render(name, context)
        except TemplateProblem as error:
            problems.append(str(error))
    return problems


def sample_summary_context() -> dict[str, object]:
    return {
        "case_ref": "CCM-2026-0001",
        "topic": "clearance",
        "topic_label": "Clearance",
        "follow_up": False,
        "kind": "enquiry",
        "sender": "a@example.org",
        "sender_name": "Sample",
        "subject": "Sample",
        "reason": "sample",
        "classification": {
            "topic": "clearance",
            "confidence": 0.9,
            "scores": {"clearance": 5.0},
            "evidence": [{"topic": "clearance", "term": "survey", "where": "body", "weight": 1}],
            "language": "en",
            "reason": "sample",
        },
        "flags": [],
        "to_roles": ["clearance-coordinators"],
        "cc_roles": ["isu"],
        "attachments": ["report.pdf"],
        "note": "Rerouted by an admin on 2026-09-22: it belongs to Clearance.",
    }


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (RENDER_MEMORY, RENDER_MEMORY))


def check_templates(
    templates_dir: Path, rules_dir: Path, timezone: str, with_rules: bool
) -> list[str]:
    """Problem lines for the templates, rendered in a child with time and memory caps.

    The verdict is remembered by content, so unchanged files are not rendered again.
    """
    key = (_digest(templates_dir, rules_dir), timezone, with_rules)
    if key not in _verdicts:
        _verdicts[key] = _check_in_child(templates_dir, rules_dir, timezone, with_rules)
    return list(_verdicts[key])


_verdicts: dict[tuple[str, str, bool], list[str]] = {}


def _digest(*folders: Path) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(folder)).encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _check_in_child(
    templates_dir: Path, rules_dir: Path, timezone: str, with_rules: bool
) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "intake.template_check",
        str(templates_dir),
        str(rules_dir),
        timezone,
        "1" if with_rules else "0",
    ]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=RENDER_SECONDS,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return [
            f"{templates_dir}: rendering took longer than {RENDER_SECONDS} s"
            " (a loop or an expression too large?)"
        ]
    if done.returncode != 0:
        return [f"{templates_dir}: rendering failed or used too much memory"]
    lines: list[str] = json.loads(done.stdout)
    return lines


def main(argv: list[str]) -> int:
    templates_dir, rules_dir, timezone, with_rules = argv
    rules = None
    if with_rules == "1":
        try:
            rules = load_rules(Path(rules_dir), timezone=timezone)
        except RulesError:
            rules = None
    print(json.dumps(render_all(Path(templates_dir), rules)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

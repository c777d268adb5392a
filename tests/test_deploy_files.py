"""The deployment files: Dockerfile and docker-compose.yml are well-formed, agree with each other
and with the settings, and name only files that exist (Docker itself does not run here)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from intake.settings import Settings, load_settings
from tests.conftest import ROOT


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    result = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            result.append((word.upper(), rest.strip()))
    return result


def dockerfile(word: str) -> list[str]:
    return [rest for name, rest in instructions() if name == word]


@pytest.fixture
def compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def settings_from(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_settings(None)


def dockerfile_env() -> dict[str, str]:
    pairs = [item.split("=", 1) for rest in dockerfile("ENV") for item in shlex.split(rest)]
    return {name: value for name, value in pairs}


def test_dockerfile_builds_on_python_311_slim_and_runs_intake_serve() -> None:
    assert dockerfile("FROM") == ["python:3.11-slim"]
    assert [json.loads(cmd) for cmd in dockerfile("CMD")] == [["intake", "serve"]]
    assert any("pip install ." in run for run in dockerfile("RUN"))
    assert set(" ".join(dockerfile("EXPOSE")).split()) == {"2525", "8025"}


def test_dockerfile_runs_as_a_user_that_is_not_root() -> None:
    users = dockerfile("USER")
    assert users and users[-1] not in ("root", "0")
    assert any("useradd" in run and users[-1] in run for run in dockerfile("RUN"))


def test_dockerfile_copies_only_files_that_exist_and_are_not_docker_ignored() -> None:
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    for rest in dockerfile("COPY"):
        *sources, _target = shlex.split(rest)
        for source in sources:
            assert (ROOT / source).exists(), source
            assert source.rstrip("/") not in ignored, source


def test_dockerfile_environment_is_valid_settings_with_the_store_on_its_volume(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {k: v for k, v in dockerfile_env().items() if k.startswith("INTAKE_")}
    settings = settings_from(env, monkeypatch)
    volume = json.loads(dockerfile("VOLUME")[0])[0]
    assert settings.store.path.parent == Path(volume)
    assert settings.smtp.listen == "0.0.0.0:2525" and settings.http.listen == "0.0.0.0:8025"


def test_compose_runs_the_intake_from_the_dockerfile_and_mailpit(compose: dict[str, Any]) -> None:
    intake, mailpit = compose["services"]["intake"], compose["services"]["mailpit"]
    build = intake["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).is_file()
    assert mailpit["image"].split(":")[0] == "axllent/mailpit"
    assert "8025:8025" in mailpit["ports"]  # Mailpit's web UI
    assert "8025" not in [p.split(":")[0] for p in intake["ports"]]  # ours must not clash


def test_compose_mounts_exist_and_the_store_is_a_named_volume(compose: dict[str, Any]) -> None:
    intake = compose["services"]["intake"]
    env = intake["environment"]
    mounts = dict(m.split(":")[1::-1] for m in intake["volumes"])  # target -> source
    for source in mounts.values():
        if source.startswith((".", "/")):
            assert (ROOT / source).exists(), source
        else:
            assert source in compose["volumes"], source
    assert mounts[env["INTAKE_RULES__DIR"]] == "./routing_rules"
    assert mounts[env["INTAKE_TEMPLATES__DIR"]] == "./templates"
    store_dir = str(Path(env["INTAKE_STORE__PATH"]).parent)
    assert mounts[store_dir] in compose["volumes"]


def test_compose_configuration_is_valid_intake_settings_relaying_to_mailpit(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    intake = compose["services"]["intake"]
    env = {k: str(v) for k, v in intake["environment"].items()}
    assert all(name.startswith("INTAKE_") for name in env)
    settings = settings_from(env, monkeypatch)
    assert settings.delivery.relay == "smtp://mailpit:1025"
    assert settings.smtp.host_port[0] == "0.0.0.0"
    published = {p.split(":")[1] for p in intake["ports"]}
    assert {str(settings.smtp.host_port[1]), settings.http.listen.rpartition(":")[2]} <= published

"""`intake serve --loop`: uvloop where installed, the standard loop on request or without it."""

from __future__ import annotations

import asyncio
import sys

import pytest

from intake.cli import main
from intake.event_loop import LoopUnavailable, loop_name, run, running_loop_name


def _without_uvloop(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows, for which uvloop is not built: `import uvloop` fails."""
    monkeypatch.setitem(sys.modules, "uvloop", None)


def test_auto_is_uvloop_where_installed_and_asyncio_on_request() -> None:
    assert loop_name("auto") == "uvloop"  # a project dependency on Linux
    assert loop_name("uvloop") == "uvloop"
    assert loop_name("asyncio") == "asyncio"


def test_auto_falls_back_to_the_standard_loop_without_uvloop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _without_uvloop(monkeypatch)
    assert loop_name("auto") == "asyncio"
    with pytest.raises(LoopUnavailable, match="uvloop is not installed"):
        loop_name("uvloop")


@pytest.mark.parametrize("name", ["uvloop", "asyncio"])
def test_run_runs_the_coroutine_on_the_named_loop(name: str) -> None:
    seen: list[str] = []

    async def main() -> None:
        await asyncio.sleep(0)
        seen.append(running_loop_name())

    run(main(), name)
    assert seen == [name]


def test_serve_loop_uvloop_without_it_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _without_uvloop(monkeypatch)
    assert main(["serve", "--loop", "uvloop"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "intake: --loop uvloop: uvloop is not installed (pip install uvloop)"

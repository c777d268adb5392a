"""Reading one rule file: TOML syntax, then shape, each slip reported as a `Problem`.

`rules` calls this for every file; `rules_check` adds the problems of meaning.
"""

from __future__ import annotations

import copy
import difflib
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from intake.models import Frozen
from intake.rules_schema import known_keys
from intake.rules_toml import KeyLines, KeyPath, format_path

Severity = Literal["error", "warning"]
M = TypeVar("M", bound=BaseModel)

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


class Problem(Frozen):
    """One finding of `rules check`: an error rejects the rules, a warning does not."""

    file: str  # relative to the rules directory, e.g. "topics/clearance.toml"
    where: str  # key path and line, e.g. "roles.isu[0].until (line 12)"
    what: str
    severity: Severity = "error"
    line: int | None = None  # also inside `where`; kept apart so findings sort by position

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.what}"


@dataclass(frozen=True)
class Source:
    """One rule file as read: its name, bytes, parsed TOML and key positions."""

    file: str
    raw: bytes
    data: dict[str, Any]
    lines: KeyLines

    def problem(self, path: KeyPath, what: str, severity: Severity = "error") -> Problem:
        line = self.lines.line_of(path)
        where = format_path(path) if path else ""
        if line is not None:
            where = f"{where} (line {line})" if where else f"line {line}"
        return Problem(
            file=self.file, where=where or "(file)", what=what, severity=severity, line=line
        )


def read_source(directory: Path, file: str) -> tuple[Source | None, list[Problem]]:
    """Read and parse one file; on failure the problems say why and no source is returned."""
    try:
        raw = (directory / file).read_bytes()
    except FileNotFoundError:
        return None, [Problem(file=file, where="(file)", what="the file is missing")]
    except OSError as exc:
        return None, [Problem(file=file, where="(file)", what=f"cannot be read: {exc.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        what = "is not UTF-8 text: save the file as UTF-8"
        return None, [Problem(file=file, where=f"line {line}", what=what, line=line)]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return None, [_syntax_problem(file, str(exc))]
    return Source(file=file, raw=raw, data=data, lines=KeyLines(text)), []


def _syntax_problem(file: str, message: str) -> Problem:
    match = _TOML_POSITION.search(message)
    line = int(match.group(1)) if match else None
    what = f"TOML syntax error: {_TOML_POSITION.sub('', message)}"
    return Problem(file=file, where=f"line {line}" if line else "(file)", what=what, line=line)


def validate(source: Source, model: type[M]) -> tuple[M | None, list[Problem]]:
    """Check the file's shape; every missing, misspelt or wrongly typed key is a problem.

    When unknown keys are the only slips, the file without them is still returned so that
    its other mistakes are found in the same check; its problems still reject the rules.
    """
    try:
        return model.model_validate(source.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
    keys = known_keys(model)
    problems = [source.problem(tuple(error["loc"]), _describe(error, keys)) for error in errors]
    if any(error["type"] != "extra_forbidden" for error in errors):
        return None, problems
    return model.model_validate(_without(source.data, [e["loc"] for e in errors])), problems


def _without(data: dict[str, Any], paths: list[tuple[str | int, ...]]) -> dict[str, Any]:
    """A copy of `data` with the keys at `paths` removed (the unknown keys of a file)."""
    pruned = copy.deepcopy(data)
    for path in paths:
        parent: Any = pruned
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
    return pruned


def _describe(error: Any, keys: set[str]) -> str:
    kind = error["type"]
    if kind == "missing":
        return "a required key is missing"
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        close = difflib.get_close_matches(key, sorted(keys), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return f"unknown key '{key}'{hint}"
    message = str(error["msg"]).replace("Input should be", "should be")
    return f"{message}, not {_toml_kind(error.get('input'))}"


def _toml_kind(value: object) -> str:
    """Name a TOML value the way an admin sees it in the file."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'the text "{shown}"'
    if isinstance(value, date):
        return f"the date/time {value.isoformat()}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__

"""Admin-edited jinja2 templates, rendered in a sandbox with StrictUndefined.

HTML templates autoescape; text templates do not. Header values never come from a template
unsanitised: `compose` cleans them. Every template is rendered with a sample context at load,
so an edit that would fail on real mail is refused before it is used.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from jinja2 import DictLoader, StrictUndefined, TemplateError, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

MAX_OUTPUT = 200_000  # characters; a rendered ack or summary larger than this is refused
MAX_SEQUENCE = 100_000  # like the sandbox's MAX_RANGE, for `*` and `**` on strings and lists

FORWARD_SUMMARY = "forward/summary.txt.j2"


class TemplateProblem(Exception):
    """A template could not be loaded or rendered; `str()` names the file and what is wrong."""


class _Environment(SandboxedEnvironment):
    """The sandbox, plus caps on operators that can allocate without bound."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator in ("*", "**") and _too_big(operator, left, right):
            raise TemplateProblem(f"expression {operator!r} would produce too large a value")
        return super().call_binop(context, operator, left, right)


def _too_big(operator: str, left: Any, right: Any) -> bool:
    if operator == "**":
        return isinstance(right, int) and abs(right) > 64
    sized = left if isinstance(left, str | list | tuple) else right
    count = right if sized is left else left
    return (
        isinstance(count, int)
        and isinstance(sized, str | list | tuple)
        and (count * max(len(sized), 1) > MAX_SEQUENCE)
    )


class Templates:
    """The loaded template folder: ack templates per language, the forward summary, strings."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.env = _Environment(
            # Read once into memory: the snapshot must not change when the files do.
            loader=DictLoader(_read_all(directory)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(enabled_extensions=("html", "html.j2")),
            keep_trailing_newline=True,
        )
        self.strings = _load_strings(directory / "ack" / "strings.toml")

    @property
    def ack_languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.strings))

    def ack_language(self, language: str) -> str:
        """The language to answer in: the sender's when we have it, else English."""
        return language if language in self.strings else "en"

    def render(self, name: str, context: dict[str, Any]) -> str:
        try:
            text = self.env.get_template(name).render(context)
        except TemplateProblem as error:
            raise TemplateProblem(f"{self.directory / name}: {error}") from None
        except TemplateError as error:
            raise TemplateProblem(f"{self.directory / name}: {error}") from None
        if len(text) > MAX_OUTPUT:
            raise TemplateProblem(f"{self.directory / name}: rendered text is too large")
        return text

    def string(self, language: str, key: str) -> str:
        table = self.strings.get(language) or self.strings["en"]
        value = table.get(key, self.strings["en"].get(key, key))
        return str(value)


def _read_all(directory: Path) -> dict[str, str]:
    try:
        return {
            path.relative_to(directory).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(directory.rglob("*.j2"))
        }
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateProblem(f"{directory}: {error}") from None


def _load_strings(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TemplateProblem(f"{path}: file missing") from None
    except tomllib.TOMLDecodeError as error:
        raise TemplateProblem(f"{path}: {error}") from None
    if "en" not in data:
        raise TemplateProblem(f"{path}: [en]: the English strings are required (the fallback)")
    return {lang: table for lang, table in data.items() if isinstance(table, dict)}

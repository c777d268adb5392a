"""The shape of each file in `routing_rules/`, exactly as an admin writes it.

`rules` validates the parsed TOML against these (strict types, unknown keys refused) before
`rules_check` looks at meaning and `rules` builds the immutable `Rules` snapshot.
"""

from __future__ import annotations

import typing
from datetime import date

from pydantic import BaseModel, ConfigDict, Field

Texts = dict[str, str]  # language code -> text


class FileModel(BaseModel):
    # strict: a quoted date or a number written as text is an admin's slip, not something
    # to guess about; forbid: a misspelt key (`sginals`) must be reported, not ignored.
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class ContactEntry(FileModel):
    name: str
    email: str


class TermEntry(FileModel):
    start: date = Field(alias="from")
    until: date | None = None
    members: list[str]


class RosterFile(FileModel):
    contacts: dict[str, ContactEntry]
    roles: dict[str, list[TermEntry]]


class RouteEntry(FileModel):
    to: list[str]
    cc: list[str] = []


class ResourceEntry(FileModel):
    title: Texts
    url: str


class SignalEntry(FileModel):
    term: str
    weight: float


class TopicFile(FileModel):
    id: str
    label: Texts
    articles: list[int] = []
    route: RouteEntry
    signals: dict[str, list[SignalEntry]] = {}
    resources: list[ResourceEntry] = []
    guidance: Texts = {}


class GeneralEntry(FileModel):
    label: Texts
    route: RouteEntry
    # requests the ISU handles itself whatever topic they name (sponsorship, visas, ...)
    signals: dict[str, list[SignalEntry]] = {}
    resources: list[ResourceEntry] = []
    guidance: Texts = {}


# Article 7 reports and Article 9 laws are about the other obligations: in a request that names
# one of these topics strongly, the other topics named with it are what is reported or legislated
# on (see `classify`). The default when the key is absent, which is not checked against the topic
# files: a rule set without these topics simply has nothing they frame.
DEFAULT_FRAMING_TOPICS = ("reporting", "legislation")


class ClassificationEntry(FileModel):
    threshold: float
    min_score: float
    languages: list[str]
    fallback_role: str = "isu"
    framing_topics: list[str] | None = None  # None: `DEFAULT_FRAMING_TOPICS`


class WeightsEntry(FileModel):
    subject: float
    body: float
    quoted: float
    attachment: float
    forwarded: float
    article: float


class RoutingFile(FileModel):
    general: GeneralEntry
    classification: ClassificationEntry
    weights: WeightsEntry


def known_keys(model: type[BaseModel]) -> set[str]:
    """Every key name a file of this shape may contain, to suggest one for a misspelling."""
    names: set[str] = set()
    for name, field in model.model_fields.items():
        names.add(field.alias or name)
        for nested in _models_in(field.annotation):
            names |= known_keys(nested)
    return names


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]

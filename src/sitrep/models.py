"""The records that flow through sitrep.

Article ──clean──▶ Article(clean_text) ──extract──▶ [Mention] ──link──▶ Incident

A Mention is one incident as one article tells it. Every field of a mention is a list of
Statements: the values the article gives, each tied to the sentence that gives it and to who
says it. An article may state two values for one field (the standfirst says Aleppo, the body
Idlib); both are kept, and reconciliation shows them as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIELDS = (
    "date",
    "aircraft",
    "operator",
    "location",
    "cause",
    "weapon",
    "perpetrator",
    "killed",
    "wounded",
    "missing",
    "captured",
    "on_board",
)
COUNT_FIELDS = ("killed", "wounded", "missing", "captured", "on_board")
CAUSES = ("shot_down", "crashed", "collision", "friendly_fire", "disputed", "unknown")
STANCES = ("asserted", "claimed", "denied", "unconfirmed")
OUTLET = "the outlet"  # attribution when the article states something in its own voice


@dataclass
class Article:
    id: str
    raw_text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None  # metadata | dateline | url | text
    origin: str = ""  # where it came from: path, or path:line for JSONL
    content_hash: str = ""
    clean_text: str = ""
    # Runs of clean text copied from raw text: (clean_start, raw_start, length).
    offset_map: list[tuple[int, int, int]] = field(default_factory=list)
    removed_lines: list[str] = field(default_factory=list)
    language: str | None = None

    def raw_offset(self, clean_offset: int) -> int:
        """Map a character offset in clean_text back to raw_text."""
        for clean_start, raw_start, length in self.offset_map:
            if clean_start <= clean_offset <= clean_start + length:
                return raw_start + (clean_offset - clean_start)
        return -1


@dataclass(frozen=True)
class Evidence:
    text: str  # the sentence that states the value
    start: int  # span of the value's words in the article's clean text
    end: int
    attributed_to: str = OUTLET
    stance: str = "asserted"

    def to_dict(self) -> dict[str, Any]:
        # Written out: dataclasses.asdict deep-copies and was most of the cost of building records.
        return {"text": self.text, "start": self.start, "end": self.end,
                "attributed_to": self.attributed_to, "stance": self.stance}  # fmt: skip


@dataclass
class Statement:
    """One value of one field as one article states it."""

    value: Any  # str | int | dict (date, aircraft, location)
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": self.evidence.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        return cls(value=data["value"], evidence=Evidence(**data["evidence"]))


@dataclass
class Mention:
    article_id: str
    index: int  # position among the article's mentions
    role: str  # main | background
    fields: dict[str, list[Statement]] = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # spans that tell this incident

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.index}"

    def best(self, name: str) -> Any:
        """The value this article stands behind: the first not denied, else None."""
        for statement in self.fields.get(name, []):
            if statement.evidence.stance != "denied":
                return statement.value
        return None

    def add(self, name: str, value: Any, evidence: Evidence) -> None:
        statements = self.fields.setdefault(name, [])
        if not any(s.value == value and s.evidence == evidence for s in statements):
            statements.append(Statement(value, evidence))

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "index": self.index,
            "role": self.role,
            "fields": {k: [s.to_dict() for s in v] for k, v in self.fields.items()},
            "sentences": [list(s) for s in self.sentences],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(
            article_id=data["article_id"],
            index=data["index"],
            role=data["role"],
            fields={k: [Statement.from_dict(s) for s in v] for k, v in data["fields"].items()},
            sentences=[tuple(s) for s in data.get("sentences", [])],
        )


@dataclass
class Skip:
    """An input that could not be read, and why."""

    origin: str
    reason: str

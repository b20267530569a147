"""Cause, weapon and perpetrator cues in one sentence.

Causes come from verbs and nouns of loss ("shot down", "downing", "crashed", "collided"); a cue
under negation ("was not shot down", "denied it was downed", "ruled out a shoot-down") is kept as a
denied statement, never dropped, so a denial stays visible. Weapons are classes (MANPADS,
surface-to-air missile, anti-aircraft gun, ground fire, air-to-air missile, drone); the most
specific class in a sentence wins. Perpetrators are who fired: the agent of "shot down by X",
the subject of "X shot down ...", or whoever apologised for or claimed the downing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

SHOT_DOWN = re.compile(
    r"\b(shot|shoot|shoots|shooting)[\s-]+(?:it\s+|them\s+|him\s+)?down\b|\bshoot-?downs?\b|\bdown(ed|ing)\b|"
    r"\b(brought|bring|brings|bringing)\s+(?:it\s+|them\s+)?down\b|\bintercept(ed|ion)\b|"
    r"\b(hit|struck|targeted|destroyed)\s+by\s+(?:an?\s+|the\s+)?[\w\s-]{0,30}?"
    r"(missile|rocket|fire|shell|anti-aircraft|air defen[cs]e|MANPADS|drone)|"
    r"\bmissile\s+(hit|strike|struck)\b",
    re.IGNORECASE,
)
CRASHED = re.compile(
    r"\bcrash(ed|es|ing)?\b(?!\s+site)|\bcrash-land(ed|ing)?\b|\b(came|come|comes|went|go|goes)\s+down\b|"
    r"\bfell\b|\bplunged\b|\bhard landing\b|\bwent missing\b|\bwas lost\b",
    re.IGNORECASE,
)
COLLISION = re.compile(r"\bcollid(ed|es|ing)\b|\bcollision\b|\bmid-?air\b", re.IGNORECASE)
FRIENDLY_FIRE = re.compile(
    r"\bfriendly[\s-]fire\b|\b(by|from)\s+(its|their)\s+own\s+(forces|side|air defen[cs]es?|troops)\b|"
    r"\bown\s+air\s+defen[cs]es?\b",
    re.IGNORECASE,
)
NEGATION = re.compile(
    r"\b(not|n't|never|no evidence|no sign|no indication|ruled out|rules out|denied|denies|deny|rejected|dismissed)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(r"\bbut\b|\band\b|\bwhile\b|\bafter\b|[,;]")
BACKGROUND_WORDS = re.compile(
    r"\b(earlier (this|last|in)\b|last (week|month|year|summer|winter|spring|autumn)|previously|"
    r"\b\w+ (days|weeks|months|years) ago|in (19|20)\d\d\b|since (19|20)\d\d|the (first|second|third) (such|loss)|"
    r"had (previously|earlier|already))",
    re.IGNORECASE,
)

WEAPONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("MANPADS", re.compile(
        r"\bMANPADS?\b|\bman-?portable\b|\bshoulder-(fired|launched)\b|\bStinger\b|\bIgla\b|\bStrela\b|"
        r"\bFN-6\b|\bMisagh\b|\bAnza\b|\bPiorun\b|\bStarstreak\b|\bMistral\b|\bVerba\b|\bGrom\b", re.I)),
    ("surface-to-air missile", re.compile(
        r"\bsurface-to-air\b|\bSAM\b|\bS-[23]00\b|\bS-400\b|\bS-125\b|\bS-75\b|\bBuk\b|\bPantsir\b|\bTor(-M\d)?\b|"
        r"\bPatriot\b|\bNASAMS\b|\bIRIS-T\b|\bKub\b|\bKvadrat\b|\bOsa\b|\bKhordad\b|\bSayyad\b|\bTalash\b|"
        r"\bIron Dome\b|\bDavid's Sling\b|\bHQ-\d+\b|\bair[\s-]defen[cs]e (system|missile|battery|unit)s?\b", re.I)),
    ("anti-aircraft gun", re.compile(
        r"\banti-?aircraft (gun|artillery|cannon|fire)\b|\bAAA\b|\bZU-23\b|\bShilka\b|\bflak\b|\bGepard\b", re.I)),
    ("air-to-air missile", re.compile(
        r"\bair-to-air\b|\bAIM-(9|120|7)\w*\b|\bR-(27|73|77)\w*\b|\bSidewinder\b|\bAMRAAM\b", re.I)),
    ("drone", re.compile(r"\b(kamikaze|attack|loitering|FPV)\s+(drone|munition)s?\b|\bdrone strike\b", re.I)),
    ("ground fire", re.compile(
        r"\bground fire\b|\bfire from the ground\b|\bsmall[\s-]arms fire\b|\bmachine[\s-]?gun fire\b|\bgunfire\b|"
        r"\bfrom the ground\b", re.I)),
    ("missile", re.compile(r"\bmissiles?\b|\brockets?\b", re.I)),
)
NOT_PERPETRATOR = re.compile(
    r"^(an?|the)?\s*(missile|rocket|fire|ground|mistake|accident|error|air defen[cs]e|anti-aircraft|"
    r"surface|MANPADS|man-portable|shoulder|shell|gunfire|a\s+loss|loss)",
    re.IGNORECASE,
)
PERPETRATOR_BY = re.compile(
    r"\b(?:shot|brought|gunned)\s+down\s+(?:[\w\s,'-]{0,40}?\s)?by\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})|"
    r"\b(?:downed|destroyed|hit|struck|targeted)\s+by\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})"
)
DOWNING_VERB = re.compile(r"\b(shot|shoots|shoot|brought|downed|downs)\b", re.IGNORECASE)
HEADLINE_ACTIVE = re.compile(
    r"^(?:[A-Z]+\s*[-—–]+\s*)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:has\s+|have\s+)?"
    r"(?:shoots?|shot|downs|downed)(?:[\s-]+down)?\b"
)
APOLOGY = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:has\s+|have\s+)?(apologi[sz]ed|admitted|claimed responsibility)\b"
)


@dataclass(frozen=True)
class Cue:
    start: int  # offsets inside the sentence text
    end: int
    value: str
    negated: bool = False


def cause_cues(text: str) -> list[Cue]:
    """Every cause cue in a sentence, in order, with negation marked."""
    cues = []
    for value, pattern in (
        ("friendly_fire", FRIENDLY_FIRE),
        ("collision", COLLISION),
        ("shot_down", SHOT_DOWN),
        ("crashed", CRASHED),
    ):
        for match in pattern.finditer(text):
            if any(c.start <= match.start() < c.end for c in cues):
                continue
            clause = CLAUSE_START.split(text[max(0, match.start() - 45) : match.start()])[-1]
            negated = bool(NEGATION.search(clause))
            cues.append(Cue(match.start(), match.end(), value, negated))
    return sorted(cues, key=lambda c: c.start)


def weapon_cue(text: str) -> Cue | None:
    """The most specific weapon class the sentence names."""
    for value, pattern in WEAPONS:
        match = pattern.search(text)
        if match:
            if value == "missile" and not re.search(r"\b(fired|launched|hit|struck|missile strike)\b", text, re.I):
                continue
            return Cue(match.start(), match.end(), value)
    return None


def is_background(text: str) -> bool:
    """The sentence points to an earlier time than the article's news."""
    return bool(BACKGROUND_WORDS.search(text))


def perpetrator_cues(sentence: Span) -> list[Cue]:
    """Who shot the aircraft down, as the sentence has it (offsets inside the sentence)."""
    text = sentence.text
    cues = []
    for match in PERPETRATOR_BY.finditer(text):
        group = 1 if match.group(1) else 2
        name = _trim_name(match.group(group))
        if name and not NOT_PERPETRATOR.match(name):
            start = match.start(group)
            cues.append(Cue(start, start + len(name), name))
    for token in sentence:
        if DOWNING_VERB.fullmatch(token.text) and token.dep_ not in ("amod", "acl") and token.tag_ in ("VBD", "VBZ", "VBP", "VB"):
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if passive or subject is None or subject.pos_ == "PRON":
                continue
            phrase = sentence.doc[subject.left_edge.i : subject.i + 1]
            name = _trim_name(phrase.text)
            if name:
                start = phrase.start_char - sentence.start_char
                cues.append(Cue(start, start + len(name), name))
    headline = HEADLINE_ACTIVE.match(text)
    if headline:
        name = _trim_name(headline.group(1))
        cues.append(Cue(headline.start(1), headline.start(1) + len(name), name))
    for match in APOLOGY.finditer(text):
        name = _trim_name(match.group(1))
        if name and re.search(r"\bdown(ing|ed)\b|\bshoot|\bshot\b", text[match.end():], re.I):
            cues.append(Cue(match.start(1), match.start(1) + len(name), name))
    unique = {}
    for cue in cues:
        if not weapon_cue(cue.value) and not NOT_PERPETRATOR.match(cue.value):
            unique.setdefault(cue.value, cue)
    return list(unique.values())


def _trim_name(name: str) -> str:
    name = name.strip(" \"“”'‘’")
    name = re.split(r"\s+(?:on|in|at|near|over|after|while|when|during|by|with|for|and|from|as|that|which)\b|[,.;:]", name)[0]
    name = re.sub(r"[’']s$", "", name.strip())
    return name.strip()

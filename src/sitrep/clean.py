"""Boilerplate removal for plain text and for the text trafilatura leaves of HTML.

News pages carry furniture around the story: subscription and donation pleas, navigation labels,
photo captions with credits, video-player debris, share and comment prompts, bylines, datelines.
Nothing here names an outlet or copies a phrase from one page; each rule is a shape:

- *short label*: a short line with no sentence punctuation ("Comments", "Breaking News");
- *headline-shaped line in the body*: a Title Case line with no full stop (a related-story link);
- *reader address*: the outlet talking to "you" about "us" ("your donation keeps our newsroom going");
- *call to action*: a line that opens with an imperative of web furniture (subscribe, join, share ...);
- *caption*: a line about a picture or ending in a photo credit;
- *debris*: lines made mostly of digits and symbols (video timers), dates alone, copyright notices;
- *repeat*: a line already kept (the headline printed twice), or one an outlet prints under
  many different stories (learned across articles, see `repeated_lines`).

The clean text is a sequence of verbatim runs of the raw text, so every clean offset maps back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
QUOTED = re.compile(r"[\"“][^\"”]*([\"”]|$)")  # a quote may run on into the next paragraph
TERMINAL = tuple('.!?"”’\'…:;')
READER = {"you", "your", "yours", "yourself"}
OUTLET_VOICE = {"we", "us", "our", "ours"}
CALL_TO_ACTION = {
    "subscribe", "join", "sign", "follow", "share", "click", "tap", "read", "watch", "listen",
    "download", "donate", "support", "help", "log", "register", "start", "try", "bookmark", "save",
    "comment", "leave", "like", "send", "contact", "become", "discover", "explore", "upgrade",
    "unlock", "create", "get", "accept", "manage", "continue", "scroll", "skip", "view", "see",
}  # fmt: skip
FURNITURE_OPENERS = re.compile(
    r"^(?:(?:advertisement|sponsored|related(?: stories| articles| coverage| news)?|read more|more from|see also|"
    r"also read|read also|more on this|recommended|most read|trending|loading|please wait|copyright|"
    r"all rights reserved|editor'?s note|cookies?|we use cookies|comments?|leave a comment|have your say|"
    r"join the (?:conversation|discussion|debate)|sign up|subscribe|follow us|share (?:this|on|via)|"
    r"download (?:the|our)|log ?in|sign in|register (?:now|here|to|for))\b|"
    r"(?:image|photo|picture|photo caption|caption|credit|video|watch|listen):|©|\(c\)\s|\(?(?:additional )?"
    r"(?:reporting|writing|editing|compiled|translated) by\b)",
    re.IGNORECASE,
)
STRONG_CALLS = re.compile(
    r"(?:^|[.!?]\s+)(subscribe|donate|sign up|follow us|support us|share this|download (?:the|our) app|"
    r"register now|join us|click here|tap here)\b",
    re.IGNORECASE,
)
STORY_NOTICE = re.compile(
    r"\b(this is a (developing|breaking) story|will (be )?updat\w+ this (story|article)|"
    r"this (story|article) (has been|was|will be) updated|as more information becomes available)\b",
    re.IGNORECASE,
)
NAVIGATION = re.compile(r"\s(\||>|»|/)\s")
COMMENTS_START = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?:?$|^(leave a|post a|add a) (comment|reply)|"
    r"^join the (conversation|discussion)|^have your say|^comments are closed|^reader comments",
    re.IGNORECASE,
)
CAPTION_OPENERS = re.compile(
    r"^(an? |the )?(handout |file |undated |archive |screen ?grab |still |satellite )*"
    r"(picture|photo|photograph|image|screenshot|footage|video still|still image)s?\b.{0,80}\b"
    r"(shows|showing|shown|taken)\b",
    re.IGNORECASE,
)
PHOTO_CREDIT_END = re.compile(
    r"[\[(][^\[\]()]{2,40}(/|via |getty|afp|reuters|ap photo|photo|images?|epa|anadolu)[^\[\]()]{0,40}[\])]\s*$",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
    r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b|"
    r"\b(published|updated|last|modified|posted|on|at|am|pm|gmt|bst|utc|edt|est|cet|cest|msk)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CleanResult:
    text: str
    offset_map: list[tuple[int, int, int]]  # (clean_start, raw_start, length)
    removed: list[tuple[str, str]]  # (line, why)
    headline: str | None


def normalise_line(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip().lower()


def line_key(line: str) -> str:
    return hashlib.sha1(normalise_line(line).encode("utf-8")).hexdigest()[:16]


def clean(raw: str, repeated: set[str] | frozenset[str] = frozenset()) -> CleanResult:
    """Drop boilerplate lines from raw text; `repeated` holds line_key()s of an outlet's repeats."""
    kept: list[tuple[int, str]] = []
    removed: list[tuple[str, str]] = []
    seen: set[str] = set()
    mastheads: list[str] = []  # short Title Case labels removed so far, e.g. the outlet's name
    headline: str | None = None
    lines = list(_lines(raw))
    in_comments = False
    for number, (raw_start, line) in enumerate(lines):
        key = normalise_line(line)
        if in_comments or (number > len(lines) // 2 and COMMENTS_START.match(line) and _comments_follow(lines, number)):
            in_comments = True
            removed.append((line, "comments section"))
            continue
        if key in seen:
            why = "repeat"
        elif line_key(line) in repeated:
            why = "outlet repeat"
        elif any(key.startswith(name + sep) for name in mastheads for sep in MASTHEAD_SEPARATORS):
            why = "masthead echo"
        else:
            why = boilerplate_reason(line, is_headline_slot=headline is None)
        if why == "short label" and _is_title_case(WORD.findall(line), minimum=2):
            mastheads.append(key)
        if why:
            removed.append((line, why))
            continue
        seen.add(key)
        if headline is None:
            headline = line
        kept.append((raw_start, line))
    return _assemble(kept, removed, headline)


COMMENT_SHAPED = re.compile(r"^[\w.@ -]{2,30}:$|\b(reply|replies|\d+ (minutes?|hours?|days?) ago)\b", re.I)


MASTHEAD_SEPARATORS = (" is ", " - ", " – ", " — ", " | ", ": ")


def _comments_follow(lines: list[tuple[int, str]], number: int) -> bool:
    """Readers' comments, not the story, come after this marker: a username line, "Reply", "2 hours ago"."""
    return any(COMMENT_SHAPED.search(line) for _, line in lines[number + 1 : number + 4])


def _lines(raw: str) -> Iterable[tuple[int, str]]:
    """Non-empty lines with leading/trailing spaces trimmed, and their raw offsets."""
    for match in re.finditer(r"[^\n]+", raw):
        line = match.group()
        stripped = line.strip()
        if stripped:
            yield match.start() + (len(line) - len(line.lstrip())), stripped


def _assemble(kept: list[tuple[int, str]], removed: list[tuple[str, str]], headline: str | None) -> CleanResult:
    parts: list[str] = []
    offset_map: list[tuple[int, int, int]] = []
    position = 0
    for raw_start, line in kept:
        offset_map.append((position, raw_start, len(line)))
        parts.append(line)
        position += len(line) + 1
    return CleanResult("\n".join(parts), offset_map, removed, headline)


def boilerplate_reason(line: str, is_headline_slot: bool = False) -> str | None:
    """Why this line is page furniture, or None if it reads as part of the story."""
    words = WORD.findall(line)
    if not words:
        return "no words"
    letters = sum(ch.isalpha() for ch in line)
    if letters / len(line) < 0.5:
        return "debris"
    if _is_date_only(line):
        return "date line"
    if FURNITURE_OPENERS.match(line) or COMMENTS_START.match(line):
        return "web furniture"
    if STORY_NOTICE.search(line):
        return "story notice"
    if CAPTION_OPENERS.match(line) or PHOTO_CREDIT_END.search(line):
        return "caption"
    unquoted = QUOTED.sub(" ", line)
    lower_words = [w.lower() for w in WORD.findall(unquoted)]
    reader = sum(w in READER for w in lower_words)
    outlet_voice = sum(w in OUTLET_VOICE for w in lower_words)
    opens_with_call = bool(lower_words) and lower_words[0] in CALL_TO_ACTION
    ends_sentence = line.endswith(TERMINAL)
    if reader and (outlet_voice or opens_with_call or reader >= 2):
        return "reader address"
    if STRONG_CALLS.search(unquoted) and len(words) <= 40:
        return "call to action"
    if opens_with_call and (not ends_sentence or reader or outlet_voice):
        return "call to action"
    if NAVIGATION.search(line) and not ends_sentence:
        first_part = NAVIGATION.split(line)[0]
        if not (is_headline_slot and len(WORD.findall(first_part)) >= 4):  # "Headline words | Outlet" is a headline
            return "navigation"
    if ends_sentence:
        return None
    if is_headline_slot and len(words) >= 4:
        return None
    if len(words) <= 12:  # story paragraphs end in punctuation; labels and link titles do not
        return "short label"
    if _is_title_case(words):
        return "headline-shaped line"
    return None


def _is_date_only(line: str) -> bool:
    if not re.search(r"\d", line) or len(line) > 60:
        return False
    rest = DATE_WORDS.sub(" ", line)
    return not re.search(r"[A-Za-z]{2,}", rest)


SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as", "from"}


def _is_title_case(words: list[str], minimum: int = 3) -> bool:
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(content) < minimum:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= 0.8


def repeated_lines(texts_by_title: Iterable[tuple[str, str]], min_articles: int = 3) -> set[str]:
    """line_key()s of lines printed under at least `min_articles` differently titled articles.

    Feed it the articles of one outlet. A line that follows an outlet from story to story is its
    furniture; a line shared by versions of one story (same title) is not counted twice.
    """
    titles_by_line: dict[str, set[str]] = {}
    for title, text in texts_by_title:
        title_key = normalise_line(title or "")
        for _, line in _lines(text):
            if len(line) >= 2:
                titles_by_line.setdefault(line_key(line), set()).add(title_key)
    return {key for key, titles in titles_by_line.items() if len(titles) >= min_articles}

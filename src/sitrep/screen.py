"""A cheap relevance screen: only articles that could report an aircraft loss pay for the NLP.

Most news is not about aircraft losses. Extraction opens a mention only where a loss cue meets an
aircraft named in the same sentence or in the few before it. So an article passes when a loss cue
(one of extraction's own cue patterns, `extract.cause.cause_cues`, or a wider word such as
"wreckage", "lost contact", "struck", which keeps losses extraction reads from the parse) has an
aircraft (the catalogue matcher of `extract.aircraft`) within a few sentences before it or just
after it; the title counts as the text's first line. All regex work, no spaCy; the cue search comes
first because most news has none.
"""

from __future__ import annotations

import re

from .extract.aircraft import find_aircraft
from .extract.cause import NOT_LITERAL, cause_cues

# Wider than extraction's regex cues on purpose: the parse-based ones ("a drone struck an army
# helicopter", "they destroyed a Ka-52") and losses told in words it does not read yet still pass.
WIDER_CUES = re.compile(
    r"\bwreck(?:age|ed)?\b|\bdebris\b|\blost (?:radar |all )?(?:contact|communication)\b|\bdisappeared\b|\bmissing\b|"
    r"\bdestroy(?:ed|s|ing)?\b|\b(?:hit|hits|hitting|struck|strike|strikes|striking)\b|\bshot\b|\bdowns?\b|"
    r"\bneutrali[sz]ed\b|\bditch(?:ed|ing)\b|\b(?:emergency|forced)[\s-]land(?:ed|ing)\b|\bcaught fire\b|"
    r"\bburst into flames\b|\bexplod(?:ed|es)\b",
    re.IGNORECASE,
)
# A review of a film, novel or show: the crash it tells is made up. The headline must say so and the
# text must talk of the work in several ways ("the director", "the cast", "opens in cinemas").
WORK_HEADLINE = re.compile(r"\b(?:review(?:ed|s)?|film|movie|novel|documentary|drama|thriller|series|box office)\b", re.I)
WORK_WORDS = re.compile(
    r"\b(?:director|directed|cast|actor|actress|starring|stars out of|screenplay|script|plot|subplot|"
    r"cinemas?|box office|premiere[sd]?|trailer|episode|fictional|made up|opens in|streaming on|"
    r"chapter|sequel|novels?|novelist|the (?:film|movie|book|show|series))\b",
    re.I,
)
NOTE = "no aircraft loss reported (screen)"
BEFORE, AFTER = 1200, 300  # characters: a few sentences back ("It came down ...") and the rest of one


def likely_about_aircraft_loss(text: str, title: str | None = None) -> bool:
    """True when a loss cue has an aircraft named close before or after it."""
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    headline = text.split("\n", 1)[0]
    if NOT_LITERAL.search(headline) and not any(a.model for a in find_aircraft(text)):
        return False  # "favourite shot down in drone racing final": a story about a game, a show, a toy
    if WORK_HEADLINE.search(headline) and len({m.group().lower() for m in WORK_WORDS.finditer(text)}) >= 4:
        return False  # a review of a film or a book: its crash is fiction
    cues = [m.start() for m in WIDER_CUES.finditer(text)] + [c.start for c in cause_cues(text)]
    if not cues:
        return False
    aircraft = [a.start for a in find_aircraft(text)]
    return any(cue - BEFORE <= start <= cue + AFTER for cue in cues for start in aircraft)

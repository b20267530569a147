"""A cheap relevance screen: only articles that could report an aircraft loss pay for the NLP.

Most news is not about aircraft losses. Extraction opens a mention only at a sentence that names
an aircraft (the catalogue matcher, `extract.aircraft`) and has a loss cue (the cause patterns of
`extract.cause`), and a sentence never spans a line break (`nlp.py`). So the screen asks the same
of each line, with the same patterns, and no spaCy: an article with no such line cannot yield a
mention, and no article that could is screened out. One regex search over the text rules out
most articles; only lines with a loss cue are read for aircraft.
"""

from __future__ import annotations

import re

from .extract.aircraft import find_aircraft
from .extract.cause import COLLISION, CRASHED, FRIENDLY_FIRE, SHOT_DOWN

# Wider than extraction's cues on purpose: losses told in words it does not read yet ("lost
# contact", "the wreckage was found", "destroyed a helicopter") still reach it.
WIDER_CUES = (
    r"\bwreck(?:age|ed)?\b|\bdebris\b|\blost (?:radar |all )?(?:contact|communication)\b|\bdisappeared\b|"
    r"\bmissing\b|\bdestroy(?:ed|s|ing)?\b|\bstruck\b|\bhit\b|\bshot\b|\bdowns?\b|\bneutrali[sz]ed\b|"
    r"\bditch(?:ed|ing)\b|\b(?:emergency|forced)[\s-]land(?:ed|ing)\b|\bcaught fire\b|\bburst into flames\b|"
    r"\bexplod(?:ed|es)\b"
)
LOSS_CUE = re.compile(
    "|".join([*(f"(?:{p.pattern})" for p in (FRIENDLY_FIRE, COLLISION, SHOT_DOWN, CRASHED)), WIDER_CUES]), re.IGNORECASE
)
NOTE = "no aircraft loss reported (screen)"


def likely_about_aircraft_loss(text: str, title: str | None = None) -> bool:
    """True when a line of the text (or the title) names an aircraft and has a loss cue."""
    for chunk in (title or "", text):
        checked: set[int] = set()
        for cue in LOSS_CUE.finditer(chunk):
            start = chunk.rfind("\n", 0, cue.start()) + 1
            if start in checked:
                continue
            checked.add(start)
            end = chunk.find("\n", cue.end())
            if find_aircraft(chunk[start : end if end >= 0 else len(chunk)]):
                return True
    return False

"""A cheap relevance screen: only articles that could report an aircraft loss pay for the NLP.

Most news is not about aircraft losses. Extraction opens a mention only where a loss cue meets an
aircraft, named in the sentence or just before it. So an article passes when it names an aircraft
(the catalogue matcher of `extract.aircraft`, on the text or the title) and has a loss cue: one of
extraction's own cue patterns (`extract.cause.cause_cues`) or a wider word ("wreckage", "lost
contact", "struck"), which keeps losses told in words extraction reads from the parse. Both are
regex work, with no spaCy; the cue test comes first because most news fails it.
"""

from __future__ import annotations

import re

from .extract.aircraft import find_aircraft
from .extract.cause import cause_cues

# Wider than extraction's regex cues on purpose: the parse-based ones ("a drone struck an army
# helicopter", "they destroyed a Ka-52") and losses told in words it does not read yet still pass.
WIDER_CUES = re.compile(
    r"\bwreck(?:age|ed)?\b|\bdebris\b|\blost (?:radar |all )?(?:contact|communication)\b|\bdisappeared\b|\bmissing\b|"
    r"\bdestroy(?:ed|s|ing)?\b|\b(?:hit|hits|hitting|struck|strike|strikes|striking)\b|\bshot\b|\bdowns?\b|"
    r"\bneutrali[sz]ed\b|\bditch(?:ed|ing)\b|\b(?:emergency|forced)[\s-]land(?:ed|ing)\b|\bcaught fire\b|"
    r"\bburst into flames\b|\bexplod(?:ed|es)\b",
    re.IGNORECASE,
)
NOTE = "no aircraft loss reported (screen)"


def likely_about_aircraft_loss(text: str, title: str | None = None) -> bool:
    """True when the article (text and title) has a loss cue and names an aircraft."""
    for chunk in (title or "", text):
        if WIDER_CUES.search(chunk) or cause_cues(chunk):
            break
    else:
        return False
    return bool(find_aircraft(title or "") or find_aircraft(text))

"""Casualty counts in one sentence: killed, wounded, missing, captured and on board.

A count is a number (digits or words, "a", "both", "all five") before a noun for people
("crew members", "pilots", "passengers"); counts joined by "and" add up ("three crew members and
two officers" is five). The count belongs to whichever outcome word governs it: "killing N",
"N were killed", "left N dead", "carrying N". Running totals ("since September", "the toll rose
to") are not an incident's casualties and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "both": 2, "pair": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
PEOPLE = (
    r"(?:co-?pilots?|pilots?|crew[\s-]?members?|crewmembers?|crewmen|crew|officers?|soldiers?|servicem[ae]n|"
    r"service\s?members?|troops|passengers?|people|persons?|occupants?|airmen|personnel|navigators?|"
    r"technicians?|gunners?|engineers?|marines?|paratroopers?|civilians?|children|members|flight attendants?|"
    r"others?|aboard|on board)"
)
NUMBER = r"(?:\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|twenty-\w+|thirty-\w+)"
MODIFIERS = r"(?:[A-Za-z-]+\s+){0,3}?"
COUNT = rf"(?:all\s+(?:the\s+)?|at least\s+|some\s+|about\s+|around\s+)?\b{NUMBER}\s+{MODIFIERS}{PEOPLE}\b"
COUNTS = re.compile(rf"{COUNT}(?:\s*(?:,|and|, and|as well as)\s+{COUNT})*", re.IGNORECASE)
SINGLE_COUNT = re.compile(rf"\b(?P<number>{NUMBER})\s+{MODIFIERS}(?P<noun>{PEOPLE})\b", re.IGNORECASE)

AUXILIARIES = r"^\s*(?:(?:were|was|have|has|had|been|are|is|all|both|also|reportedly|later|now|feared|confirmed|believed|to be|on board|aboard|onboard)\s+)*"
AFTER = {
    "killed": re.compile(AUXILIARIES + r"(killed|dead|died|perished|lost their lives|fatalit)", re.I),
    "wounded": re.compile(AUXILIARIES + r"(wounded|injured|hurt)\b", re.I),
    "missing": re.compile(AUXILIARIES + r"(missing|unaccounted)\b", re.I),
    "captured": re.compile(AUXILIARIES + r"(captured|taken prisoner|taken captive|seized)\b", re.I),
    "on_board": re.compile(r"^\s*(were\s+|was\s+)?(on board|aboard|onboard)\b", re.I),
}
BEFORE = {
    "killed": re.compile(r"\b(killing|killed|kills|the (deaths?|killing) of|claim(ed|ing)? the lives of|left)\s+(?:all\s+)?$", re.I),
    "wounded": re.compile(r"\b(wounding|injuring|injured|wounded)\s+$", re.I),
    "on_board": re.compile(r"\b(carrying|carried|with|transporting|had)\s+$", re.I),
}
EXTRA_ONE = re.compile(
    rf"\b(?:with|and|while)\s+(?P<number>another|one more|one other|a further|{NUMBER})(?:\s+others?)?\s+"
    r"(?:were\s+|was\s+|being\s+)?(?P<outcome>wounded|injured|hurt|missing|captured)\b",
    re.IGNORECASE,
)
ONE_PERSON = (
    r"(?:the|its|a|one|his|her)\s+(?:[A-Za-z-]+\s+)?"
    r"(?:pilot|co-?pilot|navigator|gunner|crew member|crewman|flight engineer|operator|sole occupant)\b"
)
ONE_PERSON_KILLED = re.compile(
    rf"\b(?:killing|killed|the death of)\s+{ONE_PERSON}|\b{ONE_PERSON}\s+(?:was\s+|is\s+)?(?:killed|died|dead)\b",
    re.IGNORECASE,
)
RUNNING_TOTAL = re.compile(r"\b(since|so far|in total|total of|toll (has )?(rose|risen)|bring(s|ing)? the (number|toll))\b", re.I)
OUTCOME_FIELD = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "missing": "missing", "captured": "captured"}


@dataclass(frozen=True)
class CasualtyCue:
    start: int  # offsets inside the sentence
    end: int
    field: str  # killed | wounded | missing | captured | on_board
    value: int


def number_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


def count_value(phrase: str) -> int | None:
    """Sum of the counts in a phrase such as "three crew members and two officers"."""
    total = 0
    for match in SINGLE_COUNT.finditer(phrase):
        value = number_value(match.group("number"))
        if value is None:
            return None
        total += value
    return total or None


def casualty_cues(text: str) -> list[CasualtyCue]:
    """Every casualty count a sentence gives, with the outcome it belongs to."""
    cues: list[CasualtyCue] = []
    if RUNNING_TOTAL.search(text):
        return cues
    for match in COUNTS.finditer(text):
        value = count_value(match.group())
        if not value or value > 5000:
            continue
        before, after = text[: match.start()], text[match.end() :]
        for field in ("on_board", "killed", "wounded", "missing", "captured"):
            if (field in BEFORE and BEFORE[field].search(before[-40:])) or AFTER[field].search(after):
                if field == "on_board" and BEFORE["on_board"].search(before[-40:]) and AFTER["killed"].search(after[:12]):
                    continue  # "with two crew killed" counts the dead, not who was aboard
                cues.append(CasualtyCue(match.start(), match.end(), field, value))
        if match.group().lower().startswith("all ") and any(c.start == match.start() and c.field == "killed" for c in cues):
            cues.append(CasualtyCue(match.start(), match.end(), "on_board", value))
    if not any(c.field == "killed" for c in cues):
        single = ONE_PERSON_KILLED.search(text)
        if single:
            cues.append(CasualtyCue(single.start(), single.end(), "killed", 1))
    for match in EXTRA_ONE.finditer(text):
        word = match.group("number").lower()
        value = 1 if word in ("another", "one more", "one other", "a further") else number_value(word)
        if value:
            field = OUTCOME_FIELD[match.group("outcome").lower()]
            if not any(c.field == field for c in cues):
                cues.append(CasualtyCue(match.start("number"), match.end("outcome"), field, value))
    return cues

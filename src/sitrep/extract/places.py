"""Where an incident happened: the places of a sentence that locate the loss.

The gazetteer finds every place name in the article once (`read_places`); a sentence keeps those
that a locative word introduces ("in", "over", "near", "30 km south of", "off the coast of", "on
approach to", "in the rural area of X", "in Iraq's X governorate") and drops the rest: where the
aircraft was going or came from ("en route to X", "returning to its base in Y"), where someone
spoke ("told reporters in Z"), a border ("near the Kuwait-Iraq border"), where a missile was fired
("a missile fired during an exercise in Crimea") and seas (the gazetteer knows no sea as a region).

Context chooses among namesakes: the countries the article's other place names and demonyms point
to (those where it says things happen, "fighting in Yemen", first), and the regions it names ("SAN
MARCOS, Texas" makes a later "San Marcos" the Texan one). A place abroad that only a fuzzy match found
is dropped unless the rest of the article supports it. A place the gazetteer lacks counts when the
article locates it itself ("Al-Tanf, in the desert of Homs province").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Span

from ..gazetteer import STRONG_POP, Place, PlaceMatch, get_gazetteer, normalize_name
from .attribution import DATELINE
from .dates import other_event

FRAME = (
    r"(?:village|town|city|settlement|area|district|region|province|outskirts|countryside|department|zone|sector|"
    r"state|governorate|municipality|coast|coastline|shores?|suburbs?|vicinity|mountains|hills|desert|skies|"
    r"airspace|waters|airport|airfield|air base|base|island|isle|islands|peninsula|archipelago|"
    r"slopes?|foothills|foot|summit|flanks?|banks?|edge|mouth)"  # "on the eastern slope of Mount X"
)
LOCATIVE = (
    r"in|on|over|near|outside|outside of|at|close to|around|above|off|inside|into|across|within|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|"
    r"northern|southern|eastern|western|central|territory of|province of|region of|skies of|part of|"
    r"approach to|approaching|(?:km|kilometres|kilometers|miles|nautical miles)\s+from"
)
ADJECTIVE = (
    r"(?:neighbou?ring|nearby|northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)ern|rural|"
    r"(?:north|south)(?:-?(?:east|west))?|east|west|"
    r"remote|restive|mountainous|[\w-]+-held|occupied|besieged|war-torn|suburban|downtown|coastal|rugged|hilly|"
    r"isolated|outlying|volatile|troubled|embattled|contested|oil-rich|(?:north|south|east|west)ernmost)"
)
PLACE_INCLUDE = re.compile(
    rf"\b(?:{LOCATIVE})\s+(?:(?:the|a|an)\s+)?(?:(?:[\w’'-]+\s+)?(?:capital|city|town|port|village),\s+)?"  # "the capital, X"
    rf"(?:(?:[\w’'-]+\s+){{0,3}}?{FRAME} of\s+(?:the\s+)?)?"
    rf"(?:{ADJECTIVE}\s+)?(?:[A-Z][\w’'-]*(?:’s|'s)\s+)?$",
    re.IGNORECASE,
)
EXCLUDE_WORDS = (
    r"to|towards|toward|for|from|bound for|en route to|on its way to|on its was to|heading to|headed to|"
    r"flying to|returning to|based at|based in|stationed at|stationed in|border with|border of|bordering|"
    r"borders|by|against|with|between"
)
# "in Moonbi Ranges, New South Wales": the region after a comma holds the place before it
ENCLOSING = re.compile(
    rf"\b(?:{LOCATIVE})\s+(?:the\s+)?(?P<inner>(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*(?:\s+[a-z]+)?),\s+$"
)
APPOSED = re.compile(r"(?P<inner>(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+(?:in|inside)\s+(?:the\s+)?$")
PLACE_EXCLUDE = re.compile(rf"\b({EXCLUDE_WORDS})\s+(the\s+)?([\w’'”\"-]+\s+){{0,3}}$", re.IGNORECASE)
# "en route to the X Air Base in Y", "returning to its base in Y": Y says where the destination is (not
# "12 km from X airport in Y": a distance).
DESTINATION_PLACE = re.compile(
    r"\b([Tt]o|[Tt]owards?|(?<!km )(?<!miles )(?<!kilometres )(?<!kilometers )[Ff]rom|bound for|based at|stationed at)\s+"
    r"((?:the|its|their|his|her)\s+)?"
    r"([A-Z][\w’'-]*\s+|(?:air|military|naval|home)?\s*(?:base|airbase|airport|airfield|field)\s+){1,5}(in|at|near)\s+(?:the\s+)?$",
)
SPEECH_PLACE = re.compile(
    r"\b(said|says|told \w+|speaking|spoke|briefing|statement|news conference|press conference|announced)\s+"
    r"([\w’'-]+\s+){0,2}(in|at|from)\s+(the\s+)?$",
    re.IGNORECASE,
)
# "the defence ministry in X said": where a speaker sits, not where the loss was
SPEAKER_AT = re.compile(
    r"\b(?:ministry|spokes(?:man|woman|person)|officials?|authorities|government|embassy|headquarters|command|"
    r"office|agency)\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
SPEECH_AFTER = re.compile(
    r"^[^.;,]{0,30}?\b(?:said|says|told|announced|confirmed|stated|reported|denied|claimed)\b", re.IGNORECASE
)
# "returning to base after a mission over Iraq when a missile hit it": where it had been, not where it was hit
EARLIER_MISSION = re.compile(
    r"\b(?:after|following|(?:returning|back|home|on (?:its |their |the )?return) from)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}(?:mission|sortie|patrol|raid|operation|strike|exercise|parade|fly-?past|air show|airshow|"
    r"display|ceremony)s?\s+(?:over|in|above|inside|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "hours after Hezbollah announced a hit on a drone over X": the claim of the same loss, not another event
CLAIM_BEFORE = re.compile(r"\b(?:announc|claim|said|says|report|assert|confirm)\w*\b[^.;]{0,60}$", re.IGNORECASE)
# "crashed shortly after take-off from X", "minutes after leaving X airport in Y": a loss at departure is at X
TAKEOFF = re.compile(
    r"\b(?:after|during|on|upon|following|while|when|as)\s+(?:its\s+|their\s+|the\s+|it was\s+)?(?:take-?off|taking off|lift-?off|lifting off|"
    r"departure|departing|leaving)\s+(?:from\s+)?(?:the\s+)?(?:(?:its|their)\s+(?:home\s+)?(?:base|airfield|airport)\s+(?:at|in|near)\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,6}(?:(?:airport|air base|airbase|airfield)\s+)?"
    r"(?:in|at|near|outside)?\s*$",
)
# "taken to hospital in X", "treated at a clinic in X": where the injured went, not where the loss was
CARE_PLACE = re.compile(r"\b(?:hospital|clinic|medical (?:centre|center)|morgue)s?\s+(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
# "went missing over the Sea of Japan, about 150 km north-west of the Oki Islands": far out at sea, no country's
OPEN_SEA = re.compile(
    r"\b(?:over|in|into|across|above|on)\s+the\s+(?:(?:[A-Z][\w’'-]*\s+){1,2}(?:Sea|Ocean)\b|Sea of\s+[A-Z]|"
    r"(?:Pacific|Atlantic|Indian|Arctic|Southern)(?:\s+Ocean)?\b|Mediterranean\b|high seas\b|open sea\b)"
)
FAR_FROM = re.compile(
    r"\b(?P<n>\d[\d,.]*)\s*(?P<unit>km|kilometres|kilometers|miles|nautical miles|nm)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+)?(?:of|from|off)\s+(?:the\s+)?(?:coast of\s+)?$",
    re.IGNORECASE,
)
TERRITORIAL_KM = 22.2  # 12 nautical miles
# "shot down off Yemen's coast, over international waters": the coast only measures where; no country's
INTERNATIONAL = re.compile(r"\b(?:over|in|into|above|within)\s+international\s+(?:waters|airspace)\b", re.IGNORECASE)


def _far_at_sea(text: str, start: int) -> bool:
    """The sentence puts the loss over a named sea, and the place only measures the distance to it from
    beyond territorial waters."""
    far = FAR_FROM.search(text[max(0, start - 50) : start])
    if not far or not OPEN_SEA.search(text):
        return False
    km = float(far.group("n").replace(",", "")) * {"km": 1, "kilometres": 1, "kilometers": 1, "miles": 1.609}.get(
        far.group("unit").lower(), 1.852)
    return km > TERRITORIAL_KM


# "a spokesman for the 7th Air Wing, whose base in X ...": the home of a unit, not where the loss was; but
# "crashed near the air base in X" locates it
HOME_OF = re.compile(
    r"\b(?:base|airbase|headquarters|garrison|barracks|hometown|home town|home)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
AT_THE_HOME = re.compile(
    r"\b(?:at|near|into|onto|on|outside|over|inside|by|approaching|approach to)\s+(?:the|a|an|its|their)?\s*"
    r"(?:[\w’'-]+\s+){0,5}$",
    re.IGNORECASE,
)


def _home_only(before: str) -> bool:
    home = HOME_OF.search(before[-30:])
    if not home:
        return False
    lead = before[: len(before) - len(before[-30:]) + home.start()]
    return not AT_THE_HOME.search(CLAUSE_BREAK.split(lead)[-1][-60:])


BORDER_AFTER = re.compile(r"^(?:[-–][A-Z][\w’'-]*)?\s+(?:border|frontier)\b")
CLAUSE_BREAK = re.compile(r",|;|\bwhen\b|\bwhere\b|\bafter\b|\bwhile\b|\bbefore\b|\band\b", re.IGNORECASE)
LAUNCH_LEMMAS = {"fire", "launch"}
# verbs whose place is not where an aircraft was lost: "remembered in Iran", "treated in a hospital in X"
ELSEWHERE_LEMMAS = {
    "remember", "mourn", "bury", "treat", "hospitalize", "hospitalise", "evacuate", "protest", "gather",
    "celebrate", "meet", "live", "study", "bear", "grow", "train", "base", "station", "hold", "house", "host",
}

WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
# "fell inside Lebanese territory", "over Turkish waters": a demonym that places the loss in its country
DEMONYM_GROUND = re.compile(
    r"\b(?:in|inside|into|over|within|on)\s+(?:the\s+)?(?P<word>[A-Z][a-z]{3,})\s+(?:territory|airspace|soil|territorial waters)\b"
)
# "Al-Tanf, in the desert of Homs province, ...", "Kuvrak, a village in Turkey's Kars province": the article
# itself says where a place the gazetteer does not know lies
APPOSITION = re.compile(
    r"(?P<name>(?<![\w’'-])(?:(?:[Aa][lnrstdz]|[Ee]l)-)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}?(?:in|near|inside|outside)\s+(?:(?:the|a)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:[A-Z][\w’'-]*(?:’s|'s)\s+)?$"
)
# "in the Hamrin mountains", "over the VRAEM valley", "just south of Robotyne": a place the gazetteer lacks,
# named where the sentence says the loss happened; it lies in the country the article is about
FEATURE = (
    r"(?:mountains?|mountain range|range|valley|hills|highlands|heights|plateau|desert|forest|jungle|river|lake|"
    r"gorge|pass|basin|delta|plains?|swamps?|marshes|steppe|region|area|district|province|sector|front|axis)"
)
UNKNOWN_PLACE = re.compile(
    rf"\b(?:(?:in|over|near|outside|around|above|across|inside)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]+\s+){{0,2}}"
    rf"[A-Z][\w’'-]+)\s+{FEATURE}\b"
    rf"|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|(?:village|town|hamlet|settlement)\s+of)"
    rf"\s+(?P<bare>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w’'-]))"
)


# "the southern Lebanese village of X": a place the gazetteer lacks, in the demonym's country
DEMONYM_FRAME = re.compile(
    r"\b(?P<word>[A-Z][a-z]{3,})\s+(?:[a-z-]+\s+)?(?:village|town|city|hamlet|settlement|district|province)\s+of\s+$"
)
# "crashed in the province", "over the peninsula": the region the article has named
BACK_REFERENCE = re.compile(
    r"(?<=\s)(?:the\s+)(?:same\s+)?(?P<kind>province|region|state|governorate|oblast|district|peninsula|country|town|city|"
    r"village)\b"
    r"(?!\s+of\b|['’]s)",
    re.IGNORECASE,
)


@dataclass
class ArticlePlaces:
    """Every place name of an article, and the countries and regions they point to."""

    matches: list[PlaceMatch]
    countries: Counter[str]  # countries the place names point to
    support: dict[int, str]  # match start → the country that match itself adds to `countries`
    regions: list[str]
    demonyms: Counter[str]  # countries named by a demonym ("Colombian soldiers")
    located: dict[int, str] = field(default_factory=dict)  # match start → country named after "in", "over"...
    local: list[Place] = field(default_factory=list)  # places the gazetteer lacks, located by the article
    homes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country, admin1) the place names lie in
    strays: set[int] = field(default_factory=set)  # starts of namesakes abroad that point nowhere (`_strays`)

    def where(self, match: PlaceMatch) -> list[str]:
        """The countries other place names say things happen in ("fighting in Yemen"), not merely name
        ("the Royal Saudi Air Force"): they outweigh the rest of the context."""
        return list(dict.fromkeys(c for start, c in self.located.items() if start != match.start))

    def main_country(self, without: PlaceMatch | None = None) -> str | None:
        """The country the article is about: where it most often says things happen, else the one its place
        names point to most; None when two countries are named as often. `without`: leave that name out."""
        own = {m.start for m in self.matches if without and normalize_name(m.text) == normalize_name(without.text)}
        located = Counter(c for start, c in self.located.items() if start not in own)
        countries = self.countries - Counter(self.support[start] for start in own if start in self.support)
        for counts in (located, countries):
            ranked = counts.most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                return ranked[0][0]
        return None

    def region_in(self, country: str) -> str | None:
        """The first-level region of `country` the article names, if it names one more often than all the
        others together."""
        regions = Counter({admin1: n for (c, admin1), n in self.homes.items() if c == country})
        ranked = regions.most_common(1)
        return ranked[0][0] if ranked and ranked[0][1] * 2 > sum(regions.values()) else None

    def named_elsewhere(self, match: PlaceMatch) -> set[str]:
        """Countries the article points to by other names than this one, and by its demonyms."""
        own = normalize_name(match.text)
        return {self.support[m.start] for m in self.matches
                if m.start in self.support and normalize_name(m.text) != own} | set(self.demonyms)

    def context(self, match: PlaceMatch) -> list[str]:
        """The countries the article's other place names point to, most named first."""
        counts = self.countries.copy()
        own = self.support.get(match.start)
        if own:
            counts[own] -= 1
        return [country for country, n in counts.most_common() if n > 0]


def read_places(text: str) -> ArticlePlaces:
    gazetteer = get_gazetteer()
    matches = sorted(gazetteer.find(text) + _demonym_grounds(text), key=lambda m: m.start)
    countries: Counter[str] = Counter()
    support: dict[int, str] = {}
    located: dict[int, str] = {}
    regions: list[str] = []
    demonyms: Counter[str] = Counter()
    homes: Counter[tuple[str, str]] = Counter()
    strays = _strays(matches, text)
    for match in matches:
        best = match.candidates[0]
        if match.start in strays:
            continue  # "Kauda" read as an Indian village in a story about Sudan: it points nowhere
        if best.kind == "country" or len({c.country for c in match.candidates}) == 1:
            countries[best.country] += 1
            support[match.start] = best.country
            if PLACE_INCLUDE.search(text[max(0, match.start - 60) : match.start]):
                located[match.start] = best.country
        if len({c.admin1 for c in match.candidates}) == 1 and best.admin1 and best.kind != "country":
            regions.append(best.admin1)
            homes[(best.country, best.admin1)] += 1
    for word in set(WORD.findall(text)):  # demonyms: "Colombian soldiers", "Palestinians"
        country = gazetteer.demonym_country(word)
        if country:
            demonyms[country] += 1
    local = _local_places(text, matches, countries)
    return ArticlePlaces(matches, countries, support, regions, demonyms, located, local, homes, strays)


def _strays(matches: list[PlaceMatch], text: str) -> set[int]:
    """Starts of small towns whose every namesake lies in a country that no country or region name and no
    demonym of the article points to, while other names point to one country: a namesake abroad
    ("Kauda" in a story about Sudan read as Kuda, India) that must not pull the article's country."""
    gazetteer = get_gazetteer()
    named = {m.candidates[0].country for m in matches if m.candidates[0].kind == "country"}
    named |= {c for c in map(gazetteer.demonym_country, set(WORD.findall(text))) if c}
    regions = {m.candidates[0].country for m in matches if m.candidates[0].kind == "admin1"}
    out = set()
    for match in matches:
        countries = {c.country for c in match.candidates}
        if match.candidates[0].kind in ("country", "admin1") or countries & (named | regions):
            continue
        if max(c.population for c in match.candidates) < STRONG_POP:
            out.add(match.start)
    return out if named else set()


def _demonym_grounds(text: str) -> list[PlaceMatch]:
    """ "inside Lebanese territory" as a mention of the country itself."""
    gazetteer = get_gazetteer()
    out = []
    for found in DEMONYM_GROUND.finditer(text):
        country = gazetteer.demonym_country(found.group("word"))
        named = gazetteer.find(country) if country else []
        if named and named[0].candidates[0].kind == "country":
            out.append(PlaceMatch(found.start("word"), found.end(), text[found.start("word") : found.end()], named[0].candidates))
    return out


def _local_places(text: str, matches: list[PlaceMatch], countries: Counter[str]) -> list[Place]:
    """Places unknown to the gazetteer that the article locates in a region it names ("Al-Tanf, in the desert
    of Homs province"): they take that region's country, admin1 and coordinates."""
    gazetteer = get_gazetteer()
    found: dict[str, Place] = {}
    for match in matches:
        apposition = APPOSITION.search(text, max(0, match.start - 120), match.start)
        if not apposition:
            continue
        name = apposition.group("name")
        start, end = apposition.span("name")
        if any(m.start < end and start < m.end for m in matches) or gazetteer.is_word(name):
            continue
        region = gazetteer.resolve(match, [c for c, _ in countries.most_common()])
        admin1 = region.admin1 if region.kind != "country" else None
        found.setdefault(normalize_name(name), Place(
            name, "place", region.country, region.country_code, admin1, region.lat, region.lon))
    return list(found.values())


def _local_matches(span: Span, places: ArticlePlaces) -> list[PlaceMatch]:
    """Where the sentence names a place the article located itself ("near the al-Tanf garrison")."""
    out = []
    for place in places.local:
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(place.name)}(?![\w’'-])", span.text, re.IGNORECASE):
            start = span.start_char + found.start()
            if not any(m.start < start + len(found.group()) and start < m.end for m in places.matches):
                out.append(PlaceMatch(start, start + len(found.group()), found.group(), (place,)))
    return out


def incident_places(
    span: Span, places: ArticlePlaces, skip: Sequence[tuple[int, int]] = (), anchors: Sequence[int] = ()
) -> list[tuple[PlaceMatch, Place]]:
    """Places in the sentence that say where the incident happened. Sentence offsets: `skip`, spans
    that hold no place (the aircraft's name); `anchors`, the loss words."""
    text = span.text
    chosen = []
    dateline = DATELINE.match(text)
    anchors = list(anchors) + [s for s, _ in skip if CLAIM_BEFORE.search(text[:s])]
    if INTERNATIONAL.search(text):
        return []
    for match in sorted(places.matches + _local_matches(span, places), key=lambda m: m.start):
        if not (span.start_char <= match.start and match.end <= span.end_char):
            continue
        start = match.start - span.start_char
        if (dateline and start < dateline.end()) or any(s <= start < e for s, e in skip):
            continue
        if not _locates(text, start, start + len(match.text)) or _elsewhere(span, match) or _far_at_sea(text, start):
            continue
        if other_event(text[:start], anchors, same_day=True) and not TAKEOFF.search(text[max(0, start - 110) : start]):
            continue  # "hours after a strike near X", but not "minutes after leaving X": the same flight
        context = places.context(match)
        named = context + [c for c, _ in places.demonyms.most_common() if c not in context]
        place = get_gazetteer().resolve(match, named, places.regions, places.where(match))
        if context and place.kind != "country" and place.country not in context and not _spelled_as(match.text, place):
            # a fuzzy namesake abroad ("Boni" read as Bonn): a town of the article's country, if it has one
            home = _namesake_at_home(match, place, places, span)
            if home is not place:
                chosen.append((match, home))
            continue
        chosen.append((match, _namesake_at_home(match, place, places, span)))
    return chosen or _unknown_places(span, places, skip, anchors) or _back_reference(span, places, skip, anchors)


def _namesake_at_home(match: PlaceMatch, place: Place, places: ArticlePlaces, span: Span) -> Place:
    """A town whose every namesake the gazetteer knows lies in a country nothing else in the article points to,
    while the article is about another ("Kalay" in a story about Burma read as a Japanese city): it is that
    country's town the gazetteer lacks."""
    home = places.main_country(without=match)
    if "," in match.text:  # "Whanganui, New Zealand": the name says its own country or region
        return place
    if place.kind not in ("place", "admin2") or home is None or home == place.country:
        return place
    if {c.country for c in match.candidates} & (places.named_elsewhere(match) | {home}):
        return place
    code = get_gazetteer().country_code(home)
    return Place(match.text, "place", home, code, _region_near(span, places, home), None, None) if code else place


def _sentence_country(span: Span, places: ArticlePlaces) -> str | None:
    """The one country the sentence's place names lie in ("near the village of X in Y province")."""
    countries = {m.candidates[0].country for m in _in_sentence(span, places) if len({c.country for c in m.candidates}) == 1}
    return countries.pop() if len(countries) == 1 else None


def _region_near(span: Span, places: ArticlePlaces, country: str) -> str | None:
    """The region an unlisted place of `country` lies in: the one the sentence names ("near Minimarg, in
    Gilgit-Baltistan"), else the one the article names, or names most."""
    regions = {
        m.candidates[0].admin1 for m in _in_sentence(span, places)
        if m.candidates[0].kind != "country" and m.candidates[0].country == country and m.candidates[0].admin1
        and len({(c.country, c.admin1) for c in m.candidates}) == 1
    }  # fmt: skip
    return regions.pop() if len(regions) == 1 else places.region_in(country)


def _in_sentence(span: Span, places: ArticlePlaces) -> list[PlaceMatch]:
    return [m for m in places.matches if span.start_char <= m.start < span.end_char and m.start not in places.strays]


def _unknown_places(
    span: Span, places: ArticlePlaces, skip: Sequence[tuple[int, int]], anchors: Sequence[int]
) -> list[tuple[PlaceMatch, Place]]:
    """A place the gazetteer lacks, named where the loss happened ("in the Hamrin mountains", "south of
    Robotyne"): the country a demonym gives it ("the Syrian desert") or the article's own country."""
    gazetteer = get_gazetteer()
    text = span.text
    for found in UNKNOWN_PLACE.finditer(text):
        group = "name" if found.group("name") else "bare"
        start, end = found.span(group)
        name = found.group(group)
        demonym = gazetteer.demonym_country(name)
        if any(s <= start < e for s, e in skip) or not _locates(text, start, end) or _far_at_sea(text, start):
            continue
        if (demonym is None and gazetteer.is_word(name)) or gazetteer.is_feature(name):
            continue  # "near Lake Chad": a feature of several countries says none of them
        if any(m.start < span.start_char + end and span.start_char + start < m.end for m in places.matches):
            continue
        if other_event(text[:start], anchors, same_day=True):
            continue
        framed = DEMONYM_FRAME.search(text[:start])
        demonym = demonym or (gazetteer.demonym_country(framed.group("word")) if framed else None)
        country = demonym or (None if group == "bare" and gazetteer.country(name) else
                              _sentence_country(span, places) or places.main_country())
        code = gazetteer.country_code(country) if country else None
        if code is None:
            continue
        label = text[start:found.end()]
        match = PlaceMatch(span.start_char + start, span.start_char + found.end(), label, ())
        if _elsewhere(span, match):
            continue
        return [(match, Place(label, "place", country, code, _region_near(span, places, country), None, None))]
    return []


def _back_reference(
    span: Span, places: ArticlePlaces, skip: Sequence[tuple[int, int]], anchors: Sequence[int]
) -> list[tuple[PlaceMatch, Place]]:
    """ "crashed in the province", "went down over the peninsula": the region the article names (the one it
    names more than all others together), in the country it is about; "in the country" gives that country
    alone. Only right after a loss word: "a police officer in the district" says nothing of the loss."""
    found = BACK_REFERENCE.search(span.text)
    if not found or any(s <= found.start() < e for s, e in skip) or not _locates(span.text, found.start(), found.end()):
        return []
    if not any(0 <= found.start() - a <= 40 and not CLAUSE_BREAK.search(span.text[a : found.start()]) for a in anchors):
        return []
    label = found.group()
    match = PlaceMatch(span.start_char + found.start(), span.start_char + found.end(), label, ())
    if found.group("kind").lower() in ("town", "city", "village"):
        town = _last_town(span, places, match.start)
        return [(match, town)] if town else []
    country = places.main_country()
    code = get_gazetteer().country_code(country) if country else None
    if code is None:
        return []
    whole = found.group("kind").lower() == "country"
    admin1 = None if whole else places.region_in(country)
    if admin1 is None and not whole:
        return []
    return [(match, Place(label, "admin1" if admin1 else "country", country, code, admin1, None, None))]


def _last_town(span: Span, places: ArticlePlaces, before: int) -> Place | None:
    """ "as fighting neared the town of X, a helicopter went down near the town": the last town named before,
    in this sentence or the one before it."""
    towns = [m for m in places.matches if span.start_char - 300 <= m.start < before and m.start not in places.strays
             and m.candidates and m.candidates[0].kind in ("place", "admin2")]
    if not towns:
        return None
    context = places.context(towns[-1])
    return get_gazetteer().resolve(towns[-1], context, places.regions, places.where(towns[-1]))


# "dumping fuel on US drone", "an attack on Ukraine grain ships": after "on", a name that goes on with a
# noun describes that noun; "on Crete last week", "on Evia island" still locate, and so does a name the
# sentence's verb follows ("the crash of a Cessna on Koro Island died in hospital").
ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)
NOUN_AFTER = re.compile(
    rf"^\s+(?!(?:{FRAME}|and|or|but|when|while|where|after|before|during|in|at|near|on|off|with|as|was|were|is|are|"
    r"had|has|have|from|to|for|by|last|this|that|early|late|earlier|later|shortly|overnight|yesterday|today|"
    r"tonight|killing|injuring|leaving|[a-z]+ed|died|dies|said|says|fell|went|came|remains?|lies|lay|told|"
    r"will|would|could|may|might|must|should|can)\b)[a-z][a-z-]+\b"
)


def _locates(text: str, start: int, end: int) -> bool:
    """A locative word introduces the place, and nothing makes it a destination, a speaker's place or a border."""
    before = text[:start]
    clause = CLAUSE_BREAK.split(before)[-1]
    if CARE_PLACE.search(before[-40:]) or (ON_BEFORE.search(before[-12:]) and NOUN_AFTER.match(text[end:])):
        return False
    if TAKEOFF.search(before[-110:]):
        return True
    if not PLACE_INCLUDE.search(before[-60:]):
        return encloses(text, start)
    inner = APPOSED.search(before[-80:])
    if inner:  # "for Minna, in Niger State": the region of a place that is not where the loss was
        offset = len(before) - len(before[-80:])
        if not _locates(text, offset + inner.start("inner"), offset + inner.end("inner")):
            return False
    if DESTINATION_PLACE.search(clause[-70:]) or _home_only(before):
        return False
    if SPEAKER_AT.search(before[-40:]) and SPEECH_AFTER.match(text[end:]):
        return False
    if SPEECH_PLACE.search(before[-60:]) or BORDER_AFTER.match(text[end:]) or EARLIER_MISSION.search(before[-80:]):
        return False
    return not (PLACE_EXCLUDE.search(clause[-45:]) and not PLACE_INCLUDE.search(before[-16:]))


def encloses(text: str, start: int) -> bool:
    """The place at `start` is the region of a place the sentence locates just before it: "near Sorrel
    Creek, Idaho", "8 miles from Kadoma airfield in Sanyati district, Mashonaland West"."""
    window = max(0, start - 80)
    inner = ENCLOSING.search(text[window:start])
    return bool(inner) and _locates(text, window + inner.start("inner"), window + inner.end("inner"))


def _elsewhere(span: Span, match: PlaceMatch) -> bool:
    """The place belongs to another verb than the loss: "a missile fired during an exercise in Crimea",
    "an episode still remembered in Iran", "flown to a hospital in X"."""
    token = next((t for t in span if t.idx >= match.start), None)
    while token is not None and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_ in ELSEWHERE_LEMMAS or (token.lemma_ in LAUNCH_LEMMAS and token.dep_ == "acl")
        if token.lemma_ == "hospital":
            return True
    return False



def _spelled_as(text: str, place: Place) -> bool:
    return fuzz.ratio(text.lower(), place.name.lower()) >= 90 or place.name.lower() in text.lower()


def location_value(place: Place) -> dict:
    kind = "place" if place.kind in ("airbase", "admin2") else place.kind
    return {
        "country": place.country,
        "admin1": place.admin1,
        "place": place.name if kind == "place" else None,
        "lat": place.lat,
        "lon": place.lon,
        # a territory ("Gaza Strip"), or a place only the article knows, in no region it names
        "precision": "country" if not place.admin1 and (kind == "admin1" or place.lat is None) else kind,
    }

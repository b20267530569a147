"""From one clean article to its incident mentions: the per-article heart of sitrep.

1. Read every sentence for facts: aircraft, loss cues, dates, places, casualties, weapon,
   perpetrator, operator, and who says it (`read_sentence`).
2. Walk the sentences in order and group them into mentions (`group_sentences`). A sentence with a
   loss cue joins the latest compatible mention, unless it points to another aircraft ("another
   helicopter") or another time ("earlier in July", "last month"); then it opens a new one.
   The first mention is the article's news (main); one opened by a pointer to an earlier time is
   background.
3. Turn each group into a Mention whose fields are Statements with evidence (`build_mention`).

Everything here is a pure function of the article, so the local run and Spark run the same code.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from ..gazetteer import Place, PlaceMatch, get_gazetteer
from ..models import OUTLET, Article, Evidence, Mention, Statement
from ..reconcile import party_key
from .aircraft import AircraftMatch, find_aircraft
from .attribution import DATELINE, Attribution, attribute
from .casualties import CasualtyCue, casualty_cues
from .cause import Cue, cause_cues, is_background, perpetrator_cues, weapon_cue
from .dates import DateMatch, find_dates, parse_date, publication_date

ANOTHER = re.compile(r"\b(another|a second|a third|a further|second|third)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
AVIATION_PEOPLE = re.compile(r"\b(pilots?|crew|crewmen|crewmembers?|passengers?|aboard|on board|occupants?|airmen|navigators?)\b", re.I)
WRECKAGE = re.compile(r"\b(wreckage|debris|crash site|remains of the (aircraft|helicopter|plane|jet|drone))\b", re.I)
PLACE_INCLUDE = re.compile(
    r"\b(in|over|near|outside|outside of|at|close to|around|above|off|inside|into|across|"
    r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(ern)? of|"
    r"northern|southern|eastern|western|territory of|province of|region of|skies of|part of)\s+"
    r"(the\s+)?((village|town|city|settlement|area|district|region|province|outskirts|countryside) of\s+)?"
    r"([A-Z][\w’'-]*(’s|'s)\s+)?$",
    re.IGNORECASE,
)
EXCLUDE_WORDS = (
    r"to|towards|toward|for|from|bound for|en route to|on its way to|on its was to|heading to|headed to|"
    r"flying to|returning to|based at|based in|stationed at|stationed in|border with|border of|bordering|"
    r"borders|by|against|with|between"
)
PLACE_EXCLUDE = re.compile(rf"\b({EXCLUDE_WORDS})\s+(the\s+)?([\w’'”\"-]+\s+){{0,3}}$", re.IGNORECASE)
# "en route to the X Air Base in Y": Y says where the destination is, not where the loss was.
DESTINATION_PLACE = re.compile(
    r"\b([Tt]o|[Tt]owards?|[Ff]rom|bound for|based at|stationed at)\s+(the\s+)?"
    r"([A-Z][\w’'-]*\s+|(?:air|military|naval)?\s*(?:base|airbase|airport|airfield|field)\s+){1,5}(in|at|near)\s+$",
)
CLAUSE_BREAK = re.compile(r",|;|\bwhen\b|\bwhere\b|\bafter\b|\bwhile\b|\bbefore\b|\band\b", re.IGNORECASE)
WARRING_PARTY = re.compile(r"\b(rebels?|militants?|insurgents?|fighters|guerrillas?|jihadists?|militias?)\b", re.I)
MADE_IN = re.compile(r"^-?(made|built|designed|supplied|manufactured)\b", re.IGNORECASE)


@dataclass
class SentenceFacts:
    span: Span
    attribution: Attribution
    aircraft: list[AircraftMatch]
    causes: list[Cue]
    dates: list[DateMatch]
    places: list[tuple[PlaceMatch, Place]]
    casualties: list[CasualtyCue]
    weapon: Cue | None
    perpetrators: list[Cue]
    operators: list[tuple[int, int, str]]  # (start, end, country) in sentence offsets
    background: bool
    another: bool  # names a further aircraft ("another helicopter")

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def is_loss(self) -> bool:
        return bool(self.causes)

    @property
    def categories(self) -> set[str]:
        return {a.category for a in self.aircraft if a.category != "aircraft"}

    @property
    def families(self) -> set[str]:
        return {a.family for a in self.aircraft if a.family}


@dataclass
class Group:
    role: str
    sentences: list[SentenceFacts] = field(default_factory=list)

    @property
    def families(self) -> set[str]:
        return set().union(*(s.families for s in self.sentences)) if self.sentences else set()

    @property
    def categories(self) -> set[str]:
        return set().union(*(s.categories for s in self.sentences)) if self.sentences else set()

    @property
    def day(self) -> str | None:
        for sentence in self.sentences:
            for match in sentence.dates:
                if match.date.precision in ("day", "month_day"):
                    return match.date.value
        return None


def reference_date(article: Article) -> tuple[datetime.date | None, str | None, str | None]:
    """The publication date the article's relative dates resolve against, its ISO form and source."""
    found = parse_date(article.published) if article.published else None
    source = "metadata" if found else None
    if not found or found.precision != "day":
        found, source = publication_date(article.raw_text, article.url, article.published)
    if found and found.precision == "day" and found.value:
        return datetime.date.fromisoformat(found.value), found.value, source
    return None, None, None


def extract_mentions(article: Article, doc: Doc) -> list[Mention]:
    """Every aircraft-loss incident the article reports or mentions."""
    reference, _, _ = reference_date(article)
    facts = read_sentences(doc, reference)
    groups = group_sentences(facts)
    mentions = [build_mention(article.id, index, group) for index, group in enumerate(groups)]
    _share_news_frame(mentions)
    return mentions


def _share_news_frame(mentions: list[Mention]) -> None:
    """A main mention with no date or place of its own happened in the news frame of the first one
    ("another helicopter also crashed close to the frontlines"); it takes that day and region."""
    if not mentions:
        return
    first = mentions[0]
    for mention in mentions[1:]:
        if mention.role != "main":
            continue
        if "date" not in mention.fields and first.fields.get("date"):
            mention.fields["date"] = list(first.fields["date"])
        if "location" not in mention.fields and first.fields.get("location"):
            mention.fields["location"] = [
                Statement({**s.value, "place": None, "lat": None, "lon": None,
                           "precision": "admin1" if s.value.get("admin1") else "country"}, s.evidence)
                for s in first.fields["location"]
            ]  # fmt: skip


def read_sentences(doc: Doc, reference: datetime.date | None) -> list[SentenceFacts]:
    gazetteer = get_gazetteer()
    article_places = gazetteer.find(doc.text)
    context_countries = _context_countries(article_places)
    facts: list[SentenceFacts] = []
    previous: Attribution | None = None
    for span in doc.sents:
        if not span.text.strip():
            continue
        attribution = attribute(span, previous)
        previous = attribution
        facts.append(read_sentence(span, attribution, reference, article_places, context_countries))
    return facts


def read_sentence(
    span: Span,
    attribution: Attribution,
    reference: datetime.date | None,
    article_places: list[PlaceMatch],
    context_countries: list[str],
) -> SentenceFacts:
    text = span.text
    aircraft = find_aircraft(text)
    places = _incident_places(span, article_places, context_countries, aircraft)
    return SentenceFacts(
        span=span,
        attribution=attribution,
        aircraft=aircraft,
        causes=cause_cues(text) if aircraft or _mentions_it(text) else [],
        dates=_event_dates(text, reference),
        places=places,
        casualties=casualty_cues(text),
        weapon=weapon_cue(text),
        perpetrators=[p for p in perpetrator_cues(span) if not _overlaps_aircraft(p, aircraft)],
        operators=_operators(text, aircraft),
        background=is_background(text),
        another=any(ANOTHER.search(text[: a.start]) for a in aircraft),
    )


SPEECH_TIME = re.compile(
    r"\b(said|says|announced|told \w+|reported|confirmed|stated|added|claimed|denied|tweeted|wrote)\s+(late\s+|early\s+)?(on\s+)?$",
    re.IGNORECASE,
)
SPEECH_PLACE = re.compile(
    r"\b(said|says|told \w+|speaking|spoke|briefing|statement|news conference|press conference|announced)\s+"
    r"([\w’'-]+\s+){0,2}(in|at|from)\s+(the\s+)?$",
    re.IGNORECASE,
)


def _event_dates(text: str, reference: datetime.date | None) -> list[DateMatch]:
    """Dates in the sentence, minus the day a statement was made ("the army said on Tuesday")."""
    dates = [d for d in find_dates(text, reference) if d.date.precision != "unknown"]
    return [d for d in dates if not SPEECH_TIME.search(text[: d.start])] or dates[:0]


def _mentions_it(text: str) -> bool:
    return bool(re.search(r"\b(it|the crash|the downing)\b", text, re.IGNORECASE))


def _overlaps_aircraft(cue: Cue, aircraft: list[AircraftMatch]) -> bool:
    return any(a.start < cue.end and cue.start < a.end for a in aircraft)


def _context_countries(matches: list[PlaceMatch]) -> list[str]:
    counts: dict[str, int] = {}
    for match in matches:
        best = match.candidates[0]
        if best.kind == "country" or len({c.country for c in match.candidates}) == 1:
            counts[best.country] = counts.get(best.country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _incident_places(
    span: Span, article_places: list[PlaceMatch], context: list[str], aircraft: list[AircraftMatch]
) -> list[tuple[PlaceMatch, Place]]:
    """Places in the sentence that say where the incident happened, not where it was going."""
    text = span.text
    chosen = []
    dateline = DATELINE.match(text)
    for match in article_places:
        if not (span.start_char <= match.start and match.end <= span.end_char):
            continue
        start = match.start - span.start_char
        if dateline and start < dateline.end():
            continue
        if any(a.start <= start < a.end for a in aircraft):
            continue
        before = text[:start]
        clause = CLAUSE_BREAK.split(before)[-1]
        if not PLACE_INCLUDE.search(before[-45:]) or DESTINATION_PLACE.search(clause[-70:]):
            continue
        if SPEECH_PLACE.search(before[-60:]):  # where someone spoke, not where it happened
            continue
        if PLACE_EXCLUDE.search(clause[-45:]) and not PLACE_INCLUDE.search(before[-14:]):
            continue
        place = get_gazetteer().resolve(match, context)
        if context and place.kind != "country" and place.country not in context and not _spelled_as(match.text, place):
            continue  # a fuzzy namesake abroad ("Boni" read as Bonn) in an article about somewhere else
        chosen.append((match, place))
    return chosen


def _spelled_as(text: str, place: Place) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(text.lower(), place.name.lower()) >= 90 or place.name.lower() in text.lower()


def _operators(text: str, aircraft: list[AircraftMatch]) -> list[tuple[int, int, str]]:
    """Countries named just before an aircraft ("a Russian Mi-24", "Syria's air force Su-22")."""
    gazetteer = get_gazetteer()
    found = []
    for match in aircraft:
        window_start = max(0, match.start - 45)
        words = list(re.finditer(r"[A-Z][\w.’']*(?:-[A-Za-z]+)?", text[window_start : match.start]))
        for word in reversed(words):
            token = word.group()
            country = gazetteer.country(token.split("-")[0])
            after = text[window_start + word.end() : window_start + word.end() + 12]
            if country and not MADE_IN.match(after) and not token.lower().endswith(("-made", "-built")):
                found.append((window_start + word.start(), window_start + word.end(), country))
                break
    for match in re.finditer(r"\b(?:claimed|said|believed|thought)\s+to\s+(?:be|have been)\s+([A-Z]\w+)", text):
        country = gazetteer.country(match.group(1))
        if country:
            found.append((match.start(1), match.end(1), country))
    if not found:  # the crew's nationality, only when nothing names the aircraft's owner
        for match in re.finditer(r"\b([A-Z]\w+)\s+(?:pilots?|crew|airmen|servicemen)\b", text):
            country = gazetteer.country(match.group(1))
            if country:
                found.append((match.start(1), match.end(1), country))
    return found


def group_sentences(facts: list[SentenceFacts]) -> list[Group]:
    """Walk the article once, sending each incident sentence to the mention it tells."""
    groups: list[Group] = []
    for sentence in facts:
        if sentence.is_loss:
            target = _target_group(groups, sentence)
            if target is None:
                if not sentence.aircraft:
                    continue
                role = "main" if not groups or not _points_elsewhere(groups, sentence) else "background"
                target = Group(role)
                groups.append(target)
            target.sentences.append(sentence)
        elif groups and (detail := _as_detail(sentence)):
            groups[-1].sentences.append(detail)
    return groups


def _target_group(groups: list[Group], sentence: SentenceFacts) -> Group | None:
    if not groups or sentence.another:
        return None
    if sentence.background and _points_elsewhere(groups, sentence):
        return None
    for group in reversed(groups):
        if _compatible(group, sentence):
            return group
    return None


def _points_elsewhere(groups: list[Group], sentence: SentenceFacts) -> bool:
    """The sentence names another time than the news: a background pointer with a different date."""
    if not sentence.background:
        return False
    own_day = next((d.date.value for d in sentence.dates if d.date.precision in ("day", "month_day")), None)
    return own_day is None or all(g.day != own_day for g in groups)


def _compatible(group: Group, sentence: SentenceFacts) -> bool:
    if sentence.families and group.families and not (sentence.families & group.families):
        return False
    if sentence.categories and group.categories and not (sentence.categories & group.categories):
        return False
    own_day = next((d.date.value for d in sentence.dates if d.date.precision == "day"), None)
    if own_day and group.day and group.day != own_day and len(group.day) == len(own_day):
        gap = abs((datetime.date.fromisoformat(own_day) - datetime.date.fromisoformat(group.day)).days)
        if gap > 2:
            return False
    return True


def _as_detail(sentence: SentenceFacts) -> SentenceFacts | None:
    """A sentence without a loss cue that still tells the latest incident: its crew's fate, its wreck."""
    tells_crew = bool(sentence.casualties) and bool(AVIATION_PEOPLE.search(sentence.text))
    if tells_crew or sentence.aircraft:
        return sentence if tells_crew else None
    wreck = WRECKAGE.search(sentence.text)
    if not wreck:
        return None
    # "the wreckage lay outside X" places the incident; "40 km from the crash site, ..." does not
    places = [
        (match, place) for match, place in sentence.places
        if 0 <= match.start - sentence.start - wreck.end() <= 70
        and "," not in sentence.text[wreck.end() : match.start - sentence.start]
    ]  # fmt: skip
    return replace(sentence, places=places) if places else None


def build_mention(article_id: str, index: int, group: Group) -> Mention:
    mention = Mention(article_id=article_id, index=index, role=group.role)
    allowed_families = group.families
    for sentence in group.sentences:
        mention.sentences.append((sentence.span.start_char, sentence.span.end_char))
        _add_sentence(mention, sentence, allowed_families)
    return mention


def _evidence(sentence: SentenceFacts, start: int, end: int, stance: str | None = None) -> Evidence:
    return Evidence(
        text=sentence.text.strip(),
        start=sentence.start + start,
        end=sentence.start + end,
        attributed_to=sentence.attribution.source,
        stance=stance or sentence.attribution.stance,
    )


SELF_CLAIM = re.compile(
    r"\b(it|they|we|its|their|our)\s+(own\s+)?((forces|troops|air defen[cs]es?|units?|fighters|military|army|navy|"
    r"air force|pilots?|gunners)\s+)?(had\s+|has\s+|have\s+)?(shot|downed|brought|destroyed|intercepted|hit)\b",
    re.IGNORECASE,
)


def _self_claim(sentence: SentenceFacts) -> bool:
    """The source says it did the shooting itself ("the army said it shot down a drone"): a claim, not a fact."""
    source = sentence.attribution.source
    if source == OUTLET:
        return False
    if SELF_CLAIM.search(sentence.text):
        return True
    return any(party_key(p.value) == party_key(source) for p in sentence.perpetrators)


def _add_sentence(mention: Mention, sentence: SentenceFacts, allowed_families: set[str]) -> None:
    for match in sentence.aircraft:
        if match.family and allowed_families and match.family not in allowed_families:
            continue
        value = {"model": match.model, "family": match.family, "category": match.category,
                 "nato_name": match.nato_name, "as_written": match.text}  # fmt: skip
        mention.add("aircraft", value, _evidence(sentence, match.start, match.end))
    if sentence.is_loss or "date" not in mention.fields:
        for date in sentence.dates[:1]:
            value = {"value": date.date.value, "precision": date.date.precision, "as_written": date.text}
            mention.add("date", value, _evidence(sentence, date.start, date.end))
    for place_match, place in sentence.places:
        start = place_match.start - sentence.start
        mention.add("location", _location_value(place), _evidence(sentence, start, start + len(place_match.text)))
    self_claim = _self_claim(sentence)
    for cue in sentence.causes:
        stance = "denied" if cue.negated else "claimed" if self_claim and cue.value == "shot_down" else None
        mention.add("cause", cue.value, _evidence(sentence, cue.start, cue.end, stance))
    if self_claim and not sentence.perpetrators and any(c.value == "shot_down" for c in sentence.causes):
        source = sentence.attribution.source
        found = max(sentence.text.find(source), 0)
        mention.add("perpetrator", source, _evidence(sentence, found, found + len(source), "claimed"))
    if sentence.weapon and sentence.is_loss:
        mention.add("weapon", sentence.weapon.value, _evidence(sentence, sentence.weapon.start, sentence.weapon.end))
    for cue in sentence.perpetrators:
        stance = "claimed" if self_claim else None
        mention.add("perpetrator", cue.value, _evidence(sentence, cue.start, cue.end, stance))
    source = sentence.attribution.source
    if sentence.attribution.stance == "claimed" and WARRING_PARTY.search(source) and sentence.is_loss:
        if any(c.value == "shot_down" and not c.negated for c in sentence.causes) and not sentence.perpetrators:
            found = sentence.text.find(source)
            start, end = (found, found + len(source)) if found >= 0 else (0, 0)
            mention.add("perpetrator", source[:1].upper() + source[1:], _evidence(sentence, start, end, "claimed"))
    for start, end, country in sentence.operators:
        mention.add("operator", country, _evidence(sentence, start, end))
    for cue in sentence.casualties:
        mention.add(cue.field, cue.value, _evidence(sentence, cue.start, cue.end))


def _location_value(place: Place) -> dict:
    return {
        "country": place.country,
        "admin1": place.admin1 if place.kind != "admin1" else place.name,
        "place": place.name if place.kind in ("place", "airbase") else None,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.kind if place.kind != "airbase" else "place",
    }

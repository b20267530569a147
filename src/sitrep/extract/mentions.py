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
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span

from ..gazetteer import Place, PlaceMatch, get_gazetteer
from ..models import COUNT_FIELDS, OUTLET, Article, Evidence, Mention, Statement
from ..nlp import doc_text
from .aircraft import CIVIL_TYPES, AircraftMatch, families_overlap, find_aircraft, maker_start
from .attribution import Attribution, attribute, clause_attribution, confirmed_later
from .casualties import PEOPLE, CasualtyCue, casualty_cues
from .cause import (
    AIRCRAFT_WORDS, CONSEQUENCE, DENIED_CLAIM, NOT_LITERAL, SAFE_RETURN, Cue, cause_cues, cue_clause, is_background, loss_cues, perpetrator_cues,
    shooter_aircraft, weapon_cue,
)
from .dates import (
    MONTHS,
    DateMatch,
    DateValue,
    date_window,
    dateline_day,
    event_dates,
    narrative_date,
    parse_date,
    publication_date,
    said_dates,
    said_today,
    same_day_clock,
)
from .parties import (
    GENERIC_GROUPS, MADE_IN, REGISTRATION, SERVICE_NAME, acronyms, body_before, claiming_unit, country_of, demonym_only, expand, group_country, group_names, insurgents_at_home, loser, maker_word, name_word,
    one_group, own_side_fire, owner_sentence, party_name, pointed_force_country, region_country, registration_country, same_party, service_in_context,
    speaking_force_country, state_of, unnamed_force_country,
)
from .places import ArticlePlaces, encloses, incident_places, location_value, read_places

ANOTHER = re.compile(r"\b(another|a second|a third|a further|second|third)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
AVIATION_PEOPLE = re.compile(r"\b(pilots?|crew|crewmen|crewmembers?|passengers?|aboard|on board|occupants?|airmen|navigators?)\b", re.I)
WRECKAGE = re.compile(r"\b(wreckage|wreck|debris|crash site|remains of the (aircraft|helicopter|plane|jet|drone))\b", re.I)
THE_GROUP = re.compile(r"^the\s+(?:group|movement|organi[sz]ation|militia|rebels|insurgents|militants)$", re.I)
OWNED_SPEAKER = re.compile(r"^(?:its|their)\s", re.I)
WARRING_PARTY = re.compile(r"\b(rebels?|militants?|insurgents?|fighters|guerrillas?|jihadists?|militias?)\b", re.I)


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
    detail: bool = False  # joined a mention for its weapon or perpetrator only
    said_on: list[DateMatch] = field(default_factory=list)  # days a statement was made: the last resort
    said_today: list[DateMatch] = field(default_factory=list)  # "police say": the publication day

    @property
    def start(self) -> int:
        return self.span.start_char

    @cached_property
    def text(self) -> str:  # Span.text joins its tokens again on every call
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
    closed: bool = False  # told in passing ("while the second fell"): later sentences tell others

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

    @property
    def window(self) -> tuple[datetime.date, datetime.date] | None:
        """The days the mention's most precise own date allows."""
        spans = [w for s in self.sentences if s.dates and (w := date_window(s.dates[0].date))]
        return min(spans, key=lambda w: w[1] - w[0]) if spans else None


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
    groups = group_sentences(facts, reference)
    mentions = [build_mention(article.id, index, group) for index, group in enumerate(groups)]
    mentions = [m for m in mentions if not _came_down_intact(m, doc_text(doc))]
    _share_news_frame(mentions)
    settle_parties(mentions, doc_text(doc))
    _same_place(mentions, doc_text(doc))
    for mention in mentions:
        _headline_as_told(mention, doc_text(doc))
    confirmed_later(mentions, doc_text(doc))
    return mentions


VAGUE_SOURCE = re.compile(r"^(?:(?:some|unnamed|local)\s+)?(?:sources?|reports?|media|witnesses)$", re.I)


def _headline_as_told(mention: Mention, text: str) -> None:
    """A headline shortens its lede: "Drone downed over border" over "rebels said they downed a drone" is
    that claim, not the outlet's word. When no body sentence asserts a shoot-down, the headline's
    shoot-downs in the outlet's (or vague sources') voice take the stance of the body's first one."""
    line_end = text.find("\n", len(text) - len(text.lstrip()))
    statements = mention.fields.get("cause", [])
    hostile = [s for s in statements if s.value == "shot_down" and s.evidence.stance != "denied"]
    headline = [s for s in hostile if s.evidence.end <= line_end]
    body = [s for s in hostile if s.evidence.start > line_end]
    if line_end < 0 or not headline or not body or any(s.evidence.stance == "asserted" for s in body):
        return
    told = min(body, key=lambda s: s.evidence.start).evidence.stance
    for n, statement in enumerate(statements):
        source, evidence = statement.evidence.attributed_to, statement.evidence
        if statement in headline and evidence.stance == "asserted" and (source == OUTLET or VAGUE_SOURCE.match(source)):
            statements[n] = Statement(statement.value, replace(evidence, stance=told))


INTACT = re.compile(
    r"\b(?:found|landed|recovered|lay|lying|sat|sitting|touched\s+down|glided\s+down)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:intact|undamaged|unscathed|in\s+one\s+piece|(?:quite\s+|fairly\s+)?(?:neatly|safely|softly|gently))\b|"
    r"\b(?:was|were)\s+(?:largely\s+|almost\s+)?(?:intact|undamaged)\b",
    re.I,
)


# "There was no crash": the text itself corrects a crash first reported, when it also tells a landing.
NO_CRASH = re.compile(r"\b(?:there\s+was\s+no|it\s+was\s+not\s+an?|(?:did|had)\s+not|didn't|hadn't|never)\s+(?:crash|crashed)\b", re.I)
SAFE_LANDING = re.compile(
    r"\b(?:successful|safe|precautionary|controlled|textbook)\s+(?:forced\s+|emergency\s+)?landing\b|"
    r"\b(?:landed|put\s+(?:it|the\s+\w+)\s+down)\s+(?:\w+\s+){0,2}?(?:safely|carefully|normally)\b",
    re.I,
)


def _came_down_intact(mention: Mention, text: str) -> bool:
    """ "A drone came down in a field ... found intact and upright": an aircraft that landed whole,
    with no crash or downing told, is no loss; nor is one whose "crash" the text says was none."""
    causes = {s.value for s in mention.fields.get("cause", []) if s.evidence.stance != "denied"}
    told = [s for s in mention.fields.get("cause", []) if s.value == "crashed" and s.evidence.stance != "denied"]
    dead = any(isinstance(s.value, int) and s.value > 0 for s in mention.fields.get("killed", []))
    if causes <= {"unknown", "crashed"} and not dead and all(s.evidence.attributed_to != OUTLET for s in told) \
            and NO_CRASH.search(text) and SAFE_LANDING.search(text):
        return True  # a crash only others spoke of
    return causes <= {"unknown"} and bool(INTACT.search(text))


SAME_PLACE = re.compile(
    r"\b(?:in|at|near|over|on approach to|approaching|outside|off)\s+the\s+same\s+"
    r"(?:airstrip|airport|airfield|air base|base|runway|area|village|town|city|region|province|district|valley|"
    r"mountains?|ridge|spot|place|location|route|stretch|coast|waters|sea)\b",
    re.I,
)


def _same_place(mentions: list[Mention], text: str) -> None:
    """ "In 2009 a Dash 8 crashed near the same village": an earlier incident where a mention told
    before happened (operators are settled first: the place says nothing of whose aircraft it was)."""
    for n, mention in enumerate(mentions):
        if mention.fields.get("location"):
            continue
        before = next((m for m in reversed(mentions[:n]) if m.fields.get("location")), None)
        found = next(((start, end, match) for start, end in mention.sentences
                      if (match := SAME_PLACE.search(text[start:end]))), None)  # fmt: skip
        if before is None or found is None:
            continue
        start, end, match = found
        sentence = text[start:end].strip()
        told = next((st.evidence for st in mention.fields.get("cause", []) if st.evidence.text == sentence), None)
        evidence = Evidence(sentence, start + match.start(), start + match.end(),
                            told.attributed_to if told else OUTLET, told.stance if told else "asserted")  # fmt: skip
        for statement in before.fields["location"]:
            if statement.evidence.stance != "denied":
                mention.add("location", statement.value, evidence)


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
    places = read_places(doc_text(doc))
    named = find_aircraft(doc_text(doc))  # over the whole text: "a Fulcrum" after "two MiG-29 Fulcrum fighters"
    facts: list[SentenceFacts] = []
    previous: Attribution | None = None
    known: list[str] = []  # the article's sources so far: "the command" is the one named in full before
    for span in _whole_sentences(doc, named):
        if not span.text.strip():
            continue
        attribution = attribute(span, previous, known)
        facts.append(read_sentence(span, attribution, reference, places, previous, known, _within(named, span)))
        previous = attribution
        if attribution.source != OUTLET:
            known.append(attribution.source)
    if reference is None:
        _settle_dates(facts, doc_text(doc))
    _narrative_dates(facts)
    _scene_dates(facts)
    _unverified_claims(facts)
    _shooters_claims(facts)
    return facts


def _whole_sentences(doc: Doc, named: list[AircraftMatch]) -> list[Span]:
    """The parser's sentences, joined where it cut an aircraft's name in two ("a DHC-6. Twin Otter crashed")."""
    spans: list[Span] = []
    for span in doc.sents:
        if spans and any(a.start < span.start_char < a.end for a in named):
            spans[-1] = doc[spans[-1].start : span.end]
        else:
            spans.append(span)
    return [part for span in spans for part in _listed_losses(span, named)]


def _listed_losses(span: Span, named: list[AircraftMatch]) -> list[Span]:
    """A sentence that lists two dated losses of two types ("a PC-9 crashed in 2009, and the crew of an
    S-92 were killed in 2017"), split at the "and" that joins their clauses so that each is read alone."""
    for verb in (t for t in span if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.head.i < t.i):
        cut = verb.left_edge.i
        if not any(t.dep_ == "cc" and t.i < cut for t in verb.head.children) or cut <= span.start:
            continue
        parts = (span.doc[span.start : cut], span.doc[cut : span.end])
        families = [{a.family for a in named if a.family and p.start_char <= a.start and a.end <= p.end_char} for p in parts]
        dated = all(YEAR.search(p.text) for p in parts)
        if dated and all(families) and not families_overlap(families[0], families[1]):
            return list(parts)
    return [span]

# "That report could not be confirmed": what the sentences just before assert is a claim.
UNVERIFIED = re.compile(
    r"\b(?:the|this|that|these|those|such)\s+(?:[\w'’]+\s+)?(?:claims?|reports?|accounts?|assertions?)\s+"
    r"(?:could|can|has|have|was|were)\s*(?:not|n't|never)\s+(?:yet\s+)?(?:be(?:en)?\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed|corroborated)\b",
    re.I,
)
HOSTILE_CAUSES = ("shot_down", "friendly_fire")


def _unverified_claims(facts: list[SentenceFacts]) -> None:
    """The shoot-down told just before an "it could not be verified" sentence is a claim, with its shooter."""
    for n, sentence in enumerate(facts):
        if sentence.is_loss or not UNVERIFIED.search(sentence.text):
            continue
        told = next((s for s in reversed(facts[max(0, n - 3) : n]) if any(c.value in HOSTILE_CAUSES for c in s.causes)), None)
        if told is None:
            continue
        asserted = (None, "asserted")
        told.causes = [
            replace(c, stance="claimed") if c.value in HOSTILE_CAUSES and not c.negated and c.stance in asserted else c
            for c in told.causes
        ]  # fmt: skip
        told.perpetrators = [replace(p, stance="claimed") if p.stance in asserted else p for p in told.perpetrators]


def _shooters_claims(facts: list[SentenceFacts]) -> None:
    """A shoot-down whose shooter is the party telling it ("The group ... It said it had brought down a
    drone") is that party's claim, though the outlet's sentence carries no hedge."""
    for sentence in facts:
        if any(p.stance == "claimed" and p.source is None for p in sentence.perpetrators):
            sentence.causes = [
                replace(c, stance="claimed") if c.value == "shot_down" and not c.negated and c.stance in (None, "asserted") else c
                for c in sentence.causes
            ]  # fmt: skip


def _within(found: list[AircraftMatch], span: Span) -> list[AircraftMatch] | None:
    """The matches inside the sentence, in its offsets; None when one runs over its edge (the sentence
    splitter cut a name in two), so the sentence is read on its own."""
    start, end = span.start_char, span.end_char
    if any(a.start < start < a.end or a.start < end < a.end for a in found):
        return None
    return [replace(a, start=a.start - start, end=a.end - start) for a in found if start <= a.start and a.end <= end]


def read_sentence(
    span: Span,
    attribution: Attribution,
    reference: datetime.date | None,
    article_places: ArticlePlaces,
    previous: Attribution | None = None,
    known: list[str] | None = None,
    found: list[AircraftMatch] | None = None,
) -> SentenceFacts:
    """The facts of one sentence; `found` are its aircraft (sentence offsets) when the caller read them."""
    text = span.text
    found = find_aircraft(text) if found is None else found
    weapon = weapon_cue(text, [(a.start, a.end) for a in found])
    aircraft = _lost_aircraft(span, found, weapon)
    refers = aircraft or _mentions_it(text) or ANAPHOR.search(text) or FLIGHT.search(text) or DENIED_CLAIM.search(text)
    spans = [(a.start, a.end) for a in aircraft]
    causes = (loss_cues(span, spans) or _crew_killed(text, aircraft) or _unparsed_loss(text, aircraft) or _claimed_kill(span, aircraft)) if refers else []
    causes = causes or _another_loss(span)
    if causes and all(c.value == "collision" for c in causes) and SAFE_RETURN.search(text) and not CONSEQUENCE.search(text):
        causes = []  # "the other plane lost part of a wing in the collision but landed safely": not its loss
    if any(ANOTHER.search(text[: a.start]) for a in aircraft) and all(TOLD_LOSS.search(text[: c.start]) for c in causes):
        causes = []  # "the pilot of a second plane saw the crash": the loss told already, not the other's
    causes = [c for c in causes if not _not_a_real_loss(span, c) and not _ranks_the_news(span, c) and not _running_tally(span, c)]
    if PRETEND_SPEAKER.search(attribution.source or ""):  # "'Enemy jets down,' the exercise commander announced"
        causes = [c for c in causes if c.value not in HOSTILE_CAUSES]
    shooters = shooter_aircraft(span, spans)  # "a missile fired by a Turkish F-16": not the aircraft lost
    lost = _object_of_loss(text, [a for a in aircraft if (a.start, a.end) not in shooters], causes)
    side = [a for a in lost if _side_aircraft(text, a)]
    if side and len(side) < len(lost):  # "the airline's fleet of A320s", "an Il-76 sent to search for the An-26"
        lost = [a for a in lost if a not in side]
    if not causes:  # "taken by rescue helicopter to hospital": a helper, not a further incident
        lost = [a for a in lost if not _helper_aircraft(span, a)]
    else:  # "the pilot ejected and was picked up by a rescue helicopter": the loss told before it is not its own
        lost = [a for a in lost if not (all(c.end <= a.start for c in causes) and RESCUED_BY.search(text[: a.start]))]
    anchors = [offset for cue in causes for offset in (cue.start, cue.end)]  # where the loss words are
    places = incident_places(span, article_places, spans, anchors)
    speaker = attribution.source if attribution.source != OUTLET else None
    return SentenceFacts(
        span=span,
        attribution=attribution,
        aircraft=lost,
        causes=[_attributed(cue, span, attribution, previous, known or []) for cue in causes],
        dates=_loss_clause_first(span, event_dates(text, reference, anchors), causes),
        said_on=said_dates(text, reference),
        said_today=said_today(text, reference, doc_text(span.doc)[max(0, span.start_char - 20) : span.start_char]),
        places=places,
        casualties=casualty_cues(text, span),
        weapon=weapon,
        perpetrators=[
            p for p in perpetrator_cues(span, speaker, spans) if not _overlaps_aircraft(p, lost) and not _owner_of_passive(p, text, lost)
        ],
        operators=_operators(text, lost, attribution),
        background=is_background(text),
        another=any(ANOTHER.search(text[: a.start]) for a in (aircraft if causes else lost))
        or (not aircraft and any(_another_subject(span, c) for c in causes)),
    )


# What a downing verb can take that is no aircraft: "a plan that MPs shot down", "the bill was shot down".
FIGURATIVE_OBJECTS = {
    "plan", "proposal", "bill", "idea", "motion", "deal", "purchase", "request", "bid", "suggestion", "amendment",
    "claim", "rumour", "rumor", "report", "theory", "notion", "argument", "application", "scheme", "project",
    "initiative", "measure", "law", "budget", "offer", "tender", "policy", "reform", "plea", "appeal", "hope",
    "attempt", "effort", "petition", "resolution", "question", "candidacy", "nomination", "story",
    "market", "price", "share", "stock", "economy", "currency", "website", "server", "system", "network", "talks",
}  # fmt: skip
CONDITIONAL = {"if", "unless", "should"}
INDEFINITE = {"a", "an", "any", "some"}
# "a crash programme", "a crash course": the noun "crash" as an idiom's modifier, no accident.
IDIOM_HEADS = {"programme", "program", "course", "diet", "pad", "helmet", "barrier", "mat", "cart", "plan", "effort", "drive"}
PRETEND_SPEAKER = re.compile(r"\b(?:exercises?|drills?|war\s*games?|manoeuvres?|maneuvers?|umpires?|referees?)\b", re.I)
NEAR_MISS = {"nearly", "almost"}  # "the Cessna nearly crashed into the hangar"
IMPENDING = {"about", "going"}  # "thought the plane was about to crash"


def _cue_verb(span: Span, cue: Cue):  # noqa: ANN202 - a spaCy Token or None
    found = span.char_span(cue.start, cue.end, alignment_mode="expand")
    if found is None or not len(found):
        return None
    verb = next((t for t in found if t.pos_ in ("VERB", "AUX")), found.root)
    while verb.dep_ in ("aux", "auxpass", "prt") and verb.head is not verb:
        verb = verb.head
    return verb


def _not_a_real_loss(span: Span, cue: Cue) -> bool:
    """A loss verb said of no real aircraft: of an idea ("a purchase plan that MPs shot down") or of an
    aircraft only supposed ("drilled how they would respond if a plane crashed")."""
    verb = _cue_verb(span, cue)
    if verb is None or cue.negated:  # "rejected the claim" denies a loss: the claim is its object
        return False
    kids = list(verb.children)
    if verb.dep_ == "compound" and verb.head.lemma_.lower() in IDIOM_HEADS:
        return True
    if any(t.dep_ == "advmod" and t.lower_ in NEAR_MISS for t in kids) or (verb.dep_ == "xcomp" and verb.head.lower_ in IMPENDING):
        return True  # a loss that almost happened, or was only feared
    objects = [t for t in kids if t.dep_ in ("dobj", "nsubjpass")] or [t for t in kids if t.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl") and not [t for t in kids if t.dep_ in ("dobj", "nsubjpass")]:
        objects = [verb.head]  # "the plan that they shot down": the noun the clause hangs on
    if objects and all(t.lemma_.lower() in FIGURATIVE_OBJECTS for t in objects):
        return True
    supposed = verb.dep_ == "advcl" and any(t.dep_ == "mark" and t.lower_ in CONDITIONAL for t in kids)
    subjects = [t for t in kids if t.dep_ in ("nsubj", "nsubjpass")]
    return supposed and any(d.dep_ == "det" and d.lower_ in INDEFINITE for t in subjects for d in t.children)


RANKING_VERBS = {"be", "mark", "become", "remain", "rank"}
RANKS = {"first", "second", "third", "fourth", "fifth", "latest", "last", "only", "next"}


def _ranks_the_news(span: Span, cue: Cue) -> bool:
    """ "It is the first fatal crash of a Polish F-16 since 2006": the loss noun ranks the story's own
    event; the aircraft and date it names tell no other loss."""
    noun = _cue_verb(span, cue)
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "dobj") or noun.head.lemma_ not in RANKING_VERBS:
        return False
    if not any(t.dep_ == "nsubj" and t.lower_ in ("it", "this", "that") for t in noun.head.children):
        return False
    return any(t.dep_ == "amod" and (t.lower_ in RANKS or t.tag_ == "JJS") for t in noun.children)


TALLY_SPAN = re.compile(r"\b(?:since|so far|to date|in total|in all|over the (?:past|last)|by (?:our|their|its|one) count)\b", re.I)
MANY = {"dozens", "scores", "hundreds", "several", "many", "numerous"}


def _running_tally(span: Span, cue: Cue) -> bool:
    """ "At least 11 military aircraft have been lost since the war began": a count of losses over a
    span of time, no one incident."""
    verb = _cue_verb(span, cue)
    if verb is None or not TALLY_SPAN.search(span.text):
        return False
    lost = [t for t in verb.children if t.dep_ in ("nsubjpass", "dobj", "nsubj")]
    for noun in lost:
        if noun.lower_ in MANY:
            return True
        numbers = [t for t in noun.children if t.dep_ == "nummod"]
        if any(t.like_num and (not t.text.isdigit() or int(t.text) > 2) and t.lower_ not in ("one", "two", "both") for t in numbers):
            return True
    return False


def _another_loss(span: Span) -> list[Cue]:
    """ "Another of the Chinese-built trainers crashed": a loss whose subject is one more of an aircraft
    kind, told with words the catalogue does not read as one aircraft."""
    cues = [c for c in cause_cues(span.text) if not c.negated and _another_subject(span, c)]
    return [c for c in cues if any(
        w.lemma_.lower() in AIRCRAFT_WORDS - NOT_KIND or w.pos_ == "PROPN" for w in _subject_words(_cue_verb(span, c))
    )]  # fmt: skip


NOT_KIND = {"pilot", "crew", "airman", "aviator", "one", "second", "other"}


def _another_subject(span: Span, cue: Cue) -> bool:
    """ "another of the trainers crashed", "another Air Tractor ... crashed": the loss's subject is a
    further aircraft, even where the words name none the catalogue knows."""
    return any(w.lower_ == "another" for w in _subject_words(_cue_verb(span, cue)))


def _subject_words(verb) -> list:  # noqa: ANN001 - a spaCy Token or None
    """The words of a verb's subjects ("another Thrush spraying rice" may parse as a clausal subject)."""
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "csubj")] if verb is not None else []
    return [w for t in subjects for w in t.subtree]


# "killed the four crew members of an LR-2", "claimed the lives of all six people aboard the helicopter"
CREW_KILLED = re.compile(
    r"\b(?:killed|killing|kills|claimed the lives of|took the lives of)\s+(?:all\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:crew(?:\s?members|men)?|people|passengers|occupants|airmen|pilots?|soldiers)\s+"
    r"(?:of|aboard|on board|on|in)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


# Losses the parse-based reader misses. A landing or take-off that wrecks the aircraft: "flipped onto its
# roof while landing", "overran the runway", "broke in two on touchdown", "burst into flames on landing".
WRECKED_ON_GROUND = re.compile(
    r"\b(?:flipped|flips|flipping|overturned|overturns|overturning|cartwheeled|nosed\s+over|rolled\s+over)\b"
    r"(?:\s+(?:onto|on)\s+(?:its|their)\s+(?:roof|back|side))?|\bturned\s+over\s+(?:onto|on)\s+(?:its|their)\s+(?:roof|back|side)|"
    r"\bend(?:ed|s)?\s+up\s+(?:on\s+(?:its|their)\s+(?:roof|back)|upside\s+down)|\bupside\s+down\b|"
    r"\b(?:overran|overshot|overshoots|overruns|skidded\s+off|veered\s+off|slid\s+off|ran\s+off|careered\s+off|"
    r"went\s+off)\s+(?:the\s+(?:end\s+of\s+(?:the|a)\s+)?|a\s+)?(?:wet\s+|icy\s+|short\s+)?(?:runway|airstrip|landing\s+strip)\b|"
    r"\b(?:broke|breaks|split|snapped)\s+(?:apart|up|in\s*(?:to)?\s+(?:two|three|half|pieces))\b|"
    r"\b(?:caught|catches)\s+fire\b|\bburst\s+into\s+flames\b|\b(?:burned|burnt)\s+out\b|\bwritten\s+off\b",
    re.I,
)
# Land an aircraft flies into, beside the hills and trees the cause reader knows: "struck a rocky islet in fog".
STRUCK_LAND = re.compile(
    r"\b(?:hit|struck|clipped|flew\s+into|slammed\s+into|smashed\s+into)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:island|islet|rocks?|reef|glacier|volcano|headland|crag|outcrop|escarpment|dune)s?\b",
    re.I,
)
ON_THE_GROUND = re.compile(r"\b(?:land(?:ing|ed|s)?|touch(?:ing|ed)?\s*down|touchdown|take-?off|taking\s+off|took\s+off|runway|airstrip|taxi\w*)\b", re.I)
# "We have lost a Black Hawk", "confirmed the loss of a Seahawk": an owner losing the aircraft itself.
LOST_OBJECT = re.compile(
    r"\b(?:lost|lose|loses|losing|loss\s+of)\s+(?:a|an|one|its|our|their|the|another|a\s+second)\s+"
    r"(?!(?:few|number|lot|couple|handful|several|dozens?|hundreds?|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
    r"(?:[\w-]+\s+){0,3}?$",
    re.I,
)
TALLY_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|\w+th|\d+(?:st|nd|rd|th)|latest|another|many)\s+$", re.I)
PRETEND = re.compile(r"\b(?:simulat\w*|on\s+(?:the\s+)?screens?|virtual(?:ly)?|mock|exercises?|drills?|games?|wargames?)\b", re.I)
NOT_THE_AIRCRAFT = re.compile(r"(?:s|'s|\u2019s)?\s+(?:orders?|contracts?|deals?|bids?|tenders?|programm?es?|competitions?|"
                              r"sales?|engines?|parts?|wings?|doors?|tyres?|tires?|wheels?)\b", re.I)
# The catalogue aircraft as the plain subject of a crash verb ("a police EC135 helicopter crashed"), which
# the parse can give to another noun ("police").
UNHARMED = re.compile(r"\b(?:undamaged|no\s+damage|without\s+damage|not\s+damaged|landed\s+safely|safely\s+landed|"
                      r"(?:engine|cabin|galley|batter(?:y|ies)|tyres?|tires?|brakes?|wheels?|cargo|bin)\s+(?:had\s+)?(?:caught|burst))\b", re.I)
SUBJECT_GAP = re.compile(r"^\s*(?:(?:has|had|was|were|have)\s+)?(?:just\s+)?$", re.I)
UNREAL = re.compile(r"\b(?:if|whether|could|would|might|may|can|should|never|not|no|simulat\w*|exercise|drill)\b", re.I)


def _unparsed_loss(text: str, aircraft: list[AircraftMatch]) -> list[Cue]:
    """A loss the parse-based reader does not see: an aircraft wrecked on the ground, an owner saying it
    lost the aircraft, or a named aircraft right before "crashed"."""
    if text.rstrip(" \"'\u201d\u2019").endswith("?") or NOT_LITERAL.search(text):
        return []
    struck = STRUCK_LAND.search(text)
    if struck and aircraft and not UNREAL.search(text[max(0, struck.start() - 40) : struck.start()]):
        return [Cue(struck.start(), struck.end(), "crashed")]  # "the helicopter struck an island in fog"
    wrecked = WRECKED_ON_GROUND.search(text)
    if wrecked and ON_THE_GROUND.search(text) and not UNHARMED.search(text) and not UNREAL.search(text[max(0, wrecked.start() - 40) : wrecked.start()]):
        return [Cue(wrecked.start(), wrecked.end(), "crashed")]
    for a in aircraft:
        owner = LOST_OBJECT.search(text[: a.start])
        if owner and not TALLY_BEFORE.search(text[max(0, owner.start() - 20) : owner.start()]) and (a.model or a.family) and not NOT_THE_AIRCRAFT.match(text, a.end) and not PRETEND.search(text) \
                and not UNREAL.search(text[max(0, owner.start() - 30) : owner.start()]):
            return [Cue(owner.start(), a.end, "unknown")]
        crash = next((c for c in cause_cues(text) if c.value == "crashed" and c.start >= a.end), None)
        if crash and not crash.negated and a.model and SUBJECT_GAP.match(text[a.end : crash.start]) and not UNREAL.search(text[: a.start]):
            return [Cue(crash.start, crash.end, "crashed")]
    return []


def _claimed_kill(span: Span, aircraft: list[AircraftMatch]) -> list[Cue]:
    """ "Kyiv claimed another Su-35 over Kursk": a party claims an aircraft as its kill."""
    for verb in (t for t in span if t.lemma_ == "claim" and t.pos_ == "VERB"):
        objects = [t for t in verb.children if t.dep_ == "dobj"]
        subjects = [t for t in verb.children if t.dep_ == "nsubj"]
        if not objects or not subjects or any(w.lower_ in ("it", "they") for w in subjects):
            continue  # "the crash claimed both lives", "it claimed": no party that shot
        at = objects[0].idx - span.start_char  # the object's head word names the aircraft, not "an order for jets"
        if objects[0].tag_ in ("NNS", "NNPS"):
            continue  # "claimed two jets last year": a record of claims, no one loss
        if any(a.start <= at < a.end for a in aircraft):
            subject = subjects[0]
            source = doc_text(span.doc)[subject.left_edge.idx : subject.idx + len(subject)]
            return [Cue(verb.idx - span.start_char, verb.idx + len(verb) - span.start_char, "shot_down", stance="claimed", source=source)]
    return []


def _crew_killed(text: str, aircraft: list[AircraftMatch]) -> list[Cue]:
    """A toll told as the crew of an aircraft, with no loss verb: that aircraft was lost."""
    for a in aircraft:
        found = CREW_KILLED.search(text[: a.start])
        if found:
            return [Cue(found.start(), a.end, "crashed")]
    return []


HELPER_ROLE = re.compile(
    r"\b(?:rescue|search|search[\s-]and[\s-]rescue|SAR|medevac|medical|ambulance|air[\s-]ambulance|police|"
    r"coast\s?guard|evacuation)\b",
    re.I,
)
RESCUED_BY = re.compile(
    r"\b(?:picked up|rescued|recovered|winched up|airlifted|evacuated|flown|taken)\s+(?:\w+\s+){0,3}?(?:by|aboard|in|on)\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
CARRIED_BY = {"by", "aboard", "via"}


# Aircraft a sentence names beside the lost one: the fleet it belonged to, the type replacing it, the
# aircraft sent to look for it.
SIDE_BEFORE = re.compile(
    r"\b(?:fleets?\s+of|replaced\s+by|replacement\s+by|successor,?|to\s+be\s+replaced\s+with)\s+"
    r"(?:an?\s+|the\s+|its\s+|\d+\s+|new\s+|newer\s+){0,2}$",
    re.I,
)
SIDE_AFTER = re.compile(
    r"(?:s|'s|\u2019s)?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+)?"
    r"(?:sent|dispatched|deployed|scrambled|diverted|called\s+in|brought\s+in|tasked)\s+to\s+"
    r"(?:search|look|hunt|find|locate|comb|scour|sweep)\b|(?:s)?,?\s+(?:searching|looking|hunting)\s+for\b|"
    r"(?:s)?,?\s+(?:combing|scouring|sweeping|scanning|searching|quartering)\s+(?:the|an?)\s|"
    r"(?:s)?\s+(?:joined|joining|led|leading)\s+the\s+(?:search|hunt)\b",
    re.I,
)


def _side_aircraft(text: str, aircraft: AircraftMatch) -> bool:
    return bool(SIDE_BEFORE.search(text[max(0, aircraft.start - 40) : aircraft.start])
                or SIDE_AFTER.match(text, aircraft.end))


def _helper_aircraft(span: Span, aircraft: AircraftMatch) -> bool:
    """An aircraft sent to help, in a sentence that tells no loss: "a rescue helicopter", "recovered by a
    SAAF Oryx", "flown aboard a medevac jet to hospital"."""
    text = span.text
    before = text[max(0, aircraft.start - 30) : aircraft.start].split()[-2:]  # "a rescue Mi-8", "an air ambulance"
    if HELPER_ROLE.search(" ".join(before)) or HELPER_ROLE.search(text[aircraft.start : aircraft.end]):
        return True
    head = span.char_span(aircraft.start, aircraft.end, alignment_mode="expand")
    return head is not None and len(head) > 0 and head.root.head.lower_ in CARRIED_BY


def _loss_clause_first(span: Span, dates: list[DateMatch], causes: list[Cue]) -> list[DateMatch]:
    """Dates inside the clause of a loss verb first: in "searchers resumed on Tuesday the hunt for a plane
    that disappeared on Monday", Monday is the loss's day although Tuesday stands nearer the verb."""
    clauses = [c for c in (cue_clause(span, cue) for cue in causes if not cue.negated) if c]
    if len(dates) < 2 or not clauses:
        return dates
    return sorted(dates, key=lambda d: not any(s <= d.start and d.end <= e for s, e in clauses))


LOSS_OF = re.compile(r"\s*of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?$", re.I)


def _object_of_loss(text: str, aircraft: list[AircraftMatch], causes: list[Cue]) -> list[AircraftMatch]:
    """ "The Mi-17 disaster was the deadliest until June's crash of an An-32": the one loss noun of the
    sentence names its aircraft; the others are only compared with it. In "the plane ran into a parked
    helicopter" the aircraft run into is the other party of the collision, not the one the story follows."""
    struck = [a for a in aircraft if any(c.value == "collision" and c.start < a.start < c.end for c in causes)]
    if struck and len(struck) < len(aircraft):
        aircraft = [a for a in aircraft if a not in struck]
    if len(causes) != 1 or len({a.family or a.category for a in aircraft}) < 2:
        return aircraft
    cue = causes[0]
    named = [a for a in aircraft if a.start >= cue.end and LOSS_OF.fullmatch(text[cue.end : a.start])]
    return named or aircraft


def _settle_dates(facts: list[SentenceFacts], text: str) -> None:
    """Dates of an article without a publication date. A weekday takes the month and day of a dateline
    that gives no year ("MOSCOW, October 15. ... crashed on Tuesday"); a month and day take the year
    the article's earlier loss sentences gave ("the 2003 invasion ... On March 23")."""
    day = dateline_day(text)
    year: int | None = None
    for sentence in facts:
        settled = []
        for match in sentence.dates:
            value = match.date
            if value.precision == "weekday" and day:
                value = day
            if value.precision == "month_day" and year:
                full = _valid_day(year, value.value)
                value = DateValue(full, "day") if full else value
            settled.append(replace(match, date=value))
        sentence.dates = settled
        if sentence.is_loss:
            explicit = [m for m in settled if not m.relative and m.date.precision in ("day", "month", "year")]
            year = int(explicit[0].date.value[:4]) if explicit else year


def _narrative_dates(facts: list[SentenceFacts]) -> None:
    """ "In June 2019 Iran shot down an RQ-4A. Two months later, ...": the second date counts from the first."""
    base: DateValue | None = None
    last: DateValue | None = None  # the date of the sentence just before
    for sentence in facts:
        said = sentence.said_on[0].date if sentence.said_on else None
        if not sentence.dates and (said or base) is not None:  # "..., the army said on Tuesday": its own base first
            found = (narrative_date(sentence.text, said) if said else None) or (base and narrative_date(sentence.text, base))
            found = found or (last and same_day_clock(sentence.text, last))
            sentence.dates = [found] if found else []
        base = sentence.dates[0].date if sentence.dates else base
        last = sentence.dates[0].date if sentence.dates else None


def _scene_dates(facts: list[SentenceFacts]) -> None:
    """ "Yesterday evening there was big news from the north. Rebels say they shot down a jet": a relative
    day in a sentence that tells no loss and names no aircraft sets the time of the loss told right after
    it with no date of its own. A last resort, before the day a statement was made."""
    for before, sentence in zip(facts, facts[1:]):
        scene = [d for d in before.dates if d.relative and d.date.precision == "day"]
        if scene and sentence.is_loss and not sentence.dates and not before.is_loss and not before.aircraft:
            sentence.said_on.insert(0, replace(scene[0], start=0, end=0))


def _valid_day(year: int, month_day: str | None) -> str | None:
    try:
        return datetime.date(year, int(month_day[2:4]), int(month_day[5:7])).isoformat() if month_day else None
    except ValueError:
        return None


def _mentions_it(text: str) -> bool:
    """The sentence refers to an aircraft without naming it: "it", "the crash", "the bomber", "the crew"."""
    return bool(REFERS_TO_AIRCRAFT.search(text)) or bool(AVIATION_PEOPLE.search(text))


TOLD_LOSS = re.compile(r"\b(?:the|this|that|its|their)\s+$", re.I)  # "saw the crash", "after its downing"
DRONE_AS_WEAPON = re.compile(r"\s+(?:strikes?|attacks?|raids?|bombardment)\b", re.I)
REFERS_TO_AIRCRAFT = re.compile(
    r"\b(it|the (crash|downing|shoot-?down|loss|incident|bomber|gunship|warplane|airliner|chopper|fighter))\b", re.I
)


def _lost_aircraft(span: Span, aircraft: list[AircraftMatch], weapon: Cue | None) -> list[AircraftMatch]:
    """Aircraft words that name the lost aircraft, not the weapon ("an explosive-laden drone struck a
    helicopter") nor the shooters ("its fighters shot down a drone")."""
    kept = []
    for match in aircraft:
        if weapon and weapon.value == "drone" and match.start < weapon.end and weapon.start < match.end:
            continue
        if match.category == "drone" and DRONE_AS_WEAPON.match(span.text[match.end :]):
            continue  # "the drone strike that killed the general": a weapon, not an aircraft lost
        if match.model is None and match.text.lower() == "fighters":
            token = next((t for t in span if t.idx - span.start_char == match.start), None)
            if token is not None and token.dep_ == "nsubj":
                continue
        kept.append(match)
    return kept


def _attributed(cue: Cue, span: Span, sentence: Attribution, previous: Attribution | None, known: list[str]) -> Cue:
    """The cue with who states its own clause ("rebels claim they shot it down, the army says it crashed")."""
    token = next((t for t in span if t.idx - span.start_char >= cue.start), None)
    if token is None:
        return cue
    clause = clause_attribution(token, sentence, previous, known)
    kept = cue.stance in ("unconfirmed", "claimed")  # the cue's own words hedge it ("their claim to have downed")
    return replace(cue, stance=cue.stance if kept else clause.stance, source=clause.source)


def _overlaps_aircraft(cue: Cue, aircraft: list[AircraftMatch]) -> bool:
    return any(a.start < cue.end and cue.start < a.end for a in aircraft)


def _operators(text: str, aircraft: list[AircraftMatch], attribution: Attribution | None = None) -> list[tuple[int, int, str]]:
    """Who flies the aircraft: a country or service named just before it ("a Russian Mi-24", "a Royal Air
    Force Tornado"), an owner after it ("a TB2 of the Malian Armed Forces", "operated by Libya's LNA"),
    or the speaker of "one of its helicopters"."""
    found = []
    for match in aircraft:
        shooter = SHOOTER_AFTER.match(text[match.end :]) and not PASSIVE_AFTER.match(text[match.end :])
        if shooter or SHOOTER_BEFORE.search(text[max(0, match.start - 40) : match.start]):
            continue  # "Turkish F-16s shot down ...", "a missile fired by a Pakistani fighter": the shooter
        if TARGET_BEFORE.search(text[max(0, match.start - 50) : match.start]):
            continue  # "after it intercepted Turkish jets": the other side's aircraft, not the lost one
        window_start = max(0, match.start - 45)
        maker = maker_start(text, match.start)  # "the de Havilland Canada turboprop": no operator
        if maker is not None and group_country(text[maker : match.start].split()[0]):
            maker = None  # "a Houthi drone": an armed group flies what it builds
        elif maker is not None and demonym_only(text[maker : match.start]):
            maker = None  # "a Turkish Bayraktar Akinci": a demonym alone is the operator, not "Turkish Aerospace"
        before = text[window_start : match.start if maker is None else maker]
        gap = OPERATOR_GAP.search(before)
        if gap:  # "Ukraine downs Ka-52": the country is the shooter, not the owner
            before = before[gap.end() :]
            window_start = match.start - len(before)
        service = SERVICE_BEFORE.search(before)
        if service and country_of(service.group(1)):
            found.append((window_start + service.start(1), window_start + service.end(1), country_of(service.group(1))))
            continue
        words = list(name_word().finditer(before))  # "South Sudanese" is one word, not "Sudanese"
        for word in reversed(words):
            token = word.group()
            country = country_of(token.split("-")[0]) if not (maker_word(token) or token.lower().endswith("-bound")) else None
            if REGISTRATION.fullmatch(token):  # "registration TF-HVK": its mark, not the ISO code "TF"
                country = registration_country(token)
            country = country or group_country(token)  # "an LNA Wing Loong": a group's own aircraft
            if country and _bare_code(token):
                continue  # "AU gunship", "Mi-28NE": letters that are only an ISO code name no owner
            after = text[window_start + word.end() : window_start + word.end() + 12]
            if country and not MADE_IN.match(after):
                found.append((window_start + word.start(), window_start + word.end(), country))
                break
        else:
            lead = re.match(r"[A-Z][\w’']*(?=\s)", text[match.start : match.end])  # "Turkish" read into a model's name
            if lead and demonym_only(lead.group()):
                found.append((match.start, match.start + lead.end(), country_of(lead.group()) or ""))
                continue
            owner = OWNER_AFTER.match(text[match.end :])
            country = _owner_country(owner.group(1)) if owner else None
            if owner and not country:  # "on contract to the Alberta government"
                country = _region_body_country(owner.group(1), text[match.end + owner.end(1) :])
            if owner and country:
                start = match.end + owner.start(1)
                found.append((start, start + len(owner.group(1)), country))
            elif attribution is not None and POSSESSIVE_BEFORE.search(text[max(0, match.start - 12) : match.start]):
                country = _owner_country(attribution.source)
                if country and attribution.source != OUTLET:
                    found.append((match.start, match.end, country))
                elif body_before(text[: match.start]):  # "The Sudanese Armed Forces named the pilot of one of their MiG-29s"
                    found.append(body_before(text[: match.start]))
    for match in re.finditer(r"\b(?:claimed|said|believed|thought)\s+to\s+(?:be|have been)\s+([A-Z]\w+)", text):
        country = country_of(match.group(1))
        if country:
            found.append((match.start(1), match.end(1), country))
    marks = [(m.start(), m.end(), registration_country(m.group())) for m in REGISTRATION.finditer(text)] if aircraft and not found else []
    found += [mark for mark in marks if mark[2]][:1]  # "a Cessna 208 (5Y-ABC)": the state of registry
    if not found and aircraft and loser(text[: aircraft[0].start]):  # "The Marine Corps suffered ... when a KC-130T"
        found.append(loser(text[: aircraft[0].start]))
    elif not found and aircraft and LOSS_OWNED.search(text[aircraft[-1].end :]) and loser(text[aircraft[-1].end :]):
        # "When X downed a Reaper, the Pentagon confirmed the loss" (not "..., and the Ukrainians lost ground")
        start, end, country = loser(text[aircraft[-1].end :])
        found.append((aircraft[-1].end + start, aircraft[-1].end + end, country))
    if not found and not (aircraft and all(m.category in PRIVATE_TYPES for m in aircraft)):
        # the crew's nationality, only when nothing names the aircraft's owner; a foreign pilot of a
        # private or airline flight says nothing about whose aircraft it was
        for match in re.finditer(r"\b([A-Z]\w+)\s+(?:pilots?|crew|airmen|servicemen)\b", text):
            country = country_of(match.group(1))
            if country:
                found.append((match.start(1), match.end(1), country))
    return found


LOSS_OWNED = re.compile(r"\b(?:loss|losing|lost\s+(?:it|them|the\s+(?:aircraft|plane|jet|helicopter|drone)))\b", re.I)


# Where the words before an aircraft stop describing it: a verb or a conjunction ("took off from
# Tehran on Wednesday, saying the Boeing ...": Tehran is not the operator). Not a comma: "flight
# MH17, a Boeing 777" is one aircraft.
OPERATOR_GAP = re.compile(
    r".*\b(shot|shoots?|downs?|downed|hit|hits|struck|strikes?|destroyed|destroys|says?|said|saying|claims?|claimed|"
    r"claiming|and|by|as|after|when|while)\b",
    re.IGNORECASE,
)
SHOOTER_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w-]*)*\s+(?:had\s+|have\s+|has\s+|then\s+|later\s+)?"
    r"(shot|downed|downs|shoots|fired|firing|intercept(ed|ing)|dump(ed|ing)|spray(ed|ing)|striking|ram(med|ming))\b"
)
SHOOTER_BEFORE = re.compile(r"\b(by|with)\s+(an?\s+|the\s+|two\s+|several\s+)?([\w-]+\s+){0,2}$", re.I)
TARGET_BEFORE = re.compile(
    r"\b(?:intercept(?:ed|ing|s)?|chas(?:ed|ing|es)|pursu(?:ed|ing|es)|shadow(?:ed|ing|s)|(?:interception|pursuit)\s+of)\s+"
    r"(?:an?\s+|the\s+|two\s+|several\s+|four\s+|six\s+)?(?:[A-Z][\w-]*\s+){1,2}$"
)
SERVICE_BEFORE = re.compile(rf"({SERVICE_NAME.pattern})[^,;]{{0,20}}$", re.I)  # "a JMSDF SH-60K"
OWNER_AFTER = re.compile(  # "flying for", "on contract to", "hired by": whom a contractor's aircraft serves
    r"^[\w\s-]{0,12}?\s(?:of|belonging to|(?:operated|flown|hired|chartered|leased|contracted)\s+(?:by|for|to)|"
    r"(?:that\s+|which\s+)?(?:flying|flies|flew|works?|working|operating|operates)\s+(?:on\s+contract\s+)?for|on\s+contract\s+(?:to|for))\s+(?:the\s+)?"
    r"((?:[A-Z][\w.’'-]*(?:['’]s)?\s+){0,5}(?:[A-Z][\w.’'-]*)(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*)?)"  # "Armed Forces of Peru"
)
PRIVATE_TYPES = {"light", "business", "airliner"}
# "Ukrainian Su-25 shot down over Donetsk": a headline's passive with no object; the aircraft was lost, not the shooter
PASSIVE_AFTER = re.compile(
    r"^\s+(?:was\s+|is\s+)?(?:shot|downed|brought|gunned)(?:\s+down)?\s*(?:$|[\n,.:;|–—-]|(?:over|near|in|on|at|by|"
    r"after|during|off|while|amid|as|outside|inside)\b)",
    re.I,
)


def _owner_of_passive(cue: Cue, text: str, lost: list[AircraftMatch]) -> bool:
    """The demonym before a lost aircraft told in a headline's passive is its owner, not who shot it."""
    return any(0 <= a.start - cue.end <= 1 and PASSIVE_AFTER.match(text[a.end :]) for a in lost)
POSSESSIVE_BEFORE = re.compile(r"\b(its|their)\s+(own\s+)?$", re.IGNORECASE)


def _bare_code(token: str) -> bool:
    """Two capitals the gazetteer knows only as an ISO code, not as a name writers use ("US", "UK")."""
    if not (len(token) == 2 and token.isupper()):
        return False
    return not any(c.kind == "country" for m in get_gazetteer().find(token) for c in m.candidates[:1])


def _owner_country(name: str) -> str | None:
    """The country of an owner named as a national body ("the Malian Armed Forces", "Nigerian Air Force")."""
    words = name_word().findall(name)  # "South Sudan People's Defence Forces": South Sudan, not Sudan
    countries = {country_of(re.sub(r"['’]s$", "", w)) for w in words[:3]} - {None}
    if len(countries) == 1 and any(w.lower() in GENERIC_SERVICE for w in re.findall(r"\w+", name)):
        return countries.pop()
    if party_name(name) and country_of(party_name(name) or ""):
        return party_name(name)
    return group_country(party_name(name) or name)  # "a Wing Loong of the LNA"


def _region_body_country(name: str, after: str = "") -> str | None:
    """ "hired by the Alberta government", "flying for the New South Wales Rural Fire Service": a region's body."""
    if not (PUBLIC_BODY.search(name) or PUBLIC_BODY.match(after.lstrip())):
        return None
    words = re.findall(r"[A-Z][\w.’'-]*", name)
    return next((region_country(" ".join(words[:n])) for n in (3, 2, 1) if len(words) >= n and region_country(" ".join(words[:n]))), None)


PUBLIC_BODY = re.compile(r"\b(?:government|service|ministry|department|authority|agency|police|province|state|county)\b", re.I)


GENERIC_SERVICE = {"army", "air", "force", "forces", "navy", "military", "armed", "guard", "ministry", "government", "national"}


def group_sentences(facts: list[SentenceFacts], reference: datetime.date | None = None) -> list[Group]:
    """Walk the article once, sending each incident sentence to the mention it tells."""
    groups: list[Group] = []
    grouped = -1  # index of the latest sentence that joined a mention
    for n, sentence in enumerate(facts):
        if _no_aircraft_lost(sentence):
            continue
        if sentence.is_loss:
            target = _target_group(groups, sentence, reference)
            if target is None and _told_before(sentence, groups):
                sentence = replace(sentence, dates=[])  # "The plane was shot down hours after ... on 3 January"
                target = _target_group(groups, sentence, reference) or _just_told(groups, sentence, facts[max(0, n - 1) : n])
            if target is None:
                if all(c.negated and c.value == "unknown" for c in sentence.causes):
                    continue  # "no aircraft were lost during the exercise" opens no incident
                if not sentence.aircraft and sentence.another:
                    sentence = _of_the_kind(sentence, groups)  # "another of the trainers crashed in 2023"
                carrier = None if sentence.aircraft else _antecedent(facts[:n], groups, sentence)
                if not sentence.aircraft and carrier is None:
                    continue
                target = Group(_role(groups, sentence, reference))
                if carrier is not None:
                    target.sentences.append(carrier)
                target.sentences.append(sentence)
                if not _long_before(sentence, reference) or groups:
                    target.sentences.extend(_lede(facts[grouped + 1 : n], sentence, groups))  # after: body first
                groups.append(target)
            else:
                target.sentences.append(sentence)
            if (other := _the_other_one(sentence, target)) is not None:
                groups.append(Group(target.role, [other], closed=True))
            grouped = n
        elif (latest := next((g for g in reversed(groups) if not g.closed), None)) and (
            detail := _as_detail(sentence, latest, facts[max(0, n - 5) : n])
        ):
            latest.sentences.append(detail)
            grouped = n
    return groups


# "... while the second fell on the Indian side", "and the other came down at sea": a further aircraft
OTHER_ONE = re.compile(
    r"[,;]\s*(?:and|while|whereas|but)?\s*the\s+(?:second|other|third)(?:\s+one)?\s+(?:\w+\s+)?"
    r"(?:fell|crashed|came down|went down|was (?:shot down|downed|lost|destroyed))\b",
    re.I,
)


def _the_other_one(sentence: SentenceFacts, group: Group) -> SentenceFacts | None:
    """The second aircraft a sentence tells of after the first ("one of the jets was hit and came down
    in X, while the second fell on the other side"): its own mention, of the first one's kind."""
    found = OTHER_ONE.search(sentence.text)
    causes = [c for c in sentence.causes if found and c.start >= found.start()]
    kinds = [a for s in group.sentences for a in s.aircraft if a.category != "aircraft"]
    if not causes or not kinds:
        return None
    kind = replace(kinds[0], start=found.start(), end=found.end(), text=found.group(), model=None, family=None,
                   nato_name=None, generic=True)  # fmt: skip
    places = [(m, p) for m, p in sentence.places if m.start - sentence.start >= found.start()]
    return replace(sentence, aircraft=[kind], causes=causes, places=places, casualties=[], perpetrators=[],
                   weapon=None, operators=[], dates=sentence.dates[:1])  # fmt: skip


def _of_the_kind(sentence: SentenceFacts, groups: list[Group]) -> SentenceFacts:
    """ "Another of the trainers crashed": a further aircraft of the kind the latest mention told."""
    kinds = [a for g in groups[-1:] for s in g.sentences for a in s.aircraft if a.category != "aircraft"]
    found = re.search(r"\banother\b", sentence.text, re.I)
    if not kinds or not found:
        return sentence
    kind = replace(kinds[0], start=found.start(), end=found.end(), text=found.group(), model=None, family=None,
                   nato_name=None, generic=True)  # fmt: skip
    return replace(sentence, aircraft=[kind])


# "One was shot down off the coast", "Turkish F-16s shot one down": one of the aircraft just named
ANAPHOR = re.compile(
    r"^\W*One\s+(?:of them\s+)?(?:was|were|had|has|crashed|came|went)\b|"
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:previous|earlier|last|first|other|second|third)\s+one\s+(?:was|were|had|has|crashed|came|went|fell)\b|"
    r"\b(?:shot|brought|gunned|forced)\s+one\s+(?:of them\s+)?down\b|"
    r"\b(?:downed|downs|hit|struck|destroyed)\s+one\b(?!\s+of\s+(?:its|their|the))|"
    r"^\W*The\s+(?:other|previous|earlier|latter|former)\s*,"  # "The other, in 2021, ran off the runway"
)
FLIGHT = re.compile(r"\b[Ff]light\s+(?:[A-Z]{1,3}\s?)?\d{1,4}\b")  # "Flight PS752 came down on farmland"
NO_AIRCRAFT = re.compile(r"\b(?:[Nn]o|[Nn]ot a single|[Nn]ot one)\s+$")
JET_ROLES = {"fighter", "trainer", "bomber"}  # a "trainer jet" may be a two-seat fighter
CARRIER_ROLES = {"transport", "airliner", "light", "business"}  # a "cargo plane" may be a commuter or a Caravan
SCHOOL_ROLES = {"trainer", "light"}  # a "training plane" may be a flying school's Cessna
MILITARY_ROLES = {"surveillance", "tanker"}  # roles air arms give civil types


def _no_aircraft_lost(sentence: SentenceFacts) -> bool:
    """ "No aircraft was lost": the only aircraft named is negated. Not the denial of a claim ("rejected
    the claim, saying no F-16 was lost"): that tells the claimed incident."""
    aircraft = sentence.aircraft
    negated = bool(aircraft) and all(NO_AIRCRAFT.search(sentence.text[: a.start]) for a in aircraft)
    return negated and not DENIED_CLAIM.search(sentence.text)


def _role(groups: list[Group], sentence: SentenceFacts, reference: datetime.date | None) -> str:
    """The first mention is the news; a later one is background when it points to an earlier time."""
    if not groups:
        return "main"
    if _retold_headline(groups, sentence):
        return "main"
    if _points_elsewhere(groups, sentence, reference) or _other_month(groups[0], sentence):
        return "background"
    own = date_window(sentence.dates[0].date) if sentence.dates else None
    news = next((g.window for g in groups if g.role == "main" and g.window), None)
    if news and reference and news[1] < reference - NEWS_DAYS:
        return "background"  # a follow-up on an old loss: its news is that loss, others are context
    if own and news:
        return "background" if own[1] < news[0] - SAME_DAYS else "main"
    if own and not news and sentence.another and sentence.background:
        return "background"  # "In May 2021 another Cessna crashed" in an undated story
    return "background" if _long_before(sentence, reference) else "main"


IN_MONTH = re.compile(r"^\W*In\s+(" + "|".join(MONTHS) + r")\b")


def _other_month(news: Group, sentence: SentenceFacts) -> bool:
    """An undated article: "In March an An-26 crashed" after news dated "17 September"."""
    named = IN_MONTH.match(sentence.text)
    day = news.day
    return bool(named and day and day.startswith("--") and MONTHS.index(named.group(1)) + 1 != int(day[2:4]))


SAME_DAYS = datetime.timedelta(days=2)  # a report may date the loss a day or two apart from another
NEWS_DAYS = datetime.timedelta(days=30)
RECENT_DAYS = datetime.timedelta(days=7)


def _long_before(sentence: SentenceFacts, reference: datetime.date | None) -> bool:
    """The sentence's own date ends a month or more before the publication date."""
    own = date_window(sentence.dates[0].date) if sentence.dates else None
    return bool(own and reference and own[1] < reference - NEWS_DAYS)


def _lede(earlier: list[SentenceFacts], opener: SentenceFacts, groups: list[Group]) -> list[SentenceFacts]:
    """Sentences since the last mention's that tell the loss the opener opens: the headline and lede
    naming the same aircraft ("pilot killed on combat mission"), or its crew's fate. After an earlier
    mention, only those that name this aircraft and not that one ("A Mi-8 sent to search for the
    airmen came under fire; one marine on board was killed. Rebels released video of the helicopter")."""
    probe = Group("main", [opener])
    return [
        s for s in earlier
        if (not s.background or _it_was(s)) and not s.another and not _no_aircraft_lost(s)
        and ((s.aircraft and _compatible(probe, s)) or ((_tells_crew(s) or _it_was(s)) and not groups))
        and not (groups and (not s.aircraft or _compatible(groups[-1], s)))
    ]  # fmt: skip


def _antecedent(earlier: list[SentenceFacts], groups: list[Group], sentence: SentenceFacts) -> SentenceFacts | None:
    """For "One was shot down off the coast in February": the aircraft the sentence counts among,
    named in the sentences just before, else in the latest mention."""
    if not ANAPHOR.search(sentence.text):
        return None
    named = [s for s in earlier[-3:] if s.aircraft] or [s for g in groups[-1:] for s in g.sentences if s.aircraft]
    if not named:
        return None
    source = named[-1] if earlier[-3:] and named[-1] in earlier[-3:] else named[0]
    return replace(source, causes=[], dates=[], places=[], casualties=[], perpetrators=[], weapon=None)


DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


def _told_before(sentence: SentenceFacts, groups: list[Group]) -> bool:
    """The sentence names only "the plane", "the helicopter": the aircraft a mention already told, whatever
    other day the sentence names."""
    return (
        bool(groups) and bool(sentence.aircraft) and not sentence.background and not sentence.another
        and all(a.generic and DEFINITE_BEFORE.search(sentence.text[: a.start]) for a in sentence.aircraft)
    )  # fmt: skip


def _just_told(groups: list[Group], sentence: SentenceFacts, recent: list[SentenceFacts]) -> Group | None:
    """ "A Super Tucano crashed ... The pilot ejected before the single-engine turboprop hit the ground": a
    definite kind right after a loss is that aircraft, even when the kind's words name another category."""
    latest = next((g for g in reversed(groups) if not g.closed), None)
    return latest if latest is not None and _follows(latest, recent) else None


def _target_group(groups: list[Group], sentence: SentenceFacts, reference: datetime.date | None = None) -> Group | None:
    if not groups or sentence.another:
        return None
    if sentence.background and _points_elsewhere(groups, sentence, reference):
        return None
    fits = [g for g in reversed(groups) if not g.closed and _compatible(g, sentence)]
    # of two mentions of one type, the one told at the town the sentence names ("shot down a Mi-24
    # near Babanusa" after a background Mi-24 lost elsewhere)
    towns = _towns(sentence)
    here = [g for g in fits if towns & set().union(*(_towns(s) for s in g.sentences))]
    return (here or fits or [None])[0]


def _towns(sentence: SentenceFacts) -> set[str]:
    return {place.name for _, place in sentence.places if place.kind in ("place", "airbase", "admin2")}


def _retold_headline(groups: list[Group], sentence: SentenceFacts) -> bool:
    """A report, trial or anniversary piece: the headline names an undated loss and the first loss
    sentence tells the same model as one of years ago ("the crash of an An-26 almost two years ago").
    That old loss is the story's subject, not its background. So is the first model told after a
    headline that names no model ("Report on helicopter crash" / "A Black Hawk crashed last month")."""
    if len(groups) != 1 or groups[0].window or len(groups[0].sentences) != 1 or sentence.another:
        return False
    same = {a.family for a in sentence.aircraft if a.model} & groups[0].families
    headline = groups[0].sentences[0]
    generic = headline.start == 0 and not headline.families and bool(sentence.families)
    return bool(same) or (generic and not (headline.categories and sentence.categories - headline.categories))


def _points_elsewhere(groups: list[Group], sentence: SentenceFacts, reference: datetime.date | None = None) -> bool:
    """The sentence names another time than the news: a background pointer with a different date. An
    absolute date ("on 12 March 2023") points nowhere by itself: the news's own date decides. With no
    dated news yet (a headline), a pointer to the last few days ("earlier this week", "two days ago")
    is the news itself."""
    if not sentence.background or _retold_headline(groups, sentence):
        return False
    own = sentence.dates[0] if sentence.dates else None
    window = date_window(own.date) if own else None
    news = [g.window for g in groups if g.window]
    if window and news:
        return not any(window[0] <= w[1] + SAME_DAYS and w[0] - SAME_DAYS <= window[1] for w in news)
    if window and reference and window[1] >= reference - RECENT_DAYS and window[1] - window[0] <= NEWS_DAYS:
        return False
    if window and not own.relative:  # "In May 2021 another ..." after news told only by "on Saturday"
        return any(s.dates[0].date.precision == "weekday" for g in groups for s in g.sentences if s.dates)
    own_day = next((d.date.value for d in sentence.dates if d.date.precision in ("day", "month_day")), None)
    return own_day is None or all(g.day != own_day for g in groups)


def _compatible(group: Group, sentence: SentenceFacts) -> bool:
    if sentence.families and group.families and not families_overlap(sentence.families, group.families):
        return False
    if not _same_category(group, sentence):
        return False
    own = date_window(sentence.dates[0].date) if sentence.dates else None
    news = group.window
    return not (own and news and (own[1] < news[0] - SAME_DAYS or own[0] > news[1] + SAME_DAYS))


def _same_category(group: Group, sentence: SentenceFacts) -> bool:
    if not (sentence.categories and group.categories) or sentence.categories & group.categories:
        return True
    generic = {a.category for s in (sentence, *group.sentences) for a in s.aircraft if a.model is None}
    both = sentence.categories | group.categories
    if any(both <= roles and bool(generic & roles) for roles in (JET_ROLES, CARRIER_ROLES, SCHOOL_ROLES)):
        return True
    # "an air force surveillance plane ... the King Air 350": a civil type flown in a military role
    typed = {a.category for s in (sentence, *group.sentences) for a in s.aircraft if a.model}
    role = generic & MILITARY_ROLES
    return len(role) == 1 and typed <= CIVIL_TYPES and both <= CIVIL_TYPES | role


def _dates_the_model(sentence: SentenceFacts, group: Group) -> bool:
    """ "On November 9, ... the Mi-24 was subjected to fire": the day of a mention that had none."""
    days = [d for d in sentence.dates[:1] if d.date.precision in ("day", "month_day")]
    has_day = any(d.date.precision in ("day", "month_day") for s in group.sentences for d in s.dates[:1])
    same = {a.family for a in sentence.aircraft if a.model} & group.families or (
        group is not None and _the_same_one(sentence)
    )
    # a background-looking absolute date ("on 13 March 2021") is welcome inside the mention's coarser window
    inside = bool(days and group.window and date_window(days[0].date) and _compatible(group, sentence))
    return bool(days and same and not has_day and (inside or not sentence.background) and _compatible(group, sentence))


def _the_same_one(sentence: SentenceFacts) -> bool:
    """The sentence names only "the aircraft", "the helicopter": the one just told."""
    aircraft = sentence.aircraft
    return bool(aircraft) and all(a.generic and DEFINITE_BEFORE.search(sentence.text[: a.start]) for a in aircraft)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
IT_WAS = re.compile(r"^\W*(?:It|That|This)\s+(?:was|happened)\s+(?:on\s+)?(?P<date>[^.;,]{6,30}?)\W*$")


def _it_was(sentence: SentenceFacts) -> bool:
    """ "It was 27 March 1977.": a sentence that only dates what the one before told."""
    m = IT_WAS.match(sentence.text)
    return bool(m and sentence.dates and YEAR.search(sentence.dates[0].text))


def _follows(group: Group, recent: list[SentenceFacts]) -> bool:
    """The group's latest sentence is among the few just read."""
    last = max(group.sentences, key=lambda s: s.start)
    return any(s.start == last.start for s in recent)  # by position: a joined sentence may be a trimmed copy


def _nobody_hurt(sentence: SentenceFacts) -> bool:
    """ "There were no victims", "they are not hurt": only zero counts, right after the incident's sentences."""
    return bool(sentence.casualties) and all(c.value == 0 for c in sentence.casualties) and not sentence.aircraft


def _more_of_toll(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> bool:
    """ "A third soldier has died after the drone struck the helicopter. ... Four other soldiers were taken
    to hospital": a count of the same people as the mention's toll, right after its sentences, with no
    aircraft or date of its own."""
    if not sentence.casualties or sentence.aircraft or sentence.another or WIDER_TOLL.search(sentence.text):
        return False
    if not _follows(group, recent[-2:]) or not _later_death(sentence, group):
        return False
    if _follows(group, recent[-1:]) or FURTHER_COUNT.search(sentence.text):
        return True  # "The aircraft flipped over. One of them was treated at hospital." "In total seven dead."
    counted = {_people(sentence, cue) for cue in sentence.casualties} - {None}
    return bool(counted & {_people(s, cue) for s in group.sentences for cue in s.casualties})


# "Another 165 people were injured", "a further 12 were hurt": more of the toll just told
FURTHER_COUNT = re.compile(r"^\W*(?:another|a further)\s+(?:\d+|[a-z]+)\b", re.I)
# a sentence that tells some other event: "Drones struck a fuel depot overnight"
OTHER_EVENT = re.compile(r"\b(?:struck|shelled|bombed|attacked|hit|exploded|overturned|collapsed|stormed|raided)\b", re.I)


def _since_other_event(recent: list[SentenceFacts]) -> list[SentenceFacts]:
    """The sentences just read after the last one that tells another event ("Nobody was hurt" is its toll)."""
    for n in range(len(recent) - 1, -1, -1):
        if not recent[n].is_loss and OTHER_EVENT.search(recent[n].text):
            return recent[n + 1 :]
    return recent


# a toll of more than the incident: the war's, the year's, another attack's
WIDER_TOLL = re.compile(
    r"\b(?:war|conflict|fighting|clashes|offensive|insurgency|violence|campaign|since|so far|this year|last year|"
    r"each year|every year|annually|separate|elsewhere|attacks|bombardments?|shelling|mortars?|battles?|ambush\w*|"
    r"accidents|crashes|incidents)\b",
    re.I,
)
LATER_DAYS = datetime.timedelta(days=120)


def _later_death(sentence: SentenceFacts, group: Group) -> bool:
    """No date of its own, or one in the weeks after the mention's: "died in hospital on 2 April, bringing
    the toll to five"."""
    if not sentence.dates:
        return not sentence.background
    own, news = date_window(sentence.dates[0].date), group.window
    return bool(own and news and news[0] <= own[0] <= news[1] + LATER_DAYS and CARE.search(sentence.text))


CARE = re.compile(r"\b(?:hospital|injur\w*|wounds|burns|succumb\w*|toll|later died|died later)\b", re.I)


def _people(sentence: SentenceFacts, cue: CasualtyCue) -> str | None:
    """Who a count counts, singular: "soldier" for "four other soldiers"."""
    found = PEOPLE_WORD.search(sentence.text[cue.start : cue.end])
    return found.group().lower().removesuffix("s") if found else None


PEOPLE_WORD = re.compile(PEOPLE, re.I)


CARRYING = re.compile(r"\b(?:carr(?:y|ies|ying|ied)|transport(?:s|ing|ed)?|ferr(?:y|ies|ying|ied))\b", re.I)


def _tells_crew(sentence: SentenceFacts) -> bool:
    """Casualties of the crew or found at the wreck ("six bodies were recovered from the wreckage")."""
    text = sentence.text
    # "the King Air was carrying seven people"
    aboard = any(c.field == "on_board" for c in sentence.casualties) and bool(CARRYING.search(text))
    return bool(sentence.casualties) and bool(aboard or AVIATION_PEOPLE.search(text) or WRECKAGE.search(text))


# "The Embraer 190 ...", "the twin-engine Antonov An-26 ...", "the aircraft, identified by observers as a
# Mi-17": the model of the one just told.
NAMES_MODEL = re.compile(r"\b(?:[Tt]he|[Oo]ne|[Bb]oth|[Ee]ach)\s+(?:[A-Za-z]+-(?:made|built|designed|supplied|owned|[a-z]+)\s+)?(?:[A-Z][a-z]+\s+)?$|\b(?:identified|recogni[sz]ed)\b[^.;]{0,40}?\bas\s+(?:an?\s+)?$")
# "The helicopter was a Chinese-made Z-9", "the downed jet is an ageing F-7": the one told, even a few sentences on
IS_A_MODEL = re.compile(
    r"\b[Tt]he\s+(?:downed\s+|crashed\s+|lost\s+|stricken\s+)?(?:aircraft|plane|helicopter|jet|drone|chopper|"
    r"trainer|airplane|warplane|gunship)\s+(?:was|is)\s+an?\s+(?:[\w-]+\s+){0,2}$")


def _names_the_model(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> bool:
    """ "The Embraer 190 was flying from Baku": the model of a mention that so far named only a kind."""
    is_a = [a for a in sentence.aircraft if a.model and IS_A_MODEL.search(sentence.text[: a.start])]
    window = recent if is_a else recent[-3:]
    if any(a.model for s in group.sentences for a in s.aircraft) or not _follows(group, window):
        return False
    definite = is_a or [a for a in sentence.aircraft if a.model and NAMES_MODEL.search(sentence.text[: a.start])]
    # right after the loss, a single one named ("the tail boom of a Gazelle"), not a fleet ("flies Gazelles")
    single = (
        _follows(group, recent[-1:]) and not (sentence.another or sentence.background) and len(sentence.families) == 1
        and any(a.model and SINGLE.search(sentence.text[: a.start]) for a in sentence.aircraft)
    )  # fmt: skip
    return bool(definite or single) and _compatible(group, replace(sentence, dates=[]))


SINGLE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _as_detail(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> SentenceFacts | None:
    """A sentence without a loss cue that still tells the latest incident: its crew's fate, its wreck,
    the weapon that hit it, who is blamed for it, or the model of the aircraft."""
    if _names_the_model(sentence, group, recent):
        casualties = sentence.casualties if _tells_crew(sentence) else []
        return replace(sentence, dates=[], places=[], casualties=casualties, perpetrators=[], weapon=None)
    if _dates_the_model(sentence, group):
        casualties = sentence.casualties if _tells_crew(sentence) else []  # "... on 3 May with six people on board"
        return replace(sentence, places=[], casualties=casualties, perpetrators=[], weapon=None)
    if _it_was(sentence) and _follows(group, recent[-2:]):
        return replace(sentence, aircraft=[], places=[], casualties=[], perpetrators=[], weapon=None, operators=[])
    later = _more_of_toll(sentence, group, recent)
    if later and sentence.dates:
        return replace(sentence, dates=[])  # the day someone died of wounds is not the loss's day
    tells_crew = (
        _tells_crew(sentence) or (_nobody_hurt(sentence) and _follows(group, _since_other_event(recent))) or later
        or (_the_same_one(sentence) and bool(sentence.casualties) and _follows(group, recent[-1:]))
    )  # "The helicopter was carrying 17 people."
    if sentence.families and group.families and not sentence.families & group.families:
        return None  # the crew of another aircraft
    if not tells_crew and _blames_other_attack(sentence, group, recent):
        return None  # "Drones struck a fuel depot. The army blamed the RSF.": the depot's attackers
    if not tells_crew and (_tells_attack(sentence) or _weapon_used(sentence, group, recent)):
        return replace(sentence, aircraft=[], dates=[], places=[], casualties=[], operators=[], detail=True)
    if not tells_crew and (finer := _finer_places(sentence, group, recent)):
        return replace(sentence, aircraft=[], dates=[], places=finer, casualties=[], operators=[], weapon=None, perpetrators=[])
    if tells_crew or sentence.aircraft:
        return sentence if tells_crew else None
    wreck = WRECKAGE.search(sentence.text)
    if not wreck:
        return None
    # "the wreckage lay outside X" places the incident; "40 km from the crash site, ..." does not
    places = [
        (match, place) for match, place in sentence.places
        if 0 <= match.start - sentence.start - wreck.end() <= 70
        and ("," not in sentence.text[wreck.end() : match.start - sentence.start]
             or encloses(sentence.text, match.start - sentence.start))
    ]  # fmt: skip
    return replace(sentence, places=places) if places else None


ROUTE = re.compile(r"\b(?:from|took off|take-?off|departed|left|bound|heading|headed|en route|destination|flying to|for)\b", re.I)


def _finer_places(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> list[tuple[PlaceMatch, Place]]:
    """ "... when the aircraft was south of the island, in X province": right after the loss, a sentence of
    "the aircraft" and a place alone names the region inside the country the mention has, and none yet."""
    if sentence.dates or sentence.background or sentence.another or ROUTE.search(sentence.text):
        return []
    if not (sentence.aircraft and _the_same_one(sentence)) or not _follows(group, recent[-1:]):
        return []
    had = [place for s in group.sentences for _, place in s.places]
    if any(place.admin1 for place in had):
        return []
    countries = {place.country for place in had}
    return [(m, place) for m, place in sentence.places if place.admin1 and place.country in countries]


BLAME = re.compile(r"\b(blam\w*|accus\w*|responsibility|attributed|(?:fired|carried out) by)\b", re.I)
# "the jet", "the returning jet", "the damaged Su-24's crew": an aircraft already told
DEFINITE_AIRCRAFT = re.compile(
    r"\b(it|the\s+(?:[\w-]+\s+){0,2}?(aircraft|plane|jet|helicopter|drone|airliner|gunship|bomber|chopper))\b", re.I
)
ATTACK_WORDS = re.compile(r"\b(hit|struck|fired (at|on)|launched at|damaged|downed|downing|shoot-?down|mistook|mistaken for)\b", re.I)
MODAL = re.compile(r"\b(could|would|might|may|can|capable)\b", re.I)


WEAPON_USE = re.compile(r"\b(used|employed|fired|launched|using)\b", re.I)


def _weapon_used(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> bool:
    """ "The group said its fighters used a surface-to-air missile", right after the loss it tells."""
    weapon = sentence.weapon is not None and sentence.weapon.value != "missile"
    return weapon and _follows(group, recent) and bool(WEAPON_USE.search(sentence.text)) and not (
        MODAL.search(sentence.text) or sentence.background
    )


def _blames_other_attack(sentence: SentenceFacts, group: Group, recent: list[SentenceFacts]) -> bool:
    """A blame with no aircraft in it whose nearest attack before is another one, on no aircraft ("Drones
    struck a fuel depot. Nobody was hurt. The army blamed the RSF.")."""
    if not sentence.perpetrators or not BLAME.search(sentence.text) or DEFINITE_AIRCRAFT.search(sentence.text):
        return False
    for before in reversed(recent[-3:]):
        if DEFINITE_AIRCRAFT.search(before.text) or REFERS_TO_AIRCRAFT.search(before.text):
            return False
        if ATTACK_WORDS.search(before.text):
            return True
    return False


def _tells_attack(sentence: SentenceFacts) -> bool:
    """ "Shrapnel from a Pantsir missile damaged the aircraft"; "officials blamed the cartel for the attack"."""
    if sentence.perpetrators and (BLAME.search(sentence.text) or DEFINITE_AIRCRAFT.search(sentence.text)):
        return True
    refers = bool(sentence.aircraft) or bool(REFERS_TO_AIRCRAFT.search(sentence.text))
    return sentence.weapon is not None and refers and bool(ATTACK_WORDS.search(sentence.text)) and not MODAL.search(sentence.text)


def build_mention(article_id: str, index: int, group: Group) -> Mention:
    mention = Mention(article_id=article_id, index=index, role=group.role)
    allowed_families = group.families
    for sentence in group.sentences:
        mention.sentences.append((sentence.span.start_char, sentence.span.end_char))
        _add_sentence(mention, sentence, allowed_families)
    if "date" not in mention.fields:  # nothing but the day it was announced: better than nothing
        _said_date(mention, group, [s.said_on for s in group.sentences])
    if "date" not in mention.fields and group.role == "main":  # a fresh report told in the present
        _said_date(mention, group, [s.said_today for s in group.sentences])
    _drop_zero_counts(mention)
    _finest_regions(mention)
    _role_named(mention)
    _one_variant(mention)
    return mention


def _said_date(mention: Mention, group: Group, said: list[list[DateMatch]]) -> None:
    for sentence, dates in zip(group.sentences, said):
        for date in dates[:1]:
            value = {"value": date.date.value, "precision": date.date.precision, "as_written": date.text}
            mention.add("date", value, _evidence(sentence, date.start, date.end))


def _one_variant(mention: Mention) -> None:
    """ "Missing F-35 found ... the F-35B fighter jet": the type named in short is the one variant the
    mention names in full (not "Mi-8" for a "Mi-17": that is another model of the family)."""
    statements = mention.fields.get("aircraft", [])
    models = {s.value["model"]: s.value for s in statements if s.value.get("model")}
    for root in [m for m, v in models.items() if m == v.get("family")]:
        variants = [v for m, v in models.items()
                    if m != root and families_overlap({root}, {v.get("family") or ""}) and m.startswith(root)]
        if len(variants) == 1:
            variant = variants[0]
            mention.fields["aircraft"] = statements = [
                Statement({**s.value, "model": variant["model"], "family": variant.get("family"),
                           "nato_name": variant.get("nato_name")}, s.evidence)
                if s.value.get("model") == root else s
                for s in statements
            ]  # fmt: skip


def _role_named(mention: Mention) -> None:
    """ "A small cargo plane ... the L-410": the role the article gives a civil type it flies (a
    commuter type carrying freight is a transport; a freighter type carrying passengers an airliner)."""
    statements = mention.fields.get("aircraft", [])
    roles = {
        s.value["category"] for s in statements
        if s.value.get("model") is None and s.value["category"] in ROLE_WORDS and not FIREFIGHTING.search(s.value["as_written"])
    }  # fmt: skip
    if len(roles) != 1:
        return
    role = roles.pop()
    mention.fields["aircraft"] = [
        Statement({**s.value, "category": role}, s.evidence)
        if s.value.get("model") and s.value["category"] in CARRIER_ROLES else s
        for s in statements
    ]  # fmt: skip


ROLE_WORDS = {"transport", "airliner", "surveillance", "tanker"}  # given only by words of role: "cargo plane", "spy plane"
FIREFIGHTING = re.compile(r"water[\s-]?bomber|fire", re.I)  # a water bomber keeps its airframe's category


def _finest_regions(mention: Mention) -> None:
    """ "in Darfur" and "in North Darfur state" in one mention: the finer region says where."""
    regions = {s.value.get("admin1") for s in mention.fields.get("location", []) if s.value.get("admin1")}
    coarse = {a for a in regions if any(a != b and set(a.lower().split()) < set(b.lower().split()) for b in regions)}
    if coarse:
        statements = mention.fields["location"]
        mention.fields["location"] = [s for s in statements if s.value.get("admin1") not in coarse]


def _drop_zero_counts(mention: Mention) -> None:
    """ "No one on the ground was hurt" says nothing once the crew's toll is given."""
    for name in COUNT_FIELDS:
        statements = mention.fields.get(name, [])
        if any(s.value for s in statements) and any(not s.value for s in statements):
            mention.fields[name] = [s for s in statements if s.value]


def _refines(mention: Mention, dates: list[DateMatch]) -> bool:
    """The day of a mention dated so far only by a year or month that holds it ("two years ago" ... "on
    13 March 2021")."""
    day = date_window(dates[0].date) if dates and dates[0].date.precision == "day" else None
    if day is None:
        return False
    windows = [date_window(DateValue(s.value["value"], s.value["precision"])) for s in mention.fields["date"]]
    return all(w and w[0] <= day[0] and day[1] <= w[1] and w[0] != w[1] for w in windows)


def _evidence(
    sentence: SentenceFacts, start: int, end: int, stance: str | None = None, source: str | None = None
) -> Evidence:
    return Evidence(
        text=sentence.text.strip(),
        start=sentence.start + start,
        end=sentence.start + end,
        attributed_to=source or sentence.attribution.source,
        stance=stance or sentence.attribution.stance,
    )


def _add_sentence(mention: Mention, sentence: SentenceFacts, allowed_families: set[str]) -> None:
    # "Turkish jets shot down a drone; Moscow denied the aircraft was Russian": the loss clause's word
    told = next((c for c in sentence.causes if not c.negated and c.stance not in (None, "denied")), None)
    voice = (told.stance, told.source) if told and sentence.attribution.stance == "denied" else (None, None)
    for match in sentence.aircraft:
        if match.family and allowed_families and match.family not in allowed_families:
            continue
        value = {"model": match.model, "family": match.family, "category": match.category,
                 "nato_name": match.nato_name, "as_written": match.text}  # fmt: skip
        mention.add("aircraft", value, _evidence(sentence, match.start, match.end, *voice))
    if _it_was(sentence):  # an explicit "It was 27 March 1977." beats days told by weekday or "ago"
        mention.fields["date"] = [s for s in mention.fields.get("date", []) if YEAR.search(s.value["as_written"])]
    if sentence.is_loss or "date" not in mention.fields or _refines(mention, sentence.dates[:1]):
        for date in sentence.dates[:1]:
            value = {"value": date.date.value, "precision": date.date.precision, "as_written": date.text}
            mention.add("date", value, _evidence(sentence, date.start, date.end))
    for place_match, place in sentence.places:
        start = place_match.start - sentence.start
        mention.add("location", location_value(place), _evidence(sentence, start, start + len(place_match.text)))
    shooters = {p.source.lower() for p in sentence.perpetrators if p.source}  # "X said its fighters shot it down"
    for cue in sentence.causes:
        stance = "denied" if cue.negated else cue.stance
        if cue.value == "shot_down" and stance == "asserted" and (cue.source or "").lower() in shooters:
            stance = "claimed" if not _admits(sentence.text) else stance  # "Iran admitted it shot down"
        if cue.value == "shot_down" and stance == "asserted" and THE_GROUP.match(cue.source or "") and any(
            group_country(p.value) or WARRING_PARTY.search(sentence.text[p.start : p.end]) for p in sentence.perpetrators
        ):
            stance = "claimed"  # "X fighters downed a helicopter, the group said": the shooter speaks
        if cue.value == "shot_down" and stance == "asserted" and OWNED_SPEAKER.match(cue.source or "") and any(
            p.end <= cue.start for p in sentence.perpetrators
        ):
            stance = "claimed"  # "rebels shot down a drone, their spokesman said": "their" is the shooter
        if cue.value == "shot_down" and stance == "claimed" and CONFIRMED_AFTER.search(sentence.text[cue.end :]):
            stance = "asserted"  # "rebels said they shot it down, and US officials later acknowledged the loss"
        credited = OWN_SHOOTERS.search(sentence.text[: cue.end])  # "said its fighters had downed ..."
        if cue.value == "shot_down" and stance == "asserted" and (cue.source or OUTLET) != OUTLET and credited:
            stance = "claimed" if not ADMISSION.search(sentence.text) else stance
        mention.add("cause", cue.value, _evidence(sentence, cue.start, cue.end, stance, cue.source))
    hostile = any(c.value in ("shot_down", "friendly_fire") and not c.negated for c in sentence.causes)
    if sentence.weapon and (hostile or sentence.detail or sentence.perpetrators):  # "its fighters fired a missile at it"
        mention.add("weapon", sentence.weapon.value, _evidence(sentence, sentence.weapon.start, sentence.weapon.end))
    for cue in sentence.perpetrators:  # a denied shooting gives no perpetrator, so the sentence's denial is another's
        stance = cue.stance or ("asserted" if sentence.attribution.stance == "denied" else None)
        mention.add("perpetrator", cue.value, _evidence(sentence, cue.start, cue.end, stance, cue.source))
    source = sentence.attribution.source
    if sentence.attribution.stance == "claimed" and WARRING_PARTY.search(source) and sentence.is_loss:
        if any(c.value == "shot_down" and not c.negated for c in sentence.causes) and not sentence.perpetrators:
            found = sentence.text.find(source)
            start, end = (found, found + len(source)) if found >= 0 else (0, 0)
            name = party_name(source) or source[:1].upper() + source[1:]
            mention.add("perpetrator", name, _evidence(sentence, start, end, "claimed"))
    # "rejected the claim ... the aircraft crashed": the denial is of a shoot-down, not of whose aircraft it was
    other_cause = sentence.attribution.stance == "denied" and any(c.value == "crashed" and not c.negated for c in sentence.causes)
    for start, end, country in sentence.operators:
        mention.add("operator", country, _evidence(sentence, start, end, "asserted" if other_cause else None))
    for cue in sentence.casualties:
        mention.add(cue.field, cue.value, _evidence(sentence, cue.start, cue.end))


CONFIRMED_AFTER = re.compile(
    r"[,;]\s*(?:and|but|which)?\s*(?:(?!never\b|not\b|no\b)[\w-]+\s+){0,4}?(?:later\s+|subsequently\s+|also\s+)?"
    r"(?:acknowledged|confirmed|admitted|conceded)\s+(?:the\s+|its\s+|the\s+aircraft['’]s\s+)?(?:loss|downing|shoot-?down|it)\b|"
    r",\s*which\s+(?:(?!never\b|not\b|no\b)[\w-]+\s+){0,4}?(?:later\s+|subsequently\s+)?(?:acknowledged|confirmed|admitted|conceded)\b",
    re.I,
)
OWN_SHOOTERS = re.compile(
    r"\b(?:its|his|their|our)\s+(?:[\w-]+\s+){0,2}?(?:fighters|forces|troops|units?|jets|warplanes|aircraft|"
    r"air[\s-]defen[cs]es?|gunners|crews?|pilots?|soldiers|men|militants|operators)\b"
    r"(?!\s+(?:was|were|had\s+been|has\s+been|have\s+been)\b)",  # "one of its jets was shot down" is the loss
    re.I,
)


# --- parties across an article's mentions --------------------------------------------------------------

# A side that owns up to a downing is not claiming a success.
ADMISSION = re.compile(
    r"\b(admit\w*|acknowledg\w*|apologi[sz]\w*|conceded?|took responsibility|accepted responsibility|"
    r"mistaken(ly)?|by mistake|accidentally|in error|misidentified|friendly[\s-]fire)\b",
    re.I,
)
def _admits(text: str) -> bool:
    """Owns up to a downing: an ADMISSION word not under "never" / "not" ("which Moscow has never acknowledged")."""
    return any(not re.search(r"\b(?:never|not|n['’]t|no)\s+(?:\w+\s+)?$", text[max(0, m.start() - 20) : m.start()], re.I)
               for m in ADMISSION.finditer(text))  # fmt: skip


# The country's own forces, or its rebels ("a rebel helicopter"): either way an aircraft of the country it fell in.
NATIONAL_FORCE_BEFORE = re.compile(
    r"\b(army|air force|navy|military|armed forces|junta|government|regime|police|rebel|insurgent|opposition|separatist)\s+$", re.I
)


def settle_parties(mentions: list[Mention], text: str) -> None:
    """Name each side once per article and draw what follows from who is who:

    - an acronym the article defines reads in full ("RSF" → "Rapid Support Forces (RSF)"), and a
      party's shorter names take its fullest one ("Houthis" → "Houthi rebels");
    - "gunmen" or "rebels" in a mention that names the group are that group;
    - a side's word on its own shoot-down is a claim ("Ukraine says its troops downed a Ka-52"),
      unless it admits it ("apologised", "acknowledged");
    - a shooter of the operator's own country makes the loss friendly fire;
    - an aircraft with no named operator, lost in an accident or to a country's unnamed "army" at
      home, is flown by the country it came down in.
    """
    known = acronyms(text)
    names = [expand(s.value, known) for m in mentions for s in m.fields.get("perpetrator", [])]
    names += group_names(text, known)
    article_group = one_group(names)  # "the rebels" of an article that names one armed group
    for mention in mentions:
        statements = mention.fields.get("perpetrator", [])
        for i, statement in enumerate(statements):
            statements[i] = Statement(_fullest(expand(statement.value, known), names), statement.evidence)
        named = {s.value for s in statements if _proper(s.value) and not country_of(s.value)}
        if not named and article_group and any(s.value in GENERIC_GROUPS.values() for s in statements):
            named = {article_group}
        for i, statement in enumerate(statements):
            if len(named) == 1 and not _proper(statement.value):  # "gunmen" of the one group named
                statements[i] = Statement(next(iter(named)), statement.evidence)
        claimants = [s.evidence.attributed_to for s in mention.fields.get("cause", []) if s.value == "shot_down" and s.evidence.stance != "denied"]
        unit = claiming_unit({s.value for s in statements}, claimants)  # "The 80th ... Brigade said it hit the jet"
        for i, statement in enumerate(statements if unit else []):
            statements[i] = Statement(unit, statement.evidence)
        if not statements:
            _unit_behind_weapon(mention, names, text)
        _mark_self_claims(mention)
    for mention in mentions:
        _ambiguous_service(mention, text)
        _operator_of_same_type(mention, mentions)
        _operator_of_same_foe(mention, mentions)
        _operator_from_context(mention, text)
        _operator_from_location(mention, mentions, text)
        _unnamed_force(mention, text)
        _friendly_fire(mention)


def _unit_behind_weapon(mention: Mention, names: list[str], text: str) -> None:
    """ "shot down by a Patriot" after "US Army Patriot batteries shot down two jets": the unit named
    with that weapon earlier in the article fired it."""
    units = [n for n in names if weapon_cue(n) and weapon_cue(n).end < len(n)]
    for statement in mention.fields.get("cause", []):
        evidence = statement.evidence
        if statement.value != "shot_down" or evidence.stance == "denied":
            continue
        sentence_start = evidence.start - max(0, evidence.text.find(text[evidence.start : evidence.end]))
        for unit in units:
            weapon = weapon_cue(unit)
            found = evidence.text.find(unit[weapon.start : weapon.end])
            if found >= 0:
                start = sentence_start + found
                mention.add("perpetrator", unit, replace(evidence, start=start, end=start + weapon.end - weapon.start))
                return


def _proper(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split())


def _fullest(name: str, names: list[str]) -> str:
    """The fullest name in the article for the same non-state party."""
    if country_of(name):
        return name
    same = [n for n in names if not country_of(n) and same_party(n, name)]
    return max(same + [name], key=lambda n: (len(n.split()), -len(n)))  # "Houthi rebels", else "Houthi" over "Houthis"


def _mark_self_claims(mention: Mention) -> None:
    parties = [s.value for s in mention.fields.get("perpetrator", []) if s.evidence.stance != "denied"]
    for field in ("cause", "perpetrator"):
        statements = mention.fields.get(field, [])
        for i, statement in enumerate(statements):
            evidence = statement.evidence
            if evidence.stance != "asserted" or evidence.attributed_to == OUTLET or ADMISSION.search(evidence.text):
                continue
            if field == "cause" and statement.value not in ("shot_down",):
                continue
            if any(same_party(evidence.attributed_to, p) for p in parties):
                statements[i] = Statement(statement.value, replace(evidence, stance="claimed"))


def _friendly_fire(mention: Mention) -> None:
    causes = mention.fields.get("cause", [])
    shot = [s for s in causes if s.value == "shot_down" and s.evidence.stance != "denied"]
    operators = {s.value for s in mention.fields.get("operator", []) if s.evidence.stance != "denied"}
    own = [s for s in causes if s.value == "friendly_fire" and s.evidence.stance != "denied" and own_side_fire(s.evidence.text)]
    perpetrators = mention.fields.get("perpetrator", [])
    for i, statement in enumerate(perpetrators):  # a side that says its own unit hit its aircraft admits it, claims nothing
        if statement.evidence.stance == "claimed" and len(operators) == 1 and state_of(statement.value) in operators and (
            _admits(statement.evidence.text) or MISTAKEN_FOR.search(statement.evidence.text)
        ):
            perpetrators[i] = Statement(statement.value, replace(statement.evidence, stance="asserted"))
    if own and len(operators) == 1 and not mention.fields.get("perpetrator"):  # "downed by its own troops"
        mention.add("perpetrator", next(iter(operators)), own[0].evidence)
    if len(operators) != 1 or any(s.value == "friendly_fire" for s in causes):
        return
    for statement in mention.fields.get("perpetrator", []):
        country = state_of(statement.value)
        # shot down by its own side, or fired on by its own side that took it for an enemy and then lost
        if country and country in operators and statement.evidence.stance != "denied" and (
            shot or MISTAKEN_FOR.search(statement.evidence.text)
        ):
            mention.add("cause", "friendly_fire", statement.evidence)
            return


MISTAKEN_FOR = re.compile(r"\b(?:mistook|mistaken|mistaking|misidentif\w*|took\s+(?:it|the\s+[\w-]+)\s+for)\b", re.I)


def _ambiguous_service(mention: Mention, text: str) -> None:
    """ "an IAF Mi-17": India's or Israel's air force, as the article's countries say."""
    if mention.fields.get("operator"):
        return
    for statement in mention.fields.get("aircraft", []):
        country = service_in_context(text[max(0, statement.evidence.start - 30) : statement.evidence.start], text)
        if country:
            mention.add("operator", country, statement.evidence)
            return


def _unnamed_force(mention: Mention, text: str) -> None:
    """ "an army Mi-24" with no country word, in an article about one country, is that country's."""
    if mention.fields.get("operator"):
        return
    for statement in mention.fields.get("aircraft", []):
        start, end = statement.evidence.start, statement.evidence.end
        country = unnamed_force_country(text[max(0, start - 30) : start], text[start:end], text)
        if country:
            mention.add("operator", country, statement.evidence)
            return


def _operator_of_same_foe(mention: Mention, mentions: list[Mention]) -> None:
    """A side's downing of an aircraft named with no owner hit the foe whose aircraft that side downs elsewhere
    in the article ("Ukrainian forces said they shot down a Ka-52" in a story of Russian losses)."""
    if mention.fields.get("operator"):
        return
    shooters = {state_of(s.value) for s in mention.fields.get("perpetrator", []) if s.evidence.stance != "denied"}
    if len(shooters) != 1 or None in shooters:
        return
    foes = {
        o.value for m in mentions if m is not mention and {state_of(s.value) for s in m.fields.get("perpetrator", [])} == shooters
        for o in m.fields.get("operator", []) if o.evidence.stance != "denied"
    } - shooters  # fmt: skip
    if len(foes) == 1:
        mention.add("operator", foes.pop(), mention.fields["perpetrator"][0].evidence)


def _operator_of_same_type(mention: Mention, mentions: list[Mention]) -> None:
    """An article's aircraft of one family belong to one operator ("a Russian Ka-52 ... the Ka-52 that
    paratroopers downed in June")."""
    if mention.fields.get("operator"):
        return
    if any(ANOTHER_OPERATOR.search(s.evidence.text) for s in mention.fields.get("aircraft", [])):
        return  # "a Dash 8 belonging to a different carrier"
    families = {s.value.get("family") for s in mention.fields.get("aircraft", []) if s.value.get("family")}
    for other in mentions:
        if other is mention or not families:
            continue
        other_families = {s.value.get("family") for s in other.fields.get("aircraft", []) if s.value.get("family")}
        statements = [s for s in other.fields.get("operator", []) if s.evidence.stance != "denied"]
        if families & other_families and statements:
            top = Counter(s.value for s in statements).most_common(1)[0][0]
            statement = next(s for s in statements if s.value == top)
            mention.add("operator", statement.value, statement.evidence)
            return


def _operator_from_context(mention: Mention, text: str) -> None:
    """No operator beside the aircraft: the main loss's owner told in a sentence of its own ("the plane
    belonged to the Russian air force"), else a state force that speaks of the loss and did not shoot
    ("US Central Command said the drone suffered a mechanical failure")."""
    if mention.fields.get("operator") or mention.role != "main":
        return
    owner = owner_sentence(text)
    if owner:
        start, end, country = owner
        first = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
        last = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
        mention.add("operator", country, Evidence(text[first : last + 1].strip(), start, end))
        return
    shooters = {state_of(s.value) or s.value for s in mention.fields.get("perpetrator", [])}
    for statements in mention.fields.values():
        for statement in statements:
            source = statement.evidence.attributed_to
            if source == OUTLET or statement.evidence.stance == "claimed":
                continue
            country = speaking_force_country(source) or pointed_force_country(source, text[: statement.evidence.start])
            if country and country not in shooters and not any(same_party(source, s) for s in shooters):
                mention.add("operator", country, statement.evidence)
                return


ANOTHER_OPERATOR = re.compile(
    r"\b(?:another|a different|a rival|other)\s+(?:airline|carrier|operator|company|air force|army|navy|military|country)\b",
    re.I,
)


def _operator_from_location(mention: Mention, mentions: list[Mention], text: str) -> None:
    """No operator named: an accident, or a loss to fire at home by the country's unnamed "army", is the
    operator's own country, given by a demonym in the mention ("Colombian soldiers") or the crash site."""
    if mention.fields.get("operator") or not mention.fields.get("location"):
        return
    hostile = any(s.value == "shot_down" and s.evidence.stance != "denied" for s in mention.fields.get("cause", []))
    aircraft = mention.fields.get("aircraft", [])
    home_force = any(
        NATIONAL_FORCE_BEFORE.search(text[max(0, s.evidence.start - 20) : s.evidence.start])
        or NATIONAL_FORCE_START.match(s.value.get("as_written") or "")
        for s in aircraft
    )  # fmt: skip
    location = next((s for s in mention.fields["location"] if s.evidence.stance != "denied" and s.value.get("country")), None)
    if location is None:
        return
    shooters = [s.value for s in mention.fields.get("perpetrator", []) if s.evidence.stance != "denied"]
    told = [s.evidence.text for s in mention.fields.get("cause", [])]
    if hostile and not home_force and not insurgents_at_home(shooters, location.value["country"], told):
        return
    others = {  # an earlier incident told in passing is not in this one's scene
        s.value for m in mentions if m is not mention and not (m.role == "background" != mention.role)
        for s in m.fields.get("operator", [])
    }  # fmt: skip
    if others - {location.value["country"]}:
        return  # foreign aircraft in the story: an unnamed one could be anybody's
    sentences = {s.evidence.text for statements in mention.fields.values() for s in statements}
    demonyms = {country_of(w) for text in sentences for w in DEMONYM.findall(text)} - {None}
    if len(demonyms) == 1:
        mention.add("operator", demonyms.pop(), location.evidence)
    else:
        mention.add("operator", location.value["country"], location.evidence)


NATIONAL_FORCE_START = re.compile(r"(army|air force|navy|military)\b", re.I)
DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:ian|an|ese|i|ish|ch))\s+(?:soldiers?|troops|army|military|servicemen|crew)\b")

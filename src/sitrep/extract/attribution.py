"""Who states a sentence, and with what stance.

A sentence's source is the subject of its reporting verb ("the ministry said"), the object of
"according to", or, for a quotation or a pronoun subject ("he added"), the source of the sentence
before. A sentence nobody is said to state is the outlet's own voice. The stance is asserted,
claimed ("rebels claim"), denied ("the ministry denied") or unconfirmed ("unconfirmed reports",
"allegedly").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..models import OUTLET, Mention, Statement

SPEECH_LEMMAS = {
    "say", "tell", "report", "confirm", "announce", "state", "add", "claim", "deny", "insist",
    "acknowledge", "admit", "write", "tweet", "post", "quote", "cite", "allege", "assert", "declare",
    "note", "explain", "warn", "reveal", "show", "put", "apologize", "apologise", "accuse", "blame",
    "affirm", "maintain", "boast", "publish", "broadcast", "suggest", "speculate", "believe", "suspect",
    "reject", "dismiss", "refute",
}  # fmt: skip
HEDGE_LEMMAS = {"suggest", "speculate", "believe", "suspect"}
CLAIM_LEMMAS = {"claim", "allege", "accuse", "blame"}
DENY_LEMMAS = {"deny", "dismiss", "reject", "refute"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "who"}
RELATIVES = {"which", "who", "that"}
UNCONFIRMED = re.compile(
    r"\b(unconfirmed|unverified|allegedly|purportedly|reportedly|apparently|rumou?rs?|likely|probably|possibly|suspected|"
    r"appear(?:s|ed)? to (?:have|be|show)|"
    r"(believed|thought|reported|said|rumou?red) to have|(may|might) have|"
    r"could not (be )?(independently )?(verif|confirm)\w*|cannot (be )?(independently )?(verif|confirm)\w*)\b",
    re.IGNORECASE,
)
# A warring party's word (or a monitor relaying activists) on a contested event is a claim.
PARTISAN_SOURCE = re.compile(
    r"\b(activists?|rebels?|militants?|militias?|insurgents?|opposition|fighters|observatory|monitor(ing group)?)\b", re.I
)
# ... unless the government's side says so too ("according to state media and activists").
OFFICIAL_SOURCE = re.compile(
    r"\b(state (media|television|news)|government|ministry|officials|(military|army|security) (sources?|officials?|officers?))\b", re.I
)
# "KYIV -", "PORT SUDAN, May 13 (Wire) -", "SAN MARCOS, Texas -"
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,30}(,\s*[A-Z][a-z]{2,9}\.?(\s+\d{1,2})?(,\s*\d{4})?)?\s*(\([^)]*\))?\s*(--|—|–|-|:)\s"
)
ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
ISSUED_BY = re.compile(r"\b(issued|released|published|posted) by\s+", re.IGNORECASE)
# A headline the parser reads as a noun phrase: "Sudan's RSF claims it shot down army cargo plane".
LEADING_SAYS = re.compile(
    r"^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(says?|claims?|insists?)\s+(?:it|they|its|their)\b"
)
TRAILING_SAID = re.compile(
    r",\s*(?:the\s+|a\s+)?([A-Z][^,;\"“”]{2,80}?)\s+(said|says|reported|reports|claimed|claims|added|told \w+|stated)\W*$"
)


@dataclass(frozen=True)
class Attribution:
    source: str
    stance: str  # asserted | claimed | denied | unconfirmed


def attribute(sentence: Span, previous: Attribution | None = None, known: Sequence[str] = ()) -> Attribution:
    """The source and stance of one sentence; `previous` carries quotes and pronouns across, `known`
    (the article's earlier sources) gives "the command" its full name."""
    stance = "unconfirmed" if UNCONFIRMED.search(sentence.text) else "asserted"
    verb, subject = _reporting_verb(sentence)
    source = _source(subject, previous, known) if subject is not None else None
    according = _according_to(sentence)
    if according and source and according.lower() not in source.lower():
        source = f"{according} (via {source})"
    elif according:
        source = according
    if source is None:
        leading = LEADING_SAYS.match(sentence.text.strip())
        if leading:
            source = leading.group(1)
            stance = "claimed" if leading.group(2).startswith("claim") else stance
            verb = None
    if source is None:
        trailing = TRAILING_SAID.search(sentence.text.strip())
        if trailing:
            source = trailing.group(1).strip()
            stance = "claimed" if trailing.group(2) in ("claimed", "claims") else stance
            verb = None  # the trailing verb, not another one in the sentence, gives the stance
    if source is None and previous is not None and _is_quotation(sentence):
        source = previous.source
    if verb is not None and stance == "asserted":
        if verb.lemma_.lower() in CLAIM_LEMMAS:
            stance = "claimed"
        elif verb.lemma_.lower() in DENY_LEMMAS:
            stance = "denied"
    if source and _partisan(source):
        stance = "claimed" if stance == "asserted" else stance
    return Attribution(source or OUTLET, stance)


def clause_attribution(token: Token, default: Attribution, previous: Attribution | None = None,
                       known: Sequence[str] = ()) -> Attribution:  # fmt: skip
    """Who states the clause `token` sits in: the subject of the nearest reporting verb above it
    ("rebels claim [they shot down a jet], the army says [it crashed]"); else the sentence's source.
    A denial verb above the cue is left to the cue's own negation."""
    dateline = DATELINE.match(token.sent.text)
    skip_until = token.sent.start_char + (dateline.end() if dateline else 0)
    node = token
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        if node.lemma_.lower() not in SPEECH_LEMMAS or node.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.idx >= skip_until), None)
        if subject is None and node.dep_ == "conj":  # "X first blamed the weather but later admitted ...": X admits
            subject = next((c for c in node.head.children if c.dep_ == "nsubj" and c.idx >= skip_until), None)
        if subject is None:
            continue  # "saying ..." : the speaker is further up
        source = _source(subject, previous, known) or default.source
        stance = "unconfirmed" if UNCONFIRMED.search(token.sent.text) else "asserted"
        if node.lemma_.lower() in CLAIM_LEMMAS:
            stance = "claimed"
        elif node.lemma_.lower() in HEDGE_LEMMAS:
            stance = "unconfirmed"  # "bloggers suggested it was hit by friendly fire"
        elif _partisan(source) and stance == "asserted":
            stance = "claimed"
        return Attribution(source, stance)
    return Attribution(default.source, "asserted" if default.stance == "denied" else default.stance)


def _partisan(source: str) -> bool:
    return bool(PARTISAN_SOURCE.search(source)) and not OFFICIAL_SOURCE.search(source)


def _source(subject: Token, previous: Attribution | None, known: Sequence[str]) -> str | None:
    """The name of a reporting verb's subject; a pronoun is the previous source, "the command" the
    known source whose last word it repeats; "which" in "X, which said ..." is X."""
    if subject.lower_ in RELATIVES and subject.head.dep_ == "relcl" and subject.head.head != subject.head:
        return phrase_text(subject.head.head)
    if subject.lower_ in PRONOUNS:
        return previous.source if previous is not None and previous.source != OUTLET else None
    phrase = phrase_text(subject)
    words = phrase.split()
    if len(words) == 2 and words[0].lower() == "the":
        fuller = [k for k in known if len(k.split()) > 2 and k.lower().split()[-1] == words[1].lower()]
        if fuller:
            return fuller[-1]
        named = _named_earlier(subject)
        if named:
            return named
    return phrase


def _named_earlier(subject: Token) -> str | None:
    """ "launched by Ukraine's naval command ..., the command said": the fuller phrase earlier in the
    sentence whose head noun "the command" repeats."""
    for token in reversed(subject.sent[: subject.i - subject.sent.start]):
        if token.lower_ == subject.lower_ and token.pos_ in ("NOUN", "PROPN") and token.left_edge.lower_ != "the":
            phrase = phrase_text(token)
            if len(phrase.split()) > 2:
                return phrase
    return None


def _reporting_verb(sentence: Span) -> tuple[Token | None, Token | None]:
    """The reporting verb nearest the sentence root, and its subject."""
    dateline = DATELINE.match(sentence.text)
    skip_until = sentence.start_char + (dateline.end() if dateline else 0)
    candidates = [
        t for t in sentence
        if t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ in ("VERB", "AUX")
        and (t.tag_ != "VBG" or any(c.dep_ == "aux" for c in t.children))  # "was announcing"
        and t.dep_ != "relcl"  # "..., an accident Moscow blamed on a fault": said of that noun, not of the sentence
    ]  # fmt: skip
    candidates.sort(key=lambda t: (t.dep_ != "ROOT", abs(t.i - sentence.root.i)))
    for verb in candidates:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.idx >= skip_until:
                if child.dep_ == "nsubjpass":
                    agent = _agent(verb)
                    if agent is None:
                        continue
                    return verb, agent
                return verb, child
    return (candidates[0] if candidates else None), None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def phrase_text(head: Token) -> str:
    """The subject's words, up to a comma, apposition, relative clause or the first word outside its phrase."""
    end = head.i + 1
    for token in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if token.dep_ in ("relcl", "appos", "acl", "punct") or not head.is_ancestor(token):
            break  # a misparsed apposition can stretch the subtree over the verb: "X said ..., a fourth such report"
        end = token.i + 1
    start = head.left_edge.i
    floor = dateline_end(head.sent)
    while start < head.i and head.doc[start].idx < floor:  # "KYIV, Aug 17 (Wire) - Ukrainian forces"
        start += 1
    text = head.doc[start:end].text.strip(" ,\"“”'")
    return re.sub(r"\s+", " ", text)[:80]


def dateline_end(sentence: Span) -> int:
    """Where a dateline ("PORT SUDAN, May 13 (Wire) -") ends, as a document offset; the start if none."""
    dateline = DATELINE.match(sentence.text)
    return sentence.start_char + (dateline.end() if dateline else 0)


def _according_to(sentence: Span) -> str | None:
    match = ACCORDING_TO.search(sentence.text)
    if not match:
        return None
    rest = sentence.text[match.end():]
    issued = ISSUED_BY.search(rest[:60])
    if issued:
        rest = rest[issued.end():]
    phrase = re.split(r"[,.;:\"“”()]|\b(?:that|who|which|when|while|on|in)\b", rest.strip(), maxsplit=1)[0]
    phrase = re.sub(r"\s+", " ", phrase).strip()
    return phrase[:80] or None


def _is_quotation(sentence: Span) -> bool:
    text = sentence.text.strip()
    return text[:1] in "\"“‘'" or text.rstrip()[-1:] in "\"”’'"


# "Damascus later confirmed the loss", "the army has acknowledged the downing of its drone": the operator owns
# up to the loss a shooter claimed (not "did not confirm the loss", "declined to acknowledge it").
LOSS_CONFIRMED = re.compile(
    r"\b(?:confirmed|acknowledged|admitted|conceded)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:loss|losing|downing|shoot-?down)\b",
    re.I,
)
NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never|neither|nor|no|declined|refused|yet\s+to|whether|if)\b[^.;]{0,40}$", re.I)
# "... but has not said what brought it down", "the cause is under investigation": the loss owned, not the cause
CAUSE_OPEN = re.compile(
    r"\b(?:not|n['’]t|without|declined\s+to|refused\s+to)\s+(?:\w+\s+){0,2}?(?:say|said|saying|disclos\w*|specif\w*|"
    r"explain\w*|comment\w*)\b|\b(?:unclear|unknown|investigat\w*|causes?)\b",
    re.I,
)


def confirmed_later(mentions: list[Mention], text: str) -> None:
    """A shoot-down claimed by its shooter and confirmed as a loss in a later sentence of the same
    incident's telling (before the next incident starts) is stated, as one sentence's "..., and X later
    acknowledged the loss" already is."""
    starts = sorted(min(m.sentences)[0] for m in mentions if m.sentences)
    for mention in mentions:
        claimed = [s for s in mention.fields.get("cause", []) if s.value == "shot_down" and s.evidence.stance == "claimed"]
        if not claimed or any(s.value == "shot_down" and s.evidence.stance == "denied" for s in mention.fields["cause"]):
            continue
        first = min(mention.sentences)[0]
        end = next((x for x in starts if x > first), len(text))
        after = max(s.evidence.end for s in claimed)
        zone = text[after:end]
        if not any(
            not NOT_BEFORE.search(zone[max(0, m.start() - 40) : m.start()])
            and not CAUSE_OPEN.search(re.split(r"(?<=[.!?])\s", zone[m.end() :], maxsplit=1)[0])
            for m in LOSS_CONFIRMED.finditer(zone)
        ):
            continue
        mention.fields["cause"] = [
            Statement(s.value, replace(s.evidence, stance="asserted")) if s in claimed else s
            for s in mention.fields["cause"]
        ]

"""Domain-free similarity of two news reports: what they share beyond their topic.

Two reports of one event share its participants, numbers, time and lead; two look-alike events of
one kind share mostly the words of their kind. A document's `Features` are therefore kept in
blocks, each a bag of tokens:

- ``words``: content words, lower case, stop words and month or weekday names left out;
- ``names``: capitalised words inside a sentence (people, organisations, places, things);
- ``numbers``: figures outside dates and clock times ("23", "5.6", "$137");
- ``times``: the publication date and the date expressions resolved against it by `extract.dates`,
  as year, month and day tokens ("y2005", "m2005-11", "d2005-11-27"; "md-11-27" for a month-day);
- ``lead``: content words of the first two sentences (with the title), where a report says what
  happened.

`document_features` is pure, one document at a time. `fit_corpus` is the one corpus step: TF-IDF
weights per block fitted on a batch. `block_similarities` gives the cosine per block for every
pair of a batch, `similarity` one weighted figure for a pair.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from .extract.dates import MONTHS, WEEKDAYS, find_dates, publication_date

BLOCKS = ("words", "names", "numbers", "times", "lead")
# How much each block counts in `similarity`; chosen on the ECB+ train topics (bench/stories_ecb.py).
WEIGHTS = {"words": 1.0, "names": 1.0, "numbers": 0.5, "times": 0.5, "lead": 0.5}
LEAD_SENTENCES = 2

_STOP = frozenset(ENGLISH_STOP_WORDS) | {w.lower() for w in (*MONTHS, *WEEKDAYS)}
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
_TOKEN = re.compile(r"[^\W\d_](?:[^\W_]|['’.\-](?=[^\W_]))*|\d+(?:[.,]\d+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"\$?\d+(?:[.,]\d+)*")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:\s*[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.\s?m\.", re.IGNORECASE)


@dataclass(frozen=True)
class Features:
    """The bags of tokens of one document, by block, and its publication date if known."""

    words: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    published: datetime.date | None = None

    def block(self, name: str) -> tuple[str, ...]:
        return getattr(self, name)


def document_features(text: str, title: str | None = None, published: str | None = None) -> Features:
    """Features of one document; `published` is a metadata date string, else the text's dateline is used."""
    text = text or ""
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n{text}"
    sentences = [words_and_names(s) for s in _SENTENCE_BREAK.split(text) if s and s.strip()]
    day = _publication_day(text, published)
    dates = find_dates(text, day)
    times = [token for m in dates if m.date.value for token in _time_tokens(m.date.value)]
    return Features(
        words=tuple(w for words, _ in sentences for w in words),
        names=tuple(n for _, names in sentences for n in names),
        numbers=tuple(_numbers(text, [(m.start, m.end) for m in dates])),
        times=tuple(_time_tokens(day.isoformat()) + times if day else times),
        lead=tuple(w for words, _ in sentences[:LEAD_SENTENCES] for w in words),
        published=day,
    )


def words_and_names(sentence: str) -> tuple[list[str], list[str]]:
    """Content words (lower case, no stop words) and the capitalised ones inside the sentence."""
    tokens = _TOKEN.findall(sentence)
    letters = [t for t in tokens if t[0].isalpha()]
    shouting = sum(t.isupper() for t in letters) > 0.6 * max(1, len(letters))  # headline in capitals
    words, names = [], []
    for position, token in enumerate(tokens):
        if not token[0].isalpha():
            continue
        token = _POSSESSIVE.sub("", token)
        lower = token.lower()
        if len(lower) < 2 or lower in _STOP:
            continue
        words.append(lower)
        if position > 0 and token[0].isupper() and not shouting:
            names.append(lower)
    return words, names


def _publication_day(text: str, published: str | None) -> datetime.date | None:
    found, _ = publication_date(text, metadata=published)
    if found is None or found.precision != "day" or not found.value:
        return None
    return datetime.date.fromisoformat(found.value)


def _numbers(text: str, date_spans: list[tuple[int, int]]) -> list[str]:
    """Figures in the text, leaving out years and the digits of dates and clock times."""
    spans = date_spans + [m.span() for m in _CLOCK.finditer(text)]
    masked = list(text)
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    numbers = []
    for match in _NUMBER.finditer("".join(masked)):
        value = match.group().replace(",", "").lstrip("$")
        if not _YEAR.fullmatch(value):
            numbers.append(value)
    return numbers


def _time_tokens(value: str) -> list[str]:
    """ "2005-11-27" -> year, month, day and month-day tokens; "--11-27" -> the month-day alone."""
    if value.startswith("--"):
        return ["md" + value[1:]]
    if not value[:4].isdigit():
        return []  # a weekday with no reference date
    tokens = ["y" + value[:4]]
    if len(value) >= 7:
        tokens.append("m" + value[:7])
    if len(value) == 10:
        tokens += ["d" + value, "md-" + value[5:]]
    return tokens


def _identity(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tokens


@dataclass
class Corpus:
    """TF-IDF weights per block, fitted on a batch (the corpus step); picklable."""

    vectorizers: dict[str, TfidfVectorizer | None] = field(default_factory=dict)

    def vectors(self, features: Sequence[Features], block: str) -> csr_matrix:
        vectorizer = self.vectorizers.get(block)
        if vectorizer is None:
            return csr_matrix((len(features), 1))
        return vectorizer.transform([f.block(block) for f in features])


def fit_corpus(features: Sequence[Features]) -> Corpus:
    """Fit the IDF of every block on a batch of documents."""
    corpus = Corpus()
    for block in BLOCKS:
        bags = [f.block(block) for f in features]
        if not any(bags):
            corpus.vectorizers[block] = None
            continue
        vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        corpus.vectorizers[block] = vectorizer.fit(bags)
    return corpus


def block_similarities(features: Sequence[Features], corpus: Corpus | None = None) -> dict[str, np.ndarray]:
    """Cosine similarity of every pair of documents, per block (n × n arrays)."""
    if corpus is None:
        corpus = fit_corpus(features)
    out = {}
    for block in BLOCKS:
        vectors = corpus.vectors(features, block)
        out[block] = (vectors @ vectors.T).toarray()
    return out


def combined(blocks: dict[str, np.ndarray]) -> np.ndarray:
    """The weighted mean of the block similarities."""
    return sum(WEIGHTS[b] * blocks[b] for b in BLOCKS) / sum(WEIGHTS.values())


def similarity(a: Features, b: Features, corpus: Corpus | None = None) -> float:
    """How alike two documents are, 0..1; `corpus` gives the IDF (by default fitted on the pair)."""
    return float(combined(block_similarities([a, b], corpus))[0, 1])

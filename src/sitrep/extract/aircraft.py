"""Find aircraft mentions in text and canonicalise them against the catalogue.

The catalogue (``data/aircraft.json``) is compiled once into one regex: a
token trie of every model name and alias, where tokens may be joined by a
hyphen, a space or nothing ("Mi-24", "MI 24", "Mi24").  A small second regex
finds the words where a name can start, and the big one is tried only there.
Matches are then checked by a few small rules (case, ambiguous words, glued
digits) and extended over a trailing generic noun ("Mi-24 helicopter").
Generic mentions ("a warplane", "the gunship") are found the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

CATEGORIES = frozenset({
    "helicopter", "fighter", "bomber", "transport", "airliner", "business",
    "light", "trainer", "surveillance", "tanker", "drone",
})

_DATA = Path(__file__).resolve().parent.parent / "data" / "aircraft.json"


@dataclass(frozen=True)
class AircraftMatch:
    start: int            # character offsets into the text given
    end: int
    text: str             # the text as written
    model: str | None     # canonical model, None for a generic mention
    family: str | None
    category: str         # a catalogue category, or "aircraft" for a wholly generic word
    nato_name: str | None
    maker: str | None
    generic: bool         # True for "a helicopter", "a warplane", "the gunship"


# ---------------------------------------------------------------- generic words

# Nouns that head a generic mention, with the category they give on their own.
# "aircraft"-category heads take their category from a modifier ("cargo plane").
_HEADS: dict[str, str] = {
    "helicopter": "helicopter", "chopper": "helicopter", "gunship": "helicopter",
    "rotorcraft": "helicopter", "helo": "helicopter",
    "warplane": "fighter", "fighter-bomber": "fighter", "fighter": "fighter",
    "interceptor": "fighter", "jump jet": "fighter",
    "bomber": "bomber",
    "drone": "drone", "uav": "drone", "uas": "drone", "quadcopter": "drone",
    "unmanned aerial vehicle": "drone", "unmanned aerial system": "drone",
    "loitering munition": "drone",
    "airliner": "airliner", "jetliner": "airliner", "jumbo jet": "airliner",
    "water bomber": "transport", "waterbomber": "transport",
    "military transport": "transport", "airlifter": "transport",
    "freighter": "transport", "tiltrotor": "transport",
    "awacs": "surveillance",
    "seaplane": "light", "floatplane": "light", "microlight": "light", "ultralight": "light",
    "glider": "light", "crop duster": "light", "crop-duster": "light", "turboprop": "aircraft",
    "air ambulance": "aircraft", "air taxi": "light", "bush plane": "light",
    "trainer": "trainer", "tanker": "tanker", "transport": "transport",
    "aircraft": "aircraft", "plane": "aircraft", "airplane": "aircraft",
    "aeroplane": "aircraft", "jet": "aircraft", "flight": "aircraft",
}
# Heads that mean something else on their own ("oil tanker", "personal trainer",
# "a test flight"); they count only after a model or with a modifier.
_HEADS_NEED_MODIFIER = frozenset({"trainer", "tanker", "transport", "flight"})
# Heads that are also words for people ("rebel fighters", "suicide bomber").
_PEOPLE_HEADS = frozenset({"fighter", "bomber"})

_MODIFIERS: dict[str, str | None] = {
    "war": "fighter", "fighter": "fighter", "combat": "fighter", "attack": "fighter",
    "ground-attack": "fighter", "strike": "fighter", "stealth": "fighter",
    "multirole": "fighter", "multi-role": "fighter", "supersonic": "fighter",
    "passenger": "airliner", "commercial": "airliner",
    "cargo": "transport", "transport": "transport", "freight": "transport",
    "heavy-lift": "transport",
    "light": "light", "small": "light", "single-engine": "light", "banner-towing": "light",
    "crop-dusting": "light", "crop-spraying": "light", "agricultural": "light", "sightseeing": "light",
    "skydiving": "light", "commuter": "airliner",
    "single-engined": "light", "private": "light",
    "business": "business", "corporate": "business", "executive": "business",
    "training": "trainer", "trainer": "trainer",
    "spy": "surveillance", "reconnaissance": "surveillance", "recon": "surveillance",
    "surveillance": "surveillance", "patrol": "surveillance",
    "early-warning": "surveillance", "early warning": "surveillance",
    "tanker": "tanker", "refuelling": "tanker", "refueling": "tanker",
    "unmanned": "drone", "kamikaze": "drone", "fpv": "drone",
    "one-way attack": "drone",
    "military": None, "civilian": None, "civil": None, "jet": None, "heavy": None,
    "twin-engine": None, "twin-engined": None, "turboprop": None, "propeller": None,
    "maritime": None, "airborne": None, "aerial": None, "suicide": None,
    "armed": None, "utility": None, "rescue": None, "search-and-rescue": None,
    "medical": None, "firefighting": None, "naval": None, "navy": None,
    "army": None, "police": None, "anti-submarine": None, "assault": None,
    "long-range": None, "strategic": None, "amphibious": None, "light-attack": None,
    "close-air-support": None, "electronic-warfare": None, "long-haul": None,
    "regional": "airliner", "advanced": None, "basic": None, "primary": None, "aerobatic": None,
    "vintage": None, "two-seat": None, "single-seat": None, "four-engine": None, "four-engined": None,
}

# "jet fuel", "jet stream", "aircraft carrier": the noun is not an aircraft here.
_NOT_AFTER_HEAD = {
    "jet": frozenset({"fuel", "stream", "ski", "skis", "lag", "engine", "engines", "set",
                      "setter", "black", "pack", "wash", "propulsion", "airways", "blue",
                      "age", "powered", "spray"}),
    "aircraft": frozenset({"carrier", "carriers"}),
    "drone": frozenset({"pilot", "pilots", "operator", "operators"}),
}
_PEOPLE_CUES = frozenset({
    "rebel", "rebels", "militant", "militants", "islamist", "jihadist", "foreign",
    "kurdish", "opposition", "hamas", "hezbollah", "taliban", "houthi", "isis", "is",
    "al-qaeda", "al-shabaab", "guerrilla", "insurgent", "resistance", "freedom",
    "suicide", "car", "would-be", "wagner", "tribal", "armed", "syrian", "palestinian",
    "boko", "haram", "fire", "prize", "street", "ufc", "mma",
})
_AIR_CONTEXT = re.compile(
    r"\b(?:pilots?|cockpit|eject(?:ed|s)?|squadrons?|sorties?|air ?force|airspace|air ?base|"
    r"airbases?|aircraft|warplanes?|jets?|planes?|airfield|runway|scrambled|intercept\w*|"
    r"flew|flying|flight|shot down|bombers?)\b", re.I)


def _alt(words) -> str:
    parts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]?") for w in parts)


_HEAD_ALT = _alt(_HEADS)
_MOD_ALT = _alt(_MODIFIERS)
_PHRASE = rf"(?P<mods>(?:(?:{_MOD_ALT})[\s-]+){{0,3}})(?P<head>{_HEAD_ALT})(?P<plural>e?s)?(?!\w)"
_GENERIC_RE = re.compile(rf"(?<![\w-]){_PHRASE}", re.I)
_GENERIC_FIRST = [re.split(r"[\s-]", w)[0] for w in [*_HEADS, *_MODIFIERS]]
_TRAIL_RE = re.compile(rf"[ \t\u00a0]+{_PHRASE}", re.I)
_AFTER_WORD_RE = re.compile(r"[ \t\u00a0]+([\w'-]+)")
_POST_CONTEXT_RE = re.compile(
    r"[ \t\u00a0]+(?:pilots?|squadrons?|crews?|fleet|sorties?)\b", re.I)
_PRE_CONTEXT_RE = re.compile(
    r"(?:\b(?:RAF|USAF|IAF|PAF|RAAF|RCAF|RNZAF|RSAF|RNLAF|Luftwaffe|Army|Navy|Air Force|"
    r"Marine Corps|Marines|Fleet Air Arm|Red Arrows)(?:['\u2019]s?)?)[ \t\u00a0]+$")


def _norm_word(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower())


# keyed by the words with and without their spaces: the heads' patterns accept "cropduster" and "crop-duster"
_HEAD_LOOKUP = {key: v for k, v in _HEADS.items() for key in (_norm_word(k), _norm_word(k).replace(" ", ""))}
_MOD_LOOKUP = {_norm_word(k): v for k, v in _MODIFIERS.items()}
_MOD_SPLIT_RE = re.compile(rf"(?:{_MOD_ALT})", re.I)


# Heads naming a task, not an airframe: a modifier that tells the airframe wins
# ("a single-engine water bomber" is light; gold/README.md: water bombers keep their airframe's category).
_TASK_HEADS = frozenset({"water bomber", "waterbomber"})


def _phrase_category(mods: str, head: str) -> str:
    head_key = _norm_word(head)
    cat = _HEAD_LOOKUP.get(head_key) or _HEAD_LOOKUP.get(head_key.replace(" ", ""), "aircraft")
    if head_key in _TASK_HEADS:
        told = [_MOD_LOOKUP.get(_norm_word(m)) for m in _MOD_SPLIT_RE.findall(mods)]
        return next((c for c in reversed(told) if c), cat)
    if cat != "aircraft":
        return cat
    found = [_norm_word(m) for m in _MOD_SPLIT_RE.findall(mods)]
    if head_key == "jet" and found and found[-1] == "private":
        return "business"
    for mod in reversed(found):
        if _MOD_LOOKUP.get(mod):
            return _MOD_LOOKUP[mod]
    return "aircraft"


# ---------------------------------------------------------------- catalogue

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_TOKEN_SEP_RE = re.compile(r"([\W_]*?)([^\W\d_]+|\d+)")
_DASHES = "\\-\u2010-\u2013"
# English two-letter words that double as designation prefixes ("an 26-year-old",
# "could be 200 metres"): with a space after them they are read as words.
_WORD_PREFIXES = frozenset({"an", "as", "at", "be", "by", "do", "go", "he", "if", "in",
                            "is", "it", "me", "my", "no", "of", "on", "or", "so", "to",
                            "up", "us", "we"})


def _sep_pattern(written: str, prev: str, tok: str) -> str:
    """What may stand between two tokens of a name, given what the name has there.

    Any name separator may be a hyphen, a space or nothing ("Mi-24", "Mi 24",
    "Mi24"), with three exceptions: two numbers need a separator ("737-800",
    not "737800"); letters glued or hyphenated to a number take no space
    ("F-16V", not "F-16 vs"); a dot, slash or apostrophe is allowed only where
    the name has one ("SF.260", "F/A-18", "Ra'am")."""
    extra = re.escape("".join(sorted(set(written) & set("./'\u2019"))))
    if prev.isdigit() and tok.isdigit():
        return rf"[\s{_DASHES}{extra}]"
    if prev.isdigit() and tok.isalpha() and not any(c.isspace() for c in written):
        # a variant code in capitals may stand apart: "F-7 BGI", "Mi-8 AMTSh", "Su-25 SM"
        spaced = r"|[ \u00a0](?=(?-i:[A-Z]{2}))" if len(tok) >= 2 else ""
        return rf"(?:[{_DASHES}{extra}]{spaced})?"
    return rf"[\s{_DASHES}{extra}]?"


def _token_path(name: str) -> tuple[tuple[str, str], ...]:
    """Tokens of a name, each with the separator pattern allowed before it."""
    path = []
    prev = ""
    for m in _TOKEN_SEP_RE.finditer(name):
        written, tok = m.groups()
        path.append((_sep_pattern(written, prev, tok) if path else "", tok.lower()))
        prev = tok
    return tuple(path)


def _tokens(s: str) -> list[str]:
    return [t.lower() for t in _TOKEN_RE.findall(s)]


def _key(s: str) -> str:
    return "".join(_tokens(s))


@dataclass(frozen=True)
class _Form:
    entry: int              # index into the catalogue
    ambiguous: bool         # needs a capital letter and an aircraft context next to it
    wordy: bool             # starts with a word: must be capitalised ("Black Hawk", "Boeing 737")
    nickname: bool          # words only, no number ("Hind", "Black Hawk")


@lru_cache(maxsize=1)
def catalogue() -> list[dict]:
    """The loaded catalogue (cached; do not mutate)."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _makers(entries: list[dict]) -> list[str]:
    stop = {"General", "British", "North", "Extra", "Quest", "Special", "Air", "English", "Icon", "Eclipse"}
    out: set[str] = set()
    for e in entries:
        maker = e.get("maker")
        if not maker:
            continue
        for name in re.split(r"\s*/\s*", maker):
            out.add(name)
            first = name.split()[0]
            if len(first) >= 4 and first[0].isupper() and first not in stop:
                out.add(first)
    return sorted(out, key=len, reverse=True)


def _derived_forms(entry: dict) -> list[str]:
    """The model and aliases, plus each with its maker word dropped where what is
    left still reads as a designation ("Airbus A320" -> "A320", "Boeing 737-800" ->
    "737-800"; but not "Cessna 172" -> "172" nor "Piper Arrow" -> "Arrow")."""
    names = [entry["model"], *entry["aliases"]]
    out = list(names)
    makers = [m for m in re.split(r"\s*/\s*", entry.get("maker") or "") if m]
    for name in names:
        for maker in makers:
            if not name.startswith(maker + " "):
                continue
            rest = name[len(maker) + 1:]
            toks = _TOKEN_RE.findall(rest)
            if any(t.isdigit() for t in toks) and (
                    rest[0].isalpha() or (len(toks) > 1 and len(toks[0]) >= 3)):
                out.append(rest)
    return out


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern               # anchored at a word start: one form plus its suffix
    forms: dict[str, list[_Form]]   # normalised key -> forms
    first: _Starts                  # first tokens of all forms: where a match can start
    maker_before: re.Pattern        # a maker name right before a match ("Sukhoi Su-25")


def _trie_regex(paths: list[tuple[tuple[str, str], ...]]) -> str:
    """One regex for all forms: a token trie, longest continuation tried first."""
    trie: dict = {}
    for path in paths:
        node = trie
        for step in path:
            node = node.setdefault(step, {})
        node[None] = {}

    def emit(node: dict) -> str:
        branches = []
        for sep, tok in sorted((k for k in node if k), key=lambda k: (-len(k[1]), k)):
            child = node[(sep, tok)]
            branch = sep + re.escape(tok)
            if set(child) != {None}:
                cont = emit(child)
                branch += f"(?:{cont})?" if None in child else cont
            branches.append(branch)
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie)


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    entries = catalogue()
    forms: dict[str, list[_Form]] = {}
    paths: dict[tuple, list[str]] = {}
    for i, e in enumerate(entries):
        ambiguous = {_key(a) for a in e.get("ambiguous_aliases", [])}
        for name in _derived_forms(e):
            toks = _tokens(name)
            if not toks:
                continue
            key = "".join(toks)
            numeric_only = len(toks) == 1 and toks[0].isdigit()
            nickname = not any(t.isdigit() for t in toks)
            wordy = toks[0].isalpha() and (len(toks[0]) >= 4 or nickname)
            form = _Form(i, key in ambiguous or numeric_only, wordy, nickname)
            bucket = forms.setdefault(key, [])
            if all(f.entry != i for f in bucket):
                bucket.append(form)
            paths.setdefault(_token_path(name), toks)
    makers = "|".join(re.escape(m).replace(r"\ ", r"[ \u00a0-]") for m in _makers(entries))
    core = _trie_regex(list(paths))
    # "Su-24M2", "MiG-29SMT", "Mi-17V-5", "F-16s": letters glued to a known
    # designation; after a designation letter ("Tu-22M"), one or two digits too.
    suffix = (r"(?P<suf>(?-i:(?<=[0-9])[A-Z][A-Za-z]{0,6}[0-9]{0,2}(?:-[0-9]{1,2}[A-Z]?)?"
              r"|(?:(?<=[0-9][A-Z])|(?<=[0-9][A-Z]{2})|(?<=[0-9][A-Z]{3}))"
              r"(?:[0-9]{1,2}|[A-Z][A-Za-z]{0,4}[0-9]{0,2}))?(?-i:s)?)")
    pattern = rf"(?<!\w)(?P<core>{core}){suffix}(?!\w)"
    return _Compiled(re.compile(pattern, re.I), forms,
                     _Starts.of(t[0] for t in paths.values()),
                     re.compile(rf"(?<!\w)(?:{makers})[ \u00a0-]+$"))


# ---------------------------------------------------------------- matching

@dataclass
class _Cand:
    start: int
    end: int
    core_start: int
    core_end: int
    forms: list[_Form]
    has_maker: bool
    entry: int = -1
    maker: str = ""


def _entry_match(text: str, start: int, end: int, entry: int) -> AircraftMatch:
    e = catalogue()[entry]
    return AircraftMatch(start, end, text[start:end], e["model"], e["family"],
                         e["category"], e.get("nato_name"), e.get("maker"), False)


def _code_prefix_ok(core: str, forms: list[_Form]) -> bool:
    """Rules for designations such as "Mi-24", "An-26", "F-16", "B-2"."""
    m = re.match(r"([^\W\d_]+)([\s\-\u2010-\u2013/.]?)(\d+)", core)
    if not m or len(m.group(1)) > 3 or forms[0].wordy:
        return True
    prefix, sep, number = m.groups()
    if len(prefix) == 1 and prefix.islower():
        return False
    if sep.isspace() and (prefix.lower() in _WORD_PREFIXES or len(prefix) == 1 or prefix.islower()):
        return False
    # "B2", "U2", "F4", "E3" are too often something else; the press writes "B-2".
    if not sep and len(prefix) == 1 and len(number) == 1:
        return False
    return True


def _rejected(core: str, forms: list[_Form], prefix: bool = False) -> bool:
    """A form the catalogue rejects; with prefix, also a longer code it starts ("PT-6A-67" after "PT-6A")."""
    entries = catalogue()
    low = core.lower()
    rejects = [r.lower() for f in forms for r in entries[f.entry].get("reject_forms", [])]
    return any(low == r or (prefix and low.startswith(r) and not low[len(r)].isalnum()) for r in rejects)


def _head_after(text: str, pos: int) -> re.Match | None:
    m = _TRAIL_RE.match(text, pos)
    if not m:
        return None
    head = _norm_word(m.group("head"))
    nxt = _AFTER_WORD_RE.match(text, m.end())
    if nxt and nxt.group(1).lower() in _NOT_AFTER_HEAD.get(head, ()):
        return None
    return m


def _pick_entry(forms: list[_Form], head: re.Match | None, maker: str = "") -> int:
    entries = catalogue()
    if len(forms) > 1 and maker:  # "a Fuji T-7" is not the Boeing T-7
        makes = [f for f in forms if maker.lower() in (entries[f.entry].get("maker") or "").lower()]
        if makes:
            forms = makes
    if len(forms) == 1 or head is None:
        return forms[0].entry
    want = _phrase_category(head.group("mods"), head.group("head"))
    for f in forms:
        if entries[f.entry]["category"] == want:
            return f.entry
    if want == "aircraft":
        for f in forms:
            if entries[f.entry]["category"] != "drone":
                return f.entry
    return forms[0].entry


@dataclass(frozen=True)
class _Starts:
    """Finds the words where a match can start: those beginning with the first
    token of some form ("Blackhawk" and "Apaches" begin with "black", "apache";
    tokens shorter than three letters must stand alone: "Mi-8" but not "Mint").
    Trying the big regex only there is much faster than at every offset."""
    lower: re.Pattern     # for lowercased text: case-sensitive literals are fast
    anycase: re.Pattern   # for the rare text whose length changes when lowercased

    @classmethod
    def of(cls, first) -> _Starts:
        trie: dict = {}
        for word in set(first):
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[None] = len(word)

        def emit(node: dict) -> str:
            branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
            if None in node:
                if node[None] >= 3:
                    return f"(?:{'|'.join(branches)})?" if branches else ""
                # a lone letter opens a designation ("A-10", "F/A-18", "K-MAX"), not "a plane"
                branches.append(r"(?=[\s\-\u2010-\u2013/.]?\d|[-/][^\W\d_])" if node[None] == 1
                                else r"(?![^\W\d_])")
            return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

        pattern = rf"(?<![^\W_])(?:{emit(trie)})"
        return cls(re.compile(pattern), re.compile(pattern, re.I))


def _word_starts(text: str, starts: _Starts) -> list[int]:
    low = text.lower()
    if len(low) == len(text):
        return [m.start() for m in starts.lower.finditer(low)]
    return [m.start() for m in starts.anycase.finditer(text)]


def _raw_candidates(text: str) -> list[_Cand]:
    comp = _compiled()
    starts = _word_starts(text, comp.first)
    out: list[_Cand] = []
    for i, s in enumerate(starts):
        if out and s < out[-1].end:
            continue
        m = comp.regex.match(text, s)
        if not m:
            continue
        # "Beechcraft King Air 350": a match starting at a later word of this
        # one may reach further; the maker word is then picked up below.
        for s2 in starts[i + 1:]:
            if s2 >= m.end():
                break
            m2 = comp.regex.match(text, s2)
            if m2 and m2.end() > m.end():
                s, m = s2, m2
        forms = comp.forms.get(_key(m.group("core")))
        if not forms:
            continue
        maker = comp.maker_before.search(text, max(0, s - 40), s)
        start = maker.start() if maker else s
        out.append(_Cand(start, m.end(), s, m.end("core"), forms, maker is not None,
                         maker=maker.group().strip(" \u00a0-") if maker else ""))
    return out


def _adjacent(text: str, a: _Cand, b: _Cand) -> bool:
    gap = text[a.end:b.start]
    return gap == "-" or (gap != "" and gap.strip(" \t\u00a0") == "")


# "the T-4 air base", "H-3 airfield": a designation that names a place
_PLACE_AFTER_RE = re.compile(r"[ \t\u00a0-]+(?:air[ \t\u00a0-]?bases?|airfields?|airports?|bases?)\b", re.I)


def _validate(text: str, cands: list[_Cand], strict: bool) -> list[_Cand]:
    kept = []
    for i, c in enumerate(cands):
        core = text[c.core_start:c.core_end]
        glued = core + re.match(r"[\w-]*", text[c.core_end:]).group()  # "PT-6A-67": an engine, not the PT-6
        if _rejected(core, c.forms) or _rejected(glued, c.forms, prefix=True):
            continue
        head = _head_after(text, c.end)
        c.entry = _pick_entry(c.forms, head, c.maker)
        if not strict:
            kept.append(c)
            continue
        if not _code_prefix_ok(core, c.forms) or _PLACE_AFTER_RE.match(text, c.end):
            continue
        # "An 26-year-old", "Tu 154-seat": a designation glued to a compound word
        if re.match(r"-[a-z]", text[c.end:c.end + 2]) and re.search(r"\d\s+\d", core):
            continue
        wordy = all(f.wordy for f in c.forms)
        ambiguous = all(f.ambiguous for f in c.forms)
        if (wordy or ambiguous) and core[0].isalpha() and not core[0].isupper():
            continue
        neighbour = ((i > 0 and _kin(text, cands[i - 1], c))
                     or (i + 1 < len(cands) and _kin(text, c, cands[i + 1])))
        context = (c.has_maker or head is not None or neighbour
                   or _POST_CONTEXT_RE.match(text, c.end) is not None
                   or _PRE_CONTEXT_RE.search(text[max(0, c.start - 40):c.start]) is not None
                   or _nation_before(text, c.start)
                   or any(_families(k) & _families(c) for k in kept)  # "the Ka-52, which Russia calls the Alligator"
                   or _determined_in_flight(text, c))
        if ambiguous and not context:
            continue
        if all(f.nickname for f in c.forms) and not context and _followed_by_name(text, c.end):
            continue
        kept.append(c)
    return kept


# A name as the subject or object of a loss or a flight: "a Lynx went down", "the Caravan had taken
# off", "rebels downed a Reaper" (not "the Cobra gang", "the Hawks crashed out").
_LOSS_VERBS = (r"(?:crashed|crash-landed|ditched|plunged|collided|went down|came down|(?:was|were|had been|has been) "
               r"(?:shot down|downed|lost|destroyed|hit|brought down|intercepted)|disappeared|went missing|"
               r"took off|had taken off|landed|was flying|had been flying|lost contact)")
_SUBJECT_OF_LOSS = re.compile(
    r"(?:s|'s|\u2019s)?(?:[ \t\u00a0]+(?:reportedly|apparently|later|then|also|allegedly|itself|both|had|has|have))"
    rf"{{0,2}}[ \t\u00a0]+{_LOSS_VERBS}\b(?![ \t\u00a0]+out\b)")
_OBJECT_OF_LOSS = re.compile(
    r"\b(?:shot down|shoot down|downed|downs|brought down|destroyed|intercepted|lost)[ \t\u00a0]+"
    r"(?:a|an|the|its|their|one|two|another|one of (?:its|their|the))[ \t\u00a0]+(?:[A-Z][\w-]*[ \t\u00a0]+)?$")
# "the tail boom of a Gazelle", "the wreckage of the Lynx": a part or the crew of the named aircraft
_PART_OF = re.compile(
    r"\b(?:tail|tail boom|tail rotor|rotors?|fuselage|cockpit|wreck|wreckage|airframe|crew|pilots?|engines?)"
    r"[ \t\u00a0]+of[ \t\u00a0]+(?:a|an|the|its|their)[ \t\u00a0]+$", re.I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|this|that|one|two|three|several)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}$", re.I)


def _determined_in_flight(text: str, c: _Cand) -> bool:
    """A capitalised name after an article that is the subject or object of a loss or a flight."""
    before = text[max(0, c.start - 40):c.start]
    if _OBJECT_OF_LOSS.search(before) or _PART_OF.search(before):
        return True
    return bool(_DETERMINER_BEFORE.search(before)) and _SUBJECT_OF_LOSS.match(text, c.end) is not None


def _families(c: _Cand) -> set[str]:
    entries = catalogue()
    return {entries[f.entry]["family"] for f in c.forms}


def _kin(text: str, a: _Cand, b: _Cand) -> bool:
    """Side by side, of one family, and not both ambiguous ("MQ-9 Reaper", "Ka-52 'Alligator'")."""
    quoted = text[a.end:b.start].strip(" \t\u00a0'\"\u2018\u2019\u201c\u201d") == ""
    return ((_adjacent(text, a, b) or (a.end < b.start and quoted)) and bool(_families(a) & _families(b))
            and not (all(f.ambiguous for f in a.forms) and all(f.ambiguous for f in b.forms)))


def families_overlap(first: set[str], second: set[str]) -> bool:
    """Two sets of families share one, counting a bare family name as kin to its numbered members
    ("Mirage" and "Mirage 2000": a headline's "Mirage" is the body's "Mirage 2000-5")."""
    return any(a == b or b.startswith(a + " ") or a.startswith(b + " ") for a in first for b in second)


@lru_cache(maxsize=1)
def _nation_re() -> re.Pattern:
    """A nationality right before a name: "a Russian 'Alligator'", "Israeli Apaches", "US Reapers"."""
    extra = json.loads((_DATA.parent / "gazetteer_extra.json").read_text(encoding="utf-8"))
    words = {w for forms in extra["demonyms"].values() for w in forms if w[:1].isupper()}
    words |= {"US", "U.S.", "UK", "U.K.", "Saudi"}
    words -= {"Indian", "American"}  # "Indian Apache leaders": a people, not a nationality here
    return re.compile(rf"(?<![\w.])(?:{_alt(words)})[ \t\u00a0]+['\"\u2018\u201c]?$")


def _nation_before(text: str, start: int) -> bool:
    return _nation_re().search(text, max(0, start - 40), start) is not None


def _followed_by_name(text: str, pos: int) -> bool:
    """ "Hind Rajab", "Black Hawk Down": a capitalised word straight after a
    nickname makes it part of a name."""
    m = re.match(r"[ \t\u00a0]+([A-Z][a-z]+)", text[pos:pos + 40])
    return m is not None


def _merge(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "MQ-9 Reaper", "Mi-24 Hind": consecutive names of one family."""
    out: list[_Cand] = []
    for c in cands:
        if out and _adjacent(text, out[-1], c) and _families(out[-1]) & _families(c):
            out[-1].end = c.end
            continue
        out.append(c)
    return out


# Civil types that air arms fly in military roles: "a Boeing 707 aerial refuelling tanker", "a
# Dornier 228 surveillance aircraft", "a King Air 350i Intelligence, Surveillance and Reconnaissance
# (ISR) aircraft". Firefighting is not such a role: a water bomber keeps its airframe's category.
CIVIL_TYPES = frozenset({"airliner", "business", "light", "transport"})
_ROLE_WORDS: dict[str, str] = {
    "tanker": "tanker", "refuelling": "tanker", "refueling": "tanker", "air-to-air refuelling": "tanker",
    "surveillance": "surveillance", "reconnaissance": "surveillance", "isr": "surveillance",
    "spy": "surveillance", "maritime patrol": "surveillance", "patrol": "surveillance",
    "early warning": "surveillance", "aew": "surveillance", "aew&c": "surveillance",
    "electronic warfare": "surveillance", "electronic intelligence": "surveillance",
    "intelligence": "surveillance", "sigint": "surveillance", "elint": "surveillance",
    "signals intelligence": "surveillance", "anti-submarine": "surveillance",
    "cargo": "transport", "freight": "transport", "freighter": "transport",
}
_ROLE_FILLER = r"aerial|airborne|maritime|coastal|long-range|military|and|&|\(\w+\)"
_ROLE_HEADS = r"aircraft|planes?|airplanes?|jets?|tankers?|freighters?|versions?|variants?|platforms?"
_ROLE_AFTER_RE = re.compile(
    rf"(?:\s*,\s*(?:an?|the)\b)?(?P<words>(?:[\s,-]+(?:{_alt(_ROLE_WORDS)}|{_ROLE_FILLER})){{1,8}}?)"
    rf"[\s-]+(?:{_ROLE_HEADS})\b|[\s-]+(?P<bare>tanker|freighter)\b", re.I)
_ROLE_LOOKUP = {_norm_word(k): v for k, v in _ROLE_WORDS.items()}
_ROLE_SPLIT_RE = re.compile(rf"(?<![\w-])(?:{_alt(_ROLE_WORDS)})(?![\w-])", re.I)


# "a Dornier 228 ... on a maritime surveillance flight", "a PC-12 carrying mail and freight": the role
# told later in the clause, as the task it flew or the load it carried.
_ROLE_TASK_RE = re.compile(
    rf"\b(?:on|during|flying|conducting|carrying out)[ \t\u00a0]+(?:an?|the|its|their)[ \t\u00a0]+"
    rf"(?P<words>(?:(?:{_alt(_ROLE_WORDS)}|{_ROLE_FILLER})[ \t\u00a0-]+){{1,4}}?)(?:mission|flight|sortie|operation)s?\b"
    r"|\b(?:carrying|transporting|loaded with|ferrying|delivering|flying in)[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+(?:and|&)[ \t\u00a0]+)?"
    r"(?:(?:food|humanitarian|relief|medical|military|aid|election|fuel)[ \t\u00a0]+)?"
    r"(?P<load>cargo|freight|mail|goods|parcels|supplies|aid|food|rations|fuel|medicines?|ammunition|equipment|"
    r"materials?|vaccines?)\b", re.I)


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos), text.find(";", pos)) if i != -1]
    return min([*ends, pos + 160, len(text)])


def role_after(text: str, pos: int, category: str = "airliner") -> str | None:
    """The military role a civil type is named in, from the words right after it, or None."""
    m = _ROLE_AFTER_RE.match(text, pos)
    if not m:
        return _role_of_task(text, pos, category)
    if m.group("bare"):
        return _ROLE_LOOKUP[m.group("bare").lower()]
    return _one_role(m.group("words"))


def _one_role(words: str) -> str | None:
    roles = {_ROLE_LOOKUP[_norm_word(w)] for w in _ROLE_SPLIT_RE.findall(words)}
    return roles.pop() if len(roles) == 1 else None


def _role_of_task(text: str, pos: int, category: str) -> str | None:
    m = _ROLE_TASK_RE.search(text, pos, _clause_end(text, pos))
    if not m:
        return None
    if m.group("load"):  # an airliner carries cargo and mail in its hold and stays an airliner; a commuter type does not
        return "transport" if category in ("business", "light", "commuter") else None
    return _one_role(m.group("words"))


def _find_models(text: str, strict: bool) -> list[AircraftMatch]:
    cands = _merge(text, _validate(text, _raw_candidates(text), strict))
    out = []
    for c in cands:
        head = _head_after(text, c.end)
        end = head.end() if head else c.end
        match = _entry_match(text, c.start, end, c.entry)
        commuter = catalogue()[c.entry].get("role", "").startswith("commuter")
        kind = "commuter" if commuter else match.category
        role = role_after(text, c.end, kind) if match.category in CIVIL_TYPES else None
        out.append(replace(match, category=role) if role and role != match.category else match)
    return out


# "two air force trainers", "an RAF tanker": an air arm before the word makes it an aircraft
_AIR_ARM_BEFORE = re.compile(
    r"\b(?:air[ \t\u00a0-]?force|air arm|RAF|USAF|IAF|PAF|RAAF|RCAF|Luftwaffe)(?:['\u2019]s?)?[ \t\u00a0]+$", re.I)


def _generic_ok(text: str, m: re.Match) -> bool:
    head = _norm_word(m.group("head"))
    mods = [_norm_word(x) for x in _MOD_SPLIT_RE.findall(m.group("mods"))]
    nxt = _AFTER_WORD_RE.match(text, m.end())
    if nxt and nxt.group(1).lower() in _NOT_AFTER_HEAD.get(head, ()):
        return False
    if head in _HEADS_NEED_MODIFIER and not mods and not _AIR_ARM_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    if head == "flight" and not set(mods) & {"passenger", "commercial"}:
        return False
    if head in _PEOPLE_HEADS:
        if "suicide" in mods:
            return False
        if not mods or mods == ["military"] or mods == ["armed"]:
            before = re.findall(r"[\w-]+", text[max(0, m.start() - 40):m.start()])
            if before and before[-1].lower() in _PEOPLE_CUES:
                return False
            left, right = _sentence_bounds(text, m.start(), m.end())
            if not _AIR_CONTEXT.search(text[left:m.start()] + " " + text[m.end():right]):
                return False
    return True


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left, min(ends) if ends else len(text)


@lru_cache(maxsize=1)
def _generic_starts() -> _Starts:
    return _Starts.of(_GENERIC_FIRST)


def _find_generics(text: str, taken: list[AircraftMatch]) -> list[AircraftMatch]:
    out: list[AircraftMatch] = []
    k = 0   # taken is ordered: skip past the model matches that end before this word
    for s in _word_starts(text, _generic_starts()):
        if out and s < out[-1].end:
            continue
        m = _GENERIC_RE.match(text, s)
        if not m:
            continue
        while k < len(taken) and taken[k].end <= m.start():
            k += 1
        if k < len(taken) and taken[k].start < m.end():
            continue
        if not _generic_ok(text, m):
            continue
        cat = _phrase_category(m.group("mods"), m.group("head"))
        maker = _compiled().maker_before.search(text, max(0, m.start() - 40), m.start())
        if maker and cat == "aircraft":  # "a Sukhoi jet", "a Cessna plane": what the maker mostly builds
            cat = _maker_category(maker.group().strip(" \u00a0-")) or cat
        out.append(AircraftMatch(m.start(), m.end(), m.group(0), None, None, cat,
                                 None, None, True))
    return out


def maker_start(text: str, start: int) -> int | None:
    """Where a maker's name right before `start` begins ("the de Havilland Canada turboprop"), if any."""
    found = _compiled().maker_before.search(text, max(0, start - 40), start)
    return found.start() if found else None


@lru_cache(maxsize=256)
def _maker_category(maker: str) -> str | None:
    """The category of most of a maker's catalogue entries, when one clearly leads."""
    counts: dict[str, int] = {}
    for e in catalogue():
        if maker.lower() in (m.lower() for m in re.split(r"\s*/\s*", e.get("maker") or "") + [(e.get("maker") or "").split(" ")[0]]):
            counts[e["category"]] = counts.get(e["category"], 0) + 1
    total = sum(counts.values())
    best = max(counts, key=counts.get) if counts else None
    return best if best and counts[best] >= 0.75 * total else None


# Makers whose bare name is too often something else ("a Russia", "the Mil", "a Bell", "a Robin").
_NOT_BARE_MAKERS = frozenset({
    "Russia", "Iran", "Houthi", "Mil", "Bell", "Honda", "Raytheon", "Thales", "Leonardo", "Mitsubishi", "Unmanned",
    "Unmanned Systems", "Aeronautics", "Elbit", "Kawasaki", "Vickers", "Atlas", "Robin", "Short", "Shorts", "Aero",
    "Fuji", "Douglas", "Hughes", "Daher", "Quest", "Icon", "Eclipse", "Diamond", "Harbin", "Kazan", "Xian", "Chengdu",
    "Shenyang", "Denel", "BAE Systems", "General Atomics", "Lockheed Martin", "Northrop Grumman", "Grumman", "Hawker",
    "Curtiss", "Avro", "Pitts", "Enics", "Aevex", "Insitu", "Athlon-Avia", "Alabuga", "Tengden", "Baykar", "Vestel",
    "STC", "STM", "CASC", "UZGA", "AAI", "LTV", "FMA", "PAC", "BAC", "MBB", "HAL", "IAI", "TAI", "KAI", "AIDC", "DJI",
})
# Words after a maker's name that make it the company, not one of its aircraft ("the Cessna factory").
_COMPANY_NOUNS = frozenset({
    "factory", "factories", "plant", "plants", "company", "group", "executive", "executives", "ceo", "chief", "board",
    "shares", "stock", "spokesman", "spokeswoman", "spokesperson", "engineers", "workers", "employees", "officials",
    "deal", "order", "orders", "contract", "production", "programme", "program", "line", "facility", "subsidiary",
    "dealer", "dealership", "division", "headquarters", "works", "design", "bureau", "family", "fleet", "type",
})
_BARE_MAKER_CONTEXT = re.compile(
    r"\b(?:crash\w*|went\s+down|came\s+down|shot|down(?:ed|ing)|landed|landing|aboard|on\s+board|took\s+off|pilot\w*|"
    r"flew|flying|flown|air\s*strip|airfield|runway|spraying|dusting)\b", re.I)


@lru_cache(maxsize=1)
def _bare_maker_re() -> re.Pattern:
    makers = [m for m in _makers(catalogue()) if m not in _NOT_BARE_MAKERS and not m.isupper()]
    names = "|".join(re.escape(m).replace(r"\ ", r"[ \u00a0-]") for m in makers)
    return re.compile(rf"(?<![\w-])(?i:a|an|the|its|their|one|another)\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?)"
                      rf"(?P<maker>{names})(?![\w-])")


def _find_bare_makers(text: str, taken: list[AircraftMatch]) -> list[AircraftMatch]:
    """ "an army Cessna", "a crop-dusting Air Tractor": a maker's name standing for one of its aircraft,
    in a sentence about flying or a loss."""
    out = []
    for m in _bare_maker_re().finditer(text):
        start, end = m.start("maker"), m.end("maker")
        if any(a.start < end and start < a.end or not text[end : a.start].strip() for a in taken if a.end > start):
            continue  # inside a match, or the maker of the one right after it ("a Piper plane")
        after = _AFTER_WORD_RE.match(text, end)
        if after and (after.group(1)[:1].isupper() or after.group(1)[:1].isdigit() or after.group(1).lower() in _COMPANY_NOUNS):
            continue  # "a Cessna Caravan" the catalogue lacks, "the Boeing factory"
        left, right = _sentence_bounds(text, start, end)
        if not _BARE_MAKER_CONTEXT.search(text[left:right]):
            continue
        mods = [_MODIFIERS.get(_norm_word(w)) for w in m.group("mods").split()]
        category = next((c for c in mods if c), None) or _maker_category(m.group("maker")) or "aircraft"
        out.append(AircraftMatch(start, end, m.group("maker"), None, None, category, None, m.group("maker"), True))
    return out


def find_aircraft(text: str) -> list[AircraftMatch]:
    """All aircraft mentions in order, non-overlapping, longest match first."""
    models = _find_models(text, strict=True)
    found = models + _find_generics(text, models)
    return sorted(found + _find_bare_makers(text, found), key=lambda a: a.start)


def lookup_model(name: str) -> AircraftMatch | None:
    """Canonicalise one model string ("MI-24" -> Mi-24); offsets cover the whole string.

    Case and context guards are relaxed: the caller says this is an aircraft."""
    models = _find_models(name, strict=False)
    found = models[0] if models else None
    if found is None:
        generics = _find_generics(name, [])
        found = generics[0] if generics else None
    if found is None:
        return None
    return AircraftMatch(0, len(name), name, found.model, found.family, found.category,
                         found.nato_name, found.maker, found.generic)

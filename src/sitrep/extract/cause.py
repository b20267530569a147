"""Cause, weapon and perpetrator cues in one sentence.

Causes come from verbs and nouns of loss ("shot down", "downing", "crashed", "collided"); a loss
that says nothing of its cause ("came down", "went missing", "lost contact") is `unknown`. A cue
under negation ("was not shot down", "denied it was downed", "no sign of hostile fire") is kept as a
denied statement, never dropped, so a denial stays visible; a shoot-down left open ("did not say
whether it was hit by enemy fire") is `unknown`.

`loss_cues` reads a parsed sentence and keeps only literal losses of an aircraft: the thing shot
down or crashed must be an aircraft (or a pronoun for one), not "a proposal shot down by lawmakers",
"a late rally", a "mock" dogfight or a team that "crashed to defeat". `cause_cues` is the plain-text
reading used where no parse is at hand.

Weapons are classes (MANPADS, surface-to-air missile, anti-aircraft gun, air-to-air missile, drone,
ground fire, missile); the most specific class in a sentence wins. Perpetrators are who fired: the
agent of "shot down by X", the subject of "X shot down ...", the owner of the weapon ("a Houthi
missile", "Ukrainian air defences"), the speaker behind "its fighters" / "they", whoever was blamed
for, claimed or apologised for the downing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from ..nlp import doc_text
from .attribution import SPEECH_LEMMAS, dateline_end
from .parties import GENERIC_FORCE, GENERIC_GROUPS, GROUP_NOUNS, MADE_IN, country_of, fired_from, party_name, pronoun_owner, speakers_unit

SHOT_DOWN = re.compile(
    r"\b(shot|shoot|shoots|shooting)[\s-]+(?:it\s+|them\s+|him\s+)?down\b|\bshoot-?downs?\b|\bdown(ed|ing|s)\b|"
    r"\b(brought|bring|brings|bringing|gunned|forced|forces|forcing)\s+(?:it\s+|them\s+)?down\b|"
    r"\b(shot|brought|forced|forces|forcing)\s+(?:(?:the|a|an|its|their|one|two|this|that|[\w'’/-]+)\s+){1,4}?down\b|"
    r"\bintercept(ed|ion)\b|"
    r"\b(?:was|were|been|being)\s+lost\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:fire|missiles?|air[\s-]defen[cs]es?|anti-aircraft)\b|"
    r"\b(hit|struck|targeted|destroyed)\s+by\s+(?!(?:an?\s+|the\s+)?(?:fire|flames)\b)(?:an?\s+|the\s+)?[\w\s'’-]{0,30}?"
    r"(missile|rocket|fire|shell|guns?|cannon|anti-aircraft|air[\s-]defen[cs]e|MANPADS|drone|enemy|hostile|Stinger|Igla)|"
    r"\b(missile|rocket|drone|shell)s?\s+(hits?|strikes?|struck)\b|"
    r"\b(drone|missile|rocket)\s+(attack|strike)s?\s+on\s+(an?\s+|the\s+)?([\w/-]+\s+){0,3}"
    r"(aircraft|plane|jet|helicopter|drone|airliner|gunship|bomber|warplane|chopper)\b",
    re.IGNORECASE,
)
# What an aircraft flies into when it crashes: "struck a forested hillside", "hit power lines".
TERRAIN = (
    r"(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,2}?(?:hill\w*|mountain\w*|slopes?|ridges?|peaks?|cliffs?|terrain|ground|"
    r"sea|water|trees?|forest|power\s*lines?|pylons?|mast)\b"
)
CRASHED = re.compile(
    r"\bcrash(ed|es|ing)?\b(?![\s-]+(site|course|test|diet|barrier|helmet|pad|investigators?|tenders?|trucks?|crews?|teams?|vehicles?|rescue|and[\s-]rescue)\b)|"
    r"\bcrash-land(ed|ing|s)?\b|\bfell\b|\bfall(s|ing)\b|\b(has|have|had|is|was|were)\s+fallen\b|\bplunged\b|\bhard landing\b|\bejected\b|\bbailed out\b|"
    r"\b(rolled|flipped|tipped)\s+over\b|\boverturned\b|\bditch(ed|es|ing)\b|\bburst into flames\b|\bnose-?dived\b|"
    r"\b(overran|overshot|skidded off|veered off|ran off)\s+(?:the\s+)?(?:end of the\s+)?runway\b|"
    r"\b(found|located|spotted|reached|discovered)\s+the\s+(wreckage|wreck|remains)\b|"
    r"\b(wreckage|wreck)\s+(of\s+[\w\s'’-]{0,40}?\s+)?(was|were|has been|had been)\s+(found|located|spotted|discovered)\b|"
    r"\b(slam|smash|plough|plow|crash|plung|nose-?div|barrel|careen|dive|dove)\w*\s+into\b|"
    r"\b(went|goes|gone|go|going|came|comes|come)\s+(down\s+)?into\s+the\s+(sea|water|ocean|river|lake|bay|gulf|sound)\b|"
    r"\binvolved in an?\s+(?:[\w-]+\s+){0,2}?(accident|crash|mishap)\b|"
    rf"\b(hit|hits|struck|strikes|clipped|clips|flew into|flown into|impacted)\s+{TERRAIN}",
    re.IGNORECASE,
)
# "collided with a hillside / power lines / a tower block": the aircraft hit no other aircraft.
INTO_OBSTACLE = re.compile(
    rf"\s+with\s+(?:{TERRAIN}|(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?(?:buildings?|towers?|bridges?|wires?|cables?|antennas?|"
    r"chimneys?|walls?|blocks?|houses?|obstacles?)\b)",
    re.I,
)
# A loss that tells nothing of its cause.
LOST = re.compile(
    r"\b(came|come|comes|coming|went|go|goes|going)\s+down\b|\b(was|were|been|being)\s+lost\b|\blost contact\b|"
    r"\b(went|gone|is|are|was|were|reported)\s+missing\b|\b(broke|breaks|break|breaking)\s+(up|apart)\s+(in\s+(the\s+)?(mid-?)?air|in\s+flight|over)\b|"
    r"\b(disappeared|vanished|dropped)\s+(from|off)\s+(the\s+)?radars?\b|\bmissing\s+(?=[\w\s-]{0,25}\b(aircraft|plane|jet|helicopter|drone)\b)|"
    r"\bdisappeared\b|\bvanished\b|"
    r"\b(pilot|pilots|crew|airman|airmen|aviator|aviators)\b[^.;]{0,80}\bkilled\b(?=[^.;]{0,60}\b(mission|sortie|flight)\b)",
    re.IGNORECASE,
)
FELL = re.compile(r"(came|come|comes|coming|went|go|goes|going)\s+down|(broke|breaks|break|breaking)\s+(up|apart)", re.I)
FATAL = re.compile(r"\b(killing|killed|died|dead|no survivors|none of|bodies|wreckage|debris)\b", re.I)
_OTHER_AIRCRAFT = (
    r"(?:(?:a|an|the|two|three|another|one|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:helicopters?|planes?|aircraft|jets?|airliners?|choppers?|gliders?|airplanes?|aeroplanes?|"
    r"(?-i:[A-Z][A-Za-z]{0,3}-?\d[\w/-]*|[A-Z][a-z]+\s+\d{2,4}\w*)(?!\s+(?:hangars?|shelters?|tower|building)))\b"
)
COLLISION = re.compile(
    r"\bcollid(ed|es|ing|e)\b|\bcollision\b|\bmid-?air\s+crash\b|"
    r"\b(touched|clipped|bumped)\s+(each\s+other\s+|one\s+another\s+)?in\s+mid-?air\b|"
    r"\b(struck|strike|hit|clipped|rammed)\s+(each\s+other|one\s+another)\b|"
    # one aircraft running into another on the ground or in the air: "crashed into a parked helicopter",
    # "struck two helicopters that were parked nearby", "clipped a taxiing airliner"
    rf"\b(crash|ran|run|slam|smash|plough|plow|careen|taxi|roll|skid|veer|swerv|barrel)\w*\s+into\s+{_OTHER_AIRCRAFT}|"
    r"\b(strike|struck|strikes|hit|hits|clip|clipped|clips|slice[ds]?|sliced)\s+(?:through\s+)?the\s+"
    rf"(?:top|tail|wing|fuselage|rear|nose|roof|side|upper\s+deck|cockpit)\s+of\s+{_OTHER_AIRCRAFT}|"
    rf"\b(struck|strikes|hit|hits|clipped|clips|rammed|rams)\s+{_OTHER_AIRCRAFT}(?=\s+(?:that|which|who)\s+(?:was|were|had\s+been)\s+"
    r"(?:parked|standing|waiting|taxiing|stationary|on\s+the\s+(?:ground|apron|helipad|tarmac|runway)))|"
    r"\b(struck|strikes|hit|hits|clipped|clips|rammed|rams)\s+(?:(?:a|an|the|two|another|one|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:parked|stationary|taxiing|waiting|grounded)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:helicopters?|planes?|aircraft|jets?|airliners?|choppers?|gliders?)\b", re.IGNORECASE)
MISTAKEN = re.compile(
    r"\b(?:thought|assumed|mistakenly\s+believed|wrongly\s+believed|imagined)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?"
    r"(?:had\s+(?:been\s+)?|was\s+(?:being\s+)?)$|"
    r"\b(?:described|called|took|mistook|reported)\s+(?:it\s+)?(?:as|for)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
ARMED_SUBJECT = re.compile(
    r"\b(drones?|missiles?|rockets?|shells?|mortars?|bombs?|munitions?|strikes?|artillery|UAVs?|Shaheds?|projectiles?)\b"
    r"(?:\s+[\w'’-]+){0,3}\s*$",
    re.I,
)
FRIENDLY_FIRE = re.compile(
    r"\bfriendly[\s-](?:[\w-]+\s+){0,2}?fire\b|\bblue[\s-]on[\s-]blue\b|\bfratricide\b|"
    r"\b(by|from)\s+(?:one\s+of\s+)?(?:(its|their|the|our|his|her)\s+)?own\s+(?:[\w-]+\s+)?(forces|side|air defen[cs]es?|troops|"
    r"soldiers|units?|men|gunners|fire|batter(y|ies)|(war)?ships?|vessels?|cruisers?|destroyers?|frigates?|corvettes?)\b|\bown\s+air\s+defen[cs]es?\b|"
    r"\b(by|from)\s+(?:[\w-]+\s+)?friendly\s+(?:[\w-]+\s+){0,2}?(forces|troops|soldiers|units?|gunners|air defen[cs]es?|"
    r"batter(y|ies)|(war)?ships?)\b|"
    r"\b(shot|brought|downed)\b[^.;]{0,20}\ballied\s+(aircraft|jets?|planes?|fighters?|helicopters?|drones?)\b|"
    # "its own missile", a headline's bare "own missile hit Su-24" (not "its own missile programme")
    r"\b(?:(its|their|our)\s+)?own\s+([\w-]+\s+){0,3}?(missiles?|air[\s-]defen[cs]es?|batter(y|ies)|fire|gunners|guns|interceptors?)\b"
    r"(?![\s-]+(?:programm?e|factor|industr|production|makers?\b|design|development|stocks?\b|arsenal|plants?\b))|"
    r"\b(by|from)\s+(an?\s+|the\s+)?allied\s+([\w-]+\s+){0,2}?(forces|troops|soldiers|units?|gunners|batter(y|ies)|"
    r"(war)?ships?|destroyers?|frigates?|cruisers?|air[\s-]defen[cs]es?)\b|"
    # "downed by their own jets"; a bare "its own aircraft" ("assembles at its own aircraft factory") is no fire
    r"\b(by|from)\s+(its|their|our)\s+own\s+(aircraft|jets?|planes?|helicopters?|drones?)\b"
    r"(?![\s-]+(?:factor|industr|plants?\b|programm?e|makers?\b|manufactur|design|fleets?\b|parts?\b))|"
    # "gunners shot down one of the army's own drones", "troops downed own helicopter"
    r"\b(shot|shoot|downed|downs|brought|fired\s+(?:up)?on|opened\s+fire\s+on|hit|struck)\b[^.;]{0,40}?"
    r"(?:\b[\w-]+['’]s\s+|\b(?:his|her)\s+|\b)own\s+(?:[\w-]+\s+){0,2}?"
    r"(aircraft|jets?|planes?|helicopters?|drones?|UAVs?|fighters?|warplanes?)\b",
    re.IGNORECASE,
)
# Hostile contact that is a loss only with a consequence in the same sentence (ejection, forced landing).
HOSTILE = re.compile(
    r"\bcame under (?:[\w-]+\s+){0,2}?fire\b|\b(fired|opened fire) (up)?on\b|"
    r"\b(?:fired|launched|shot)\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|rounds?)\s+at\b",
    re.I,
)
# A denial of a claim the article reported: "Tehran rejects claim", "an accusation officials dismissed".
DENIED_CLAIM = re.compile(
    r"\b(den(y|ies|ied|ying)|reject(s|ed|ing)?|dismiss(es|ed|ing)?|refut(es|ed|ing)|rebut(s|ted|ting)?|"
    r"rubbish(es|ed|ing)?|brush(es|ed|ing)? aside)\b[^.;]{0,30}\b(claims?|accusations?|suggestions?|allegations?)\b|"
    r"\b(claims?|accusations?|allegations?)\b[^.;]{0,40}\b(denied|rejected|dismissed|refuted|rebutted)\b",
    re.I,
)
# What a claim says, when the sentence tells it: "claims that the crew was drunk", "allegations of sabotage".
CLAIM_CONTENT = re.compile(r"\b(?:claims?|accusations?|allegations?|suggestions?|reports?)\s+(?:that|of)\b([^.;]{0,120})", re.I)
ATTACK_WORDS = re.compile(
    r"\b(?:shot|shoot\w*|down(?:ed|ing)?|hit|struck|strikes?|target\w*|attack\w*|missiles?|rockets?|fired|fire|firing|"
    r"intercept\w*|drones?|sabotage\w*|bomb\w*|weapons?|hostile|enemy|gunfire|shells?)\b",
    re.I,
)


def claim_of_attack(text: str) -> bool:
    """A denied claim is about an attack on the aircraft unless the text says it claimed something else."""
    content = CLAIM_CONTENT.search(text)
    return content is None or bool(ATTACK_WORDS.search(content.group(1)))


# A technical cause given for the loss: it contradicts a shoot-down ("the mission blames a mechanical fault").
TECHNICAL = re.compile(
    r"\b(mechanical|technical|engine|hydraulic|electrical|system)\s+(failures?|faults?|malfunctions?|problems?|issues?|glitch(es)?)\b",
    re.I,
)
# ... unless it is ruled out or only one possibility: "ruled out a technical fault", "whether a fault".
OPEN_CAUSE = re.compile(r"\b(whether|possib\w*|may|might|could|if|including|such as|or)\b[^.;]{0,40}$", re.I)
# ... or an earlier version now set aside: "reversing earlier indications that it had suffered a mechanical
# failure", "contrary to first reports of an engine fault", "correcting its statement that ... a technical problem".
SUPERSEDED = re.compile(
    r"\b(?:revers\w*|contradict\w*|overturn\w*|correct\w*|discard\w*|retract\w*|contrary\s+to|instead\s+of|rather\s+than|"
    r"walk\w*\s+back|went\s+back\s+on|backtrack\w*\s+on|revis\w*|amend\w*)\s+(?:[\w'’-]+\s+){0,12}?$",
    re.I,
)
CONSEQUENCE = re.compile(
    r"\beject|\bbail(ed)? out\b|\b(emergency|forced) landing\b|\bforced (down|to land)\b|\bcrash|"
    r"\bfell\b|\bin flames\b",
    re.I,
)
# A hit the aircraft survived: damage, not a loss.
SAFE_RETURN = re.compile(
    r"\b(land(s|ed)? safely|safely land(s|ed)|managed to land|returned (safely )?to (its |their )?base|made it back|"
    r"landed (safely )?at (its|their|the) (base|airfield|airport))\b",
    re.I,
)
NEGATION = re.compile(
    r"\b(not|n't|never|no evidence|no sign|no indication|ruled out|rules out|denied|denies|deny|rejected|dismissed)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
CLAUSE_START = re.compile(r"\bbut\b|\band\b|\bwhile\b|\bafter\b|[,;]")
BACKGROUND_WORDS = re.compile(
    r"\b(earlier (this|last|in)\b|last (week|month|year|summer|winter|spring|autumn)|previously|"
    r"\b\w+ (days|weeks|months|years) ago|in (19|20)\d\d\b|since (19|20)\d\d|"
    r"had (previously|earlier|already)|"
    r"(January|February|March|April|May|June|July|August|September|October|November|December),? (19|20)\d\d\b|"
    r"\b(weeks|months|years) (after|before)\b|\bin that (war|conflict|campaign)\b|\bthe (19|20)\d\d (downing|crash|shootdown|loss)\b)",
    re.IGNORECASE,
)
# Words that make a loss cue not literal: a show, a drill, a game, a market.
NOT_LITERAL = re.compile(
    r"\b(mock|simulated|simulation|pretend|video game|target drones?|aerial targets?|dogfight display|"
    r"crash(ed)? to (an?\s+|their\s+|its\s+)?([\w-]+\s+){0,3}(defeat|loss|win|victory|draw)|"
    r"(light|drone|laser) shows?|display (drones|quadcopters)|toy (drones?|planes?|helicopters?)|"
    r"model (aircraft|planes?|airplanes?|helicopters?|jets?)|remote[\s-]controlled (planes?|aircraft|helicopters?|jets?)|"
    r"drone[\s-]rac\w+|racing drones?|scenario|role-play\w*|practi[sc]\w* (rescuing|evacuating|recovering))\b",
    re.IGNORECASE,
)
# "The collision is the deadliest accident since 2015, when ...": the noun names the story's own event to
# rank it, so it tells nothing about the aircraft of the earlier event the sentence goes on to recall.
RANKED_EVENT = re.compile(
    r"^\s*(?:the|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|yesterday's|"
    r"today's)\s+(?:[\w-]+\s+)?(?P<noun>collision|crash|accident|disaster|downing|shootdown|loss)\s+"
    r"(?:is|was|has been|had been|became|becomes|marks|marked|ranks|ranked)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:worst|deadliest|costliest|heaviest|biggest|largest|first|second|third|latest|last|most|only)\b",
    re.IGNORECASE,
)
# "the group's claim to have downed", "claims of having shot down": the cue is what a claim says
CLAIM_NOUN_BEFORE = re.compile(
    r"\bclaims?\s+(?:to\s+have|of(?:\s+having)?|(?:that\s+)?(?:it|they|its\s+\w+)\s+(?:had|has|have))\s+$", re.I
)
YES_NO_QUESTION = re.compile(
    r"^\W*(?:have|has|had|did|does|do|was|were|is|are|could|can|will|would)\b[^?]*\?\s*$", re.I
)
ASKED_WHETHER = re.compile(r"\bask(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:whether|if)\b[^.;!?]{0,120}$", re.I)
QUOTES = "\"“”'‘’"


def _weapon_class(words: str, names: str = "") -> re.Pattern[str]:
    """Descriptive words match in any case; system names ("Buk", "Osa", "SAM") only as written."""
    return re.compile(rf"(?i:{words})" + (rf"|{names}" if names else ""))


# A drone as the agent of a hit on the aircraft told before it: "the helicopter was attacked with a drone",
# "a Mi-8 was struck by an FPV drone".
DRONE_AGENT = re.compile(
    r"\b(attacked|hit|struck|downed|brought\s+down|shot\s+down|knocked\s+out|destroyed|targeted|rammed)\s+"
    r"(\w+\s+){0,4}?(by|with)\s+([\w-]+\s+){0,3}?drones?\b",
    re.I,
)


WEAPONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("MANPADS", _weapon_class(
        r"\bMANPADS?\b|\bman-?portable\b|\bshoulder-(fired|launched)\b|\bportable (air[\s-]defen[cs]e|missile)s?\b",
        r"\bStingers?\b|\bIgla\b|\bStrela(?!-1\d)(-[23]M?)?\b|\bFN-6\b|\bQW-\d\b|\bMisagh\b|\bAnza\b|\bPiorun\b|"
        r"\bStarstreak\b|\bMistral\b|\bVerba\b|\bGrom\b|\bRedeye\b|\bBlowpipe\b|\bSA-(7|14|16|18|24|25)\b|"
        r"\bSAM-(7|14|16|18|24)\b|\bHN-5\w*\b|\bFIM-92\w*\b|\bRBS[\s-]?70\b|\b9K3[28]\w*\b|\b9K3[18]0\b|\bMartlet\b|"
        r"\bChiron\b|\bDjigit\b")),
    ("surface-to-air missile", _weapon_class(
        r"\bsurface-to-air\b|\bground-to-air\b|\bair[\s-]defen[cs]e (system|missile|battery|batteries|unit)s?\b|"
        r"\banti-aircraft missiles?\b",
        r"\bSAMs?\b|\bS-(75|125|200|300|350|400|500)\w*\b|\bBuk\b|\bPantsir\b|\bTor(-M\d)?\b|\bStrela-10\b|"
        r"\bTunguska\b|\bPatriots?\b|\bNASAMS\b|\bIRIS-T\b|\bKub\b|\bKvadrat\b|\bOsa\b|\bHawk missile|\bCrotale\b|"
        r"\bRapier\b|\bKhordad\b|\bSayyad\b|\bTalash\b|\bIron Dome\b|\bDavid's Sling\b|\bHQ-\d+\w*\b|"
        r"\bSA-(2|3|5|6|8|10|11|12|13|15|17|19|20|21|22|23)\b|\bAkash\b|\bBarak(-\w+)?\b|\bSPYDER\b|\bSpyder\b|"
        r"\bSAMP/T\b|\bAster(-\d+)?\b|\bCAMM\b|\bSky Sabre\b|\bBavar(-373)?\b|\bHisar\b|\bRoland\b|\bCheongung\b|"
        r"\bChunma\b|\bTien Kung\b|\bHongqi\b|\bKS-1\w*\b|\bStunner\b|\bSkyguard\b|\bVolkhov\b|\bDvina\b|\bPechora\b")),
    ("anti-aircraft gun", _weapon_class(
        r"\banti-?aircraft (heavy )?(machine[\s-]?)?(guns?|gunners?|artillery|cannons?|fire|weapons?)\b|\bflak( gunners?)?\b|"
        r"\b(anti-?aircraft|AA|ZU-23\w*|ZSU-23\w*|ZPU\w*|Shilka) (gun )?(crews?|gunners?)\b|"
        r"\bheavy machine[\s-]?guns?\b|\b(12\.7|14\.5|23|30|35|57)[\s-]?mm\b",
        r"\bAAA\b|\bZU-23\w*\b|\bZSU-23\w*\b|\bZPU\w*\b|\bShilka\b|\bKPV\b|\bDShK\b|\bGepard\b")),
    ("air-to-air missile", _weapon_class(
        r"\bair-to-air\b",
        r"\bAIM-(9|120|7)\w*\b|\bR-(27|37|60|73|77)\w*\b|\bSidewinder\b|\bAMRAAM\b|\bPL-\d+\b|\bPython-\d\b|"
        r"\bMeteor missile")),
    ("drone", _weapon_class(
        r"\b(kamikaze|attack|loitering|FPV|suicide|one-way)\s+(drone|munition)s?\b|\bdrone (strike|attack)s?\b|"
        r"\bexplosives?[\s-](laden|packed|carrying|armed|loaded)\s+drones?\b|"
        r"\bdrones?\s+(loaded|packed|fitted|armed|rigged)\s+with\s+explosives\b|" + DRONE_AGENT.pattern,
        r"\bLancet\b")),
    ("ground fire", _weapon_class(
        r"\bground fire\b|\bfire from the ground\b|\bsmall[\s-]arms fire\b|\bmachine[\s-]?gun fire\b|\bgunfire\b|"
        r"\brifle fire\b|\bfrom the ground\b|\bcame under (heavy |intense )?fire\b|\b(fired|opened fire) (up)?on\b|"
        r"\b(gunmen|bandits)\b(?=[^.;]{0,40}\b(fired|shot|opened fire))|\bfire from (gunmen|bandits)\b")),
    ("missile", _weapon_class(r"\bmissiles?\b|\brockets?\b")),
)
# Who launched a plain "missile": a fighter fires air-to-air missiles, a ship or a battery surface-to-air ones.
AIR_LAUNCHER = re.compile(
    r"\b(fired|launched) (by|from) (an?\s+|the\s+)?([\w-]+\s+){0,2}"
    r"(fighters?|jets?|warplanes?|interceptors?|aircraft|planes?)\b",
    re.I,
)
REFERS = re.compile(r"\bthe (aircraft|plane|jet|airliner|helicopter|drone)\b", re.I)
WEAPON_SUBJECT = re.compile(r"(drone|missile|rocket|shell)s?\s", re.I)
SURFACE_LAUNCHER = re.compile(
    r"\b(cruiser|destroyer|frigate|warship|ship|battery|batteries|launcher|air[\s-]defen[cs]es?|ground-based)\b", re.I
)
NOT_PERPETRATOR = re.compile(
    r"^(an?|the)?\s*(missile|rocket|fire|ground|mistake|accident|error|air defen[cs]e|anti-aircraft|"
    r"surface|MANPADS|man-portable|shoulder|shell|gunfire|a\s+loss|loss)",
    re.IGNORECASE,
)
HEADLINE_ACTIVE = re.compile(
    r"^(?:[A-Z]+\s*[-—–]+\s*)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:has\s+|have\s+)?"
    r"(?:shoots?|shot|downs|downed)(?:[\s-]+down)?\b"
)
APOLOGY = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:has\s+|have\s+)?(apologi[sz]ed|admitted|claimed responsibility)\b"
)
AIRCRAFT_WORDS = {
    "aircraft", "airplane", "aeroplane", "plane", "jet", "helicopter", "chopper", "drone", "uav", "airliner",
    "gunship", "bomber", "fighter", "warplane", "warjet", "craft", "airship", "interceptor", "trainer",
    "transport", "freighter", "reaper", "predator", "pilot", "crew", "airman", "aviator", "one",
    "second", "other",  # "while the second fell on the other side"
}  # fmt: skip
AIRCREW = {"pilot", "crew", "airman", "aviator"}
NOT_AIRCRAFT = {"car", "bus", "train", "truck", "road", "traffic", "market", "stock", "boat", "ship", "computer", "server"}
PRONOUNS = {"it", "they", "them", "which", "that", "one", "this", "these", "those", "what"}
# "a Patriot missile": words that make the head of a phrase a weapon, not a party.
WEAPON_HEADS = {
    "missile", "rocket", "fire", "gunfire", "gun", "shell", "round", "munition", "drone", "manpads", "system",
    "launcher", "stinger", "igla", "defence", "defense", "defences", "defenses", "weapon", "cannon", "artillery",
    "strike", "attack", "shrapnel", "explosion", "blast",
}  # fmt: skip
MISTOOK = {"mistake", "mistakes", "mistook", "mistaken", "mistaking", "misidentified", "misidentify"}  # the parser's lemma is unreliable
# Air defences named without an owner belong to whoever tells of their success.
# "air defences", "an air defence unit", "a missile crew": a weapon's unit named with no owner
OWNERLESS_DEFENCES = {"defence", "defense", "defences", "defenses", "battery", "batteries", "unit", "units", "crew", "crews"}
# A bare shooter of the speaker's own side: "the ministry said the pilot had shot down a drone".
DOWNING_NOUNS = {"downing", "shootdown", "shoot", "destruction", "interception"}
SPEAKER_SIDE = {"pilot", "crew", "gunner", "operator", "sailor", "airman"}
DENY_LEMMAS = {"deny", "reject", "dismiss", "refute"}
DENIAL_WORDS = {"impossible", "untrue", "false", "baseless", "unfounded", "fabricated", "fake", "groundless"}
NO_EVIDENCE = {"evidence", "sign", "indication", "proof", "trace", "suggestion", "sighting", "report", "information"}
DOUBT = re.compile(r"\b(unclear|not clear|not known|unknown|uncertain|no word|not yet known|investigat\w*)\b", re.I)


@dataclass(frozen=True)
class Cue:
    start: int  # offsets inside the sentence text
    end: int
    value: str
    negated: bool = False
    stance: str | None = None  # set when the cue's own clause says who states it and how
    source: str | None = None


def cause_cues(text: str) -> list[Cue]:
    """Every cause cue in a sentence's plain text, in order, with negation marked."""
    cues: list[Cue] = []
    for value, pattern in (
        ("friendly_fire", FRIENDLY_FIRE),
        ("collision", COLLISION),
        ("shot_down", SHOT_DOWN),
        ("crashed", CRASHED),
        ("unknown", LOST),
    ):
        for match in pattern.finditer(text):
            if any(c.start <= match.start() < c.end or match.start() <= c.start < match.end() for c in cues):
                continue
            clause = CLAUSE_START.split(text[max(0, match.start() - 45) : match.start()])[-1]
            negated = bool(NEGATION.search(clause))
            if value in ("crashed", "shot_down") and MISTAKEN.search(text[max(0, match.start() - 80) : match.start()]):
                continue  # "farmers thought a plane had crashed", "what they described as a crash": a belief told
            if value == "collision" and ARMED_SUBJECT.search(text[max(0, match.start() - 60) : match.start()]):
                continue  # "a drone struck a parked helicopter": an attack, not two aircraft running together
            if value == "collision" and INTO_OBSTACLE.match(text[match.end() :]):
                value = "crashed"  # "collided with a hillside": flown into terrain, no second aircraft
            if value == "shot_down" and _interception_task(text, match):
                continue  # "returning from an interception mission", "used for interception of": a task flown
            if value == "unknown" and FELL.match(match.group()) and FATAL.search(text):
                value = "crashed"  # "went down in bad weather, killing all six": it hit the ground
            cues.append(Cue(match.start(), match.end(), value, negated))
    if HOSTILE.search(text) and CONSEQUENCE.search(text) and not any(c.value == "shot_down" for c in cues):
        match = HOSTILE.search(text)
        cues.append(Cue(match.start(), match.end(), "shot_down"))
    for match in DENIED_CLAIM.finditer(text):
        if not claim_of_attack(text[match.start() :]):
            continue  # "denying earlier claims that the crew was drunk": no shoot-down denied
        if not any(c.start <= match.start() < c.end for c in cues):
            cues.append(Cue(match.start(), match.end(), "shot_down", negated=True))
    for match in TECHNICAL.finditer(text):
        before = text[max(0, match.start() - 45) : match.start()]
        if SUPERSEDED.search(text[max(0, match.start() - 120) : match.start()]):
            continue
        if not NEGATION.search(before) and not DOUBT.search(before) and not OPEN_CAUSE.search(before):
            cues.append(Cue(match.start(), match.end(), "shot_down", negated=True))
    return sorted(cues, key=lambda c: c.start)


INTERCEPT_TASK_AFTER = re.compile(
    r"^\s+(?:missions?|sorties?|flights?|patrols?|duty|duties|roles?|tasks?|training|exercises?|drills?|"
    r"squadrons?|units?|alerts?|scrambles?)\b", re.I
)
INTERCEPT_TASK_BEFORE = re.compile(r"\b(?:for|in|on\s+(?:an?|its|their))\s+(?:[\w-]+\s+)?$", re.I)


def _interception_task(text: str, match: re.Match[str]) -> bool:
    """ "Interception" named as the work a jet does, not one that downed something."""
    if not match.group().lower().startswith("interception"):
        return False
    return bool(INTERCEPT_TASK_AFTER.match(text[match.end() :]) or INTERCEPT_TASK_BEFORE.search(text[: match.start()]))


def loss_cues(sentence: Span, aircraft: list[tuple[int, int]]) -> list[Cue]:
    """The literal aircraft-loss cues of a parsed sentence; `aircraft` are (start, end) sentence offsets."""
    text = sentence.text
    if NOT_LITERAL.search(text):
        return []
    cues: list[Cue] = []
    pending: list[Cue] = []
    for cue in cause_cues(text) + _attack_cues(sentence, aircraft):
        if any(c.start <= cue.start < c.end or cue.start <= c.start < cue.end for c in cues):
            continue
        if _scare_quoted(text, cue):
            continue
        if YES_NO_QUESTION.match(text) or ASKED_WHETHER.search(text[: cue.start]):
            continue  # "Was it shot down?", "asked whether it was hit by ground fire": a question reports nothing
        ranked = RANKED_EVENT.match(text)
        if ranked and ranked.start("noun") <= cue.start < ranked.end("noun") and _recalls_other(text, ranked.end()):
            continue
        if cue.negated and (DENIED_CLAIM.match(text[cue.start : cue.end]) or TECHNICAL.match(text[cue.start : cue.end])):
            cues.append(cue)  # the denial of a claim, or a fault blamed: no aircraft word to check
            continue
        others = [(s, e) for s, e in aircraft if not (s < cue.end and cue.start < e)]
        target = any(cue.start < s < cue.end for s, _ in aircraft)  # "a drone attack on an army helicopter"
        if WEAPON_SUBJECT.match(text[cue.start : cue.end]) and not target and not _aircraft_follows(text, cue.end, others):
            # "the drone strike that killed the general" hit no aircraft; "a missile strike was impossible",
            # said of the airliner, is about it when nothing else in the sentence tells the loss
            if (others or REFERS.search(text)) and text[cue.start : cue.end].split()[-1].lower() in ("strike", "hit"):
                pending.append(cue)
            continue
        head = _cue_head(sentence, cue.start)
        wreck = "wreck" in text[cue.start : cue.end].lower()  # the wreckage found is the aircraft's
        falling = "fall" in text[cue.start : cue.end].lower()  # "shares rose after falling": say what fell
        struck = cue.value == "collision" and target  # "struck the tail of a taxiing 737": the aircraft is in the cue
        if head is not None and not wreck and not struck and not _about_aircraft(head, sentence, aircraft, strict=falling):
            continue
        if head is not None and (_tally(_patient(head)) or _habitual(head) or _not_a_report(head)):
            continue
        if UNEVENTFUL.search(text[cue.start : cue.end]) and UNDAMAGED.search(text):
            continue  # "a hard landing ... no damage to the aircraft": nothing was lost
        cue = _with_polarity(cue, head, sentence)
        if head is not None and not cue.negated and _hypothetical(head):
            cue = replace(cue, stance="unconfirmed")  # "if confirmed, the downing would ..."
        elif not cue.negated and cue.value in ("shot_down", "friendly_fire"):
            if CLAIM_NOUN_BEFORE.search(text[: cue.start]):
                cue = replace(cue, stance="claimed")  # "the rebels' claim to have downed a jet"
        cues.append(cue)
    if not cues:
        cues = [_with_polarity(cue, _cue_head(sentence, cue.start), sentence) for cue in pending]
    if SAFE_RETURN.search(text) and not CONSEQUENCE.search(text):  # "hit by ground fire but landed safely"
        cues = [c for c in cues if c.value != "shot_down" or not _landed_safely(sentence, aircraft, c)]
    if HOSTILE.search(text) and not any(c.value == "shot_down" for c in cues):
        hostile = HOSTILE.search(text)
        head = _token_at(sentence, hostile.start())
        if head is not None and _doubted(head):
            cues.append(Cue(hostile.start(), hostile.end(), "unknown"))
    return sorted(cues, key=lambda c: c.start)


def _recalls_other(text: str, pos: int) -> bool:
    """After a ranking ("the worst since"), the sentence goes on to tell an earlier event ("..., when ...")."""
    return bool(re.search(r"\b(?:since|after|when)\b", text[pos:], re.I))


def _landed_safely(sentence: Span, aircraft: list[tuple[int, int]], cue: Cue) -> bool:
    """The aircraft that "landed safely" is the one `cue` tells of ("hit by ground fire but landed safely"),
    not another ("gunners downed a Su-25, while a second jet they hit made it back to base")."""
    lander = _patient(_cue_head(sentence, SAFE_RETURN.search(sentence.text).start()))
    head = _cue_head(sentence, cue.start)
    lost = _patient(head) if head is not None else None
    if lander is None or lost is None:
        return True
    landed, named = _aircraft_under(lander, sentence, aircraft), _aircraft_under(lost, sentence, aircraft)
    return not (landed and named and not landed & named)


def _aircraft_under(token: Token, sentence: Span, aircraft: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The aircraft spans inside the phrase `token` heads."""
    start = token.left_edge.idx - sentence.start_char
    end = token.right_edge.idx + len(token.right_edge.text) - sentence.start_char
    return {(s, e) for s, e in aircraft if start <= s and e <= end}


RECURRING = {"before", "often", "repeatedly", "frequently", "regularly", "routinely", "sometimes"}


def _attack_cues(sentence: Span, aircraft: list[tuple[int, int]]) -> list[Cue]:
    """Hits on an aircraft: "a drone struck an army helicopter", "they destroyed a Ka-52", "the gunship was
    hit by one of the older shoulder-launched missiles" (a passive hit counts when its agent names a weapon)."""
    cues = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma not in ("hit", "strike", "destroy", "attack") or token.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in NATURAL_HITS for c in token.children):
            continue  # "a flock of gulls hit the aircraft": a bird strike, not an attack
        # "attacked" counts only with the aircraft as its patient: "rebels attacked the helicopter with a
        # drone", "the helicopter was attacked" (not "the gunship attacked rebel positions")
        targets = [c for c in token.children if c.dep_ in (("dobj", "nsubjpass") if lemma == "attack" else ("dobj",))]
        hit = any(_is_aircraft(t, sentence, aircraft, pronouns=("it", "them", "one")) for t in targets)
        if lemma == "attack" and (any(c.dep_ == "advmod" and c.lower_ in RECURRING for c in token.children) or all(
                t.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in t.children) for t in targets)):
            continue  # "military aircraft have been attacked by bandits before": a pattern, not a loss
        if lemma == "attack":  # a name attacked is most often a place ("gangs attacked Mirebalais")
            hit = any(_is_aircraft(t, sentence, aircraft, pronouns=("it", "them")) and t.pos_ != "PROPN" or
                      any(s <= t.idx - sentence.start_char < e for s, e in aircraft) for t in targets)
        agent = None if hit or lemma == "attack" else _weapon_agent(token, sentence, aircraft)
        if not hit and agent is None:
            continue
        if _hypothetical(token):  # "missiles capable of hitting it", "could strike the jets"
            continue
        start = token.idx - sentence.start_char
        last = agent.right_edge if agent is not None else token  # the cue covers "hit by friendly S-300 fire"
        cues.append(Cue(start, last.idx + len(last.text) - sentence.start_char, "shot_down"))
    return cues


def _not_a_report(head: Token) -> bool:
    """ "Can we shoot down every drone?", "jammers can bring a drone down", "they feared the plane would
    crash": a question, an ability, a general case or a fear tells no loss."""
    if head.sent.text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return True
    nodes = [head, *list(head.ancestors)[:1]]
    if any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for n in nodes for c in n.children):
        return True
    patient = _patient(head)
    reciprocal = patient is not None and patient.lower_ == "other"  # "struck each other" is one event
    if patient is not None and not reciprocal and any(c.dep_ == "det" and c.lower_ in ("every", "any", "each") for c in patient.children):
        return True
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children)
    return modal and any(a.lemma_.lower() in FEARS for a in list(head.ancestors)[:2])


FEARS = {"fear", "worry", "dread", "think", "expect", "imagine"}
# A landing that is a loss only when the aircraft came to harm.
UNEVENTFUL = re.compile(r"\b(hard|heavy|rough|bumpy)\s+landing\b", re.I)
UNDAMAGED = re.compile(
    r"\b(undamaged|unscathed|no damage|without damage|not damaged|no (structural )?damage|"
    r"returned to service|back in(to)? service|taxied to the (gate|stand|terminal))\b", re.I)


def _habitual(head: Token) -> bool:
    """A statement about a kind, not a loss: "old planes come to crash", "helicopters crash in fog more
    often than jets": a bare plural subject with a present-tense verb."""
    infinitive = head.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in head.children)
    verb = head.head if infinitive else head
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which", "where") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None and subject.tag_ == "NNS"
        and not any(c.dep_ in ("det", "nummod", "poss") or c.lower_ in MANY for c in subject.children)
    )  # fmt: skip


# What hits an aircraft without anyone attacking it.
NATURAL_HITS = {
    "bird", "gull", "goose", "geese", "flock", "lightning", "bolt", "turbulence", "hail", "hailstone", "wind",
    "gust", "storm", "wave", "tree", "branch", "wire", "cable", "debris", "ice",
}  # fmt: skip


TALLY = re.compile(r"\b(since|so far|to date|in total|altogether|in all)\b", re.I)
SUPERLATIVE = re.compile(r"\b(\w+est|most\s+\w+|worst|first)\b[^,;]{0,30}$", re.I)
MANY = {"dozens", "hundreds", "scores", "thousands"}


def _tally(patient: Token | None) -> bool:
    """ "Over 40 army helicopters have been brought down since 2019": a running total of counted aircraft,
    not one loss ("two jets collided, the worst accident since 2010" is one)."""
    if patient is None or not (patient.tag_ in ("NNS", "NNPS") or patient.lower_ in MANY):
        return False
    if not any(c.dep_ == "nummod" or c.lower_ in MANY for c in patient.subtree if c.i <= patient.i):
        return False
    after = patient.sent.text[patient.idx + len(patient.text) - patient.sent.start_char :]
    marker = TALLY.search(after)
    return bool(marker) and not SUPERLATIVE.search(after[: marker.start()])


def _weapon_agent(verb: Token, sentence: Span, aircraft: list[tuple[int, int]]) -> Token | None:
    """ "The gunship was hit by one of the older shoulder-launched missiles": the "by" of a weapon, when an
    aircraft is hit."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not _is_aircraft(subject, sentence, aircraft, pronouns=("it", "they")):
        return None
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        words = sentence.doc[agent.i : agent.right_edge.i + 1]
        if weapon_cue(words.text) is not None or any(t.lemma_.lower() in MUNITIONS for t in words):
            return agent
    return None


def _hypothetical(verb: Token) -> bool:
    """ "missiles capable of hitting it", "could strike", "if confirmed, the downing would ..." """
    for node in [verb, *list(verb.ancestors)[:2]]:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return True
        conditions = [c for c in node.children if c.dep_ == "advcl"]
        if any(g.lower_ == "if" for c in conditions for g in c.children) or node.lemma_.lower() in POTENTIAL:
            return True
    return False


MODALS = {"can", "could", "would", "may", "might", "will"}
MISHAPS = {"mistake", "error", "accident", "chance"}
MUNITIONS = {"missile", "rocket", "shell", "drone", "munition", "projectile", "interceptor"}
POTENTIAL = {"capable", "able", "designed", "threaten", "scenario", "possibility"}


def _aircraft_follows(text: str, end: int, aircraft: list[tuple[int, int]]) -> bool:
    if any(end <= start <= end + 40 for start, _ in aircraft):
        return True
    return bool(re.match(rf"\s+(?:\S+\s+){{0,3}}?(?:it|them|{'|'.join(sorted(AIRCRAFT_WORDS - {'one'}))})s?\b", text[end:], re.I))


def _scare_quoted(text: str, cue: Cue) -> bool:
    """ 'one jet "shot down" the other', 'a "downed pilot" played by a volunteer' """
    before = text[cue.start - 1 : cue.start]
    if not before or before not in QUOTES:
        return False
    if SPEAKER.search(text[: cue.start]):
        return False  # 'the general says it "ditched" into the water': the speaker's own word
    return any(ch in QUOTES for ch in text[cue.end : cue.end + 20])


SPEAKER = re.compile(r"\b(says|said|told|tells|described|according to)\b", re.I)


def _token_at(sentence: Span, offset: int) -> Token | None:
    position = sentence.start_char + offset
    return next((t for t in sentence if t.idx <= position < t.idx + len(t.text)), None)


def _cue_head(sentence: Span, offset: int) -> Token | None:
    """The word a cue hangs on: the verb of "was lost", "had been shot down"."""
    token = _token_at(sentence, offset)
    while token is not None and token.dep_ in ("aux", "auxpass", "compound") and token.head != token:
        token = token.head
    return token


def cue_clause(sentence: Span, cue: Cue) -> tuple[int, int] | None:
    """Sentence offsets of the clause a loss cue's verb heads ("a plane that disappeared on Monday"
    inside "searchers resumed on Tuesday the hunt for ..."); None when the cue is no verb."""
    head = _cue_head(sentence, cue.start)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    start = head.left_edge.idx - sentence.start_char
    return start, head.right_edge.idx + len(head.right_edge.text) - sentence.start_char


def _is_aircraft(token: Token, sentence: Span, aircraft: list[tuple[int, int]], pronouns=tuple(PRONOUNS)) -> bool:
    offset = token.idx - sentence.start_char
    if any(start <= offset < end for start, end in aircraft):
        return True
    lemma = token.lemma_.lower()
    return lemma in AIRCRAFT_WORDS or token.lower_ in pronouns or (token.pos_ == "PROPN" and token.lower_ not in ("who",))


def _patient(head: Token) -> Token | None:
    """The thing the cue says was lost: object of an active downing, subject of a passive one or of a crash."""
    if head.dep_ == "amod" and head.tag_ == "VBN":
        return head.head  # "the downed drone"
    if head.pos_ not in ("VERB", "AUX"):  # "a car crash"
        return next((c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in NOT_AIRCRAFT), None)
    children = list(head.children)
    if head.lemma_.lower() == "lose" and (contact := _contact_with(head)) is not None:
        return contact
    passives = [c for c in children if c.dep_ == "nsubjpass"]  # "a Nigerian air force Alpha Jet" can parse as two
    passive = next((c for c in passives if c.lemma_.lower() in AIRCRAFT_WORDS or c.pos_ == "PROPN"), passives[0] if passives else None)
    if passive is not None:
        return passive.head.head if passive.lower_ in ("that", "which") and head.dep_ == "relcl" else passive
    lemma = head.lemma_.lower()
    if lemma in ("fire", "launch"):  # "gunmen fired on a helicopter", "launched a missile at the plane"
        return next((g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children), None)
    if lemma in ("shoot", "bring", "down", "intercept", "destroy", "hit", "strike", "force", "gun", "target", "attack"):
        objects = [c for c in children if c.dep_ == "dobj"]
        obj = next((c for c in objects if c.lemma_.lower() in AIRCRAFT_WORDS or c.pos_ == "PROPN"), objects[0] if objects else None)
        if obj is None:
            obj = next((g for c in children if c.dep_ == "prt" for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.lower_ in ("that", "which") and head.dep_ == "relcl":
            return head.head
        into_terrain = lemma in ("hit", "strike") and obj is not None and any(
            re.fullmatch(TERRAIN, t.text, re.I) for t in obj.subtree if t.i <= obj.i
        )  # fmt: skip
        if not into_terrain:
            return obj  # "the plane struck a hillside": the subject is what was lost
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None and head.dep_ == "acl" and head.tag_ == "VBD":
        # a finite verb hung on a noun is a misparse ("a Mirage returning from a mission crashed"): the
        # subject of the clause above it is the one that crashed
        return next((c for a in head.ancestors for c in a.children if c.dep_ == "nsubj"), head.head)
    if subject is None and head.dep_ in ("relcl", "acl"):
        return head.head
    if subject is None and head.dep_ == "conj":
        subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("that", "which") and head.dep_ == "relcl":
        return head.head
    return subject


CONTACT = {"contact", "touch", "communication", "communications", "link"}


def _contact_with(lost: Token) -> Token | None:
    """ "Contact was lost with an army helicopter", "lost contact with the Cessna": what contact was lost with."""
    contact = next((c for c in lost.children if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in CONTACT), None)
    if contact is None:
        return None
    return next((g for t in (lost, contact) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                 for g in c.children if g.dep_ == "pobj"), None)


def _about_aircraft(head: Token, sentence: Span, aircraft: list[tuple[int, int]], strict: bool = False) -> bool:
    """The cue's patient is an aircraft (or unknown, unless `strict`)."""
    patient = _patient(head)
    if patient is None:
        return not strict
    if patient.i < sentence.start or patient.i >= sentence.end:
        return True
    # "air force, a MiG-23, crashed"; "an army UH-60" mis-parsed as two words hanging on the verb
    next_word = [c for c in patient.head.children if c.i == patient.i + 1]
    return _is_aircraft(patient, sentence, aircraft) or any(
        _is_aircraft(t, sentence, aircraft, pronouns=())
        for t in patient.subtree if t.dep_ in ("compound", "nmod", "conj", "appos")
    ) or any(_is_aircraft(t, sentence, aircraft, pronouns=()) and t.pos_ != "PRON" for t in next_word)  # fmt: skip


def _with_polarity(cue: Cue, head: Token | None, sentence: Span) -> Cue:
    """Negation from the parse: "not", "no aircraft was lost", "denied", "no sign of"; doubt makes it unknown."""
    if head is None:
        return cue
    negated = _negated(head)
    if cue.value == "shot_down" and not negated and _doubted(head):
        return replace(cue, value="unknown", negated=False)
    return replace(cue, negated=negated)


def _negated(head: Token) -> bool:
    if any(c.dep_ == "neg" for c in head.children):
        return True
    holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if holder is not None and _has_no(holder) and holder.lemma_.lower() in NO_EVIDENCE:
        return True  # "no sign of a shoot-down"
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _has_no(subject):
        return True  # "no aircraft was lost"
    if _called_false(head):
        return True  # "a missile strike was impossible"
    node = head
    for _ in range(4):
        if node.dep_ not in ("ccomp", "xcomp", "conj", "pcomp", "pobj", "dobj", "advcl", "acl", "prep") or node.head == node:
            break
        node = node.head
        lemma = node.lemma_.lower()
        negated_here = any(c.dep_ == "neg" for c in node.children)
        if lemma in DENY_LEMMAS and not negated_here and node.i < head.i:
            return True
        if lemma == "rule" and any(c.lower_ == "out" for c in node.children):
            return True
        if _has_no(node) and node.lemma_.lower() in NO_EVIDENCE:
            return True  # "no evidence that it was shot down" (but "no doubt" affirms)
        if _called_false(node):
            return True  # "reports that it had been shot down were false"
        if node.dep_ == "acl" and _has_no(node.head) and node.head.lemma_.lower() in NO_EVIDENCE:
            return True  # "no information suggesting the helicopter had been attacked"
        teller = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if teller is not None and (teller.lower_ in ("nobody", "none") or _has_no(teller)) and node.i < head.i:
            return True  # "nobody has suggested the helicopter was attacked", "no one claimed it was downed"
        if (lemma in SPEECH_LEMMAS and node.pos_ in ("VERB", "AUX")) or lemma in ("be", "clear"):
            break
    return False


def _called_false(token: Token) -> bool:
    return token.dep_ == "nsubj" and any(c.dep_ == "acomp" and c.lemma_.lower() in DENIAL_WORDS for c in token.head.children)


def _has_no(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)


NOT_CONFIRMED = {"confirm", "acknowledge", "comment", "verify"}


def _doubted(head: Token) -> bool:
    """The cue sits under "did not say whether", "it was not clear whether", "unclear what brought it down"."""
    node = head
    for _ in range(4):
        if node.head == node:
            return False
        node = node.head
        negated = any(c.dep_ == "neg" for c in node.children)
        if node.lemma_.lower() in SPEECH_LEMMAS and negated and node.lemma_.lower() not in NOT_CONFIRMED:
            return True  # "did not say whether" (but "did not confirm the loss" leaves a claim standing)
        if node.lemma_.lower() == "be" and negated and any(c.lower_ == "clear" for c in node.children):
            return True
        if DOUBT.search(node.text) or any(c.dep_ == "acomp" and DOUBT.search(c.text) for c in node.children):
            return True
    return False


# A weapon's name lent to an outlet or a firm: "Mistral Press Agency", "a Patriot News photographer".
NAMED_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w&-]*\s+){0,2}?(?:Press|Agency|News|Media|Television|TV|Radio|Times|Post|Herald|Journal|Wire|"
    r"Group|Holdings|Airlines?|Aviation|photographer|reporter|correspondent|journalist|editor|cameraman)\b"
)


def weapon_cue(text: str, aircraft: list[tuple[int, int]] | None = None) -> Cue | None:
    """The most specific weapon class the sentence names. With the sentence's `aircraft` spans, a drone
    is a weapon only when it hits an aircraft ("a drone strike on an army helicopter", not "the drone
    strike that killed the general")."""
    for value, pattern in WEAPONS:
        match = next((m for m in pattern.finditer(text) if not NAMED_AFTER.match(text[m.end() :])), None)
        if match and value == "drone" and aircraft is not None:
            others = [(s, e) for s, e in aircraft if not (s < match.end() and match.start() < e)]
            agent = DRONE_AGENT.match(match.group()) and (
                any(e <= match.start() for _, e in others) or bool(REFERS.search(text[: match.start()]))
            )  # "a Mi-8 was struck by a drone", "the aircraft had been attacked with a drone"
            if not agent and not _aircraft_follows(text, match.end(), others):
                continue
        if match and value == "ground fire" and aircraft is not None and _fired_elsewhere(text, match, aircraft):
            continue  # "the jihadists fired on the airport before": no aircraft under fire
        if match:
            if value == "missile":
                if not re.search(r"\b(fired|launched|hit|struck|missile strike|downed|shot)\b", text, re.I):
                    continue
                if AIR_LAUNCHER.search(text):
                    value = "air-to-air missile"
                elif SURFACE_LAUNCHER.search(text):
                    value = "surface-to-air missile"
            return Cue(match.start(), match.end(), value)
    return None


FIRED_ON = re.compile(r"\b(?:fired|opened fire) (?:up)?on\b", re.I)


def _fired_elsewhere(text: str, match: re.Match[str], aircraft: list[tuple[int, int]]) -> bool:
    """Ground fire told only as "fired on" something that is no aircraft."""
    if not (FIRED_ON.search(match.group()) or re.fullmatch(r"gunmen|bandits", match.group(), re.I)):
        return False
    shots = list(FIRED_ON.finditer(text))
    return bool(shots) and not any(_fired_at_aircraft(text, m.end(), aircraft) for m in shots)


def _fired_at_aircraft(text: str, end: int, aircraft: list[tuple[int, int]]) -> bool:
    """What was fired on, the few words up to a comma or a new clause, is an aircraft."""
    target = re.match(r"[^,.;:]{0,60}?(?=[,.;:]|\s+(?:but|and|while|as|before|after|when)\b|$)", text[end:])
    stop = end + (target.end() if target else 40)
    return any(end <= start < stop for start, _ in aircraft) or _aircraft_follows(text[:stop], end, [])


def is_background(text: str) -> bool:
    """The sentence points to an earlier time than the article's news."""
    return bool(BACKGROUND_WORDS.search(text))


# --- perpetrators -----------------------------------------------------------------------------------------


SHOOTING_LEMMAS = {"shoot", "down", "bring", "gun", "intercept", "hit", "strike", "destroy", "fire", "launch"}
HEADLINE_DOWN = re.compile(r"^\s+(?:shoots?\s+)?downs?\s")  # "Turkish F-16s down Russian Su-24"


def shooter_aircraft(sentence: Span, aircraft: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The aircraft spans (sentence offsets) that did the shooting, not the lost ones: the subject of
    "a Su-35 shot down a MiG-29", the agent of "a missile fired by a Turkish F-16", the first of a
    headline's "F-16s down Su-24"."""
    shooters = []
    for start, end in aircraft:
        later = [s for s, _ in aircraft if end < s <= end + 40]
        if later and HEADLINE_DOWN.match(sentence.text[end:]):
            shooters.append((start, end))
            continue
        head = _span_head(sentence, start, end)
        if head is None:
            continue
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ in ("nsubj", "nsubjpass", "pobj"):
            head = head.head.head  # "one of its Su-35 fighters downed ...", "a pair of F-16s shot down ..."
        verb = head.head
        if head.dep_ == "pobj" and verb.dep_ == "agent":
            verb = verb.head
            if verb.lemma_.lower() in SHOOTING_LEMMAS:
                shooters.append((start, end))
        elif head.dep_ == "nsubj" and verb.lemma_.lower() in SHOOTING_LEMMAS and verb.pos_ == "VERB":
            patient = _patient(verb)  # an aircraft the sentence names, or one told before ("shot one down")
            at = patient.idx - sentence.start_char if patient is not None else -1
            after = verb.idx - sentence.start_char
            if any(s <= at < e or (at >= 0 and after < s <= at + 40) for s, e in aircraft if (s, e) != (start, end)) or (
                patient is not None and patient.lower_ in ("one", "it", "them")
            ):
                shooters.append((start, end))
    return shooters


def _span_head(sentence: Span, start: int, end: int) -> Token | None:
    """The token of a span that the rest of the sentence hangs it on."""
    tokens = [t for t in sentence if start <= t.idx - sentence.start_char < end]
    return next((t for t in tokens if not (start <= t.head.idx - sentence.start_char < end) or t.head == t), None)


def perpetrator_cues(sentence: Span, speaker: str | None = None, aircraft: list[tuple[int, int]] = ()) -> list[Cue]:
    """Who shot the aircraft down, as the sentence has it (offsets inside the sentence).

    `speaker` is who states the sentence: "its fighters" and "they" in a claim are the speaker, unless a
    reporting verb inside the sentence names another ("the drone that the rebels say they shot down").
    A cue the speaker makes about itself carries stance "claimed". `aircraft` are the sentence's
    aircraft spans: only a shooting at an aircraft has a perpetrator.
    """
    text = sentence.text
    cues: list[Cue] = []
    blamed: list[Token] = []
    for token in sentence:
        lemma = token.lemma_.lower()
        downing = lemma in ("shoot", "bring", "gun", "force") and any(
            c.lower_ == "down" and c.dep_ in ("prt", "prep", "advmod") for c in token.children
        )
        if downing or (lemma in ("down", "intercept", "hit", "strike", "destroy", "target") and token.pos_ == "VERB"):
            if _about_aircraft(token, sentence, aircraft, strict=lemma not in ("shoot", "bring", "down", "gun")):
                if not _negated(token) and not _doubted(token) and not _hypothetical(token) and not _impact(token):
                    cues += _agent_cues(token, sentence, _speaker(token, speaker))
        elif token.lower_ in MISTOOK and token.pos_ == "VERB" and _mistaken_aircraft(token, sentence, aircraft):
            who = _speaker(token, speaker)  # "gunners mistook the jet for an enemy", "the command said"
            cues += _agent_cues(token, sentence, who if party_name(who or "") else speaker)
        elif lemma in ("fire", "launch") and token.pos_ == "VERB" and _aims_at_aircraft(token):
            cues += _agent_cues(token, sentence, _speaker(token, speaker))
        elif lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in token.children) and _aims_at_aircraft(token, crew=False):
            cues += _agent_cues(token, sentence, _speaker(token, speaker))
        elif lemma in ("fire", "carry") and token.pos_ == "VERB" and _the_attack_by(token):
            cues += _agent_cues(token, sentence, _speaker(token, speaker))  # "the shots were fired by gunmen of X"
        elif lemma in ("blame", "accuse") and token.pos_ == "VERB" and not _negated(token) and _blames_attack(token):
            if not BLAME_AFTER.match(text[token.idx - sentence.start_char :]):
                blamed.append(token)  # not "Russia blames Israel after a Syrian missile downs a jet"
        elif _claimed_downing(token, sentence, aircraft):
            # "Hezbollah claimed the downing of a drone", "the group announced a hit on an army helicopter"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                cues += _party_cue(subject, sentence, speaker, "claimed")
        elif lemma == "responsibility" and token.head.lemma_.lower() in ("claim", "accept", "take"):
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                cues += _party_cue(subject, sentence, speaker, "claimed")
        elif lemma in ("fire", "gunfire") and token.pos_ == "NOUN":  # "came under fire from bandits"
            source = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children), None)
            if source is None and token.head.lower_ in ("under", "by"):  # "hit by fire from bandits"
                verb = token.head.head
                source = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children), None)
            if source is not None and source.lower_ not in ("ground", "air"):
                cues += _party_cue(source, sentence, speaker)
    for verb in blamed if not cues else ():
        target = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if target is not None and target.lemma_.lower() not in AIRCREW:  # "blames pilot": an error, not a shooter
            cues += _party_cue(target, sentence, speaker, "claimed")
    origin = fired_from(text) if not cues and any(t.lemma_.lower() in SHOOTING_LEMMAS for t in sentence) else None
    if origin:  # "hit by a missile fired from Ukrainian-held territory"
        cues.append(Cue(*origin))
    headline = HEADLINE_ACTIVE.match(text)
    if headline and not cues:
        name = party_name(_trim_name(headline.group(1)))
        if name:
            cues.append(Cue(headline.start(1), headline.end(1), name))
    for match in APOLOGY.finditer(text):
        name = party_name(_trim_name(match.group(1)))
        if name and re.search(r"\bdown(ing|ed)\b|\bshoot|\bshot\b", text[match.end():], re.I):
            cues.append(Cue(match.start(1), match.end(1), name))
    cues = [_flown_by(c, text, aircraft) for c in cues]
    cues = [c for c in cues if c and c.value and not NOT_PERPETRATOR.match(c.value) and not _names_weapon(c.value)]
    named = [c for c in cues if not _describes(c, text)]
    unique: dict[str, Cue] = {}
    for cue in named or cues:
        unique.setdefault(cue.value, cue)
    return list(unique.values())


# The incident's own attack, told as a thing done by someone: "the shots were fired by", "the attack was carried out by".
THE_ATTACK = {"shot", "round", "bullet", "missile", "rocket", "attack", "ambush"}


def _the_attack_by(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in THE_ATTACK or not any(c.dep_ == "agent" for c in verb.children):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children)
    return definite and (verb.lemma_.lower() == "fire" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _claimed_downing(token: Token, sentence: Span, aircraft: list[tuple[int, int]]) -> bool:
    lemma, verb = token.lemma_.lower(), token.head.lemma_.lower()
    if token.dep_ != "dobj" or verb not in ("claim", "announce"):
        return False
    if lemma == "hit":  # a hit is a loss only when it is on an aircraft
        return bool(_aircraft_under(token, sentence, aircraft))
    offset = token.idx - sentence.start_char  # "Kyiv claimed another Su-35": a kill claimed
    kill = verb == "claim" and (_is_aircraft_word(token) or any(s <= offset < e for s, e in aircraft))
    return kill or (lemma in DOWNING_NOUNS and verb == "claim")


def _flown_by(cue: Cue, text: str, aircraft: list[tuple[int, int]]) -> Cue | None:
    """ "A Spanish Eurofighter Typhoon shot down ...": a shooter named as an aircraft is the party before it."""
    inside = next((s for s, _ in aircraft if cue.start <= s < cue.end), None)
    if inside is None:
        return cue
    if re.fullmatch(r"(?:[A-Z][^\s\d]*\s+)*fighters?", text[inside : cue.end]) and party_name(text[cue.start : cue.end]):
        return replace(cue, value=party_name(text[cue.start : cue.end]))  # "Arakan Army fighters": men, not jets
    name = party_name(text[cue.start : inside])
    return replace(cue, end=inside, value=name) if name else None


INDEFINITE = re.compile(r"^(?:a|an|another)\s", re.I)


def _describes(cue: Cue, text: str) -> bool:
    """ "Turkish jets shot down a Su-24, the first time a NATO member has downed ...": an indefinite
    description ("a NATO member") says what kind of party the one named is; it is not a second shooter."""
    if not INDEFINITE.match(text[cue.start : cue.end]) or country_of(cue.value):
        return False
    return cue.value not in GENERIC_GROUPS.values() and not any(w.lower() in GROUP_NOUNS for w in cue.value.split())


def _names_weapon(name: str) -> bool:
    """ "a Patriot", "Stinger missile": a weapon, not who fired it ("US Army Patriot batteries" is a unit)."""
    weapon = weapon_cue(name)
    if weapon is None or (weapon.start > 0 and country_of(name.split()[0])):
        return False  # "Iranian air defence battery": a state's unit
    return weapon.end >= len(name.rstrip()) - 1 or name.split()[-1].lower() in WEAPON_HEADS


def _blames_attack(verb: Token) -> bool:
    """ "blamed the cartel", "accused X of firing the missile" (not "accused X of abuses")."""
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    heads = [verb] + ([target, *target.conjuncts] if target is not None else [])
    charges = [
        g for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
        for g in c.children  # "dissidents of the FARC" is a name, not a charge
        if g.pos_ != "PROPN" and not any(t.pos_ == "PROPN" and t.dep_ in ("compound", "amod", "nmod") for t in g.children)
    ]  # fmt: skip
    return not charges or any(ATTACK_CHARGE.search(g.text) for g in charges)


BLAME_AFTER = re.compile(r"\w+\s+(?:[\w'’-]+\s+){0,4}?after\b", re.I)
ATTACK_CHARGE = re.compile(r"^(attack|downing|shoot|shot|fir(e|ing)|strike|crash|incident|loss|hit|bring|down)", re.I)


def _speaker(token: Token, default: str | None) -> str | None:
    """The subject of the nearest reporting verb above `token`, else the sentence's speaker."""
    floor = dateline_end(token.sent)
    for node in token.ancestors:
        if node.lemma_.lower() in SPEECH_LEMMAS and node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj" and c.idx >= floor), None)
            if subject is not None and subject.pos_ != "PRON":
                start, end = _phrase_bounds(subject)
                return _words_as_written(subject.doc[start : end + 1])
    return default


def _aims_at_aircraft(verb: Token, crew: bool = True) -> bool:
    """ "fired a missile at the jet"; without `crew`, fire at the airmen ("opened fire on the pilots") is not at the aircraft."""
    targets = AIRCRAFT_WORDS | {"it"} if crew else AIRCRAFT_WORDS - AIRCREW
    return any(
        c.dep_ == "prep" and c.lower_ in ("at", "on")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in targets for g in c.children)
        for c in verb.children
    )  # fmt: skip


def _agent_cues(verb: Token, sentence: Span, speaker: str | None) -> list[Cue]:
    children = list(verb.children)
    agents = [c for c in children if c.dep_ == "agent"]  # "hit by mistake by a Russian battery": the second
    by = next((c for c in agents if not any(g.lemma_.lower() in MISHAPS for g in c.children)), agents[0] if agents else None)
    if by is not None or any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        launcher = _launched_by(agent) if agent is not None else None  # "hit by a missile fired by X": X
        return _party_cue(launcher or agent, sentence, speaker) if agent is not None else []
    if verb.dep_ in ("amod", "acl") and verb.tag_ == "VBN":
        return []  # "the downed drone"
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is not None and _is_aircraft_word(subject) and _patient(verb) is None:
        return []  # a headline's reduced passive: "Navy jet shot down over Red Sea"
    if subject is None and verb.dep_ == "conj" and not (verb.tag_ == "VBG" and verb.head.tag_ != "VBG"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.head.dep_ == "acl" and verb.head.tag_ == "VBG":
            subject = verb.head.head  # "a Russian jet spraying fuel over the drone and then striking it"
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subject = verb.head
    if subject is None and verb.dep_ == "xcomp":  # "Hezbollah claimed to have brought down"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _party_cue(subject, sentence, speaker, "claimed")
    if subject is None or subject.lower_ in ("that", "which", "what", "who"):
        return []
    launcher = _launched_by(subject)  # "a drone launched by X destroyed the helicopter": X
    return _party_cue(launcher if launcher is not None else subject, sentence, speaker)


def _launched_by(weapon: Token) -> Token | None:
    """The agent of a participle on a weapon noun: "a missile fired by the militia" -> "militia"."""
    if weapon.lemma_.lower() not in WEAPON_HEADS and weapon.lower_ not in WEAPON_HEADS:
        return None
    for verb in weapon.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if agent is not None:
                return agent
    for prep in (c for c in weapon.children if c.dep_ == "prep" and c.lower_ == "from"):
        source = next((g for g in prep.children if g.dep_ == "pobj"), None)  # "a missile from a Ukrainian air defence unit"
        if source is not None and (source.lemma_.lower() in LAUNCHING_BODIES or _is_aircraft_word(source)):
            return source
    return None


# What a weapon comes "from" when that names who fired it (not "from the ground", "from the east").
LAUNCHING_BODIES = {
    "unit", "battery", "crew", "troop", "force", "gunner", "soldier", "battalion", "brigade", "regiment", "squadron",
    "cruiser", "destroyer", "frigate", "warship", "ship", "launcher", "position",
}  # fmt: skip


def _party_cue(head: Token, sentence: Span, speaker: str | None, stance: str | None = None) -> list[Cue]:
    """The party a noun phrase names: itself, the owner of its weapon, or the speaker behind a pronoun."""
    lemma = head.lemma_.lower()
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.pos_ == "PRON" or (owner is not None and owner.pos_ == "PRON"):
        if head.lower_ in ("he", "she", "who", "i"):
            return []
        if not speaker:  # "the rebels of X affirm that their fighters shot it down"
            antecedent = _antecedent(head)
            if antecedent is not None:
                return _party_cue(antecedent, sentence, None, "claimed")
            pronoun = head if head.pos_ == "PRON" else owner  # "it had", "its fighters had"
            group = pronoun_owner(pronoun.text, doc_text(sentence.doc)[: sentence.start_char])  # "The BLA ... It said"
            claimed = any(t.lemma_.lower() in SPEECH_LEMMAS for t in head.ancestors)
            return [_cue(head, head, group, sentence, "claimed" if claimed else stance)] if group else []
        return _speaker_cue(head, sentence, speaker)
    described = any(c.lemma_.lower() in GROUP_NOUNS for c in head.children if c.i < head.i)  # "rebel fighters"
    phrase = head.doc[_phrase_bounds(head)[0] : _phrase_bounds(head)[1] + 1]
    if head.lower_ in ("fighter", "fighters") and party_name(_words_as_written(phrase)) and not any(
        _is_aircraft_word(t) for t in head.subtree if t.i < head.i
    ):
        described = True  # "Arakan Army fighters", "Turkish fighters": either men or jets, the party is the one named
    name = " ".join(t.text for t in head.subtree if t.dep_ == "compound" or t == head)
    weaponry = lemma in WEAPON_HEADS or head.lower_ in WEAPON_HEADS or _names_weapon(name)  # "Israel's Iron Dome"
    if not described and (weaponry or _is_aircraft_word(head)):
        # "a Houthi missile", "a Ukrainian S-200 missile", "an Iraqi MiG-25's missile", "Ukrainian air defences"
        made = False  # "an Israeli-made Spyder missile": the maker, then the product's name; neither fired it
        for token in (t for t in head.subtree if t.i < head.i):
            if token.dep_ == "det" or _is_aircraft_word(token) or weapon_cue(token.text) or _model_suffix(token):
                continue
            if MADE_IN.match(token.doc[token.i + 1 : token.i + 3].text):
                made = True
                continue
            if token.dep_ == "poss" and speaker and (token.pos_ == "PRON" or token.lower_ in ANAPHORIC_GROUP):
                return _speaker_cue(token, sentence, speaker)
            party = country_of(token.text) or (token.pos_ == "PROPN" and not made) or token.lower_ in GROUP_NOUNS
            last = token  # "the Zambezi Liberation Front's air defences" (not "a Ukrainian S-200 missile")
            while token.pos_ == "PROPN" and not country_of(token.text) and last.i + 1 < head.i and _name_goes_on(last.nbor()):
                last = last.nbor()
            name = party_name(token.doc[token.i : last.i + 1].text) if party else None  # "coalition jets"
            if name:
                return [_cue(token, last, name, sentence, stance)]
        if speaker and lemma in OWNERLESS_DEFENCES and not any(c.dep_ == "poss" for c in head.children):
            return _own_unit(head, sentence, speaker)
        return []
    if (lemma in GENERIC_FORCE or lemma in SPEAKER_SIDE) and lemma not in GROUP_NOUNS and not described and not _has_proper(head):
        return _speaker_cue(head, sentence, speaker) if speaker else []
    first, last = _phrase_bounds(head)
    name = party_name(_words_as_written(sentence.doc[first : last + 1]))
    if not name:
        return []
    proper = [w for w in name.split() if w[:1].isupper()]
    if speaker and lemma in GENERIC_FORCE and proper and all(weapon_cue(w) for w in proper):
        return _speaker_cue(head, sentence, speaker)  # "a Buk crew", "an S-300 battery": the speaker's own
    return [_cue(sentence.doc[first], sentence.doc[last], name, sentence, stance)]


def _impact(verb: Token) -> bool:
    """ "before it hit the water": a falling aircraft's impact, not a shooting."""
    return any(c.dep_ == "dobj" and any(re.fullmatch(TERRAIN, t.text, re.I) for t in c.subtree if t.i <= c.i) for c in verb.children)


# "the group's air defences" in a group's own statement: the speaker.
ANAPHORIC_GROUP = {"group", "movement", "organisation", "organization", "militia"}


def _name_goes_on(token: Token) -> bool:
    return token.pos_ == "PROPN" and not weapon_cue(token.text) and not _is_aircraft_word(token)


def _mistaken_aircraft(verb: Token, sentence: Span, aircraft: list[tuple[int, int]]) -> bool:
    """ "mistook the jet for ...", "the jet ... had been mistaken for ...": an aircraft taken for an enemy."""
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and verb.dep_ == "conj":  # "the jet had taken off ... and had been mistaken for"
        patients = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_is_aircraft(p, sentence, aircraft) for p in patients)


def _model_suffix(token: Token) -> bool:
    """ "S1" of "Pantsir-S1": part of a weapon's name, not a party."""
    return token.i >= 2 and token.nbor(-1).text == "-" and weapon_cue(token.nbor(-2).text) is not None


def _own_unit(head: Token, sentence: Span, speaker: str) -> list[Cue]:
    """ "air defences", "a Pantsir-S1 battery" with no owner, in a state's telling: "Libyan air defences"."""
    first = min([t.i for t in head.subtree if t.i < head.i and t.dep_ != "det"] + [head.i])
    unit = head.doc[first : head.i + 1].text
    name = speakers_unit(speaker, unit)
    if not name:
        return []
    start, end = head.doc[first].idx - sentence.start_char, head.idx + len(head.text) - sentence.start_char
    return [Cue(start, end, name, stance="claimed", source=speaker)]


def _speaker_cue(token: Token, sentence: Span, speaker: str) -> list[Cue]:
    name = party_name(speaker) or pronoun_owner(speaker, doc_text(sentence.doc)[: sentence.start_char])  # "their spokesman"
    if not name:
        return []
    found = sentence.text.lower().find(speaker.lower())
    start = found if found >= 0 else token.idx - sentence.start_char
    end = start + len(speaker) if found >= 0 else start + len(token.text)
    return [Cue(start, end, name, stance="claimed", source=speaker)]


def _antecedent(pronoun: Token) -> Token | None:
    """The party a pronoun in a clause points back to: the noun a relative clause hangs on, or the
    subject of the verb above."""
    verb = pronoun.head if pronoun.dep_ == "poss" else pronoun
    verb = verb.head
    for node in [verb, *verb.ancestors]:
        if node.pos_ in ("NOUN", "PROPN") and node.i < pronoun.i:
            return node
        subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i < pronoun.i and c.pos_ != "PRON"), None)
        if subject is not None:
            return subject
    return None


def _words_as_written(span: Span) -> str:
    """The span's words, a sentence-initial common noun lower-cased ("Gunmen fired" → "gunmen")."""
    first = next((t for t in span.sent if not t.is_space), None)
    common = first is not None and (
        first.lower_ in GROUP_NOUNS | GENERIC_FORCE or (first.pos_ == "NOUN" and not country_of(first.text))
    )
    if common and first.i + 2 < len(first.doc) and first.nbor().dep_ == "case" and first.nbor(2).text[:1].isupper():
        common = False  # "People's Defence Force": a name that starts with a common noun
    return "".join(t.lower_ + t.whitespace_ if t == first and common else t.text_with_ws for t in span).strip()


def _cue(first: Token, last: Token, name: str, sentence: Span, stance: str | None) -> Cue:
    start = first.idx - sentence.start_char
    return Cue(start, last.idx + len(last.text) - sentence.start_char, name, stance=stance)


def _is_aircraft_word(token: Token) -> bool:
    return token.lemma_.lower() in AIRCRAFT_WORDS - {"one", "pilot", "crew"} or bool(re.match(r"^[A-Z][A-Za-z]*-\d", token.text))


def _has_proper(token: Token) -> bool:
    return any(t.pos_ == "PROPN" or country_of(t.text) for t in token.subtree if t.i < token.i)


SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "mouthpiece"}


def _phrase_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase around `head`, without relative clauses, appositions or trailing prepositions
    other than "of" / "loyal to"."""
    first = head.left_edge.i
    floor = dateline_end(head.sent)
    while first < head.i and head.doc[first].idx < floor:
        first += 1
    last = head.i
    for token in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if not head.is_ancestor(token):
            break  # a misparse can stretch the subtree over the verb
        branch = token if token.head == head else next(a for a in token.ancestors if a.head == head)
        if branch.dep_ in ("relcl", "appos", "acl", "punct", "cc", "conj"):
            break  # the subject of a relative clause belongs to the clause: "claims [it shot down ...]"
        if branch.dep_ == "prep" and branch.lower_ not in ("of", "to") and not (branch.lower_ == "for" and head.lemma_.lower() in SPEAKS_FOR):
            break  # "a spokesman for the group" is the group's voice
        if token.dep_ == "punct" and token.text not in ("-", "'", "’"):
            break
        last = token.i
    return first, last


def _trim_name(name: str) -> str:
    name = name.strip(" \"“”'‘’")
    name = re.split(r"\s+(?:on|in|at|near|over|after|while|when|during|by|with|for|and|from|as|that|which)\b|[,.;:]", name)[0]
    name = re.sub(r"[’']s$", "", name.strip())
    return name.strip()

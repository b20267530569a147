"""Casualty counts in one sentence: killed, wounded, missing, captured and on board.

A count is a number (digits or words, "a", "both", "all five") before a noun for people
("crew members", "pilots", "passengers"); counts joined by "and" add up ("three crew members and
two officers" is five). The count belongs to whichever outcome word governs it: "killing N",
"N were killed", "left N dead", "carrying N", "N remain in hospital". Other shapes:

- a part of a whole: "38 of the 67 people on board were killed", "one of its two crew members";
- a crew size: "the two-man crew", "a crew of four";
- no noun: "killing all five", "Five killed as ...";
- a rising toll: "a fifth soldier has died" is five dead;
- nobody: "no one was killed", "no casualties", "both crew ejected and were unhurt", "all personnel are
  safe" give 0;
- the rest died: "of the 16 on board, only the engineer survived" is 15 dead;
- a finding, not a fear: "declared all ten dead", "martyred", "laid to rest" count; "feared dead",
  "presumed dead", a condition ("if the pilot was dead") and an open lower bound of bodies do not;
- the crew's size: "the crew numbered four", "alone on board", "with no passengers" after a crew count.

"all"/"both" make a count the whole crew, hence also the number on board. A count inside an aside
("All four crew - two pilots and two gunners - died") is its breakdown and is not counted again.
Running totals ("at least eight servicemen since September", "the toll rose to") are not an
incident's casualties and are skipped. Where the patterns find nothing for a field, the dependency
parse ties a count to its verb however far apart they stand (`parsed_cues`). Vague words follow the ACLED coding convention: "dozens"
counts as 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NUMBER_WORDS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "lone": 1, "two": 2, "both": 2, "pair": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 12, "a dozen": 12, "half a dozen": 6,
}  # fmt: skip
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
PEOPLE = (
    r"(?:co-?pilots?|pilots?|crew[\s-]?members?|crewmembers?|crewm[ae]n|crew|officers?|soldiers?|servicem[ae]n|"
    r"service\s?members?|troops|passengers?|peoples?|persons?|occupants?|airmen|aviators?|personnel|navigators?|"
    r"technicians?|gunners?|loadmasters?|engineers?|mechanics?|marines?|paratroopers?|civilians?|villagers?|residents?|farmers?|"
    r"workers?|bystanders?|pedestrians?|motorists?|drivers?|spectators?|onlookers?|passers-?by|aircrew|aircrewm[ae]n|cadets?|trainees?|instructors?|"
    r"(?:wom[ae]n|m[ae]n|girls?|boys?|child|babies|baby|infants?|toddlers?|teenagers?|youths?|relatives|"
    r"family members|parents|mothers?|fathers?|sons?|daughters?|brothers?|sisters?|wives|wife|husbands?)(?![\w-])|"
    r"children|members|flight attendants?|sailors?|paramedics?|medics?|nurses?|doctors?|patients?|tourists?|hikers?|journalists?|"
    r"others?(?!\s+(?!(?:seriously|badly|critically|severely|gravely|slightly|lightly)\b)[a-z])|aboard|on board|on the ground)"
)
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_BELOW_HUNDRED = rf"(?:{_TENS})(?:-(?:{_ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_ONES}"
# "forty-two", "a hundred", "two hundred and five": read whole, not as their last word
COMPOUND_NUMBER = rf"(?:(?:a|{_ONES})\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED}))?|(?:{_TENS})-(?:{_ONES}))"
NUMBER = rf"(?:(?<![\w./-])\d{{1,4}}|{COMPOUND_NUMBER}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# "a total of 12 people" is 12, not 1; "May 4 (AP) - Three soldiers" is three: no number or lone dash between
MODIFIERS = rf"(?:(?!total\s+of\b|(?:{NUMBER})\s)[A-Za-z0-9][A-Za-z0-9-]*\s+){{0,3}}?"
COUNT = rf"(?<!\bno\s)(?:all\s+(?:the\s+)?|at least\s+|a total of\s+|some\s+|about\s+|around\s+)?\b{NUMBER}\s+{MODIFIERS}{PEOPLE}\b"
ABOARD = r"(?:\s+(?P<aboard>on board|aboard|onboard))?"
COUNTS = re.compile(rf"{COUNT}{ABOARD}(?:\s*(?:,|and|, and|as well as)\s+{COUNT}(?:\s+on the ground)?)*", re.IGNORECASE)
SINGLE_COUNT = re.compile(rf"(?<!\bno\s)\b(?P<number>{NUMBER})\s+{MODIFIERS}(?P<noun>{PEOPLE})\b", re.IGNORECASE)
# "38 of the 67 people on board", "one of its two crew members", "three members of the four-man crew"
PART = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:(?:members?|people|{PEOPLE})\s+)?(?:out\s+)?of\s+(?:the|its|their|all)\s+"
    rf"(?:(?P<m>{NUMBER})(?:-(?:man|member|strong|person))?\s+)?{MODIFIERS}(?P<noun>{PEOPLE})(?:\s+and\s+{PEOPLE})?\b"
    r"(?P<aboard>\s+(?:on board|aboard|onboard)\b)?",
    re.IGNORECASE,
)
# "the two-man crew", "a crew of four" (not "the crew of a passing boat"), "a crew of two and three passengers"
CREW_SIZE = re.compile(
    rf"\b(?P<n>{NUMBER})-(?:man|member|person|strong)\s+crew\b|\bcrew\s+(?:of|was|were|numbered|totall?ed|consisted of|comprised)\s+"
    rf"(?!an?\b)(?P<m>{NUMBER})\b(?!\s+(?:of|per|percent|hours?|days?|years?|times)\b)(?:\s+{PEOPLE}\b)?"
    rf"(?:,?\s+and\s+(?P<more>{NUMBER})\s+{MODIFIERS}{PEOPLE}\b)?",
    re.IGNORECASE,
)

NO_NOUN = re.compile(
    rf"\b(?:killing|killed)\s+(?P<total>all\s+|both\s+)?(?P<n>{NUMBER})\b(?=\s*(?:[,.;:]|$|on board|aboard|people\b))"
    rf"|(?:^|[,:;]\s+|\b(?:in total|in all|altogether),?\s+|\b(?:leaving|left)\s+)(?P<lead>{NUMBER})\s+(?:(?:people|are|were|reported)\s+)*(?:killed|dead|martyred)\b",
    re.IGNORECASE,
)
RISING_TOLL = re.compile(
    rf"\b(?:a|the)\s+(?P<ord>{'|'.join(ORDINALS)})\s+{MODIFIERS}{PEOPLE}\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|now\s+)?"
    r"(?:died|been killed|was killed|succumbed)",
    re.IGNORECASE,
)
BODIES = re.compile(
    rf"(?<!more than )(?<!over )(?<!upwards of )\b(?P<n>{NUMBER})\s+(?:[a-z-]+\s+)?bodies\b|\bbodies\s+of\s+(?:(?P<all>all\s+)?(?:the\s+|its\s+|their\s+)?)?(?:(?:other|missing)\s+)?(?P<of>{NUMBER})\s+"
    rf"(?:of\s+(?:the|its|their)\s+{NUMBER}\s+)?{MODIFIERS}{PEOPLE}(?P<aboard>[^,;.]{{0,25}}?\b(?:on board|aboard|onboard)\b)?",
    re.IGNORECASE,
)
WITH_INJURIES = re.compile(
    rf"(?:,|\band)\s+(?P<n>{NUMBER})\s+(?:of them\s+)?with\s+(?:minor|light|serious|severe|critical|slight)?\s*"
    r"(?:injuries|wounds|burns)\b",
    re.IGNORECASE,
)
# "no spectators or ground staff were hurt", "no passengers": a kind of people, none of them harmed
NOBODY_NOUN = (
    r"(?:(?:ground|airport|school|local)\s+)?(?:people|persons?|civilians?|residents?|passengers?|crew(?:\s?members?)?|"
    r"spectators?|bystanders?|onlookers?|villagers?|pedestrians?|motorists?|passers-?by|staff|workers?|students?|pupils?|"
    r"children|soldiers?|troops|personnel|occupants?|crowds?)"
)
# people who were not aboard: none of them hurt says nothing of the crew's deaths
GROUND_PEOPLE = re.compile(
    r"\b(?:spectators?|bystanders?|onlookers?|villagers?|pedestrians?|motorists?|passers-?by|staff|workers?|students?|"
    r"pupils?|children|residents?|civilians?|crowds?|on (?:the )?ground)\b", re.I
)
NOBODY = re.compile(
    r"\b(?:no one|no-one|nobody|none|neither(?:\s+of\s+them|\s+(?:the\s+)?[a-z-]+)?"
    rf"|no\s+(?:other\s+)?{NOBODY_NOUN}(?:\s+(?:or|and|nor)\s+{NOBODY_NOUN})?)\s+"
    r"(?:(?:else|on board|aboard|on (?:the )?ground|was|were|has|had|have|been|reportedly|seriously|badly)\s+)*"
    r"(?P<what>killed|died|dead|hurt|injured|wounded|harmed)\b"
    r"|\b(?:no|without)\s+(?:any\s+|reported\s+)?(?P<none>casualties|victims|deaths|fatalities|loss of life|injuries|injury)\b",
    re.IGNORECASE,
)
UNHURT = re.compile(
    r"\b(?P<unhurt>unhurt|uninjured|unharmed|unscathed|not (?:been )?(?:hurt|injured|harmed)|without (?:a scratch|injury|injuries))\b"
    # a safe ejection is an unhurt one (gold/README): "ejected safely", "ejected and were recovered safely"
    r"|\b(?P<safe>eject(?:ed|s)?\s+safely|safely\s+eject(?:ed|s)?|(?:ejected|bailed out)\b[^.;]{0,60}?\b(?:rescued|recovered|picked up)\s+safely)\b"
    r"|\b(?:ejected|bailed out)\b[^.;]{0,60}?\band\s+(?:was|were)\s+(?:\w+\s+)?(?:rescued|recovered|picked up|captured|taken prisoner)\b"
    r"|\b(?:survived|walked away|(?:got|made it|climbed|scrambled) out(?! of (?:control|fuel))|(?:rescued|recovered|found|picked up)\s+alive)\b"
    r"|\b(?:personnel|crews?|pilots?|passengers|occupants|everyone|all|both)\s+(?:are|were|is|was)\s+(?:all\s+|both\s+)?safe\b",
    re.IGNORECASE,
)
# "None of the 21 people on board survived", "no one survived": a survival word that says the opposite
NOT_SURVIVED = re.compile(r"\b(?:none|no one|no-one|nobody|not one|neither|not|n't|never|only)\b[^,;]{0,60}$", re.I)
MODAL = re.compile(r"\b(?:could|would|might|may|can)\s+(?:not\s+)?(?:have\s+)?$", re.I)  # "could have survived"
NONE_SURVIVED = re.compile(
    rf"\b(?:none|not one|no one)\s+of\s+(?:the|its|their|all)\s+(?P<m>{NUMBER})\s+{MODIFIERS}(?:{PEOPLE})"
    r"(?:\s+(?:on board|aboard|onboard))?\s+(?:\w+\s+)?survived\b",
    re.IGNORECASE,
)
# asides: "- two pilots and two gunners -", "(FAMa)", ", Lieutenant Commander Scott Speicher,"
ASIDE = re.compile(
    r"\s[-–—]\s[^-–—.;]{1,80}?\s[-–—]\s|\s\([^()]{1,80}\)|,\s(?:including|among them)\s[^,;.]{1,60},|(?<=[a-z]),(?:\s[A-Z][\w.'’-]*){1,6}(?:\sand(?:\s[A-Z][\w.'’-]*){1,6})?,(?=\s[a-z])"
)
# "Both crew members, an instructor and a student, ejected": the people of a counted group named one by one
BREAKDOWN = re.compile(
    rf"(?P<group>\b(?:all|both|the\s+{NUMBER}|{NUMBER})\s+{MODIFIERS}(?:{PEOPLE}|survivors)(?:\s+(?:on board|aboard|onboard))?)"
    r",\s(?:an?|the|his|her|its|\d+|[a-z]+)\s[^;.]{1,60}?\band\s[^,;.]{1,40},(?=\s(?!and\b|or\b)[a-z])",
    re.IGNORECASE,
)

# "badly hurt", "seriously injured": how hurt, not whether
HURT_DEGREE = r"(?:seriously|badly|critically|severely|gravely|slightly|lightly|moderately|mildly|superficially)"
AUXILIARIES = (  # words between a count and its outcome, and a relative clause: "aboard flight X, which was ..., died"
    r"^\s*,?\s*(?:(?:were|was|have|has|had|been|are|is|all|both|also|still|reportedly|later|now|confirmed|pronounced|declared|"
    r"found|to be|on board|aboard|onboard|on the ground|in the crash|later|who|(?:survived|escaped|ejected)\s+(?:and|but))\s+"
    r"|flight\s+[A-Z]*\d+\w*\s*"
    # "of the helicopter that came down near X": a noun with its relative clause before the verb
    r"|of\s+(?:the|its|their|an?)\s+[^,;.]{1,40}?\s(?:that|which)\s[^,;.]{1,60}?\s(?=(?:were|was)\s)"
    # "whose helicopter plunged into the sea off the coast are dead": a relative clause without commas
    r"|(?:whose|who|that)\s[^,;.]{1,100}?\s(?=(?:are|were|was|is|have|has|had|remain|remains|remained)\s))*"
    r"(?:,\s(?:which|who)\s[^,;]{1,60},\s)?"
)
AFTER = {
    "killed": re.compile(
        AUXILIARIES + r"(killed|dead|died|perished|martyred|(?:embraced|attained|achieved)\s+(?:martyrdom|shahadat)|succumbed|(?:were|was)\s+laid\s+to\s+rest|(?:lost|sacrificed|gave) (?:their|his|her) lives?|(?:did not|didn't|failed to) survive|fatalit"
        r"|(?:suffered|sustained|received)\s+fatal\s+(?:injuries|wounds|burns)|fatally\s+(?:injured|wounded|hurt))",
        re.I,
    ),
    "wounded": re.compile(
        AUXILIARIES + rf"(?:{HURT_DEGREE}\s+)?" + r"(wounded|injured|hurt\b|hospitali[sz]ed|(?:(?:remain(?:s|ed)?|are|is|were|was)\s+)?(?:still\s+)?(?:under|receiving)\s+(?:medical\s+)?treatment|recover(?:s|ed|ing)?\s+from\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:injur|wound|burns|broken|fractur)|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|(?:(?:remain|recover|treat)(?:ed|s|ing)?\s+(?:at\s+)?|being\s+(?:treated\s+)?)?"
        r"(?:in|taken to|admitted to|flown to|rushed to|evacuated to)\s+(?:a\s+)?(?:[\w-]+\s+)?hospital"
        r"|(?:had|suffered|sustained|received)\s+(?:a\s+|an\s+)?(?:(?!fatal\b)[\w-]+\s+){0,2}(?:injur|wound|burns)"
        r"|treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:injur|wound|burns|broken|fractur|cuts\b|bruis|lacerat)"
        r"|(?:(?!no\b|not\b|without\b)[\w-]+\s+){1,5}?with\s+(?:(?!no\b)[\w-]+\s+)?(?:injuries|wounds|burns)\b)",
        re.I,
    ),
    "missing": re.compile(AUXILIARIES + r"(missing|unaccounted)\b", re.I),
    "captured": re.compile(AUXILIARIES + r"(captured|taken prisoner|taken captive|seized)\b", re.I),
    # "the pilot and a medic who were on board": the people named are those aboard
    "on_board": re.compile(r"^\s*(?P<verb>were\s+|was\s+|,?\s*(?:who|that)\s+(?:were|was|had been)\s+)?(on board|aboard|onboard)\b", re.I),
}
BEFORE = {
    "killed": re.compile(
        r"\b(killing|killed|kills|the (deaths?|killing) of|claim(ed|ing)? the lives of)\s+(?P<whole>all\s+|its\s+|their\s+)?$", re.I
    ),
    "wounded": re.compile(r"\b(wounding|injuring|injured|wounded)\s+(?:all\s+|both\s+)?(?:the\s+|its\s+|their\s+)?$", re.I),
    "on_board": re.compile(r"\b(carrying|carried|with|transporting|ferrying|fly|flying|flew|had|there (?:was|were|are|is))\s+$", re.I),
}
EVERYONE = re.compile(
    r"\b(?:killing|killed)\s+(?:everyone|everybody|all those|all the people)\s+(?:on board|aboard)\b"
    r"|\b(?:no one|no-one|nobody|none|not one)\s+(?:of them\s+)?(?:\w+\s+)?(?:survive[sd]?|made it out alive)\b"
    r"|\b(?:there were|with|leaving)\s+no\s+survivors\b|\bno survivors\s+(?:were|have been)\s+found\b",
    re.I,
)
# "ten of those on board were killed and the rest were injured": the others aboard, hurt
REST_HURT = re.compile(
    r"\b(?:the|all the)\s+(?:rest|others|remainder|remaining\s+\w+)\s+(?:were|was|had been|have been)\s+"
    r"(?:\w+\s+)?(?:injured|wounded|hurt)\b",
    re.I,
)
EVERYONE_ABOARD = re.compile(r"(?:killing|killed)\s", re.I)
LIVED = re.compile(r"[^,;.]{0,40}?\b(?:survived|escaped|walked away)\b", re.I)  # the part's own verb, in its clause
NO_SURVIVORS_AMONG = re.compile(
    rf"\bno\s+survivors\s+(?:among|from|of)\s+(?:the|its|their|all)\s+(?P<who>{COUNT}(?:\s*(?:,|and|, and)\s+{COUNT})*)"
    r"(?P<aboard>\s+(?:on board|aboard|onboard)\b)?",
    re.I,
)
NONE_OF_THEM = re.compile(r"\s*(?:none|no one|not one)\s+of\s+them\s+(?:\w+\s+)?survived\b", re.I)
WHOM = re.compile(r"^,?\s*(?P<who>both|all|each)\s+of\s+whom\b[^.;]{0,40}?\b(killed|dead|died)\b", re.I)
SURVIVED = re.compile(
    AUXILIARIES + r"(?P<verb>ejected|bailed out|survived|walked away|escaped|rescued|recovered|picked up|evacuated"
    r"|(?:got|climbed|scrambled|made it)\s+out(?!\s+of\s+(?:control|fuel)))\b", re.I
)
# "two died and three survived": the dead and the survivors are everyone aboard
SPLIT = re.compile(
    rf"\b(?P<a>{NUMBER})\s+(?:{MODIFIERS}{PEOPLE}\s+|of\s+them\s+)?(?:died|perished|were\s+killed)\s*,?\s+(?:and|while|but)\s+"
    rf"(?P<b>{NUMBER})\s+(?:others?\s+|{MODIFIERS}{PEOPLE}\s+)?survived\b",
    re.IGNORECASE,
)
BOTH = re.compile(r"(?:^|[.;:]\s+)(?P<both>both)\b(?=\s+(?:were|had|suffered|sustained|died)\b)", re.I)  # pronoun
EXTRA_ONE = re.compile(  # "three were killed and a fourth was injured": one more
    rf"\b(?:with|and|while)\s+(?P<number>another|one more|one other|the other|a further|a (?:{'|'.join(ORDINALS)})|{NUMBER})"
    r"(?:\s+others?)?\s+"
    r"(?:were\s+|was\s+|being\s+)?(?P<outcome>wounded|injured|hurt|missing|captured)\b",
    re.IGNORECASE,
)
ONE_ROLE = (
    r"(?:(?:student |instructor |test |flight |chief )?pilot|co-?pilot|first officer|captain|navigator|gunner|crew member|crewman|"
    r"(?:flight )?engineer|(?:flight )?(?:mechanic|technician)|crew chief|loadmaster|operator|sole occupant|instructor|"
    r"student|trainee|cadet|observer|winch ?man|flight attendant|cabin crew member|paramedic|medic|nurse|doctor)\b"
)
SINGLE_SEAT = re.compile(r"\b(?:single|one)-seat(?:er)?\b", re.I)
LEFT_CREW = re.compile(rf"\s+(?:{HURT_DEGREE}\s+)?(injured|wounded|hurt|dead)\b", re.I)
# "the sole occupant", "the only person on board", "with only its pilot aboard": one aboard
SOLE = re.compile(
    r"\b(?:sole|only|lone)\s+(?:occupant|person\s+(?:on board|aboard)|one\s+(?:on board|aboard))\b"
    rf"|\bwith\s+only\s+(?:the|its|a|her|his)\s+{ONE_ROLE}\s*(?:on board|aboard)\b"
    r"|\b(?:alone|solo)\s+(?:on board|aboard|in the (?:cockpit|aircraft|plane|jet|helicopter))\b"
    r"|\bflying\s+(?:it\s+|the\s+(?:[\w-]+\s+){1,2})?(?:alone|solo)\b",
    re.IGNORECASE,
)
# "the only two people on board", "the only three occupants": everyone aboard, counted
ONLY_ABOARD = re.compile(
    rf"\bonly\s+(?P<n>{NUMBER})\s+(?:people|persons|occupants|crew(?:\s?members)?|crewmen|pilots|ones)\s+(?:on board|aboard|onboard)\b"
    rf"|\bthe\s+only\s+(?P<m>{NUMBER})\s+occupants\b",
    re.IGNORECASE,
)
ONE_PERSON = rf"(?:the|its|a|one|his|her)\s+(?:[A-Za-z-]+\s+)?{ONE_ROLE}"
# "the pilot ejected safely before the impact and suffered minor injuries", "... and was found injured"
ONE_PERSON_WOUNDED = re.compile(
    rf"\b{ONE_PERSON}\s+(?:[^,;.]{{0,60}}?\b(?:and|but)\s+)?(?:(?:was\s+|is\s+)?(?:(?!not\b|never\b)\w+\s+){{0,2}}"
    r"(?:injured|wounded|hurt)\b"
    r"|(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}(?:injuries|wounds|burns|cuts|bruises|fractures|concussion)\b"
    r"|(?:suffered|sustained|received)\s+(?:an?\s+)?(?:\w+\s+)?(?:broken|fractured|dislocated)\s+\w+"
    r"|(?:is\s+|was\s+)?recovering\s+from\s+(?:an?\s+)?(?:\w+\s+)?(?:injur|wound|burns|broken|fractur)"
    r"|(?:(?!no\b|not\b|without\b)[\w-]+\s+){1,3}?with\s+(?:(?!no\b)[\w-]+\s+){0,2}(?:injuries|wounds|burns|cuts|bruises)\b)",
    re.I,
)
# "the pilot ejected", "forcing its pilot to eject", "the pilot and the navigator ejected": alive, unless a toll is given
EJECTED = re.compile(rf"\b{ONE_ROLE}s?\s+(?:(?!failed|unable|not|never|no)[\w-]+\s+){{0,3}}?(?:to\s+)?eject(?:ed|s)?\b", re.I)
# "the pilot and the navigator", "its pilot, co-pilot and gunner", "the pilot and two others": one person per role
ROLES = re.compile(
    rf"\b(?:(?:the|its|their|a|his|her)\s+)?{ONE_ROLE}(?:(?:\s*,\s*|\s{{3,}})(?:(?:the|its|a)\s+)?{ONE_ROLE})*,?\s+and\s+"  # a wide gap: a masked name
    rf"(?:(?:(?:the|its|their|a|his|her)\s+)?{ONE_ROLE}|(?P<others>{NUMBER})\s+(?:{MODIFIERS}{PEOPLE}\b|others?\b))",
    re.I,
)
ONE_PERSON_KILLED = re.compile(
    rf"\b(?:killing|killed|the death of)\s+{ONE_PERSON}|\b{ONE_PERSON}\s+(?:who\s+|that\s+)?(?:was\s+|is\s+)?"
    r"(?:killed|died|dead|perished|martyred|(?:lost|sacrificed|gave)\s+(?:his|her)\s+life)\b"
    rf"|\b{ONE_ROLE}\s+(?:killed|dies|dead)\b",  # a headline: "Su-25 pilot killed on combat sortie"
    re.IGNORECASE,
)
# "the body of the pilot was found": one dead
BODY_OF_ONE = re.compile(rf"\bbody\s+of\s+{ONE_PERSON}", re.I)
# "a third crew member survived with burns", "two passengers survived with serious injuries": alive and hurt
SURVIVED_HURT = re.compile(r"\bsurvived\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|burns|wounds|fractures)\b", re.I)
SINGLE_PERSON = re.compile(rf"\b(?:{ONE_PERSON}|(?:a|an|one|the|another)\s+(?:[\w-]+\s+){{0,2}}?(?:member|crewman|soldier|passenger|person|occupant))\b", re.I)
# a death told beside a survival: "both ejected, but the navigator was killed"
DEATH_WORD = re.compile(r"\b(?<!no one )(?<!nobody )(?<!not )(?:killed|died|dead|perished)\b", re.I)
# "the three crew died along with six passengers", "the pilot was killed along with his co-pilot": one toll
_SIDE = rf"(?:{COUNT}|{ONE_PERSON})"
ALONG = re.compile(
    rf"(?P<a>{_SIDE})\s+(?:(?:was|were|had been|have been|also)\s+)?(?:killed|died|perished|lost (?:their|his|her) lives?)"
    rf"\s+(?:along|together)\s+with\s+(?P<b>{_SIDE}|{NUMBER}\s+others?\b)",
    re.IGNORECASE,
)
# "killing a woman who was selling fruit": one person, named by a word for anyone
ONE_OTHER_KILLED = re.compile(
    r"\b(?:killing|killed)\s+an?\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|person|civilian|villager|farmer|"
    r"resident|bystander|pedestrian|passer-by|soldier|passenger|worker)\b(?!\s+(?:and|or)\b)",
    re.I,
)
# "the three injured were taken to hospital": a count used as a noun
NOMINAL = re.compile(rf"\b(?:the|all)\s+(?P<n>{NUMBER})\s+(?P<what>injured|wounded|dead)\b(?!\s+{PEOPLE})", re.I)
RUNNING_TOTAL = re.compile(
    r"\b(so far|to date|toll (has |had )?(rose|risen|climbed|increased)|"
    r"bring(s|ing)? the (number|toll|total)|in recent (days|weeks|months|years)|over the past|this year)\b",
    re.I,
)
SINCE = re.compile(r"\bsince\b", re.I)
# the toll of the fighting on the ground, not of the aircraft: "a day after shelling killed 12 soldiers",
# "where clashes have left 30 civilians dead", "nine soldiers were killed in the fighting"
GROUND_FIGHTING = (
    r"(?:shelling|fighting|clashes|bombardments?|artillery(?: fire)?|air ?strikes?|bombings?|raids?|offensive|"
    r"violence|battles?|combat|gunfire|ambush(?:es)?|shootouts?|skirmish(?:es)?|insurgency|street battles)"
)
GROUND_TOLL_BEFORE = re.compile(
    rf"\b{GROUND_FIGHTING}\b[^,;.]{{0,40}}?\b(?:killed|kills|left|claimed the lives of|wounded|injured)\s+$", re.I
)
GROUND_TOLL_AFTER = re.compile(
    rf"^\s+(?:\w+\s+){{0,3}}?(?:killed|wounded|injured|dead|died|hurt)\s+(?:in|during|amid)\s+(?:the\s+)?(?:\w+\s+)?"
    rf"{GROUND_FIGHTING}\b",
    re.I,
)
# the toll of an earlier loss the sentence compares with: "after a March accident that killed 14 people"
EARLIER_TOLL = re.compile(
    r"\b(?:earlier|previous|prior|similar|another|last year's|(?:19|20)\d\d|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\s+(?:[\w-]+\s+)?(?:crash|accident|attack|incident|downing|"
    r"collision|disaster)\s+(?:that|which|in which)\s+(?:\w+\s+){0,2}?(?:killed|left|claimed)\s+(?:all\s+)?$",
    re.I,
)
SUPERLATIVE = re.compile(r"\b(\w+est|most\s+\w+|worst|first)\b[^,;]{0,30}$", re.I)
# "a woman injured in the crash died in hospital": hurt first, dead in the end
HURT_THEN_DIED = re.compile(
    r"\s*,?\s*(?:who\s+(?:was|were|had been)\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)\b[^,;.]{0,100}?\b(?:died|has died|have died|"
    r"had died|succumbed|passed away)\b", re.I
)
# the Nth person aboard, told last: "the third man aboard, a sniper, was unhurt"
NTH_ABOARD = re.compile(
    rf"\bthe\s+(?P<ord>{'|'.join(ORDINALS)})\s+(?:(?:(?:person|man|woman|occupant|passenger|crew member|crewman)\s+)?"
    r"(?:on board|aboard|onboard)|member\s+of\s+(?:the|its|their)\s+crew)\b", re.I
)
# "one of the two surviving crew members": a whole that is only part of those aboard
SUBGROUP = re.compile(r"\b(?:surviving|remaining|injured|wounded|dead|missing|other)\b", re.I)
OUTCOME_FIELD = {"wounded": "wounded", "injured": "wounded", "hurt": "wounded", "missing": "missing", "captured": "captured"}
FIELD_ORDER = ("on_board", "killed", "wounded", "missing", "captured")


@dataclass(frozen=True)
class CasualtyCue:
    start: int  # offsets inside the sentence
    end: int
    field: str  # killed | wounded | missing | captured | on_board
    value: int


def number_value(word: str) -> int | None:
    """A number in digits or words ("12", "dozens", "forty-two", "two hundred and five"), else None."""
    word = " ".join(word.lower().split())
    if word.isdecimal():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if not re.fullmatch(COMPOUND_NUMBER, word):  # case-sensitive: "ſix" is no key of NUMBER_WORDS
        return None
    value = 0
    for part in re.split(r"[\s-]+", word):
        if part == "hundred":
            value *= 100
        elif part != "and":
            value += NUMBER_WORDS[part]
    return value


def count_value(phrase: str) -> int | None:
    """Sum of the counts in a phrase such as "three crew members and two officers"; a count followed
    by its breakdown ("176 people, 167 passengers and nine crew") is that count."""
    values = [number_value(match.group("number")) for match in SINGLE_COUNT.finditer(phrase)]
    if not values or None in values:
        return None
    if len(values) > 2 and values[0] == sum(values[1:]):
        return values[0]
    return sum(values) or None


def casualty_cues(text: str, span: Span | None = None) -> list[CasualtyCue]:
    """Every casualty count a sentence gives, with the outcome it belongs to. With the sentence's parsed
    `span`, a field the patterns miss is read from the parse (`parsed_cues`)."""
    masked = ASIDE.sub(lambda m: " " * len(m.group()), text)
    masked = BREAKDOWN.sub(lambda m: m.group("group").ljust(len(m.group())), masked)
    cues: list[CasualtyCue] = []
    taken: list[tuple[int, int]] = []
    alive: list[tuple[int, int]] = []  # counts told as survivors, whatever the parse says

    def add(start: int, end: int, field: str, value: int | None) -> None:
        if value is None or value > 5000 or CONDITION.search(masked[max(0, start - 80) : start]):
            return
        if not _running_total(masked, start, end) and not _other_toll(masked, start, end):
            cue = CasualtyCue(start, end, field, value)
            if cue not in cues:
                cues.append(cue)

    for match in PART.finditer(masked):
        part, whole = number_value(match.group("n")), match.group("m") and number_value(match.group("m"))
        outcomes = _outcomes(masked, match.start(), match.end())
        if LIVED.match(masked, match.end()):  # "six of the ten aboard a Let L-410 survived ...; four died"
            outcomes.add("survived")
            alive.append(match.span())
        for field in outcomes - {"on_board", "survived", "whole", *(("killed",) if "survived" in outcomes else ())}:
            add(match.start("n"), match.end("n"), field, part)
        crew = match.group("noun").lower().startswith(("crew", "aboard", "on board")) or match.group("aboard")
        if whole and (crew or outcomes) and not SUBGROUP.search(match.group()):
            add(match.start("m"), match.end(), "on_board", whole)
        elif match.group("n").lower() == "both" and outcomes & {"killed", "survived"}:
            add(match.start(), match.end(), "on_board", part)  # "both members of its crew were killed"
        if outcomes or whole:
            taken.append(match.span())
    for match in CREW_SIZE.finditer(masked):
        size = number_value(match.group("n") or match.group("m"))
        more = number_value(match.group("more")) if match.group("more") else 0
        end = match.end()
        while more is not None and (extra := MORE_ABOARD.match(masked, end)):  # "..., a medical team of three and one baby"
            more += number_value(extra.group("g") or extra.group("p")) or 0
            end = extra.end()
        add(match.start(), end, "on_board", None if size is None or more is None else size + more)
        left = LEFT_CREW.match(masked, end)
        if left and not more and re.search(r"\b(?:leaving|left)\s+(?:(?:its|the|their|a|all)\s+)?$", masked[: match.start()], re.I):
            # "leaving its crew of four injured": the whole crew hurt, so none dead
            hurt = left.group(1).lower() != "dead"
            add(match.start(), end, "wounded" if hurt else "killed", size)
            if hurt:
                add(match.start(), end, "killed", 0)
        taken.append((match.start(), end))
    if SINGLE_SEAT.search(masked) and re.search(r"\bpilot\b", masked, re.I):
        seat = SINGLE_SEAT.search(masked)
        add(seat.start(), seat.end(), "on_board", 1)  # the pilot of a single-seater is all aboard
    for match in SOLE.finditer(masked):
        add(match.start(), match.end(), "on_board", 1)
    for match in ONLY_ABOARD.finditer(masked):
        add(match.start(), match.end(), "on_board", number_value(match.group("n") or match.group("m")))
    for match in SPLIT.finditer(masked):
        dead, lived = number_value(match.group("a")), number_value(match.group("b"))
        add(match.start("a"), match.end("a"), "killed", dead)
        if dead is not None and lived is not None:
            add(match.start(), match.end(), "on_board", dead + lived)
        taken.append(match.span())
    for match in BOTH.finditer(masked):
        if not _inside(match.span("both"), taken):
            for field in _outcomes(masked, match.start("both"), match.end("both")) & {"killed", "wounded"}:
                add(match.start("both"), match.end("both"), field, 2)
    for match in NTH_ABOARD.finditer(masked):
        add(match.start(), match.end(), "on_board", ORDINALS[match.group("ord").lower()])
    for match in RISING_TOLL.finditer(masked):
        add(match.start(), match.end(), "killed", ORDINALS.get(match.group("ord").lower()))
        taken.append(match.span())

    def counted(start: int, end: int, value: int, whole: bool, aboard: int | None = None) -> None:
        """The cues of a count of people at masked[start:end]; `whole`: the count is everyone aboard."""
        outcomes = _outcomes(masked, start, end, whole)
        whole = whole or "whole" in outcomes
        for field in outcomes - {"survived", "whole"}:
            add(start, end, field, value)
        if whole and outcomes & {"killed", "survived"}:
            add(start, end, "on_board", aboard or value)  # not the civilians on the ground
        if whole and outcomes == {"survived"} and not DEATH_WORD.search(masked, end):
            add(start, end, "killed", 0)  # "both pilots ejected", "all six survived": the crew lived
        if "survived" in outcomes and re.search(r"\b(?:ejected|bailed out)\b", SURVIVED.match(masked[end:]).group(), re.I):
            add(start, end, "on_board", value)
        taken.append((start, end))

    for match in NONE_SURVIVED.finditer(masked):
        for field in ("killed", "on_board"):
            add(match.start("m"), match.end(), field, number_value(match.group("m")))
        taken.append(match.span())
    for match in ALONG.finditer(masked):
        sides = [count_value(match.group(side)) or 1 for side in ("a", "b")]
        add(match.start(), match.end(), "killed", sum(sides))
        taken.append(match.span())
    for match in ROLES.finditer(masked):
        others = number_value(match.group("others")) if match.group("others") else 0
        if others is not None:
            counted(match.start(), match.end(), len(re.findall(ONE_ROLE, match.group(), re.I)) + others, False)
    for match in COUNTS.finditer(masked):
        if _inside(match.span(), taken):
            continue
        if PART_OF.search(masked[: match.start()]):  # "the rest of the four people aboard": the whole, not who was hurt
            if match.group("aboard"):
                add(match.start(), match.end(), "on_board", count_value(masked[match.start() : match.start("aboard")]))
            taken.append(match.span())
            continue
        value = count_value(match.group())
        if not value:
            continue
        killing = BEFORE["killed"].search(masked[max(0, match.start() - 40) : match.start()])
        whole = match.group().lower().startswith(("all ", "both ")) or bool(killing and killing.group("whole"))
        whole = whole or bool(match.group("aboard") and DEFINITE.search(masked[: match.start()]))  # "the two pilots on board"
        if POSSESSIVE.search(masked[: match.start()]) and WHOLE_CREW.match(match.group()):  # "its eight crew got out unhurt"
            whole = whole or bool(_outcomes(masked, match.start(), match.end()) & {"killed", "survived"})
        if DEFINITE.search(masked[: match.start()]) and WHOLE_CREW.match(match.group()):  # "the four aircrew ... are dead"
            whole = whole or "killed" in _outcomes(masked, match.start(), match.end())
        aboard = match.group("aboard") and count_value(masked[match.start() : match.start("aboard")])
        ground = re.search(r"\s*(?:,|and|, and|as well as)\s+[\w-]+\s+on the ground\b", match.group(), re.I)
        if ground and not aboard:  # "all 88 aboard and three on the ground": those on the ground were not aboard
            aboard = count_value(match.group()[: ground.start()])
        counted(match.start(), match.end(), value + _one_before(text, match), whole, aboard)
    for match in NO_NOUN.finditer(masked):
        if _inside(match.span(), taken):
            continue
        group = "n" if match.group("n") else "lead"
        value = number_value(match.group(group))
        add(match.start(group), match.end(group), "killed", value)
        if match.group("total"):
            add(match.start(group), match.end(group), "on_board", value)
    for match in NAMED_DEAD.finditer(masked):
        if not any(c.field == "killed" for c in cues):
            listed = LIST_END.split(match.group("list") or match.group("list2"))[0]  # not ", where the jet fell"
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
            if KINDS_OF_PEOPLE.match(items[0]):
                continue  # "the dead were students of ...", "the victims were mostly children": who, not how many
            named = [item for item in items if re.search(r"\b[A-Z][a-z]", item) or ROLE_NOUN.search(item)]
            add(match.start(), match.end(), "killed", len(named) or None)
    for match in DEATHS.finditer(masked):
        if not any(c.field == "killed" for c in cues):
            add(match.start(), match.end(), "killed", number_value(match.group("n")))
    for match in DECLARED.finditer(masked):
        group = "count" if match.group("count") else "count2"
        add(match.start(group), match.end(group), "killed", number_value(match.group(group).split()[-1]))
    for match in THE_ABOARD.finditer(masked):
        others = re.search(r"\b(?:other|remaining|surviving|injured|wounded|dead)\b", match.group(), re.I)
        if not others and not any(c.field == "on_board" for c in cues):  # "the two other soldiers aboard": a part
            add(match.start("m"), match.end(), "on_board", number_value(match.group("m")))
    # "one of the survivors died in hospital, bringing the death toll to five": a death of this loss raised it
    about_loss = CRASH_WORD.search(masked) or re.search(r"\b(?:died|dies|killed|dead)\b", masked, re.I)
    number_killed = [m for m in NUMBER_KILLED.finditer(masked) if not MANY_LOSSES.search(m.group("gap"))]
    tolls = [*CRASH_TOLL.finditer(masked), *number_killed, *(TOLL_TO.finditer(masked) if about_loss else []),
             *(TOLL_ROSE.finditer(masked) if about_loss else [])]
    for match in tolls[:1]:  # its words are those of a running total: no check for one
        value = number_value(match.group("n"))
        if value is not None:  # the toll, not the deaths that raised it ("a second soldier died, raising ...")
            cues[:] = [c for c in cues if c.field != "killed"]
            cues.append(CasualtyCue(match.start("n"), match.end("n"), "killed", value))
    for match in BODIES.finditer(masked):
        add(match.start(), match.end(), "killed", number_value(match.group("n") or match.group("of")))
        if match.group("all") and match.group("aboard"):  # "the bodies of all 11 people who were aboard"
            add(match.start(), match.end(), "on_board", number_value(match.group("of")))
    for match in NOMINAL.finditer(masked):
        field = "killed" if match.group("what").lower() == "dead" else "wounded"
        if not any(c.field == field for c in cues):
            add(match.start("n"), match.end(), field, number_value(match.group("n")))
    parsed = parsed_cues(span) if span is not None else []
    for field, pattern in (("killed", ONE_PERSON_KILLED), ("killed", ONE_OTHER_KILLED), ("killed", BODY_OF_ONE),
                           ("wounded", ONE_PERSON_WOUNDED)):
        single = pattern.search(masked)
        several = any(c.field == field and c.value > 1 for c in parsed)  # "killing its pilot X and its mechanic Y"
        if single and not several and not any(c.field == field for c in cues):
            add(single.start(), single.end(), field, 1)
    for match in EXTRA_ONE.finditer(masked):
        word = match.group("number").lower()
        one = word in ("another", "one more", "one other", "the other", "a further") or word.startswith("a ") and word not in NUMBER_WORDS
        value = 1 if one else number_value(word)
        field = OUTCOME_FIELD.get(match.group("outcome").lower())  # None for odd case forms ("miſſing")
        if field and value and not any(c.field == field for c in cues):
            add(match.start("number"), match.end("outcome"), field, value)
    for match in WITH_INJURIES.finditer(masked):
        if not any(c.field == "wounded" for c in cues):
            add(match.start("n"), match.end(), "wounded", number_value(match.group("n")))
    if span is not None:
        stated = {c.field for c in cues}
        for cue in parsed:
            if cue.field not in stated and masked[cue.start : cue.end].strip() and not _inside((cue.start, cue.end), alive):
                add(cue.start, cue.end, cue.field, cue.value)
    for match in SURVIVED_HURT.finditer(masked):
        if not any(c.field == "wounded" for c in cues):
            add(match.start(), match.end(), "wounded", _survivors(masked[: match.start()]))
    if NO_PASSENGERS.search(masked) and not any(c.field == "on_board" for c in cues):
        crew = [c for c in cues if c.field in ("killed", "wounded") and c.value and CREW_WORD.search(masked[c.start : c.end])]
        if crew:
            add(crew[0].start, crew[0].end, "on_board", max(c.value for c in crew))
    only = ONLY_SURVIVED.search(masked)
    aboard = [c.value for c in cues if c.field == "on_board"]
    if only and aboard and not any(c.field == "killed" for c in cues):
        lived = number_value(only.group("n")) if only.group("n") else 1
        if lived is not None and lived < aboard[0]:
            add(only.start(), only.end(), "killed", aboard[0] - lived)
    for match in NO_SURVIVORS_AMONG.finditer(masked):  # "no survivors among the 12 soldiers and three crew on board"
        if not any(c.field == "killed" for c in cues):
            value = count_value(match.group("who"))
            add(match.start("who"), match.end("who"), "killed", value)
            if match.group("aboard"):
                add(match.start("who"), match.end("who"), "on_board", value)
    everyone = EVERYONE.search(masked)
    aboard = [c.value for c in cues if c.field == "on_board"]
    if everyone and not aboard and EVERYONE_ABOARD.match(everyone.group()):  # "It was carrying seven. ... killing all on board"
        aboard = [c.value for c in casualty_cues(_previous_sentence(span)) if c.field == "on_board"][:1]
        if aboard:
            add(everyone.start(), everyone.end(), "on_board", aboard[0])
    if everyone and aboard and not any(c.field == "killed" for c in cues):
        add(everyone.start(), everyone.end(), "killed", aboard[0])  # "carrying 176 people ... no one survived"
    elif aboard and not any(c.field == "killed" for c in cues) and NONE_OF_THEM.match(_next_sentence(span)):
        whole = next(c for c in cues if c.field == "on_board")  # "... six crew on board. None of them survived."
        add(whole.start, whole.end, "killed", whole.value)
    killed = [c.value for c in cues if c.field == "killed"]
    if (rest := REST_HURT.search(masked)) and killed and not any(c.field == "wounded" for c in cues):
        aboard = [c.value for c in cues if c.field == "on_board"]
        aboard = aboard or [c.value for c in casualty_cues(_previous_sentence(span)) if c.field == "on_board"]
        if aboard and aboard[0] > killed[0]:
            add(rest.start(), rest.end(), "wounded", aboard[0] - killed[0])
    others = OTHERS_ABOARD.search(masked)
    if others and not any(c.field == "on_board" for c in cues):  # "killing its pilot and injuring the three others aboard"
        named = {(c.start, c.end): c.value for c in cues if c.field in ("killed", "wounded") and c.end <= others.start()}
        if named:
            add(others.start(), others.end(), "on_board", sum(named.values()) + (number_value(others.group("n")) or 0))
    cues.extend(_nobody(masked, cues))
    if each := EACH.search(masked):  # "two helicopters, each carrying two soldiers": four aboard in all
        fleet = _fleet_size(masked[: each.start()], span)
        inside = [c for c in cues if c.field == "on_board" and each.start() <= c.start < each.end()]
        cues[:] = [c for c in cues if c not in inside]
        if fleet and inside:
            cues.append(CasualtyCue(inside[0].start, inside[0].end, "on_board", fleet * inside[0].value))
    if CARE_WORD.search(masked) and _precaution_only(masked + _next_sentence(span)):  # "taken to hospital as a precaution"
        cues[:] = [c for c in cues if not _from_care(c)]
    if SEVERAL_LOSSES.search(masked) and not re.search(r"\bcollid|\bcollision", masked, re.I):
        return []  # "shot down two allied aircraft and killed three airmen": a tally over several losses
    if (graded := _graded_hurt(text, span)) is not None:
        cues[:] = [c for c in cues if c.field != "wounded"] + [graded]
    return cues


# how badly: "seriously injured", "minor injuries", "life-threatening injuries", "cuts and bruises"
SEVERE = re.compile(
    r"\b(?:(?:serious|critical|severe|grave)(?:ly\b|\s+(?:condition|injur|wound|burn|state))|life-threatening|badly|bad\s+(?:injur|burn)"
    r"|broken\s+\w+|fractured)",
    re.I,
)
LIGHT = re.compile(
    r"\b(?:(?:minor|slight|light|superficial|mild|moderate)\s+(?:injur|wound|burn|cuts|bruis)|(?:slightly|lightly|mildly|moderately)\b"
    r"|cuts\s+and\s+bruises|bruises|scratches)",
    re.I,
)
# a clause of its own: ", and the two other passengers ...", "; the pilot ..."
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s+(?:and|while|whereas|but)\s+(?=(?:the|its|his|her|their|one|another)\b))", re.I)
PART_WORDS = re.compile(r"\b(?:of (?:them|whom|those)|among them|including)\b", re.I)
OTHERS_WORD = re.compile(r"^\s*(?:the\s+)?(?:other|others|remaining|rest)\b|\bthe\s+(?:\w+\s+)?other\b", re.I)


def _graded_hurt(text: str, span: Span | None) -> CasualtyCue | None:
    """The hurt told in degrees add up: "two suffered serious injuries and the other two had cuts and
    bruises" is four; "one passenger was critically injured, the pilot seriously injured and two others
    received minor injuries" is four. Each clause gives its own count; a part ("one of them seriously")
    adds nothing."""
    if span is None or not (SEVERE.search(text) or LIGHT.search(text)):
        return None
    bounds, start = [], 0
    for brk in CLAUSE_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
    bounds.append((start, len(text)))
    if len(bounds) < 2:
        return None
    parts, others = [], False
    for a, b in bounds:
        clause = span.doc.char_span(span.start_char + a, span.start_char + b, alignment_mode="contract")
        if clause is None or not clause.text.strip():
            continue
        hurt = [c for c in casualty_cues(clause.text, clause) if c.field == "wounded" and c.value]
        if hurt:
            graded = bool(SEVERE.search(clause.text)) != bool(LIGHT.search(clause.text)) or OTHERS_WORD.search(clause.text)
            if not graded or PART_WORDS.search(clause.text):
                return None
            parts.append((a + hurt[0].start, a + hurt[0].end, hurt[0].value, bool(LIGHT.search(clause.text))))
            others = others or bool(OTHERS_WORD.search(clause.text))
    if len(parts) < 2 or (len({light for *_, light in parts}) < 2 and not others):
        return None
    return CasualtyCue(parts[0][0], parts[-1][1], "wounded", sum(p[2] for p in parts))


DEFINITE = re.compile(r"\bthe\s+$", re.I)
POSSESSIVE = re.compile(r"\b(?:its|their)\s+$", re.I)  # "its eight crew": the aircraft's whole crew
EACH = re.compile(rf"\beach\s+(?:carrying|with|transporting|having|had)\s+(?P<n>{NUMBER})\s+{MODIFIERS}{PEOPLE}\b", re.I)
FLEET = re.compile(
    rf"\b(?P<k>{NUMBER}|both)\s+(?:[\w-]+\s+){{0,4}}?(?:aircraft|helicopters|planes|jets|airplanes|aeroplanes|gunships|fighters|choppers)\b",
    re.I,
)
# more people listed after a crew: "a medical team of three", "a delegation of six", "and one patient"
GROUP_NOUN = r"(?:team|delegation|family|party|group|squad|detachment|unit|contingent)"
MORE_ABOARD = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+)?{GROUP_NOUN}\s+of\s+(?P<g>{NUMBER})\b"
    rf"|(?P<p>{NUMBER})\s+{MODIFIERS}{PEOPLE}\b)",
    re.I,
)
# "the rest of the", "most of its": the count after it is a whole that a part belongs to
PART_OF = re.compile(r"\b(?:rest|remainder|most|many|some|several|majority|half|each|any)\s+of\s+(?:the|its|their)\s+$", re.I)
OTHERS_ABOARD = re.compile(rf"\bthe\s+(?P<n>{NUMBER})\s+other\s+(?:{PEOPLE})\s+(?:on board|aboard|onboard)\b", re.I)
WHOLE_CREW = re.compile(rf"{NUMBER}\s+(?:[A-Za-z-]+\s+){{0,3}}?(?:crew|aircrew|crew members|crewmembers|crewmen)$", re.I)
# "the 12 people on board", "Of the 60 passengers aboard, ...", "all 31 aboard": everyone aboard, whatever befell them
THE_ABOARD = re.compile(
    rf"\b(?:the|all(?:\s+the)?)\s+(?P<m>{NUMBER})\s+(?:{MODIFIERS}{PEOPLE}\s+)?(?:on board|aboard|onboard)\b", re.I
)
# "declared all ten people aboard the helicopter to be dead": an official finding, unlike "feared dead"
DECLARED = re.compile(
    rf"\b(?:declare[sd]?|declaring|pronounce[sd]?|pronouncing)\s+(?P<count>(?:all\s+(?:the\s+)?)?{NUMBER})\s+"
    r"[^.;]{0,200}?\b(?:to\s+be\s+|to\s+have\s+(?:been\s+)?)?(?:dead|died|killed)\b"
    rf"|\b(?:declare[sd]?|declaring|pronounce[sd]?|pronouncing)\s+dead\s+(?P<count2>(?:all\s+(?:the\s+)?)?{NUMBER})\s+{MODIFIERS}{PEOPLE}",
    re.I,
)
# "only the flight engineer survived", "only two of the nine aboard survived", "the sole survivor": the rest died
ONLY_SURVIVED = re.compile(
    rf"\bonly\s+(?:(?P<n>{NUMBER})\b|the\b|its\b|an?\b)?[^,;.]{{0,50}}?\bsurvived\b"
    r"|\b(?:the|was)\s+(?:sole|only|lone)\s+survivor\b",
    re.I,
)
# "The dead were Captain A, First Officer B and flight engineer C": a toll told by naming the victims
NAMED_DEAD = re.compile(
    # not a part of the dead told by kind: "Most of the dead were students of the school"
    r"(?<!\bof )\b(?:the dead|those (?:killed|who died)|the victims|the (?:crew|airmen|soldiers|passengers) (?:killed|who died))\s+"
    r"(?:were|are|included|include|have been (?:named|identified) as|were (?:named|identified) as)\s+(?P<list>[^.;]{3,300})"
    r"|\b(?:named|identified)\s+the\s+(?:dead|victims|(?:crew|airmen|soldiers|passengers)\s+(?:killed|who died))\s+as\s+(?P<list2>[^.;]{3,300})",
    re.I,
)
KINDS_OF_PEOPLE = re.compile(r"\s*(?:(?:mostly|mainly|largely|all|many)\s+)?(?!(?:pilots|crew)\b)[a-z]+(?:s|ren|men|people)\b(?!\s+[A-Z])")
LIST_END = re.compile(r",\s+(?:where|when|which|who|after|as|while|according)\b", re.I)
# "the crash caused three deaths", "with 12 confirmed fatalities"
DEATHS = re.compile(rf"\b(?P<n>{NUMBER})\s+(?:confirmed\s+|reported\s+)?(?:fatalities|deaths)\b", re.I)
# "... and there were no passengers aboard": the crew counted was everyone aboard
NO_PASSENGERS = re.compile(r"\b(?:no|without(?:\s+any)?)\s+passengers\b", re.I)
CREW_WORD = re.compile(r"\b(?:pilots?|crew|crewmen|crew members|aircrew|airmen)\b", re.I)
CONDITION = re.compile(r"\b(?:if|unless|whether)\b[^,;:]*$", re.I)
# "the death toll from the crash rose to 19": this incident's toll, updated (not a tally over time)
CRASH_TOLL = re.compile(
    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|this|(?:(?:last|this|[A-Z]\w+)\s+)?[A-Z]\w+'s)\s+(?:[\w-]+\s+){0,2}?"
    # "... crash near the coast has risen to four": where it happened may stand between
    r"(?:crash|accident|disaster|downing|collision|shoot-?down)\s+(?:(?:near|in|at|off|over|outside)\s+[^,;.]{1,40}?\s+)?"
    r"(?:has\s+|had\s+)?(?:now\s+)?"
    rf"(?:rose|risen|climbed|increased|reached|stood at|stands at)\s+(?:to\s+)?(?:at least\s+)?(?P<n>{NUMBER})\b",
    re.I,
)
# "the number of people killed in Monday's crash ... has risen to 31", "Jet crash toll climbs to 31": the
# toll of one loss, updated; not a tally over many ("killed in air accidents this year")
NUMBER_KILLED = re.compile(
    r"\b(?:(?:the\s+)?number\s+of\s+(?:people\s+|those\s+|persons\s+)?(?:killed|dead|deaths|fatalities|victims)|deaths"
    r"|(?:crash|accident|disaster)\s+(?:death\s+)?toll)\b(?P<gap>[^;.]{0,140}?)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
    rf"(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|reached|reaches)\s+(?:to\s+)?(?:at least\s+)?(?P<n>{NUMBER})\b",
    re.I,
)
MANY_LOSSES = re.compile(r"\b(?:crashes|accidents|disasters|incidents|attacks|this year|since|so far|war|conflict)\b", re.I)
# "..., bringing the death toll to six": this incident's toll where the sentence is about the crash
TOLL_TO = re.compile(
    rf"\b(?:bringing|raising|taking|pushing|brought|raised|took|pushed|corrected|correcting|revised|revising|lowered|"
    rf"lowering|put|puts|putting|updated|updating)\s+(?:the\s+)?(?:death\s+|confirmed\s+)?toll\s+"
    rf"(?:(?:from|of|in)\s+[^,;.]{{1,60}}?\s+)?to\s+(?:at least\s+)?(?P<n>{NUMBER})\b",  # "from the attack in the hills to two"
    re.I,
)
# "The death toll rose to 14 after two of the injured died": a bare toll, its own deaths told beside it
TOLL_ROSE = re.compile(
    rf"(?:^\s*|(?:,|;|\bbut)\s+(?:but\s+|later\s+)?)the\s+(?:death\s+)?toll\s+(?:has\s+|had\s+|was\s+)?(?:now\s+|later\s+)?"
    rf"(?:rose|risen|climbed|increased|fell|dropped|revised(?:\s+(?:up|down)(?:ward)?)?|corrected)\s+to\s+(?:at least\s+)?(?P<n>{NUMBER})\b", re.I
)
CRASH_WORD = re.compile(r"\b(?:crash(?:ed)?|accident|collision|collided|disaster|shot down|downing)\b", re.I)
# "shot down two allied aircraft", "lost three helicopters": several losses told in one breath
SEVERAL_LOSSES = re.compile(
    r"\b(?:shot down|downed|lost|destroyed)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:aircraft|planes|jets|helicopters|warplanes|fighters|drones)\b",
    re.I,
)


def _survivors(before: str) -> int | None:
    """How many survived, from the clause before "survived with injuries": its last count, else one person."""
    clause = re.split(r"[;:]|\b(?:but|while|whereas)\b", before)[-1]
    if bare := re.search(rf"\b({NUMBER})\s+(?:(?:of them|others?|more|were|had)\s+)?$", clause, re.I):
        return number_value(bare.group(1))
    counts = list(SINGLE_COUNT.finditer(clause))
    if counts:
        return number_value(counts[-1].group("number"))
    return 1 if SINGLE_PERSON.search(clause) else None


def _previous_sentence(span: Span | None) -> str:
    """The text of the sentence before `span`, where the people it says befell something were counted."""
    if span is None or span.start == 0:
        return ""
    return span.doc[span.start - 1].sent.text


def _next_sentence(span: Span | None) -> str:
    """The text of the sentence after `span`, where it says what befell the people it counted."""
    if span is None or span.end >= len(span.doc):
        return ""
    return " " + span.doc[span.end].sent.text


def _fleet_size(before: str, span: Span | None) -> int | None:
    """How many aircraft "each" spreads over: counted just before it, or in the sentences before."""
    found = list(FLEET.finditer(before))
    if not found and span is not None:
        found = list(FLEET.finditer(span.doc[: span.start].text[-600:]))
    return number_value(found[-1].group("k")) if found else None


def _from_care(cue: CasualtyCue) -> bool:
    """A cue that a hospital stay alone can give: the hurt, and for "all" of them, everyone aboard alive."""
    return cue.field in ("wounded", "on_board") or (cue.field == "killed" and cue.value == 0)


def _outcomes(text: str, start: int, end: int, whole: bool = False) -> set[str]:
    """The outcome words that govern the count at text[start:end]."""
    before, after = text[:start], text[end:]
    found = set()
    for field in FIELD_ORDER:
        if (field in BEFORE and BEFORE[field].search(before[-40:])) or AFTER[field].search(after):
            if field == "on_board":
                after_board = AFTER["on_board"].match(after)
                if BEFORE["on_board"].search(before[-40:]):
                    if AFTER["killed"].search(after[:12]):
                        continue  # "with two crew killed" counts the dead, not who was aboard
                elif not (whole or (after_board and after_board.group("verb"))):
                    continue  # "three people on board were killed" need not be everyone aboard
            found.add(field)
    if "wounded" in found and HURT_THEN_DIED.match(after):
        found = found - {"wounded"} | {"killed"}
    whom = WHOM.match(after)
    if whom and "killed" not in found:
        found.add("killed")
        if whom.group("who").lower() in ("both", "all"):
            found.add("whole")  # "the two pilots, both of whom were killed": the whole crew
    if SURVIVED.match(after):
        found.add("survived")
    return found


def _nobody(text: str, cues: list[CasualtyCue]) -> list[CasualtyCue]:
    """Zero counts: "no one was killed", "no casualties", "unhurt", "both crew survived"."""
    zeros = []
    for match in NOBODY.finditer(text):
        word = (match.group("what") or match.group("none")).lower()
        field = "wounded" if word in ("hurt", "injured", "wounded", "harmed", "injuries") else "killed"
        zeros.append(CasualtyCue(match.start(), match.end(), field, 0))
        if match.group("what") and field == "wounded" and not GROUND_PEOPLE.search(text[match.start() : match.end() + 20]):
            zeros.append(CasualtyCue(match.start(), match.end(), "killed", 0))  # nobody hurt, so nobody dead
    for match in UNHURT.finditer(text):
        if not match.group("unhurt") and (NOT_SURVIVED.search(text[: match.start()]) or MODAL.search(text[: match.start()])):
            continue
        zeros.append(CasualtyCue(match.start(), match.end(), "killed", 0))
        if match.group("unhurt") or match.group("safe"):
            zeros.append(CasualtyCue(match.start(), match.end(), "wounded", 0))
    for match in EJECTED.finditer(text):
        zeros.append(CasualtyCue(match.start(), match.end(), "killed", 0))
    # "it was not clear whether the pilot ejected", "if anyone survived": an open question, no zero
    zeros = [cue for cue in zeros if not CONDITION.search(text[max(0, cue.start - 80) : cue.start])]
    stated = {c.field for c in cues}
    seen: set[str] = set()
    out = []
    for cue in zeros:
        if cue.field not in stated and cue.field not in seen:
            seen.add(cue.field)
            out.append(cue)
    return out


def _one_before(text: str, match: re.Match) -> int:
    """1 where "N other(s)" follows a person and "and": "the pilot and two others", "General X and nine other
    officers"; 0 after a clause ("three were killed and two others hurt"). One person or a pair named as the
    subject before "and" count too: "the mother and two of her sons", "her parents and three neighbours"."""
    first = SINGLE_COUNT.search(match.group())
    before = text[max(0, match.start() - 40) : match.start()]
    single = re.search(rf"(?:^|[.;:]\s+|\b(?:killing|injuring|wounding)\s+){ONE_NAMED}(?P<sep>,?\s+and|,)\s+$", before, re.I)
    if single and (single.group("sep") != "," or re.search(r"\band\b", match.group())):  # "the pilot, two soldiers and a medic"
        return 2 if single.group("who").lower() in PAIRS else 1
    if not first or not re.match(r"\s+others?\b", match.group()[first.end("number") :], re.I):
        return 0
    return int(bool(re.search(rf"(?:\b[A-Z][\w.'’-]+|\b{ONE_ROLE}),?\s+and\s+$", before)))


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in taken)


def _other_toll(text: str, start: int, end: int) -> bool:
    """The count is the toll of ground fighting or of an earlier loss the sentence mentions."""
    before = text[max(0, start - 80) : start]
    return bool(GROUND_TOLL_BEFORE.search(before) or EARLIER_TOLL.search(before) or GROUND_TOLL_AFTER.match(text[end:]))


def _running_total(text: str, start: int, end: int) -> bool:
    """The count is a tally over time ("eight servicemen since September"), not one incident's toll."""
    left = text[max(0, start - 60) : start].rsplit(";", 1)[-1]
    right = text[end : end + 60].split(";", 1)[0]
    if RUNNING_TOTAL.search(left + " " + text[start:end] + " " + right):
        return True
    for match in SINCE.finditer(right[:40]):
        if not SUPERLATIVE.search(right[: match.start()]):
            return True
    since = list(SINCE.finditer(left))
    return bool(since) and not SUPERLATIVE.search(left[: since[-1].start()])


# --- counts read with the dependency parse --------------------------------------------------------------
# Where a count sits far from its verb ("The two pilots of the plane, which ..., were pulled out with
# injuries") or has no noun ("killing one soldier and injuring five"), the parse ties them together.

PERSON_NOUN = re.compile(
    rf"{PEOPLE}|{ONE_ROLE}|(?:camera|crew|fire|police|service|air|sales|spokes|gun|fisher|lines|patrol)(?:wom[ae]n|m[ae]n|person)|survivors?|instructors?|students?|trainees?|cadets?|m[ae]n|wom[ae]n|child|persons?|owners?|"
    r"(?:loadmaster|operator|guard|officer|doctor|nurse|paramedic|medic)s?",
    re.I,
)
ROLE_NOUN = re.compile(rf"{ONE_ROLE}|instructor|student(?: pilot)?|trainee|cadet|passenger|occupant", re.I)
CARE_PLACES = {"hospital", "clinic", "infirmary"}  # and a "trauma centre", a "medical center"
HARM_NOUNS = {"injury", "wound", "burn", "fracture", "injuries", "wounds", "burns", "fractures", "cuts", "bruises", "concussion"}
KILL_VERBS = {"die", "perish"}
LIFE_VERBS = {"lose", "sacrifice", "give"}  # "lost his life", "sacrificed their lives"
HURT_VERBS = {"injure", "wound", "hurt", "hospitalize", "hospitalise"}
CARRY_VERBS = {"carry", "transport", "ferry"}
# one person or a pair named with a determiner: "the mother", "a farmer", "her parents"
ONE_NAMED = (
    r"(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+)?(?P<who>man|woman|girl|boy|child|baby|mother|father|son|daughter|brother|"
    r"sister|wife|husband|farmer|soldier|civilian|passenger|villager|resident|bystander|pedestrian|worker|parents|twins|"
    r"couple|pilot|co-?pilot|navigator|instructor|student|engineer|technician|captain|officer|gunner|loadmaster|mechanic|"
    r"paramedic|medic|nurse|doctor)"
)
HEDGE_VERBS = {"fear", "presume", "believe", "think", "suspect"}  # "feared dead" is no confirmed death
PAIRS = {"parents", "twins", "couple"}


def parsed_cues(span: Span) -> list[CasualtyCue]:
    """Counts of people tied by the parse to what happened to them: the subject of "died", "were
    injured", "were taken to hospital", "did not survive", "suffered burns"; the object of "killing",
    "injuring", "carrying", "leaving ... dead". Everyone ("all", "both") hurt means that many aboard,
    none dead."""
    cues: list[CasualtyCue] = []
    base = span.start_char
    for token in span:
        if token.dep_ in ("conj", "appos") or not _counted_person(token):
            continue
        value = _group_count(token)
        if not value:
            continue
        start = min(t.idx for t in token.subtree if t.i <= token.i) - base
        end = token.idx + len(token.text) - base
        field = _fate(token)
        if field is None or (token.lower_ in ("he", "she") and not _pronoun_harmed(field, span)):
            continue
        cues.append(CasualtyCue(start, end, field, value))
        whole = any(t.lower_ in ("all", "both") for t in token.children)  # a bare "Both" may be two of many
        if whole and field in ("killed", "wounded"):
            cues.append(CasualtyCue(start, end, "on_board", value))
            if field == "wounded":
                cues.append(CasualtyCue(start, end, "killed", 0))  # hurt, so alive
    return cues


def _pronoun_harmed(field: str, span: Span) -> bool:
    """ "He" or "she" is counted as dead or as hurt, and taken to hospital is hurt unless it was a
    check-up ("taken to hospital in stable condition" after an ejection)."""
    return field == "killed" or (field == "wounded" and not _precaution_only(span.text))


CARE_WORD = re.compile(r"\b(?:hospitali[sz]ed|hospitals?|clinics?|infirmary|medical|trauma)\b", re.I)
STATED_HARM = re.compile(r"\b(?:injur|wound|burn|fractur|broken|hurt\b|(?:serious|critical|grave)\s+condition)", re.I)
# care that tells no harm (gold/README): news say "taken to hospital" of the hurt, but not of a check-up
PRECAUTION = re.compile(
    r"\b(?:as\s+a\s+precaution|precautionary|for\s+(?:a\s+|routine\s+|medical\s+)*(?:checks?|check-?ups?|observation|"
    r"examinations?|tests|evaluation|assessment)|to\s+be\s+(?:examined|checked|assessed)|in\s+(?:a\s+)?stable\s+condition)\b",
    re.I,
)


def _precaution_only(text: str) -> bool:
    """A hospital visit told as a check-up, with no harm stated."""
    return bool(PRECAUTION.search(text)) and not STATED_HARM.search(text)


def _counted_person(token: Token) -> bool:
    """A noun for people, or a number standing for them ("injuring five", "two were taken to hospital")."""
    if token.lower_ == "neither" or any(c.lower_ in ("no", "each", "every", "any", "none", "neither") for c in token.children):
        return False  # "no one", "each pilot"
    if token.lower_ in ORDINALS and token.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("a", "the") for c in token.children):
        return True  # "two were killed and a third was injured"
    if token.lower_ in ("they", "both", "he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
        return True  # counted as the people the sentence before counted (`_group_count`)
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.lower_ not in ("a", "an") and number_value(token.text):
        return True
    return token.pos_ in ("NOUN", "PROPN") and bool(PERSON_NOUN.fullmatch(token.text))


def _one_count(noun: Token) -> int | None:
    """The count of one conjunct: "two pilots", "a crew of three", "the instructor", "five", "a third"."""
    if noun.lower_ in ORDINALS:
        return 1
    if noun.lower_ == "they":
        return _earlier_count(noun)
    if noun.lower_ in ("he", "she"):
        return 1
    if noun.lower_ in PAIRS:
        return 2
    if _titled(noun):
        return 1
    if noun.lower_ in ("dozen", "dozens"):  # "a dozen were hurt" is 12, not one; "half a dozen" is 6
        return 6 if any(t.lower_ == "half" for t in noun.subtree) else 12
    if noun.pos_ == "NUM" or noun.dep_ in ("nsubj", "nsubjpass", "dobj") and number_value(noun.text) and not noun.pos_ == "NOUN":
        return number_value(noun.text)
    for child in noun.children:
        if child.dep_ == "nummod" or child.lower_ == "both":
            return number_value(child.text)
        if child.dep_ == "prep" and child.lower_ == "of" and noun.lower_ == "crew":
            numbers = [number_value(t.text) for t in child.children if t.dep_ == "pobj"]
            if numbers and numbers[0]:
                return numbers[0]
    if noun.tag_ == "NN" or noun.lower_ in ("man", "woman", "child"):
        # "the pilot", "a soldier"; but "the soldier" may be one already counted, "the crew" any number
        determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")}
        if ROLE_NOUN.fullmatch(noun.text) or determiners & {"a", "an", "one"} or (noun.conjuncts and determiners):
            return 1
        if any(c.lower_ in ORDINALS for c in noun.children):  # "the fifth person aboard"
            return 1
    return None


def _group_count(noun: Token) -> int | None:
    """The sum over "the pilot and four passengers"."""
    values = []
    for member in [noun, *noun.conjuncts, *_named_conjuncts(noun)]:
        if member.i < noun.i:
            return None
        value = _one_count(member)
        if value is None or value > 5000:
            return None
        values.append(value)
    whole = any(c.lower_ in ("all", "both") or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    if len(values) > 2 and whole:
        first = noun.conjuncts[0].i
        wholes = {values[0]} | {number_value(t.text) for t in noun.subtree if t.dep_ == "nummod" and t.i < first}
        if sum(values[1:]) in wholes:
            return values[0]  # "241 of the 242 aboard, 230 passengers and 12 crew, died": a breakdown, not more people
    return sum(values)


def _named_conjuncts(noun: Token) -> list[Token]:
    """People joined to a name in apposition: "our pilot Luis Arana and our camerawoman Ana Roca"."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [c for name in names for c in name.conjuncts if c.i > name.i and (_titled(c) or c.pos_ == "NOUN" and PERSON_NOUN.fullmatch(c.text))]


def _titled(name: Token) -> bool:
    """A name led by a word for a person: "cameraman Pedro Gomez"."""
    return name.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and PERSON_NOUN.fullmatch(c.text) for c in name.children)


def _earlier_count(pronoun: Token) -> int | None:
    """ "They" as the people the sentence before counted as its subject: "Both crew members ejected.
    They were treated for minor injuries." """
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    for token in before:
        if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ != "they" and _counted_person(token):
            value = _group_count(token)
            return value if value and value > 1 else None  # "they" is never one person
    return None


def _fate(noun: Token) -> str | None:
    """The outcome the count's verb gives it."""
    head = noun
    while head.dep_ == "appos":
        head = head.head
    verb = head.head
    clauses = [c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > head.i]
    if head.dep_ == "ROOT" and clauses:  # a sentence parsed as a noun: "Two passengers, ..., survived with injuries"
        return next(filter(None, (_subject_fate(v, _passive(v)) for v in [clauses[0], *clauses[0].conjuncts])), None)
    if head.dep_ in ("nsubj", "nsubjpass"):
        for each in [verb, *[c for c in verb.conjuncts if c.i > verb.i and not _own_subject(c)]]:
            fate = _subject_fate(each, passive=head.dep_ == "nsubjpass" or _passive(each))
            if fate:
                return fate
        if _aboard(head) and verb.lemma_ == "be":
            return "on_board"
    elif head.dep_ == "dobj":
        if _negated(verb):
            return None
        if verb.lemma_ == "kill":
            return "killed"
        if verb.lemma_ in HURT_VERBS:
            return "wounded"
        if verb.lemma_ in CARRY_VERBS:  # "carrying six people"; "carried the two survivors to the clinic"
            if any(t.dep_ == "pobj" and t.head.lower_ == "to" and _care_place(t) for t in verb.subtree):
                return "wounded"
            return None if head.lemma_.lower() in ("survivor", "body", "victim") else "on_board"
        if verb.lemma_ == "leave":
            states = {c.lower_ for c in [*verb.children, *head.children] if c.dep_ in ("oprd", "acl", "amod", "acomp")}
            if "dead" in states:
                return "killed"
            if states & {"injured", "wounded", "hurt"}:
                return "wounded"
    return None


def _subject_fate(verb: Token, passive: bool) -> str | None:
    lemma = verb.lemma_.lower()
    negated = _negated(verb)
    if lemma in HEDGE_VERBS:
        return None
    if lemma == "survive" and negated:
        return "killed"
    if negated:
        return None
    if lemma in KILL_VERBS or (passive and lemma in ("kill", "martyr")) or (
        lemma in LIFE_VERBS and any(c.lemma_ == "life" for c in verb.children)
    ):
        return "killed"
    states = {c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "attr")}
    if "dead" in states:
        return "killed"
    if (passive and lemma in HURT_VERBS) or states & {"injured", "wounded", "hurt", "hospitalised", "hospitalized"}:
        return "wounded"
    if states & {"missing", "unaccounted"}:
        return "missing"  # "four remain unaccounted for"
    if lemma in ("suffer", "sustain", "receive", "have") and any(c.dep_ == "dobj" and _harm(c) for c in verb.children):
        return "wounded"
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = {o.lemma_.lower() for o in prep.children if o.dep_ == "pobj"}
        if any(_care_place(o) or _grave_condition(o) for o in _prep_objects(prep)) or (prep.lower_ == "with" and objects & HARM_NOUNS):
            return "wounded"
        recovering = lemma == "recover" and prep.lower_ == "from"  # "is recovering from a broken pelvis"
        if (recovering or prep.lower_ in ("with", "for") and (lemma == "treat" or prep.lower_ == "with")) and any(
            _harm(o) or o.lemma_.lower() in ("cut", "bruise") for o in prep.children if o.dep_ == "pobj"
        ):
            return "wounded"  # "pulled out with a broken leg", "treated for cuts and bruises"
    return None


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a chain of prepositions: "in stable condition at the regional hospital"."""
    found = []
    for noun in (c for c in prep.children if c.dep_ == "pobj"):
        found.append(noun)
        for inner in (c for c in noun.children if c.dep_ == "prep"):
            found.extend(_prep_objects(inner))
    return found


def _harm(noun: Token) -> bool:
    """ "injuries", "burns", "broken bones", "a fractured skull"."""
    return noun.lower_ in HARM_NOUNS or any(c.lower_ in ("broken", "fractured") for c in noun.children)


def _grave_condition(noun: Token) -> bool:
    """ "in critical condition", "in a serious condition"."""
    return noun.lemma_.lower() == "condition" and any(c.lower_ in ("serious", "critical", "grave") for c in noun.children)


def _care_place(noun: Token) -> bool:
    if noun.lemma_.lower() in CARE_PLACES:
        return True
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lower_ in ("centre", "center", "unit") and bool(kinds & {"trauma", "medical", "burns", "burn", "care", "health"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _aboard(noun: Token) -> bool:
    return any(c.lower_ in ("aboard", "onboard") or (c.lower_ == "on" and any(g.lower_ == "board" for g in c.children)) for c in noun.children)


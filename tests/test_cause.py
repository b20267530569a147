"""Loss cues on parsed sentences, weapon classes, perpetrators and stances, on sentences written for these tests."""

import pytest
from spacy.tokens import Doc

from sitrep.extract.aircraft import find_aircraft
from sitrep.extract.attribution import attribute
from sitrep.extract.cause import is_background, loss_cues, perpetrator_cues, shooter_aircraft, weapon_cue
from sitrep.extract.parties import acronyms, party_name, same_party, state_of
from sitrep.nlp import analyze


def aircraft_spans(text):
    return [(a.start, a.end) for a in find_aircraft(text)]


def cues(text):
    sentence = next(analyze(text).sents)
    return [(c.value, c.negated) for c in loss_cues(sentence, aircraft_spans(text))]


def perpetrators(text, speaker=None):
    sentence = next(analyze(text).sents)
    return [(c.value, c.stance) for c in perpetrator_cues(sentence, speaker, aircraft_spans(text))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The transport plane was not shot down, the ministry said.", [("shot_down", True)]),
        ("The ministry denied reports of a shoot-down near the border.", [("shot_down", True)]),
        ("No aircraft was lost in the raid.", [("unknown", True)]),
        ("Officials said there was no evidence that the jet had been shot down.", [("shot_down", True)]),
        ("The gunship was not shot down but crashed in fog.", [("shot_down", True), ("crashed", False)]),
        # an open question is not a denial: the cause is unknown
        ("The army did not say whether the helicopter had been hit by enemy fire.", [("unknown", False)]),
        ("It was unclear whether the drone came under fire before it went down.", [("unknown", False), ("unknown", False)]),
        ("The channels did not say what caused the crash.", [("crashed", False)]),
        # a loss that tells nothing of its cause
        ("A patrol helicopter went missing over the gulf on Friday.", [("unknown", False)]),
        ("Search teams found the wreckage of the missing helicopter.", [("crashed", False), ("unknown", False)]),
    ],
)
def test_negation_doubt_and_unexplained_losses(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A plan to buy twelve used helicopters was shot down by parliament on Tuesday.",
        "The Harbour Eagles shot down a late comeback to win the cup.",
        'In the mock dogfight one jet "shot down" the other with a plume of red smoke.',
        "Pilots took a crash course on the new radar before the delivery flight.",
        "The air defence unit intercepted two cruise missiles over the capital.",
        "The Kestrels crashed to a third straight defeat on Sunday.",
    ],
)
def test_figurative_and_non_aircraft_losses_are_no_cues(sentence):
    assert cues(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("An explosive-laden drone struck an army transport helicopter as it landed.", "shot_down"),
        ("Militiamen fired on the helicopter, forcing it to make an emergency landing in a field.", "shot_down"),
        ("Two trainer jets collided over the lake during a display rehearsal.", "collision"),
        ("The fighter was brought down by its own air defences, a navy official admitted.", "friendly_fire"),
        ("Ground crews reported a blue-on-blue incident after the frigate downed the allied jet.", "friendly_fire"),
    ],
)
def test_cause_classes(sentence, expected):
    assert expected in [value for value, negated in cues(sentence) if not negated]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A soldier fired an Igla at the low-flying gunship.", "MANPADS"),
        ("The bomber was hit by an S-400 battery near the coast.", "surface-to-air missile"),
        ("Rebels brought the helicopter down with a ZU-23-2 twin cannon.", "anti-aircraft gun"),
        ("The drone was hit by heavy anti-aircraft machine guns.", "anti-aircraft gun"),
        ("An interceptor destroyed the balloon with an AIM-9X.", "air-to-air missile"),
        ("A loitering munition struck the parked helicopter.", "drone"),
        ("The Cessna was hit by small-arms fire on approach.", "ground fire"),
        ("The destroyer fired a missile at the jet by mistake.", "surface-to-air missile"),
        ("Bandits opened fire on the jet as it made a low pass.", "ground fire"),
    ],
)
def test_weapon_classes(sentence, expected):
    assert weapon_cue(sentence).value == expected


def test_a_weapon_needs_words_of_firing():
    assert weapon_cue("The army continued operations against bandits in the forest.") is None
    assert weapon_cue("Sam Patel, a missile engineer, retired in May.") is None


@pytest.mark.parametrize(
    "sentence, speaker, expected",
    [
        ("Rebels said they shot down a government helicopter.", "Rebels", [("rebels", "claimed")]),
        ("The Northern Front said its fighters had downed the drone.", "The Northern Front", [("Northern Front", "claimed")]),
        ("The jet was hit by a Syrian surface-to-air missile.", None, [("Syria", None)]),
        ("A Houthi missile brought down the drone, officials said.", "officials", [("Houthi", None)]),
        ("The helicopter was shot down by Ukrainian air assault troops.", None, [("Ukraine", None)]),
        ("Officials blamed the Black River Cartel for the attack on the helicopter.", "Officials",
         [("Black River Cartel", "claimed")]),
        ("The army blamed dissidents of the Popular Liberation Front for the attack.", "The army",
         [("Popular Liberation Front dissidents", "claimed")]),
        ("In 2019 a patrol plane came under heavy fire from bandits, forcing its pilot to eject.", None,
         [("bandits", None)]),
    ],
)
def test_perpetrators_and_who_claims_them(sentence, speaker, expected):
    assert perpetrators(sentence, speaker) == expected


def test_no_perpetrator_from_a_denial_or_a_wreck():
    assert perpetrators("There was no indication the aircraft had been targeted by armed separatists.") == []
    assert perpetrators("Its wreckage was destroyed by Turkish forces to keep it from capture.") == []
    assert perpetrators("The helicopter was shot down by a surface-to-air missile.") == []
    assert perpetrators("The jet was shot down by a Patriot near the border.") == []


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Ukraine's southern military command", "Ukraine"),
        ("Forces loyal to Libya's UN-recognised Government of National Accord", "Government of National Accord"),
        ("Yemen's Iran-backed Houthi rebels", "Houthi rebels"),
        ("the guided-missile destroyer USS Example", "USS Example"),
        ("Syrian rebels", "Syrian rebels"),
        ("the Kremlin", "Russia"),
        ("Royal Air Force", "United Kingdom"),
        ("lawmakers", None),
        ("resistance fighters in the hills", "rebels"),
        ("a local militia commander", "militia"),
    ],
)
def test_party_names(phrase, expected):
    assert party_name(phrase) == expected


def test_same_party_and_acronyms():
    assert same_party("A Delta Front spokesman", "Delta Front militia")
    assert same_party("Kyiv", "Ukrainian air defences")
    assert same_party("RSF", "Rapid Support Forces")
    assert not same_party("The Israeli military", "Hezbollah")
    assert acronyms("the Popular Defence Front (PDF) said") == {"PDF": "Popular Defence Front"}
    assert state_of("US Army Patriot batteries") == "United States"
    assert state_of("Syrian rebels") is None


# --- whole articles: stance, parties, friendly fire, operator, relevance ------------------------------

from sitrep.extract.mentions import extract_mentions  # noqa: E402
from sitrep.models import Article  # noqa: E402
from sitrep.reconcile import summarise  # noqa: E402


def mentions_of(text, published="2024-05-14"):
    article = Article(id="test.txt", raw_text=text, clean_text=text, published=published)
    return extract_mentions(article, analyze(text))


CLAIMED_DOWNING = """Militia says it downed army helicopter; army blames engine fault
The Northern Liberation Front (NLF) said on Monday that its fighters shot down an army Mi-17 helicopter near Kassala.
The army said the helicopter crashed because of an engine fault.
An NLF spokesman said the helicopter was hit by heavy machine guns as it flew low over the river.
"""


def test_a_side_claiming_its_own_shoot_down_is_a_claim():
    [mention] = mentions_of(CLAIMED_DOWNING)
    record = summarise([mention])
    assert record["cause"] == "disputed"
    assert record["weapon"] == "anti-aircraft gun"
    assert record["perpetrator"].startswith("Northern Liberation Front")  # the acronym read in full
    shot = [s.evidence for s in mention.fields["cause"] if s.value == "shot_down"]
    assert {e.stance for e in shot if e.attributed_to.lower().endswith("army")} == {"denied"}  # the engine fault
    assert {e.stance for e in shot if not e.attributed_to.lower().endswith("army")} == {"claimed"}


def test_an_outlet_or_the_operator_confirming_is_a_fact_and_an_admission_is_no_claim():
    text = (
        "Navy jet downed by its own warship over the gulf\n"
        "A US Navy F/A-18 fighter was shot down over the gulf on Sunday by the US Navy destroyer USS Example, "
        "which mistakenly fired a missile at it, officials said.\n"
        "Both pilots ejected safely.\n"
    )
    record = summarise(mentions_of(text))
    assert record["cause"] == "friendly_fire"
    assert record["operator"] == "United States"


def test_a_shooter_of_the_operators_own_state_makes_friendly_fire():
    text = """How a missile battery downed a friendly jet
On March 3, a US Air Force F-16 was shot down by a US Army Patriot battery near the border, killing the pilot.
"""
    record = summarise(mentions_of(text))
    assert record["perpetrator"] == "US Army Patriot battery"
    assert record["cause"] == "friendly_fire"


def test_generic_shooters_take_the_name_of_the_group_blamed():
    text = """Gunmen force police helicopter down
Gunmen fired on a police Bell 407 helicopter on Friday near Culiacan, forcing it to make an emergency landing, the ministry said.
Officials blamed the Sierra Blanca Cartel.
"""
    record = summarise(mentions_of(text))
    assert record["cause"] == "shot_down"
    assert record["weapon"] == "ground fire"
    assert record["perpetrator"] == "Sierra Blanca Cartel"


def test_an_unnamed_operator_of_a_domestic_crash_is_the_crash_country():
    text = """Pilot killed as light aircraft crashes
A Cessna 172 crashed in a paddock near Toowoomba in Queensland on Sunday, killing the pilot, police said.
"""
    record = summarise(mentions_of(text))
    assert record["cause"] == "crashed"
    assert record["operator"] == "Australia"


@pytest.mark.parametrize(
    "text",
    [
        """Record crowds at coastal air show
Thousands watched a mock dogfight in which one jet "shot down" another with coloured smoke.
A helicopter display team closed the show.
""",
        """Navy gunners hit target drones in live-fire drill
Frigates shot down six target drones during the annual live-fire exercise off the coast on Tuesday.
""",
        """Air force takes delivery of four new helicopters
Crews completed a crash course on the new avionics before the helicopters arrived.
A plan to lease older helicopters was shot down by parliament last year.
""",
        """Eagles crash to defeat as Falcons shoot down comeback
The Harbour Eagles crashed to a third straight defeat on Sunday as the Falcons shot down a late comeback.
""",
        """Transport plane hit by gunfire lands safely
A military transport plane was hit by small-arms fire on approach but landed safely at its base, the army said.
""",
    ],
)
def test_articles_with_no_aircraft_loss_have_no_mention(text):
    assert mentions_of(text) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Hezbollah claimed the downing of an Israeli Hermes 450 drone over south Lebanon.", [("Hezbollah", "claimed")]),
        ("The drone was intercepted by Israel's Iron Dome over Eilat, the army said.", [("Israel", None)]),
        ("Azerbaijan's defence ministry said its air defences shot down an Armenian Su-25.", [("Azerbaijan", "claimed")]),
        ("A Turkish F-16 shot down a Syrian Su-24 that had violated its airspace.", [("Turkey", None)]),
        ("Russia blames Israel after a Syrian S-200 downs a Russian Il-20.", [("Syria", None)]),
        ("The Islamic State group claimed responsibility for downing the helicopter.", [("Islamic State group", "claimed")]),
    ],
)
def test_more_perpetrator_shapes(sentence, expected):
    assert perpetrators(sentence) == expected


def test_reports_called_false_and_a_suggested_friendly_fire():
    assert cues("Reports that the helicopter had been shot down were false, the army said.") == [("shot_down", True)]
    assert cues("Bloggers suggested the radar plane had been hit by friendly S-300 fire.") == [("friendly_fire", False)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an indefinite description of the side named ("an African state") is no second shooter ...
        (
            "Algerian fighter jets shot down a Moroccan drone on Sunday, the third time an African state has "
            "destroyed a foreign aircraft this year.",
            [("Algeria", None)],
        ),
        # ... but it is the shooter when nothing else names one
        ("An African state shot down a Moroccan drone on Sunday.", [("African state", None)]),
        ("A rebel group shot down an army helicopter over the hills.", [("rebels", None)]),
        # a maker ("Swedish-made") and the product's name after it did not fire the missile
        ("Witnesses said the patrol plane was hit by a Swedish-made RBS missile fired from the ridge.", []),
        ("The patrol plane was shot down by a French-supplied Chadian missile.", [("Chad", None)]),
    ],
)
def test_descriptions_and_makers_are_not_perpetrators(sentence, expected):
    assert perpetrators(sentence) == expected


def test_a_maker_adjective_is_not_part_of_a_party_name():
    assert party_name("Italian-built Mongolian batteries") == "Mongolia"


@pytest.mark.parametrize(
    "sentence, shooters",
    [
        ("Chilean F-5s down Peruvian drone near Arica", ["F-5s"]),
        ("The border post said the drone had been hit by a missile fired by a Chilean F-5.", ["F-5"]),
        ("A Chilean F-5 shot down a Peruvian Mirage 2000 over the coast on Sunday.", ["F-5"]),
        # no aircraft shot at: the F-5 is the one lost
        ("A Chilean F-5 hit the ground near Arica on Sunday.", []),
        ("A Chilean F-5 came down near Arica after an engine fire.", []),
    ],
)
def test_shooter_aircraft(sentence, shooters):
    found = shooter_aircraft(next(analyze(sentence).sents), aircraft_spans(sentence))
    assert [sentence[start:end] for start, end in found] == shooters


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # losses told without "crash" or "shot down"
        ("During a night landing the Puma rolled over at the edge of the clearing.", [("crashed", False)]),
        ("The seaplane ditched in the lagoon after its engine failed.", [("crashed", False)]),
        ("The cargo jet overran the runway in heavy rain and broke apart.", [("crashed", False)]),
        ("Dashcam footage shows the stricken transport plane falling into the forest.", [("crashed", False)]),
        ("The trainer burst into flames shortly after take-off.", [("crashed", False)]),
        # the same words about something else, or about no aircraft at all
        ("The airline's shares recovered after falling sharply last week, when it grounded two jets.", []),
        ("The ministry ditched its plan to buy twelve helicopters.", []),
        ("The court overturned the ban on drone flights over the capital.", []),
    ],
)
def test_more_loss_shapes_and_their_look_alikes(sentence, expected):
    assert cues(sentence) == expected


def test_a_hit_by_a_weapon_in_the_passive():
    text = "The gunship was hit by one of the older shoulder-launched missiles the militia still holds, its commanders said."
    assert cues(text) == [("shot_down", False)]
    assert cues("The airliner was hit by severe turbulence over the mountains.") == []


def test_landing_safely_saves_only_the_aircraft_that_landed():
    text = "Rebels said their gunners downed a Su-25 over the ridge, while a second jet they hit made it back to base."
    assert ("shot_down", False) in cues(text)
    assert cues("The Su-25 was hit by ground fire but managed to land at its base.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Over 40 army helicopters have been brought down by the insurgents since 2019, by their own count.", []),
        ("The navy has lost dozens of drones so far.", []),
        # a count with a superlative is one incident
        ("Two trainers collided over the bay on Monday, the worst air accident since 2010.", [("collision", False)]),
    ],
)
def test_running_totals_of_aircraft_are_no_loss(sentence, expected):
    assert cues(sentence) == expected


def test_an_ordinal_compared_with_earlier_losses_is_this_loss():
    assert not is_background("A Jordanian F-16 crashed near Mafraq on Sunday, the second such loss this year.")
    assert is_background("A Jordanian F-16 crashed near Mafraq in 2018.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a shooter named by its aircraft: the country before it, else nobody
        ("A Spanish Eurofighter Typhoon shot down a drone over the Gulf of Aden on Friday.", [("Spain", None)]),
        ("A Eurofighter Typhoon shot down a drone over the Gulf of Aden on Friday.", []),
        # an alliance, and the plural owner of the air defences
        ("Two coalition warplanes had shot down a Mohajer-6 near the border.", [("coalition", None)]),
        ("The militants' air defences shot the helicopter down near the pass.", [("militants", None)]),
        # "by mistake" is no shooter; the second agent is
        ("The transport was shot down by mistake by Armenian air defences.", [("Armenia", None)]),
        # a shooter only supposed ("might have been hit") is no perpetrator
        ("Bloggers suggested the jet might have been hit by a Belarusian battery.", []),
    ],
)
def test_further_perpetrator_shapes(sentence, expected):
    assert perpetrators(sentence) == expected


def test_a_subject_phrase_stops_where_its_words_end():
    # a parse spaCy gives some such sentences: "a fourth such report" hangs on the subject, over the verb
    words = "Kenya 's army said it downed a Somali drone near Mandera , a fourth such report in weeks .".split()
    heads = [2, 0, 3, 3, 5, 3, 8, 8, 5, 5, 9, 3, 15, 15, 15, 2, 15, 16, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "nsubj", "ccomp", "det", "amod", "dobj", "prep", "pobj", "punct",
            "det", "amod", "amod", "appos", "prep", "pobj", "punct"]  # fmt: skip
    pos = ["PROPN", "PART", "NOUN", "VERB", "PRON", "VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT",
           "DET", "ADJ", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"]  # fmt: skip
    lemmas = [{"said": "say", "downed": "down"}.get(w, w) for w in words]
    spaces = [i not in (0, 10, 17, 18) for i in range(len(words))]
    doc = Doc(analyze("").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))  # fmt: skip
    sentence = next(doc.sents)
    assert attribute(sentence).source == "Kenya's army"
    drone = doc.text.index("drone")
    found = perpetrator_cues(sentence, "Kenya's army", [(drone, drone + 5)])
    assert [(c.value, c.stance) for c in found] == [("Kenya", "claimed")]


def test_a_relative_clause_speaker_is_the_noun_it_describes():
    text = (
        "Army helicopter lost over the delta\n"
        "A Nigerian Air Force Mi-35 crashed in the delta on Friday, the air force said.\n"
        "The Delta Liberation Front, which said it downed the gunship with a rocket, posted no video.\n"
    )
    [mention] = mentions_of(text)
    sources = {s.evidence.attributed_to for s in mention.fields["cause"] if s.value == "shot_down"}
    assert sources == {"The Delta Liberation Front"}
    assert "which" not in {s.evidence.attributed_to for s in mention.fields["cause"]}


def test_letters_that_are_only_an_iso_code_name_no_operator():
    text = "AU gunship crashes near the river\nAn AU gunship crashed near the river on Friday, police said.\n"
    [mention] = mentions_of(text)
    assert "operator" not in mention.fields
    us = "US drone crashes near the river\nA US drone crashed near the river on Friday, police said.\n"
    [mention] = mentions_of(us)
    assert {s.value for s in mention.fields["operator"]} == {"United States"}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the weapon is the subject: its launcher is the perpetrator
        ("A drone launched by the Kelvari militia destroyed an army Mi-17 helicopter near the border on Tuesday.",
         [("Kelvari militia", None)]),
        ("A drone destroyed an army Mi-17 helicopter near the border on Tuesday.", []),
    ],
)
def test_launcher_of_a_weapon_subject(sentence, expected):
    assert perpetrators(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the operator's side blames a fault: that contradicts a shoot-down
        ("The coastguard said an engine failure caused the patrol plane to crash off the cape.",
         [("shot_down", True), ("crashed", False)]),
        ("Base officials blamed a hydraulic malfunction for the crash of the trainer jet.",
         [("shot_down", True), ("crashed", False)]),
    ],
)
def test_a_technical_cause_denies_a_shoot_down(sentence, expected):
    assert [c for c in cues(sentence) if c != ("unknown", False)] == expected


@pytest.mark.parametrize(
    "sentence",
    [  # a fault ruled out, or only one possibility, contradicts nothing
        "The trainer jet crashed in a field, and the air force ruled out a technical fault.",
        "Investigators are looking at whether a mechanical problem caused the helicopter to crash.",
        "The crew reported a missile or an electrical fault shortly before the plane crashed.",
    ],
)
def test_a_fault_ruled_out_or_open_denies_nothing(sentence):
    assert ("shot_down", True) not in cues(sentence)


def test_the_agency_said_is_the_agency_named_earlier_in_the_sentence():
    text = ("A glide bomb dropped by Moldavia's naval aviation command sank a patrol boat near the delta, "
            "the command said on Monday.")  # fmt: skip
    assert attribute(next(analyze(text).sents)).source == "Moldavia's naval aviation command"
    # no fuller name earlier: "the command" stays as written
    plain = "The patrol boat sank near the delta after a storm, the command said on Monday."
    assert attribute(next(analyze(plain).sents)).source == "the command"


def test_a_name_with_the_arabic_article_is_the_same_group():
    assert same_party("Al-Kasirah militants", "Kasirah")
    assert not same_party("Al-Kasirah militants", "Kasim brigade")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The navy said a patrol drone was lost at sea, a day after the Coastal Front announced a hit on a naval drone.",
         [("Coastal Front", "claimed")]),
        # a hit on something that is no aircraft names no shooter of one
        ("The navy said a patrol drone was lost at sea, a day after the Coastal Front announced a hit on a fuel depot.",
         []),
    ],
)
def test_a_side_announcing_a_hit_on_an_aircraft_claims_it(sentence, expected):
    assert perpetrators(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # flying into terrain or an obstacle is a crash, whatever the verb
        ("Six passengers died when the commuter plane struck a wooded hillside in cloud.", [("crashed", False)]),
        ("The Bell 412 hit a mountainside minutes after leaving the base.", [("crashed", False)]),
        ("A crop-spraying aircraft slammed into a row of warehouses near the runway.", [("crashed", False)]),
        ("The freighter ploughed into the side of a ridge in thick fog, officials said.", [("crashed", False)]),
        ("Witnesses saw the trainer jet nose-dive into a field.", [("crashed", False)]),
        # an unexplained break-up or a vanishing from radar is a loss of unknown cause
        ("A navy patrol aircraft broke up in mid-air over the bay on Tuesday.", [("unknown", False)]),
        ("The Antonov dropped off radar forty minutes into the flight.", [("unknown", False)]),
        # a weapon hitting the ground, a truck hitting a bus: no aircraft lost
        ("A rocket struck a hillside outside the town.", []),
        ("The fuel truck slammed into a bus on the highway.", []),
    ],
)
def test_impacts_and_unexplained_break_ups(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of drones fell into the harbour when the light show over the bay went wrong.",
        "Hundreds of display drones plunged to the ground during a festival rehearsal.",
        "A toy helicopter crashed into the crowd at the fair.",
        "The club's model aircraft crashed into a hedge during the weekend meet.",
    ],
)
def test_show_drones_and_models_are_no_aircraft_loss(sentence):
    assert cues(sentence) == []


@pytest.mark.parametrize(
    "sentence, shooters",
    [
        ("The ministry said one of its Su-35 fighters had downed a Ukrainian Su-27 over the front.", ["Su-35 fighters"]),
        ("Officials said two of the F-16s shot down an Iranian drone near the border.", ["F-16s"]),
        ("A pair of Rafale jets intercepted a Pakistani F-16 over the valley, New Delhi said.", ["Rafale jets"]),
        ("One of the navy's MiG-29K jets crashed into the sea after a training sortie.", []),
    ],
)
def test_a_shooter_counted_among_others(sentence, shooters):
    found = shooter_aircraft(next(analyze(sentence).sents), aircraft_spans(sentence))
    assert [sentence[start:end] for start, end in found] == shooters


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a loss that killed people hit the ground: a crash, even when the verb says nothing of how
        ("In May a survey plane went down in a swamp near the river, killing both pilots.", [("crashed", False)]),
        ("A refuelling tanker broke up in mid-air over the county, killing all nine crew.", [("crashed", False)]),
        ("The Mi-8 came down in fog and none of the twelve people aboard survived.", [("crashed", False)]),
        ("The helicopter went down near the lake; rescuers are still searching for the crew.", [("unknown", False)]),
        # an accident report in officialese
        ("A Pilatus trainer was involved in an accident near the air base this morning.", [("crashed", False)]),
        ("Two army helicopters were involved in a serious mishap during a night sortie.", [("crashed", False)]),
        # a bird or lightning hitting an aircraft is no attack
        ("A flock of geese hit the airliner shortly after take-off, cracking its windscreen.", []),
        ("Lightning struck the helicopter as it flew over the ridge.", []),
        # statements about a kind, exercises and games are no loss
        ("Museums are where old planes come to crash and gather dust.", []),
        ("Old gunships tend to crash in the summer heat, engineers say.", []),
        ("In the scenario, two crews ejected after their jets were hit by missiles.", []),
        ("Teams practised rescuing pilots shot down behind enemy lines.", []),
        ("His drone clipped a gate and crashed out of the drone racing final.", []),
    ],
)
def test_deadly_unexplained_losses_accidents_and_look_alikes(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # firing at an aircraft is a shoot-down only when the aircraft then falls
        ("The group said its fighters fired a shoulder-launched missile at the helicopter and that it fell in flames.",
         [("shot_down", False), ("crashed", False)]),
        ("Militants fired two rockets at the Mi-8 as it landed; the helicopter crashed.", [("shot_down", False), ("crashed", False)]),
        ("Insurgents launched a missile at the transport plane, which then fell into the hills.",
         [("shot_down", False), ("crashed", False)]),
        ("Troops fired warning shots at the drone, which flew away.", []),
        ("Rebels fired a missile at the jet, but it returned to base.", []),
    ],
)
def test_firing_at_an_aircraft_that_then_falls(sentence, expected):
    assert cues(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebel jet downed by own side over the city",
        "Army drone shot down by own gunners near the front",
        "Helicopter brought down by own fire, ministry admits",
    ],
)
def test_headline_friendly_fire_without_a_possessive(sentence):
    assert ("friendly_fire", False) in cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a service word before the model ("army", "coast guard") can be parsed as a second subject
        "An army UH-60 crashed in the valley on Monday, killing four soldiers.",
        "A coast guard Islander went missing off the coast on Sunday with three crew.",
        "A police AS350 crash-landed in a car park on Friday.",
        "A navy Lynx ditched off the island during a night exercise.",
        "Rebels said they had shot down an army Su-25 near the town.",
        "Gunmen brought down a police Bell 412 outside the city.",
    ],
)
def test_a_service_word_before_the_model_keeps_the_loss(sentence):
    assert cues(sentence) and all(not negated for _, negated in cues(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The helicopter was hit by its own troops near the border.",
        "A transport plane was brought down by friendly fire over the bay.",
        "Our own anti-aircraft gunners shot down the Su-25 by mistake.",
        "The Mi-8 was downed by fire from its own gunners on the ridge.",
        "The drone was accidentally shot down by an allied warship.",
        "The gunship was brought down by friendly ground troops who took it for an enemy aircraft.",
    ],
)
def test_friendly_fire_in_many_words(sentence):
    assert "friendly_fire" in [value for value, negated in cues(sentence) if not negated]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels shot down the Mi-24 with a shoulder-fired missile.",
        "Rebels said they shot down the jet, but the army said it crashed by mistake of the crew.",
        "The crash of the trainer was blamed on pilot error.",
        "Allied jets shot down two drones over the sea.",
        "The border guards said the helicopter was shot down by their forces by mistake.",
        "The airliner was mistakenly hit by a missile fired by a foreign air defence unit.",
        "The airliner had been mistaken for a hostile target by the air defence crew.",
        "The air force lost a helicopter, and at least one aircraft to its own side in recent years.",
        "The helicopter was struck in mid-air by a missile and broke apart.",
    ],
)
def test_no_friendly_fire_without_own_side_or_mistake(sentence):
    assert not {"friendly_fire", "collision"} & {value for value, _ in cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Did the army shoot down the drone, and who will pay for it?",
        "Electronic jammers can bring a drone down without firing a shot.",
        "The country cannot shoot down every drone with an expensive missile.",
        "Several passengers said they feared the plane would crash.",
        "A regional jet made a hard landing in gusty winds, but there was no damage to the aircraft.",
        "The turboprop made a heavy landing and returned to service the next morning.",
    ],
)
def test_questions_abilities_fears_and_harmless_landings_tell_no_loss(sentence):
    assert cues(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Boeing 737 suffered a hard landing that buckled its fuselage and injured six.", "crashed"),
        ('The general says the helicopter "ditched" into the water at about 10 pm.', "crashed"),
        ("Four aircrew are missing after their helicopter went into the sea on Friday.", "crashed"),
        ("A navy Seahawk came down into the water off the coast; the crew was rescued.", "crashed"),
        ("Two Eurofighter jets touched in mid-air and both came down in the forest.", "collision"),
        ("The trainers clipped each other in mid-air over the airfield.", "collision"),
        ("The Ka-52 that can carry eight missiles was shot down on Tuesday.", "shot_down"),
    ],
)
def test_losses_in_other_words(sentence, expected):
    assert expected in [value for value, negated in cues(sentence) if not negated]


@pytest.mark.parametrize(
    "sentence",
    [
        "The turboprop veered off the runway on take-off and crashed into a helicopter parked on the helipad.",
        "The Cessna skidded off the strip and struck two helicopters that were parked nearby.",
        "While taxiing, the airliner clipped a parked cargo jet with its wingtip.",
        "The light aircraft ran into a stationary Mi-8 at the end of the apron.",
        "On landing the Twin Otter swerved into another aircraft waiting to take off.",
        "The departing jumbo lifted off too late and struck the top of the other airliner.",
        "Its wing sliced through the tail of a taxiing Boeing 737.",
    ],
)
def test_one_aircraft_running_into_another_is_a_collision(sentence):
    assert ("collision", False) in cues(sentence)
    assert ("shot_down", False) not in cues(sentence)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A kamikaze drone struck a parked helicopter at the airbase on Sunday.", "shot_down"),
        ("A missile hit two helicopters that were parked on the apron.", "shot_down"),
        ("The jet crashed into a hillside shortly after take-off.", "crashed"),
    ],
)
def test_attacks_on_parked_aircraft_and_terrain_crashes_are_no_collision(sentence, expected):
    values = [v for v, negated in cues(sentence) if not negated]
    assert expected in values and "collision" not in values


@pytest.mark.parametrize(
    "sentence",
    [
        "Army anti-aircraft gunners opened fire on one of the army's own drones and shot it down near the base.",
        "Navy gunners shot down own helicopter by mistake, sources say.",
        "Air-defence crews mistakenly downed the air force's own Bayraktar drone over the capital on Sunday.",
        "Soldiers at the checkpoint hit one of the brigade's own reconnaissance drones with machine-gun fire.",
    ],
)
def test_downing_ones_own_aircraft_is_friendly_fire(sentence):
    assert ("friendly_fire", False) in cues(sentence)


def test_building_ones_own_drones_is_no_loss():
    assert cues("The country's own drones flew over the parade, and the navy's own jets will follow next year.") == []


# --- words that look like a loss cue but tell no loss --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The K-8 trainer, a jet the country assembles at its own aircraft factory, crashed into a field.",
        "The navy builds its own helicopters at a yard near the capital, and one of them crashed on Monday.",
        "The air force flies its own drones from the base, and one of them came down in a lake.",
    ],
)
def test_own_aircraft_industry_is_no_friendly_fire(text):
    assert all(value != "friendly_fire" for value, _ in cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Su-24 was shot down by its own aircraft in a tragic error over the gulf.",
        "Officials said the helicopter was downed by their own jets during the confusion.",
    ],
)
def test_downed_by_own_aircraft_is_friendly_fire(text):
    assert ("friendly_fire", False) in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The collision is the worst air accident in the valley since 2015, when an Airbus A320 struck the mountains.",
        "Sunday's crash was one of the deadliest in the region since 2011, when a Boeing 737 flew into a hillside.",
        "The accident marks the first loss of a glider there since 2019, when a Cessna 172 crashed into a lake.",
    ],
)
def test_ranked_news_event_says_nothing_of_the_recalled_aircraft(text):
    values = [value for value, _ in cues(text)]
    assert "collision" not in values
    assert "crashed" in values


def test_collision_told_outright_stays_a_collision():
    assert ("collision", False) in cues("The Cessna 172 and the glider collided over the airfield on Sunday.")
    assert ("collision", False) in cues("The collision between the two Cessna 172 aircraft killed four people.")


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the F-16 could have been hit by ground fire, the spokesman said there was no sign of it.",
        "Reporters asked if the Mi-17 had been shot down by rebels, but officials gave no answer.",
        "Have the rebels shot down an Mi-24 before?",
        "Was the Reaper drone shot down by a missile?",
    ],
)
def test_a_question_reports_no_shoot_down(text):
    assert all(value != "shot_down" for value, _ in cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "What we know about the militia's claim to have downed a US MQ-9 Reaper drone",
        "The group repeated its claims of having shot down an Mi-8 helicopter near the river.",
        "Analysts doubt the rebels' claim that they had shot down a Su-25 jet.",
    ],
)
def test_claim_noun_makes_the_cue_claimed(text):
    sentence = next(analyze(text).sents)
    found = [c for c in loss_cues(sentence, aircraft_spans(text)) if c.value == "shot_down"]
    assert found and all(c.stance == "claimed" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Another Mirage 2000-5 returning from an interception mission crashed into the sea.",
        "The older F-16 jets are still heavily used for interception of foreign aircraft over the sea.",
        "The MiG-29 squadron on interception duty lost a jet in a landing accident.",
    ],
)
def test_interception_as_a_task_is_no_shoot_down(text):
    assert all(value != "shot_down" for value, _ in cues(text))


def test_interception_of_a_drone_is_a_shoot_down():
    assert ("shot_down", False) in cues("Air defences reported the interception of a Shahed-136 drone over the city.")


def test_misparsed_finite_verb_keeps_its_aircraft():
    text = "On that day another Mirage 2000-5 returning from an interception mission crashed into the sea north of the island."
    assert ("crashed", False) in cues(text)

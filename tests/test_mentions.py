"""Grouping sentences into incident mentions, on articles written for these tests."""

import pytest

from sitrep.extract.mentions import extract_mentions
from sitrep.models import Article
from sitrep.nlp import analyze
from sitrep.reconcile import summarise


def mentions_of(text, published=None):
    article = Article(id="test.txt", raw_text=text, clean_text=text, published=published)
    return extract_mentions(article, analyze(text))


def summary(mention):
    return summarise([mention])


BORDER_STORY = """Ukrainian Su-25 attack jet shot down near Bakhmut, pilot killed
A Ukrainian Su-25 attack jet was shot down near Bakhmut on Tuesday, the Russian defence ministry said.
The ministry said the aircraft was hit by a Russian S-300 surface-to-air missile, killing the pilot.
Kyiv denied that the jet had been shot down and said it crashed because of a technical fault.
Last month another Su-25 was lost over the Zaporizhzhia region, according to Ukrainian media.
Fighting around the town has killed hundreds of soldiers in recent weeks.
"""


def test_main_and_background_mentions_with_fields():
    mentions = mentions_of(BORDER_STORY, published="2023-03-09")
    assert [m.role for m in mentions] == ["main", "background"]
    main = summary(mentions[0])
    assert main["aircraft"] == {"model": "Su-25", "family": "Su-25", "category": "fighter"}
    assert main["date"] == {"value": "2023-03-07", "precision": "day"}
    assert main["location"]["country"] == "Ukraine"
    assert main["operator"] == "Ukraine"
    assert main["weapon"] == "surface-to-air missile"
    assert main["killed"] == 1
    assert main["cause"] == "disputed"  # asserted by Moscow, denied by Kyiv
    background = summary(mentions[1])
    assert background["date"] == {"value": "2023-02", "precision": "month"}
    assert background["aircraft"]["family"] == "Su-25"


def test_denial_is_kept_with_its_source():
    mention = mentions_of(BORDER_STORY, published="2023-03-09")[0]
    denied = [s for s in mention.fields["cause"] if s.evidence.stance == "denied"]
    assert denied and denied[0].value == "shot_down"
    assert denied[0].evidence.attributed_to == "Kyiv"
    assert "technical fault" in denied[0].evidence.text


def test_ground_fighting_toll_is_not_the_crew():
    mentions = mentions_of(BORDER_STORY, published="2023-03-09")
    assert all(summary(m)["killed"] != 100 for m in mentions)
    assert "killed" not in mentions[1].fields


TWO_AIRCRAFT = """Two helicopters lost in one day
A military helicopter crashed in Kaduna state on Monday, killing all four people on board, officials said.
Hours later another helicopter was shot down by gunmen near Birnin Gwari, police said.
"""


def test_another_aircraft_opens_a_second_main_mention():
    mentions = mentions_of(TWO_AIRCRAFT, published="2022-06-08")
    assert [m.role for m in mentions] == ["main", "main"]
    first, second = summary(mentions[0]), summary(mentions[1])
    assert first["cause"] == "crashed" and first["killed"] == 4 and first["on_board"] == 4
    assert second["cause"] == "shot_down"
    assert first["date"]["value"] == "2022-06-06"


def test_destination_and_speech_places_are_not_the_crash_site():
    text = (
        "A transport plane flying to Juba crashed near Kapoeta on Sunday, a spokesman told reporters in Nairobi.\n"
    )
    mention = mentions_of(text, published="2021-05-04")[0]
    places = {s.value.get("place") or s.value.get("admin1") or s.value["country"] for s in mention.fields["location"]}
    assert "Juba" not in places and "Nairobi" not in places
    assert any("Kapoeta" in str(p) for p in places)


def test_an_article_with_no_loss_gives_no_mention():
    text = (
        "Air force takes delivery of six new Mi-17 helicopters\n"
        "The helicopters were handed over at a ceremony at the capital's airport on Friday.\n"
        "Officials said the aircraft would be used for transport and medical evacuation.\n"
    )
    assert mentions_of(text, published="2024-01-12") == []


def test_every_evidence_span_lies_inside_its_sentence():
    for mention in mentions_of(BORDER_STORY, published="2023-03-09"):
        for statements in mention.fields.values():
            for statement in statements:
                evidence = statement.evidence
                assert 0 <= evidence.start <= evidence.end <= len(BORDER_STORY)
                assert BORDER_STORY[evidence.start : evidence.end] in evidence.text


# --- where it happened -------------------------------------------------------------------------


def places_in(text: str, index: int = 0) -> list[tuple[str, str, str | None]]:
    """(words, country, admin1) of the incident places of the sentence `index`."""
    from sitrep.extract.places import incident_places, read_places

    doc = analyze(text)
    sentence = list(doc.sents)[index]
    return [(m.text, p.country, p.admin1) for m, p in incident_places(sentence, read_places(text))]


def test_place_after_an_area_or_zone_of_a_region():
    text = "Militia fighters said they downed a gunship in the Kobo zone of the Amhara region on Monday.\n"
    assert ("Amhara region", "Ethiopia", "Amhara") in places_in(text)
    coast = "A drone was shot down off the coast of Hodeidah in May.\nThe war in Yemen goes on.\n"
    assert [(c, a) for _, c, a in places_in(coast)] == [("Yemen", "Hodeidah")]


def test_places_that_do_not_locate_the_loss():
    border = "A Patriot missile hit the jet near the Kuwait-Iraq border.\n"
    assert places_in(border) == []
    base = "The bomber was returning to its base in Qatar when it came down.\n"
    assert places_in(base) == []
    launch = "The airliner was struck by a missile fired during a drill in Crimea, and all 60 aboard died.\n"
    assert places_in(launch) == []
    hospital = "The helicopter crashed near Kandahar and the injured were treated at a hospital in Kabul.\n"
    assert [p for p, _, _ in places_in(hospital)] == ["Kandahar"]
    earlier = "The airliner crashed hours after militants shelled a base in Basra.\n"
    assert places_in(earlier) == []


def test_a_demonym_with_territory_places_the_loss_in_its_country():
    inside = "The reconnaissance drone came down inside Syrian territory, the army said.\n"
    assert [(c, a) for _, c, a in places_in(inside)] == [("Syria", None)]
    launched = "The missile was fired from Syrian territory at the drone.\n"
    assert places_in(launched) == []


def test_namesake_follows_the_region_the_article_names():
    text = "Two small planes collide near Columbus\nCOLUMBUS, Georgia - Two small planes collided on Sunday.\n"
    assert places_in(text) == [("Columbus", "United States", "Georgia")]


def test_fuzzy_namesake_abroad_is_dropped_even_with_a_demonym():
    text = (
        "A Malian army helicopter crashed near the town of Boni in central Mali, French officials said.\n"
    )
    assert [c for _, c, _ in places_in(text)] == ["Mali"]


# --- dates, background and tolls ----------------------------------------------------------------


EARLIER_INCIDENTS = """Army helicopter shot down near the front, two pilots killed
An army Mi-8 helicopter was shot down near Kupiansk on Monday, killing both pilots, the army said.
No one on the ground was hurt.
The loss came two months after a Su-25 was shot down over the Kherson region in early March.
Rebels have downed a number of drones this year. One was shot down over Kharkiv in January.
"""


def test_earlier_incidents_become_background_mentions():
    mentions = mentions_of(EARLIER_INCIDENTS, published="2024-05-08")
    assert [m.role for m in mentions] == ["main", "background", "background"]
    main, su25, drone = (summary(m) for m in mentions)
    assert main["date"] == {"value": "2024-05-06", "precision": "day"}
    assert (main["killed"], main["on_board"], main["wounded"]) == (2, 2, 0)
    assert su25["aircraft"]["model"] == "Su-25" and su25["date"] == {"value": "2024-03", "precision": "month"}
    assert su25["location"]["admin1"] == "Kherson"
    assert drone["date"] == {"value": "2024-01", "precision": "month"}  # "One was shot down": one of them
    assert drone["location"]["admin1"] == "Kharkiv"


def test_zero_toll_gives_way_to_the_crew_toll():
    text = (
        "A transport plane crashed near Juba on Friday, killing all four crew.\n"
        "No one on the ground was killed.\n"
    )
    assert summary(mentions_of(text, published="2024-02-10")[0])["killed"] == 4


def test_headline_and_lede_before_the_first_loss_sentence_join_the_news():
    text = (
        "Air force mourns Su-24 pilot killed in Zaporizhzhia\n"
        "The air force announced the death of one of its Su-24 pilots, who was killed on Sunday in the "
        "Zaporizhzhia region.\n"
        "It did not say how the aircraft was lost.\n"
    )
    mention = summary(mentions_of(text, published="2024-03-05")[0])
    assert mention["date"] == {"value": "2024-03-03", "precision": "day"}
    assert mention["location"]["admin1"] == "Zaporizhzhia" and mention["killed"] == 1


def test_undated_article_takes_the_dateline_day_and_the_story_year():
    dateline = "Su-30 crashes during training\nMOSCOW, July 2. A Su-30 fighter crashed on Friday, the ministry said.\n"
    assert summary(mentions_of(dateline)[0])["date"] == {"value": "--07-02", "precision": "month_day"}
    story = (
        "How the 1999 air campaign cost two jets\n"
        "During the 1999 campaign two allied jets were shot down.\n"
        "On March 27, an F-117 was shot down by a missile near Budjanovci.\n"
    )
    dates = [summary(m)["date"] for m in mentions_of(story)]
    assert {"value": "1999-03-27", "precision": "day"} in dates


def test_a_follow_up_story_has_one_news_incident():
    text = (
        "Inquiry finds missile downed army helicopter in February\n"
        "NEW DELHI, Oct 4 - An inquiry found that an army missile shot down a Mi-17 helicopter on February 27, "
        "killing six airmen, the air force said.\n"
        "The same day, a MiG-21 was shot down over Kashmir.\n"
    )
    mentions = mentions_of(text, published="2019-10-04")
    assert [m.role for m in mentions] == ["main", "background"]
    assert summary(mentions[1])["date"] == {"value": "2019-02-27", "precision": "day"}


def test_a_place_the_article_locates_itself():
    text = (
        "A reconnaissance drone was shot down near the Wadi Zarqun outpost on Sunday, the army said.\n"
        "Wadi Zarqun, in the hills of Idlib province, has changed hands twice this year.\n"
    )
    assert places_in(text) == [("Wadi Zarqun", "Syria", "Idlib")]


def test_the_place_of_an_earlier_mission_is_not_the_crash_site():
    text = "The tanker was flying home after a patrol over Libya when it crashed into the sea off Malta.\n"
    assert [p for p, _, _ in places_in(text)] == ["Malta"]


def test_namesake_in_the_country_where_things_happen():
    text = "A drone crashed in Punjab on Sunday, Pakistan's Dawn newspaper reported, the third such crash in India this month.\n"
    assert ("Punjab", "India", "Punjab") in places_in(text)



def _values(mention, field):
    return [(s.value, s.evidence.attributed_to, s.evidence.stance) for s in mention.fields.get(field, [])]


def the_mention(*lines):
    (mention,) = mentions_of("\n".join(lines) + "\n", published="2024-06-10")
    return mention


def test_the_shooters_aircraft_is_neither_lost_nor_the_operators():
    mention = the_mention(
        "Peruvian drone downed near Arica",
        "A Peruvian surveillance drone was shot down near Arica on Sunday by a missile fired by a Chilean F-5, "
        "the Chilean air force said.",
    )
    assert {s.value["category"] for s in mention.fields["aircraft"]} == {"drone"}
    assert {value for value, _, _ in _values(mention, "operator")} == {"Peru"}


def test_a_speech_verb_in_a_relative_clause_does_not_voice_the_sentence():
    crash = "In May a Chilean C-212 transport crashed on approach to Punta Arenas, killing all six people on board"
    mention = the_mention("Chilean transport crash kills six", f"{crash}, an accident the air force blamed on icing.")
    assert _values(mention, "cause") == [("crashed", "the outlet", "asserted")]
    # the same verb governing the sentence still voices it
    blamed = the_mention("Chilean transport crash", "Santiago blamed a frozen sensor for the crash of a C-212 in May.")
    assert [(source, stance) for _, source, stance in _values(blamed, "cause")] == [("Santiago", "claimed")]


def test_a_rejected_claim_denies_the_claimed_loss():
    mention = the_mention(
        "Colombia says it downed Ecuadorian jet",
        "Colombia said on Monday that its air defences had shot down an Ecuadorian Super Tucano near the border.",
        "Ecuador rejected the claim, saying no Super Tucano had been used in the operation and none had been lost.",
    )
    assert ("shot_down", "Ecuador", "denied") in _values(mention, "cause")
    # a plain "no aircraft was lost" still tells no incident
    assert mentions_of("The base was shelled overnight.\nNo aircraft was lost in the raid.\n") == []


def test_a_city_before_a_reporting_verb_is_not_the_operator():
    mention = the_mention(
        "Cargo plane crashes after take-off",
        "Officials confirmed on Tuesday that a cargo plane had crashed after take-off from Nairobi, saying the Dash 8 "
        "had reported an engine fire.",
    )
    # "Nairobi, saying" is not Kenya speaking as the operator; the crash site may still stand for it
    location_evidence = [s.evidence for s in mention.fields["location"]]
    assert all(s.evidence in location_evidence for s in mention.fields.get("operator", []))
    assert _values(the_mention("A Kenyan Dash 8 crashed near Nairobi on Monday."), "operator")[0][0] == "Kenya"


@pytest.mark.parametrize("lines, model", [
    (("Army helicopter crashes near Garissa",
      "An army helicopter crashed near Garissa on Monday, killing its two pilots, the Kenyan army said.",
      "Footage showed the aircraft, identified by analysts as a Bell 412 helicopter, trailing smoke."), "Bell 412"),
    # a collision: the first model named after the kinds is the main aircraft
    (("A small plane and a helicopter collided over a lake on Sunday, killing two people.",
      "The single-engine Piper PA-28 was on a training flight.",
      "The Bell 206 helicopter was flying tourists."), "Piper PA-28"),
])
def test_a_later_sentence_names_the_model(lines, model):
    assert summary(the_mention(*lines))["aircraft"]["model"] == model


def test_a_lines_first_word_is_not_a_sentence_of_its_own():
    lines = [
        "Drone strikes army helicopter near Garissa",
        "Four Kenyan soldiers were killed and six wounded on Monday when an explosive-laden drone struck an army "
        "helicopter near Garissa, the army said.",
        "Advertisement",
        "The army vowed to respond.",
    ]
    sentences = [s.text.strip() for s in analyze("\n".join(lines)).sents]
    assert sentences[1].startswith("Four Kenyan soldiers") and "Advertisement" in sentences
    assert summary(the_mention(*lines))["killed"] == 4


def _summaries(*lines):
    mentions = mentions_of("\n".join(lines) + "\n", published="2024-06-10")
    return [(m.role, summary(m)) for m in mentions]


def test_an_ordinal_after_the_loss_keeps_it_the_news():
    ((role, main),) = _summaries(
        "Jordanian F-16 crashes during training flight",
        "A Jordanian F-16 crashed near Mafraq on Sunday, the second such loss this year, the army said.",
    )
    assert role == "main" and main["date"]["value"] == "2024-06-09" and main["location"]["admin1"] == "Mafraq"


def test_shot_one_down_counts_among_the_aircraft_just_named():
    (_, main), (role, earlier) = _summaries(
        "A Libyan air force MiG-23 crashed near Derna on Sunday, killing the pilot, officials said.",
        "Libya has lost Mirage jets on that coast before.",
        "In May 2016, Egyptian F-16s shot one down near Tobruk after it strayed across the border.",
    )
    assert role == "background" and earlier["aircraft"]["model"] == "Mirage"  # not the F-16s that fired
    assert (earlier["perpetrator"], earlier["operator"], earlier["date"]["value"]) == ("Egypt", "Libya", "2016-05")


def test_an_unverified_claim_is_a_claim():
    told = (
        "The Zambezi Liberation Front's air defences shot down a government helicopter near Mongu on Monday, "
        "a spokesman for the group said."
    )
    ((_, claimed),) = _summaries(told, "The group's claim could not be confirmed.")
    assert (claimed["cause"], claimed["perpetrator"]) == ("disputed", "Zambezi Liberation Front")
    ((_, asserted),) = _summaries(told, "The group posted no footage.")
    assert asserted["cause"] == "shot_down"


def test_the_same_place_as_the_news_and_another_operator():
    news = "A Kenyan Dash 8 cargo plane crashed near Lokichoggio in Turkana county on Tuesday, killing both pilots."
    (_, main), (_, earlier) = _summaries(news, "Back in 2009 a Dash 8 of a rival carrier came down near the same airstrip.")
    assert (earlier["location"]["country"], earlier["location"]["admin1"]) == ("Kenya", "Turkana")
    assert earlier["operator"] is None and main["operator"] == "Kenya"
    (_, _), (_, elsewhere) = _summaries(news, "Back in 2009 a Dash 8 of a rival carrier came down in fog.")
    assert elsewhere["location"] is None


def test_more_of_the_same_toll_right_after_the_loss():
    lines = [
        "Mali's army said on Monday that a third soldier had died after a drone attack on an army Mi-8 helicopter "
        "near Gao at the weekend.",
        "He was buried in Bamako.",
    ]
    ((_, main),) = _summaries(*lines, "Four other soldiers were taken to hospital.")
    assert (main["cause"], main["killed"], main["wounded"]) == ("shot_down", 3, 4)
    ((_, main),) = _summaries(*lines, "Four civilians were taken to hospital.")
    assert main["wounded"] is None


def test_a_nickname_the_article_has_tied_to_a_model():
    lines = ["Two Polish MiG-29 Fulcrum fighters collided over Malbork on Tuesday, killing one pilot."]
    later = "In March a Fulcrum overran the runway at Minsk Mazowiecki during a night landing."
    (_, _), (role, earlier) = _summaries(*lines, later)
    assert (role, earlier["aircraft"]["model"], earlier["cause"]) == ("background", "MiG-29", "crashed")
    assert len(_summaries("Two Polish fighter jets collided over Malbork on Tuesday, killing one pilot.", later)) == 1


def test_places_at_a_distance_and_the_region_after_a_comma():
    text = "Rescuers found the glider on a hillside 8 miles from Tamworth airport in the Moonbi Ranges, New South Wales.\n"
    assert ("New South Wales", "Australia", "New South Wales") in places_in(text)
    assert any(p.startswith("Tamworth") for p, _, _ in places_in(text))
    assert places_in("The glider had taken off from Tamworth airport in the Moonbi Ranges, New South Wales.\n") == []


def test_the_wreck_lies_in_a_region_after_a_comma():
    ((_, main),) = _summaries(
        "Small plane missing in the Rockies",
        "A Cessna 172 went missing on Sunday during a flight over the Rockies, officials said.",
        "The wreckage lay in a gully near Lone Pine Creek, Montana.",
    )
    assert main["location"]["admin1"] == "Montana"


def test_a_later_sentence_names_the_model_of_a_cargo_plane():
    mention = the_mention(
        "A cargo plane crash-landed at a river airstrip on Sunday, officials said.",
        "Three crew members were hurt when the Antonov An-26 skidded into a ditch.",
    )
    assert {s.value["model"] for s in mention.fields["aircraft"]} >= {"An-26"}
    assert [v for v, _, _ in _values(mention, "wounded")] == [3]


def test_a_fighter_named_later_is_not_the_cargo_plane():
    mention = the_mention(
        "A cargo plane crash-landed at a river airstrip on Sunday, officials said.",
        "The Sukhoi Su-25 that escorted it returned to base.",
    )
    assert {s.value["model"] for s in mention.fields["aircraft"]} == {None}


@pytest.mark.parametrize(
    "lines",
    [
        ("Gunfire brought down police helicopter in the north; pilot dies",
         "The interior ministry said on Monday that a police Bell 412 which went down near Tumaco earlier this week "
         "had been hit by rifle fire from a drug gang."),
        ("Two airmen killed as army chopper plunges into lake",
         "The army said on Sunday that both pilots were killed when their Mi-17 plunged into a lake two days ago."),
        ("Navy confirms crew lost in patrol aircraft crash",
         "Officials said the P-3 Orion that crashed into the sea on Friday had lost an engine; all nine crew died."),
    ],
)
def test_a_headline_and_a_recent_dated_retelling_are_one_news_incident(lines):
    ((role, main),) = _summaries(*lines)
    assert role == "main"
    assert main["aircraft"]["model"] is not None


@pytest.mark.parametrize(
    "lines, model",
    [
        (("Eleven dead as commuter plane hits ridge",
          "Eleven people were killed when a Harbin Y-12 struck a ridge in heavy cloud on Saturday, police said."), "Y-12"),
        (("Air ambulance lost in the hills",
          "All four on board died when the AW139 flew into a hillside shortly after take-off on Tuesday."), "AW139"),
        (("Cargo plane smashes into warehouses",
          "An Antonov An-26 smashed into warehouses near the runway on Sunday, killing its crew of five."), "An-26"),
    ],
)
def test_flying_into_terrain_is_a_crash_incident(lines, model):
    ((role, main),) = _summaries(*lines)
    assert (role, main["aircraft"]["model"], main["cause"]) == ("main", model, "crashed")


def test_a_drone_show_gone_wrong_is_no_incident():
    assert mentions_of(
        "Drones rain down on spectators as light show fails\n"
        "About two hundred drones fell out of the sky over the marina on Saturday during a light show.\n"
        "Nobody was hurt, organisers said.\n",
        published="2024-06-10",
    ) == []


@pytest.mark.parametrize(
    "lines, model, category",
    [
        (("A small cargo plane crash-landed at a jungle airstrip on Thursday, officials said.",
          "Both pilots of the Let L-410 were taken to hospital."), "L-410", "transport"),
        (("A freighter carrying mining equipment overran the runway on Monday.",
          "The Cessna 208 had flown in from the coast."), "Cessna 208 Caravan", "transport"),
        (("A passenger plane with 30 people on board skidded off the runway on Sunday.",
          "The Y-12 was operated by a regional airline."), "Y-12", "airliner"),
    ],
)
def test_the_role_the_article_gives_a_civil_type(lines, model, category):
    ((_, main),) = _summaries(*lines)
    assert (main["aircraft"]["model"], main["aircraft"]["category"]) == (model, category)


@pytest.mark.parametrize(
    "lines, model, country",
    [
        (("A Sukhoi jet of the air force broke up in the air over the plains on Friday, the armed forces said.",
          "The two-seat Su-30 had been sent to intercept a smuggling flight."), "Su-30", None),
        (("The de Havilland Canada turboprop lost contact with the tower over Kenya on Monday and crashed.",
          "The Twin Otter was on a scheduled run."), "DHC-6", "Kenya"),
    ],
)
def test_a_maker_or_generic_loss_is_the_news_and_the_maker_no_operator(lines, model, country):
    ((role, main),) = _summaries(*lines)
    assert (role, main["aircraft"]["model"]) == ("main", model)
    assert main["operator"] == country  # never "Canada" from the maker's name


@pytest.mark.parametrize(
    "lines, model",
    [
        (("Wreckage of missing F-35 found in farmland",
          "Crews found the wreckage of the F-35B that went missing on Sunday after its pilot ejected."), "F-35B"),
        (("Mi-8 crash kills four",
          "The Mi-8MTV came down in a forest on Monday, killing all four crew, the ministry said."), "Mi-8MTV"),
        (("Navy loses a Seahawk",
          "An MH-60R Seahawk ditched off the coast on Friday; the crew of three were rescued."), "MH-60R"),
    ],
)
def test_a_type_named_in_short_is_the_variant_named_in_full(lines, model):
    ((_, main),) = _summaries(*lines)
    assert main["aircraft"]["model"] == model


@pytest.mark.parametrize(
    "text",
    [
        "Crews from six nations practised rescuing downed pilots this week.\n"
        "No aircraft were lost or damaged during the ten-day exercise, organisers said.\n",
        "Holiday jet turns back after bird strike\n"
        "A flock of gulls hit the Airbus A320 shortly after take-off on Friday, cracking its windscreen.\n"
        "The aircraft landed safely twenty minutes later with 180 people on board.\n",
        "Geese strike damages regional jet\n"
        "Geese struck the Embraer 175 on approach on Monday; it landed safely and nobody was hurt.\n",
    ],
)
def test_exercises_and_bird_strikes_give_no_incident(text):
    assert mentions_of(text, published="2024-06-10") == []


@pytest.mark.parametrize(
    "lines, year",
    [
        (("A Pilatus PC-9 trainer crashed near the air base last week, killing the instructor.",
          "It is the second PC-9 lost from the base in recent years. The previous one went down in the hills in "
          "March 2019; both pilots ejected."), "2019"),
        (("Rebels shot down an army Mi-24 near the river on Monday, killing its crew of three.",
          "It is the second Mi-24 the army has lost in the province since June 2022, when militants said they "
          "hit one with a shoulder-fired missile."), "2022"),
        (("A Bayraktar TB2 was downed over the border on Sunday, the ministry said.",
          "Three TB2s have been lost there; an earlier one was shot down in May 2021."), "2021"),
    ],
)
def test_an_earlier_one_of_the_same_type_is_a_background_mention(lines, year):
    (main, background) = _summaries(*lines)
    assert main[0] == "main" and background[0] == "background"
    assert background[1]["aircraft"]["model"] == main[1]["aircraft"]["model"]
    assert background[1]["date"]["value"].startswith(year)


@pytest.mark.parametrize(
    "lines",
    [
        ("Two army helicopters were hit by ground fire on Monday; one of them crashed near the river, "
         "while the second fell on the far bank.",),
        ("Both warplanes were struck by missiles on Tuesday: one came down in the desert, and the other "
         "crashed in the sea.",),
        ("The militia said it hit two drones over the border on Friday; one exploded in the air, "
         "but the other one went down intact near the village.",),
    ],
)
def test_the_second_of_two_aircraft_is_its_own_incident(lines):
    summaries = _summaries(*lines)
    assert [role for role, _ in summaries] == ["main", "main"]
    assert summaries[0][1]["aircraft"]["category"] == summaries[1][1]["aircraft"]["category"]


@pytest.mark.parametrize(
    "lines, model",
    [
        (("A police Bell 206 crashed near the lake on Monday, killing both officers.",
          "The Bell 206 accident was the deadliest of the year until last March's crash of an Mi-8 in the north."), "Mi-8"),
        (("An army Mi-24 was shot down near the border on Friday, the army said.",
          "The loss came a year after the 2023 downing of a Su-25 over the same region, the worst since the Mi-24 "
          "entered service."), "Su-25"),
        (("A Cessna 172 crashed on Sunday, police said.",
          "The Cessna 172 accident revived memories of the May 2019 crash of a Boeing 737 near the capital."), "Boeing 737"),
    ],
)
def test_the_object_of_a_loss_noun_is_the_aircraft_lost(lines, model):
    summaries = _summaries(*lines)
    assert summaries[-1][0] == "background"
    assert summaries[-1][1]["aircraft"]["model"] == model


@pytest.mark.parametrize(
    "lines",
    [
        ("An Antonov An-26 was shot down near the border on Friday, officials said.",
         "The plane was downed hours after rebels shelled the airport in retaliation for the drone strike that "
         "killed their commander on 2 June."),
        ("A police Mi-8 crashed in the hills on Monday, killing four officers.",
         "The helicopter went down a day after a storm that had flooded the valley on 3 June."),
        ("A Boeing 737 cargo jet was hit by a missile over the desert on Sunday.",
         "The jet was brought down two days after a drone attack on the port on 1 June, the army said."),
    ],
)
def test_the_aircraft_already_told_keeps_its_mention_whatever_other_day_is_named(lines):
    summaries = _summaries(*lines)
    assert [role for role, _ in summaries] == ["main"]
    assert summaries[0][1]["date"]["value"] not in ("2024-06-01", "2024-06-02", "2024-06-03")  # the other event's day


def test_a_denial_of_nationality_keeps_the_aircraft_lost():
    ((_, mention),) = _summaries(
        "Last month fighter jets shot down an unmarked drone over the strait; Moscow denied that the aircraft "
        "was Russian.",
    )
    assert mention["aircraft"]["category"] == "drone"


@pytest.mark.parametrize(
    "text, day",
    [
        ("A Mi-17 crashed in the mountains the previous day, killing all six on board, the military said on Tuesday.",
         "2024-06-03"),
        ("The army said on Friday that a Cessna 208 had gone missing over the jungle the day before.", "2024-06-06"),
        ("Police said on Sunday that an air ambulance had crashed into a hillside a day earlier.", "2024-06-08"),
    ],
)
def test_a_day_told_from_the_day_of_the_statement(text, day):
    ((_, main),) = _summaries(text)
    assert main["date"]["value"] == day


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said on Monday that one of its Su-35 fighters had downed a Ukrainian Su-27 over the front.",
        "The militia said on Sunday its fighters shot down an army Mi-17 near the river.",
        "The navy said on Friday that its air defences had brought down a reconnaissance drone over the strait.",
    ],
)
def test_a_side_crediting_its_own_shooters_is_a_claim(text):
    ((_, main),) = _summaries(text)
    assert main["cause"] == "disputed"


@pytest.mark.parametrize(
    "text",
    [
        "A Cessna 172 crashed on Sunday. The pilot of a second plane flying nearby saw the crash and alerted the tower.",
        "A Mi-8 was shot down on Monday. The crew of another helicopter filmed the downing from a distance.",
        "A drone crashed into a field on Friday. Operators of a second drone recorded the crash on video.",
    ],
)
def test_another_aircraft_that_only_witnessed_the_loss_is_no_incident(text):
    assert [role for role, _ in _summaries(text)] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said on Monday they had shot down an MQ-9 over the province, and US officials later acknowledged the loss.",
        "The militia said on Friday it had downed an army Mi-17 near the lake; the defence ministry confirmed the loss.",
        "Insurgents said on Sunday they brought down a police helicopter, which the interior ministry later admitted.",
    ],
)
def test_a_claim_the_operator_confirms_is_a_shoot_down(text):
    ((_, main),) = _summaries(text)
    assert main["cause"] == "shot_down"


def test_a_claim_the_operator_never_confirmed_stays_disputed():
    ((_, main),) = _summaries(
        "Rebels said on Monday they had shot down an army Su-25 near the town, which the army has never acknowledged."
    )
    assert main["cause"] == "disputed"


def test_a_time_of_day_dates_the_loss_from_the_sentence_before():
    text = (
        "Two trainer jets collide over the hills\n"
        "Farmers near the village were still in shock when reporters arrived on Monday evening. "
        "Shortly after three o'clock in the afternoon, two Hawk trainers of the air force touched in mid-air "
        "and both came down in the forest.\n"
    )
    [mention] = [m for m in mentions_of(text, published="2022-05-11") if m.role == "main"]
    assert summary(mention)["date"]["value"] == "2022-05-09"
    assert summary(mention)["cause"] == "collision"


@pytest.mark.parametrize(
    "text, category",
    [
        ("Air force surveillance plane crashes near the capital, killing six\n"
         "An air force surveillance plane crashed near the capital on Sunday, killing all six on board.\n"
         "The Beechcraft King Air 350 had taken off for the north when the pilot reported an engine failure.\n",
         "surveillance"),
        ("Military tanker crashes on landing\n"
         "A military tanker aircraft crashed while landing at the air base on Monday, killing 12 crew.\n"
         "The Boeing 707 was returning from a cargo flight abroad.\n",
         "tanker"),
    ],
)
def test_a_civil_type_in_a_military_role_is_one_mention_with_that_role(text, category):
    mains = [m for m in mentions_of(text, published="2021-03-02") if m.role == "main"]
    assert len(mains) == 1
    assert summary(mains[0])["aircraft"]["category"] == category


def test_a_water_bomber_keeps_its_airframe_category():
    text = (
        "Firefighting pilot killed in crash\n"
        "A firefighting pilot died on Thursday when his Air Tractor AT-802 crashed in the hills.\n"
        "The single-engine water bomber was dropping retardant on the fire front, officials said.\n"
    )
    [mention] = [m for m in mentions_of(text, published="2024-02-09") if m.role == "main"]
    assert summary(mention)["aircraft"]["category"] == "light"


@pytest.mark.parametrize(
    "text",
    [
        "Why we cannot shoot down every drone\n"
        "Every week the question is the same: did we shoot it down, and what did it cost?\n"
        "Jammers can bring a drone down without a shot, and interceptor drones can do the rest.\n",
        "Passengers shaken after hard landing, aircraft undamaged\n"
        "A regional airliner made a hard landing in strong winds on Tuesday, causing no injuries and no damage "
        "to the aircraft.\nSeveral passengers said they had feared the plane would crash.\n",
    ],
)
def test_opinion_and_harmless_landings_give_no_mention(text):
    assert mentions_of(text, published="2025-02-12") == []


def main_summary(text: str, published: str) -> dict:
    """The record of the one main mention of `text`."""
    [mention] = [m for m in mentions_of(text, published=published) if m.role == "main"]
    return summary(mention)


@pytest.mark.parametrize(
    "text, model",
    [
        ("Two killed as plane hits parked helicopter\nTwo people died on Friday when a Twin Otter skidded off the "
         "runway at a mountain airstrip and struck a Bell 206 helicopter that was parked on the apron.\n", "DHC-6"),
        ("Airliner collides with helicopter on the ground\nA Dash 8 taking off from the island airport on Monday "
         "swerved and crashed into a parked Mi-8 helicopter, killing a mechanic.\n", "Dash 8"),
        ("Cargo plane rams parked chopper\nA cargo An-26 ran into a stationary AS350 helicopter while landing on "
         "Tuesday, injuring three ground staff, the airport said.\n", "An-26"),
    ],
)
def test_the_aircraft_that_ran_into_a_parked_one_is_the_story(text, model):
    record = main_summary(text, "2024-05-14")
    assert record["aircraft"]["model"] == model
    assert record["cause"] == "collision"
    assert record["perpetrator"] is None


SINCE_THE_WAR = """Rebels say they downed army jet
JUBA, June 8 (Wire) - The rebel movement said on Friday that its fighters had shot down an army L-39 jet near Malakal.
The army has not commented.
The rebels say they have brought down five aircraft since the war broke out on 2 March, a figure the army rejects.
"""


def test_the_day_a_war_began_is_not_the_date_of_the_loss():
    assert main_summary(SINCE_THE_WAR, "2024-06-08")["date"]["value"] == "2024-06-07"


@pytest.mark.parametrize(
    "text, model, cause",
    [
        ("Gunners down own drone\nArmy anti-aircraft gunners near the air base opened fire on one of the army's own "
         "drones on Monday and shot it down.\nThe Iranian-made Mohajer-6 drone was returning from a mission when "
         "the crews mistook it for an enemy aircraft.\n", "Mohajer-6", "friendly_fire"),
        ("Navy loses helicopter to own fire\nSailors on a frigate shot down the navy's own helicopter during an "
         "exercise on Tuesday.\nThe French-built AS565 Panther was flying low over the bay.\n", "AS565", "friendly_fire"),
        ("Drone lost near the border\nA military drone was shot down near the border on Friday, the ministry said.\n"
         "The Turkish-made Bayraktar TB2 had been on a patrol flight.\n", "Bayraktar TB2", "shot_down"),
    ],
)
def test_a_made_in_description_names_the_model_of_the_loss(text, model, cause):
    record = main_summary(text, "2024-05-14")
    assert record["aircraft"]["model"] == model
    assert record["cause"] == cause


@pytest.mark.parametrize(
    "text",
    [
        "Police seize drone that came down in a field\nPolice on Monday took possession of a drone that landed in a "
        "wheat field after villagers reported what they described as a plane crash.\nThe drone was found intact, "
        "police said.\n",
        "Mystery drone lands on beach\nA fixed-wing drone came down on a beach on Sunday. Officers said it had "
        "glided down gently and was undamaged; they seized it.\n",
        "Farmers alarmed by drone\nFarmers thought a plane had crashed when a large drone came down near the village. "
        "It had landed safely, and police took it away.\n",
    ],
)
def test_a_drone_that_landed_whole_and_was_seized_is_no_loss(text):
    assert [m for m in mentions_of(text, published="2024-05-14") if m.role == "main"] == []


def test_a_drone_that_came_down_and_crashed_is_still_a_loss():
    text = ("Drone crashes near airport\nA military drone came down near the airport on Sunday and crashed into a "
            "field, police said. The wreckage was taken away.\n")
    assert [m for m in mentions_of(text, published="2024-05-14") if m.role == "main"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the day inside the loss verb's clause beats the day of the search told nearer it
        ("Search resumes for missing plane\nSearchers resumed on Thursday the hunt for a light plane that vanished "
         "with three people aboard over the lagoon on Wednesday evening.\n", "2024-05-09", "2024-05-08"),
        ("Hunt for helicopter goes on\nRescue teams on Thursday widened the search for a helicopter that went missing "
         "in the hills on Tuesday, police said.\n", "2024-05-09", "2024-05-07"),
        ("Divers return to the lake\nNavy divers went back on Thursday to the lake where a seaplane crashed on "
         "Monday, killing two.\n", "2024-05-09", "2024-05-06"),
        # a report, trial or anniversary piece is about its old loss, dated by the text
        ("Final report blames icing for fatal ATR 72 crash\nInvestigators have published their report into the crash "
         "of an ATR 72 near the coast almost three years ago.\nThe aircraft was on a flight to the capital on "
         "4 June 2021 with 40 people aboard.\n", "2024-05-14", "2021-06-04"),
        ("Court opens trial over deadly Mi-8 crash\nThe trial began on Monday of two engineers over the crash of a "
         "Mi-8 helicopter in the mountains in 2019.\nThe helicopter was carrying geologists on 12 August 2019, "
         "prosecutors said.\n", "2024-05-14", "2019-08-12"),
        ("Ten years on, families remember the Boeing 737 crash\nRelatives gathered on Sunday to remember the 88 "
         "people killed when a Boeing 737 crashed on approach ten years ago.\n", "2024-05-14", "2014"),
        # "It was 14 January 1992." dates a loss told by weekday
        ("Thirty years on, the valley remembers\nOn a grey Tuesday morning a Fokker 27 struck the top of a "
         "parked DHC-6 as it climbed away from the strip. It was 14 January 1992.\n", "2022-05-14", "1992-01-14"),
        ("The day the airliner fell\nOne Friday evening an Ilyushin Il-18 crashed into the hills above the town, "
         "killing all 60 aboard.\nIt happened on 2 November 1984.\n", "2022-05-14", "1984-11-02"),
        ("Remembering the ridge crash\nLate on a Saturday night a Tu-154 hit a mountain ridge. That was 6 July 2001.\n",
         "2022-05-14", "2001-07-06"),
    ],
)
def test_the_date_of_the_loss_the_story_tells(text, published, expected):
    assert main_summary(text, published)["date"]["value"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2016, rebels shot down an army Mi-17 helicopter near the border, killing its crew of four, according to "
        "the rebels and a military source at the time.",
        "In 2012 insurgents downed a Mi-24 gunship over the hills, according to the insurgents and army officers.",
        "Militants shot down an air force Mi-8 in 2014, killing five, according to militants and security officials.",
    ],
)
def test_a_shoot_down_both_sides_tell_is_no_mere_claim(sentence):
    text = "Army jet crashes in the north\nAn army jet crashed in the north on Monday, officials said.\n" + sentence + "\n"
    [old] = [m for m in mentions_of(text, published="2024-05-14") if m.role == "background"]
    assert summary(old)["cause"] == "shot_down"


def test_a_shoot_down_only_rebels_tell_is_a_claim():
    text = ("Army jet crashes in the north\nAn army jet crashed in the north on Monday, officials said.\n"
            "In 2016, rebels shot down an army Mi-17 helicopter near the border, according to the rebels.\n")
    [old] = [m for m in mentions_of(text, published="2024-05-14") if m.role == "background"]
    assert summary(old)["cause"] == "disputed"


# --- follow-up sentences that tell the same incident without a loss verb (my own phrasings)

@pytest.mark.parametrize(
    "follow_up, field, value",
    [
        ("Three people died at the scene.", "killed", 3),
        ("In all, five dead.", "killed", 5),
        ("One of them was treated in hospital for a broken arm.", "wounded", 1),
        ("He was taken by rescue helicopter to a hospital with burns.", "wounded", 1),
        ("She was flown aboard an air ambulance to hospital with serious injuries.", "wounded", 1),
    ],
)
def test_toll_right_after_the_loss_joins_it(follow_up, field, value):
    text = f"A police Cessna 208 crashed into a field near Tarvale on Sunday afternoon.\n{follow_up}\n"
    mentions = mentions_of(text, published="2024-05-06")
    assert len(mentions) == 1
    assert summary(mentions[0])[field] == value


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a later death of wounds: its day is not the loss's
            "A Mi-8 transport helicopter crashed near Dolgany on 3 March 2022 with nine people on board.\n"
            "Six people died at the scene.\n"
            "A seventh, the co-pilot, died of his burns in hospital on 20 March 2022, bringing the toll to seven.\n",
            {"killed": 7, "date": {"value": "2022-03-03", "precision": "day"}},
        ),
        (  # "the helicopter" with a count is the one just lost
            "An army helicopter crashed in the hills above Korlan on 3 March 2022, killing seven.\n"
            "The helicopter was carrying 15 people.\n"
            "Eight survivors were injured.\n",
            {"on_board": 15, "wounded": 8},
        ),
    ],
)
def test_follow_up_counts_join(text, expected):
    main = summary(mentions_of(text, published="2022-06-01")[0])
    assert {key: main.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "context",
    [
        "Three civilians were killed in a separate attack on the village.",
        "Three civilians were killed in mortar attacks on the village.",
        "Four soldiers died in fighting near the base.",
    ],
)
def test_a_wider_toll_stays_out(context):
    text = f"A Bell 206 helicopter crashed near Harrowgate on Friday, killing the pilot.\n{context}\n"
    mention = mentions_of(text, published="2024-05-06")[0]
    assert summary(mention)["killed"] == 1
    assert not [s for statements in mention.fields.values() for s in statements if context in s.evidence.text]


@pytest.mark.parametrize(
    "second, model",
    [
        ("Their photos show the burnt tail of a Gazelle lying in the bush.", "Gazelle"),
        ("The contractor flies Gazelles and Mi-17s for the police.", None),  # a fleet, not the one lost
    ],
)
def test_a_model_named_right_after_a_generic_loss(second, model):
    text = f"Rebels say they shot down a helicopter near Pemba on Tuesday.\n{second}\n"
    assert summary(mentions_of(text, published="2024-05-08")[0])["aircraft"].get("model") == model


@pytest.mark.parametrize(
    "text, killed, on_board",
    [
        ("A police helicopter crashed in the hills of Colombia, officials said.\nThe helicopter, which belonged to "
         "the national police, was flying from Medellin to Monteria on 5 June 2022 with nine people on board.\n"
         "Three of them died at the scene.", 3, 9),
        ("An army helicopter came down in Kenya, the military said.\nThe aircraft, an old machine, was on a routine "
         "flight on 14 March 2021 carrying seven people.\nTwo people died at the scene.", 2, 7),
        ("A transport plane crashed on approach in Peru last year.\nThe aircraft was on a supply flight on 2 August "
         "2023 with twelve people on board.\nFour people were killed.", 4, 12),
    ],
)
def test_the_sentence_dating_the_loss_keeps_its_count_and_the_toll_after_it_joins(text, killed, on_board):
    (mention,) = mentions_of(text, published="2023-08-10")
    assert (summary(mention)["killed"], summary(mention)["on_board"]) == (killed, on_board)


@pytest.mark.parametrize(
    "text",
    [
        "An air force Super Tucano crashed on Monday near a farm in Brazil, the air force said.\nThe pilot ejected "
        "before the single-engine turboprop hit the ground.\nHe was taken to hospital with minor injuries.",
        "A Colombian Air Force A-29 Super Tucano crashed on Tuesday during a training flight.\nBoth crew members "
        "bailed out before the turboprop plane struck a hillside.",
        "A navy Hawk crashed into the sea on Friday.\nThe pilot ejected moments before the light aircraft hit the "
        "water and was rescued by a boat.",
    ],
)
def test_the_same_aircraft_told_again_by_its_kind_is_one_mention(text):
    assert len(mentions_of(text, published="2023-08-10")) == 1


def test_an_indefinite_aircraft_of_another_kind_is_another_incident():
    text = ("An air force Super Tucano crashed on Monday in Brazil.\nSeparately, a single-engine plane crashed in "
            "Bolivia on Sunday, killing two.")
    assert len(mentions_of(text, published="2023-08-10")) == 2


@pytest.mark.parametrize(
    "text, region",
    [
        ("A small plane with four people aboard went missing over Papua New Guinea on Monday.\nThe Britten-Norman "
         "Islander was on a charter flight.\nThe pilot made his last call when the aircraft was over the mountains, "
         "in Morobe province, officials said.", "Morobe"),
        ("A light aircraft with two aboard disappeared over Indonesia on Tuesday.\nThe Cessna 172 was carrying a "
         "pilot and a student.\nContact was lost when the aircraft was over the forest, in Papua province, the "
         "search agency said.", "Papua"),
    ],
)
def test_a_region_where_the_aircraft_was_right_after_the_loss_places_it(text, region):
    (mention,) = mentions_of(text, published="2023-08-10")
    assert summary(mention)["location"]["admin1"] == region


@pytest.mark.parametrize(
    "text",
    [
        "A small plane vanished over Papua New Guinea on Monday with three aboard.\nThe Cessna 206 was on a supply "
        "run.\nThe aircraft had taken off from an airstrip in Morobe province.",
        "A small plane went missing over Indonesia on Tuesday with two aboard.\nThe Cessna 172 was carrying a pilot "
        "and a student.\nThe aircraft was later seen over Morobe province in Papua New Guinea, officials said.",
    ],
)
def test_a_departure_region_or_one_abroad_does_not_place_the_loss(text):
    (mention,) = mentions_of(text, published="2023-08-10")
    assert summary(mention)["location"]["admin1"] is None


@pytest.mark.parametrize(
    "earlier, model",
    [
        ("The previous worst, in 2016, killed the five crew members of a CN-235 in Indonesia.", "CN-235"),
        ("In 2015 a storm killed both pilots of an An-12 in Sudan.", "An-12"),
        ("Its deadliest accident, in 2011, took the lives of the nine passengers of a Twin Otter.", "DHC-6"),
    ],
)
def test_killing_the_crew_of_an_aircraft_tells_its_loss(earlier, model):
    text = f"An air force Hawk trainer crashed on Monday near Valley in Wales, killing the pilot.\n{earlier}\n"
    mentions = mentions_of(text, published="2023-08-10")
    assert [summary(m)["aircraft"].get("model") for m in mentions if m.role == "background"] == [model]


def test_killing_the_pilots_of_a_unit_tells_no_loss():
    text = ("An air force Hawk trainer crashed on Monday near Valley in Wales, killing the pilot.\n"
            "In 2019 a car bomb killed the two pilots of the squadron outside a hotel.\n")
    assert len(mentions_of(text, published="2023-08-10")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Turboprop runs off runway\nA Dash 8 turboprop overran the runway while landing in heavy rain on Sunday and "
        "came to rest in a field; all 52 people on board walked away.",
        "Regional jet flips in crosswind\nAn Embraer E190 flipped over on touchdown at the city airport on Friday "
        "night. Nineteen passengers were taken to hospital.",
        "Island plane wrecked\nThe ATR 72 broke in two after landing hard on the island airstrip on Wednesday, "
        "but everyone aboard survived, the airline said.",
        "Freighter burns\nA Boeing 737 freighter burst into flames on landing at the cargo terminal late on Tuesday; "
        "the two pilots escaped.",
        "Airliner upside down\nA Fokker 100 ended up on its roof beside the runway after a gust caught it on take-off "
        "on Monday.",
    ],
)
def test_an_aircraft_wrecked_on_landing_or_take_off_is_a_loss(text):
    (mention,) = mentions_of(text, published="2024-03-10")
    assert mention.role == "main"
    assert summary(mention)["cause"] == "crashed"


@pytest.mark.parametrize(
    "text",
    [
        "Tyre bursts on landing\nAn Airbus A320 burst a tyre while landing on Monday and was towed to the stand. "
        "Crash tenders met the aircraft as a precaution; it will be repaired.",
        "Engine fire\nAn engine caught fire just after take-off and the Airbus A321 landed safely back at the airport.",
        "Runway slip\nA Q400 skidded off the wet runway while taxiing on Sunday but was undamaged and was towed back.",
        "Rescue crews drill\nCrash rescue teams practised on the runway with an old Boeing 727 fuselage on Friday.",
    ],
)
def test_a_landing_mishap_without_a_wreck_is_no_loss(text):
    assert mentions_of(text, published="2024-03-10") == []


@pytest.mark.parametrize(
    "text, model",
    [
        ("\"We have lost a Black Hawk in the river,\" the governor said on Saturday.", "UH-60"),
        ("The navy said on Monday that it had lost one of its Seahawk helicopters off the coast.", "SH-60"),
        ("The army lost an Mi-8 transport helicopter near the border on Tuesday, a spokesman said.", "Mi-8"),
        ("Our squadron lost a Su-25 in the fighting on Thursday, the commander admitted.", "Su-25"),
        ("On Friday the ministry confirmed the loss of an air force Mirage 2000 over the desert.", "Mirage 2000"),
    ],
)
def test_an_owner_losing_the_aircraft_is_a_loss(text, model):
    mentions = [m for m in mentions_of(text, published="2024-03-10") if m.role == "main"]
    assert mentions and summary(mentions[0])["aircraft"].get("model") == model


@pytest.mark.parametrize(
    "text",
    [
        "The airline lost its Airbus A350 order to a rival carrier on Monday.",
        "\"We lost a few F-16s on the simulator screens,\" a pilot said of the exercise.",
        "The crew lost an engine over the sea but landed the ATR 72 at the nearest airport.",
        "The air force lost six Tornados in that war, a veteran navigator recalled at the show.",
        "It is the first time the army has admitted losing an aircraft to rebel fire since 2017.",
        "The air force has lost Mirage jets over that coast before.",
    ],
)
def test_losing_an_order_an_engine_or_a_simulated_jet_is_no_loss(text):
    assert mentions_of(text, published="2024-03-10") == []


@pytest.mark.parametrize(
    "text, model",
    [
        ("A police EC135 helicopter crashed onto the roof of a bar late on Friday.", "EC135"),
        ("A coast guard MH-65 helicopter crashed into the bay on Monday during a training flight.", "HH-65"),
        ("An air ambulance AW139 crashed in farmland on Sunday evening, killing the crew of four.", "AW139"),
    ],
)
def test_a_role_word_before_the_aircraft_does_not_hide_its_crash(text, model):
    mentions = [m for m in mentions_of(text, published="2024-03-10") if m.role == "main"]
    assert mentions and (summary(mentions[0])["aircraft"].get("model") or "").endswith(model)


@pytest.mark.parametrize(
    "text",
    [
        "Two light aircraft collided near the airfield on Saturday. The Cessna 172 crashed into a field, killing both "
        "on board.\nThe other aircraft, a Diamond DA40, lost part of its tail in the collision but landed safely.",
        "A helicopter and a small plane collided over the bay on Sunday; the Robinson R44 plunged into the water, "
        "killing three.\nThe plane, a Cirrus SR22, was damaged in the collision but managed to land at the airport.",
        "A glider and its tow plane collided on Wednesday and the glider crashed, killing its pilot.\nThe second "
        "aircraft, a Piper PA-25, returned to its base after the collision with a bent wing.",
    ],
)
def test_the_other_aircraft_of_a_collision_that_landed_is_no_loss(text):
    assert len([m for m in mentions_of(text, published="2024-03-10") if m.role == "main"]) == 1


def test_the_other_aircraft_of_a_collision_that_crashed_is_its_own_loss():
    text = ("Two light aircraft collided near the airfield on Saturday. The Cessna 172 crashed into a field, killing "
            "both on board.\nThe other aircraft, a Piper PA-28, also crashed after the collision, killing its pilot.")
    assert len([m for m in mentions_of(text, published="2024-03-10") if m.role == "main"]) == 2


@pytest.mark.parametrize(
    "second",
    [
        "The other, in 2019, overran the runway at the same base during a night landing and was written off.",
        "The earlier, in 2018, skidded off an icy runway on landing and burned out.",
        "The previous, in 2017, flipped onto its back while landing on a grass strip; the pilot survived.",
    ],
)
def test_the_other_of_two_earlier_losses_wrecked_on_landing_is_a_background_mention(second):
    text = ("An air force Hawk trainer crashed on Monday near the base, killing the pilot.\n"
            "It was the third loss of a Hawk since 2015. In March 2015 a Hawk crashed into the sea on a training "
            f"sortie.\n{second}\n")
    mentions = mentions_of(text, published="2023-08-10")
    assert [m.role for m in mentions] == ["main", "background", "background"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said a small plane had crashed in a sugar-cane field on Sunday. In fact the Cessna 172 made a "
        "safe forced landing after its engine failed. \"There was no crash,\" the police chief said.",
        "Posts on social media said a helicopter had crashed near the lake on Tuesday. The Robinson R22 had not crashed: "
        "the pilot landed it safely on the shore after a warning light came on.",
        "A crop-duster came down on farmland on Friday and witnesses thought it had crashed. The airline said the "
        "aircraft did not crash but made a precautionary landing, and nobody was hurt.",
    ],
)
def test_a_crash_the_text_says_was_a_safe_landing_is_no_loss(text):
    assert mentions_of(text, published="2024-03-10") == []


def test_a_crash_with_a_safe_landing_elsewhere_stays_a_loss():
    text = ("A Cessna 172 crashed into a field on Sunday, killing the pilot.\n"
            "A second plane in the formation landed safely at the airfield.")
    assert len(mentions_of(text, published="2024-03-10")) == 1


def test_a_crash_the_outlet_tells_stays_a_loss_beside_another_aircraft_that_did_not_crash():
    text = ("An army Mi-8 helicopter crashed on landing at a forward base on Monday, the outlet's reporter saw.\n"
            "A second helicopter did not crash: its pilot landed safely nearby.")
    assert len(mentions_of(text, published="2024-03-10")) == 1


# --- tune8 round: background losses told with "another", split names, losses that are none ---------------


@pytest.mark.parametrize(
    "text, published, kind, month",
    [
        ("Navy trainer crashes off Goa, pilot ejects\nA navy Kiran training jet crashed into the sea off Goa on "
         "Monday, the navy said. The pilot ejected safely. In June 2022 another of the Indian-built trainers went "
         "down near Dundigal, killing its two pilots.", "2024-03-06", "trainer", "2022-06"),
        ("Crop-sprayer crashes near Tandil\nA crop-spraying plane came down in a maize field near Tandil on Friday "
         "and its pilot was hurt. In March 2021 another Thrush spraying sunflowers near Azul crashed on landing; "
         "its pilot walked away.", None, "light", "2021-03"),
        ("Police helicopter lost in storm\nA police helicopter crashed in the hills above Nairobi on Sunday, "
         "killing both crew. It is the force's second loss in three years: in May 2022 another of its "
         "helicopters came down in a forest near Nyeri.", "2025-02-11", "helicopter", "2022-05"),
    ],
)
def test_another_of_a_kind_is_a_background_loss(text, published, kind, month):
    mentions = mentions_of(text, published=published)
    assert [m.role for m in mentions] == ["main", "background"]
    background = summary(mentions[1])
    assert background["aircraft"]["category"] == kind
    assert background["date"]["value"] == month
    assert summary(mentions[0])["date"] is None or summary(mentions[0])["date"]["value"] != month


def test_another_of_people_opens_no_aircraft_loss():
    text = ("Helicopter crashes near Mopti\nAn army helicopter crashed near Mopti on Monday, killing two soldiers. "
            "Another of the soldiers on board died in hospital on Tuesday.")
    assert [m.role for m in mentions_of(text, published="2024-05-08")] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        "Uganda's army has ordered four Mi-17 helicopters, reviving a purchase plan that senators shot down two years ago.",
        "Lawmakers shot down the helicopter purchase plan in 2021, citing its cost, but the Black Hawks are now on order.",
        "The finance ministry shot down a proposal to buy two Cessna Caravan aircraft for the police air wing last year.",
    ],
)
def test_shooting_down_an_idea_is_no_loss(text):
    assert mentions_of(text, published="2025-03-04") == []


def test_shooting_down_an_aircraft_in_a_relative_clause_is_still_a_loss():
    text = "Officials named the pilot of the Mi-17 helicopter that rebels shot down near Kidal on Monday."
    mentions = mentions_of(text, published="2025-03-04")
    assert len(mentions) == 1 and summary(mentions[0])["cause"] == "shot_down"


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters at the airport rehearsed on Tuesday what they would do if an airliner crashed on the runway.",
        "Rescue teams trained in the mountains this week on how to reach survivors if a helicopter went down in deep snow.",
        "Navy divers practised on Friday how to free passengers if a seaplane sank in the harbour.",
    ],
)
def test_a_supposed_crash_in_a_drill_is_no_loss(text):
    assert mentions_of(text, published="2025-10-09") == []


def test_unclear_if_the_aircraft_crashed_is_still_an_incident():
    text = "A Cessna 208 vanished off Lamu on Monday and it was not clear if the plane crashed or landed elsewhere."
    assert len(mentions_of(text, published="2025-10-09")) == 1


@pytest.mark.parametrize(
    "searcher",
    ["an air force helicopter combing the sea", "a navy helicopter scouring the coast", "a police helicopter sweeping the area"],
)
def test_a_search_helicopter_does_not_split_the_lost_plane(searcher):
    text = (
        "Cargo plane missing off Mombasa\nThe search for a small cargo plane that disappeared on Monday on a flight "
        f"to Mombasa resumed on Tuesday, with coast guard boats and {searcher}. The Cessna 208 Caravan, which "
        "carried mail, lost contact with the tower shortly before it was due to land, the authority said."
    )
    mentions = mentions_of(text, published="2024-07-10")
    assert [m.role for m in mentions] == ["main"]
    assert summary(mentions[0])["aircraft"]["model"] is not None


def test_a_name_the_parser_cut_in_two_is_read_whole():
    from spacy.tokens import Doc

    from sitrep.extract.aircraft import find_aircraft
    from sitrep.extract.mentions import _whole_sentences
    from sitrep.nlp import get_nlp

    words = ["It", "is", "the", "first", "loss", "since", "a", "DHC-6", "Twin", "Otter", "crashed", "in", "2017", "."]
    doc = Doc(get_nlp().vocab, words=words, sent_starts=[1 if w in ("It", "Twin") else 0 for w in words])
    assert len(list(doc.sents)) == 2
    spans = _whole_sentences(doc, find_aircraft(doc.text))
    assert [s.text for s in spans] == [doc.text.strip()]


def test_a_claim_beside_the_downed_aircraft_keeps_the_loss():
    text = ("Rebels said on Monday their fighters had shot down an army helicopter near Gao, a claim that nobody "
            "outside the group could check.")
    mentions = mentions_of(text, published="2024-06-04")
    assert len(mentions) == 1 and summary(mentions[0])["cause"] in ("shot_down", "disputed")


@pytest.mark.parametrize(
    "recalled, first, second",
    [
        ("Two cadets died when their Pilatus PC-7 crashed near Kandy in May 2014, and the three crew of an "
         "air force Mi-17 were killed when the helicopter hit a ridge in the hills on 2 June 2019.", "PC-7", "Mi-17"),
        ("A Bell 412 went down off the coast in 2012, killing five, and in March 2018 a Cessna 208 Caravan "
         "crashed into a lake on take-off.", "Bell 412", "Cessna 208"),
        ("An An-26 crashed on approach in 2011; and a Dash 8 overran the runway in heavy rain in 2016.", "An-26", "Dash 8"),
    ],
)
def test_a_sentence_listing_two_dated_losses_tells_two(recalled, first, second):
    text = ("Microlight pilot killed near Kenmare\nA microlight crashed in a field near Kenmare on Sunday, killing "
            f"its pilot. {recalled}")
    mentions = mentions_of(text, published="2025-06-10")
    assert [m.role for m in mentions] == ["main", "background", "background"]
    assert [summary(m)["aircraft"]["model"].startswith(name[:4]) for m, name in zip(mentions[1:], (first, second))] == [True, True]


def test_one_loss_with_two_clauses_stays_one():
    text = ("An Mi-8 crashed near Tura in 2019, and the four crew were killed when it hit a slope.")
    assert len(mentions_of(text, published="2025-06-10")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A coast guard Sikorsky S-61 struck a small island in thick fog on Monday night, killing all four crew.",
        "An AS350 sightseeing helicopter hit a glacier on Tuesday and its five passengers were injured.",
        "A Cessna 182 flew into a rocky outcrop above the valley on Friday, the police said.",
    ],
)
def test_flying_into_land_is_a_crash(sentence):
    mentions = mentions_of(sentence, published="2025-06-12")
    assert len(mentions) == 1 and summary(mentions[0])["cause"] == "crashed"


@pytest.mark.parametrize(
    "text",
    [
        "Poland orders 12 AW149 helicopters in a crash programme to replace its old Mi-8s.\nThe deal was signed on Monday.",
        "Officials called the KC-390 tanker purchase a 'crash plan' to replace the air force's ageing fleet.",
        "The ministry started a crash effort to buy more C-130J transports before the winter.",
    ],
)
def test_crash_as_an_idiom_is_no_loss(text):
    assert mentions_of(text, published="2024-05-02") == []


@pytest.mark.parametrize(
    "text",
    [
        "Passengers said they thought the Boeing 737 was about to crash when it hit turbulence over the Alps.",
        "Several travellers feared the Embraer 190 was going to crash as it shook in the storm.",
        "A Cessna 172 nearly crashed into a hangar at the flying club on Sunday, but the student pulled up in time.",
        "The ATR 72 almost crashed on approach in fog, investigators said, before the crew went around.",
    ],
)
def test_a_loss_feared_or_narrowly_avoided_is_no_loss(text):
    assert mentions_of(text, published="2024-05-02") == []


def test_a_feared_crash_does_not_hide_a_real_one():
    mentions = mentions_of("A Boeing 737 crashed near the airport on Sunday; witnesses said it had looked about to stall.",
                           published="2024-05-02")
    assert [m.role for m in mentions] == ["main"]


@pytest.mark.parametrize(
    "text",
    [
        '"Four hostile fighters have been shot down," the exercise director announced at the end of the drill.',
        "According to the umpires of the war game, the attacking Su-30 jets were all shot down within minutes.",
        '"The intruding helicopters were destroyed by our missiles," the drill commander told the visiting press.',
    ],
)
def test_a_shoot_down_declared_by_an_exercise_role_is_pretend(text):
    assert mentions_of(text, published="2024-05-02") == []


def test_a_real_crash_told_by_an_exercise_commander_stays():
    text = "A Hawk trainer crashed into the sea during the drill on Tuesday, the exercise commander said."
    mentions = mentions_of(text, published="2024-05-02")
    assert [m.role for m in mentions] == ["main"]
    assert summary(mentions[0])["cause"] == "crashed"


@pytest.mark.parametrize(
    "ranking",
    [
        "It is the first fatal crash of a Polish F-16 since the jets entered service in 2006.",
        "It marks the second loss of a Spanish Eurofighter since the type arrived in 2003.",
        "This was the deadliest accident involving a Chilean F-5 since 1995.",
    ],
)
def test_a_sentence_ranking_the_news_tells_no_other_loss(ranking):
    text = f"A Czech Gripen crashed near Caslav on Tuesday, killing its pilot, the army said.\n{ranking}"
    mentions = mentions_of(text, published="2024-05-02")
    assert [m.role for m in mentions] == ["main"]
    assert summary(mentions[0])["date"]["value"] == "2024-04-30"


def test_a_ranking_sentence_that_recalls_a_dated_loss_keeps_it():
    text = ("A Czech Gripen crashed near Caslav on Tuesday, killing its pilot, the army said.\n"
            "The last loss of a Czech jet came in May 2019, when an L-159 crashed near Ostrava.")
    assert [m.role for m in mentions_of(text, published="2024-05-02")] == ["main", "background"]


@pytest.mark.parametrize(
    ("claim", "day"),
    [
        ("On 3 April, Ukrainian gunners claimed another Ka-52 near Bakhmut, which Moscow has not confirmed.", "2024-04-03"),
        ("Rebels also claimed a second Mi-17 over the hills on 2 April, a claim the army rejected.", "2024-04-02"),
        ("Early on 1 April, Kyiv claimed another Su-34 over the Donetsk region.", "2024-04-01"),
    ],
)
def test_a_party_claiming_an_aircraft_tells_a_claimed_loss(claim, day):
    text = f"A Russian Su-25 crashed in the Belgorod region on 20 April, the ministry said.\n{claim}"
    mentions = mentions_of(text, published="2024-04-22")
    assert [m.role for m in mentions] == ["main", "background"]
    background = summary(mentions[1])
    assert background["date"]["value"] == day
    assert [s.value for s in mentions[1].fields["cause"]] == ["shot_down"]
    assert mentions[1].fields["cause"][0].evidence.stance in ("claimed", "denied")  # a claim, never the outlet's word


@pytest.mark.parametrize(
    "text",
    [
        "The crash of the Mi-8 claimed the lives of both pilots, officials said on Monday.",
        "The airline claimed the A320 had been fully serviced before the flight.",
        "The manufacturer claimed a record order for its C-390 transports at the show.",
    ],
)
def test_claim_without_a_claimed_kill_is_no_loss(text):
    for mention in mentions_of(text, published="2024-04-22"):
        assert all(s.value != "shot_down" for s in mention.fields.get("cause", []))


@pytest.mark.parametrize(
    "tally",
    [
        "By one count, at least 9 military aircraft have been lost since the insurgency began in 2019.",
        "Some 15 aircraft have crashed since the fleet entered service in 2011, most of them in training.",
        "More than 20 air force planes have been destroyed since the war started in February 2022, analysts say.",
        "Dozens of military aircraft have been destroyed since the war started in February 2022, analysts say.",
    ],
)
def test_a_running_tally_of_losses_is_no_incident(tally):
    text = f"A Nigerian Air Force Mi-35 crashed near Kaduna on Monday, the air force said.\n{tally}"
    mentions = mentions_of(text, published="2024-05-08")
    assert [m.role for m in mentions] == ["main"]


def test_two_aircraft_lost_together_are_no_tally():
    text = "Two army helicopters collided and crashed near the base on Monday, the first loss since 2021."
    assert [m.role for m in mentions_of(text, published="2024-05-08")] == ["main"]


def test_a_claimed_count_of_aircraft_is_a_record_not_a_loss():
    text = ("A Myanmar Air Force K-8 crashed in Shan State on Monday, the junta said.\n"
            "The rebels also claimed three jets last year, and only one of those was confirmed.")
    assert [m.role for m in mentions_of(text, published="2024-05-08")] == ["main"]


def test_the_doc_text_is_built_once_per_doc():
    from sitrep.nlp import doc_text

    doc = analyze("A Mi-8 crashed on Monday. All three crew were killed.\nThe army said so.")
    first = doc_text(doc)
    assert first == doc.text and doc_text(doc) is first  # Doc.text rebuilds the string on each call

"""Who flew, who fired and who says so: party names, armed services, armed groups and claims,
on sentences written for these tests."""

import pytest

from sitrep.extract.mentions import extract_mentions
from sitrep.extract.parties import acronyms, airline_country, country_of, one_group, fired_from, party_name, same_party, service_country, voice_of
from sitrep.models import Article
from sitrep.nlp import analyze
from sitrep.reconcile import summarise


def main_summary(text, published="2025-05-14"):
    article = Article(id="test.txt", raw_text=text, clean_text=text, published=published)
    mentions = extract_mentions(article, analyze(text))
    return summarise([next(m for m in mentions if m.role == "main")])


def perpetrator_statements(text, published="2025-05-14"):
    article = Article(id="test.txt", raw_text=text, clean_text=text, published=published)
    return [s for m in extract_mentions(article, analyze(text)) for s in m.fields.get("perpetrator", [])]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("JMSDF", "Japan"), ("Maritime Self-Defense Force", "Japan"), ("the Air Self-Defence Force", "Japan"),
        ("PLAAF", "China"), ("VKS", "Russia"), ("Royal Thai Air Force", "Thailand"), ("RAAF", "Australia"),
        ("Fuerza Aérea Colombiana", "Colombia"), ("Luftwaffe", "Germany"), ("Aeronautica Militare", "Italy"),
        ("FARDC", "Democratic Republic of the Congo"), ("Tatmadaw", "Myanmar"), ("IRGC", "Iran"), ("TNI-AU", "Indonesia"),
    ],
)  # fmt: skip
def test_armed_services_named_without_a_country_word(name, country):
    assert service_country(name) == country
    assert party_name(name) == country


def test_abbreviations_match_only_as_written():
    assert service_country("jmsdf") is None  # lower case is a word, not the service
    assert country_of("Plan") is None


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("A JMSDF SH-60K helicopter with three crew went missing off Okinawa on Tuesday night.", "Japan"),
        ("A Maritime Self-Defense Force P-3C patrol plane crashed into the sea near Iwo Jima on Monday.", "Japan"),
        ("A Royal Thai Air Force Alpha Jet crashed near Chiang Mai on Wednesday, killing its pilot.", "Thailand"),
        ("A PLAAF J-10 fighter crashed in Hebei province on Friday after the pilot ejected.", "China"),
        ("A UH-60 Black Hawk of the Fuerza Aérea Colombiana crashed in Antioquia on Monday.", "Colombia"),
        ("A Luftwaffe Eurofighter went down over Mecklenburg on Thursday; the pilot was rescued.", "Germany"),
    ],
)
def test_operator_given_by_service_name(sentence, country):
    assert main_summary(sentence)["operator"] == country


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("The Front for Change and Concord in Chad (FACT) said its men hit the jet.", "FACT", "Front for Change and Concord in Chad"),
        ("Fighters of the National Liberation Army (ELN) opened fire.", "ELN", "National Liberation Army"),
        ("The Patriotic Front for Liberation (FPL) claimed the attack.", "FPL", "Patriotic Front for Liberation"),
        ("The Kurdistan Workers Party (PKK) denied it.", "PKK", "Kurdistan Workers Party"),
    ],
)  # fmt: skip
def test_acronyms_of_names_translated_from_another_language(text, short, long):
    assert acronyms(text)[short] == long


def test_no_acronym_from_a_single_word_before_a_credit():
    assert "AFP" not in acronyms("The ministry said on Monday (AFP) that the jet crashed.")


GROUP_STORIES = [
    # an armed group defined by acronym, then called "the rebels" in a background sentence
    (
        "Air force jet lost in the north\n"
        "A government Su-25 crashed in the north on Monday, the army said. The Movement for Unity and Justice "
        "(MUJ) said its fighters had hit the aircraft with a shoulder-fired missile.\n"
        "In 2019 the rebels brought down an army Mi-24 helicopter near the border.",
        "MUJ",
    ),
    (
        "Helicopter down in the hills\n"
        "An army Mi-17 crashed in the hills on Friday. The Popular Resistance Army (PRA) claimed that its "
        "gunners shot it down.\nThree years ago the insurgents downed a transport plane in the same valley.",
        "PRA",
    ),
    (
        "Drone lost near the coast\n"
        "A navy drone came down near the coast on Sunday. Al-Shabaab said it had shot the drone down.\n"
        "Last year the militants shot down a Mi-8 helicopter near the port.",
        "Shabaab",
    ),
]


@pytest.mark.parametrize(("text", "group"), GROUP_STORIES)
def test_generic_rebels_take_the_one_group_the_article_names(text, group):
    values = {s.value for s in perpetrator_statements(text, published="2025-03-05")}
    assert values and all(group in v for v in values), values


def test_generic_rebels_stay_generic_when_two_groups_are_named():
    text = (
        "Helicopter lost\nAn army Mi-17 crashed on Friday. The Popular Resistance Army (PRA) and the Northern "
        "Liberation Front (NLF) both said their fighters shot it down.\n"
        "In 2020 the rebels downed an An-26 near the capital."
    )
    values = {s.value for s in perpetrator_statements(text, published="2025-03-05")}
    assert "rebels" in values


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Ukraine's military intelligence agency", "Ukrainian military intelligence"),
        ("Russia's security service", "Russian security service"),
        ("Turkey's coast guard", "Turkish coast guard"),
        ("the Polish border guard", "Polish border guard"),
        ("Ukrainian forces", "Ukraine"),  # a country's plain armed forces are the country
        ("Russia's air force", "Russia"),
    ],
)
def test_state_agencies_keep_their_name(phrase, name):
    assert party_name(phrase) == name


def test_agency_claim_keeps_the_agency_and_is_a_claim():
    text = (
        "Drone hits helicopter\nA drone launched by Ukraine's military intelligence agency destroyed a Russian "
        "Mi-8 helicopter on the ground in the Bryansk region on Wednesday, the agency said."
    )
    statements = perpetrator_statements(text)
    assert [s.value for s in statements] == ["Ukrainian military intelligence"]
    assert statements[0].evidence.stance == "claimed"


@pytest.mark.parametrize(
    ("source", "side"),
    [
        ("Ukrainian-affiliated Telegram channels", "Ukraine"),
        ("pro-Kremlin military bloggers", "Russia"),
        ("Houthi-run Al-Masirah TV", "Houthi rebels"),
        ("Hamas-affiliated news outlets", "Hamas"),
    ],
)
def test_partisan_media_speak_for_their_side(source, side):
    assert voice_of(source)
    assert same_party(source, side)


def test_backing_is_not_speaking_for():
    assert not same_party("Iran-backed Houthis", "Iran")
    assert voice_of("Iran-backed Houthis") is None


@pytest.mark.parametrize(
    "text",
    [
        "Helicopter lost\nA Russian Mi-28 crashed in the Kursk region on Saturday. Ukrainian-affiliated Telegram "
        "channels said Ukrainian troops shot it down with a MANPADS.",
        "Jet lost\nA Ukrainian Su-27 crashed near Poltava on Friday. Pro-Kremlin war correspondents wrote that "
        "Russian air defences had shot the fighter down.",
        "Drone lost\nA US MQ-9 drone came down over Yemen on Monday. Houthi-run media said the group's air "
        "defences shot down the drone with a missile.",
    ],
)
def test_a_partisan_outlets_word_on_its_sides_shootdown_is_a_claim(text):
    summary = main_summary(text)
    assert summary["perpetrator"]
    assert summary["cause"] == "disputed"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The jet was hit by a Patriot missile fired from deep inside Ukrainian-held territory.", "Ukraine"),
        ("The helicopter was downed by a missile launched from Russian positions.", "Russia"),
        ("A rocket fired from rebel-held areas struck the transport plane.", "rebels"),
        ("The drone was shot down by a missile launched from the Syrian side of the border.", "Syria"),
    ],
)
def test_side_from_where_the_weapon_was_fired(text, side):
    assert fired_from(text)[2] == side


def test_fired_from_gives_the_perpetrator():
    text = (
        "Su-34 lost\nA Russian Su-34 was lost near Avdiivka on Monday. The bomber was hit by a long-range missile "
        "launched from Ukrainian-controlled ground, Russian bloggers said."
    )
    assert main_summary(text)["perpetrator"] == "Ukraine"


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Rebels said a SAM-7 missile brought down the Su-25 on Monday.", "MANPADS"),
        ("The MiG-21 was shot down by an HN-5 fired by militants on Friday.", "MANPADS"),
        ("An Akash battery shot down the drone on Sunday, the army said.", "surface-to-air missile"),
        ("The drone was downed by a Barak-8 interceptor on Tuesday.", "surface-to-air missile"),
    ],
)
def test_weapon_names(text, weapon):
    assert main_summary("Aircraft lost\n" + text)["weapon"] == weapon


@pytest.mark.parametrize(
    "text",
    [
        "Drone lost\nA Russian Su-27 struck an American MQ-9 drone over the Black Sea on Tuesday. US officials said "
        "the drone's software had been wiped before it hit the water.",
        "Jet lost\nA Pakistani F-16 was shot down by an Indian MiG-21 on Wednesday, Indian officials said. The "
        "burning jet struck a hillside near the village, they said.",
        "Helicopter lost\nRebels shot down an army Mi-17 near the river on Friday, the army said. Officers said "
        "the helicopter hit the ground seconds later.",
    ],
)
def test_an_aircraft_hitting_the_ground_is_no_shooter(text):
    values = {s.value for s in perpetrator_statements(text)}
    assert len(values) == 1 and values <= {"Russia", "India", "rebels"}, values


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Jet lost\nA Russian Su-25 was lost near Pokrovsk in February. Ukraine's air force said a Buk-M1 crew "
         "had brought down the jet.", "Ukraine"),
        ("Jet lost\nSyria's army said an S-200 battery shot down an Israeli F-16 over the Golan on Sunday.", "Syria"),
        ("Helicopter lost\nA Ukrainian Mi-24 was downed near Bakhmut on Monday by a Tor unit, the Russian defence "
         "ministry said.", "Russia"),
    ],
)  # fmt: skip
def test_a_crew_named_by_its_weapon_is_the_speakers_side(text, side):
    statements = perpetrator_statements(text)
    assert [s.value for s in statements] == [side]
    assert statements[0].evidence.stance == "claimed"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Houthi military spokesman Yahya Saree", "Houthi"),
        ("a spokesman for the Houthis", "Houthis"),
        ("RSF commander Abdel Rahim Dagalo", "RSF"),
        ("a senior Hamas official", "Hamas"),
        ("Sudan's army chief", "Sudan"),
    ],
)
def test_a_person_speaking_for_a_body_is_the_body(phrase, name):
    assert party_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Helicopter down\nHamas said on Wednesday that its fighters had hit an Israeli helicopter near Rafah, "
         "causing it to crash. The group said its fighters used a surface-to-air missile.", "surface-to-air missile"),
        ("Jet down\nRebels said on Monday they had shot down a government MiG-23 near the border. A rebel "
         "commander said his men fired an Igla at the jet as it turned.", "MANPADS"),
        ("Drone down\nHezbollah said it downed an Israeli Hermes 450 drone over the south on Friday. The movement "
         "said it had employed a Khordad air defence system for the first time.", "surface-to-air missile"),
    ],
)  # fmt: skip
def test_weapon_named_in_the_sentence_after_the_loss(text, weapon):
    assert main_summary(text)["weapon"] == weapon


def test_weapon_use_in_another_time_is_not_the_incidents():
    text = (
        "Jet down\nRebels said on Monday they had shot down a government MiG-23 near the border. The army has "
        "used Stinger missiles captured from rebels since 2019."
    )
    assert main_summary(text)["weapon"] is None


def test_one_group_is_not_a_capitalised_generic_word():
    # "The fighters" opens a sentence: capitalised, yet no name (and it once crashed one_group)
    assert one_group(["The fighters", "JNIM"]) == "JNIM"
    assert one_group(["The militants"]) is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a Kachin Independence Army battalion", "Kachin Independence Army"),
        ("The local PDF brigade", "PDF"),
        ("a Fano faction", "Fano"),
        ("two Sudan Liberation Movement columns", "Sudan Liberation Movement"),
        ("US Army Patriot battery", "US Army Patriot battery"),  # a state's unit keeps its name
        ("a Ukrainian brigade", "Ukraine"),
    ],
)
def test_a_sub_unit_of_an_armed_group_is_the_group(phrase, name):
    assert party_name(phrase) == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("al-Shabaab fighters", "al-Shabaab"), ("an al-Shabaab cell", "al-Shabaab"), ("ash-Sham militants", "ash-Sham militants")],
)
def test_a_name_behind_a_lower_case_arabic_article_is_proper(phrase, name):
    assert party_name(phrase) == name


@pytest.mark.parametrize(
    "text",
    [
        "TRIPOLI, May 12 (Stinger News Agency) - A government helicopter was shot down by heavy anti-aircraft guns near Sirte on Monday.",
        "A Patriot Media cameraman filmed the moment a Su-25 was shot down by anti-aircraft fire over the village on Monday.",
        "The Mistral Times reported that anti-aircraft fire shot down an army Mi-17 near the border on Monday.",
    ],
)
def test_a_weapon_name_lent_to_an_outlet_is_no_weapon(text):
    assert main_summary(text)["weapon"] == "anti-aircraft gun"


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("An Air Canada Toronto-bound Airbus A320 crashed on landing in Halifax on Monday, injuring 20.", "Canada"),
        ("A Qantas London-bound Boeing 787 made a crash landing in Perth on Monday after an engine fire.", "Australia"),
        ("A Kenya Airways Paris-bound Boeing 777 crashed shortly after take-off from Nairobi on Monday.", "Kenya"),
    ],
)
def test_a_destination_is_not_the_operator(text, operator):
    assert main_summary(text)["operator"] == operator


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("State television said on Monday that air defences had shot down a rebel helicopter near Misrata in Libya.", "Libya"),
        ("An insurgent drone was shot down by the army near Maiduguri in Nigeria on Monday, the military said.", "Nigeria"),
        ("Government troops shot down an opposition plane near Aleppo in Syria on Monday, state media reported.", "Syria"),
    ],
)
def test_a_rebel_aircraft_belongs_to_the_country_it_fights_in(text, country):
    assert main_summary(text)["operator"] == country


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("Libyan state television said on Monday that air defences had shot down a rebel helicopter near Misrata.", "Libya"),
        ("Russia's defence ministry said air defences shot down a Ukrainian Su-24 over Crimea on Monday.", "Russia"),
        ("Iranian state media said on Monday that an air defence battery shot down an Israeli drone near Isfahan.", "Iran"),
        ("The Syrian defence ministry said a Pantsir battery shot down a Turkish drone over Idlib on Monday.", "Syria"),
    ],
)
def test_ownerless_air_defences_belong_to_the_side_that_tells_of_them(text, perpetrator):
    found = main_summary(text)["perpetrator"]  # "Libya", or a unit of it: "Iranian air defence battery"
    assert found and same_party(found, perpetrator)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("A junta Mi-17 went down near Paletwa on Monday. The Arakan Army said its fighters fired a shoulder-launched "
         "missile at the helicopter as it approached the camp.", "MANPADS"),
        ("An army helicopter came down in the hills on Monday. Rebels said they had fired a Strela missile at the "
         "aircraft minutes before.", "MANPADS"),
        ("A government Su-22 crashed near Marib on Monday. The militia said its men launched a surface-to-air missile "
         "at the jet as it turned for home.", "surface-to-air missile"),
    ],
)
def test_the_weapon_fired_at_an_aircraft_is_kept_with_who_fired_it(text, weapon):
    assert main_summary(text)["weapon"] == weapon


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("The Marine Corps suffered its worst aviation disaster in years in July 2017, when a KC-130T broke up over Mississippi, killing 16.", "United States"),
        ("The Indian Air Force lost another aircraft on Thursday, when a MiG-21 crashed in Rajasthan and killed the pilot.", "India"),
        ("The Royal Navy has lost a second helicopter this year, after a Merlin ditched in the Channel on Monday.", "United Kingdom"),
    ],
)
def test_the_side_that_suffered_the_loss_is_the_operator(text, operator):
    assert main_summary(text)["operator"] == operator


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("A government Su-22 was shot down over the capital on Monday. Syria's defence ministry said a Pantsir battery "
         "had mistaken the jet for an enemy drone.", "Syria"),
        ("A rebel MiG-21 was shot down over Misrata on Monday. Rebel gunners firing anti-aircraft guns mistook the jet "
         "for an enemy aircraft, a spokesman said.", "rebels"),
        ("An army Mi-17 was shot down near the front on Monday. Officials said a Buk crew of the 5th Brigade mistook "
         "the helicopter for an enemy gunship.", "5th Brigade"),
        ("A navy Super Hornet was shot down over the Red Sea on Monday. The cruiser USS Example mistook the jet for an "
         "incoming missile, officials said.", "USS Example"),
    ],
)
def test_who_mistook_an_aircraft_for_an_enemy_shot_it(text, perpetrator):
    found = main_summary(text)["perpetrator"]
    assert found and perpetrator in found


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("An LNA Wing Loong II was shot down near Tripoli on Monday, the GNA said.", "Libya"),
        ("An RSF drone was shot down over El Fasher on Monday, the army said.", "Sudan"),
        ("A Hezbollah drone crashed in northern Israel on Monday after losing its link.", "Lebanon"),
        ("A Houthi drone was shot down over the Red Sea on Monday by a US destroyer.", "Yemen"),
        ("A Chinese-made Wing Loong II of the LNA was shot down near Misrata on Monday.", "Libya"),
        ("An Iranian-made Shahed-129 flown by Iranian-backed militias was shot down in Syria on Monday.", None),
    ],
)
def test_an_armed_groups_own_aircraft_belongs_to_the_country_it_fights_in(text, operator):
    assert main_summary(text)["operator"] == operator  # gold/README: the LNA's Wing Loong is Libya's


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("An IAF Mirage 2000 crashed in France on Tuesday during a joint exercise, killing both pilots. Indian "
         "officials said a court of inquiry had been ordered, and India sent a team.", "India"),
        ("An IAF F-15 crashed in Greece on Tuesday during a joint drill. Israeli military officials said the pilot "
         "ejected, and Israel grounded the fleet for a day.", "Israel"),
        ("A PAF FA-50 went down in Australia on Tuesday during a multinational exercise. Philippine officials said "
         "both pilots were rescued, and the Philippines ordered an inquiry.", "Philippines"),
    ],
)
def test_an_abbreviation_of_two_states_services_is_read_from_the_article(text, operator):
    assert main_summary(text)["operator"] == operator


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Army helicopter downed by own troops\nA Kenyan Army Mi-17 was shot down on Tuesday near Mandera by its own troops, "
         "who mistook it for an enemy aircraft, the defence ministry said. Two crew members were killed.", "Kenya"),
        ("Helicopter hit by friendly troops\nThe Colombian Air Force said on Sunday that one of its UH-60 helicopters came under "
         "fire from friendly ground troops who took it for a guerrilla aircraft and crashed near Tumaco.", "Colombia"),
        ("Gunship lost\nA Philippine Air Force AW109 was brought down near Jolo on Friday by our own soldiers on the ground, "
         "the air force said. Both pilots died.", "Philippines"),
    ],
)  # fmt: skip
def test_fire_from_the_aircrafts_own_side_names_that_side_as_the_shooter(text, operator):
    summary = main_summary(text)
    assert summary["cause"] == "friendly_fire"
    assert summary["operator"] == operator and summary["perpetrator"] == operator


def test_friendly_fire_from_an_ally_names_no_shooter_from_the_operator():
    summary = main_summary("Jet lost\nA Danish F-16 was shot down by allied aircraft over the Baltic on Monday, the ministry said.")
    assert summary["perpetrator"] != "Denmark"


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Contractor helicopter crashes\nA helicopter flying for Kenya's police went down across the border near Kismayo, Somalia, on Friday after an engine failure.", "Kenya"),
        ("Chopper down\nAn Mi-8 on contract to the Malian army crashed in Niger near Ayorou on Wednesday, killing three.", "Mali"),
        ("Water bomber lost\nA Bell 212 hired by the Peruvian government crashed in Bolivia near La Paz on Monday, killing its pilot.", "Peru"),
        ("Navy charter crashes\nAn AW139 working for the Nigerian Navy crashed in Cameroon near Limbe on Sunday, killing two.", "Nigeria"),
    ],
)  # fmt: skip
def test_a_contractors_aircraft_belongs_to_the_state_body_it_flies_for(text, operator):
    assert main_summary(text)["operator"] == operator


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("guerrilla fighters", "rebels"), ("insurgent gunners", "rebels"), ("separatist forces", "separatists"),
     ("militant fighters", "militants")],
)  # fmt: skip
def test_group_nouns_as_modifiers_name_an_unnamed_group_not_a_state(phrase, name):
    assert party_name(phrase) == name
    assert party_name("Somali insurgent fighters") != "Somalia"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("A Tara Air Twin Otter slammed into a hillside near Jomsom on Sunday, killing all 22 people aboard.", "Nepal"),
        ("An An-24 operated by Angara Airlines crashed on approach to a Siberian airstrip on Thursday, killing two crew.", "Russia"),
        ("On Friday a Trigana Air ATR 42 went down in the Papua highlands with 54 people on board.", "Indonesia"),
        ("A Fokker 50 belonging to Air Tanzania ran off the runway on landing on Monday; nobody was hurt.", "Tanzania"),
    ],
)
def test_operator_given_by_airline_name(sentence, country):
    assert main_summary(sentence)["operator"] == country


def test_airline_is_never_a_party_and_words_alone_are_no_airline():
    assert party_name("The Yeti Airlines plane") is None  # it may hit something; it fires at no one
    assert country_of("First") is None and airline_country("the Royal Jordanian Air Force") is None
    assert party_name("the first air raid") != "Canada"


@pytest.mark.parametrize("dateline", ["BAMENDA", "PORT SUDAN", "MANDALAY"])
def test_a_dateline_city_in_capitals_is_no_party(dateline):
    assert party_name(dateline) is None


@pytest.mark.parametrize("acronym", ["ISWAP", "HAMAS", "FARC", "SPLM-N"])
def test_group_acronyms_in_capitals_stay_parties(acronym):
    assert party_name(acronym) == acronym


def test_dateline_city_does_not_become_the_shooter():
    text = ("MAIDUGURI, Nigeria, March 3 (Wire) - Insurgents shot down a Nigerian air force helicopter near the town "
            "of Gwoza on Tuesday, killing its two pilots, the military said.")
    assert main_summary(text)["perpetrator"] != "MAIDUGURI"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Sudanese Armed Forces have named the pilot who died when one of their MiG-29 fighters came down on Saturday.", "Sudan"),
        ("A Bangladesh Air Force (BAF) pilot died and another was hurt after their Yak-130 trainer crashed into the sea.", "Bangladesh"),
        ("The Royal Moroccan Air Force said on Monday it had lost one of its F-5 jets in a crash, and the pilot was killed.", "Morocco"),
        ("Kenya Defence Forces confirmed that two soldiers died when their Mi-17 crashed in Lamu on Tuesday.", "Kenya"),
    ],
)
def test_its_or_their_aircraft_belongs_to_the_state_body_named_before(sentence, country):
    assert main_summary(sentence)["operator"] == country


def test_their_aircraft_after_a_non_state_subject_gives_no_state():
    text = "Rebels said they had shot down one of their Mi-24 helicopters over the hills on Friday."
    assert main_summary(text)["operator"] is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a spokesman for the Pakistani Taliban, Abdul Rahim", "Pakistani Taliban"),
        ("a commander of the Arakan Army, Aung Min", "Arakan Army"),
        ("spokeswoman for Hezbollah, Rana Haddad", "Hezbollah"),
    ],
)
def test_a_speakers_name_after_the_body_is_not_part_of_the_side(phrase, name):
    assert party_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Drone down\nArmy anti-aircraft gunners near the airfield opened fire on the drone and shot it down on "
         "Tuesday, officers said.", "anti-aircraft gun"),
        ("Jet lost\nAA gunners brought down the Su-25 over the ridge on Sunday, the rebels said.", "anti-aircraft gun"),
        ("Helicopter lost\nA ZU-23 crew shot down the Mi-8 near the river on Monday, militants said.", "anti-aircraft gun"),
        ("Jet lost\nFlak gunners hit the MiG-21 as it turned on Friday and it crashed, the ministry said.", "anti-aircraft gun"),
        # negative: a shooting with no word for the gun stays ground fire
        ("Drone lost\nSoldiers opened fire on the drone and shot it down on Saturday, militants said.", "ground fire"),
    ],
)  # fmt: skip
def test_gunners_name_the_anti_aircraft_gun(text, weapon):
    assert main_summary(text)["weapon"] == weapon


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Helicopter down\nA spokesman for the Taliban said on Friday that the group's fighters had shot down an "
         "army Mi-17 near the pass.", "Taliban"),
        ("Drone down\nA spokeswoman for the Zambezi Liberation Front told reporters the movement's fighters brought "
         "down a government drone on Monday.", "Zambezi Liberation Front"),
        ("Jet lost\nA spokesman for Ansar Dine said its men shot down the jet with a heavy machine gun on Sunday.",
         "Ansar Dine"),
    ],
)  # fmt: skip
def test_a_spokesmans_group_claims_its_fighters_shot(text, group):
    statements = perpetrator_statements(text)
    assert [s.value for s in statements] == [group]
    assert statements[0].evidence.stance == "claimed"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sudan: drone lost\nFighting went on across Sudan this week. Army anti-aircraft gunners opened fire on one "
         "of the army's own drones on Tuesday and shot it down, two military sources said.", "Sudan"),
        ("Sudan war\nFighting continued in Sudan on Tuesday. Gunners shot down an army Mi-24 by mistake near the "
         "town, officers said.", "Sudan"),
        ("Mali\nMali's northern towns saw fresh clashes. Rebels said they shot down an air force jet near the "
         "border on Sunday.", "Mali"),
        # the country named once, its armed group more often; a maker's country does not count
        ("Drone lost\nThe RSF said on Monday that RSF fighters had downed an army drone, an Iranian-made model, "
         "over the Sudanese capital. The RSF gave no evidence.", "Sudan"),
    ],
)  # fmt: skip
def test_an_unnamed_army_is_the_articles_country(text, country):
    assert main_summary(text)["operator"] == country


def test_an_unnamed_army_in_a_story_of_two_countries_names_no_operator():
    text = (
        "Border clash\nIndia and Pakistan traded fire on Monday. Pakistan said it shot down an army helicopter "
        "near the line, and India said the claim was false."
    )
    assert main_summary(text)["operator"] is None


def test_a_force_that_speaks_is_not_the_aircrafts_owner():
    text = (
        "Drone lost\nFighting went on across Sudan this week. Later the military said the drone had been shot "
        "down by rebels near the Sudanese border town on Tuesday."
    )
    assert main_summary(text)["operator"] is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Turkish Bayraktar Akinci drone crashed in bad weather over northern Iraq on Tuesday, officials said.", "Turkey"),
        ("Officials said a Turkish Anka drone went down near the border on Tuesday after a technical fault.", "Turkey"),
        ("An Israeli Hermes 450 drone crashed in a field on Tuesday, the army said.", "Israel"),
        ("A Turkish F-4 Phantom crashed into the sea on Tuesday during a training flight, the ministry said.", "Turkey"),
    ],
)  # fmt: skip
def test_a_demonym_before_an_aircraft_is_its_operator_not_its_maker(text, country):
    assert main_summary(text)["operator"] == country


def test_a_made_in_demonym_names_the_maker_not_the_operator():
    text = "A Turkish-made Bayraktar TB2 drone flown by the Nigerien army crashed on Tuesday, officials said."
    assert main_summary(text)["operator"] != "Turkey"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Guerrero state police helicopter crashed on a hillside on Tuesday, officials said.", "Mexico"),
        ("Gunmen shot down a Sinaloa state police helicopter on Tuesday, officials said.", "Mexico"),
        ("A Kamchatka regional police helicopter made a hard landing and was destroyed on Tuesday.", "Russia"),
        ("The Sindh police helicopter went down in a field on Tuesday, killing its pilot.", "Pakistan"),
    ],
)  # fmt: skip
def test_a_regional_police_force_is_its_countrys(text, country):
    assert main_summary(text)["operator"] == country


def test_a_police_force_of_a_region_in_two_countries_names_no_operator():
    from sitrep.extract.parties import unnamed_force_country

    assert unnamed_force_country("A Punjab police ", "helicopter", "Rain fell.") is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Gunmen of La Familia Michoacana shot down a police helicopter on Tuesday, officials said.", "La Familia Michoacana"),
        ("Officials said Los Tlacos gunmen shot down a state police helicopter on Tuesday.", "Los Tlacos"),
        ("A military helicopter was shot down by CJNG gunmen in Michoacán on Tuesday, officials said.", "CJNG"),
        ("A helicopter was shot down by gunmen of the Sinaloa cartel on Tuesday, officials said.", "Sinaloa cartel"),
        ("Bandits of the Lakurawa group shot down a military helicopter on Tuesday, officials said.", "Lakurawa"),
    ],
)  # fmt: skip
def test_criminal_armed_groups_are_perpetrators(text, group):
    assert any(group in s.value for s in perpetrator_statements(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The army said the helicopter crashed. But Taliban spokesman Zabihullah wrote that mujahideen shot it down.", "Taliban"),
        ("A Taliban spokesman said on Twitter that the mujahideen had brought down an army helicopter in Helmand.", "Taliban"),
        ("Al-Shabaab spokesman Ali said its mujahideen shot down a helicopter near the town on Tuesday.", "Al-Shabaab"),
        # "their spokesman" speaks for the group named before
        ("M23 claims a jet. Seen on the M23 channels: their spokesman Jean Bosco says their fighters shot down an army Su-25 on Monday.", "M23"),
        ("The Taliban posted photos of a wreck. Their spokesman said their fighters had shot down an army Mi-17 on Monday.", "Taliban"),
        ("Videos appeared on Houthi channels overnight. Its spokesman Ahmed said its air defences shot down an MQ-9 on Monday.", "Houthi"),
    ],
)  # fmt: skip
def test_a_groups_own_fighters_in_its_claim_are_the_group(text, group):
    found = perpetrator_statements(text)
    assert any(group in s.value and s.evidence.stance == "claimed" for s in found), found


def test_mujahideen_named_by_a_third_party_are_no_state():
    text = "A government helicopter was shot down by mujahideen near the border on Tuesday, the ministry said."
    assert not any(country_of(s.value) for s in perpetrator_statements(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A police helicopter was shot down on Tuesday. Officials said the shots were fired by gunmen of Los Viagras.", "Los Viagras"),
        ("A police helicopter was shot down on Tuesday. Prosecutors said the attack was carried out by armed men of Los Ardillos.", "Los Ardillos"),
        ("Gunmen shot down a state police helicopter on Tuesday. Police said the attack was carried out by Los Tlacos gunmen.", "Los Tlacos"),
        ("A police helicopter was shot down on Tuesday. The attack was carried out by armed men, police said, blaming Guerreros Unidos.", "Guerreros Unidos"),
    ],
)  # fmt: skip
def test_the_attack_done_by_a_group_names_the_perpetrator(text, group):
    assert main_summary(text)["perpetrator"] and group in main_summary(text)["perpetrator"]


def test_an_unrelated_attack_names_no_perpetrator():
    text = "A police helicopter crashed in fog on Tuesday, killing two. Last year an attack on a convoy was carried out by Los Viagras."
    assert main_summary(text)["perpetrator"] is None


def test_a_spokesman_with_a_possessive_pronoun_is_no_party_himself():
    assert party_name("Their spokesman Jean Bosco") is None
    assert party_name("Taliban spokesman Zabihullah") == "Taliban"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Burundian Airlines", "Burundi"), ("Air Moldova", "Moldova"), ("Guinea International Airlines", "Guinea"),
        ("Tuvalu Airways", "Tuvalu"), ("Air Chad", "Chad"),
    ],
)  # fmt: skip
def test_a_carrier_named_after_its_country_is_that_countrys(name, country):
    assert airline_country(name) == country
    assert party_name(name) is None  # an airline is no side that fires


@pytest.mark.parametrize("name", ["Air Force", "the Nigerian Air Force", "Royal Air Force", "Southern Airways"])
def test_air_forces_and_unknown_carriers_are_no_national_airline(name):
    assert airline_country(name) is None


def test_operated_by_a_national_carrier_names_the_operator():
    text = "A Twin Otter operated by Burundian Airlines crashed into a hillside on Tuesday, killing both pilots."
    assert main_summary(text)["operator"] == "Burundi"


@pytest.mark.parametrize(
    "text",
    [
        "Greek officials said a Mirage 2000 crashed near Skyros on Tuesday after it intercepted Turkish jets.",
        "A Mirage 2000 of the Hellenic Air Force crashed on Tuesday while chasing Turkish F-16s, the Greek ministry said.",
        "A Greek Mirage 2000-5 crashed into the sea on Tuesday while returning from an interception of Turkish jets.",
        "The pilot of a Greek F-16 ejected on Tuesday before it crashed, minutes after the jet intercepted Turkish drones.",
    ],
)  # fmt: skip
def test_the_aircraft_a_lost_jet_intercepted_is_not_its_operator(text):
    assert main_summary(text)["operator"] != "Turkey"


@pytest.mark.parametrize(
    "text",
    [
        "Two people died on Sunday when a Cessna 172 crashed into a field near Dijon, the gendarmerie said. In 2015 a German Airbus A320 crashed in the Alps, killing 150.",
        "A Robinson R44 crashed near Tours on Sunday, killing its pilot, the prefecture said. The worst accident in the area came in 2002, when a Swiss Saab 340 crashed near the airport.",
        "A light aircraft crashed near Lyon on Sunday, killing two, officials said. Last year a Belgian glider crashed on the same hill.",
    ],
)  # fmt: skip
def test_a_foreign_aircraft_in_an_earlier_accident_leaves_the_crash_site_as_operator(text):
    assert main_summary(text)["operator"] == "France"

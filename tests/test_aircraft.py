
import re

import pytest

from sitrep.extract.aircraft import (
    CATEGORIES,
    AircraftMatch,
    catalogue,
    find_aircraft,
    lookup_model,
)


def models(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.model) for m in find_aircraft(text)]


def only(text: str) -> AircraftMatch:
    found = find_aircraft(text)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- catalogue

def test_catalogue_is_large_and_well_formed():
    entries = catalogue()
    assert len(entries) >= 450
    names = [e["model"] for e in entries]
    assert len(names) == len(set(names))
    families = set(names)
    for e in entries:
        assert e["category"] in CATEGORIES, e
        assert e["family"] in families, e
        assert isinstance(e["aliases"], list) and isinstance(e["operators_hint"], list)
        for alias in e["ambiguous_aliases"]:
            assert alias in e["aliases"] or alias == e["model"], e


def test_catalogue_covers_every_category():
    counts = {c: 0 for c in CATEGORIES}
    for e in catalogue():
        counts[e["category"]] += 1
    assert all(n >= 5 for n in counts.values()), counts
    assert counts["helicopter"] >= 100 and counts["fighter"] >= 100


@pytest.mark.parametrize("model, family, category, nato", [
    ("Mi-24", "Mi-24", "helicopter", "Hind"),
    ("Mi-8", "Mi-8", "helicopter", "Hip"),
    ("Su-25", "Su-25", "fighter", "Frogfoot"),
    ("Su-24", "Su-24", "fighter", "Fencer"),
    ("Tu-160", "Tu-160", "bomber", "Blackjack"),
    ("An-26", "An-26", "transport", "Curl"),
    ("A-50", "A-50", "surveillance", "Mainstay"),
    ("Il-78", "Il-78", "tanker", "Midas"),
    ("Bayraktar TB2", "Bayraktar TB2", "drone", None),
    ("Boeing 737 MAX 8", "Boeing 737", "airliner", None),
    ("Cessna 172", "Cessna 172", "light", None),
    ("PC-21", "PC-21", "trainer", None),
    ("Gulfstream G650", "Gulfstream G650", "business", None),
    ("V-22", "V-22", "transport", None),
])
def test_catalogue_entries(model, family, category, nato):
    entry = next(e for e in catalogue() if e["model"] == model)
    assert (entry["family"], entry["category"], entry["nato_name"]) == (family, category, nato)


# ---------------------------------------------------------------- families

@pytest.mark.parametrize("sentence, model, family", [
    ("Rebels claimed a Mi-35 was hit over the northern hills.", "Mi-35", "Mi-24"),
    ("A Mi-171 carrying aid workers made a hard landing in the valley.", "Mi-171", "Mi-8"),
    ("The Su-24M was on a bombing run when it went down.", "Su-24M", "Su-24"),
    ("An F-16C from the 20th Fighter Wing crashed during training.", "F-16C", "F-16"),
    ("The Boeing 737-800 left the runway after landing in heavy rain.", "Boeing 737-800", "Boeing 737"),
    ("Investigators examined the Mi-28N wreckage at dawn.", "Mi-28N", "Mi-28"),
    ("An MQ-4C Triton was lost over the Gulf.", "MQ-4C", "RQ-4"),
    ("The RQ-4 Global Hawk was downed by a surface-to-air missile.", "RQ-4", "RQ-4"),
    ("Ethiopian officials blamed the 737 MAX 8 flight-control software.", "Boeing 737 MAX 8", "Boeing 737"),
])
def test_variant_maps_to_its_own_model_and_family(sentence, model, family):
    m = only(sentence)
    assert (m.model, m.family, m.generic) == (model, family, False)


# ---------------------------------------------------------------- newsroom spellings

@pytest.mark.parametrize("written", ["Mi-24", "MI-24", "Mi 24", "Mi24", "mi-24"])
def test_hyphen_space_case_variants(written):
    m = only(f"Witnesses said a {written} circled the town twice.")
    assert (m.text, m.model) == (written, "Mi-24")


def test_unknown_suffix_maps_to_longest_known_prefix():
    assert models("Two Su-24MK jets and an upgraded MiG-29SMT2 took off.") == [
        ("Su-24MK jets", "Su-24M"), ("MiG-29SMT2", "MiG-29SMT")]
    assert models("The Mi-8MTV-5 landed.") == [("Mi-8MTV-5", "Mi-8MTV")]


def test_boeing_spellings():
    text = "The Boeing 737-800, registered as a 737-800 freighter, was listed as a B737-800."
    assert [m.model for m in find_aircraft(text)] == ["Boeing 737-800"] * 3


def test_plurals():
    assert models("Ukraine received F-16s while Russia lost two MiG-29s and several Mi-24s.") == [
        ("F-16s", "F-16"), ("MiG-29s", "MiG-29"), ("Mi-24s", "Mi-24")]


def test_article_and_nickname_absorbed():
    m = only("An F/A-18E Super Hornet rolled off the carrier deck.")
    assert (m.text, m.model, m.family) == ("F/A-18E Super Hornet", "F/A-18E", "F/A-18")


def test_maker_and_generic_word_absorbed():
    assert models("A Sukhoi Su-25 jet and a Mil Mi-8 helicopter were seen over the ridge.") == [
        ("Sukhoi Su-25 jet", "Su-25"), ("Mil Mi-8 helicopter", "Mi-8")]
    m = find_aircraft("a Mil Mi-8 helicopter")[0]
    assert (m.maker, m.category, m.nato_name) == ("Mil", "helicopter", "Hip")


def test_generic_phrase_after_model_is_one_match():
    assert models("The Mi-28N attack helicopter came down at night.") == [
        ("Mi-28N attack helicopter", "Mi-28N")]
    assert models("An Il-76 military transport aircraft landed.") == [
        ("Il-76 military transport aircraft", "Il-76")]


def test_offsets_point_into_text():
    text = "Footage showed the Ka-52 gunship firing rockets."
    m = only(text)
    assert text[m.start:m.end] == m.text == "Ka-52 gunship"
    assert (m.model, m.family) == ("Ka-52", "Ka-50")


def test_mixed_list_with_slash():
    assert models("The fleet of Mi-8/Mi-17 helicopters was grounded.") == [
        ("Mi-8", "Mi-8"), ("Mi-17 helicopters", "Mi-17")]


def test_later_word_that_reaches_further_wins():
    m = only("The Beechcraft King Air 350 was on a survey flight.")
    assert (m.text, m.model, m.maker) == ("Beechcraft King Air 350", "King Air 350", "Beechcraft")


def test_civil_types():
    assert [m.model for m in find_aircraft(
        "An ATR 72-600, an Airbus A320neo, a Dash 8 Q400 and a Cessna 208 Caravan were on the apron."
    )] == ["ATR 72", "Airbus A320neo", "Dash 8 Q400", "Cessna 208 Caravan"]


def test_atr_series_read_as_the_base_model():
    # newsrooms file an ATR by its base model; the -300/-500/-600 series number is no new model
    assert [(m.text, m.model) for m in find_aircraft("The ATR 42-600 and an ATR-72-500 stood beside a Boeing 737-800.")] == [
        ("ATR 42-600", "ATR 42"), ("ATR-72-500", "ATR 72"), ("Boeing 737-800", "Boeing 737-800")]


# ---------------------------------------------------------------- NATO names

def test_nato_name_alone_maps_to_family_base():
    m = only("Soldiers reported that a Hind had been hit by ground fire.")
    assert (m.model, m.nato_name, m.category) == ("Mi-24", "Hind", "helicopter")
    m = only("A Hind gunship strafed the road.")
    assert (m.text, m.model) == ("Hind gunship", "Mi-24")


def test_designation_followed_by_nato_name_is_one_match():
    assert models("The Su-25 Frogfoot and an Mi-8 Hip helicopter were lost.") == [
        ("Su-25 Frogfoot", "Su-25"), ("Mi-8 Hip helicopter", "Mi-8")]


def test_person_named_hind_is_not_a_helicopter():
    assert models("Hind Rajab was six years old.") == []


# ---------------------------------------------------------------- generic words

@pytest.mark.parametrize("sentence, written, category", [
    ("A helicopter went down near the border.", "helicopter", "helicopter"),
    ("Rescuers reached the chopper after dark.", "chopper", "helicopter"),
    ("The gunship was hit by a missile.", "gunship", "helicopter"),
    ("A Russian war plane violated the airspace.", "war plane", "fighter"),
    ("The warplane dropped two bombs.", "warplane", "fighter"),
    ("The pilot of a fighter jet ejected safely.", "fighter jet", "fighter"),
    ("A strategic bomber flew near the coast.", "strategic bomber", "bomber"),
    ("A kamikaze drone struck the depot.", "kamikaze drone", "drone"),
    ("The UAV was jammed.", "UAV", "drone"),
    ("An unmanned aerial vehicle crashed in a field.", "unmanned aerial vehicle", "drone"),
    ("A loitering munition hit the tank.", "loitering munition", "drone"),
    ("The passenger jet diverted to Cairo.", "passenger jet", "airliner"),
    ("The airliner was carrying 180 people.", "airliner", "airliner"),
    ("A cargo plane overshot the runway.", "cargo plane", "transport"),
    ("A military transport landed in Kabul.", "military transport", "transport"),
    ("A light aircraft crashed on a farm.", "light aircraft", "light"),
    ("The single-engine plane hit power lines.", "single-engine plane", "light"),
    ("A private jet skidded off the runway.", "private jet", "business"),
    ("The business jet was flying from Geneva.", "business jet", "business"),
    ("A training aircraft crashed near the academy.", "training aircraft", "trainer"),
    ("A spy plane flew along the coast.", "spy plane", "surveillance"),
    ("Debris from the aircraft was found.", "aircraft", "aircraft"),
    ("The plane disappeared from radar.", "plane", "aircraft"),
])
def test_generic_words(sentence, written, category):
    m = only(sentence)
    assert (m.text, m.category, m.model, m.generic) == (written, category, None, True)


def test_generic_words_that_are_not_aircraft():
    assert models("Jet fuel prices rose as the aircraft carrier sailed.") == []
    assert models("Anti-aircraft guns fired all night.") == []
    assert models("An oil tanker and her personal trainer arrived.") == []
    assert models("A suicide bomber struck the market.") == []


def test_fighters_as_militants_are_not_aircraft():
    assert models("Islamic State fighters seized the town.") == []
    assert models("Rebel fighters shot down a helicopter.") == [("helicopter", None)]
    assert models("Two fighters were scrambled and the pilots saw the intruder.") == [
        ("fighters", None)]


# ---------------------------------------------------------------- ambiguous words

def test_weather_is_not_aircraft():
    assert models("Typhoon Haiyan flattened coastal towns.") == []
    assert models("A typhoon and a tornado hit the region.") == []
    assert models("Tornado warnings were issued for the county.") == []


def test_typhoon_as_aircraft():
    m = only("A Eurofighter Typhoon was scrambled from Coningsby.")
    assert (m.model, m.category) == ("Eurofighter Typhoon", "fighter")
    m = only("A Typhoon jet was scrambled from Lossiemouth.")
    assert (m.text, m.model) == ("Typhoon jet", "Eurofighter Typhoon")
    m = only("RAF Typhoons were sent to Estonia.")
    assert (m.text, m.model) == ("Typhoons", "Eurofighter Typhoon")


def test_tornado_as_aircraft():
    assert models("A Tornado GR4 and a Panavia Tornado were displayed.") == [
        ("Tornado GR4", "Tornado GR4"), ("Panavia Tornado", "Tornado")]


@pytest.mark.parametrize("sentence", [
    "A hawk circled above the field.",
    "The Apache leader spoke to reporters.",
    "A falcon and a heron nested by the lake.",
    "Orion is visible in winter.",
    "The Lancet published the study on Tuesday.",
    "Harrier Smith scored twice.",
    "A tiger escaped from the zoo.",
    "The Grim Reaper costume won a prize.",
    "Black Hawk Down was released in 2001.",
    "Boeing said its shares fell, while Airbus gained.",
    "Indian Apache leaders met the governor.",  # a people, not a nationality
    "The Riverside Falcons shot down the comeback.",
    "Lightning struck the hangar overnight.",
])
def test_ambiguous_words_without_aircraft_context(sentence):
    assert find_aircraft(sentence) == []


@pytest.mark.parametrize("sentence, written, model", [
    ("Two Apache helicopters hovered overhead.", "Apache helicopters", "AH-64"),
    ("A Reaper drone was shot down over Yemen.", "Reaper drone", "MQ-9"),
    ("A Lancet loitering munition hit the howitzer.", "Lancet loitering munition", "Lancet"),
    ("An Orion drone was filmed over the front.", "Orion drone", "Orion"),
    ("The P-3 Orion searched the sea.", "P-3 Orion", "P-3"),
    ("A Harrier jump jet performed at the show.", "Harrier jump jet", "Harrier"),
    ("A Dassault Rafale crashed in eastern France.", "Dassault Rafale", "Rafale"),
    ("A Heron drone was lost.", "Heron drone", "Heron"),
    ("Two Hawk jets collided.", "Hawk jets", "Hawk"),
    # a nationality before a nickname
    ("Houthi forces said they downed two US Reapers in a week.", "Reapers", "MQ-9"),
    ("Rebels filmed a burning Russian 'Crocodile' over the valley.", "Crocodile", "Mi-24"),
    ("The Saudi Tornado went down before dawn.", "Tornado", "Tornado"),
])
def test_ambiguous_words_with_context(sentence, written, model):
    m = only(sentence)
    assert (m.text, m.model) == (written, model)


def test_unambiguous_nicknames():
    assert models("A Black Hawk and a Chinook landed near a Warthog.") == [
        ("Black Hawk", "UH-60"), ("Chinook", "CH-47"), ("Warthog", "A-10")]
    assert models("A Blackhawk crashed.") == [("Blackhawk", "UH-60")]
    assert models("A black hawk and a warthog were photographed.") == []


# ---------------------------------------------------------------- false positives

@pytest.mark.parametrize("sentence", [
    "The AF-160 valve failed.",
    "Route Mi-80 was closed.",
    "An 26-year-old man was arrested.",
    "The boat could be 200 metres offshore.",
    "MI6 declined to comment.",
    "The U2 concert and a B2 visa.",
    "Traffic on the A10 was heavy.",
    "Leave the M25 at J10.",
    "Use F4 to refresh.",
])
def test_false_positive_guards(sentence):
    assert find_aircraft(sentence) == []


def test_longest_known_model_with_digit_boundary():
    assert models("The F-16 and the Mi-8 were parked near an F-160 sign.") == [
        ("F-16", "F-16"), ("Mi-8", "Mi-8")]
    assert models("F-16 vs MiG-29") == [("F-16", "F-16"), ("MiG-29", "MiG-29")]


def test_designations_with_real_context_still_match():
    assert models("An An-26 transport and a Be-200 water bomber") == [
        ("An-26 transport", "An-26"), ("Be-200 water bomber", "Be-200")]
    assert models("A Mi-6 heavy helicopter and an A-10 Warthog") == [
        ("Mi-6 heavy helicopter", "Mi-6"), ("A-10 Warthog", "A-10")]
    assert models("A U-2 spy plane and a B-2 Spirit bomber") == [
        ("U-2 spy plane", "U-2"), ("B-2 Spirit bomber", "B-2")]


def test_matches_do_not_overlap_and_are_ordered():
    text = ("A Russian Su-34 fighter-bomber and a helicopter crashed; "
            "later a Tu-22M3 long-range bomber and two drones were reported.")
    found = find_aircraft(text)
    assert [(m.text, m.category) for m in found] == [
        ("Su-34 fighter-bomber", "fighter"), ("helicopter", "helicopter"),
        ("Tu-22M3 long-range bomber", "bomber"), ("drones", "drone")]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


# ---------------------------------------------------------------- lookup_model

@pytest.mark.parametrize("name, model", [
    ("MI-24", "Mi-24"),
    ("mi 8", "Mi-8"),
    ("Su24M", "Su-24M"),
    ("B737-800", "Boeing 737-800"),
    ("Hind", "Mi-24"),
    ("typhoon", "Eurofighter Typhoon"),
    ("Mi-28N attack helicopter", "Mi-28N"),
    ("  f16  ", "F-16"),
])
def test_lookup_model(name, model):
    m = lookup_model(name)
    assert m is not None
    assert (m.model, m.start, m.end, m.text) == (model, 0, len(name), name)


def test_lookup_model_generic_and_unknown():
    m = lookup_model("fighter jet")
    assert (m.model, m.category, m.generic) == (None, "fighter", True)
    assert lookup_model("Boeing") is None
    assert lookup_model("Airbus") is None
    assert lookup_model("banana") is None


# ---------------------------------------------------------------- nicknames in context, newsroom names

def test_nickname_next_to_or_after_its_designation():
    assert models("An AH-64D 'Saraf' crashed on landing.") == [("AH-64D", "AH-64D"), ("Saraf", "AH-64D")]
    assert models("The A-10, which pilots call the Thunderbolt, flew low.") == [
        ("A-10", "A-10"), ("Thunderbolt", "A-10")]


@pytest.mark.parametrize("sentence, model, category", [
    ("A Bangladesh Air Force FT-7BG trainer crashed after take-off.", "FT-7BG", "trainer"),
    ("The JJ-7 two-seater came down in a field.", "FT-7", "trainer"),
    ("A PAF F-7PG was scrambled.", "F-7PG", "fighter"),
    ("An Embraer E195 was diverted.", "Embraer 195", "airliner"),
    ("The Citation Latitude landed short.", "Cessna Citation Latitude", "business"),
    ("A MiG-21 Bison of the Indian Air Force crashed.", "MiG-21", "fighter"),
    ("An AgustaWestland AW169 crashed outside the stadium.", "AW169", "helicopter"),
    ("Russian Geran drones struck the port.", "Geran-2", "drone"),
])
def test_newsroom_names_and_variants(sentence, model, category):
    m = [a for a in find_aircraft(sentence) if a.model][0]
    assert (m.model, m.category) == (model, category)


# ---------------------------------------------------------------- designation first, nickname as alias

def test_no_catalogue_model_carries_a_nickname_after_its_designation():
    shape = re.compile(r"^([A-Z]{1,5}-?\d+[A-Z]{0,3})( [A-Z][a-z]+)+$")
    named = [(e["model"], m[1]) for e in catalogue() if (m := shape.match(e["model"]))]

    def elsewhere(desig: str, model: str) -> bool:  # the bare designation names another aircraft too
        return any(desig in {n.split(" ", 1)[-1] for n in [e["model"], *e["aliases"]]}
                   for e in catalogue() if e["model"] != model)

    assert [model for model, desig in named if not elsewhere(desig, model)] == []
    assert lookup_model("KUH-1 Surion").model == "KUH-1"


@pytest.mark.parametrize("sentence, model, family", [
    ("A navy DHC-3 Otter on floats overturned in the bay.", "DHC-3", "DHC-3"),
    ("Rescuers reached the Otter floatplane by boat.", "DHC-3", "DHC-3"),
    ("An SH-60J sank after ditching near the destroyer.", "SH-60J", "SH-60"),
    ("A Bayraktar TB2 was lost over the valley.", "Bayraktar TB2", "Bayraktar TB2"),  # maker first: kept
    ("An SH-60 Seahawk hovered over the wreck.", "SH-60", "SH-60"),                   # no variant: base model
])
def test_newsroom_designation_and_variant_models(sentence, model, family):
    m = [a for a in find_aircraft(sentence) if a.model][0]
    assert (m.model, m.family) == (model, family)


@pytest.mark.parametrize("sentence, model", [
    # a nickname that is also a word counts when it is the subject or object of a loss or a flight
    ("A Royal Navy Lynx ditched in the Channel on Tuesday.", "Lynx"),
    ("The Caravan had taken off from a bush strip an hour earlier.", "Cessna 208 Caravan"),
    ("Rebels said they had downed a Reaper over the port city.", "MQ-9"),
    ("An air force Tucano crashed near the training base on Monday.", "Tucano"),
    ("The Puma was shot down by ground fire while evacuating wounded.", "SA330"),
    ("Militia fighters claimed they brought down a Mohajer over the desert.", "Mohajer-6"),
    ("Two Apaches collided over the range.", "AH-64"),
    ("The Huey reportedly went down in the jungle.", "UH-1"),
])
def test_word_nicknames_in_a_loss(sentence, model):
    assert [m.model for m in find_aircraft(sentence) if m.model] == [model]


@pytest.mark.parametrize("sentence", [
    "The Cobra gang shot down a police helicopter over the hills.",
    "She drove a Jaguar to the airport before the flight.",
    "Fans of the Hawks said the team crashed out of the cup.",
    "The Bear was seen near the crash site by hikers.",
    "A tornado crashed through the town on Friday.",
    "The Typhoon storm crashed into the coast overnight.",
])
def test_word_nicknames_outside_a_loss_are_no_aircraft(sentence):
    assert [m.model for m in find_aircraft(sentence) if m.model] == []


@pytest.mark.parametrize("text, model, category", [
    ("A Twin Otter crashed in the hills.", "DHC-6", "airliner"),
    ("The DHC-6-300 lost contact with the tower.", "DHC-6", "airliner"),
    ("A Scan Eagle drone was recovered from the sea.", "ScanEagle", "drone"),
    ("An AS550 Fennec went down near the border.", "AS350", "helicopter"),
    ("A CASA 212 crash-landed on the island.", "C-212", "transport"),
    ("A Houthi Samad-3 was shot down over the Red Sea.", "Samad-3", "drone"),
])
def test_newsroom_spellings_map_to_their_model(text, model, category):
    found = [m for m in find_aircraft(text) if m.model]
    assert (found[0].model, found[0].category) == (model, category)


@pytest.mark.parametrize("text, category", [
    ("A Venezuelan air force Sukhoi jet broke up over the plains.", "fighter"),
    ("A Mil helicopter went down in the mountains.", "helicopter"),
    ("A banner-towing plane went down in a pasture.", "light"),
    ("A crop-dusting aircraft clipped power lines.", "light"),
    ("A commuter plane with 19 people on board overran the runway.", "airliner"),
    ("A Piper plane crashed into a lake.", "light"),
])
def test_generic_mentions_take_a_category_from_their_words_or_maker(text, category):
    generic = [m for m in find_aircraft(text) if m.generic]
    assert [m.category for m in generic] == [category]


@pytest.mark.parametrize("text, model", [
    # a variant is its own model, not an alias of a sibling variant
    ("A KC-130T tanker broke up in the air.", "KC-130T"),
    ("A KC-130J tanker landed safely.", "KC-130J"),
    ("A KC-130 tanker was lost.", "KC-130"),
    ("A Bell UH-1D crashed in the hills.", "UH-1D"),
    ("An MH-60L went down at sea.", "MH-60L"),
    # the name newsrooms use, without the maker's initials
    ("An Army Dhruv helicopter crashed in the jungle.", "Dhruv"),
    ("A HAL Tejas crashed near the air show.", "Tejas"),
])
def test_variants_and_newsroom_names(text, model):
    assert [m.model for m in find_aircraft(text) if m.model] == [model]


@pytest.mark.parametrize(
    "sentence, model, category",
    [
        ("A Boeing 707 aerial refuelling tanker crashed on landing at the air base.", "Boeing 707", "tanker"),
        ("The navy's Airbus A310 tanker was damaged on the ground.", "Airbus A310", "tanker"),
        ("A Dornier 228 surveillance aircraft of the coast guard went missing at sea.", "Dornier 228", "surveillance"),
        ("The air force King Air 350i intelligence, surveillance and reconnaissance (ISR) aircraft crashed.",
         "King Air 350", "surveillance"),
        ("Its Dornier 228, a maritime patrol aircraft, ditched off the coast.", "Dornier 228", "surveillance"),
        ("An Embraer Legacy spy plane came down in the desert.", "Legacy 600", "surveillance"),
        ("An Airbus A300 freighter overran the runway.", "Airbus A300", "transport"),
        # no role words, firefighting, or a military type: the catalogue category stays
        ("A Boeing 737 belonging to the airline was carrying cargo and mail.", "Boeing 737", "airliner"),
        ("The Air Tractor AT-802, a water bomber hired by the province, went down.", "Air Tractor AT-802", "light"),
        ("The Beechcraft King Air 350 had taken off for the capital.", "King Air 350", "business"),
        ("A Su-25 attack jet on a reconnaissance mission was shot down.", "Su-25", "fighter"),
    ],
)
def test_a_role_named_after_a_civil_type_gives_its_category(sentence, model, category):
    [found] = [a for a in find_aircraft(sentence) if a.model]
    assert (found.model, found.category) == (model, category)


@pytest.mark.parametrize(
    "sentence, model",
    [
        ("The ground forces lost an LR-2 reconnaissance plane in the mountains.", "LR-2"),
        ("A coast guard HC-144 Ocean Sentry went down off the cape.", "HC-144"),
        ("Photos show what looks like the tail boom of a Gazelle in the scrub.", "Gazelle"),
        ("The contractor confirmed it lost one of its Gazelles on Wednesday.", "Gazelle"),
        ("Divers reached the wreckage of the Lynx on Monday.", "Lynx"),
        ("A Piper PA-25 crop-dusting plane hit a power line near the farm.", "PA-25"),
        ("A PZL M-18 Dromader dropping water on the blaze went down.", "M-18"),
    ],
)
def test_military_designations_of_civil_types_and_names_beside_a_part(sentence, model):
    assert [a.model for a in find_aircraft(sentence) if a.model] == [model]


def test_an_animal_name_without_aircraft_context_is_no_aircraft():
    assert [a for a in find_aircraft("A gazelle of the savanna outran the lion.") if a.model] == []


# --- licence-built and local designations are their own models ----------------------------------


@pytest.mark.parametrize(
    "text, model, family",
    [
        ("The army's T-70 utility helicopter, a Black Hawk built under licence at home, went down in fog.", "T-70", "UH-60"),
        ("A gendarmerie T-70 helicopter made a hard landing near the border outpost.", "T-70", "UH-60"),
        ("Japan's UH-60J rescue helicopter vanished from radar off the island.", "UH-60J", "UH-60"),
        ("A KF-16 fighter crashed into a field shortly after take-off from the air base.", "KF-16", "F-16"),
        ("The Kawasaki-built CH-47J tandem-rotor helicopter was ferrying supplies.", "CH-47J", "CH-47"),
        ("An Agusta-built AB 412 of the fire service was lost in the mountains.", "AB-412", "Bell 412"),
    ],
)
def test_licence_built_types_keep_their_own_designation(text, model, family):
    named = [m for m in find_aircraft(text) if m.model]
    assert named[0].model == model
    assert named[0].family == family


def test_licence_built_type_and_parent_name_in_one_text():
    text = "The T-70 helicopter, a locally assembled Sikorsky Black Hawk, came down on a ridge."
    assert [m.model for m in find_aircraft(text) if m.model] == ["T-70", "UH-60"]


def test_no_local_designation_where_none_is_written():
    assert [m.model for m in find_aircraft("A Black Hawk helicopter crashed during a night exercise.") if m.model] == [
        "UH-60"
    ]
    assert not [m for m in find_aircraft("Route T-70 was closed by snow for two days.") if m.model]


def test_bare_family_name_is_kin_to_its_numbered_members():
    from sitrep.extract.aircraft import families_overlap

    assert families_overlap({"Mirage"}, {"Mirage 2000"})
    assert families_overlap({"Mirage F1"}, {"Mirage"})
    assert families_overlap({"Su-25"}, {"Su-25"})
    assert not families_overlap({"Mirage 2000"}, {"Mirage F1"})
    assert not families_overlap({"F-16"}, {"F-15"})


@pytest.mark.parametrize("text, written", [("Turkish F-16s shot it down.", "F-16s"), ("Korean F-5 jets collided.", "F-5 jets")])
def test_nationality_before_a_type_is_not_a_maker(text, written):
    assert [m.text for m in find_aircraft(text)] == [written]


@pytest.mark.parametrize("text", [
    "The Caravan is powered by a single Pratt & Whitney PT6A-114A turboprop.",
    "Both PT6A-67 engines were sent to the maker for inspection.",
    "Investigators recovered the PT-6A-34 from the wreck.",
    "A PT6 engine failure was blamed.",
])
def test_engine_code_is_no_aircraft(text: str) -> None:
    assert not [m for m in find_aircraft(text) if m.model == "CJ-6"]


@pytest.mark.parametrize("text,category", [
    ("a single-engine amphibious water bomber", "light"),
    ("the small water-bomber", "light"),
    ("an agricultural waterbomber", "light"),
    ("the amphibious water bomber", "transport"),
])
def test_water_bomber_takes_airframe_word(text: str, category: str) -> None:
    assert [m.category for m in find_aircraft(text)] == [category]


@pytest.mark.parametrize("text,category", [
    ("In 2021 a Let L-410 carrying food aid crashed on take-off.", "transport"),
    ("An EMB-110 Bandeirante delivering medical supplies came down in the jungle.", "transport"),
    ("An L-410 Turbolet ferrying ammunition to the front was lost.", "transport"),
    ("An L-410 carrying 17 skydivers crashed after take-off.", "airliner"),
    ("A Boeing 737 carrying humanitarian aid crashed on landing.", "airliner"),  # an airliner stays one
])
def test_a_commuter_type_carrying_a_load_is_transport(text: str, category: str) -> None:
    assert [m.category for m in find_aircraft(text) if m.model] == [category]


@pytest.mark.parametrize("text", [
    "Cropduster crash kills pilot near the river",
    "A crop-duster went down in a cotton field.",
    "The crop duster clipped a power line.",
    "A waterbomber crashed while fighting the blaze.",
])
def test_generic_words_written_joined_or_apart_are_read(text: str) -> None:
    categories = [m.category for m in find_aircraft(text)]
    assert categories and all(c in ("light", "transport") for c in categories), categories

"""A maker's country is no operator, a drone as the agent of a hit is the weapon, and a weapon "from" a unit
names who fired it. Invented phrasings, run through the real parse."""

import pytest

from harness import main_mention
from sitrep.evaluate import predicted_values
from sitrep.extract.parties import maker_word


def main_summary(text: str) -> dict:
    return predicted_values(main_mention(text, "2025-08-10"))


@pytest.mark.parametrize(
    ("token", "expected"),
    [("Chinese-designed", True), ("Soviet-built", True), ("US-supplied", True), ("Russian-origin", True),
     ("Kenya-bound", False), ("Guinea-Bissau", False), ("Chinese", False)],
)  # fmt: skip
def test_maker_word(token: str, expected: bool) -> None:
    assert maker_word(token) is expected


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("A training jet of the air force crashed onto a market in Dhaka on Monday. Witnesses said the "
         "Chinese-designed F-7 BGI lost height shortly after take-off. The Bangladeshi air force has defended its pilot.",
         "Bangladesh"),
        ("A Soviet-built Mi-8 of the Ethiopian Air Force crashed near Bahir Dar on Friday.", "Ethiopia"),
        ("Rebels said they had downed a Russian-produced Mi-24 gunship flown by the Sudanese army near El Fasher.", "Sudan"),
        ("The Italian-developed M-346 trainer of the Polish Air Force went down near Deblin on Tuesday.", "Poland"),
    ],
)
def test_maker_is_not_operator(text: str, operator: str) -> None:
    assert main_summary(text)["operator_country"] == operator


@pytest.mark.parametrize(
    "text",
    [
        "Thirteen officers died when a Colombian police UH-60 was brought down by an explosive-laden drone near Amalfi on Thursday.",
        "A Ukrainian Mi-8 helicopter was struck by a Russian FPV drone near Kupiansk on Tuesday, killing the crew of three.",
        "The army said its Mi-17 had been hit by a rebel drone while landing at a base in Kayah State on Monday.",
        "An Ethiopian Mi-35 gunship was shot down with a drone near Gondar on Sunday, the militia said.",
    ],
)
def test_drone_agent_is_the_weapon(text: str) -> None:
    assert main_summary(text)["weapon"] == "drone"


@pytest.mark.parametrize(
    "text",
    [
        "A drone filmed the Russian Su-34 as it crashed near Belgorod on Monday after an engine fire.",
        "The Turkish F-16 crashed on Monday; a drone was later sent to search for the pilot.",
    ],
)
def test_drone_that_hit_nothing_is_no_weapon(text: str) -> None:
    assert main_summary(text)["weapon"] != "drone"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The air force confirmed that a Ukrainian Su-25 that went down near Pavlohrad was hit by mistake by a missile "
         "from a Ukrainian air defence unit.", "Ukraine"),
        ("Syrian state media said a Syrian MiG-23 was struck in error by a missile from a Syrian army battery near Hama on Monday.", "Syria"),
        ("A Russian Ka-52 was destroyed near Kherson by a missile from a Ukrainian Buk crew, Kyiv said.", "Ukrain"),
    ],
)
def test_weapon_from_a_unit_names_the_shooter(text: str, side: str) -> None:
    assert (main_summary(text)["perpetrator"] or "").startswith(side)


def test_weapon_from_the_ground_names_no_shooter() -> None:
    assert main_summary("A Russian Su-34 was hit by a missile from the ground near Belgorod, officials said.")["perpetrator"] is None


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Turkey's defence ministry did something rare on Tuesday: it admitted losing a jet. According to its short "
         "statement, an F-4E crashed near Malatya during a training flight. Syria, for its part, says its air defences "
         "shot the jet down over Idlib, and Syrian television showed a launch.", "Turkey"),
        ("Egypt's army issued a rare admission on Sunday. According to its communique, a Mi-8 came down in the desert "
         "west of Minya because of a technical fault. Libya's eastern forces say they shot it down; Libyan channels "
         "aired a clip.", "Egypt"),
        ("Greece's air force admitted the loss late on Monday. According to its spokesman, a Mirage 2000 went down off "
         "Skyros during an exercise. Turkish commentators claimed Turkish jets had downed it.", "Greece"),
    ],
)
def test_pronoun_source_points_back_to_the_speaking_force(text: str, operator: str) -> None:
    assert main_summary(text)["operator_country"] == operator


def test_pronoun_source_after_a_rebel_claim_names_no_operator() -> None:
    text = "Rebels said on Monday they had shot down a helicopter near Goma. According to its statement, the aircraft crashed in flames."
    assert main_summary(text)["operator_country"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The army confirmed that an An-12 cargo plane crashed while landing at El Obeid early this morning, killing all four "
        "crew. The military said the aircraft suffered a technical fault. Shells hit a market in Kadugli overnight, local "
        "officials say. The army blamed the RSF.",
        "A Cessna 208 of the air force crashed near Bossaso on Monday after an engine fire, the ministry said. "
        "Mortars struck a police station in Mogadishu later that day. Officials blamed al-Shabaab.",
        "An army Mi-8 made a hard landing in Kayah on Friday; nobody was hurt, the junta said. Artillery shells "
        "struck a village school nearby on Saturday. Residents accused the army.",
    ],
)
def test_blame_for_another_attack_is_no_perpetrator(text: str) -> None:
    assert main_summary(text)["perpetrator"] is None


def test_blame_after_a_sentence_between_still_points_to_the_other_attack() -> None:
    text = ("An air force An-26 crashed on landing at Kadugli this morning, killing all six crew, the army said. "
            "Drones struck a fuel depot in Kosti overnight. Nobody was hurt, but two tanks burned. The army blamed the RSF.")
    assert main_summary(text)["perpetrator"] is None


def test_blame_right_after_the_loss_is_kept() -> None:
    text = ("An army Mi-17 crashed near Kidal on Monday, killing five soldiers. Witnesses said they heard gunfire "
            "before it fell. The army blamed jihadists of the JNIM.")
    assert main_summary(text)["perpetrator"] == "JNIM jihadists"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("On 7 June, Kyiv claimed another Su-35 over Kursk, which Moscow never acknowledged.", "Ukraine"),
        ("The rebels claimed a MiG-29 near Tessalit on Sunday, but the army said the jet crashed after an engine failure.", "rebels"),
        ("Hezbollah claimed an Israeli Hermes 450 drone over southern Lebanon on Tuesday.", "Hezbollah"),
    ],
)
def test_claiming_an_aircraft_claims_its_downing(text: str, side: str) -> None:
    assert main_summary(text)["perpetrator"] == side


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("When the Houthis shot down a Reaper drone off Yemen's coast in November 2023, the Pentagon confirmed the loss within hours.",
         "United States"),
        ("After rebels downed a Mi-17 near Kidal on Monday, the Malian army acknowledged the loss the next day.", "Mali"),
        ("Hezbollah fighters shot down a Hermes 450 drone over southern Lebanon on Tuesday, and Israel's military admitted losing it.",
         "Israel"),
    ],
)
def test_a_side_confirming_the_loss_after_it_owns_the_aircraft(text: str, operator: str) -> None:
    assert main_summary(text)["operator_country"] == operator


def test_claiming_something_about_an_aircraft_is_no_kill() -> None:
    text = "The company claimed the aircraft was airworthy when it crashed near Lukla on Monday."
    assert main_summary(text)["perpetrator"] is None

"""Operator, perpetrator and weapon of the main incident, on invented mini-articles of several sentences.

Written before reading the parties extractor (a blind check): the party is often given only by context
(a unit, a ministry, a capital, a demonym two sentences away, the crash country of a private flight).
Each case runs the real pipeline (parse, mentions, reconcile). Conventions follow gold/README.md: an
expected perpetrator ending in " (claimed)" needs cause `disputed`; a tuple lists equally right answers.
"""

import pytest

from harness import main_mention
from sitrep.evaluate import predicted_values, same


def main_summary(text: str) -> dict:
    return predicted_values(main_mention(text))


def agrees(field: str, expected, found) -> bool:
    if isinstance(expected, tuple):
        return any(agrees(field, e, found) for e in expected)
    if expected is None or found is None:
        return expected is found
    return same(field, expected, found)


def case(name: str, text: str, **expected):
    return pytest.param(text, expected, id=name)


def xcase(name: str, text: str, reason: str, **expected):
    return pytest.param(text, expected, id=name, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # --- operator given by a unit, a ministry, a service named late ---
    xcase("unit-air-wing-then-service",
          "Two pilots killed in trainer crash\nA trainer of the 2nd Air Wing crashed in the mountains of Nueva "
          "Vizcaya on Tuesday morning. Both pilots died at the scene. The Philippine Air Force said it had "
          "grounded the rest of the fleet pending an inquiry.",
          "aircraft area: a bare 'trainer' is not read as an aircraft, so there is no mention",
          operator="Philippines", perpetrator=None),
    case("unit-air-wing-model",
         "Two pilots killed in trainer crash\nAn SF-260 trainer of the 2nd Air Wing crashed in the mountains of "
         "Nueva Vizcaya on Tuesday morning. Both pilots died at the scene. The Philippine Air Force said it had "
         "grounded the rest of the fleet pending an inquiry.", operator="Philippines", perpetrator=None),
    case("unit-airborne-division",
         "Two soldiers die in helicopter crash at Fort Campbell\nA UH-60 Black Hawk assigned to the 101st "
         "Airborne Division crashed during a night training flight at Fort Campbell, Kentucky, on Wednesday. "
         "The Army said two soldiers were killed and the cause is under investigation.",
         operator="United States", perpetrator=None),
    case("ministry-possessive",
         "Firefighting plane lost on Evia\nGreece's defence ministry said one of its Canadair water bombers "
         "crashed on Tuesday while fighting a wildfire on the island of Evia. The two pilots were killed.",
         operator="Greece", perpetrator=None),
    case("ministry-of-country",
         "Helicopter crashes during drills\nA Mi-17 helicopter crashed during military exercises near Baku on "
         "Thursday, the Ministry of Defence of Azerbaijan said. Fourteen servicemen died.",
         operator="Azerbaijan", perpetrator=None),
    case("kingdom-air-force",
         "Fighter jet crashes near Meknes\nAn F-5 fighter of the kingdom's air force crashed near Meknes on "
         "Thursday, Moroccan state media said. The pilot ejected and was taken to hospital.",
         operator="Morocco", perpetrator=None),
    case("kingdom-saudi",
         "Saudi jet lost on training flight\nAn F-15SA of the kingdom's air force crashed near Khamis Mushait "
         "on Sunday during a training mission, the Saudi Press Agency reported. Both crew members died.",
         operator="Saudi Arabia", perpetrator=None),
    case("demonym-later-sentence",
         "Gunship crashes near Gao\nA Mi-24 helicopter gunship crashed near Gao on Wednesday evening, killing "
         "its three crew. The Malian army said the crash followed a technical problem on landing.",
         operator="Mali", perpetrator=None),
    case("demonym-in-quote",
         "Trainer jet down in Anhui\nA JL-8 jet trainer went down in a field in Anhui province on Friday. "
         "\"The two Chinese pilots ejected safely,\" a local official told reporters.",
         operator="China", perpetrator=None),
    case("service-in-second-sentence",
         "Helicopter crash kills four\nFour people died on Monday when a Bell 412 helicopter crashed in the "
         "hills of Chiapas. The aircraft belonged to the Mexican Navy and was on a relief mission.",
         operator="Mexico", perpetrator=None),
    # --- coalition and foreign aircraft abroad ---
    case("coalition-partner-abroad",
         "Dutch F-16 crashes in Jordan\nA Royal Netherlands Air Force F-16 crashed in Jordan on Friday during "
         "a coalition mission against Islamic State, the Dutch defence ministry said. The pilot ejected.",
         operator="Netherlands", perpetrator=None),
    case("us-drone-in-syria",
         "Reaper drone crashes in northern Syria\nAn MQ-9 Reaper crashed in northern Syria on Saturday. US "
         "Central Command said the drone suffered a mechanical failure and was not brought down by enemy fire.",
         operator="United States", perpetrator=None),
    case("foreign-aircraft-crashes-here",
         "Pakistani jet crashes across the border\nA Pakistani training jet crashed in Afghanistan's Paktika "
         "province on Monday, Afghan officials said. The pilot was detained by local authorities.",
         operator="Pakistan", perpetrator=None),
    case("foreign-transport-at-local-airport",
         "Cargo plane crashes after take-off from Bamako\nAn Il-76 transport plane crashed shortly after "
         "taking off from Bamako airport on Tuesday night, Malian officials said. The aircraft belonged to the "
         "Russian air force and was carrying equipment for Russian instructors.",
         operator="Russia", perpetrator=None),
    # --- leased, contracted, charter, medevac ---
    xcase("contractor-for-state",
         "Air-crane crashes fighting bushfire\nAn S-64 Air-Crane helicopter hired by the Victorian government "
         "to fight bushfires crashed near Mansfield on Thursday. The aircraft was flown by a US-based contractor "
         "and its pilot survived with minor injuries.",
          "a region's demonym ('Victorian') names no country, and Mansfield reads as the English town",
          operator="Australia", perpetrator=None),
    case("contractor-for-province",
         "Air tanker crashes in wildfire zone\nA CL-415 water bomber on contract to the Alberta government "
         "crashed near Slave Lake on Thursday while dropping retardant. The two pilots were killed. The "
         "aircraft was operated by a private firm based in another province.", operator="Canada", perpetrator=None),
    case("contractor-forestry",
         "Water bomber ditches in lake\nA CL-215 water bomber contracted by Turkey's forestry directorate "
         "crashed into a reservoir near Izmir on Sunday while scooping water. The crew of two was rescued.",
         operator="Turkey", perpetrator=None),
    case("charter-crash-country",
         "Charter plane crashes near Lukla\nA Cessna 208 Caravan on a charter flight crashed in Nepal's "
         "Solukhumbu district on Saturday, killing the pilot. The small plane belonged to a private domestic "
         "operator.", operator="Nepal", perpetrator=None),
    case("medevac-firm",
         "Air ambulance crash kills three in Tyrol\nAn air ambulance helicopter run by a private medical "
         "transport firm crashed in Austria's Tyrol on Sunday, killing the pilot, a doctor and a paramedic.",
         operator="Austria", perpetrator=None),
    case("private-plane-field",
         "Two die as light aircraft crashes in Wiltshire\nA single-engine Piper crashed into a field near "
         "Devizes in England on Saturday afternoon, killing the pilot and his passenger. The plane had taken "
         "off from a private airstrip an hour earlier.", operator="United Kingdom", perpetrator=None),
    case("business-jet-mexico",
         "Private jet crashes on approach to Toluca\nA Learjet 45 crashed on approach to Toluca airport in "
         "Mexico on Monday, killing all four people aboard. The flight had come from Acapulco.",
         operator="Mexico", perpetrator=None),
    case("foreign-pilot-private",
         "Crop-duster crashes in Mato Grosso\nAn agricultural plane crashed on a soybean farm in the Brazilian "
         "state of Mato Grosso on Wednesday. The pilot, an Argentine national, was killed.",
         operator="Brazil", perpetrator=None),
    # --- police, border guard, coast guard ---
    case("police-state-security",
         "Police helicopter crash kills three\nA police helicopter crashed in the State of Mexico on Thursday, "
         "killing the pilot and two officers. The aircraft belonged to the state's security ministry.",
         operator="Mexico", perpetrator=None),
    case("federal-police-brazil",
         "Federal police helicopter goes down\nA helicopter of Brazil's Federal Police crashed near Brasilia on "
         "Monday during an operation against illegal mining. Two agents were hurt.",
         operator="Brazil", perpetrator=None),
    case("border-guard-service",
         "Border guard helicopter lost\nA Mi-8 belonging to the State Border Guard Service crashed in the "
         "Kharkiv region on Friday, Ukrainian officials said. Five crew members died.",
         operator="Ukraine", perpetrator=None),
    case("bsf-helicopter",
         "BSF helicopter crash-lands in Jammu\nA helicopter of the Border Security Force crash-landed and was "
         "destroyed near Jammu on Tuesday. All six aboard survived, the Indian paramilitary force said.",
         operator="India", perpetrator=None),
    case("coast-guard-korea",
         "Coast guard helicopter crashes off Jeju\nA coast guard helicopter crashed into the sea off Jeju "
         "island on Monday night, South Korean authorities said. Two crew members are missing.",
         operator="South Korea"),
    case("coast-guard-us",
         "Coast Guard helicopter crashes in Alaska\nAn MH-60 Jayhawk of the US Coast Guard crashed near Kodiak "
         "on Tuesday during a rescue flight. The four crew were recovered alive.",
         operator="United States", perpetrator=None),
    # --- airlines by name ---
    case("airline-ethiopian",
         "Jet crashes after take-off from Addis Ababa\nAn Ethiopian Airlines Boeing 737 MAX 8 crashed six "
         "minutes after take-off from Addis Ababa on Sunday, killing all 157 people on board.",
         operator="Ethiopia", perpetrator=None),
    case("airline-pia",
         "Airliner crashes into Karachi neighbourhood\nA PIA Airbus A320 crashed into a residential area "
         "near Karachi airport on Friday. The national carrier said 97 of the 99 people aboard died.",
         operator="Pakistan", perpetrator=None),
    case("airline-jeju-air",
         "Jeju Air jet crashes at Muan\nA Jeju Air Boeing 737-800 belly-landed and hit a wall at the end of "
         "the runway at Muan airport on Sunday. Officials said 179 people were killed.",
         operator="South Korea", perpetrator=None),
    case("airline-aeroflot",
         "Superjet burns on landing in Moscow\nAn Aeroflot Sukhoi Superjet 100 caught fire on landing at "
         "Sheremetyevo on Sunday. Forty-one of the 78 people on board died.",
         operator="Russia", perpetrator=None),
    case("airline-aeroflot-crash-landed",
         "Superjet burns on landing in Moscow\nAn Aeroflot Sukhoi Superjet 100 crash-landed and burst into "
         "flames at Sheremetyevo on Sunday. Forty-one of the 78 people on board died.",
         operator="Russia", perpetrator=None),
    # --- armed groups and rebels flying ---
    case("lna-aircraft",
         "Eastern forces lose jet near Benghazi\nA MiG-21 flown by the eastern-based Libyan National Army "
         "crashed near Benghazi on Monday, an LNA spokesman said. He blamed a technical fault.",
         operator="Libya", perpetrator=None),
    case("houthi-drone-crash",
         "Houthi drone crashes in Saada\nA drone operated by the Houthis crashed in Saada province on Tuesday "
         "during what the group called a test flight. No one was hurt.",
         operator="Yemen", perpetrator=None),
    # --- country named by its capital ---
    case("capital-moscow",
         "Su-34 lost over Voronezh\nMoscow said on Tuesday that its Su-34 fighter-bomber crashed during a "
         "training flight over the Voronezh region. The crew ejected and were picked up by rescuers.",
         operator="Russia", perpetrator=None),
    case("capital-ankara",
         "Turkish F-16 crashes in Konya\nAnkara said one of its F-16 jets crashed in Konya province on "
         "Wednesday during a routine training flight. Its pilot was found dead.",
         operator="Turkey", perpetrator=None),
    case("capital-beijing-carrier",
         "J-15 lost in South China Sea\nBeijing said its J-15 fighter crashed into the South China Sea on "
         "Thursday after take-off from a carrier. The pilot was rescued.",
         operator="China", perpetrator=None),
    case("capital-tehran",
         "Iranian F-4 crashes near Hamedan\nTehran said on Friday that one of its F-4 Phantom jets crashed "
         "near Hamedan during a training mission, killing both crew members.",
         operator="Iran", perpetrator=None),
    # --- perpetrators: claims ---
    case("group-claim-arakan",
         "Rebels claim Myanmar aircraft downed\nThe Arakan Army said on Monday it shot down a military Y-8 "
         "transport plane over Rakhine state. Myanmar's junta did not comment on the claim.",
         operator="Myanmar", perpetrator="Arakan Army (claimed)", cause="disputed"),
    case("state-claim-ukraine",
         "Kyiv claims Su-25 downed near Avdiivka\nUkraine's military said its forces shot down a Russian Su-25 "
         "attack jet near Avdiivka on Wednesday. There was no comment from Moscow.",
         operator="Russia", perpetrator="Ukraine (claimed)", cause="disputed"),
    case("state-claim-ukraine-plain-headline",
         "Su-25 lost near Avdiivka, Kyiv says\nUkraine's military said its forces shot down a Russian Su-25 "
         "attack jet near Avdiivka on Wednesday. There was no comment from Moscow.",
         operator="Russia", perpetrator="Ukraine (claimed)", cause="disputed"),
    case("the-rebels-claim",
         "Claim of helicopter downing\nThe rebels said they had brought down a government helicopter over the "
         "hills of the north on Thursday. The claim could not be verified independently.",
         perpetrator="rebels (claimed)", cause="disputed"),
    case("the-rebels-claim-headline-verb",
         "Rebels say they downed helicopter\nThe rebels said they had brought down a government helicopter over "
         "the hills of the north on Thursday. The claim could not be verified independently.",
         perpetrator="rebels (claimed)", cause="disputed"),
    case("state-media-claim",
         "Syria says it downed Israeli drone\nSyrian state media said air defences shot down an Israeli drone "
         "over Quneitra on Sunday. The Israeli military declined to comment.",
         operator="Israel", perpetrator="Syria (claimed)", cause="disputed"),
    case("claim-then-confirmed-iran",
         "Iran shoots down US drone\nIranian state TV said the Revolutionary Guards shot down an American "
         "RQ-4 Global Hawk over the Strait of Hormuz on Thursday. The Pentagon confirmed the drone was shot "
         "down by an Iranian surface-to-air missile.",
         operator="United States", perpetrator=("Iran", "Revolutionary Guards"), weapon="surface-to-air missile",
         cause="shot_down"),
    case("claim-denied-by-operator",
         "Army denies jet was shot down\nJihadists of JNIM claimed they shot down a Malian air force L-39 near "
         "Tessalit on Tuesday. The army rejected the claim and said the aircraft crashed after an engine "
         "failure.", operator="Mali", perpetrator="JNIM (claimed)", cause="disputed"),
    case("two-claimants",
         "Two groups claim downing of helicopter\nBoth the Karen National Liberation Army and a local People's "
         "Defence Force unit claimed on Friday to have shot down a junta Mi-17 in Kayin state. The military "
         "did not respond.", operator="Myanmar",
         perpetrator=("Karen National Liberation Army (claimed)", "People's Defence Force (claimed)"),
         cause="disputed"),
    case("claim-via-spokesman-quote",
         "Al-Shabaab says it hit helicopter\n\"Our fighters downed the enemy helicopter,\" an al-Shabaab "
         "spokesman said of the Kenyan army Mi-17 lost near Lamu on Saturday. Nairobi said only that a "
         "helicopter had crashed.", operator="Kenya", perpetrator="al-Shabaab (claimed)", cause="disputed"),
    # --- perpetrators: reported as fact, with weapons ---
    case("hezbollah-sam-fact",
         "Hezbollah downs Israeli drone\nHezbollah fighters hit an Israeli Hermes 450 drone with a "
         "surface-to-air missile over southern Lebanon on Tuesday, the Israeli military said.",
         operator="Israel", perpetrator="Hezbollah", weapon="surface-to-air missile", cause="shot_down"),
    case("igla-insurgents-confirmed",
         "Army confirms loss of helicopter\nInsurgents hit an army Mi-17 with an Igla missile near the border "
         "on Sunday, the Iraqi defence ministry confirmed. The helicopter crashed and its four crew died.",
         operator="Iraq", perpetrator="insurgents", weapon="MANPADS", cause="shot_down"),
    case("shoulder-fired-houthis",
         "Houthis shoot down Saudi helicopter\nHouthi forces brought down a Saudi Apache helicopter with a "
         "shoulder-fired missile near the border on Wednesday, the Saudi-led coalition acknowledged.",
         operator="Saudi Arabia", perpetrator=("Houthis", "Houthi rebels"), weapon="MANPADS", cause="shot_down"),
    case("bandits-gunfire",
         "Bandits shoot down air force jet\nBandits opened fire on a Nigerian Air Force Alpha Jet over Zamfara "
         "state on Sunday, bringing it down, the air force said. The pilot ejected and escaped.",
         operator="Nigeria", perpetrator="bandits", weapon="ground fire", cause="shot_down"),
    case("aa-machine-guns-rsf",
         "RSF says it downed army plane\nThe Rapid Support Forces said their heavy anti-aircraft machine guns "
         "shot down an army Antonov over El Obeid on Monday. The army did not comment.",
         operator="Sudan", perpetrator="Rapid Support Forces (claimed)", weapon="anti-aircraft gun",
         cause="disputed"),
    case("aa-machine-guns-rsf-model",
         "RSF says it downed army plane\nThe Rapid Support Forces said their heavy anti-aircraft machine guns "
         "shot down an army An-26 over El Obeid on Monday. The army did not comment.",
         operator="Sudan", perpetrator="Rapid Support Forces (claimed)", weapon="anti-aircraft gun",
         cause="disputed"),
    case("buk-russia-fact",
         "Ukrainian Su-25 shot down\nA Ukrainian Su-25 was shot down by a Russian Buk missile system over the "
         "Donetsk region on Thursday, the Ukrainian air force said, adding that the pilot was killed.",
         operator="Ukraine", perpetrator="Russia", weapon="surface-to-air missile", cause="shot_down"),
    case("air-to-air-turkey",
         "Turkey downs Syrian jet\nA Turkish F-16 shot down a Syrian MiG-23 with an air-to-air missile over the "
         "border on Sunday, Turkish officials said. Damascus confirmed that the jet had been shot down.",
         operator="Syria", perpetrator="Turkey", weapon="air-to-air missile", cause="shot_down"),
    xcase("friendly-fire-patriot",
         "Patriot battery downs allied jet\nA US Army Patriot battery mistakenly shot down a British Tornado "
         "returning from a mission near the Kuwaiti border, killing both crew, the Pentagon said.",
          "cause area: an ally's 'mistaken' shoot-down needs to know the two states are allies",
          operator="United Kingdom", perpetrator="US Army Patriot battery", weapon="surface-to-air missile",
         cause="friendly_fire"),
    # --- no perpetrator: crashes and unexplained losses ---
    case("crash-no-perp-weather",
         "Helicopter crashes in fog\nA Kenya Defence Forces helicopter crashed in thick fog near Nanyuki on "
         "Thursday, killing five soldiers. Officials said bad weather was the likely cause.",
         operator="Kenya", perpetrator=None, weapon=None, cause="crashed"),
    case("crash-no-sign-hostile",
         "Army helicopter crash in Papua\nAn Indonesian army Bell 412 crashed in the highlands of Papua on "
         "Wednesday. A military spokesman said there was no sign of hostile fire and the rebels in the area "
         "were not involved.", operator="Indonesia", perpetrator=None, weapon=None),
    xcase("missing-no-perp",
         "Patrol aircraft missing over the sea\nContact was lost with a maritime patrol aircraft of the "
         "Argentine navy over the South Atlantic on Tuesday. Search ships found no trace.",
          "aircraft area: 'a maritime patrol aircraft' alone is not read as an aircraft, so there is no mention",
          operator="Argentina", perpetrator=None, weapon=None),
    case("missing-no-perp-model",
         "Patrol aircraft missing over the sea\nA P-3 Orion of the Argentine navy went missing over the "
         "South Atlantic on Tuesday. Search ships found no trace.", operator="Argentina", perpetrator=None, weapon=None),
    case("owner-own-sentence",
         "Transport plane crashes at Kabul airport\nAn Il-76 cargo plane crashed on take-off from Kabul on "
         "Saturday, Afghan officials said. The aircraft belonged to the Uzbek air force. Its crew of six died.",
         operator="Uzbekistan", perpetrator=None),
    case("speaker-is-operator",
         "Drone crashes in Niger\nAn MQ-9 Reaper crashed near Agadez in Niger on Monday. The US Air Force said "
         "the drone went down after a loss of link and that no one was hurt on the ground.",
         operator="United States", perpetrator=None),
    case("passive-headline-demonym",
         "Indian drone shot down over Sialkot\nAn Indian Heron drone was shot down by Pakistani air defences near "
         "Sialkot on Tuesday, the Indian army said. It was the second such loss this month.",
         operator="India", perpetrator="Pakistan", cause="shot_down"),
    case("owner-own-sentence-abroad",
         "Cargo plane crashes near Juba\nAn An-26 cargo plane crashed near Juba airport on Monday, South Sudanese "
         "officials said. The plane belonged to the Sudanese air force. All five crew died.",
         operator="Sudan", perpetrator=None),
    case("speaker-ministry-abroad",
         "Drone crashes in northern Iraq\nA Bayraktar TB2 crashed in Duhok province in northern Iraq on Sunday. "
         "The Turkish defence ministry said the drone went down because of a technical fault.",
         operator="Turkey", perpetrator=None),
    case("region-body-abroad",
         "Firefighting helicopter crashes across the border\nA UH-60 Firehawk flying for the California "
         "Department of Forestry crashed in Baja California, Mexico, on Thursday while helping to fight a "
         "border blaze. Its three crew survived.", operator="United States", perpetrator=None),
    case("crash-rebels-nearby-no-claim",
         "Army jet crashes in rebel-held area\nA Sudanese army MiG-29 crashed in a rebel-held area of South "
         "Kordofan on Friday. The army blamed a technical problem; no group claimed responsibility.",
         operator="Sudan", perpetrator=None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_main_party(text: str, expected: dict) -> None:
    summary = main_summary(text)
    keys = {"operator": "operator_country", "perpetrator": "perpetrator", "weapon": "weapon", "cause": "cause"}
    wrong = {key: summary[keys[key]] for key, want in expected.items() if not agrees(keys[key], want, summary[keys[key]])}
    assert not wrong, wrong
    perp = expected.get("perpetrator")
    if isinstance(perp, str):
        assert (summary["cause"] == "disputed") == perp.endswith("(claimed)"), summary["cause"]

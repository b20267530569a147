"""A blind check of aircraft_model and aircraft_category (gold/README.md conventions).

Short invented reports in many newsroom styles, each run through the real pipeline (parse, mentions,
reconcile); the main incident's aircraft must match. Models compare as the evaluator compares them
(`evaluate.same`), so "Canadair CL-415" and "CL-415" are one answer. A tuple of categories means the
conventions do not decide between them.
"""

import pytest

from harness import main_mention
from sitrep.evaluate import same
from sitrep.reconcile import summarise


def main_aircraft(text: str) -> dict:
    return summarise([main_mention(text)])["aircraft"] or {}


CASES = [
    # rare and regional types
    ("y12-army", "Army plane crashes after take-off\nA Harbin Y-12 transport aircraft of the army crashed shortly "
     "after take-off on Tuesday, killing four soldiers on board.", "Y-12", "transport"),
    ("z9-navy", "Navy helicopter ditches during drill\nA Z-9 helicopter belonging to the navy ditched into the sea "
     "during an exercise on Friday. Two crew members were rescued.", "Z-9", "helicopter"),
    ("mi2-spraying", "Crop-spraying helicopter crashes\nAn agricultural Mi-2 helicopter crashed on Sunday while "
     "spraying fields near the village. Its pilot died at the scene.", "Mi-2", "helicopter"),
    ("pc12-mail", "Mail plane lost in the mountains\nA Pilatus PC-12 carrying mail and freight for a courier firm "
     "crashed into a ridge on Wednesday night, killing the pilot.", "PC-12", "transport"),
    ("caravan-cargo", "Cargo plane crashes in field\nA Cessna 208 Caravan cargo plane operated by a parcel company "
     "came down in a field on Monday morning. The pilot was killed.", "Cessna 208", "transport"),
    ("l39-trainer", "Jet trainer crashes during training flight\nAn L-39 Albatros jet trainer of the air force "
     "crashed during a routine training flight on Thursday; both pilots ejected.", "L-39", "trainer"),
    ("hawk-trainer", "IAF trainer jet crashes\nA Hawk advanced jet trainer of the Indian Air Force crashed "
     "near the air base on Tuesday. The trainee pilot ejected safely.", "Hawk", "trainer"),
    ("k8-academy", "Academy jet lost\nA Karakorum K-8 jet from the air force academy crashed on a training "
     "sortie on Saturday, killing the instructor.", "K-8", "trainer"),
    ("alpha-jet", "Alpha Jet crashes during display rehearsal\nA Dassault-Dornier Alpha Jet of the air force "
     "crashed on Sunday during a rehearsal for an air show. The pilot was killed.", "Alpha Jet", "fighter"),
    ("akinci", "Turkish drone falls in the north\nA Bayraktar Akinci unmanned combat aerial vehicle crashed on "
     "Monday during a mission, the defence ministry said, citing a technical problem.", "Bayraktar Akinci", "drone"),
    ("orlan10", "Ukraine downs Russian drone\nUkrainian border guards shot down a Russian Orlan-10 reconnaissance "
     "drone over the region on Tuesday, the service said.", "Orlan-10", "drone"),
    ("mohajer6", "Iranian drone shot down\nAn Iranian-made Mohajer-6 drone was shot down by the army on "
     "Thursday over the eastern front, military officials said.", "Mohajer-6", "drone"),
    ("hermes900", "Israeli drone downed over Lebanon\nHezbollah said it shot down an Israeli Hermes 900 drone over "
     "southern Lebanon. The Israeli military confirmed the loss of the drone.", "Hermes 900", "drone"),
    ("tucano-trainer", "Trainer crashes at air base\nAn EMB-312 Tucano basic trainer of the air force crashed "
     "shortly after take-off from the base on Friday, killing the cadet.", "EMB-312", "trainer"),
    ("pampa", "Argentine jet trainer crashes\nAn IA-63 Pampa jet trainer of the Argentine Air Force crashed on "
     "Wednesday during a training flight. Its pilot ejected.", "IA-63", "trainer"),
    ("kfir", "Kfir fighter crashes\nA Kfir fighter jet of the Colombian Air Force crashed on Tuesday during a "
     "training mission; the pilot died.", "Kfir", "fighter"),
    ("cheetah", "Army helicopter crash kills two pilots\nAn Army Aviation Cheetah helicopter crashed in the "
     "mountains on Thursday morning, killing both pilots.", "Cheetah", "helicopter"),
    ("dhruv", "Coast Guard helicopter ditches\nAn Advanced Light Helicopter Dhruv of the Coast Guard ditched in "
     "the sea during a rescue sortie on Monday, with three crew missing.", "Dhruv", "helicopter"),
    ("rooivalk", "Attack helicopter crash-lands\nA Denel Rooivalk attack helicopter of the air force crash-landed "
     "and was destroyed on Friday. The two crew were unhurt.", "Rooivalk", "helicopter"),
    ("gazelle", "Army helicopter crashes in training\nA French army Gazelle helicopter crashed during a night "
     "training flight on Wednesday, killing its two crew.", "Gazelle", "helicopter"),
    ("puma", "Military helicopter crashes\nAn Aerospatiale Puma helicopter of the air force crashed on Sunday "
     "while carrying troops, killing six.", "SA 330", "helicopter"),
    ("lynx", "Navy Lynx lost at sea\nA Royal Navy Lynx helicopter crashed into the sea on Tuesday during "
     "exercises; one crew member was killed.", "Lynx", "helicopter"),
    ("wessex", "Historic crash remembered\nOn 12 May 1982 a Westland Wessex helicopter crashed on a glacier in "
     "a blizzard. All the men on board survived.", "Wessex", "helicopter"),
    ("ka27", "Navy helicopter falls into sea\nA Ka-27 anti-submarine helicopter of the navy fell into the sea "
     "on Thursday during a flight from a destroyer; the crew of three died.", "Ka-27", "helicopter"),
    ("be12", "Amphibian crashes during exercise\nA Beriev Be-12 amphibious patrol aircraft of the navy crashed "
     "on Friday during a training flight, killing its crew.", "Be-12", "surveillance"),
    ("dash8", "Turboprop crash-lands on approach\nA de Havilland Canada Dash 8 turboprop operated by a regional "
     "airline crashed on approach on Sunday. Twenty-two of the 40 passengers were killed.", "Dash 8", "airliner"),
    ("atr72-variant", "Passenger plane crashes\nAn ATR 72-500 passenger plane crashed into a river on Monday "
     "shortly after take-off, killing 43 people.", "ATR 72", "airliner"),
    ("saab340", "Regional plane crash\nA Saab 340 operated by a regional carrier crashed on approach to the "
     "island airport on Wednesday. All 19 on board died.", "Saab 340", "airliner"),
    ("erj145", "Regional jet overruns runway\nAn Embraer ERJ-145 regional jet crashed on landing on Saturday and "
     "caught fire; all passengers escaped but the aircraft was destroyed.", "Embraer 145", "airliner"),
    ("let410", "Commuter plane crashes in mountains\nA Let L-410 Turbolet carrying 16 passengers crashed in the "
     "mountains on Friday, killing everyone aboard.", "L-410", "airliner"),
    ("an2", "Old biplane crashes\nAn Antonov An-2 biplane crashed on Sunday shortly after take-off from a small "
     "airfield. Both pilots were killed.", "An-2", ("light", "transport")),
    ("an32-missing", "Air force transport plane missing\nAn Indian Air Force An-32 transport aircraft with 13 "
     "people on board went missing on Monday after taking off.", "An-32", "transport"),
    ("il76", "Military cargo plane crashes\nAn Ilyushin Il-76 military cargo plane crashed on Wednesday shortly "
     "after take-off, killing all ten crew.", "Il-76", "transport"),
    ("c295", "Air force plane crashes into hillside\nAn Airbus C295 military transport aircraft of the air force "
     "crashed into a hillside on Tuesday, killing all on board.", "C-295", "transport"),
    ("cn235-patrol", "Patrol aircraft lost\nA CASA CN-235 maritime patrol aircraft of the Coast Guard crashed "
     "into the sea on Thursday during a surveillance flight.", "CN-235", "surveillance"),
    ("kingair-ambulance", "Air ambulance crashes\nA Beechcraft King Air 350 air ambulance crashed shortly after "
     "take-off on Saturday night, killing the two pilots and a nurse.", "King Air 350", "business"),
    ("learjet35", "Medical jet crashes on landing\nA Learjet 35 medical jet crashed while landing in fog on "
     "Friday. The four people on board died.", "Learjet 35", "business"),
    ("gulfstream-iv", "Business jet crash\nA Gulfstream IV business jet crashed on take-off on Monday and burst "
     "into flames, killing all seven aboard.", "Gulfstream IV", "business"),
    ("robinson-r44", "Helicopter crashes into lake\nA Robinson R44 helicopter crashed into a lake on Sunday "
     "afternoon. The pilot and a passenger were killed.", "Robinson R44", "helicopter"),
    ("bell206-tour", "Tour helicopter crash\nA Bell 206 JetRanger tour helicopter crashed in the canyon on "
     "Tuesday, killing five tourists and the pilot.", "Bell 206", "helicopter"),
    ("as350-fire", "Firefighting helicopter crashes\nAn AS350 Ecureuil helicopter fighting a forest fire crashed "
     "on Wednesday, the pilot was killed.", "AS350", "helicopter"),
    ("ec135-police", "Police helicopter crashes onto roof\nA police EC135 helicopter crashed onto the "
     "roof of a bar late on Friday; the crew of three and seven people inside died.", "EC135", "helicopter"),
    ("twin-otter-army", "Army plane found\nThe wreck of an army DHC-6 Twin Otter that vanished on Tuesday was found "
     "on a mountainside; all 11 soldiers and crew died.", "DHC-6", ("airliner", "transport")),
    ("islander", "Inter-island plane crashes\nA Britten-Norman Islander on an inter-island flight crashed into the "
     "sea on Monday. Eight of the nine people on board were rescued.", "BN-2 Islander", "light"),
    ("piper-seneca", "Light twin crashes near airport\nA Piper PA-34 Seneca crashed in a field near the airport on "
     "Saturday, killing the instructor and a student pilot.", "PA-34", "light"),
    ("extra300", "Aerobatic plane crashes at show\nAn Extra 300 aerobatic plane crashed during an air show on "
     "Sunday, killing its pilot. No spectators were hurt.", "Extra 300", "light"),
    ("glider", "Glider crashes on hillside\nA glider crashed on a hillside on Saturday afternoon, killing its pilot, "
     "police said.", None, "light"),
    # spellings
    ("mi8mtv-caps", "Military helicopter crashes\nA MI-8MTV helicopter of the air force crashed on Tuesday near the "
     "border; all crew members were killed.", "Mi-8MTV", "helicopter"),
    ("mi17-space", "Chopper crash\nA Mi 17 chopper of the army crashed in bad weather on Monday, killing 3.",
     "Mi-17", "helicopter"),
    ("su25-caps", "Attack jet lost\nA SU-25 attack aircraft crashed during a combat mission on Thursday, the "
     "ministry said. The pilot died.", "Su-25", "fighter"),
    ("f16-nodash", "F16 crashes\nAn F16 fighter jet of the air force crashed on Friday during a training flight. "
     "The pilot ejected.", "F-16", "fighter"),
    ("c130-nodash", "Military plane crashes\nA C130 military plane crashed on Sunday while landing, killing 5 "
     "soldiers.", "C-130", "transport"),
    ("737max8", "Airliner crashes after take-off\nA Boeing 737 MAX 8 airliner crashed minutes after take-off on "
     "Sunday, killing all 157 people on board.", "Boeing 737 MAX 8", "airliner"),
    ("a320neo", "Airbus crashes on landing\nAn A320neo of a low-cost airline crashed on landing on Friday. "
     "Two passengers were killed.", "Airbus A320neo", "airliner"),
    ("su30sm", "Two-seat fighter lost\nA Russian two-seat Su-30SM fighter crashed into the sea on Tuesday; the "
     "crew of two died.", "Su-30SM", "fighter"),
    # nicknames and export names
    ("chinook", "Chinook crashes\nA US Army Chinook helicopter crashed on Wednesday during a training mission, "
     "killing two soldiers.", "CH-47", "helicopter"),
    ("apache", "Apache crash\nAn Apache attack helicopter crashed on Monday near the base; both pilots were "
     "killed.", "AH-64", "helicopter"),
    ("warthog", "Warthog crashes\nA US A-10 Warthog crashed on Friday during a training sortie. The pilot "
     "ejected.", "A-10", "fighter"),
    ("reaper", "Reaper drone down\nHouthi rebels said they shot down a Reaper drone over the province on Sunday. "
     "The US military confirmed losing the drone.", "MQ-9", "drone"),
    ("jf17", "Fighter crashes\nA JF-17 Thunder fighter of the air force crashed on Tuesday; the pilot ejected.",
     "JF-17", "fighter"),
    ("tejas", "Light combat aircraft crashes\nA Tejas light combat aircraft crashed near the air base on Tuesday "
     "during an exercise. The pilot ejected safely.", "Tejas", "fighter"),
    ("f7-export", "Chinese-built fighter crashes\nA Chinese-made F-7 fighter of the air force crashed on Monday "
     "into a residential area, killing the pilot.", "F-7", "fighter"),
    ("sea-king", "Rescue helicopter lost\nA Sea King search and rescue helicopter crashed into the sea on Tuesday; "
     "four crew were rescued.", "Sea King", "helicopter"),
    # makers alone and generic words: no model
    ("antonov-maker", "Cargo plane crashes\nAn Antonov cargo plane crashed on Thursday near the airport, "
     "killing the crew.", None, "transport"),
    ("sukhoi-maker", "Warplane crashes\nA Sukhoi warplane of the air force crashed on Monday during a mission; "
     "the pilot's fate was unknown.", None, "fighter"),
    ("cessna-maker", "Light aircraft crash\nA Cessna light aircraft crashed in a field on Saturday, injuring "
     "its pilot.", None, "light"),
    ("warplane", "Warplane shot down\nA government warplane was shot down by rebels on Sunday, the group said. The "
     "army confirmed the loss.", None, "fighter"),
    ("chopper", "Army chopper crashes\nAn army chopper crashed on Tuesday in the hills, killing four.",
     None, "helicopter"),
    ("gunship", "Gunship downed\nA helicopter gunship was shot down on Friday over the disputed area, military "
     "sources said.", None, "helicopter"),
    ("uav", "UAV crashes near airport\nA military UAV crashed near the civil airport on Monday, officials said.",
     None, "drone"),
    ("airliner", "Airliner crashes\nAn airliner crashed into a mountain on Monday, killing all 60 on board.",
     None, "airliner"),
    ("crop-duster", "Crop-duster crashes\nA crop-duster crashed into power lines on Wednesday morning, killing "
     "its pilot.", None, "light"),
    ("seaplane", "Seaplane crashes\nA seaplane carrying tourists crashed in the bay on Sunday, killing two.",
     None, "light"),
    # civil types in military roles, water bombers
    ("do228-patrol", "Coast guard plane crashes\nA Dornier 228 of the coast guard crashed into the sea on a "
     "maritime surveillance flight on Friday; one crew member died.", "Dornier 228", "surveillance"),
    ("b707-tanker", "Tanker crashes\nA Boeing 707 refuelling tanker of the air force crashed on landing on "
     "Tuesday, killing the crew.", "Boeing 707", "tanker"),
    ("dromader", "Water bomber crashes\nA PZL M-18 Dromader water bomber crashed on Sunday while fighting a "
     "fire, killing the pilot.", "M-18 Dromader", "light"),
    ("be200", "Firefighting amphibian crashes\nA Be-200 firefighting amphibious aircraft crashed on Friday while "
     "scooping water; all crew died.", "Be-200", "transport"),
    ("c130-water", "Air tanker crash\nA C-130 Hercules water bomber crashed on Thursday while fighting a bushfire, "
     "killing three American crew members.", "C-130", "transport"),
    ("cessna208-recon", "Army plane crashes\nAn army Cessna 208 on a reconnaissance mission crashed in the jungle "
     "on Tuesday, killing its crew.", "Cessna 208", "surveillance"),
    # several aircraft in one story
    ("escort", "Attack jet shot down\nA Su-25 attack jet was shot down on Monday while a pair of Su-27 fighters "
     "escorting it returned to base.", "Su-25", "fighter"),
    ("rescue-helo", "Jet crashes into sea\nA Tornado jet crashed into the sea on Tuesday. A Sea King rescue "
     "helicopter picked up both crew.", "Tornado", "fighter"),
    ("fleet-type", "Airline loses turboprop\nThe airline, which flies a fleet of Airbus A320s, lost its only "
     "ATR 72 on Friday when it crashed on approach, killing four.", "ATR 72", "airliner"),
    ("being-replaced", "Ageing jet crashes\nA MiG-21 of the air force crashed on Monday. The type is being "
     "replaced by the Tejas, and a Rafale squadron is also due.", "MiG-21", "fighter"),
    ("second-landed", "Gunship shot down\nA Mi-24 gunship was shot down on Sunday; the Mi-8 it was escorting "
     "landed safely at the base.", "Mi-24", "helicopter"),
    ("search-plane", "Missing plane search\nA C-130 was sent to search for the missing An-26 that vanished from "
     "radar on Sunday with six crew.", "An-26", "transport"),
    # wire, quote and non-native styles
    ("quote", "'We lost the helicopter'\n\"We have lost a Black Hawk in the river,\" the governor said "
     "on Saturday, adding that three soldiers were killed.", "UH-60", "helicopter"),
    ("non-native", "Helicopter of police fell down\nYesterday the helicopter of the police, model Bell 407, was "
     "fell down near the village and 2 persons is dead.", "Bell 407", "helicopter"),
    ("passive-list", "Attack helicopter downed\nOn Tuesday, near the front, a Ka-52 'Alligator' attack helicopter, "
     "the army said, was downed by a missile.", "Ka-52", "helicopter"),
    ("mirage-variant", "Fighter crashes\nA Mirage 2000-5 of the air force crashed into a field on Wednesday; "
     "the two crew ejected.", "Mirage 2000", "fighter"),
    # added after the first run: the general rules fixed then, on fresh wording
    ("task-patrol", "Navy plane lost\nA Beechcraft King Air 200 of the navy went down in the bay while flying a "
     "coastal patrol mission on Monday; two officers died.", "King Air 200", "surveillance"),
    ("task-training-stays", "Trainer plane crashes\nA Cessna 172 on a training flight crashed in a field on "
     "Saturday, killing the student pilot.", "Cessna 172", "light"),
    ("load-cargo", "Freight jet crashes in jungle\nA Learjet 35 loaded with freight for a mining camp crashed in the "
     "jungle on Tuesday, killing both pilots.", "Learjet 35", "transport"),
    ("replaced-by", "Veteran jet lost\nThe air force lost a Mirage F1 on Monday in a crash near the base; the type is "
     "to be replaced with the Rafale next year.", "Mirage F1", "fighter"),
    ("searchers-joined", "Search for missing helicopter\nTwo Super Puma helicopters joined the search for the Mi-8 that "
     "went missing over the sea on Friday with five aboard.", "Mi-8", "helicopter"),
    ("pucara", "Attack plane crashes\nAn IA-58 Pucara of the air force crashed on Thursday during a training flight; "
     "the pilot ejected.", "IA-58", "fighter"),
    ("nimrod", "Patrol plane explodes\nAn RAF Nimrod MR2 caught fire and crashed on Saturday, killing all 14 on "
     "board.", "Nimrod", "surveillance"),
    ("atlantique", "Patrol aircraft crashes\nA French Navy Atlantique 2 maritime patrol aircraft crashed into the sea "
     "on Wednesday during a night exercise.", "Atlantique 2", "surveillance"),
    ("regional-jet", "Regional jet crashes\nA Bombardier CRJ200 regional jet crashed shortly after take-off on Sunday, "
     "killing 21 people.", "CRJ200", "airliner"),
    ("aztec", "Twin crashes into houses\nA Piper Aztec crashed into two houses on Friday evening, killing the pilot "
     "and one resident.", "Piper PA-23 Aztec", "light"),
    # Chinese-built basic trainer, in its export and home names; an engine code is no aircraft
    ("pt6-paddy", "Trainer falls into rice field\nAn air force PT-6 trainer came down in a rice field near the "
     "academy on Monday, killing the instructor.", "PT-6", "trainer"),
    ("cj6-aerobatic", "Vintage trainer crashes at show\nA Nanchang CJ-6 taking part in an aerobatic display crashed "
     "on Saturday afternoon. Its pilot was killed.", "CJ-6", "trainer"),
    ("pt6-cadet", "Cadet dies in training crash\nA Nanchang PT-6 basic trainer crashed on approach to the air base "
     "on Thursday, killing the cadet flying it solo.", "PT-6", "trainer"),
    ("caravan-pt6a", "Cargo plane lost after engine trouble\nA Cessna 208 Caravan cargo plane crashed on Monday after "
     "its PT6A-114A engine lost power, the operator said. The pilot was killed.", "Cessna 208", "transport"),
    ("cf5-botswana", "Fighter jets collide\nTwo CF-5D fighters of the air force collided during a training sortie "
     "on Tuesday; one pilot was killed.", "CF-5", "fighter"),
    # a water bomber keeps its airframe's category: the size word tells it when no model is named
    ("waterbomber-single", "Firefighting plane crashes into lake\nA single-engine water bomber crashed into a lake on "
     "Sunday while scooping water to fight a forest fire. Its pilot is missing.", None, "light"),
    ("waterbomber-small", "Firefighting plane lost\nA small water bomber fighting the blaze in the hills came down "
     "on Tuesday afternoon, killing its pilot.", None, "light"),
    ("waterbomber-light", "Firefighting pilot dies\nThe pilot of a light amphibious water-bomber died "
     "on Friday when the aircraft crashed near the fire front.", None, "light"),
    ("waterbomber-plain", "Water bomber crashes\nA water bomber crashed on Friday while fighting a wildfire; its two "
     "pilots were rescued.", None, "transport"),
    # the model told a few sentences after the loss: "The helicopter was a Z-9"
    ("is-a-z9", "Rebels say they downed army helicopter\nRebels said on Monday they had shot down an army helicopter "
     "in the hills. The army has not commented. Villagers said they heard gunfire in the evening. The helicopter was "
     "a Harbin Z-9, the rebels said.", "Z-9", "helicopter"),
    ("is-a-mi8", "Helicopter missing in the north\nA military helicopter went missing on Friday over the mountains "
     "with six people aboard. Search teams were sent at dawn. Bad weather slowed them. The missing helicopter is an "
     "ageing Mi-8, officials said.", "Mi-8", "helicopter"),
    ("is-a-f7", "Fighter jet crashes near base\nA fighter jet of the air force crashed near the base on Wednesday. "
     "The pilot ejected safely. A board of inquiry was ordered. The jet was a Chengdu F-7, the air force said.",
     "F-7", "fighter"),
    ("is-a-other-one", "Army helicopter crashes\nAn army helicopter crashed on Monday in the hills, killing two "
     "crew. The army said it was investigating. Officials gave no more details. The helicopter was a replacement "
     "for a Mi-17 lost last year.", None, "helicopter"),
    # known limit: a bare "water bomber" in the title ties with the sized one and, told first, wins
    pytest.param("waterbomber-title", "Water bomber crashes into lake\nA single-engine water bomber crashed into a "
                 "lake on Sunday. Its pilot is missing.", None, "light",
                 marks=pytest.mark.xfail(reason="reconcile breaks a category tie by order", strict=True)),
]


def _params(cases: list) -> list:
    """Each case as a pytest param named by its label (an xfail case keeps its marks)."""
    out = []
    for case in cases:
        values, marks = (case.values, case.marks) if hasattr(case, "marks") else (case, ())
        out.append(pytest.param(*values[1:], id=values[0], marks=marks))
    return out


@pytest.mark.parametrize("text,model,category", _params(CASES))
def test_main_aircraft(text: str, model: str | None, category: str | tuple) -> None:
    aircraft = main_aircraft(text)
    if model is None:
        assert aircraft.get("model") is None, aircraft
    else:
        assert same("aircraft_model", model, aircraft.get("model")), aircraft
    allowed = category if isinstance(category, tuple) else (category,)
    assert aircraft.get("category") in allowed, aircraft

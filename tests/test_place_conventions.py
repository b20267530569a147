"""Where the main incident happened (location_country, location_admin1), on short articles written for these tests.

Each case runs the real pipeline (parse, mentions, reconcile) and compares the main incident's country and
first-level region with evaluate.same, the comparison `sitrep eval` scores with. A place that is not the
loss place (base, destination, capital, hospital, home town, quote) must not be taken: a wrong place is
worse than none. ANY leaves the region unchecked where the first-level unit is not clear from the text.
"""

import pytest

from harness import main_mention
from sitrep.evaluate import same
from sitrep.reconcile import summarise

ANY = object()


def main_place(text: str) -> tuple[str | None, str | None]:
    location = summarise([main_mention(text)])["location"] or {}
    return location.get("country"), location.get("admin1")


def agrees(field: str, expected, got) -> bool:
    if expected is ANY:
        return True
    if expected is None or got is None:
        return expected is got
    return same(field, expected, got)


CASES = [
    # wire copy with a dateline that is not the loss place
    ("wire-dateline", "Ukraine says it downed Russian bomber\nKYIV, March 3 (Reuters) - A Russian Su-34 bomber was shot "
     "down near the town of Kupiansk in Ukraine's Kharkiv region on Sunday, Ukraine's air force said.",
     "Ukraine", "Kharkiv"),
    ("state-suffix", "Air force jet crashes in the northeast\nA Nigerian Air Force Alpha Jet crashed in Borno State on "
     "Tuesday during an operation against insurgents, a military spokesman said.", "Nigeria", "Borno"),
    ("town-province", "Army helicopter crashes\nA Pakistan Army helicopter crashed near Khuzdar in Balochistan province "
     "on Monday, killing both pilots.", "Pakistan", "Balochistan"),
    ("in-countrys-region", "Drone downed in Ethiopia\nA government drone was shot down in Ethiopia's Amhara region on "
     "Friday, local militia fighters said.", "Ethiopia", "Amhara"),
    ("x-y-comma", "Small plane goes down in cornfield\nCrews are on scene after a small plane went down in a cornfield "
     "outside Ames, Iowa, Monday afternoon. The pilot was taken to hospital.", "United States", "Iowa"),
    ("press-release-off-coast", "Statement on the loss of an MRH-90\nThe Royal Australian Air Force confirms that an "
     "MRH-90 Taipan helicopter was lost in waters off the Whitsundays, Queensland, during a night exercise.",
     "Australia", "Queensland"),
    ("state-of", "Super Tucano crashes in the Amazon\nA Brazilian Air Force A-29 Super Tucano crashed in the state of "
     "Roraima on Wednesday. The pilot ejected.", "Brazil", "Roraima"),
    ("town-comma-state", "Navy helicopter crashes in Sinaloa\nA Mexican Navy Black Hawk crashed on Friday in Los "
     "Mochis, Sinaloa, killing 14 people on board.", "Mexico", "Sinaloa"),
    ("town-comma-province", "CF-18 goes down\nA Royal Canadian Air Force CF-18 Hornet crashed near Atikokan, Ontario, "
     "on Thursday. The pilot ejected safely.", "Canada", "Ontario"),
    ("city-only", "Military plane crashes near Omdurman\nA Sudanese army Antonov transport plane crashed shortly after "
     "take-off near Omdurman on Tuesday, the army said.", "Sudan", "Khartoum"),
    ("in-countrys-region-town", "Cargo plane crashes in Somalia\nA Kenyan-registered cargo plane crashed at Bardale in "
     "Somalia's Bay region on Monday.", "Somalia", "Bay"),
    ("airbase-province", "Strike hits air base\nIsraeli missiles destroyed a helicopter at the T-4 air base in Homs "
     "province early on Thursday, a war monitor said.", "Syria", "Homs"),
    ("training-flight-province", "Fighter crashes on training flight\nAn Iranian air force F-4 Phantom crashed in "
     "Bushehr province during a training flight on Sunday; both crew died.", "Iran", "Bushehr"),
    ("over-province", "Houthis say they shot down US drone\nYemen's Houthi rebels said they shot down an American MQ-9 "
     "Reaper drone over Marib province on Saturday.", "Yemen", "Marib"),
    ("state-myanmar", "Resistance downs junta jet\nAnti-junta fighters said they shot down a Myanmar military fighter "
     "jet in Kayah state on Tuesday.", "Myanmar", "Kayah"),
    ("region-of-spain", "Firefighting plane crashes\nA firefighting aircraft crashed in Galicia, in the north-west of "
     "Spain, while battling a forest fire on Monday.", "Spain", "Galicia"),
    ("island", "Water bomber crashes on Evia\nA Greek air force Canadair CL-415 water bomber crashed on the island of "
     "Evia on Tuesday while fighting a wildfire.", "Greece", ANY),
    ("german-state", "Eurofighter crash\nA German Eurofighter went down in Mecklenburg-Vorpommern after a mid-air "
     "collision on Monday.", "Germany", "Mecklenburg-Vorpommern"),
    ("french-department", "Rafale jets collide\nTwo French Rafale jets collided and crashed near Colombey-les-Belles in "
     "Meurthe-et-Moselle, in eastern France.", "France", "Grand Est"),
    ("city-is-region", "Light aircraft crash\nA light aircraft crashed near Almaty, Kazakhstan's largest city, on "
     "Saturday, the emergencies ministry said.", "Kazakhstan", "Almaty"),
    ("korea-province", "KF-16 crashes in field\nA South Korean KF-16 fighter crashed in a field in Seosan, South "
     "Chungcheong Province, on Friday.", "South Korea", "South Chungcheong"),
    ("argentina-province", "Navy jet lost\nAn Argentine navy Super Etendard crashed near Bahia Blanca in Buenos Aires "
     "province during a training flight.", "Argentina", "Buenos Aires"),
    ("china-province", "Fighter jet crashes near village\nA Chinese J-10 fighter crashed into farmland in Hubei province "
     "on Thursday, state media reported.", "China", "Hubei"),
    ("turkey-city", "Training jet crashes\nA Turkish Air Force training jet crashed in Kayseri on Wednesday; the pilot "
     "ejected.", "Turkey", "Kayseri"),
    ("venezuela-state", "Air force jet crashes\nThe Venezuelan air force said a K-8 jet crashed in Apure state, near "
     "the Colombian border, on Sunday.", "Venezuela", "Apure"),
    ("non-native", "Helicopter of Air Force is fallen\nHelicopter of Air Force has fallen in region of "
     "Tillaberi, in Niger, the two pilots are dead, said the ministry in communique.", "Niger", "Tillaberi"),
    ("cameroon-far-north", "Army helicopter crashes\nA Cameroonian army helicopter crashed in the Far North region on "
     "Monday, killing three soldiers.", "Cameroon", "Far North"),
    # directions and distances
    ("north-of", "Mi-8 lost in Siberia\nA Mi-8 helicopter crashed 40 km north of Yakutsk on Monday, the emergencies "
     "ministry said.", "Russia", "Sakha"),
    ("south-west-of", "Iraqi helicopter crashes\nAn Iraqi army helicopter crashed about 30 kilometres south-west of "
     "Mosul on Friday.", "Iraq", "Nineveh"),
    ("border-area", "Syrian helicopter downed near border\nA Syrian army helicopter was shot down near the border with "
     "Turkey in Idlib province on Tuesday.", "Syria", "Idlib"),
    ("cross-border-enclave", "Army helicopter downed in exclave\nAn Angolan Mi-17 was shot down over Cabinda, Angola, "
     "on Thursday.", "Angola", "Cabinda"),
    ("airport-city", "Cargo jet overruns runway\nA Boeing 747 cargo jet crashed while landing at Manas airport outside "
     "Bishkek on Monday, killing the crew.", "Kyrgyzstan", ANY),  # the airport is in Chuy, the text names Bishkek
    # seas and international waters
    ("red-sea", "US jet lost at sea\nA US Navy F/A-18 Super Hornet was lost in the Red Sea on Monday after it fell "
     "off the deck of the carrier.", None, None),
    ("mediterranean", "Turkish jet downed\nA Turkish F-4 reconnaissance jet was shot down over the eastern "
     "Mediterranean on Friday.", None, None),
    ("carrier-named-like-place", "Helicopter falls into the sea\nA Dauphin helicopter from the aircraft carrier Charles "
     "de Gaulle crashed into the Mediterranean on Tuesday; both crew were rescued.", None, None),
    ("frigate-named-like-region", "Sea Lynx ditches\nA Sea Lynx helicopter flying from the frigate Bayern crashed into "
     "the Baltic Sea during an exercise.", None, None),
    ("off-coast-island", "Helicopter lost off island\nA Japanese army UH-60 crashed into the sea off Miyako Island in "
     "Okinawa prefecture on Thursday with ten people aboard.", "Japan", "Okinawa"),
    ("gaza", "Drone downed over Gaza\nAn Israeli drone was downed over Gaza on Sunday, Hamas's armed wing "
     "said.", "Palestine", None),
    # places that are not the loss place
    ("departure-base", "Su-30 crashes in Karnataka\nThe Su-30MKI, which took off from Pune, crashed in Karnataka's "
     "Belagavi district on Saturday.", "India", "Karnataka"),
    ("destination", "Plane crashes after leaving Kisangani\nThe Antonov An-26, en route to Goma, crashed shortly after "
     "take-off from Kisangani in DR Congo on Wednesday.", "DR Congo", "Tshopo"),
    ("ministry-capital", "Army Black Hawk crashes\nColombia's defence ministry in Bogota said an army Black Hawk "
     "crashed in the department of Antioquia on Monday.", "Colombia", "Antioquia"),
    ("dateline-capital", "Su-25 crashes in Belgorod\nMOSCOW - The Russian defence ministry said a Su-25 attack jet "
     "crashed in the Belgorod region on Thursday.", "Russia", "Belgorod"),
    ("hospital", "Army helicopter crashes in north\nA Pakistani army helicopter crashed in Gilgit-Baltistan on Monday; "
     "the wounded were flown to a military hospital in Rawalpindi.", "Pakistan", "Gilgit-Baltistan"),
    ("home-town", "Pilot killed in crash\nThe pilot, a 34-year-old from Dallas, Texas, died when his crop-duster "
     "crashed in a field near Yuma, Arizona, on Tuesday.", "United States", "Arizona"),
    ("home-town-nigeria", "Trainer jet crashes\nThe pilot, who hailed from Lagos, died when the trainer crashed in "
     "Kaduna State on Friday, the air force said.", "Nigeria", "Kaduna"),
    ("quote-other-place", "An-26 crashes near Chuhuiv\n\"We lost a similar plane over Donbas years ago,\" a spokesman "
     "said. The An-26 crashed on Tuesday near Chuhuiv in the Kharkiv region.", "Ukraine", "Kharkiv"),
    ("launched-from-other-country", "Drone shot down over Kursk\nA Ukrainian drone launched from the Sumy region was "
     "shot down over Russia's Kursk region on Friday, the governor said.", "Russia", "Kursk"),
    ("injured-airlifted", "Army helicopter crashes in Ayacucho\nA Peruvian army Mi-17 crashed in the Ayacucho region; "
     "the injured were airlifted to Lima.", "Peru", "Ayacucho"),
    # names that look like places but are people or units, and towns named like countries
    ("person-named-like-place", "F-16 crashes in Italy\nThe pilot, Major Lincoln Washington, ejected safely after his "
     "F-16 crashed near Aviano in northern Italy.", "Italy", ANY),
    ("person-georgia", "Two survive Cessna crash\nThe instructor, Georgia Mills, and her student survived when their "
     "Cessna 172 crashed in a paddock near Whanganui, New Zealand.", "New Zealand", ANY),
    ("unit-named-like-region", "Su-27 crashes\nA Su-27 of the Galician tactical aviation brigade crashed in the "
     "Zhytomyr region on Friday.", "Ukraine", "Zhytomyr"),
    ("town-lebanon-pa", "Small plane crashes\nA single-engine plane crashed in Lebanon, Pennsylvania, on Saturday, "
     "killing the pilot.", "United States", "Pennsylvania"),
    ("town-paris-texas", "Crop duster crash\nA crop-duster crashed near Paris, Texas, on Wednesday morning; the pilot "
     "was hurt.", "United States", "Texas"),
    ("municipality-jordan", "Police helicopter crashes\nA police helicopter crashed in the municipality of Jordan, in "
     "Santander department, Colombia, on Monday.", "Colombia", "Santander"),
    # added after the first run, to check the fixes hold on other wording
    ("officials-in-capital", "Helicopter crashes in Helmand\nOfficials in Kabul said on Tuesday that a military "
     "helicopter crashed in Helmand province, killing three.", "Afghanistan", "Helmand"),
    ("embassy-in-city", "Plane crash in Somalia\nThe embassy in Nairobi confirmed that a chartered plane crashed "
     "near Baidoa in Somalia on Monday.", "Somalia", "Bay"),
    ("person-chad", "Crop-duster crash\nThe pilot, Chad Morgan, was hurt when his crop-duster crashed near "
     "Dubbo, New South Wales.", "Australia", "New South Wales"),
    pytest.param("countrys-region-common-word", "Helicopter crashes in Ghana\nA Ghana Air Force helicopter crashed "
                 "in Ghana's Central Region on Thursday.", "Ghana", "Central", marks=pytest.mark.xfail(
                     strict=True, reason="the gazetteer has no region of Ghana named Central Region (only Uganda's)")),
    ("maker-country", "Brazilian-made jet crashes in Angola\nAn Angolan air force Super Tucano, built in Brazil, crashed "
     "in Huambo province on Tuesday.", "Angola", "Huambo"),
    ("nationality-words", "Chadian jet crashes\nA Chadian air force Su-25 crashed near Abeche in eastern Chad during an "
     "operation against rebels from Sudan.", "Chad", ANY),
]


def _case(case) -> object:
    if hasattr(case, "marks"):  # a pytest.param, itself a tuple
        return pytest.param(*case.values[1:], marks=case.marks, id=case.values[0])
    return pytest.param(*case[1:], id=case[0])


@pytest.mark.parametrize("text,country,admin1", [_case(c) for c in CASES])
def test_place(text: str, country, admin1) -> None:
    got_country, got_admin1 = main_place(text)
    assert agrees("location_country", country, got_country), (got_country, got_admin1)
    assert agrees("location_admin1", admin1, got_admin1), (got_country, got_admin1)

"""The `operator_country` and `perpetrator` conventions of gold/README.md, on short invented articles.

Each case runs the real pipeline (parse, mentions, reconcile) on the text and checks the main incident.
`None` expects no value. The pipeline keeps a perpetrator bare and marks a claim by the cause: an expected
perpetrator ending in " (claimed)" needs cause `disputed`, any other named perpetrator a cause that is not.
"""

import pytest

from harness import main_mention
from sitrep.evaluate import predicted_values, same


def main_summary(text: str) -> dict:
    return predicted_values(main_mention(text))


def agrees(field: str, expected: str | None, found: str | None) -> bool:
    if expected is None or found is None:
        return expected is found
    return same(field, expected, found)


def _params(cases: list) -> list:
    return [c if hasattr(c, "marks") else pytest.param(c[1], c[2], id=c[0]) for c in cases]


def _xfail(values: tuple, reason: str):
    return pytest.param(*values[1:], id=values[0], marks=pytest.mark.xfail(strict=True, reason=reason))


OPERATOR_CASES = [
    # demonym
    ("demonym-wire", "Indian Su-30 crashes on training sortie\nAn Indian Su-30MKI fighter crashed in a field near "
     "Pune on Tuesday during a routine training sortie. Both pilots ejected safely.", "India"),
    ("demonym-helicopter", "A Colombian Black Hawk helicopter came down in the jungle of Guaviare on Friday, "
     "killing four soldiers, officials said.", "Colombia"),
    ("demonym-late", "Three soldiers died when their Mi-17 crashed near Herat on Monday. The Afghan helicopter "
     "had been carrying supplies to an outpost.", "Afghanistan"),
    # service names
    ("service-royal-thai", "A Royal Thai Air Force L-39 jet trainer crashed in Chiang Mai province on Thursday. "
     "The two pilots were killed.", "Thailand"),
    ("service-of-the", "An F-16 of the Hellenic Air Force crashed into the sea off Chios on Wednesday; its pilot "
     "was rescued by a fishing boat.", "Greece"),
    ("service-navy", "A helicopter belonging to the Indonesian Navy crashed off Bali on Sunday during a search "
     "and rescue exercise, the navy said.", "Indonesia"),
    ("service-army-aviation", "The Philippine Army said one of its Bell 412 helicopters crashed in Bukidnon on "
     "Tuesday, killing three.", "Philippines"),
    ("service-pakistan-af", "A Pakistan Air Force Mirage crashed near Mianwali on Saturday. The pilot ejected.",
     "Pakistan"),
    ("service-raf", "A Royal Air Force Typhoon crashed in Lincolnshire on Monday morning. The pilot ejected.",
     "United Kingdom"),
    ("service-usaf", "A US Air Force F-35A crashed while landing at Eielson Air Force Base in Alaska, the service "
     "said on Wednesday.", "United States"),
    ("service-raaf", "A Royal Australian Air Force Hawk trainer crashed near Townsville on Friday.",
     "Australia"),
    ("service-native-name", "A Mi-8 helicopter of the Bangladesh Army crashed in Chittagong on Sunday, "
     "killing two crew.", "Bangladesh"),
    # abbreviations
    ("abbr-iaf", "An IAF MiG-21 crashed in Rajasthan's Barmer district on Thursday night; both pilots "
     "were killed, the Indian Air Force said.", "India"),
    ("abbr-plaaf", "A Chinese J-10 crashed in Hebei province on Tuesday, state media reported.", "China"),
    ("abbr-jasdf", "A JASDF F-35A went missing over the Pacific off Aomori on Tuesday, Japan's defence "
     "ministry said. Debris was found.", "Japan"),
    ("abbr-idf", "An IDF drone crashed in southern Lebanon on Sunday, the Israeli military said, adding "
     "that there was no risk of information leaking.", "Israel"),
    # belonging to / operated by
    ("belonging-to", "A transport plane belonging to the Sudanese army crashed shortly after take-off from "
     "an airbase in Omdurman, killing all aboard.", "Sudan"),
    ("operated-by-airline", "An ATR 72 operated by Yeti Airlines crashed on approach to Pokhara on Sunday.",
     "Nepal"),
    ("operated-by-state", "A Cessna Caravan operated by the Kenyan police crashed in Marsabit on Friday.",
     "Kenya"),
    # airlines
    ("airline-name", "A Turkish Airlines Boeing 737 skidded off the runway at Istanbul and broke apart; "
     "three passengers were killed.", "Turkey"),
    ("airline-flight", "Air India Express flight IX-1344, a Boeing 737, overshot the runway at Kozhikode "
     "in heavy rain, killing 21 people.", "India"),
    ("airline-regional", "A Dash 8 of Ethiopian Airlines crash-landed at Bahir Dar on Monday; there were no "
     "deaths.", "Ethiopia"),
    # police / coast guard / border guard
    ("police-helicopter", "A Mexican police helicopter crashed in Michoacan on Tuesday, killing its two "
     "officers.", "Mexico"),
    ("coast-guard", "A Japan Coast Guard aircraft was destroyed in a runway collision at Haneda on "
     "Tuesday.", "Japan"),
    ("border-guard", "An Mi-8 of Ukraine's State Border Guard Service crashed in the Kharkiv region on "
     "Saturday.", "Ukraine"),
    ("flying-for-police", "A private pilot flying for the Nigerian police crashed a Bell 206 near Kaduna "
     "on Wednesday.", "Nigeria"),
    # private owners: crash-site fallback
    ("private-cessna", "A small private Cessna 172 crashed into a field near Wagga Wagga in New South Wales "
     "on Saturday, killing the pilot.", "Australia"),
    ("cropduster", "A crop-dusting plane went down in a sugarcane field in Sao Paulo state, Brazil, on "
     "Monday. The pilot died.", "Brazil"),
    ("business-jet", "A Learjet carrying a businessman crashed shortly after leaving Toluca airport in "
     "Mexico on Sunday, killing all four on board.", "Mexico"),
    ("maker-not-operator", "A US-built Piper light aircraft crashed on a farm in Limpopo province, South "
     "Africa, on Thursday. Its two occupants died.", "South Africa"),
    # foreign aircraft abroad
    ("foreign-abroad", "A Russian Il-76 transport crashed near Bamako, Mali, on Sunday. Russia's defence "
     "ministry confirmed the loss.", "Russia"),
    ("foreign-abroad-us", "An American MV-22 Osprey crashed off Yakushima island in southern Japan on "
     "Wednesday with eight airmen aboard.", "United States"),
    ("foreign-abroad-french", "A French Mirage 2000 crashed in Chad during a training flight, the French "
     "army said on Friday.", "France"),
    # one country's aircraft shot down by another
    ("shot-by-other", "Syria said its air defences shot down a Turkish drone over Idlib on Tuesday.",
     "Turkey"),
    ("shot-by-other-passive", "A Ukrainian Su-25 was shot down by Russian forces near Bakhmut on Friday, "
     "the Russian defence ministry said.", "Ukraine"),
    ("shot-by-other-iran", "Iran's Revolutionary Guards shot down an American RQ-4 Global Hawk drone over "
     "the Strait of Hormuz on Thursday.", "United States"),
    # non-native English
    ("nonnative", "Helicopter of Armed Forces of Peru is crashed in the zone of VRAEM yesterday, and died "
     "three military, informed the Joint Command.", "Peru"),
    # quotes
    ("quote-ours", "\"We have lost one of our Su-34 bombers,\" a Russian military blogger wrote after the "
     "jet crashed near Belgorod on Thursday.", "Russia"),
    # apposition
    ("apposition", "The plane, a Nigerian Air Force Alpha Jet, crashed in Borno state while returning "
     "from a mission against insurgents.", "Nigeria"),
    # harder phrasings
    ("possessive-country", "Nigeria's air force lost an Alpha Jet on Sunday when it crashed in Borno state "
     "after a strike mission.", "Nigeria"),
    ("its-own-jet", "Egypt said one of its military planes crashed in the Western Desert during a training "
     "flight on Tuesday, killing two pilots.", "Egypt"),
    ("forces-of", "A drone used by the armed forces of Azerbaijan crashed near Fizuli on Monday.",
     "Azerbaijan"),
    ("leased-for-army", "An Mi-8 leased by a private company to the Malian army crashed in Gao on Friday.",
     "Mali"),
    ("list-operator", "Kenya Defence Forces lost a Bell UH-1 in a crash near Kainuk on Thursday; the "
     "helicopter, one of several donated by the US, was carrying supplies.", "Kenya"),
    ("regime-forces", "A Syrian regime helicopter crashed near Hama on Saturday, state news agency SANA "
     "said.", "Syria"),
    ("junta", "A junta Yak-130 jet came down in Sagaing region on Tuesday, local residents said. Myanmar's "
     "military has not commented.", "Myanmar"),
    ("number-flight-airline", "An Embraer 190 of Azerbaijan Airlines crashed near Aktau, Kazakhstan, on "
     "Wednesday with 67 people on board.", "Azerbaijan"),
    ("ambulance-charter", "An air ambulance plane crashed after take-off from Philadelphia on Friday, "
     "killing everyone aboard and one person on the ground.", "United States"),
    ("training-school", "A flight school's two-seat trainer crashed in a paddy field in Telangana, India, "
     "killing a trainee pilot.", "India"),
    ("foreign-pilot", "A German pilot died when his light aircraft crashed in the Alps near Innsbruck, "
     "Austria, on Sunday.", "Austria"),
    ("ukrainian-drone-over-russia", "A Ukrainian drone was downed over Russia's Belgorod region overnight, "
     "the regional governor said.", "Ukraine"),
    ("lost-by-forces", "Israeli forces lost a Hermes 900 drone over Yemen on Monday.", "Israel"),
    ("nonnative-2", "Fighter aircraft MiG-29 of Air Force of Serbia has fell down near Valjevo this morning, "
     "pilot is survived, said minister.", "Serbia"),
]

PERPETRATOR_CASES = [
    # stated as fact
    ("fact-by-group", "A Malian army Mi-24 was shot down by JNIM fighters near Boni on Sunday, killing "
     "its crew of three.", "JNIM"),
    ("fact-hezbollah", "An Israeli Hermes 450 drone was shot down over southern Lebanon by a Hezbollah "
     "surface-to-air missile on Monday.", "Hezbollah"),
    ("fact-state", "Russian air defences shot down a Ukrainian MiG-29 over the Zaporizhzhia region on "
     "Wednesday.", "Russia"),
    ("fact-cartel", "Gunmen from the Sinaloa Cartel shot down a Mexican army helicopter in Culiacan on "
     "Friday, wounding two soldiers.", "Sinaloa Cartel"),
    ("fact-active-shooter", "Al-Shabaab militants brought down a Kenyan military helicopter near the "
     "Somali border on Tuesday, killing all four crew.", "al-Shabaab"),
    # claimed
    ("claimed-group", "Houthi rebels said on Tuesday they had shot down an American MQ-9 Reaper over "
     "Marib. The Pentagon did not comment.", "Houthi rebels (claimed)"),
    ("claimed-statement", "The Islamic State group claimed responsibility for downing a Nigerian Air Force "
     "jet in Borno state, in a statement on Telegram.", "Islamic State (claimed)"),
    ("claimed-ministry", "The Russian defence ministry said its air defences shot down a Ukrainian Su-24 "
     "over Crimea on Friday. Kyiv did not confirm the loss.", "Russia (claimed)"),
    ("claimed-ukraine", "Ukraine's air force said it shot down a Russian Su-34 fighter-bomber over the "
     "Donetsk region on Monday. Moscow did not comment.", "Ukraine (claimed)"),
    # denied
    ("denied", "The PKK said it downed a Turkish army helicopter in Hakkari on Thursday. Turkey's defence "
     "ministry denied this and said the aircraft crashed because of bad weather.", "PKK (claimed)"),
    ("denied-army", "Rebels of the Arakan Army claimed they shot down a military helicopter in Rakhine "
     "state, but the junta said it made a forced landing after a technical fault.", "Arakan Army (claimed)"),
    # friendly fire
    ("friendly-ship", "The US Navy said an F/A-18 was shot down in error by the cruiser USS Gettysburg "
     "over the Red Sea on Sunday. Both pilots ejected.", "USS Gettysburg"),
    ("friendly-battery", "A Ukrainian helicopter was mistakenly shot down by a Ukrainian air defence unit "
     "near Kramatorsk, the army said.", "Ukrainian air defence unit"),
    # unnamed rebels with one named group
    ("rebels-named-elsewhere", "Rebels shot down a Myanmar air force Mi-17 over Kayah state on Monday. "
     "The Karenni Army has been fighting the junta in the area since 2021.", "Karenni Army"),
    ("insurgents-generic", "Insurgents shot down a Nigerian Air Force helicopter in Zamfara state on "
     "Wednesday, killing the pilot.", "insurgents"),
    # must NOT be perpetrators
    ("speaker-not-perp", "A Sudanese air force Antonov An-26 crashed near El Obeid on Tuesday, army spokesman "
     "Nabil Abdallah said, blaming a technical fault.", None),
    ("outlet-not-perp", "A Pakistani army helicopter crashed in Balochistan on Monday, Reuters reported, "
     "citing the military. Two pilots were killed.", None),
    ("dateline-not-perp", "KABUL (AP) — A military helicopter crashed in Afghanistan's Badakhshan province "
     "on Tuesday, killing three crew.", None),
    ("victims-not-perp", "A helicopter carrying two French and one British engineer crashed in Chad on "
     "Sunday after hitting power lines.", None),
    ("maker-not-perp", "A Turkish-made Bayraktar drone flown by the Ethiopian army crashed near Gondar on "
     "Friday due to a technical failure.", None),
    ("accident-no-perp", "An Israeli Air Force F-16 crashed during a training flight in the Negev on "
     "Wednesday. The pilot was slightly injured.", None),
    ("condemned-not-perp", "A Russian Ka-52 crashed near Kherson on Thursday. Ukraine's president welcomed "
     "the news but did not say whether his forces were involved.", None),
    # harder phrasings
    ("fact-by-passive-fighters", "A Burkina Faso army helicopter was brought down by jihadist fighters "
     "near Djibo on Tuesday, killing the crew.", "jihadists"),
    ("fact-group-possessive", "Hamas's armed wing shot down an Israeli drone over Gaza on Sunday.",
     "Hamas"),
    ("claimed-via-telegram", "Fighters of the People's Defence Force downed a junta helicopter in Sagaing "
     "on Monday, the group said on its Telegram channel. The military did not respond.",
     "People's Defence Force (claimed)"),
    ("claimed-says", "Al-Shabaab says it shot down a Ugandan army helicopter in Lower Shabelle.",
     "al-Shabaab (claimed)"),
    ("claimed-taliban-spokesman", "A Taliban spokesman said the group's fighters had shot down a US "
     "helicopter in Helmand. NATO said it was investigating the crash.", "Taliban (claimed)"),
    ("fact-army-shot-rebel", "The Sudanese army shot down a Rapid Support Forces drone over Port Sudan on "
     "Wednesday.", "Sudan"),
    ("friendly-allied", "A British Tornado was shot down by a US Army Patriot battery near the Kuwaiti "
     "border, killing both crew.", "US Army Patriot battery"),
    ("friendly-own-navy", "A Russian Su-25 was shot down by mistake by Russian troops near Avdiivka, "
     "military bloggers said.", "Russian troops"),
    ("journalist-not-perp", "A Colombian army helicopter crashed in Antioquia, killing four, according "
     "to journalist Maria Gomez of Caracol Radio.", None),
    ("rescuer-not-perp", "A Nepalese helicopter crashed in Solukhumbu on Tuesday. Rescue teams from the "
     "Nepal Army reached the site and recovered five bodies.", None),
    ("investigator-not-perp", "A Peruvian Air Force Mi-17 crashed in the VRAEM valley on Monday. The "
     "Peruvian Air Force said investigators would establish the cause.", None),
    ("enemy-country-mention-not-perp", "A Pakistani Mirage crashed near Quetta on Thursday in a routine "
     "flight, weeks after clashes with India.", None),
]


@pytest.mark.parametrize("text,expected", _params(OPERATOR_CASES))
def test_operator_country(text: str, expected: str | None) -> None:
    found = main_summary(text)["operator_country"]
    assert agrees("operator_country", expected, found), found


@pytest.mark.parametrize("text,expected", _params(PERPETRATOR_CASES))
def test_perpetrator(text: str, expected: str | None) -> None:
    summary = main_summary(text)
    found = summary["perpetrator"]
    assert agrees("perpetrator", expected, found), found
    if expected is not None:
        assert (summary["cause"] == "disputed") == expected.endswith("(claimed)"), summary["cause"]

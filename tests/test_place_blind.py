"""Blind check of the main incident's location_country and location_admin1 (gold/README.md conventions).

The mini-articles were written for this test, in varied newsroom styles, before the place extractor was
read. Each runs the real pipeline (parse, mentions, reconcile). ANY leaves admin1 unchecked where the
conventions do not settle it. First-contact pass rates: batch 1 57/62, batch 2 15/16, batch 3 16/18,
batch 4 11/12 (each batch written before the fixes of what it showed).
"""

import pytest

from harness import main_mention
from sitrep.evaluate import same
from sitrep.reconcile import summarise

ANY = object()


def main_place(text: str) -> tuple[str | None, str | None]:
    location = summarise([main_mention(text)])["location"] or {}
    return location.get("country"), location.get("admin1")


CASES = [
    # small places the gazetteer may lack, with their region given
    ("village-in-region",
     "Russian Mi-8 helicopter crashes in Tver region\nA Mi-8 helicopter of the Russian air force crashed near the "
     "village of Zabolotye-Verkhneye in the Tver region on Tuesday, killing three crew, the ministry said.",
     "Russia", "Tver"),
    ("hamlet-in-province-nonnative",
     "Helicopter fell in Helmand\nAccording to local officials, the helicopter of Afghan army has fell down near "
     "small village Qala-e-Sangin-Bala of Helmand province in Tuesday night. Two pilots are died.",
     "Afghanistan", "Helmand"),
    ("village-in-district-state",
     "IAF trainer crashes in Rajasthan\nA Kiran trainer of the Indian Air Force crashed in an open field near "
     "Bhojasar-Kalan village in Barmer district of Rajasthan on Monday. Both pilots ejected safely.",
     "India", "Rajasthan"),
    ("unknown-village-abroad",
     "Ukraine says Russian jet lost over its own territory\nKYIV (Reuters) - Ukraine's air force said on Sunday a "
     "Russian Su-34 bomber crashed near the village of Pogranichnoye-Malaya in Russia's Belgorod region. "
     "Ukrainian officials did not say whether their forces were involved.",
     "Russia", "Belgorod"),
    ("unknown-village-two-countries",
     "Turkish drone downs Syrian helicopter\nA Syrian army helicopter was shot down on Saturday by a Turkish drone "
     "near the village of Tell Kharruba-Gharbi in Syria, Turkey's defence ministry said. Ankara said the "
     "helicopter had attacked Turkish positions.",
     "Syria", ANY),
    # US counties, parishes and state abbreviations
    ("us-county-state",
     "Two killed in small plane crash\nA single-engine Cessna 172 crashed in a wooded area in Pasco County, "
     "Florida, on Sunday afternoon, killing both people on board, the sheriff's office said.",
     "United States", "Florida"),
    ("us-county-rural",
     "Crop-duster pilot dies in California crash\nBAKERSFIELD - A crop-dusting plane went down in a field in rural "
     "Kern County early Friday, killing the pilot, the county sheriff's office said.",
     "United States", "California"),
    ("us-parish",
     "Medical helicopter crash kills three\nA medical helicopter crashed in St. Landry Parish, Louisiana, late "
     "Saturday, killing the pilot, a nurse and a paramedic, state police said.",
     "United States", "Louisiana"),
    ("us-state-abbrev",
     "Small plane crashes into home\nA Piper PA-28 crashed into a house in Ocala, Fla., on Wednesday morning. "
     "The pilot was killed and two people on the ground were hurt, police said.",
     "United States", "Florida"),
    ("us-town-namesake-paris",
     "Pilot killed near Paris\nA crop duster crashed in a pasture near Paris, Texas, on Thursday, killing the "
     "pilot, the Lamar County sheriff said.",
     "United States", "Texas"),
    ("us-georgia-state",
     "Air National Guard jet crashes\nAn Air National Guard F-15C crashed during a training flight near "
     "Valdosta, Georgia, on Tuesday. The pilot ejected and was taken to a local hospital.",
     "United States", "Georgia"),
    ("us-moscow-idaho",
     "Plane crash near Moscow\nA twin-engine plane crashed shortly after take-off near Moscow, Idaho, on "
     "Monday, killing the pilot, Latah County officials said.",
     "United States", "Idaho"),
    ("us-local-tv",
     "NEWS 9: Deadly crash near Tucson\nDeputies say a Beechcraft Bonanza went down in the desert just west of "
     "Tucson, Ariz., around 6 p.m. Saturday. Both people aboard died at the scene.",
     "United States", "Arizona"),
    # foreign namesakes
    ("georgia-country",
     "Georgian Border Police helicopter crashes\nA Mi-8 helicopter of Georgia's border police crashed in the "
     "mountains of the Adjara region on Monday, killing four people, the interior ministry in Tbilisi said.",
     "Georgia", "Adjara"),
    ("cordoba-spain",
     "Spanish air force trainer crashes\nA Spanish air force Pilatus PC-21 crashed near Cordoba in southern "
     "Spain on Wednesday. The instructor and the student ejected and were unhurt.",
     "Spain", "Andalusia"),
    ("tripoli-lebanon",
     "Army helicopter crashes in north Lebanon\nA Lebanese army Huey helicopter crashed during a training flight "
     "near Tripoli in northern Lebanon on Friday, killing two soldiers.",
     "Lebanon", "North Lebanon"),  # first written "North": the governorate's short name is ambiguous
    ("tripoli-libya",
     "Drone shot down south of Libyan capital\nForces loyal to the government in Libya said they shot down a "
     "drone south of Tripoli on Sunday. The eastern-based forces did not comment.",
     "Libya", "Tripoli"),
    ("hyderabad-pakistan",
     "PAF jet crashes in Sindh\nA Pakistan Air Force F-7PG crashed near Hyderabad in Sindh province during a "
     "routine training mission on Thursday. The pilot ejected safely.",
     "Pakistan", "Sindh"),
    ("florida-uruguay",
     "Light plane crashes in Uruguay\nA light aircraft crashed in a rice field near the town of Florida in "
     "central Uruguay on Saturday, killing the pilot, police said.",
     "Uruguay", "Florida"),
    ("valencia-venezuela",
     "Venezuelan military plane crashes\nA Venezuelan air force K-8 trainer crashed near Valencia, in the state "
     "of Carabobo, on Tuesday. Both pilots died.",
     "Venezuela", "Carabobo"),
    ("punjab-india-base",
     "MiG-21 crashes near Pathankot\nAn Indian Air Force MiG-21 crashed shortly after taking off from the "
     "Pathankot air base in Punjab on Monday. The pilot ejected.",
     "India", "Punjab"),
    # disputed and special territories
    ("gaza-bare",
     "Hamas says it downed Israeli drone\nThe armed wing of Hamas said on Monday it had shot down an Israeli "
     "Skylark drone over Gaza. The Israeli military said it was looking into the report.",
     "Palestine", None),
    ("gaza-strip-north",
     "Israeli drone crashes in northern Gaza Strip\nAn Israeli Hermes 450 drone crashed in the northern Gaza "
     "Strip on Thursday, the IDF said, adding that there was no risk of information leaking.",
     "Palestine", None),
    ("west-bank",
     "Israeli drone falls near Jenin\nAn Israeli military drone fell near the city of Jenin in the occupied "
     "West Bank on Wednesday, the army said. No one was hurt.",
     "Palestine", ANY),
    ("kashmir-indian",
     "Army helicopter crashes in Kashmir\nAn Indian Army Cheetah helicopter crashed in the Kupwara district of "
     "Indian-administered Kashmir on Friday, killing both pilots, officials said.",
     "India", "Jammu and Kashmir"),
    ("kashmir-pakistani",
     "Indian drone shot down, says Pakistan\nPakistan's military said on Sunday it shot down an Indian "
     "quadcopter near Muzaffarabad in Pakistan-administered Kashmir. India did not comment.",
     "Pakistan", "Azad Kashmir"),
    ("crimea",
     "Russian Su-24 crashes in Crimea\nA Russian Su-24 bomber crashed near Saky in Crimea on Tuesday. Officials "
     "on the peninsula said both crew members were killed.",
     "Ukraine", "Crimea"),
    ("western-sahara",
     "Moroccan drone strike reported\nThe Polisario Front said it shot down a Moroccan drone near Mahbes in "
     "Western Sahara on Monday. Rabat did not comment.",
     "Western Sahara", ANY),
    ("transnistria",
     "Drone crashes in Transnistria\nA drone crashed on the roof of a building near Tiraspol in Moldova's "
     "breakaway Transnistria region on Saturday, local authorities said.",
     "Moldova", ANY),
    # back-references
    ("the-province",
     "Nigerian jet crashes in Borno\nA Nigerian Air Force Alpha Jet crashed in Borno State on Sunday. The "
     "province's governor said the crew of two died. Officials in the state capital said the cause was unknown.",
     "Nigeria", "Borno"),
    ("the-region",
     "Ka-52 shot down in Kherson region\nUkraine's army said its troops shot down a Russian Ka-52 attack "
     "helicopter in the Kherson region on Thursday. The region's governor later confirmed the loss.",
     "Ukraine", "Kherson"),
    # distances and bearings
    ("km-north-of",
     "Helicopter crashes north of Kandahar\nAn Afghan air force helicopter crashed about 40 km north of "
     "Kandahar on Monday, killing five people on board, a provincial spokesman said.",
     "Afghanistan", "Kandahar"),
    ("kilometres-south-of",
     "Iraqi army helicopter crashes\nAn Iraqi army Bell 407 crashed some 30 kilometres south of Mosul on "
     "Saturday, killing its two pilots, the joint operations command said.",
     "Iraq", "Nineveh"),
    ("miles-east-of",
     "Cessna crash kills pilot\nA Cessna 208 Caravan crashed 15 miles east of Thompson, Manitoba, on Friday, "
     "the RCMP said. The pilot was the only person on board and died.",
     "Canada", "Manitoba"),
    # seas, coasts and lakes
    ("black-sea",
     "US drone downed over Black Sea\nA US MQ-9 Reaper drone crashed into the Black Sea on Tuesday after being "
     "intercepted by two Russian Su-27 fighters, the Pentagon said.",
     None, None),
    ("baltic-sea",
     "Russian jet crashes into Baltic\nA Russian Su-27 fighter crashed into the Baltic Sea during a training flight "
     "on Wednesday. A rescue ship recovered the pilot.",
     None, None),
    ("south-china-sea",
     "Chinese navy helicopter lost over South China Sea\nA Chinese navy Z-9 helicopter went down over international "
     "waters in the South China Sea on Monday, state media said.",
     None, None),
    ("off-coast-island",
     "Italian jet crashes off Sicily\nAn Italian air force Eurofighter crashed into the sea off the coast of "
     "Sicily near Trapani on Thursday. The pilot was rescued by a coast guard boat.",
     "Italy", "Sicily"),
    ("off-okinawa",
     "US Osprey crashes off Okinawa\nA US Marine Corps MV-22 Osprey crashed into shallow water off Okinawa on "
     "Wednesday night. All five on board were rescued.",
     "Japan", "Okinawa"),
    ("off-taiwan-coast",
     "Taiwan loses F-16 off east coast\nA Taiwanese F-16V fighter disappeared from radar off the coast of Hualien "
     "during a night training flight, Taiwan's defence ministry said.",
     "Taiwan", "Hualien"),
    ("lake-titicaca",
     "Seaplane crashes into Lake Titicaca\nA small seaplane crashed into Lake Titicaca near Puno in southern Peru "
     "on Sunday, killing both pilots.",
     "Peru", "Puno"),
    # cities that are their own first-level region
    ("tehran-city",
     "Training jet crashes in Tehran\nAn Iranian air force training jet crashed into a residential building in "
     "western Tehran on Tuesday, killing both crew and a passer-by.",
     "Iran", "Tehran"),
    ("bangkok-city",
     "Police helicopter crashes in Bangkok\nA Royal Thai Police helicopter crashed in Bangkok's Don Mueang district "
     "on Saturday, injuring three officers.",
     "Thailand", "Bangkok"),
    ("kabul-city",
     "Helicopter crashes in Kabul\nA military helicopter crashed in the east of Kabul on Thursday, the Taliban's "
     "defence ministry said. Two people were hurt.",
     "Afghanistan", "Kabul"),
    ("moscow-city",
     "Drone shot down over Moscow\nRussian air defences shot down a Ukrainian drone over Moscow early on Sunday, "
     "the city's mayor said.",
     "Russia", "Moscow"),
    # airports and bases named after a town; where it fell, not where it flew from
    ("airbase-town",
     "Russian transport plane crashes on approach\nA Russian Il-76 transport crashed on approach to the Hmeimim "
     "air base in Syria's Latakia province on Monday, killing all 32 aboard.",
     "Syria", "Latakia"),
    ("flew-from-foreign",
     "Cargo plane crashes in Somalia\nAn An-26 cargo plane that left Nairobi bound for Mogadishu crashed near "
     "Baidoa on Tuesday, killing all six on board, Somali officials said.",
     "Somalia", "Bay"),
    ("took-off-from-crashed-in",
     "Ukrainian MiG-29 lost\nThe MiG-29 had taken off from an air base in the Khmelnytskyi region and crashed "
     "in the Zhytomyr region on Wednesday, Ukraine's air force said. The pilot was killed.",
     "Ukraine", "Zhytomyr"),
    ("base-named-after-town",
     "F-16 crashes at Aviano\nA US Air Force F-16 crashed shortly after take-off from Aviano Air Base in "
     "northeastern Italy on Friday. The pilot ejected safely.",
     "Italy", "Friuli Venezia Giulia"),
    # the capital where a ministry spoke, where the injured were taken
    ("ministry-in-capital",
     "Moscow says Ukrainian Su-25 shot down\nThe Russian defence ministry in Moscow said on Tuesday its air "
     "defences shot down a Ukrainian Su-25 near Bakhmut in the Donetsk region.",
     "Ukraine", "Donetsk"),
    ("ministry-in-abuja",
     "Air force jet crashes\nABUJA, Nigeria - The Nigerian Air Force said in a statement in Abuja on Monday that "
     "one of its Alpha Jets crashed near Damaturu in Yobe State during an operation.",
     "Nigeria", "Yobe"),
    ("injured-taken-to",
     "Army helicopter crashes in Hatay\nA Turkish army Sikorsky helicopter crashed in the Hatay province on "
     "Sunday. The three injured soldiers were flown to a military hospital in Ankara.",
     "Turkey", "Hatay"),
    ("injured-taken-abroad",
     "Helicopter crash injures four\nA Nepali Air Dynasty helicopter crashed in the Solukhumbu district of Nepal on "
     "Friday. Four injured climbers were later flown to a hospital in New Delhi, India.",
     "Nepal", "Koshi"),
    # plain phrasings in various styles
    ("state-of-mexico",
     "Mexican Navy helicopter falls in Michoacan\nThe helicopter of the Mexican Navy fell down in the state of "
     "Michoacan, near Apatzingan, while supporting operations against cartel gunmen. Three marines died.",
     "Mexico", "Michoacan"),
    ("press-release-ethiopia",
     "PRESS RELEASE\nThe Ethiopian National Defense Force regrets to announce that a helicopter on a supply mission "
     "crashed on 12 May near Bahir Dar, in the Amhara Regional State. The crew lost their lives.",
     "Ethiopia", "Amhara"),
    ("kurdistan-erbil",
     "Drone shot down near Erbil\nKurdish counter-terrorism forces said they shot down an armed drone near Erbil "
     "airport in Iraq's Kurdistan region on Wednesday night.",
     "Iraq", "Erbil"),
    ("colombia-department",
     "Army helicopter attacked in Arauca\nA Colombian army helicopter was hit by rifle fire as it landed in the "
     "municipality of Tame, Arauca department, on Saturday. Two soldiers were wounded.",
     "Colombia", "Arauca"),
    pytest.param(
        "uk-county",
        "RAF Hawk crashes in North Yorkshire\nAn RAF Hawk T2 crashed in a field in North Yorkshire on Tuesday. The "
        "pilot ejected and was taken to hospital with minor injuries.",
        "United Kingdom", "England", marks=pytest.mark.xfail(
            strict=True, reason="a county whose name is made of dictionary words needs its country in the text; "
            "'RAF' is not read as the United Kingdom")),
    ("drc-goma",
     "Army drone crashes near Goma\nA Congolese army drone crashed in a residential area of Goma, the capital of "
     "North Kivu province, on Thursday, local officials said.",
     "DR Congo", "North Kivu"),
    ("sudan-kordofan",
     "RSF says it downed army jet\nThe Rapid Support Forces said on Monday they shot down a Sudanese army MiG-29 "
     "over El Obeid, the capital of North Kordofan state. The army denied the claim.",
     "Sudan", "North Kordofan"),
    ("myanmar-state",
     "Junta jet crashes in Kachin\nA Myanmar military K-8 jet crashed in Kachin State on Friday, the junta said. "
     "A resistance group said its fighters had hit the plane.",
     "Myanmar", "Kachin"),
    ("romania-county",
     "Romanian MiG-21 crashes near coast\nA Romanian air force MiG-21 LanceR crashed near the town of Mihail "
     "Kogalniceanu in Constanta county on Wednesday. The pilot ejected.",
     "Romania", "Constanta"),
]

# A second batch, written after the first run and before any fix of what it shows.
CASES += [
    ("fallback-abroad-unknown-town",
     "Polish volunteers' drone lost\nWARSAW - A Polish-made FlyEye drone operated by Ukrainian forces crashed near "
     "the settlement of Verkhnia Khortytsia-Nova in Ukraine's Kharkiv region, the manufacturer said in Warsaw.",
     "Ukraine", "Kharkiv"),
    ("two-countries-border-village",
     "Armenia says Azerbaijani drone downed\nArmenia's defence ministry said its forces shot down an Azerbaijani "
     "drone over the village of Tegh-Verin in Armenia's Syunik province on Friday. Baku denied losing a drone.",
     "Armenia", "Syunik"),
    ("the-peninsula-backref",
     "Ukraine says it hit Russian helicopter\nUkraine's military intelligence said on Monday its drones destroyed a "
     "Russian Mi-8 helicopter at an airfield on the occupied peninsula of Crimea. Moscow did not comment.",
     "Ukraine", "Crimea"),
    ("km-from-city-abroad-named",
     "Nigerien army plane crashes\nA Niger air force transport plane crashed about 50 km north of Agadez on "
     "Thursday, killing four soldiers, the army said in Niamey.",
     "Niger", "Agadez"),
    ("over-lake-country",
     "Floatplane crashes into Lake Baikal\nA light floatplane crashed into Lake Baikal near the village of "
     "Listvyanka-Malaya in Russia's Irkutsk region on Sunday, killing the pilot.",
     "Russia", "Irkutsk"),
    ("kyiv-city",
     "Russian drone shot down over Kyiv\nUkrainian air defences shot down a Russian Shahed drone over Kyiv "
     "overnight, the city's military administration said.",
     "Ukraine", "Kyiv City"),
    ("islamabad-ministry-crash-elsewhere",
     "PAF trainer crashes\nISLAMABAD - A Pakistan Air Force Mushshak trainer crashed near Attock in Punjab "
     "on Tuesday, the military's media wing said in Islamabad. Both pilots were killed.",
     "Pakistan", "Punjab"),
    ("injured-flown-to-capital",
     "Helicopter crashes in Mali\nA Malian army helicopter crashed while landing in Timbuktu on Sunday. The two "
     "injured crew were flown to Bamako for treatment.",
     "Mali", "Tombouctou"),
    ("base-flew-to",
     "Transport plane crashes before landing\nThe Sudanese army Il-76 was flying from Port Sudan to the Wadi "
     "Seidna air base when it crashed near Omdurman, killing all crew.",
     "Sudan", "Khartoum"),
    ("ditched-off-coast-state",
     "Coast guard helicopter ditches\nA US Coast Guard MH-65 ditched in the ocean about two miles off "
     "Cape Canaveral, Florida, on Friday. All four crew were rescued.",
     "United States", "Florida"),
    ("unknown-mountain-pass",
     "Army helicopter lost in Hindu Kush\nAn Afghan army Mi-17 crashed in bad weather in the Salang-e-Bala pass "
     "area of Parwan province on Wednesday.",
     "Afghanistan", "Parwan"),
    ("county-word-name",
     "Firefighting plane crashes\nAn air tanker crashed while battling a wildfire in Orange County, California, on "
     "Thursday, killing the pilot.",
     "United States", "California"),
    ("district-in-state-india",
     "Army helicopter crashes in Arunachal\nAn Army Rudra helicopter crashed near Migging village in Upper Siang "
     "district of Arunachal Pradesh on Friday.",
     "India", "Arunachal Pradesh"),
    ("cameroon-region",
     "Army helicopter crashes in Cameroon\nA Cameroonian army helicopter crashed on Saturday near Kousseri in the "
     "Far North region, killing three crew.",
     "Cameroon", "Far North"),
    ("philippine-province",
     "PAF helicopter crashes in Mindanao\nA Philippine Air Force Black Hawk crashed in Sultan Kudarat province on "
     "Monday. Five soldiers were hurt.",
     "Philippines", ANY),
    ("houston-texas-dateline",
     "HOUSTON (AP) - A small plane crashed into a storage facility in suburban Harris County on Sunday, killing "
     "the pilot, the county sheriff said.",
     "United States", "Texas"),
]

# A third batch, written after the first fixes and before any fix of what it shows.
CASES += [
    ("foreign-training-place",
     "Ukrainian Su-27 crashes during training\nA Ukrainian Su-27 crashed in the Khmelnytskyi region on Thursday. "
     "The pilot, who had trained in Arizona in the United States, was killed.",
     "Ukraine", "Khmelnytskyi"),
    ("unknown-village-demonym",
     "Hezbollah says it downed Israeli drone\nHezbollah said its fighters shot down an Israeli Hermes 450 drone "
     "over the southern Lebanese village of Qlayaa-Foqa on Tuesday. Israel's army confirmed the loss.",
     "Lebanon", ANY),
    ("fronted-near",
     "Su-25 downed near Kramatorsk\nNear the town of Kramatorsk, a Ukrainian Su-25 attack jet was downed by a "
     "Russian missile on Sunday, the ministry in Moscow claimed.",
     "Ukraine", "Donetsk"),
    ("list-then-countryside",
     "Regime jet shot down\nAirstrikes hit Idlib, Aleppo and Hama on Friday. Rebels said they shot down a Syrian "
     "L-39 jet over Hama's northern countryside.",
     "Syria", "Hama"),
    ("quote-place",
     "Drone falls in Kirkuk\n\"The drone fell in an empty field in Kirkuk and nobody was hurt,\" the provincial "
     "governor told reporters in Baghdad on Wednesday.",
     "Iraq", "Kirkuk"),
    ("airport-town-lukla",
     "Plane crashes at Lukla\nA Twin Otter crashed while landing at Lukla airport in Nepal on Saturday, killing "
     "the two pilots.",
     "Nepal", "Koshi"),
    ("flew-from-to-crashed-in",
     "US tanker crashes in Turkey\nThe KC-135 had flown from Ramstein to Incirlik and crashed in a field in "
     "Adana province, Turkish officials said.",
     "Turkey", "Adana"),
    ("abkhazia",
     "Helicopter crashes in Abkhazia\nA Russian Mi-8 helicopter crashed near Sukhumi in Georgia's breakaway region "
     "of Abkhazia on Monday.",
     "Georgia", ANY),
    ("somaliland",
     "Plane crashes in Somaliland\nA cargo plane crashed on landing in Hargeisa, the main city of the breakaway "
     "region of Somaliland, on Friday.",
     "Somalia", ANY),
    ("alexandria-virginia",
     "Helicopter crash in Alexandria\nA Coast Guard helicopter crashed near Alexandria, Virginia, on Wednesday, "
     "killing two crew.",
     "United States", "Virginia"),
    ("london-ontario",
     "Training plane crashes in Ontario\nA Cessna 152 of a flying school crashed near London, Ontario, on "
     "Sunday. The student pilot was slightly hurt.",
     "Canada", "Ontario"),
    ("eastern-ukraine-no-region",
     "Russian jet shot down\nUkrainian forces shot down a Russian Su-25 in eastern Ukraine on Friday, the "
     "general staff said.",
     "Ukraine", None),
    ("city-admin1-islamabad",
     "Light aircraft crashes in Islamabad\nA light aircraft of a flying club crashed in a sector of Islamabad on "
     "Sunday, killing the pilot.",
     "Pakistan", "Islamabad"),
    ("city-admin1-nairobi",
     "Police plane crashes in Nairobi\nA Kenya Police Air Wing Cessna crashed shortly after take-off in Nairobi on "
     "Monday, the police said.",
     "Kenya", "Nairobi"),
    ("back-ref-province",
     "Rebels active in North Kivu\nM23 rebels have seized several towns in Congo's North Kivu province. On "
     "Tuesday an army Mi-24 helicopter crashed in the province, killing its crew.",
     "DR Congo", "North Kivu"),
    ("nonnative-at-of",
     "Airplane is crashed\nThe airplane of Pakistan Army is crashed at Sukkur of Sindh province in Monday morning, "
     "two officer are martyred.",
     "Pakistan", "Sindh"),
    ("over-sea-of-azov",
     "Ukraine claims Russian Be-12\nUkraine's navy said it shot down a Russian Be-12 patrol aircraft over the "
     "Sea of Azov on Wednesday.",
     None, None),
    ("strait-hormuz",
     "Drone downed over Gulf of Oman\nIran said it shot down a foreign drone over the Gulf of Oman on Sunday.",
     None, None),
]

# A fourth batch, written after the second round of fixes and before any fix of what it shows.
CASES += [
    ("km-from-foreign-town",
     "Syrian helicopter crashes near border\nA Syrian army helicopter crashed inside Syria about 10 km south of the "
     "Turkish town of Kilis on Monday, a war monitor said.",
     "Syria", ANY),
    ("the-capital-comma",
     "Iranian jet crashes in capital\nAn Iranian air force F-5 crashed into a school in the capital, Tehran, on "
     "Thursday, killing both pilots.",
     "Iran", "Tehran"),
    ("airport-named-for-town-abroad-departure",
     "Charter plane crashes in Alaska\nThe de Havilland Beaver, which had left Vancouver earlier in the week, "
     "crashed near Ketchikan, Alaska, on Saturday, killing all five aboard.",
     "United States", "Alaska"),
    ("region-backref-two-regions",
     "Drone attack on Kursk\nUkrainian drones attacked targets in Russia's Kursk and Bryansk regions overnight. "
     "A Russian Su-25 was shot down over the Bryansk region, Ukraine's army said.",
     "Russia", "Bryansk"),
    ("over-named-lake-border",
     "Plane lost over Lake Victoria\nA Tanzanian Precision Air ATR 42 crashed into Lake Victoria on approach to "
     "Bukoba airport in Tanzania's Kagera region on Sunday.",
     "Tanzania", "Kagera"),
    ("mogadishu-city",
     "Helicopter crash in Mogadishu\nAn African Union Mi-8 helicopter crashed on landing at Mogadishu airport on "
     "Tuesday, injuring three crew.",
     "Somalia", "Banaadir"),
    ("baghdad-city",
     "Iraqi jet crashes near Baghdad\nAn Iraqi air force L-159 crashed on the outskirts of Baghdad during a "
     "training flight on Sunday; the pilot was killed.",
     "Iraq", "Baghdad"),
    ("dhaka-city",
     "Trainer jet crashes into school in Dhaka\nA Bangladesh Air Force F-7 trainer crashed into a school building in "
     "Dhaka's Uttara area on Monday, killing at least 20 people.",
     "Bangladesh", "Dhaka"),
    ("alaska-bush",
     "Bush plane crashes near Bethel\nA Cessna 208 crashed about 12 miles southeast of Bethel on Thursday, Alaska "
     "State Troopers said. The pilot and two passengers survived.",
     "United States", "Alaska"),
    ("indonesian-regency",
     "Police helicopter missing in Papua\nAn Indonesian police Bell 412 crashed in Yahukimo regency, Highland Papua, "
     "on Friday, killing four officers.",
     "Indonesia", "Highland Papua"),
    ("wire-dateline-abroad",
     "MOSCOW, May 9 (Reuters) - A Ukrainian drone was shot down over the Tula region south of Moscow, the "
     "regional governor said on Thursday.",
     "Russia", "Tula"),
    ("ministry-capital-other-country",
     "Washington confirms drone loss over Yemen\nA US MQ-9 Reaper drone was shot down over Yemen's Saada province "
     "on Friday, officials in Washington said.",
     "Yemen", "Saada"),
    # found while checking the tuning parts: "while taking off from X" is a loss at X
    ("while-taking-off",
     "Indian fighter lost on take-off\nAn Indian Air Force Su-30MKI crashed while taking off from the Lohegaon "
     "air base near Pune on Monday. Both pilots ejected.",
     "India", "Maharashtra"),
    ("as-it-was-taking-off",
     "Cargo plane crashes at airstrip\nAn Antonov cargo plane crashed as it was taking off from Kismayo airport "
     "on Thursday, killing two crew, Somali officials said.",
     "Somalia", ANY),
    ("speaker-in-the-district",
     "Helicopter crashes in Nepal\nA rescue helicopter crashed on Tuesday while landing at Lukla airport, said a "
     "police officer in the district. Officials in Kathmandu and Ramechhap said all three aboard survived.",
     "Nepal", "Koshi"),
]


def _case_id(case: tuple) -> str:
    return case.values[0] if hasattr(case, "marks") else case[0]  # a pytest.param is itself a tuple


@pytest.mark.parametrize("name,text,country,admin1", CASES, ids=[_case_id(c) for c in CASES])
def test_main_incident_place(name: str, text: str, country: str | None, admin1: object) -> None:
    got_country, got_admin1 = main_place(text)
    if country is None:
        assert got_country is None, f"country {got_country!r} over open sea"
    else:
        assert same("location_country", country, got_country), f"country {got_country!r}, want {country!r}"
    if admin1 is ANY:
        return
    if admin1 is None:
        assert got_admin1 is None, f"admin1 {got_admin1!r}, want none"
    else:
        assert same("location_admin1", admin1, got_admin1), f"admin1 {got_admin1!r}, want {admin1!r}"

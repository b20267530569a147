import json

import pytest

from sitrep.clean import boilerplate_reason, clean, line_key, repeated_lines
from sitrep.models import Article

# Each article: (raw text, headline, story lines that must survive, clutter lines that must go).
MOUNTAIN_PASS = (
    """\
Military helicopter downed by missile near mountain pass, officials say
By Daniel Reyes, Regional Correspondent
Published 9 October 2023, 07:15 GMT
Share this article
A military helicopter was shot down by a surface-to-air missile near the Karsa mountain pass on Sunday, killing four soldiers on board, the defence ministry said.
Advertisement
The Mi-17 transport helicopter was carrying supplies to a border garrison when it was struck shortly after take-off, according to the ministry.
Wreckage of the helicopter lies on a slope below the pass. [Photo: Tomas Berg/Reuters]
"We have lost four brave men, and we will find those responsible," the defence minister said in a televised address.
Help arrived hours later, when a rescue team reached the crash site on foot.
Read more: Border Tensions Rise After Weekend Clashes
0:58 / 3:12
Two other crew members were pulled from the wreckage alive and taken to hospital in the regional capital.
Your support helps us keep our reporters in the field. Please subscribe today.
Rebel Commanders Claim Responsibility for Attacks on Supply Convoys in the North
Copyright 2023 Valley Courier. All rights reserved.
""",
    "Military helicopter downed by missile near mountain pass, officials say",
    [
        "A military helicopter was shot down by a surface-to-air missile near the Karsa mountain pass on Sunday, killing four soldiers on board, the defence ministry said.",
        "The Mi-17 transport helicopter was carrying supplies to a border garrison when it was struck shortly after take-off, according to the ministry.",
        '"We have lost four brave men, and we will find those responsible," the defence minister said in a televised address.',
        "Help arrived hours later, when a rescue team reached the crash site on foot.",
        "Two other crew members were pulled from the wreckage alive and taken to hospital in the regional capital.",
    ],
    [
        "By Daniel Reyes, Regional Correspondent",
        "Published 9 October 2023, 07:15 GMT",
        "Share this article",
        "Advertisement",
        "Wreckage of the helicopter lies on a slope below the pass. [Photo: Tomas Berg/Reuters]",
        "Read more: Border Tensions Rise After Weekend Clashes",
        "0:58 / 3:12",
        "Your support helps us keep our reporters in the field. Please subscribe today.",
        "Rebel Commanders Claim Responsibility for Attacks on Supply Convoys in the North",
        "Copyright 2023 Valley Courier. All rights reserved.",
    ],
)
CARGO_FOG = (
    """\
Cargo plane crashes on approach in heavy fog
We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.
12 March 2024
A cargo plane crashed while approaching the airport in heavy fog on Tuesday morning, killing both pilots, aviation authorities said.
Sign up for our free morning newsletter and get the day's top stories in your inbox.
The twin-engine aircraft, operated by a private freight company, came down in a field about two kilometres short of the runway.
    Investigators said the flight recorders had been recovered and would be sent abroad for analysis.
Video duration 01:32
Share on Facebook Share on X Share by email

Residents said they heard a loud bang before seeing smoke rise over the trees.\t
Cargo plane crashes on approach in heavy fog
Most read
ADVERTISEMENT
""",
    "Cargo plane crashes on approach in heavy fog",
    [
        "A cargo plane crashed while approaching the airport in heavy fog on Tuesday morning, killing both pilots, aviation authorities said.",
        "The twin-engine aircraft, operated by a private freight company, came down in a field about two kilometres short of the runway.",
        "Investigators said the flight recorders had been recovered and would be sent abroad for analysis.",
        "Residents said they heard a loud bang before seeing smoke rise over the trees.",
    ],
    [
        "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.",
        "12 March 2024",
        "Sign up for our free morning newsletter and get the day's top stories in your inbox.",
        "Video duration 01:32",
        "Share on Facebook Share on X Share by email",
        "Most read",
        "ADVERTISEMENT",
    ],
)
NAVY_JET = (
    """\
Advertisement
Breaking News
Navy fighter jet crashes into sea during training, pilot rescued
Updated: Tuesday 5 November 2024 18:02
A navy fighter jet crashed into the sea during a training flight on Tuesday, and its pilot ejected safely, the navy said in a statement.
A handout picture released by the navy shows the jet on the deck of the carrier before the flight.
If you value our reporting, please consider making a contribution today.
The pilot was picked up by a rescue helicopter about forty minutes after the crash and was in stable condition.
“You could hear the engine stop and then nothing,” a fisherman who watched from the shore told local television.
Related Stories
Pilot Ejects Safely as Fighter Jet Crashes During Training Exercise off the Coast
The navy has grounded its remaining jets of the same type while an inquiry is under way.
Join the conversation
""",
    "Navy fighter jet crashes into sea during training, pilot rescued",
    [
        "A navy fighter jet crashed into the sea during a training flight on Tuesday, and its pilot ejected safely, the navy said in a statement.",
        "The pilot was picked up by a rescue helicopter about forty minutes after the crash and was in stable condition.",
        "“You could hear the engine stop and then nothing,” a fisherman who watched from the shore told local television.",
        "The navy has grounded its remaining jets of the same type while an inquiry is under way.",
    ],
    [
        "Advertisement",
        "Breaking News",
        "Updated: Tuesday 5 November 2024 18:02",
        "A handout picture released by the navy shows the jet on the deck of the carrier before the flight.",
        "If you value our reporting, please consider making a contribution today.",
        "Related Stories",
        "Pilot Ejects Safely as Fighter Jet Crashes During Training Exercise off the Coast",
        "Join the conversation",
    ],
)
AIRFIELD_DRONES = (
    """\
Drone strike destroys two helicopters at airfield, analysts say
Listen to this article
Follow us on Telegram for live updates
Burn marks visible in satellite imagery from Thursday suggest two helicopters were destroyed where they had been parked.
Watch: drone footage of the strike on the airfield
Analysts said the attack was carried out with long-range drones launched from across the border.
“We saw the flashes from our village and we knew the base had been hit,” one resident said.
Comments
The defence ministry did not confirm the losses but said its air defences had intercepted several drones overnight.
Thursday 14 March 2024
Explore more on these topics
""",
    "Drone strike destroys two helicopters at airfield, analysts say",
    [
        "Burn marks visible in satellite imagery from Thursday suggest two helicopters were destroyed where they had been parked.",
        "Analysts said the attack was carried out with long-range drones launched from across the border.",
        "“We saw the flashes from our village and we knew the base had been hit,” one resident said.",
        "The defence ministry did not confirm the losses but said its air defences had intercepted several drones overnight.",
    ],
    [
        "Listen to this article",
        "Follow us on Telegram for live updates",
        "Watch: drone footage of the strike on the airfield",
        "Comments",
        "Thursday 14 March 2024",
        "Explore more on these topics",
    ],
)
ARTICLES = {"mountain_pass": MOUNTAIN_PASS, "cargo_fog": CARGO_FOG, "navy_jet": NAVY_JET, "airfield_drones": AIRFIELD_DRONES}
ids = list(ARTICLES)


@pytest.mark.parametrize("name", ids)
def test_story_kept_and_clutter_removed(name):
    raw, headline, story, clutter = ARTICLES[name]
    result = clean(raw)
    lines = result.text.split("\n")
    assert result.headline == headline
    assert lines == [headline, *story]  # every story sentence, in order, and nothing else
    removed = [line for line, _ in result.removed]
    for line in clutter:
        assert line in removed, line


@pytest.mark.parametrize("name", ids)
def test_removed_lines_carry_a_reason(name):
    result = clean(ARTICLES[name][0])
    assert result.removed
    assert all(isinstance(why, str) and why for _, why in result.removed)


def test_quote_with_we_and_help_sentence_survive_in_context():
    text = clean(MOUNTAIN_PASS[0]).text
    assert '"We have lost four brave men, and we will find those responsible,"' in text
    assert "\nHelp arrived hours later, when a rescue team reached the crash site on foot.\n" in text


def test_headline_is_first_line_that_is_not_furniture():
    result = clean(NAVY_JET[0])
    assert result.headline == "Navy fighter jet crashes into sea during training, pilot rescued"
    assert result.text.startswith(result.headline + "\n")
    assert "Breaking News" in [line for line, _ in result.removed]


def test_headline_printed_twice_is_dropped_as_repeat():
    result = clean(CARGO_FOG[0])
    assert result.text.count("Cargo plane crashes on approach in heavy fog") == 1
    assert ("Cargo plane crashes on approach in heavy fog", "repeat") in result.removed


def test_duplicate_lines_dropped_even_with_different_spacing_and_case():
    raw = (
        "Helicopter crew rescued after ditching at sea\n"
        "All three crew members were rescued by a passing fishing boat, the coastguard said.\n"
        "  ALL THREE CREW MEMBERS  were rescued by a passing fishing boat, the coastguard said. \n"
        "The helicopter sank within minutes.\n"
        "The helicopter sank within minutes.\n"
    )
    result = clean(raw)
    assert result.text.split("\n") == [
        "Helicopter crew rescued after ditching at sea",
        "All three crew members were rescued by a passing fishing boat, the coastguard said.",
        "The helicopter sank within minutes.",
    ]
    assert [why for _, why in result.removed] == ["repeat", "repeat"]


@pytest.mark.parametrize("name", ids)
def test_offset_map_runs_are_verbatim_copies_of_raw(name):
    raw = ARTICLES[name][0]
    result = clean(raw)
    assert result.offset_map
    covered = 0
    for clean_start, raw_start, length in result.offset_map:
        assert length > 0
        assert raw[raw_start : raw_start + length] == result.text[clean_start : clean_start + length]
        covered += length
    assert covered == len(result.text) - (len(result.offset_map) - 1)  # everything except the joining newlines
    starts = [c for c, _, _ in result.offset_map]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", ids)
def test_article_raw_offset_maps_clean_offsets_back(name):
    raw, _, story, _ = ARTICLES[name]
    result = clean(raw)
    article = Article(id=name, raw_text=raw, clean_text=result.text, offset_map=result.offset_map)
    for sentence in story:
        for word in sentence.split()[::3]:
            clean_at = result.text.index(sentence) + sentence.index(word)
            raw_at = article.raw_offset(clean_at)
            assert raw[raw_at : raw_at + len(word)] == word
    assert article.raw_offset(len(result.text) + 50) == -1


def test_raw_offset_skips_removed_lines_and_indentation():
    raw = CARGO_FOG[0]
    result = clean(raw)
    article = Article(id="fog", raw_text=raw, clean_text=result.text, offset_map=result.offset_map)
    sentence = "Investigators said the flight recorders"
    clean_at = result.text.index(sentence)
    assert article.raw_offset(clean_at) == raw.index(sentence)  # the raw line is indented by four spaces
    assert clean_at < raw.index(sentence)


@pytest.mark.parametrize("name", ids)
def test_cleaning_is_idempotent(name):
    first = clean(ARTICLES[name][0])
    second = clean(first.text)
    assert second.text == first.text
    assert second.removed == []


def test_empty_and_furniture_only_text():
    assert clean("").text == "" and clean("").headline is None
    result = clean("Advertisement\n\nShare this article\n0:31\n")
    assert result.text == "" and result.headline is None and result.offset_map == []
    assert len(result.removed) == 3


# --- single lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Help arrived hours later, when a second helicopter landed beside the wreck.",
        "Support for the rebels has grown in the region since the helicopter was lost.",
        "Watch towers along the border reported hearing two explosions.",
        "\"We saw it fall from the sky,\" a farmer said.",
        "The pilot, 34, had flown more than 2,000 hours.",
        "Seven people were on board, officials said.",
    ],
)
def test_story_sentences_are_not_furniture(line):
    assert boilerplate_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Read more: Crew Named After Helicopter Loss",
        "Copyright 2024 Harbour Gazette. All rights reserved.",
        "© 2024 Valley Courier Ltd. All rights reserved.",
        "Share this article",
        "Follow us on Telegram for live updates",
        "Your support helps us keep our reporters in the field.",
        "Subscribe now for unlimited access.",
        "Rescuers at the crash site on Wednesday (Ana Lopes/AFP via Getty Images)",
        "A handout picture released by the ministry shows the wreckage.",
        "Photo: A helicopter of the same type seen during an air show over the capital in 2019.",
        "Image: Smoke rises over the airfield after the strike, in a picture released by the army.",
        "Video: Footage shared online appears to show the moment the jet was hit.",
        "01:47 / 03:05",
        "Posted Monday 4 March 2024",
        "Comments",
        "Comments (14)",
    ],
)
def test_furniture_lines_are_recognised(line):
    assert boilerplate_reason(line) is not None
    raw = f"Headline about a lost helicopter\nThe helicopter was lost, the army said.\n{line}\n"
    assert clean(raw).text == "Headline about a lost helicopter\nThe helicopter was lost, the army said."


def test_four_word_line_without_full_stop_is_a_headline_only_in_the_headline_slot():
    line = "Jet lost over sea"
    assert boilerplate_reason(line, is_headline_slot=True) is None
    assert boilerplate_reason(line, is_headline_slot=False) == "short label"


def test_click_here_line_ending_in_a_full_stop_is_furniture():
    assert boilerplate_reason("Click here to get the latest updates.") is not None


def test_quote_continuing_into_next_paragraph_is_story():
    line = "“We ran outside and you could see the helicopter burning in the field behind the school."
    assert boilerplate_reason(line) is None


def test_headline_with_outlet_suffix_stays_the_headline():
    raw = (
        "Two pilots killed as helicopter crashes in mountains | World News\n"
        "Two pilots were killed when their helicopter crashed in the mountains on Monday, officials said.\n"
    )
    result = clean(raw)
    assert result.headline is not None and result.headline.startswith("Two pilots killed as helicopter crashes")


RESCUE_LINES = [
    "Helicopter crashes during rescue flight in the mountains",
    "A rescue helicopter crashed in the mountains on Saturday, killing two crew members, officials said.",
    "The crew had radioed that the weather was getting worse shortly before contact was lost.",
    "Mountain rescue teams reached the site after a climb of several hours.",
    "The bodies of both crew members were brought down to the valley on Sunday.",
]
RESCUE_END = "The helicopter had been searching for a missing climber when it lost contact with its base."


def test_section_label_does_not_swallow_story_lines_starting_with_it():
    story = "Middle East aviation authorities have opened an inquiry into the crash, according to a statement."
    raw = "\n".join([RESCUE_LINES[0], "Middle East", RESCUE_LINES[1], story, RESCUE_END]) + "\n"
    result = clean(raw)
    assert "Middle East" not in result.text.split("\n")
    assert story in result.text.split("\n")


@pytest.mark.parametrize(
    "after", ["Advertisement", "Witnesses said the burning helicopter looked like a fireball above the ridge."]
)
def test_comments_label_mid_article_does_not_end_the_story(after):
    raw = "\n".join([*RESCUE_LINES, "Comments", after, RESCUE_END]) + "\n"
    kept = clean(raw).text.split("\n")
    assert "Comments" not in kept
    assert RESCUE_END in kept


def test_real_comment_thread_at_the_end_is_dropped():
    thread = ["Comments", "skyline_77", "Terrible news, thoughts with the families.", "2 hours ago", "Reply"]
    raw = "\n".join([*RESCUE_LINES, RESCUE_END, *thread]) + "\n"
    assert clean(raw).text.split("\n") == [*RESCUE_LINES, RESCUE_END]


# --- boilerplate learned across articles --------------------------------------------------------

FOOTER = "Valley Courier is an independent newsroom serving the northern districts."


def test_line_under_three_differently_titled_articles_is_learned():
    texts = [
        ("Helicopter lost near pass", f"Helicopter lost near pass\nFour soldiers died.\n{FOOTER}\n"),
        ("Cargo plane crashes in fog", f"Cargo plane crashes in fog\nBoth pilots died.\n{FOOTER}\n"),
        ("Jet ditches at sea", f"Jet ditches at sea\n  {FOOTER.upper()}  \nThe pilot survived.\n"),
    ]
    learned = repeated_lines(texts)
    assert line_key(FOOTER) in learned
    assert line_key("Four soldiers died.") not in learned
    assert repeated_lines(texts[:2]) == set()  # two titles are not enough
    assert line_key(FOOTER) in repeated_lines(texts[:2], min_articles=2)


def test_line_shared_by_versions_of_one_story_is_not_learned():
    sentence = "The helicopter came down shortly after take-off, killing four soldiers."
    texts = [
        ("Helicopter lost near pass", f"Helicopter lost near pass\n{sentence}\n"),
        ("Helicopter lost near pass", f"Helicopter lost near pass\n{sentence}\nThe army gave no cause.\n"),
        ("  HELICOPTER LOST NEAR PASS ", f"Helicopter lost near pass\n{sentence}\nUpdated with the crew's names.\n"),
    ]
    assert repeated_lines(texts) == set()


def test_learned_line_is_removed_by_clean_as_outlet_repeat():
    raw = f"Jet ditches at sea\nThe pilot ejected and was rescued.\n{FOOTER}\n"
    assert FOOTER in clean(raw).text  # a full sentence: only learning can tell it is furniture
    result = clean(raw, repeated={line_key(FOOTER)})
    assert FOOTER not in result.text
    assert (FOOTER, "outlet repeat") in result.removed
    assert result.text == "Jet ditches at sea\nThe pilot ejected and was rescued."


# --- the seed articles --------------------------------------------------------------------------


def test_seed_articles_lose_their_gold_boilerplate_and_keep_their_title(seeds_dir):
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    checked = 0
    for article_id, facts in gold.items():
        path = seeds_dir / article_id
        if not path.is_file():
            continue
        result = clean(path.read_text(encoding="utf-8"))
        assert result.headline == facts["title"], article_id
        kept = result.text.split("\n")
        for prefix in facts.get("boilerplate_lines_start_with", []):
            assert not any(line.startswith(prefix) for line in kept), (article_id, prefix)
        checked += 1
    assert checked >= 1

"""The relevance screen lets every article about an aircraft loss through and stops most others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.clean import clean
from sitrep.models import Article
from sitrep.read import read_paths
from sitrep.screen import likely_about_aircraft_loss

ROOT = Path(__file__).resolve().parents[1]
GOLD_SETS = [ROOT / "gold" / "tune", ROOT / "gold" / "holdout", ROOT / "samples"]


def _passes(article: Article) -> bool:
    result = clean(article.raw_text)  # the pipeline screens the clean text
    return likely_about_aircraft_loss(result.text, article.title or result.headline)


def _gold_articles(folder: Path, gold: Path) -> list[tuple[Article, bool]]:
    records = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    articles = [a for a in read_paths([folder]) if isinstance(a, Article)]
    assert len(articles) == len(records)
    return [(a, bool(records[a.id]["incidents"])) for a in articles]


@pytest.mark.parametrize("part", GOLD_SETS, ids=lambda p: p.name)
def test_every_gold_article_with_an_incident_passes(part: Path) -> None:
    folder = part / "articles" if (part / "articles").is_dir() else part
    pairs = _gold_articles(folder, part / "gold.json")
    missed = [a.id for a, relevant in pairs if relevant and not _passes(a)]
    assert missed == []
    assert sum(relevant for _, relevant in pairs) >= 10


def test_every_seed_article_with_an_incident_passes(seeds_dir: Path) -> None:
    pairs = _gold_articles(seeds_dir, seeds_dir / "gold.json")
    assert [a.id for a, relevant in pairs if relevant and not _passes(a)] == []


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian Mi-8 helicopter came down near Kupiansk on Sunday, the general staff said.",
        "Air defence units neutralised a reconnaissance drone over the Belgorod region overnight.",
        "Rescuers reached the wreckage of the Cessna 208 on a ridge north of the valley.",
        "An airliner with 64 people aboard lost contact with controllers shortly before landing.",
        "Investigators said the F-16 was struck by a surface-to-air missile.",
        # the aircraft named in one sentence, the loss told in the next ("It came down ...")
        "An army Mi-17 was flying supplies to the garrison.\nIt came down in a wheat field, officials said.",
    ],
)
def test_an_article_naming_an_aircraft_and_a_loss_passes(text: str) -> None:
    assert likely_about_aircraft_loss(f"Morning briefing\n{text}\nMore news later.")


@pytest.mark.parametrize(
    "text",
    [
        # a loss word without an aircraft
        "Shares in the carmaker crashed 12 per cent after it cut its profit forecast.\nAnalysts expect more cuts.",
        "The striker was shot down by a late tackle and the referee gave a penalty.",
        # an aircraft without a loss
        "The airline will take delivery of six Airbus A320neo jets next year, its chief executive said.",
        "Crowds watched a Mi-24 helicopter display at the open day on Saturday.",
        # a word that is an aircraft only in other company
        "Voters gave the rebel fighters' political wing a third of the seats; the ruling party's share fell.",
    ],
)
def test_other_news_is_screened_out(text: str) -> None:
    assert not likely_about_aircraft_loss(text, "Business and local news")


def test_the_title_counts_as_a_line() -> None:
    assert likely_about_aircraft_loss("Officials gave no further details.", "Army helicopter shot down in the north")


def test_a_screened_out_article_is_stored_as_not_relevant(tmp_path: Path) -> None:
    from conftest import require_pipeline

    require_pipeline()
    from sitrep.pipeline import process_article
    from sitrep.read import from_text
    from sitrep.screen import NOTE

    text = (
        "Town council approves budget after long debate over road repairs\n"
        "The town council approved its annual budget on Monday after a long debate about road repairs.\n"
    )
    processed = process_article(from_text(text, article_id="budget.txt", origin="budget.txt"))
    assert processed.mentions == [] and processed.note == NOTE
    article = processed.article  # cleaned and dated like any article the NLP read
    assert (article.title, article.language) == ("Town council approves budget after long debate over road repairs", "en")
    assert article.clean_text.strip().endswith("road repairs.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Favourite shot down in drone racing final as rookie takes the title\n"
         "His drone clipped the last gate and crashed into the netting, ending his run.", False),
        ("Mock dogfight thrills crowd as 'shot down' jet trails smoke\n"
         "One display jet trailed red smoke after it was shot down in the simulated battle.", False),
        ("Mock attack drill turns real as Mi-8 crashes at air show\n"
         "The Mi-8 crashed in front of the crowd during the display.", True),
    ],
)
def test_a_headline_about_a_game_or_show_screens_out_unless_a_type_is_named(text: str, expected: bool) -> None:
    assert likely_about_aircraft_loss(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "'Ice Runway' review: a thriller that stalls\nThe film opens with a cargo plane crashing on a glacier. "
        "The director keeps the camera in the cockpit, and the cast of six is excellent. The script falters "
        "in the second hour. It opens in cinemas next week.",
        "Novel review: the last flight of the Albatross\nIn her third novel the author sends a seaplane into a storm; "
        "it crashes off a remote island and the plot follows the survivors. Each chapter is told by a different "
        "passenger, and the fictional airline feels real.",
        "TV series review: 'Mayday Ward' returns\nThe new season of the hospital drama starts with a helicopter "
        "crash on the roof. The actress who plays the chief surgeon is superb, and the episode ends on a cliffhanger "
        "that the trailer gave away. Streaming on Fridays.",
    ],
)
def test_a_review_of_a_film_book_or_show_is_screened_out(text):
    assert not likely_about_aircraft_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "Film crew among dead as helicopter crashes\nA helicopter carrying a film crew crashed on Sunday near the "
        "coast, killing the pilot and a director shooting a documentary, police said.",
        "Plane that inspired a movie crashes in Alaska\nA de Havilland Beaver crashed on Monday near Juneau, officials said.",
    ],
)
def test_real_crashes_that_name_films_still_pass(text):
    assert likely_about_aircraft_loss(text)

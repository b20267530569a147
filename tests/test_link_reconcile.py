"""Linking rules and reconciliation on hand-built mentions (no NLP involved)."""

from sitrep.link import cannot_link, choose_incident, date_window, score
from sitrep.models import Evidence, Mention
from sitrep.reconcile import derive_cause, find_conflicts, reconcile, status


def profile(**fields):
    base = {"article_id": "a.txt", "mention_id": "a.txt#0", "date": None, "precision": None, "date_lo": None,
            "date_hi": None, "model": None, "family": None, "category": None, "country": None, "admin1": None,
            "place": None, "operator": None, "cause": None, "perpetrator": None, "killed": None, "words": []}
    base.update(fields)
    if base["date"] and base["precision"] in ("day", "month", "year"):
        base["date_lo"], base["date_hi"] = date_window(base["date"], base["precision"])
    return base


def test_same_incident_told_twice_scores_above_threshold():
    first = profile(article_id="x.txt", date="--03-14", precision="month_day", model="MQ-9", family="MQ-9",
                    category="drone", country="Romania", operator="United States", cause="collision", killed=0,
                    words=["reaper", "black", "sea", "fuel", "collided"])
    second = profile(article_id="y.txt", date="2023-03-14", precision="day", model="MQ-9", family="MQ-9",
                     category="drone", country="Romania", operator="United States", cause="collision",
                     words=["reaper", "black", "sea", "drone", "pentagon"], incident_id="inc-1")
    assert not cannot_link(first, second)
    assert choose_incident(first, [second]) [0] == "inc-1"


def test_look_alikes_are_kept_apart():
    may = profile(article_id="a.txt", date="2023-05-16", precision="day", model="Mi-24", family="Mi-24",
                  category="helicopter", country="Mali")
    january = profile(article_id="b.txt", date="2023-01-20", precision="day", model="Mi-35", family="Mi-24",
                      category="helicopter", country="Mali", incident_id="inc-2")
    assert cannot_link(may, january)
    assert choose_incident(may, [january]) == (None, 0.0)


def test_different_families_or_same_article_never_link():
    a = profile(article_id="a.txt", family="Mi-8", category="helicopter")
    assert cannot_link(a, profile(article_id="b.txt", family="Mi-28", category="helicopter"))
    assert cannot_link(a, profile(article_id="a.txt", family="Mi-8", category="helicopter"))
    assert cannot_link(a, profile(article_id="b.txt", category="fighter"))


def test_weak_evidence_is_not_enough():
    a = profile(article_id="a.txt", category="fighter", operator="Russia")
    b = profile(article_id="b.txt", category="fighter", operator="Russia", country="Turkey", incident_id="inc-3")
    assert score(a, b) < 0.55
    assert choose_incident(a, [b])[0] is None


def mention(article, *statements, role="main"):
    m = Mention(article_id=article, index=0, role=role)
    for field, value, who, stance in statements:
        m.add(field, value, Evidence(text=f"{who} says {value}.", start=0, end=1, attributed_to=who, stance=stance))
    return m


def test_cause_rules():
    ev = lambda stance: Evidence("s", 0, 1, "x", stance)  # noqa: E731
    from sitrep.models import Statement

    assert derive_cause([Statement("crashed", ev("asserted")), Statement("shot_down", ev("denied"))]) == "crashed"
    assert derive_cause([Statement("shot_down", ev("claimed"))]) == "disputed"
    assert derive_cause([Statement("shot_down", ev("asserted")), Statement("crashed", ev("asserted"))]) == "shot_down"
    assert derive_cause([Statement("shot_down", ev("asserted")), Statement("shot_down", ev("denied"))]) == "disputed"


def test_reconcile_keeps_every_source_and_lists_conflicts():
    a = mention("a.txt", ("killed", 3, "the army", "asserted"), ("cause", "crashed", "the army", "asserted"),
                ("location", {"country": "Mali", "admin1": "Mopti", "place": None, "lat": 1.0, "lon": 2.0,
                              "precision": "admin1"}, "the army", "asserted"))
    b = mention("b.txt", ("killed", 2, "a local official", "asserted"), ("cause", "shot_down", "militants", "claimed"),
                ("location", {"country": "Mali", "admin1": "Mopti", "place": "Boni", "lat": 1.1, "lon": 2.1,
                              "precision": "place"}, "a local official", "asserted"))
    record = reconcile([a, b], {"a.txt": {"url": "https://a.example/1"}, "b.txt": {}})
    assert record["killed"] == 2  # tie between 3 and 2: the lower
    assert record["casualty_ranges"]["killed"] == {"low": 2, "best": 2, "high": 3}
    assert record["location"]["place"] == "Boni" and record["location"]["admin1"] == "Mopti"
    assert record["cause"] == "disputed"
    assert {c["field"] for c in record["conflicts"]} == {"killed"}
    killed_sources = {v["value"]: [s["attributed_to"] for s in v["sources"]] for v in record["values"]["killed"]}
    assert killed_sources == {3: ["the army"], 2: ["a local official"]}
    assert record["values"]["killed"][0]["sources"][0]["url"] == "https://a.example/1"


def test_status():
    denial = mention("a.txt", ("cause", "crashed", "ministry", "asserted"), ("cause", "shot_down", "ministry", "denied"))
    claim = mention("b.txt", ("cause", "shot_down", "rebels", "asserted"))
    conflicts = find_conflicts([denial, claim])
    assert status([denial, claim], {"cause": "disputed"}, conflicts) == "disputed"
    rumour = mention("c.txt", ("cause", "shot_down", "the outlet", "unconfirmed"))
    assert status([rumour], {"cause": "disputed"}, []) == "unconfirmed"
    two = [mention("d.txt", ("cause", "shot_down", "ministry", "asserted")),
           mention("e.txt", ("cause", "shot_down", "the outlet", "asserted"))]
    assert status(two, {"cause": "shot_down"}, []) == "confirmed"
    assert status(two[:1], {"cause": "shot_down"}, []) == "claimed"

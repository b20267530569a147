"""Linking rules and reconciliation on hand-built mentions (no NLP involved)."""

from sitrep.link import LINK_THRESHOLD, cannot_link, cluster, date_window, decide, index_keys, probe_keys, score
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


def choose(new, candidates):
    """The incident `new` joins among single-mention incidents, or None for a new one."""
    by_id = {c["incident_id"]: [c] for c in candidates}
    decision = decide(new, candidates, lambda i: by_id[i], lambda i: sorted(by_id).index(i))
    return None if decision.created else decision.incident_id


def test_same_incident_told_twice_scores_above_threshold():
    first = profile(article_id="x.txt", date="--03-14", precision="month_day", model="MQ-9", family="MQ-9",
                    category="drone", country="Romania", operator="United States", cause="collision", killed=0,
                    words=["reaper", "black", "sea", "fuel", "collided"])
    second = profile(article_id="y.txt", date="2023-03-14", precision="day", model="MQ-9", family="MQ-9",
                     category="drone", country="Romania", operator="United States", cause="collision",
                     words=["reaper", "black", "sea", "drone", "pentagon"], incident_id="inc-1")
    assert not cannot_link(first, second)
    assert score(first, second) >= LINK_THRESHOLD
    assert choose(first, [second]) == "inc-1"


def test_look_alikes_are_kept_apart():
    may = profile(article_id="a.txt", date="2023-05-16", precision="day", model="Mi-24", family="Mi-24",
                  category="helicopter", country="Mali")
    january = profile(article_id="b.txt", date="2023-01-20", precision="day", model="Mi-35", family="Mi-24",
                      category="helicopter", country="Mali", incident_id="inc-2")
    assert cannot_link(may, january)
    assert choose(may, [january]) is None


def test_different_families_or_same_article_never_link():
    a = profile(article_id="a.txt", family="Mi-8", category="helicopter")
    assert cannot_link(a, profile(article_id="b.txt", family="Mi-28", category="helicopter"))
    assert cannot_link(a, profile(article_id="a.txt", family="Mi-8", category="helicopter"))
    assert cannot_link(a, profile(article_id="b.txt", category="fighter"))


def test_weak_evidence_is_not_enough():
    a = profile(article_id="a.txt", category="fighter", operator="Russia")
    b = profile(article_id="b.txt", category="fighter", operator="Russia", country="Turkey", incident_id="inc-3")
    assert score(a, b) < LINK_THRESHOLD
    assert choose(a, [b]) is None


REPORT = dict(model="Su-25", family="Su-25", category="fighter", country="Ukraine", operator="Russia", cause="shot_down")


def report(article, date, **fields):
    return profile(article_id=article, mention_id=f"{article}#0", date=date, precision="day", **{**REPORT, **fields})


def test_a_report_that_bridges_two_incidents_merges_them_into_the_older():
    # Two reports too thin to link to each other, then a fuller one that matches both.
    first = report("a.txt", "2022-03-01", words=["pilot", "ejected", "kherson"], country=None, cause=None)
    second = report("b.txt", "2022-03-01", words=["attack", "jet", "downed"], operator=None, model=None, family=None)
    assert score(first, second) < LINK_THRESHOLD
    bridge = report("c.txt", "2022-03-01", words=["pilot", "ejected", "kherson", "attack", "jet", "downed"])
    assignment = cluster([first, second, bridge])
    assert len(set(assignment.values())) == 1
    assert assignment["c.txt#0"] == cluster([first])["a.txt#0"]  # the oldest incident's id survives


def test_a_bridge_never_merges_incidents_that_cannot_link():
    march_1 = report("a.txt", "2022-03-01", words=["pilot", "ejected"])
    march_9 = report("b.txt", "2022-03-09", words=["pilot", "ejected"])
    vague = profile(article_id="c.txt", mention_id="c.txt#0", date="2022-03", precision="month", **REPORT,
                    words=["pilot", "ejected"])
    assignment = cluster([march_1, march_9, vague])
    assert assignment["a.txt#0"] != assignment["b.txt#0"]
    assert assignment["c.txt#0"] in (assignment["a.txt#0"], assignment["b.txt#0"])


def test_clustering_does_not_depend_on_arrival_order_for_clear_cases():
    reports = [report(f"{n}.txt", "2022-03-01", words=["pilot", "ejected", "kherson"]) for n in "abc"]
    others = [report(f"{n}.txt", "2022-07-19", words=["crew", "killed", "donetsk"], model="Su-24", family="Su-24")
              for n in "def"]
    forward = cluster(reports + others)
    backward = cluster(list(reversed(reports + others)))
    groups = lambda a: sorted(sorted(m for m in a if a[m] == i) for i in set(a.values()))  # noqa: E731
    assert groups(forward) == groups(backward) == [["a.txt#0", "b.txt#0", "c.txt#0"], ["d.txt#0", "e.txt#0", "f.txt#0"]]


BLOCK_CASES = [
    profile(date="2022-03-01", precision="day", category="fighter"),
    profile(date="2022-03-30", precision="day", category="fighter"),
    profile(date="2022-04-02", precision="day", category="fighter"),
    profile(date="2022-03", precision="month", category="helicopter"),
    profile(date="2022-03-02", precision="day", category="aircraft"),
    profile(date="2022", precision="year", category=None),
    profile(date="--03-01", precision="month_day", category="fighter"),
    profile(category="fighter"),
    profile(category="aircraft"),
    profile(family="Su-25", category="fighter", country="Ukraine"),
    profile(category="fighter", country="Ukraine"),
    profile(date="2022-03-01", precision="day", family="Su-25", category="fighter", country="Russia"),
    profile(date="2021-03-01", precision="day", category="fighter"),
]


def is_candidate(new, stored):
    return bool(probe_keys(new) & index_keys(stored))


def test_blocking_is_symmetric():
    for a in BLOCK_CASES:
        for b in BLOCK_CASES:
            assert is_candidate(a, b) == is_candidate(b, a), (a, b)


def test_blocking_keeps_every_pair_that_could_link():
    fighter_1_march, fighter_30_march, fighter_2_april, helicopter, generic, year, no_year, undated, *_ = BLOCK_CASES
    assert is_candidate(fighter_1_march, fighter_30_march)
    assert is_candidate(fighter_30_march, fighter_2_april)  # windows overlap across the month boundary
    assert is_candidate(generic, fighter_1_march) and is_candidate(generic, helicopter)
    assert is_candidate(year, fighter_2_april)
    assert is_candidate(no_year, fighter_1_march) and is_candidate(undated, fighter_1_march)
    assert not is_candidate(fighter_1_march, helicopter)
    assert not is_candidate(fighter_1_march, BLOCK_CASES[-1])  # a year apart
    su25_undated, fighter_in_ukraine_undated, su25_in_russia = BLOCK_CASES[-4:-1]
    assert is_candidate(su25_undated, su25_in_russia)  # an undated mention meets its family at any time
    assert is_candidate(su25_undated, fighter_in_ukraine_undated)
    assert not is_candidate(fighter_in_ukraine_undated, su25_in_russia)


def test_an_undated_report_of_a_type_meets_a_dated_report_naming_only_its_maker():
    """"An Antonov An-26 crashed on Monday 22 September" (no year known) and "an Antonov cargo plane
    crashed on Monday" in a dated report from the same country are compared, and link."""
    undated_an26 = profile(article_id="x.txt", date="--09-22", precision="month_day", model="An-26",
                           family="An-26", category="transport", country="Libya", place="Kufra",
                           operator="Libya", cause="crashed", killed=5, words=["antonov", "kufra", "approach"])
    dated_antonov = profile(article_id="y.txt", mention_id="y.txt#0", date="2025-09-22", precision="day",
                            category="transport", country="Libya", place="Kufra", operator="Libya",
                            cause="disputed", killed=4, words=["antonov", "kufra", "cargo"])
    elsewhere = profile(article_id="z.txt", mention_id="z.txt#0", date="2025-09-22", precision="day",
                        category="transport", country="Chad")
    assert is_candidate(undated_an26, dated_antonov) and is_candidate(dated_antonov, undated_an26)
    assert not is_candidate(undated_an26, elsewhere)
    assert score(undated_an26, dated_antonov) >= LINK_THRESHOLD


def test_places_agree_by_name_region_or_distance():
    base = dict(date="2020-10-05", precision="day", family="Su-25", category="fighter")
    town = profile(article_id="a.txt", country="Armenia", admin1="Syunik", place="Goris", lat=39.51, lon=46.34, **base)
    region = profile(article_id="b.txt", country="Armenia", admin1="Syunik", lat=39.2, lon=46.4, **base)
    across_border = profile(article_id="c.txt", country="Azerbaijan", admin1="Lachin", lat=39.64, lon=46.55, **base)
    far_abroad = profile(article_id="d.txt", country="Azerbaijan", admin1="Baku", lat=40.41, lon=49.87, **base)
    assert score(town, region) > score(town, far_abroad)
    assert score(town, across_border) > score(town, far_abroad)  # 25 km apart, told from both sides
    assert score(town, far_abroad) < score(town, profile(article_id="e.txt", **base))  # a wrong country costs


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

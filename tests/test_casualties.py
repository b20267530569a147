"""Casualty counts, on sentences written for these tests."""

import pytest

from sitrep.extract.casualties import casualty_cues, count_value


def counts(text: str) -> set[tuple[str, int]]:
    cues = casualty_cues(text)
    for cue in cues:
        assert 0 <= cue.start < cue.end <= len(text)
    return {(c.field, c.value) for c in cues}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # words and numerals
        ("Seventeen passengers and four crew were killed when the airliner came down.", {("killed", 21)}),
        ("The helicopter crashed, killing twenty-three soldiers.", {("killed", 23)}),
        ("Army plane crashes near the airfield, killing all six crew", {("killed", 6), ("on_board", 6)}),
        ("Helicopter crashes in the hills, killing four", {("killed", 4)}),
        ("Seven killed as cargo plane crashes on landing", {("killed", 7)}),
        ("The drone strike on the convoy killed dozens of soldiers.", {("killed", 12)}),  # ACLED: dozens = 12
        # "all" and "both" make the whole crew
        ("A gunship went down, killing both pilots.", {("killed", 2), ("on_board", 2)}),
        ("The jet was shot down, killing its two crew.", {("killed", 2), ("on_board", 2)}),
        ("Four people on board were killed, the airline said.", {("killed", 4)}),  # maybe not everyone aboard
        ("Nine people were on board the small plane.", {("on_board", 9)}),
        ("There were eleven passengers on board.", {("on_board", 11)}),
        # a part of a whole
        ("Twelve of the 40 people on board were killed.", {("killed", 12), ("on_board", 40)}),
        ("One of its three crew members was taken to hospital.", {("wounded", 1), ("on_board", 3)}),
        ("Searchers found two members of the five-man crew alive.", {("on_board", 5)}),
        ("The bomber's three-man crew ejected over the sea.", {("on_board", 3)}),
        # a count and its breakdown
        ("All 58 people on board, 52 passengers and six crew, were killed.", {("killed", 58), ("on_board", 58)}),
        ("All five crew - three pilots and two loadmasters - were found dead.", {("killed", 5), ("on_board", 5)}),
        (
            "The helicopter crashed, killing all four soldiers on board and a farmer on the ground.",
            {("killed", 5), ("on_board", 4)},
        ),
        # survivors, the injured, a rising toll
        # a safe ejection is an unhurt one (gold/README)
        ("Both pilots ejected safely and were picked up by a patrol.", {("on_board", 2), ("killed", 0), ("wounded", 0)}),
        ("Both crew were rescued alive, one with light injuries.", {("on_board", 2), ("killed", 0), ("wounded", 1)}),
        ("Three other marines remain in hospital.", {("wounded", 3)}),
        ("The navigator was injured and the pilot was killed.", {("killed", 1), ("wounded", 1)}),
        ("A third soldier has died of his wounds, the army said.", {("killed", 3)}),
        ("Rescuers recovered eight bodies from the wreck.", {("killed", 8)}),
        ("They published the names of the three airmen, all of whom died in the crash.", {("killed", 3), ("on_board", 3)}),
        # nobody
        ("Nobody was killed, officials said.", {("killed", 0)}),
        ("No one on the ground was injured.", {("wounded", 0)}),
        ("The pilot ejected and was unhurt.", {("killed", 0), ("wounded", 0)}),
        ("There were no casualties, the ministry said.", {("killed", 0)}),
        (
            "The airliner, carrying 88 people, crashed on take-off, killing everyone on board.",
            {("on_board", 88), ("killed", 88)},
        ),
        # "both" of a crew is the whole crew; "none ... survived" is everyone dead
        ("Both members of the crew died when the trainer hit the ridge.", {("killed", 2), ("on_board", 2)}),
        ("None of the 14 people aboard survived, the regional governor said.", {("killed", 14), ("on_board", 14)}),
        # a named person and "N other(s)", a list of crew roles
        ("The commander, Colonel Ivan Petrov, and six other servicemen died in the crash.", {("killed", 7)}),
        ("The blast killed the pilot and three others.", {("killed", 4)}),
        ("Its pilot and co-pilot bailed out before the jet hit the sea.", {("on_board", 2)}),
        ("Four marines were killed and two others were hurt.", {("killed", 4), ("wounded", 2)}),
        # one more, the wounded pilot, survivors taken to hospital
        ("Four marines were killed and a fifth was wounded when the tiltrotor went down.", {("killed", 4), ("wounded", 1)}),
        ("The navigator ejected over the lake and suffered burns to his hands.", {("wounded", 1), ("killed", 0)}),
        ("The co-pilot was later found injured in a field.", {("wounded", 1)}),
        ("The co-pilot ejected but was not hurt.", {("killed", 0), ("wounded", 0)}),
        ("Three passengers survived and were flown to hospital in the capital.", {("wounded", 3), ("killed", 0)}),
        ("The strike forced its pilot to eject over friendly lines.", {("killed", 0)}),
    ],
)
def test_casualty_counts(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At least eight servicemen have died in such crashes since September.",
        "The toll has risen to 14 soldiers in the district.",
        "The crash brings the number of pilots killed this year to six.",
        "Fighting near the town has killed 40 soldiers in recent weeks.",
        # the toll of ground fighting or of another loss
        "The drone fell near the village, where shelling killed nine civilians on Sunday.",
        "Eleven soldiers were killed in fierce fighting around the airfield that day.",
        "The gunship went down two days after an earlier crash that killed six crew.",
    ],
)
def test_running_totals_and_other_tolls_are_not_an_incident_toll(sentence):
    assert counts(sentence) == set()


def test_a_superlative_since_is_not_a_running_total():
    text = "The crash killed all 19 people on board, the deadliest accident in the region since 2011."
    assert counts(text) == {("killed", 19), ("on_board", 19)}


def test_model_numbers_and_names_are_not_counts():
    assert counts("A Su-25 pilot killed on a combat sortie, the air force said.") == {("killed", 1)}
    assert counts("Its pilot, Major Anna Kovacs, was killed.") == {("killed", 1)}


def test_count_value_adds_joined_counts_but_not_a_breakdown():
    assert count_value("three crew members and two officers") == 5
    assert count_value("58 people, 52 passengers and six crew") == 58


def test_nobody_survived_is_no_zero_toll():
    assert ("killed", 0) not in counts("No one on board survived the impact.")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a crew named by roles, with or without a determiner, and a relative clause
        ("Police named the pilot and navigator who were killed when the jet hit the ridge.", {("killed", 2)}),
        ("Gunner and pilot killed as attack helicopter crashes in desert", {("killed", 2)}),
        ("The pilot and navigator who survived the crash were questioned.", {("killed", 0)}),
        # "with injuries" after a verb phrase; "with no injuries" is nobody hurt
        ("Three soldiers were flown out of the valley with serious injuries.", {("wounded", 3)}),
        ("Three soldiers were flown out of the valley with no injuries.", {("wounded", 0)}),
        # one person on the ground, named by a word for anyone
        ("The glider hit a barn, killing a farmer who was feeding cattle.", {("killed", 1)}),
        ("The glider hit a barn, killing a calf in the yard.", set()),
        # a count used as a noun, and a determiner after "injuring"
        ("Doctors said the four wounded were in a stable condition.", {("wounded", 4)}),
        ("The rotor blade broke off, injuring the two mechanics.", {("wounded", 2)}),
        ("The four wounded soldiers were in a stable condition.", set()),
    ],
)
def test_crew_roles_relative_clauses_and_nominal_counts(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dead and the survivors together are everyone aboard
        ("Four of them died and two others survived after the floatplane flipped.", {("killed", 4), ("on_board", 6)}),
        ("Two soldiers died and three were wounded.", {("killed", 2), ("wounded", 3)}),
        # a relative clause between the count and its verb
        ("All four crew members of the trainer that went down near the ridge were injured.", {("wounded", 4)}),
        ("Three of the crew were treated for shock.", set()),
        # "treated for" an injury is being wounded; a bare "Both" subject is two people
        ("Both were treated for fractured legs at a regional clinic.", {("wounded", 2)}),
        ("Both were grounded after the inspection.", set()),
    ],
)
def test_split_outcomes_relative_clause_and_treated(text: str, expected: set[tuple[str, int]]) -> None:
    assert counts(text) == expected


def parsed_counts(text: str) -> set[tuple[str, int]]:
    """Counts read with the sentence's dependency parse, as the pipeline reads them."""
    from sitrep.nlp import analyze

    found = set()
    for span in analyze(text).sents:
        for cue in casualty_cues(span.text, span):
            assert 0 <= cue.start < cue.end <= len(span.text)
            found.add((cue.field, cue.value))
    return found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a second verb whose count has no noun of its own
        ("The gunship crashed on take-off, killing two soldiers and wounding three.", {("killed", 2), ("wounded", 3)}),
        ("A transport plane overshot the runway, killing one crew member and injuring four, the ministry said.",
         {("killed", 1), ("wounded", 4)}),
        ("The blast killed six and injured eleven, police said.", {("killed", 6), ("wounded", 11)}),
        # "leaving N dead", "left N injured"
        ("Two helicopters collided over the bay, leaving all four occupants dead.", {("killed", 4), ("on_board", 4)}),
        ("The hard landing left five passengers injured.", {("wounded", 5)}),
        ("The mid-air collision left both pilots dead, investigators said.", {("killed", 2), ("on_board", 2)}),
        # in hospital, however it is said
        ("The two other soldiers aboard were recovering in hospital.", {("wounded", 2)}),
        ("Two were taken to hospital with injuries.", {("wounded", 2)}),
        ("Three crew members are being treated in hospital in the capital.", {("wounded", 3)}),
        ("One of them was treated at hospital for hypothermia.", {("wounded", 1)}),
        # a count far from its verb
        ("The two pilots of the cargo plane, which belongs to a local company, were pulled from the wreck with injuries.",
         {("wounded", 2)}),
        ("Five passengers, including a child, suffered burns.", {("wounded", 5)}),
        # everyone aboard hurt: that many aboard, nobody dead
        ("All three crew members were injured.", {("wounded", 3), ("on_board", 3), ("killed", 0)}),
        ("Both pilots suffered serious injuries.", {("wounded", 2), ("on_board", 2), ("killed", 0)}),
        ("All six people aboard were hurt, the fire brigade said.", {("wounded", 6), ("on_board", 6), ("killed", 0)}),
        # not surviving is dying; lives lost
        ("The pilot and a 64-year-old passenger did not survive.", {("killed", 2)}),
        ("Two of the passengers did not survive.", {("killed", 2)}),
        ("The instructor lost his life in the crash.", {("killed", 1)}),
        # "crew of a passing boat" is no crew size
        ("Survivors were picked up by the crew of a passing trawler.", set()),
        ("The crew of an oil tanker spotted the wreck at dawn.", set()),
        ("A crew of three was aboard the trainer.", {("on_board", 3)}),
        # crew and passengers in separate phrases
        ("The pilot and four passengers were killed.", {("killed", 5)}),
        ("The floatplane was carrying a pilot and six passengers.", {("on_board", 7)}),
        ("A crew of two and three passengers were on board.", {("on_board", 5)}),
        # the only one aboard
        ("The pilot, the sole occupant, was killed.", {("killed", 1), ("on_board", 1)}),
        ("The Cessna, with only its pilot aboard, was heading north.", {("on_board", 1)}),
        ("The instructor was the only person on board.", {("on_board", 1)}),
    ],
)
def test_counts_read_with_the_parse(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("No one was killed.", {("killed", 0)}),
        ("He said the crew had died but gave no number.", set()),
        ("The soldier died in hospital in the provincial capital.", set()),
        ("Each pilot was taken to hospital.", set()),
    ],
)
def test_the_parse_counts_no_one_and_no_collective_or_known_person(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "along with": one toll of both sides
        ("The three crew died along with six passengers.", {("killed", 9)}),
        ("The pilot was killed along with his co-pilot when the trainer hit the mast.", {("killed", 2)}),
        ("Two soldiers were killed along with the navigator, the army said.", {("killed", 3)}),
        ("Four marines perished together with two others in the crash.", {("killed", 6)}),
        # a person noun before "of the N"
        ("One crew member of the two aboard is still missing.", {("missing", 1), ("on_board", 2)}),
        ("Two passengers out of the nine on board were hurt.", {("wounded", 2), ("on_board", 9)}),
        # a sentence the parser reads as a noun phrase
        ("Two passengers, a farmer from the valley and her son, survived with serious injuries and were flown out.",
         {("wounded", 2), ("killed", 0)}),
    ],
)
def test_joined_tolls_parts_and_odd_parses(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("All three crew walked away from the wreck.", {("killed", 0), ("on_board", 3)}),
        ("Both pilots walked away with bruises, the club said.", {("killed", 0), ("on_board", 2)}),
        ("The bodies of the two pilots were recovered on Friday.", {("killed", 2)}),
        ("Divers brought up the bodies of all four soldiers.", {("killed", 4)}),
        ("Searchers found the bodies of the missing three airmen on the ridge.", {("killed", 3)}),
    ],
)
def test_walking_away_and_bodies_recovered(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rescuers recovered the bodies of five passengers.", {("killed", 5)}),
        # everyone aboard, named with "the"
        ("The 12 people on board included four children.", {("on_board", 12)}),
        ("Of the 60 passengers aboard, 12 were killed.", {("on_board", 60), ("killed", 12)}),
        ("Relatives of the nine soldiers on board gathered at the base.", {("on_board", 9)}),
        # the toll of this crash, updated; a tally over time stays out
        ("The death toll from the crash rose to 19 on Tuesday.", {("killed", 19)}),
        ("The toll of Sunday's collision has climbed to 7, officials said.", {("killed", 7)}),
        ("The toll has risen to 14 soldiers in the district.", set()),
        # taken to a place of care
        ("One survivor was airlifted to a trauma centre with burns.", {("wounded", 1)}),
        ("One survivor was airlifted to a trauma centre.", {("wounded", 1)}),  # care says hurt (lead decision, tune9 round)
        ("One survivor was airlifted to a trauma centre for observation.", set()),  # a check-up states no injury
        ("Two passengers were flown to a clinic in the capital.", {("wounded", 2)}),
        ("Three soldiers were flown to the base in the capital.", set()),
    ],
)
def test_bodies_everyone_aboard_updated_tolls_and_care(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The single-seat fighter's pilot ejected over the sea.", {("on_board", 1), ("killed", 0)}),
        ("The pilot of the single-seater was killed.", {("on_board", 1), ("killed", 1)}),
        ("A single-seat trainer crashed in a field and its pilot died.", {("on_board", 1), ("killed", 1)}),
        ("The air force flies single-seat and two-seat versions of the jet.", set()),
    ],
)
def test_the_pilot_of_a_single_seater_is_all_aboard(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a breakdown of a counted group is not more people
        ("Police said 97 of the 100 people on board, 91 passengers and nine crew, died.", {("killed", 97), ("on_board", 100)}),
        ("Officials said 58 of the 60 people aboard, 54 passengers and six crew, were killed.", {("killed", 58), ("on_board", 60)}),
        ("Both crew members, a captain and a first officer, ejected before the impact.", {("on_board", 2), ("killed", 0)}),
        ("All three airmen, a pilot, a gunner and a technician, bailed out over the forest.", {("on_board", 3), ("killed", 0)}),
        # a list is still summed
        ("The pilot, two soldiers and a medic died when the helicopter crashed.", {("killed", 4)}),
    ],
)
def test_a_breakdown_is_not_counted_again(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a third", "his student": one more person
        ("Two marines died and a third was pulled from the sea with a broken leg.", {("killed", 2), ("wounded", 1)}),
        ("Three soldiers were killed and a fourth was flown to hospital.", {("killed", 3), ("wounded", 1)}),
        ("The instructor was killed and his student was badly hurt when the trainer went down.", {("killed", 1), ("wounded", 1)}),
        ("A trainee was injured when the glider struck a fence.", {("wounded", 1)}),
        # survivors taken to care, hurt people who "have" injuries
        ("Rescuers carried the three survivors through the jungle to a district clinic. All had broken bones.", {("wounded", 3)}),
        ("Rescuers carried the three survivors through the jungle to a district clinic.", {("wounded", 3)}),
        ("Rescuers carried the three survivors to a district clinic to be examined.", set()),
        ("Both have fractured ribs and are in a stable condition.", {("wounded", 2)}),
        ("Two passengers survived and remain in serious condition at the regional hospital.", {("wounded", 2), ("killed", 0)}),
        ("The seaplane was carrying five people when it clipped the trees.", {("on_board", 5)}),
    ],
)
def test_one_more_person_and_survivors_in_care(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "They" counts as the people of the sentence before
        ("Both pilots ejected over the sea. They were treated for cuts and bruises.", {("on_board", 2), ("killed", 0), ("wounded", 2)}),
        ("Four crew members bailed out. They were taken to hospital in the capital.", {("on_board", 4), ("wounded", 4)}),
        ("The two crew jumped clear of the wreck. They were later hospitalised with burns.", {("wounded", 2)}),
    ],
)
def test_they_counts_the_people_just_counted(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no survivors among a counted group aboard
        ("Seven people were aboard the air ambulance and nobody survived.", {("on_board", 7), ("killed", 7)}),
        ("The helicopter carried 14 soldiers; there were no survivors.", {("on_board", 14), ("killed", 14)}),
        ("Nine people were on board, and none of them survived, officials said.", {("on_board", 9), ("killed", 9)}),
        # the toll an update brings, in a sentence about the crash
        ("A third soldier died in hospital on Friday, bringing the death toll from the helicopter crash to three.", {("killed", 3)}),
        ("Divers found one more body near the wreck, raising the toll to 11, the coast guard said after the crash.", {("killed", 11)}),
        # a tally of a war is not a toll
        ("Artillery killed four civilians, bringing the death toll since the offensive began to 312.", set()),
        # a tally over several losses gives none
        ("Air defences shot down two enemy jets over the week and killed three airmen.", set()),
    ],
)
def test_no_survivors_updated_tolls_and_tallies(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected



@pytest.mark.parametrize(
    "sentence, expected",
    [
        # words outlets use for the dead
        ("Eleven of its crew and passengers were martyred when the transport came down.", {("killed", 11)}),
        ("Cargo plane crashes near the capital; 9 martyred", {("killed", 9)}),
        ("Three soldiers succumbed to their injuries overnight.", {("killed", 3)}),
        ("Six passengers were pronounced dead at the scene.", {("killed", 6)}),
        ("The ministry declared all eight people aboard the patrol plane to be dead.", {("killed", 8), ("on_board", 8)}),
        ("Army confirms five aircrew dead after the helicopter sank", {("killed", 5)}),
        ("The four navy aircrew whose helicopter ditched off the cape are dead.", {("killed", 4), ("on_board", 4)}),
        ("The three crew members died at the scene.", {("killed", 3), ("on_board", 3)}),
        ("The two pilots died at the scene.", {("killed", 2)}),
        ("The three crew members were injured.", {("wounded", 3)}),
        ("He said the two crew members had ejected, but not whether they were rescued.", {("on_board", 2)}),
        ("The three airmen whose transport vanished over the gulf last week are dead, the navy said.", {("killed", 3)}),
        ("The two pilots who flew the escort jet that night were praised by the minister.", set()),
        ("Rescuers said there was no chance anyone could have survived the impact.", set()),
        ("The five airmen were laid to rest in their home villages on Friday.", {("killed", 5)}),
        ("The collision caused three deaths, the regulator said.", {("killed", 3)}),
        ("The dead were Captain Ruth Okafor, 41, First Officer Li Wen and loadmaster Tomas Berg.", {("killed", 3)}),
        ("Those killed have been named as Sergeant Amir Haddad and Corporal Nina Falk.", {("killed", 2)}),
        ("The deaths of pilots in training remain rare.", set()),
        # feared or presumed dead is not a confirmed toll
        ("Airliner plunges into the river, all 31 aboard feared dead", {("on_board", 31)}),
        ("The two pilots are presumed dead, officials said.", set()),
        ("Twelve people are believed dead after the crash.", set()),
        # a partial count of bodies is no toll
        ("Divers had recovered more than 15 bodies by Friday.", set()),
        ("Divers recovered 15 bodies by Friday.", {("killed", 15)}),
    ],
)
def test_death_vocabulary(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Of the 16 persons on board, only the flight engineer survived.", {("on_board", 16), ("killed", 15)}),
        ("Only two of the nine passengers aboard survived the impact.", {("on_board", 9), ("killed", 7)}),
        ("The helicopter was carrying 12 soldiers and only one survived.", {("on_board", 12), ("killed", 11)}),
        ("The navigator was the sole survivor among the five crew on board.", {("on_board", 5), ("killed", 4)}),
    ],
)
def test_only_survivors(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The crew was three persons.", {("on_board", 3)}),
        ("A police spokesman said the crew numbered five.", {("on_board", 5)}),
        ("Its crew consisted of two pilots and a loadmaster.", {("on_board", 3)}),
        ("Four aircrew were on board.", {("on_board", 4)}),
        ("The instructor, who was flying it alone, did not eject.", {("on_board", 1)}),
        ("The pilot, alone on board, was hit in the leg.", {("on_board", 1)}),
        ("All nine people on board were pulled from the sea by a fishing boat.", {("on_board", 9)}),
        ("The transport took off with 14 soldiers on board.", {("on_board", 14)}),
        ("The instructor and the student pilot aboard both ejected.", {("on_board", 2), ("killed", 0)}),
        ("The captain, the first officer and two cabin crew were killed.", {("killed", 4)}),
        ("Its two pilots were hurt and there were no passengers aboard.", {("wounded", 2), ("on_board", 2)}),
        ("The cargo flight carried no passengers, and its three crew members were killed.", {("killed", 3), ("on_board", 3)}),
        ("Two farmers were injured; the plane had no passengers.", {("wounded", 2)}),
        ("The pilot and the navigator both ejected and were picked up by a patrol boat.", {("on_board", 2), ("killed", 0)}),
        # negatives: a crew that is not this aircraft's, a count that is not aboard
        ("The crew of a passing trawler saw the smoke.", set()),
        ("Two soldiers on board were injured.", {("wounded", 2)}),
    ],
)
def test_crew_and_aboard(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A seven-year-old boy was killed when the jet hit his house.", {("killed", 1)}),
        ("An elderly woman on the ground was killed by falling debris.", {("killed", 1)}),
        ("All personnel are safe, the navy said.", {("killed", 0)}),
        ("The crew were all safe and accounted for.", {("killed", 0)}),
        # a condition is no report
        ("If the pilot was dead we would know by now.", set()),
        ("Had anyone been killed, the army would have said so.", set()),
    ],
)
def test_ground_victims_safety_and_conditions(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Her parents and her younger brother escaped from the car with burns.", {("wounded", 3)}),
        ("The only survivor was found by villagers. She was flown to a hospital in critical condition.", {("wounded", 1)}),
        ("The pilot ejected. He was transferred to a military hospital in serious condition.", {("killed", 0), ("wounded", 1)}),
        ("The mother and two of her sons suffered burns.", {("wounded", 3)}),
        ("He said the plane was old.", set()),
        ("Two were rescued. Four remain unaccounted for.", {("missing", 4)}),
        ("The pilot ejected. He was taken to a local hospital in stable condition.", {("killed", 0)}),
        ("Two of the passengers remain in critical condition.", {("wounded", 2)}),
        ("The navigator is in a serious condition, the ministry said.", {("wounded", 1)}),
    ],
)
def test_family_and_pronouns_parsed(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All 49 aboard are feared dead.", {("on_board", 49)}),
        ("The two pilots are presumed dead, officials said.", set()),
        ("The pilots are thought to have died on impact.", set()),
    ],
)
def test_hedged_deaths_parsed(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # everyone aboard got out: nobody died
        ("The pilot ejected and was recovered by a navy helicopter.", {("killed", 0)}),
        ("Both crew ejected and were picked up by a fishing boat an hour later.", {("killed", 0), ("on_board", 2)}),
        ("The navigator bailed out over the lake and was rescued by fishermen.", {("killed", 0)}),
        ("Rebels said the pilot bailed out and was captured near the river.", {("killed", 0)}),
        ("The bodies were recovered after the pilot failed to eject.", set()),  # negative: no rescue
        # nobody hurt means nobody dead; the ground is another matter
        ("Nobody was hurt when the trainer skidded off the runway.", {("killed", 0), ("wounded", 0)}),
        ("No one was injured in the hard landing, the army said.", {("killed", 0), ("wounded", 0)}),
        ("No one on the ground was injured.", {("wounded", 0)}),
        ("Three soldiers were flown out of the valley with no injuries.", {("wounded", 0)}),
        # non-native and formal ways of saying all died
        ("Nobody survive.", set()),  # no count aboard in the sentence
        ("The helicopter carried nine people and nobody survive the crash.", {("on_board", 9), ("killed", 9)}),
        ("In total seven dead.", {("killed", 7)}),
        ("Altogether, eleven dead after the transport came down.", {("killed", 11)}),
        # "a total of" is this loss's toll, not a tally over time
        ("A total of 12 people were killed in the crash.", {("killed", 12)}),
        ("The crash killed a total of nine soldiers.", {("killed", 9)}),
        # ground deaths add to the dead, not to those aboard
        ("The jet hit a market, killing all 40 people on board and 12 on the ground.", {("killed", 52), ("on_board", 40)}),
        ("The airliner crashed into houses, killing all 88 aboard and three on the ground.", {("killed", 91), ("on_board", 88)}),
        # names of the dead in an aside, with "and"
        ("The two pilots, Captain Ruiz and Lieutenant Soto, and a crewman were also killed.", {("killed", 3)}),
        ("Its two gunners, Sergeant Bell and Corporal Haas, and an engineer died in the crash.", {("killed", 3)}),
    ],
)
def test_unseen_shapes(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Its pilot, Major Diaz Pena, sacrificed his life, the ministry said.", {("killed", 1)}),
        ("The instructor lost his life when the trainer hit the hill.", {("killed", 1)}),
        ("The co-pilot gave his life steering the plane away from the village.", {("killed", 1)}),
        ("The gunner was martyred when the helicopter was hit.", {("killed", 1)}),
        ("The army named the pilot who died when the fighter came down.", {("killed", 1)}),
        ("The pilot who flew the first sortie was named as Captain Lee.", set()),  # negative
        # a later death raises this loss's toll
        ("One of the survivors died in hospital a week later, bringing the death toll to five.", {("killed", 5)}),
        ("The injured mechanic died on Sunday, raising the toll to three.", {("killed", 3)}),
    ],
)
def test_death_words_and_later_deaths(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(sentence) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dateline number before the count is not part of it
        ("KABUL, May 4 (Wire) - Three soldiers died when the helicopter came down.", {("killed", 3)}),
        ("LIMA, 12 (AP) - Two pilots were killed in the crash.", {("killed", 2)}),
        ("Oct 7 (Agency) - Six crew members lost their lives and one other was injured.", {("killed", 6), ("wounded", 1)}),
        # a toll raised by a later death, whatever the loss is called
        ("The gunner died on Monday, raising the death toll from the ambush to three.", {("killed", 3)}),
        ("Second airman dies, bringing toll from helicopter shootdown in the north to two", {("killed", 2)}),
        ("A wounded officer died overnight, taking the toll from the attack to four, police said.", {("killed", 4)}),
        # the whole a part belongs to takes no outcome; the part does
        ("The two medics who made up the rest of the five people aboard remain in hospital with injuries.", {("wounded", 2), ("on_board", 5)}),
        ("Most of the 20 passengers aboard were conscripts.", {("on_board", 20)}),
        ("The three soldiers who were the rest of the six men on board were injured.", {("wounded", 3), ("on_board", 6)}),
        # "the N other people on board" and the one named before are all aboard
        ("The crash killed its pilot and injured the four other people on board.", {("killed", 1), ("wounded", 4), ("on_board", 5)}),
        ("Gunfire brought down the helicopter, killing two soldiers and injuring the three other people aboard.", {("killed", 2), ("wounded", 3), ("on_board", 5)}),
        ("The navigator was killed and the two other crew members aboard were hurt.", {("killed", 1), ("wounded", 2), ("on_board", 3)}),
        # negative: other people aboard with no part named
        ("The three other people aboard were taken to hospital with injuries.", {("wounded", 3)}),
    ],
)
def test_datelines_raised_tolls_and_parts_of_a_whole(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # roles whose names were set aside in commas still add up
        ("The captain, Ana Ruiz, the navigator and two other people were injured.", {("wounded", 4)}),
        ("The pilot, Tom Hale, the co-pilot and one passenger were hurt.", {("wounded", 3)}),
        ("The instructor, Omar Said, the student and three other people were injured.", {("wounded", 5)}),
        # "they" is never one person: no number when the sentence before counted one
        ("The pilot was hurt. They were flown to the capital and admitted to hospital.", {("wounded", 1)}),
        ("A soldier was wounded in the crash. They were taken to hospital by helicopter.", {("wounded", 1)}),
        ("The co-pilot suffered burns. They were both treated in hospital.", {("wounded", 1)}),
        # survivors taken to hospital count as hurt, unless the visit was a check-up (gold/README.md)
        ("The 40 survivors were taken to hospitals in the city.", {("wounded", 40)}),
        ("All 12 survivors were flown to a hospital for checks.", set()),
        ("The survivors were taken to the regional hospital.", set()),
        ("The 40 survivors were taken to hospitals. Several had serious burns.", {("wounded", 40)}),  # harm told next
        ("The 40 survivors were taken to hospitals with injuries.", {("wounded", 40)}),  # negative: injury stated
    ],
)
def test_roles_with_names_plural_pronouns_and_survivors_in_hospital(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "each carrying" multiplies by the number of aircraft
        ("The two helicopters, each carrying three soldiers, collided over the range.", {("on_board", 6)}),
        ("Three jets, each with two crew, were lost in the storm.", {("on_board", 6)}),
        ("Both aircraft, each carrying four people, went down.", {("on_board", 8)}),
        ("The helicopter, carrying three soldiers, went down.", {("on_board", 3)}),  # negative: one aircraft
        ("Two army helicopters collided on Monday. The helicopters, each carrying two soldiers, were on a night flight.", {("on_board", 4)}),
        ("The helicopters, each carrying two soldiers, were on a night flight.", set()),  # how many is not said
        # groups that are not people words still count people
        ("On board were a crew of two, a medical team of three and one child.", {("on_board", 6)}),
        ("The aircraft carried a crew of four and a delegation of six.", {("on_board", 10)}),
        ("It had a crew of three and a family of five on board.", {("on_board", 8)}),
        ("A crew of two flew the plane.", {("on_board", 2)}),  # negative: crew alone
        ("Aboard were crew of two, rescue team of four and one child.", {("on_board", 7)}),
        ("A crew of three flew the plane, and a group of 40 watched from the ground.", {("on_board", 3)}),  # negative: not listed aboard
    ],
)
def test_each_carrying_and_groups_of_people(text: str, expected: set[tuple[str, int]]) -> None:
    assert parsed_counts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pilot was hurt. They were flown to the capital and admitted to hospital.", set()),
        ("A soldier was wounded in the crash. They were taken to hospital by helicopter.", set()),
        ("The captain suffered burns. They were treated for injuries in hospital.", set()),
        ("Two crew members were hurt. They were flown to hospital with injuries.", {("wounded", 2)}),  # negative: a group
    ],
)
def test_they_is_never_one_person(text: str, expected: set[tuple[str, int]]) -> None:
    from sitrep.nlp import analyze

    second = list(analyze(text).sents)[1]
    assert {(c.field, c.value) for c in casualty_cues(second.text, second)} == expected

"""A loss confirmed in a later sentence, and a denial worded with '-ing', each in invented phrasings."""

import pytest

from harness import main_mention
from sitrep.extract.cause import cause_cues
from sitrep.reconcile import summarise


def main_cause(text: str) -> str | None:
    return summarise([main_mention(text)])["cause"]


@pytest.mark.parametrize("text, cause", [
    # the shooter tells it, the operator owns up to the loss a sentence or more later
    ("Turkey downs Syrian jet\nTurkish F-16s shot down a Syrian MiG-23 near the border on Sunday, the Turkish "
     "military said. Damascus later confirmed the loss of the aircraft.", "shot_down"),
    ("Israel shoots down Syrian Su-22\nIsraeli air defences shot down a Syrian Su-22 over the Golan on Tuesday, the "
     "Israeli army said. The Syrian army acknowledged the loss and said the pilot was killed.", "shot_down"),
    ("Ukraine says it downed Russian Su-34\nUkraine's air force said on Monday it had shot down a Russian Su-34 over "
     "Kharkiv region. Russia's defence ministry has admitted losing the jet.", "shot_down"),
    # negatives: no confirmation, a refused one, or a confirmed loss with another cause
    ("Rebels down army helicopter\nRebels said they shot down an army Mi-17 near Gao on Monday. The army did not "
     "confirm the loss.", "disputed"),
    ("Ukraine says it downed Russian Su-34\nUkraine's air force said on Monday it had shot down a Russian Su-34 over "
     "Kharkiv region. Moscow has not acknowledged the loss of any aircraft.", "disputed"),
    ("Rebels down army helicopter\nRebels said they shot down an army Mi-17 near Gao on Monday. The army confirmed the "
     "loss of the helicopter but said it crashed because of an engine failure.", "disputed"),
    ("Militia says it shot down US drone\nThe militia said its fighters shot down a US MQ-9 over the desert. The "
     "Pentagon has acknowledged losing a drone but has not said what brought it down.", "disputed"),
    ("Rebels claim Mi-24\nRebels said they downed an army Mi-24 on Friday. The army confirmed the loss, adding that "
     "the cause was under investigation.", "disputed"),
])
def test_a_loss_the_operator_confirms_later_makes_the_claim_stand(text: str, cause: str) -> None:
    assert main_cause(text) == cause


@pytest.mark.parametrize("text", [
    "The army said the Mi-17 crashed because of a technical fault, dismissing rebel claims.",
    "The military blamed bad weather for the crash of the Mi-8, rejecting claims by insurgents that they hit it.",
    "Officials said the Su-25 came down in fog, denying separatist claims that it was shot down.",
    "The ministry said the An-26 crashed on landing, refuting accusations from the militia.",
])
def test_a_denial_in_ing_form_is_a_denied_shoot_down(text: str) -> None:
    assert any(c.value == "shot_down" and c.negated for c in cause_cues(text))


@pytest.mark.parametrize("text", [
    "The army said the Mi-17 crashed because of a technical fault, dismissing rebel claims.",
    "The military said the Mi-8 went down after an engine failure, rejecting claims by insurgents.",
    "Police said the Bell 206 crashed after a mechanical failure and denied the cartel's claims that its gunmen hit it.",
])
def test_a_fault_blamed_against_a_claim_only_referred_to_is_disputed(text: str) -> None:
    assert main_cause(text) == "disputed"


def test_a_fault_blamed_with_no_claim_is_a_crash() -> None:
    assert main_cause("The army said the Mi-17 crashed because of a technical fault.") == "crashed"

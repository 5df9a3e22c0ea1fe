"""Business and everyday English that looks like a trigger (extract/trigger_readings.py, with the default parse):
buying a company, markets that decline or rally, "helps explain", "sent prices higher", "fighting to stem a
crash", "signed the letter" are no events; the same verbs with political objects still are. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _types(text: str) -> list[str]:
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted(e.event_type for e in doc.events)


def test_buying_is_cooperation_only_for_arms_or_energy() -> None:
    assert _types("Egypt bought wheat from Russia.") == ["COOPERATE"]
    assert _types("In 2019, the Egyptian government bought a large stake in a Russian carmaker.") == []
    assert _types("Egyptian customers were not buying.") == []


def test_market_subjects_and_infinitives_name_no_act() -> None:
    assert _types("The Brazilian housing market has been declining for two years.") == []
    assert _types("Brazil declined to comment on the report.") == ["REJECT"]
    assert _types("Brazil's government is fighting to stem a crash of its currency.") == []
    assert _types("Brazilian troops fought rebels in the north.") == ["ASSAULT"]
    assert _types("The earthquake killed 300 people in Peru.") == []


def test_sending_and_helping_need_something_given() -> None:
    assert _types("China sent global markets into a tumble.") == []
    assert _types("Japan sent food and medicine to North Korea.") == ["AID"]
    assert _types("Japan said it will help explain the plan to France.") == []


def test_signing_a_letter_or_committing_money_agrees_nothing() -> None:
    assert _types("The letter, signed by the Kenyan foreign minister, was sent to Uganda.") == []
    assert _types("Kenya and Uganda signed a border treaty.") == ["AGREE"]
    assert _types("Kenya will commit a lot of money to the stadium.") == []


def test_remaining_closed_is_no_support() -> None:
    assert _types("Russia's markets remained closed for a third day.") == []
    assert _types("The markets in Russia remained closed by order of the Russian government.") == []


def test_a_decline_or_a_school_visit_is_no_event() -> None:
    assert _types("Kenya reported a 34% decline in exports.") == []
    assert _types("The Kenyan president visited a school in Nairobi.") == []
    assert _types("The Kenyan president visited Uganda.") == ["CONSULT"]


def test_a_vehicle_subject_of_a_coordinated_verb_kills_no_one() -> None:
    assert _types("In Kenya, a police car came along and killed a child.") == []
    assert "ASSAULT" in _types("Kenyan police clashed with protesters and killed two of them.")


def test_going_to_is_no_visit_without_a_parse() -> None:
    # the second sentence has no actor of its own (no parse): "going to be" is a future, not CAMEO 042 "go to"
    text = "The U.S. Treasury warned investors on Monday. If that ice starts to crack a bit, we're going to be very wary."
    assert "CONSULT" not in _types(text)


def test_a_condition_is_no_event_and_unless_makes_a_threat() -> None:
    assert _types("Kenya said it would expel the Ugandan ambassador unless Uganda apologised.") == ["THREATEN"]
    assert _types("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.") == ["THREATEN"]
    # no ASSAULT; round 35: the plan names its target, a targetless one is no event (untold_plans.py)
    assert _types("Norway is willing to send troops to Saudi Arabia to defend it if it is attacked.") == ["MOBILIZE"]
    assert _types("Kenya expelled the Ugandan ambassador.") == ["SANCTION"]


def test_a_capacity_is_no_act() -> None:
    assert _types("Iran has the ability to strike Israel.") == []
    assert "ASSAULT" not in _types("The United States defended the right of Russian troops to fire on militants in Azerbaijan.")
    assert _types("Iran struck Israel with missiles.") == ["ASSAULT"]

"""Round 28 (enroles28) English roles: a bare plural armed group as object ("shelled militants") is the group of the
place, else of the doer's country, as "the militants" already was; the state's forces as object ("ambushed soldiers")
are the country's own where the doer is no state force; a noun trigger's coordinated targets ("Egypt's mediation
between Israel and Hamas") each get an event, as a verb's do; "hostage-takers" are perpetrators, not hostages.
Guards: an army's own troops it sends or withdraws stay no target; a brokered deal's sides are the AGREE's, the
broker's is a CONSULT with each. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from lagebild.model import Article
from lagebild.pipeline import Pipeline

_PIPE = Pipeline(scorer=False)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, source actor id, target actor id) of each event, sorted."""
    doc = _PIPE(Article(text, lang="en", published=date(2025, 3, 1)))
    return sorted((e.event_type, e.source.actor_id if e.source else None, e.target.actor_id if e.target else None)
                  for e in doc.events)


def test_a_bare_plural_armed_group_as_object_is_the_places_or_the_doers() -> None:
    assert _events("Pakistani forces shelled militants near the Afghan border.") == [
        ("ASSAULT", "PAK-MIL", "PAK-REB")]
    assert _events("The Philippine army captured rebels on Mindanao.") == [("ASSAULT", "PHL-MIL", "PHL-REB")]
    assert _events("Somali government forces battled Islamist militants on Friday.") == [
        ("ASSAULT", "SOM-MIL", "SOM-REB")]


def test_the_bare_plural_reads_as_the_described_group_does() -> None:
    assert _events("Indian troops attacked rebels in Kashmir on Monday.") == \
        _events("Indian troops attacked the rebels in Kashmir on Monday.") == [("ASSAULT", "IND-MIL", "IND-REB")]


def test_the_armed_group_of_the_place_a_where_clause_describes() -> None:
    assert _events("Diplomats flew to Yemen, where Saudi Arabia bombed rebels for years.") == [
        ("ASSAULT", "SAU-GOV", "YEM-REB")]


def test_the_states_forces_as_object_of_a_doer_that_is_none() -> None:
    assert _events("Chadian rebels attacked troops on Monday.") == [("ASSAULT", "TCD-REB", "TCD-MIL")]


def test_an_armys_own_troops_are_no_target() -> None:
    assert _events("The United States withdrew its troops on Monday.") == [("RETREAT", "USA-GOV", None)]
    assert _events("The United States deployed troops on Monday.") == [("MOBILIZE", "USA-GOV", None)]


def test_each_coordinated_target_of_a_noun_trigger() -> None:
    assert _events("Egypt's mediation between Israel and Hamas continued on Tuesday.") == [
        ("CONSULT", "EGY-GOV", "ISR-GOV"), ("CONSULT", "EGY-GOV", "hamas")]
    assert _events("Russia's sanctions on Britain and Canada took effect on Monday.") == [
        ("SANCTION", "RUS-GOV", "CAN-GOV"), ("SANCTION", "RUS-GOV", "GBR-GOV")]


def test_hostage_takers_are_no_hostages() -> None:
    rows = _events("The United States refused to negotiate with the hostage-takers in Yemen.")
    assert rows == [("REJECT", "USA-GOV", "YEM-REB")]


def test_a_brokered_deals_sides_agree_and_the_broker_consults_each() -> None:
    rows = _events("Turkey brokered an agreement between Russia and Ukraine on grain exports.")
    assert ("AGREE", "RUS-GOV", "UKR-GOV") in rows
    assert ("CONSULT", "TUR-GOV", "RUS-GOV") in rows and ("CONSULT", "TUR-GOV", "UKR-GOV") in rows
    assert not any(t == "AGREE" and s == "TUR-GOV" for t, s, _ in rows)


def test_a_go_betweens_noun_acts_on_both_sides_it_names() -> None:
    assert _events("Norway undertook a mediation mission between Syria and Lebanon.") == [
        ("CONSULT", "NOR-GOV", "LBN-GOV"), ("CONSULT", "NOR-GOV", "SYR-GOV")]
    assert _events("Talks between Syria and Lebanon ended on Monday.") == [("CONSULT", "SYR-GOV", "LBN-GOV")]

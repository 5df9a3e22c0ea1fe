"""Round 21 German actor coverage (issue 14): whose a bare state body is when the article's main country is not it
(a country's adjective in its genitive, the official who reports it), and a known person's
one-word name the article gives another given name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, read

# three sentences that make Serbia the article's main country
_SERBIA = " Serbien wählte am Sonntag. In Serbien blieb es ruhig. Serbien lehnte den Vorschlag ab."


def test_a_country_adjective_in_the_genitive_names_the_body(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Die Regierung der bosnisch-serbischen Republik entschuldigte sich." + _SERBIA)
    assert actor(doc, "Regierung") == ("BIH", "GOV")


def test_the_official_who_reports_a_bare_government_owns_it(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Außenminister Heiko Maas (SPD) sagte, die Regierung begrüße den Schritt." + _SERBIA)
    assert actor(doc, "Regierung") == ("DEU", "GOV")


@pytest.mark.parametrize("text", [
    # the official is the object, not the reporter: the article's country as before
    "Die Opposition kritisierte Außenminister Heiko Maas, die Regierung schweige." + _SERBIA,
    # a bare body with no official before it
    "Die Regierung begrüße den Schritt, hieß es." + _SERBIA,
])
def test_no_reporting_official_keeps_the_article_country(de_mentions: Pipeline, text: str) -> None:
    assert actor(read(de_mentions, text), "Regierung") == ("SRB", "GOV")


def test_a_surname_told_with_another_given_name_is_another_person(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Gusmão traf sich mit Eurico Guterres. Guterres will im Januar nach Osttimor reisen.")
    assert not [m for m in doc.mentions if m.actor is not None and m.actor.actor_id == "antonio-guterres"]


@pytest.mark.parametrize("text", [
    "UN-Generalsekretär António Guterres besuchte Kiew. Guterres forderte eine Waffenruhe.",
    "Guterres besuchte Kiew. UN-Generalsekretär Guterres forderte eine Waffenruhe.",
])
def test_the_known_person_told_alone_or_in_full_is_still_read(de_mentions: Pipeline, text: str) -> None:
    doc = read(de_mentions, text)
    assert [m for m in doc.mentions if m.actor is not None and m.actor.actor_id == "antonio-guterres"]

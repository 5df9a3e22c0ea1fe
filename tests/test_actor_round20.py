"""Round 20 German actor coverage (issue 14): the article's main country, which a generic actor without a place
takes ("Die Täter", "Die Polizei"), is not voted for by aid groups, broadcasters and armies named in it: they work,
report and serve abroad ("die Welthungerhilfe", "die BBC", "die Bundeswehr"); they vote only where nothing else does.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.pipeline import Pipeline

from .german_doers import actor, read


@pytest.mark.parametrize(("text", "word", "want"), [
    # an aid group's seat (and its city) against the country where its worker was taken
    ("Ein Helfer der Welthungerhilfe ist in Somalia entführt worden. Die Welthungerhilfe bestätigte die Entführung. "
     "Die Täter fordern ein Lösegeld.", "Täter", ("SOM", "REB")),
    # a broadcaster that reports the unrest
    ("Die BBC meldete am Montag schwere Unruhen in Kenia. Die BBC berichtete weiter von vielen Verletzten. "
     "Die Polizei nahm Dutzende fest.", "Polizei", ("KEN", "POL")),
    # a named army sent abroad: the president of the country where it serves ("Pakistani troops" still vote, test_precision_en)
    ("Die Bundeswehr verlegte weitere Soldaten in den Kongo. Die Bundeswehr soll die Wahl sichern. "
     "Der Präsident rief zur Ruhe auf.", "Präsident", ("COD", "GOV")),
])
def test_aid_groups_media_and_armies_do_not_choose_the_story_country(de_mentions: Pipeline, text: str, word: str,
                                                                      want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), word) == want


def test_an_army_still_votes_where_nothing_else_does(de_mentions: Pipeline) -> None:
    doc = read(de_mentions, "Die israelische Armee verstärkte ihre Truppen. Die Regierung äußerte sich nicht.")
    assert actor(doc, "Regierung") == ("ISR", "GOV")


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Die Wochenzeitung „Die Zeit“ berichtete über Kämpfe in Syrien.", "Wochenzeitung", ("DEU", "MEDIA")),
    ("Der Fernsehsender „Al-Dschasira“ meldete Kämpfe in Syrien.", "Fernsehsender", ("QAT", "MEDIA")),
    # a place right after the noun still says where it is
    ("Die Zeitung in Damaskus meldete Kämpfe.", "Zeitung", ("SYR", "MEDIA")),
])
def test_a_sector_noun_before_a_named_organisation_is_that_organisation(de_mentions: Pipeline, text: str, word: str,
                                                                       want: tuple[str, str]) -> None:
    assert actor(read(de_mentions, text), word) == want

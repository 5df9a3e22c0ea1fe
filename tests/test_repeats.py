"""An article's back-references to an act it told in full ("the strikes", "die Proteste") are no second event."""

from __future__ import annotations

from datetime import date

from lagebild.extract.event_parts import without_partial_repeats
from lagebild.model import ActorRef, Event
from lagebild.pipeline import extract_events


def _actor(country: str | None, actor_id: str | None = None) -> ActorRef:
    return ActorRef(country or actor_id or "", country or actor_id or "", actor_id, country, "GOV")


def _event(etype: str, src: ActorRef | None, tgt: ActorRef | None, sent: int) -> Event:
    return Event("a", etype, src, tgt, sent, 0, 1)


def test_targetless_repeat_of_a_told_act_goes() -> None:
    full = _event("ASSAULT", _actor("RUS"), _actor("UKR"), 0)
    back = _event("ASSAULT", _actor("RUS"), None, 3)
    assert without_partial_repeats([full, back]) == [full]


def test_other_doer_other_type_or_no_full_telling_stay() -> None:
    full = _event("ASSAULT", _actor("RUS"), _actor("UKR"), 0)
    other_doer = _event("ASSAULT", _actor("UKR"), None, 1)
    other_type = _event("MOBILIZE", _actor("RUS"), None, 2)
    by_org = _event("ASSAULT", _actor(None, "nato"), None, 3)
    kept = [full, other_doer, other_type, by_org]
    assert without_partial_repeats(kept) == kept
    alone = [_event("PROTEST", _actor("GEO"), None, 0), _event("PROTEST", _actor("GEO"), None, 2)]
    assert without_partial_repeats(alone) == alone


def _tuples(text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, date(2024, 10, 23), lang)}


def test_article_keeps_the_full_telling_only() -> None:
    text = "Russian forces attacked Ukraine on Monday. In the east, Russian troops attacked again."
    got = _tuples(text, "en")
    assert ("ASSAULT", "RUS", "UKR") in got, got
    assert ("ASSAULT", "RUS", None) not in got, got
    # another day is another act; a claim of its own ("officials said") is news of its own
    later = _tuples("Russian forces attacked Ukraine on Monday. Russian troops also attacked on Tuesday.", "en")
    assert ("ASSAULT", "RUS", None) in later, later


def test_repeat_with_its_own_claim_or_a_denial_stays() -> None:
    full = _event("MOBILIZE", _actor("PRK"), _actor("RUS"), 0)
    planned = _event("MOBILIZE", _actor("PRK"), None, 2)
    planned.modality = "negated"
    hedged = _event("MOBILIZE", _actor("PRK"), None, 3)
    hedged.hedged = True
    kept = [full, planned, hedged]
    assert without_partial_repeats(kept) == kept


def test_doerless_repeat_of_an_act_told_with_its_doer_goes() -> None:
    """ "Auch die beiden Serben waren entführt worden" after the act was told with its doer: the same act again."""
    unknown = ActorRef("", "unknown", "unknown", None, None)
    full = _event("ASSAULT", _actor("LBY"), _actor("SRB"), 0)
    back = _event("ASSAULT", unknown, _actor("SRB"), 2)
    assert without_partial_repeats([full, back]) == [full]
    counted = _event("ASSAULT", unknown, _actor("SRB"), 3)
    counted.quantities = [object()]  # type: ignore[list-item]  # "18 Menschen getötet": news of its own
    other_target = _event("ASSAULT", unknown, _actor("TUN"), 4)
    by_org = _event("ASSAULT", _actor(None, "nato"), _actor("SRB"), 5)  # an organisation is a doer, not unknown
    kept = [full, counted, other_target, by_org]
    assert without_partial_repeats(kept) == kept

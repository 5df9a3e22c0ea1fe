"""Background told again: an event whose own date lies well before the article's is an earlier event retold
("Castro war 2006 zurückgetreten", "Am 6. September 2000 massakrierten Milizen ..."), no news of the day; a
situation picture wants what the article reports as new."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import DateRef

RETOLD_AFTER = timedelta(days=365)  # a year: "im vergangenen Jahr" and last season's events still count


def retold(when: DateRef | None, published: date | None) -> bool:
    """Whether the event's date (its interval's end) lies more than a year before the publication day."""
    if when is None or published is None:
        return False
    try:
        end = date.fromisoformat(when.value.split("/")[-1][:10])
    except ValueError:
        return False
    return published - end > RETOLD_AFTER

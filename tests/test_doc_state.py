"""No state between documents: an article's events do not depend on what was read before it."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from lagebild.model import Article
from lagebild.pipeline import Pipeline, language_kit

# Paragraphs written for this test. The third opens with an unnamed crowd and continues with a
# pronoun: the pronoun must not pick up an actor told in another article.
CORPUS = [
    Article("Russland hat am Montag Truppen an die Grenze zu Finnland verlegt. Sie sollen dort bleiben.",
            id="a", lang="de"),
    Article("Tausende protestierten in Tiflis gegen die Regierung.", id="b", lang="de"),
    Article("Tausende demonstrierten in Jerewan. Sie forderten den Rücktritt der Regierung.", id="c", lang="de"),
    Article("China said it would hold talks with Japan next week. They will meet in Beijing.", id="d", lang="en"),
    Article("Thousands protested in Nairobi against the government. They demanded new elections.", id="e", lang="en"),
]


def _events(pipe: Pipeline, article: Article) -> list[str]:
    fresh = Article(article.text, id=article.id, lang=article.lang)
    return [json.dumps(e.to_json(), sort_keys=True) for e in pipe(fresh).events]


def test_an_unnamed_crowd_as_the_first_article_does_not_crash() -> None:
    language_kit.cache_clear()  # a fresh process: nothing read before
    events = Pipeline()(Article("Tausende protestierten in Tiflis gegen die Regierung.", lang="de")).events
    assert [(e.event_type, e.source.actor_id if e.source else None) for e in events] == [("PROTEST", "GEO-CIV")]


def test_events_do_not_depend_on_the_order_of_articles() -> None:
    language_kit.cache_clear()
    pipe = Pipeline()
    forward = {a.id: _events(pipe, a) for a in CORPUS}
    backward = {a.id: _events(pipe, a) for a in reversed(CORPUS)}
    alone = {}
    for a in CORPUS:
        language_kit.cache_clear()
        alone[a.id] = _events(Pipeline(), a)
    assert forward == backward == alone
    assert all(forward[k] for k in "abde")  # the corpus does produce events


def test_a_pronoun_does_not_reach_into_the_previous_article() -> None:
    pipe = Pipeline()
    pipe(Article("Russland hat Truppen an die Grenze verlegt.", lang="de"))
    events = pipe(Article(CORPUS[2].text, id="c", lang="de")).events
    assert all(e.source is None or e.source.country != "RUS" for e in events)


def test_the_extractor_is_not_changed_by_extraction() -> None:
    pipe = Pipeline()
    pipe(CORPUS[0])
    extractor = language_kit("de").extras["events"]
    before = {k: v for k, v in vars(extractor).items() if k != "_head_cache"}  # a memo of compound heads
    for a in CORPUS:
        if a.lang == "de":
            pipe(Article(a.text, lang="de"))
    after = {k: v for k, v in vars(extractor).items() if k != "_head_cache"}
    assert before.keys() == after.keys()
    assert all(before[k] is after[k] for k in before)


def test_parallel_extraction_gives_the_same_events() -> None:
    pipe = Pipeline()
    serial = [_events(pipe, a) for a in CORPUS * 3]
    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(lambda a: _events(pipe, a), CORPUS * 3))
    assert parallel == serial

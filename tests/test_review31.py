"""Round 31 review: the follower readings stay a hashable value like the lexicon's other frozen parts."""

from lagebild.extract.followers import Followers


def test_followers_with_bodies_are_hashable() -> None:
    # a frozen dataclass promises a hash; with a dict field it raised TypeError
    f = Followers.from_data({"nouns": ["anhänger"], "bodies": {"partei": ""}, "kin": ["schwager"]})
    assert hash(f) == hash(Followers.from_data({"nouns": ["anhänger"], "bodies": {"partei": ""}, "kin": ["schwager"]}))
    assert f.bodies == {"partei": ""}
    assert hash(Followers()) == hash(Followers())

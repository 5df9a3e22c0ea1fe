"""German sources and targets, round 9 (passives_de.py, role_finder.py), on sentences written for these tests."""

from __future__ import annotations

from lagebild.pipeline import extract_events


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.source.text if e.source else None) for e in extract_events(text, lang="de")]


def test_the_agent_of_a_passive_may_be_a_genitive_after_its_preposition() -> None:
    # "von einer Spezialeinheit Kolumbiens": Colombia acts, though the phrase's head is no actor; "seitens" too
    found = roles("Die Stadt wurde durch Kampfflugzeuge Israels bombardiert.")
    assert ("ASSAULT", "ISR", None) in found or any(t == "ASSAULT" and s == "ISR" for t, s, _ in found), found
    found = sources("Der Anführer wurde von einer Anti-Terroreinheit Indonesiens getötet.")
    assert ("ASSAULT", "Indonesiens") in found, found


def test_a_participle_coordinated_with_a_passive_shares_its_agent_and_patient() -> None:
    # "wurde von X gestellt und getötet": X killed, the subject was killed (not the doer of the second verb)
    found = [(e.event_type, e.source.text if e.source else None, e.target.text if e.target else None)
             for e in extract_events("Der Rebellenführer wurde am Dienstag von einer Spezialeinheit Kolumbiens "
                                     "gestellt und getötet.", lang="de")]
    assert ("ASSAULT", "Kolumbiens", "Rebellenführer") in found, found
    assert not any(s == "Rebellenführer" for _, s, _ in found), found
    # an active second verb keeps its own subject
    found = roles("Die Polizei nahm zwei Männer fest und Soldaten der Armee griffen die Demonstranten an.")
    assert not any(t == "ASSAULT" and s is None for t, s, _ in found), found


def test_a_nominal_trigger_after_a_prepositional_vorfeld_takes_no_doer_from_it() -> None:
    # "Nach dem Einmarsch russischer Truppen ... verhängte die EU Sanktionen": the troops impose nothing
    found = roles("Nach dem Einmarsch russischer Truppen in die Ukraine verhängte die EU Sanktionen gegen Russland.")
    assert ("SANCTION", None, "RUS") in found and not any(s == "RUS" for _, s, _ in found), found


def test_a_relative_clause_about_a_document_is_its_issuers_act() -> None:
    # "eine Resolution, die die Regierung auffordert": the parliament demands, the government is asked
    found = [(e.event_type, e.source.actor_id if e.source else None, e.target.country if e.target else None)
             for e in extract_events("Am Mittwoch verabschiedete das Europäische Parlament eine Resolution, die die "
                                     "ungarische Regierung auffordert, das Gesetz zurückzunehmen.", lang="de")]
    assert any(t == "REQUEST" and tg == "HUN" and s != "HUN-GOV" and s is not None for t, s, tg in found), found
    # a relative clause about a person keeps its own subject rule
    found = sources("Die Regierung Polens kritisierte den Minister, der die Opposition Weißrusslands unterstützt.")
    assert ("SUPPORT", "Minister") in found, found


def test_a_light_verb_in_a_weak_form_the_lemmatiser_misses_still_carries_its_subject() -> None:
    # "verübte"/"verübt" are left as they are by the lemmatiser: the subject still does the nominal act
    assert ("ASSAULT", "ISR", "PSE") in roles("Die israelische Armee verübte einen Angriff auf den Gazastreifen.")
    assert ("ASSAULT", "ISR", "PSE") in roles("Israelische Siedler hatten mehrere Anschläge im Westjordanland verübt.")
    # no light verb: a noun as the subject of another verb names no doer
    assert not any(s == "ISR" for _, s, _ in roles("Der Angriff der Armee erschütterte die Bewohner des Gazastreifens."))


def test_the_subject_of_a_light_verb_named_by_origin_does_the_nominal_act() -> None:
    # "Israelische Kampfflugzeuge flogen Angriffe": the aircraft are no actor, their origin is
    assert ("ASSAULT", "ISR", "PSE") in roles("Israelische Kampfflugzeuge flogen am Montag Angriffe auf den Gazastreifen.")
    # a genitive inside the target phrase is not the subject
    found = roles("Amerikanische Bomber flogen in der Nacht Luftangriffe auf Stellungen der Taliban in Afghanistan.")
    assert any(t == "ASSAULT" and s == "USA" for t, s, _ in found) and not any(s == "AFG" for _, s, _ in found), found


def test_an_infinitive_completing_an_announcement_is_done_by_the_speaker() -> None:
    # "Die USA kündigten an, Truppen nach Polen zu verlegen": the speaker moves the troops, as announced
    found = [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
             for e in extract_events("Die USA kündigten an, Truppen nach Polen zu verlegen, um die Nato-Ostflanke "
                                     "zu stärken.", lang="de")]
    assert ("MOBILIZE", "USA", "POL", "future") in found, found
    # support "mit Waffen" is material aid (GUIDELINES: AID), read so since de9a's families; the doer is the EU
    assert ("AID", None, "UKR") in roles("Die EU kündigte an, die Ukraine mit weiteren Waffen zu unterstützen.")


def test_an_announcement_of_a_nominal_act_is_the_act_itself() -> None:
    # "kündigte ... Sanktionen gegen Nordkorea an, um ...": no frame around other words, the speaker sanctions
    found = [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
             for e in extract_events("Die Regierung Japans kündigte am Montag neue Sanktionen gegen Nordkorea an, um "
                                     "den Druck auf Pjöngjang zu erhöhen.", lang="de")]
    assert ("SANCTION", "JPN", "PRK", "future") in found, found
    # a cue verb that is no light verb stays a frame: the reported clause has its own subject
    found = roles("Die Regierung Japans teilte mit, Nordkorea habe Südkorea angegriffen.")
    assert not any(s == "JPN" for t, s, _ in found if t == "ASSAULT"), found


def test_sowohl_als_auch_names_two_doers() -> None:
    found = roles("Sowohl Frankreich als auch Deutschland kritisierten Russland scharf.")
    assert ("ACCUSE", "FRA", "RUS") in found and ("ACCUSE", "DEU", "RUS") in found, found
    # "als" alone is no coordinator: "Frankreich als Vermittler" is one doer
    assert roles("Frankreich als Vermittler kritisierte Russland.") == [("ACCUSE", "FRA", "RUS")]


def test_coordinated_doers_share_a_target_behind_the_triggers_preposition() -> None:
    # "Die USA und Großbritannien verurteilten den Angriff auf die Ukraine": both condemn it, neither at home
    found = roles("Die USA und Großbritannien verurteilten den Angriff auf die Ukraine.")
    assert ("ACCUSE", "USA", "UKR") in found and ("ACCUSE", "GBR", "UKR") in found, found
    assert ("ACCUSE", "USA", "USA") not in found, found


def test_a_neuter_text_noun_takes_das_as_its_relative_pronoun() -> None:
    # "ein Gesetz, das russische Medien verbietet": the parliament bans, the media are banned
    assert ("COERCE", "UKR", "RUS") in roles("Das ukrainische Parlament billigte am Freitag ein Gesetz, das russische "
                                             "Medien im Land verbietet.")


def test_a_split_reporting_verb_with_words_before_its_particle_frames_the_clause_after_the_comma() -> None:
    # "teilte am Montag mit, Nordkorea habe ...": Japan speaks, North Korea attacked (not Japan)
    found = [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None,
              [a.country for a in e.attribution])
             for e in extract_events("Die Regierung Japans teilte am Montag mit, Nordkorea habe Südkorea angegriffen.",
                                     lang="de")]
    assert ("ASSAULT", "PRK", "KOR", ["JPN"]) in found, found

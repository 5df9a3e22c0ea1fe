"""German trigger breadth: every CAMEO root has German triggers, and the common idioms of news fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.knowledge.ontology import check_event
from lagebild.knowledge.resources import load
from lagebild.pipeline import extract_events

CAMEO2PLOVER = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "CAMEO2PLOVER-2021.txt"


def rules() -> list[dict]:
    return load("triggers", "de")["rules"]


def test_every_cameo_root_has_german_triggers() -> None:
    covered: dict[str, int] = {}
    for r in rules():
        assert r.get("cameo"), f"rule {r['type']} {sorted(r.get('verbs') or [])[:3]} names no CAMEO code"
        if r.get("verbs") or r.get("nouns"):
            for code in r["cameo"]:
                covered[code[:2]] = covered.get(code[:2], 0) + len(r.get("verbs") or []) + len(r.get("nouns") or [])
    missing = [f"{root:02d}" for root in range(1, 21) if not covered.get(f"{root:02d}")]
    assert not missing, f"CAMEO roots without German triggers: {missing}"


def test_rule_types_and_modes_are_plover() -> None:
    for r in rules():
        check_event(r["type"], r.get("mode"), list(r.get("context") or []))


@pytest.mark.skipif(not CAMEO2PLOVER.is_file(), reason="../shared/data/plover not present")
def test_cameo_codes_agree_with_the_plover_table() -> None:
    """A rule's CAMEO code maps to the rule's PLOVER type in CAMEO2PLOVER (where the table lists it)."""
    table: dict[str, set[str]] = {}
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.partition(":")
        if head.strip().isdigit() and len(head.strip()) >= 3 and rest.strip():
            table.setdefault(head.strip(), set()).add(rest.split(",")[0].split("#")[0].strip())
    # PLOVER's guidelines for this project put sanctions and tariffs under SANCTION, expulsions of persons
    # under COERCE/SANCTION, signed agreements under AGREE, apologies under CONCEDE and violent repression under COERCE: allowed
    # divergences from the 2021 table.
    allowed = {("163", "SANCTION"), ("173", "SANCTION"), ("166", "RETREAT"), ("175", "COERCE"), ("1712", "ASSAULT"),
               ("192", "COERCE"), ("191", "COERCE"), ("202", "ASSAULT"), ("203", "ASSAULT"), ("0813", "CONCEDE"),
               ("085", "CONCEDE"), ("0831", "RETREAT"), ("1241", "REJECT"), ("0841", "COOPERATE"), ("0842", "COOPERATE"),
               ("057", "AGREE"), ("055", "CONCEDE")}
    wrong = [(code, r["type"]) for r in rules() for code in r["cameo"]
             if code in table and r["type"] not in table[code] and (code, r["type"]) not in allowed]
    assert not wrong, f"CAMEO codes mapped to another PLOVER type than CAMEO2PLOVER says: {wrong}"


def roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in extract_events(text, lang="de")]


@pytest.mark.parametrize(("text", "expected"), [
    # multiword expressions and separable verbs in the Präteritum (sentences written for this test)
    ("Die USA haben Zölle auf chinesische Waren erhoben.", ("SANCTION", "USA", "CHN")),
    ("Russland brach die diplomatischen Beziehungen zu Georgien ab.", ("SANCTION", "RUS", "GEO")),
    ("Die Hamas griff Israel an.", ("ASSAULT", "PSE", "ISR")),
    ("Merkel griff den Iran mit scharfen Worten an.", ("ACCUSE", "DEU", "IRN")),
    ("China hielt ein Manöver vor der Küste Taiwans ab.", ("MOBILIZE", "CHN", None)),
    ("Die Türkei wies zwei schwedische Diplomaten aus.", ("SANCTION", "TUR", "SWE")),
    ("Indien hat den Botschafter Pakistans einbestellt.", ("ACCUSE", "IND", "PAK")),  # a protest (PLOVER; detype37)
    ("Die Ukraine sprach sich gegen die Pläne Russlands aus.", ("REJECT", "UKR", "RUS")),  # a thing opposed (fp28b)
    ("Die Ukraine sprach sich gegen die Regierung Russlands aus.", ("ACCUSE", "UKR", "RUS")),
    ("Die Türkei hat dem schwedischen Botschafter 72 Stunden Zeit gegeben, das Land zu verlassen.", ("SANCTION", "TUR", "SWE")),
    ("Die georgische Polizei setzte Tränengas gegen Demonstranten ein.", ("COERCE", "GEO", "GEO")),
    ("Die Hamas hat drei israelische Geiseln freigelassen.", ("RETREAT", "PSE", "ISR")),
    # nominal events carried by a light verb, also a split separable one
    ("Frankreich übte scharfe Kritik an der Türkei.", ("ACCUSE", "FRA", "TUR")),
    ("Die Regierung Kenias reichte Klage gegen Somalia ein.", ("ACCUSE", "KEN", "SOM")),
    ("Russland legte ein Veto gegen die Resolution ein.", ("REJECT", "RUS", None)),
    # a verb that only carries a nominal event yields to it
    ("Israel startete eine Offensive gegen die Hamas.", ("ASSAULT", "ISR", "PSE")),
])
def test_german_idioms(text: str, expected: tuple[str, str | None, str | None]) -> None:
    got = roles(text)
    assert any(g[0] == expected[0] and g[1] == expected[1] and (expected[2] is None or g[2] == expected[2]) for g in got), got


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit 2013 Soldaten in der Region stehen, ist die Lage angespannt."),
    ("en", "Since 2013 troops have been stationed in the region."),
])
def test_a_year_is_no_quantity(lang: str, text: str) -> None:
    from lagebild.model import Article
    from lagebild.pipeline import Pipeline

    doc = Pipeline()(Article(text, id="t", lang=lang))
    assert not [q for q in doc.quantities if q.value == 2013], doc.quantities


def test_cue_words_do_not_end_common_words() -> None:
    """with_any words also match as compound heads, so a short one would fire inside unrelated nouns."""
    common = ["gemeinschaft", "botschaft", "insgesamt", "gesellschaft", "wirtschaft", "mannschaft", "landschaft",
              "herrschaft", "bereitschaft", "nachricht", "bericht", "politik", "republik"]
    for r in rules():
        for w in r.get("with_any") or []:
            hits = [c for c in common if c.endswith(str(w).lower()) and c != str(w).lower()]
            assert not hits, f"cue word {w!r} of {r['type']} {sorted(r.get('verbs') or [])[:2]} ends {hits}"


def test_ambiguous_triggers_need_their_context() -> None:
    """'schränkte ein' after a speaker qualifies a statement; 'trafen auf Widerstand' is fighting, not a meeting."""
    assert roles("Der russische Sprecher schränkte später ein, es sei noch nichts entschieden.") == []
    got = roles("In der Provinz trafen US-Truppen auf erheblichen Widerstand.")
    assert got and all(g[0] != "CONSULT" for g in got), got


def test_support_in_a_purpose_phrase_is_no_event() -> None:
    """'zur Unterstützung' names what something else is for; the expression of support stays an event."""
    assert not [g for g in roles("Die Regierung Chiles beschloss ein Programm zur Unterstützung armer Familien.")
                if g[0] == "SUPPORT"]
    got = roles("Frankreich sprach Polen seine Unterstützung aus.")
    assert ("SUPPORT", "FRA", "POL") in got, got


def test_a_reaffirmed_nominal_is_an_event() -> None:
    """'bekräftigte die Unterstützung für X' carries the noun's event, like 'übte Kritik an X'."""
    got = roles("Spanien bekräftigte am Montag die Unterstützung für Marokko.")
    assert ("SUPPORT", "ESP", "MAR") in got, got


@pytest.mark.parametrize(("text", "released"), [
    # written for this test: custody makes a release, a job or an office a dismissal (no event)
    ("In Minsk wurde der Sprecher der Opposition am Abend aus der Haft entlassen.", True),
    ("Die beiden Verdächtigen wurden in London gegen Kaution entlassen.", True),
    ("Der Präsident Frankreichs entließ den Innenminister.", False),
    ("Ein Autohersteller in Polen hat 300 Mitarbeiter entlassen.", False),
    ("Zwei Offiziere der US-Armee wurden aus dem Dienst entlassen.", False),
])
def test_entlassen_releases_only_from_custody(text: str, released: bool) -> None:
    got = [g for g in roles(text) if g[0] == "RETREAT"]
    assert bool(got) == released, got


@pytest.mark.parametrize(("text", "kind"), [
    # written for this test: each verb in its other, non-political sense gives no event ...
    ("Die Partei Polens hält am Atomausstieg fest.", None),
    ("Die Regierung Polens will am Kurs der Reform festhalten.", None),
    ("Die Führung der SPD stellte heute ein Manifest für Polen vor.", None),
    ("Die Polizei Polens hielt an, ein Wagen war mit zwei Personen besetzt.", None),
    ("Das Mittel wird von einem polnischen Konzern hergestellt und vertrieben.", None),
    ("Polen will bei den Spielen demonstrieren, wie modern das Land sei.", None),
    ("Nach dem Unfall in Polen wurde die Autobahn in beide Fahrtrichtungen gesperrt.", None),
    ("Die Musiker aus Polen wollten Lieder produzieren und vertreiben.", None),
    ("Der Wagen eines polnischen Herstellers wird mit einer neuen Batterie ausgeliefert.", None),
    ("Ein Wachmann in Polen hörte Schreie und verständigte die Polizei.", None),
    ("Die Rede des polnischen Präsidenten soll dem Parlament ein Argument liefern.", None),
    ("Zwei Angeklagte in Polen haben ihre Bewährungsstrafen anerkannt.", None),
    ("In Polen ist es verboten, im Wald zu rauchen.", None),
    ("Seit Januar wurde in Polen das Rauchen in Gaststätten verboten.", None),
    ("Die Serie von Anschlägen in Polen hat schon 17 Todesopfer gefordert.", None),
    ("In Polen mussten wegen der Vogelgrippe Tausende Hühner getötet werden.", None),
    ("Die Polizei in Polen übergab die Akten dem Gericht.", None),
    ("In Warschau wurde am Abend die Beleuchtung des Kulturpalasts abgeschaltet.", None),
    # ... and in its political sense still does
    ("Drei Journalisten wurden in Polen am Flughafen festgehalten.", "COERCE"),
    ("Die Polizei nahm in Polen zwei Aktivisten fest.", "COERCE"),
    ("Tausende demonstrierten in Warschau gegen die Regierung Polens.", "PROTEST"),
    ("Demonstranten besetzten in Warschau das Gebäude der Regierung Polens.", "PROTEST"),
    ("Die Behörden in Polen sperrten den Zugang zum Internet.", "COERCE"),
    ("Milizen haben in Polen Tausende Bewohner aus ihren Dörfern vertrieben.", "COERCE"),
    ("Polen und Litauen verständigten sich auf einen gemeinsamen Plan.", "AGREE"),
    ("Russland hat Waffen an Syrien geliefert.", "AID"),
    ("Frankreich hat die Regierung Polens anerkannt.", "SUPPORT"),
    ("Die Regierung Polens hat die Kundgebung der Opposition verboten.", "COERCE"),
    ("Polen verbot zwei russischen Journalisten die Einreise.", "COERCE"),
    ("Amnesty forderte von Polen eine Entschädigung für die Opfer.", "REQUEST"),
    ("Die Rebellen übergaben die Geiseln in Polen dem Roten Kreuz.", "RETREAT"),
    ("Die Behörden in Polen haben das Internet abgeschaltet.", "COERCE"),
    ("Die Behörden Frankreichs haben das Flüchtlingslager bei Calais geräumt.", "COERCE"),
    # deprec36: a policy backed is no SUPPORT (dev2 codes "für die Aufhebung des Embargos gegen Kuba ausgesprochen" as no
    # event); the old expectation here was SUPPORT
    ("Polen hat sich für die Aufhebung der Sanktionen gegen Belarus ausgesprochen.", None),
    # round 28 (fp28b): against a thing (plans) a rejection; against a side it stays ACCUSE
    ("Polen hat sich gegen die Pläne Russlands ausgesprochen.", "REJECT"),
    ("Polen hat sich gegen die Regierung Russlands ausgesprochen.", "ACCUSE"),
    ("In Warschau warfen Demonstranten Steine auf die Polizei Polens.", "ASSAULT"),
    ("In Warschau hat die Polizei Polens die Demonstranten zurückgedrängt.", "COERCE"),
])
def test_ambiguous_verbs_read_in_their_sense(text: str, kind: str | None) -> None:
    """festhalten an, vorstellen, besetzt mit, vertreiben (sell), demonstrieren wie (show), gesperrt (road),
    ausliefern (goods), verständigen (inform), ein Argument liefern, eine Strafe anerkennen."""
    got = [g[0] for g in roles(text)]
    assert (kind in got) if kind else not got, got


@pytest.mark.parametrize(("text", "kind"), [
    # round 6, read on unseen news: everyday senses are no events ...
    ("Der Minister aus Polen trifft damit genau den Punkt.", None),
    ("Ein Kämpfer aus Polen wurde in Syrien tödlich getroffen.", None),
    ("Der Präsident Polens nimmt täglich ein Medikament gegen Bluthochdruck ein.", None),
    ("In meinem Leben wird Warschau immer einen besonderen Platz einnehmen.", None),
    ("Die Regierung Polens werde die notwendigen Schritte ergreifen, um die Bauern zu schützen.", None),
    ("Mehrere Vereine in Polen drohen unter das neue Gesetz Ungarns zu fallen.", None),
    ("Der Außenminister Polens demonstrierte in Kiew sein Engagement für die Ukraine.", None),
    ("Die beiden Kandidaten in Polen lieferten sich einen heftigen Schlagabtausch.", None),
    ("Der Premier in Athen sagte, man habe in Brüssel einen harten Kampf geliefert.", None),  # newu34: a fight
    ("Die Regierung in Athen lieferte sich mit den Gläubigern einen erbitterten Kampf.", None),
    ("Die Zerstörung der alten Brücke durch das Hochwasser in Polen dauerte zwei Stunden.", None),
    ("Noch untersuchen Polizeibeamte in Polen den Tatort.", None),
    ("Die Partei erzielte in Polen ein besseres Ergebnis als offiziell ausgewiesen wurde.", None),
    ("In Polen können die Abgeordneten ohne Zustimmung der Regierung nichts machen.", None),
    # ... while the political senses stay
    ("Der Präsident Polens traf sich in Berlin mit der deutschen Kanzlerin.", "CONSULT"),
    ("Die russische Armee hat die ukrainische Stadt Cherson eingenommen.", "ASSAULT"),
    ("Russland drohte der Ukraine mit Sanktionen.", "THREATEN"),
    ("Die USA haben acht Kampfjets an Ägypten geliefert.", "AID"),  # newu34: "=kampf" is the word alone
    ("Tausende demonstrierten in Warschau gegen die Regierung Polens.", "PROTEST"),
    ("Die Staatsanwaltschaft in Polen ermittelt gegen den früheren Präsidenten Litauens.", "ACCUSE"),
])
def test_everyday_senses_read_on_unseen_news(text: str, kind: str | None) -> None:
    """treffen (hit, make), einnehmen (a pill, a place), ergreifen (steps), drohen zu (risk), demonstrieren (show),
    sich liefern (fight in words), Zerstörung (no Störung), untersuchen without anyone investigated, ausweisen (figures)."""
    got = [g[0] for g in roles(text)]
    assert (kind in got) if kind else not got, got


@pytest.mark.parametrize(("text", "not_kind"), [
    # a participle after "die in <place>" describes its noun: the visit is told, no deployment
    ("Der Minister aus Polen besuchte gestern die in Litauen stationierten polnischen Soldaten.", "MOBILIZE"),
    # a travel ban and frozen accounts in a sanctions list are sanctions, not police measures at home
    ("Die Strafmaßnahmen der EU treffen Belarus hart: gegen Minister in Minsk wird ein Reiseverbot verhängt "
     "und ihre Konten werden gesperrt.", "COERCE"),
])
def test_descriptions_and_sanction_parts_are_not_misread(text: str, not_kind: str) -> None:
    got = [g[0] for g in roles(text)]
    assert not_kind not in got, got


@pytest.mark.parametrize(("text", "expected"), [
    # round 8: families per CAMEO root (sentences written for this test)
    ("Der Präsident Thailands machte zur Bedingung, dass die Demonstranten ihre Proteste beenden.", ("REQUEST", "THA", None)),
    ("Georgien rief den UN-Sicherheitsrat an.", ("REQUEST", "GEO", None)),
    ("Frankreich und Deutschland kamen überein, die Zusammenarbeit zu vertiefen.", ("AGREE", "FRA", "DEU")),
    ("Der iranische Außenminister nahm das Angebot der USA an.", ("AGREE", "IRN", "USA")),
    ("Der russische Präsident tauschte sich mit dem französischen Präsidenten aus.", ("CONSULT", "RUS", "FRA")),
    ("Der französische Präsident ehrte die Soldaten Malis.", ("SUPPORT", "FRA", "MLI")),
    ("Frankreich erklärte sich solidarisch mit Mali.", ("SUPPORT", "FRA", "MLI")),
    ("Die Bundesregierung stellte der Ukraine 20 Millionen Euro zur Verfügung.", ("AID", "DEU", "UKR")),
    ("Russland gewährte dem Amerikaner Snowden Asyl.", ("AID", "RUS", "USA")),
    ("Der iranische Präsident beugte sich dem Druck der Vereinten Nationen.", ("CONCEDE", "IRN", None)),
    ("Der tunesische Präsident legte sein Amt nieder.", ("RETREAT", "TUN", None)),
    ("Tausende Menschen gingen in Kiew auf die Straße.", ("PROTEST", "UKR", None)),
    ("Die Gewerkschaften legten in Frankreich die Arbeit nieder.", ("PROTEST", "FRA", None)),
    ("Das chinesische Außenministerium protestierte gegen die Festnahme des Kapitäns durch Japan.", ("ACCUSE", "CHN", None)),
    ("Die chinesische Regierung legte Protest gegen die Entscheidung Japans ein.", ("ACCUSE", "CHN", "JPN")),
    ("Der russische Präsident gab der Opposition die Schuld.", ("ACCUSE", "RUS", None)),
    ("Die Regierung Österreichs hat die Beschlusslage in Frage gestellt.", ("REJECT", "AUT", None)),
    ("Der griechische Abgeordnete stimmte gegen das Sparpaket.", ("REJECT", "GRC", None)),
    ("Der Iran schwor Rache für den Angriff Israels.", ("THREATEN", "IRN", "ISR")),
    ("Nordkorea brachte Raketen an der Grenze zu Südkorea in Stellung.", ("MOBILIZE", "PRK", None)),
    ("Russland kappte die Beziehungen zu Georgien.", ("SANCTION", "RUS", "GEO")),
    ("Die syrische Armee schlug den Aufstand in Homs nieder.", ("COERCE", "SYR", None)),
    ("Die Taliban haben drei deutsche Soldaten verwundet.", ("ASSAULT", "AFG", "DEU")),
    ("Die türkische Armee startete eine Militäroperation gegen die Kurden in Syrien.", ("ASSAULT", "TUR", None)),
    ("Vor dem Gerichtsgebäude in Kiew kam es zu Auseinandersetzungen zwischen der Polizei und Anhängern der Opposition.",
     ("ASSAULT", "UKR", None)),
    ("Der russische Journalist wurde in Moskau am Flughafen festgesetzt.", ("COERCE", "RUS", "RUS")),
    ("In Syrien lehnten sich Tausende gegen das Regime auf.", ("PROTEST", "SYR", None)),
    ("Der Iran beliefert Russland mit Drohnen.", ("AID", "IRN", "RUS")),
    ("Die USA bewaffneten die kurdischen Milizen in Syrien.", ("AID", "USA", "SYR")),
    # separable particles: left before "und" and a second verb, written apart before the participle
    ("Die Türkei wies zwei schwedische Diplomaten aus und beendete die Gespräche.", ("SANCTION", "TUR", "SWE")),
    ("Die Regierung Simbabwes teilte mit, Armeeeinheiten seien zusammen gezogen worden.", ("MOBILIZE", "ZWE", None)),
    ("Die ägyptische Polizei hat drei Journalisten fest genommen.", ("COERCE", "EGY", None)),
])
def test_round8_families(text: str, expected: tuple[str, str | None, str | None]) -> None:
    test_german_idioms(text, expected)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Die Ausreise der syrischen Flüchtlinge nach Deutschland wurde erlaubt.", "CONSULT"),  # leaving is no visit
    ("Am Abend kündigte der griechische Ministerpräsident in einer Fernsehansprache eine Kabinettsumbildung an.", "THREATEN"),
    ("Der ungarische Präsident stellte sein Amt zur Verfügung.", "AID"),  # an offer to resign
    ("Die französische Armee zeichnet sich durch ihre Erfahrung aus.", "SUPPORT"),  # a quality, no honour
    ("Der russische Präsident hat seiner Forderung Nachdruck verliehen worden.", "SUPPORT"),  # "worden" is no "Orden"
    ("In Frankreich gab es heftige politische Auseinandersetzungen über die Reform.", "ASSAULT"),  # a debate
    ("Der russische Präsident nahm sein Amt sehr ernst.", "RETREAT"),  # taking office seriously resigns nothing
    ("Die Oppositionspolitiker Nigers wandten sich an die Demonstranten.", "REQUEST"),  # addressing is no appeal
    ("Die Regierung in Moskau setzte die Preise für Brot fest.", "COERCE"),  # prices fixed, nobody held
    ("Die CDU in Berlin stellte einen Kandidaten auf.", "MOBILIZE"),  # a candidate put up
    ("Der Iran beliefert Russland mit Öl.", "AID"),  # trade
    ("Der französische Präsident ehrte in Paris die Opfer des Anschlags.", "SUPPORT"),  # remembrance
    ("Der Kanzler Deutschlands ritt in Berlin scharfe Attacken gegen die Regierung Russlands.", "ASSAULT"),  # verbal
])
def test_round8_families_keep_their_sense(text: str, wrong: str) -> None:
    got = roles(text)
    assert not [g for g in got if g[0] == wrong], got

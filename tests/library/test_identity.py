"""Library identity: the pure resolver's rules, the store's blocks and relinking, the jsonl export, the eval."""

from __future__ import annotations

import json

from tui.extract.types import ArticleInput
from tui.library.identity import EntityRecord, block_key, canonical, resolve


def _rec(article, name, label, aliases=()):
    from tui.extract.entities import entity_id, fold

    return EntityRecord(article, entity_id(label, fold(name)), name, label, tuple(aliases))


def test_aliases_and_acronyms_share_one_identity():
    recs = [_rec("1", "United States", "GPE"), _rec("2", "US", "GPE"), _rec("3", "U.S.", "ORG"), _rec("4", "USA", "GPE"),
            _rec("5", "National Security Agency", "ORG", ["NSA"]), _rec("6", "NSA", "ORG")]
    links = resolve(recs)
    assert len({links[(r.article, r.entity)] for r in recs[:4]}) == 1
    assert links[("1", "gpe:united-states")] == "gpe:united-states"
    assert links[("5", recs[4].entity)] == links[("6", recs[5].entity)]


def test_a_surname_joins_the_only_full_name_and_persons_stay_people():
    recs = [_rec("1", "Donald Trump", "PERSON"), _rec("2", "Trump", "PERSON"), _rec("3", "Melania Trump", "PERSON")]
    # Two full names with that surname and no context: the lone "Trump" stays apart.
    links = resolve(recs)
    assert links[("2", "person:trump")] == "person:trump"
    links = resolve(recs[:2] + [_rec("4", "Trump Tower", "FAC")])
    assert links[("2", "person:trump")] == "person:donald-trump"
    assert links[("4", "fac:trump-tower")] == "fac:trump-tower"


def test_context_tells_two_smiths_apart():
    recs = [_rec("1", "John Smith", "PERSON"), _rec("2", "Anna Smith", "PERSON"), _rec("3", "Smith", "PERSON"),
            _rec("4", "Smith", "PERSON")]
    context = {"1": frozenset({"harrow school", "john smith"}), "2": frozenset({"manchester city", "anna smith"}),
               "3": frozenset({"manchester city"}), "4": frozenset({"harrow school"})}
    links = resolve(recs, context=context)
    assert links[("3", "person:smith")] == "person:anna-smith"
    assert links[("4", "person:smith")] == "person:john-smith"


def test_without_context_a_surname_goes_to_a_far_more_prominent_full_name_only():
    recs = [_rec(str(i), "Donald Trump", "PERSON") for i in range(6)] + [_rec("m", "Mary Trump", "PERSON"),
                                                                          _rec("x", "Trump", "PERSON")]
    assert resolve(recs, context={})[("x", "person:trump")] == "person:donald-trump"
    # Two Smiths named about as often: a lone Smith without context stays itself.
    recs = [_rec(str(i), "John Smith", "PERSON") for i in range(6)] + [_rec(f"a{i}", "Anna Smith", "PERSON") for i in range(2)]
    assert resolve([*recs, _rec("x", "Smith", "PERSON")], context={})[("x", "person:smith")] == "person:smith"


def test_a_bare_organisation_joins_the_one_named_after_the_country_its_article_names():
    recs = [_rec("1", "United States Democratic Party", "ORG"), _rec("2", "Hong Kong Democratic Party", "ORG"),
            _rec("3", "Democratic Party", "ORG"), _rec("4", "Democratic Party", "ORG"), _rec("5", "Democratic Party", "ORG"),
            _rec("6", "South Korea national football team", "ORG"), _rec("7", "national football team", "ORG")]
    context = {"3": frozenset({"united states", "joe biden"}), "4": frozenset({"hong kong"}), "5": frozenset({"japan"})}
    links = resolve(recs, context=context)
    us, hk = links[("1", "org:united-states-democratic-party")], links[("2", "org:hong-kong-democratic-party")]
    assert us != hk
    assert links[("3", "org:democratic-party")] == us and links[("4", "org:democratic-party")] == hk
    assert links[("5", "org:democratic-party")] not in (us, hk)
    assert links[("6", "org:south-korea-national-football-team")] != links[("7", "org:national-football-team")]


def test_nationality_is_not_the_country():
    links = resolve([_rec("1", "Israel", "GPE"), _rec("2", "Israeli", "NORP")])
    assert links[("1", "gpe:israel")] != links[("2", "norp:israeli")]
    assert block_key("Israel", "GPE") != block_key("Israeli", "NORP")
    assert canonical("Mr. Donald J. Trump", "PERSON") == "donald trump"


def _add(store, nlp, text, title="t"):
    from tui.extract import analyse

    article_id = store.add_article(ArticleInput(text, title=title))
    store.put_analysis(article_id, analyse(text, nlp=nlp, title=title))
    return article_id


def test_store_links_articles_as_they_arrive_and_relinks(store, nlp):
    from tui.library import catalog

    a = _add(store, nlp, "US President Donald Trump met reporters in Washington on Monday.")
    b = _add(store, nlp, "Trump said the United States would leave the agreement.")
    c = _add(store, nlp, "The U.S. economy grew, Trump said on Twitter.")
    links = store.library_links()
    # The model calls a lone "Trump" an organisation in these short sentences: still the person.
    assert {lib for art in (b, c) for eid, lib in links[art].items() if eid.endswith(":trump")} == {"person:donald-trump"}
    us = {lib for art in (a, b, c) for eid, lib in links[art].items() if eid.startswith("gpe:u")}
    assert us == {"gpe:united-states"}
    names = [e.name for e in catalog.entities(store, top=None)]
    assert names.count("Donald Trump") == 1 and "Trump" not in names
    assert {x.article_id for x in catalog.dossier(store, "person:donald-trump").articles} == {a, b, c}
    assert {r.id for r in store.articles(entity="person:donald-trump")} == {a, b, c}
    assert store.relink() > 0 and store.library_links() == links


def test_export_jsonl_writes_library_entity_on_every_entity(tmp_path, nlp, capsys, monkeypatch):
    from tui.cli.main import main
    from tui.library.store import Store

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        for text in ("Donald Trump spoke in Ohio.", "Trump later left Ohio for Texas."):
            store.add_article(ArticleInput(text, title=text[:10]))
    assert main(["index", "--db", str(db), "--processes", "1"]) == 0
    capsys.readouterr()
    assert main(["export", "--all", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    entities = [e for row in rows for e in row["entities"]]
    assert entities and all("library_entity" in e for e in entities)
    trump = {e["library_entity"] for e in entities if e["label"] == "PERSON"}
    assert trump == {"person:donald-trump"}
    for row in rows:  # mentions point to entities of their own article
        assert {m["entity"] for m in row["mentions"]} <= {e["id"] for e in row["entities"]}


def test_index_relink_from_the_cli(tmp_path, nlp, capsys):
    from tui.cli.main import main
    from tui.library.store import Store

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        store.add_article(ArticleInput("Angela Merkel met Macron.", title="a"))
    assert main(["index", "--db", str(db), "--processes", "1", "--relink"]) == 0
    assert "relinked" in capsys.readouterr().err


def test_corrections_survive_relinking(tmp_path, nlp, capsys):
    from tui.cli.main import main
    from tui.library import catalog
    from tui.library.store import Store

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        a = _add(store, nlp, "Angela Merkel met Emmanuel Macron in Paris.")
        b = _add(store, nlp, "Chancellor Merkel spoke in Berlin.")
        c = _add(store, nlp, "The Federal Republic of Germany and Germany agreed.")
    assert main(["entities", "--db", str(db), "--split", "person:angela-merkel", "--article", str(b)]) == 0
    assert main(["entities", "--db", str(db), "--rename", "person:emmanuel-macron", "President Macron"]) == 0
    assert main(["entities", "--db", str(db), "--merge", "gpe:germany", "gpe:federal-republic-of-germany"]) == 0
    assert main(["entities", "--db", str(db), "--merge", "gpe:germany", "person:nobody"]) == 2
    assert "no entity 'person:nobody'" in capsys.readouterr().err
    assert main(["entities", "--db", str(db), "--split", "person:angela-merkel"]) == 2
    for _ in range(2):  # and again after a relink
        with Store.open(db) as store:
            links = store.library_links()
            assert links[b]["person:merkel"] == f"person:angela-merkel@{b}"
            assert links[a]["person:angela-merkel"] == "person:angela-merkel"
            assert {links[c][e] for e in links[c] if e.startswith("gpe:")} == {"gpe:germany"}
            names = {e.entity: e.name for e in catalog.entities(store, top=None)}
            assert names["person:emmanuel-macron"] == "President Macron"
            store.relink()


def test_line_labels_of_a_transcript():
    from tui.library.crossindex import _line_label

    text = "Intro.\n((WN))  What did you do?\nWN: And then?\nThe WN said."
    assert _line_label(text, text.index("WN"), text.index("WN") + 2)
    second = text.index("WN:")
    assert _line_label(text, second, second + 2)
    third = text.index("WN said")
    assert not _line_label(text, third, third + 2)


def test_boilerplate_is_left_out_of_the_ranking(store, nlp):
    from tui.extract import analyse
    from tui.library import catalog

    for i in range(6):
        text = (f"Mayor Jane Smith opened bridge number {i} in Springfield on Monday.\n\n"
                "((WN))  What did you think of the bridge?\n\n((Jane Smith))  It was a good day for Springfield.\n\n"
                "((WN))  Will you build another one?")
        article_id = store.add_article(ArticleInput(text, title=f"bridge {i}", source="site"))
        store.put_analysis(article_id, analyse(text, nlp=nlp))
    assert store.mark_boilerplate() >= 1
    ranked = [e.name for e in catalog.entities(store, top=None)]
    assert "WN" not in ranked and "Springfield" in ranked and "Jane Smith" in ranked
    assert [e.name for e in catalog.entities(store, query="WN")] == ["WN"]  # still found when asked for


def test_an_acronym_seen_before_its_full_name_joins_it_after_indexing(store, nlp):
    first = _add(store, nlp, "The NSA said it had not seen the files.")
    second = _add(store, nlp, "The National Security Agency (NSA) published a report on Monday.")
    links = store.library_links()
    assert store.after_indexing() >= 1
    links = store.library_links()
    assert {lib for eid, lib in links[first].items() if "nsa" in eid} == {links[second]["org:national-security-agency"]}


def test_a_library_from_before_identities_is_carried_forward(tmp_path, nlp):
    import sqlite3

    from tui.library import catalog
    from tui.library.schema import MIGRATIONS
    from tui.library.store import Store

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (4)")
    for step in MIGRATIONS[:4]:
        db.executescript(step)
    db.execute("INSERT INTO articles(id, content_hash, title, word_count, added_at) VALUES (1, 'h', 'Old', 3, 'now')")
    db.execute("INSERT INTO bodies VALUES (1, 'Donald Trump spoke.')")
    db.execute("INSERT INTO entity_index VALUES (1, 'person:donald-trump', 'Donald Trump', 'PERSON', 1, 0, '[]')")
    db.execute("INSERT INTO entity_stats VALUES ('person:donald-trump', 'Donald Trump', 'PERSON', 1, 1)")
    db.commit()
    db.close()
    with Store.open(path) as store:
        assert [e.entity for e in catalog.entities(store)] == ["person:donald-trump"]
        new = _add(store, nlp, "Trump said the talks had failed.")
        assert store.after_indexing() >= 1  # the old rows get their blocks
        links = store.library_links()
        assert links[1]["person:donald-trump"] == "person:donald-trump"
        assert {lib for eid, lib in links[new].items() if eid.endswith(":trump")} == {"person:donald-trump"}


def test_repair_keeps_identities_and_corrections(tmp_path, nlp):
    from tui.library import catalog
    from tui.library.backup import repair
    from tui.library.store import Store

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        _add(store, nlp, "Angela Merkel met Emmanuel Macron in Paris.")
        _add(store, nlp, "Chancellor Merkel spoke in Berlin.")
        store.correct_identity("rename", "person:emmanuel-macron", name="President Macron")
    repair(db)
    with Store.open(db) as store:
        names = {e.entity: e.name for e in catalog.entities(store, top=None)}
        assert names["person:emmanuel-macron"] == "President Macron"
        assert names["person:angela-merkel"] == "Angela Merkel" and "person:merkel" not in names
        store.relink()
        assert {e.entity: e.name for e in catalog.entities(store, top=None)} == names


def test_a_middle_name_and_a_lone_surname_settle_on_one_person():
    recs = [_rec("1", "Hillary Rodham Clinton", "PERSON"), _rec("2", "Hillary Clinton", "PERSON"),
            _rec("3", "Clinton", "PERSON")]
    links = resolve(recs)
    assert {links[(r.article, r.entity)] for r in recs} == {"person:hillary-rodham-clinton"}
    with_bill = resolve(recs + [_rec("4", "Bill Clinton", "PERSON")])
    assert with_bill[("2", "person:hillary-clinton")] == "person:hillary-rodham-clinton"
    assert with_bill[("3", "person:clinton")] == "person:clinton"  # two Clintons, no context: apart


def test_store_joins_a_bare_party_to_the_countrys_by_context_and_keeps_it_on_relink(store, nlp):
    a = _add(store, nlp, "The United States Democratic Party chose Joe Biden. The United States votes in November.")
    b = _add(store, nlp, "Joe Biden thanked the Democratic Party. Voters across the United States cheered.")
    links = store.library_links()
    party = [{lib for eid, lib in links[art].items() if eid.endswith("democratic-party")} for art in (a, b)]
    assert party[0] == party[1] and len(party[0]) == 1
    assert store.relink() > 0 and store.library_links() == links

"""Review labels of the text models, on SQLite and PostgreSQL."""

from __future__ import annotations

from tocsin.models import Decision, Post, Result
from tocsin.store.database import Store
from tocsin.store.ml_labels import Label, find_post, label_counts, labels, save_label


def test_labels_round_trip_and_replace(store: Store) -> None:
    text = "Doublez vos bitcoins \x00 ici"  # any string, even NUL, round-trips
    with store.transaction(write=True) as connection:
        assert save_label(connection, Label("spam", "spam", text, "fr", reviewer="ana"))
        assert save_label(connection, Label("toxicity", "clean", text, "fr"))
        assert not save_label(connection, Label("spam", "ham", text, "fr", source="import"))
    with store.transaction() as connection:
        rows = labels(connection)
        assert [(r.task, r.label, r.text, r.source) for r in rows] == [
            ("spam", "ham", text, "import"),
            ("toxicity", "clean", text, "review"),
        ]
        assert [r.task for r in labels(connection, "toxicity")] == ["toxicity"]
        assert label_counts(connection) == {("spam", "ham"): 1, ("toxicity", "clean"): 1}


def test_find_post_by_database_or_platform_id(store: Store) -> None:
    store.save(Post(id="x-77", text="Bonjour", lang="fr"), Result("x-77", Decision.ALLOW, "fr"))
    with store.transaction() as connection:
        found = find_post(connection, "x-77")
        assert found is not None and found[1:] == ("Bonjour", "fr")
        assert find_post(connection, str(found[0])) == found
        assert find_post(connection, "nope") is None

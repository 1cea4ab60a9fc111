"""A run's input is staged in the journal (a temporary table on disk), not kept in lists: its digest is the one
`input_digest` gives for the same items, its order and first occurrences are kept, and a malformed item leaves
nothing staged."""

from __future__ import annotations

from pathlib import Path

import pytest
from voucherify_rollbacks.bulk.journal import Journal, input_digest

ITEMS = [
    ("r_b", "redemption"),
    ("ord_1", "order"),
    ("r_a", "redemption"),
    ("r_b", "redemption"),
    ("zé", "order"),
    ("r_é", "redemption"),
    ("r_a", "order"),
]


def test_the_staged_digest_is_input_digest_and_the_order_is_the_inputs(tmp_path: Path) -> None:
    with Journal(str(tmp_path / "j.sqlite")) as journal:
        digest = journal.stage_input(iter(ITEMS))
        staged = list(journal.staged_items())

    assert digest == input_digest(ITEMS)
    assert staged == list(dict.fromkeys(ITEMS))


def test_staging_again_replaces_the_input_and_a_malformed_item_leaves_it_as_it_was(tmp_path: Path) -> None:
    def malformed() -> object:
        yield ("r_1", "redemption")
        raise ValueError("bad id on line 2")

    with Journal(str(tmp_path / "j.sqlite")) as journal:
        journal.stage_input(ITEMS)
        journal.stage_input([("r_z", "redemption")])
        with pytest.raises(ValueError, match="line 2"):
            journal.stage_input(malformed())  # type: ignore[arg-type]
        assert list(journal.staged_items()) == [("r_z", "redemption")]

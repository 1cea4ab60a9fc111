"""The CLI's tables at 80 and 160 columns: every id whole on one line (so it can be copied), other columns folded or
hidden first, a stack's parent named as such, and --json keeping every field."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

import pytest
from voucherify_rollbacks import Redemption, Rollback, Voucherify
from voucherify_rollbacks.cli.output import (
    OUTCOME_HEADERS,
    RECORD_HEADERS,
    STACK_PARENT,
    Output,
    record_row,
    show_rollback,
)
from voucherify_sandbox import Sandbox

ID = re.compile(r"\b(?:r|rf|rr|rrf|ord)_[A-Za-z0-9]+")
WIDTHS = (80, 160)


@pytest.fixture
def stack() -> Iterator[tuple[Voucherify, str]]:
    with Sandbox() as sb, sb.client() as vf:
        redeemed = vf.redeem(["GIFT-100", "SAVE10"], order={"amount": 20000})
        assert redeemed.redemption_id is not None
        yield vf, redeemed.redemption_id


def _render(width: int, draw: object) -> str:
    stream = io.StringIO()
    out = Output(json_lines=False, stream=stream, width=width)
    assert callable(draw)
    draw(out)
    return stream.getvalue()


def _assert_ids_whole(text: str, ids: set[str]) -> None:
    assert ids, "the table should hold ids"
    lines = text.splitlines()
    for item_id in ids:
        assert any(item_id in line for line in lines), f"{item_id} is split across lines:\n{text}"
    del lines


@pytest.mark.parametrize("width", WIDTHS)
def test_list_rows_keep_every_id_whole_on_one_line(stack: tuple[Voucherify, str], width: int) -> None:
    vf, parent = stack
    vf.rollback_stacked(parent)
    items: list[Redemption | Rollback] = list(vf.redemptions())
    ids = {i for item in items for i in (item.id, item.redemption) if i}
    text = _render(width, lambda out: out.table("list", RECORD_HEADERS, [record_row(i) for i in items]))
    _assert_ids_whole(text, ids)
    assert all(len(line) <= width for line in text.splitlines())


@pytest.mark.parametrize("width", WIDTHS)
def test_a_rollback_table_keeps_ids_whole_and_names_the_stack_parent(stack: tuple[Voucherify, str], width: int) -> None:
    vf, parent = stack
    result = vf.rollback_stacked(parent)
    text = _render(width, lambda out: show_rollback(out, result, what="rollback-stacked", target=parent))
    _assert_ids_whole(text, set(ID.findall(text)) | {parent})
    parent_line = next(line for line in text.splitlines() if result.parent_rollback.id in line)  # type: ignore[union-attr]
    assert STACK_PARENT in parent_line and parent_line.count(parent) <= 1


@pytest.mark.parametrize("width", WIDTHS)
def test_ids_stay_whole_even_when_they_alone_are_wider_than_the_terminal(width: int) -> None:
    rows = [
        [f"order:ord_{n:020d}", f"r_{n:024d}", "authorship_unknown (from journal)", f"rr_{n:024d}", "yes",
         "RollbackAuthorshipUnknownError: a long message that explains what happened in detail"]
        for n in range(3)
    ]  # fmt: skip
    text = _render(width, lambda out: out.table("outcomes", OUTCOME_HEADERS, rows))
    _assert_ids_whole(text, {cell for row in rows for cell in (row[0].removeprefix("order:"), row[1], row[3])})
    if width == 160:
        assert all(header in text for header in OUTCOME_HEADERS)


def test_the_parent_of_a_stack_is_labelled_not_repeated_in_list_rows(stack: tuple[Voucherify, str]) -> None:
    vf, parent = stack
    row = record_row(vf.get_redemption(parent))
    assert row[0] == parent and row[3] == STACK_PARENT


def test_json_keeps_the_fields_a_narrow_table_hides(stack: tuple[Voucherify, str]) -> None:
    vf, parent = stack
    stream = io.StringIO()
    Output(json_lines=True, stream=stream, width=40).emit(vf.get_redemption(parent).to_dict())
    data = json.loads(stream.getvalue())
    assert data["id"] == parent and "date" in data and "object" in data

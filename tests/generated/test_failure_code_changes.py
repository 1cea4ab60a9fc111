"""Upstream lists failure codes only in prose ("- `voucher_expired` - voucher has already expired"); a sync names the
codes added to or removed from such a list instead of counting a "text-only edit", and a code the SDK does not know
still reads as the plain string the API sent."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from voucherify_client.models import RedemptionRollback
from voucherify_rollbacks import FAILURE_CODES
from voucherify_rollbacks.errors.failure_codes import describe

from scripts import spec_changes, sync_spec
from tests.support.generated_helpers import REPO

NEWER = REPO / "tests" / "data" / "upstream-2c273577"
LIST_REDEMPTIONS = ("/v1/redemptions", "get")


@pytest.fixture(scope="module")
def sources() -> dict[str, Any]:
    return sync_spec.load_upstream(NEWER)


def with_description(sources: dict[str, Any], edit: Any) -> dict[str, Any]:
    changed = copy.deepcopy(sources)
    path, method = LIST_REDEMPTIONS
    operation = changed["redemptions.json"]["paths"][path][method]
    operation["description"] = edit(operation["description"])
    return changed


def test_the_failure_codes_upstream_lists_in_prose_are_read_with_their_meaning(sources: dict[str, Any]) -> None:
    lists = spec_changes.code_lists(sync_spec.normalize(sources))

    codes = lists["GET /v1/redemptions description"]
    assert codes["voucher_expired"] == "voucher has already expired (after expiration date)"
    assert len(codes) >= 10


def test_a_code_added_and_one_removed_are_named_not_counted_as_a_text_edit(sources: dict[str, Any]) -> None:
    def edit(text: str) -> str:
        text = text.replace("\n- `missing_customer` - customer was not specified", "")
        return text.replace(
            "- `voucher_expired` -", "- `voucher_paused` - voucher is paused by its campaign\n- `voucher_expired` -"
        )

    report = spec_changes.report(sync_spec.normalize(sources), sync_spec.normalize(with_description(sources, edit)))

    lines = [" ".join(line.split()) for line in report.splitlines()]
    assert "Failure codes and error keys in upstream's prose lists: 2 changed" in lines
    assert "added voucher_paused GET /v1/redemptions description: voucher is paused by its campaign" in lines
    assert "removed missing_customer GET /v1/redemptions description: customer was not specified" in lines
    assert "Text-only edits (descriptions, summaries, examples), not API surface: 0" in lines


def test_a_reworded_meaning_is_reported_and_other_prose_edits_are_only_counted(sources: dict[str, Any]) -> None:
    def edit(text: str) -> str:
        return text.replace("gift amount has been exceeded", "gift card balance is too low").replace(
            "## Failed Redemptions", "## Failed redemptions"
        )

    report = spec_changes.report(sync_spec.normalize(sources), sync_spec.normalize(with_description(sources, edit)))

    assert "reworded  gift_amount_exceeded" in report
    assert "Text-only edits (descriptions, summaries, examples), not API surface: 0" in report
    only_prose = with_description(sources, lambda text: text.replace("## Filtering results", "## Filters"))
    quiet = spec_changes.report(sync_spec.normalize(sources), sync_spec.normalize(only_prose))
    assert "prose lists: 0 changed" in quiet and "not API surface: 1" in quiet


def test_a_list_of_field_names_in_prose_about_something_else_is_no_code_list() -> None:
    assert spec_changes._listed_codes("The totals:\n- `total_amount` - after discounts\n- `items_amount` - sum") == {}


def test_a_failure_code_the_sdk_does_not_know_reads_as_the_string_the_api_sent() -> None:
    assert "voucher_paused" not in FAILURE_CODES

    rollback = RedemptionRollback.from_dict({"id": "rr_1", "result": "FAILURE", "failure_code": "voucher_paused"})

    assert rollback.failure_code == "voucher_paused"
    assert isinstance(describe("voucher_paused"), str)
    for code in ("", None, "x" * 10_000, "ünïcode_code", "VOUCHER_EXPIRED"):
        assert isinstance(describe(code), str)

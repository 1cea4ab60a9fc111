"""The result views read every field of the spec, not only the ones written out in results.py, and give back
exactly what the API sent."""

from __future__ import annotations

import datetime

import httpx
import pytest
from voucherify_client.models import DiscountUnit, RedemptionRewardResult, RedemptionRollbackChannel, SimpleCustomer
from voucherify_rollbacks.operations.redemptions import read_redeem, read_rollback_stacked

from tests.support.example_payloads import load_example


def stacked_rollback() -> object:
    return read_rollback_stacked(httpx.Response(200, json=load_example("rollbacks_success.json")))


def test_a_field_the_view_does_not_name_reads_as_its_generated_value() -> None:
    first = stacked_rollback().rollbacks[0]  # type: ignore[attr-defined]

    assert type(first.reward.model) is RedemptionRewardResult
    assert type(first.customer.model) is SimpleCustomer and first.customer.source_id == "nanalemon@voucherify.io"
    assert first.promotion_tier is None  # a loyalty reward's rollback names no tier
    assert isinstance(first.date, datetime.datetime)


def test_an_absent_field_reads_as_none_and_a_null_one_too() -> None:
    payload = load_example("rollbacks_success.json")
    payload["rollbacks"][0]["channel"] = None
    first, second = read_rollback_stacked(httpx.Response(200, json=payload)).rollbacks

    assert first.channel is None  # null
    assert second.channel is None  # absent from this real payload
    payload["rollbacks"][0]["channel"] = {"channel_type": "API"}
    channel = read_rollback_stacked(httpx.Response(200, json=payload)).rollbacks[0].channel
    assert type(channel.model) is RedemptionRollbackChannel and channel.channel_type == "API"
    assert channel.channel_id is None  # absent: None, never the generated Unset


def test_nested_generated_objects_read_the_same_way_all_the_way_down() -> None:
    first = stacked_rollback().rollbacks[0]  # type: ignore[attr-defined]

    sent = load_example("rollbacks_success.json")["rollbacks"][0]["reward"]
    reward = first.reward
    assert reward.name == sent["name"]
    assert reward.to_dict() == sent
    assert first.customer.name is None  # absent from the payload
    assert first.customer == first.customer and repr(first.customer).startswith("ModelView(SimpleCustomer(")
    voucher = reward.voucher
    assert voucher.code == sent["voucher"]["code"]
    assert voucher.redemption is None  # absent
    assert type(voucher.discount.model) is DiscountUnit and voucher.discount.unit_off == sent["voucher"]["discount"]["unit_off"]


def test_a_misspelt_field_is_an_attribute_error_naming_it() -> None:
    first = stacked_rollback().rollbacks[0]  # type: ignore[attr-defined]

    with pytest.raises(AttributeError, match="'Rollback' object has no attribute 'reasonn'"):
        _ = first.reasonn
    with pytest.raises(AttributeError):
        _ = first.additional_properties


def test_the_fields_a_view_can_read_are_listed_by_dir() -> None:
    first = stacked_rollback().rollbacks[0]  # type: ignore[attr-defined]

    assert {"amount", "reward", "promotion_tier", "channel", "to_dict"} <= set(dir(first))


def test_every_view_and_the_redeem_result_give_back_exactly_what_came() -> None:
    rolled_back = load_example("rollbacks_success.json")
    result = read_rollback_stacked(httpx.Response(200, json=rolled_back))
    redeemed = load_example("redeem_stackable_response.json")
    redeem = read_redeem(httpx.Response(200, json=redeemed))

    assert [r.to_dict() for r in result.rollbacks] == rolled_back["rollbacks"]
    assert result.parent_rollback.to_dict() == rolled_back["parent_rollback"]
    assert result.order.to_dict() == rolled_back["order"]
    assert redeem.to_dict() == redeemed
    assert redeem.redemptions[0].voucher.to_dict() == redeemed["redemptions"][0]["voucher"]


def test_a_value_that_does_not_fit_its_declared_type_reads_as_none_and_still_round_trips() -> None:
    payload = load_example("rollbacks_success.json")
    payload["rollbacks"][0]["channel"] = "not-an-object"
    payload["rollbacks"][0]["customer"] = {"id": 7, "source_id": "s-1"}
    payload["rollbacks"][1]["voucher"]["categories"] = [{"name": "ok"}, "not-a-category"]
    result = read_rollback_stacked(httpx.Response(200, json=payload))
    first, second = result.rollbacks

    assert first.channel is None and first.model.channel == "not-an-object"
    assert first.customer.source_id == "s-1"  # the nested model itself fits; its odd `id` stays on it as it came
    assert second.voucher.categories is None
    assert [r.to_dict() for r in result.rollbacks] == payload["rollbacks"]


def test_unknown_enum_values_still_fit_their_enum() -> None:
    payload = load_example("rollbacks_success.json")
    payload["rollbacks"][0]["channel"] = {"channel_type": "x-test-unknown-channel"}
    payload["rollbacks"][1]["voucher"]["type"] = "x-test-unknown-voucher-type"

    first, second = read_rollback_stacked(httpx.Response(200, json=payload)).rollbacks

    assert first.channel.channel_type == "x-test-unknown-channel"
    assert second.voucher.type_ == "x-test-unknown-voucher-type"


@pytest.mark.parametrize(
    ("annotation", "fitting", "unfitting"),
    [
        ("int | None | Unset", [0, -5], ["5", 1.5, True]),
        ("float | None | Unset", [1, 2.5], ["2.5", False]),
        ("list[str] | None | Unset", [[], ["a", None]], ["a", [1]]),
        ("datetime.date | None | Unset", [datetime.date(2026, 1, 1)], [datetime.datetime(2026, 1, 1), "2026-01-01"]),
        ("Any | Unset", [1, "x", {}], []),
        ("RedemptionRollbackChannel | None | Unset", [RedemptionRollbackChannel()], [{}, "x"]),
    ],
)
def test_declared_type_checks(annotation: str, fitting: list[object], unfitting: list[object]) -> None:
    from voucherify_rollbacks.operations.reading import _check

    check = _check(annotation)

    assert [check(v) for v in fitting] == [True] * len(fitting)
    assert [check(v) for v in unfitting] == [False] * len(unfitting)

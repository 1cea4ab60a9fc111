"""The objects results hand out are the generated models themselves: every field of the spec is an attribute typed
as it holds at run time (absent or null reads None, never Unset), and each gives back exactly what the API sent."""

from __future__ import annotations

import datetime
import typing

import attrs
import httpx
import pytest
import voucherify_client.models as models
from voucherify_client.models import (
    DiscountUnit,
    RedemptionRewardResult,
    RedemptionRollback,
    RedemptionRollbackChannel,
    SimpleCustomer,
)
from voucherify_client.types import Model, Unset
from voucherify_rollbacks.operations.redemptions import read_redeem, read_rollback_stacked

from tests.support.example_payloads import load_example


def stacked_rollback() -> typing.Any:
    return read_rollback_stacked(httpx.Response(200, json=load_example("rollbacks_success.json")))


def test_every_field_reads_as_the_generated_model_it_is() -> None:
    first = stacked_rollback().rollbacks[0]

    assert type(first) is RedemptionRollback
    assert type(first.reward) is RedemptionRewardResult
    assert type(first.customer) is SimpleCustomer and first.customer.source_id == "nanalemon@voucherify.io"
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
    assert type(channel) is RedemptionRollbackChannel and channel.channel_type == "API"
    assert channel.channel_id is None  # absent: None, never the generated Unset


def test_nested_generated_objects_read_the_same_way_all_the_way_down() -> None:
    first = stacked_rollback().rollbacks[0]

    sent = load_example("rollbacks_success.json")["rollbacks"][0]["reward"]
    reward = first.reward
    assert reward.name == sent["name"]
    assert reward.to_dict() == sent
    assert first.customer.name is None  # absent from the payload
    voucher = reward.voucher
    assert voucher.code == sent["voucher"]["code"]
    assert voucher.redemption is None  # absent
    assert type(voucher.discount) is DiscountUnit and voucher.discount.unit_off == sent["voucher"]["discount"]["unit_off"]


def test_a_misspelt_field_is_an_attribute_error_naming_it() -> None:
    first = stacked_rollback().rollbacks[0]

    with pytest.raises(AttributeError, match="reasonn"):
        _ = first.reasonn


def test_fields_are_keyed_as_in_the_json_and_listed_by_attrs() -> None:
    names = {field.name for field in attrs.fields(RedemptionRollback)}

    assert {"amount", "reward", "promotion_tier", "channel", "object", "related_object_type"} <= names


def test_every_model_and_the_redeem_result_give_back_exactly_what_came() -> None:
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
    payload["rollbacks"][1]["amount"] = "-10"
    result = read_rollback_stacked(httpx.Response(200, json=payload))
    first, second = result.rollbacks

    assert first.channel is None
    assert first.customer.source_id == "s-1" and first.customer.id is None  # the odd `id` reads None
    assert [c.name for c in second.voucher.categories] == ["ok"]  # the item that is no category is left out
    assert second.amount is None
    assert first.to_dict()["channel"] == "not-an-object"  # kept as it came
    assert [r.to_dict() for r in result.rollbacks] == payload["rollbacks"]
    assert result.to_dict()["rollbacks"] == payload["rollbacks"]


def test_unknown_enum_values_read_as_their_plain_string() -> None:
    payload = load_example("rollbacks_success.json")
    payload["rollbacks"][0]["channel"] = {"channel_type": "x-test-unknown-channel"}
    payload["rollbacks"][1]["voucher"]["type"] = "x-test-unknown-voucher-type"

    first, second = read_rollback_stacked(httpx.Response(200, json=payload)).rollbacks

    assert first.channel.channel_type == "x-test-unknown-channel"
    assert second.voucher.type == "x-test-unknown-voucher-type"
    assert type(second.voucher.type) is str
    # A known value compares equal to its generated enum member, which lists the known values.
    assert first.status == models.RedemptionRollbackStatus.SUCCEEDED or first.status is None


def _annotation_parts(annotation: object) -> list[object]:
    parts = [annotation]
    for arg in typing.get_args(annotation):
        parts.extend(_annotation_parts(arg))
    return parts


def test_no_generated_field_is_annotated_with_unset_and_every_field_reads_none_by_default() -> None:
    for name in models.__all__:
        cls = getattr(models, name)
        if not (isinstance(cls, type) and issubclass(cls, Model)):
            continue
        hints = typing.get_type_hints(cls)
        built = cls()
        for field in attrs.fields(cls):
            if field.name == "_vf_source":
                continue
            assert Unset not in _annotation_parts(hints[field.name]), (name, field.name)
            assert type(None) in typing.get_args(hints[field.name]) or hints[field.name] is typing.Any
            assert getattr(built, field.name) is None


@pytest.mark.parametrize("odd", [False, True])
def test_a_results_to_dict_is_its_items_to_dict(odd: bool) -> None:
    payload = load_example("rollbacks_success.json")
    if odd:  # an order that is no object, and an item that is none: read as None / left out, kept by the document
        payload["order"] = "ord_1"
        payload["rollbacks"].append("not-a-rollback")
    result = read_rollback_stacked(httpx.Response(200, json=payload))

    data = result.to_dict()

    assert data["rollbacks"] == [item.to_dict() for item in result.rollbacks]
    assert data["parent_rollback"] == result.parent_rollback.to_dict()
    assert data["order"] == (None if odd else payload["order"])
    assert result.model.to_dict() == payload
    data["rollbacks"][0]["id"] = "changed"  # a copy: changing it changes nothing in the result
    assert result.rollbacks[0].to_dict()["id"] != "changed"


def test_copies_give_back_what_came_and_an_object_set_later_is_its_own() -> None:
    import copy
    import pickle

    from voucherify_client.models import OrdersGetResponseBody

    payload = load_example("rollbacks_success.json")
    result = stacked_rollback()
    assert result.rollbacks[0].to_dict() == payload["rollbacks"][0]  # pairs the original's objects first

    for copied in (copy.deepcopy(result.model), pickle.loads(pickle.dumps(result.model))):
        assert copied == result.model
        assert [item.to_dict() for item in copied.rollbacks] == payload["rollbacks"]
    result.rollbacks[0].order = OrdersGetResponseBody(id="ord_set_later")
    assert result.rollbacks[0].order.to_dict() == {"id": "ord_set_later"}

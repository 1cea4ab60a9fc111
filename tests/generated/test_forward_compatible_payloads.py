"""Values and fields added by Voucherify after this spec are kept, typed where possible, and written back."""

from __future__ import annotations

from typing import Any

import pytest
from voucherify_client.models import (
    DiscountAmount,
    DiscountAmountVouchersEffectTypes,
    DiscountUnit,
    OrderBaseStatus,
    RedemptionRollbackChannelChannelType,
    RedemptionBaseResult,
    RedemptionRollbackStatus,
    RedemptionsRollbacksCreateResponseBody,
    VoucherBaseType,
)

from tests.support.example_payloads import assert_same_json, load_example, seed_response_filled
from tests.support.generated_helpers import MockServer

# Voucherify's enum values are upper or lower snake case words; a value with this prefix cannot be one it adds.
UNKNOWN = "x-test-unknown-"

SHIPPING_DISCOUNT = {"type": UNKNOWN + "shipping", "shipping_off": 500, "effect": UNKNOWN + "apply-to-shipping"}


def with_unknown_enum_values() -> dict[str, Any]:
    payload = load_example("rollbacks_success.json")
    first, second = payload["rollbacks"]
    first["status"] = UNKNOWN + "status"
    first["channel"] = {"channel_id": "user_g24UoRO3Caxu7FCT4n5tpYEa3zUG0FrH", "channel_type": UNKNOWN + "channel"}
    first["reward"]["voucher"]["discount"] = dict(SHIPPING_DISCOUNT)
    second["voucher"]["type"] = UNKNOWN + "voucher-type"
    second["voucher"]["discount"]["effect"] = UNKNOWN + "effect"
    payload["order"]["status"] = UNKNOWN + "order-status"
    return payload


def test_unknown_enum_values_in_nested_objects_read_as_their_plain_string(server: MockServer) -> None:
    payload = with_unknown_enum_values()
    server.answer(200, payload)

    body = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(body, RedemptionsRollbacksCreateResponseBody)
    first, second = body.rollbacks
    unknowns = [
        (first.status, RedemptionRollbackStatus, UNKNOWN + "status"),
        (first.channel.channel_type, RedemptionRollbackChannelChannelType, UNKNOWN + "channel"),
        (second.voucher.type, VoucherBaseType, UNKNOWN + "voucher-type"),
        (second.voucher.discount.effect, DiscountAmountVouchersEffectTypes, UNKNOWN + "effect"),
        (body.order.status, OrderBaseStatus, UNKNOWN + "order-status"),
    ]
    for value, enum, raw in unknowns:
        # Enum fields hold plain strings: an unknown value reads as itself, with its type what the annotation says.
        assert type(value) is str and value == raw
        assert raw not in {member.value for member in enum}
    # A known value compares equal to its generated enum member (a StrEnum), which lists the known ones.
    assert first.result == RedemptionBaseResult.SUCCESS
    assert body.parent_rollback.order.status == OrderBaseStatus.CANCELED
    assert_same_json(body.to_dict(), payload)


def test_discount_of_an_unknown_type_is_written_back_unchanged(server: MockServer) -> None:
    payload = with_unknown_enum_values()
    server.answer(200, payload)

    body = server.call("rollback_stacked_redemptions").parsed

    assert body.to_dict()["rollbacks"][0]["reward"]["voucher"]["discount"] == SHIPPING_DISCOUNT


def test_discount_of_an_unknown_type_is_not_mistaken_for_a_known_variant(server: MockServer) -> None:
    server.answer(200, with_unknown_enum_values())

    body = server.call("rollback_stacked_redemptions").parsed

    # No known variant has this `type`: the field reads None (it cannot hold what came), the answer keeps it.
    voucher = body.rollbacks[0].reward.voucher
    assert voucher.discount is None
    assert voucher.to_dict()["discount"] == SHIPPING_DISCOUNT


def test_discount_is_read_as_the_variant_its_type_names(server: MockServer) -> None:
    server.answer(200, load_example("rollbacks_success.json"))

    body = server.call("rollback_stacked_redemptions").parsed

    assert type(body.rollbacks[0].reward.voucher.discount) is DiscountUnit
    assert type(body.rollbacks[1].voucher.discount) is DiscountAmount


def with_a_field_added_to_every_object(value: Any, path: str = "$") -> Any:
    if isinstance(value, dict):
        added = {key: with_a_field_added_to_every_object(item, f"{path}.{key}") for key, item in value.items()}
        added["added_later"] = {"at": path, "list": [1, "two", None]}
        return added
    if isinstance(value, list):
        return [with_a_field_added_to_every_object(item, f"{path}[{index}]") for index, item in enumerate(value)]
    return value


@pytest.mark.parametrize("source", ["rollbacks_success", "seed_filled"])
def test_fields_added_at_every_level_are_kept_and_written_back(server: MockServer, source: str) -> None:
    original = load_example("rollbacks_success.json") if source == "rollbacks_success" else seed_response_filled()
    payload = with_a_field_added_to_every_object(original)
    server.answer(200, payload)

    body = server.call("rollback_stacked_redemptions").parsed

    assert isinstance(body, RedemptionsRollbacksCreateResponseBody)
    assert body.additional_properties["added_later"] == {"at": "$", "list": [1, "two", None]}
    assert body.rollbacks[0].voucher.additional_properties["added_later"]["at"] == "$.rollbacks[0].voucher"
    assert list(body.rollbacks[0].order.additional_properties) == ["added_later"]
    assert_same_json(body.to_dict(), payload)

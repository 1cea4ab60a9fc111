"""Errors carry everything Voucherify sends: the validation rule's own message and the related objects, typed."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from voucherify_rollbacks import APIError, AsyncVoucherify, Voucherify
from voucherify_rollbacks.errors import BadRequestError, error_from_response

from tests.support.recording_server import RecordingServer

RULE_REFUSAL = {
    "code": 400,
    "key": "order_rules_violated",
    "message": "order does not match validation rules",
    "details": "Order does not match validation rules.",
    "request_id": "v-0a885062c80375740f",
    "resource_id": "val_sd4nCv0pDXHO",
    "resource_type": "validation_rule",
    "error": {"message": "Spend at least $50 to use this code"},
}
IN_USE = {
    "code": 409,
    "key": "resource_in_use",
    "message": "Resource in use",
    "details": "The validation rule is assigned to 3 objects",
    "related_object_ids": ["camp_1", "camp_2"],
    "related_object_type": "campaign",
    "related_object_total": 3,
}


def test_the_rules_own_message_and_the_related_objects_are_attributes() -> None:
    refused = error_from_response(400, json.dumps(RULE_REFUSAL).encode())
    assert isinstance(refused, BadRequestError)
    assert refused.validation_rule_message == "Spend at least $50 to use this code"
    assert refused.message == "order does not match validation rules"
    assert (refused.related_object_ids, refused.related_object_type, refused.related_object_total) == (None,) * 3
    in_use = error_from_response(409, json.dumps(IN_USE))
    assert in_use.related_object_ids == ("camp_1", "camp_2")
    assert (in_use.related_object_type, in_use.related_object_total) == ("campaign", 3)
    assert in_use.validation_rule_message is None
    assert in_use.to_dict()["related_object_ids"] == ["camp_1", "camp_2"]


@pytest.mark.parametrize(
    "body",
    [
        {"code": 400, "related_object_ids": "camp_1", "related_object_total": "many", "error": "text"},
        {"code": 400, "related_object_ids": [1, None, "camp_1"], "related_object_total": 2.0, "error": {"message": 5}},
    ],
)
def test_odd_shapes_never_raise_and_keep_only_what_fits_the_types(body: dict[str, Any]) -> None:
    error = error_from_response(400, json.dumps(body))
    assert error.related_object_ids in (None, ("camp_1",))
    assert error.related_object_total in (None, 2)
    assert error.validation_rule_message is None


def test_both_clients_raise_them_from_a_real_answer() -> None:
    with RecordingServer() as server:
        server.on("POST", "/v1/redemptions", (400, RULE_REFUSAL, {}))
        server.on("GET", "/v1/redemptions/r_1", (409, IN_USE, {}))
        options: dict[str, Any] = {"base_url": server.base_url, "app_id": "app-1", "app_token": "token-0f3c9a"}
        with Voucherify(**options) as vf:
            with pytest.raises(APIError) as redeemed:
                vf.redeem(["SAVE10"])
            with pytest.raises(APIError) as read:
                vf.get_redemption("r_1")

        async def run() -> tuple[APIError, APIError]:
            async with AsyncVoucherify(**options) as avf:
                with pytest.raises(APIError) as first:
                    await avf.redeem(["SAVE10"])
                with pytest.raises(APIError) as second:
                    await avf.get_redemption("r_1")
            return first.value, second.value

        async_redeemed, async_read = asyncio.run(run())
    for refusal in (redeemed.value, async_redeemed):
        assert refusal.validation_rule_message == "Spend at least $50 to use this code"
    for in_use in (read.value, async_read):
        assert (in_use.related_object_ids, in_use.related_object_type, in_use.related_object_total) == (
            ("camp_1", "camp_2"),
            "campaign",
            3,
        )

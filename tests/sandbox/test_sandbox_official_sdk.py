"""The official `voucherify` 6.1.1 SDK works unchanged against the sandbox (strict enums and all)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

voucherify = pytest.importorskip("voucherify")

from voucherify_sandbox import Sandbox  # noqa: E402


@pytest.fixture
def redemptions_api(sb: Sandbox) -> Iterator[voucherify.RedemptionsApi]:
    configuration = voucherify.Configuration(
        host=sb.base_url, api_key={"X-App-Id": sb.app_id, "X-App-Token": sb.app_token}
    )
    with voucherify.ApiClient(configuration) as client:
        yield voucherify.RedemptionsApi(client)


def redeem_request(*redeemables: dict) -> voucherify.RedemptionsRedeemRequestBody:
    return voucherify.RedemptionsRedeemRequestBody.from_dict(
        {
            "redeemables": list(redeemables),
            "order": {"amount": 20000, "source_id": "sdk-order"},
            "customer": {"source_id": "sdk@example.com"},
        }
    )


def test_sdk_redeem_rollback_get_and_list(sb: Sandbox, redemptions_api) -> None:
    redeemed = redemptions_api.redeem_stacked_discounts(
        redeem_request(
            {"object": "voucher", "id": "GIFT-100", "gift": {"credits": 2500}},
            {"object": "voucher", "id": "LOYALTY-1000", "reward": {"id": "rew_1", "points": 100}},
            {"object": "voucher", "id": "PERCENT20"},
            {"object": "promotion_tier", "id": "promo_WELCOME5"},
        )
    )
    parent_id = redeemed.parent_redemption.id
    assert len(redeemed.redemptions) == 4 and redeemed.order.status == "PAID"

    body = voucherify.RedemptionsRollbacksCreateRequestBody.from_dict({"reason": "sdk test", "metadata": {"k": "v"}})
    rolled = redemptions_api.rollback_stacked_redemptions(
        parent_id, reason="query reason", redemptions_rollbacks_create_request_body=body
    )
    assert rolled.parent_rollback.redemption == parent_id and rolled.parent_rollback.status == "SUCCEEDED"
    assert [r.redemption for r in rolled.rollbacks] == [r.id for r in redeemed.redemptions]
    assert rolled.rollbacks[0].amount == -2500 and rolled.order.status == "CANCELED"
    assert sb.voucher("GIFT-100")["gift"]["balance"] == 10000

    got = redemptions_api.get_redemption(parent_id)
    assert got.id == parent_id and got.status == "ROLLED_BACK"
    got_rollback = redemptions_api.get_redemption(rolled.rollbacks[0].id)
    assert got_rollback.object == "redemption_rollback"

    listed = redemptions_api.list_redemptions(
        limit=100, page=1, order=voucherify.ParameterOrderListRedemptions("-created_at")
    )
    assert listed.total == 10 and len(listed.redemptions) == 10

    filtered = redemptions_api.list_redemptions(
        filters=voucherify.ParameterFiltersListRedemptions.from_dict(
            {"object": {"conditions": {"$in": ["redemption_rollback"]}}}
        ),
        created_at=voucherify.ParameterCreatedBeforeAfter(after=sb.now() - __import__("datetime").timedelta(hours=1)),
    )
    assert filtered.total == 5 and {r.object for r in filtered.redemptions} == {"redemption_rollback"}


def test_sdk_single_rollback_and_errors(sb: Sandbox, redemptions_api) -> None:
    redeemed = redemptions_api.redeem_stacked_discounts(redeem_request({"object": "voucher", "id": "SAVE10"}))
    assert redeemed.parent_redemption is None
    redemption_id = redeemed.redemptions[0].id
    rollback = redemptions_api.rollback_redemption(redemption_id)
    assert rollback.redemption == redemption_id and rollback.result == "SUCCESS"
    with pytest.raises(voucherify.exceptions.BadRequestException) as refused:
        redemptions_api.rollback_stacked_redemptions(redemption_id)
    assert '"already_rolled_back"' in refused.value.body
    with pytest.raises(voucherify.exceptions.NotFoundException):
        redemptions_api.get_redemption("r_unknown")
    with pytest.raises(voucherify.exceptions.BadRequestException) as failed:
        redemptions_api.redeem_stacked_discounts(redeem_request({"object": "voucher", "id": "EXPIRED-10"}))
    assert '"voucher_expired"' in failed.value.body
    failures = redemptions_api.list_redemptions(result="FAILURE")
    # the refused second rollback is stored too, as a failed rollback (rrf_)
    assert failures.total == 2 and {r.failure_code for r in failures.redemptions} == {
        "voucher_expired",
        "already_rolled_back",
    }

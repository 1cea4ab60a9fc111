"""The SDK (Voucherify / AsyncVoucherify) against the sandbox over real sockets: every operation, every refusal, and
every injected fault gives the right result or the right error, and the store holds exactly-once effects."""

from __future__ import annotations

import asyncio
import datetime
import time
from typing import Any

import pytest
from voucherify_rollbacks import errors, new_marker, rollback_ids
from voucherify_rollbacks.operations.records import Redemption, Rollback
from voucherify_sandbox import Sandbox

STACK = [
    {"object": "voucher", "id": "GIFT-100", "gift": {"credits": 2500}},
    {"object": "voucher", "id": "SAVE10"},
    {"object": "voucher", "id": "LOYALTY-1000", "reward": {"points": 300}},
    {"object": "promotion_tier", "id": "promo_SPEND100"},
]
ORDER = {"source_id": "order-1", "amount": 20000}


def no_sleep(_: float) -> None:
    """Retries in these tests wait for nothing: the sandbox's faults are one-shot."""


async def no_async_sleep(_: float) -> None:
    """The async twin of no_sleep."""


def client(sb: Sandbox, **kwargs: Any) -> Any:
    return sb.client(sleep=no_sleep, **kwargs)


def balances(sb: Sandbox) -> tuple[int, int, int]:
    return (
        sb.voucher("GIFT-100")["gift"]["balance"],
        sb.voucher("LOYALTY-1000")["loyalty_card"]["balance"],
        sb.voucher("SAVE10")["redemption"]["redeemed_quantity"],
    )


def test_redeem_then_rollback_stack_restores_every_balance_and_cancels_the_order(sb: Sandbox) -> None:
    before = balances(sb)
    with client(sb) as vf:
        redeemed = vf.redeem(STACK, order=ORDER, customer={"source_id": "annie@lemon.com"})
        assert redeemed.parent_redemption is not None and len(redeemed.redemptions) == 4
        assert redeemed.order is not None and redeemed.order.status == "PAID"
        assert redeemed.order.total_amount == redeemed.order.amount - redeemed.order.total_discount_amount
        assert balances(sb) == (before[0] - 2500, before[1] - 300, before[2] + 1)

        result = vf.rollback_stacked(redeemed.redemption_id, reason="Order canceled", metadata={"source": "test"})

    assert result.ok and not result.recovered and result.request_id
    assert result.parent_rollback is not None and result.parent_rollback.redemption == redeemed.redemption_id
    assert {r.redemption for r in result.rollbacks} == {r.id for r in redeemed.redemptions}
    assert all(r.id and r.id.startswith("rr_") for r in result.rollbacks)
    gift = next(r for r in result.rollbacks if r.voucher and r.voucher.code == "GIFT-100")
    assert gift.amount == -2500
    assert result.order is not None and result.order.status == "CANCELED"
    assert balances(sb) == before


def test_second_rollback_raises_already_rolled_back_with_a_stored_failed_rollback(sb: Sandbox) -> None:
    with client(sb) as vf:
        parent = vf.redeem(STACK, order=ORDER).redemption_id
        vf.rollback_stacked(parent)
        with pytest.raises(errors.AlreadyRolledBackError) as refusal:
            vf.rollback_stacked(parent)
        stored = vf.get_redemption(refusal.value.resource_id)
    assert refusal.value.status_code == 400 and refusal.value.resource_id.startswith("rrf_")
    assert isinstance(stored, Rollback) and stored.result == "FAILURE" and stored.failure_code == "already_rolled_back"
    assert sb.count_rollbacks(parent) == 1


def test_refusals_map_to_their_error_classes(sb: Sandbox) -> None:
    with client(sb) as vf:
        stack = vf.redeem(STACK[:2], order=ORDER)
        child = stack.redemptions[0].id
        with pytest.raises(errors.InvalidRedemptionParentError):
            vf.rollback_stacked(child)
        with pytest.raises(errors.InvalidRedemptionError):
            vf.rollback(stack.redemption_id)
        with pytest.raises(errors.NotFoundError) as missing:
            vf.rollback_stacked("r_doesnotexist0000000000")
        with pytest.raises(errors.VoucherExpiredError):
            vf.redeem(["EXPIRED-10"], order=ORDER)
        with pytest.raises(errors.DuplicatedRedeemablesError):
            vf.redeem(["SAVE10", "SAVE10"], order=ORDER)
    assert missing.value.key == "not_found" and missing.value.status_code == 404


def test_all_policy_applies_nothing_when_one_redeemable_fails(sb: Sandbox) -> None:
    before = balances(sb)
    with client(sb) as vf, pytest.raises(errors.QuantityExceededError):
        vf.redeem(["ONCE-5"], order=ORDER)
        vf.redeem([*STACK, "ONCE-5"], order=ORDER)
    assert balances(sb) == before


def test_single_redemption_rolls_back_through_both_endpoints(sb: Sandbox) -> None:
    with client(sb) as vf:
        first = vf.redeem(["SAVE10"], order=ORDER)
        second = vf.redeem(["SAVE10"], order=ORDER)
        assert first.parent_redemption is None and first.redemption_id == first.redemptions[0].id
        single = vf.rollback(first.redemption_id, reason="wrong item")
        via_stack_endpoint = vf.rollback_stacked(second.redemption_id)
    assert single.parent_rollback is None and [r.redemption for r in single.rollbacks] == [first.redemption_id]
    assert [r.redemption for r in via_stack_endpoint.rollbacks] == [second.redemption_id]


def test_get_and_list_return_redemptions_and_rollbacks(sb: Sandbox) -> None:
    with client(sb) as vf:
        parent = vf.redeem(STACK[:2], order=ORDER).redemption_id
        rolled = vf.rollback_stacked(parent)
        fetched = vf.get_redemption(parent)
        listed = list(vf.redemptions(page_size=2))
        rollbacks_only = list(vf.redemptions(object="redemption_rollback"))
    assert isinstance(fetched, Redemption) and fetched.status == "ROLLED_BACK"
    assert rolled.parent_rollback is not None and rolled.parent_rollback.id in rollback_ids(fetched)
    assert {type(item) for item in listed} == {Redemption, Rollback}
    assert len(listed) == 6  # parent + 2 children, and their 3 rollbacks
    assert len({item.id for item in listed}) == 6
    assert {item.id for item in rollbacks_only} == {r.id for r in rolled.rollbacks} | {rolled.parent_rollback.id}


def test_listing_pages_through_a_created_at_window_one_item_at_a_time(sb: Sandbox) -> None:
    with client(sb) as vf:
        ids = {vf.redeem(["SAVE10"], order=ORDER).redemption_id for _ in range(5)}
        window_end = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
        listed = [item.id for item in vf.redemptions(page_size=1, created_before=window_end)]
    assert set(listed) == ids and len(listed) == len(ids)


@pytest.mark.parametrize("fault", ["429", "500", "502", "503"])
def test_rollback_retries_a_status_fault_and_applies_once(sb: Sandbox, fault: str) -> None:
    with client(sb) as vf:
        parent = vf.redeem(STACK, order=ORDER).redemption_id
        sb.inject_fault("rollback-stacked-redemptions", fault)
        result = vf.rollback_stacked(parent)
    assert result.ok and not result.recovered
    assert sb.count_rollbacks(parent) == 1 and sb.faults_pending() == {}


def test_rollback_dropped_after_commit_is_recovered_not_reported_failed(sb: Sandbox) -> None:
    before = balances(sb)
    with client(sb) as vf:
        redeemed = vf.redeem(STACK, order=ORDER)
        sb.inject_fault("rollback-stacked-redemptions", "drop-after-commit")
        result = vf.rollback_stacked(redeemed.redemption_id, marker=new_marker())  # the marker proves it ours
    assert result.recovered and result.ok
    assert result.parent_rollback is not None and result.parent_rollback.redemption == redeemed.redemption_id
    assert {r.redemption for r in result.rollbacks} == {r.id for r in redeemed.redemptions}
    assert result.order is not None and result.order.status == "CANCELED"
    assert sb.count_rollbacks(redeemed.redemption_id) == 1 and balances(sb) == before


def test_single_rollback_dropped_after_commit_is_recovered(sb: Sandbox) -> None:
    with client(sb) as vf:
        redemption_id = vf.redeem(["SAVE10"], order=ORDER).redemption_id
        sb.inject_fault("rollback-redemption", "drop-after-commit")
        result = vf.rollback(redemption_id, marker=new_marker())
    assert result.recovered and [r.redemption for r in result.rollbacks] == [redemption_id]
    assert sb.count_rollbacks(redemption_id) == 1


def test_rollback_reset_before_is_retried_and_applied_once(sb: Sandbox) -> None:
    with client(sb) as vf:
        parent = vf.redeem(STACK, order=ORDER).redemption_id
        sb.inject_fault("rollback-stacked-redemptions", "reset-before")
        result = vf.rollback_stacked(parent)
    assert result.ok and not result.recovered and sb.count_rollbacks(parent) == 1


def test_rollback_slower_than_the_timeout_is_retried_and_applied_once(sb: Sandbox) -> None:
    with client(sb, timeout=0.3) as vf:
        parent = vf.redeem(STACK, order=ORDER).redemption_id
        sb.inject_fault("rollback-stacked-redemptions", "delay:0.8")
        # The first attempt times out while the server still holds it; the retry rolls the stack back, and when the
        # delayed attempt is processed afterwards it is refused as already rolled back.
        result = vf.rollback_stacked(parent)
        assert result.ok and result.parent_rollback is not None
        time.sleep(1.0)
    assert sb.count_rollbacks(parent) == 1


@pytest.mark.parametrize("fault", ["drop-after-commit", "reset-before", "500", "502", "503"])
def test_redeem_is_never_sent_twice_after_an_ambiguous_failure(sb: Sandbox, fault: str) -> None:
    before = balances(sb)
    sb.inject_fault("redeem-stacked-discounts", fault)
    with client(sb) as vf, pytest.raises((errors.APIConnectionError, errors.ServerError)) as failure:
        vf.redeem(STACK, order=ORDER)
    assert sb.faults_pending() == {}
    with sb.client() as reader:
        listed = list(reader.redemptions())
    applied = 1 if fault == "drop-after-commit" else 0
    assert (
        len([r for r in listed if isinstance(r, Redemption) and r.redemption is None and r.result == "SUCCESS"])
        == applied
    )
    expected = (before[0] - 2500, before[1] - 300, before[2] + 1) if applied else before
    assert balances(sb) == expected
    if isinstance(failure.value, errors.APIConnectionError):
        assert failure.value.request_sent is None  # it may have arrived: the caller must check, not retry blindly


def test_redeem_retries_a_429_which_applied_nothing(sb: Sandbox) -> None:
    sb.inject_fault("redeem-stacked-discounts", "429")
    with client(sb) as vf:
        redeemed = vf.redeem(STACK, order=ORDER)
    assert redeemed.parent_redemption is not None and sb.faults_pending() == {}


@pytest.mark.parametrize("fault", ["429", "500", "502", "503", "reset-before", "drop-after-commit"])
def test_get_and_list_retry_every_fault(sb: Sandbox, fault: str) -> None:
    with client(sb) as vf:
        redemption_id = vf.redeem(["SAVE10"], order=ORDER).redemption_id
        sb.inject_fault("get-redemption", fault)
        sb.inject_fault("list-redemptions", fault)
        fetched = vf.get_redemption(redemption_id)
        listed = list(vf.redemptions())
    assert isinstance(fetched, Redemption) and fetched.id == redemption_id
    assert [item.id for item in listed] == [redemption_id]


def test_async_client_matches_sync_over_the_sandbox(sb: Sandbox) -> None:
    async def scenario() -> tuple[Any, Any, Any]:
        async with sb.async_client(sleep=no_async_sleep) as vf:
            redeemed = await vf.redeem(STACK, order=ORDER)
            sb.inject_fault("rollback-stacked-redemptions", "drop-after-commit")
            result = await vf.rollback_stacked(redeemed.redemption_id, marker=new_marker())
            with pytest.raises(errors.AlreadyRolledBackError) as refusal:
                await vf.rollback_stacked(redeemed.redemption_id)
            listed = [item async for item in vf.redemptions(parent_redemption_id=redeemed.redemption_id)]
            return redeemed, result, (refusal.value, listed)

    redeemed, result, (refusal, listed) = asyncio.run(scenario())
    assert result.recovered and {r.redemption for r in result.rollbacks} == {r.id for r in redeemed.redemptions}
    assert refusal.resource_id.startswith("rrf_")
    assert {item.id for item in listed} >= {r.id for r in redeemed.redemptions}
    assert sb.count_rollbacks(redeemed.redemption_id) == 1


def test_wrong_credentials_raise_authentication_error(sb: Sandbox) -> None:
    with Sandbox_client_with_token(sb, "wrong") as vf, pytest.raises(errors.AuthenticationError) as denied:
        vf.get_redemption("r_anything")
    assert denied.value.status_code == 401 and "wrong" not in str(denied.value)


def Sandbox_client_with_token(sb: Sandbox, token: str) -> Any:
    from voucherify_rollbacks import Voucherify

    return Voucherify(base_url=sb.base_url, app_id=sb.app_id, app_token=token, sleep=no_sleep)


def test_bearer_token_authenticates(sb: Sandbox) -> None:
    from voucherify_rollbacks import Voucherify

    with Voucherify(base_url=sb.base_url, bearer_token=sb.bearer_token) as vf:
        assert vf.redeem(["SAVE10"], order=ORDER).redemption_id


def test_unknown_voucher_code_raises_resource_not_found(sb: Sandbox) -> None:
    with client(sb) as vf, pytest.raises(errors.ResourceNotFoundError) as missing:
        vf.redeem(["NO-SUCH-CODE", "SAVE10"], order=ORDER)
    assert missing.value.key == "resource_not_found" and missing.value.resource_id == "NO-SUCH-CODE"


def test_listing_by_several_results_repeats_the_parameter(sb: Sandbox) -> None:
    with client(sb) as vf:
        vf.redeem(["SAVE10"], order=ORDER)
        with pytest.raises(errors.VoucherExpiredError):
            vf.redeem(["EXPIRED-10"], order=ORDER)
        both = list(vf.redemptions(result=["SUCCESS", "FAILURE"]))
        failed = list(vf.redemptions(result="FAILURE"))
    assert sorted(item.result or "" for item in both) == ["FAILURE", "SUCCESS"]
    assert [item.failure_code for item in failed] == ["voucher_expired"]

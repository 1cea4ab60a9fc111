"""Typed code using issue 19's controls, checked by `mypy --strict` (test_typed_examples.py); never run as a test.

Each function is what a user would write: a token provider, a plan's pace, a custom request typed by `cast_to`, the
attempts and elapsed time of results and errors, and the details an error carries.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, assert_type

from voucherify_rollbacks import (
    AccessToken,
    AnswerReceived,
    APIError,
    AppKeysTokenProvider,
    AsyncVoucherify,
    CallFinished,
    Hooks,
    RetryScheduled,
    RollbackOutcome,
    ServiceKeyTokenProvider,
    TokenRefreshError,
    Voucherify,
    opentelemetry_hooks,
)


class Campaign:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        return cls(str(src_dict["name"]))


def token_from_vault() -> AccessToken:
    return AccessToken("token", datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=15))


async def async_token_from_vault() -> AccessToken:
    return AccessToken("token", None)


def tokens() -> None:
    with Voucherify(token_provider=AppKeysTokenProvider("id", "secret", scopes=["api", "redemptions"])) as vf:
        vf.get_redemption("r_1")
    with Voucherify(token_provider=ServiceKeyTokenProvider("client", "secret")) as vf:
        vf.get_redemption("r_1")
    try:
        with Voucherify(token_provider=token_from_vault) as vf:
            vf.get_redemption("r_1")
    except TokenRefreshError as failed:
        status: int | None = failed.status_code
        print(status, failed.last_error)


async def async_tokens() -> None:
    async with AsyncVoucherify(token_provider=async_token_from_vault) as vf:
        await vf.get_redemption("r_1")


def pace(ids: list[str]) -> list[RollbackOutcome]:
    with Voucherify(rate_limit_plan="sandbox") as vf:
        return list(vf.rollback_many(ids, journal="wave.sqlite"))


def custom_requests() -> None:
    with Voucherify() as vf:
        raw = vf.request("GET", "/v1/campaigns/camp_1", query={"expand": "all"})
        assert_type(raw, Any)
        campaign = vf.request("GET", "/v1/campaigns/camp_1", cast_to=Campaign, timeout=5)
        assert_type(campaign, Campaign)
        print(campaign.name)


async def async_custom_requests() -> None:
    async with AsyncVoucherify() as vf:
        campaign = await vf.request("POST", "/v1/campaigns", body={"name": "x"}, cast_to=Campaign)
        assert_type(campaign, Campaign)


def raw_info() -> None:
    with Voucherify() as vf:
        result = vf.rollback_stacked("r_1")
        attempts: int | None = result.attempts
        elapsed: float | None = result.elapsed
        print(attempts, elapsed, result.status_code, result.request_id, result.headers)
        try:
            vf.redeem(["CODE"])
        except APIError as error:
            rule: str | None = error.validation_rule_message
            ids: tuple[str, ...] | None = error.related_object_ids
            total: int | None = error.related_object_total
            kind: str | None = error.related_object_type
            print(rule, ids, total, kind, error.attempts, error.elapsed, error.status_code, error.headers)


def hooks() -> None:
    def answered(event: AnswerReceived) -> None:
        print(event.status_code, event.request_id, event.duration)

    def retried(event: RetryScheduled) -> None:
        print(event.reason, event.delay)

    def finished(event: CallFinished) -> None:
        print(event.operation, event.ok, event.attempts, event.elapsed, event.recovered)

    with Voucherify(hooks=Hooks(after_answer=answered, on_retry=retried, on_outcome=finished)) as vf:
        vf.get_redemption("r_1")
    with Voucherify(hooks=opentelemetry_hooks()) as vf:
        vf.get_redemption("r_1")

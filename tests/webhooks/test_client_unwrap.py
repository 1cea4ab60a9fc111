"""Both clients unwrap webhooks with their `webhook_secret` (or VOUCHERIFY_WEBHOOK_SECRET); the secret is shown
nowhere: not in the client's repr, not in a log record of the SDK's logger, not in an error."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from voucherify_rollbacks import AsyncVoucherify, ConfigurationError, Voucherify, WebhookSignatureError
from voucherify_rollbacks.webhooks import RollbackSucceededEvent, sign_payload

SECRET = "whsec-client-7f3a"
BODY = json.dumps(
    {
        "id": "whs_1",
        "type": "redemption.rollback.succeeded",
        "data": {"redemption_rollback": {"id": "rr_1", "redemption": "r_1"}},
        "event": {"id": "evred_1", "group_id": "v-1"},
    }
).encode()
KEYS = {"app_id": "app", "app_token": "token", "base_url": "http://127.0.0.1:9"}


def headers(secret: str = SECRET) -> dict[str, str]:
    return {"X-Voucherify-Signature": sign_payload(BODY, secret)}


def test_the_client_option_unwraps_and_stays_out_of_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="voucherify_rollbacks")
    with Voucherify(**KEYS, webhook_secret=SECRET) as vf:
        event = vf.unwrap_webhook(BODY, headers())
        assert isinstance(event, RollbackSucceededEvent)
        assert event.data and event.data.redemption_rollback and event.data.redemption_rollback.id == "rr_1"
        logging.getLogger("voucherify_rollbacks").warning("the webhook secret is %s", SECRET)
        with pytest.raises(WebhookSignatureError) as caught:
            vf.unwrap_webhook(BODY, headers("whsec-other"))
        shown = [repr(vf), str(caught.value), repr(caught.value), caplog.text]
    assert "the webhook secret is" in caplog.text
    assert all(SECRET not in text for text in shown)


def test_rotation_through_the_client_option() -> None:
    with Voucherify(**KEYS, webhook_secret=["old-secret", SECRET]) as vf:
        assert isinstance(vf.unwrap_webhook(BODY, headers()), RollbackSucceededEvent)
        assert isinstance(vf.unwrap_webhook(BODY, headers("old-secret")), RollbackSucceededEvent)


def test_the_environment_gives_the_secret_and_the_async_client_unwraps_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VOUCHERIFY_WEBHOOK_SECRET", SECRET)
    client = AsyncVoucherify(**KEYS)
    try:
        assert isinstance(client.unwrap_webhook(BODY, headers(), max_age=None), RollbackSucceededEvent)
        assert SECRET not in repr(client)
    finally:
        asyncio.run(client.aclose())


def test_without_a_secret_every_webhook_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VOUCHERIFY_WEBHOOK_SECRET", raising=False)
    with Voucherify(**KEYS) as vf, pytest.raises(WebhookSignatureError, match="no webhook secret"):
        vf.unwrap_webhook(BODY, headers())


@pytest.mark.parametrize("secret", ["", "  ", [""], [SECRET, 7], 42])
def test_an_unusable_secret_is_refused_when_the_client_is_made(secret: object) -> None:
    with pytest.raises(ConfigurationError, match="webhook_secret"):
        Voucherify(**KEYS, webhook_secret=secret)  # type: ignore[arg-type]

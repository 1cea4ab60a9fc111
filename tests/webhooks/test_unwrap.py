"""`unwrap`: verified, typed events from raw bytes and headers. Voucherify's own published examples of the four
redemption events (spec/upstream/OpenAPIWebhooks.json, in their envelope) come back as the generated classes with
typed `data`; any other type as an UnknownEvent that round-trips; every bad signature, secret, body or age is a
typed error that never shows the secret."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from voucherify_events.models import SimpleRedemption
from voucherify_rollbacks import (
    InvalidArgumentError,
    InvalidArgumentTypeError,
    VoucherifyError,
    WebhookPayloadError,
    WebhookSignatureError,
    WebhookTimestampError,
)
from voucherify_rollbacks.webhooks import (
    RedemptionFailedEvent,
    RedemptionSucceededEvent,
    RollbackFailedEvent,
    RollbackSucceededEvent,
    UnknownEvent,
    WebhookEnvelope,
    event_id,
    parse_received_line,
    received_line,
    sign_payload,
    unwrap,
)

REPO = Path(__file__).resolve().parents[2]
SECRET = "whsec-unwrap-1"
CREATED = "2026-12-06T08:00:00.000Z"
NOW = datetime.datetime(2026, 12, 6, 8, 0, 30, tzinfo=datetime.UTC)
CLASSES = {
    "redemption.succeeded": RedemptionSucceededEvent,
    "redemption.failed": RedemptionFailedEvent,
    "redemption.rollback.succeeded": RollbackSucceededEvent,
    "redemption.rollback.failed": RollbackFailedEvent,
}
WEBHOOKS = {
    "redemption.succeeded": "EVENTS.REDEMPTION.SUCCEEDED",
    "redemption.failed": "EVENTS.REDEMPTION.FAILED",
    "redemption.rollback.succeeded": "EVENTS.REDEMPTION.ROLLBACK.SUCCEEDED",
    "redemption.rollback.failed": "EVENTS.REDEMPTION.ROLLBACK.FAILED",
}


def published_data(event_type: str) -> dict[str, Any]:
    """The `data` of Voucherify's own example of this event (the vendored spec, not a copy of it)."""
    spec = json.loads((REPO / "spec" / "upstream" / "OpenAPIWebhooks.json").read_text(encoding="utf-8"))
    media = spec["webhooks"][WEBHOOKS[event_type]]["post"]["requestBody"]["content"]["application/json"]
    (example,) = media["examples"].values()
    data: dict[str, Any] = example["value"]
    return data


def envelope(event_type: str, data: Any, **changes: Any) -> dict[str, Any]:
    body = {
        "id": "whs_0e16e42bc6e0c65b57",
        "project_id": "proj_5T4Rpl4T1nuM",
        "created_at": CREATED,
        "type": event_type,
        "data": data,
        "source": {"id": "wh_j56Vfy47Vx9YOX7QYD1fzHnc", "object": "webhook", "target_url": "https://shop/hooks"},
        "event": {
            "id": "evred_1f3611301g3127begb",
            "type": event_type,
            "created_at": CREATED,
            "entity_id": "rr_1f3611302bf107befb",
            "group_id": "v-1f36113948e50fc4ge",
            "event_source": {"channel": "API", "api_key": {"name": "shop", "app_id": "app-1"}},
        },
    }
    body.update(changes)
    return body


def signed(payload: Any, *, indent: int | None = None, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload, indent=indent).encode()
    return body, {"Content-Type": "application/json", "X-Voucherify-Signature": sign_payload(body, secret)}


@pytest.mark.parametrize("event_type", sorted(CLASSES))
def test_each_published_redemption_event_comes_back_typed(event_type: str) -> None:
    payload = envelope(event_type, published_data(event_type))
    body, headers = signed(payload)

    event = unwrap(body, headers, secret=SECRET)

    assert type(event) is CLASSES[event_type]
    assert event.id == "whs_0e16e42bc6e0c65b57" and event.project_id == "proj_5T4Rpl4T1nuM"
    assert event.created_at == datetime.datetime(2026, 12, 6, 8, 0, tzinfo=datetime.UTC)
    assert event.event and event.event.group_id == "v-1f36113948e50fc4ge"
    assert event.event.event_source and event.event.event_source.channel == "API"
    assert event.source and event.source.id == "wh_j56Vfy47Vx9YOX7QYD1fzHnc"
    assert event_id(event) == "evred_1f3611301g3127begb"
    assert event.data is not None and not isinstance(event.data, dict)


def test_a_rollback_event_reads_its_rollback_typed_and_writes_back_as_received() -> None:
    data = published_data("redemption.rollback.succeeded")
    payload = envelope("redemption.rollback.succeeded", data)
    body, headers = signed(payload, indent=2)

    event = unwrap(body, headers, secret=SECRET)

    assert isinstance(event, RollbackSucceededEvent)
    assert event.data and isinstance(event.data.redemption_rollback, SimpleRedemption)
    assert event.data.redemption_rollback.id == data["redemption_rollback"]["id"]
    assert event.data.redemption_rollback.redemption == data["redemption_rollback"]["redemption"]
    assert event.to_dict() == payload


def test_rolled_back_reads_as_the_api_spells_it_and_the_spec_spelling_is_kept_as_sent() -> None:
    # The event spec says "ROLLED BACK"; the overlay corrects it to the API's ROLLED_BACK (facts §3.2; the spec side is
    # tested in tests/generated/test_event_spec.py). Either spelling reads, and writes back, as sent.
    for status in ("ROLLED_BACK", "ROLLED BACK"):
        rollback = {"id": "r_1", "object": "redemption", "status": status}
        payload = envelope("redemption.succeeded", {"redemption": rollback})
        event = unwrap(*signed(payload), secret=SECRET)
        assert isinstance(event, RedemptionSucceededEvent)
        assert event.data and event.data.redemption and event.data.redemption.status == status
        assert event.to_dict() == payload


def test_any_other_type_is_an_unknown_event_that_round_trips() -> None:
    payload = envelope(
        "voucher.loyalty_card.points_added",
        {"voucher": {"code": "LC-1", "loyalty_card": {"points": 5}}, "unheard_of": [1, 2.5, None]},
        extra_top_level={"kept": True},
    )
    event = unwrap(*signed(payload, indent=4), secret=SECRET)

    assert isinstance(event, UnknownEvent)
    assert event.type == "voucher.loyalty_card.points_added"
    assert event.to_dict() == payload
    event.to_dict()["data"].clear()  # a copy each time
    assert event.to_dict() == payload
    assert isinstance(event.envelope, WebhookEnvelope)
    assert event.envelope.event and event.envelope.event.group_id == "v-1f36113948e50fc4ge"
    assert event_id(event) == "evred_1f3611301g3127begb"
    assert "voucher.loyalty_card.points_added" in repr(event)


def test_a_body_without_the_typed_fields_still_unwraps() -> None:
    event = unwrap(*signed({"type": "redemption.rollback.failed"}), secret=SECRET)
    assert isinstance(event, RollbackFailedEvent)
    assert event_id(event) is None


def test_rotation_accepts_any_of_the_secrets_given() -> None:
    body, headers = signed(envelope("redemption.failed", {}), secret="new-secret")
    assert isinstance(unwrap(body, headers, secret=["old-secret", "new-secret"]), RedemptionFailedEvent)
    assert isinstance(unwrap(body, headers, secret=("new-secret",)), RedemptionFailedEvent)
    with pytest.raises(WebhookSignatureError):
        unwrap(body, headers, secret=["old-secret"])


def _flipped(body: bytes) -> bytes:
    index = body.index(b"evred_") + 6
    return body[:index] + bytes([body[index] ^ 1]) + body[index + 1 :]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("flipped byte", "does not match"),
        ("wrong secret", "does not match"),
        ("empty secret", "empty"),
        ("blank secret", "empty"),
        ("no secret", "no webhook secret"),
        ("bytes secret", "must be a string"),
        ("no header", "has no x-voucherify-signature"),
        ("empty header", "header is empty"),
        ("malformed header", "not a hex SHA-256"),
    ],
)
def test_every_bad_signature_or_secret_is_refused_typed(case: str, expected: str) -> None:
    body, headers = signed(envelope("redemption.rollback.succeeded", {}))
    secret: Any = SECRET
    if case == "flipped byte":
        body = _flipped(body)
    secrets: dict[str, Any] = {"wrong secret": "whsec-other", "empty secret": "", "blank secret": "  ", "no secret": []}
    secret = secrets.get(case, secret)
    if case == "bytes secret":
        secret = SECRET.encode()
    if case == "no header":
        del headers["X-Voucherify-Signature"]
    headers_by_case = {"empty header": "", "malformed header": "sha256=" + "0" * 57}
    if case in headers_by_case:
        headers["X-Voucherify-Signature"] = headers_by_case[case]

    with pytest.raises(WebhookSignatureError) as caught:
        unwrap(body, headers, secret=secret)

    assert isinstance(caught.value, VoucherifyError)
    assert expected in str(caught.value)
    for shown in (str(caught.value), repr(caught.value), json.dumps(caught.value.to_dict())):
        assert SECRET not in shown and sign_payload(body, SECRET) not in shown


def test_the_header_is_found_in_any_case_and_in_pairs_objects() -> None:
    body, headers = signed(envelope("redemption.failed", {}))
    value = headers["X-Voucherify-Signature"]

    class Pairs:
        def items(self) -> list[tuple[str, str]]:
            return [("content-type", "application/json"), ("X-VOUCHERIFY-SIGNATURE", value)]

    assert isinstance(unwrap(body, Pairs(), secret=SECRET), RedemptionFailedEvent)
    assert isinstance(unwrap(bytearray(body), {"x-voucherify-signature": value}, secret=SECRET), RedemptionFailedEvent)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"not json", "not JSON"), (b"[1, 2]", "JSON list"), (b'"text"', "JSON str"), (b"\xff\xfe", "not UTF-8")],
)
def test_a_signed_body_that_is_not_a_json_object_is_a_payload_error(raw: bytes, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        unwrap(raw, {"x-voucherify-signature": sign_payload(raw, SECRET)}, secret=SECRET)


def test_text_or_no_headers_are_refused_before_checking() -> None:
    body, headers = signed(envelope("redemption.failed", {}))
    with pytest.raises(InvalidArgumentTypeError, match="raw request bytes"):
        unwrap(body.decode(), headers, secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentTypeError, match="headers"):
        unwrap(body, None, secret=SECRET)  # type: ignore[arg-type]


def test_max_age_passes_a_fresh_event_and_refuses_an_old_one() -> None:
    body, headers = signed(envelope("redemption.rollback.succeeded", {}))
    fresh = unwrap(body, headers, secret=SECRET, max_age=60, clock=lambda: NOW)
    assert isinstance(fresh, RollbackSucceededEvent)

    later = NOW + datetime.timedelta(minutes=10)
    with pytest.raises(WebhookTimestampError) as caught:
        unwrap(body, headers, secret=SECRET, max_age=300, clock=lambda: later)
    assert caught.value.created_at == "2026-12-06T08:00:00+00:00" and caught.value.max_age == 300
    assert caught.value.age == pytest.approx(630)
    assert "more than max_age=300" in str(caught.value)


def test_max_age_refuses_a_future_date_beyond_the_skew_and_allows_a_small_one() -> None:
    ahead = envelope("redemption.succeeded", {}, created_at="2026-12-06T08:01:00.000Z")  # 30 s ahead of NOW
    assert unwrap(*signed(ahead), secret=SECRET, max_age=60, clock=lambda: NOW)
    far = envelope("redemption.succeeded", {}, created_at="2026-12-06T09:00:00.000Z")
    with pytest.raises(WebhookTimestampError, match="in the future") as caught:
        unwrap(*signed(far), secret=SECRET, max_age=60, clock=lambda: NOW)
    assert caught.value.age is not None and caught.value.age < 0


@pytest.mark.parametrize("created_at", [None, "yesterday", 17])
def test_max_age_refuses_an_event_without_a_readable_date(created_at: Any) -> None:
    payload = envelope("voucher.created", {}, created_at=created_at)
    if created_at is None:
        del payload["created_at"]
    with pytest.raises(WebhookTimestampError, match="max_age cannot be checked"):
        unwrap(*signed(payload), secret=SECRET, max_age=60, clock=lambda: NOW)
    assert unwrap(*signed(payload), secret=SECRET)  # without max_age, the date is not asked for


@pytest.mark.parametrize("max_age", [0, -1, float("inf"), True, "60"])
def test_a_bad_max_age_is_refused(max_age: Any) -> None:
    with pytest.raises(InvalidArgumentError):
        unwrap(*signed(envelope("redemption.failed", {})), secret=SECRET, max_age=max_age)


def test_the_signature_is_checked_before_the_age_or_the_body() -> None:
    body = b"not json"
    with pytest.raises(WebhookSignatureError):
        unwrap(body, {"x-voucherify-signature": sign_payload(body, "other")}, secret=SECRET, max_age=1)


def test_a_received_line_keeps_the_exact_body_and_its_signature_for_a_later_check() -> None:
    payload = envelope("redemption.rollback.succeeded", {"redemption_rollback": {"id": "rr_1", "reason": "a\tb é"}})
    body, headers = signed(payload, indent=3)
    line = received_line(body, headers)

    assert "\n" not in line
    again, again_headers = parse_received_line(line)
    assert again == body
    assert unwrap(again, again_headers, secret=SECRET).to_dict() == payload
    with pytest.raises(WebhookSignatureError):
        unwrap(again, again_headers, secret="whsec-other")


@pytest.mark.parametrize("line", ["", "[]", '{"body": 7}', '{"x-voucherify-signature": "ab"}', "not json"])
def test_a_line_that_is_not_a_received_webhook_is_a_payload_error(line: str) -> None:
    with pytest.raises(WebhookPayloadError):
        parse_received_line(line)


def test_a_line_without_a_signature_is_refused_when_checked() -> None:
    body, headers = parse_received_line(json.dumps({"body": '{"type":"voucher.created"}'}))
    with pytest.raises(WebhookSignatureError, match="has no x-voucherify-signature"):
        unwrap(body, headers, secret=SECRET)
    with pytest.raises(WebhookPayloadError, match="UTF-8"):
        received_line(b"\xff", {})

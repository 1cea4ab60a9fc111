"""error_from_response and the exception hierarchy: which class, which attributes, and that nothing breaks or leaks."""

from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from voucherify_rollbacks import errors as e
from voucherify_rollbacks.errors import error_from_response, responses
from voucherify_rollbacks.errors.failure_codes import FAILURE_CODES, describe

NOW = 1_700_000_000.0

ALREADY_ROLLED_BACK = {
    "code": 400,
    "key": "already_rolled_back",
    "message": "Already rolled back",
    "details": "Redemption has been already rolled back.",
    "request_id": "v-0c67af9544c4e3388f",
    "resource_id": "rrf_0c67af954e039be56b",
    "resource_type": "redemption_rollback",
}


def response_error(status: int, body: Any = None, headers: dict[str, str] | None = None) -> e.APIError:
    raw = body if isinstance(body, (str, bytes)) else json.dumps(body if body is not None else {})
    return error_from_response(status, raw, headers, now=lambda: NOW)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, e.BadRequestError),
        (401, e.AuthenticationError),
        (402, e.PaymentRequiredError),
        (403, e.PermissionDeniedError),
        (404, e.NotFoundError),
        (409, e.ConflictError),
        (423, e.LockedError),
        (429, e.RateLimitError),
        (500, e.ServerError),
        (502, e.ServerError),
        (503, e.ServerError),
        (413, e.PayloadTooLargeError),
        (422, e.UnprocessableEntityError),
        # Other 4xx, including ones outside the IANA registry: the documented ClientError.
        (405, e.ClientError),
        (406, e.ClientError),
        (408, e.ClientError),
        (415, e.ClientError),
        (418, e.ClientError),
        (499, e.ClientError),
        # An unfollowed redirect has its own class.
        (301, e.RedirectError),
        (307, e.RedirectError),
        # 5xx, and statuses outside 3xx-5xx.
        (520, e.ServerError),
        (600, e.ServerError),
        (529, e.ServerError),
    ],
)
def test_status_without_key_maps_to_exactly_its_status_class(status: int, expected: type[e.APIError]) -> None:
    error = response_error(status, {"code": status, "message": "boom"})

    assert type(error) is expected
    assert error.status_code == status
    assert error.key is None


@pytest.mark.parametrize(
    ("status", "key", "expected", "status_class"),
    [
        (400, "already_rolled_back", e.AlreadyRolledBackError, e.BadRequestError),
        (400, "invalid_redemption_parent", e.InvalidRedemptionParentError, e.BadRequestError),
        (400, "invalid_redemption", e.InvalidRedemptionError, e.BadRequestError),
        (400, "invalid_order", e.InvalidOrderError, e.BadRequestError),
        (400, "invalid_customer", e.InvalidCustomerError, e.BadRequestError),
        (400, "multiple_requests", e.MultipleRequestsError, e.BadRequestError),
        (400, "invalid_rollback_params", e.InvalidRollbackParamsError, e.BadRequestError),
        (400, "invalid_payload", e.InvalidPayloadError, e.BadRequestError),
        (400, "duplicated_redeemables", e.DuplicatedRedeemablesError, e.BadRequestError),
        (400, "quantity_exceeded", e.QuantityExceededError, e.BadRequestError),
        (400, "gift_amount_exceeded", e.GiftAmountExceededError, e.BadRequestError),
        (400, "loyalty_card_points_exceeded", e.LoyaltyCardPointsExceededError, e.BadRequestError),
        (400, "voucher_expired", e.VoucherExpiredError, e.BadRequestError),
        (400, "voucher_not_active", e.VoucherNotActiveError, e.BadRequestError),
        (400, "voucher_disabled", e.VoucherDisabledError, e.BadRequestError),
        (404, "not_found", e.ResourceNotFoundError, e.NotFoundError),
        (404, "resource_not_found", e.ResourceNotFoundError, e.NotFoundError),
    ],
)
def test_documented_key_maps_to_its_own_class_under_its_status_class(
    status: int, key: str, expected: type[e.APIError], status_class: type[e.APIError]
) -> None:
    error = response_error(status, {"code": status, "key": key, "message": "m"})

    assert type(error) is expected
    assert isinstance(error, status_class)
    assert error.key == key


@pytest.mark.parametrize(
    ("status", "key", "expected"),
    [
        (409, "quantity_exceeded", e.ConflictError),
        (404, "already_rolled_back", e.NotFoundError),
        (400, "not_found", e.BadRequestError),
        (500, "multiple_requests", e.ServerError),
        (423, "voucher_disabled", e.LockedError),
    ],
)
def test_key_with_an_unusual_status_keeps_the_class_of_the_actual_status(
    status: int, key: str, expected: type[e.APIError]
) -> None:
    error = response_error(status, {"key": key, "message": "m"})

    assert type(error) is expected
    assert error.key == key


def test_unknown_key_keeps_its_status_class_and_its_key() -> None:
    error = response_error(400, {"code": 400, "key": "brand_new_key", "message": "New"})

    assert type(error) is e.BadRequestError
    assert error.key == "brand_new_key"


def test_already_rolled_back_carries_every_field_of_the_documented_example() -> None:
    error = response_error(400, ALREADY_ROLLED_BACK)

    assert isinstance(error, e.AlreadyRolledBackError)
    assert error.code == 400
    assert error.message == "Already rolled back"
    assert error.details == "Redemption has been already rolled back."
    assert error.request_id == "v-0c67af9544c4e3388f"
    assert error.resource_id == "rrf_0c67af954e039be56b"
    assert error.resource_type == "redemption_rollback"
    assert json.loads(error.body) == ALREADY_ROLLED_BACK


def test_str_gives_status_key_message_details_and_request_id_on_one_line() -> None:
    error = response_error(400, ALREADY_ROLLED_BACK)

    assert str(error) == (
        "400 already_rolled_back: Already rolled back (Redemption has been already rolled back.) "
        "[request_id=v-0c67af9544c4e3388f]"
    )
    assert repr(error) == f"AlreadyRolledBackError({str(error)!r})"


def test_str_leaves_out_what_the_response_did_not_give() -> None:
    assert str(response_error(502, "")) == "502: Bad Gateway"
    assert str(response_error(520, "")) == "520: Unexpected HTTP status 520"


NON_JSON_BODIES = [
    pytest.param(b"<html><body><h1>502 Bad Gateway</h1></body></html>", id="html-page"),
    pytest.param(b"", id="empty"),
    pytest.param(b'{"code": 500, "key": "oops", "mess', id="truncated-json"),
    pytest.param(b'[{"key": "not_found"}]', id="json-list"),
    pytest.param(b'"just a string"', id="json-string"),
    pytest.param(b"null", id="json-null"),
    pytest.param(b"\xff\xfe\x00garbage \xc3\x28", id="invalid-utf8"),
    pytest.param(b"[" * 100_000, id="nested-deeper-than-the-parser"),
]


@pytest.mark.parametrize("body", NON_JSON_BODIES)
def test_unreadable_body_still_gives_the_status_class_and_the_raw_text(body: bytes) -> None:
    error = response_error(502, body)

    assert type(error) is e.ServerError
    assert error.status_code == 502
    assert error.key is None
    assert error.message == "Bad Gateway"
    assert isinstance(error.body, str)
    assert error.body == body.decode("utf-8", errors="replace")[: e.MAX_BODY_CHARS]


def test_empty_body_is_kept_as_empty_string_not_none() -> None:
    assert response_error(500, b"").body == ""
    assert error_from_response(500, None).body == ""  # type: ignore[arg-type]


def test_gigantic_body_is_cut_to_64_kib() -> None:
    error = response_error(500, "x" * (10 * 1024 * 1024))

    assert len(error.body) == e.MAX_BODY_CHARS == 64 * 1024


def test_gigantic_json_body_is_not_parsed_but_keeps_its_status_class() -> None:
    body = json.dumps({"key": "not_found", "message": "m", "padding": "x" * (2 * 1024 * 1024)})

    error = response_error(404, body)

    assert type(error) is e.NotFoundError
    assert error.key is None


@pytest.mark.parametrize(
    ("body", "code", "key", "message"),
    [
        ({"code": "400", "key": "invalid_payload", "message": "m"}, 400, "invalid_payload", "m"),
        ({"code": "MY-TEST-CODE", "message": "m"}, None, None, "m"),
        ({"code": True, "message": "m"}, None, None, "m"),
        ({"code": 400.0, "message": "m"}, 400, None, "m"),
        ({"code": 400, "key": None, "message": None}, 400, None, "Bad Request"),
        ({"key": 42, "message": ["not", "text"]}, None, None, "Bad Request"),
        ({"error": {"message": "You must buy an iPhone"}}, None, None, "You must buy an iPhone"),
        ({"error": "plain error text"}, None, None, "plain error text"),
        ({"message": "", "error": {"message": ""}}, None, None, "Bad Request"),
    ],
)
def test_odd_json_fields_are_read_defensively(body: Any, code: int | None, key: str | None, message: str) -> None:
    error = response_error(400, body)

    assert (error.code, error.key, error.message) == (code, key, message)


def test_structured_details_are_kept_as_json_text() -> None:
    error = response_error(400, {"key": "invalid_payload", "message": "m", "details": {"path": ".redeemables[1]"}})

    assert json.loads(error.details or "") == {"path": ".redeemables[1]"}


def test_byte_order_mark_does_not_hide_the_json() -> None:
    error = response_error(400, "\ufeff" + json.dumps(ALREADY_ROLLED_BACK))

    assert isinstance(error, e.AlreadyRolledBackError)


@pytest.mark.parametrize("header", ["X-Request-Id", "x-voucherify-request-id", "X-REQUEST-ID"])
def test_request_id_comes_from_a_header_when_the_body_has_none(header: str) -> None:
    error = response_error(502, b"<html/>", {header: "v-from-header"})

    assert error.request_id == "v-from-header"


def test_request_id_in_the_body_wins_over_the_header() -> None:
    error = response_error(400, ALREADY_ROLLED_BACK, {"X-Request-Id": "v-from-header"})

    assert error.request_id == "v-0c67af9544c4e3388f"


def test_rate_limit_error_reads_retry_after_seconds() -> None:
    error = response_error(429, {"code": 429, "message": "Too many requests"}, {"Retry-After": "7"})

    assert isinstance(error, e.RateLimitError)
    assert error.retry_after == 7.0


def test_rate_limit_error_reads_voucherify_epoch_header_against_the_injected_clock() -> None:
    error = response_error(429, {}, {"X-Rate-Limit-Retry": str(int(NOW) + 30), "X-Rate-Limit-Remaining": "0"})

    assert isinstance(error, e.RateLimitError)
    assert error.retry_after == 30.0


def test_rate_limit_error_without_headers_has_no_retry_after() -> None:
    error = response_error(429, {})

    assert isinstance(error, e.RateLimitError)
    assert error.retry_after is None


SECRET_HEADERS = {
    "X-App-Id": "app-id-123",
    "X-App-Token": "app-token-456",
    "Authorization": "Bearer oauth-789",
    "X-Client-Token": "client-token",
    "X-Voucherify-OAuth": "oauth-abc",
    "Set-Cookie": "session=s3cr3t",
    "X-Api-Key": "key-xyz",
}


def test_no_credential_header_survives_into_headers() -> None:
    headers = {**SECRET_HEADERS, "Content-Type": "text/html", "X-Rate-Limit-Remaining": "0"}

    error = response_error(500, b"", headers)

    assert error.headers == {"Content-Type": "text/html", "X-Rate-Limit-Remaining": "0"}
    assert type(error.headers) is dict
    dump = str(error) + repr(error) + repr(error.headers) + repr(pickle.dumps(error))
    for secret in SECRET_HEADERS.values():
        assert secret not in dump


def test_httpx_headers_are_accepted_and_copied_to_a_plain_dict() -> None:
    headers = httpx.Headers({"x-request-id": "v-1", "x-app-token": "tok"})

    error = error_from_response(503, b"", headers)

    assert error.headers == {"x-request-id": "v-1"}
    assert error.request_id == "v-1"


def test_error_from_response_never_raises_even_when_the_headers_do() -> None:
    class BrokenHeaders(dict[str, str]):
        def items(self) -> Any:
            raise RuntimeError("broken mapping")

    error = error_from_response(429, json.dumps(ALREADY_ROLLED_BACK), BrokenHeaders({"Retry-After": "1"}))

    assert type(error) is e.RateLimitError
    assert error.status_code == 429


MALFORMED_KWARGS: dict[str, Any] = {"status_code": 200, "body": "<html>", "request_id": "v-9"}


@dataclass
class FailedItem:
    id: str
    failure_code: str | None
    failure_message: str | None
    redemption: str


PICKLABLE_ERRORS = [
    pytest.param(lambda: response_error(400, ALREADY_ROLLED_BACK, {"X-Request-Id": "v-h"}), id="already-rolled-back"),
    pytest.param(lambda: response_error(429, {}, {"Retry-After": "3"}), id="rate-limit"),
    pytest.param(lambda: response_error(520, b"<html/>"), id="server-error"),
    pytest.param(lambda: e.MalformedResponseError("Response is not JSON", **MALFORMED_KWARGS), id="malformed"),
    pytest.param(lambda: e.APITimeoutError("Read timed out", request_sent=True), id="timeout"),
    pytest.param(lambda: e.APIConnectionError("Connection refused", request_sent=False), id="connection"),
    pytest.param(
        lambda: e.RollbackFailedError([FailedItem("rrf_1", "already_rolled_back", "Already rolled back", "r_1")]),
        id="rollback-failed",
    ),
]


@pytest.mark.parametrize("build", PICKLABLE_ERRORS)
def test_pickle_round_trip_keeps_class_attributes_and_text(build: Any) -> None:
    error = build()

    copy = pickle.loads(pickle.dumps(error))

    assert type(copy) is type(error)
    assert copy.__dict__ == error.__dict__
    assert copy.args == error.args
    assert str(copy) == str(error)


def test_connection_errors_say_whether_the_request_may_have_been_sent() -> None:
    error = e.APITimeoutError("Read timed out", request_sent=True)

    assert isinstance(error, e.APIConnectionError)
    assert not isinstance(error, e.APIError)
    assert error.request_sent is True
    assert str(error) == "Read timed out"


def test_malformed_response_keeps_status_and_raw_body() -> None:
    error = e.MalformedResponseError("Response is not JSON", **MALFORMED_KWARGS)

    assert isinstance(error, e.APIError)
    assert (error.status_code, error.body) == (200, "<html>")
    assert str(error) == "200: Response is not JSON [request_id=v-9]"


def test_rollback_failed_error_keeps_the_failures_and_explains_each_one() -> None:
    failures = [
        FailedItem("rrf_1", "already_rolled_back", "Already rolled back", "r_1"),
        FailedItem("rrf_2", None, None, "r_2"),
    ]

    error = e.RollbackFailedError(failures)

    assert error.failures == failures
    assert isinstance(error, e.VoucherifyError)
    assert "2 rollback item(s) failed" in str(error)
    assert f"r_1: already_rolled_back ({describe('already_rolled_back')})" in str(error)
    assert "r_2: no failure code" in str(error)


def test_every_error_key_class_has_a_described_key() -> None:
    keys = {key for (_, key) in responses._KEY_CLASSES}

    assert keys <= set(FAILURE_CODES)


def test_describe_is_neutral_for_unknown_or_missing_codes() -> None:
    assert describe("quantity_exceeded") == FAILURE_CODES["quantity_exceeded"]
    assert "unknown failure code 'made_up'" in describe("made_up")
    assert describe(None) == "no failure code given"


def test_failure_codes_cannot_be_changed_by_callers() -> None:
    with pytest.raises(TypeError):
        FAILURE_CODES["x"] = "y"  # type: ignore[index]


def test_decoding_is_bounded_and_a_lying_encoding_keeps_the_raw_bytes() -> None:
    import zlib

    from voucherify_rollbacks._http.body import _decoded

    bomb = zlib.compress(b"0" * (8 << 20))
    body, too_large = _decoded(bomb, "deflate", 1 << 20)
    assert too_large and len(body) == 1 << 20
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    data = raw_deflate.compress(b'{"a": 1}') + raw_deflate.flush()
    assert _decoded(data, "deflate", 1000) == (b'{"a": 1}', False)
    assert _decoded(b"plain", "gzip", 1000) == (b"plain", False)
    assert _decoded(b"plain", "br", 1000) == (b"plain", False)
    assert _decoded(b"plain", "identity", 1000) == (b"plain", False)

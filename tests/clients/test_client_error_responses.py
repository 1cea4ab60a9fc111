"""Error answers through the client: each status and key becomes its typed error with every field, and no body
(garbled, truncated, HTML, random bytes) ever escapes as KeyError/ValueError/JSONDecodeError/TypeError."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import random
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from voucherify_rollbacks.errors import (
    AlreadyRolledBackError,
    APIError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DuplicatedRedeemablesError,
    GiftAmountExceededError,
    InvalidCustomerError,
    InvalidOrderError,
    InvalidPayloadError,
    InvalidRedemptionError,
    InvalidRedemptionParentError,
    InvalidRollbackParamsError,
    LockedError,
    LoyaltyCardPointsExceededError,
    MalformedResponseError,
    MultipleRequestsError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    QuantityExceededError,
    RateLimitError,
    RedirectError,
    ResourceNotFoundError,
    ServerError,
    UnprocessableEntityError,
    VoucherDisabledError,
    VoucherExpiredError,
    VoucherifyError,
    VoucherNotActiveError,
)
from voucherify_rollbacks.errors import exceptions as errors

from tests.support.scripted_api import (
    PARENT_ID,
    Reply,
    ScriptedAPI,
    example,
    ok,
    page,
    rollback_item,
    serve_stacked_recovery,
    settle,
)

ROLLBACK_PATH = f"/v1/redemptions/{PARENT_ID}/rollbacks"

# (status, key, class) for every status and key of facts §4 the client has a class for, plus the generic ones.
KEYED_ERRORS: list[tuple[int, str, type[APIError]]] = [
    (400, "already_rolled_back", AlreadyRolledBackError),
    (400, "invalid_redemption_parent", InvalidRedemptionParentError),
    (400, "invalid_redemption", InvalidRedemptionError),
    (400, "invalid_order", InvalidOrderError),
    (400, "invalid_customer", InvalidCustomerError),
    (400, "multiple_requests", MultipleRequestsError),
    (400, "invalid_rollback_params", InvalidRollbackParamsError),
    (400, "invalid_payload", InvalidPayloadError),
    (400, "duplicated_redeemables", DuplicatedRedeemablesError),
    (400, "quantity_exceeded", QuantityExceededError),
    (400, "gift_amount_exceeded", GiftAmountExceededError),
    (400, "loyalty_card_points_exceeded", LoyaltyCardPointsExceededError),
    (400, "voucher_expired", VoucherExpiredError),
    (400, "voucher_not_active", VoucherNotActiveError),
    (400, "voucher_disabled", VoucherDisabledError),
    (400, "invalid_redeemables", BadRequestError),
    (400, "page_over_limit", BadRequestError),
    (400, "customer_rules_violated", BadRequestError),
    (400, "missing_order", BadRequestError),
    (401, "unauthorized", AuthenticationError),
    (402, "missing_required_feature", PaymentRequiredError),
    (403, "forbidden", PermissionDeniedError),
    (403, "missing_required_permission", PermissionDeniedError),
    (403, "integration_api_key_required", PermissionDeniedError),
    (404, "not_found", ResourceNotFoundError),
    (404, "resource_not_found", ResourceNotFoundError),
    (409, "duplicate_found", ConflictError),
    (423, "reward_out_of_stock", LockedError),
    (423, "non_active_member", LockedError),
    (429, "too_many_requests", RateLimitError),
    (500, "internal_error", ServerError),
    (405, "method_not_allowed", ClientError),
    (406, "not_acceptable", ClientError),
    (413, "payload_too_large", PayloadTooLargeError),
    (415, "unsupported_media_type", ClientError),
    (422, "unprocessable", UnprocessableEntityError),
]


def full_error_body(status: int, key: str) -> dict[str, Any]:
    return {
        "code": status,
        "key": key,
        "message": f"Message of {key}",
        "details": f"Details of {key}",
        "request_id": f"v-{status}-{key}",
        "resource_id": "res_123",
        "resource_type": "redemption",
    }


def raised_by_rollback(api: ScriptedAPI, reply: Reply, **call: Any) -> VoucherifyError:
    api.on("POST", ROLLBACK_PATH, reply)
    # After a 5xx the SDK looks up whether the rollback happened: here it did not.
    # (After already_rolled_back it looks the rollback up to carry it: here it finds none.)
    not_rolled_back = ok({"id": PARENT_ID, "object": "redemption", "status": "SUCCEEDED"})
    api.on("GET", f"/v1/redemptions/{PARENT_ID}", not_rolled_back)
    with api.client() as client, pytest.raises(VoucherifyError) as caught:
        client.rollback_stacked(PARENT_ID, max_retries=0, **call)
    return caught.value


@pytest.mark.parametrize(("status", "key", "error_class"), KEYED_ERRORS, ids=[f"{s}-{k}" for s, k, _ in KEYED_ERRORS])
def test_status_and_key_map_to_their_error_class_with_every_field(
    api: ScriptedAPI, status: int, key: str, error_class: type[APIError]
) -> None:
    body = full_error_body(status, key)
    raw = json.dumps(body)
    error = raised_by_rollback(api, Reply(status, raw, {"Content-Type": "application/json"}))
    assert type(error) is error_class
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert error.key == key
    assert error.message == f"Message of {key}"
    assert error.details == f"Details of {key}"
    assert error.request_id == f"v-{status}-{key}"
    assert error.resource_id == "res_123"
    assert error.resource_type == "redemption"
    assert error.code == status
    assert error.body == raw
    # A 5xx may have applied it and a refusal as already rolled back fetches the rollback: both look it up.
    looked_up = status >= 500 or key == "already_rolled_back"
    assert [r.method for r in api.requests] == ["POST"] + (["GET"] if looked_up else [])


def test_real_already_rolled_back_example_carries_the_failed_rollback_id(api: ScriptedAPI) -> None:
    error = raised_by_rollback(api, Reply(400, example("error_400_already_rolled_back.json")))
    assert isinstance(error, AlreadyRolledBackError)
    assert (error.resource_id, error.resource_type) == ("rrf_0c67af954e039be56b", "redemption_rollback")
    assert error.request_id == "v-0c67af9544c4e3388f"
    assert error.details == "Redemption has been already rolled back."


def test_real_not_found_example_maps_to_resource_not_found(api: ScriptedAPI) -> None:
    error = raised_by_rollback(api, Reply(404, example("error_404_not_found.json")))
    assert isinstance(error, ResourceNotFoundError)
    assert isinstance(error, NotFoundError)
    assert (error.resource_id, error.resource_type) == ("cust_eWgXlBBiY6THFRJwX45Iakv4s", "customer")


def test_real_invalid_parent_example_maps_to_invalid_redemption_parent(api: ScriptedAPI) -> None:
    error = raised_by_rollback(api, Reply(400, example("error_400_invalid_redemption_parent.json")))
    assert isinstance(error, InvalidRedemptionParentError)
    assert error.message == "Invalid redemption parent"


@pytest.mark.parametrize(
    ("status", "key", "error_class"),
    [
        (400, "brand_new_key", BadRequestError),
        (404, "already_rolled_back", NotFoundError),
        (409, "invalid_order", ConflictError),
        (403, "not_found", PermissionDeniedError),
    ],
)
def test_unknown_or_misplaced_key_keeps_its_status_class_and_key(
    api: ScriptedAPI, status: int, key: str, error_class: type[APIError]
) -> None:
    error = raised_by_rollback(api, Reply(status, full_error_body(status, key)))
    assert type(error) is error_class
    assert error.key == key
    assert error.status_code == status


@pytest.mark.parametrize(
    ("status", "expected"), [(499, ClientError), (418, ClientError), (520, ServerError), (529, ServerError)]
)
def test_undocumented_statuses_keep_their_family(api: ScriptedAPI, status: int, expected: type[APIError]) -> None:
    error = raised_by_rollback(api, Reply(status, {"message": "odd"}))
    assert type(error) is expected
    assert error.status_code == status


def test_an_unfollowed_redirect_is_a_redirect_error_naming_the_location(api: ScriptedAPI) -> None:
    error = raised_by_rollback(api, Reply(301, "", {"Location": "https://us1.api.voucherify.io/v1/x"}))
    assert type(error) is RedirectError
    assert error.location == "https://us1.api.voucherify.io/v1/x"


def test_html_502_is_a_server_error_with_the_raw_body(api: ScriptedAPI) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    api.on("GET", "/v1/redemptions/r_1", Reply(502, html, {"Content-Type": "text/html", "X-Request-Id": "v-gw"}))
    with api.client() as client, pytest.raises(VoucherifyError) as caught:
        client.get_redemption("r_1", max_retries=0)
    error = caught.value
    assert type(error) is ServerError
    assert error.status_code == 502
    assert error.body == html
    assert error.key is None
    assert error.request_id == "v-gw"


@pytest.mark.parametrize(
    "body", ["<html>oops</html>", '{"redemptions": [{"id": "r_1"', "", "null", "[]", "\x00\xff garbage"]
)
def test_redeem_success_status_with_unreadable_body_is_malformed_response_with_raw_body(
    api: ScriptedAPI, body: str
) -> None:
    api.on("POST", "/v1/redemptions", Reply(200, body, {"X-Request-Id": "v-mal"}))
    with api.client() as client, pytest.raises(MalformedResponseError) as caught:
        client.redeem(["CODE"])
    assert caught.value.status_code == 200
    assert caught.value.body == body
    assert caught.value.request_id == "v-mal"
    assert len(api.requests) == 1


@pytest.mark.parametrize("body", ["<html>proxy</html>", "{}", '{"code": 400, "key": "x", "message": "an error"}'])
def test_unreadable_rollback_success_is_looked_up_and_outcome_unknown_when_the_lookup_fails(
    api: ScriptedAPI, body: str
) -> None:
    api.on("POST", ROLLBACK_PATH, Reply(200, body))
    api.on("GET", f"/v1/redemptions/{PARENT_ID}", Reply(404, example("error_404_not_found.json")))
    with api.client() as client, pytest.raises(errors.RollbackOutcomeUnknownError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert isinstance(caught.value.last_error, MalformedResponseError)
    assert caught.value.last_error.body == body
    assert api.trail() == [f"POST {ROLLBACK_PATH}", f"GET /v1/redemptions/{PARENT_ID}"]


def test_rate_limit_error_carries_retry_after(api: ScriptedAPI) -> None:
    error = raised_by_rollback(api, Reply(429, {"code": 429, "message": "Too many"}, {"Retry-After": "7"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


@pytest.mark.parametrize(
    ("status", "key", "error_class"), KEYED_ERRORS[::3], ids=[f"{s}-{k}" for s, k, _ in KEYED_ERRORS[::3]]
)
def test_errors_survive_pickling_with_their_fields(
    api: ScriptedAPI, status: int, key: str, error_class: type[APIError]
) -> None:
    error = raised_by_rollback(api, Reply(status, full_error_body(status, key), {"X-Request-Id": "v-p"}))
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is error_class
    fields = ("status_code", "key", "message", "details", "request_id", "resource_id", "resource_type", "body")
    assert [getattr(restored, f) for f in fields] == [getattr(error, f) for f in fields]
    assert restored.headers == error.headers
    assert str(restored) == str(error)


def test_connection_and_rate_limit_errors_survive_pickling(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", httpx.ConnectError("refused"))
    with api.client() as client, pytest.raises(errors.APIConnectionError) as caught:
        client.get_redemption("r_1", max_retries=0)
    restored = pickle.loads(pickle.dumps(caught.value))
    assert type(restored) is errors.APIConnectionError
    assert restored.request_sent is False
    limited = raised_by_rollback(api, Reply(429, {"message": "slow"}, {"Retry-After": "3"}))
    assert pickle.loads(pickle.dumps(limited)).retry_after == 3.0


def test_rollback_failed_error_survives_pickling_with_its_failures(api: ScriptedAPI) -> None:
    body = example("rollbacks_success.json")
    body["rollbacks"][0] = example("rollback_item_failure_already_rolled_back.json")
    api.on("POST", ROLLBACK_PATH, ok(body))
    with api.client() as client, pytest.raises(errors.RollbackFailedError) as caught:
        client.rollback_stacked(PARENT_ID).raise_for_failures()
    restored = pickle.loads(pickle.dumps(caught.value))
    assert [(f.id, f.failure_code) for f in restored.failures] == [("rrf_0e3ac8beeea431c302", "already_rolled_back")]
    assert str(restored) == str(caught.value)


# --- fuzz -------------------------------------------------------------------------------------------------------

FORBIDDEN = (KeyError, ValueError, json.JSONDecodeError, TypeError, AttributeError, IndexError, RecursionError)


def mutations(rng: random.Random) -> list[Callable[[Any], Any]]:
    junk: list[Any] = [None, "", "x", -1, 2**70, 1.5, True, [], {}, [None], {"id": 5}, "2024-13-45", [1, "a"]]

    def replace_random_field(value: Any) -> Any:
        if isinstance(value, dict) and value:
            key = rng.choice(sorted(value))
            if rng.random() < 0.5 and isinstance(value[key], dict | list):
                value[key] = replace_random_field(value[key])
            else:
                value[key] = copy.deepcopy(rng.choice(junk))
        elif isinstance(value, list) and value:
            i = rng.randrange(len(value))
            value[i] = replace_random_field(value[i]) if rng.random() < 0.5 else copy.deepcopy(rng.choice(junk))
        return value

    return [replace_random_field]


def garbled_bodies(seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    sources = [
        example(name)
        for name in (
            "rollbacks_success.json",
            "redeem_stackable_response.json",
            "rollback_item_failure_already_rolled_back.json",
            "error_400_already_rolled_back.json",
            "error_404_not_found.json",
        )
    ]
    sources.append(page([example("rollback_item_failure_already_rolled_back.json"), {"id": "r_1"}]))
    (mutate,) = mutations(rng)
    bodies: list[bytes] = []
    for _ in range(count):
        kind = rng.randrange(6)
        source = json.loads(json.dumps(rng.choice(sources)))
        if kind == 0:
            bodies.append(bytes(rng.randrange(256) for _ in range(rng.randrange(64))))
        elif kind == 1:
            text = json.dumps(source)
            bodies.append(text[: rng.randrange(len(text))].encode())
        elif kind == 2:
            for _ in range(rng.randrange(1, 6)):
                source = mutate(source)
            bodies.append(json.dumps(source).encode())
        elif kind == 3:
            bodies.append(json.dumps(rng.choice([[], 1, "s", None, True, [source], {"redemptions": 3}])).encode())
        elif kind == 4:
            bodies.append(b"[" * rng.randrange(1, 5000))
        else:
            text = bytearray(json.dumps(source).encode())
            for _ in range(rng.randrange(1, 8)):
                text[rng.randrange(len(text))] = rng.randrange(256)
            bodies.append(bytes(text))
    return bodies


def touch_everything(value: Any) -> None:
    """Read every lazy property of a result, as a caller would."""
    for name in ("parent_rollback", "rollbacks", "order", "failures", "ok", "parent_redemption", "redemptions"):
        if hasattr(type(value), name):
            getattr(value, name)
    for name in ("inapplicable", "skipped", "redemption_id"):
        if hasattr(type(value), name):
            getattr(value, name)
    repr(value)
    if hasattr(value, "raise_for_failures"):
        try:
            value.raise_for_failures()
        except errors.RollbackFailedError as failed:
            str(failed)


CALLS: dict[str, Callable[[Any], Any]] = {
    "rollback_stacked": lambda c: c.rollback_stacked(PARENT_ID, max_retries=0),
    "rollback": lambda c: c.rollback("r_1", max_retries=0),
    "redeem": lambda c: c.redeem(["CODE"], max_retries=0),
    "get_redemption": lambda c: c.get_redemption("r_1", max_retries=0),
    "redemptions": lambda c: list(c.redemptions(max_retries=0)),
}


@pytest.mark.parametrize("status", [200, 201, 400, 404, 429])
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_garbled_bodies_give_only_typed_errors_or_results(operation: str, status: int) -> None:
    bodies = garbled_bodies(seed=zlib.crc32(f"{operation}-{status}".encode()), count=60)
    # Some bodies nest deep enough to take the reader near the recursion limit: garbage left by earlier tests is
    # collected first, so that no finalizer (an unclosed socket's warning) fires down there, where pytest's own
    # unraisable hook cannot even print it.
    gc.collect()
    for body in bodies:
        api = ScriptedAPI()
        api.otherwise(lambda request, body=body: Reply(status, body))
        with api.client() as client:
            try:
                outcome = CALLS[operation](client)
            except VoucherifyError as error:
                str(error), repr(error)
                assert not isinstance(error, FORBIDDEN), repr(body)
                continue
            except FORBIDDEN as escaped:  # pragma: no cover - the failure message is the point
                pytest.fail(f"{type(escaped).__name__} escaped for {status} {body[:120]!r}: {escaped}")
        items = outcome if isinstance(outcome, list) else [outcome]
        for item in items:
            try:
                touch_everything(item)
            except FORBIDDEN as escaped:  # pragma: no cover
                pytest.fail(f"{type(escaped).__name__} escaped reading {status} {body[:120]!r}: {escaped}")


def test_error_bodies_never_become_results(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", Reply(400, rollback_item("rr_1", "r_1")))
    with api.client() as client, pytest.raises(BadRequestError):
        client.get_redemption("r_1")


def test_async_client_raises_the_same_typed_errors(api: ScriptedAPI) -> None:
    api.on("POST", ROLLBACK_PATH, Reply(400, example("error_400_already_rolled_back.json")))
    serve_stacked_recovery(api)

    async def scenario() -> Any:
        async with api.async_client() as client:
            return await client.rollback_stacked(PARENT_ID)

    with pytest.raises(AlreadyRolledBackError) as caught:
        settle(scenario())
    assert caught.value.resource_id == "rrf_0c67af954e039be56b"
    assert caught.value.made_by_this_call is False and caught.value.rollback.id == "rr_parent"


def test_malformed_get_answer_is_malformed_response_error(api: ScriptedAPI) -> None:
    api.on("GET", "/v1/redemptions/r_1", ok(["not", "an", "object"]))
    with api.client() as client, pytest.raises(MalformedResponseError):
        client.get_redemption("r_1")


def test_a_raise_for_status_event_hook_gives_the_status_error_once_not_retries(api: ScriptedAPI) -> None:
    from voucherify_rollbacks import Voucherify

    api.on("POST", ROLLBACK_PATH, Reply(400, {"code": 400, "key": "invalid_order", "message": "no"}))
    hooks = {"response": [lambda response: response.raise_for_status()]}
    http = httpx.Client(transport=httpx.MockTransport(api.handler), event_hooks=hooks)
    client = Voucherify(app_id="a", app_token="t", base_url="https://api.voucherify.io", http_client=http)
    with client, pytest.raises(BadRequestError) as caught:
        client.rollback_stacked(PARENT_ID)
    assert caught.value.status_code == 400
    assert len(api.requests) == 1


# Bodies no server should send, each a trap for one way of decoding: nesting deeper than any recursion limit (inside a
# field the spec leaves free, and in place of the whole answer), a byte order mark, NaN, invalid UTF-8.
HOSTILE_BODIES = [
    b'{"rollbacks":[{"id":"rr_1","metadata":' + b"[" * 100_000 + b"]" * 100_000 + b"}]}",
    b'{"id":"r_1","object":"redemption","metadata":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    b'{"redemptions":[{"id":"r_1","metadata":' + b"[" * 100_000 + b"]" * 100_000 + b"}]}",
    b"[" * 100_000 + b"]" * 100_000,
    b'{"rollbacks":[{"id":"rr_1","amount":NaN}]}',
    b'{"rollbacks":[{"id":"rr_\xff"}]}',
]


@pytest.mark.parametrize("operation", sorted(CALLS))
def test_deeply_nested_and_odd_bodies_give_only_typed_errors_or_results(operation: str) -> None:
    for body in HOSTILE_BODIES:
        api = ScriptedAPI()
        api.otherwise(lambda request, body=body: Reply(200, body))
        with api.client() as client:
            try:
                outcome = CALLS[operation](client)
            except VoucherifyError as error:
                assert not isinstance(error, FORBIDDEN), repr(body[:80])
                continue
            except FORBIDDEN as escaped:  # pragma: no cover - the failure message is the point
                pytest.fail(f"{type(escaped).__name__} escaped for {body[:80]!r}: {escaped}")
        for item in outcome if isinstance(outcome, list) else [outcome]:
            touch_everything(item)


@pytest.mark.parametrize("operation", ["rollback_stacked", "get_redemption", "redemptions"])
def test_a_body_after_a_byte_order_mark_is_read(operation: str) -> None:
    bodies = {
        "rollback_stacked": example("rollbacks_success.json"),
        "get_redemption": rollback_item("rr_1", "r_1"),
        "redemptions": {"object": "list", "redemptions": [rollback_item("rr_1", "r_1")]},
    }
    api = ScriptedAPI()
    api.otherwise(lambda request: Reply(200, b"\xef\xbb\xbf" + json.dumps(bodies[operation]).encode()))
    with api.client() as client:
        outcome = CALLS[operation](client)
    items = outcome if isinstance(outcome, list) else [outcome]
    assert items and all(item is not None for item in items)

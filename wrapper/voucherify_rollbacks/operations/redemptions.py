"""The five operations, once for both clients: checking arguments, building each request with the generated
client's `build_request`, and reading each answer with its `parse_response` into a typed result or a typed error.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
import msgspec
from voucherify_client.api.redemptions import (
    get_redemption as _get,
)
from voucherify_client.api.redemptions import (
    list_redemptions as _list,
)
from voucherify_client.api.redemptions import (
    redeem_stacked_discounts as _redeem,
)
from voucherify_client.api.redemptions import (
    rollback_redemption as _rollback,
)
from voucherify_client.api.redemptions import (
    rollback_stacked_redemptions as _rollback_stacked,
)
from voucherify_client.models import (
    RedemptionRollback,
    RedemptionsRedeemResponseBody,
    RedemptionsRollbacksCreateResponseBody,
)

from ..core.plans import ATTEMPTS, ELAPSED, Request, request_id
from ..errors import InvalidArgumentError, InvalidArgumentTypeError, MalformedResponseError
from .records import BOM, Redemption, Rollback, kind_of
from .records import read_item as item_from_bytes
from .results import RedeemResult, RollbackResult

# Characters that would change the path (or be silently dropped) if they were part of an id; isprintable() catches
# the control characters (C0, DEL, C1) and other invisible ones.
_FORBIDDEN_IN_ID = re.compile(r"[/\\?#%\s]")


def check_id(value: object, name: str) -> str:
    """The id, or InvalidArgumentError naming the argument when it is empty, padded or would escape its path."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string id, got {type(value).__name__}", argument=name)
    if not value.strip():
        raise InvalidArgumentError(f"{name} must not be empty", argument=name)
    if value != value.strip():
        raise InvalidArgumentError(f"{name} must not start or end with whitespace: {value!r}", argument=name)
    if value in (".", "..") or _FORBIDDEN_IN_ID.search(value) or not value.isprintable():
        raise InvalidArgumentError(
            f"{name} must not contain path separators, whitespace or control characters: {value!r}", argument=name
        )
    return value


def _voucher_code(value: str, name: str) -> str:
    # A code travels in the JSON body, never in a URL path: "SPRING SALE" or "50%OFF" are valid codes. Only an
    # empty one is refused here; Voucherify answers for the rest.
    if not value.strip():
        raise InvalidArgumentError(f"{name} must not be an empty voucher code", argument=name)
    return value


def jsonable(value: Any, name: str) -> Any:
    """A JSON-ready copy of an argument: generated models via to_dict(), dates as ISO strings, enums as values.

    Raises InvalidArgumentTypeError naming the argument for anything JSON cannot carry.
    """
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidArgumentTypeError(f"{name}: {value!r} cannot be sent as JSON", argument=name)
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value, name)
    if isinstance(value, datetime.datetime | datetime.date):
        return _iso(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict(), name)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, f"{name}[{k!r}]") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v, f"{name}[{i}]") for i, v in enumerate(value)]
    raise InvalidArgumentTypeError(f"{name}: a {type(value).__name__} cannot be sent as JSON", argument=name)


def _iso(value: datetime.date) -> str:
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return value.isoformat()


def _body(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body's fields: arguments left unset (None) are left out, never sent as null."""
    return {key: value for key, value in fields.items() if value is not None}


def encode_json(body: Mapping[str, Any]) -> bytes:
    """The body as JSON bytes, converting generated models, dates and enums on the way (in C, through `default`).

    Anything JSON cannot carry raises InvalidArgumentTypeError naming the argument that holds it.
    """
    try:
        text = json.dumps(body, default=_json_default, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        for key, value in body.items():
            jsonable(value, key)  # raises, naming where the offending value sits
        raise InvalidArgumentTypeError(f"the request body cannot be sent as JSON ({error})") from error
    return text.encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime | datetime.date):
        return _iso(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    # json.dumps asks for a TypeError here; encode_json turns it into one naming the argument.
    raise TypeError(f"a {type(value).__name__} cannot be sent as JSON")


def _query_text(value: str | None, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string", argument=name)
    return value


def _request(kwargs: Mapping[str, Any], kind: Any, timeout: httpx.Timeout | None) -> Request:
    return Request(
        method=str(kwargs["method"]).upper(),
        url=str(kwargs["url"]),
        kind=kind,
        params=dict(kwargs.get("params") or {}),
        body=None if kwargs.get("json") is None else encode_json(kwargs["json"]),
        timeout=timeout,
    )


# --- requests -------------------------------------------------------------------------------------------------


def _rollback_request(
    operation: Any,
    redemption_id: str,
    id_name: str,
    *,
    reason: str | None,
    tracking_id: str | None,
    customer: Any,
    order: Any,
    metadata: Any,
    timeout: httpx.Timeout | None,
) -> Request:
    # reason and tracking_id go in the query, as both rollback operations document them (and as Voucherify's own
    # SDK sends them); customer, order and metadata go in the body.
    kwargs = operation.build_request(
        check_id(redemption_id, id_name),
        body=_body({"customer": customer, "order": order, "metadata": metadata}),
        reason=_query_text(reason, "reason"),
        tracking_id=_query_text(tracking_id, "tracking_id"),
    )
    return _request(kwargs, "rollback", timeout)


def rollback_stacked_request(parent_redemption_id: str, **fields: Any) -> Request:
    """POST /v1/redemptions/{parentRedemptionId}/rollbacks: a stack and all its children."""
    return _rollback_request(_rollback_stacked, parent_redemption_id, "parent_redemption_id", **fields)


def rollback_request(redemption_id: str, **fields: Any) -> Request:
    """POST /v1/redemptions/{redemptionId}/rollback, for a redemption that is not part of a stack."""
    return _rollback_request(_rollback, redemption_id, "redemption_id", **fields)


def redeem_request(
    redeemables: Sequence[Any],
    *,
    order: Any,
    customer: Any,
    session: Any,
    tracking_id: str | None,
    metadata: Any,
    options: Any,
    timeout: httpx.Timeout | None,
) -> Request:
    """POST /v1/redemptions. A redeemable given as a plain string is a voucher code."""
    if isinstance(redeemables, str | bytes | Mapping) or not isinstance(redeemables, Sequence):
        raise InvalidArgumentError(
            "redeemables must be a list of redeemables (dicts, models or voucher codes)", argument="redeemables"
        )
    if not redeemables:
        raise InvalidArgumentError("redeemables must hold at least one redeemable", argument="redeemables")
    items = [
        {"object": "voucher", "id": _voucher_code(item, f"redeemables[{i}]")} if isinstance(item, str) else item
        for i, item in enumerate(redeemables)
    ]
    body = _body(
        {
            "redeemables": items,
            "order": order,
            "customer": customer,
            "session": session,
            "tracking_id": _query_text(tracking_id, "tracking_id"),
            "metadata": metadata,
            "options": options,
        }
    )
    return _request(_redeem.build_request(body=body), "redeem", timeout)


def get_request(redemption_id: str, *, timeout: httpx.Timeout | None) -> Request:
    """GET /v1/redemptions/{redemptionId}: a redemption or a rollback."""
    return _request(_get.build_request(check_id(redemption_id, "redemption_id")), "read", timeout)


def list_request(query: Mapping[str, Any], *, timeout: httpx.Timeout | None) -> Request:
    """GET /v1/redemptions with the generated client's query encoding (deepObject for created_at and filters)."""
    return _request(_list.build_request(**query), "read", timeout)


# --- responses ------------------------------------------------------------------------------------------------


def _malformed(response: httpx.Response, what: str) -> MalformedResponseError:
    return MalformedResponseError(
        f"the API answered {response.status_code} but the body is not {what}",
        status_code=response.status_code,
        request_id=request_id(response),
        body=response.content.decode("utf-8", errors="replace"),
        headers=response.headers,
    )


def _meta(response: httpx.Response) -> dict[str, Any]:
    # The headers are kept as they came and redacted when a caller reads them, not on every call.
    return {
        "request_id": request_id(response),
        "headers": response.headers,
        "status_code": response.status_code,
        "attempts": response.extensions.get(ATTEMPTS),
        "elapsed": response.extensions.get(ELAPSED),
    }


class _Page(msgspec.Struct):
    """A list-redemptions page with its items still as bytes: each is read into its own class once its kind is
    known (a rollback item often has no `object`: facts §3.4)."""

    redemptions: list[msgspec.Raw] | None = None


_PAGE = msgspec.json.Decoder(_Page)


def read_rollback_stacked(response: httpx.Response) -> RollbackResult:
    """The stacked rollback's result, decoded from the body in one pass, or MalformedResponseError when the body
    holds no rollback (`{}`, an error object): such a 2xx may still have been applied."""
    try:
        body = RedemptionsRollbacksCreateResponseBody.from_json(response.content)
    except ValueError:
        raise _malformed(response, "a stacked rollback result") from None
    items = body.rollbacks
    listed = bool(items) and all(_is_rollback(item) for item in items or ())
    if not listed and not _is_rollback(body.parent_rollback):
        raise _malformed(response, "a stacked rollback result")
    return RollbackResult.from_stacked(body, **_meta(response))


def read_rollback(response: httpx.Response) -> RollbackResult:
    """The single rollback's result, or MalformedResponseError when the body is not a rollback."""
    try:
        rollback = RedemptionRollback.from_json(response.content)
    except ValueError:
        raise _malformed(response, "a redemption rollback") from None
    if not _is_rollback(rollback):
        raise _malformed(response, "a redemption rollback")
    return RollbackResult.from_single(rollback, **_meta(response))


def _is_rollback(item: RedemptionRollback | None) -> bool:
    return item is not None and kind_of(item.object, item.id) == "rollback"


def read_redeem(response: httpx.Response) -> RedeemResult:
    """The redemption's result, or MalformedResponseError (the redemption may have been applied)."""
    try:
        body = RedemptionsRedeemResponseBody.from_json(response.content)
    except ValueError:
        raise _malformed(response, "a redemption result") from None
    if not body.redemptions and body.parent_redemption is None:
        raise _malformed(response, "a redemption result")
    return RedeemResult(body, **_meta(response))


def read_item(response: httpx.Response) -> Redemption | Rollback:
    """A get-redemption answer: a Redemption or a Rollback, told apart by `object`, else by the id's prefix;
    anything else (an error object, `{}`) is MalformedResponseError."""
    item = item_from_bytes(response.content)
    if item is None:
        raise _malformed(response, "a redemption or a rollback")
    return item


def read_page(response: httpx.Response) -> list[Redemption | Rollback]:
    """The items of one list-redemptions page; a page without `redemptions` is an empty page, and an item that is
    neither a redemption nor a rollback is left out."""
    try:
        page = _PAGE.decode(response.content.removeprefix(BOM))
    except msgspec.ValidationError:
        return []  # `redemptions` is not a list: no item to read
    except (msgspec.DecodeError, RecursionError):
        raise _malformed(response, "a list of redemptions") from None
    items = (item_from_bytes(raw) for raw in page.redemptions or ())
    return [item for item in items if item is not None]

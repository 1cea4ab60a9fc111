"""`request()`: any Voucherify endpoint the SDK does not wrap, sent through the same auth, deadline, logging,
redaction and retry rules as the operations; its answer as decoded JSON, or as a generated model (`cast_to`).

Retries follow what a repeat could do: GET and HEAD are reads, repeated freely; any other method is a write that is
sent again only when it provably never reached the server (no connection, or a 429), as `redeem` is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from ..core.extras import check_query
from ..core.plans import Request
from ..core.retries import OperationKind
from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .redemptions import _malformed, jsonable


class FromDict(Protocol):
    """A class made from decoded JSON: every generated model (`Model.from_dict(data)`)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=FromDict)

READ_METHODS = frozenset({"GET", "HEAD"})
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"})


def custom_request(
    method: str, path: str, *, query: Mapping[str, Any] | None, body: Any, timeout: httpx.Timeout | None
) -> Request:
    """The request of `request()`: `path` under the client's base URL (`/v1/...`), `query` as parameters, `body`
    (dicts, lists, generated models, dates) as JSON."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise InvalidArgumentError(
            f"method must be one of {', '.join(sorted(METHODS))}, got {method!r}", argument="method"
        )
    method = method.upper()
    if not isinstance(path, str):
        raise InvalidArgumentTypeError("path must be a string such as '/v1/vouchers/CODE'", argument="path")
    parts = urlsplit(path)
    if not path.startswith("/") or path.startswith("//") or parts.scheme or parts.netloc or "?" in path or "#" in path:
        raise InvalidArgumentError(
            f"path must be a path under the client's base URL, such as '/v1/vouchers/CODE' (query parameters go in "
            f"query=), got {path!r}",
            argument="path",
        )
    if not path.isascii() or not path.isprintable() or " " in path:
        raise InvalidArgumentError("path must be printable ASCII without spaces (quote ids)", argument="path")
    encoded = None
    if body is not None:
        if method in READ_METHODS:
            raise InvalidArgumentError(f"body: a {method} sends no body", argument="body")
        ready = jsonable(body, "body")
        encoded = json.dumps(ready, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    kind: OperationKind = "read" if method in READ_METHODS else "redeem"  # a write: re-sent only if it never arrived
    return Request(method, path, kind, params=check_query(query, "query"), body=encoded, timeout=timeout)


def read_json(response: httpx.Response, cast_to: type[Any] | None) -> Any:
    """The decoded JSON of a 2xx (None for an empty body), or `cast_to.from_dict(data)`; MalformedResponseError when
    the body is not JSON, or not what `cast_to` reads."""
    if not response.content.strip():
        data: Any = None
    else:
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as error:
            raise _malformed(response, "JSON") from error
    if cast_to is None:
        return data
    if not isinstance(data, dict):
        raise _malformed(response, f"a JSON object for {cast_to.__name__}")
    try:
        return cast_to.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _malformed(response, f"readable as {cast_to.__name__} ({type(error).__name__}: {error})") from error

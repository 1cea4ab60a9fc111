"""What a caller adds to the requests the SDK builds (`extra_headers`, `extra_query`, `extra_body` per call;
`default_headers`, `default_query`, `channel`, `api_version` per client): checked once, when the client or the call
is made, and merged into each request the same way whichever transport sends it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .._constants import RESERVED_HEADERS
from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from ..errors.redaction import is_secret_header

# RFC 9110's token: what a header name may be made of.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_QUERY_SCALARS = (str, int, float, bool)


def check_headers(headers: object, argument: str) -> dict[str, str]:
    """`headers` as a plain dict, or an error naming `argument`: the credentials and the framing headers cannot be
    set this way (InvalidArgumentError naming the header), and names and values must be able to travel as they are."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise InvalidArgumentTypeError(f"{argument} must be a mapping of header names to values", argument=argument)
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise InvalidArgumentError(f"{argument}: {name!r} is not a valid header name", argument=argument)
        if name.lower() in RESERVED_HEADERS:
            raise InvalidArgumentError(
                f"{argument} cannot set {name}: the credentials come from the client's settings and the framing "
                "from the transport",
                argument=argument,
            )
        checked[name] = check_text(value, f"{argument}[{name!r}]", secret=is_secret_header(name))
    return checked


def check_text(value: object, argument: str, *, secret: bool = False) -> str:
    """A header value: a non-empty string of printable ASCII (what every HTTP stack passes on unchanged)."""
    shown = "" if secret else f", got {value!r}"
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"{argument} must be a string{shown}", argument=argument)
    if not value or value != value.strip() or not value.isascii() or not value.isprintable():
        raise InvalidArgumentError(
            f"{argument} must be non-empty printable ASCII without surrounding whitespace{shown}", argument=argument
        )
    return value


def check_query(query: object, argument: str) -> dict[str, Any]:
    """`query` as a plain dict of names to strings, numbers, booleans or sequences of them, or an error."""
    if query is None:
        return {}
    if not isinstance(query, Mapping):
        raise InvalidArgumentTypeError(f"{argument} must be a mapping of parameter names to values", argument=argument)
    checked: dict[str, Any] = {}
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise InvalidArgumentError(f"{argument}: {name!r} is not a parameter name", argument=argument)
        values = value if isinstance(value, Sequence) and not isinstance(value, str) else [value]
        if not all(isinstance(v, _QUERY_SCALARS) for v in values):
            raise InvalidArgumentTypeError(
                f"{argument}[{name!r}] must be a string, number or boolean (or a list of them)", argument=argument
            )
        checked[name] = list(value) if values is value else value
    return checked


def secret_values(headers: Mapping[str, str]) -> list[str]:
    """The values of the credential-like headers among `headers` (redacted like the client's credentials)."""
    return [value for name, value in headers.items() if is_secret_header(name)]


def with_headers(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` with each of `extra` set over it, names compared case-insensitively (as HTTP does, and httpx)."""
    merged = dict(base)
    for name, value in extra.items():
        for existing in [n for n in merged if n.lower() == name.lower()]:
            del merged[existing]
        merged[name] = value
    return merged


def set_raw_headers(raw: list[tuple[bytes, bytes]], extra: Iterable[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    """Raw header pairs with each of `extra` set as httpx.Headers sets one: the first header of that name replaced
    in place (its other occurrences dropped), or appended; so both transports send the headers in the same order."""
    merged = list(raw)
    for name, value in extra:
        key, lowered = name.encode("ascii"), name.lower().encode("ascii")
        found = [i for i, (n, _) in enumerate(merged) if n.lower() == lowered]
        for i in reversed(found[1:]):
            del merged[i]
        if found:
            merged[found[0]] = (key, value.encode("ascii"))
        else:
            merged.append((key, value.encode("ascii")))
    return merged


def merge_body(body: bytes | None, extra: Mapping[str, Any]) -> bytes:
    """The JSON object `body` (or an empty one) with `extra`'s fields set at its top level: a key in both takes
    `extra`'s value. `extra` is already JSON-ready; the bytes are encoded as the operations encode theirs."""
    fields = {} if body is None else json.loads(body)
    if not isinstance(fields, dict):  # pragma: no cover - every operation's body is a JSON object
        raise InvalidArgumentError("extra_body: the request's body is not a JSON object", argument="extra_body")
    fields.update(extra)
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")

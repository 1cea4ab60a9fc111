"""JSON that every strict parser accepts, in and out: the sandbox stores and serves nothing else.

Refused on the way in (400 `invalid_payload`): `NaN`/`Infinity` and numbers that overflow to them (`1e400`),
integers outside the signed 64-bit range Voucherify's amounts use, lone UTF-16 surrogates (`"\\ud800"`: no UTF-8
encoding exists, so SQLite and every UTF-8 consumer would choke on them) in strings and keys, and nesting deeper than
`MAX_DEPTH`. On the way out `dumps` enforces the same rules, so a document that slipped past a check fails loudly
where it is written instead of poisoning every later answer.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from .errors import invalid_payload

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Deep enough for any real order or metadata, shallow enough that no recursive copy or encoder nears Python's limit.
MAX_DEPTH = 32
# What the sandbox writes nests a request's values a few levels deeper (a record inside a list inside a response).
MAX_OUTPUT_DEPTH = 2 * MAX_DEPTH
_SURROGATE = re.compile("[\ud800-\udfff]")


class StrictJsonError(ValueError):
    """A value JSON cannot carry portably; the message says where."""


def _parse_int(text: str) -> int:
    value = int(text)  # over 4,300 digits this raises ValueError itself, before any arithmetic
    if not INT64_MIN <= value <= INT64_MAX:
        raise StrictJsonError(f"integer {text[:30]}… is outside the signed 64-bit range")
    return value


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise StrictJsonError(f"number {text[:30]} does not fit a 64-bit float")
    return value


def _reject_constant(name: str) -> Any:
    raise StrictJsonError(f"{name} is not valid JSON")


def check(value: Any, max_depth: int = MAX_OUTPUT_DEPTH) -> None:
    """Raise StrictJsonError if `value` holds anything `dumps` must not write (see the module docstring)."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, path, depth = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise StrictJsonError(f"{path or 'the body'} holds a lone UTF-16 surrogate")
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                raise StrictJsonError(f"{path or 'the body'} is outside the signed 64-bit range")
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise StrictJsonError(f"{path or 'the body'} is not a finite number")
        elif isinstance(item, dict | list):
            if depth >= max_depth:
                raise StrictJsonError(f"{path or 'the body'} is nested deeper than {max_depth} levels")
            if isinstance(item, dict):
                for key, child in item.items():
                    if not isinstance(key, str) or _SURROGATE.search(key):
                        raise StrictJsonError(f"{path or 'the body'} has a key that is not a valid string")
                    stack.append((child, f"{path}.{key}", depth + 1))
            else:
                stack.extend((child, f"{path}[{i}]", depth + 1) for i, child in enumerate(item))
        else:
            raise StrictJsonError(f"{path or 'the body'} is a {type(item).__name__}, not a JSON value")


def loads_request(raw: bytes) -> Any:
    """The request body as strict JSON; an empty body is None. Anything else is 400 invalid_payload."""
    if not raw.strip():
        return None
    try:
        value = json.loads(
            raw.decode("utf-8"), parse_int=_parse_int, parse_float=_parse_float, parse_constant=_reject_constant
        )
        check(value, MAX_DEPTH)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise invalid_payload(f"The request body is not valid JSON: {str(error)[:200]}") from None
    return value


def dumps(value: Any, *, checked: bool = False) -> str:
    """`value` as compact JSON text every strict parser reads; StrictJsonError (a ValueError) if it cannot be.

    `checked=True` says every part of `value` already passed `check` (a response assembled from stored documents):
    only the encoder's own refusal of NaN/Infinity runs then, in C, instead of a second walk over the whole value."""
    if not checked:
        check(value)
    return json.dumps(value, allow_nan=False, separators=(",", ":"))

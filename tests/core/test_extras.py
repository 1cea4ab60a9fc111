"""What a caller adds to a request: the checks, and the merges both transports share."""

from __future__ import annotations

import json

import httpx
import pytest
from voucherify_rollbacks.core.extras import check_headers, check_query, merge_body, set_raw_headers, with_headers
from voucherify_rollbacks.errors import InvalidArgumentError, InvalidArgumentTypeError


def test_raw_headers_are_set_as_httpx_sets_them() -> None:
    base = [(b"Host", b"h"), (b"Accept", b"a"), (b"X-Dup", b"1"), (b"x-dup", b"2"), (b"User-Agent", b"u")]
    extra = [("x-DUP", "3"), ("accept", "b"), ("X-New", "n")]
    expected = httpx.Headers(base)
    for name, value in extra:
        expected[name] = value
    assert set_raw_headers(base, extra) == expected.raw


def test_with_headers_replaces_a_header_whatever_its_case() -> None:
    assert with_headers({"User-Agent": "sdk", "Accept": "a"}, {"user-agent": "shop"}) == {
        "Accept": "a",
        "user-agent": "shop",
    }


@pytest.mark.parametrize("name", ["X-App-Id", "x-app-token", "AUTHORIZATION", "Host", "Content-Length"])
def test_the_credentials_and_the_framing_cannot_be_set(name: str) -> None:
    with pytest.raises(InvalidArgumentError, match=f"cannot set {name}"):
        check_headers({name: "v"}, "extra_headers")


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "", " padded", "caf\u00e9"])
def test_a_header_value_that_cannot_travel_as_it_is_is_refused(value: str) -> None:
    with pytest.raises(InvalidArgumentError):
        check_headers({"X-Note": value}, "extra_headers")


def test_a_secret_header_value_is_never_shown_in_the_refusal() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        check_headers({"X-Api-Key": "key\nSECRET"}, "extra_headers")
    assert "SECRET" not in str(raised.value)


def test_query_values_are_strings_numbers_booleans_or_lists_of_them() -> None:
    assert check_query({"a": "x", "b": 1, "c": [True, 2.5]}, "extra_query") == {"a": "x", "b": 1, "c": [True, 2.5]}
    with pytest.raises(InvalidArgumentTypeError):
        check_query({"a": {"nested": 1}}, "extra_query")


def test_extra_body_fields_win_at_the_top_level_only() -> None:
    merged = merge_body(b'{"customer":{"id":"c1","name":"n"},"metadata":{"k":1}}', {"customer": {"id": "c2"}})
    assert json.loads(merged) == {"customer": {"id": "c2"}, "metadata": {"k": 1}}
    assert json.loads(merge_body(None, {"note": "x"})) == {"note": "x"}

"""Statuses outside the IANA registry and bodies that are not JSON give a Response with parsed=None, not a crash."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from voucherify_client.errors import UnexpectedStatus
from voucherify_client.models import Error

from tests.support.example_payloads import load_example
from tests.support.generated_helpers import DEFAULT_ARGUMENTS, MockServer

HTML = b"<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"
OPERATIONS = sorted(DEFAULT_ARGUMENTS)


@pytest.mark.parametrize("status", [499, 520, 529])
def test_non_iana_status_with_an_html_body_gives_the_plain_code_and_no_parsed_body(
    server: MockServer, status: int
) -> None:
    server.answer(status, HTML, content_type="text/html")

    response = server.call("rollback_stacked_redemptions")

    assert response.status_code == status
    assert response.parsed is None
    assert response.content == HTML


def test_non_iana_5xx_with_an_error_body_is_read_as_error(server: MockServer) -> None:
    server.answer(520, {"code": 520, "message": "Origin error"})

    response = server.call("rollback_stacked_redemptions")

    assert response.status_code == 520
    assert isinstance(response.parsed, Error)
    assert response.parsed.message == "Origin error"


def test_undocumented_status_with_a_json_body_gives_no_parsed_body(server: MockServer) -> None:
    server.answer(499, load_example("error_404_not_found.json"))

    response = server.call("rollback_stacked_redemptions")

    assert (response.status_code, response.parsed) == (499, None)


@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("name", OPERATIONS)
def test_html_body_on_a_documented_status_gives_no_parsed_body(server: MockServer, name: str, status: int) -> None:
    server.answer(status, HTML, content_type="text/html")

    response = server.call(name)

    assert response.status_code == status
    assert isinstance(response.status_code, HTTPStatus)
    assert response.parsed is None
    assert response.content == HTML


@pytest.mark.parametrize("body", [b"", b"{", b"null", b"[]", b'"x"', b"42"], ids=repr)
def test_body_that_is_not_a_json_object_gives_no_parsed_body(server: MockServer, body: bytes) -> None:
    server.answer(200, body)

    assert server.call("rollback_stacked_redemptions").parsed is None


def test_html_body_raises_unexpected_status_when_the_client_asks_for_it(server: MockServer) -> None:
    server.answer(200, HTML, content_type="text/html")

    with pytest.raises(UnexpectedStatus) as raised:
        server.call("rollback_stacked_redemptions", client_options={"raise_on_unexpected_status": True})

    assert (raised.value.status_code, raised.value.content) == (200, HTML)


def test_undocumented_status_raises_unexpected_status_when_the_client_asks_for_it(server: MockServer) -> None:
    server.answer(499, HTML, content_type="text/html")

    with pytest.raises(UnexpectedStatus) as raised:
        server.call("rollback_stacked_redemptions", client_options={"raise_on_unexpected_status": True})

    assert raised.value.status_code == 499

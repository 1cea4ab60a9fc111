"""The wrapper reaches the generated client through the seams its templates expose on purpose: `build_request` and
`parse_response` in every endpoint module, with no private function and no stand-in client."""

from __future__ import annotations

import importlib
import json
import re

import httpx
import pytest
from voucherify_client import errors
from voucherify_client.models import Error, RedemptionRollback

from tests.support.generated_helpers import REPO

ENDPOINTS = sorted((REPO / "generated" / "voucherify_client" / "api").glob("*/*.py"))
PRIVATE = re.compile(r"\b_(get_kwargs|parse_response|parse_documented|build_response)\b")


def module(path: object) -> object:
    relative = path.relative_to(REPO / "generated").with_suffix("")  # type: ignore[attr-defined]
    return importlib.import_module(".".join(relative.parts))


@pytest.mark.parametrize("path", [p for p in ENDPOINTS if p.name != "__init__.py"], ids=lambda p: p.stem)
def test_every_endpoint_module_exposes_a_request_builder_and_a_response_parser(path: object) -> None:
    endpoint = module(path)

    assert callable(endpoint.build_request) and endpoint.build_request.__doc__  # type: ignore[attr-defined]
    assert callable(endpoint.parse_response) and endpoint.parse_response.__doc__  # type: ignore[attr-defined]


def test_the_wrapper_uses_no_private_function_of_the_generated_client() -> None:
    sources = sorted((REPO / "wrapper").rglob("*.py"))
    found = [f"{p.relative_to(REPO)}: {m.group(0)}" for p in sources for m in PRIVATE.finditer(p.read_text())]

    assert found == []


def test_build_request_gives_httpx_keyword_arguments_and_takes_a_plain_dict_body() -> None:
    from voucherify_client.api.redemptions import rollback_stacked_redemptions

    kwargs = rollback_stacked_redemptions.build_request("r_a/b", body={"metadata": {"k": 1}}, reason="late")

    with httpx.Client(base_url="https://api.voucherify.io") as client:
        request = client.build_request(**kwargs)
    assert (request.method, request.url.raw_path) == ("POST", b"/v1/redemptions/r_a%2Fb/rollbacks?reason=late")
    assert json.loads(request.content) == {"metadata": {"k": 1}}


def test_parse_response_needs_no_client_and_raises_only_when_asked() -> None:
    from voucherify_client.api.redemptions import get_redemption, rollback_redemption

    rollback = {"id": "rr_1", "object": "redemption_rollback", "result": "SUCCESS"}
    assert type(rollback_redemption.parse_response(httpx.Response(200, json=rollback))) is RedemptionRollback
    assert type(rollback_redemption.parse_response(httpx.Response(400, json={"code": 400}))) is Error
    assert get_redemption.parse_response(httpx.Response(418, content=b"teapot")) is None
    with pytest.raises(errors.UnexpectedStatus):
        get_redemption.parse_response(httpx.Response(418, content=b"teapot"), raise_on_unexpected_status=True)
